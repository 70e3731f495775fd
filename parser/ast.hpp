// ast.hpp — the abstract syntax tree, shaped like Python's own `ast` module (Python.asdl).
//
// Node and field names are those of CPython's `ast` module, so `minipy --dump-ast f.py` prints
// what `python3 -c "import ast; print(ast.dump(ast.parse(open('f.py').read()), indent=2))"`
// prints, and the parser's tests use CPython's dump as their oracle.
//
// Memory: every node is owned by the `Ast` arena that made it and lives as long as the arena; nodes
// point to each other with raw pointers. Lists are std::vector of pointers. Optional children are
// nullptr. Identifiers and string constants are UTF-8 std::strings.
//
// Locations are CPython's: lineno and end_lineno are 1-based, col_offset and end_col_offset are
// 0-based UTF-8 byte offsets.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace minipy::parse {

// ---------------------------------------------------------------------------------------------
// Node kinds. X(Kind, category) — category is Stmt, Expr or Other.
#define MINIPY_AST_KINDS(X)                                                                        \
    X(Module, Other)                                                                               \
    X(FunctionDef, Stmt) X(AsyncFunctionDef, Stmt) X(ClassDef, Stmt) X(Return, Stmt)               \
    X(Delete, Stmt) X(Assign, Stmt) X(AugAssign, Stmt) X(AnnAssign, Stmt) X(For, Stmt)             \
    X(AsyncFor, Stmt) X(While, Stmt) X(If, Stmt) X(With, Stmt) X(AsyncWith, Stmt) X(Raise, Stmt)    \
    X(Try, Stmt) X(TryStar, Stmt) X(Assert, Stmt) X(Import, Stmt) X(ImportFrom, Stmt) X(Global, Stmt) \
    X(Nonlocal, Stmt) X(ExprStmt, Stmt) X(Pass, Stmt) X(Break, Stmt) X(Continue, Stmt)             \
    X(BoolOp, Expr) X(NamedExpr, Expr) X(BinOp, Expr) X(UnaryOp, Expr) X(Lambda, Expr)             \
    X(IfExp, Expr) X(Dict, Expr) X(Set, Expr) X(ListComp, Expr) X(SetComp, Expr) X(DictComp, Expr)  \
    X(GeneratorExp, Expr) X(Await, Expr) X(Yield, Expr) X(YieldFrom, Expr) X(Compare, Expr)        \
    X(Call, Expr) X(FormattedValue, Expr) X(JoinedStr, Expr) X(Constant, Expr) X(Attribute, Expr)  \
    X(Subscript, Expr) X(Starred, Expr) X(Name, Expr) X(List, Expr) X(Tuple, Expr) X(Slice, Expr)  \
    X(Comprehension, Other) X(ExceptHandler, Other) X(Arguments, Other) X(Arg, Other)              \
    X(Keyword, Other) X(Alias, Other) X(WithItem, Other)

enum class Kind : uint8_t {
#define X(k, cat) k,
    MINIPY_AST_KINDS(X)
#undef X
};
const char* kind_name(Kind k);   // "FunctionDef"; ExprStmt prints as "Expr" (Python's name)

// Enumerations of the `ast` module.
enum class ExprContext : uint8_t { Load, Store, Del };
enum class BoolOpKind : uint8_t { And, Or };
// Same order and numbering as runtime BinOp would be awkward here; the compiler maps them.
enum class Operator : uint8_t { Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv };
enum class UnaryOpKind : uint8_t { Invert, Not, UAdd, USub };
enum class CmpOp : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };
const char* operator_name(Operator op);     // "Add", "Sub", ...
const char* unaryop_name(UnaryOpKind op);
const char* cmpop_name(CmpOp op);

struct Node {
    Kind kind;
    int lineno = 0, col_offset = 0, end_lineno = 0, end_col_offset = 0;
    explicit Node(Kind k) : kind(k) {}
    virtual ~Node() = default;
    template <class T> T* as() { return static_cast<T*>(this); }
    template <class T> const T* as() const { return static_cast<const T*>(this); }
};
struct Stmt : Node { using Node::Node; };
struct Expr : Node { using Node::Node; };

