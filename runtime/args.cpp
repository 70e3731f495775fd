// args.cpp — signature strings for natives: parsing them once, binding call arguments to them,
// and the builtin_function_or_method type that carries them.
//
// A signature like "split(self, sep=None, maxsplit=-1)" becomes an ArgSpec; bind_args() then
// turns a vectorcall (positional args + kwnames) into exactly one Value per parameter, filling
// defaults and raising the TypeErrors CPython raises for bad calls. The fast path (positional
// arguments only, all parameters given) passes the caller's array through without copying.
#include <cstring>
#include <mutex>
#include <string>
#include <unordered_map>

#include "dict.hpp"
#include "errors.hpp"
#include "float.hpp"
#include "int.hpp"
#include "module.hpp"
#include "native.hpp"
#include "ops.hpp"
#include "singletons.hpp"
#include "str.hpp"
#include "thread_state.hpp"
#include "tuple.hpp"

namespace minipy::rt {

Object g_optional_marker;
Type builtin_function_type;

// =============================================================================================
// Parsing signatures

namespace {

struct SigParser {
    const char* sig;
    const char* p;

    [[noreturn]] void fail(const char* why) { fatal_error("bad native signature \"%s\": %s", sig, why); }
    void skip_ws() { while (*p == ' ') p++; }
    std::string ident() {
        skip_ws();
        const char* start = p;
        while (*p == '_' || (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9')) p++;
        if (p == start) fail("expected a name");
        return std::string(start, p);
    }
    Value default_value() {
        skip_ws();
        if (*p == '?') { p++; return optional_marker(); }
        if (*p == '\'' || *p == '"') {
            char q = *p++;
            std::string s;
            while (*p && *p != q) {
                if (*p == '\\') {
                    p++;
                    switch (*p) {
                        case 'n': s += '\n'; break;
                        case 't': s += '\t'; break;
                        case 'r': s += '\r'; break;
                        case '0': s += '\0'; break;
                        default: s += *p; break;
                    }
                    p++;
                } else {
                    s += *p++;
                }
            }
            if (*p != q) fail("unterminated string default");
            p++;
            Value v = str_from(s);
            make_immortal(v.as_object());
            return v;
        }
        if (p[0] == '(' && p[1] == ')') {
            p += 2;
            return tuple_empty();
        }
        const char* start = p;
        while (*p && *p != ',' && *p != ')' && *p != ' ') p++;
        std::string tok(start, p);
        if (tok == "None") return none();
        if (tok == "True") return true_value();
        if (tok == "False") return false_value();
        if (tok == "...") return ellipsis();
        char* end = nullptr;
        long long i = std::strtoll(tok.c_str(), &end, 10);
        if (end && *end == 0 && !tok.empty()) return Value::small_int(i);
        double d = std::strtod(tok.c_str(), &end);
        if (end && *end == 0 && !tok.empty()) {
            Value v = float_from(d);
            make_immortal(v.as_object());
            return v;
        }
        fail("unsupported default");
    }
};

std::mutex g_spec_mutex;
// Parsed signatures live for the whole process. The table is never destroyed (a static map would
// be, before LeakSanitizer looks, making every ArgSpec look leaked).
std::unordered_map<const char*, ArgSpec*>& g_specs = *new std::unordered_map<const char*, ArgSpec*>();

}  // namespace

const ArgSpec* parse_signature(const char* signature, bool has_self) {
    std::lock_guard<std::mutex> lock(g_spec_mutex);
    auto it = g_specs.find(signature);
    if (it != g_specs.end()) return it->second;
    SigParser ps{signature, signature};
    auto* spec = new ArgSpec();
    spec->name = intern(ps.ident());
    ps.skip_ws();
    if (*ps.p != '(') ps.fail("expected (");
    ps.p++;
    bool kwonly = false;
    for (;;) {
        ps.skip_ws();
        if (*ps.p == ')') break;
        if (*ps.p == '/') {
            ps.p++;
            spec->nposonly = spec->nparams();
        } else if (ps.p[0] == '*' && ps.p[1] == '*') {
            ps.p += 2;
            spec->kwstar_index = spec->nparams();
            spec->names.push_back(intern(ps.ident()));
            spec->defaults.push_back(Value{});
        } else if (*ps.p == '*') {
            ps.p++;
            ps.skip_ws();
            if (*ps.p == ',' || *ps.p == ')') {
                kwonly = true;
            } else {
                spec->star_index = spec->nparams();
                spec->names.push_back(intern(ps.ident()));
                spec->defaults.push_back(Value{});
                kwonly = true;
            }
        } else {
            std::string name = ps.ident();
            ps.skip_ws();
            Value dflt;
            if (*ps.p == '=') {
                ps.p++;
                dflt = ps.default_value();
            }
            spec->names.push_back(intern(name));
            spec->defaults.push_back(dflt);
            if (!kwonly) spec->npositional = spec->nparams();
        }
        ps.skip_ws();
        if (*ps.p == ',') ps.p++;
        else if (*ps.p != ')') ps.fail("expected , or )");
    }
    spec->has_self = has_self;
    g_specs.emplace(signature, spec);
    return spec;
}

// =============================================================================================
// Binding

static std::string fname(const ArgSpec& spec) { return std::string(spec.name->view()); }

// CPython's natives come in calling conventions whose argument errors read differently; the shape
// of a signature tells which one a CPython builtin of that shape uses:
//   no parameters (METH_NOARGS)         "list.clear() takes no arguments (1 given)"
//   one positional-only (METH_O)        "list.append() takes exactly one argument (0 given)"
//   only positional-only parameters     "insert expected 2 arguments, got 1"   (_PyArg_CheckPositional)
//   keyword parameters (Argument Clinic) "from_bytes() takes at most 3 arguments (4 given)",
//                                       "'foo' is an invalid keyword argument for split()"
//   PyArg_ParseTuple (kNativeLegacyArgs) "find() takes at least 1 argument (0 given)"
// The first two name methods by "type.method" and module functions by "module.function", as
// CPython's _PyObject_FunctionStr does.
enum class CallStyle { NoArgs, OneArg, Positional, VarArgs, Keywords, Legacy };

static CallStyle call_style(const ArgSpec& spec) {
    if (spec.legacy) return CallStyle::Legacy;
    int self = spec.has_self ? 1 : 0;
    int n = spec.nparams() - self;
    if (spec.star_index >= 0 && spec.kwstar_index < 0 && spec.nparams() == spec.star_index + 1)
        return CallStyle::VarArgs;   // f(a, *args): METH_VARARGS without keywords
    if (spec.star_index >= 0 || spec.kwstar_index >= 0) return CallStyle::Keywords;
    if (n == 0) return CallStyle::NoArgs;
    if (spec.nposonly < spec.nparams()) return CallStyle::Keywords;
    if (n == 1 && !spec.defaults[self]) return CallStyle::OneArg;
    return CallStyle::Positional;
}

// The spec of a native def (see native.hpp). Besides the def's flags, it records whether a call
// counts a recursion level: CPython checks the depth when it calls a METH_O, METH_NOARGS or
// METH_VARARGS function ("maximum recursion depth exceeded while calling a Python object"), not
// a vectorcall-style (FASTCALL) one, so `__repr__` recursing through repr() fails with that message.
const ArgSpec* native_spec(const NativeDef* def, bool has_self, Value module_name) {
    const ArgSpec* spec = parse_signature(def->signature, has_self);
    bool legacy = def->flags & kNativeLegacyArgs;
    Str* module = nullptr;
    if (module_name && is_str(module_name) && str_view(module_name) != "builtins") module = intern_str(module_name.as<Str>());
    std::lock_guard<std::mutex> lock(g_spec_mutex);
    auto* s = const_cast<ArgSpec*>(spec);   // owned by g_specs; only these fields change
    // Written only when they change, which happens when the type or module is set up: later
    // calls (binding a method makes one) only read, so running natives never race with them.
    if (legacy && !s->legacy) s->legacy = true;
    if (module && !s->module) s->module = module;
    CallStyle style = call_style(*s);
    bool check = !(def->flags & kNativeNoRecursionCheck) &&
                 (style == CallStyle::NoArgs || style == CallStyle::OneArg || style == CallStyle::Legacy);
    if (s->recursion_check != check) s->recursion_check = check;
    return spec;
}

// "list.append" for a method called with its receiver in args[0], "math.sqrt" for a module
// function, "len" for a builtin.
static std::string qualified_name(const ArgSpec& spec, const Value* args, size_t nargs) {
    std::string name = fname(spec);
    if (!spec.has_self && spec.module) return std::string(spec.module->view()) + "." + name;
    if (!spec.has_self || nargs == 0) return name;
    Value self = args[0];
    bool is_cls = spec.names[0]->view() == "cls" && isinstance_of(self, &type_type);
    Type* owner = is_cls ? self.as<Type>() : type_of(self);
    return std::string(owner->tp_name) + "." + name;
}

static int required_positional(const ArgSpec& spec) {
    int self = spec.has_self ? 1 : 0;
    int minp = 0;
    for (int i = self; i < spec.npositional; i++)
        if (!spec.defaults[i]) minp = i + 1 - self;
    return minp;
}

// Argument-count errors of the first three styles; false with the error set, true when the count
// is fine (keywords are checked separately).
static bool check_positional_style(const ArgSpec& spec, CallStyle style, const Value* args, size_t nargs,
                                   size_t nkw) {
    int self = spec.has_self ? 1 : 0;
    int given = static_cast<int>(nargs) - self;
    int maxp = spec.npositional - self;
    int minp = required_positional(spec);
    if (nkw) {
        // METH_VARARGS module functions say their bare name; methods and the other kinds say
        // the qualified one.
        bool bare = style == CallStyle::Legacy && !spec.has_self;
        raise(&exc::TypeError, "%s() takes no keyword arguments",
              bare ? fname(spec).c_str() : qualified_name(spec, args, nargs).c_str());
        return false;
    }
    if (given >= minp && (given <= maxp || style == CallStyle::VarArgs || (style == CallStyle::Legacy && spec.star_index >= 0)))
        return true;
    switch (style) {
        case CallStyle::NoArgs:
            raise(&exc::TypeError, "%s() takes no arguments (%d given)", qualified_name(spec, args, nargs).c_str(), given);
            break;
        case CallStyle::OneArg:
            raise(&exc::TypeError, "%s() takes exactly one argument (%d given)", qualified_name(spec, args, nargs).c_str(),
                  given);
            break;
        case CallStyle::Legacy: {
            int shown = given < minp ? minp : maxp;
            raise(&exc::TypeError, "%s() takes %s %d argument%s (%d given)", fname(spec).c_str(),
                  minp == maxp ? "exactly" : given < minp ? "at least" : "at most", shown, shown == 1 ? "" : "s", given);
            break;
        }
        default: {
            int shown = given < minp ? minp : maxp;
            raise(&exc::TypeError, "%s expected %s%d argument%s, got %d", fname(spec).c_str(),
                  minp == maxp ? "" : given < minp ? "at least " : "at most ", shown, shown == 1 ? "" : "s", given);
            break;
        }
    }
    return false;
}

// Too many or too few positional arguments for a keyword-capable native (Argument Clinic's rules).
static bool check_keyword_style(const ArgSpec& spec, size_t nargs, size_t nkw) {
    if (spec.star_index >= 0) return true;
    int self = spec.has_self ? 1 : 0;
    int given = static_cast<int>(nargs) - self;
    int maxargs = spec.nparams() - self - (spec.kwstar_index >= 0 ? 1 : 0);
    int maxpos = spec.npositional - self;
    int minpos = required_positional(spec);
    int minposonly = 0;
    for (int i = self; i < spec.nposonly; i++)
        if (!spec.defaults[i]) minposonly = i + 1 - self;
    if (spec.kwstar_index < 0 && given + static_cast<int>(nkw) > maxargs) {
        raise(&exc::TypeError, "%s() takes at most %d %sargument%s (%d given)", fname(spec).c_str(), maxargs,
              given == 0 ? "keyword " : "", maxargs == 1 ? "" : "s", given + static_cast<int>(nkw));
        return false;
    }
    if (given > maxpos) {
        if (maxpos == 0)
            raise(&exc::TypeError, "%s() takes no positional arguments", fname(spec).c_str());
        else
            raise(&exc::TypeError, "%s() takes %s %d positional argument%s (%d given)", fname(spec).c_str(),
                  minpos < maxpos ? "at most" : "exactly", maxpos, maxpos == 1 ? "" : "s", given);
        return false;
    }
    if (given < minposonly) {
        raise(&exc::TypeError, "%s() takes %s %d positional argument%s (%d given)", fname(spec).c_str(),
              minposonly < maxpos ? "at least" : "exactly", minposonly, minposonly == 1 ? "" : "s", given);
        return false;
    }
    return true;
}

bool bind_args(const ArgSpec& spec, const Value* args, size_t nargs, Tuple* kwnames, Value* out, Ref holder[2]) {
    const int n = spec.nparams();
    const int npos = spec.npositional;
    for (int i = 0; i < n; i++) out[i] = Value{};
    size_t nkw = kwnames ? kwnames->size : 0;
    CallStyle style = call_style(spec);
    if (style != CallStyle::Keywords) {
        if (!check_positional_style(spec, style, args, nargs, nkw)) return false;
    } else if (!check_keyword_style(spec, nargs, nkw)) {
        return false;
    }
    size_t ncopy = nargs;
    if (static_cast<int>(nargs) > npos) ncopy = npos;   // the rest goes to *args (checked above)
    for (size_t i = 0; i < ncopy; i++) out[i] = args[i];
    if (spec.star_index >= 0) {
        Value rest = nargs > ncopy ? tuple_from_array(args + ncopy, static_cast<int64_t>(nargs - ncopy)) : tuple_empty();
        if (!rest) return false;
        holder[0] = Ref{rest};
        out[spec.star_index] = rest;
    }
    Str* unknown = nullptr;   // reported after the missing-argument check, as CPython does
    for (size_t k = 0; k < nkw; k++) {
        Str* key = kwnames->items[k].as<Str>();
        Value val = args[nargs + k];
        int found = -1;
        for (int i = spec.nposonly; i < n; i++) {
            if (i == spec.star_index || i == spec.kwstar_index) continue;
            if (spec.names[i] == key || spec.names[i]->view() == key->view()) {
                found = i;
                break;
            }
        }
        if (found >= 0) {
            if (out[found]) {
                raise(&exc::TypeError, "argument for %s() given by name ('%s') and position (%d)", fname(spec).c_str(),
                      std::string(key->view()).c_str(), found + 1 - (spec.has_self ? 1 : 0));
                return false;
            }
            out[found] = val;
        } else if (spec.kwstar_index >= 0) {
            if (!holder[1]) {
                holder[1] = Ref{Value(dict_new())};
                if (!holder[1]) return false;
            }
            if (dict_set_item(holder[1].as<Dict>(), Value(key), val) < 0) return false;
        } else if (!unknown) {
            unknown = key;
        }
    }
    if (spec.kwstar_index >= 0) out[spec.kwstar_index] = holder[1].get();
    for (int i = 0; i < n; i++) {
        if (out[i] || i == spec.star_index || i == spec.kwstar_index) continue;
        Value d = spec.defaults[i];
        if (d == optional_marker()) continue;   // stays null
        if (d) {
            out[i] = d;
            continue;
        }
        int shown = i + 1 - (spec.has_self ? 1 : 0);
        if (i < npos)
            raise(&exc::TypeError, "%s() missing required argument '%s' (pos %d)", fname(spec).c_str(),
                  std::string(spec.names[i]->view()).c_str(), shown);
        else
            raise(&exc::TypeError, "%s() missing required keyword-only argument: '%s'", fname(spec).c_str(),
                  std::string(spec.names[i]->view()).c_str());
        return false;
    }
    if (unknown) {
        raise(&exc::TypeError, "'%s' is an invalid keyword argument for %s()", std::string(unknown->view()).c_str(),
              fname(spec).c_str());
        return false;
    }
    return true;
}

bool no_keywords(const char* name, Tuple* kwnames) {
    if (!kwnames || kwnames->size == 0) return true;
    raise(&exc::TypeError, "%s() takes no keyword arguments", name);
    return false;
}

bool check_nargs(const char* name, size_t nargs, size_t min, size_t max) {
    if (nargs >= min && nargs <= max) return true;
    if (min == max)
        raise(&exc::TypeError, "%s expected %d argument%s, got %d", name, int(min), min == 1 ? "" : "s", int(nargs));
    else if (nargs < min)
        raise(&exc::TypeError, "%s expected at least %d argument%s, got %d", name, int(min), min == 1 ? "" : "s",
              int(nargs));
    else
        raise(&exc::TypeError, "%s expected at most %d argument%s, got %d", name, int(max), max == 1 ? "" : "s",
              int(nargs));
    return false;
}

static Value call_native_unchecked(const NativeDef* def, const ArgSpec* spec, Value self, const Value* args,
                                   size_t nargs, Tuple* kwnames) {
    if (def->raw) return def->raw(self, args, nargs, kwnames);
    const size_t nkw = kwnames ? kwnames->size : 0;
    // Bound methods (self given) see self as their first argument.
    Value small[8];
    std::vector<Value> big;
    if (self && spec->has_self) {
        Value* buf = small;
        if (nargs + nkw + 1 > 8) {
            big.resize(nargs + nkw + 1);
            buf = big.data();
        }
        buf[0] = self;
        for (size_t i = 0; i < nargs + nkw; i++) buf[i + 1] = args[i];
        args = buf;
        nargs += 1;
    }
    const int n = spec->nparams();
    if (!nkw && static_cast<int>(nargs) == n && spec->npositional == n && spec->star_index < 0 && spec->kwstar_index < 0)
        return def->fn(args);   // every parameter given positionally: no copy
    Value bound_small[12];
    std::vector<Value> bound_big;
    Value* bound = bound_small;
    if (n > 12) {
        bound_big.resize(n);
        bound = bound_big.data();
    }
    Ref holder[2];
    if (!bind_args(*spec, args, nargs, kwnames, bound, holder)) return Value{};
    return def->fn(bound);
}

Value call_native(const NativeDef* def, const ArgSpec* spec, Value self, const Value* args, size_t nargs,
                  Tuple* kwnames) {
    if (!spec->recursion_check) return call_native_unchecked(def, spec, self, args, nargs, kwnames);
    RecursionGuard guard(" while calling a Python object");
    if (!guard.ok()) return Value{};
    return call_native_unchecked(def, spec, self, args, nargs, kwnames);
}

// =============================================================================================
// builtin_function_or_method

Value make_builtin_function(const NativeDef* def, Value self, Value module_name) {
    // A module function's __self__ is its module, which is not an argument.
    bool has_self = self && !(def->flags & (kNativeFunction | kNativeStaticMethod)) && !is_module(self);
    const ArgSpec* spec = native_spec(def, has_self, is_module(self) ? module_name : Value{});
    BuiltinFunction* f = alloc<BuiltinFunction>(&builtin_function_type);
    if (!f) return Value{};
    f->def = def;
    f->spec = spec;
    f->self = newref(self);
    f->module_name = newref(module_name);
    return Value(f);
}

static Value builtin_call(Value callable, const Value* args, size_t nargs, Tuple* kwnames) {
    BuiltinFunction* f = callable.as<BuiltinFunction>();
    return call_native(f->def, f->spec, f->self, args, nargs, kwnames);
}

static void builtin_dealloc(Object* o) {
    BuiltinFunction* f = static_cast<BuiltinFunction*>(o);
    decref(f->self);
    decref(f->module_name);
    free_object_memory(o);
}

static Value builtin_repr(Value v) {
    BuiltinFunction* f = v.as<BuiltinFunction>();
    std::string name(f->spec->name->view());
    if (!f->self || is_module(f->self)) return str_format("<built-in function %s>", name.c_str());
    // A tagged small int has no address; its bits stand in for one.
    return str_format("<built-in method %s of %s object at %p>", name.c_str(), type_of(f->self)->tp_name,
                      reinterpret_cast<void*>(static_cast<uintptr_t>(f->self.bits())));
}

static Value builtin_get_name(Value v) { return newref(Value(v.as<BuiltinFunction>()->spec->name)); }
static Value builtin_get_qualname(Value v) {
    BuiltinFunction* f = v.as<BuiltinFunction>();
    if (!f->self || is_module(f->self)) return newref(Value(f->spec->name));
    Type* t = isinstance_of(f->self, &type_type) ? f->self.as<Type>() : type_of(f->self);
    return type_member_qualname(t, std::string(f->spec->name->view()).c_str());
}
static Value builtin_get_self(Value v) {
    BuiltinFunction* f = v.as<BuiltinFunction>();
    // A static method keeps its type (for __qualname__, repr and pickling) but has no __self__.
    if (f->def->flags & kNativeStaticMethod) return newref(none());
    return newref(f->self ? f->self : none());
}
static Value builtin_get_module(Value v) {
    BuiltinFunction* f = v.as<BuiltinFunction>();
    return newref(f->module_name ? f->module_name : none());
}
static Value builtin_get_doc(Value v) {
    BuiltinFunction* f = v.as<BuiltinFunction>();
    if (!f->def->doc) return newref(none());
    return str_from_cstr(f->def->doc);
}
static Value builtin_get_text_signature(Value v) {
    const char* sig = v.as<BuiltinFunction>()->def->signature;
    const char* paren = std::strchr(sig, '(');
    return str_from_cstr(paren ? paren : "()");
}

static const GetSetDef builtin_getsets[] = {
    {"__name__", builtin_get_name},
    {"__qualname__", builtin_get_qualname},
    {"__self__", builtin_get_self},
    {"__module__", builtin_get_module},
    {"__doc__", builtin_get_doc},
    {"__text_signature__", builtin_get_text_signature},
    {nullptr},
};

static Value builtin_richcompare(Value a, Value b, CompareOp op) {
    if ((op != CompareOp::Eq && op != CompareOp::Ne) || type_of(b) != &builtin_function_type)
        return newref(not_implemented());
    BuiltinFunction* x = a.as<BuiltinFunction>();
    BuiltinFunction* y = b.as<BuiltinFunction>();
    bool eq = x->def == y->def && x->self == y->self;
    return newref(bool_value(op == CompareOp::Eq ? eq : !eq));
}

static int64_t builtin_hash(Value v) {
    BuiltinFunction* f = v.as<BuiltinFunction>();
    int64_t h = static_cast<int64_t>(reinterpret_cast<uintptr_t>(f->def) >> 4);
    if (f->self) {
        int64_t hs = hash(f->self);
        if (hs == -1) { clear_error(); hs = static_cast<int64_t>(f->self.bits() >> 4); }
        h ^= hs;
    }
    return h == -1 ? -2 : h;
}

void init_native_types() {
    init_static_type(&builtin_function_type, "builtin_function_or_method", &object_type, sizeof(BuiltinFunction), kTypeWeakrefable);
    builtin_function_type.call = builtin_call;
    builtin_function_type.dealloc = builtin_dealloc;
    builtin_function_type.repr = builtin_repr;
    builtin_function_type.richcompare = builtin_richcompare;
    builtin_function_type.hash = builtin_hash;
    add_getsets(&builtin_function_type, builtin_getsets);
    finalize_type(&builtin_function_type);
    g_optional_marker.type = &object_type;
    make_immortal(&g_optional_marker);
}

}  // namespace minipy::rt
