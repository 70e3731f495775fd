// symtable.cpp — building and analyzing the symbol table (see symtable.hpp).
//
// Pass 1 (SymtableBuilder) walks the AST once, opening a Scope for every function, lambda,
// comprehension and class body, and ORs usage flags into each scope's symbols. Errors that depend
// only on the order of statements (`global x` after `x = 1`) are found here.
//
// Pass 2 (analyze) resolves each name top-down, passing to every child the set of names bound in
// enclosing functions ("bound") and the names declared global; each child reports back the names
// it needs from outside ("free"). A local that a child needs becomes a cell. Class bodies are
// special: their names are not visible to the functions inside them, and a method that uses
// `__class__` (or `super`) makes the class body create an implicit `__class__` cell.
#include "symtable.hpp"

#include <algorithm>
#include <set>
#include <sstream>

namespace minipy::vm {

using namespace parse;

namespace {

const char* const kGlobalParam = "name '%s' is parameter and global";
const char* const kNonlocalParam = "name '%s' is parameter and nonlocal";
const char* const kGlobalAfterAssign = "name '%s' is assigned to before global declaration";
const char* const kNonlocalAfterAssign = "name '%s' is assigned to before nonlocal declaration";
const char* const kGlobalAfterUse = "name '%s' is used prior to global declaration";
const char* const kNonlocalAfterUse = "name '%s' is used prior to nonlocal declaration";
const char* const kGlobalAnnot = "annotated name '%s' can't be global";
const char* const kNonlocalAnnot = "annotated name '%s' can't be nonlocal";

std::string fmt(const char* pattern, const std::string& name) {
    std::string out;
    for (const char* p = pattern; *p; ++p) {
        if (p[0] == '%' && p[1] == 's') {
            out += name;
            ++p;
        } else {
            out += *p;
        }
    }
    return out;
}

}  // namespace

[[noreturn]] void throw_compile_error(const Node* at, std::string msg) {
    CompileError e;
    e.msg = std::move(msg);
    if (at) {
        e.lineno = at->lineno;
        e.col_offset = at->col_offset;
        e.end_lineno = at->end_lineno;
        e.end_col_offset = at->end_col_offset;
    }
    throw e;
}

const char* sym_scope_name(SymScope s) {
    switch (s) {
        case SymScope::Unknown: return "unknown";
        case SymScope::Local: return "local";
        case SymScope::GlobalExplicit: return "global_explicit";
        case SymScope::GlobalImplicit: return "global_implicit";
        case SymScope::Free: return "free";
        case SymScope::Cell: return "cell";
    }
    return "?";
}

SymScope Scope::scope_of(const std::string& name) const {
    auto it = symbols.find(name);
    return it == symbols.end() ? SymScope::Unknown : it->second.scope;
}

uint32_t Scope::flags_of(const std::string& name) const {
    auto it = symbols.find(name);
    return it == symbols.end() ? 0 : it->second.flags;
}

std::string mangle(const std::string& private_name, const std::string& name) {
    if (private_name.empty() || name.size() < 2 || name[0] != '_' || name[1] != '_') return name;
    // Dunder names and dotted (import) names are left alone.
    if (name.size() >= 2 && name[name.size() - 1] == '_' && name[name.size() - 2] == '_') return name;
    if (name.find('.') != std::string::npos) return name;
    size_t i = 0;
    while (i < private_name.size() && private_name[i] == '_') ++i;
    if (i == private_name.size()) return name;   // class name of only underscores
    return "_" + private_name.substr(i) + name;
}

Scope* SymbolTable::scope_of(const Node* node) const {
    auto it = m_by_node.find(node);
    return it == m_by_node.end() ? nullptr : it->second;
}

// =============================================================================================
// Pass 1: collecting the uses of names

class SymtableBuilder {
public:
    explicit SymtableBuilder(SymbolTable& st) : m_st(st) {}

