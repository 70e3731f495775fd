// compiler.cpp — the code generator: AST to code objects (driver, scopes, names, statements).
//
// Design note
// ===========
// compile_module() runs the symbol table (symtable.cpp), then walks the AST once, emitting
// instructions into one Unit per code object (module, class body, function, lambda,
// comprehension). A nested code object is finished (assembled) before the code that creates it
// continues, and becomes a constant of its parent.
//
// The shapes of the generated code follow CPython 3.11/3.12 closely, so `minipy --dis` reads
// like `python3 -m dis`; the differences come from our opcode set (vm/opcodes.def): the call
// protocol is 3.13's (`callable, self_or_null, args...`), jumps are absolute, and every loop
// back-edge is a JUMP_BACKWARD (where the eval loop polls the GIL drop request).
//
// Control flow that leaves a block early — `return`, `break`, `continue` — must undo what the
// blocks it leaves have set up: pop a for-loop's iterator, run a `finally` body (the body is
// compiled again on that path), call a `with` statement's __exit__, restore the exception being
// handled. Each such construct pushes a frame block (FBlock) while its body is compiled;
// unwind_fblock_stack() emits the undo code for every block being left, innermost first.
//
// Exceptions use the zero-cost scheme of CPython 3.11: no instruction runs on entry to a `try`;
// instead every instruction records the innermost handler active where it was emitted, and the
// assembler turns runs of equal handlers into the exception table (see compiler_impl.hpp and
// docs/compiler.md).
#include "compiler.hpp"

#include <algorithm>
#include <cstring>

#include "compiler_impl.hpp"
#include "runtime/errors.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace minipy::vm {

rt::Value (*g_make_complex)(double real, double imag) = nullptr;

