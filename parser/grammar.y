// grammar.y — Python 3.12's statements and expressions (without `match` and `type`) as an
// LALR(1) grammar for Bison. docs/grammar.md explains its shape and how each construct stays
// free of conflicts; `%expect 0` makes any new conflict break the build.
//
// The grammar reads Python permissively where CPython's rules are not LALR(1): assignment
// targets are parsed as expressions (a "cover grammar") and checked in the actions, parameter
// lists are flat comma lists whose order is checked when they become an `arguments` node, and
// keyword arguments are `test '=' test`. Actions only call the Driver's builders (builder.cpp).

%require "3.8"
%language "c++"
%header
%locations
%define api.namespace {minipy::parse}
%define api.parser.class {Parser}
%define api.value.type variant
%define api.token.constructor
%define api.token.prefix {TOK_}
%define api.location.type {minipy::parse::Loc}
%define parse.assert
%define parse.error custom
%define parse.lac full
%expect 0
%param {Driver& drv}

%code requires {
  #include <string>
  #include <vector>
  #include "ast.hpp"
  #include "driver.hpp"
}

%code {
  namespace minipy::parse {
  Parser::symbol_type yylex(Driver& drv);
  }
  #define A (drv)
  using namespace minipy::parse;
}

%token END 0 "end of file"
%token <std::string> NAME "name" NUMBER "number" STRING "string"
%token <std::string> FSTRING_START "f-string start" FSTRING_MIDDLE "f-string middle" FSTRING_END "f-string end"
%token NEWLINE "newline" INDENT "indent" DEDENT "dedent"
%token START_FILE START_EVAL START_SINGLE WITH_LPAR
%token LPAR "(" RPAR ")" LSQB "[" RSQB "]" LBRACE "{" RBRACE "}" COLON ":" COMMA "," SEMI ";"
%token PLUS "+" MINUS "-" STAR "*" SLASH "/" VBAR "|" AMPER "&" LESS "<" GREATER ">" EQUAL "="
%token DOT "." PERCENT "%" EQEQUAL "==" NOTEQUAL "!=" LESSEQUAL "<=" GREATEREQUAL ">=" TILDE "~"
%token CIRCUMFLEX "^" LEFTSHIFT "<<" RIGHTSHIFT ">>" DOUBLESTAR "**" PLUSEQUAL "+=" MINEQUAL "-="
%token STAREQUAL "*=" SLASHEQUAL "/=" PERCENTEQUAL "%=" AMPEREQUAL "&=" VBAREQUAL "|="
%token CIRCUMFLEXEQUAL "^=" LEFTSHIFTEQUAL "<<=" RIGHTSHIFTEQUAL ">>=" DOUBLESTAREQUAL "**="
%token DOUBLESLASH "//" DOUBLESLASHEQUAL "//=" AT "@" ATEQUAL "@=" RARROW "->" ELLIPSIS "..."
%token COLONEQUAL ":=" EXCLAMATION "!"
%token KW_FALSE "False" KW_NONE "None" KW_TRUE "True" KW_AND "and" KW_AS "as" KW_ASSERT "assert"
%token KW_ASYNC "async" KW_AWAIT "await" KW_BREAK "break" KW_CLASS "class" KW_CONTINUE "continue"
%token KW_DEF "def" KW_DEL "del" KW_ELIF "elif" KW_ELSE "else" KW_EXCEPT "except"
%token KW_FINALLY "finally" KW_FOR "for" KW_FROM "from" KW_GLOBAL "global" KW_IF "if"
%token KW_IMPORT "import" KW_IN "in" KW_IS "is" KW_LAMBDA "lambda" KW_NONLOCAL "nonlocal"
%token KW_NOT "not" KW_OR "or" KW_PASS "pass" KW_RAISE "raise" KW_RETURN "return" KW_TRY "try"
%token KW_WHILE "while" KW_WITH "with" KW_YIELD "yield"

%type <StmtList> stmts stmt simple_stmt small_stmts suite block elif_tail opt_else opt_finally
%type <Stmt*> small_stmt expr_stmt compound_stmt if_stmt while_stmt for_stmt try_stmt with_stmt
%type <Stmt*> funcdef classdef decorated async_stmt import_stmt
%type <std::vector<ExceptHandler*>> handlers
%type <ExceptHandler*> handler
%type <ExprList> assign_targets decorators
%type <Expr*> test or_test and_test not_test comparison_expr expr xor_expr and_expr shift_expr arith_expr
%type <Expr*> term factor power await_primary primary atom namedexpr_test star_expr star_or_test
%type <Expr*> star_or_ne star_or_expr lambdef opt_test subscript slice testlist_star_expr exprlist
%type <Expr*> yield_expr rhs subscripts dict_display set_display list_display paren_display opt_returns
%type <Expr*> decorator field_expr strings_expr except_types
%type <ExprList> or_list and_list
%type <CompareChain> comparison
%type <CmpOp> comp_op
%type <Operator> augassign
%type <SeqItems> test_items tse_items el_items sub_items tc_items tc_list set_items
%type <std::pair<ExprList, ExprList>> dict_items
%type <std::pair<Expr*, Expr*>> dict_item
%type <std::vector<Comprehension*>> comp_for
%type <Comprehension*> comp_for_clause
%type <CallArgs> arglist args_list
%type <CallArg> argument
%type <std::vector<Param>> params param_list lparams lparam_list
%type <Param> param lparam
%type <Expr*> param_annotation star_annotation
%type <std::string> dotted_name
%type <int> dots
%type <std::vector<Alias*>> dotted_as_names import_as_names import_targets
%type <Alias*> dotted_as_name import_as_name
%type <std::vector<std::string>> name_list
%type <std::vector<WithItem*>> with_items
%type <WithItem*> with_item
%type <std::vector<StrPiece>> strings
%type <StrPiece> string_piece
%type <ExprList> fstring_parts spec_parts
%type <Expr*> fstring_field
%type <FieldTail> field_tail
%type <int> opt_conversion
%type <bool> opt_comma

