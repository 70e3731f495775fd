// driver.hpp — what the Bison parser works with: the token feed, the AST arena, and the helpers
// its actions call to build nodes (builder.cpp) and to report errors (errors.cpp).
//
// Internal to parser/; the public API is parse.hpp.
#pragma once

#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "ast.hpp"
#include "lexer.hpp"
#include "parse.hpp"
#include "syntax_error.hpp"

namespace minipy::parse {

// A Bison location: the byte positions of the first and one past the last character.
struct Loc {
    Pos begin, end;
};

// ---------------------------------------------------------------------------------------------
// Values the grammar passes around before they become nodes.

struct SeqItems {                 // "a, b, c" with or without a trailing comma
    ExprList items;
    bool trailing_comma = false;
};

struct CallArg {
    enum Kind { Positional, Star, Keyword, DoubleStar, Generator } kind = Positional;
    Expr* value = nullptr;        // the argument (Starred for *x, GeneratorExp for Generator)
    Expr* name = nullptr;         // Keyword: the expression before '=' (must be a Name)
    Pos eq_end;                   // Keyword: the end of its '='
    Loc loc;
};
struct CallArgs {
    std::vector<CallArg> items;
    bool trailing_comma = false;
};

struct Param {
    enum Kind { Plain, Star, DoubleStar, Slash } kind = Plain;
    Arg* arg = nullptr;           // nullptr for a bare '*' and for '/'
    Expr* default_value = nullptr;
    Loc loc;
};

struct CompareChain {
    Expr* left = nullptr;
    std::vector<CmpOp> ops;
    ExprList comparators;
};

// One piece of an implicitly concatenated string: a plain/bytes literal or an f-string.
struct StrPiece {
    enum Kind { Str, Bytes, FString } kind = Str;
    bool u_prefix = false;
    std::string value;            // Str/Bytes
    ExprList parts;               // FString: Constant (str) and FormattedValue nodes
    Loc loc;
};

struct FieldTail {                // what follows the expression of an f-string field
    bool has_eq = false;
    Loc eq_loc;
    int conversion = -1;
    Loc conv_loc;
    bool has_spec = false;
    ExprList spec;
    Loc spec_loc;
};

enum class TargetUse { Assign, AugAssign, AnnAssign, For, With, Comprehension, Del };

const char* expr_description(const Expr* e);   // CPython's words: "function call", "literal", ...

// ---------------------------------------------------------------------------------------------

class Driver {
public:
    Driver(std::string_view source, const std::string& filename, Mode mode, Ast& ast);

    Lexer lex;
    Ast& ast;
    Mode mode;

    // The token feed: ordinary tokens only (no NL or COMMENT), with lookahead.
    Token next_token();
    const Token* peek(size_t k);             // k-th token after the last one handed out
    bool started = false;
    std::vector<Token> recent;                // the last tokens handed to the parser (up to 4)
    std::deque<Token> ahead;
    std::optional<SyntaxErrorInfo> deferred;  // a lexer error met while peeking ahead
    int with_lpar_pending = 0;                // next LPAR is the parenthesized with-items form
    bool lexer_failed = false;                // the error being raised came from the lexer
    std::unordered_map<const Node*, Loc> bare_except;   // `except:` headers, for "must be last"
    std::unordered_set<const Node*> star_handlers;       // handlers written `except*`

    // Expressions written inside parentheses (AnnAssign.simple, starred checks, errors).
    std::unordered_set<const Node*> parenthesized;

    // ----- node construction (builder.cpp)
    template <class T, class... A> T* mk(const Loc& l, A&&... a) {
        T* n = ast.make<T>(std::forward<A>(a)...);
        set_loc(n, l);
        return n;
    }
    static void set_loc(Node* n, const Loc& l) {
        n->lineno = l.begin.line;
        n->col_offset = l.begin.col;
        n->end_lineno = l.end.line;
        n->end_col_offset = l.end.col;
    }
    static Loc loc_of(const Node* n);
    static void set_end(Node* n, const Node* last) {
        n->end_lineno = last->end_lineno;
        n->end_col_offset = last->end_col_offset;
    }

    Expr* seq_to_expr(SeqItems& s, const Loc& l);
    Expr* name(const std::string& id, const Loc& l);
    Expr* number(const std::string& text, const Loc& l);
    Expr* constant(ConstKind k, const Loc& l);
    Expr* binop(Expr* a, Operator op, Expr* b, const Loc& l);
    Expr* boolop(BoolOpKind op, ExprList& values, const Loc& l);
    Expr* compare(CompareChain& c, const Loc& l);
    Expr* named_expr(Expr* target, Expr* value, const Loc& l);
    Expr* call(Expr* func, CallArgs& args, const Loc& parens, const Loc& l);
    Arguments* arguments(std::vector<Param>& params, bool lambda);
    Expr* strings(std::vector<StrPiece>& pieces, const Loc& l);
    StrPiece string_token(const std::string& text, const Loc& l);
    StrPiece fstring(const std::string& start, ExprList& parts, const Loc& l);
    Expr* fstring_middle(const std::string& text, const Loc& l);
    Expr* formatted_value(Expr* value, FieldTail& tail, const Loc& lbrace, const Loc& rbrace, const Loc& l);
    Stmt* assign(std::vector<Expr*>& targets, Expr* value, const Loc& l);
    Stmt* aug_assign(Expr* target, Operator op, Expr* value, const Loc& l);
    Stmt* ann_assign(Expr* target, Expr* annotation, Expr* value, const Loc& l);
    Stmt* import_from(int level, const std::string& module, bool has_module, std::vector<Alias*>& names,
                      const Loc& l);
    void set_context(Expr* e, ExprContext ctx, TargetUse use, bool maybe_eq_hint = false);
    [[noreturn]] void fail_generator_in_bases(const Expr* genexp);

    // ----- errors (errors.cpp)
    [[noreturn]] void fail(const std::string& msg, const Loc& l, const char* type = "SyntaxError");
    [[noreturn]] void fail_node(const std::string& msg, const Node* n);
    // Called by the parser when no action is possible; builds CPython's message.
    SyntaxErrorInfo syntax_error(const Token& lookahead, const std::vector<int>& expected,
                                 const std::vector<std::pair<int, Loc>>& stack);
    SyntaxErrorInfo fstring_error(const std::string& msg, const Token& at);
    std::string describe_source(const Loc& l);   // "function call" for the text "f()", "" if unparsable
    const Token* upcoming(const Token& la, size_t i) { return i == 0 ? &la : peek(i - 1); }
    Pos expression_end(const Token& la, size_t first, bool* complete = nullptr);
    Loc unparenthesize(const Loc& l) const;
    int furthest_line = 0;                    // the last line error diagnosis looked ahead to
    bool nested = false;                      // a sub-parse made while diagnosing an error

    // The first two tokens of the current and of the previous logical line, for messages like
    // "expected an indented block after 'if' statement on line 3".
    struct LineStart {
        Tok first = Tok::EndMarker, second = Tok::EndMarker;
        int line = 0;
    };
    LineStart cur_line, prev_line;
    int tokens_in_line = 0;

    std::string_view slice(const Loc& l) const {
        return std::string_view(lex.source()).substr(l.begin.off, l.end.off - l.begin.off);
    }

    // f"{x=}": the text Constant ("x=") that goes before each self-documenting field.
    std::unordered_map<const Expr*, Constant*> debug_texts;
};

}  // namespace minipy::parse
