// symtable.hpp — the symbol-table pass of the compiler: which scope each name belongs to.
//
// Before any code is generated, the whole module is walked once to build a tree of scopes (one per
// module, class body, function, lambda and comprehension) recording how each name is used there:
// assigned, a parameter, declared `global`/`nonlocal`, imported, or only read. A second pass
// resolves every name to one of five kinds, which decide the instruction the code generator uses:
//
//   Local           assigned in this function          LOAD_FAST / STORE_FAST
//                   (in module and class bodies)       LOAD_NAME / STORE_NAME
//   GlobalExplicit  declared `global`                  LOAD_GLOBAL / STORE_GLOBAL
//   GlobalImplicit  read here, bound nowhere around    LOAD_GLOBAL (LOAD_NAME in module/class)
//   Free            bound in an enclosing function     LOAD_DEREF (through a closure cell)
//   Cell            local here, but used by an inner   LOAD_DEREF (the cell lives in this frame)
//                   function
//
// The rules are CPython's (Python/symtable.c), including its SyntaxErrors and their messages.
// docs/compiler.md walks through an example.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "parser/ast.hpp"

namespace minipy::vm {

enum class ScopeType : uint8_t { Module, Class, Function };
enum class CompKind : uint8_t { None, List, Set, Dict, Generator };

// How a name is used in one scope (bit set), as CPython's DEF_* flags.
enum SymFlag : uint32_t {
    kDefGlobal = 1u << 0,     // `global x`
    kDefLocal = 1u << 1,      // assigned (x = ..., for x in, def x, class x, del x, ...)
    kDefParam = 1u << 2,      // a parameter
    kDefNonlocal = 1u << 3,   // `nonlocal x`
    kUse = 1u << 4,           // read
    kDefFreeClass = 1u << 5,  // a class-body name that is also free in a method of the class
    kDefImport = 1u << 6,     // bound by import
    kDefAnnot = 1u << 7,      // annotated (x: int)
    kDefCompIter = 1u << 8,   // an iteration variable of a comprehension
    kDefBound = kDefLocal | kDefParam | kDefImport,
};

enum class SymScope : uint8_t { Unknown, Local, GlobalExplicit, GlobalImplicit, Free, Cell };
const char* sym_scope_name(SymScope s);   // "local", "global_explicit", ... (tests, docs)

struct Symbol {
    uint32_t flags = 0;
    SymScope scope = SymScope::Unknown;
};

struct Scope {
    ScopeType type = ScopeType::Module;
    std::string name;                         // function/class name, "lambda", "listcomp", "top"
    const parse::Node* node = nullptr;        // the FunctionDef/Lambda/ClassDef/Comp (null: module)
    Scope* parent = nullptr;
    std::vector<std::unique_ptr<Scope>> children;   // in source order

    std::vector<std::string> order;           // symbol names in order of first mention
    std::unordered_map<std::string, Symbol> symbols;   // keys are mangled names
    std::vector<std::string> params;         // parameters: positional, keyword-only, *args, **kwargs
    std::unordered_map<std::string, const parse::Node*> directives;   // global/nonlocal statement per name

    std::string private_name;                 // class name used for __private name mangling ("" none)
    CompKind comprehension = CompKind::None;
    bool is_async = false;                    // async def
    bool is_lambda = false;
    bool nested = false;                      // inside a function (CO_NESTED)
    bool has_free = false;                    // uses names of enclosing functions
    bool generator = false;                   // contains yield / is a generator expression
    bool coroutine = false;                   // async def, await, or async comprehension
    bool varargs = false;
    bool varkeywords = false;
    bool needs_class_closure = false;         // class body whose methods use __class__ / super
    bool annotation_block = false;            // PEP 563: the throwaway scope annotations are checked in
    int comp_iter_target = 0;                 // visiting an iteration target (builder state)
    int comp_iter_expr = 0;                   // visiting a comprehension's iterable (builder state)

    // The resolved scope of a (mangled) name; Unknown if the name does not occur here.
    SymScope scope_of(const std::string& name) const;
    uint32_t flags_of(const std::string& name) const;
    bool is_function() const { return type == ScopeType::Function; }
};

// A SyntaxError found by the symbol table or the code generator. Thrown inside the compiler and
// converted to parse::SyntaxErrorInfo at compile_module()'s boundary.
struct CompileError {
    std::string msg;
    int lineno = 0, col_offset = 0, end_lineno = 0, end_col_offset = 0;   // col: 0-based bytes
};
[[noreturn]] void throw_compile_error(const parse::Node* at, std::string msg);

class SymbolTable {
public:
    // Builds and analyzes the table of `mod`. Throws CompileError on a SyntaxError.
    explicit SymbolTable(const parse::Module* mod);

    Scope* top() const { return m_top.get(); }
    // `from __future__ import annotations` (PEP 563): annotations are strings, not evaluated.
    bool future_annotations() const { return m_future_annotations; }
    // The scope a FunctionDef, Lambda, ClassDef or comprehension node opened.
    Scope* scope_of(const parse::Node* node) const;

private:
    std::unique_ptr<Scope> m_top;
    bool m_future_annotations = false;
    std::vector<std::unique_ptr<Scope>> m_annotation_scopes;   // PEP 563 annotations, not part of the tree
    std::unordered_map<const parse::Node*, Scope*> m_by_node;
    friend class SymtableBuilder;
};

// Private-name mangling: inside class `Cls`, `__x` becomes `_Cls__x` (unless it ends in "__" or
// contains a dot). `private_name` is the class name ("" outside classes).
std::string mangle(const std::string& private_name, const std::string& name);

// Prints the table as an indented tree (tests and docs/compiler.md).
std::string dump_symtable(const SymbolTable& st);

}  // namespace minipy::vm
