// lexer.hpp — turns UTF-8 Python source into tokens (CPython 3.12's token stream).
//
// The token rules (names, numbers, operators, string openings) are re2c rules in lexer.re; the
// layout (INDENT/DEDENT, NEWLINE vs NL, line joining) and the f-string modes are plain C++ in
// layout.cpp. The lexer hands out every token, comments and NL included: `--tokens` prints them
// all, and the parser's adapter drops the ones the grammar does not use. docs/lexer.md tells the
// whole story.
//
// Errors (IndentationError, TabError, unterminated strings, bad numbers, stray characters,
// unbalanced brackets) are thrown as SyntaxErrorException with CPython's message and location.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "parser/syntax_error.hpp"
#include "tokens.def"

namespace minipy::parse {

enum class Tok : uint8_t {
    EndMarker, Name, Number, String, FStringStart, FStringMiddle, FStringEnd,
    Newline, NL, Indent, Dedent, Comment,
#define X(e, s, n) e,
    MINIPY_OPERATORS(X)
#undef X
#define X(e, s) KW_##e,
    MINIPY_KEYWORDS(X)
#undef X
};

const char* tok_type_name(Tok t);     // tokenize's type column: NAME, OP, NUMBER, ...
const char* tok_spelling(Tok t);      // "(" for LPAR, "if" for KW_IF, "" otherwise
bool tok_is_keyword(Tok t);
bool tok_is_operator(Tok t);

// A source position: 1-based line, 0-based UTF-8 byte column, and the byte offset in the buffer.
struct Pos {
    int line = 1;
    int col = 0;
    size_t off = 0;
};

struct Token {
    Tok kind = Tok::EndMarker;
    std::string text;          // the exact source text (FSTRING_MIDDLE: raw text, see docs)
    Pos begin, end;
    int level = 0;             // open brackets (and f-string fields) after this token
    int fdepth = 0;            // f-strings open after this token
    bool in_field = false;     // the innermost open bracket is an f-string field's '{'
};

class Lexer {
public:
    Lexer(std::string_view source, std::string filename);

    // The next token. Throws SyntaxErrorException.
    Token next();

    // The whole normalized buffer ("\r\n" -> "\n") and one of its lines (1-based, without "\n").
    const std::string& source() const { return m_src; }
    std::string_view line_text(int line) const;
    int line_count() const { return static_cast<int>(m_line_starts.size()); }
    const std::string& filename() const { return m_filename; }

    // Builds a SyntaxErrorInfo for a byte range (columns are converted to 1-based characters).
    SyntaxErrorInfo make_error(const std::string& msg, Pos begin, Pos end,
                               const char* type = "SyntaxError") const;
    [[noreturn]] void fail(const std::string& msg, Pos begin, Pos end,
                           const char* type = "SyntaxError") const;

    // Open brackets, innermost last, for "'(' was never closed" at end of file.
    struct Bracket {
        char ch;
        Pos pos;
        bool fstring_field;    // the '{' that opens an f-string replacement field
    };
    const std::vector<Bracket>& brackets() const { return m_brackets; }
    // True once the lexer has reached the end of the input.
    bool at_eof() const { return m_eof_reached; }

    // Columns: byte column on a line -> 0-based character column.
    int char_col(int line, int byte_col) const;

    static constexpr int kMaxBrackets = 200;         // CPython's MAXLEVEL
    static constexpr int kMaxIndent = 100;           // CPython's MAXINDENT
    static constexpr int kMaxFStringNesting = 150;   // f-strings inside f-strings

private:
    // Modes of the mode stack (the bottom, ordinary code, is implicit).
    enum class Mode : uint8_t { FString, Field, FormatSpec };
    struct Frame {
        Mode mode;
        char quote = '"';
        bool triple = false;
        bool raw = false;
        size_t bracket_index = 0;   // Field: index of its '{' in m_brackets
        Pos start;                  // FString: where the literal began
    };

    void produce();                              // appends at least one token to m_queue
    void scan_line_start();                      // indentation of a new logical line
    void scan_code();                            // one token of ordinary code (re2c, lexer.re)
    void scan_fstring_text(Frame& f);            // text of an f-string or of a format spec
    void scan_string_body(Pos start, const char* prefix, Tok kind);   // kind: String or FStringStart
    void finish_number(Pos start, const char* text_begin, int kind);
    void end_of_file();
    Pos fstring_end_guess(const char* p, const Frame& lit) const;
    void emit(Tok kind, Pos begin, Pos end);
    void emit_text(Tok kind, std::string text, Pos begin, Pos end);
    void open_bracket(char c, Pos p, bool field);
    void close_bracket(char c, Pos p);
    void newline_token(Pos at);
    void check_identifier(const unsigned char* b, const unsigned char* e);
    [[noreturn]] void fail_invalid_char(const unsigned char* p);

    Pos pos_at(const char* p) const;             // position of a pointer into m_src
    Pos here() const { return pos_at(m_cur); }

    std::string m_src;
    std::string m_filename;
    std::vector<size_t> m_line_starts;
    const char* m_cur = nullptr;
    const char* m_lim = nullptr;
    const char* m_mar = nullptr;

    std::vector<Token> m_queue;
    size_t m_queue_head = 0;
    std::vector<int> m_indents{0};
    std::vector<int> m_alt_indents{0};
    std::vector<Bracket> m_brackets;
    std::vector<Frame> m_frames;
    bool m_at_line_start = true;
    bool m_line_has_tokens = false;   // a NEWLINE ends this logical line
    bool m_eof_reached = false;
    bool m_done = false;
    bool m_had_trailing_newline = true;
    int m_last_line = 1;              // the line of the last real character
    int m_fstring_depth = 0;
    Tok m_last_kind = Tok::EndMarker;   // the kind of the last token emitted
    mutable int m_col_cache_line = 0, m_col_cache_byte = 0, m_col_cache_chars = 0;
};

// Is this code point allowed to start / continue an identifier (Unicode XID, as CPython)?
bool is_xid_start(uint32_t cp);
bool is_xid_continue(uint32_t cp);
bool is_printable(uint32_t cp);

// Decodes one UTF-8 sequence at p (bounded by e); returns the code point and sets *len.
// Invalid sequences return 0xFFFD with *len = 1.
uint32_t decode_utf8(const unsigned char* p, const unsigned char* e, int* len);
void append_utf8(std::string& out, uint32_t cp);

}  // namespace minipy::parse
