// ast.cpp — names of node kinds and operators, and dump(): CPython's ast.dump() rebuilt.
//
// dump() follows the algorithm of Lib/ast.py (3.11): fields in _fields order as name=value,
// optional fields that are None left out, a node printed on one line when it has at most three
// fields that are all "simple" (a node is simple only when it has no fields at all, a list only
// when empty), otherwise one field per line at the next indentation level.
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "ast.hpp"
#include "literals.hpp"

namespace minipy::parse {

const char* kind_name(Kind k) {
    switch (k) {
    case Kind::ExprStmt: return "Expr";
    case Kind::Comprehension: return "comprehension";
    case Kind::Arguments: return "arguments";
    case Kind::Arg: return "arg";
    case Kind::Keyword: return "keyword";
    case Kind::Alias: return "alias";
    case Kind::WithItem: return "withitem";
    default: break;
    }
    static const char* const kNames[] = {
#define X(kind, cat) #kind,
        MINIPY_AST_KINDS(X)
#undef X
    };
    return kNames[static_cast<int>(k)];
}

const char* operator_name(Operator op) {
    static const char* const kNames[] = {"Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow",
                                         "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"};
    return kNames[static_cast<int>(op)];
}

const char* unaryop_name(UnaryOpKind op) {
    static const char* const kNames[] = {"Invert", "Not", "UAdd", "USub"};
    return kNames[static_cast<int>(op)];
}

const char* cmpop_name(CmpOp op) {
    static const char* const kNames[] = {"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"};
    return kNames[static_cast<int>(op)];
}

// ---------------------------------------------------------------------------------------------
// Generic traversal: every child node, in field order (nullptr children skipped).

void visit_children(const Node* n, const std::function<void(const Node*)>& f) {
    auto one = [&](const Node* c) {
        if (c) f(c);
    };
    auto many = [&](const auto& v) {
        for (const auto* c : v) one(c);
    };
    switch (n->kind) {
    case Kind::Module: many(n->as<Module>()->body); break;
    case Kind::FunctionDef: case Kind::AsyncFunctionDef: {
        auto* s = n->as<FunctionDef>();
        one(s->args); many(s->body); many(s->decorator_list); one(s->returns);
        break;
    }
    case Kind::ClassDef: {
        auto* s = n->as<ClassDef>();
        many(s->bases); many(s->keywords); many(s->body); many(s->decorator_list);
        break;
    }
    case Kind::Return: one(n->as<Return>()->value); break;
    case Kind::Delete: many(n->as<Delete>()->targets); break;
    case Kind::Assign: many(n->as<Assign>()->targets); one(n->as<Assign>()->value); break;
    case Kind::AugAssign: one(n->as<AugAssign>()->target); one(n->as<AugAssign>()->value); break;
    case Kind::AnnAssign: {
        auto* s = n->as<AnnAssign>();
        one(s->target); one(s->annotation); one(s->value);
        break;
    }
    case Kind::For: case Kind::AsyncFor: {
        auto* s = n->as<For>();
        one(s->target); one(s->iter); many(s->body); many(s->orelse);
        break;
    }
    case Kind::While: one(n->as<While>()->test); many(n->as<While>()->body); many(n->as<While>()->orelse); break;
    case Kind::If: one(n->as<If>()->test); many(n->as<If>()->body); many(n->as<If>()->orelse); break;
    case Kind::With: case Kind::AsyncWith: many(n->as<With>()->items); many(n->as<With>()->body); break;
    case Kind::Raise: one(n->as<Raise>()->exc); one(n->as<Raise>()->cause); break;
    case Kind::Try: case Kind::TryStar: {
        auto* s = n->as<Try>();
        many(s->body); many(s->handlers); many(s->orelse); many(s->finalbody);
        break;
    }
    case Kind::Assert: one(n->as<Assert>()->test); one(n->as<Assert>()->msg); break;
    case Kind::Import: many(n->as<Import>()->names); break;
    case Kind::ImportFrom: many(n->as<ImportFrom>()->names); break;
    case Kind::Global: case Kind::Nonlocal: case Kind::Pass: case Kind::Break: case Kind::Continue: break;
    case Kind::ExprStmt: one(n->as<ExprStmt>()->value); break;
    case Kind::BoolOp: many(n->as<BoolOp>()->values); break;
    case Kind::NamedExpr: one(n->as<NamedExpr>()->target); one(n->as<NamedExpr>()->value); break;
    case Kind::BinOp: one(n->as<BinOp>()->left); one(n->as<BinOp>()->right); break;
    case Kind::UnaryOp: one(n->as<UnaryOp>()->operand); break;
    case Kind::Lambda: one(n->as<Lambda>()->args); one(n->as<Lambda>()->body); break;
    case Kind::IfExp: one(n->as<IfExp>()->test); one(n->as<IfExp>()->body); one(n->as<IfExp>()->orelse); break;
    case Kind::Dict: many(n->as<DictExpr>()->keys); many(n->as<DictExpr>()->values); break;
    case Kind::Set: many(n->as<SetExpr>()->elts); break;
    case Kind::ListComp: case Kind::SetComp: case Kind::GeneratorExp: case Kind::DictComp: {
        auto* c = n->as<Comp>();
        one(c->elt); one(c->key); one(c->value); many(c->generators);
        break;
    }
    case Kind::Await: one(n->as<Await>()->value); break;
    case Kind::Yield: one(n->as<Yield>()->value); break;
    case Kind::YieldFrom: one(n->as<YieldFrom>()->value); break;
    case Kind::Compare: one(n->as<Compare>()->left); many(n->as<Compare>()->comparators); break;
    case Kind::Call: one(n->as<Call>()->func); many(n->as<Call>()->args); many(n->as<Call>()->keywords); break;
    case Kind::FormattedValue: one(n->as<FormattedValue>()->value); one(n->as<FormattedValue>()->format_spec); break;
    case Kind::JoinedStr: many(n->as<JoinedStr>()->values); break;
    case Kind::Constant: case Kind::Name: break;
    case Kind::Attribute: one(n->as<Attribute>()->value); break;
    case Kind::Subscript: one(n->as<Subscript>()->value); one(n->as<Subscript>()->slice); break;
    case Kind::Starred: one(n->as<Starred>()->value); break;
    case Kind::List: many(n->as<ListExpr>()->elts); break;
    case Kind::Tuple: many(n->as<TupleExpr>()->elts); break;
    case Kind::Slice: one(n->as<Slice>()->lower); one(n->as<Slice>()->upper); one(n->as<Slice>()->step); break;
    case Kind::Comprehension: {
        auto* c = n->as<Comprehension>();
        one(c->target); one(c->iter); many(c->ifs);
        break;
    }
    case Kind::ExceptHandler: one(n->as<ExceptHandler>()->type); many(n->as<ExceptHandler>()->body); break;
    case Kind::Arguments: {
        auto* a = n->as<Arguments>();
        many(a->posonlyargs); many(a->args); one(a->vararg); many(a->kwonlyargs); many(a->kw_defaults);
        one(a->kwarg); many(a->defaults);
        break;
    }
    case Kind::Arg: one(n->as<Arg>()->annotation); break;
    case Kind::Keyword: one(n->as<Keyword>()->value); break;
    case Kind::Alias: break;
    case Kind::WithItem: one(n->as<WithItem>()->context_expr); one(n->as<WithItem>()->optional_vars); break;
    }
}

// ---------------------------------------------------------------------------------------------
// dump()

namespace {

struct Out {
    std::string text;
    bool simple;
};

class Dumper {
public:
    Dumper(int indent, bool attributes) : m_indent(indent), m_attrs(attributes) {}

