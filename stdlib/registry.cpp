// registry.cpp — the table of native modules, interpreter start-up and shutdown, and running
// the __main__ module.
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <mutex>
#include <set>
#include <string>
#include <tuple>

#include "parser/parse.hpp"
#include "runtime/complex.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exception.hpp"
#include "runtime/gc.hpp"
#include "runtime/int.hpp"
#include "runtime/list.hpp"
#include "runtime/ops.hpp"
#include "runtime/singletons.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "stdlib/embedded.hpp"
#include "stdlib/stdlib.hpp"
#include "vm/compiler.hpp"
#include "vm/generator.hpp"
#include "vm/gil.hpp"
#include "vm/interpreter.hpp"

namespace minipy::vm {
void write_stderr(const std::string& text);   // traceback.cpp
}

namespace minipy::lib {

using namespace rt;

void init_file_types();   // fileio.cpp

void write_stderr_text(const std::string& text) { vm::write_stderr(text); }

// The native modules `import` can find (Python-source modules are in stdlib/lib/).
static const vm::NativeModuleDef kNativeModules[] = {
    {"_io", init_io_module},
    {"time", init_time_module},
    {"_thread", init_thread_module},
    {"_dis", init_dis_module},
    {"math", init_math_module},
    {"_random", init_random_module},
    {"posix", init_os_module},
    {"_collections", init_collections_module},
    {"errno", init_errno_module},
    {"_signal", init_signal_module},
    {"select", init_select_module},
    {"atexit", init_atexit_module},
    {"gc", init_gc_module},
    {"_weakref", init_weakref_module},
    {"_struct", init_struct_module},
    {"_re", init_re_module},
    {nullptr, nullptr},
};

const vm::NativeModuleDef* native_module_table() { return kNativeModules; }

// =============================================================================================
// Warnings raised by native code (rt::warn). Once a script has imported `warnings`, they go
// through it, as CPython's PyErr_WarnFormat does, so filters and catch_warnings() apply; before
// that, "file:line: Category: message" is written once per location, like the default filters.

static std::mutex g_warn_mutex;
static std::set<std::tuple<std::string, int, std::string>> g_warned;

// warnings.warn(message, category) (or, for a never-awaited coroutine, CPython's helper
// warnings._warn_unawaited_coroutine(coro) when the module defines it). -1: an error.
static int warn_through_module(Value warnings, Type* category, const std::string& message, Value source) {
    if (source) {
        Ref helper{getattr_or_null(warnings, intern("_warn_unawaited_coroutine"))};
        if (has_error()) return -1;
        if (helper) return Ref{call1(helper.get(), source)} ? 0 : -1;
    }
    Ref warn{getattr(warnings, intern("warn"))};
    if (!warn) return -1;
    Ref text{str_from(message)};
    if (!text) return -1;
    // stacklevel 1 blames the line of the Python frame running now: natives add no frame.
    Ref r{call3(warn.get(), text.get(), Value(category), Value::small_int(1))};
    return r ? 0 : -1;
}

static int warn_hook(Type* category, const std::string& message, Value source) {
    if (vm::g_interp && vm::g_interp->modules) {
        Value warnings = dict_get_str(vm::g_interp->modules, intern("warnings"));
        if (warnings && warnings != none()) return warn_through_module(warnings, category, message, source);
    }
    std::string file = "sys";
    int line = 1;
    if (vm::Frame* f = vm::current_frame()) {
        file = std::string(str_view(f->code->filename));
        line = f->current_line();
    }
    {
        std::lock_guard<std::mutex> lock(g_warn_mutex);
        if (!g_warned.insert({file, line, message}).second) return 0;
    }
    std::string text = file + ":" + std::to_string(line) + ": " + category->tp_name + ": " + message + "\n";
    std::string src = vm::source_line(file, line);
    if (!src.empty()) text += "  " + src + "\n";
    // CPython's warnings module adds this hint to warnings about an object (the coroutine); at
    // shutdown ("sys:1", no frame) the C fallback that prints the warning does not.
    if (source && vm::current_frame()) text += "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n";
    vm::write_stderr(text);
    return 0;
}

// =============================================================================================
// Start-up

bool init_interpreter(vm::Interpreter* interp) {
    g_print_exception_hook = vm::print_exception_with_traceback;
    g_warn_hook = warn_hook;
    g_import_module_hook = vm::import_module_cstr;
    vm::g_make_complex = complex_from;   // 1j literals
    g_current_globals_hook = [] {
        vm::Frame* f = vm::current_frame();
        return f ? f->globals : static_cast<Dict*>(nullptr);
    };
    init_file_types();
    interp->modules = dict_new();
    Module* builtins = init_builtins_module();
    if (!builtins) return false;
    interp->builtins_module = builtins;
    interp->builtins = builtins->dict;
    Module* sys = init_sys_module();
    if (!sys) return false;
    interp->sys_module = sys;
    dict_set_cstr(interp->modules, "builtins", Value(builtins));
    dict_set_cstr(interp->modules, "sys", Value(sys));
    Ref out{make_std_stream(1, "<stdout>", "w")};
    Ref err{make_std_stream(2, "<stderr>", "w")};
    Ref in{make_std_stream(0, "<stdin>", "r")};
    if (!out || !err || !in) return false;
    module_add(sys, "stdout", out.get());
    module_add(sys, "stderr", err.get());
    module_add(sys, "stdin", in.get());
    module_add(sys, "__stdout__", out.get());
    module_add(sys, "__stderr__", err.get());
    module_add(sys, "__stdin__", in.get());
    for (const EmbeddedSource* s = g_embedded_sources; s->module; s++)
        vm::add_module_source(s->module, s->path, s->package, s->text);
    return !has_error();
}

bool print_embedded_source(const std::string& module) {
    for (const EmbeddedSource* s = g_embedded_sources; s->module; s++)
        if (module == s->module) {
            std::fputs(s->text, stdout);
            return true;
        }
    std::fprintf(stderr, "minipy: no embedded module named '%s'\n", module.c_str());
    return false;
}

// =============================================================================================
// Uncaught exceptions

int handle_uncaught_exception() {
    Ref exc{take_error()};
    if (!exc) return 1;
    if (isinstance_of(exc.get(), &exc::SystemExit)) {
        Dict** d = instance_dict_slot(exc.get());
        Value code = d && *d ? dict_get_cstr(*d, "code") : Value{};
        if (!code || is_none(code)) return 0;
        if (is_int(code)) {
            int64_t n = 1;
            if (!int_to_i64(code, &n)) {
                clear_error();
                n = -1;
            }
            return static_cast<int>(n & 0xff);
        }
        Ref s{to_str(code)};
        if (s) vm::write_stderr(std::string(str_view(s.get())) + "\n");
        clear_error();
        return 1;
    }
    Value hook = dict_get_cstr(vm::g_interp->sys_module->dict, "excepthook");
    bool printed = false;
    if (hook && !is_none(hook)) {
        Value tb = exc.as<BaseExc>()->traceback;
        Value args[3] = {Value(type_of(exc.get())), exc.get(), tb ? tb : none()};
        Ref r{call(hook, args, 3)};
        if (r) printed = true;
        else {
            Ref hook_err{take_error()};
            vm::write_stderr("Error in sys.excepthook:\n");
            if (hook_err) vm::print_exception_with_traceback(hook_err.get());
            vm::write_stderr("\nOriginal exception was:\n");
        }
    }
    if (!printed) vm::print_exception_with_traceback(exc.get());
    if (isinstance_of(exc.get(), &exc::KeyboardInterrupt)) return 130;
    return 1;
}

// =============================================================================================
// Running __main__

int run_main(vm::Interpreter* interp, const std::string& source, const std::string& filename, const char* package) {
    parse::SyntaxErrorInfo err;
    vm::Code* code = vm::compile_source(source, filename, parse::Mode::File, &err);
    if (!code) {
        std::fflush(stdout);
        vm::write_stderr(parse::format_syntax_error(err));
        return 1;
    }
    Ref code_ref{Value(code)};
    Module* main_mod = module_new_cstr("__main__");
    if (!main_mod) return 1;
    Ref main_ref{Value(main_mod)};
    Dict* d = main_mod->dict;
    dict_set_str(d, names::__builtins__, Value(interp->builtins_module));
    // CPython's __main__ also starts with an empty __annotations__, and __cached__ for a script.
    Ref annotations{Value(dict_new())};
    dict_set_cstr(d, "__annotations__", annotations.get());
    if (filename != "<string>") {
        Ref fn{str_from(filename)};
        dict_set_str(d, names::__file__, fn.get());
        dict_set_cstr(d, "__cached__", none());
    }
    if (package) {
        Ref pkg{str_from_cstr(package)};
        dict_set_str(d, names::__package__, pkg.get());
    }
    dict_set_cstr(interp->modules, "__main__", Value(main_mod));
    Value r = vm::run_code(code, d, Value(d));
    if (!r) return handle_uncaught_exception();
    decref(r);
    return 0;
}

// =============================================================================================
// Shutdown

static void flush_std_streams() {
    Value saved = take_error();
    for (const char* name : {"stdout", "stderr"}) {
        Value s = dict_get_cstr(vm::g_interp->sys_module->dict, name);
        if (s && !is_none(s)) {
            Ref r{call_method0(s, "flush")};
            if (!r) clear_error();
        }
    }
    restore_error(saved);
}

int finalize(vm::Interpreter* interp, int status) {
    // threading._shutdown() waits for the non-daemon threads.
    Value threading = dict_get_cstr(interp->modules, "threading");
    if (threading) {
        Ref shutdown{getattr_or_null(threading, intern("_shutdown"))};
        if (shutdown) {
            Ref r{call0(shutdown.get())};
            if (!r) {
                int s = handle_uncaught_exception();
                if (status == 0) status = s;
            }
        }
        clear_error();
    }
    // atexit handlers.
    Value atexit = dict_get_cstr(interp->modules, "atexit");
    if (atexit) {
        Ref run{getattr_or_null(atexit, intern("_run_exitfuncs"))};
        if (run) {
            Ref r{call0(run.get())};
            if (!r) handle_uncaught_exception();
        }
        clear_error();
    }
    flush_std_streams();
    // From here on, other threads never get the GIL back (vm/gil.cpp parks them).
    interp->finalizing.store(true, std::memory_order_release);
    // Finalize __main__ as CPython does. First, objects only __main__ holds that have a __del__
    // are finalized while every global still exists (in CPython their finalizers run from the
    // cycle collection that frees the module's globals, before anything is cleared). Then the
    // globals are cleared: names starting with one underscore first, then the others.
    Value main_mod = dict_get_cstr(interp->modules, "__main__");
    if (main_mod && is_module(main_mod)) {
        Dict* d = main_mod.as<Module>()->dict;
        Ref values{call_method0(Value(d), "values")};
        Ref items{values ? sequence_to_list(values.get()) : Value{}};
        clear_error();
        if (items) {
            List* l = items.as<List>();
            for (int64_t i = 0; i < l->size; i++) {
                Value v = l->items[i];
                if (!v.is_object() || (v.as_object()->flags & kFlagFinalized)) continue;
                Type* t = type_of(v);
                if ((t == &vm::generator_type || t == &vm::coroutine_type || t == &vm::async_generator_type) &&
                    refcount_of(v.as_object()) == 2) {
                    vm::generator_finalize(v);   // finally blocks run, or "never awaited" warns
                    continue;
                }
                if (!(t->tpflags & kTypeHeap) || refcount_of(v.as_object()) != 2) continue;   // dict + this list
                Value del = type_lookup(t, names::__del__);
                if (!del) continue;
                v.as_object()->flags |= kFlagFinalized;
                Ref r{call1(del, v)};
                if (!r) write_unraisable("Exception ignored in: ", del);
            }
        }
        for (int pass = 0; pass < 2; pass++) {
            Ref keys{dict_keys_list(d)};
            if (!keys) break;
            List* l = keys.as<List>();
            for (int64_t i = 0; i < l->size; i++) {
                Value k = l->items[i];
                if (!is_str(k)) continue;
                std::string_view name = str_view(k);
                bool underscore = name.size() > 1 && name[0] == '_' && name[1] != '_';
                if ((pass == 0) != underscore || name == "__builtins__") continue;
                dict_set_item(d, k, none());
                clear_error();
            }
        }
    }
    // A full collection, as CPython's finalization runs, so finalizers of cyclic garbage run too.
    gc_collect(2);
    flush_std_streams();
    std::fflush(nullptr);
    vm::gil_write_reports(interp);
    // Daemon threads may still be running; they cannot take the GIL again, so exit now without
    // running C++ destructors underneath them.
    _exit(status);
}

}  // namespace minipy::lib
