// errors.cpp — turning "the parser cannot take this token" into CPython's SyntaxError.
//
// CPython's PEG parser finds its specialised messages with `invalid_*` rules on a second pass.
// An LALR(1) parser stops at the first token it cannot shift, so this file looks at that token,
// the few before it (Driver::recent), the parser's stack (to find where the expression before
// the error starts) and, where CPython's message spans the expression after the error, a few
// tokens ahead (Driver::peek). docs/grammar.md lists the messages and the rule behind each.
#include <algorithm>
#include <cstdio>
#include <optional>

#include "driver.hpp"
#include "grammar.hpp"

namespace minipy::parse {

using SK = Parser::symbol_kind;

void Driver::fail(const std::string& msg, const Loc& l, const char* type) {
    throw SyntaxErrorException(lex.make_error(msg, l.begin, l.end, type));
}

void Driver::fail_node(const std::string& msg, const Node* n) {
    fail(msg, loc_of(n));
}

namespace {

bool starts_expression(Tok t) {
    switch (t) {
    case Tok::Name: case Tok::Number: case Tok::String: case Tok::FStringStart: case Tok::LPAR:
    case Tok::LSQB: case Tok::LBRACE: case Tok::TILDE: case Tok::KW_LAMBDA: case Tok::KW_AWAIT:
    case Tok::KW_NONE: case Tok::KW_TRUE: case Tok::KW_FALSE: case Tok::ELLIPSIS: case Tok::KW_NOT:
        return true;
    default:
        return false;
    }
}

bool ends_expression(Tok t) {
    switch (t) {
    case Tok::Name: case Tok::Number: case Tok::String: case Tok::FStringEnd: case Tok::RPAR:
    case Tok::RSQB: case Tok::RBRACE: case Tok::KW_NONE: case Tok::KW_TRUE: case Tok::KW_FALSE:
    case Tok::ELLIPSIS:
        return true;
    default:
        return false;
    }
}

// Stack symbols that belong to an operand-level expression (CPython's disjunction).
bool expression_symbol(int k) {
    switch (k) {
    case SK::S_test: case SK::S_or_test: case SK::S_and_test: case SK::S_not_test:
    case SK::S_comparison_expr: case SK::S_comparison: case SK::S_comp_op: case SK::S_expr:
    case SK::S_xor_expr: case SK::S_and_expr: case SK::S_shift_expr: case SK::S_arith_expr:
    case SK::S_term: case SK::S_factor: case SK::S_power: case SK::S_await_primary: case SK::S_primary:
    case SK::S_atom: case SK::S_or_list: case SK::S_and_list: case SK::S_strings_expr: case SK::S_strings:
    case SK::S_string_piece: case SK::S_paren_display: case SK::S_list_display: case SK::S_dict_display:
    case SK::S_set_display:
    case SK::S_NAME: case SK::S_NUMBER: case SK::S_STRING: case SK::S_DOT: case SK::S_PLUS:
    case SK::S_MINUS: case SK::S_STAR: case SK::S_SLASH: case SK::S_VBAR: case SK::S_AMPER:
    case SK::S_LESS: case SK::S_GREATER: case SK::S_PERCENT: case SK::S_EQEQUAL: case SK::S_NOTEQUAL:
    case SK::S_LESSEQUAL: case SK::S_GREATEREQUAL: case SK::S_TILDE: case SK::S_CIRCUMFLEX:
    case SK::S_LEFTSHIFT: case SK::S_RIGHTSHIFT: case SK::S_DOUBLESTAR: case SK::S_DOUBLESLASH:
    case SK::S_AT: case SK::S_KW_AND: case SK::S_KW_OR: case SK::S_KW_NOT: case SK::S_KW_IS:
    case SK::S_KW_AWAIT: case SK::S_KW_NONE: case SK::S_KW_TRUE: case SK::S_KW_FALSE:
    case SK::S_ELLIPSIS:
        return true;
    default:
        return false;
    }
}

bool is_block_keyword(Tok t) {
    switch (t) {
    case Tok::KW_IF: case Tok::KW_ELIF: case Tok::KW_ELSE: case Tok::KW_WHILE: case Tok::KW_FOR:
    case Tok::KW_WITH: case Tok::KW_TRY: case Tok::KW_EXCEPT: case Tok::KW_FINALLY: case Tok::KW_DEF:
    case Tok::KW_CLASS: case Tok::KW_ASYNC:
        return true;
    default:
        return false;
    }
}

}  // namespace

SyntaxErrorInfo Driver::syntax_error(const Token& la, const std::vector<int>& expected,
                                     const std::vector<std::pair<int, Loc>>& stack) {
    auto expects = [&](int k) { return std::find(expected.begin(), expected.end(), k) != expected.end(); };
    const Token* prev = recent.size() >= 2 ? &recent[recent.size() - 2] : nullptr;
    const Token* prev2 = recent.size() >= 3 ? &recent[recent.size() - 3] : nullptr;
    bool at_eof = la.kind == Tok::EndMarker || (la.kind == Tok::Dedent && lex.at_eof() && ahead.empty());

    // Errors at the end of the file: CPython points at the last line, column 0 (no caret).
    auto eof_error = [&](const std::string& msg, const char* type) {
        SyntaxErrorInfo e;
        e.type = type;
        e.msg = msg;
        e.filename = lex.filename();
        e.lineno = std::max(1, lex.line_count());
        e.offset = 0;
        e.end_lineno = e.lineno;
        e.end_offset = -1;
        e.text = std::string(lex.line_text(e.lineno));
        return e;
    };
    auto at_token = [&](const std::string& msg, const Token& t, const char* type = "SyntaxError") {
        return lex.make_error(msg, t.begin, t.end, type);
    };

    // Mode::Single (the interactive prompt, compile(..., 'single')) takes one statement.
    if (mode == Mode::Single && expects(SK::S_YYEOF) && expected.size() == 1 && la.kind != Tok::Indent) {
        for (auto it = recent.rbegin(); it != recent.rend(); ++it)
            if (it->kind == Tok::Newline)
                return at_token("multiple statements found while compiling a single statement", *it);
    }

    // An INDENT the grammar did not ask for.
    if (la.kind == Tok::Indent) {
        SyntaxErrorInfo e = lex.make_error("unexpected indent", la.end, la.end, "IndentationError");
        e.offset = lex.char_col(la.end.line, la.end.col);
        e.end_offset = -1;
        return e;
    }

    // A block that should follow "...:" NEWLINE.
    if (prev && prev->kind == Tok::Newline && prev2 && prev2->kind == Tok::COLON && expects(SK::S_INDENT)) {
        bool layout = la.kind == Tok::Dedent || la.kind == Tok::EndMarker || la.kind == Tok::Newline;
        const LineStart& b = layout ? cur_line : prev_line;
        std::string what;
        switch (b.first) {
        case Tok::KW_DEF: what = "function definition"; break;
        case Tok::KW_CLASS: what = "class definition"; break;
        case Tok::KW_ASYNC:   // CPython names async for/with after the plain statement
            what = b.second == Tok::KW_DEF ? std::string("function definition")
                                           : std::string("'") + tok_spelling(b.second) + "' statement";
            break;
        case Tok::KW_EXCEPT: what = b.second == Tok::STAR ? "'except*' statement" : "'except' statement"; break;
        default: what = std::string("'") + tok_spelling(b.first) + "' statement"; break;
        }
        std::string msg = "expected an indented block after " + what + " on line " + std::to_string(b.line);
        if (at_eof) return eof_error(msg, "IndentationError");
        return at_token(msg, la, "IndentationError");
    }

    if (la.kind == Tok::Dedent && !at_eof) {
        return at_token("unindent does not match any outer indentation level", la, "IndentationError");
    }

    // try: without except or finally.
    if (expects(SK::S_KW_EXCEPT) && expects(SK::S_KW_FINALLY) && !expects(SK::S_NAME)) {
        if (at_eof) return eof_error("expected 'except' or 'finally' block", "SyntaxError");
        return at_token("expected 'except' or 'finally' block", la);
    }

    // f-string fields.
    if (prev && prev->kind == Tok::LBRACE && la.kind == Tok::RBRACE && prev->in_field) {
        return fstring_error("f-string: empty expression not allowed", la);
    }

    // f"{!r}", f"{x!r=}".
    if (prev && prev->kind == Tok::LBRACE && prev->in_field && la.kind == Tok::EXCLAMATION)
        return fstring_error("f-string: expression required before '!'", la);
    if (prev && prev->kind == Tok::LBRACE && prev->in_field && la.kind == Tok::COLON)
        return fstring_error("f-string: expression required before ':'", la);
    if (prev2 && prev2->kind == Tok::EXCLAMATION && la.fdepth > 0 && la.kind != Tok::RBRACE && la.kind != Tok::COLON)
        return fstring_error("f-string: expecting '}'", la);

    // [*a for a in b], {**a for a in b}: unpacking as a comprehension's element.
    if (la.kind == Tok::KW_FOR || la.kind == Tok::KW_ASYNC) {
        const std::pair<int, Loc>* deepest = nullptr;
        for (const auto& entry : stack) {
            if (!expression_symbol(entry.first) && entry.first != SK::S_star_expr) break;
            deepest = &entry;
        }
        if (deepest && (deepest->first == SK::S_STAR || deepest->first == SK::S_star_expr) && prev)
            return lex.make_error("iterable unpacking cannot be used in comprehension", deepest->second.begin,
                                  prev->end);
        if (deepest && deepest->first == SK::S_DOUBLESTAR && prev)
            return lex.make_error("dict unpacking cannot be used in dict comprehension", deepest->second.begin,
                                  deepest->second.end);
    }

    // f"{lambda x: 1}": the ':' started a format spec (CPython 3.12's message).
    if (la.kind == Tok::FStringMiddle && prev && prev->kind == Tok::COLON) {
        for (const auto& entry : stack) {
            if (entry.first == SK::S_LBRACE) break;
            if (entry.first == SK::S_KW_LAMBDA)
                return lex.make_error("f-string: lambda expressions are not allowed without parentheses",
                                      entry.second.begin, prev->end);
        }
    }

    // f"{x!}": a conversion without its character.
    if (prev && prev->kind == Tok::EXCLAMATION && la.fdepth > 0)
        return fstring_error("f-string: invalid conversion character: expected 's', 'r', or 'a'", la);

    // "x = 5 if True": a conditional expression without its else. Below the operands on the
    // stack sits `or_test 'if'`; CPython's message spans from that or_test to the condition.
    if (la.kind != Tok::COLON) {
        for (size_t i = 0; i + 1 < stack.size(); ++i) {
            int k = stack[i].first;
            if (k == SK::S_KW_IF) {
                int before = stack[i + 1].first;
                if (i > 0 && (before == SK::S_or_test || before == SK::S_or_list))
                    return lex.make_error("expected 'else' after 'if' expression",
                                          unparenthesize(stack[i + 1].second).begin, stack[i - 1].second.end);
                break;
            }
            if (!expression_symbol(k)) break;
        }
    }

    // Parameters: "def f(a=)", "def f(*a=1)".
    if (prev && prev->kind == Tok::EQUAL && (la.kind == Tok::COMMA || la.kind == Tok::RPAR) && stack.size() > 1 &&
        stack[1].first == SK::S_param_annotation)
        return at_token("expected default value expression", *prev);
    if (la.kind == Tok::EQUAL && stack.size() > 1 && stack[0].first == SK::S_NAME && stack[1].first == SK::S_STAR)
        return at_token("var-positional argument cannot have default value", la);

    // "except* :"
    if (prev && prev->kind == Tok::STAR && prev2 && prev2->kind == Tok::KW_EXCEPT && la.kind == Tok::COLON)
        return at_token("expected one or more exception types", la);

    // "{**a, 'b' 1}": a dict item without its ':'.
    if (prev && ends_expression(prev->kind) && starts_expression(la.kind)) {
        size_t i = 0;
        while (i < stack.size() && expression_symbol(stack[i].first)) ++i;
        if (i > 0 && i + 1 < stack.size() && stack[i].first == SK::S_COMMA && stack[i + 1].first == SK::S_dict_items) {
            Pos at = stack[i - 1].second.begin;
            at = prev->end;
            at.col -= 1;
            at.off -= 1;
            SyntaxErrorInfo err = lex.make_error("':' expected after dictionary key", at, at);
            err.end_offset = 0;
            return err;
        }
    }

    // "expected ':'": the header of a compound statement ended without its colon (but a
    // lambda without its colon is plain "invalid syntax").
    if (expects(SK::S_COLON) && la.kind == Tok::Newline && is_block_keyword(cur_line.first)) {
        bool in_lambda = false;
        for (const auto& entry : stack) {
            if (entry.first == SK::S_KW_LAMBDA) in_lambda = true;
            if (entry.first == SK::S_KW_LAMBDA || entry.first == SK::S_COLON || entry.first == SK::S_NEWLINE ||
                entry.first == SK::S_INDENT || entry.first == SK::S_DEDENT)
                break;
        }
        if (!in_lambda) return at_token("expected ':'", la);
    }
    if (expects(SK::S_COLON) && expected.size() <= 2 &&
        (cur_line.first == Tok::KW_CLASS || cur_line.first == Tok::KW_TRY || cur_line.first == Tok::KW_FINALLY ||
         cur_line.first == Tok::KW_ELSE || cur_line.first == Tok::KW_FOR || cur_line.first == Tok::KW_DEF))
        return at_token("expected ':'", la);

    // Is stack entry i part of an operand? A decorator's '@' (no operand below it) is not.
    auto in_operand = [&](size_t i) {
        int k = stack[i].first;
        if (k == SK::S_AT) return i + 1 < stack.size() && expression_symbol(stack[i + 1].first);
        return expression_symbol(k);
    };
    // Where the operand-level expression before the error starts (the parser's stack).
    auto operand_start = [&]() -> std::optional<Loc> {
        std::optional<Loc> r;
        for (size_t i = 0; i < stack.size() && in_operand(i); ++i) {
            const Loc& loc = stack[i].second;
            if (loc.begin.off == loc.end.off && !r) continue;
            r = loc;
        }
        return r;
    };
    // print "hello" / exec "code".
    if (prev && prev->kind == Tok::Name && (prev->text == "print" || prev->text == "exec") &&
        starts_expression(la.kind) && la.kind != Tok::LPAR) {
        auto start = operand_start();
        if (start && start->begin.off == prev->begin.off) {
            Loc r{prev->begin, expression_end(la, 0)};
            return lex.make_error("Missing parentheses in call to '" + prev->text + "'. Did you mean " + prev->text +
                                      "(...)?",
                                  r.begin, r.end);
        }
    }

    // "a.b := 1" at statement level.
    if (la.kind == Tok::COLONEQUAL && prev && ends_expression(prev->kind)) {
        auto start = operand_start();
        if (start) {
            Loc a{start->begin, prev->end};
            std::string what = describe_source(a);
            if (!what.empty() && what != "name")
                return lex.make_error("cannot use assignment expressions with " + what, a.begin, a.end);
        }
    }

    // "{1: }": a dict key and ':' without a value.
    if (prev && prev->kind == Tok::COLON && (la.kind == Tok::RBRACE || la.kind == Tok::COMMA) && stack.size() > 3 &&
        stack[1].first == SK::S_test &&
        (stack[2].first == SK::S_LBRACE || (stack[2].first == SK::S_COMMA && stack[3].first == SK::S_dict_items)))
        return at_token("expression expected after dictionary key and ':'", *prev);

    // "if x = 1:" and friends.
    if (la.kind == Tok::EQUAL && prev && ends_expression(prev->kind)) {
        auto start = operand_start();
        // Only where CPython parses a named expression: conditions and bracketed items.
        int below = -1;
        for (size_t i = 0; i < stack.size(); ++i)
            if (!in_operand(i)) {
                below = stack[i].first;
                break;
            }
        bool named_context = below == SK::S_KW_IF || below == SK::S_KW_ELIF || below == SK::S_KW_WHILE ||
                             below == SK::S_AT ||
                             below == SK::S_LPAR || below == SK::S_LSQB || below == SK::S_LBRACE ||
                             (below == SK::S_COMMA && la.level > 0);
        if (start && named_context) {
            Pos b_end = expression_end(la, 1);
            if (prev->kind == Tok::Name && start->begin.off == prev->begin.off) {
                return lex.make_error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", start->begin,
                                      b_end);
            }
            Loc a{start->begin, prev->end};
            std::string what = describe_source(a);
            if (!what.empty() && what != "list" && what != "tuple" && what != "generator expression" &&
                what != "True" && what != "False" && what != "None" && what != "comparison" &&
                what != "conditional expression" && what != "lambda")
                return lex.make_error("cannot assign to " + what + " here. Maybe you meant '==' instead of '='?",
                                      a.begin, a.end);
        }
    }