%start start

%%

start
  : START_FILE file_input
  | START_SINGLE single_input
  | START_EVAL eval_input
  ;

file_input
  : END                    { A.ast.root = A.ast.make<Module>(); }
  | stmts END              { auto* m = A.ast.make<Module>(); m->body = std::move($1); A.ast.root = m; }
  ;

single_input
  : END                    { A.ast.root = A.ast.make<Module>(); }
  | stmt END               { auto* m = A.ast.make<Module>(); m->body = std::move($1); A.ast.root = m; }
  ;

eval_input
  : testlist_star_expr newlines END {
      auto* m = A.ast.make<Module>();
      auto* s = A.mk<ExprStmt>(@1);
      s->value = $1;
      m->body.push_back(s);
      A.ast.root = m;
    }
  ;

newlines
  : %empty
  | newlines NEWLINE
  ;

stmts
  : stmt                   { $$ = std::move($1); }
  | stmts stmt             { $$ = std::move($1); for (auto* s : $2) $$.push_back(s); }
  ;

stmt
  : simple_stmt            { $$ = std::move($1); }
  | compound_stmt          { $$.push_back($1); }
  ;

simple_stmt
  : small_stmts NEWLINE        { $$ = std::move($1); }
  | small_stmts ";" NEWLINE    { $$ = std::move($1); }
  ;

small_stmts
  : small_stmt                 { $$.push_back($1); }
  | small_stmts ";" small_stmt { $$ = std::move($1); $$.push_back($3); }
  ;

small_stmt
  : expr_stmt                  { $$ = $1; }
  | KW_DEL exprlist            {
      auto* d = A.mk<Delete>(@$);
      if ($2->kind == Kind::Tuple && !A.parenthesized.count($2)) {
          d->targets = $2->as<TupleExpr>()->elts;
      } else {
          d->targets.push_back($2);
      }
      for (auto* t : d->targets) A.set_context(t, ExprContext::Del, TargetUse::Del);
      $$ = d;
    }
  | KW_PASS                    { $$ = A.mk<Pass>(@$); }
  | KW_BREAK                   { $$ = A.mk<Break>(@$); }
  | KW_CONTINUE                { $$ = A.mk<Continue>(@$); }
  | KW_RETURN                  { $$ = A.mk<Return>(@$); }
  | KW_RETURN testlist_star_expr { auto* r = A.mk<Return>(@$); r->value = $2; $$ = r; }
  | KW_RAISE                   { $$ = A.mk<Raise>(@$); }
  | KW_RAISE test              { auto* r = A.mk<Raise>(@$); r->exc = $2; $$ = r; }
  | KW_RAISE test KW_FROM test { auto* r = A.mk<Raise>(@$); r->exc = $2; r->cause = $4; $$ = r; }
  | KW_GLOBAL name_list        { auto* g = A.mk<Global>(@$); g->names = std::move($2); $$ = g; }
  | KW_NONLOCAL name_list      { auto* g = A.mk<Nonlocal>(@$); g->names = std::move($2); $$ = g; }
  | KW_ASSERT test             { auto* a = A.mk<Assert>(@$); a->test = $2; $$ = a; }
  | KW_ASSERT test "," test    { auto* a = A.mk<Assert>(@$); a->test = $2; a->msg = $4; $$ = a; }
  | import_stmt                { $$ = $1; }
  ;

expr_stmt
  : testlist_star_expr         { auto* s = A.mk<ExprStmt>(@$); s->value = $1; $$ = s; }
  | yield_expr                 { auto* s = A.mk<ExprStmt>(@$); s->value = $1; $$ = s; }
  | testlist_star_expr augassign rhs  { $$ = A.aug_assign($1, $2, $3, @$); }
  | testlist_star_expr ":" test       { $$ = A.ann_assign($1, $3, nullptr, @$); }
  | testlist_star_expr ":" test "=" rhs { $$ = A.ann_assign($1, $3, $5, @$); }
  | assign_targets rhs         { $$ = A.assign($1, $2, @$); }
  ;

assign_targets
  : testlist_star_expr "="     { $$.push_back($1); }
  | yield_expr "="             { $$.push_back($1); }
  | assign_targets testlist_star_expr "=" { $$ = std::move($1); $$.push_back($2); }
  | assign_targets yield_expr "=" { $$ = std::move($1); $$.push_back($2); }
  ;

rhs
  : testlist_star_expr         { $$ = $1; }
  | yield_expr                 { $$ = $1; }
  ;

augassign
  : "+="  { $$ = Operator::Add; }      | "-="  { $$ = Operator::Sub; }
  | "*="  { $$ = Operator::Mult; }     | "@="  { $$ = Operator::MatMult; }
  | "/="  { $$ = Operator::Div; }      | "%="  { $$ = Operator::Mod; }
  | "&="  { $$ = Operator::BitAnd; }   | "|="  { $$ = Operator::BitOr; }
  | "^="  { $$ = Operator::BitXor; }   | "<<=" { $$ = Operator::LShift; }
  | ">>=" { $$ = Operator::RShift; }   | "**=" { $$ = Operator::Pow; }
  | "//=" { $$ = Operator::FloorDiv; }
  ;