    Out node(const Node* n, int level) {
        if (m_indent >= 0) ++level;
        Fields f;
        fields(n, level, f);
        if (m_attrs && has_attributes(n->kind)) {
            f.add("lineno", {std::to_string(n->lineno), true});
            f.add("col_offset", {std::to_string(n->col_offset), true});
            f.add("end_lineno", {std::to_string(n->end_lineno), true});
            f.add("end_col_offset", {std::to_string(n->end_col_offset), true});
        }
        std::string name = kind_name(n->kind);
        if (f.all_simple && f.args.size() <= 3) return {name + "(" + join(f.args, ", ") + ")", f.args.empty()};
        return {name + "(" + prefix(level) + join(f.args, sep(level)) + ")", false};
    }

private:
    struct Fields {
        std::vector<std::string> args;
        bool all_simple = true;
        void add(const char* name, Out o) {
            all_simple = all_simple && o.simple;
            args.push_back(std::string(name) + "=" + o.text);
        }
    };

    static bool has_attributes(Kind k) {
        switch (k) {
        case Kind::Module: case Kind::Comprehension: case Kind::Arguments: case Kind::WithItem: return false;
        default: return true;
        }
    }

    std::string prefix(int level) const { return m_indent >= 0 ? "\n" + std::string(m_indent * level, ' ') : ""; }
    std::string sep(int level) const { return m_indent >= 0 ? ",\n" + std::string(m_indent * level, ' ') : ", "; }
    static std::string join(const std::vector<std::string>& v, const std::string& s) {
        std::string r;
        for (size_t i = 0; i < v.size(); ++i) {
            if (i) r += s;
            r += v[i];
        }
        return r;
    }

