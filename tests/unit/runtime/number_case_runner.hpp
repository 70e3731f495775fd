// number_case_runner.hpp — runs the generated cases of gen_number_cases.py (number_cases.inc)
// through minipy's runtime and renders each outcome as the generator did:
// "r:" + repr(result), or "e:" + "ExcType: message".
#pragma once

#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "runtime/bytes.hpp"
#include "runtime/errors.hpp"
#include "runtime/float.hpp"
#include "runtime/format_spec.hpp"
#include "runtime/int.hpp"
#include "runtime/ops.hpp"
#include "runtime/singletons.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace number_cases {

using namespace minipy::rt;

struct NumberCase {
    const char* group;
    const char* op;
    const char* a;
    const char* b;
    const char* c;
    const char* expected;
};

extern const NumberCase kCases[];
extern const size_t kCaseCount;

inline int hex_digit(char c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; }

// Rebuilds an operand from its encoding; an empty encoding is the null Value (absent).
inline Ref decode(std::string_view e) {
    if (e.empty()) return Ref();
    if (e == "n") return Ref(none());
    if (e == "T") return Ref(true_value());
    if (e == "F") return Ref(false_value());
    std::string_view body = e.substr(2);
    switch (e[0]) {
        case 'i': return Ref(int_from_string(body.data(), body.size(), 10));
        case 'h': {
            bool negative = !body.empty() && body[0] == '-';
            if (negative) body.remove_prefix(1);
            mpz_t z;
            mpz_init_set_str(z, std::string(body).c_str(), 16);
            if (negative) mpz_neg(z, z);
            Ref r(int_from_mpz(z));
            mpz_clear(z);
            return r;
        }
        case 'f': {
            uint64_t bits = 0;
            for (char c : body) bits = bits << 4 | static_cast<uint64_t>(hex_digit(c));
            double d;
            std::memcpy(&d, &bits, sizeof d);
            return Ref(float_from(d));
        }
        case 's': return Ref(str_from(body));
        case 'S':
        case 'y': {
            std::string data;
            for (size_t i = 0; i + 1 < body.size(); i += 2)
                data.push_back(static_cast<char>(hex_digit(body[i]) << 4 | hex_digit(body[i + 1])));
            return Ref(e[0] == 'S' ? str_from(data) : bytes_from(data));
        }
        default: break;
    }
    ADD_FAILURE() << "bad operand encoding " << e;
    return Ref();
}

inline std::string render_error() {
    Ref e(take_error());
    if (!e) return "<null without an exception>";
    std::string out = "e:";
    out += type_of(e.get())->tp_name;
    out += ": ";
    Ref s(to_str(e.get()));
    if (s) out += str_view(s.get());
    else {
        clear_error();
        out += "<str failed>";
    }
    return out;
}

inline std::string render(Value result) {
    Ref r(result);
    if (!r) return render_error();
    Ref text(repr(r.get()));
    if (!text) return render_error();
    return "r:" + std::string(str_view(text.get()));
}

inline Value call_with_kw(Value callable, std::initializer_list<Value> args, const char* kwname, Value kwvalue) {
    Value buf[8];
    size_t n = 0;
    for (Value v : args) buf[n++] = v;
    if (!kwname) return call(callable, buf, n);
    buf[n] = kwvalue;
    Ref names(tuple_pack({Value(intern(kwname))}));
    return call(callable, buf, n, names.as<Tuple>());
}

inline bool binop_of(std::string_view op, BinOp* out) {
    static const struct { const char* text; BinOp op; } table[] = {
        {"+", BinOp::Add}, {"-", BinOp::Subtract}, {"*", BinOp::Multiply}, {"/", BinOp::TrueDivide},
        {"//", BinOp::FloorDivide}, {"%", BinOp::Remainder}, {"**", BinOp::Power}, {"<<", BinOp::LShift},
        {">>", BinOp::RShift}, {"&", BinOp::And}, {"|", BinOp::Or}, {"^", BinOp::Xor},
    };
    for (const auto& row : table)
        if (op == row.text) {
            *out = row.op;
            return true;
        }
    return false;
}

inline bool compare_of(std::string_view op, CompareOp* out) {
    static const struct { const char* text; CompareOp op; } table[] = {
        {"<", CompareOp::Lt}, {"<=", CompareOp::Le}, {"==", CompareOp::Eq},
        {"!=", CompareOp::Ne}, {">", CompareOp::Gt}, {">=", CompareOp::Ge},
    };
    for (const auto& row : table)
        if (op == row.text) {
            *out = row.op;
            return true;
        }
    return false;
}