using StmtList = std::vector<Stmt*>;
using ExprList = std::vector<Expr*>;

// ---------------------------------------------------------------------------------------------
// Helper nodes.

struct Arg : Node {                  // arg(arg, annotation)
    std::string arg;
    Expr* annotation = nullptr;
    Arg() : Node(Kind::Arg) {}
};

struct Arguments : Node {            // arguments(posonlyargs, args, vararg, kwonlyargs, kw_defaults, kwarg, defaults)
    std::vector<Arg*> posonlyargs, args;
    Arg* vararg = nullptr;
    std::vector<Arg*> kwonlyargs;
    ExprList kw_defaults;            // one per kwonlyarg; nullptr where there is no default
    Arg* kwarg = nullptr;
    ExprList defaults;               // for the last len(defaults) of posonlyargs + args
    Arguments() : Node(Kind::Arguments) {}
};

struct Keyword : Node {              // keyword(arg, value); arg empty for **value
    std::string arg;
    bool has_arg = false;
    Expr* value = nullptr;
    Keyword() : Node(Kind::Keyword) {}
};

struct Alias : Node {                // alias(name, asname)
    std::string name;                // dotted name, or "*"
    std::string asname;
    bool has_asname = false;
    Alias() : Node(Kind::Alias) {}
};

struct WithItem : Node {             // withitem(context_expr, optional_vars)
    Expr* context_expr = nullptr;
    Expr* optional_vars = nullptr;
    WithItem() : Node(Kind::WithItem) {}
};

struct Comprehension : Node {        // comprehension(target, iter, ifs, is_async)
    Expr* target = nullptr;
    Expr* iter = nullptr;
    ExprList ifs;
    bool is_async = false;
    Comprehension() : Node(Kind::Comprehension) {}
};

struct ExceptHandler : Node {        // excepthandler(type, name, body)
    Expr* type = nullptr;
    std::string name;
    bool has_name = false;
    StmtList body;
    ExceptHandler() : Node(Kind::ExceptHandler) {}
};

struct Module : Node {
    StmtList body;
    Module() : Node(Kind::Module) {}
};

// ---------------------------------------------------------------------------------------------
// Statements.

struct FunctionDef : Stmt {          // also AsyncFunctionDef (kind tells which)
    std::string name;
    Arguments* args = nullptr;
    StmtList body;
    ExprList decorator_list;
    Expr* returns = nullptr;
    explicit FunctionDef(bool is_async) : Stmt(is_async ? Kind::AsyncFunctionDef : Kind::FunctionDef) {}
    bool is_async() const { return kind == Kind::AsyncFunctionDef; }
};

struct ClassDef : Stmt {
    std::string name;
    ExprList bases;
    std::vector<Keyword*> keywords;
    StmtList body;
    ExprList decorator_list;
    ClassDef() : Stmt(Kind::ClassDef) {}
};

struct Return : Stmt { Expr* value = nullptr; Return() : Stmt(Kind::Return) {} };
struct Delete : Stmt { ExprList targets; Delete() : Stmt(Kind::Delete) {} };

struct Assign : Stmt {               // targets[0] = targets[1] = ... = value
    ExprList targets;
    Expr* value = nullptr;
    Assign() : Stmt(Kind::Assign) {}
};

struct AugAssign : Stmt {
    Expr* target = nullptr;
    Operator op = Operator::Add;
    Expr* value = nullptr;
    AugAssign() : Stmt(Kind::AugAssign) {}
};

struct AnnAssign : Stmt {
    Expr* target = nullptr;
    Expr* annotation = nullptr;
    Expr* value = nullptr;
    bool simple = false;             // target is a plain name not in parentheses
    AnnAssign() : Stmt(Kind::AnnAssign) {}
};