name_list
  : NAME                       { $$.push_back($1); }
  | name_list "," NAME         { $$ = std::move($1); $$.push_back($3); }
  ;

import_stmt
  : KW_IMPORT dotted_as_names  { auto* i = A.mk<Import>(@$); i->names = std::move($2); $$ = i; }
  | KW_FROM dotted_name KW_IMPORT import_targets      { $$ = A.import_from(0, $2, true, $4, @$); }
  | KW_FROM dots dotted_name KW_IMPORT import_targets { $$ = A.import_from($2, $3, true, $5, @$); }
  | KW_FROM dots KW_IMPORT import_targets             { $$ = A.import_from($2, "", false, $4, @$); }
  ;

dots
  : "."                        { $$ = 1; }
  | "..."                      { $$ = 3; }
  | dots "."                   { $$ = $1 + 1; }
  | dots "..."                 { $$ = $1 + 3; }
  ;

dotted_name
  : NAME                       { $$ = $1; }
  | dotted_name "." NAME       { $$ = $1 + "." + $3; }
  ;

dotted_as_names
  : dotted_as_name                      { $$.push_back($1); }
  | dotted_as_names "," dotted_as_name  { $$ = std::move($1); $$.push_back($3); }
  ;

dotted_as_name
  : dotted_name                { $$ = A.mk<Alias>(@$); $$->name = $1; }
  | dotted_name KW_AS NAME     { $$ = A.mk<Alias>(@$); $$->name = $1; $$->asname = $3; $$->has_asname = true; }
  ;

import_targets
  : "*"                        { auto* a = A.mk<Alias>(@$); a->name = "*"; $$.push_back(a); }
  | "(" import_as_names opt_comma ")" { $$ = std::move($2); }
  | import_as_names            { $$ = std::move($1); }
  | import_as_names ","        {
      A.fail("trailing comma not allowed without surrounding parentheses", Loc{@2.end, @2.end});
    }
  ;

import_as_names
  : import_as_name                      { $$.push_back($1); }
  | import_as_names "," import_as_name  { $$ = std::move($1); $$.push_back($3); }
  ;

import_as_name
  : NAME                       { $$ = A.mk<Alias>(@$); $$->name = $1; }
  | NAME KW_AS NAME            { $$ = A.mk<Alias>(@$); $$->name = $1; $$->asname = $3; $$->has_asname = true; }
  ;

opt_comma
  : %empty                     { $$ = false; }
  | ","                        { $$ = true; }
  ;

// ----- compound statements -------------------------------------------------------------------

compound_stmt
  : if_stmt { $$ = $1; } | while_stmt { $$ = $1; } | for_stmt { $$ = $1; } | try_stmt { $$ = $1; }
  | with_stmt { $$ = $1; } | funcdef { $$ = $1; } | classdef { $$ = $1; } | decorated { $$ = $1; }
  | async_stmt { $$ = $1; }
  ;

suite
  : simple_stmt                { $$ = std::move($1); }
  | NEWLINE block              { $$ = std::move($2); }
  ;

block
  : INDENT stmts DEDENT        { $$ = std::move($2); }
  ;

if_stmt
  : KW_IF namedexpr_test ":" suite elif_tail {
      auto* s = A.mk<If>(@$);
      s->test = $2;
      s->body = std::move($4);
      s->orelse = std::move($5);
      A.set_end(s, s->orelse.empty() ? s->body.back() : s->orelse.back());
      $$ = s;
    }
  ;

elif_tail
  : %empty                     { }
  | KW_ELSE ":" suite          { $$ = std::move($3); }
  | KW_ELIF namedexpr_test ":" suite elif_tail {
      auto* s = A.mk<If>(@$);
      s->test = $2;
      s->body = std::move($4);
      s->orelse = std::move($5);
      A.set_end(s, s->orelse.empty() ? s->body.back() : s->orelse.back());
      $$.push_back(s);
    }
  ;

opt_else
  : %empty                     { }
  | KW_ELSE ":" suite          { $$ = std::move($3); }
  ;

while_stmt
  : KW_WHILE namedexpr_test ":" suite opt_else {
      auto* s = A.mk<While>(@$);
      s->test = $2;
      s->body = std::move($4);
      s->orelse = std::move($5);
      A.set_end(s, s->orelse.empty() ? s->body.back() : s->orelse.back());
      $$ = s;
    }
  ;

for_stmt
  : KW_FOR exprlist KW_IN testlist_star_expr ":" suite opt_else {
      auto* s = A.mk<For>(@$, false);
      A.set_context($2, ExprContext::Store, TargetUse::For);
      s->target = $2;
      s->iter = $4;
      s->body = std::move($6);
      s->orelse = std::move($7);
      A.set_end(s, s->orelse.empty() ? s->body.back() : s->orelse.back());
      $$ = s;
    }
  ;

try_stmt
  : KW_TRY ":" suite handlers opt_else opt_finally {
      bool star = false, plain = false;
      auto* s = A.mk<Try>(@$, false);
      s->body = std::move($3);
      s->handlers = std::move($4);
      s->orelse = std::move($5);
      s->finalbody = std::move($6);
      for (auto* h : s->handlers) {
          bool is_star = A.star_handlers.count(h) != 0;
          if ((is_star && plain) || (!is_star && star)) {
              Loc kw = Driver::loc_of(h);
              kw.end = kw.begin;
              kw.end.col += is_star ? 7 : 6;
              A.fail("cannot have both 'except' and 'except*' on the same 'try'", kw);
          }
          if (is_star) star = true; else plain = true;
      }
      if (star) s->kind = Kind::TryStar;
      const Node* last = !s->finalbody.empty() ? static_cast<const Node*>(s->finalbody.back())
                        : !s->orelse.empty() ? static_cast<const Node*>(s->orelse.back())
                        : static_cast<const Node*>(s->handlers.back());
      A.set_end(s, last);
      $$ = s;
    }
  | KW_TRY ":" suite KW_FINALLY ":" suite {
      auto* s = A.mk<Try>(@$, false);
      s->body = std::move($3);
      s->finalbody = std::move($6);
      A.set_end(s, s->finalbody.back());
      $$ = s;
    }
  ;

