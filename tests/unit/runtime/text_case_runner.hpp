// text_case_runner.hpp — runs the table-driven cases of gen_text_cases.py against the runtime.
//
// A case names an operation, a receiver and arguments as Python literals (the repr() python3
// printed); the runner rebuilds those values with a small literal parser, performs the operation
// through the runtime's public API (getattr + call, binary_op, getitem, ...) and renders the
// outcome the way the generator did: repr(result), or "!ExceptionType: message".
#pragma once

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/bytes.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/float.hpp"
#include "runtime/int.hpp"
#include "runtime/list.hpp"
#include "runtime/ops.hpp"
#include "runtime/range.hpp"
#include "runtime/singletons.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace text_cases {

using namespace minipy::rt;

struct TextCase {
    const char* op;
    const char* recv;
    const char* args;
    const char* kwargs;
    const char* expected;
};

// --- the literal parser ---------------------------------------------------------------------

class LiteralParser {
public:
    explicit LiteralParser(std::string_view s) : m_s(s) {}

    Ref parse() {
        Ref v = value();
        skip_ws();
        if (m_pos != m_s.size()) fail("trailing text");
        return v;
    }

private:
    std::string_view m_s;
    size_t m_pos = 0;

    [[noreturn]] void fail(const char* why) {
        ADD_FAILURE() << "literal parser: " << why << " at " << m_pos << " in " << m_s;
        std::abort();
    }
    void skip_ws() { while (m_pos < m_s.size() && m_s[m_pos] == ' ') m_pos++; }
    bool starts(std::string_view p) const { return m_s.substr(m_pos, p.size()) == p; }
    void expect(char c) {
        skip_ws();
        if (m_pos >= m_s.size() || m_s[m_pos] != c) fail("unexpected character");
        m_pos++;
    }

    static int hexval(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        return c - 'A' + 10;
    }

    // A quoted literal's text: UTF-8 for str (escapes become code points), raw for bytes.
    std::string quoted(bool is_bytes) {
        char q = m_s[m_pos++];
        std::string out;
        while (true) {
            if (m_pos >= m_s.size()) fail("unterminated literal");
            char c = m_s[m_pos++];
            if (c == q) break;
            if (c != '\\') { out += c; continue; }
            char e = m_s[m_pos++];
            uint32_t cp;
            int digits = 0;
            switch (e) {
                case 'n': out += '\n'; continue;
                case 'r': out += '\r'; continue;
                case 't': out += '\t'; continue;
                case '\\': case '\'': case '"': out += e; continue;
                case 'x': digits = 2; break;
                case 'u': digits = 4; break;
                case 'U': digits = 8; break;
                default: fail("unknown escape");
            }
            cp = 0;
            for (int i = 0; i < digits; i++) cp = cp * 16 + static_cast<uint32_t>(hexval(m_s[m_pos++]));
            if (is_bytes) out += static_cast<char>(cp);
            else utf8_append(out, cp);
        }
        return out;
    }

    template <class F>
    void items(char close, F each) {
        skip_ws();
        while (true) {
            skip_ws();
            if (m_pos < m_s.size() && m_s[m_pos] == close) { m_pos++; return; }
            each();
            skip_ws();
            if (m_pos < m_s.size() && m_s[m_pos] == ',') m_pos++;
        }
    }

