// mini_eval.cpp — the snippet evaluator of the runtime unit tests (see mini_eval.hpp).
//
// A recursive-descent parser builds a small AST; evaluation goes through runtime/ops.hpp only, so
// a snippet exercises the same slots a compiled program would. The helper classes of
// gen_cases.py's prelude are built here as real heap types (type_new_impl) whose methods are
// native method descriptors, so they also exercise the slot machinery for Python classes.
#include "mini_eval.hpp"

#include <gmp.h>

#include <cctype>
#include <cstring>
#include <map>
#include <memory>
#include <stdexcept>
#include <vector>

#include "runtime/container_util.hpp"
#include "runtime/descr.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exception.hpp"
#include "runtime/float.hpp"
#include "runtime/int.hpp"
#include "runtime/iter.hpp"
#include "runtime/list.hpp"
#include "runtime/native.hpp"
#include "runtime/ops.hpp"
#include "runtime/range.hpp"
#include "runtime/set.hpp"
#include "runtime/singletons.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace minipy::test {

using namespace minipy::rt;

namespace {

// ---------------------------------------------------------------------------------------------
// Tokens

enum class Tok { Name, Int, Float, Str, Op, End };

struct Token {
    Tok kind;
    std::string text;
};

std::vector<Token> tokenize(const std::string& s) {
    static const char* const ops3[] = {"**=", "//=", ">>=", "<<=", nullptr};
    static const char* const ops2[] = {"==", "!=", "<=", ">=", "//", "**", "+=", "-=", "*=", "|=", "&=", "^=",
                                       "<<", ">>", "%=", nullptr};
    std::vector<Token> out;
    size_t i = 0;
    while (i < s.size()) {
        char c = s[i];
        if (std::isspace(static_cast<unsigned char>(c))) {
            i++;
            continue;
        }
        if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') {
            size_t j = i;
            while (j < s.size() && (std::isalnum(static_cast<unsigned char>(s[j])) || s[j] == '_')) j++;
            out.push_back({Tok::Name, s.substr(i, j - i)});
            i = j;
            continue;
        }
        if (std::isdigit(static_cast<unsigned char>(c))) {
            size_t j = i;
            while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j]))) j++;
            if (j + 1 < s.size() && s[j] == '.' && std::isdigit(static_cast<unsigned char>(s[j + 1]))) {
                j++;
                while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j]))) j++;
                out.push_back({Tok::Float, s.substr(i, j - i)});
            } else {
                out.push_back({Tok::Int, s.substr(i, j - i)});
            }
            i = j;
            continue;
        }
        if (c == '\'' || c == '"') {
            std::string text;
            size_t j = i + 1;
            while (j < s.size() && s[j] != c) {
                if (s[j] == '\\' && j + 1 < s.size()) {
                    char e = s[++j];
                    text += e == 'n' ? '\n' : e == 't' ? '\t' : e;
                } else {
                    text += s[j];
                }
                j++;
            }
            if (j >= s.size()) throw std::runtime_error("unterminated string");
            out.push_back({Tok::Str, text});
            i = j + 1;
            continue;
        }
        bool matched = false;
        for (const char* const* ops : {ops3, ops2}) {
            for (const char* const* op = ops; *op; op++) {
                size_t n = std::strlen(*op);
                if (s.compare(i, n, *op) == 0) {
                    out.push_back({Tok::Op, *op});
                    i += n;
                    matched = true;
                    break;
                }
            }
            if (matched) break;
        }
        if (matched) continue;
        out.push_back({Tok::Op, std::string(1, c)});
        i++;
    }
    out.push_back({Tok::End, ""});
    return out;
}

// ---------------------------------------------------------------------------------------------
// AST

struct Node;
using NodeP = std::shared_ptr<Node>;

enum class K {
    Int, Float, Str, Name, Const, List, Tuple, Dict, Set, Call, Attr, Subscript, Slice, Binary, Unary, Not, And, Or,
    Compare, Lambda, Assign, AugAssign, Del, ExprStmt, Program,
};

struct Node {
    K kind;
    std::string text;                 // literal text, name, operator
    std::vector<NodeP> kids;
    std::vector<std::string> names;   // keyword names of a call (parallel to trailing kids), lambda params, compare ops
    Value constant;                   // for K::Const (None/True/False)
};

NodeP mk(K k, std::string text = {}, std::vector<NodeP> kids = {}) {
    auto n = std::make_shared<Node>();
    n->kind = k;
    n->text = std::move(text);
    n->kids = std::move(kids);
    return n;
}

class Parser {
public:
    explicit Parser(std::vector<Token> toks) : m_toks(std::move(toks)) {}