opt_finally
  : %empty                     { }
  | KW_FINALLY ":" suite       { $$ = std::move($3); }
  ;

handlers
  : handler                    { $$.push_back($1); }
  | handlers handler           {
      auto it = A.bare_except.find($1.back());
      if (it != A.bare_except.end()) A.fail("default 'except:' must be last", it->second);
      $$ = std::move($1);
      $$.push_back($2);
    }
  ;

handler
  : KW_EXCEPT ":" suite {
      $$ = A.mk<ExceptHandler>(@$);
      $$->body = std::move($3);
      A.set_end($$, $$->body.back());
      A.bare_except[$$] = Loc{@1.begin, @2.end};
    }
  | KW_EXCEPT except_types ":" suite {
      if ($2->kind == Kind::Tuple && !A.parenthesized.count($2))
          A.fail("multiple exception types must be parenthesized", A.loc_of($2));
      $$ = A.mk<ExceptHandler>(@$);
      $$->type = $2;
      $$->body = std::move($4);
      A.set_end($$, $$->body.back());
    }
  | KW_EXCEPT test KW_AS NAME ":" suite {
      $$ = A.mk<ExceptHandler>(@$);
      $$->type = $2;
      $$->name = $4;
      $$->has_name = true;
      $$->body = std::move($6);
      A.set_end($$, $$->body.back());
    }
  | KW_EXCEPT "*" except_types ":" suite {
      if ($3->kind == Kind::Tuple && !A.parenthesized.count($3))
          A.fail("multiple exception types must be parenthesized", A.loc_of($3));
      $$ = A.mk<ExceptHandler>(@$);
      $$->type = $3;
      $$->body = std::move($5);
      A.set_end($$, $$->body.back());
      A.star_handlers.insert($$);
    }
  | KW_EXCEPT "*" test KW_AS NAME ":" suite {
      $$ = A.mk<ExceptHandler>(@$);
      $$->type = $3;
      $$->name = $5;
      $$->has_name = true;
      $$->body = std::move($7);
      A.set_end($$, $$->body.back());
      A.star_handlers.insert($$);
    }
  ;

except_types
  : test_items                 { $$ = A.seq_to_expr($1, @$); }
  | test_items ","             { $1.trailing_comma = true; $$ = A.seq_to_expr($1, @$); }
  ;

test_items
  : test                       { $$.items.push_back($1); }
  | test_items "," test        { $$ = std::move($1); $$.items.push_back($3); }
  ;

with_stmt
  : KW_WITH with_items ":" suite {
      auto* s = A.mk<With>(@$, false);
      s->items = std::move($2);
      s->body = std::move($4);
      A.set_end(s, s->body.back());
      $$ = s;
    }
  | KW_WITH WITH_LPAR with_items opt_comma ")" ":" suite {
      auto* s = A.mk<With>(@$, false);
      s->items = std::move($3);
      s->body = std::move($7);
      A.set_end(s, s->body.back());
      $$ = s;
    }
  ;

with_items
  : with_item                  { $$.push_back($1); }
  | with_items "," with_item   { $$ = std::move($1); $$.push_back($3); }
  ;

with_item
  : test                       { $$ = A.ast.make<WithItem>(); $$->context_expr = $1; }
  | test KW_AS star_or_expr    {
      $$ = A.ast.make<WithItem>();
      $$->context_expr = $1;
      A.set_context($3, ExprContext::Store, TargetUse::With);
      $$->optional_vars = $3;
    }
  ;

funcdef
  : KW_DEF NAME "(" params ")" opt_returns ":" suite {
      auto* f = A.mk<FunctionDef>(@$, false);
      f->name = $2;
      f->args = A.arguments($4, false);
      f->returns = $6;
      f->body = std::move($8);
      A.set_end(f, f->body.back());
      $$ = f;
    }
  ;

opt_returns
  : %empty                     { $$ = nullptr; }
  | "->" test                  { $$ = $2; }
  ;

params
  : %empty                     { }
  | param_list opt_comma       { $$ = std::move($1); }
  ;

param_list
  : param                      { $$.push_back($1); }
  | param_list "," param       { $$ = std::move($1); $$.push_back($3); }
  ;

param
  : NAME param_annotation      {
      $$.kind = Param::Plain;
      $$.arg = A.mk<Arg>(@$);
      $$.arg->arg = $1;
      $$.arg->annotation = $2;
      $$.loc = @$;
    }
  | NAME param_annotation "=" test {
      $$.kind = Param::Plain;
      Loc l{@1.begin, $2 ? @2.end : @1.end};
      $$.arg = A.mk<Arg>(l);
      $$.arg->arg = $1;
      $$.arg->annotation = $2;
      $$.default_value = $4;
      $$.loc = @$;
    }
  | "*"                        { $$.kind = Param::Star; $$.loc = @$; }
  | "*" NAME star_annotation   {
      $$.kind = Param::Star;
      Loc l{@2.begin, $3 ? @3.end : @2.end};
      $$.arg = A.mk<Arg>(l);
      $$.arg->arg = $2;
      $$.arg->annotation = $3;
      $$.loc = @1;
    }
  | "**" NAME param_annotation {
      $$.kind = Param::DoubleStar;
      Loc l{@2.begin, $3 ? @3.end : @2.end};
      $$.arg = A.mk<Arg>(l);
      $$.arg->arg = $2;
      $$.arg->annotation = $3;
      $$.loc = @$;
    }
  | "/"                        { $$.kind = Param::Slash; $$.loc = @$; }
  ;

