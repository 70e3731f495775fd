// compiler_impl.hpp — the code generator's internal structures (not a public API).
//
// The compiler is split over three files that share this header:
//   compiler.cpp           the driver, scopes (one Unit per code object), names, statements
//   compiler_expr.cpp      expressions, calls, comprehensions, constant folding, conditional jumps
//   compiler_assemble.cpp  the assembler: flow analysis (stack depth, dead code), jump
//                          resolution, exception table, line table, the final code object
//
// Code is generated as a flat list of instructions per Unit. Jump arguments are label ids until
// the assembler resolves them. Exception handling uses an emission-time stack of handlers: every
// instruction records the innermost handler active when it was emitted, and a pseudo-instruction
// SETUP marks where each handler was pushed so that the flow analysis can record the stack depth
// the handler unwinds to (CPython computes the same from its SETUP_* pseudo-instructions).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "parser/ast.hpp"
#include "parser/parse.hpp"
#include "runtime/object.hpp"
#include "vm/code.hpp"
#include "vm/opcodes.hpp"
#include "vm/symtable.hpp"

namespace minipy::vm::detail {

// Pseudo-opcodes: exist only between code generation and assembly.
inline constexpr int kOpJump = 256;          // unconditional jump; becomes JUMP_FORWARD or JUMP_BACKWARD
inline constexpr int kOpSetup = 257;         // push of exception handler `arg` (records its depth)

inline constexpr int kStackUseGuideline = 30;   // beyond this many items, build containers incrementally
inline constexpr size_t kMaxBlocks = 20;        // frame blocks nested in one function (CPython's CO_MAXBLOCKS)

struct Instr {
    int op;              // Op value, or a pseudo-opcode
    uint32_t arg;        // label id for jumps, handler id for kOpSetup
    int32_t line;        // source line (-1 none)
    int32_t handler;     // innermost active handler id, -1 none
};

struct Handler {
    int label;           // target
    bool lasti;          // push the offset of the raising instruction too
    int delta;           // depth adjustment relative to the stack at SETUP (with: -1)
    int depth = -1;      // computed by the flow analysis
};

// A constant, kept as plain data until the code object is built (so that errors thrown during
// compilation never leave half-built runtime objects behind).
struct ConstVal {
    enum class K : uint8_t { None, True, False, Ellipsis, Int, Float, Complex, Str, Bytes, Tuple, Code };
    K kind = K::None;
    std::string text;    // Int: decimal digits with optional '-'; Str: UTF-8; Bytes: raw
    double real = 0;     // Float value; Complex real part
    double imag = 0;     // Complex imaginary part
    std::vector<ConstVal> items;   // Tuple
    Code* code = nullptr;          // Code (owned by Unit::owned_codes)

    std::string key() const;       // identity for deduplication (1, 1.0 and True differ)
    bool truthy() const;
    static ConstVal none() { return {}; }
    static ConstVal str(std::string s) { ConstVal c; c.kind = K::Str; c.text = std::move(s); return c; }
    static ConstVal integer(long long v) { ConstVal c; c.kind = K::Int; c.text = std::to_string(v); return c; }
};

enum class FBlockType { WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, AsyncWith,
                        HandlerCleanup, PopValue, ExceptionHandler, AsyncComprehensionGenerator };

// A "frame block": a construct that `return`, `break` and `continue` must unwind through.
struct FBlock {
    FBlockType type;
    int block = -1;                      // loops: the continue label
    int exit = -1;                       // loops: the break label
    const parse::Node* node = nullptr;   // With: the statement (line of the __exit__ call)
    const parse::StmtList* finalbody = nullptr;   // FinallyTry
    std::string name;                    // HandlerCleanup: the `as` name ("" none)
    bool has_name = false;
};

enum class UnitKind { Module, Class, Function, AsyncFunction, Lambda, Comprehension };

struct Unit {
    Scope* ste = nullptr;
    UnitKind kind = UnitKind::Module;
    std::string name, qualname, private_name;
    int firstlineno = 1;
    int argcount = 0, posonlyargcount = 0, kwonlyargcount = 0;

    std::vector<Instr> code;
    std::vector<int> labels;             // label id -> instruction index (-1: unbound)
    std::vector<Handler> handlers;
    std::vector<int> handler_stack;
    std::vector<FBlock> fblocks;

    std::vector<ConstVal> consts;
    std::unordered_map<std::string, int> const_index;
    std::vector<std::string> names;
    std::unordered_map<std::string, int> name_index;
    std::vector<std::string> varnames;
    std::unordered_map<std::string, int> varname_index;
    std::vector<std::string> cellvars;   // sorted; deref index i
    std::vector<std::string> freevars;   // sorted; deref index cellvars.size() + j
    std::vector<rt::Ref> owned_codes;    // nested code objects referenced by consts

    int line = 1;                        // location of the instructions being emitted
    bool seen_non_future = false;        // a statement other than `from __future__ import` was compiled

    ~Unit();
};

// The code generator. One instance compiles one module.
class Compiler {
public:
    Compiler(SymbolTable& st, const std::string& filename, parse::Mode mode);
    Code* compile(const parse::Module* mod);   // throws CompileError