    NodeP program() {
        auto p = mk(K::Program);
        for (;;) {
            if (at_op(";")) {
                m_pos++;
                continue;
            }
            if (peek().kind == Tok::End) break;
            p->kids.push_back(statement());
            if (!at_op(";") && peek().kind != Tok::End) throw std::runtime_error("expected ';' near " + peek().text);
        }
        return p;
    }

private:
    std::vector<Token> m_toks;
    size_t m_pos = 0;

    const Token& peek(size_t k = 0) const { return m_toks[std::min(m_pos + k, m_toks.size() - 1)]; }
    bool at_op(const char* op) const { return peek().kind == Tok::Op && peek().text == op; }
    bool at_name(const char* n) const { return peek().kind == Tok::Name && peek().text == n; }
    void expect(const char* op) {
        if (!at_op(op)) throw std::runtime_error(std::string("expected '") + op + "' near '" + peek().text + "'");
        m_pos++;
    }

    NodeP statement() {
        if (at_name("del")) {
            m_pos++;
            return mk(K::Del, {}, {expr()});
        }
        NodeP e = expr_list();
        if (at_op("=")) {
            m_pos++;
            return mk(K::Assign, {}, {e, expr_list()});
        }
        static const char* const aug[] = {"+=", "-=", "*=", "|=", "&=", "^=", "//=", "%=", "**=", "<<=", ">>=", nullptr};
        for (const char* const* a = aug; *a; a++) {
            if (at_op(*a)) {
                std::string op(*a, std::strlen(*a) - 1);
                m_pos++;
                return mk(K::AugAssign, op, {e, expr_list()});
            }
        }
        return mk(K::ExprStmt, {}, {e});
    }

    // a, b  -> tuple
    NodeP expr_list() {
        NodeP e = expr();
        if (!at_op(",")) return e;
        auto t = mk(K::Tuple, {}, {e});
        while (at_op(",")) {
            m_pos++;
            if (at_op("=") || at_op(";") || at_op(")") || peek().kind == Tok::End) break;
            t->kids.push_back(expr());
        }
        return t;
    }

    NodeP expr() {
        if (at_name("lambda")) {
            m_pos++;
            auto l = mk(K::Lambda);
            while (!at_op(":")) {
                if (peek().kind != Tok::Name) throw std::runtime_error("bad lambda");
                l->names.push_back(peek().text);
                m_pos++;
                if (at_op(",")) m_pos++;
            }
            expect(":");
            l->kids.push_back(expr());
            return l;
        }
        return or_test();
    }