param_annotation
  : %empty                     { $$ = nullptr; }
  | ":" test                   { $$ = $2; }
  ;

star_annotation
  : %empty                     { $$ = nullptr; }
  | ":" test                   { $$ = $2; }
  | ":" star_expr              { $$ = $2; }
  ;

lparams
  : %empty                     { }
  | lparam_list opt_comma      { $$ = std::move($1); }
  ;

lparam_list
  : lparam                     { $$.push_back($1); }
  | lparam_list "," lparam     { $$ = std::move($1); $$.push_back($3); }
  ;

lparam
  : NAME                       { $$.kind = Param::Plain; $$.arg = A.mk<Arg>(@$); $$.arg->arg = $1; $$.loc = @$; }
  | NAME "=" test              {
      $$.kind = Param::Plain;
      $$.arg = A.mk<Arg>(@1);
      $$.arg->arg = $1;
      $$.default_value = $3;
      $$.loc = @$;
    }
  | "*"                        { $$.kind = Param::Star; $$.loc = @$; }
  | "*" NAME                   { $$.kind = Param::Star; $$.arg = A.mk<Arg>(@2); $$.arg->arg = $2; $$.loc = @1; }
  | "**" NAME                  { $$.kind = Param::DoubleStar; $$.arg = A.mk<Arg>(@2); $$.arg->arg = $2; $$.loc = @$; }
  | "/"                        { $$.kind = Param::Slash; $$.loc = @$; }
  ;

classdef
  : KW_CLASS NAME ":" suite {
      auto* c = A.mk<ClassDef>(@$);
      c->name = $2;
      c->body = std::move($4);
      A.set_end(c, c->body.back());
      $$ = c;
    }
  | KW_CLASS NAME "(" ")" ":" suite {
      auto* c = A.mk<ClassDef>(@$);
      c->name = $2;
      c->body = std::move($6);
      A.set_end(c, c->body.back());
      $$ = c;
    }
  | KW_CLASS NAME "(" arglist ")" ":" suite {
      Loc parens{@3.begin, @5.end};
      for (auto& a : $4.items)
          if (a.kind == CallArg::Generator) A.fail_generator_in_bases(a.value);
      auto* call = A.call(nullptr, $4, parens, parens)->as<Call>();
      auto* c = A.mk<ClassDef>(@$);
      c->name = $2;
      c->bases = std::move(call->args);
      c->keywords = std::move(call->keywords);
      c->body = std::move($7);
      A.set_end(c, c->body.back());
      $$ = c;
    }
  ;

decorated
  : decorators funcdef         { $$ = $2; $$->as<FunctionDef>()->decorator_list = std::move($1); }
  | decorators classdef        { $$ = $2; $$->as<ClassDef>()->decorator_list = std::move($1); }
  | decorators async_stmt      {
      if ($2->kind != Kind::AsyncFunctionDef) A.fail("invalid syntax", A.loc_of($2));
      $$ = $2;
      $$->as<FunctionDef>()->decorator_list = std::move($1);
    }
  ;

decorators
  : decorator                  { $$.push_back($1); }
  | decorators decorator       { $$ = std::move($1); $$.push_back($2); }
  ;

decorator
  : "@" namedexpr_test NEWLINE { $$ = $2; }
  ;

async_stmt
  : KW_ASYNC funcdef           { $$ = $2; $$->kind = Kind::AsyncFunctionDef; Driver::set_loc($$, Loc{@1.begin, A.loc_of($2).end}); }
  | KW_ASYNC with_stmt         { $$ = $2; $$->kind = Kind::AsyncWith; Driver::set_loc($$, Loc{@1.begin, A.loc_of($2).end}); }
  | KW_ASYNC for_stmt          { $$ = $2; $$->kind = Kind::AsyncFor; Driver::set_loc($$, Loc{@1.begin, A.loc_of($2).end}); }
  ;

// ----- expressions ---------------------------------------------------------------------------

testlist_star_expr
  : tse_items                  { $$ = A.seq_to_expr($1, @$); }
  | tse_items ","              { $1.trailing_comma = true; $$ = A.seq_to_expr($1, @$); }
  ;

tse_items
  : star_or_test               { $$.items.push_back($1); }
  | tse_items "," star_or_test { $$ = std::move($1); $$.items.push_back($3); }
  ;

star_or_test
  : test                       { $$ = $1; }
  | star_expr                  { $$ = $1; }
  ;

star_expr
  : "*" expr                   { auto* s = A.mk<Starred>(@$); s->value = $2; $$ = s; }
  ;

exprlist
  : el_items                   { $$ = A.seq_to_expr($1, @$); }
  | el_items ","               { $1.trailing_comma = true; $$ = A.seq_to_expr($1, @$); }
  ;

el_items
  : star_or_expr               { $$.items.push_back($1); }
  | el_items "," star_or_expr  { $$ = std::move($1); $$.items.push_back($3); }
  ;

star_or_expr
  : expr                       { $$ = $1; }
  | star_expr                  { $$ = $1; }
  ;

