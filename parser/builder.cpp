// builder.cpp — the grammar's actions: AST nodes from parsed pieces, and the checks CPython
// makes after parsing (assignment targets, parameter order, call arguments, strings).
//
// Locations follow CPython's ast module: a node spans the tokens it was parsed from, including
// parentheses around it when they belong to a larger construct, but `(x)` alone is the Name x.
#include <algorithm>
#include <unordered_set>

#include "driver.hpp"
#include "literals.hpp"

namespace minipy::parse {

Loc Driver::loc_of(const Node* n) {
    Loc l;
    l.begin.line = n->lineno;
    l.begin.col = n->col_offset;
    l.end.line = n->end_lineno;
    l.end.col = n->end_col_offset;
    return l;
}

Expr* Driver::seq_to_expr(SeqItems& s, const Loc& l) {
    if (s.items.size() == 1 && !s.trailing_comma) return s.items[0];
    auto* t = mk<TupleExpr>(l);
    t->elts = std::move(s.items);
    return t;
}

Expr* Driver::name(const std::string& id, const Loc& l) {
    auto* n = mk<Name>(l);
    n->id = id;
    return n;
}

Expr* Driver::number(const std::string& text, const Loc& l) {
    auto* c = mk<Constant>(l);
    switch (number_kind(text)) {
    case NumberKind::Int:
        c->ckind = ConstKind::Int;
        c->text = int_literal_to_decimal(text);
        break;
    case NumberKind::Float:
        c->ckind = ConstKind::Float;
        c->number = float_literal_value(text);
        break;
    case NumberKind::Imag:
        c->ckind = ConstKind::Complex;
        c->number = float_literal_value(text);
        break;
    }
    return c;
}

Expr* Driver::constant(ConstKind k, const Loc& l) {
    auto* c = mk<Constant>(l);
    c->ckind = k;
    return c;
}

Expr* Driver::binop(Expr* a, Operator op, Expr* b, const Loc& l) {
    auto* e = mk<BinOp>(l);
    e->left = a;
    e->op = op;
    e->right = b;
    return e;
}

Expr* Driver::boolop(BoolOpKind op, ExprList& values, const Loc& l) {
    if (values.size() == 1) return values[0];
    auto* e = mk<BoolOp>(l);
    e->op = op;
    e->values = std::move(values);
    return e;
}

Expr* Driver::compare(CompareChain& c, const Loc& l) {
    if (c.ops.empty()) return c.left;
    auto* e = mk<Compare>(l);
    e->left = c.left;
    e->ops = std::move(c.ops);
    e->comparators = std::move(c.comparators);
    return e;
}

// The words CPython uses for an expression in its messages (_PyPegen_get_expr_name).
const char* expr_description(const Expr* e) {
    switch (e->kind) {
    case Kind::Attribute: return "attribute";
    case Kind::Subscript: return "subscript";
    case Kind::Starred: return "starred";
    case Kind::Name: return "name";
    case Kind::List: return "list";
    case Kind::Tuple: return "tuple";
    case Kind::Lambda: return "lambda";
    case Kind::Call: return "function call";
    case Kind::BoolOp: case Kind::BinOp: case Kind::UnaryOp: return "expression";
    case Kind::GeneratorExp: return "generator expression";
    case Kind::Yield: case Kind::YieldFrom: return "yield expression";
    case Kind::Await: return "await expression";
    case Kind::ListComp: return "list comprehension";
    case Kind::SetComp: return "set comprehension";
    case Kind::DictComp: return "dict comprehension";
    case Kind::Dict: return "dict literal";
    case Kind::Set: return "set display";
    case Kind::JoinedStr: case Kind::FormattedValue: return "f-string expression";
    case Kind::Constant:
        switch (e->as<Constant>()->ckind) {
        case ConstKind::None: return "None";
        case ConstKind::True: return "True";
        case ConstKind::False: return "False";
        case ConstKind::Ellipsis: return "ellipsis";
        default: return "literal";
        }
    case Kind::Compare: return "comparison";
    case Kind::IfExp: return "conditional expression";
    case Kind::NamedExpr: return "named expression";
    case Kind::Slice: return "slice";
    default: return "expression";
    }
}

Expr* Driver::named_expr(Expr* target, Expr* value, const Loc& l) {
    if (target->kind != Kind::Name)
        fail_node(std::string("cannot use assignment expressions with ") + expr_description(target), target);
    target->as<Name>()->ctx = ExprContext::Store;
    auto* e = mk<NamedExpr>(l);
    e->target = target;
    e->value = value;
    return e;
}

void Driver::fail_generator_in_bases(const Expr* genexp) {
    // class C(x for x in y): CPython stops at the `for` (or `async`) after the element.
    const Expr* elt = genexp->as<Comp>()->elt;
    const std::string& src = lex.source();
    Pos b{elt->end_lineno, elt->end_col_offset, 0};
    for (int line = 1; line < b.line; ++line) b.off = src.find('\n', b.off) + 1;
    b.off += static_cast<size_t>(b.col);
    size_t kw = std::min(src.find("for", b.off), src.find("async", b.off));
    b.col += static_cast<int>(kw - b.off);
    b.off = kw;
    Pos e = b;
    e.col += src.compare(kw, 5, "async") == 0 ? 5 : 3;
    fail("invalid syntax", Loc{b, e});
}

void Driver::set_context(Expr* e, ExprContext ctx, TargetUse use, bool hint) {
    switch (e->kind) {
    case Kind::Name:
        if (e->as<Name>()->id == "__debug__")
            fail_node(ctx == ExprContext::Del ? "cannot delete __debug__" : "cannot assign to __debug__", e);
        e->as<Name>()->ctx = ctx;
        return;
    case Kind::Attribute:
        e->as<Attribute>()->ctx = ctx;
        return;
    case Kind::Subscript:
        e->as<Subscript>()->ctx = ctx;
        return;
    case Kind::Starred:
        if (ctx == ExprContext::Del) fail_node("cannot delete starred", e);
        e->as<Starred>()->ctx = ctx;
        set_context(e->as<Starred>()->value, ctx, use);
        return;
    case Kind::List:
        e->as<ListExpr>()->ctx = ctx;
        for (auto* x : e->as<ListExpr>()->elts) set_context(x, ctx, use);
        return;
    case Kind::Tuple: {
        auto* t = e->as<TupleExpr>();
        t->ctx = ctx;
        bool top = hint && !parenthesized.count(e);
        for (auto* x : t->elts) set_context(x, ctx, use, top);
        return;
    }
    default:
        break;
    }
    if ((e->kind == Kind::Yield || e->kind == Kind::YieldFrom) && use == TargetUse::Assign)
        fail_node("assignment to yield expression not possible", e);
    std::string msg = std::string(ctx == ExprContext::Del ? "cannot delete " : "cannot assign to ") + expr_description(e);
    if (hint && ctx == ExprContext::Store) {
        // CPython's invalid_named_expression: an operand-level expression before the last '='.
        bool operand = true;
        switch (e->kind) {
        case Kind::Compare: case Kind::BoolOp: case Kind::IfExp: case Kind::Lambda: case Kind::GeneratorExp:
            operand = false;
            break;
        case Kind::UnaryOp:
            operand = e->as<UnaryOp>()->op != UnaryOpKind::Not || parenthesized.count(e);
            break;
        case Kind::Constant: {
            auto k = e->as<Constant>()->ckind;
            operand = k != ConstKind::True && k != ConstKind::False && k != ConstKind::None;
            break;
        }
        default:
            break;
        }
        if (operand) msg += " here. Maybe you meant '==' instead of '='?";
    }
    fail_node(msg, e);
}

Stmt* Driver::assign(std::vector<Expr*>& targets, Expr* value, const Loc& l) {
    for (size_t i = 0; i < targets.size(); ++i) {
        Expr* t = targets[i];
        if (t->kind == Kind::Starred && !parenthesized.count(t))
            fail_node("starred assignment target must be in a list or tuple", t);
        if (t->kind == Kind::Starred) fail_node("cannot use starred expression here", t);
        // CPython's "Maybe you meant '=='" hint only fires for `target = value` with one '='.
        set_context(t, ExprContext::Store, TargetUse::Assign, targets.size() == 1);
    }
    auto* s = mk<Assign>(l);
    s->targets = std::move(targets);
    s->value = value;
    return s;
}

Stmt* Driver::aug_assign(Expr* target, Operator op, Expr* value, const Loc& l) {
    if (target->kind != Kind::Name && target->kind != Kind::Attribute && target->kind != Kind::Subscript)
        fail_node(std::string("'") + expr_description(target) + "' is an illegal expression for augmented assignment",
                  target);
    set_context(target, ExprContext::Store, TargetUse::AugAssign);
    auto* s = mk<AugAssign>(l);
    s->target = target;
    s->op = op;
    s->value = value;
    return s;
}

Stmt* Driver::ann_assign(Expr* target, Expr* annotation, Expr* value, const Loc& l) {
    switch (target->kind) {
    case Kind::Name: case Kind::Attribute: case Kind::Subscript:
        break;
    case Kind::Tuple:
        if (!parenthesized.count(target) && !target->as<TupleExpr>()->elts.empty())
            fail_node("only single target (not tuple) can be annotated", target->as<TupleExpr>()->elts[0]);
        fail_node("only single target (not tuple) can be annotated", target);
    case Kind::List:
        fail_node("only single target (not list) can be annotated", target);
    default:
        fail_node("illegal target for annotation", target);
    }
    set_context(target, ExprContext::Store, TargetUse::AnnAssign);
    auto* s = mk<AnnAssign>(l);
    s->target = target;
    s->annotation = annotation;
    s->value = value;
    s->simple = target->kind == Kind::Name && !parenthesized.count(target);
    return s;
}

Stmt* Driver::import_from(int level, const std::string& module, bool has_module, std::vector<Alias*>& names,
                          const Loc& l) {
    auto* s = mk<ImportFrom>(l);
    s->level = level;
    s->module = module;
    s->has_module = has_module;
    s->names = std::move(names);
    return s;
}

// ---------------------------------------------------------------------------------------------
// Calls and parameters.

Expr* Driver::call(Expr* func, CallArgs& args, const Loc& parens, const Loc& l) {
    auto* c = mk<Call>(l);
    // CPython reports argument-order errors at the last token it read: the closing parenthesis.
    Loc close = parens;
    close.begin = parens.end;
    close.begin.col -= 1;
    close.begin.off -= 1;
    c->func = func;
    bool seen_kw = false, seen_dstar = false;
    for (size_t i = 0; i < args.items.size(); ++i) {
        CallArg& a = args.items[i];
        switch (a.kind) {
        case CallArg::Generator:
            if (args.items.size() == 1 && !args.trailing_comma) {
                set_loc(a.value, parens);   // f(x for x in y): the call's parentheses are the genexp's
            } else {
                fail("Generator expression must be parenthesized", a.loc);
            }
            [[fallthrough]];
        case CallArg::Positional:
            if (seen_dstar) fail("positional argument follows keyword argument unpacking", close);
            if (seen_kw) fail("positional argument follows keyword argument", close);
            c->args.push_back(a.value);
            break;
        case CallArg::Star:
            if (seen_dstar) {
                Loc star = a.loc;   // CPython points at the star alone
                star.end = star.begin;
                star.end.col += 1;
                star.end.off += 1;
                fail("iterable argument unpacking follows keyword argument unpacking", star);
            }
            c->args.push_back(a.value);
            break;
        case CallArg::Keyword: {
            if (a.name->kind != Kind::Name || parenthesized.count(a.name)) {
                if (a.name->kind == Kind::Constant) {
                    auto k = a.name->as<Constant>()->ckind;
                    if (k == ConstKind::True || k == ConstKind::False || k == ConstKind::None)
                        fail_node(std::string("cannot assign to ") + expr_description(a.name), a.name);
                }
                Loc r = loc_of(a.name);
                r.end = a.eq_end;
                fail("expression cannot contain assignment, perhaps you meant \"==\"?", r);
            }
            seen_kw = true;
            auto* k = mk<Keyword>(a.loc);
            k->arg = a.name->as<Name>()->id;
            k->has_arg = true;
            k->value = a.value;
            for (auto* prev : c->keywords)
                if (prev->has_arg && prev->arg == k->arg)
                    fail_node("keyword argument repeated: " + k->arg, k);
            c->keywords.push_back(k);
            break;
        }
        case CallArg::DoubleStar: {
            seen_dstar = true;
            auto* k = mk<Keyword>(a.loc);
            k->value = a.value;
            c->keywords.push_back(k);
            break;
        }
        }
    }
    return c;
}

Arguments* Driver::arguments(std::vector<Param>& params, bool lambda) {
    auto* a = ast.make<Arguments>();
    bool seen_star = false, seen_kwarg = false, seen_default = false, bare_star = false;
    const Param* bare = nullptr;
    std::unordered_set<std::string> names;
    auto check_dup = [&](Arg* arg) {
        if (!names.insert(arg->arg).second)
            fail_node("duplicate argument '" + arg->arg + "' in function definition", arg);
    };
    for (size_t i = 0; i < params.size(); ++i) {
        Param& p = params[i];
        switch (p.kind) {
        case Param::Slash:
            if (seen_star || seen_kwarg) fail("/ must be ahead of *", p.loc);
            if (!a->posonlyargs.empty()) fail("/ may appear only once", p.loc);
            if (a->args.empty()) fail("at least one argument must precede /", p.loc);
            a->posonlyargs = std::move(a->args);
            a->args.clear();
            break;
        case Param::Plain:
            if (seen_kwarg) fail("arguments cannot follow var-keyword argument", p.loc);
            check_dup(p.arg);
            if (seen_star) {
                a->kwonlyargs.push_back(p.arg);
                a->kw_defaults.push_back(p.default_value);
                bare_star = false;
            } else {
                if (p.default_value) {
                    seen_default = true;
                    a->defaults.push_back(p.default_value);
                } else if (seen_default) {
                    fail("non-default argument follows default argument", p.loc);
                }
                a->args.push_back(p.arg);
            }
            break;
        case Param::Star:
            if (seen_kwarg) fail("arguments cannot follow var-keyword argument", p.loc);
            if (seen_star) fail("* argument may appear only once", p.loc);
            seen_star = true;
            if (p.arg) {
                check_dup(p.arg);
                a->vararg = p.arg;
            } else {
                bare_star = true;
                bare = &p;
                if (i + 1 == params.size() || params[i + 1].kind == Param::DoubleStar ||
                    params[i + 1].kind == Param::Slash)
                    fail("named arguments must follow bare *", p.loc);
            }
            break;
        case Param::DoubleStar:
            if (seen_kwarg) fail("arguments cannot follow var-keyword argument", p.loc);
            check_dup(p.arg);
            seen_kwarg = true;
            a->kwarg = p.arg;
            break;
        }
    }
    if (bare_star && bare) fail("named arguments must follow bare *", bare->loc);
    (void)lambda;
    return a;
}

// ---------------------------------------------------------------------------------------------
// Strings.

StrPiece Driver::string_token(const std::string& text, const Loc& l) {
    StringLiteral lit;
    std::string err;
    if (!decode_string_token(text, &lit, &err)) {
        // CPython points escape errors just past the literal, the ASCII error at all of it.
        if (err.rfind("bytes can only", 0) == 0) {
            // CPython measures this range's end in bytes, not characters.
            SyntaxErrorInfo e = lex.make_error(err, l.begin, l.end);
            e.end_offset = e.offset + (l.end.col - l.begin.col);
            throw SyntaxErrorException(e);
        }
        fail(err, Loc{l.end, l.end});
    }
    StrPiece p;
    p.kind = lit.bytes ? StrPiece::Bytes : StrPiece::Str;
    p.u_prefix = lit.u_prefix;
    p.value = std::move(lit.value);
    p.loc = l;
    return p;
}

Expr* Driver::fstring_middle(const std::string& text, const Loc& l) {
    auto* c = mk<Constant>(l);
    c->ckind = ConstKind::Str;
    c->text = text;   // still raw: fstring() decodes it once it knows the prefix
    return c;
}

namespace {
void decode_parts(Driver& d, ExprList& parts, bool raw) {
    for (auto* e : parts) {
        if (e->kind == Kind::Constant) {
            auto* c = e->as<Constant>();
            std::string out, err;
            if (!decode_fstring_text(c->text, raw, &out, &err)) d.fail_node(err, c);
            c->text = std::move(out);
        } else if (e->kind == Kind::FormattedValue) {
            auto* f = e->as<FormattedValue>();
            if (f->format_spec) decode_parts(d, f->format_spec->as<JoinedStr>()->values, raw);
        }
    }
}

// Merges adjacent string constants and drops empty ones, as CPython does.
void merge_constants(Driver& d, ExprList& in, ExprList& out) {
    for (auto* e : in) {
        if (e->kind == Kind::Constant) {
            auto* c = e->as<Constant>();
            if (c->text.empty()) continue;
            if (!out.empty() && out.back()->kind == Kind::Constant) {
                auto* prev = out.back()->as<Constant>();
                prev->text += c->text;
                Driver::set_end(prev, c);
                continue;
            }
        }
        out.push_back(e);
    }
    (void)d;
}
}  // namespace

StrPiece Driver::fstring(const std::string& start, ExprList& parts, const Loc& l) {
    bool raw = start.find_first_of("rR") != std::string::npos;
    decode_parts(*this, parts, raw);
    StrPiece p;
    p.kind = StrPiece::FString;
    p.parts = std::move(parts);
    p.loc = l;
    return p;
}

Expr* Driver::formatted_value(Expr* value, FieldTail& tail, const Loc& lbrace, const Loc& rbrace, const Loc& l) {
    auto* f = mk<FormattedValue>(l);
    f->value = value;
    f->conversion = tail.conversion;
    if (tail.has_spec) {
        auto* spec = mk<JoinedStr>(Loc{tail.spec_loc.begin, rbrace.begin});
        merge_constants(*this, tail.spec, spec->values);
        f->format_spec = spec;
    }
    if (tail.has_eq) {
        if (f->conversion == -1 && !tail.has_spec) f->conversion = 'r';
        // f"{x = }": the text of the expression and the '=' (with its spaces) comes first.
        Loc text{lbrace.end, tail.eq_loc.end};
        // The spaces after '=' belong to the text too.
        const std::string& src = lex.source();
        while (text.end.off < src.size() && (src[text.end.off] == ' ' || src[text.end.off] == '\t')) {
            ++text.end.off;
            ++text.end.col;
        }
        auto* c = mk<Constant>(text);
        c->ckind = ConstKind::Str;
        c->text = std::string(slice(text));
        // Marks the pair; strings() splices the text in before the value.
        debug_texts[f] = c;
    }
    return f;
}

Expr* Driver::strings(std::vector<StrPiece>& pieces, const Loc& l) {
    bool any_bytes = false, any_str = false, any_f = false;
    for (auto& p : pieces) {
        if (p.kind == StrPiece::Bytes) any_bytes = true;
        else any_str = true;
        if (p.kind == StrPiece::FString) any_f = true;
    }
    if (any_bytes && any_str) fail("cannot mix bytes and nonbytes literals", Loc{l.end, l.end});
    if (!any_f) {
        auto* c = mk<Constant>(l);
        c->ckind = any_bytes ? ConstKind::Bytes : ConstKind::Str;
        c->u_prefix = pieces[0].u_prefix;
        for (auto& p : pieces) c->text += p.value;
        return c;
    }
    ExprList flat;
    for (auto& p : pieces) {
        if (p.kind == StrPiece::FString) {
            for (auto* e : p.parts) {
                if (e->kind == Kind::FormattedValue) {
                    auto it = debug_texts.find(e);
                    if (it != debug_texts.end()) flat.push_back(it->second);
                }
                flat.push_back(e);
            }
        } else {
            auto* c = mk<Constant>(p.loc);
            c->ckind = ConstKind::Str;
            c->text = p.value;
            flat.push_back(c);
        }
    }
    auto* j = mk<JoinedStr>(l);
    merge_constants(*this, flat, j->values);
    return j;
}

}  // namespace minipy::parse