namespace detail {

using namespace parse;

Unit::~Unit() = default;

Compiler::Compiler(SymbolTable& symtable, const std::string& fname, Mode m)
    : st(symtable), filename(fname), mode(m) {}

[[noreturn]] void Compiler::error(const Node* at, std::string msg) { throw_compile_error(at, std::move(msg)); }

// =============================================================================================
// Units

void Compiler::enter_scope(Scope* ste, UnitKind kind, const std::string& name, int firstlineno) {
    auto nu = std::make_unique<Unit>();
    Unit* n = nu.get();
    n->ste = ste;
    n->kind = kind;
    n->name = name;
    n->firstlineno = firstlineno;
    n->private_name = u ? u->private_name : std::string();

    for (const std::string& p : ste->params) {
        n->varname_index[p] = static_cast<int>(n->varnames.size());
        n->varnames.push_back(p);
    }
    if (ste->needs_class_closure) n->cellvars.push_back("__class__");
    for (const std::string& name_ : ste->order) {
        const Symbol& sym = ste->symbols.at(name_);
        if (sym.scope == SymScope::Cell) n->cellvars.push_back(name_);
        if (sym.scope == SymScope::Free || (sym.flags & kDefFreeClass)) n->freevars.push_back(name_);
    }
    std::sort(n->cellvars.begin(), n->cellvars.end());
    std::sort(n->freevars.begin(), n->freevars.end());

    // The qualified name: "outer.<locals>.inner", "Class.method"; a name declared global in the
    // enclosing scope starts afresh.
    if (kind == UnitKind::Module) {
        n->qualname = name;
    } else {
        Unit* parent = u;
        std::string base;
        if (parent && parent->kind != UnitKind::Module) {
            bool force_global = false;
            if (kind == UnitKind::Function || kind == UnitKind::AsyncFunction || kind == UnitKind::Class) {
                if (parent->ste->scope_of(mangle(parent->private_name, name)) == SymScope::GlobalExplicit)
                    force_global = true;
            }
            if (!force_global) {
                if (parent->kind == UnitKind::Function || parent->kind == UnitKind::AsyncFunction ||
                    parent->kind == UnitKind::Lambda)
                    base = parent->qualname + ".<locals>";
                else
                    base = parent->qualname;
            }
        }
        n->qualname = base.empty() ? name : base + "." + name;
    }

    if (u_holder) stack.push_back(std::move(u_holder));
    u_holder = std::move(nu);
    u = n;
    u->line = kind == UnitKind::Module ? 0 : firstlineno;
    emit_op(Op::RESUME, 0);
}

static bool falls_through(int op) {
    if (op == kOpJump) return false;
    if (op >= kOpCount) return true;
    switch (static_cast<Op>(op)) {
        case Op::RETURN_VALUE: case Op::RETURN_CONST: case Op::RAISE_VARARGS: case Op::RERAISE:
        case Op::JUMP_FORWARD: case Op::JUMP_BACKWARD:
            return false;
        default:
            return true;
    }
}

static uint32_t code_flags(const Unit* u) {
    const Scope* ste = u->ste;
    uint32_t flags = 0;
    if (ste->type == ScopeType::Function) {
        flags |= kCoOptimized | kCoNewLocals;
        if (ste->nested) flags |= kCoNested;
        if (ste->generator && !ste->coroutine) flags |= kCoGenerator;
        if (!ste->generator && ste->coroutine) flags |= kCoCoroutine;
        if (ste->generator && ste->coroutine) flags |= kCoAsyncGenerator;
        if (ste->varargs) flags |= kCoVarargs;
        if (ste->varkeywords) flags |= kCoVarkeywords;
    }
    return flags;
}

Code* Compiler::exit_scope() {
    // Falling off the end returns None.
    bool need_return = u->code.empty() || falls_through(u->code.back().op);
    for (int pos : u->labels)
        if (pos == static_cast<int>(u->code.size())) need_return = true;
    if (need_return) emit_op(Op::RETURN_CONST, add_const(ConstVal::none()));

    Code* co = assemble(u, filename, code_flags(u));
    if (stack.empty()) {
        u_holder.reset();
        u = nullptr;
    } else {
        u_holder = std::move(stack.back());
        stack.pop_back();
        u = u_holder.get();
    }
    return co;
}

int Compiler::new_label() {
    u->labels.push_back(-1);
    return static_cast<int>(u->labels.size()) - 1;
}

void Compiler::bind(int label) { u->labels[label] = static_cast<int>(u->code.size()); }

void Compiler::emit(int op, uint32_t arg) {
    int handler = u->handler_stack.empty() ? -1 : u->handler_stack.back();
    u->code.push_back(Instr{op, arg, u->line, handler});
}

void Compiler::push_handler(int label, bool lasti, int delta) {
    int id = static_cast<int>(u->handlers.size());
    u->handlers.push_back(Handler{label, lasti, delta});
    emit(kOpSetup, static_cast<uint32_t>(id));
    u->handler_stack.push_back(id);
}

void Compiler::pop_handler() { u->handler_stack.pop_back(); }

void Compiler::push_fblock(FBlock fb) {
    if (u->fblocks.size() >= kMaxBlocks) error(current_stmt, "too many statically nested blocks");
    u->fblocks.push_back(std::move(fb));
}

// =============================================================================================
// Constants and names

std::string ConstVal::key() const {
    switch (kind) {
        case K::None: return "N";
        case K::True: return "T";
        case K::False: return "F";
        case K::Ellipsis: return "E";
        case K::Int: return "i" + text;
        case K::Float: {
            uint64_t bits;
            std::memcpy(&bits, &real, sizeof bits);
            return "f" + std::to_string(bits);
        }
        case K::Complex: {
            uint64_t b1, b2;
            std::memcpy(&b1, &real, sizeof b1);
            std::memcpy(&b2, &imag, sizeof b2);
            return "c" + std::to_string(b1) + "," + std::to_string(b2);
        }
        case K::Str: return "s" + std::to_string(text.size()) + ":" + text;
        case K::Bytes: return "b" + std::to_string(text.size()) + ":" + text;
        case K::Tuple: {
            std::string k = "t" + std::to_string(items.size()) + "(";
            for (const ConstVal& it : items) k += it.key() + ",";
            return k + ")";
        }
        case K::Code: return "C" + std::to_string(reinterpret_cast<uintptr_t>(code));
    }
    return "?";
}

bool ConstVal::truthy() const {
    switch (kind) {
        case K::None: case K::False: return false;
        case K::True: case K::Ellipsis: case K::Code: return true;
        case K::Int: return text != "0";
        case K::Float: return real != 0.0;
        case K::Complex: return real != 0.0 || imag != 0.0;
        case K::Str: case K::Bytes: return !text.empty();
        case K::Tuple: return !items.empty();
    }
    return true;
}

int Compiler::add_const(const ConstVal& c) {
    std::string k = c.key();
    auto it = u->const_index.find(k);
    if (it != u->const_index.end()) return it->second;
    int i = static_cast<int>(u->consts.size());
    u->consts.push_back(c);
    u->const_index.emplace(std::move(k), i);
    return i;
}

std::string Compiler::mangled(const std::string& name) const { return mangle(u->private_name, name); }

int Compiler::add_name(const std::string& name) {
    std::string m = mangled(name);
    auto it = u->name_index.find(m);
    if (it != u->name_index.end()) return it->second;
    int i = static_cast<int>(u->names.size());
    u->names.push_back(m);
    u->name_index.emplace(std::move(m), i);
    return i;
}

int Compiler::add_varname(const std::string& name) {
    auto it = u->varname_index.find(name);
    if (it != u->varname_index.end()) return it->second;
    int i = static_cast<int>(u->varnames.size());
    u->varnames.push_back(name);
    u->varname_index.emplace(name, i);
    return i;
}

// Index of a cell or free variable as the code generator numbers them (cells first, then frees);
// the assembler turns it into a localsplus index.
int Compiler::deref_index(const std::string& name) {
    for (size_t i = 0; i < u->cellvars.size(); ++i)
        if (u->cellvars[i] == name) return static_cast<int>(i);
    for (size_t i = 0; i < u->freevars.size(); ++i)
        if (u->freevars[i] == name) return static_cast<int>(u->cellvars.size() + i);
    rt::fatal_error("compiler: no cell or free variable '%s' in %s", name.c_str(), u->qualname.c_str());
}

namespace {
enum class NameKind { Fast, Global, Deref, Name };

NameKind name_kind(const Unit* u, SymScope scope) {
    switch (scope) {
        case SymScope::Free:
        case SymScope::Cell: return NameKind::Deref;
        case SymScope::Local: return u->ste->is_function() ? NameKind::Fast : NameKind::Name;
        case SymScope::GlobalImplicit: return u->ste->is_function() ? NameKind::Global : NameKind::Name;
        case SymScope::GlobalExplicit: return NameKind::Global;
        default: return NameKind::Name;
    }
}
}  // namespace

bool Compiler::is_global_name_for_call(const std::string& name) const {
    if (name == "__debug__") return false;
    return name_kind(u, u->ste->scope_of(mangled(name))) == NameKind::Global;
}

void Compiler::nameop(const std::string& name, ExprContext ctx, const Node* at) {
    if (name == "__debug__") {
        if (ctx == ExprContext::Store) error(at, "cannot assign to __debug__");
        if (ctx == ExprContext::Del) error(at, "cannot delete __debug__");
    }
    std::string m = mangled(name);
    NameKind kind = name_kind(u, u->ste->scope_of(m));
    switch (kind) {
        case NameKind::Deref: {
            int i = deref_index(m);
            if (ctx == ExprContext::Load) {
                if (u->ste->type == ScopeType::Class) {
                    // A class body looks in its namespace first, then in the enclosing cell.
                    emit_op(Op::LOAD_LOCALS);
                    emit_op(Op::LOAD_FROM_DICT_OR_DEREF, i);
                } else {
                    emit_op(Op::LOAD_DEREF, i);
                }
            } else {
                emit_op(ctx == ExprContext::Store ? Op::STORE_DEREF : Op::DELETE_DEREF, i);
            }
            break;
        }
        case NameKind::Fast: {
            int i = add_varname(m);
            emit_op(ctx == ExprContext::Load ? Op::LOAD_FAST : ctx == ExprContext::Store ? Op::STORE_FAST : Op::DELETE_FAST, i);
            break;
        }
        case NameKind::Global: {
            int i = add_name(m);
            if (ctx == ExprContext::Load) emit_op(Op::LOAD_GLOBAL, static_cast<uint32_t>(i) << 1);
            else emit_op(ctx == ExprContext::Store ? Op::STORE_GLOBAL : Op::DELETE_GLOBAL, i);
            break;
        }
        case NameKind::Name: {
            int i = add_name(m);
            emit_op(ctx == ExprContext::Load ? Op::LOAD_NAME : ctx == ExprContext::Store ? Op::STORE_NAME : Op::DELETE_NAME, i);
            break;
        }
    }
}

// =============================================================================================
// The module

static bool is_docstring(const Stmt* s) {
    if (s->kind != Kind::ExprStmt) return false;
    const Expr* v = s->as<ExprStmt>()->value;
    return v->kind == Kind::Constant && v->as<Constant>()->ckind == ConstKind::Str;
}

// Does a module or class body contain an annotated assignment (outside nested scopes)?
static bool find_ann(const StmtList& stmts) {
    for (const Stmt* s : stmts) {
        switch (s->kind) {
            case Kind::AnnAssign: return true;
            case Kind::For: case Kind::AsyncFor:
                if (find_ann(s->as<For>()->body) || find_ann(s->as<For>()->orelse)) return true;
                break;
            case Kind::While:
                if (find_ann(s->as<While>()->body) || find_ann(s->as<While>()->orelse)) return true;
                break;
            case Kind::If:
                if (find_ann(s->as<If>()->body) || find_ann(s->as<If>()->orelse)) return true;
                break;
            case Kind::With: case Kind::AsyncWith:
                if (find_ann(s->as<With>()->body)) return true;
                break;
            case Kind::Try: case Kind::TryStar: {
                const Try* t = s->as<Try>();
                for (const ExceptHandler* h : t->handlers)
                    if (find_ann(h->body)) return true;
                if (find_ann(t->body) || find_ann(t->finalbody) || find_ann(t->orelse)) return true;
                break;
            }
            default:
                break;
        }
    }
    return false;
}

Code* Compiler::compile(const Module* mod) {
    enter_scope(st.top(), UnitKind::Module, "<module>", 1);
    switch (mode) {
        case Mode::Eval: {
            const Expr* e = mod->body.at(0)->as<ExprStmt>()->value;
            u->line = e->lineno;
            visit_expr(e);
            emit_op(Op::RETURN_VALUE);
            break;
        }
        case Mode::Single:
            interactive = true;
            if (!mod->body.empty()) u->line = mod->body[0]->lineno;
            if (find_ann(mod->body)) emit_op(Op::SETUP_ANNOTATIONS);
            visit_body(mod->body);
            break;
        case Mode::File:
            compile_body(mod->body, true);
            break;
    }
    return exit_scope();
}

// The body of a module or class: __annotations__, then the docstring into __doc__.
void Compiler::compile_body(const StmtList& body, bool is_module_or_class) {
    if (u->kind == UnitKind::Module && !body.empty()) u->line = body[0]->lineno;
    if (is_module_or_class && find_ann(body)) emit_op(Op::SETUP_ANNOTATIONS);
    size_t i = 0;
    if (!body.empty() && is_docstring(body[0])) {
        i = 1;
        u->line = body[0]->lineno;
        visit_expr(body[0]->as<ExprStmt>()->value);
        nameop("__doc__", ExprContext::Store, body[0]);
    }
    for (; i < body.size(); ++i) visit_stmt(body[i]);
}

void Compiler::visit_body(const StmtList& body) {
    for (const Stmt* s : body) visit_stmt(s);
}

// =============================================================================================
// Statements

void Compiler::visit_stmt(const Stmt* s) {
    u->line = s->lineno;
    const Stmt* saved_stmt = current_stmt;
    current_stmt = s;
    bool is_future = s->kind == Kind::ImportFrom && s->as<ImportFrom>()->module == "__future__" &&
                     s->as<ImportFrom>()->level == 0;
    if (!is_future && !(u->kind == UnitKind::Module && !u->seen_non_future && is_docstring(s)))
        u->seen_non_future = true;
    switch (s->kind) {
        case Kind::FunctionDef:
        case Kind::AsyncFunctionDef:
            function_def(s->as<FunctionDef>());
            break;
        case Kind::ClassDef:
            class_def(s->as<ClassDef>());
            break;
        case Kind::Return:
            return_stmt(s->as<Return>());
            break;
        case Kind::Delete:
            for (const Expr* t : s->as<Delete>()->targets) delete_target(t);
            break;
        case Kind::Assign:
            assign_stmt(s->as<Assign>());
            break;
        case Kind::AugAssign:
            augassign_stmt(s->as<AugAssign>());
            break;
        case Kind::AnnAssign:
            annassign_stmt(s->as<AnnAssign>());
            break;
        case Kind::For:
            for_stmt(s->as<For>());
            break;
        case Kind::AsyncFor:
            async_for_stmt(s->as<For>());
            break;
        case Kind::While:
            while_stmt(s->as<While>());
            break;
        case Kind::If:
            if_stmt(s->as<If>());
            break;
        case Kind::With:
            with_stmt(s->as<With>(), 0);
            break;
        case Kind::AsyncWith:
            if (u->kind != UnitKind::AsyncFunction) error(s, "'async with' outside async function");
            async_with_stmt(s->as<With>(), 0);
            break;
        case Kind::Raise:
            raise_stmt(s->as<Raise>());
            break;
        case Kind::Try:
            try_stmt(s->as<Try>());
            break;
        case Kind::TryStar:
            error(s, "except* is not supported");
        case Kind::Assert:
            assert_stmt(s->as<Assert>());
            break;
        case Kind::Import:
            import_stmt(s->as<Import>());
            break;
        case Kind::ImportFrom:
            import_from_stmt(s->as<ImportFrom>());
            break;
        case Kind::Global:
        case Kind::Nonlocal:
            break;
        case Kind::ExprStmt: {
            const Expr* v = s->as<ExprStmt>()->value;
            if (interactive && stack.empty()) {
                visit_expr(v);
                emit_op(Op::PRINT_EXPR);
            } else if (v->kind == Kind::Constant) {
                emit_op(Op::NOP);   // a constant statement (e.g. a stray string) does nothing
            } else {
                visit_expr(v);
                emit_op(Op::POP_TOP);
            }
            break;
        }
        case Kind::Pass:
            emit_op(Op::NOP);
            break;
        case Kind::Break:
            break_stmt(s);
            break;
        case Kind::Continue:
            continue_stmt(s);
            break;
        default:
            error(s, "unsupported statement");
    }
    current_stmt = saved_stmt;
}

// --- functions and classes --------------------------------------------------------------------

void Compiler::check_debug_args(const Arguments* args, const Node* at) {
    auto check = [&](const Arg* a) {
        if (a && a->arg == "__debug__") error(at, "cannot assign to __debug__");
    };
    for (const Arg* a : args->posonlyargs) check(a);
    for (const Arg* a : args->args) check(a);
    check(args->vararg);
    for (const Arg* a : args->kwonlyargs) check(a);
    check(args->kwarg);
}

// Pushes the defaults tuple and the keyword-only defaults dict; returns the MAKE_FUNCTION flags.
uint32_t Compiler::default_arguments(const Arguments* args) {
    uint32_t flags = 0;
    if (!args->defaults.empty()) {
        ConstVal tuple;
        tuple.kind = ConstVal::K::Tuple;
        bool all_const = true;
        for (const Expr* d : args->defaults) {
            ConstVal c;
            if (!fold(d, &c)) { all_const = false; break; }
            tuple.items.push_back(std::move(c));
        }
        if (all_const) {
            load_const(tuple);
        } else {
            for (const Expr* d : args->defaults) visit_expr(d);
            emit_op(Op::BUILD_TUPLE, static_cast<uint32_t>(args->defaults.size()));
        }
        flags |= 1;
    }
    ConstVal keys;
    keys.kind = ConstVal::K::Tuple;
    for (size_t i = 0; i < args->kwonlyargs.size(); ++i) {
        const Expr* d = i < args->kw_defaults.size() ? args->kw_defaults[i] : nullptr;
        if (!d) continue;
        keys.items.push_back(ConstVal::str(mangled(args->kwonlyargs[i]->arg)));
        visit_expr(d);
    }
    if (!keys.items.empty()) {
        uint32_t n = static_cast<uint32_t>(keys.items.size());
        load_const(keys);
        emit_op(Op::BUILD_CONST_KEY_MAP, n);
        flags |= 2;
    }
    return flags;
}

// Pushes the annotations dict of a function (if it has any annotation); returns whether it did.
// The order of the keys is CPython's: args, *args, keyword-only, **kwargs... as below.
bool Compiler::annotations(const Arguments* args, const Expr* returns) {
    ConstVal keys;
    keys.kind = ConstVal::K::Tuple;
    auto one = [&](const Arg* a) {
        if (a && a->annotation) {
            keys.items.push_back(ConstVal::str(mangled(a->arg)));
            if (st.future_annotations()) {
                load_const(ConstVal::str(unparse_annotation(a->annotation)));
            } else if (a->annotation->kind == Kind::Starred) {
                // `*args: *Ts` (PEP 646): the annotation is the single item of the unpacked Ts.
                visit_expr(a->annotation->as<Starred>()->value);
                emit_op(Op::UNPACK_SEQUENCE, 1);
            } else {
                visit_expr(a->annotation);
            }
        }
    };
    for (const Arg* a : args->args) one(a);
    for (const Arg* a : args->posonlyargs) one(a);
    one(args->vararg);
    for (const Arg* a : args->kwonlyargs) one(a);
    one(args->kwarg);
    if (returns) {
        keys.items.push_back(ConstVal::str("return"));
        if (st.future_annotations()) load_const(ConstVal::str(unparse_annotation(returns)));
        else visit_expr(returns);
    }
    if (keys.items.empty()) return false;
    uint32_t n = static_cast<uint32_t>(keys.items.size());
    load_const(keys);
    emit_op(Op::BUILD_CONST_KEY_MAP, n);
    return true;
}

void Compiler::apply_decorators(const ExprList& decos) {
    // Each decorator is on the stack below the function: [d1, d2, func] -> CALL 0 calls d2 with
    // func as its "self" argument (the call protocol prepends a non-null self_or_null).
    for (size_t i = decos.size(); i-- > 0;) {
        u->line = decos[i]->lineno;
        emit_op(Op::CALL, 0);
    }
}

void Compiler::make_closure(Code* co, uint32_t flags) {
    u->owned_codes.emplace_back(rt::Value(co));
    int nfree = co->nfrees;
    if (nfree > 0) {
        int first = co->nlocals + co->ncells;
        for (int i = 0; i < nfree; ++i) {
            rt::Value name_v = co->localsplusnames->items[first + i];
            std::string name(rt::str_view(name_v));
            emit_op(Op::LOAD_CLOSURE, deref_index(name));
        }
        emit_op(Op::BUILD_TUPLE, static_cast<uint32_t>(nfree));
        flags |= 8;
    }
    ConstVal c;
    c.kind = ConstVal::K::Code;
    c.code = co;
    load_const(c);
    emit_op(Op::MAKE_FUNCTION, flags);
}

void Compiler::function_def(const FunctionDef* s) {
    check_debug_args(s->args, s);
    for (const Expr* d : s->decorator_list) visit_expr(d);
    int firstlineno = s->decorator_list.empty() ? s->lineno : s->decorator_list[0]->lineno;
    u->line = s->lineno;
    uint32_t flags = default_arguments(s->args);
    if (annotations(s->args, s->returns)) flags |= 4;

    Scope* ste = st.scope_of(s);
    enter_scope(ste, s->is_async() ? UnitKind::AsyncFunction : UnitKind::Function, s->name, firstlineno);
    size_t first = 0;
    if (!s->body.empty() && is_docstring(s->body[0])) {
        add_const(ConstVal::str(s->body[0]->as<ExprStmt>()->value->as<Constant>()->text));
        first = 1;
    } else {
        add_const(ConstVal::none());
    }
    u->argcount = static_cast<int>(s->args->posonlyargs.size() + s->args->args.size());
    u->posonlyargcount = static_cast<int>(s->args->posonlyargs.size());
    u->kwonlyargcount = static_cast<int>(s->args->kwonlyargs.size());
    for (size_t i = first; i < s->body.size(); ++i) visit_stmt(s->body[i]);
    Code* co = exit_scope();

    u->line = s->lineno;
    make_closure(co, flags);
    apply_decorators(s->decorator_list);
    u->line = s->lineno;
    nameop(s->name, ExprContext::Store, s);
}

void Compiler::class_def(const ClassDef* s) {
    for (const Expr* d : s->decorator_list) visit_expr(d);
    int firstlineno = s->decorator_list.empty() ? s->lineno : s->decorator_list[0]->lineno;
    u->line = s->lineno;

    Scope* ste = st.scope_of(s);
    enter_scope(ste, UnitKind::Class, s->name, firstlineno);
    u->private_name = s->name;
    add_const(ConstVal::none());   // co_consts[0]: the body function has no docstring
    nameop("__name__", ExprContext::Load, s);
    nameop("__module__", ExprContext::Store, s);
    load_const(ConstVal::str(u->qualname));
    nameop("__qualname__", ExprContext::Store, s);
    compile_body(s->body, true);
    if (ste->needs_class_closure) {
        // Store the __class__ cell in the namespace (type.__new__ fills it) and return it.
        emit_op(Op::LOAD_CLOSURE, deref_index("__class__"));
        emit_op(Op::COPY, 1);
        nameop("__classcell__", ExprContext::Store, s);
        emit_op(Op::RETURN_VALUE);
    } else {
        emit_op(Op::RETURN_CONST, add_const(ConstVal::none()));
    }
    Code* co = exit_scope();

    u->line = s->lineno;
    emit_op(Op::LOAD_BUILD_CLASS);
    emit_op(Op::PUSH_NULL);
    make_closure(co, 0);
    load_const(ConstVal::str(s->name));
    call_helper(2, s->bases, s->keywords);
    apply_decorators(s->decorator_list);
    u->line = s->lineno;
    nameop(s->name, ExprContext::Store, s);
}

// --- return, break, continue --------------------------------------------------------------------

// Emits the code that leaves one frame block. With preserve_tos, the value on top of the stack
// (a return value) is kept on top.
void Compiler::unwind_fblock(const FBlock& fb, bool preserve_tos) {
    switch (fb.type) {
        case FBlockType::WhileLoop:
        case FBlockType::ExceptionHandler:
        case FBlockType::AsyncComprehensionGenerator:
            return;
        case FBlockType::ForLoop:
            if (preserve_tos) emit_op(Op::SWAP, 2);
            emit_op(Op::POP_TOP);   // the iterator
            return;
        case FBlockType::TryExcept:
            pop_handler();
            return;
        case FBlockType::FinallyTry: {
            pop_handler();
            if (preserve_tos) push_fblock(FBlock{FBlockType::PopValue});
            visit_body(*fb.finalbody);
            if (preserve_tos) pop_fblock();
            return;
        }
        case FBlockType::FinallyEnd:
            if (preserve_tos) emit_op(Op::SWAP, 2);
            emit_op(Op::POP_TOP);   // the exception
            if (preserve_tos) emit_op(Op::SWAP, 2);
            pop_handler();
            emit_op(Op::POP_EXCEPT);
            return;
        case FBlockType::With:
        case FBlockType::AsyncWith:
            u->line = fb.node->lineno;
            pop_handler();
            if (preserve_tos) emit_op(Op::SWAP, 2);
            call_exit_with_nones();
            if (fb.type == FBlockType::AsyncWith) {
                emit_op(Op::GET_AWAITABLE, 2);
                load_const(ConstVal::none());
                add_yield_from();
            }
            emit_op(Op::POP_TOP);
            return;
        case FBlockType::HandlerCleanup:
            if (fb.has_name) pop_handler();
            if (preserve_tos) emit_op(Op::SWAP, 2);
            pop_handler();
            emit_op(Op::POP_EXCEPT);
            if (fb.has_name) {
                load_const(ConstVal::none());
                nameop(fb.name, ExprContext::Store, nullptr);
                nameop(fb.name, ExprContext::Del, nullptr);
            }
            return;
        case FBlockType::PopValue:
            if (preserve_tos) emit_op(Op::SWAP, 2);
            emit_op(Op::POP_TOP);
            return;
    }
}

// Unwinds every frame block, innermost first, stopping at the innermost loop when `loop` is given
// (it receives a copy of that loop's block). Returns false if a loop was wanted and not found.
// The blocks themselves are left in place: the code after a return/break/continue is dead, but
// the compiler continues with the same blocks open.
bool Compiler::unwind_fblock_stack(bool preserve_tos, FBlock* loop) {
    if (u->fblocks.empty()) return loop == nullptr;
    FBlock top = u->fblocks.back();
    if (loop && (top.type == FBlockType::WhileLoop || top.type == FBlockType::ForLoop)) {
        *loop = top;
        return true;
    }
    u->fblocks.pop_back();
    unwind_fblock(top, preserve_tos);
    bool found = unwind_fblock_stack(preserve_tos, loop);
    u->fblocks.push_back(top);
    return found;
}

void Compiler::return_stmt(const Return* s) {
    if (!u->ste->is_function()) error(s, "'return' outside function");
    if (s->value && u->ste->coroutine && u->ste->generator) error(s, "'return' with value in async generator");
    ConstVal value;
    bool is_const = s->value && fold(s->value, &value);
    bool preserve_tos = s->value && !is_const;
    std::vector<int> saved_handlers = u->handler_stack;
    if (preserve_tos) {
        visit_expr(s->value);
    } else if (s->value) {
        u->line = s->value->lineno;
        emit_op(Op::NOP);
    }
    if (!s->value || s->value->lineno != s->lineno) {
        u->line = s->lineno;
        emit_op(Op::NOP);
    }
    unwind_fblock_stack(preserve_tos, nullptr);
    u->line = s->lineno;
    if (preserve_tos) emit_op(Op::RETURN_VALUE);
    else emit_op(Op::RETURN_CONST, add_const(s->value ? value : ConstVal::none()));
    u->handler_stack = saved_handlers;
}

void Compiler::break_stmt(const Stmt* s) {
    std::vector<int> saved_handlers = u->handler_stack;
    emit_op(Op::NOP);
    FBlock loop{FBlockType::WhileLoop};
    if (!unwind_fblock_stack(false, &loop)) error(s, "'break' outside loop");
    unwind_fblock(loop, false);
    u->line = s->lineno;
    emit_jump(kOpJump, loop.exit);
    u->handler_stack = saved_handlers;
}

void Compiler::continue_stmt(const Stmt* s) {
    std::vector<int> saved_handlers = u->handler_stack;
    emit_op(Op::NOP);
    FBlock loop{FBlockType::WhileLoop};
    if (!unwind_fblock_stack(false, &loop)) error(s, "'continue' not properly in loop");
    u->line = s->lineno;
    emit_jump(kOpJump, loop.block);
    u->handler_stack = saved_handlers;
}

// --- loops and conditionals ---------------------------------------------------------------------

// A list display of constants iterated over or tested with `in` becomes a constant tuple.
static bool constant_list(const Compiler* c, const Expr* e, ConstVal* out) {
    if (e->kind != Kind::List) return false;
    ConstVal t;
    t.kind = ConstVal::K::Tuple;
    for (const Expr* x : e->as<ListExpr>()->elts) {
        ConstVal v;
        if (!c->fold(x, &v)) return false;
        t.items.push_back(std::move(v));
    }
    *out = std::move(t);
    return true;
}

void Compiler::for_stmt(const For* s) {
    int start = new_label(), cleanup = new_label(), end = new_label();
    push_fblock(FBlock{FBlockType::ForLoop, start, end});
    ConstVal folded;
    if (constant_list(this, s->iter, &folded)) {
        u->line = s->iter->lineno;
        load_const(folded);
    } else {
        visit_expr(s->iter);
    }
    u->line = s->lineno;
    emit_op(Op::GET_ITER);
    bind(start);
    emit_jump(static_cast<int>(Op::FOR_ITER), cleanup);
    store_target(s->target);
    visit_body(s->body);
    emit_jump(kOpJump, start);   // the back-edge: JUMP_BACKWARD
    bind(cleanup);
    pop_fblock();
    visit_body(s->orelse);
    bind(end);
}

void Compiler::async_for_stmt(const For* s) {
    if (u->kind != UnitKind::AsyncFunction) error(s, "'async for' outside async function");
    int start = new_label(), except = new_label(), end = new_label();
    visit_expr(s->iter);
    u->line = s->lineno;
    emit_op(Op::GET_AITER);
    bind(start);
    push_fblock(FBlock{FBlockType::ForLoop, start, end});
    // Only the __anext__ call is guarded: StopAsyncIteration from it ends the loop.
    push_handler(except, false);
    emit_op(Op::GET_ANEXT);
    load_const(ConstVal::none());
    add_yield_from();
    pop_handler();
    store_target(s->target);
    visit_body(s->body);
    emit_jump(kOpJump, start);
    pop_fblock();
    bind(except);
    u->line = s->iter->lineno;
    emit_op(Op::END_ASYNC_FOR);
    visit_body(s->orelse);
    bind(end);
}

void Compiler::while_stmt(const While* s) {
    int loop = new_label(), anchor = new_label(), end = new_label();
    emit_op(Op::NOP);   // the `while` line, when the test is a constant and emits nothing
    bind(loop);
    push_fblock(FBlock{FBlockType::WhileLoop, loop, end});
    jump_if(s->test, anchor, false);
    visit_body(s->body);
    u->line = s->lineno;
    emit_jump(kOpJump, loop);   // the back-edge: JUMP_BACKWARD
    pop_fblock();
    bind(anchor);
    visit_body(s->orelse);
    bind(end);
}

void Compiler::if_stmt(const If* s) {
    int end = new_label();
    int next = s->orelse.empty() ? end : new_label();
    jump_if(s->test, next, false);
    visit_body(s->body);
    if (!s->orelse.empty()) {
        emit_jump(kOpJump, end);
        bind(next);
        visit_body(s->orelse);
    }
    bind(end);
}

// --- exceptions -------------------------------------------------------------------------------

void Compiler::raise_stmt(const Raise* s) {
    uint32_t n = 0;
    if (s->exc) {
        visit_expr(s->exc);
        ++n;
        if (s->cause) {
            visit_expr(s->cause);
            ++n;
        }
    }
    u->line = s->lineno;
    emit_op(Op::RAISE_VARARGS, n);
}

void Compiler::pop_except_and_reraise() {
    // [prev, lasti, exc]: restore the previously handled exception, then re-raise exc.
    emit_op(Op::COPY, 3);
    emit_op(Op::POP_EXCEPT);
    emit_op(Op::RERAISE, 1);
}

void Compiler::try_stmt(const Try* s) {
    emit_op(Op::NOP);   // the `try:` line
    if (!s->finalbody.empty()) try_finally(s);
    else try_except(s);
}

//   try: body / finally: final   compiles to
//
//         <body>                     (handler: L_end)
//         <final>
//         JUMP L_exit
//   L_end:  PUSH_EXC_INFO            (handler: L_cleanup, with lasti)
//         <final>
//         RERAISE 0
//   L_cleanup: COPY 3; POP_EXCEPT; RERAISE 1
//   L_exit:
void Compiler::try_finally(const Try* s) {
    int end = new_label(), exit = new_label(), cleanup = new_label();
    push_handler(end, false);
    FBlock fb{FBlockType::FinallyTry};
    fb.finalbody = &s->finalbody;
    push_fblock(fb);
    if (!s->handlers.empty()) try_except(s);
    else visit_body(s->body);
    pop_handler();
    pop_fblock();
    visit_body(s->finalbody);
    emit_jump(kOpJump, exit);

    bind(end);
    push_handler(cleanup, true);
    emit_op(Op::PUSH_EXC_INFO);
    push_fblock(FBlock{FBlockType::FinallyEnd});
    visit_body(s->finalbody);
    pop_fblock();
    emit_op(Op::RERAISE, 0);
    pop_handler();
    bind(cleanup);
    pop_except_and_reraise();
    bind(exit);
}

//   try: body / except E as e: handler / else: orelse   compiles to
//
//         <body>                     (handler: L_except)
//         <orelse>
//         JUMP L_end
//   L_except: PUSH_EXC_INFO          (handler: L_cleanup, with lasti, until the end)
//         <E>; CHECK_EXC_MATCH; POP_JUMP_IF_FALSE L_next
//         STORE e
//         <handler>                  (handler: L_cleanup_end)
//         POP_EXCEPT; e = None; del e; JUMP L_end
//   L_cleanup_end: e = None; del e; RERAISE 1
//   L_next: ... further handlers ...
//         RERAISE 0                  (no handler matched)
//   L_cleanup: COPY 3; POP_EXCEPT; RERAISE 1
//   L_end:
void Compiler::try_except(const Try* s) {
    int except = new_label(), end = new_label(), cleanup = new_label();
    push_handler(except, false);
    push_fblock(FBlock{FBlockType::TryExcept});
    visit_body(s->body);
    pop_fblock();
    pop_handler();
    visit_body(s->orelse);
    emit_jump(kOpJump, end);

    bind(except);
    push_handler(cleanup, true);
    emit_op(Op::PUSH_EXC_INFO);
    push_fblock(FBlock{FBlockType::ExceptionHandler});
    std::vector<int> saved_handlers = u->handler_stack;
    size_t n = s->handlers.size();
    for (size_t i = 0; i < n; ++i) {
        const ExceptHandler* h = s->handlers[i];
        u->line = h->lineno;
        if (!h->type && i + 1 < n) error(h, "default 'except:' must be last");
        int next = new_label();
        if (h->type) {
            visit_expr(h->type);
            emit_op(Op::CHECK_EXC_MATCH);
            emit_jump(static_cast<int>(Op::POP_JUMP_IF_FALSE), next);
        }
        if (h->has_name) {
            int cleanup_end = new_label();
            nameop(h->name, ExprContext::Store, h);
            push_handler(cleanup_end, true);
            FBlock fb{FBlockType::HandlerCleanup};
            fb.name = h->name;
            fb.has_name = true;
            push_fblock(fb);
            visit_body(h->body);
            pop_fblock();
            pop_handler();
            pop_handler();
            emit_op(Op::POP_EXCEPT);
            load_const(ConstVal::none());
            nameop(h->name, ExprContext::Store, h);
            nameop(h->name, ExprContext::Del, h);
            emit_jump(kOpJump, end);
            u->handler_stack = saved_handlers;

            bind(cleanup_end);
            load_const(ConstVal::none());
            nameop(h->name, ExprContext::Store, h);
            nameop(h->name, ExprContext::Del, h);
            emit_op(Op::RERAISE, 1);
        } else {
            emit_op(Op::POP_TOP);   // the exception
            push_fblock(FBlock{FBlockType::HandlerCleanup});
            visit_body(h->body);
            pop_fblock();
            pop_handler();
            emit_op(Op::POP_EXCEPT);
            emit_jump(kOpJump, end);
            u->handler_stack = saved_handlers;
        }
        bind(next);
    }
    pop_fblock();
    emit_op(Op::RERAISE, 0);
    pop_handler();
    bind(cleanup);
    pop_except_and_reraise();
    bind(end);
}

// --- with -------------------------------------------------------------------------------------

void Compiler::call_exit_with_nones() {
    // [exit] -> exit(None, None, None): the first None rides in the self_or_null slot.
    load_const(ConstVal::none());
    load_const(ConstVal::none());
    load_const(ConstVal::none());
    emit_op(Op::CALL, 2);
}

// After WITH_EXCEPT_START (and awaiting its result for async with): a true result suppresses the
// exception, otherwise it is re-raised.
void Compiler::with_except_finish(int cleanup) {
    int exit = new_label();
    emit_jump(static_cast<int>(Op::POP_JUMP_IF_TRUE), exit);
    emit_op(Op::RERAISE, 2);
    int h = u->handler_stack.back();
    pop_handler();
    bind(cleanup);
    pop_except_and_reraise();
    u->handler_stack.push_back(h);
    bind(exit);
    emit_op(Op::POP_TOP);   // the exception
    pop_handler();
    emit_op(Op::POP_EXCEPT);
    emit_op(Op::POP_TOP);   // lasti
    emit_op(Op::POP_TOP);   // exit
}

//   with m as x: body   compiles to
//
//         <m>; BEFORE_WITH           -> exit, enter_result
//         STORE x                    (handler: L_final, depth without enter_result, lasti)
//         <body>
//         LOAD_CONST None x3; CALL 2; POP_TOP; JUMP L_exit
//   L_final: PUSH_EXC_INFO; WITH_EXCEPT_START
//         POP_JUMP_IF_TRUE L_suppress; RERAISE 2
//   L_cleanup: COPY 3; POP_EXCEPT; RERAISE 1
//   L_suppress: POP_TOP; POP_EXCEPT; POP_TOP; POP_TOP
//   L_exit:
void Compiler::with_stmt(const With* s, size_t pos) {
    const WithItem* item = s->items[pos];
    int final = new_label(), exit = new_label(), cleanup = new_label();
    visit_expr(item->context_expr);
    u->line = item->context_expr->lineno;
    emit_op(Op::BEFORE_WITH);
    push_handler(final, true, -1);
    FBlock fb{FBlockType::With};
    fb.node = s;
    push_fblock(fb);
    if (item->optional_vars) store_target(item->optional_vars);
    else emit_op(Op::POP_TOP);
    if (pos + 1 == s->items.size()) visit_body(s->body);
    else with_stmt(s, pos + 1);
    pop_handler();
    pop_fblock();
    u->line = s->lineno;
    call_exit_with_nones();
    emit_op(Op::POP_TOP);
    emit_jump(kOpJump, exit);

    bind(final);
    push_handler(cleanup, true);
    emit_op(Op::PUSH_EXC_INFO);
    emit_op(Op::WITH_EXCEPT_START);
    with_except_finish(cleanup);
    bind(exit);
}

void Compiler::async_with_stmt(const With* s, size_t pos) {
    const WithItem* item = s->items[pos];
    int final = new_label(), exit = new_label(), cleanup = new_label();
    visit_expr(item->context_expr);
    u->line = item->context_expr->lineno;
    emit_op(Op::BEFORE_ASYNC_WITH);
    emit_op(Op::GET_AWAITABLE, 1);
    load_const(ConstVal::none());
    add_yield_from();
    push_handler(final, true, -1);
    FBlock fb{FBlockType::AsyncWith};
    fb.node = s;
    push_fblock(fb);
    if (item->optional_vars) store_target(item->optional_vars);
    else emit_op(Op::POP_TOP);
    if (pos + 1 == s->items.size()) visit_body(s->body);
    else async_with_stmt(s, pos + 1);
    pop_handler();
    pop_fblock();
    u->line = s->lineno;
    call_exit_with_nones();
    emit_op(Op::GET_AWAITABLE, 2);
    load_const(ConstVal::none());
    add_yield_from();
    emit_op(Op::POP_TOP);
    emit_jump(kOpJump, exit);

    bind(final);
    push_handler(cleanup, true);
    emit_op(Op::PUSH_EXC_INFO);
    emit_op(Op::WITH_EXCEPT_START);
    emit_op(Op::GET_AWAITABLE, 2);
    load_const(ConstVal::none());
    add_yield_from();
    with_except_finish(cleanup);
    bind(exit);
}

// --- assignments ------------------------------------------------------------------------------

void Compiler::assign_stmt(const Assign* s) {
    // `a, b = b, a`: evaluate the right side onto the stack and reorder it with SWAP instead of
    // building and unpacking a tuple (CPython's peephole does the same for 2 and 3 items).
    if (s->targets.size() == 1 && s->value->kind == Kind::Tuple &&
        (s->targets[0]->kind == Kind::Tuple || s->targets[0]->kind == Kind::List)) {
        const ExprList& lhs = s->targets[0]->kind == Kind::Tuple ? s->targets[0]->as<TupleExpr>()->elts
                                                                 : s->targets[0]->as<ListExpr>()->elts;
        const ExprList& rhs = s->value->as<TupleExpr>()->elts;
        ConstVal folded;
        bool starred = false;
        for (const Expr* e : lhs) starred |= e->kind == Kind::Starred;
        for (const Expr* e : rhs) starred |= e->kind == Kind::Starred;
        if (!starred && lhs.size() == rhs.size() && lhs.size() >= 2 && lhs.size() <= 3 && !fold(s->value, &folded)) {
            for (const Expr* e : rhs) visit_expr(e);
            u->line = s->lineno;
            emit_op(Op::SWAP, static_cast<uint32_t>(lhs.size()));
            for (const Expr* e : lhs) store_target(e);
            return;
        }
    }
    visit_expr(s->value);
    for (size_t i = 0; i < s->targets.size(); ++i) {
        if (i + 1 < s->targets.size()) {
            u->line = s->lineno;
            emit_op(Op::COPY, 1);
        }
        store_target(s->targets[i]);
    }
}

static bool is_two_element_slice(const Expr* e) {
    return e->kind == Kind::Slice && !e->as<Slice>()->step;
}

int binop_oparg(Operator op) {
    switch (op) {
        case Operator::Add: return 0;
        case Operator::BitAnd: return 1;
        case Operator::FloorDiv: return 2;
        case Operator::LShift: return 3;
        case Operator::MatMult: return 4;
        case Operator::Mult: return 5;
        case Operator::Mod: return 6;
        case Operator::BitOr: return 7;
        case Operator::Pow: return 8;
        case Operator::RShift: return 9;
        case Operator::Sub: return 10;
        case Operator::Div: return 11;
        case Operator::BitXor: return 12;
    }
    return 0;
}

void Compiler::augassign_stmt(const AugAssign* s) {
    const Expr* e = s->target;
    {
        int saved = u->line;
        u->line = e->lineno;
        switch (e->kind) {
            case Kind::Attribute: {
                const Attribute* a = e->as<Attribute>();
                visit_expr(a->value);
                emit_op(Op::COPY, 1);
                attribute_line(a);
                emit_op(Op::LOAD_ATTR, static_cast<uint32_t>(add_name(a->attr)) << 1);
                break;
            }
            case Kind::Subscript: {
                const Subscript* sub = e->as<Subscript>();
                visit_expr(sub->value);
                if (is_two_element_slice(sub->slice)) {
                    const Slice* sl = sub->slice->as<Slice>();
                    if (sl->lower) visit_expr(sl->lower); else load_const(ConstVal::none());
                    if (sl->upper) visit_expr(sl->upper); else load_const(ConstVal::none());
                    emit_op(Op::COPY, 3);
                    emit_op(Op::COPY, 3);
                    emit_op(Op::COPY, 3);
                    emit_op(Op::BINARY_SLICE);
                } else {
                    visit_expr(sub->slice);
                    emit_op(Op::COPY, 2);
                    emit_op(Op::COPY, 2);
                    emit_op(Op::BINARY_SUBSCR);
                }
                break;
            }
            case Kind::Name:
                nameop(e->as<Name>()->id, ExprContext::Load, e);
                break;
            default:
                error(e, "illegal expression for augmented assignment");
        }
        u->line = saved;
    }
    visit_expr(s->value);
    u->line = s->lineno;
    emit_op(Op::BINARY_OP, static_cast<uint32_t>(binop_oparg(s->op) + 13));
    u->line = e->lineno;
    switch (e->kind) {
        case Kind::Attribute:
            attribute_line(e->as<Attribute>());
            emit_op(Op::SWAP, 2);
            emit_op(Op::STORE_ATTR, add_name(e->as<Attribute>()->attr));
            break;
        case Kind::Subscript:
            if (is_two_element_slice(e->as<Subscript>()->slice)) {
                emit_op(Op::SWAP, 4);
                emit_op(Op::SWAP, 3);
                emit_op(Op::SWAP, 2);
                emit_op(Op::STORE_SLICE);
            } else {
                emit_op(Op::SWAP, 3);
                emit_op(Op::SWAP, 2);
                emit_op(Op::STORE_SUBSCR);
            }
            break;
        default:
            nameop(e->as<Name>()->id, ExprContext::Store, e);
            break;
    }
}

// Evaluates (and discards) an expression whose value an annotation would otherwise not need.
void Compiler::check_ann_expr(const Expr* e) {
    visit_expr(e);
    emit_op(Op::POP_TOP);
}

void Compiler::annassign_stmt(const AnnAssign* s) {
    const Expr* target = s->target;
    if (s->value) {
        visit_expr(s->value);
        store_target(target);
    }
    bool module_or_class = u->kind == UnitKind::Module || u->kind == UnitKind::Class;
    switch (target->kind) {
        case Kind::Name: {
            const std::string& id = target->as<Name>()->id;
            if (id == "__debug__") error(target, "cannot assign to __debug__");
            if (s->simple && module_or_class) {
                // __annotations__['x'] = <annotation> (its source text under PEP 563)
                if (st.future_annotations()) load_const(ConstVal::str(unparse_annotation(s->annotation)));
                else visit_expr(s->annotation);
                u->line = s->lineno;
                nameop("__annotations__", ExprContext::Load, s);
                load_const(ConstVal::str(mangled(id)));
                emit_op(Op::STORE_SUBSCR);
            }
            break;
        }
        case Kind::Attribute:
            if (target->as<Attribute>()->attr == "__debug__") error(target, "cannot assign to __debug__");
            if (!s->value) check_ann_expr(target->as<Attribute>()->value);
            break;
        case Kind::Subscript:
            if (!s->value) {
                const Subscript* sub = target->as<Subscript>();
                check_ann_expr(sub->value);
                // The parts of the subscript are evaluated too.
                auto check_slice = [&](const Expr* sl, auto& self) -> void {
                    if (sl->kind == Kind::Slice) {
                        const Slice* x = sl->as<Slice>();
                        if (x->lower) check_ann_expr(x->lower);
                        if (x->upper) check_ann_expr(x->upper);
                        if (x->step) check_ann_expr(x->step);
                    } else if (sl->kind == Kind::Tuple) {
                        for (const Expr* elt : sl->as<TupleExpr>()->elts) self(elt, self);
                    } else {
                        check_ann_expr(sl);
                    }
                };
                check_slice(sub->slice, check_slice);
            }
            break;
        default:
            error(target, "invalid target for annotated assignment");
    }
    // The annotation of a complex target is evaluated (last) in modules and classes.
    if (!s->simple && module_or_class && !st.future_annotations()) check_ann_expr(s->annotation);
}

void Compiler::delete_target(const Expr* e) {
    int saved = u->line;
    u->line = e->lineno;
    switch (e->kind) {
        case Kind::Name:
            nameop(e->as<Name>()->id, ExprContext::Del, e);
            break;
        case Kind::Attribute: {
            const Attribute* a = e->as<Attribute>();
            visit_expr(a->value);
            attribute_line(a);
            emit_op(Op::DELETE_ATTR, add_name(a->attr));
            break;
        }
        case Kind::Subscript: {
            const Subscript* sub = e->as<Subscript>();
            visit_expr(sub->value);
            visit_expr(sub->slice);
            emit_op(Op::DELETE_SUBSCR);
            break;
        }
        case Kind::Tuple:
            for (const Expr* x : e->as<TupleExpr>()->elts) delete_target(x);
            break;
        case Kind::List:
            for (const Expr* x : e->as<ListExpr>()->elts) delete_target(x);
            break;
        default:
            error(e, "cannot delete expression");
    }
    u->line = saved;
}

// --- imports, assert ----------------------------------------------------------------------------

void Compiler::import_stmt(const Import* s) {
    for (const Alias* a : s->names) {
        u->line = s->lineno;
        load_const(ConstVal::integer(0));
        load_const(ConstVal::none());
        emit_op(Op::IMPORT_NAME, add_name(a->name));
        size_t dot = a->name.find('.');
        if (a->has_asname) {
            if (dot != std::string::npos) {
                // `import a.b.c as d`: walk down the submodules with IMPORT_FROM.
                size_t pos = dot + 1;
                while (true) {
                    size_t next = a->name.find('.', pos);
                    std::string attr = a->name.substr(pos, next == std::string::npos ? std::string::npos : next - pos);
                    emit_op(Op::IMPORT_FROM, add_name(attr));
                    if (next == std::string::npos) break;
                    emit_op(Op::SWAP, 2);
                    emit_op(Op::POP_TOP);
                    pos = next + 1;
                }
                nameop(a->asname, ExprContext::Store, s);
                emit_op(Op::POP_TOP);
            } else {
                nameop(a->asname, ExprContext::Store, s);
            }
        } else {
            // `import a.b.c` binds the top-level package `a`.
            nameop(dot == std::string::npos ? a->name : a->name.substr(0, dot), ExprContext::Store, s);
        }
    }
}

void Compiler::import_from_stmt(const ImportFrom* s) {
    if (s->module == "__future__" && s->level == 0) {
        static const char* const kFeatures[] = {"nested_scopes", "generators", "division", "absolute_import",
                                                "with_statement", "print_function", "unicode_literals",
                                                "barry_as_FLUFL", "generator_stop", "annotations"};
        for (const Alias* a : s->names) {
            bool known = false;
            for (const char* f : kFeatures) known |= a->name == f;
            if (a->name == "braces") {
                CompileError err{"not a chance", s->lineno, s->col_offset, s->lineno, -1};
                throw err;
            }
            if (!known) {
                CompileError err{"future feature " + a->name + " is not defined", s->lineno, s->col_offset, s->lineno, -1};
                throw err;
            }
        }
        if (u->kind != UnitKind::Module || u->seen_non_future)
            error(s, "from __future__ imports must occur at the beginning of the file");
    }
    load_const(ConstVal::integer(s->level));
    ConstVal names;
    names.kind = ConstVal::K::Tuple;
    for (const Alias* a : s->names) names.items.push_back(ConstVal::str(a->name));
    load_const(names);
    emit_op(Op::IMPORT_NAME, add_name(s->module));
    for (size_t i = 0; i < s->names.size(); ++i) {
        const Alias* a = s->names[i];
        if (i == 0 && a->name == "*") {
            emit_op(Op::IMPORT_STAR);
            return;
        }
        emit_op(Op::IMPORT_FROM, add_name(a->name));
        nameop(a->has_asname ? a->asname : a->name, ExprContext::Store, s);
    }
    emit_op(Op::POP_TOP);   // the module
}

void Compiler::assert_stmt(const Assert* s) {
    int end = new_label();
    jump_if(s->test, end, true);
    u->line = s->lineno;
    emit_op(Op::LOAD_ASSERTION_ERROR);
    if (s->msg) {
        visit_expr(s->msg);
        u->line = s->lineno;
        emit_op(Op::CALL, 0);   // [AssertionError, msg]: msg rides in the self_or_null slot
    }
    emit_op(Op::RAISE_VARARGS, 1);
    bind(end);
}

}  // namespace detail