namedexpr_test
  : test                       { $$ = $1; }
  | test ":=" test             { $$ = A.named_expr($1, $3, @$); }
  ;

star_or_ne
  : namedexpr_test             { $$ = $1; }
  | star_expr                  { $$ = $1; }
  ;

test
  : or_test                    { $$ = $1; }
  | or_test KW_IF or_test KW_ELSE test {
      auto* e = A.mk<IfExp>(@$);
      e->body = $1;
      e->test = $3;
      e->orelse = $5;
      $$ = e;
    }
  | lambdef                    { $$ = $1; }
  ;

lambdef
  : KW_LAMBDA lparams ":" test {
      auto* l = A.mk<Lambda>(@$);
      l->args = A.arguments($2, true);
      l->body = $4;
      $$ = l;
    }
  ;

or_test
  : or_list                    { $$ = A.boolop(BoolOpKind::Or, $1, @$); }
  ;

or_list
  : and_test                   { $$.push_back($1); }
  | or_list KW_OR and_test     { $$ = std::move($1); $$.push_back($3); }
  ;

and_test
  : and_list                   { $$ = A.boolop(BoolOpKind::And, $1, @$); }
  ;

and_list
  : not_test                   { $$.push_back($1); }
  | and_list KW_AND not_test   { $$ = std::move($1); $$.push_back($3); }
  ;

not_test
  : KW_NOT not_test            { auto* u = A.mk<UnaryOp>(@$); u->op = UnaryOpKind::Not; u->operand = $2; $$ = u; }
  | comparison_expr            { $$ = $1; }
  ;

comparison_expr
  : comparison                 { $$ = A.compare($1, @$); }
  ;

comparison
  : expr                       { $$.left = $1; }
  | comparison comp_op expr    { $$ = std::move($1); $$.ops.push_back($2); $$.comparators.push_back($3); }
  ;

comp_op
  : "<"  { $$ = CmpOp::Lt; }   | ">"  { $$ = CmpOp::Gt; }   | "==" { $$ = CmpOp::Eq; }
  | ">=" { $$ = CmpOp::GtE; }  | "<=" { $$ = CmpOp::LtE; }  | "!=" { $$ = CmpOp::NotEq; }
  | KW_IN { $$ = CmpOp::In; }  | KW_NOT KW_IN { $$ = CmpOp::NotIn; }
  | KW_IS { $$ = CmpOp::Is; }  | KW_IS KW_NOT { $$ = CmpOp::IsNot; }
  ;

expr
  : xor_expr                   { $$ = $1; }
  | expr "|" xor_expr          { $$ = A.binop($1, Operator::BitOr, $3, @$); }
  ;

xor_expr
  : and_expr                   { $$ = $1; }
  | xor_expr "^" and_expr      { $$ = A.binop($1, Operator::BitXor, $3, @$); }
  ;

and_expr
  : shift_expr                 { $$ = $1; }
  | and_expr "&" shift_expr    { $$ = A.binop($1, Operator::BitAnd, $3, @$); }
  ;

shift_expr
  : arith_expr                 { $$ = $1; }
  | shift_expr "<<" arith_expr { $$ = A.binop($1, Operator::LShift, $3, @$); }
  | shift_expr ">>" arith_expr { $$ = A.binop($1, Operator::RShift, $3, @$); }
  ;

arith_expr
  : term                       { $$ = $1; }
  | arith_expr "+" term        { $$ = A.binop($1, Operator::Add, $3, @$); }
  | arith_expr "-" term        { $$ = A.binop($1, Operator::Sub, $3, @$); }
  ;

term
  : factor                     { $$ = $1; }
  | term "*" factor            { $$ = A.binop($1, Operator::Mult, $3, @$); }
  | term "/" factor            { $$ = A.binop($1, Operator::Div, $3, @$); }
  | term "%" factor            { $$ = A.binop($1, Operator::Mod, $3, @$); }
  | term "//" factor           { $$ = A.binop($1, Operator::FloorDiv, $3, @$); }
  | term "@" factor            { $$ = A.binop($1, Operator::MatMult, $3, @$); }
  ;

factor
  : "+" factor                 { auto* u = A.mk<UnaryOp>(@$); u->op = UnaryOpKind::UAdd; u->operand = $2; $$ = u; }
  | "-" factor                 { auto* u = A.mk<UnaryOp>(@$); u->op = UnaryOpKind::USub; u->operand = $2; $$ = u; }
  | "~" factor                 { auto* u = A.mk<UnaryOp>(@$); u->op = UnaryOpKind::Invert; u->operand = $2; $$ = u; }
  | power                      { $$ = $1; }
  ;

power
  : await_primary              { $$ = $1; }
  | await_primary "**" factor  { $$ = A.binop($1, Operator::Pow, $3, @$); }
  ;

await_primary
  : KW_AWAIT primary           { auto* a = A.mk<Await>(@$); a->value = $2; $$ = a; }
  | primary                    { $$ = $1; }
  ;

primary
  : atom                       { $$ = $1; }
  | primary "." NAME           {
      auto* a = A.mk<Attribute>(@$);
      a->value = $1;
      a->attr = $3;
      $$ = a;
    }
  | primary "(" ")"            {
      CallArgs none;
      $$ = A.call($1, none, Loc{@2.begin, @3.end}, @$);
    }
  | primary "(" arglist ")"    { $$ = A.call($1, $3, Loc{@2.begin, @4.end}, @$); }
  | primary "[" subscripts "]" {
      auto* s = A.mk<Subscript>(@$);
      s->value = $1;
      s->slice = $3;
      $$ = s;
    }
  ;