    // "[1 2]": two expressions in a row inside brackets. CPython tries this everywhere it parses
    // an `expression` (not in a comprehension's `in`/`if` clauses) but reports it only inside
    // brackets; the look ahead counts even when it reports nothing (see parse_source).
    bool two_operands = prev && ends_expression(prev->kind) && starts_expression(la.kind) && la.kind != Tok::KW_NOT;
    int below_operand = -1;
    for (const auto& entry : stack)
        if (!expression_symbol(entry.first)) {
            below_operand = entry.first;
            break;
        }
    if (two_operands && below_operand != SK::S_KW_IN && below_operand != SK::S_KW_IF) {
        bool complete = true;
        (void)expression_end(la, 0, &complete);
    }
    if (two_operands && prev->level > 0 && below_operand != SK::S_KW_IN &&
        below_operand != SK::S_KW_IF) {
        auto start = operand_start();
        bool name_string = false;
        if (start && prev->kind == Tok::Name && start->begin.off == prev->begin.off &&
            (la.kind == Tok::String || la.kind == Tok::FStringStart))
            name_string = true;
        bool complete = true;
        Pos e = expression_end(la, 0, &complete);
        if (start && !name_string && complete)
            return lex.make_error("invalid syntax. Perhaps you forgot a comma?", unparenthesize(*start).begin, e);
    }