    Out child(const Node* n, int level) { return n ? node(n, level) : Out{"None", true}; }

    template <class V> Out list(const V& v, int level) {
        if (v.empty()) return {"[]", true};
        if (m_indent >= 0) ++level;
        std::vector<std::string> items;
        for (const auto* x : v) items.push_back(child(x, level).text);
        return {"[" + prefix(level) + join(items, sep(level)) + "]", false};
    }
    Out str_list(const std::vector<std::string>& v, int level) {
        if (v.empty()) return {"[]", true};
        if (m_indent >= 0) ++level;
        std::vector<std::string> items;
        for (const auto& s : v) items.push_back(repr_str(s));
        return {"[" + prefix(level) + join(items, sep(level)) + "]", false};
    }
    template <class V, class F> Out enum_list(const V& v, int level, F name) {
        if (v.empty()) return {"[]", true};
        if (m_indent >= 0) ++level;
        std::vector<std::string> items;
        for (auto x : v) items.push_back(std::string(name(x)) + "()");
        return {"[" + prefix(level) + join(items, sep(level)) + "]", false};
    }
    static Out raw(std::string s) { return {std::move(s), true}; }
    static Out simple_node(const char* name) { return {std::string(name) + "()", true}; }
    static Out ctx(ExprContext c) {
        return simple_node(c == ExprContext::Load ? "Load" : c == ExprContext::Store ? "Store" : "Del");
    }

    static std::string constant_repr(const Constant* c) {
        switch (c->ckind) {
        case ConstKind::None: return "None";
        case ConstKind::True: return "True";
        case ConstKind::False: return "False";
        case ConstKind::Ellipsis: return "Ellipsis";
        case ConstKind::Int: return c->text;
        case ConstKind::Float: return repr_float(c->number);
        case ConstKind::Complex: return repr_imag(c->number);
        case ConstKind::Str: return repr_str(c->text);
        case ConstKind::Bytes: return repr_bytes(c->text);
        }
        return "?";
    }