// divmod(a, b) as the builtin does it: a's slot, then b's.
inline Value do_divmod(Value a, Value b) {
    Type* ta = type_of(a);
    Type* tb = type_of(b);
    if (ta->nb_divmod) {
        Value r = ta->nb_divmod(a, b);
        if (r != not_implemented()) return r;
    }
    if (tb != ta && tb->nb_divmod) {
        Value r = tb->nb_divmod(a, b);
        if (r != not_implemented()) return r;
    }
    return raise(&exc::TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'", ta->tp_name, tb->tp_name);
}

inline Value length_value(Value v) {
    Ref r(v);
    if (!r) return {};
    int64_t n = length(r.get());
    if (n < 0) return {};
    return int_from_i64(n);
}

inline std::string run_case(const NumberCase& c) {
    std::string_view op = c.op;
    Ref a = decode(c.a), b = decode(c.b), cc = decode(c.c);
    BinOp bop;
    CompareOp cop;
    if (op == "divmod") return render(do_divmod(a.get(), b.get()));
    if (binop_of(op, &bop)) return render(binary_op(a.get(), b.get(), bop));
    if (compare_of(op, &cop)) return render(richcompare(a.get(), b.get(), cop));
    if (op == "pow3") return render(power(a.get(), b.get(), cc.get()));
    if (op == "neg") return render(unary_op(a.get(), UnaryOp::Negative));
    if (op == "pos") return render(unary_op(a.get(), UnaryOp::Positive));
    if (op == "~") return render(unary_op(a.get(), UnaryOp::Invert));
    if (op == "abs") return render(type_of(a.get())->nb_absolute(a.get()));
    if (op == "bool") {
        int t = truthy(a.get());
        return t < 0 ? render_error() : render(bool_value(t));
    }
    if (op == "hash") {
        int64_t h = hash(a.get());
        return h == -1 ? render_error() : render(int_from_i64(h));
    }
    if (op == "repr") return render(repr(a.get()));
    if (op == "str") return render(to_str(a.get()));
    if (op == "len_str") return render(length_value(to_str(a.get())));
    if (op == "index") return render(number_index(a.get()));
    if (op == "round") return render(call_method0(a.get(), "__round__"));
    if (op == "format") return render(format(a.get(), b.get()));
    if (op == "len_format") return render(length_value(format(a.get(), b.get())));
    if (op == "int" || op == "float") {
        Value type = op == "int" ? Value(&int_type) : Value(&float_type);
        if (!a && b) return render(call_with_kw(type, {}, "base", b.get()));
        if (!a) return render(call(type, nullptr, 0));
        if (!b) return render(call1(type, a.get()));
        return render(call2(type, a.get(), b.get()));
    }
    if (op.substr(0, 5) == "meth:") {
        std::string name(op.substr(5));
        Value args[2] = {b.get(), cc.get()};
        size_t n = b ? (cc ? 2 : 1) : 0;
        return render(call_method(a.get(), name.c_str(), args, n));
    }
    if (op.substr(0, 5) == "attr:") return render(getattr(a.get(), std::string(op.substr(5)).c_str()));
    if (op == "to_bytes" || op == "to_bytes_signed") {
        Ref m(getattr(a.get(), "to_bytes"));
        if (!m) return render_error();
        return render(call_with_kw(m.get(), {b.get(), cc.get()}, op == "to_bytes" ? nullptr : "signed", true_value()));
    }
    if (op == "from_bytes" || op == "from_bytes_signed") {
        Ref m(getattr(Value(&int_type), "from_bytes"));
        if (!m) return render_error();
        return render(call_with_kw(m.get(), {a.get(), b.get()}, op == "from_bytes" ? nullptr : "signed", true_value()));
    }
    if (op == "fromhex") {
        Value av = a.get();
        return render(call_method(Value(&float_type), "fromhex", &av, 1));
    }
    if (op == "pad") {
        FormatSpec spec;
        if (!parse_format_spec(str_view(b.get()), "str", &spec)) return render_error();
        return render(str_from(pad_formatted(str_view(a.get()), spec, '<')));
    }
    ADD_FAILURE() << "unknown op " << op;
    return "";
}

// Runs every case of `group`; returns the number run.
inline size_t run_group(std::string_view group) {
    size_t n = 0;
    for (size_t i = 0; i < kCaseCount; ++i) {
        const NumberCase& c = kCases[i];
        if (c.group != group) continue;
        ++n;
        std::string got = run_case(c);
        EXPECT_EQ(got, c.expected) << "case " << c.group << ": " << c.op << " a=" << std::string_view(c.a).substr(0, 80)
                                   << " b=" << std::string_view(c.b).substr(0, 80) << " c=" << c.c;
        EXPECT_FALSE(has_error());
        clear_error();
    }
    return n;
}

}  // namespace number_cases