    if (at_eof) {
        if (!lex.brackets().empty()) {
            const auto& b = lex.brackets().back();
            return lex.make_error(std::string("'") + b.ch + "' was never closed", b.pos, b.pos);
        }
        SyntaxErrorInfo e = eof_error("invalid syntax", "SyntaxError");
        return e;
    }
    if (la.kind == Tok::Newline && la.text.empty()) {
        // The NEWLINE the lexer adds at the end of a file without "\n".
        Pos e = la.begin;
        e.col += 1;
        return lex.make_error("invalid syntax", la.begin, e);
    }
    return at_token("invalid syntax", la);
}

// A node's location leaves out the parentheses around it: "(a + b)" -> "a + b".
Loc Driver::unparenthesize(const Loc& l) const {
    std::string_view s = slice(l);
    if (s.size() < 2 || s.front() != '(' || s.back() != ')') return l;
    int depth = 0;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '(') ++depth;
        if (s[i] == ')' && --depth == 0 && i + 1 != s.size()) return l;   // "(a)(b)": not one group
    }
    Loc r = l;
    size_t b = 1, e = s.size() - 1;
    while (b < e && (s[b] == ' ' || s[b] == '\t')) ++b;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t')) --e;
    if (s.substr(0, e).find('\n') != std::string_view::npos) return l;   // keep it simple across lines
    r.begin.col += static_cast<int>(b);
    r.begin.off += b;
    r.end.col -= static_cast<int>(s.size() - e);
    r.end.off -= s.size() - e;
    return unparenthesize(r);
}