subscripts
  : sub_items                  {
      // a[*b] is a[(*b,)]
      if ($1.items.size() == 1 && $1.items[0]->kind == Kind::Starred) $1.trailing_comma = true;
      $$ = A.seq_to_expr($1, @$);
    }
  | sub_items ","              { $1.trailing_comma = true; $$ = A.seq_to_expr($1, @$); }
  ;

sub_items
  : subscript                  { $$.items.push_back($1); }
  | sub_items "," subscript    { $$ = std::move($1); $$.items.push_back($3); }
  ;

subscript
  : namedexpr_test             { $$ = $1; }
  | star_expr                  { $$ = $1; }
  | slice                      { $$ = $1; }
  ;

slice
  : opt_test ":" opt_test      {
      auto* s = A.mk<Slice>(@$);
      s->lower = $1;
      s->upper = $3;
      Loc l{$1 ? @1.begin : @2.begin, $3 ? @3.end : @2.end};
      Driver::set_loc(s, l);
      $$ = s;
    }
  | opt_test ":" opt_test ":" opt_test {
      auto* s = A.mk<Slice>(@$);
      s->lower = $1;
      s->upper = $3;
      s->step = $5;
      Loc l{$1 ? @1.begin : @2.begin, $5 ? @5.end : @4.end};
      Driver::set_loc(s, l);
      $$ = s;
    }
  ;

opt_test
  : %empty                     { $$ = nullptr; }
  | test                       { $$ = $1; }
  ;

atom
  : NAME                       { $$ = A.name($1, @$); }
  | NUMBER                     { $$ = A.number($1, @$); }
  | strings_expr               { $$ = $1; }
  | "..."                      { $$ = A.constant(ConstKind::Ellipsis, @$); }
  | KW_NONE                    { $$ = A.constant(ConstKind::None, @$); }
  | KW_TRUE                    { $$ = A.constant(ConstKind::True, @$); }
  | KW_FALSE                   { $$ = A.constant(ConstKind::False, @$); }
  | paren_display              { $$ = $1; }
  | list_display               { $$ = $1; }
  | dict_display               { $$ = $1; }
  | set_display                { $$ = $1; }
  ;

paren_display
  : "(" ")"                    { $$ = A.mk<TupleExpr>(@$); }
  | "(" yield_expr ")"         { $$ = $2; A.parenthesized.insert($$); }
  | "(" tc_items ")"           {
      if ($2.items.size() == 1 && !$2.trailing_comma) {
          $$ = $2.items[0];
          A.parenthesized.insert($$);
      } else {
          $$ = A.seq_to_expr($2, @$);
          A.parenthesized.insert($$);
      }
    }
  | "(" namedexpr_test comp_for ")" {
      auto* g = A.mk<Comp>(@$, Kind::GeneratorExp);
      g->elt = $2;
      g->generators = std::move($3);
      A.parenthesized.insert(g);
      $$ = g;
    }
  ;

tc_items
  : tc_list                    { $$ = std::move($1); }
  | tc_list ","                { $$ = std::move($1); $$.trailing_comma = true; }
  ;

tc_list
  : star_or_ne                 { $$.items.push_back($1); }
  | tc_list "," star_or_ne     { $$ = std::move($1); $$.items.push_back($3); }
  ;

list_display
  : "[" "]"                    { $$ = A.mk<ListExpr>(@$); }
  | "[" tc_items "]"           { auto* l = A.mk<ListExpr>(@$); l->elts = std::move($2.items); $$ = l; }
  | "[" namedexpr_test comp_for "]" {
      auto* c = A.mk<Comp>(@$, Kind::ListComp);
      c->elt = $2;
      c->generators = std::move($3);
      $$ = c;
    }
  ;

dict_display
  : "{" "}"                    { $$ = A.mk<DictExpr>(@$); }
  | "{" dict_items opt_comma "}" {
      auto* d = A.mk<DictExpr>(@$);
      d->keys = std::move($2.first);
      d->values = std::move($2.second);
      $$ = d;
    }
  | "{" test ":" test comp_for "}" {
      auto* c = A.mk<Comp>(@$, Kind::DictComp);
      c->key = $2;
      c->value = $4;
      c->generators = std::move($5);
      $$ = c;
    }
  ;

dict_items
  : dict_item                  { $$.first.push_back($1.first); $$.second.push_back($1.second); }
  | dict_items "," dict_item   { $$ = std::move($1); $$.first.push_back($3.first); $$.second.push_back($3.second); }
  ;

dict_item
  : test ":" test              { $$ = {$1, $3}; }
  | "**" expr                  { $$ = {nullptr, $2}; }
  ;

set_display
  : "{" set_items "}"          { auto* s = A.mk<SetExpr>(@$); s->elts = std::move($2.items); $$ = s; }
  | "{" namedexpr_test comp_for "}" {
      auto* c = A.mk<Comp>(@$, Kind::SetComp);
      c->elt = $2;
      c->generators = std::move($3);
      $$ = c;
    }
  ;

set_items
  : tc_list                    { $$ = std::move($1); }
  | tc_list ","                { $$ = std::move($1); $$.trailing_comma = true; }
  ;

comp_for
  : comp_for_clause            { $$.push_back($1); }
  | comp_for comp_for_clause   { $$ = std::move($1); $$.push_back($2); }
  | comp_for KW_IF or_test     { $$ = std::move($1); $$.back()->ifs.push_back($3); }
  ;

