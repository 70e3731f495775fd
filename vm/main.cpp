// main.cpp — the minipy command line.
//
//   minipy [options] script.py [args...]     run a script (sys.argv = [script.py, args...])
//   minipy [options] -c CODE [args...]       run a string
//   minipy [options] -m MODULE [args...]     run a module found on sys.path (or embedded) as __main__
//   minipy --tokens / --dump-ast / --dis script.py   show a stage of the pipeline and exit
//
// Exit status: 0, or 1 after an uncaught exception (traceback on stderr), 2 for a usage error or
// a script that cannot be opened, or the status passed to sys.exit().
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "parser/parse.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/init.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"
#include "stdlib/stdlib.hpp"
#include "vm/compiler.hpp"
#include "vm/disasm.hpp"
#include "vm/symtable.hpp"
#include "vm/interpreter.hpp"

#ifndef MINIPY_VERSION
#define MINIPY_VERSION "0.0.0"
#endif

using namespace minipy;

static const char* kUsage =
    "usage: minipy [option] ... [-c cmd | -m mod | file] [arg] ...\n"
    "Options:\n"
    "  -c cmd            program passed in as string (terminates option list)\n"
    "  -m mod            run library module as a script (terminates option list)\n"
    "  -X gil=0|1        run without / with the global interpreter lock (also PYTHON_GIL=0)\n"
    "  -X gil_policy=P   GIL scheduling policy: cpython (default) or priority\n"
    "  --no-gil          same as -X gil=0\n"
    "  --switch-interval=SECONDS   initial sys.setswitchinterval() value (default 0.005)\n"
    "  --gil-stats       print per-thread GIL statistics to stderr at exit\n"
    "  --gil-trace FILE  record a GIL timeline (Chrome trace JSON, or SVG when FILE ends in .svg)\n"
    "  --tokens          print the token stream of the script and exit\n"
    "  --dump-ast        print the abstract syntax tree of the script and exit\n"
    "  --symtable        print the scopes of the script (which names are local, global, free, cell)\n"
    "  --dis             print the bytecode of every code object of the script and exit\n"
    "  --trace           print every executed instruction to stderr\n"
    "  --show-source MOD print the source of an embedded stdlib module and exit\n"
    "  -V, --version     print the version and exit\n"
    "  -h, --help        print this help and exit\n"
    "Environment variables:\n"
    "  PYTHONPATH        ':'-separated directories put into sys.path after the script's directory\n"
    "  PYTHON_GIL        0 is the same as --no-gil\n";

// An absolute, normalized form of a directory named in PYTHONPATH, as os.path.abspath() gives
// it: relative to `cwd`, without "." parts, empty parts or a trailing '/', ".." taken back (never
// above the root), and POSIX's one special case kept: exactly two leading slashes stay two.
static std::string absolute_dir(const std::string& dir, const std::string& cwd) {
    std::string full = !dir.empty() && dir[0] == '/' ? dir : cwd + "/" + dir;
    size_t slashes = full.find_first_not_of('/');
    if (slashes == std::string::npos) slashes = full.size();
    std::vector<std::string> parts;
    size_t pos = 0;
    while (pos <= full.size()) {
        size_t end = full.find('/', pos);
        if (end == std::string::npos) end = full.size();
        std::string part = full.substr(pos, end - pos);
        if (part == "..") {
            if (!parts.empty()) parts.pop_back();
        } else if (!part.empty() && part != ".") {
            parts.push_back(part);
        }
        pos = end + 1;
    }
    std::string out = slashes == 2 ? "//" : "/";
    for (size_t k = 0; k < parts.size(); k++) out += (k ? "/" : "") + parts[k];
    return out;
}

