// compiler_unparse.cpp — expressions back to source text, for `from __future__ import annotations`.
//
// Under that future import (PEP 563) annotations are not evaluated: each one is stored as the
// string of its source, as CPython's compiler rebuilds it from the AST (Python/ast_unparse.c).
// The text is normalized, not copied from the file: `x:List[ int ]` gives 'List[int]'. The rules
// below reproduce CPython's spacing and parenthesization, driven by operator precedence: an
// operand is parenthesized when its precedence is lower than its context requires.
#include <cmath>
#include <string>

#include "compiler_impl.hpp"
#include "runtime/bytes.hpp"
#include "runtime/float.hpp"
#include "runtime/str.hpp"

namespace minipy::vm::detail {

using namespace parse;

namespace {

enum Prec {
    kTuple, kTest, kOr, kAnd, kNot, kCmp, kExpr, kBor = kExpr, kBxor, kBand, kShift, kArith, kTerm, kFactor,
    kPower, kAwait, kAtom
};

std::string str_repr(const std::string& text) {
    rt::Ref s{rt::str_from(text)};
    rt::Ref r{rt::str_repr(s.get())};
    if (!r) return "''";
    return std::string(rt::str_view(r.get()));
}

class Unparser {
public:
    std::string out;

    void expr(const Expr* e, int level) {
        switch (e->kind) {
            case Kind::BoolOp: {
                const BoolOp* b = e->as<BoolOp>();
                int pr = b->op == BoolOpKind::And ? kAnd : kOr;
                open(level > pr);
                for (size_t i = 0; i < b->values.size(); ++i) {
                    if (i) out += b->op == BoolOpKind::And ? " and " : " or ";
                    expr(b->values[i], pr + 1);
                }
                close(level > pr);
                break;
            }
            case Kind::NamedExpr: {
                const NamedExpr* n = e->as<NamedExpr>();
                open(level > kTuple);
                expr(n->target, kAtom);
                out += " := ";
                expr(n->value, kAtom);
                close(level > kTuple);
                break;
            }
            case Kind::BinOp: binop(e->as<BinOp>(), level); break;
            case Kind::UnaryOp: {
                const UnaryOp* u = e->as<UnaryOp>();
                const char* op = "-";
                int pr = kFactor;
                switch (u->op) {
                    case UnaryOpKind::Invert: op = "~"; break;
                    case UnaryOpKind::Not: op = "not "; pr = kNot; break;
                    case UnaryOpKind::UAdd: op = "+"; break;
                    case UnaryOpKind::USub: op = "-"; break;
                }
                open(level > pr);
                out += op;
                expr(u->operand, pr);
                close(level > pr);
                break;
            }
            case Kind::Lambda: {
                const Lambda* l = e->as<Lambda>();
                open(level > kTest);
                out += (l->args->args.size() + l->args->posonlyargs.size()) ? "lambda " : "lambda";
                arguments(l->args);
                out += ": ";
                expr(l->body, kTest);
                close(level > kTest);
                break;
            }
            case Kind::IfExp: {
                const IfExp* i = e->as<IfExp>();
                open(level > kTest);
                expr(i->body, kTest + 1);
                out += " if ";
                expr(i->test, kTest + 1);
                out += " else ";
                expr(i->orelse, kTest);
                close(level > kTest);
                break;
            }
            case Kind::Dict: {
                const DictExpr* d = e->as<DictExpr>();
                out += "{";
                for (size_t i = 0; i < d->values.size(); ++i) {
                    if (i) out += ", ";
                    if (d->keys[i]) {
                        expr(d->keys[i], kTest);
                        out += ": ";
                        expr(d->values[i], kTest);
                    } else {
                        out += "**";
                        expr(d->values[i], kExpr);
                    }
                }
                out += "}";
                break;
            }
            case Kind::Set: {
                const SetExpr* s = e->as<SetExpr>();
                if (s->elts.empty()) {
                    out += "{*()}";
                    break;
                }
                out += "{";
                seq(s->elts, kTest);
                out += "}";
                break;
            }
            case Kind::ListComp: comp(e->as<Comp>(), "[", "]"); break;
            case Kind::SetComp: comp(e->as<Comp>(), "{", "}"); break;
            case Kind::DictComp: comp(e->as<Comp>(), "{", "}"); break;
            case Kind::GeneratorExp: comp(e->as<Comp>(), "(", ")"); break;
            case Kind::Await:
                open(level > kAwait);
                out += "await ";
                expr(e->as<Await>()->value, kAtom);
                close(level > kAwait);
                break;
            case Kind::Yield:
                if (!e->as<Yield>()->value) {
                    out += "(yield)";
                } else {
                    out += "(yield ";
                    expr(e->as<Yield>()->value, kTest);
                    out += ")";
                }
                break;
            case Kind::YieldFrom:
                out += "(yield from ";
                expr(e->as<YieldFrom>()->value, kTest);
                out += ")";
                break;
            case Kind::Compare: {
                const Compare* c = e->as<Compare>();
                open(level > kCmp);
                expr(c->left, kCmp + 1);
                for (size_t i = 0; i < c->ops.size(); ++i) {
                    static const char* const kOps[] = {" == ", " != ", " < ", " <= ", " > ", " >= ", " is ",
                                                       " is not ", " in ", " not in "};
                    out += kOps[static_cast<int>(c->ops[i])];
                    expr(c->comparators[i], kCmp + 1);
                }
                close(level > kCmp);
                break;
            }
            case Kind::Call: call(e->as<Call>()); break;
            case Kind::FormattedValue: {
                // Only inside a JoinedStr; on its own, show it as a one-part f-string.
                out += "f" + str_repr(fstring_part(e));
                break;
            }
            case Kind::JoinedStr: {
                std::string body;
                for (const Expr* v : e->as<JoinedStr>()->values) body += fstring_part(v);
                out += "f" + str_repr(body);
                break;
            }
            case Kind::Constant: constant(e->as<Constant>()); break;
            case Kind::Attribute: {
                const Attribute* a = e->as<Attribute>();
                expr(a->value, kAtom);
                // `1 .real`: an int needs a space before the dot.
                bool int_const = a->value->kind == Kind::Constant && a->value->as<Constant>()->ckind == ConstKind::Int;
                out += int_const ? " ." : ".";
                out += a->attr;
                break;
            }
            case Kind::Subscript: {
                const Subscript* s = e->as<Subscript>();
                expr(s->value, kAtom);
                out += "[";
                expr(s->slice, kTuple);
                out += "]";
                break;
            }
            case Kind::Starred:
                out += "*";
                expr(e->as<Starred>()->value, kExpr);
                break;
            case Kind::Name: out += e->as<Name>()->id; break;
            case Kind::List:
                out += "[";
                seq(e->as<ListExpr>()->elts, kTest);
                out += "]";
                break;
            case Kind::Tuple: {
                const ExprList& elts = e->as<TupleExpr>()->elts;
                if (elts.empty()) {
                    out += "()";
                    break;
                }
                open(level > kTuple);
                seq(elts, kTest);
                if (elts.size() == 1) out += ",";
                close(level > kTuple);
                break;
            }
            case Kind::Slice: {
                const Slice* s = e->as<Slice>();
                if (s->lower) expr(s->lower, kTest);
                out += ":";
                if (s->upper) expr(s->upper, kTest);
                if (s->step) {
                    out += ":";
                    expr(s->step, kTest);
                }
                break;
            }
            default: out += "..."; break;
        }
    }

private:
    void open(bool cond) { if (cond) out += "("; }
    void close(bool cond) { if (cond) out += ")"; }