    void build(const Module* mod) {
        m_st.m_future_annotations = has_future_annotations(mod);
        m_skip_annotations = m_st.m_future_annotations;
        m_st.m_top = std::make_unique<Scope>();
        Scope* top = m_st.m_top.get();
        top->type = ScopeType::Module;
        top->name = "top";
        m_cur = top;
        m_global = top;
        for (Stmt* s : mod->body) visit_stmt(s);
    }

private:
    SymbolTable& m_st;
    Scope* m_cur = nullptr;
    Scope* m_global = nullptr;      // the module scope (its symbols are the globals)
    std::string m_private;          // current class name for mangling
    bool m_skip_annotations = false;   // PEP 563: annotations are never evaluated, so their
                                       // names bind nothing (CPython gives them a scope of their own)

    static bool has_future_annotations(const Module* mod) {
        size_t i = 0;
        const StmtList& body = mod->body;
        if (!body.empty() && body[0]->kind == Kind::ExprStmt && body[0]->as<ExprStmt>()->value->kind == Kind::Constant &&
            body[0]->as<ExprStmt>()->value->as<Constant>()->ckind == ConstKind::Str)
            i = 1;
        for (; i < body.size(); ++i) {
            const Stmt* s = body[i];
            if (s->kind != Kind::ImportFrom) break;
            const ImportFrom* f = s->as<ImportFrom>();
            if (f->module != "__future__" || f->level != 0) break;
            for (const Alias* a : f->names)
                if (a->name == "annotations") return true;
        }
        return false;
    }

    // --- scopes ---------------------------------------------------------------------------
    void enter(ScopeType type, const std::string& name, const Node* node) {
        auto scope = std::make_unique<Scope>();
        Scope* s = scope.get();
        s->type = type;
        s->name = name;
        s->node = node;
        s->parent = m_cur;
        s->nested = m_cur->nested || m_cur->type == ScopeType::Function;
        m_cur->children.push_back(std::move(scope));
        m_st.m_by_node[node] = s;
        m_cur = s;
    }
    void leave() { m_cur = m_cur->parent; }

    // --- definitions ----------------------------------------------------------------------
    void add_def(const std::string& name, uint32_t flag, const Node* loc) { add_def_in(m_cur, name, flag, loc); }

    void add_def_in(Scope* ste, const std::string& name, uint32_t flag, const Node* loc) {
        std::string mangled = mangle(m_private, name);
        auto it = ste->symbols.find(mangled);
        uint32_t val = 0;
        if (it != ste->symbols.end()) {
            val = it->second.flags;
            if ((flag & kDefParam) && (val & kDefParam))
                throw_compile_error(loc, fmt("duplicate argument '%s' in function definition", name));
        } else {
            ste->order.push_back(mangled);
        }
        val |= flag;
        if (ste->comp_iter_target) {
            // An iteration variable of a comprehension: a walrus may not rebind it.
            if (val & (kDefGlobal | kDefNonlocal))
                throw_compile_error(loc, fmt("comprehension inner loop cannot rebind assignment expression target '%s'", name));
            val |= kDefCompIter;
        }
        ste->symbols[mangled].flags = val;
        if (flag & kDefParam) {
            ste->params.push_back(mangled);
        } else if (flag & kDefGlobal) {
            // `global x` anywhere also marks x in the module's own table.
            Scope* g = m_global;
            auto git = g->symbols.find(mangled);
            if (git == g->symbols.end()) g->order.push_back(mangled);
            g->symbols[mangled].flags |= flag;
        }
    }

    uint32_t lookup(const std::string& name) const { return m_cur->flags_of(mangle(m_private, name)); }

    // --- statements -----------------------------------------------------------------------
    void visit_body(const StmtList& body) { for (Stmt* s : body) visit_stmt(s); }