// The end of the expression that starts at upcoming token `first` (0 is the lookahead).
Pos Driver::expression_end(const Token& la, size_t first, bool* complete) {
    const Token* t0 = upcoming(la, first);
    if (!t0) {
        if (complete) *complete = false;
        furthest_line = lex.line_count() + 1;
        return la.end;
    }
    Pos end = t0->end;
    Tok last = t0->kind;
    int depth = 0;
    furthest_line = std::max(furthest_line, t0->begin.line);
    auto opens = [](Tok t) { return t == Tok::LPAR || t == Tok::LSQB || t == Tok::LBRACE || t == Tok::FStringStart; };
    auto closes = [](Tok t) { return t == Tok::RPAR || t == Tok::RSQB || t == Tok::RBRACE || t == Tok::FStringEnd; };
    if (opens(t0->kind)) depth = 1;
    for (size_t k = first + 1; k < first + 10000; ++k) {
        const Token* t = upcoming(la, k);
        if (!t || t->kind == Tok::EndMarker) {
            // The expression runs into the end of the input (CPython's parser got there too).
            furthest_line = lex.line_count() + 1;
            if (complete && depth > 0) *complete = false;
            break;
        }
        furthest_line = std::max(furthest_line, t->begin.line);
        Tok tk = t->kind;
        if (depth == 0) {
            bool augassign = tok_is_operator(tk) && tk >= Tok::PLUSEQUAL && tk <= Tok::DOUBLESTAREQUAL &&
                             tk != Tok::DOUBLESLASH && tk != Tok::AT && tk != Tok::RARROW && tk != Tok::ELLIPSIS &&
                             tk != Tok::COLONEQUAL && tk != Tok::EXCLAMATION;
            bool statement_keyword = tok_is_keyword(tk) && tk != Tok::KW_AND && tk != Tok::KW_OR &&
                                     tk != Tok::KW_NOT && tk != Tok::KW_IN && tk != Tok::KW_IS && tk != Tok::KW_IF &&
                                     tk != Tok::KW_ELSE && tk != Tok::KW_AWAIT && tk != Tok::KW_LAMBDA &&
                                     tk != Tok::KW_NONE && tk != Tok::KW_TRUE && tk != Tok::KW_FALSE;
            if (statement_keyword || tk == Tok::COMMA || closes(tk) || tk == Tok::COLON || tk == Tok::EQUAL ||
                tk == Tok::Newline ||
                tk == Tok::KW_FOR || tk == Tok::KW_ASYNC || tk == Tok::SEMI || tk == Tok::EndMarker ||
                tk == Tok::COLONEQUAL || tk == Tok::Indent || tk == Tok::Dedent || augassign)
                break;
            // Two operands in a row: the expression ended before the second.
            if (starts_expression(tk) && ends_expression(last) && tk != Tok::LPAR && tk != Tok::LSQB) break;
        }
        if (depth > 0) {
            // Inside brackets the expression must stay well-formed, or CPython's parse of it
            // fails right there (and looks no further).
            bool after_open = opens(last);
            bool ok_after_open = starts_expression(tk) || closes(tk) || tk == Tok::STAR || tk == Tok::DOUBLESTAR ||
                                 tk == Tok::COLON || tk == Tok::MINUS || tk == Tok::PLUS || tk == Tok::KW_YIELD ||
                                 tk == Tok::FStringMiddle || tk == Tok::FStringEnd;
            bool two_operands = starts_expression(tk) && ends_expression(last) && tk != Tok::LPAR && tk != Tok::LSQB;
            if ((after_open && !ok_after_open) || two_operands || tk == Tok::Newline || tk == Tok::Indent ||
                tk == Tok::Dedent) {
                if (complete) *complete = false;
                return end;
            }
        }
        if (opens(tk)) ++depth;
        if (closes(tk)) --depth;
        end = t->end;
        last = tk;
    }
    return end;
}

SyntaxErrorInfo Driver::fstring_error(const std::string& msg, const Token& at) {
    // CPython 3.11 places f-string errors just past the end of the f-string literal.
    Pos where = at.end;
    for (size_t k = 0; k < 10000; ++k) {
        const Token* t = upcoming(at, k);
        if (!t || t->kind == Tok::EndMarker) break;
        if (t->kind == Tok::FStringEnd && t->fdepth < at.fdepth) {
            where = t->end;
            break;
        }
    }
    return lex.make_error(msg, where, where);
}

std::string Driver::describe_source(const Loc& l) {
    if (nested) return "";
    std::string text = "(" + std::string(slice(l)) + ")";
    Ast sub;
    try {
        Driver d(text, "<fragment>", Mode::Eval, sub);
        d.nested = true;
        Parser p(d);
        if (p.parse() != 0 || !sub.root || sub.root->body.empty()) return "";
    } catch (const SyntaxErrorException&) {
        return "";
    }
    const Expr* e = sub.root->body[0]->as<ExprStmt>()->value;
    return expr_description(e);
}

}  // namespace minipy::parse