    void fields(const Node* n, int L, Fields& f) {
        auto opt = [&](const char* name, const Node* c) {
            if (c) f.add(name, node(c, L));
        };
        switch (n->kind) {
        case Kind::Module:
            f.add("body", list(n->as<Module>()->body, L));
            f.add("type_ignores", raw("[]"));
            break;
        case Kind::FunctionDef: case Kind::AsyncFunctionDef: {
            auto* s = n->as<FunctionDef>();
            f.add("name", raw(repr_str(s->name)));
            f.add("args", node(s->args, L));
            f.add("body", list(s->body, L));
            f.add("decorator_list", list(s->decorator_list, L));
            opt("returns", s->returns);
            break;
        }
        case Kind::ClassDef: {
            auto* s = n->as<ClassDef>();
            f.add("name", raw(repr_str(s->name)));
            f.add("bases", list(s->bases, L));
            f.add("keywords", list(s->keywords, L));
            f.add("body", list(s->body, L));
            f.add("decorator_list", list(s->decorator_list, L));
            break;
        }
        case Kind::Return: opt("value", n->as<Return>()->value); break;
        case Kind::Delete: f.add("targets", list(n->as<Delete>()->targets, L)); break;
        case Kind::Assign:
            f.add("targets", list(n->as<Assign>()->targets, L));
            f.add("value", node(n->as<Assign>()->value, L));
            break;
        case Kind::AugAssign: {
            auto* s = n->as<AugAssign>();
            f.add("target", node(s->target, L));
            f.add("op", simple_node(operator_name(s->op)));
            f.add("value", node(s->value, L));
            break;
        }
        case Kind::AnnAssign: {
            auto* s = n->as<AnnAssign>();
            f.add("target", node(s->target, L));
            f.add("annotation", node(s->annotation, L));
            opt("value", s->value);
            f.add("simple", raw(s->simple ? "1" : "0"));
            break;
        }
        case Kind::For: case Kind::AsyncFor: {
            auto* s = n->as<For>();
            f.add("target", node(s->target, L));
            f.add("iter", node(s->iter, L));
            f.add("body", list(s->body, L));
            f.add("orelse", list(s->orelse, L));
            break;
        }
        case Kind::While: {
            auto* s = n->as<While>();
            f.add("test", node(s->test, L));
            f.add("body", list(s->body, L));
            f.add("orelse", list(s->orelse, L));
            break;
        }
        case Kind::If: {
            auto* s = n->as<If>();
            f.add("test", node(s->test, L));
            f.add("body", list(s->body, L));
            f.add("orelse", list(s->orelse, L));
            break;
        }
        case Kind::With: case Kind::AsyncWith:
            f.add("items", list(n->as<With>()->items, L));
            f.add("body", list(n->as<With>()->body, L));
            break;
        case Kind::Raise:
            opt("exc", n->as<Raise>()->exc);
            opt("cause", n->as<Raise>()->cause);
            break;
        case Kind::Try: case Kind::TryStar: {
            auto* s = n->as<Try>();
            f.add("body", list(s->body, L));
            f.add("handlers", list(s->handlers, L));
            f.add("orelse", list(s->orelse, L));
            f.add("finalbody", list(s->finalbody, L));
            break;
        }
        case Kind::Assert:
            f.add("test", node(n->as<Assert>()->test, L));
            opt("msg", n->as<Assert>()->msg);
            break;
        case Kind::Import: f.add("names", list(n->as<Import>()->names, L)); break;
        case Kind::ImportFrom: {
            auto* s = n->as<ImportFrom>();
            if (s->has_module) f.add("module", raw(repr_str(s->module)));
            f.add("names", list(s->names, L));
            f.add("level", raw(std::to_string(s->level)));
            break;
        }
        case Kind::Global: f.add("names", str_list(n->as<Global>()->names, L)); break;
        case Kind::Nonlocal: f.add("names", str_list(n->as<Nonlocal>()->names, L)); break;
        case Kind::ExprStmt: f.add("value", node(n->as<ExprStmt>()->value, L)); break;
        case Kind::Pass: case Kind::Break: case Kind::Continue: break;
        case Kind::BoolOp:
            f.add("op", simple_node(n->as<BoolOp>()->op == BoolOpKind::And ? "And" : "Or"));
            f.add("values", list(n->as<BoolOp>()->values, L));
            break;
        case Kind::NamedExpr:
            f.add("target", node(n->as<NamedExpr>()->target, L));
            f.add("value", node(n->as<NamedExpr>()->value, L));
            break;
        case Kind::BinOp: {
            auto* e = n->as<BinOp>();
            f.add("left", node(e->left, L));
            f.add("op", simple_node(operator_name(e->op)));
            f.add("right", node(e->right, L));
            break;
        }
        case Kind::UnaryOp:
            f.add("op", simple_node(unaryop_name(n->as<UnaryOp>()->op)));
            f.add("operand", node(n->as<UnaryOp>()->operand, L));
            break;
        case Kind::Lambda:
            f.add("args", node(n->as<Lambda>()->args, L));
            f.add("body", node(n->as<Lambda>()->body, L));
            break;
        case Kind::IfExp: {
            auto* e = n->as<IfExp>();
            f.add("test", node(e->test, L));
            f.add("body", node(e->body, L));
            f.add("orelse", node(e->orelse, L));
            break;
        }
        case Kind::Dict:
            f.add("keys", list(n->as<DictExpr>()->keys, L));
            f.add("values", list(n->as<DictExpr>()->values, L));
            break;
        case Kind::Set: f.add("elts", list(n->as<SetExpr>()->elts, L)); break;
        case Kind::ListComp: case Kind::SetComp: case Kind::GeneratorExp:
            f.add("elt", node(n->as<Comp>()->elt, L));
            f.add("generators", list(n->as<Comp>()->generators, L));
            break;
        case Kind::DictComp:
            f.add("key", node(n->as<Comp>()->key, L));
            f.add("value", node(n->as<Comp>()->value, L));
            f.add("generators", list(n->as<Comp>()->generators, L));
            break;
        case Kind::Await: f.add("value", node(n->as<Await>()->value, L)); break;
        case Kind::Yield: opt("value", n->as<Yield>()->value); break;
        case Kind::YieldFrom: f.add("value", node(n->as<YieldFrom>()->value, L)); break;
        case Kind::Compare: {
            auto* e = n->as<Compare>();
            f.add("left", node(e->left, L));
            f.add("ops", enum_list(e->ops, L, cmpop_name));
            f.add("comparators", list(e->comparators, L));
            break;
        }
        case Kind::Call: {
            auto* e = n->as<Call>();
            f.add("func", node(e->func, L));
            f.add("args", list(e->args, L));
            f.add("keywords", list(e->keywords, L));
            break;
        }
        case Kind::FormattedValue: {
            auto* e = n->as<FormattedValue>();
            f.add("value", node(e->value, L));
            f.add("conversion", raw(std::to_string(e->conversion)));
            opt("format_spec", e->format_spec);
            break;
        }
        case Kind::JoinedStr: f.add("values", list(n->as<JoinedStr>()->values, L)); break;
        case Kind::Constant: {
            auto* c = n->as<Constant>();
            f.add("value", raw(constant_repr(c)));
            if (c->u_prefix) f.add("kind", raw("'u'"));
            break;
        }
        case Kind::Attribute: {
            auto* e = n->as<Attribute>();
            f.add("value", node(e->value, L));
            f.add("attr", raw(repr_str(e->attr)));
            f.add("ctx", ctx(e->ctx));
            break;
        }
        case Kind::Subscript: {
            auto* e = n->as<Subscript>();
            f.add("value", node(e->value, L));
            f.add("slice", node(e->slice, L));
            f.add("ctx", ctx(e->ctx));
            break;
        }
        case Kind::Starred:
            f.add("value", node(n->as<Starred>()->value, L));
            f.add("ctx", ctx(n->as<Starred>()->ctx));
            break;
        case Kind::Name:
            f.add("id", raw(repr_str(n->as<Name>()->id)));
            f.add("ctx", ctx(n->as<Name>()->ctx));
            break;
        case Kind::List:
            f.add("elts", list(n->as<ListExpr>()->elts, L));
            f.add("ctx", ctx(n->as<ListExpr>()->ctx));
            break;
        case Kind::Tuple:
            f.add("elts", list(n->as<TupleExpr>()->elts, L));
            f.add("ctx", ctx(n->as<TupleExpr>()->ctx));
            break;
        case Kind::Slice: {
            auto* e = n->as<Slice>();
            opt("lower", e->lower);
            opt("upper", e->upper);
            opt("step", e->step);
            break;
        }
        case Kind::Comprehension: {
            auto* c = n->as<Comprehension>();
            f.add("target", node(c->target, L));
            f.add("iter", node(c->iter, L));
            f.add("ifs", list(c->ifs, L));
            f.add("is_async", raw(c->is_async ? "1" : "0"));
            break;
        }
        case Kind::ExceptHandler: {
            auto* h = n->as<ExceptHandler>();
            opt("type", h->type);
            if (h->has_name) f.add("name", raw(repr_str(h->name)));
            f.add("body", list(h->body, L));
            break;
        }
        case Kind::Arguments: {
            auto* a = n->as<Arguments>();
            f.add("posonlyargs", list(a->posonlyargs, L));
            f.add("args", list(a->args, L));
            opt("vararg", a->vararg);
            f.add("kwonlyargs", list(a->kwonlyargs, L));
            f.add("kw_defaults", list(a->kw_defaults, L));
            opt("kwarg", a->kwarg);
            f.add("defaults", list(a->defaults, L));
            break;
        }
        case Kind::Arg: {
            auto* a = n->as<Arg>();
            f.add("arg", raw(repr_str(a->arg)));
            opt("annotation", a->annotation);
            break;
        }
        case Kind::Keyword: {
            auto* k = n->as<Keyword>();
            if (k->has_arg) f.add("arg", raw(repr_str(k->arg)));
            f.add("value", node(k->value, L));
            break;
        }
        case Kind::Alias: {
            auto* a = n->as<Alias>();
            f.add("name", raw(repr_str(a->name)));
            if (a->has_asname) f.add("asname", raw(repr_str(a->asname)));
            break;
        }
        case Kind::WithItem: {
            auto* w = n->as<WithItem>();
            f.add("context_expr", node(w->context_expr, L));
            opt("optional_vars", w->optional_vars);
            break;
        }
        }
    }

    int m_indent;
    bool m_attrs;
};

}  // namespace

std::string dump(const Node* node, int indent) { return Dumper(indent, false).node(node, 0).text; }

std::string dump_with_locations(const Node* node, int indent) { return Dumper(indent, true).node(node, 0).text; }

}  // namespace minipy::parse
