// compiler_expr.cpp — the code generator for expressions (see compiler.cpp for the design note).
//
// Every expression leaves exactly one value on the stack. Instructions carry the line of the
// expression node that produced them; visit_expr() sets the line for the node and restores the
// enclosing one afterwards, so the CALL of a call spanning several lines carries the line where
// the call starts, and a method call carries the line of its `.name` (as CPython's tracebacks).
#include <cstring>

#include "compiler.hpp"
#include "compiler_impl.hpp"
#include "runtime/errors.hpp"
#include "runtime/type.hpp"

namespace minipy::vm::detail {

using namespace parse;


namespace {

struct LineGuard {
    Unit* u;
    int saved;
    LineGuard(Unit* unit, const Node* n) : u(unit), saved(unit->line) { u->line = n->lineno; }
    ~LineGuard() { u->line = saved; }
};

bool is_two_element_slice(const Expr* e) { return e->kind == Kind::Slice && !e->as<Slice>()->step; }

ConstVal constant_value(const Constant* c) {
    ConstVal v;
    switch (c->ckind) {
        case ConstKind::None: v.kind = ConstVal::K::None; break;
        case ConstKind::True: v.kind = ConstVal::K::True; break;
        case ConstKind::False: v.kind = ConstVal::K::False; break;
        case ConstKind::Ellipsis: v.kind = ConstVal::K::Ellipsis; break;
        case ConstKind::Int: v.kind = ConstVal::K::Int; v.text = c->text; break;
        case ConstKind::Float: v.kind = ConstVal::K::Float; v.real = c->number; break;
        case ConstKind::Complex: v.kind = ConstVal::K::Complex; v.imag = c->number; break;
        case ConstKind::Str: v.kind = ConstVal::K::Str; v.text = c->text; break;
        case ConstKind::Bytes: v.kind = ConstVal::K::Bytes; v.text = c->text; break;
    }
    return v;
}

}  // namespace

// The constant value of `e`, if it is a constant, a tuple of constants, a negated numeric
// constant, or __debug__ (CPython's AST optimizer folds the same).
bool Compiler::fold(const Expr* e, ConstVal* out) const {
    switch (e->kind) {
        case Kind::Constant:
            *out = constant_value(e->as<Constant>());
            return true;
        case Kind::Name:
            if (e->as<Name>()->id == "__debug__" && e->as<Name>()->ctx == ExprContext::Load) {
                out->kind = ConstVal::K::True;
                return true;
            }
            return false;
        case Kind::UnaryOp: {
            const UnaryOp* un = e->as<UnaryOp>();
            if (un->op != UnaryOpKind::USub) return false;
            ConstVal v;
            if (!fold(un->operand, &v)) return false;
            switch (v.kind) {
                case ConstVal::K::Int:
                    if (v.text == "0") break;
                    if (v.text[0] == '-') v.text.erase(0, 1);
                    else v.text.insert(0, "-");
                    break;
                case ConstVal::K::Float:
                    v.real = -v.real;
                    break;
                case ConstVal::K::Complex:
                    v.real = -v.real;
                    v.imag = -v.imag;
                    break;
                default:
                    return false;
            }
            *out = std::move(v);
            return true;
        }
        case Kind::Tuple: {
            const TupleExpr* t = e->as<TupleExpr>();
            if (t->ctx != ExprContext::Load) return false;
            ConstVal v;
            v.kind = ConstVal::K::Tuple;
            for (const Expr* x : t->elts) {
                ConstVal item;
                if (x->kind == Kind::Starred || !fold(x, &item)) return false;
                v.items.push_back(std::move(item));
            }
            *out = std::move(v);
            return true;
        }
        default:
            return false;
    }
}

void Compiler::visit_expr(const Expr* e) {
    LineGuard guard(u, e);
    visit_expr_inner(e);
}

void Compiler::visit_expr_inner(const Expr* e) {
    switch (e->kind) {
        case Kind::BoolOp:
            boolop(e->as<BoolOp>());
            break;
        case Kind::NamedExpr: {
            const NamedExpr* n = e->as<NamedExpr>();
            visit_expr(n->value);
            emit_op(Op::COPY, 1);
            store_target(n->target);
            break;
        }
        case Kind::BinOp: {
            const BinOp* b = e->as<BinOp>();
            visit_expr(b->left);
            visit_expr(b->right);
            emit_op(Op::BINARY_OP, static_cast<uint32_t>(binop_oparg(b->op)));
            break;
        }
        case Kind::UnaryOp: {
            ConstVal c;
            if (fold(e, &c)) {
                load_const(c);
                break;
            }
            const UnaryOp* un = e->as<UnaryOp>();
            visit_expr(un->operand);
            switch (un->op) {
                case UnaryOpKind::Invert: emit_op(Op::UNARY_INVERT); break;
                case UnaryOpKind::Not: emit_op(Op::UNARY_NOT); break;
                case UnaryOpKind::UAdd: emit_op(Op::UNARY_POSITIVE); break;
                case UnaryOpKind::USub: emit_op(Op::UNARY_NEGATIVE); break;
            }
            break;
        }
        case Kind::Lambda:
            lambda(e->as<Lambda>());
            break;
        case Kind::IfExp: {
            const IfExp* i = e->as<IfExp>();
            int end = new_label(), next = new_label();
            jump_if(i->test, next, false);
            visit_expr(i->body);
            emit_jump(kOpJump, end);
            bind(next);
            visit_expr(i->orelse);
            bind(end);
            break;
        }
        case Kind::Dict:
            dict_display(e->as<DictExpr>());
            break;
        case Kind::Set:
            starunpack(e->as<SetExpr>()->elts, 0, Op::BUILD_SET, Op::SET_ADD, Op::SET_UPDATE, false);
            break;
        case Kind::ListComp:
        case Kind::SetComp:
        case Kind::DictComp:
        case Kind::GeneratorExp:
            comprehension(e->as<Comp>());
            break;
        case Kind::Await:
            if (!u->ste->is_function()) error(e, "'await' outside function");
            if (u->kind != UnitKind::AsyncFunction && u->kind != UnitKind::Comprehension)
                error(e, "'await' outside async function");
            visit_expr(e->as<Await>()->value);
            emit_op(Op::GET_AWAITABLE, 0);
            load_const(ConstVal::none());
            add_yield_from();
            break;
        case Kind::Yield: {
            if (!u->ste->is_function()) error(e, "'yield' outside function");
            const Yield* y = e->as<Yield>();
            if (y->value) visit_expr(y->value);
            else load_const(ConstVal::none());
            yield_value();
            break;
        }
        case Kind::YieldFrom:
            if (!u->ste->is_function()) error(e, "'yield' outside function");
            if (u->kind == UnitKind::AsyncFunction) error(e, "'yield from' inside async function");
            visit_expr(e->as<YieldFrom>()->value);
            emit_op(Op::GET_YIELD_FROM_ITER);
            load_const(ConstVal::none());
            add_yield_from();
            break;
        case Kind::Compare:
            compare(e->as<Compare>());
            break;
        case Kind::Call:
            call(e->as<Call>());
            break;
        case Kind::FormattedValue:
            formatted_value(e->as<FormattedValue>());
            break;
        case Kind::JoinedStr:
            joined_str(e->as<JoinedStr>());
            break;
        case Kind::Constant: {
            const Constant* c = e->as<Constant>();
            if (c->ckind == ConstKind::Complex && !g_make_complex) error(e, "complex literals are not supported");
            load_const(constant_value(c));
            break;
        }
        case Kind::Attribute: {
            const Attribute* a = e->as<Attribute>();
            visit_expr(a->value);
            attribute_line(a);
            emit_op(Op::LOAD_ATTR, static_cast<uint32_t>(add_name(a->attr)) << 1);
            break;
        }
        case Kind::Subscript:
            subscript(e->as<Subscript>());
            break;
        case Kind::Starred:
            error(e, "can't use starred expression here");
        case Kind::Name: {
            const Name* n = e->as<Name>();
            if (n->id == "__debug__") load_const(ConstVal{ConstVal::K::True});
            else nameop(n->id, ExprContext::Load, e);
            break;
        }
        case Kind::List:
            starunpack(e->as<ListExpr>()->elts, 0, Op::BUILD_LIST, Op::LIST_APPEND, Op::LIST_EXTEND, false);
            break;
        case Kind::Tuple: {
            ConstVal c;
            if (fold(e, &c)) load_const(c);
            else starunpack(e->as<TupleExpr>()->elts, 0, Op::BUILD_LIST, Op::LIST_APPEND, Op::LIST_EXTEND, true);
            break;
        }
        case Kind::Slice:
            slice(e->as<Slice>());
            break;
        default:
            error(e, "unsupported expression");
    }
}

// A method call or attribute access spanning lines carries the line of its `.name`.
void Compiler::attribute_line(const Attribute* a) {
    if (u->line != a->end_lineno) u->line = a->end_lineno;
}

// --- and, or, comparisons, conditional jumps ------------------------------------------------------

void Compiler::boolop(const BoolOp* e) {
    Op jump = e->op == BoolOpKind::And ? Op::JUMP_IF_FALSE_OR_POP : Op::JUMP_IF_TRUE_OR_POP;
    int end = new_label();
    size_t n = e->values.size();
    for (size_t i = 0; i + 1 < n; ++i) {
        visit_expr(e->values[i]);
        emit_jump(static_cast<int>(jump), end);
    }
    visit_expr(e->values[n - 1]);
    bind(end);
}

void Compiler::compare_op(CmpOp op) {
    switch (op) {
        case CmpOp::Is: emit_op(Op::IS_OP, 0); return;
        case CmpOp::IsNot: emit_op(Op::IS_OP, 1); return;
        case CmpOp::In: emit_op(Op::CONTAINS_OP, 0); return;
        case CmpOp::NotIn: emit_op(Op::CONTAINS_OP, 1); return;
        case CmpOp::Lt: emit_op(Op::COMPARE_OP, static_cast<uint32_t>(rt::CompareOp::Lt)); return;
        case CmpOp::LtE: emit_op(Op::COMPARE_OP, static_cast<uint32_t>(rt::CompareOp::Le)); return;
        case CmpOp::Eq: emit_op(Op::COMPARE_OP, static_cast<uint32_t>(rt::CompareOp::Eq)); return;
        case CmpOp::NotEq: emit_op(Op::COMPARE_OP, static_cast<uint32_t>(rt::CompareOp::Ne)); return;
        case CmpOp::Gt: emit_op(Op::COMPARE_OP, static_cast<uint32_t>(rt::CompareOp::Gt)); return;
        case CmpOp::GtE: emit_op(Op::COMPARE_OP, static_cast<uint32_t>(rt::CompareOp::Ge)); return;
    }
}

namespace {
// `x in [1, 2, 3]` tests against the constant tuple (1, 2, 3).
bool fold_in_operand(const Compiler* c, CmpOp op, const Expr* e, ConstVal* out) {
    if (op != CmpOp::In && op != CmpOp::NotIn) return false;
    if (e->kind != Kind::List) return false;
    ConstVal t;
    t.kind = ConstVal::K::Tuple;
    for (const Expr* x : e->as<ListExpr>()->elts) {
        ConstVal v;
        if (x->kind == Kind::Starred || !c->fold(x, &v)) return false;
        t.items.push_back(std::move(v));
    }
    *out = std::move(t);
    return true;
}
}  // namespace

//   a < b < c   compiles to
//       <a>; <b>; SWAP 2; COPY 2; COMPARE_OP <; JUMP_IF_FALSE_OR_POP L_cleanup
//       <c>; COMPARE_OP <; JUMP L_end
//   L_cleanup: SWAP 2; POP_TOP
//   L_end:
void Compiler::compare(const Compare* e) {
    size_t n = e->ops.size() - 1;
    visit_expr(e->left);
    auto operand = [&](size_t i) {
        ConstVal folded;
        if (fold_in_operand(this, e->ops[i], e->comparators[i], &folded)) {
            LineGuard g(u, e->comparators[i]);
            load_const(folded);
        } else {
            visit_expr(e->comparators[i]);
        }
    };
    if (n == 0) {
        operand(0);
        compare_op(e->ops[0]);
        return;
    }
    int cleanup = new_label();
    for (size_t i = 0; i < n; ++i) {
        operand(i);
        emit_op(Op::SWAP, 2);
        emit_op(Op::COPY, 2);
        compare_op(e->ops[i]);
        emit_jump(static_cast<int>(Op::JUMP_IF_FALSE_OR_POP), cleanup);
    }
    operand(n);
    compare_op(e->ops[n]);
    int end = new_label();
    emit_jump(kOpJump, end);
    bind(cleanup);
    emit_op(Op::SWAP, 2);
    emit_op(Op::POP_TOP);
    bind(end);
}

// Jumps to `label` when the truth of `e` equals `cond`; falls through otherwise. `not`, `and`,
// `or`, conditional expressions and chained comparisons are compiled into jumps directly
// (no intermediate bool), and `x is None` becomes POP_JUMP_IF_NONE / _NOT_NONE.
//
// Lines, as CPython 3.11 assigns them: a comparison moves the current line to its own (and it
// stays there for the following jumps of the same condition); any other tested expression
// leaves its jump on the current line (at first, that of the `if`/`while` statement).
void Compiler::jump_if(const Expr* e, int label, bool cond) {
    if (e->kind == Kind::Compare) u->line = e->lineno;
    jump_if_inner(e, label, cond);
}

void Compiler::jump_if_inner(const Expr* e, int label, bool cond) {
    switch (e->kind) {
        case Kind::UnaryOp:
            if (e->as<UnaryOp>()->op == UnaryOpKind::Not) {
                jump_if(e->as<UnaryOp>()->operand, label, !cond);
                return;
            }
            break;
        case Kind::BoolOp: {
            const BoolOp* b = e->as<BoolOp>();
            bool cond2 = b->op == BoolOpKind::Or;
            int next2 = label;
            if (cond2 != cond) next2 = new_label();
            size_t n = b->values.size();
            for (size_t i = 0; i + 1 < n; ++i) jump_if(b->values[i], next2, cond2);
            jump_if(b->values[n - 1], label, cond);
            if (next2 != label) bind(next2);
            return;
        }
        case Kind::IfExp: {
            const IfExp* i = e->as<IfExp>();
            int end = new_label(), next2 = new_label();
            jump_if(i->test, next2, false);
            jump_if(i->body, label, cond);
            emit_jump(kOpJump, end);
            bind(next2);
            jump_if(i->orelse, label, cond);
            bind(end);
            return;
        }
        case Kind::Compare: {
            const Compare* c = e->as<Compare>();
            size_t n = c->ops.size() - 1;
            if (n == 0 && (c->ops[0] == CmpOp::Is || c->ops[0] == CmpOp::IsNot) &&
                c->comparators[0]->kind == Kind::Constant &&
                c->comparators[0]->as<Constant>()->ckind == ConstKind::None) {
                visit_expr(c->left);
                bool jump_on_none = (c->ops[0] == CmpOp::Is) == cond;
                emit_jump(static_cast<int>(jump_on_none ? Op::POP_JUMP_IF_NONE : Op::POP_JUMP_IF_NOT_NONE), label);
                return;
            }
            if (n > 0) {
                int cleanup = new_label();
                visit_expr(c->left);
                for (size_t i = 0; i < n; ++i) {
                    visit_expr(c->comparators[i]);
                    emit_op(Op::SWAP, 2);
                    emit_op(Op::COPY, 2);
                    compare_op(c->ops[i]);
                    emit_jump(static_cast<int>(Op::POP_JUMP_IF_FALSE), cleanup);
                }
                visit_expr(c->comparators[n]);
                compare_op(c->ops[n]);
                emit_jump(static_cast<int>(cond ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE), label);
                int end = new_label();
                emit_jump(kOpJump, end);
                bind(cleanup);
                emit_op(Op::POP_TOP);
                if (!cond) emit_jump(kOpJump, label);
                bind(end);
                return;
            }
            break;
        }
        default:
            break;
    }
    ConstVal c;
    if (fold(e, &c)) {
        // A constant condition: an unconditional jump or nothing (the dead branch disappears).
        if (c.truthy() == cond) emit_jump(kOpJump, label);
        return;
    }
    visit_expr(e);
    emit_jump(static_cast<int>(cond ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE), label);
}

// --- calls ------------------------------------------------------------------------------------

static void validate_keywords(Compiler* c, const Node* call, const std::vector<Keyword*>& keywords) {
    for (size_t i = 0; i < keywords.size(); ++i) {
        const Keyword* k = keywords[i];
        if (!k->has_arg) continue;
        if (k->arg == "__debug__") c->error(call, "cannot assign to __debug__");
        for (size_t j = i + 1; j < keywords.size(); ++j) {
            const Keyword* o = keywords[j];
            if (o->has_arg && o->arg == k->arg) c->error(o, "keyword argument repeated: " + k->arg);
        }
    }
}

void Compiler::call(const Call* e) {
    validate_keywords(this, e, e->keywords);
    if (method_call(e)) return;
    const Expr* f = e->func;
    if (f->kind == Kind::Name && is_global_name_for_call(f->as<Name>()->id)) {
        // LOAD_GLOBAL with the push-null flag: callable, null.
        LineGuard g(u, f);
        emit_op(Op::LOAD_GLOBAL, (static_cast<uint32_t>(add_name(f->as<Name>()->id)) << 1) | 1);
    } else {
        visit_expr(f);
        emit_op(Op::PUSH_NULL);
    }
    call_helper(0, e->args, e->keywords);
}

//   obj.m(x, k=y)   compiles to   <obj>; LOAD_ATTR (m, method); <x>; <y>; LOAD_CONST ('k',); CALL_KW 2
bool Compiler::method_call(const Call* e) {
    if (e->func->kind != Kind::Attribute) return false;
    const Attribute* meth = e->func->as<Attribute>();
    size_t argsl = e->args.size(), kwdsl = e->keywords.size();
    if (argsl + kwdsl + (kwdsl != 0) >= static_cast<size_t>(kStackUseGuideline)) return false;
    for (const Expr* a : e->args)
        if (a->kind == Kind::Starred) return false;
    for (const Keyword* k : e->keywords)
        if (!k->has_arg) return false;
    visit_expr(meth->value);
    int saved = u->line;
    attribute_line(meth);
    emit_op(Op::LOAD_ATTR, (static_cast<uint32_t>(add_name(meth->attr)) << 1) | 1);
    u->line = saved;
    for (const Expr* a : e->args) visit_expr(a);
    ConstVal kwnames;
    kwnames.kind = ConstVal::K::Tuple;
    for (const Keyword* k : e->keywords) {
        visit_expr(k->value);
        kwnames.items.push_back(ConstVal::str(k->arg));
    }
    attribute_line(meth);
    uint32_t n = static_cast<uint32_t>(argsl + kwdsl);
    if (kwdsl) {
        load_const(kwnames);
        emit_op(Op::CALL_KW, n);
    } else {
        emit_op(Op::CALL, n);
    }
    u->line = saved;
    return true;
}

// Emits the arguments and the call, with `n` positional values already on the stack (the class
// statement pushes the body function and the name).
void Compiler::call_helper(int n, const ExprList& args, const std::vector<Keyword*>& keywords) {
    size_t nelts = args.size(), nkwelts = keywords.size();
    bool ex_call = nelts + nkwelts * 2 > static_cast<size_t>(kStackUseGuideline);
    for (const Expr* a : args) ex_call |= a->kind == Kind::Starred;
    for (const Keyword* k : keywords) ex_call |= !k->has_arg;
    if (!ex_call) {
        for (const Expr* a : args) visit_expr(a);
        ConstVal kwnames;
        kwnames.kind = ConstVal::K::Tuple;
        for (const Keyword* k : keywords) {
            visit_expr(k->value);
            kwnames.items.push_back(ConstVal::str(k->arg));
        }
        uint32_t total = static_cast<uint32_t>(n + nelts + nkwelts);
        if (nkwelts) {
            load_const(kwnames);
            emit_op(Op::CALL_KW, total);
        } else {
            emit_op(Op::CALL, total);
        }
        return;
    }
    // f(*args, **kwargs): build the positional tuple and the keyword dict, then CALL_FUNCTION_EX.
    if (n == 0 && nelts == 1 && args[0]->kind == Kind::Starred) {
        visit_expr(args[0]->as<Starred>()->value);   // the VM converts a non-tuple with tuple()
    } else {
        starunpack(args, n, Op::BUILD_LIST, Op::LIST_APPEND, Op::LIST_EXTEND, true);
    }
    if (nkwelts) {
        bool have_dict = false;
        size_t nseen = 0;
        for (size_t i = 0; i < nkwelts; ++i) {
            const Keyword* k = keywords[i];
            if (!k->has_arg) {
                if (nseen) {
                    subkwargs(keywords, i - nseen, i);
                    if (have_dict) emit_op(Op::DICT_MERGE, 1);
                    have_dict = true;
                    nseen = 0;
                }
                if (!have_dict) {
                    emit_op(Op::BUILD_MAP, 0);
                    have_dict = true;
                }
                visit_expr(k->value);
                emit_op(Op::DICT_MERGE, 1);
            } else {
                nseen++;
            }
        }
        if (nseen) {
            subkwargs(keywords, nkwelts - nseen, nkwelts);
            if (have_dict) emit_op(Op::DICT_MERGE, 1);
        }
    }
    emit_op(Op::CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0);
}

// A dict of the keyword arguments keywords[begin:end] (all named).
void Compiler::subkwargs(const std::vector<Keyword*>& keywords, size_t begin, size_t end) {
    size_t n = end - begin;
    bool big = n * 2 > static_cast<size_t>(kStackUseGuideline);
    if (n > 1 && !big) {
        ConstVal keys;
        keys.kind = ConstVal::K::Tuple;
        for (size_t i = begin; i < end; ++i) {
            visit_expr(keywords[i]->value);
            keys.items.push_back(ConstVal::str(keywords[i]->arg));
        }
        load_const(keys);
        emit_op(Op::BUILD_CONST_KEY_MAP, static_cast<uint32_t>(n));
        return;
    }
    if (big) emit_op(Op::BUILD_MAP, 0);
    for (size_t i = begin; i < end; ++i) {
        load_const(ConstVal::str(keywords[i]->arg));
        visit_expr(keywords[i]->value);
        if (big) emit_op(Op::MAP_ADD, 1);
    }
    if (!big) emit_op(Op::BUILD_MAP, static_cast<uint32_t>(n));
}

// --- displays ---------------------------------------------------------------------------------

// Builds a list/set/tuple from `elts` (which may contain *starred items) on top of `pushed`
// values already on the stack.
void Compiler::starunpack(const ExprList& elts, int pushed, Op build, Op add, Op extend, bool tuple) {
    size_t n = elts.size();
    if (n > 2 && add != Op::SET_ADD) {
        ConstVal folded;
        folded.kind = ConstVal::K::Tuple;
        bool all_const = true;
        for (const Expr* x : elts) {
            ConstVal v;
            if (x->kind == Kind::Starred || !fold(x, &v)) { all_const = false; break; }
            folded.items.push_back(std::move(v));
        }
        if (all_const) {
            if (tuple && !pushed) {
                load_const(folded);
            } else {
                emit_op(build, static_cast<uint32_t>(pushed));
                load_const(folded);
                emit_op(extend, 1);
                if (tuple) emit_op(Op::LIST_TO_TUPLE);
            }
            return;
        }
    }
    bool big = n + pushed > static_cast<size_t>(kStackUseGuideline);
    bool seen_star = false;
    for (const Expr* x : elts) seen_star |= x->kind == Kind::Starred;
    if (!seen_star && !big) {
        for (const Expr* x : elts) visit_expr(x);
        emit_op(tuple ? Op::BUILD_TUPLE : build, static_cast<uint32_t>(n + pushed));
        return;
    }
    bool built = false;
    if (big) {
        emit_op(build, static_cast<uint32_t>(pushed));
        built = true;
    }
    for (size_t i = 0; i < n; ++i) {
        const Expr* x = elts[i];
        if (x->kind == Kind::Starred) {
            if (!built) {
                emit_op(build, static_cast<uint32_t>(i + pushed));
                built = true;
            }
            visit_expr(x->as<Starred>()->value);
            emit_op(extend, 1);
        } else {
            visit_expr(x);
            if (built) emit_op(add, 1);
        }
    }
    if (tuple) emit_op(Op::LIST_TO_TUPLE);
}

// The items values[begin:end] of a dict display (none of them **unpacking).
void Compiler::subdict(const DictExpr* e, size_t begin, size_t end) {
    size_t n = end - begin;
    if (n > 1) {
        ConstVal keys;
        keys.kind = ConstVal::K::Tuple;
        bool all_const = true;
        for (size_t i = begin; i < end; ++i) {
            ConstVal k;
            if (!fold(e->keys[i], &k)) { all_const = false; break; }
            keys.items.push_back(std::move(k));
        }
        if (all_const) {
            for (size_t i = begin; i < end; ++i) visit_expr(e->values[i]);
            load_const(keys);
            emit_op(Op::BUILD_CONST_KEY_MAP, static_cast<uint32_t>(n));
            return;
        }
    }
    bool big = n * 2 > static_cast<size_t>(kStackUseGuideline);
    if (big) emit_op(Op::BUILD_MAP, 0);
    for (size_t i = begin; i < end; ++i) {
        visit_expr(e->keys[i]);
        visit_expr(e->values[i]);
        if (big) emit_op(Op::MAP_ADD, 1);
    }
    if (!big) emit_op(Op::BUILD_MAP, static_cast<uint32_t>(n));
}

void Compiler::dict_display(const DictExpr* e) {
    size_t n = e->values.size();
    size_t elements = 0;
    bool have_dict = false;
    for (size_t i = 0; i < n; ++i) {
        if (!e->keys[i]) {
            // {**m}
            if (elements) {
                subdict(e, i - elements, i);
                if (have_dict) emit_op(Op::DICT_UPDATE, 1);
                have_dict = true;
                elements = 0;
            }
            if (!have_dict) {
                emit_op(Op::BUILD_MAP, 0);
                have_dict = true;
            }
            visit_expr(e->values[i]);
            emit_op(Op::DICT_UPDATE, 1);
        } else if (elements * 2 > static_cast<size_t>(kStackUseGuideline)) {
            subdict(e, i - elements, i + 1);
            if (have_dict) emit_op(Op::DICT_UPDATE, 1);
            have_dict = true;
            elements = 0;
        } else {
            elements++;
        }
    }
    if (elements) {
        subdict(e, n - elements, n);
        if (have_dict) emit_op(Op::DICT_UPDATE, 1);
        have_dict = true;
    }
    if (!have_dict) emit_op(Op::BUILD_MAP, 0);
}

// --- subscripts and assignment targets -------------------------------------------------------------

void Compiler::slice(const Slice* s) {
    uint32_t n = 2;
    if (s->lower) visit_expr(s->lower); else load_const(ConstVal::none());
    if (s->upper) visit_expr(s->upper); else load_const(ConstVal::none());
    if (s->step) {
        visit_expr(s->step);
        n = 3;
    }
    emit_op(Op::BUILD_SLICE, n);
}

void Compiler::subscript(const Subscript* e) {
    visit_expr(e->value);
    if (is_two_element_slice(e->slice)) {
        const Slice* s = e->slice->as<Slice>();
        if (s->lower) visit_expr(s->lower); else load_const(ConstVal::none());
        if (s->upper) visit_expr(s->upper); else load_const(ConstVal::none());
        emit_op(Op::BINARY_SLICE);
    } else {
        visit_expr(e->slice);
        emit_op(Op::BINARY_SUBSCR);
    }
}

// Stores the value on top of the stack into an assignment target.
void Compiler::store_target(const Expr* e) {
    LineGuard guard(u, e);
    switch (e->kind) {
        case Kind::Name:
            nameop(e->as<Name>()->id, ExprContext::Store, e);
            break;
        case Kind::Attribute: {
            const Attribute* a = e->as<Attribute>();
            if (a->attr == "__debug__") error(e, "cannot assign to __debug__");
            visit_expr(a->value);
            attribute_line(a);
            emit_op(Op::STORE_ATTR, add_name(a->attr));
            break;
        }
        case Kind::Subscript: {
            const Subscript* sub = e->as<Subscript>();
            visit_expr(sub->value);
            if (is_two_element_slice(sub->slice)) {
                const Slice* s = sub->slice->as<Slice>();
                if (s->lower) visit_expr(s->lower); else load_const(ConstVal::none());
                if (s->upper) visit_expr(s->upper); else load_const(ConstVal::none());
                emit_op(Op::STORE_SLICE);
            } else {
                visit_expr(sub->slice);
                emit_op(Op::STORE_SUBSCR);
            }
            break;
        }
        case Kind::Tuple:
        case Kind::List: {
            const ExprList& elts = e->kind == Kind::Tuple ? e->as<TupleExpr>()->elts : e->as<ListExpr>()->elts;
            unpack_helper(elts, e);
            for (const Expr* x : elts) store_target(x->kind == Kind::Starred ? x->as<Starred>()->value : x);
            break;
        }
        case Kind::Starred:
            error(e, "starred assignment target must be in a list or tuple");
        default:
            error(e, "cannot assign to expression");
    }
}

void Compiler::unpack_helper(const ExprList& elts, const Expr* at) {
    size_t n = elts.size();
    bool seen_star = false;
    for (size_t i = 0; i < n; ++i) {
        if (elts[i]->kind != Kind::Starred) continue;
        if (seen_star) error(at, "multiple starred expressions in assignment");
        if (i >= (1u << 8) || n - i - 1 >= (1u << 16))
            error(at, "too many expressions in star-unpacking assignment");
        emit_op(Op::UNPACK_EX, static_cast<uint32_t>(i + ((n - i - 1) << 8)));
        seen_star = true;
    }
    if (!seen_star) emit_op(Op::UNPACK_SEQUENCE, static_cast<uint32_t>(n));
}

// --- functions, comprehensions, generators -------------------------------------------------------

void Compiler::lambda(const Lambda* e) {
    check_debug_args(e->args, e);
    uint32_t flags = default_arguments(e->args);
    Scope* ste = st.scope_of(e);
    enter_scope(ste, UnitKind::Lambda, "<lambda>", e->lineno);
    add_const(ConstVal::none());   // a lambda has no docstring
    u->argcount = static_cast<int>(e->args->posonlyargs.size() + e->args->args.size());
    u->posonlyargcount = static_cast<int>(e->args->posonlyargs.size());
    u->kwonlyargcount = static_cast<int>(e->args->kwonlyargs.size());
    visit_expr(e->body);
    if (ste->generator) {
        emit_op(Op::POP_TOP);
        emit_op(Op::RETURN_CONST, add_const(ConstVal::none()));
    } else {
        emit_op(Op::RETURN_VALUE);
    }
    Code* co = exit_scope();
    make_closure(co, flags);
}

//   [x*2 for x in xs if x]   compiles to a function <listcomp>(.0) called with iter(xs):
//       BUILD_LIST 0; LOAD_FAST .0
//   L_start: FOR_ITER L_end; STORE_FAST x
//       LOAD_FAST x; POP_JUMP_IF_FALSE L_cleanup
//       <x*2>; LIST_APPEND 2
//   L_cleanup: JUMP_BACKWARD L_start
//   L_end: RETURN_VALUE
void Compiler::comprehension(const Comp* e) {
    Scope* ste = st.scope_of(e);
    UnitKind outer = u->kind;
    const char* name = e->kind == Kind::ListComp  ? "<listcomp>"
                       : e->kind == Kind::SetComp ? "<setcomp>"
                       : e->kind == Kind::DictComp ? "<dictcomp>"
                                                   : "<genexpr>";
    bool is_genexp = e->kind == Kind::GeneratorExp;
    enter_scope(ste, UnitKind::Comprehension, name, e->lineno);
    add_const(ConstVal::none());
    u->argcount = 1;
    bool is_async = ste->coroutine;
    if (is_async && !is_genexp && outer != UnitKind::AsyncFunction && outer != UnitKind::Comprehension)
        error(e, "asynchronous comprehension outside of an asynchronous function");
    if (e->kind == Kind::ListComp) emit_op(Op::BUILD_LIST, 0);
    else if (e->kind == Kind::SetComp) emit_op(Op::BUILD_SET, 0);
    else if (e->kind == Kind::DictComp) emit_op(Op::BUILD_MAP, 0);
    comprehension_generator(e, 0, 0);
    if (!is_genexp) emit_op(Op::RETURN_VALUE);
    Code* co = exit_scope();

    make_closure(co, 0);
    const Comprehension* outermost = e->generators[0];
    visit_expr(outermost->iter);
    emit_op(outermost->is_async ? Op::GET_AITER : Op::GET_ITER);
    emit_op(Op::CALL, 0);   // [function, iterator]: the iterator rides in the self_or_null slot
    if (is_async && !is_genexp) {
        emit_op(Op::GET_AWAITABLE, 0);
        load_const(ConstVal::none());
        add_yield_from();
    }
}

void Compiler::comprehension_generator(const Comp* e, size_t gen_index, int depth) {
    if (e->generators[gen_index]->is_async) async_comprehension_generator(e, gen_index, depth);
    else sync_comprehension_generator(e, gen_index, depth);
}

void Compiler::sync_comprehension_generator(const Comp* e, size_t gen_index, int depth) {
    const Comprehension* gen = e->generators[gen_index];
    int start = new_label(), if_cleanup = new_label(), anchor = new_label();
    bool loop = true;
    if (gen_index == 0) {
        emit_op(Op::LOAD_FAST, add_varname(".0"));
    } else {
        // `for y in [f(x)]` binds y to one value without iterating.
        const ExprList* elts = gen->iter->kind == Kind::List    ? &gen->iter->as<ListExpr>()->elts
                               : gen->iter->kind == Kind::Tuple ? &gen->iter->as<TupleExpr>()->elts
                                                                : nullptr;
        if (elts && elts->size() == 1 && (*elts)[0]->kind != Kind::Starred) {
            visit_expr((*elts)[0]);
            loop = false;
        } else {
            visit_expr(gen->iter);
            emit_op(Op::GET_ITER);
        }
    }
    if (loop) {
        depth++;
        bind(start);
        emit_jump(static_cast<int>(Op::FOR_ITER), anchor);
    }
    store_target(gen->target);
    for (const Expr* cond : gen->ifs) jump_if(cond, if_cleanup, false);
    if (gen_index + 1 < e->generators.size()) comprehension_generator(e, gen_index + 1, depth);
    else comprehension_element(e, depth);
    bind(if_cleanup);
    if (loop) {
        emit_jump(kOpJump, start);
        bind(anchor);
    }
}

void Compiler::async_comprehension_generator(const Comp* e, size_t gen_index, int depth) {
    const Comprehension* gen = e->generators[gen_index];
    int start = new_label(), except = new_label(), if_cleanup = new_label();
    if (gen_index == 0) {
        emit_op(Op::LOAD_FAST, add_varname(".0"));
    } else {
        visit_expr(gen->iter);
        emit_op(Op::GET_AITER);
    }
    bind(start);
    push_fblock(FBlock{FBlockType::AsyncComprehensionGenerator, start});
    push_handler(except, false);
    emit_op(Op::GET_ANEXT);
    load_const(ConstVal::none());
    add_yield_from();
    pop_handler();
    store_target(gen->target);
    for (const Expr* cond : gen->ifs) jump_if(cond, if_cleanup, false);
    depth++;
    if (gen_index + 1 < e->generators.size()) comprehension_generator(e, gen_index + 1, depth);
    else comprehension_element(e, depth);
    bind(if_cleanup);
    emit_jump(kOpJump, start);
    pop_fblock();
    bind(except);
    emit_op(Op::END_ASYNC_FOR);
}

void Compiler::comprehension_element(const Comp* e, int depth) {
    switch (e->kind) {
        case Kind::GeneratorExp:
            visit_expr(e->elt);
            yield_value();
            emit_op(Op::POP_TOP);
            break;
        case Kind::ListComp:
            visit_expr(e->elt);
            emit_op(Op::LIST_APPEND, static_cast<uint32_t>(depth + 1));
            break;
        case Kind::SetComp:
            visit_expr(e->elt);
            emit_op(Op::SET_ADD, static_cast<uint32_t>(depth + 1));
            break;
        default:
            // {k: v}: the key is evaluated before the value.
            visit_expr(e->key);
            visit_expr(e->value);
            emit_op(Op::MAP_ADD, static_cast<uint32_t>(depth + 1));
            break;
    }
}

void Compiler::yield_value() {
    if (u->ste->coroutine) emit_op(Op::ASYNC_GEN_WRAP);   // an async generator
    emit_op(Op::YIELD_VALUE, 0);
    emit_op(Op::RESUME, 1);
}

//   yield from / await   (sub-iterator and the value to send on the stack):
//   L_send: SEND L_exit
//       YIELD_VALUE 1          (handler: L_fail — a throw() into the frame lands here)
//       RESUME 2
//       JUMP_BACKWARD L_send
//   L_fail: CLEANUP_THROW
//   L_exit: END_SEND
void Compiler::add_yield_from() {
    int send = new_label(), fail = new_label(), exit = new_label();
    bind(send);
    emit_jump(static_cast<int>(Op::SEND), exit);
    push_handler(fail, false);
    emit_op(Op::YIELD_VALUE, 1);
    pop_handler();
    emit_op(Op::RESUME, 2);
    emit_jump(kOpJump, send);
    bind(fail);
    emit_op(Op::CLEANUP_THROW);
    bind(exit);
    emit_op(Op::END_SEND);
}

// --- f-strings --------------------------------------------------------------------------------

void Compiler::joined_str(const JoinedStr* e) {
    size_t n = e->values.size();
    if (n > static_cast<size_t>(kStackUseGuideline)) {
        // ''.join([...]) for very long f-strings
        load_const(ConstVal::str(""));
        emit_op(Op::LOAD_ATTR, (static_cast<uint32_t>(add_name("join")) << 1) | 1);
        emit_op(Op::BUILD_LIST, 0);
        for (const Expr* v : e->values) {
            visit_expr(v);
            emit_op(Op::LIST_APPEND, 1);
        }
        emit_op(Op::CALL, 1);
        return;
    }
    for (const Expr* v : e->values) visit_expr(v);
    if (n != 1) emit_op(Op::BUILD_STRING, static_cast<uint32_t>(n));
}

void Compiler::formatted_value(const FormattedValue* e) {
    visit_expr(e->value);
    uint32_t oparg = 0;
    switch (e->conversion) {
        case 's': oparg = 1; break;
        case 'r': oparg = 2; break;
        case 'a': oparg = 3; break;
        default: oparg = 0; break;
    }
    if (e->format_spec) {
        visit_expr(e->format_spec);
        oparg |= 4;
    }
    emit_op(Op::FORMAT_VALUE, oparg);
}

}  // namespace minipy::vm::detail