    NodeP or_test() {
        NodeP a = and_test();
        while (at_name("or")) {
            m_pos++;
            a = mk(K::Or, {}, {a, and_test()});
        }
        return a;
    }
    NodeP and_test() {
        NodeP a = not_test();
        while (at_name("and")) {
            m_pos++;
            a = mk(K::And, {}, {a, not_test()});
        }
        return a;
    }
    NodeP not_test() {
        if (at_name("not")) {
            m_pos++;
            return mk(K::Not, {}, {not_test()});
        }
        return comparison();
    }
    NodeP comparison() {
        NodeP a = bitor_();
        auto c = mk(K::Compare, {}, {a});
        for (;;) {
            std::string op;
            if (peek().kind == Tok::Op &&
                (peek().text == "<" || peek().text == ">" || peek().text == "==" || peek().text == "!=" ||
                 peek().text == "<=" || peek().text == ">=")) {
                op = peek().text;
                m_pos++;
            } else if (at_name("in")) {
                op = "in";
                m_pos++;
            } else if (at_name("not") && peek(1).kind == Tok::Name && peek(1).text == "in") {
                op = "not in";
                m_pos += 2;
            } else if (at_name("is")) {
                m_pos++;
                op = "is";
                if (at_name("not")) {
                    m_pos++;
                    op = "is not";
                }
            } else {
                break;
            }
            c->names.push_back(op);
            c->kids.push_back(bitor_());
        }
        return c->names.empty() ? a : c;
    }
    NodeP binary_level(int level) {
        static const std::vector<std::vector<std::string>> levels = {
            {"|"}, {"^"}, {"&"}, {"<<", ">>"}, {"+", "-"}, {"*", "//", "%"}};
        if (level == static_cast<int>(levels.size())) return factor();
        NodeP a = binary_level(level + 1);
        for (;;) {
            bool found = false;
            for (const std::string& op : levels[static_cast<size_t>(level)]) {
                if (peek().kind == Tok::Op && peek().text == op) {
                    m_pos++;
                    a = mk(K::Binary, op, {a, binary_level(level + 1)});
                    found = true;
                    break;
                }
            }
            if (!found) return a;
        }
    }
    NodeP bitor_() { return binary_level(0); }
    NodeP factor() {
        if (at_op("-") || at_op("+") || at_op("~")) {
            std::string op = peek().text;
            m_pos++;
            return mk(K::Unary, op, {factor()});
        }
        NodeP a = postfix();
        if (at_op("**")) {
            m_pos++;
            return mk(K::Binary, "**", {a, factor()});
        }
        return a;
    }
    NodeP postfix() {
        NodeP a = atom();
        for (;;) {
            if (at_op("(")) {
                m_pos++;
                auto call = mk(K::Call, {}, {a});
                std::vector<NodeP> kw;
                while (!at_op(")")) {
                    if (peek().kind == Tok::Name && peek(1).kind == Tok::Op && peek(1).text == "=") {
                        call->names.push_back(peek().text);
                        m_pos += 2;
                        kw.push_back(expr());
                    } else {
                        if (!call->names.empty()) throw std::runtime_error("positional after keyword");
                        call->kids.push_back(expr());
                    }
                    if (!at_op(")")) expect(",");
                }
                m_pos++;
                for (auto& k : kw) call->kids.push_back(k);
                a = call;
            } else if (at_op("[")) {
                m_pos++;
                NodeP idx = subscript();
                expect("]");
                a = mk(K::Subscript, {}, {a, idx});
            } else if (at_op(".")) {
                m_pos++;
                a = mk(K::Attr, peek().text, {a});
                m_pos++;
            } else {
                return a;
            }
        }
    }
    NodeP slice_part() {
        if (at_op(":") || at_op("]")) return nullptr;
        return expr();
    }
    NodeP subscript() {
        NodeP first = slice_part();
        if (!at_op(":")) {
            if (at_op(",")) {
                auto t = mk(K::Tuple, {}, {first});
                while (at_op(",")) {
                    m_pos++;
                    if (at_op("]")) break;
                    t->kids.push_back(expr());
                }
                return t;
            }
            return first;
        }
        m_pos++;
        NodeP second = slice_part();
        NodeP third;
        if (at_op(":")) {
            m_pos++;
            third = slice_part();
        }
        return mk(K::Slice, {}, {first, second, third});
    }
    NodeP atom() {
        const Token& t = peek();
        if (t.kind == Tok::Int) {
            m_pos++;
            return mk(K::Int, t.text);
        }
        if (t.kind == Tok::Float) {
            m_pos++;
            return mk(K::Float, t.text);
        }
        if (t.kind == Tok::Str) {
            m_pos++;
            std::string s = t.text;
            while (peek().kind == Tok::Str) s += peek().text, m_pos++;
            return mk(K::Str, s);
        }
        if (t.kind == Tok::Name) {
            m_pos++;
            if (t.text == "None" || t.text == "True" || t.text == "False") {
                auto c = mk(K::Const, t.text);
                c->constant = t.text == "None" ? none() : bool_value(t.text == "True");
                return c;
            }
            return mk(K::Name, t.text);
        }
        if (at_op("(")) {
            m_pos++;
            if (at_op(")")) {
                m_pos++;
                return mk(K::Tuple);
            }
            NodeP e = expr();
            if (at_op(")")) {
                m_pos++;
                return e;
            }
            auto tup = mk(K::Tuple, {}, {e});
            while (at_op(",")) {
                m_pos++;
                if (at_op(")")) break;
                tup->kids.push_back(expr());
            }
            expect(")");
            return tup;
        }
        if (at_op("[")) {
            m_pos++;
            auto l = mk(K::List);
            while (!at_op("]")) {
                l->kids.push_back(expr());
                if (!at_op("]")) expect(",");
            }
            m_pos++;
            return l;
        }
        if (at_op("{")) {
            m_pos++;
            if (at_op("}")) {
                m_pos++;
                return mk(K::Dict);
            }
            NodeP first = expr();
            if (at_op(":")) {
                m_pos++;
                auto d = mk(K::Dict, {}, {first, expr()});
                while (at_op(",")) {
                    m_pos++;
                    if (at_op("}")) break;
                    d->kids.push_back(expr());
                    expect(":");
                    d->kids.push_back(expr());
                }
                expect("}");
                return d;
            }
            auto s = mk(K::Set, {}, {first});
            while (at_op(",")) {
                m_pos++;
                if (at_op("}")) break;
                s->kids.push_back(expr());
            }
            expect("}");
            return s;
        }
        throw std::runtime_error("unexpected token '" + t.text + "'");
    }
};

// ---------------------------------------------------------------------------------------------
// Evaluation

using Env = std::map<std::string, Ref>;

struct Lambda {
    std::vector<std::string> params;
    NodeP body;
    std::shared_ptr<Env> env;
};
std::vector<Lambda> g_lambdas;   // a lambda object's `self` is a small-int index into this table