    void visit_stmt(const Stmt* s) {
        switch (s->kind) {
            case Kind::FunctionDef:
            case Kind::AsyncFunctionDef: {
                auto* f = s->as<FunctionDef>();
                add_def(f->name, kDefLocal, s);
                visit_defaults(f->args);
                visit_annotations(f->args, f->returns);
                for (Expr* d : f->decorator_list) visit_expr(d);
                enter(ScopeType::Function, f->name, s);
                m_cur->private_name = m_private;
                if (f->is_async()) {
                    m_cur->is_async = true;
                    m_cur->coroutine = true;
                }
                visit_params(f->args);
                visit_body(f->body);
                leave();
                break;
            }
            case Kind::ClassDef: {
                auto* c = s->as<ClassDef>();
                add_def(c->name, kDefLocal, s);
                for (Expr* b : c->bases) visit_expr(b);
                for (Keyword* k : c->keywords) visit_expr(k->value);
                for (Expr* d : c->decorator_list) visit_expr(d);
                enter(ScopeType::Class, c->name, s);
                std::string saved = m_private;
                m_private = c->name;
                m_cur->private_name = m_private;
                visit_body(c->body);
                m_private = saved;
                leave();
                break;
            }
            case Kind::Return: {
                auto* r = s->as<Return>();
                if (r->value) visit_expr(r->value);
                break;
            }
            case Kind::Delete:
                for (Expr* t : s->as<Delete>()->targets) visit_expr(t);
                break;
            case Kind::Assign: {
                auto* a = s->as<Assign>();
                for (Expr* t : a->targets) visit_expr(t);
                visit_expr(a->value);
                break;
            }
            case Kind::AnnAssign: {
                auto* a = s->as<AnnAssign>();
                if (a->target->kind == Kind::Name) {
                    auto* n = a->target->as<Name>();
                    uint32_t cur = lookup(n->id);
                    if ((cur & (kDefGlobal | kDefNonlocal)) && m_cur != m_global && a->simple)
                        throw_compile_error(s, fmt((cur & kDefGlobal) ? kGlobalAnnot : kNonlocalAnnot, n->id));
                    if (a->simple) add_def(n->id, kDefAnnot | kDefLocal, n);
                    else if (a->value) add_def(n->id, kDefLocal, n);
                } else {
                    visit_expr(a->target);
                }
                visit_annotation(a->annotation);
                if (a->value) visit_expr(a->value);
                break;
            }
            case Kind::AugAssign: {
                auto* a = s->as<AugAssign>();
                visit_expr(a->target);
                visit_expr(a->value);
                break;
            }
            case Kind::For:
            case Kind::AsyncFor: {
                auto* f = s->as<For>();
                visit_expr(f->target);
                visit_expr(f->iter);
                visit_body(f->body);
                visit_body(f->orelse);
                break;
            }
            case Kind::While: {
                auto* w = s->as<While>();
                visit_expr(w->test);
                visit_body(w->body);
                visit_body(w->orelse);
                break;
            }
            case Kind::If: {
                auto* i = s->as<If>();
                visit_expr(i->test);
                visit_body(i->body);
                visit_body(i->orelse);
                break;
            }
            case Kind::Raise: {
                auto* r = s->as<Raise>();
                if (r->exc) visit_expr(r->exc);
                if (r->cause) visit_expr(r->cause);
                break;
            }
            case Kind::Try:
            case Kind::TryStar: {
                auto* t = s->as<Try>();
                visit_body(t->body);
                visit_body(t->orelse);
                for (ExceptHandler* h : t->handlers) {
                    if (h->type) visit_expr(h->type);
                    if (h->has_name) add_def(h->name, kDefLocal, h);
                    visit_body(h->body);
                }
                visit_body(t->finalbody);
                break;
            }
            case Kind::Assert: {
                auto* a = s->as<Assert>();
                visit_expr(a->test);
                if (a->msg) visit_expr(a->msg);
                break;
            }
            case Kind::Import:
                for (Alias* a : s->as<Import>()->names) visit_alias(a);
                break;
            case Kind::ImportFrom:
                for (Alias* a : s->as<ImportFrom>()->names) visit_alias(a);
                break;
            case Kind::Global:
                for (const std::string& name : s->as<Global>()->names) {
                    uint32_t cur = lookup(name);
                    if (cur & (kDefParam | kDefLocal | kUse | kDefAnnot)) {
                        const char* msg = (cur & kDefParam) ? kGlobalParam
                                          : (cur & kUse)    ? kGlobalAfterUse
                                          : (cur & kDefAnnot) ? kGlobalAnnot
                                                            : kGlobalAfterAssign;
                        throw_compile_error(s, fmt(msg, name));
                    }
                    add_def(name, kDefGlobal, s);
                    record_directive(name, s);
                }
                break;
            case Kind::Nonlocal:
                for (const std::string& name : s->as<Nonlocal>()->names) {
                    uint32_t cur = lookup(name);
                    if (cur & (kDefParam | kDefLocal | kUse | kDefAnnot)) {
                        const char* msg = (cur & kDefParam) ? kNonlocalParam
                                          : (cur & kUse)    ? kNonlocalAfterUse
                                          : (cur & kDefAnnot) ? kNonlocalAnnot
                                                            : kNonlocalAfterAssign;
                        throw_compile_error(s, fmt(msg, name));
                    }
                    add_def(name, kDefNonlocal, s);
                    record_directive(name, s);
                }
                break;
            case Kind::ExprStmt:
                visit_expr(s->as<ExprStmt>()->value);
                break;
            case Kind::With:
            case Kind::AsyncWith: {
                auto* w = s->as<With>();
                for (WithItem* item : w->items) {
                    visit_expr(item->context_expr);
                    if (item->optional_vars) visit_expr(item->optional_vars);
                }
                visit_body(w->body);
                break;
            }
            case Kind::Pass:
            case Kind::Break:
            case Kind::Continue:
                break;
            default:
                break;
        }
    }

