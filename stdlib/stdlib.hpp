// stdlib.hpp — what the standard library layer offers the command line: the native module table,
// bringing up builtins and sys, running __main__, and shutting down.
#pragma once

#include <string>

#include "vm/interpreter.hpp"

namespace minipy::lib {

const vm::NativeModuleDef* native_module_table();

// Creates builtins and sys, the standard streams, and registers the embedded Python modules.
bool init_interpreter(vm::Interpreter* interp);

// Runs `source` as __main__. Returns the process exit status (0, 1 after an uncaught exception,
// or the sys.exit() status). `package` is __package__ (None when null: a script or -c).
int run_main(vm::Interpreter* interp, const std::string& source, const std::string& filename,
             const char* package = nullptr);

// `minipy -m name`: finds module `name` (a package: its __main__ submodule) and runs it as
// __main__ with sys.argv[0] set to its file (run_module.cpp). Returns the exit status.
int run_module(vm::Interpreter* interp, const std::string& name);

// Waits for non-daemon threads, runs atexit handlers, flushes the streams. Returns the status.
int finalize(vm::Interpreter* interp, int status);

bool print_embedded_source(const std::string& module);

// Module initializers (one per native module file).
rt::Module* init_builtins_module();
rt::Module* init_sys_module();
rt::Module* init_io_module();
rt::Module* init_time_module();
rt::Module* init_thread_module();
rt::Module* init_dis_module();
rt::Module* init_math_module();
rt::Module* init_random_module();
rt::Module* init_os_module();
rt::Module* init_collections_module();
rt::Module* init_errno_module();
rt::Module* init_signal_module();
rt::Module* init_select_module();
rt::Module* init_atexit_module();
rt::Module* init_weakref_module();
rt::Module* init_gc_module();
rt::Module* init_struct_module();
rt::Module* init_re_module();

// Standard streams (fileio.cpp).
rt::Value make_std_stream(int fd, const char* name, const char* mode);
// Handles an uncaught exception the way the top level does (SystemExit -> status, else print).
int handle_uncaught_exception();

}  // namespace minipy::lib
