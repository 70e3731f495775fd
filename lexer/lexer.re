// lexer.re — the re2c rules of minipy's lexer: one token of ordinary code per call.
//
// re2c turns the block below into a DFA over bytes. The rules recognise names and keywords,
// numbers, operators, comments and the opening of string literals; the bodies of strings and
// the text parts of f-strings are scanned by hand (layout.cpp), because their end depends on the
// opening quote. Layout (INDENT/DEDENT, NEWLINE vs NL) is also in layout.cpp. See docs/lexer.md.
//
// Pitfalls this file works around (docs/lexer.md): `$` (end of input) cannot sit in an
// alternation; re2c settings persist to the end of the file; YYCTYPE must be unsigned so that
// UTF-8 bytes compare as 0x80..0xff.

#include <cstring>

#include "lexer.hpp"

namespace minipy::parse {

namespace {
enum NumKind { kDec, kHex, kOct, kBin, kFloat, kImag, kLeadingZero };
}

/*!re2c
    re2c:api:style = free-form;
    re2c:define:YYCTYPE = "unsigned char";
    re2c:define:YYCURSOR = cur;
    re2c:define:YYMARKER = mar;
    re2c:define:YYLIMIT = lim;
    re2c:yyfill:enable = 0;
    re2c:eof = 0;

    digitpart  = [0-9] ("_"? [0-9])*;
    decint     = [1-9] ("_"? [0-9])* | "0" ("_"? "0")*;
    leadzero   = "0" ("_"? [0-9])+;
    hexint     = "0" [xX] ("_"? [0-9a-fA-F])+;
    octint     = "0" [oO] ("_"? [0-7])+;
    binint     = "0" [bB] ("_"? [01])+;
    pointfloat = digitpart? "." digitpart | digitpart ".";
    expfloat   = (digitpart | pointfloat) [eE] [+-]? digitpart;
    floatnum   = pointfloat | expfloat;
    imagnum    = (floatnum | digitpart) [jJ];
    idstart    = [a-zA-Z_];
    idchar     = [a-zA-Z0-9_];
    strprefix  = [rRbBuU] | [rR][bB] | [bB][rR];
    fprefix    = [fF] | [fF][rR] | [rR][fF];
*/

void Lexer::scan_code() {
    const unsigned char* cur = reinterpret_cast<const unsigned char*>(m_cur);
    const unsigned char* lim = reinterpret_cast<const unsigned char*>(m_lim);
    const unsigned char* mar = cur;
    for (;;) {
        const unsigned char* tok = cur;
        auto sync = [&] { m_cur = reinterpret_cast<const char*>(cur); };
        auto start_pos = [&] { return pos_at(reinterpret_cast<const char*>(tok)); };
        auto op = [&](Tok t) {
            Pos b = start_pos();
            sync();
            emit(t, b, here());
        };
#define KW(t)                                            \
    if (cur < lim && *cur >= 0x80) goto unicode_name;    \
    op(Tok::t);                                          \
    return;
        /*!re2c
            $ { sync(); end_of_file(); return; }

            [ \t\f]+ { continue; }

            "#" [^\n]* {
                Pos b = start_pos();
                sync();
                emit(Tok::Comment, b, here());
                return;
            }

            "\\" "\n" { continue; }
            "\\" {
                sync();
                Pos b = here();
                fail("unexpected character after line continuation character", b, b);
            }

            "\n" {
                Pos b = start_pos();
                sync();
                newline_token(b);
                return;
            }

            "False"    { KW(KW_FALSE); }
            "None"     { KW(KW_NONE); }
            "True"     { KW(KW_TRUE); }
            "and"      { KW(KW_AND); }
            "as"       { KW(KW_AS); }
            "assert"   { KW(KW_ASSERT); }
            "async"    { KW(KW_ASYNC); }
            "await"    { KW(KW_AWAIT); }
            "break"    { KW(KW_BREAK); }
            "class"    { KW(KW_CLASS); }
            "continue" { KW(KW_CONTINUE); }
            "def"      { KW(KW_DEF); }
            "del"      { KW(KW_DEL); }
            "elif"     { KW(KW_ELIF); }
            "else"     { KW(KW_ELSE); }
            "except"   { KW(KW_EXCEPT); }
            "finally"  { KW(KW_FINALLY); }
            "for"      { KW(KW_FOR); }
            "from"     { KW(KW_FROM); }
            "global"   { KW(KW_GLOBAL); }
            "if"       { KW(KW_IF); }
            "import"   { KW(KW_IMPORT); }
            "in"       { KW(KW_IN); }
            "is"       { KW(KW_IS); }
            "lambda"   { KW(KW_LAMBDA); }
            "nonlocal" { KW(KW_NONLOCAL); }
            "not"      { KW(KW_NOT); }
            "or"       { KW(KW_OR); }
            "pass"     { KW(KW_PASS); }
            "raise"    { KW(KW_RAISE); }
            "return"   { KW(KW_RETURN); }
            "try"      { KW(KW_TRY); }
            "while"    { KW(KW_WHILE); }
            "with"     { KW(KW_WITH); }
            "yield"    { KW(KW_YIELD); }

            idstart idchar* {
                if (cur < lim && *cur >= 0x80) goto unicode_name;
                op(Tok::Name);
                return;
            }
            [\x80-\xff] { goto unicode_name; }

            strprefix? ['"] {
                Pos b = start_pos();
                sync();
                scan_string_body(b, reinterpret_cast<const char*>(tok), Tok::String);
                return;
            }
            fprefix ['"] {
                Pos b = start_pos();
                sync();
                scan_string_body(b, reinterpret_cast<const char*>(tok), Tok::FStringStart);
                return;
            }

            decint   { sync(); finish_number(start_pos(), reinterpret_cast<const char*>(tok), kDec); return; }
            leadzero { sync(); finish_number(start_pos(), reinterpret_cast<const char*>(tok), kLeadingZero); return; }
            hexint   { sync(); finish_number(start_pos(), reinterpret_cast<const char*>(tok), kHex); return; }
            octint   { sync(); finish_number(start_pos(), reinterpret_cast<const char*>(tok), kOct); return; }
            binint   { sync(); finish_number(start_pos(), reinterpret_cast<const char*>(tok), kBin); return; }
            floatnum { sync(); finish_number(start_pos(), reinterpret_cast<const char*>(tok), kFloat); return; }
            imagnum  { sync(); finish_number(start_pos(), reinterpret_cast<const char*>(tok), kImag); return; }
            "0" [xX] {
                sync();
                Pos x = pos_at(m_cur - 1);
                fail("invalid hexadecimal literal", x, x);
            }
            "0" [oO] {
                sync();
                if (cur < lim && *cur >= '0' && *cur <= '9') {
                    std::string m = "invalid digit '";
                    m += static_cast<char>(*cur);
                    fail(m + "' in octal literal", here(), here());
                }
                Pos x = pos_at(m_cur - 1);
                fail("invalid octal literal", x, x);
            }
            "0" [bB] {
                sync();
                if (cur < lim && *cur >= '0' && *cur <= '9') {
                    std::string m = "invalid digit '";
                    m += static_cast<char>(*cur);
                    fail(m + "' in binary literal", here(), here());
                }
                Pos x = pos_at(m_cur - 1);
                fail("invalid binary literal", x, x);
            }

            "("   { Pos b = start_pos(); sync(); open_bracket('(', b, false); emit(Tok::LPAR, b, here()); return; }
            "["   { Pos b = start_pos(); sync(); open_bracket('[', b, false); emit(Tok::LSQB, b, here()); return; }
            "{"   { Pos b = start_pos(); sync(); open_bracket('{', b, false); emit(Tok::LBRACE, b, here()); return; }
            ")"   { Pos b = start_pos(); sync(); close_bracket(')', b); emit(Tok::RPAR, b, here()); return; }
            "]"   { Pos b = start_pos(); sync(); close_bracket(']', b); emit(Tok::RSQB, b, here()); return; }
            "}"   {
                Pos b = start_pos();
                sync();
                if (!m_frames.empty() && m_frames.back().mode == Mode::Field &&
                    m_brackets.size() == m_frames.back().bracket_index + 1) {
                    m_brackets.pop_back();        // the end of an f-string replacement field
                    m_frames.pop_back();
                    emit(Tok::RBRACE, b, here());
                    return;
                }
                close_bracket('}', b);
                emit(Tok::RBRACE, b, here());
                return;
            }
            ":" | ":=" {
                Pos b = start_pos();
                if (!m_frames.empty() && m_frames.back().mode == Mode::Field &&
                    m_brackets.size() == m_frames.back().bracket_index + 1) {
                    // A ':' at the top level of a replacement field starts its format spec
                    // (even in "{x:=5}", where the spec is "=5").
                    cur = tok + 1;
                    sync();
                    // A format spec inside a format spec's field is as deep as CPython goes.
                    for (auto it = m_frames.rbegin(); it != m_frames.rend() && it->mode != Mode::FString; ++it) {
                        if (it->mode == Mode::FormatSpec) {
                            const Frame* lit = nullptr;
                            for (auto jt = it; jt != m_frames.rend(); ++jt)
                                if (jt->mode == Mode::FString) {
                                    lit = &*jt;
                                    break;
                                }
                            Pos at = lit ? fstring_end_guess(m_cur, *lit) : b;
                            fail("f-string: expressions nested too deeply", at, at);
                        }
                    }
                    m_frames.back().mode = Mode::FormatSpec;
                    emit(Tok::COLON, b, here());
                    return;
                }
                sync();
                emit(cur - tok == 2 ? Tok::COLONEQUAL : Tok::COLON, b, here());
                return;
            }
            ","   { op(Tok::COMMA); return; }
            ";"   { op(Tok::SEMI); return; }
            "+"   { op(Tok::PLUS); return; }
            "-"   { op(Tok::MINUS); return; }
            "*"   { op(Tok::STAR); return; }
            "/"   { op(Tok::SLASH); return; }
            "|"   { op(Tok::VBAR); return; }
            "&"   { op(Tok::AMPER); return; }
            "<"   { op(Tok::LESS); return; }
            ">"   { op(Tok::GREATER); return; }
            "="   { op(Tok::EQUAL); return; }
            "."   { op(Tok::DOT); return; }
            "%"   { op(Tok::PERCENT); return; }
            "=="  { op(Tok::EQEQUAL); return; }
            "!="  { op(Tok::NOTEQUAL); return; }
            "<>"  {
                Pos b = start_pos();
                sync();
                fail("invalid syntax", b, here());
            }
            "<="  { op(Tok::LESSEQUAL); return; }
            ">="  { op(Tok::GREATEREQUAL); return; }
            "~"   { op(Tok::TILDE); return; }
            "^"   { op(Tok::CIRCUMFLEX); return; }
            "<<"  { op(Tok::LEFTSHIFT); return; }
            ">>"  { op(Tok::RIGHTSHIFT); return; }
            "**"  { op(Tok::DOUBLESTAR); return; }
            "+="  { op(Tok::PLUSEQUAL); return; }
            "-="  { op(Tok::MINEQUAL); return; }
            "*="  { op(Tok::STAREQUAL); return; }
            "/="  { op(Tok::SLASHEQUAL); return; }
            "%="  { op(Tok::PERCENTEQUAL); return; }
            "&="  { op(Tok::AMPEREQUAL); return; }
            "|="  { op(Tok::VBAREQUAL); return; }
            "^="  { op(Tok::CIRCUMFLEXEQUAL); return; }
            "<<=" { op(Tok::LEFTSHIFTEQUAL); return; }
            ">>=" { op(Tok::RIGHTSHIFTEQUAL); return; }
            "**=" { op(Tok::DOUBLESTAREQUAL); return; }
            "//"  { op(Tok::DOUBLESLASH); return; }
            "//=" { op(Tok::DOUBLESLASHEQUAL); return; }
            "@"   { op(Tok::AT); return; }
            "@="  { op(Tok::ATEQUAL); return; }
            "->"  { op(Tok::RARROW); return; }
            "..." { op(Tok::ELLIPSIS); return; }
            "!"   { op(Tok::EXCLAMATION); return; }

            * {
                sync();
                if (*tok < 0x80 && *tok >= 0x20 && *tok < 0x7F) {
                    // '$', '?', '`': CPython's parser sees an error token and says "invalid syntax".
                    Pos b = start_pos();
                    fail("invalid syntax", b, here());
                }
                fail_invalid_char(tok);
            }
        */
#undef KW
    unicode_name:
        // A name with non-ASCII characters: take every identifier-ish byte, then check it
        // against Unicode's XID classes (CPython's verify_identifier).
        cur = tok;
        while (cur < lim && (*cur >= 0x80 || (*cur >= 'a' && *cur <= 'z') || (*cur >= 'A' && *cur <= 'Z') ||
                             (*cur >= '0' && *cur <= '9') || *cur == '_'))
            ++cur;
        check_identifier(tok, cur);
        op(Tok::Name);
        return;
    }
}

}  // namespace minipy::parse