    void record_directive(const std::string& name, const Node* s) {
        std::string mangled = mangle(m_private, name);
        if (!m_cur->directives.count(mangled)) m_cur->directives[mangled] = s;
    }

    void visit_alias(const Alias* a) {
        // `import a.b.c` binds `a`; `import a.b as c` binds `c`.
        std::string store = a->has_asname ? a->asname : a->name;
        if (!a->has_asname) {
            size_t dot = store.find('.');
            if (dot != std::string::npos) store = store.substr(0, dot);
        }
        if (a->name == "*") {
            if (m_cur->type != ScopeType::Module) throw_compile_error(a, "import * only allowed at module level");
            return;
        }
        add_def(store, kDefImport, a);
    }

    void visit_defaults(const Arguments* args) {
        for (Expr* d : args->defaults) visit_expr(d);
        for (Expr* d : args->kw_defaults)
            if (d) visit_expr(d);
    }

    void visit_annotations(const Arguments* args, const Expr* returns) {
        auto visit_list = [&](const std::vector<Arg*>& list) {
            for (Arg* a : list)
                if (a->annotation) visit_annotation(a->annotation);
        };
        visit_list(args->args);
        if (args->vararg && args->vararg->annotation) visit_annotation(args->vararg->annotation);
        if (args->kwarg && args->kwarg->annotation) visit_annotation(args->kwarg->annotation);
        visit_list(args->posonlyargs);
        visit_list(args->kwonlyargs);
        if (returns) visit_annotation(returns);
    }

    // Without PEP 563 an annotation is an expression of the enclosing scope. With it, the
    // annotation is never evaluated: it is checked in a scope of its own, so that its names bind
    // nothing around it, and walrus, yield and await are rejected.
    void visit_annotation(const Expr* e) {
        if (!m_skip_annotations) {
            visit_expr(e);
            return;
        }
        auto scope = std::make_unique<Scope>();
        scope->type = ScopeType::Function;
        scope->name = "_annotation";
        scope->parent = m_cur;
        scope->annotation_block = true;
        scope->private_name = m_private;
        Scope* saved = m_cur;
        m_cur = scope.get();
        m_st.m_annotation_scopes.push_back(std::move(scope));
        visit_expr(e);
        m_cur = saved;
    }