Value eval(const NodeP& n, Env& env);

Value lambda_call(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
    Lambda& l = g_lambdas[static_cast<size_t>(self.as_small_int())];
    if (nargs != l.params.size() || (kwnames && kwnames->size))
        return raise(&exc::TypeError, "<lambda>() takes %zu positional arguments but %zu were given", l.params.size(), nargs);
    Env local = *l.env;
    for (size_t i = 0; i < nargs; i++) local[l.params[i]] = Ref::borrow(args[i]);
    return eval(l.body, local);
}
const NativeDef g_lambda_def = {"lambda(*args)", nullptr, lambda_call, kNativeFunction};

BinOp binop_of(const std::string& op) {
    if (op == "+") return BinOp::Add;
    if (op == "-") return BinOp::Subtract;
    if (op == "*") return BinOp::Multiply;
    if (op == "//") return BinOp::FloorDivide;
    if (op == "%") return BinOp::Remainder;
    if (op == "**") return BinOp::Power;
    if (op == "|") return BinOp::Or;
    if (op == "&") return BinOp::And;
    if (op == "^") return BinOp::Xor;
    if (op == "<<") return BinOp::LShift;
    if (op == ">>") return BinOp::RShift;
    throw std::runtime_error("bad operator " + op);
}

Value make_int(const std::string& digits) {
    mpz_t z;
    mpz_init_set_str(z, digits.c_str(), 10);
    Value v = int_from_mpz(z);
    mpz_clear(z);
    return v;
}

Value eval_list(const std::vector<NodeP>& kids, Env& env, OwnedValues& out) {
    for (const NodeP& k : kids) {
        Value v = eval(k, env);
        if (!v) return {};
        out.push_owned(v);
    }
    return none();
}

Value eval_slice_part(const NodeP& n, Env& env) { return n ? eval(n, env) : newref(none()); }

Value compare(Value a, Value b, const std::string& op) {
    if (op == "in" || op == "not in") {
        int c = contains(b, a);
        if (c < 0) return {};
        return newref(bool_value((c == 1) == (op == "in")));
    }
    if (op == "is") return newref(bool_value(a == b));
    if (op == "is not") return newref(bool_value(a != b));
    CompareOp cop = op == "<" ? CompareOp::Lt : op == "<=" ? CompareOp::Le : op == "==" ? CompareOp::Eq
                  : op == "!=" ? CompareOp::Ne : op == ">" ? CompareOp::Gt : CompareOp::Ge;
    return richcompare(a, b, cop);
}

int assign(const NodeP& target, Value v, Env& env) {
    if (target->kind == K::Name) {
        env[target->text] = Ref::borrow(v);
        return 0;
    }
    if (target->kind == K::Subscript) {
        Ref obj{eval(target->kids[0], env)};
        if (!obj) return -1;
        Ref key{eval(target->kids[1], env)};
        if (!key) return -1;
        return setitem(obj.get(), key.get(), v);
    }
    if (target->kind == K::Tuple) {
        OwnedValues items;
        if (!collect_items(v, items)) return -1;
        if (items.size() != static_cast<int64_t>(target->kids.size())) {
            raise(&exc::ValueError, "unpack mismatch");
            return -1;
        }
        for (size_t i = 0; i < target->kids.size(); i++)
            if (assign(target->kids[i], items[static_cast<int64_t>(i)], env) < 0) return -1;
        return 0;
    }
    throw std::runtime_error("bad assignment target");
}

// A literal CPython's compiler folds into a constant (numbers, strings, None/True/False, negated
// numbers, tuples of constants).
bool is_constant(const NodeP& n) {
    switch (n->kind) {
    case K::Int:
    case K::Float:
    case K::Str:
    case K::Const: return true;
    case K::Unary: return n->text == "-" && (n->kids[0]->kind == K::Int || n->kids[0]->kind == K::Float);
    case K::Tuple:
        for (const NodeP& k : n->kids)
            if (!is_constant(k)) return false;
        return true;
    default: return false;
    }
}