    void seq(const ExprList& elts, int level) {
        for (size_t i = 0; i < elts.size(); ++i) {
            if (i) out += ", ";
            expr(elts[i], level);
        }
    }

    void binop(const BinOp* b, int level) {
        const char* op = " + ";
        int pr = kArith;
        bool rassoc = false;
        switch (b->op) {
            case Operator::Add: op = " + "; pr = kArith; break;
            case Operator::Sub: op = " - "; pr = kArith; break;
            case Operator::Mult: op = " * "; pr = kTerm; break;
            case Operator::MatMult: op = " @ "; pr = kTerm; break;
            case Operator::Div: op = " / "; pr = kTerm; break;
            case Operator::Mod: op = " % "; pr = kTerm; break;
            case Operator::LShift: op = " << "; pr = kShift; break;
            case Operator::RShift: op = " >> "; pr = kShift; break;
            case Operator::BitOr: op = " | "; pr = kBor; break;
            case Operator::BitXor: op = " ^ "; pr = kBxor; break;
            case Operator::BitAnd: op = " & "; pr = kBand; break;
            case Operator::FloorDiv: op = " // "; pr = kTerm; break;
            case Operator::Pow: op = " ** "; pr = kPower; rassoc = true; break;
        }
        open(level > pr);
        expr(b->left, pr + (rassoc ? 1 : 0));
        out += op;
        expr(b->right, pr + (rassoc ? 0 : 1));
        close(level > pr);
    }

    void comp(const Comp* c, const char* l, const char* r) {
        out += l;
        if (c->kind == Kind::DictComp) {
            expr(c->key, kTest);
            out += ": ";
            expr(c->value, kTest);
        } else {
            expr(c->elt, kTest);
        }
        for (const Comprehension* g : c->generators) {
            out += g->is_async ? " async for " : " for ";
            expr(g->target, kTuple);
            out += " in ";
            expr(g->iter, kTest + 1);
            for (const Expr* cond : g->ifs) {
                out += " if ";
                expr(cond, kTest + 1);
            }
        }
        out += r;
    }

