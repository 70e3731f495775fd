// interpreter.hpp — process-wide interpreter state and the VM's public API (used by stdlib/ and
// by main.cpp).
#pragma once

#include <atomic>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "parser/syntax_error.hpp"
#include "runtime/dict.hpp"
#include "runtime/module.hpp"
#include "runtime/object.hpp"
#include "vm/code.hpp"
#include "vm/frame.hpp"
#include "vm/thread_state.hpp"

namespace minipy::vm {

class Gil;

// A module implemented in C++: stdlib/ provides the table, the interpreter imports from it.
struct NativeModuleDef {
    const char* name;                // nullptr ends a table
    rt::Module* (*init)();           // returns a new reference, or null with an exception set
};

struct Config {
    bool gil_enabled = true;         // false with --no-gil / -X gil=0 / PYTHON_GIL=0
    std::string gil_policy = "cpython";   // or "priority" (-X gil_policy=priority)
    int64_t switch_interval_us = 5000;
    bool trace = false;              // --trace: print each executed instruction
    bool gil_stats = false;          // --gil-stats
    std::string gil_trace_file;      // --gil-trace FILE
    std::vector<std::string> argv;   // sys.argv
    std::string script_dir;          // sys.path[0]
    std::vector<std::string> python_path;   // PYTHONPATH's directories: sys.path[1:]
};

struct Interpreter {
    Config config;
    rt::Module* builtins_module = nullptr;
    rt::Dict* builtins = nullptr;    // builtins_module's dict
    rt::Module* sys_module = nullptr;
    rt::Dict* modules = nullptr;     // sys.modules
    const NativeModuleDef* native_modules = nullptr;
    Gil* gil = nullptr;
    std::mutex threads_mutex;
    std::vector<ThreadState*> threads;   // guarded by threads_mutex
    std::atomic<int> thread_count{0};     // threads.size(), readable without the mutex
    ThreadState* main_thread = nullptr;
    std::atomic<bool> finalizing{false};
};

extern Interpreter* g_interp;

// Creates the interpreter and the main thread state; the runtime must be initialized.
Interpreter* interpreter_new(const Config& config, const NativeModuleDef* native_modules);

// --- running code -----------------------------------------------------------------------------
// Executes a code object with the given globals (and locals mapping, null for globals).
rt::Value run_code(Code* code, rt::Dict* globals, rt::Value locals);
// Calls a function whose code runs with `locals` as its LOAD_NAME/STORE_NAME mapping (class bodies).
rt::Value run_function_with_locals(rt::Function* func, rt::Value locals);
// Compiles source; on a syntax error raises SyntaxError (or a subclass) and returns null.
Code* compile_or_raise(std::string_view source, const std::string& filename, int mode);
rt::Value syntax_error_to_exception(const parse::SyntaxErrorInfo& info);

// --- introspection ----------------------------------------------------------------------------
Frame* current_frame();
rt::Value current_globals();         // borrowed; null at the bottom
rt::Value frame_locals(Frame* f);    // locals() of a frame: new reference (a dict)

// --- modules ----------------------------------------------------------------------------------
rt::Value import_module(rt::Value name, rt::Value globals, rt::Value fromlist, int level);
rt::Value import_module_cstr(const char* name);
// Registers source text that `import name` should find (embedded stdlib); used by stdlib.
void add_module_source(const char* name, const char* path, bool package, const char* text);
const char* find_embedded_source(const std::string& name, bool* package, const char** path);
// What the import system finds for a module before running anything (CPython's "spec").
struct ModuleSource {
    enum class Kind { Native, Embedded, File };
    Kind kind = Kind::File;
    const NativeModuleDef* native = nullptr;   // Kind::Native
    std::string file;                          // __file__: a path, or "<frozen name>" when embedded
    std::string source;                        // the text (Embedded, File)
    bool package = false;
    std::string package_dir;                   // a package on disk: its directory (__path__[0])
};
// Looks for module `fullname` among the native modules, the embedded sources and the directories
// of `search_path` (borrowed list; null means sys.path; a submodule needs its package's __path__).
// Imports and runs nothing; false if not found (no exception is set).
bool find_module_source(const std::string& fullname, rt::Value search_path, ModuleSource* out);

// --- errors -----------------------------------------------------------------------------------
// Prints the exception with its traceback as CPython does (to sys.stderr when available).
void print_exception_with_traceback(rt::Value exc);
// The text of line `lineno` of `filename` (files on disk or embedded modules), trimmed; "" if none.
std::string source_line(const std::string& filename, int lineno);

// --- the eval loop's entry points ---------------------------------------------------------------
rt::Value eval_frame(ThreadState* ts, Frame* f);
rt::Value eval_frame(ThreadState* ts, Frame* f, bool throwflag);   // throwflag: resume raising the pending exception
// Calls a Python function (function_type.call).
rt::Value call_function(rt::Value func, const rt::Value* args, size_t nargs, rt::Tuple* kwnames);

}  // namespace minipy::vm
