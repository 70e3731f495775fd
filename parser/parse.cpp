// parse.cpp — the front end's API: the token feed between lexer and parser, parse_source(),
// and format_syntax_error().
#include "parse.hpp"

#include <algorithm>
#include <exception>
#include <new>

#include "driver.hpp"
#include "grammar.hpp"

namespace minipy::parse {

Driver::Driver(std::string_view source, const std::string& filename, Mode m, Ast& a)
    : lex(source, filename), ast(a), mode(m) {}

const Token* Driver::peek(size_t k) {
    while (ahead.size() <= k) {
        if (deferred) return nullptr;
        if (!ahead.empty() && ahead.back().kind == Tok::EndMarker) return nullptr;
        try {
            Token t = lex.next();
            if (t.kind == Tok::NL || t.kind == Tok::Comment) continue;
            ahead.push_back(std::move(t));
        } catch (const SyntaxErrorException& e) {
            deferred = e.info();
            return nullptr;
        }
    }
    return &ahead[k];
}

Token Driver::next_token() {
    Token t;
    if (!ahead.empty()) {
        t = std::move(ahead.front());
        ahead.pop_front();
    } else if (deferred) {
        lexer_failed = true;
        throw SyntaxErrorException(*deferred);
    } else {
        try {
            do {
                t = lex.next();
            } while (t.kind == Tok::NL || t.kind == Tok::Comment);
        } catch (const SyntaxErrorException&) {
            lexer_failed = true;
            throw;
        }
    }
    // Track the first tokens of logical lines for block-related messages.
    bool layout = t.kind == Tok::Newline || t.kind == Tok::Indent || t.kind == Tok::Dedent ||
                  t.kind == Tok::EndMarker;
    if (!layout) {
        Tok before = recent.empty() ? Tok::Newline : recent.back().kind;
        if (before == Tok::Newline || before == Tok::Indent || before == Tok::Dedent) {
            prev_line = cur_line;
            cur_line = LineStart{t.kind, Tok::EndMarker, t.begin.line};
            tokens_in_line = 1;
        } else if (tokens_in_line == 1) {
            cur_line.second = t.kind;
            tokens_in_line = 2;
        }
    }
    recent.push_back(t);
    if (recent.size() > 4) recent.erase(recent.begin());
    return t;
}

namespace {

// After `with`, is "( ... ) :" the parenthesized list of with-items (CPython tries that form
// first)? It is when the parentheses are directly followed by ':' and hold no generator, no
// yield and no top-level walrus; otherwise the parentheses belong to an expression.
bool paren_with_items(Driver& d) {
    const Token* open = d.peek(0);
    if (!open || open->kind != Tok::LPAR) return false;
    int depth = 1;
    size_t k = 1;
    bool empty = true;
    for (;; ++k) {
        const Token* t = d.peek(k);
        if (!t || t->kind == Tok::EndMarker || t->kind == Tok::Newline) return false;
        Tok tk = t->kind;
        if (tk == Tok::LPAR || tk == Tok::LSQB || tk == Tok::LBRACE) ++depth;
        if (tk == Tok::RPAR || tk == Tok::RSQB || tk == Tok::RBRACE) {
            if (--depth == 0) break;
        }
        if (depth == 1 && (tk == Tok::KW_FOR || tk == Tok::COLONEQUAL || (tk == Tok::KW_YIELD && empty)))
            return false;
        empty = false;
    }
    const Token* after = d.peek(k + 1);
    return !empty && after && after->kind == Tok::COLON;
}

}  // namespace

Parser::symbol_type yylex(Driver& d) {
    if (!d.started) {
        d.started = true;
        Loc l;
        switch (d.mode) {
        case Mode::File: return Parser::make_START_FILE(l);
        case Mode::Eval: return Parser::make_START_EVAL(l);
        case Mode::Single: return Parser::make_START_SINGLE(l);
        }
    }
    Token t = d.next_token();
    Loc l{t.begin, t.end};
    switch (t.kind) {
    case Tok::EndMarker: return Parser::make_END(l);
    case Tok::Name: return Parser::make_NAME(std::move(t.text), l);
    case Tok::Number: return Parser::make_NUMBER(std::move(t.text), l);
    case Tok::String: return Parser::make_STRING(std::move(t.text), l);
    case Tok::FStringStart: return Parser::make_FSTRING_START(std::move(t.text), l);
    case Tok::FStringMiddle: return Parser::make_FSTRING_MIDDLE(std::move(t.text), l);
    case Tok::FStringEnd: return Parser::make_FSTRING_END(std::move(t.text), l);
    case Tok::Newline: return Parser::make_NEWLINE(l);
    case Tok::Indent: return Parser::make_INDENT(l);
    case Tok::Dedent: return Parser::make_DEDENT(l);
    case Tok::NL: case Tok::Comment: break;   // filtered out by next_token()
    default: break;
    }
    if (t.kind == Tok::KW_WITH) {
        if (paren_with_items(d)) d.with_lpar_pending = 1;
        return Parser::make_KW_WITH(l);
    }
    if (t.kind == Tok::LPAR && d.with_lpar_pending) {
        d.with_lpar_pending = 0;
        return Parser::make_WITH_LPAR(l);
    }
    switch (t.kind) {
#define X(e, s, n) \
    case Tok::e:   \
        return Parser::make_##e(l);
        MINIPY_OPERATORS(X)
#undef X
#define X(e, s)        \
    case Tok::KW_##e: \
        return Parser::make_KW_##e(l);
        MINIPY_KEYWORDS(X)
#undef X
    default: break;
    }
    return Parser::make_END(l);
}

namespace {

// AST depth beyond which the compiler's recursion could exhaust the C++ stack. CPython raises
// RecursionError ("maximum recursion depth exceeded during compilation") in the same situation.
constexpr int kMaxAstDepth = 2000;

bool too_deep(const Node* root) {
    // Iterative depth-first walk with an explicit stack of (node, depth).
    std::vector<std::pair<const Node*, int>> todo{{root, 1}};
    while (!todo.empty()) {
        auto [n, depth] = todo.back();
        todo.pop_back();
        if (depth > kMaxAstDepth) return true;
        visit_children(n, [&](const Node* c) { todo.emplace_back(c, depth + 1); });
    }
    return false;
}

}  // namespace

bool parse_source(std::string_view source, const std::string& filename, Mode mode, Ast& ast,
                  SyntaxErrorInfo* err) {
    try {
        Driver d(source, filename, mode, ast);
        Parser p(d);
        int status;
        try {
            status = p.parse();
        } catch (const SyntaxErrorException&) {
            if (!d.lexer_failed) {
                // Like CPython, tokenize the rest of the file after a parser error: an error of
                // the tokenizer there ("'(' was never closed", an unterminated string) wins.
                for (size_t k = 0; d.peek(k); ++k) {
                }
                if (d.deferred) {
                    // An unclosed bracket only wins when it opened on an earlier line.
                    const std::string& m = d.deferred->msg;
                    bool unclosed = m.size() > 18 && m.compare(m.size() - 18, 18, "' was never closed") == 0;
                    // (CPython compares with the line of the last token the parser read.)
                    int last_line = d.recent.empty() ? 0 : d.recent.back().begin.line;
                    last_line = std::max(last_line, d.furthest_line);
                    // Indentation errors are not exceptions of CPython's tokenizer there, so they
                    // never replace the parser's message.
                    bool indentation = d.deferred->type != "SyntaxError";
                    if (!indentation && (!unclosed || last_line > d.deferred->lineno))
                        throw SyntaxErrorException(*d.deferred);
                }
            }
            throw;
        }
        if (status != 0 || !ast.root) {
            SyntaxErrorInfo e;
            e.msg = "invalid syntax";
            e.filename = filename;
            if (err) *err = e;
            return false;
        }
        if (too_deep(ast.root)) {
            SyntaxErrorInfo e;
            e.type = "RecursionError";
            e.msg = "maximum recursion depth exceeded during compilation";
            e.filename = filename;
            if (err) *err = e;
            ast.root = nullptr;
            return false;
        }
        return true;
    } catch (const SyntaxErrorException& e) {
        if (err) *err = e.info();
    } catch (const std::bad_alloc&) {
        if (err) {
            *err = SyntaxErrorInfo{};
            err->type = "MemoryError";
            err->msg = "";
            err->filename = filename;
        }
    }
    ast.root = nullptr;
    return false;
}

// CPython's print_exception for a SyntaxError (Python/pythonrun.c, 3.11): the text is shown
// without its indentation, and a caret line marks offset..end_offset on it.
std::string format_syntax_error(const SyntaxErrorInfo& e) {
    if (e.lineno <= 0) return e.type + ": " + e.msg + "\n";   // no location (e.g. a decoding error)
    std::string out = "  File \"" + e.filename + "\", line " + std::to_string(e.lineno) + "\n";
    bool exact = e.type == "SyntaxError";
    if (!e.text.empty() || e.lineno > 0) {
        std::string text = e.text;
        long offset = e.offset;
        long end_offset = exact ? e.end_offset : -1;
        if (e.end_lineno > e.lineno && exact) {
            // Several lines: mark up to the end of the first one.
            long chars = 0;
            for (unsigned char c : text)
                if ((c & 0xC0) != 0x80) ++chars;
            end_offset = chars;
        }
        // CPython clips with the line's size in UTF-8 bytes.
        long line_size = static_cast<long>(text.size());
        if (end_offset > line_size + 1) end_offset = line_size + 1;
        long reps = (end_offset > 0 && end_offset > offset) ? end_offset - offset : 1;
        // Work in characters: strip leading blanks, clip, print.
        std::u32string u;
        {
            const auto* p = reinterpret_cast<const unsigned char*>(text.data());
            const auto* end = p + text.size();
            while (p < end) {
                int n;
                u += static_cast<char32_t>(decode_utf8(p, end, &n));
                p += n;
            }
        }
        long off = offset - 1;
        size_t start = 0;
        while (start < u.size() && (u[start] == ' ' || u[start] == '\t' || u[start] == '\f')) {
            ++start;
            --off;
        }
        std::u32string rest = u.substr(start);
        long len = static_cast<long>(rest.size());
        if (len > 0 && rest.back() == '\n') --len;
        if (off > len) off = len;
        std::string line;
        for (char32_t c : rest) append_utf8(line, static_cast<uint32_t>(c));
        out += "    " + line;
        if (line.empty() || line.back() != '\n') out += "\n";
        if (off >= 0) {
            out += "    ";
            for (long i = 0; i < off; ++i) out += ' ';
            for (long i = 0; i < reps; ++i) out += '^';
            out += "\n";
        }
    }
    out += e.type + ": " + e.msg + "\n";
    return out;
}

}  // namespace minipy::parse