    Ref value() {
        skip_ws();
        if (m_pos >= m_s.size()) fail("empty");
        char c = m_s[m_pos];
        if (c == '\'' || c == '"') return Ref{str_from(quoted(false))};
        if (starts("b'") || starts("b\"")) {
            m_pos++;
            return Ref{bytes_from(quoted(true))};
        }
        if (starts("bytearray(")) {
            m_pos += 10;
            Ref inner = value();
            expect(')');
            return Ref{bytearray_from(inner.as<Bytes>()->view())};
        }
        if (starts("slice(") || starts("range(")) {
            bool is_slice = starts("slice(");
            m_pos += 6;
            std::vector<Ref> parts;
            items(')', [&] { parts.push_back(value()); });
            if (is_slice) return Ref{slice_new(parts[0].get(), parts[1].get(), parts[2].get())};
            int64_t a = 0, b = 0, st = 1;
            int_to_i64(parts[0].get(), parts.size() == 1 ? &b : &a);
            if (parts.size() > 1) int_to_i64(parts[1].get(), &b);
            if (parts.size() > 2) int_to_i64(parts[2].get(), &st);
            return Ref{range_new(a, b, st)};
        }
        if (c == '(') {
            m_pos++;
            std::vector<Ref> parts;
            items(')', [&] { parts.push_back(value()); });
            std::vector<Value> raw;
            for (auto& p : parts) raw.push_back(p.get());
            return Ref{tuple_from_array(raw.data(), static_cast<int64_t>(raw.size()))};
        }
        if (c == '[') {
            m_pos++;
            Ref list{list_new(0)};
            items(']', [&] {
                Ref item = value();
                list_append(list.get(), item.get());
            });
            return list;
        }
        if (c == '{') {
            m_pos++;
            Ref d{Value(dict_new())};
            items('}', [&] {
                Ref k = value();
                expect(':');
                Ref v = value();
                dict_set_item(d.as<Dict>(), k.get(), v.get());
            });
            return d;
        }
        if (starts("None")) { m_pos += 4; return Ref{newref(none())}; }
        if (starts("True")) { m_pos += 4; return Ref{newref(true_value())}; }
        if (starts("False")) { m_pos += 5; return Ref{newref(false_value())}; }
        if (starts("inf")) { m_pos += 3; return Ref{float_from(INFINITY)}; }
        if (starts("-inf")) { m_pos += 4; return Ref{float_from(-INFINITY)}; }
        if (starts("nan")) { m_pos += 3; return Ref{float_from(NAN)}; }
        size_t start = m_pos;
        bool is_float = false;
        while (m_pos < m_s.size()) {
            char d = m_s[m_pos];
            if (d == '.' || d == 'e' || d == 'E') is_float = true;
            else if (!(d == '-' || d == '+' || (d >= '0' && d <= '9'))) break;
            m_pos++;
        }
        std::string num(m_s.substr(start, m_pos - start));
        if (num.empty()) fail("unknown literal");
        if (is_float) return Ref{float_from(std::strtod(num.c_str(), nullptr))};
        return Ref{int_from_string(num.data(), num.size(), 10)};
    }
};

inline Ref parse_literal(const char* text) { return LiteralParser(text).parse(); }

// --- running a case ---------------------------------------------------------------------------

inline std::string outcome(Value result) {
    if (!result) {
        Ref exc{take_error()};
        if (!exc) return "<null result without an exception>";
        Ref msg{to_str(exc.get())};
        std::string text = "!" + std::string(type_of(exc.get())->tp_name) + ": ";
        if (msg) text += str_view(msg.get());
        else { clear_error(); text += "<str() failed>"; }
        return text;
    }
    Ref owned{result};
    Ref r{repr(result)};
    if (!r) {
        clear_error();
        return "<repr failed>";
    }
    return std::string(str_view(r.get()));
}

inline Type* named_type(std::string_view name) {
    if (name == "str") return &str_type;
    if (name == "bytes") return &bytes_type;
    return &bytearray_type;
}

inline Value call_with(Value fn, Tuple* args, Dict* kwargs) {
    std::vector<Value> argv(args->items, args->items + args->size);
    Ref kwnames;
    if (kwargs && kwargs->used) {
        std::vector<Value> names;
        int64_t pos = 0;
        Value k, v;
        while (dict_next(kwargs, &pos, &k, &v)) {
            names.push_back(k);
            argv.push_back(v);
        }
        kwnames = Ref{tuple_from_array(names.data(), static_cast<int64_t>(names.size()))};
    }
    return call(fn, argv.data(), static_cast<size_t>(args->size), kwnames ? kwnames.as<Tuple>() : nullptr);
}