struct For : Stmt {                  // also AsyncFor
    Expr* target = nullptr;
    Expr* iter = nullptr;
    StmtList body, orelse;
    explicit For(bool is_async) : Stmt(is_async ? Kind::AsyncFor : Kind::For) {}
};

struct While : Stmt { Expr* test = nullptr; StmtList body, orelse; While() : Stmt(Kind::While) {} };
struct If : Stmt { Expr* test = nullptr; StmtList body, orelse; If() : Stmt(Kind::If) {} };

struct With : Stmt {                 // also AsyncWith
    std::vector<WithItem*> items;
    StmtList body;
    explicit With(bool is_async) : Stmt(is_async ? Kind::AsyncWith : Kind::With) {}
};

struct Raise : Stmt { Expr* exc = nullptr; Expr* cause = nullptr; Raise() : Stmt(Kind::Raise) {} };

struct Try : Stmt {                  // also TryStar (except*), parsed but rejected by the compiler
    StmtList body;
    std::vector<ExceptHandler*> handlers;
    StmtList orelse, finalbody;
    explicit Try(bool star = false) : Stmt(star ? Kind::TryStar : Kind::Try) {}
};

struct Assert : Stmt { Expr* test = nullptr; Expr* msg = nullptr; Assert() : Stmt(Kind::Assert) {} };
struct Import : Stmt { std::vector<Alias*> names; Import() : Stmt(Kind::Import) {} };

struct ImportFrom : Stmt {
    std::string module;              // may be empty (from . import x)
    bool has_module = false;
    std::vector<Alias*> names;
    int level = 0;                   // number of leading dots
    ImportFrom() : Stmt(Kind::ImportFrom) {}
};

struct Global : Stmt { std::vector<std::string> names; Global() : Stmt(Kind::Global) {} };
struct Nonlocal : Stmt { std::vector<std::string> names; Nonlocal() : Stmt(Kind::Nonlocal) {} };
struct ExprStmt : Stmt { Expr* value = nullptr; ExprStmt() : Stmt(Kind::ExprStmt) {} };
struct Pass : Stmt { Pass() : Stmt(Kind::Pass) {} };
struct Break : Stmt { Break() : Stmt(Kind::Break) {} };
struct Continue : Stmt { Continue() : Stmt(Kind::Continue) {} };

// ---------------------------------------------------------------------------------------------
// Expressions.

struct BoolOp : Expr { BoolOpKind op = BoolOpKind::And; ExprList values; BoolOp() : Expr(Kind::BoolOp) {} };
struct NamedExpr : Expr { Expr* target = nullptr; Expr* value = nullptr; NamedExpr() : Expr(Kind::NamedExpr) {} };

struct BinOp : Expr {
    Expr* left = nullptr;
    Operator op = Operator::Add;
    Expr* right = nullptr;
    BinOp() : Expr(Kind::BinOp) {}
};

struct UnaryOp : Expr { UnaryOpKind op = UnaryOpKind::Not; Expr* operand = nullptr; UnaryOp() : Expr(Kind::UnaryOp) {} };
struct Lambda : Expr { Arguments* args = nullptr; Expr* body = nullptr; Lambda() : Expr(Kind::Lambda) {} };
struct IfExp : Expr { Expr* test = nullptr; Expr* body = nullptr; Expr* orelse = nullptr; IfExp() : Expr(Kind::IfExp) {} };

struct DictExpr : Expr {             // Dict(keys, values); a nullptr key means {**values[i]}
    ExprList keys, values;
    DictExpr() : Expr(Kind::Dict) {}
};
struct SetExpr : Expr { ExprList elts; SetExpr() : Expr(Kind::Set) {} };

struct Comp : Expr {                 // ListComp, SetComp, GeneratorExp (elt) and DictComp (key, value)
    Expr* elt = nullptr;             // ListComp/SetComp/GeneratorExp
    Expr* key = nullptr;             // DictComp
    Expr* value = nullptr;           // DictComp
    std::vector<Comprehension*> generators;
    explicit Comp(Kind k) : Expr(k) {}
};