Value eval(const NodeP& n, Env& env) {
    switch (n->kind) {
    case K::Int: return make_int(n->text);
    case K::Float: return float_from(std::strtod(n->text.c_str(), nullptr));
    case K::Str: return str_from(n->text);
    case K::Const: return newref(n->constant);
    case K::Name: {
        auto it = env.find(n->text);
        if (it == env.end()) return raise(&exc::NameError, "name '%s' is not defined", n->text.c_str());
        return newref(it->second.get());
    }
    case K::List: {
        OwnedValues items;
        if (!eval_list(n->kids, env, items)) return {};
        return list_from_array(items.data(), items.size());
    }
    case K::Tuple: {
        OwnedValues items;
        if (!eval_list(n->kids, env, items)) return {};
        return tuple_from_array(items.data(), items.size());
    }
    case K::Set: {
        OwnedValues items;
        if (!eval_list(n->kids, env, items)) return {};
        Ref s{set_new(Value{})};
        // CPython compiles a display of more than two constants as BUILD_SET 0; LOAD_CONST
        // frozenset(...); SET_UPDATE. The constant is built from the items, then rebuilt once from
        // its own iteration order when the compiler merges equal constants (merge_consts_recursive
        // in Python/compile.c), and SET_UPDATE re-inserts it into a set sized for it: the order
        // can differ from adding the items one by one. Do the same.
        bool all_const = n->kids.size() > 2;
        for (const NodeP& k : n->kids) all_const = all_const && is_constant(k);
        if (all_const) {
            Ref t{tuple_from_array(items.data(), items.size())};
            Ref f{frozenset_constant(t.get())};
            if (!f || set_update(s.get(), f.get()) < 0) return {};
            return s.release();
        }
        for (int64_t i = 0; i < items.size(); i++)
            if (set_add(s.get(), items[i]) < 0) return {};
        return s.release();
    }
    case K::Dict: {
        OwnedValues items;
        if (!eval_list(n->kids, env, items)) return {};
        Ref d{Value(dict_new())};
        for (int64_t i = 0; i + 1 < items.size(); i += 2)
            if (dict_set_item(d.as<Dict>(), items[i], items[i + 1]) < 0) return {};
        return d.release();
    }
    case K::Call: {
        Ref f{eval(n->kids[0], env)};
        if (!f) return {};
        OwnedValues args;
        std::vector<NodeP> rest(n->kids.begin() + 1, n->kids.end());
        if (!eval_list(rest, env, args)) return {};
        Ref kwnames;
        size_t nkw = n->names.size();
        if (nkw) {
            Tuple* t = tuple_new(static_cast<int64_t>(nkw));
            for (size_t i = 0; i < nkw; i++) t->items[i] = Value(intern(n->names[i]));
            kwnames = Ref(Value(t));
        }
        return call(f.get(), args.data(), static_cast<size_t>(args.size()) - nkw, kwnames ? kwnames.as<Tuple>() : nullptr);
    }
    case K::Attr: {
        Ref obj{eval(n->kids[0], env)};
        if (!obj) return {};
        return getattr(obj.get(), intern(n->text));
    }
    case K::Subscript: {
        Ref obj{eval(n->kids[0], env)};
        if (!obj) return {};
        Ref key{eval(n->kids[1], env)};
        if (!key) return {};
        return getitem(obj.get(), key.get());
    }
    case K::Slice: {
        Ref a{eval_slice_part(n->kids[0], env)};
        if (!a) return {};
        Ref b{eval_slice_part(n->kids[1], env)};
        if (!b) return {};
        Ref c{eval_slice_part(n->kids[2], env)};
        if (!c) return {};
        return slice_new(a.get(), b.get(), c.get());
    }
    case K::Binary: {
        Ref a{eval(n->kids[0], env)};
        if (!a) return {};
        Ref b{eval(n->kids[1], env)};
        if (!b) return {};
        return binary_op(a.get(), b.get(), binop_of(n->text));
    }
    case K::Unary: {
        Ref a{eval(n->kids[0], env)};
        if (!a) return {};
        return unary_op(a.get(), n->text == "-" ? UnaryOp::Negative : n->text == "+" ? UnaryOp::Positive : UnaryOp::Invert);
    }
    case K::Not: {
        Ref a{eval(n->kids[0], env)};
        if (!a) return {};
        int t = truthy(a.get());
        if (t < 0) return {};
        return newref(bool_value(!t));
    }
    case K::And:
    case K::Or: {
        Ref a{eval(n->kids[0], env)};
        if (!a) return {};
        int t = truthy(a.get());
        if (t < 0) return {};
        if ((n->kind == K::And) != (t == 1)) return a.release();
        return eval(n->kids[1], env);
    }
    case K::Compare: {
        Ref left{eval(n->kids[0], env)};
        if (!left) return {};
        Ref result;
        for (size_t i = 0; i < n->names.size(); i++) {
            Ref right{eval(n->kids[i + 1], env)};
            if (!right) return {};
            result = Ref(compare(left.get(), right.get(), n->names[i]));
            if (!result) return {};
            if (i + 1 < n->names.size()) {
                int t = truthy(result.get());
                if (t < 0) return {};
                if (!t) return result.release();
            }
            left = std::move(right);
        }
        return result.release();
    }
    case K::Lambda: {
        g_lambdas.push_back({n->names, n->kids[0], std::make_shared<Env>(env)});
        return make_builtin_function(&g_lambda_def, Value::small_int(static_cast<int64_t>(g_lambdas.size() - 1)),
                                     Value{});
    }
    default: throw std::runtime_error("not an expression");
    }
}

