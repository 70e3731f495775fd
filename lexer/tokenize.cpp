// tokenize.cpp — `minipy --tokens`: the lexer's full token stream in the layout of
// `python -m tokenize` (columns in characters, as Python's tokenize reports them).
#include <cstdio>

#include "lexer.hpp"
#include "literals.hpp"
#include "parser/parse.hpp"

namespace minipy::parse {

bool tokenize(std::string_view source, const std::string& filename, std::vector<TokenInfo>* out,
              SyntaxErrorInfo* err) {
    try {
        Lexer lex(source, filename);
        out->push_back({"ENCODING", "utf-8", 0, 0, 0, 0});
        for (;;) {
            Token t = lex.next();
            TokenInfo info;
            info.type = tok_type_name(t.kind);
            info.text = t.text;
            info.line = t.begin.line;
            info.col = lex.char_col(t.begin.line, t.begin.col);
            info.end_line = t.end.line;
            info.end_col = lex.char_col(t.end.line, t.end.col);
            if (t.kind == Tok::Newline && t.text.empty()) info.end_col = info.col + 1;
            out->push_back(std::move(info));
            if (t.kind == Tok::EndMarker) break;
        }
        return true;
    } catch (const SyntaxErrorException& e) {
        if (err) *err = e.info();
        return false;
    }
}

std::string format_tokens(const std::vector<TokenInfo>& tokens) {
    std::string out;
    char buf[64];
    auto pad = [](std::string s, size_t w) {
        if (s.size() < w) s.append(w - s.size(), ' ');
        return s;
    };
    for (const auto& t : tokens) {
        std::snprintf(buf, sizeof buf, "%d,%d-%d,%d:", t.line, t.col, t.end_line, t.end_col);
        // Python pads by characters; the repr may hold non-ASCII characters.
        std::string r = repr_str(t.text);
        size_t chars = 0;
        for (unsigned char c : r)
            if ((c & 0xC0) != 0x80) ++chars;
        out += pad(buf, 20) + pad(t.type, 15) + r;
        if (chars < 15) out.append(15 - chars, ' ');
        out += "\n";
    }
    return out;
}

}  // namespace minipy::parse