    void check_not_in_annotation(const Expr* e, const char* what) {
        if (m_cur->annotation_block) throw_compile_error(e, fmt("'%s' can not be used within an annotation", what));
    }

    void visit_params(const Arguments* args) {
        for (Arg* a : args->posonlyargs) add_def(a->arg, kDefParam, a);
        for (Arg* a : args->args) add_def(a->arg, kDefParam, a);
        for (Arg* a : args->kwonlyargs) add_def(a->arg, kDefParam, a);
        if (args->vararg) {
            add_def(args->vararg->arg, kDefParam, args->vararg);
            m_cur->varargs = true;
        }
        if (args->kwarg) {
            add_def(args->kwarg->arg, kDefParam, args->kwarg);
            m_cur->varkeywords = true;
        }
    }

    // --- expressions ----------------------------------------------------------------------
    void visit_expr(const Expr* e) {
        switch (e->kind) {
            case Kind::NamedExpr: {
                auto* n = e->as<NamedExpr>();
                check_not_in_annotation(e, "named expression");
                if (m_cur->comp_iter_expr > 0)
                    throw_compile_error(e, "assignment expression cannot be used in a comprehension iterable expression");
                if (m_cur->comprehension != CompKind::None) extend_namedexpr_scope(n->target);
                visit_expr(n->value);
                visit_expr(n->target);
                break;
            }
            case Kind::BoolOp:
                for (Expr* v : e->as<BoolOp>()->values) visit_expr(v);
                break;
            case Kind::BinOp:
                visit_expr(e->as<BinOp>()->left);
                visit_expr(e->as<BinOp>()->right);
                break;
            case Kind::UnaryOp:
                visit_expr(e->as<UnaryOp>()->operand);
                break;
            case Kind::Lambda: {
                auto* l = e->as<Lambda>();
                visit_defaults(l->args);
                enter(ScopeType::Function, "lambda", e);
                m_cur->private_name = m_private;
                m_cur->is_lambda = true;
                visit_params(l->args);
                visit_expr(l->body);
                leave();
                break;
            }
            case Kind::IfExp: {
                auto* i = e->as<IfExp>();
                visit_expr(i->test);
                visit_expr(i->body);
                visit_expr(i->orelse);
                break;
            }
            case Kind::Dict: {
                auto* d = e->as<DictExpr>();
                for (size_t i = 0; i < d->values.size(); ++i) {
                    if (d->keys[i]) visit_expr(d->keys[i]);
                    visit_expr(d->values[i]);
                }
                break;
            }
            case Kind::Set:
                for (Expr* x : e->as<SetExpr>()->elts) visit_expr(x);
                break;
            case Kind::ListComp:
            case Kind::SetComp:
            case Kind::DictComp:
            case Kind::GeneratorExp:
                handle_comprehension(e->as<Comp>());
                break;
            case Kind::Yield: {
                auto* y = e->as<Yield>();
                check_not_in_annotation(e, "yield expression");
                if (y->value) visit_expr(y->value);
                m_cur->generator = true;
                if (m_cur->comprehension != CompKind::None) raise_comprehension_yield(e);
                break;
            }
            case Kind::YieldFrom:
                check_not_in_annotation(e, "yield expression");
                visit_expr(e->as<YieldFrom>()->value);
                m_cur->generator = true;
                if (m_cur->comprehension != CompKind::None) raise_comprehension_yield(e);
                break;
            case Kind::Await:
                check_not_in_annotation(e, "await expression");
                visit_expr(e->as<Await>()->value);
                m_cur->coroutine = true;
                break;
            case Kind::Compare: {
                auto* c = e->as<Compare>();
                visit_expr(c->left);
                for (Expr* x : c->comparators) visit_expr(x);
                break;
            }
            case Kind::Call: {
                auto* c = e->as<Call>();
                visit_expr(c->func);
                for (Expr* a : c->args) visit_expr(a);
                for (Keyword* k : c->keywords) visit_expr(k->value);
                break;
            }
            case Kind::FormattedValue: {
                auto* f = e->as<FormattedValue>();
                visit_expr(f->value);
                if (f->format_spec) visit_expr(f->format_spec);
                break;
            }
            case Kind::JoinedStr:
                for (Expr* v : e->as<JoinedStr>()->values) visit_expr(v);
                break;
            case Kind::Constant:
                break;
            case Kind::Attribute:
                visit_expr(e->as<Attribute>()->value);
                break;
            case Kind::Subscript:
                visit_expr(e->as<Subscript>()->value);
                visit_expr(e->as<Subscript>()->slice);
                break;
            case Kind::Starred:
                visit_expr(e->as<Starred>()->value);
                break;
            case Kind::Slice: {
                auto* s = e->as<Slice>();
                if (s->lower) visit_expr(s->lower);
                if (s->upper) visit_expr(s->upper);
                if (s->step) visit_expr(s->step);
                break;
            }
            case Kind::Name: {
                auto* n = e->as<Name>();
                add_def(n->id, n->ctx == ExprContext::Load ? kUse : kDefLocal, e);
                // A function that calls super() needs the implicit __class__ cell.
                if (n->ctx == ExprContext::Load && m_cur->type == ScopeType::Function && n->id == "super")
                    add_def("__class__", kUse, e);
                break;
            }
            case Kind::List:
                for (Expr* x : e->as<ListExpr>()->elts) visit_expr(x);
                break;
            case Kind::Tuple:
                for (Expr* x : e->as<TupleExpr>()->elts) visit_expr(x);
                break;
            default:
                break;
        }
    }