// Runs the statements; returns the last expression statement's value.
Value run_program(const NodeP& prog, Env& env) {
    Ref last{newref(none())};
    for (const NodeP& s : prog->kids) {
        switch (s->kind) {
        case K::ExprStmt: {
            Value v = eval(s->kids[0], env);
            if (!v) return {};
            last = Ref(v);
            break;
        }
        case K::Assign: {
            Ref v{eval(s->kids[1], env)};
            if (!v) return {};
            if (assign(s->kids[0], v.get(), env) < 0) return {};
            last = Ref(newref(none()));
            break;
        }
        case K::AugAssign: {
            Ref cur{eval(s->kids[0], env)};
            if (!cur) return {};
            Ref rhs{eval(s->kids[1], env)};
            if (!rhs) return {};
            Ref v{inplace_op(cur.get(), rhs.get(), binop_of(s->text))};
            if (!v) return {};
            if (assign(s->kids[0], v.get(), env) < 0) return {};
            last = Ref(newref(none()));
            break;
        }
        case K::Del: {
            const NodeP& t = s->kids[0];
            if (t->kind == K::Name) {
                env.erase(t->text);
            } else if (t->kind == K::Subscript) {
                Ref obj{eval(t->kids[0], env)};
                if (!obj) return {};
                Ref key{eval(t->kids[1], env)};
                if (!key) return {};
                if (delitem(obj.get(), key.get()) < 0) return {};
            } else {
                throw std::runtime_error("bad del target");
            }
            last = Ref(newref(none()));
            break;
        }
        default: throw std::runtime_error("bad statement");
        }
    }
    return last.release();
}

// ---------------------------------------------------------------------------------------------
// Builtins and helper classes (mirrored in gen_cases.py's prelude)

Value bi_len(const Value* a) {
    int64_t n = length(a[0]);
    return n < 0 ? Value{} : int_from_i64(n);
}
Value bi_repr(const Value* a) { return repr(a[0]); }
Value bi_hash(const Value* a) {
    int64_t h = hash(a[0]);
    return h == -1 ? Value{} : int_from_i64(h);
}
Value bi_iter(const Value* a) {
    if (!a[1]) return get_iter(a[0]);
    if (!is_callable(a[0])) return raise(&exc::TypeError, "iter(v, w): v must be callable");
    return callable_iter_new(a[0], a[1]);
}
Value bi_next(const Value* a) {
    Value v = iter_next(a[0]);
    if (v || has_error()) return v;
    if (a[1]) return newref(a[1]);
    return raise_object(Value(&exc::StopIteration));
}
Value bi_sorted(const Value* a) {
    Ref l{sequence_to_list(a[0])};
    if (!l) return {};
    int r = truthy(a[2]);
    if (r < 0) return {};
    if (!list_sort(l.get(), a[1], r)) return {};
    return l.release();
}
Value bi_isinstance(const Value* a) {
    int r;
    if (!isinstance(a[0], a[1], &r)) return {};
    return newref(bool_value(r));
}

int64_t g_counted_calls = 0;
Value bi_counted_neg(const Value* a) {
    g_counted_calls++;
    return unary_op(a[0], UnaryOp::Negative);
}
Value bi_ncalls(const Value*) {
    int64_t n = g_counted_calls;
    g_counted_calls = 0;
    return int_from_i64(n);
}

// n pseudo-random add/discard/pop operations on a set (the same generator as gen_cases.py).
Value bi_lcg_set(const Value* a) {
    int64_t seed, n, span;
    if (!index_to_i64(a[0], &seed) || !index_to_i64(a[1], &n) || !index_to_i64(a[2], &span)) return {};
    Ref s{set_new(Value{})};
    uint64_t x = static_cast<uint64_t>(seed);
    for (int64_t i = 0; i < n; i++) {
        x = x * 6364136223846793005ULL + 1442695040888963407ULL;
        Value k = Value::small_int(static_cast<int64_t>((x >> 33) % static_cast<uint64_t>(span)));
        uint64_t op = (x >> 20) % 10;
        if (op < 6) {
            if (set_add(s.get(), k) < 0) return {};
        } else if (op < 9) {
            if (set_discard(s.get(), k) < 0) return {};
        } else if (set_size(s.get()) > 0) {
            Ref popped{set_pop(s.get())};
        }
    }
    return sequence_to_list(s.get());
}

