// import.cpp — the import system: `import a.b.c`, `from . import x`, sys.modules, sys.path.
//
// A module is found, in this order, as
//   1. a native module (stdlib/, registered by the interpreter's NativeModuleDef table),
//   2. an embedded Python-source module (stdlib/lib/, compiled into the binary),
//   3. a file on sys.path (name.py) or a package directory (name/__init__.py); submodules of a
//      package are searched in the package's __path__.
// The module object is put into sys.modules *before* its code runs, so circular imports see the
// partially initialized module, as in CPython; if its code fails, it is removed again.
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <mutex>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/int.hpp"
#include "runtime/list.hpp"
#include "runtime/native.hpp"
#include "runtime/ops.hpp"
#include "runtime/singletons.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "vm/interpreter.hpp"

namespace minipy::vm {

using namespace rt;

// =============================================================================================
// Embedded sources

namespace {
struct EmbeddedEntry {
    std::string path;
    bool package;
    const char* text;
};
std::unordered_map<std::string, EmbeddedEntry>& embedded() {
    static std::unordered_map<std::string, EmbeddedEntry> table;
    return table;
}
}  // namespace

void add_module_source(const char* name, const char* path, bool package, const char* text) {
    embedded()[name] = EmbeddedEntry{path, package, text};
}

const char* find_embedded_source(const std::string& name, bool* package, const char** path) {
    auto it = embedded().find(name);
    if (it == embedded().end()) return nullptr;
    if (package) *package = it->second.package;
    if (path) *path = it->second.path.c_str();
    return it->second.text;
}

// The __loader__ of embedded modules, a class used through its class methods as CPython's
// FrozenImporter is. Unlike FrozenImporter, get_source() answers with the embedded text, so
// linecache (and so the traceback and warnings modules) can show the lines of these modules, as
// the native traceback printer does.

static Type embedded_importer_type;

static std::string importer_name_arg(Value name) {
    return is_str(name) ? std::string(str_view(name)) : std::string();
}

static Value embedded_importer_get_source(const Value* args) {
    const char* text = find_embedded_source(importer_name_arg(args[1]), nullptr, nullptr);
    return text ? str_from(text) : newref(none());
}

static Value embedded_importer_is_package(const Value* args) {
    bool package = false;
    if (!find_embedded_source(importer_name_arg(args[1]), &package, nullptr))
        return raise(&exc::ImportError, "No embedded module named %s", importer_name_arg(args[1]).c_str());
    return newref(bool_value(package));
}

static const NativeDef embedded_importer_methods[] = {
    {"get_source(cls, fullname, /)", embedded_importer_get_source, nullptr, kNativeClassMethod,
     "The source text of the embedded module fullname (None if there is no such module)."},
    {"is_package(cls, fullname, /)", embedded_importer_is_package, nullptr, kNativeClassMethod,
     "True if the embedded module fullname is a package."},
    {nullptr},
};

static Value embedded_importer() {
    static std::once_flag ready;
    std::call_once(ready, [] {
        init_static_type(&embedded_importer_type, "EmbeddedImporter", &object_type, sizeof(Object), 0);
        embedded_importer_type.doc = "Loader of the stdlib modules embedded in the minipy binary.";
        add_methods(&embedded_importer_type, embedded_importer_methods);
        finalize_type(&embedded_importer_type);
    });
    return Value(&embedded_importer_type);
}

// =============================================================================================
// Helpers

static bool file_exists(const std::string& path) {
    struct stat st;
    return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

static bool read_file(const std::string& path, std::string* out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream ss;
    ss << in.rdbuf();
    *out = ss.str();
    return true;
}

static Value module_not_found(const std::string& name, const std::string& message) {
    raise(&exc::ModuleNotFoundError, "%s", message.c_str());
    Value e = current_thread()->curexc;
    if (e) {
        Ref n{str_from(name)};
        generic_setattr(e, intern("name"), n.get());
    }
    return Value{};
}

// Modules whose code is running right now (IMPORT_FROM names them "partially initialized").
static std::mutex g_initializing_mutex;
static std::vector<Object*> g_initializing;

bool module_is_initializing(Value module) {
    if (!module.is_object()) return false;
    std::lock_guard<std::mutex> lock(g_initializing_mutex);
    for (Object* o : g_initializing)
        if (o == module.as_object()) return true;
    return false;
}

// Runs `source` as the body of a new module `fullname` registered in sys.modules.
static Value exec_source_module(const std::string& fullname, const std::string& source, const std::string& file,
                                bool package, const std::string& package_dir, Value loader) {
    Ref name{str_from(fullname)};
    Module* m = module_new(name.get());
    if (!m) return Value{};
    Ref mref{Value(m)};
    Dict* d = m->dict;
    Ref file_s{str_from(file)};
    if (dict_set_str(d, names::__file__, file_s.get()) < 0) return Value{};
    if (dict_set_str(d, names::__builtins__, Value(g_interp->builtins_module)) < 0) return Value{};
    if (loader && dict_set_str(d, names::__loader__, loader) < 0) return Value{};
    std::string pkg = package ? fullname : fullname.substr(0, fullname.rfind('.') == std::string::npos ? 0 : fullname.rfind('.'));
    Ref pkg_s{str_from(pkg)};
    if (dict_set_str(d, names::__package__, pkg_s.get()) < 0) return Value{};
    if (package) {
        Ref path_list{list_new(0)};
        if (!package_dir.empty()) {
            Ref dir_s{str_from(package_dir)};
            if (!list_append(path_list.get(), dir_s.get())) return Value{};
        }
        if (dict_set_str(d, names::__path__, path_list.get()) < 0) return Value{};
    }
    if (dict_set_item(g_interp->modules, name.get(), Value(m)) < 0) return Value{};
    Code* code = compile_or_raise(source, file, 0);
    Ref code_ref{Value(code)};
    {
        std::lock_guard<std::mutex> lock(g_initializing_mutex);
        g_initializing.push_back(m);
    }
    Value r = code ? run_code(code, d, Value(d)) : Value{};
    {
        std::lock_guard<std::mutex> lock(g_initializing_mutex);
        for (size_t i = g_initializing.size(); i-- > 0;)
            if (g_initializing[i] == m) {
                g_initializing.erase(g_initializing.begin() + static_cast<std::ptrdiff_t>(i));
                break;
            }
    }
    if (!r) {
        Value saved = take_error();
        dict_del_item(g_interp->modules, name.get());
        clear_error();
        restore_error(saved);
        return Value{};
    }
    decref(r);
    // The module may have replaced itself in sys.modules.
    Value final_m = dict_get_item(g_interp->modules, name.get());
    return newref(final_m ? final_m : Value(m));
}

static Value load_native(const NativeModuleDef* def, const std::string& fullname) {
    Module* m = def->init();
    if (!m) return Value{};
    Ref mref{Value(m)};
    Ref name{str_from(fullname)};
    if (dict_set_item(g_interp->modules, name.get(), Value(m)) < 0) return Value{};
    return mref.release();
}

static std::recursive_mutex g_import_lock;   // serializes finding/creating modules (not running them)

static Value import_absolute(const std::string& fullname);

bool find_module_source(const std::string& fullname, Value search_path, ModuleSource* out) {
    size_t dot = fullname.rfind('.');
    std::string child = dot == std::string::npos ? fullname : fullname.substr(dot + 1);
    if (child.empty()) return false;   // "a." would otherwise find the directory a/ itself
    *out = ModuleSource{};
    // 1. native modules
    for (const NativeModuleDef* def = g_interp->native_modules; def && def->name; def++)
        if (fullname == def->name) {
            out->kind = ModuleSource::Kind::Native;
            out->native = def;
            return true;
        }
    // 2. embedded sources
    bool package = false;
    const char* path = nullptr;
    if (const char* text = find_embedded_source(fullname, &package, &path)) {
        out->kind = ModuleSource::Kind::Embedded;
        out->file = path;
        out->source = text;
        out->package = package;
        return true;
    }
    // 3. files on the search path
    if (!search_path) search_path = dict_get_cstr(g_interp->sys_module->dict, "path");
    if (!search_path || !is_list(search_path)) return false;
    List* l = search_path.as<List>();
    for (int64_t i = 0; i < l->size; i++) {
        Value entry = l->items[i];
        if (!is_str(entry)) continue;
        std::string dir(str_view(entry));
        if (dir.empty()) {   // "" is the current directory; modules found there get absolute paths
            char cwd[4096];
            if (::getcwd(cwd, sizeof cwd)) dir = cwd;
        }
        std::string prefix = dir.empty() ? "" : dir + "/";
        std::string pkg_init = prefix + child + "/__init__.py";
        std::string mod_file = prefix + child + ".py";
        if (file_exists(pkg_init) && read_file(pkg_init, &out->source)) {
            out->kind = ModuleSource::Kind::File;
            out->file = pkg_init;
            out->package = true;
            out->package_dir = prefix + child;
            return true;
        }
        if (file_exists(mod_file) && read_file(mod_file, &out->source)) {
            out->kind = ModuleSource::Kind::File;
            out->file = mod_file;
            return true;
        }
    }
    return false;
}

static Value find_and_load(const std::string& fullname) {
    size_t dot = fullname.rfind('.');
    std::string parent = dot == std::string::npos ? "" : fullname.substr(0, dot);
    std::string child = dot == std::string::npos ? fullname : fullname.substr(dot + 1);
    Ref parent_mod;
    Ref search_path;
    if (!parent.empty()) {
        parent_mod = Ref{import_absolute(parent)};
        if (!parent_mod) return Value{};
        // Importing the parent may have imported this module already.
        Value again = dict_get_cstr(g_interp->modules, fullname.c_str());
        if (again) return newref(again);
        search_path = Ref{getattr_or_null(parent_mod.get(), names::__path__)};
        if (!search_path) {
            if (has_error()) return Value{};
            return module_not_found(fullname, "No module named '" + fullname + "'; '" + parent + "' is not a package");
        }
    }
    ModuleSource src;
    if (!find_module_source(fullname, search_path.get(), &src))
        return module_not_found(fullname, "No module named '" + fullname + "'");
    Value m = src.kind == ModuleSource::Kind::Native
                  ? load_native(src.native, fullname)
                  : exec_source_module(fullname, src.source, src.file, src.package, src.package_dir,
                                       src.kind == ModuleSource::Kind::Embedded ? embedded_importer() : Value{});
    if (m && parent_mod && setattr(parent_mod.get(), intern(child), m) < 0) {
        decref(m);
        return Value{};
    }
    return m;
}

static Value import_absolute(const std::string& fullname) {
    Value m = dict_get_cstr(g_interp->modules, fullname.c_str());
    if (m) {
        if (is_none(m)) return module_not_found(fullname, "import of " + fullname + " halted; None in sys.modules");
        return newref(m);
    }
    std::lock_guard<std::recursive_mutex> lock(g_import_lock);
    m = dict_get_cstr(g_interp->modules, fullname.c_str());
    if (m) return newref(m);
    return find_and_load(fullname);
}

// The package a relative import in `globals` is relative to.
static bool resolve_package(Value globals, int level, std::string* out) {
    Value pkg = is_dict(globals) ? dict_get_str(globals.as<Dict>(), names::__package__) : Value{};
    std::string package;
    if (pkg && is_str(pkg)) {
        package = std::string(str_view(pkg));
    } else {
        Value name = is_dict(globals) ? dict_get_str(globals.as<Dict>(), names::__name__) : Value{};
        if (!name || !is_str(name)) {
            raise(&exc::KeyError, "'__name__' not in globals");
            return false;
        }
        package = std::string(str_view(name));
        if (!dict_get_str(globals.as<Dict>(), names::__path__)) {
            size_t dot = package.rfind('.');
            package = dot == std::string::npos ? "" : package.substr(0, dot);
        }
    }
    if (package.empty()) {
        raise(&exc::ImportError, "attempted relative import with no known parent package");
        return false;
    }
    for (int i = 1; i < level; i++) {
        size_t dot = package.rfind('.');
        if (dot == std::string::npos) {
            raise(&exc::ImportError, "attempted relative import beyond top-level package");
            return false;
        }
        package = package.substr(0, dot);
    }
    *out = package;
    return true;
}

Value import_module(Value name, Value globals, Value fromlist, int level) {
    if (!is_str(name)) return raise(&exc::TypeError, "module name must be a string");
    if (level < 0) return raise(&exc::ValueError, "level must be >= 0");
    std::string n(str_view(name));
    std::string fullname = n;
    if (level > 0) {
        std::string package;
        if (!resolve_package(globals, level, &package)) return Value{};
        fullname = n.empty() ? package : package + "." + n;
    } else if (n.empty()) {
        return raise(&exc::ValueError, "Empty module name");
    }
    Ref module{import_absolute(fullname)};
    if (!module) return Value{};
    bool has_fromlist = fromlist && !is_none(fromlist) && truthy(fromlist) > 0;
    if (!has_fromlist) {
        if (level == 0 && n.find('.') != std::string::npos) {
            // `import a.b.c` binds `a`.
            return import_absolute(n.substr(0, n.find('.')));
        }
        if (level > 0 && n.empty()) return module.release();
        if (level > 0) {
            // `from .. import` with an empty fromlist: return the top of what was named.
            size_t cut = fullname.size() - n.size();
            std::string top = fullname.substr(0, cut) + n.substr(0, n.find('.'));
            return import_absolute(top);
        }
        return module.release();
    }
    // from package import submodule: import submodules named in fromlist that are not attributes.
    Value path = getattr_or_null(module.get(), names::__path__);
    if (path) {
        decref(path);
        Ref it{get_iter(fromlist)};
        if (!it) return Value{};
        for (;;) {
            Ref item{iter_next(it.get())};
            if (!item) {
                if (has_error()) return Value{};
                break;
            }
            if (!is_str(item.get())) continue;
            std::string sub(str_view(item.get()));
            if (sub == "*") continue;
            int has = hasattr(module.get(), item.as<Str>());
            if (has < 0) return Value{};
            if (has) continue;
            Ref subm{import_absolute(fullname + "." + sub)};
            if (!subm) {
                if (error_matches(&exc::ModuleNotFoundError)) {
                    clear_error();   // IMPORT_FROM reports "cannot import name"
                    continue;
                }
                return Value{};
            }
        }
    } else if (has_error()) {
        return Value{};
    }
    return module.release();
}

Value import_module_cstr(const char* name) {
    Ref n{str_from_cstr(name)};
    return import_module(n.get(), Value{}, Value{}, 0);
}

}  // namespace minipy::vm