    // --- units and emission (compiler.cpp) -------------------------------------------------
    void enter_scope(Scope* ste, UnitKind kind, const std::string& name, int firstlineno);
    Code* exit_scope();                  // assembles the unit (new reference)
    int new_label();
    void bind(int label);
    void emit(int op, uint32_t arg = 0);
    void emit_jump(int op, int label) { emit(op, static_cast<uint32_t>(label)); }
    void emit_op(Op op, uint32_t arg = 0) { emit(static_cast<int>(op), arg); }
    void push_handler(int label, bool lasti, int delta = 0);
    void pop_handler();
    int add_const(const ConstVal& c);
    void load_const(const ConstVal& c) { emit_op(Op::LOAD_CONST, add_const(c)); }
    int add_name(const std::string& name);
    int add_varname(const std::string& name);
    int deref_index(const std::string& name);
    std::string mangled(const std::string& name) const;
    void nameop(const std::string& name, parse::ExprContext ctx, const parse::Node* at);
    bool is_global_name_for_call(const std::string& name) const;
    void push_fblock(FBlock fb);
    void pop_fblock() { u->fblocks.pop_back(); }
    [[noreturn]] void error(const parse::Node* at, std::string msg);

    // --- statements (compiler.cpp) ----------------------------------------------------------
    void visit_body(const parse::StmtList& body);
    void visit_stmt(const parse::Stmt* s);
    void compile_body(const parse::StmtList& body, bool is_module_or_class);   // docstring, annotations
    void function_def(const parse::FunctionDef* s);
    void class_def(const parse::ClassDef* s);
    void make_closure(Code* co, uint32_t flags);
    uint32_t default_arguments(const parse::Arguments* args);
    bool annotations(const parse::Arguments* args, const parse::Expr* returns);
    void apply_decorators(const parse::ExprList& decos);
    void check_debug_args(const parse::Arguments* args, const parse::Node* at);
    void return_stmt(const parse::Return* s);
    void break_stmt(const parse::Stmt* s);
    void continue_stmt(const parse::Stmt* s);
    void unwind_fblock(const FBlock& fb, bool preserve_tos);
    bool unwind_fblock_stack(bool preserve_tos, FBlock* loop);
    void for_stmt(const parse::For* s);
    void async_for_stmt(const parse::For* s);
    void while_stmt(const parse::While* s);
    void if_stmt(const parse::If* s);
    void try_stmt(const parse::Try* s);
    void try_except(const parse::Try* s);
    void try_finally(const parse::Try* s);
    void with_stmt(const parse::With* s, size_t pos);
    void async_with_stmt(const parse::With* s, size_t pos);
    void with_except_finish(int cleanup);
    void call_exit_with_nones();
    void pop_except_and_reraise();
    void assign_stmt(const parse::Assign* s);
    void augassign_stmt(const parse::AugAssign* s);
    void annassign_stmt(const parse::AnnAssign* s);
    void check_ann_expr(const parse::Expr* e);
    void delete_target(const parse::Expr* e);
    void import_stmt(const parse::Import* s);
    void import_from_stmt(const parse::ImportFrom* s);
    void assert_stmt(const parse::Assert* s);
    void raise_stmt(const parse::Raise* s);

    // --- expressions (compiler_expr.cpp) ----------------------------------------------------
    void visit_expr(const parse::Expr* e);
    void visit_expr_inner(const parse::Expr* e);
    bool fold(const parse::Expr* e, ConstVal* out) const;   // constant value of e, if it has one
    void jump_if(const parse::Expr* e, int label, bool cond);
    void jump_if_inner(const parse::Expr* e, int label, bool cond);
    void boolop(const parse::BoolOp* e);
    void compare(const parse::Compare* e);
    void compare_op(parse::CmpOp op);
    void call(const parse::Call* e);
    bool method_call(const parse::Call* e);
    void call_helper(int n, const parse::ExprList& args, const std::vector<parse::Keyword*>& keywords);
    void subkwargs(const std::vector<parse::Keyword*>& keywords, size_t begin, size_t end);
    void starunpack(const parse::ExprList& elts, int pushed, Op build, Op add, Op extend, bool tuple);
    void dict_display(const parse::DictExpr* e);
    void subdict(const parse::DictExpr* e, size_t begin, size_t end);
    void store_target(const parse::Expr* e);
    void unpack_helper(const parse::ExprList& elts, const parse::Expr* at);
    void attribute_line(const parse::Attribute* a);
    void subscript(const parse::Subscript* e);
    void slice(const parse::Slice* s);
    void lambda(const parse::Lambda* e);
    void comprehension(const parse::Comp* e);
    void comprehension_generator(const parse::Comp* e, size_t gen_index, int depth);
    void sync_comprehension_generator(const parse::Comp* e, size_t gen_index, int depth);
    void async_comprehension_generator(const parse::Comp* e, size_t gen_index, int depth);
    void comprehension_element(const parse::Comp* e, int depth);
    void yield_value();                  // YIELD_VALUE + RESUME (wrapping for async generators)
    void add_yield_from();               // SEND loop for `yield from` / `await` (the same code)
    void joined_str(const parse::JoinedStr* e);
    void formatted_value(const parse::FormattedValue* e);

    std::unique_ptr<Unit> u_holder;
    Unit* u = nullptr;                   // the unit being compiled
    std::vector<std::unique_ptr<Unit>> stack;   // enclosing units

    SymbolTable& st;
    std::string filename;
    parse::Mode mode;
    bool interactive = false;
    const parse::Stmt* current_stmt = nullptr;   // for errors located at the statement
};

// The BINARY_OP argument of an AST operator (ops.hpp BinOp numbering; +13 for the in-place form).
int binop_oparg(parse::Operator op);

// The source text of an annotation, as CPython's compiler writes it under
// `from __future__ import annotations` (compiler_unparse.cpp).
std::string unparse_annotation(const parse::Expr* e);

// The assembler (compiler_assemble.cpp): turns a finished unit into a code object.
Code* assemble(Unit* u, const std::string& filename, uint32_t flags);

}  // namespace minipy::vm::detail