    void call(const Call* c) {
        expr(c->func, kAtom);
        if (c->args.size() == 1 && c->keywords.empty() && c->args[0]->kind == Kind::GeneratorExp) {
            expr(c->args[0], kTest);   // f(x for x in y): the genexp's parentheses are the call's
            return;
        }
        out += "(";
        bool first = true;
        for (const Expr* a : c->args) {
            if (!first) out += ", ";
            first = false;
            expr(a, kTest);
        }
        for (const Keyword* k : c->keywords) {
            if (!first) out += ", ";
            first = false;
            if (k->has_arg) {
                out += k->arg + "=";
            } else {
                out += "**";
            }
            expr(k->value, kTest);
        }
        out += ")";
    }

    void arg(const Arg* a) {
        out += a->arg;
        if (a->annotation) {
            out += ": ";
            expr(a->annotation, kTest);
        }
    }

    void arguments(const Arguments* args) {
        bool first = true;
        auto sep = [&] {
            if (!first) out += ", ";
            first = false;
        };
        size_t npos = args->posonlyargs.size(), nargs = args->args.size(), ndef = args->defaults.size();
        for (size_t i = 0; i < npos + nargs; ++i) {
            sep();
            arg(i < npos ? args->posonlyargs[i] : args->args[i - npos]);
            long di = static_cast<long>(i) - static_cast<long>(npos + nargs) + static_cast<long>(ndef);
            if (di >= 0) {
                out += "=";
                expr(args->defaults[di], kTest);
            }
            if (npos && i + 1 == npos) out += ", /";
        }
        if (args->vararg || !args->kwonlyargs.empty()) {
            sep();
            out += "*";
            if (args->vararg) arg(args->vararg);
        }
        for (size_t i = 0; i < args->kwonlyargs.size(); ++i) {
            sep();
            arg(args->kwonlyargs[i]);
            const Expr* d = i < args->kw_defaults.size() ? args->kw_defaults[i] : nullptr;
            if (d) {
                out += "=";
                expr(d, kTest);
            }
        }
        if (args->kwarg) {
            sep();
            out += "**";
            arg(args->kwarg);
        }
    }

    void constant(const Constant* c) {
        switch (c->ckind) {
            case ConstKind::None: out += "None"; break;
            case ConstKind::True: out += "True"; break;
            case ConstKind::False: out += "False"; break;
            case ConstKind::Ellipsis: out += "..."; break;
            case ConstKind::Int: out += c->text; break;
            case ConstKind::Float:
                // An infinite literal (1e999) is written so that it reads back as infinite.
                out += std::isinf(c->number) ? "1e309" : rt::float_repr(c->number);
                break;
            case ConstKind::Complex: {
                std::string r = std::isinf(c->number) ? "1e309" : rt::float_repr(c->number);
                if (r.size() > 2 && r.compare(r.size() - 2, 2, ".0") == 0) r.erase(r.size() - 2);
                out += r + "j";
                break;
            }
            case ConstKind::Str: out += str_repr(c->text); break;
            case ConstKind::Bytes: {
                rt::Ref b{rt::bytes_from(c->text)};
                rt::Ref r{rt::bytes_repr(b.get())};
                out += r ? std::string(rt::str_view(r.get())) : "b''";
                break;
            }
        }
    }

    // One piece of an f-string body: literal text with braces doubled, or a {replacement field}.
    std::string fstring_part(const Expr* e) {
        if (e->kind == Kind::Constant) {
            std::string s;
            for (char ch : e->as<Constant>()->text) {
                s += ch;
                if (ch == '{' || ch == '}') s += ch;
            }
            return s;
        }
        if (e->kind == Kind::JoinedStr) {
            std::string s;
            for (const Expr* v : e->as<JoinedStr>()->values) s += fstring_part(v);
            return s;
        }
        const FormattedValue* f = e->as<FormattedValue>();
        Unparser inner;
        inner.expr(f->value, kTest + 1);
        std::string s = inner.out.rfind("{", 0) == 0 ? "{ " : "{";
        s += inner.out;
        if (f->conversion > 0) {
            s += "!";
            s += static_cast<char>(f->conversion);
        }
        if (f->format_spec) s += ":" + fstring_part(f->format_spec);
        return s + "}";
    }
};

}  // namespace

std::string unparse_annotation(const Expr* e) {
    Unparser u;
    u.expr(e, kTest);
    return u.out;
}

}  // namespace minipy::vm::detail