    void raise_comprehension_yield(const Expr* e) {
        switch (m_cur->comprehension) {
            case CompKind::List: throw_compile_error(e, "'yield' inside list comprehension");
            case CompKind::Set: throw_compile_error(e, "'yield' inside set comprehension");
            case CompKind::Dict: throw_compile_error(e, "'yield' inside dict comprehension");
            default: throw_compile_error(e, "'yield' inside generator expression");
        }
    }

    // A walrus inside a comprehension binds in the nearest enclosing function (or module).
    void extend_namedexpr_scope(const Expr* target) {
        const std::string& name = target->as<Name>()->id;
        for (Scope* ste = m_cur; ste; ste = ste->parent) {
            if (ste->comprehension != CompKind::None) {
                if (ste->flags_of(mangle(m_private, name)) & kDefCompIter)
                    throw_compile_error(target, fmt("assignment expression cannot rebind comprehension iteration variable '%s'", name));
                continue;
            }
            if (ste->type == ScopeType::Function) {
                if (ste->flags_of(mangle(m_private, name)) & kDefGlobal) add_def(name, kDefGlobal, target);
                else add_def(name, kDefNonlocal, target);
                record_directive(name, target);
                add_def_in(ste, name, kDefLocal, target);
                return;
            }
            if (ste->type == ScopeType::Module) {
                add_def(name, kDefGlobal, target);
                record_directive(name, target);
                add_def_in(ste, name, kDefGlobal, target);
                return;
            }
            // A class body.
            throw_compile_error(target, "assignment expression within a comprehension cannot be used in a class body");
        }
    }