struct Await : Expr { Expr* value = nullptr; Await() : Expr(Kind::Await) {} };
struct Yield : Expr { Expr* value = nullptr; Yield() : Expr(Kind::Yield) {} };
struct YieldFrom : Expr { Expr* value = nullptr; YieldFrom() : Expr(Kind::YieldFrom) {} };

struct Compare : Expr {
    Expr* left = nullptr;
    std::vector<CmpOp> ops;
    ExprList comparators;
    Compare() : Expr(Kind::Compare) {}
};

struct Call : Expr {
    Expr* func = nullptr;
    ExprList args;                   // may contain Starred
    std::vector<Keyword*> keywords;  // **x is a Keyword without arg
    Call() : Expr(Kind::Call) {}
};

struct FormattedValue : Expr {
    Expr* value = nullptr;
    int conversion = -1;             // -1 none, 's', 'r', 'a' (the character code)
    Expr* format_spec = nullptr;     // a JoinedStr, or nullptr
    FormattedValue() : Expr(Kind::FormattedValue) {}
};

struct JoinedStr : Expr { ExprList values; JoinedStr() : Expr(Kind::JoinedStr) {} };   // Constant(str) and FormattedValue parts

enum class ConstKind : uint8_t { None, True, False, Ellipsis, Int, Float, Complex, Str, Bytes };
struct Constant : Expr {
    ConstKind ckind = ConstKind::None;
    std::string text;                // Int: decimal digits with an optional leading '-' (any size);
                                     // Str: UTF-8 text; Bytes: raw bytes; Float/Complex: unused
    double number = 0;               // Float value, or Complex imaginary part
    bool u_prefix = false;           // Str written u"..." (ast.dump shows kind='u')
    Constant() : Expr(Kind::Constant) {}
};

struct Attribute : Expr {
    Expr* value = nullptr;
    std::string attr;
    ExprContext ctx = ExprContext::Load;
    Attribute() : Expr(Kind::Attribute) {}
};

struct Subscript : Expr {
    Expr* value = nullptr;
    Expr* slice = nullptr;           // a Slice, a Tuple (possibly containing Slices), or any expr
    ExprContext ctx = ExprContext::Load;
    Subscript() : Expr(Kind::Subscript) {}
};

struct Starred : Expr { Expr* value = nullptr; ExprContext ctx = ExprContext::Load; Starred() : Expr(Kind::Starred) {} };
struct Name : Expr { std::string id; ExprContext ctx = ExprContext::Load; Name() : Expr(Kind::Name) {} };
struct ListExpr : Expr { ExprList elts; ExprContext ctx = ExprContext::Load; ListExpr() : Expr(Kind::List) {} };
struct TupleExpr : Expr { ExprList elts; ExprContext ctx = ExprContext::Load; TupleExpr() : Expr(Kind::Tuple) {} };
struct Slice : Expr { Expr* lower = nullptr; Expr* upper = nullptr; Expr* step = nullptr; Slice() : Expr(Kind::Slice) {} };

// ---------------------------------------------------------------------------------------------
// The arena that owns a parse's nodes.

class Ast {
public:
    template <class T, class... A> T* make(A&&... a) {
        auto p = std::make_unique<T>(std::forward<A>(a)...);
        T* raw = p.get();
        m_nodes.push_back(std::move(p));
        return raw;
    }
    Module* root = nullptr;

private:
    std::vector<std::unique_ptr<Node>> m_nodes;
};

// Prints the tree as CPython's ast.dump(tree, indent=indent) would (indent < 0: one line).
std::string dump(const Node* node, int indent = 2);
// The same with include_attributes=True (lineno, col_offset, end_lineno, end_col_offset).
std::string dump_with_locations(const Node* node, int indent = 2);

// Calls f on every child node of n in field order (absent optional children skipped).
void visit_children(const Node* n, const std::function<void(const Node*)>& f);

}  // namespace minipy::parse
