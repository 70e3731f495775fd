// layout.cpp — the parts of the lexer that are not regular: line structure and f-string modes.
//
// Design note. Python's layout is a small state machine around the re2c scanner (lexer.re):
//   * At the start of a logical line (not inside brackets) the indentation is measured twice,
//     with tabs to the next multiple of 8 and with tabs as 1 column; CPython calls it ambiguous
//     (TabError) when the two measures order the line differently from the indent stack.
//     Bigger than the top: INDENT; smaller: one DEDENT per popped level, and it must land exactly
//     on an outer level.
//   * Blank and comment-only lines, and every newline inside brackets, give NL (not NEWLINE),
//     so the parser never sees them.
//   * A mode stack handles f-strings (PEP 701, as CPython 3.12): FString scans literal text up
//     to '{' or the closing quote; '{' pushes a Field (ordinary code, scanned by re2c); a ':' at
//     the top level of a Field turns it into a FormatSpec, which scans text up to '{' or '}'.
// Tokens are queued, because one step can produce several (DEDENTs, MIDDLE then END).
#include <algorithm>
#include <cstdio>
#include <cstring>

#include "lexer.hpp"

namespace minipy::parse {

// ---------------------------------------------------------------------------------------------
// Token names.

const char* tok_type_name(Tok t) {
    switch (t) {
    case Tok::EndMarker: return "ENDMARKER";
    case Tok::Name: return "NAME";
    case Tok::Number: return "NUMBER";
    case Tok::String: return "STRING";
    case Tok::FStringStart: return "FSTRING_START";
    case Tok::FStringMiddle: return "FSTRING_MIDDLE";
    case Tok::FStringEnd: return "FSTRING_END";
    case Tok::Newline: return "NEWLINE";
    case Tok::NL: return "NL";
    case Tok::Indent: return "INDENT";
    case Tok::Dedent: return "DEDENT";
    case Tok::Comment: return "COMMENT";
    default: break;
    }
    return tok_is_keyword(t) ? "NAME" : "OP";
}

const char* tok_spelling(Tok t) {
    switch (t) {
#define X(e, s, n) case Tok::e: return s;
        MINIPY_OPERATORS(X)
#undef X
#define X(e, s) case Tok::KW_##e: return s;
        MINIPY_KEYWORDS(X)
#undef X
    default: return "";
    }
}

bool tok_is_keyword(Tok t) { return t >= Tok::KW_FALSE; }
bool tok_is_operator(Tok t) { return t >= Tok::LPAR && t < Tok::KW_FALSE; }

// ---------------------------------------------------------------------------------------------
// UTF-8.

uint32_t decode_utf8(const unsigned char* p, const unsigned char* e, int* len) {
    unsigned c = p[0];
    int n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || p + n > e) {
        *len = 1;
        return 0xFFFD;
    }
    uint32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
    for (int i = 1; i < n; ++i) {
        if ((p[i] & 0xC0) != 0x80) {
            *len = 1;
            return 0xFFFD;
        }
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    static const uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMin[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        *len = 1;
        return 0xFFFD;
    }
    *len = n;
    return cp;
}

void append_utf8(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// ---------------------------------------------------------------------------------------------
// Construction and positions.

Lexer::Lexer(std::string_view source, std::string filename) : m_filename(std::move(filename)) {
    // Universal newlines, as CPython's tokenizer: "\r\n" and a lone "\r" both become "\n".
    m_src.reserve(source.size() + 1);
    size_t i = 0;
    if (source.size() >= 3 && static_cast<unsigned char>(source[0]) == 0xEF &&
        static_cast<unsigned char>(source[1]) == 0xBB && static_cast<unsigned char>(source[2]) == 0xBF)
        i = 3;   // UTF-8 byte order mark
    for (; i < source.size(); ++i) {
        char c = source[i];
        if (c == '\r') {
            m_src += '\n';
            if (i + 1 < source.size() && source[i + 1] == '\n') ++i;
        } else {
            m_src += c;
        }
    }
    m_had_trailing_newline = m_src.empty() || m_src.back() == '\n';
    m_line_starts.push_back(0);
    for (size_t k = 0; k < m_src.size(); ++k)
        if (m_src[k] == '\n' && k + 1 < m_src.size()) m_line_starts.push_back(k + 1);
    if (m_src.empty()) m_line_starts.clear();
    m_cur = m_src.c_str();
    m_lim = m_src.c_str() + m_src.size();
    m_last_line = m_src.empty() ? 0 : static_cast<int>(m_line_starts.size());

    // CPython refuses NUL bytes and files that are not UTF-8 before tokenizing.
    size_t nul = m_src.find('\0');
    if (nul != std::string::npos) {
        Pos at = pos_at(m_src.c_str() + nul);
        SyntaxErrorInfo info;
        info.msg = "source code cannot contain null bytes";
        info.filename = m_filename;
        info.lineno = at.line;
        info.end_lineno = at.line;
        info.text = std::string(line_text(at.line).substr(0, static_cast<size_t>(at.col)));
        throw SyntaxErrorException(info);
    }
    const auto* p = reinterpret_cast<const unsigned char*>(m_src.data());
    const auto* e = p + m_src.size();
    while (p < e) {
        int n;
        if (*p < 0x80) {
            ++p;
            continue;
        }
        uint32_t cp = decode_utf8(p, e, &n);
        if (cp == 0xFFFD && n == 1 && !(p + 2 < e && p[0] == 0xEF && p[1] == 0xBF && p[2] == 0xBD)) {
            Pos at = pos_at(reinterpret_cast<const char*>(p));
            char buf[16];
            std::snprintf(buf, sizeof buf, "\\x%02x", *p);
            SyntaxErrorInfo info;
            info.msg = std::string("Non-UTF-8 code starting with '") + buf + "' in file " + m_filename +
                       " on line " + std::to_string(at.line) +
                       ", but no encoding declared; see https://peps.python.org/pep-0263/ for details";
            info.filename = m_filename;
            info.lineno = 0;   // CPython gives no location: the message names the line
            info.offset = 0;
            throw SyntaxErrorException(info);
        }
        p += n;
    }
}

std::string_view Lexer::line_text(int line) const {
    if (line < 1 || line > static_cast<int>(m_line_starts.size())) return {};
    size_t b = m_line_starts[line - 1];
    size_t e = line < static_cast<int>(m_line_starts.size()) ? m_line_starts[line] - 1 : m_src.size();
    if (e > b && e == m_src.size() && m_src[e - 1] == '\n') --e;
    return std::string_view(m_src).substr(b, e - b);
}

Pos Lexer::pos_at(const char* p) const {
    Pos pos;
    pos.off = static_cast<size_t>(p - m_src.c_str());
    if (m_line_starts.empty()) return pos;
    // The last line start at or before off.
    size_t lo = 0, hi = m_line_starts.size();
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (m_line_starts[mid] <= pos.off) lo = mid; else hi = mid;
    }
    pos.line = static_cast<int>(lo) + 1;
    pos.col = static_cast<int>(pos.off - m_line_starts[lo]);
    // Past a final "\n": the position belongs to the (empty) next line.
    if (pos.off == m_src.size() && !m_src.empty() && m_src.back() == '\n' && pos.off > m_line_starts[lo]) {
        pos.line += 1;
        pos.col = 0;
    }
    return pos;
}

int Lexer::char_col(int line, int byte_col) const {
    std::string_view t = line_text(line);
    // Resume from the last answer on the same line: tokenize asks left to right, and a long
    // line must not cost quadratic time.
    int i = 0, n = 0;
    if (m_col_cache_line == line && m_col_cache_byte <= byte_col) {
        i = m_col_cache_byte;
        n = m_col_cache_chars;
    }
    int lim = std::min(byte_col, static_cast<int>(t.size()));
    for (; i < lim; ++i)
        if ((static_cast<unsigned char>(t[i]) & 0xC0) != 0x80) ++n;
    m_col_cache_line = line;
    m_col_cache_byte = i;
    m_col_cache_chars = n;
    if (byte_col > static_cast<int>(t.size())) n += byte_col - static_cast<int>(t.size());
    return n;
}

SyntaxErrorInfo Lexer::make_error(const std::string& msg, Pos begin, Pos end, const char* type) const {
    SyntaxErrorInfo e;
    e.type = type;
    e.msg = msg;
    e.filename = m_filename;
    e.lineno = begin.line;
    e.offset = char_col(begin.line, begin.col) + 1;
    e.end_lineno = end.line;
    e.end_offset = char_col(end.line, end.col) + 1;
    e.text = std::string(line_text(begin.line));
    return e;
}

void Lexer::fail(const std::string& msg, Pos begin, Pos end, const char* type) const {
    throw SyntaxErrorException(make_error(msg, begin, end, type));
}

void Lexer::fail_invalid_char(const unsigned char* p) {
    int n;
    uint32_t cp = decode_utf8(p, reinterpret_cast<const unsigned char*>(m_lim), &n);
    Pos b = pos_at(reinterpret_cast<const char*>(p));
    char buf[64];
    if (is_printable(cp)) {
        std::string ch;
        append_utf8(ch, cp);
        std::snprintf(buf, sizeof buf, "' (U+%04X)", cp);
        fail("invalid character '" + ch + buf, b, b);
    }
    std::snprintf(buf, sizeof buf, "invalid non-printable character U+%04X", cp);
    fail(buf, b, b);
}

void Lexer::check_identifier(const unsigned char* b, const unsigned char* e) {
    bool first = true;
    for (const unsigned char* p = b; p < e;) {
        int n;
        uint32_t cp = decode_utf8(p, e, &n);
        if (!(first ? is_xid_start(cp) : is_xid_continue(cp))) fail_invalid_char(p);
        first = false;
        p += n;
    }
}

// ---------------------------------------------------------------------------------------------
// The token queue.

void Lexer::emit(Tok kind, Pos begin, Pos end) {
    emit_text(kind, m_src.substr(begin.off, end.off - begin.off), begin, end);
}

void Lexer::emit_text(Tok kind, std::string text, Pos begin, Pos end) {
    switch (kind) {
    case Tok::NL: case Tok::Newline: case Tok::Comment: case Tok::Indent: case Tok::Dedent:
    case Tok::EndMarker:
        break;
    default:
        m_line_has_tokens = true;
    }
    Token t;
    t.kind = kind;
    t.text = std::move(text);
    t.begin = begin;
    t.end = end;
    m_last_kind = kind;
    t.level = static_cast<int>(m_brackets.size());
    t.fdepth = m_fstring_depth;
    t.in_field = !m_brackets.empty() && m_brackets.back().fstring_field;
    m_queue.push_back(std::move(t));
}

Token Lexer::next() {
    while (m_queue_head >= m_queue.size()) {
        m_queue.clear();
        m_queue_head = 0;
        produce();
    }
    return std::move(m_queue[m_queue_head++]);
}

void Lexer::produce() {
    if (m_done) {
        Pos p = pos_at(m_lim);
        p.line = m_last_line + 1;
        p.col = 0;
        emit(Tok::EndMarker, p, p);
        m_queue.back().text.clear();
        return;
    }
    if (!m_frames.empty() && m_frames.back().mode != Mode::Field) {
        scan_fstring_text(m_frames.back());
        return;
    }
    if (m_at_line_start && m_brackets.empty() && m_frames.empty()) {
        m_at_line_start = false;
        scan_line_start();
        if (m_queue_head < m_queue.size()) return;
    }
    scan_code();
}

// ---------------------------------------------------------------------------------------------
// Line structure.

void Lexer::scan_line_start() {
    int col = 0, altcol = 0;
    const char* p = m_cur;
    for (; p < m_lim; ++p) {
        if (*p == ' ') {
            ++col;
            ++altcol;
        } else if (*p == '\t') {
            col = (col / 8 + 1) * 8;
            ++altcol;
        } else if (*p == '\f') {
            col = altcol = 0;
        } else {
            break;
        }
    }
    Pos line_begin = here();
    m_cur = p;
    // Blank lines, comment-only lines and lines ending in a backslash continuation that only
    // joins whitespace do not count for indentation.
    if (p == m_lim || *p == '#' || *p == '\n') return;
    if (*p == '\\' && p + 1 < m_lim && p[1] == '\n') return;

    Pos at = here();
    auto tab_error = [&] {
        Pos b = at;
        b.col = 0;
        b.off = at.off - static_cast<size_t>(at.col);
        fail("inconsistent use of tabs and spaces in indentation", b, b, "TabError");
    };
    if (col == m_indents.back()) {
        if (altcol != m_alt_indents.back()) tab_error();
    } else if (col > m_indents.back()) {
        if (static_cast<int>(m_indents.size()) >= kMaxIndent)
            fail("too many levels of indentation", at, at, "IndentationError");
        if (altcol <= m_alt_indents.back()) tab_error();
        m_indents.push_back(col);
        m_alt_indents.push_back(altcol);
        emit(Tok::Indent, line_begin, at);
    } else {
        while (m_indents.size() > 1 && col < m_indents.back()) {
            m_indents.pop_back();
            m_alt_indents.pop_back();
            emit_text(Tok::Dedent, "", at, at);
        }
        if (col != m_indents.back()) {
            // CPython reports the end of the line.
            const char* q = p;
            while (q < m_lim && *q != '\n') ++q;
            Pos e = pos_at(q);
            fail("unindent does not match any outer indentation level", e, e, "IndentationError");
        }
        if (altcol != m_alt_indents.back()) tab_error();
    }
}

void Lexer::newline_token(Pos at) {
    Pos end = at;   // "\n" ends where it starts + 1, on its own line (as tokenize shows it)
    end.col += 1;
    end.off += 1;
    if (!m_brackets.empty() || !m_frames.empty()) {
        emit(Tok::NL, at, end);
        return;
    }
    m_at_line_start = true;
    if (m_line_has_tokens) {
        m_line_has_tokens = false;
        emit(Tok::Newline, at, end);
    } else {
        emit(Tok::NL, at, end);
    }
}

void Lexer::end_of_file() {
    m_eof_reached = true;
    if (!m_frames.empty()) {
        // Inside an f-string's replacement field: the f-string never ended.
        for (auto it = m_frames.rbegin(); it != m_frames.rend(); ++it) {
            if (it->mode == Mode::FString) {
                fail(std::string(it->triple ? "unterminated triple-quoted string literal"
                                            : "unterminated string literal") +
                         " (detected at line " + std::to_string(m_last_line) + ")",
                     it->start, it->start);
            }
        }
    }
    if (!m_brackets.empty()) {
        const Bracket& b = m_brackets.back();
        fail(std::string("'") + b.ch + "' was never closed", b.pos, b.pos);
    }
    Pos end = here();
    if (m_line_has_tokens) {
        // A last line without "\n" still ends with a NEWLINE (tokenize shows it as '').
        Pos e = end;
        e.col += 1;
        emit_text(Tok::Newline, "", end, e);
        m_line_has_tokens = false;
    }
    Pos last;
    last.line = m_last_line + 1;
    last.col = 0;
    last.off = m_src.size();
    while (m_indents.size() > 1) {
        m_indents.pop_back();
        m_alt_indents.pop_back();
        emit_text(Tok::Dedent, "", last, last);
    }
    emit_text(Tok::EndMarker, "", last, last);
    m_done = true;
}

// ---------------------------------------------------------------------------------------------
// Brackets.

void Lexer::open_bracket(char c, Pos p, bool field) {
    if (static_cast<int>(m_brackets.size()) >= kMaxBrackets) fail("too many nested parentheses", p, p);
    m_brackets.push_back({c, p, field});
}

void Lexer::close_bracket(char c, Pos p) {
    if (m_brackets.empty()) fail(std::string("unmatched '") + c + "'", p, p);
    const Bracket& open = m_brackets.back();
    char want = open.ch == '(' ? ')' : open.ch == '[' ? ']' : '}';
    if (open.fstring_field && c != '}') fail(std::string("f-string: unmatched '") + c + "'", p, p);
    if (c != want) {
        std::string m = std::string("closing parenthesis '") + c + "' does not match opening parenthesis '" +
                        open.ch + "'";
        if (open.pos.line != p.line) m += " on line " + std::to_string(open.pos.line);
        fail(m, p, p);
    }
    m_brackets.pop_back();
}

// ---------------------------------------------------------------------------------------------
// Numbers.

void Lexer::finish_number(Pos start, const char* text_begin, int kind) {
    enum { kDec, kHex, kOct, kBin, kFloat, kImag, kLeadingZero };
    const auto* c = reinterpret_cast<const unsigned char*>(m_cur);
    const auto* lim = reinterpret_cast<const unsigned char*>(m_lim);
    const char* what = kind == kHex ? "hexadecimal" : kind == kOct ? "octal" : kind == kBin ? "binary"
                     : kind == kImag ? "imaginary" : "decimal";
    if (c < lim) {
        if ((kind == kBin || kind == kOct) && *c >= '0' && *c <= '9') {
            std::string m = "invalid digit '";
            m += static_cast<char>(*c);
            fail(m + "' in " + what + " literal", here(), here());
        }
        if (*c == '_') fail(std::string("invalid ") + what + " literal", here(), here());
        bool id = (*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || *c >= 0x80;
        if (id) {
            // "1if x else y" and friends are accepted (with a warning in CPython).
            static const char* const kAllowed[] = {"and", "else", "for", "if", "in", "is", "not", "or"};
            bool ok = false;
            for (const char* kw : kAllowed) {
                size_t n = std::strlen(kw);
                if (static_cast<size_t>(lim - c) >= n && std::memcmp(c, kw, n) == 0) ok = true;
            }
            if (!ok) {
                if (kind == kFloat || kind == kLeadingZero) what = "decimal";
                Pos last = pos_at(m_cur - 1);   // CPython points at the number's last character
                fail(std::string("invalid ") + what + " literal", last, last);
            }
        }
    }
    if (kind == kLeadingZero) {
        // The range covers the leading zeros (and underscores among them).
        const char* q = text_begin;
        while (q < m_cur && (*q == '0' || *q == '_')) ++q;
        Pos e = pos_at(q);
        fail("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
             start, e);
    }
    (void)text_begin;
    emit(Tok::Number, start, here());
}

// ---------------------------------------------------------------------------------------------
// Strings. `prefix` points at the literal's first character; m_cur is just past the opening quote.

void Lexer::scan_string_body(Pos start, const char* prefix, Tok kind) {
    char q = m_cur[-1];
    bool raw = false;
    for (const char* p = prefix; p < m_cur - 1; ++p)
        if (*p == 'r' || *p == 'R') raw = true;
    bool triple = false;
    if (m_lim - m_cur >= 2 && m_cur[0] == q && m_cur[1] == q) {
        triple = true;
        m_cur += 2;
    }
    if (kind == Tok::FStringStart) {
        if (++m_fstring_depth > kMaxFStringNesting) fail("f-string: expressions nested too deeply", start, start);
        Frame f;
        f.mode = Mode::FString;
        f.quote = q;
        f.triple = triple;
        f.raw = raw;
        f.start = start;
        m_frames.push_back(f);
        emit(Tok::FStringStart, start, here());
        return;
    }
    const char* p = m_cur;
    auto inside_field = [&] { return !m_frames.empty() && m_frames.back().mode == Mode::Field; };
    for (;;) {
        if ((p >= m_lim || (*p == '\n' && !triple)) && inside_field()) {
            // f"{x": the quote that should have closed the f-string opened a string instead.
            Pos at = pos_at(m_cur);
            fail("f-string: expecting '}'", at, at);
        }
        if (p >= m_lim) {
            if (triple)
                fail("unterminated triple-quoted string literal (detected at line " + std::to_string(m_last_line) + ")",
                     start, start);
            fail("unterminated string literal (detected at line " + std::to_string(start.line) + ")", start, start);
        }
        char c = *p;
        if (c == '\\') {
            p += (p + 1 < m_lim) ? 2 : 1;
            continue;
        }
        if (c == '\n' && !triple) {
            fail("unterminated string literal (detected at line " + std::to_string(pos_at(p).line) + ")", start,
                 start);
        }
        if (c == q) {
            if (!triple) {
                ++p;
                break;
            }
            if (m_lim - p >= 3 && p[1] == q && p[2] == q) {
                p += 3;
                break;
            }
        }
        ++p;
    }
    m_cur = p;
    emit(Tok::String, start, here());
}

// CPython 3.11 reports f-string errors just past the end of the literal: find where it ends.
Pos Lexer::fstring_end_guess(const char* p, const Frame& lit) const {
    while (p < m_lim) {
        if (*p == '\\') {
            p += 2;
            continue;
        }
        if (*p == '\n' && !lit.triple) break;
        if (*p == lit.quote && (!lit.triple || (m_lim - p >= 3 && p[1] == lit.quote && p[2] == lit.quote)))
            return pos_at(p + (lit.triple ? 3 : 1));
        ++p;
    }
    return pos_at(std::min(p, m_lim));
}

// The text of an f-string (mode FString) or of a format spec (mode FormatSpec).
void Lexer::scan_fstring_text(Frame& f) {
    bool spec = f.mode == Mode::FormatSpec;
    // The f-string this text belongs to (a format spec looks through to its literal).
    const Frame* lit = &f;
    for (auto it = m_frames.rbegin(); it != m_frames.rend(); ++it)
        if (it->mode == Mode::FString) {
            lit = &*it;
            break;
        }
    char q = lit->quote;
    bool triple = lit->triple, raw = lit->raw;
    const char* start = m_cur;
    const char* p = m_cur;
    auto middle = [&](const char* end, const char* resume) {
        Pos b = pos_at(start), e = pos_at(end);
        emit_text(Tok::FStringMiddle, std::string(start, end), b, e);
        m_cur = resume;
    };
    for (;;) {
        if (p >= m_lim) {
            m_cur = p;
            m_eof_reached = true;
            fail(std::string(triple ? "unterminated triple-quoted string literal" : "unterminated string literal") +
                     " (detected at line " + std::to_string(m_last_line) + ")",
                 lit->start, lit->start);
        }
        char c = *p;
        bool closes = c == q && (!triple || (m_lim - p >= 3 && p[1] == q && p[2] == q));
        if (closes) {
            if (spec) {
                Pos at = pos_at(p + (triple ? 3 : 1));
                fail("f-string: expecting '}'", at, at);
            }
            if (p > start) return middle(p, p);
            m_cur = p + (triple ? 3 : 1);
            m_frames.pop_back();
            --m_fstring_depth;
            emit(Tok::FStringEnd, pos_at(p), here());
            return;
        }
        if (c == '\n' && !triple) {
            if (spec) {
                Pos at = pos_at(p);
                fail("f-string: newlines are not allowed in format specifiers for single quoted f-strings", at, at);
            }
            fail("unterminated string literal (detected at line " + std::to_string(pos_at(p).line) + ")",
                 lit->start, lit->start);
        }
        if (c == '\\' && p + 1 < m_lim) {
            char d = p[1];
            if (!raw && d == 'N' && p + 2 < m_lim && p[2] == '{') {
                const char* r = p + 3;
                while (r < m_lim && *r != '}' && *r != q && *r != '\n') ++r;
                p = (r < m_lim && *r == '}') ? r + 1 : p + 2;
                continue;
            }
            if (d == '{' || d == '}') {
                ++p;
                continue;
            }
            p += 2;
            continue;
        }
        if (c == '{') {
            if (!spec && p + 1 < m_lim && p[1] == '{') return middle(p + 1, p + 2);
            if (p > start) return middle(p, p);
            Pos b = pos_at(p);
            m_cur = p + 1;
            open_bracket('{', b, true);
            Frame field;
            field.mode = Mode::Field;
            field.bracket_index = m_brackets.size() - 1;
            m_frames.push_back(field);
            emit(Tok::LBRACE, b, here());
            return;
        }
        if (c == '}') {
            if (spec) {
                if (p > start) return middle(p, p);
                // The end of the format spec is the end of its replacement field. CPython 3.12
                // emits an empty FSTRING_MIDDLE before it when the spec ends without text.
                Pos b = pos_at(p);
                if (m_last_kind != Tok::FStringMiddle) emit_text(Tok::FStringMiddle, "", b, b);
                m_cur = p + 1;
                m_frames.pop_back();
                m_brackets.pop_back();
                emit(Tok::RBRACE, b, here());
                return;
            }
            if (p + 1 < m_lim && p[1] == '}') return middle(p + 1, p + 2);
            Pos at = fstring_end_guess(p, *lit);
            fail("f-string: single '}' is not allowed", at, at);
        }
        ++p;
    }
}

}  // namespace minipy::parse
