// sys.cpp — the `sys` module.
#include <unistd.h>

#include <climits>
#include <string>
#include <vector>

#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exception.hpp"
#include "runtime/float.hpp"
#include "runtime/int.hpp"
#include "runtime/list.hpp"
#include "runtime/native.hpp"
#include "runtime/ops.hpp"
#include "runtime/singletons.hpp"
#include "runtime/str.hpp"
#include "runtime/thread_state.hpp"
#include "runtime/tuple.hpp"
#include "stdlib/stdlib.hpp"
#include "vm/gil.hpp"
#include "vm/interpreter.hpp"

namespace minipy::lib {

using namespace rt;

void write_stderr_text(const std::string& text);

// A tuple subclass with named fields, like CPython's struct sequences (sys.version_info).
Type version_info_type;

static Value vi_field(Value self, int i) { return newref(self.as<Tuple>()->items[i]); }
static Value vi_major(Value v) { return vi_field(v, 0); }
static Value vi_minor(Value v) { return vi_field(v, 1); }
static Value vi_micro(Value v) { return vi_field(v, 2); }
static Value vi_releaselevel(Value v) { return vi_field(v, 3); }
static Value vi_serial(Value v) { return vi_field(v, 4); }
static const GetSetDef vi_getsets[] = {
    {"major", vi_major}, {"minor", vi_minor}, {"micro", vi_micro},
    {"releaselevel", vi_releaselevel}, {"serial", vi_serial}, {nullptr},
};
static Value vi_repr(Value v) {
    Tuple* t = v.as<Tuple>();
    return str_format("sys.version_info(major=%R, minor=%R, micro=%R, releaselevel=%R, serial=%R)", t->items[0],
                      t->items[1], t->items[2], t->items[3], t->items[4]);
}

// Other named tuples of sys (float_info, int_info, hash_info, flags): tuple subclasses whose
// field names are looked up by getattro.
struct StructSeqInfo {
    Type* type;
    const char* const* fields;
};
static std::vector<StructSeqInfo> g_struct_seqs;

static const char* const* struct_seq_fields(Type* t) {
    for (const StructSeqInfo& info : g_struct_seqs)
        if (info.type == t) return info.fields;
    return nullptr;
}

static Value struct_seq_getattro(Value self, Str* name) {
    const char* const* fields = struct_seq_fields(type_of(self));
    if (fields)
        for (int i = 0; fields[i]; i++)
            if (name->view() == fields[i]) return newref(self.as<Tuple>()->items[i]);
    return generic_getattr(self, name);
}

static int struct_seq_setattro(Value self, Str* name, Value v) {
    const char* const* fields = struct_seq_fields(type_of(self));
    if (fields)
        for (int i = 0; fields[i]; i++)
            if (name->view() == fields[i]) {
                raise(&exc::AttributeError, "readonly attribute");
                return -1;
            }
    raise(&exc::AttributeError, "'%s' object has no attribute '%s'", type_of(self)->tp_name,
          std::string(name->view()).c_str());
    return -1;
}

static Value struct_seq_repr(Value self) {
    const char* const* fields = struct_seq_fields(type_of(self));
    Tuple* t = self.as<Tuple>();
    std::string out = std::string(type_of(self)->tp_name) + "(";
    for (int64_t i = 0; i < t->size; i++) {
        Ref r{repr(t->items[i])};
        if (!r) return Value{};
        if (i) out += ", ";
        out += std::string(fields[i]) + "=" + std::string(str_view(r.get()));
    }
    return str_from(out + ")");
}

// A new static struct-sequence type and one instance holding `values` (new references, stolen).
static Value make_struct_seq(Type* t, const char* name, const char* const* fields, std::vector<Value> values) {
    init_static_type(t, name, &tuple_type, sizeof(Tuple), 0);
    t->itemsize = sizeof(Value);
    t->repr = struct_seq_repr;
    t->getattro = struct_seq_getattro;
    t->setattro = struct_seq_setattro;
    g_struct_seqs.push_back({t, fields});
    finalize_type(t);
    Tuple* tup = tuple_new(static_cast<int64_t>(values.size()));
    if (!tup) {
        for (Value v : values) decref(v);
        return Value{};
    }
    for (size_t i = 0; i < values.size(); i++) tup->items[i] = values[i];
    tup->type = t;
    return Value(tup);
}

static Type float_info_type, int_info_type, hash_info_type, flags_type;

static void add_struct_seqs(Module* m) {
    static const char* const float_fields[] = {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp",
                                               "dig", "mant_dig", "epsilon", "radix", "rounds", nullptr};
    module_add_owned(m, "float_info",
                     make_struct_seq(&float_info_type, "sys.float_info", float_fields,
                                     {float_from(1.7976931348623157e+308), Value::small_int(1024),
                                      Value::small_int(308), float_from(2.2250738585072014e-308),
                                      Value::small_int(-1021), Value::small_int(-307), Value::small_int(15),
                                      Value::small_int(53), float_from(2.220446049250313e-16), Value::small_int(2),
                                      Value::small_int(1)}));
    static const char* const int_fields[] = {"bits_per_digit", "sizeof_digit", "default_max_str_digits",
                                             "str_digits_check_threshold", nullptr};
    module_add_owned(m, "int_info",
                     make_struct_seq(&int_info_type, "sys.int_info", int_fields,
                                     {Value::small_int(30), Value::small_int(4), Value::small_int(4300),
                                      Value::small_int(640)}));
    static const char* const hash_fields[] = {"width", "modulus", "inf", "nan", "imag", "algorithm",
                                              "hash_bits", "seed_bits", "cutoff", nullptr};
    module_add_owned(m, "hash_info",
                     make_struct_seq(&hash_info_type, "sys.hash_info", hash_fields,
                                     {Value::small_int(64), int_from_i64((int64_t(1) << 61) - 1),
                                      Value::small_int(314159), Value::small_int(0), Value::small_int(1000003),
                                      str_from("siphash13"), Value::small_int(64), Value::small_int(128),
                                      Value::small_int(0)}));
    static const char* const flag_fields[] = {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
                                              "no_user_site", "no_site", "ignore_environment", "verbose",
                                              "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode",
                                              "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits",
                                              nullptr};
    std::vector<Value> flag_values;
    for (int i = 0; flag_fields[i]; i++) {
        std::string_view f = flag_fields[i];
        if (f == "dev_mode" || f == "safe_path") flag_values.push_back(newref(false_value()));
        else if (f == "dont_write_bytecode" || f == "hash_randomization") flag_values.push_back(Value::small_int(1));
        else if (f == "int_max_str_digits") flag_values.push_back(Value::small_int(-1));
        else flag_values.push_back(Value::small_int(0));
    }
    module_add_owned(m, "flags", make_struct_seq(&flags_type, "sys.flags", flag_fields, std::move(flag_values)));
}

// --- functions ---------------------------------------------------------------------------------

static Value sys_exit(const Value* args) {
    Value code = args[0] ? args[0] : none();
    return raise_with_value(&exc::SystemExit, code);
}

static Value sys_getrecursionlimit(const Value* args) { return int_from_i64(g_recursion_limit); }

static Value sys_setrecursionlimit(const Value* args) {
    int64_t n;
    if (!is_int(args[0])) return raise(&exc::TypeError, "'%s' object cannot be interpreted as an integer", type_of(args[0])->tp_name);
    if (!int_to_i64(args[0], &n)) return Value{};
    if (n < 1) return raise(&exc::ValueError, "recursion limit must be greater or equal than 1");
    int depth = current_thread()->recursion_depth;
    if (n <= depth)
        return raise(&exc::RecursionError,
                     "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low",
                     static_cast<int>(n), depth);
    g_recursion_limit = n > INT_MAX ? INT_MAX : static_cast<int>(n);
    return newref(none());
}

static Value sys_getrefcount(const Value* args) {
    Value v = args[0];
    if (!v.is_object()) return int_from_i64(UINT32_MAX);
    uint32_t rc = refcount_of(v.as_object());
    if (rc & kImmortalBit) return int_from_i64(UINT32_MAX);
    return int_from_i64(rc);
}

static Value sys_getswitchinterval(const Value* args) {
    vm::Interpreter* interp = vm::g_interp;
    int64_t us = interp->gil ? interp->gil->interval_us() : interp->config.switch_interval_us;
    return float_from(static_cast<double>(us) / 1e6);
}

static Value sys_setswitchinterval(const Value* args) {
    double s;
    if (!to_double(args[0], &s)) return Value{};
    if (s <= 0) return raise(&exc::ValueError, "switch interval must be strictly positive");
    int64_t us = static_cast<int64_t>(s * 1e6);
    if (us < 1) us = 1;
    vm::Interpreter* interp = vm::g_interp;
    interp->config.switch_interval_us = us;
    if (interp->gil) interp->gil->set_interval_us(us);
    return newref(none());
}

static Value sys_is_gil_enabled(const Value* args) { return newref(bool_value(vm::g_interp->gil != nullptr)); }

// minipy extension: the GIL's state, for teaching (CPython exposes none of this).
static Value sys_gil_info(const Value* args) {
    vm::Interpreter* interp = vm::g_interp;
    Ref d{Value(dict_new())};
    if (!d) return Value{};
    vm::Gil* gil = interp->gil;
    Ref policy{str_from(gil ? (gil->policy() == vm::GilPolicy::Priority ? "priority" : "cpython") : "none")};
    Ref interval{float_from(static_cast<double>(gil ? gil->interval_us() : interp->config.switch_interval_us) / 1e6)};
    Ref switches{int_from_u64(gil ? gil->switch_number() : 0)};
    if (dict_set_cstr(d.as<Dict>(), "enabled", bool_value(gil != nullptr)) < 0 ||
        dict_set_cstr(d.as<Dict>(), "policy", policy.get()) < 0 ||
        dict_set_cstr(d.as<Dict>(), "switch_interval", interval.get()) < 0 ||
        dict_set_cstr(d.as<Dict>(), "switches", switches.get()) < 0)
        return Value{};
    return d.release();
}

static Value sys_exc_info(const Value* args) {
    Value e = Value{};
    for (ExcStackItem* it = current_thread()->exc_info; it; it = it->previous)
        if (it->exc_value && !is_none(it->exc_value)) {
            e = it->exc_value;
            break;
        }
    if (!e) return tuple_pack({none(), none(), none()});
    Value tb = e.as<BaseExc>()->traceback;
    return tuple_pack({Value(type_of(e)), e, tb ? tb : none()});
}

static Value sys_exception(const Value* args) {
    for (ExcStackItem* it = current_thread()->exc_info; it; it = it->previous)
        if (it->exc_value && !is_none(it->exc_value)) return newref(it->exc_value);
    return newref(none());
}

static Value sys_excepthook(const Value* args) {
    Value value = args[1];
    if (!is_exception_instance(value)) {
        Ref s{repr(value)};
        write_stderr_text(std::string("TypeError: print_exception(): Exception expected for value, ") +
                          type_of(value)->tp_name + " found\n");
        return newref(none());
    }
    vm::print_exception_with_traceback(value);
    return newref(none());
}

// --- sys.unraisablehook -------------------------------------------------------------------------
// Exceptions that cannot propagate (in __del__, weakref callbacks, thread clean-up) reach
// rt::write_unraisable, which calls a user's sys.unraisablehook with an UnraisableHookArgs
// (exc_type, exc_value, exc_traceback, err_msg, object), as CPython does.

static Type unraisable_args_type;
static const char* const kUnraisableFields[] = {"exc_type", "exc_value", "exc_traceback", "err_msg", "object", nullptr};
static const char kDefaultUnraisablePrefix[] = "Exception ignored in: ";

static Value sys_unraisablehook(const Value* args) {
    Value u = args[0];
    if (type_of(u) != &unraisable_args_type) return raise(&exc::TypeError, "sys.unraisablehook argument type must be UnraisableHookArgs");
    Tuple* t = u.as<Tuple>();
    Value exc_value = t->items[1], err_msg = t->items[3], obj = t->items[4];
    std::string prefix = is_str(err_msg) ? std::string(str_view(err_msg)) + ": " : std::string(kDefaultUnraisablePrefix);
    print_unraisable(exc_value, prefix.c_str(), is_none(obj) ? Value{} : obj);
    return newref(none());
}

static bool call_user_unraisablehook(Value exc, const char* prefix, Value obj) {
    if (!vm::g_interp || !vm::g_interp->sys_module) return false;
    Dict* sys_dict = vm::g_interp->sys_module->dict;
    Value hook = dict_get_cstr(sys_dict, "unraisablehook");
    if (!hook || hook == dict_get_cstr(sys_dict, "__unraisablehook__")) return false;
    Ref keep_hook{newref(hook)};
    std::string message = prefix;
    Value err_msg = none();
    Ref err_msg_str;
    if (message != kDefaultUnraisablePrefix) {
        if (message.size() >= 2 && message.compare(message.size() - 2, 2, ": ") == 0) message.resize(message.size() - 2);
        err_msg_str = Ref{str_from(message)};
        if (err_msg_str) err_msg = err_msg_str.get();
    }
    Value tb = is_exception_instance(exc) ? exc.as<BaseExc>()->traceback : Value{};
    Tuple* args = tuple_new(5);
    if (!args) return false;
    args->items[0] = newref(Value(type_of(exc)));
    args->items[1] = newref(exc);
    args->items[2] = newref(tb ? tb : none());
    args->items[3] = newref(err_msg);
    args->items[4] = newref(obj ? obj : none());
    args->type = &unraisable_args_type;
    Ref args_ref{Value(args)};
    Value arg = args_ref.get();
    Ref r{call(hook, &arg, 1)};
    if (!r) {
        Ref hook_error{take_error()};
        print_unraisable(hook_error.get(), "Exception ignored in sys.unraisablehook: ", hook);
    }
    return true;
}

static Value sys_intern(const Value* args) {
    if (!is_exact_str(args[0])) return raise(&exc::TypeError, "intern() argument must be str, not %s", type_of(args[0])->tp_name);
    return newref(Value(intern_str(args[0].as<Str>())));
}

static Value sys_getsizeof(const Value* args) {
    Value v = args[0];
    if (!v.is_object()) return int_from_i64(28);
    Ref r{call_method0(v, "__sizeof__")};
    if (!r) return Value{};
    return r.release();
}

static Value sys_getdefaultencoding(const Value* args) { return str_from("utf-8"); }

static Value sys_getframe(const Value* args) {
    int64_t depth = 0;
    if (args[0] && !index_to_i64(args[0], &depth)) return Value{};
    vm::Frame* f = vm::current_frame();
    while (f && depth > 0) {
        f = f->previous;
        depth--;
    }
    if (!f) return raise(&exc::ValueError, "call stack is not deep enough");
    return vm::frame_object_of(f);
}

static Value sys_noop(const Value* args) { return newref(none()); }
static Value sys_gettrace(const Value* args) { return newref(none()); }

static const NativeDef sys_defs[] = {
    {"exit(status=?, /)", sys_exit},
    {"getrecursionlimit()", sys_getrecursionlimit},
    {"setrecursionlimit(limit, /)", sys_setrecursionlimit},
    {"getrefcount(object, /)", sys_getrefcount},
    {"getswitchinterval()", sys_getswitchinterval},
    {"setswitchinterval(interval, /)", sys_setswitchinterval},
    {"_is_gil_enabled()", sys_is_gil_enabled},
    {"_gil_info()", sys_gil_info},
    {"exc_info()", sys_exc_info},
    {"exception()", sys_exception},
    {"excepthook(exctype, value, traceback, /)", sys_excepthook},
    {"unraisablehook(unraisable, /)", sys_unraisablehook},
    {"intern(string, /)", sys_intern},
    {"getsizeof(object, default=?, /)", sys_getsizeof},
    {"getdefaultencoding()", sys_getdefaultencoding},
    {"_getframe(depth=?, /)", sys_getframe},
    {"settrace(function, /)", sys_noop},
    {"setprofile(function, /)", sys_noop},
    {"gettrace()", sys_gettrace},
    {nullptr},
};

static Value str_list(const std::vector<std::string>& items) {
    Ref l{list_new(0)};
    for (const std::string& s : items) {
        Ref v{str_from(s)};
        if (!v || !list_append(l.get(), v.get())) return Value{};
    }
    return l.release();
}

Module* init_sys_module() {
    vm::Interpreter* interp = vm::g_interp;
    init_static_type(&version_info_type, "sys.version_info", &tuple_type, sizeof(Tuple), 0);
    version_info_type.itemsize = sizeof(Value);
    version_info_type.repr = vi_repr;
    add_getsets(&version_info_type, vi_getsets);
    finalize_type(&version_info_type);

    Module* m = module_new_cstr("sys");
    if (!m) return nullptr;
    module_add_functions(m, sys_defs);
    module_add_owned(m, "argv", str_list(interp->config.argv));
    module_add_owned(m, "orig_argv", str_list(interp->config.argv));
    std::vector<std::string> path{interp->config.script_dir};
    path.insert(path.end(), interp->config.python_path.begin(), interp->config.python_path.end());
    module_add_owned(m, "path", str_list(path));
    module_add(m, "modules", Value(interp->modules));
    module_add_owned(m, "version", str_from("3.12.0 (minipy " MINIPY_VERSION ")"));
    Tuple* vi = tuple_new(5);
    vi->items[0] = Value::small_int(3);
    vi->items[1] = Value::small_int(12);
    vi->items[2] = Value::small_int(0);
    vi->items[3] = str_from("final");
    vi->items[4] = Value::small_int(0);
    vi->type = &version_info_type;
    module_add_owned(m, "version_info", Value(vi));
    module_add_owned(m, "hexversion", int_from_i64(0x030C00F0));
    module_add_owned(m, "platform", str_from("linux"));
    module_add_owned(m, "byteorder", str_from("little"));
    module_add_owned(m, "maxsize", int_from_i64(INT64_MAX));
    module_add_owned(m, "maxunicode", int_from_i64(0x10FFFF));
    module_add_owned(m, "executable", str_from("/proc/self/exe"));
    module_add_owned(m, "prefix", str_from("/usr/local"));
    module_add_owned(m, "base_prefix", str_from("/usr/local"));
    module_add_owned(m, "exec_prefix", str_from("/usr/local"));
    module_add_owned(m, "warnoptions", list_new(0));
    module_add(m, "dont_write_bytecode", true_value());
    module_add_owned(m, "builtin_module_names", tuple_pack({}));
    module_add_owned(m, "api_version", int_from_i64(1013));
    // sys.implementation: a simple namespace-like module object.
    Module* impl = module_new_cstr("implementation");
    module_add_owned(impl, "name", str_from("minipy"));
    module_add_owned(impl, "cache_tag", newref(none()));
    Tuple* iv = tuple_new(5);
    for (int i = 0; i < 5; i++) iv->items[i] = newref(vi->items[i]);
    iv->type = &version_info_type;
    module_add_owned(impl, "version", Value(iv));
    module_add_owned(m, "implementation", Value(impl));
    Value hook = dict_get_cstr(m->dict, "excepthook");
    module_add(m, "__excepthook__", hook);
    module_add(m, "__unraisablehook__", dict_get_cstr(m->dict, "unraisablehook"));
    decref(make_struct_seq(&unraisable_args_type, "UnraisableHookArgs", kUnraisableFields,
                           {newref(none()), newref(none()), newref(none()), newref(none()), newref(none())}));
    g_unraisable_hook = call_user_unraisablehook;
    add_struct_seqs(m);
    return m;
}

}  // namespace minipy::lib