const NativeDef builtin_defs[] = {
    {"lcg_set(seed, n, span, /)", bi_lcg_set, nullptr, kNativeFunction},
    {"len(obj, /)", bi_len, nullptr, kNativeFunction},
    {"repr(obj, /)", bi_repr, nullptr, kNativeFunction},
    {"hash(obj, /)", bi_hash, nullptr, kNativeFunction},
    {"iter(obj, sentinel=?, /)", bi_iter, nullptr, kNativeFunction},
    {"next(it, default=?, /)", bi_next, nullptr, kNativeFunction},
    {"sorted(iterable, /, *, key=None, reverse=False)", bi_sorted, nullptr, kNativeFunction},
    {"isinstance(obj, cls, /)", bi_isinstance, nullptr, kNativeFunction},
    {"counted_neg(x, /)", bi_counted_neg, nullptr, kNativeFunction},
    {"ncalls()", bi_ncalls, nullptr, kNativeFunction},
    {nullptr},
};

// Methods of the helper classes (self first); their `n` lives in the instance dict.
Value get_n(Value self) { return getattr(self, "n"); }
Value m_init_n(const Value* a) {
    if (setattr(a[0], intern("n"), a[1]) < 0) return {};
    return newref(none());
}
Value m_repr_n(const Value* a) {
    Ref n{get_n(a[0])};
    if (!n) return {};
    return str_format("%s(%R)", type_of(a[0])->tp_name, n.get());
}
// Cmp: ordered by n; comparing a negative n raises ValueError('boom').
Value m_cmp_lt(const Value* a) {
    if (type_of(a[1]) != type_of(a[0])) return newref(not_implemented());
    Ref x{get_n(a[0])}, y{get_n(a[1])};
    if (!x || !y) return {};
    if (int_sign(x.get()) < 0 || int_sign(y.get()) < 0) return raise(&exc::ValueError, "boom");
    return richcompare(x.get(), y.get(), CompareOp::Lt);
}
Value m_eq_n(const Value* a) {
    if (type_of(a[1]) != type_of(a[0])) return newref(not_implemented());
    Ref x{get_n(a[0])}, y{get_n(a[1])};
    if (!x || !y) return {};
    return richcompare(x.get(), y.get(), CompareOp::Eq);
}
Value m_hash_n(const Value* a) {
    Ref x{get_n(a[0])};
    if (!x) return {};
    int64_t h = hash(x.get());
    return h == -1 ? Value{} : int_from_i64(h);
}
Value m_hash_42(const Value*) { return int_from_i64(42); }
// Seq: n items, seq[i] == i * 10; IndexError past the end.
Value m_seq_getitem(const Value* a) {
    Ref n{get_n(a[0])};
    if (!n) return {};
    int64_t i, k;
    if (!index_to_i64(a[1], &i, nullptr) || !index_to_i64(n.get(), &k, nullptr)) return {};
    if (i < 0 || i >= k) return raise(&exc::IndexError, "Seq index out of range");
    return int_from_i64(i * 10);
}
Value m_len_n(const Value* a) { return get_n(a[0]); }
// Mapping: keys() -> ['a', 'b'], m[k] == k + '!'
Value m_map_keys(const Value*) {
    Ref a{str_from("a")}, b{str_from("b")};
    Value items[2] = {a.get(), b.get()};
    return list_from_array(items, 2);
}
Value m_map_getitem(const Value* a) {
    Ref bang{str_from("!")};
    return binary_op(a[1], bang.get(), BinOp::Add);
}
// Missing (a dict subclass): d[k] for an absent k is k * 2.
Value m_missing(const Value* a) {
    Ref two{int_from_i64(2)};
    return binary_op(a[1], two.get(), BinOp::Multiply);
}
// Rev: __reversed__ returns iter(['r', 'e', 'v']).
Value m_rev_reversed(const Value*) {
    Ref l{str_from("rev")};
    return get_iter(l.get());
}

Value make_class(const char* name, Type* base, std::vector<NativeDef>* defs) {
    Ref ns{Value(dict_new())};
    defs->push_back({nullptr});
    for (NativeDef& d : *defs) {
        if (!d.signature) break;
        const ArgSpec* spec = parse_signature(d.signature, true);
        Ref descr{method_descr_new(&object_type, &d)};
        if (!descr || dict_set_item(ns.as<Dict>(), Value(spec->name), descr.get()) < 0) return {};
    }
    Ref nm{str_from(name)};
    Ref bases{base ? tuple_pack({Value(base)}) : tuple_empty()};
    return call3(Value(&type_type), nm.get(), bases.get(), ns.get());   // type(name, bases, ns)
}

Env* g_globals = nullptr;