// =============================================================================================
// The public API

namespace {

// Byte offset within a line -> 1-based code-point column.
int char_column(std::string_view line, int byte_col) {
    int col = 0;
    for (int i = 0; i < byte_col && i < static_cast<int>(line.size()); ++i)
        if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++col;
    return col + 1;
}

std::string_view source_line(std::string_view source, int lineno) {
    if (lineno < 1) return {};
    size_t pos = 0;
    for (int l = 1; l < lineno; ++l) {
        size_t nl = source.find('\n', pos);
        if (nl == std::string_view::npos) return {};
        pos = nl + 1;
    }
    size_t nl = source.find('\n', pos);
    return source.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos + 1);
}

void fill_error(const CompileError& e, const std::string& filename, std::string_view source,
                parse::SyntaxErrorInfo* err) {
    if (!err) return;
    err->type = "SyntaxError";
    err->msg = e.msg;
    err->filename = filename;
    err->lineno = e.lineno;
    err->end_lineno = e.end_lineno;
    // CPython reads the text of a compiler error from the file; "<string>"-like names have none,
    // and then the columns stay byte offsets.
    bool has_text = !filename.empty() && filename[0] != '<';
    std::string_view line = has_text ? source_line(source, e.lineno) : std::string_view{};
    if (has_text && !line.empty()) {
        err->text = std::string(line);
        err->offset = char_column(line, e.col_offset);
        if (e.end_col_offset >= 0 && e.end_lineno > 0) {
            std::string_view end_line = e.end_lineno == e.lineno ? line : source_line(source, e.end_lineno);
            err->end_offset = char_column(end_line, e.end_col_offset);
        } else {
            err->end_offset = 0;
        }
    } else {
        err->text.clear();
        err->offset = e.col_offset + 1;
        err->end_offset = e.end_col_offset >= 0 ? e.end_col_offset + 1 : 0;
    }
}

}  // namespace

Code* compile_module(parse::Module* mod, const std::string& filename, parse::Mode mode,
                     std::string_view source, parse::SyntaxErrorInfo* err) {
    try {
        SymbolTable st(mod);
        detail::Compiler c(st, filename, mode);
        return c.compile(mod);
    } catch (const CompileError& e) {
        fill_error(e, filename, source, err);
        return nullptr;
    }
}

Code* compile_source(std::string_view source, const std::string& filename, parse::Mode mode,
                     parse::SyntaxErrorInfo* err) {
    parse::Ast ast;
    if (!parse::parse_source(source, filename, mode, ast, err)) return nullptr;
    return compile_module(ast.root, filename, mode, source, err);
}

}  // namespace minipy::vm