inline std::string run_case(const TextCase& c) {
    std::string_view op = c.op;
    Ref recv = parse_literal(c.recv);
    Ref args_ref = parse_literal(c.args);
    Ref kwargs_ref = *c.kwargs ? parse_literal(c.kwargs) : Ref{};
    Tuple* args = args_ref.as<Tuple>();
    Dict* kwargs = kwargs_ref ? kwargs_ref.as<Dict>() : nullptr;
    Value a0 = args->size ? args->items[0] : Value();
    if (op.substr(0, 3) == "op:") {
        std::string_view o = op.substr(3);
        Value r = recv.get();
        if (o == "+") return outcome(binary_op(r, a0, BinOp::Add));
        if (o == "*") return outcome(binary_op(r, a0, BinOp::Multiply));
        if (o == "%") return outcome(binary_op(r, a0, BinOp::Remainder));
        if (o == "+=") return outcome(inplace_op(r, a0, BinOp::Add));
        if (o == "*=") return outcome(inplace_op(r, a0, BinOp::Multiply));
        if (o == "[]") return outcome(getitem(r, a0));
        if (o == "in") {
            int found = contains(r, a0);
            return outcome(found < 0 ? Value() : newref(bool_value(found)));
        }
        CompareOp cmp = o == "<" ? CompareOp::Lt : o == "<=" ? CompareOp::Le : o == "==" ? CompareOp::Eq
                      : o == "!=" ? CompareOp::Ne : o == ">" ? CompareOp::Gt : CompareOp::Ge;
        return outcome(richcompare(r, a0, cmp));
    }
    if (op.substr(0, 5) == "call:") return outcome(call_with(Value(named_type(op.substr(5))), args, kwargs));
    if (op.substr(0, 7) == "static:") {
        std::string_view rest = op.substr(7);
        size_t dot = rest.find('.');
        Ref fn{getattr(Value(named_type(rest.substr(0, dot))), std::string(rest.substr(dot + 1)).c_str())};
        if (!fn) return outcome(Value());
        return outcome(call_with(fn.get(), args, kwargs));
    }
    if (op.substr(0, 3) == "fn:") {
        std::string_view f = op.substr(3);
        Value r = recv.get();
        if (f == "len") {
            int64_t n = length(r);
            return outcome(n < 0 ? Value() : int_from_i64(n));
        }
        if (f == "repr") return outcome(repr(r));
        if (f == "ascii") return outcome(ascii(r));
        if (f == "str") return outcome(to_str(r));
        if (f == "list") return outcome(sequence_to_list(r));
        if (f == "format") return outcome(format(r, a0));
        return "<unknown fn>";
    }
    bool mutate = op.substr(0, 4) == "mut:";
    std::string name(mutate ? op.substr(4) : op);
    Ref target = recv;
    if (mutate) target = Ref{bytearray_from(recv.as<Bytes>()->view())};
    Ref fn{getattr(target.get(), name.c_str())};
    if (!fn) return outcome(Value());
    Value r = call_with(fn.get(), args, kwargs);
    if (!mutate || !r) return outcome(r);
    Ref ret{r};
    return outcome(tuple_pack({ret.get(), target.get()}));
}

// Runs every case; reports the first failures in detail and the number of failures.
template <size_t N>
void run_all(const TextCase (&cases)[N]) {
    size_t failures = 0;
    for (const TextCase& c : cases) {
        std::string actual = run_case(c);
        if (actual != c.expected) {
            if (++failures <= 40)
                ADD_FAILURE() << c.op << " on " << c.recv << " with " << c.args << " " << c.kwargs
                              << "\n  expected: " << c.expected << "\n  actual:   " << actual;
        }
    }
    EXPECT_EQ(failures, 0u) << "of " << N << " cases";
}

}  // namespace text_cases