Env& globals() {
    if (g_globals) return *g_globals;
    g_globals = new Env;
    Env& g = *g_globals;
    g["list"] = Ref::borrow(Value(&list_type));
    g["tuple"] = Ref::borrow(Value(&tuple_type));
    g["dict"] = Ref::borrow(Value(&dict_type));
    g["set"] = Ref::borrow(Value(&set_type));
    g["frozenset"] = Ref::borrow(Value(&frozenset_type));
    g["range"] = Ref::borrow(Value(&range_type));
    g["slice"] = Ref::borrow(Value(&slice_type));
    g["enumerate"] = Ref::borrow(Value(&enumerate_type));
    g["zip"] = Ref::borrow(Value(&zip_type));
    g["map"] = Ref::borrow(Value(&map_type));
    g["filter"] = Ref::borrow(Value(&filter_type));
    g["reversed"] = Ref::borrow(Value(&reversed_type));
    g["int"] = Ref::borrow(Value(&int_type));
    g["bool"] = Ref::borrow(Value(&bool_type));
    g["str"] = Ref::borrow(Value(&str_type));
    g["object"] = Ref::borrow(Value(&object_type));
    g["type"] = Ref::borrow(Value(&type_type));
    g["float"] = Ref::borrow(Value(&float_type));
    for (const NativeDef* d = builtin_defs; d->signature; d++) {
        const ArgSpec* spec = parse_signature(d->signature, false);
        g[std::string(str_view(Value(spec->name)))] = Ref(make_builtin_function(d, Value{}, Value{}));
    }
    static std::vector<NativeDef> cmp_defs = {
        {"__init__(self, n)", m_init_n}, {"__repr__(self)", m_repr_n}, {"__lt__(self, other)", m_cmp_lt},
        {"__eq__(self, other)", m_eq_n}, {"__hash__(self)", m_hash_n}};
    static std::vector<NativeDef> collide_defs = {
        {"__init__(self, n)", m_init_n}, {"__repr__(self)", m_repr_n}, {"__eq__(self, other)", m_eq_n},
        {"__hash__(self)", m_hash_42}};
    static std::vector<NativeDef> seq_defs = {
        {"__init__(self, n)", m_init_n}, {"__getitem__(self, i)", m_seq_getitem}, {"__len__(self)", m_len_n}};
    static std::vector<NativeDef> nolen_defs = {{"__init__(self, n)", m_init_n}, {"__getitem__(self, i)", m_seq_getitem}};
    static std::vector<NativeDef> mapping_defs = {{"keys(self)", m_map_keys}, {"__getitem__(self, k)", m_map_getitem}};
    static std::vector<NativeDef> missing_defs = {{"__missing__(self, key)", m_missing}};
    static std::vector<NativeDef> rev_defs = {{"__reversed__(self)", m_rev_reversed}};
    static std::vector<NativeDef> empty_defs;
    static std::vector<NativeDef> empty_defs2;
    static std::vector<NativeDef> empty_defs3;
    struct ClassSpec {
        const char* name;
        Type* base;
        std::vector<NativeDef>* defs;
    };
    for (const ClassSpec& c : {ClassSpec{"Cmp", nullptr, &cmp_defs}, ClassSpec{"Collide", nullptr, &collide_defs},
                               ClassSpec{"Seq", nullptr, &seq_defs}, ClassSpec{"NoLen", nullptr, &nolen_defs},
                               ClassSpec{"Mapping", nullptr, &mapping_defs},
                               ClassSpec{"Missing", &dict_type, &missing_defs}, ClassSpec{"Rev", nullptr, &rev_defs},
                               ClassSpec{"MyList", &list_type, &empty_defs}, ClassSpec{"MySet", &set_type, &empty_defs2},
                               ClassSpec{"MyFrozen", &frozenset_type, &empty_defs3}}) {
        Value cls = make_class(c.name, c.base, c.defs);
        if (!cls) throw std::runtime_error(std::string("cannot make helper class ") + c.name);
        g[c.name] = Ref(cls);
    }
    return g;
}

}  // namespace

Value mini_eval(const std::string& src) {
    Parser p(tokenize(src));
    NodeP prog = p.program();
    Env env = globals();
    return run_program(prog, env);
}

std::string run_case(const std::string& src) {
    Value v = mini_eval(src);
    if (v) {
        Ref r{repr(v)};
        decref(v);
        if (r) return "OK " + std::string(str_view(r.get()));
    }
    Ref exc{take_error()};
    if (!exc) return "ERR <no exception set>";
    std::string out = "ERR ";
    out += type_of(exc.get())->tp_name;
    Ref s{to_str(exc.get())};
    if (!s) {
        clear_error();
        return out + ": <str failed>";
    }
    std::string_view text = str_view(s.get());
    if (!text.empty()) {
        out += ": ";
        out += text;
    }
    return out;
}

}  // namespace minipy::test
