// run_module.cpp — `minipy -m name [args]`: run a module found by the import system as __main__.
//
// CPython does this in Python (runpy._run_module_as_main); minipy follows the same steps in C++,
// so the messages and the order of side effects are CPython's:
//   1. The parent packages of a dotted name are imported (their __init__ code runs), because a
//      submodule is searched for in its package's __path__.
//   2. The module itself is only *found*, not imported: vm::find_module_source asks the same
//      three places `import` asks (native table, embedded sources, sys.path) and runs nothing.
//      A package runs its `__main__` submodule instead; a native module has no code to run.
//   3. Its source runs in a fresh __main__ module with __package__ set (so `from . import x`
//      works inside a package's __main__.py) and sys.argv[0] set to its __file__. The module is
//      not entered into sys.modules under its own name, so importing it later runs it again, as
//      in CPython.
// Failures of the search are not tracebacks: like runpy's sys.exit(msg) they print
// "<executable>: <message>" to stderr, exit status 1. Exceptions raised by code that runs
// (a parent package's __init__, the module) are uncaught exceptions with their tracebacks; CPython's
// show two extra frames from <frozen runpy> at the top, which minipy does not have.
#include <cstdlib>
#include <string>

#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/list.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"
#include "stdlib/stdlib.hpp"
#include "vm/interpreter.hpp"

namespace minipy::vm {
void write_stderr(const std::string& text);   // traceback.cpp
}

namespace minipy::lib {

using namespace rt;

namespace {

// What the search found: the module that will run and its __package__.
struct MainModule {
    vm::ModuleSource src;
    std::string package;
};

// str(obj) as a std::string; "" (no error left set) if that fails.
std::string str_of(Value obj) {
    Ref s{to_str(obj)};
    if (!s) {
        clear_error();
        return "";
    }
    return std::string(str_view(s.get()));
}

// "Error while finding module specification for 'a.b' (ModuleNotFoundError: ...)" from the
// pending exception, which is cleared.
std::string finding_error(const std::string& name) {
    Ref exc{take_error()};
    Ref type_name{getattr(Value(type_of(exc.get())), "__name__")};
    if (!type_name) clear_error();
    std::string type = type_name && is_str(type_name.get()) ? std::string(str_view(type_name.get())) : "Exception";
    return "Error while finding module specification for '" + name + "' (" + type + ": " + str_of(exc.get()) + ")";
}

// runpy's _get_module_details. True with *out filled; false with either *message set (a failed
// search, reported without a traceback) or, when *message is empty, a Python exception pending.
bool find_main_module(const std::string& name, MainModule* out, std::string* message) {
    if (!name.empty() && name[0] == '.') {
        *message = "Relative module names not supported";
        return false;
    }
    size_t dot = name.rfind('.');
    std::string parent = dot == std::string::npos ? "" : name.substr(0, dot);
    Ref search_path;
    if (!parent.empty()) {
        Ref parent_mod{vm::import_module_cstr(parent.c_str())};
        if (!parent_mod) {
            // A missing package on the way is a failed search; any other error in a package's
            // __init__ (including an ImportError of some unrelated module) propagates.
            if (!error_matches(&exc::ImportError)) return false;
            Value exc = current_thread()->curexc;
            Ref missing{getattr_or_null(exc, intern("name"))};
            std::string m = missing && is_str(missing.get()) ? std::string(str_view(missing.get())) : "";
            bool ancestor = !m.empty() && (m == parent || parent.rfind(m + ".", 0) == 0);
            if (!ancestor) return false;
            *message = finding_error(name);
            return false;
        }
        // `import a.b` answers the top package a; the search needs a.b itself.
        Value leaf = dict_get_cstr(vm::g_interp->modules, parent.c_str());
        search_path = Ref{getattr_or_null(leaf ? leaf : parent_mod.get(), names::__path__)};
        if (!search_path) {
            if (has_error()) return false;
            *message = "Error while finding module specification for '" + name +
                       "' (ModuleNotFoundError: __path__ attribute not found on '" + parent +
                       "' while trying to find '" + name + "')";
            return false;
        }
    }
    vm::ModuleSource src;
    if (name.empty() || !vm::find_module_source(name, search_path.get(), &src)) {
        *message = "No module named " + name;
        return false;
    }
    if (src.package) {
        if (name == "__main__" || (name.size() > 9 && name.compare(name.size() - 9, 9, ".__main__") == 0)) {
            *message = "Cannot use package as __main__ module";
            return false;
        }
        // Searching for name.__main__ imports the package itself first.
        if (find_main_module(name + ".__main__", out, message)) return true;
        if (message->empty()) return false;
        if (dict_get_cstr(vm::g_interp->modules, name.c_str()))
            *message += "; '" + name + "' is a package and cannot be directly executed";
        return false;
    }
    if (src.kind == vm::ModuleSource::Kind::Native) {
        *message = "No code object available for " + name;
        return false;
    }
    out->src = std::move(src);
    out->package = parent;
    return true;
}

// The interpreter's path as CPython names it in these messages (sys.executable, resolved).
std::string executable_name() {
    Value exe = dict_get_cstr(vm::g_interp->sys_module->dict, "executable");
    std::string path = exe && is_str(exe) ? std::string(str_view(exe)) : "minipy";
    if (char* real = realpath(path.c_str(), nullptr)) {
        path = real;
        std::free(real);
    }
    return path;
}

}  // namespace

int run_module(vm::Interpreter* interp, const std::string& name) {
    // While the search runs (parent packages' code included), sys.argv[0] is "-m", as in CPython.
    MainModule found;
    std::string message;
    if (!find_main_module(name, &found, &message)) {
        if (message.empty()) return handle_uncaught_exception();
        vm::write_stderr(executable_name() + ": " + message + "\n");
        return 1;
    }
    Value argv = dict_get_cstr(interp->sys_module->dict, "argv");
    if (argv && is_list(argv) && argv.as<List>()->size > 0) {
        Ref file{str_from(found.src.file)};
        if (!file || setitem(argv, Value::small_int(0), file.get()) < 0) return handle_uncaught_exception();
    }
    return run_main(interp, found.src.source, found.src.file, found.package.c_str());
}

}  // namespace minipy::lib