// PYTHONPATH: its ':'-separated entries follow the script's directory in sys.path.  CPython's
// path setup makes each absolute (an empty entry names the current directory) and its `site`
// module then drops repeats; minipy has no `site`, so both happen here.
static std::vector<std::string> pythonpath_dirs() {
    std::vector<std::string> dirs;
    const char* env = std::getenv("PYTHONPATH");
    if (!env || !*env) return dirs;
    char* cwd_buf = getcwd(nullptr, 0);
    std::string cwd = cwd_buf ? cwd_buf : "";
    std::free(cwd_buf);
    std::string value = env;
    size_t pos = 0;
    while (pos <= value.size()) {
        size_t end = value.find(':', pos);
        if (end == std::string::npos) end = value.size();
        std::string dir = value.substr(pos, end - pos);
        if (!cwd.empty() || (!dir.empty() && dir[0] == '/')) dir = absolute_dir(dir, cwd);
        bool seen = false;
        for (const std::string& d : dirs) seen = seen || d == dir;
        if (!seen) dirs.push_back(dir);
        pos = end + 1;
    }
    return dirs;
}

static bool read_source(const std::string& path, std::string* out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream ss;
    ss << in.rdbuf();
    *out = ss.str();
    return true;
}

int main(int argc, char** argv) {
    vm::Config config;
    std::string code_arg, module_arg;
    bool have_code = false, have_module = false;
    bool show_tokens = false, show_ast = false, show_dis = false, show_symtable = false;
    std::string show_source;
    const char* env_gil = std::getenv("PYTHON_GIL");
    if (env_gil && std::strcmp(env_gil, "0") == 0) config.gil_enabled = false;

    int i = 1;
    for (; i < argc; i++) {
        std::string a = argv[i];
        if (a == "-c") {
            if (i + 1 >= argc) {
                std::fprintf(stderr, "Argument expected for the -c option\n%s", kUsage);
                return 2;
            }
            code_arg = argv[++i];
            have_code = true;
            i++;
            break;
        } else if (a.rfind("-m", 0) == 0) {   // -m mod, or -mmod as CPython also accepts
            if (a.size() == 2 && i + 1 >= argc) {
                std::fprintf(stderr, "Argument expected for the -m option\n%s", kUsage);
                return 2;
            }
            module_arg = a.size() > 2 ? a.substr(2) : argv[++i];
            have_module = true;
            i++;
            break;
        } else if (a == "-V" || a == "--version") {
            std::printf("minipy %s (Python 3.12 compatible)\n", MINIPY_VERSION);
            return 0;
        } else if (a == "-h" || a == "--help") {
            std::printf("%s", kUsage);
            return 0;
        } else if (a == "--no-gil") {
            config.gil_enabled = false;
        } else if (a == "-X" && i + 1 < argc) {
            std::string x = argv[++i];
            if (x == "gil=0") config.gil_enabled = false;
            else if (x == "gil=1") config.gil_enabled = true;
            else if (x.rfind("gil_policy=", 0) == 0) config.gil_policy = x.substr(11);
        } else if (a.rfind("--switch-interval=", 0) == 0) {
            double s = std::atof(a.c_str() + 18);
            if (s > 0) config.switch_interval_us = static_cast<int64_t>(s * 1e6);
        } else if (a == "--gil-stats") {
            config.gil_stats = true;
        } else if (a == "--gil-trace" && i + 1 < argc) {
            config.gil_trace_file = argv[++i];
        } else if (a == "--tokens") {
            show_tokens = true;
        } else if (a == "--dump-ast") {
            show_ast = true;
        } else if (a == "--dis") {
            show_dis = true;
        } else if (a == "--symtable") {
            show_symtable = true;
        } else if (a == "--trace") {
            config.trace = true;
        } else if (a == "--show-source" && i + 1 < argc) {
            show_source = argv[++i];
        } else if (a == "-" || a.empty() || a[0] != '-') {
            break;
        } else {
            std::fprintf(stderr, "Unknown option: %s\n%s", a.c_str(), kUsage);
            return 2;
        }
    }

    if (!show_source.empty()) return lib::print_embedded_source(show_source) ? 0 : 1;

    std::string filename, source;
    if (have_code) {
        filename = "<string>";
        source = code_arg;
        config.argv.push_back("-c");
        config.script_dir = "";
    } else if (have_module) {
        if (show_tokens || show_ast || show_symtable || show_dis) {
            std::fprintf(stderr, "minipy: --tokens, --dump-ast, --symtable and --dis need a script file, not -m\n");
            return 2;
        }
        // sys.argv[0] is "-m" until the module is found, then its file (lib::run_module);
        // sys.path[0] is the current directory, as an absolute path.
        config.argv.push_back("-m");
        char* cwd = getcwd(nullptr, 0);
        config.script_dir = cwd ? cwd : "";
        std::free(cwd);
    } else {
        if (i >= argc) {
            std::fprintf(stderr, "minipy: no script given (interactive mode is not supported)\n%s", kUsage);
            return 2;
        }
        filename = argv[i++];
        if (!read_source(filename, &source)) {
            int err = errno;
            char* abs = realpath(".", nullptr);
            std::string shown = filename;
            if (!filename.empty() && filename[0] != '/' && abs) shown = std::string(abs) + "/" + filename;
            std::free(abs);
            std::fprintf(stderr, "minipy: can't open file '%s': [Errno %d] %s\n", shown.c_str(), err, std::strerror(err));
            return 2;
        }
        config.argv.push_back(filename);
        // Like CPython 3.9+, __main__.__file__ and tracebacks use the absolute path (not resolving
        // symlinks), and sys.path[0] is the script's directory.
        if (!filename.empty() && filename[0] != '/') {
            char* cwd = getcwd(nullptr, 0);
            if (cwd) {
                std::string rel = filename;
                while (rel.rfind("./", 0) == 0) rel = rel.substr(2);
                filename = std::string(cwd) + "/" + rel;
                std::free(cwd);
            }
        }
        size_t slash = filename.rfind('/');
        config.script_dir = slash == 0 ? "/" : filename.substr(0, slash);
    }
    for (; i < argc; i++) config.argv.push_back(argv[i]);
    config.python_path = pythonpath_dirs();

    // Teaching surface: the front-end stages.
    if (show_tokens || show_ast || show_symtable) {
        parse::SyntaxErrorInfo err;
        if (show_tokens) {
            std::vector<parse::TokenInfo> tokens;
            bool ok = parse::tokenize(source, filename, &tokens, &err);
            std::fputs(parse::format_tokens(tokens).c_str(), stdout);
            if (!ok) {
                std::fflush(stdout);
                std::fputs(parse::format_syntax_error(err).c_str(), stderr);
                return 1;
            }
            return 0;
        }
        parse::Ast ast;
        if (!parse::parse_source(source, filename, parse::Mode::File, ast, &err)) {
            std::fputs(parse::format_syntax_error(err).c_str(), stderr);
            return 1;
        }
        if (show_symtable) {
            try {
                vm::SymbolTable table(ast.root);
                std::fputs(vm::dump_symtable(table).c_str(), stdout);
            } catch (const vm::CompileError& e) {
                parse::SyntaxErrorInfo info;
                info.msg = e.msg;
                info.filename = filename;
                info.lineno = e.lineno;
                info.offset = e.col_offset + 1;
                std::fputs(parse::format_syntax_error(info).c_str(), stderr);
                return 1;
            }
            return 0;
        }
        std::printf("%s\n", parse::dump(ast.root, 2).c_str());
        return 0;
    }

    rt::init_runtime(!config.gil_enabled);
    vm::Interpreter* interp = vm::interpreter_new(config, lib::native_module_table());
    if (!lib::init_interpreter(interp)) {
        std::fprintf(stderr, "minipy: failed to initialize the interpreter\n");
        return 1;
    }

    if (show_dis) {
        parse::SyntaxErrorInfo err;
        vm::Code* code = vm::compile_source(source, filename, parse::Mode::File, &err);
        if (!code) {
            std::fputs(parse::format_syntax_error(err).c_str(), stderr);
            return 1;
        }
        std::fputs(vm::disassemble(code, true).c_str(), stdout);
        rt::decref(rt::Value(code));
        return 0;
    }

    int status = have_module ? lib::run_module(interp, module_arg) : lib::run_main(interp, source, filename);
    return lib::finalize(interp, status);
}