comp_for_clause
  : KW_FOR exprlist KW_IN or_test {
      $$ = A.ast.make<Comprehension>();
      A.set_context($2, ExprContext::Store, TargetUse::Comprehension);
      $$->target = $2;
      $$->iter = $4;
    }
  | KW_ASYNC KW_FOR exprlist KW_IN or_test {
      $$ = A.ast.make<Comprehension>();
      A.set_context($3, ExprContext::Store, TargetUse::Comprehension);
      $$->target = $3;
      $$->iter = $5;
      $$->is_async = true;
    }
  ;

arglist
  : args_list                  { $$ = std::move($1); }
  | args_list ","              { $$ = std::move($1); $$.trailing_comma = true; }
  ;

args_list
  : argument                   { $$.items.push_back($1); }
  | args_list "," argument     { $$ = std::move($1); $$.items.push_back($3); }
  ;

argument
  : test                       { $$.kind = CallArg::Positional; $$.value = $1; $$.loc = @$; }
  | test ":=" test             { $$.kind = CallArg::Positional; $$.value = A.named_expr($1, $3, @$); $$.loc = @$; }
  | test comp_for              {
      auto* g = A.mk<Comp>(@$, Kind::GeneratorExp);
      g->elt = $1;
      g->generators = std::move($2);
      $$.kind = CallArg::Generator;
      $$.value = g;
      $$.loc = @$;
    }
  | test "=" test              { $$.kind = CallArg::Keyword; $$.name = $1; $$.value = $3; $$.eq_end = @2.end; $$.loc = @$; }
  | "*" test                   {
      auto* s = A.mk<Starred>(@$);
      s->value = $2;
      $$.kind = CallArg::Star;
      $$.value = s;
      $$.loc = @$;
    }
  | "**" test                  { $$.kind = CallArg::DoubleStar; $$.value = $2; $$.loc = @$; }
  ;

yield_expr
  : KW_YIELD                   { $$ = A.mk<Yield>(@$); }
  | KW_YIELD KW_FROM test      { auto* y = A.mk<YieldFrom>(@$); y->value = $3; $$ = y; }
  | KW_YIELD testlist_star_expr { auto* y = A.mk<Yield>(@$); y->value = $2; $$ = y; }
  ;

// ----- strings and f-strings -----------------------------------------------------------------

strings_expr
  : strings                    { $$ = A.strings($1, @$); }
  ;

strings
  : string_piece               { $$.push_back(std::move($1)); }
  | strings string_piece       { $$ = std::move($1); $$.push_back(std::move($2)); }
  ;

string_piece
  : STRING                     { $$ = A.string_token($1, @$); }
  | FSTRING_START fstring_parts FSTRING_END { $$ = A.fstring($1, $2, @$); }
  ;

fstring_parts
  : %empty                     { }
  | fstring_parts FSTRING_MIDDLE { $$ = std::move($1); $$.push_back(A.fstring_middle($2, @2)); }
  | fstring_parts fstring_field  { $$ = std::move($1); $$.push_back($2); }
  ;

fstring_field
  : "{" field_expr field_tail "}" { $$ = A.formatted_value($2, $3, @1, @4, @$); }
  ;

field_expr
  : testlist_star_expr         { $$ = $1; }
  | yield_expr                 { $$ = $1; }
  ;

field_tail
  : opt_conversion             { $$.conversion = $1; $$.conv_loc = @1; }
  | opt_conversion ":" spec_parts {
      $$.conversion = $1;
      $$.conv_loc = @1;
      $$.has_spec = true;
      $$.spec = std::move($3);
      $$.spec_loc = Loc{@2.begin, @3.end};
    }
  | "=" opt_conversion         { $$.has_eq = true; $$.eq_loc = @1; $$.conversion = $2; $$.conv_loc = @2; }
  | "=" opt_conversion ":" spec_parts {
      $$.has_eq = true;
      $$.eq_loc = @1;
      $$.conversion = $2;
      $$.conv_loc = @2;
      $$.has_spec = true;
      $$.spec = std::move($4);
      $$.spec_loc = Loc{@3.begin, @4.end};
    }
  ;

opt_conversion
  : %empty                     { $$ = -1; }
  | "!" NAME                   {
      if ($2 != "s" && $2 != "r" && $2 != "a")
          throw SyntaxErrorException(A.fstring_error("f-string: invalid conversion character: expected 's', 'r', or 'a'",
                                                     A.recent.back()));
      $$ = $2[0];
    }
  ;

spec_parts
  : %empty                     { }
  | spec_parts FSTRING_MIDDLE  { $$ = std::move($1); $$.push_back(A.fstring_middle($2, @2)); }
  | spec_parts fstring_field   { $$ = std::move($1); $$.push_back($2); }
  ;

%%

void minipy::parse::Parser::error(const location_type& loc, const std::string& msg) {
    drv.fail(msg, loc);
}

// CPython's messages for a token the grammar cannot take (errors.cpp does the diagnosis).
void minipy::parse::Parser::report_syntax_error(const context& ctx) const {
    symbol_kind_type expected[64];
    int n = ctx.expected_tokens(expected, 64);
    std::vector<int> exp;
    for (int i = 0; i < n; ++i) exp.push_back(static_cast<int>(expected[i]));
    std::vector<std::pair<int, Loc>> locs;
    for (int i = 0; i < static_cast<int>(yystack_.size()) && i < 256; ++i)
        locs.emplace_back(static_cast<int>(yystack_[i].kind()), yystack_[i].location);
    const Token& la = drv.recent.empty() ? Token{} : drv.recent.back();
    throw SyntaxErrorException(drv.syntax_error(la, exp, locs));
}