    void handle_comprehension(const Comp* e) {
        bool is_generator = e->kind == Kind::GeneratorExp;
        const Comprehension* outermost = e->generators[0];
        // The outermost iterable is evaluated in the enclosing scope.
        m_cur->comp_iter_expr++;
        visit_expr(outermost->iter);
        m_cur->comp_iter_expr--;
        const char* name = e->kind == Kind::ListComp  ? "listcomp"
                           : e->kind == Kind::SetComp ? "setcomp"
                           : e->kind == Kind::DictComp ? "dictcomp"
                                                       : "genexpr";
        enter(ScopeType::Function, name, e);
        m_cur->private_name = m_private;
        m_cur->comprehension = e->kind == Kind::ListComp  ? CompKind::List
                               : e->kind == Kind::SetComp ? CompKind::Set
                               : e->kind == Kind::DictComp ? CompKind::Dict
                                                           : CompKind::Generator;
        if (outermost->is_async) m_cur->coroutine = true;
        // The outermost iterator arrives as the implicit parameter ".0".
        add_def(".0", kDefParam, e);
        m_cur->comp_iter_target = 1;
        visit_expr(outermost->target);
        m_cur->comp_iter_target = 0;
        for (Expr* cond : outermost->ifs) visit_expr(cond);
        for (size_t i = 1; i < e->generators.size(); ++i) {
            const Comprehension* g = e->generators[i];
            m_cur->comp_iter_target = 1;
            visit_expr(g->target);
            m_cur->comp_iter_target = 0;
            m_cur->comp_iter_expr++;
            visit_expr(g->iter);
            m_cur->comp_iter_expr--;
            for (Expr* cond : g->ifs) visit_expr(cond);
            if (g->is_async) m_cur->coroutine = true;
        }
        if (e->value) visit_expr(e->value);
        if (e->kind == Kind::DictComp) visit_expr(e->key);
        else visit_expr(e->elt);
        m_cur->generator = is_generator;
        bool is_async = m_cur->coroutine && !is_generator;
        leave();
        // An async list/set/dict comprehension is awaited by its enclosing scope.
        if (is_async) m_cur->coroutine = true;
    }
};

// =============================================================================================
// Pass 2: resolving scopes

namespace {

using NameSet = std::set<std::string>;

[[noreturn]] void error_at_directive(Scope* ste, const std::string& name, std::string msg) {
    auto it = ste->directives.find(name);
    throw_compile_error(it == ste->directives.end() ? ste->node : it->second, std::move(msg));
}

void analyze_name(Scope* ste, std::unordered_map<std::string, SymScope>& scopes, const std::string& name,
                  uint32_t flags, const NameSet* bound, NameSet& local, NameSet& free, NameSet& global) {
    if (flags & kDefGlobal) {
        if (flags & kDefNonlocal) error_at_directive(ste, name, fmt("name '%s' is nonlocal and global", name));
        scopes[name] = SymScope::GlobalExplicit;
        global.insert(name);
        // (the name is no longer bound for inner scopes; analyze_block passes `bound` by copy)
        return;
    }
    if (flags & kDefNonlocal) {
        if (!bound) error_at_directive(ste, name, "nonlocal declaration not allowed at module level");
        if (!bound->count(name)) error_at_directive(ste, name, fmt("no binding for nonlocal '%s' found", name));
        scopes[name] = SymScope::Free;
        ste->has_free = true;
        free.insert(name);
        return;
    }
    if (flags & kDefBound) {
        scopes[name] = SymScope::Local;
        local.insert(name);
        global.erase(name);
        return;
    }
    // Bound in an enclosing function: a free variable. (A non-null bound implies nesting.)
    if (bound && bound->count(name)) {
        scopes[name] = SymScope::Free;
        ste->has_free = true;
        free.insert(name);
        return;
    }
    if (global.count(name)) {
        scopes[name] = SymScope::GlobalImplicit;
        return;
    }
    if (ste->nested) ste->has_free = true;
    scopes[name] = SymScope::GlobalImplicit;
}

void analyze_block(Scope* ste, NameSet* bound, NameSet& free, NameSet& global);

void analyze_child_block(Scope* child, const NameSet& bound, const NameSet& free, const NameSet& global,
                         NameSet& child_free) {
    NameSet temp_bound = bound, temp_free = free, temp_global = global;
    analyze_block(child, &temp_bound, temp_free, temp_global);
    child_free.insert(temp_free.begin(), temp_free.end());
}

void analyze_block(Scope* ste, NameSet* bound, NameSet& free, NameSet& global) {
    NameSet local, newglobal, newfree, newbound;
    std::unordered_map<std::string, SymScope> scopes;

    // A class namespace is invisible to the functions inside it: what they see is computed
    // before the class's own names are analyzed.
    if (ste->type == ScopeType::Class) {
        newglobal = global;
        if (bound) newbound = *bound;
    }
    for (const std::string& name : ste->order) {
        // `global x` in a scope removes x from the names bound around the scopes inside it.
        uint32_t flags = ste->symbols[name].flags;
        analyze_name(ste, scopes, name, flags, bound, local, free, global);
        if ((flags & kDefGlobal) && bound) bound->erase(name);
    }
    if (ste->type != ScopeType::Class) {
        if (ste->type == ScopeType::Function) newbound.insert(local.begin(), local.end());
        if (bound) newbound.insert(bound->begin(), bound->end());
        newglobal.insert(global.begin(), global.end());
    } else {
        newbound.insert("__class__");
    }

    NameSet allfree;
    for (auto& child : ste->children) analyze_child_block(child.get(), newbound, newfree, newglobal, allfree);
    newfree.insert(allfree.begin(), allfree.end());

    if (ste->type == ScopeType::Function) {
        // Locals that inner scopes need become cells.
        for (auto& [name, sc] : scopes) {
            if (sc == SymScope::Local && newfree.count(name)) {
                sc = SymScope::Cell;
                newfree.erase(name);
            }
        }
    } else if (ste->type == ScopeType::Class) {
        if (newfree.erase("__class__")) ste->needs_class_closure = true;
    }

    // Record the results.
    for (const std::string& name : ste->order) ste->symbols[name].scope = scopes[name];
    for (const std::string& name : newfree) {
        auto it = ste->symbols.find(name);
        if (it != ste->symbols.end()) {
            // A method's free variable with the same name as a class-body local or global.
            if (ste->type == ScopeType::Class && (it->second.flags & (kDefBound | kDefGlobal)))
                it->second.flags |= kDefFreeClass;
            continue;   // a cell, or already free here
        }
        if (bound && !bound->count(name)) continue;   // a global
        // Propagate the free variable up through this scope.
        ste->order.push_back(name);
        Symbol sym;
        sym.scope = SymScope::Free;
        ste->symbols[name] = sym;
    }
    free.insert(newfree.begin(), newfree.end());
}

}  // namespace

SymbolTable::SymbolTable(const Module* mod) {
    SymtableBuilder builder(*this);
    builder.build(mod);
    NameSet free, global;
    analyze_block(m_top.get(), nullptr, free, global);
}

// =============================================================================================
// Dump

namespace {

void dump_scope(const Scope* s, int depth, std::ostringstream& out) {
    std::string pad(depth * 2, ' ');
    const char* kind = s->type == ScopeType::Module ? "module" : s->type == ScopeType::Class ? "class" : "function";
    out << pad << kind << " " << s->name;
    if (s->generator) out << " generator";
    if (s->coroutine) out << " coroutine";
    if (s->nested) out << " nested";
    if (s->needs_class_closure) out << " needs_class_closure";
    out << "\n";
    for (const std::string& name : s->order) {
        const Symbol& sym = s->symbols.at(name);
        out << pad << "  " << name << ": " << sym_scope_name(sym.scope);
        if (sym.flags & kDefParam) out << " param";
        if (sym.flags & kDefFreeClass) out << " free_class";
        out << "\n";
    }
    for (const auto& c : s->children) dump_scope(c.get(), depth + 1, out);
}

}  // namespace

std::string dump_symtable(const SymbolTable& st) {
    std::ostringstream out;
    dump_scope(st.top(), 0, out);
    return out.str();
}

}  // namespace minipy::vm
