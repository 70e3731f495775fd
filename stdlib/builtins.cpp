// builtins.cpp — the `builtins` module: print, len, isinstance, __build_class__, super, ...
//
// Functions are registered from one table with signature strings (runtime/native.hpp); argument
// checking and keyword handling come from the signature. The builtin types (int, str, list, ...)
// are added as module attributes, and so is every builtin exception class.
#include <cmath>
#include <cstdio>
#include <cstring>
#include <initializer_list>
#include <string>
#include <vector>

#include "runtime/bytes.hpp"
#include "runtime/complex.hpp"
#include "runtime/descr.hpp"
#include "runtime/dict.hpp"
#include "runtime/memoryview.hpp"
#include "runtime/errors.hpp"
#include "runtime/exception.hpp"
#include "runtime/float.hpp"
#include "runtime/function.hpp"
#include "runtime/int.hpp"
#include "runtime/iter.hpp"
#include "runtime/list.hpp"
#include "runtime/module.hpp"
#include "runtime/native.hpp"
#include "runtime/ops.hpp"
#include "runtime/range.hpp"
#include "runtime/set.hpp"
#include "runtime/singletons.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "stdlib/stdlib.hpp"
#include "vm/call.hpp"
#include "vm/code.hpp"
#include "vm/gil.hpp"
#include "vm/interpreter.hpp"

namespace minipy::rt {
void init_generic_alias(std::initializer_list<Type*> generic_types);   // descr.cpp
}

namespace minipy::lib {

using namespace rt;

// =============================================================================================
// print / input

static Value sys_attr(const char* name) {
    Value v = dict_get_cstr(vm::g_interp->sys_module->dict, name);
    return v;
}

static Value builtin_print(const Value* args) {
    Tuple* items = args[0].as<Tuple>();
    Value sep = args[1], end = args[2], file = args[3], flush = args[4];
    if (!is_none(sep) && !is_str(sep))
        return raise(&exc::TypeError, "sep must be None or a string, not %s", type_of(sep)->tp_name);
    if (!is_none(end) && !is_str(end))
        return raise(&exc::TypeError, "end must be None or a string, not %s", type_of(end)->tp_name);
    if (is_none(file)) {
        file = sys_attr("stdout");
        if (!file) return raise(&exc::RuntimeError, "lost sys.stdout");
        if (is_none(file)) return newref(none());
    }
    if (type_of(file)->tpflags & kTypeHeap) {
        // A file object written in Python sees one write() per piece, as in CPython.
        for (int64_t i = 0; i <= items->size; i++) {
            Ref piece;
            if (i == items->size) piece = Ref::borrow(is_none(end) ? Value{} : end);
            else piece = Ref{to_str(items->items[i])};
            if (i == items->size && !piece) piece = Ref{str_from("\n")};
            if (!piece) return Value{};
            if (i > 0 && i < items->size) {
                Ref sp{is_none(sep) ? str_from(" ") : newref(sep)};
                if (!sp) return Value{};
                Ref r{call_method1(file, "write", sp.get())};
                if (!r) return Value{};
            }
            Ref r{call_method1(file, "write", piece.get())};
            if (!r) return Value{};
        }
        int f = truthy(flush);
        if (f < 0) return Value{};
        if (f) {
            Ref fr{call_method0(file, "flush")};
            if (!fr) return Value{};
        }
        return newref(none());
    }
    // Build the whole line first, so one print() is one write (lines from threads never mix).
    std::string out;
    for (int64_t i = 0; i < items->size; i++) {
        if (i) out += is_none(sep) ? std::string_view(" ") : str_view(sep);
        Ref s{to_str(items->items[i])};
        if (!s) return Value{};
        out += str_view(s.get());
    }
    out += is_none(end) ? std::string_view("\n") : str_view(end);
    Ref text{str_from(out)};
    if (!text) return Value{};
    Ref r{call_method1(file, "write", text.get())};
    if (!r) return Value{};
    int f = truthy(flush);
    if (f < 0) return Value{};
    if (f) {
        Ref fr{call_method0(file, "flush")};
        if (!fr) return Value{};
    }
    return newref(none());
}

static Value builtin_input(const Value* args) {
    Value prompt = args[0];
    Value out = sys_attr("stdout");
    if (prompt && out) {
        Ref s{to_str(prompt)};
        if (!s) return Value{};
        Ref r{call_method1(out, "write", s.get())};
        if (!r) return Value{};
    }
    if (out) {
        Ref fl{call_method0(out, "flush")};
        if (!fl) clear_error();
    }
    Value in = sys_attr("stdin");
    if (!in || is_none(in)) return raise(&exc::RuntimeError, "input(): lost sys.stdin");
    Ref line{call_method0(in, "readline")};
    if (!line) return Value{};
    if (!is_str(line.get())) return raise(&exc::TypeError, "object.readline() returned non-string");
    std::string_view sv = str_view(line.get());
    if (sv.empty()) return raise(&exc::EOFError, "EOF when reading a line");
    if (sv.back() == '\n') sv.remove_suffix(1);
    return str_from(sv);
}

// =============================================================================================
// Simple functions

static Value builtin_len(const Value* args) {
    int64_t n = length(args[0]);
    return n < 0 ? Value{} : int_from_i64(n);
}

static Value builtin_abs(const Value* args) {
    UnaryFn fn = type_of(args[0])->nb_absolute;
    if (!fn) return raise(&exc::TypeError, "bad operand type for abs(): '%s'", type_of(args[0])->tp_name);
    return fn(args[0]);
}

static Value builtin_repr(const Value* args) { return repr(args[0]); }
static Value builtin_ascii(const Value* args) { return ascii(args[0]); }

static Value builtin_format(const Value* args) {
    if (!is_str(args[1]))
        return raise(&exc::TypeError, "format() argument 2 must be str, not %s", type_of(args[1])->tp_name);
    return format(args[0], args[1]);
}

static Value builtin_hash(const Value* args) {
    int64_t h = hash(args[0]);
    return h == -1 ? Value{} : int_from_i64(h);
}

static Value builtin_id(const Value* args) {
    Value v = args[0];
    return int_from_u64(v.bits());
}

static Value builtin_callable(const Value* args) { return newref(bool_value(is_callable(args[0]))); }

static Value builtin_isinstance(const Value* args) {
    int r;
    if (!isinstance(args[0], args[1], &r)) return Value{};
    return newref(bool_value(r));
}

static Value builtin_issubclass(const Value* args) {
    int r;
    if (!issubclass(args[0], args[1], &r)) return Value{};
    return newref(bool_value(r));
}

static Value builtin_getattr(const Value* args) {
    if (!is_str(args[1]))
        return raise(&exc::TypeError, "attribute name must be string, not '%s'", type_of(args[1])->tp_name);
    if (!args[2]) return getattr(args[0], args[1].as<Str>());
    Value r = getattr(args[0], args[1].as<Str>());
    if (!r && error_matches(&exc::AttributeError)) {
        clear_error();
        return newref(args[2]);
    }
    return r;
}

static Value builtin_setattr(const Value* args) {
    if (!is_str(args[1]))
        return raise(&exc::TypeError, "attribute name must be string, not '%s'", type_of(args[1])->tp_name);
    if (setattr(args[0], args[1].as<Str>(), args[2]) < 0) return Value{};
    return newref(none());
}

static Value builtin_delattr(const Value* args) {
    if (!is_str(args[1]))
        return raise(&exc::TypeError, "attribute name must be string, not '%s'", type_of(args[1])->tp_name);
    if (delattr(args[0], args[1].as<Str>()) < 0) return Value{};
    return newref(none());
}

static Value builtin_hasattr(const Value* args) {
    if (!is_str(args[1]))
        return raise(&exc::TypeError, "attribute name must be string, not '%s'", type_of(args[1])->tp_name);
    int r = hasattr(args[0], args[1].as<Str>());
    return r < 0 ? Value{} : newref(bool_value(r));
}

static Value builtin_iter(const Value* args) {
    if (!args[1]) return get_iter(args[0]);
    if (!is_callable(args[0])) return raise(&exc::TypeError, "iter(v, w): v must be callable");
    return callable_iter_new(args[0], args[1]);
}

static Value builtin_next(const Value* args) {
    Value it = args[0];
    UnaryFn next = type_of(it)->iternext;
    if (!next) return raise(&exc::TypeError, "'%s' object is not an iterator", type_of(it)->tp_name);
    Value r = next(it);
    if (r) return r;
    if (has_error()) {
        if (!args[1] || !error_matches(&exc::StopIteration)) return Value{};
        clear_error();
        return newref(args[1]);
    }
    if (args[1]) return newref(args[1]);
    return raise(&exc::StopIteration, nullptr);
}

static Value builtin_divmod(const Value* args) { return divmod(args[0], args[1]); }

static Value builtin_pow(const Value* args) { return power(args[0], args[1], args[2]); }

// A special method as CPython's _PyObject_LookupSpecial finds it: on the type, bound to obj.
// Null without an error when the type does not define it.
static Value lookup_special(Value obj, Str* name) {
    Value f = type_lookup(type_of(obj), name);
    if (!f) return Value{};
    DescrGetFn get = type_of(f)->descr_get;
    if (!get) return newref(f);
    return get(f, obj, Value(type_of(obj)));
}

static Value builtin_round(const Value* args) {
    Value number = args[0], ndigits = args[1];
    Ref f{lookup_special(number, names::__round__)};
    if (!f) {
        if (has_error()) return Value{};
        return raise(&exc::TypeError, "type %s doesn't define __round__ method", type_of(number)->tp_name);
    }
    if (is_none(ndigits)) return call0(f.get());
    return call1(f.get(), ndigits);
}

static Value builtin_chr(const Value* args) {
    int64_t i;
    if (!index_to_i64(args[0], &i, &exc::OverflowError)) {
        if (error_matches(&exc::OverflowError)) {
            clear_error();
            return raise(&exc::OverflowError, "Python int too large to convert to C int");
        }
        return Value{};
    }
    if (i < 0 || i > 0x10FFFF) return raise(&exc::ValueError, "chr() arg not in range(0x110000)");
    return str_from_codepoint(static_cast<uint32_t>(i));
}

static Value builtin_ord(const Value* args) {
    Value c = args[0];
    if (is_str(c)) {
        Str* s = c.as<Str>();
        if (s->length != 1)
            return raise(&exc::TypeError, "ord() expected a character, but string of length %zd found", s->length);
        return int_from_i64(str_codepoint_at(s, 0));
    }
    std::string_view bv;
    if (is_bytes(c) || is_bytearray(c)) {
        bytes_like_view(c, &bv);
        if (bv.size() != 1)
            return raise(&exc::TypeError, "ord() expected a character, but string of length %zd found",
                         static_cast<int64_t>(bv.size()));
        return int_from_i64(static_cast<unsigned char>(bv[0]));
    }
    return raise(&exc::TypeError, "ord() expected string of length 1, but %s found", type_of(c)->tp_name);
}

static Value base_string(Value x, int base) {
    Ref i{number_index(x)};
    if (!i) return Value{};
    return int_to_base_string(i.get(), base);
}
static Value builtin_hex(const Value* args) { return base_string(args[0], 16); }
static Value builtin_oct(const Value* args) { return base_string(args[0], 8); }
static Value builtin_bin(const Value* args) { return base_string(args[0], 2); }

// =============================================================================================
// Iteration helpers: any, all, sum, min, max, sorted

static Value builtin_any(const Value* args) {
    Ref it{get_iter(args[0])};
    if (!it) return Value{};
    for (;;) {
        Ref x{iter_next(it.get())};
        if (!x) return has_error() ? Value{} : newref(false_value());
        int t = truthy(x.get());
        if (t < 0) return Value{};
        if (t) return newref(true_value());
    }
}

static Value builtin_all(const Value* args) {
    Ref it{get_iter(args[0])};
    if (!it) return Value{};
    for (;;) {
        Ref x{iter_next(it.get())};
        if (!x) return has_error() ? Value{} : newref(true_value());
        int t = truthy(x.get());
        if (t < 0) return Value{};
        if (!t) return newref(false_value());
    }
}

static Value builtin_sum(const Value* args) {
    Value start = args[1];
    if (is_str(start)) return raise(&exc::TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (is_bytes(start)) return raise(&exc::TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    if (is_bytearray(start)) return raise(&exc::TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
    Ref it{get_iter(args[0])};
    if (!it) return Value{};
    Ref acc = Ref::borrow(start);
    for (;;) {
        Ref x{iter_next(it.get())};
        if (!x) return has_error() ? Value{} : acc.release();
        Value a = acc.get(), b = x.get();
        if (a.is_small_int() && b.is_small_int()) {
            int64_t r = a.as_small_int() + b.as_small_int();
            if (Value::fits_small(r)) {
                acc = Ref{Value::small_int(r)};
                continue;
            }
        }
        Ref r{binary_op(a, b, BinOp::Add)};
        if (!r) return Value{};
        acc = std::move(r);
    }
}

static Value min_max(Value self, const Value* args, size_t nargs, Tuple* kwnames, CompareOp op) {
    const char* name = op == CompareOp::Lt ? "min" : "max";
    Value key = Value{}, dflt = Value{};
    size_t nkw = kwnames ? kwnames->size : 0;
    if (nargs == 0) return raise(&exc::TypeError, "%s expected at least 1 argument, got 0", name);
    for (size_t i = 0; i < nkw; i++) {
        std::string_view k = str_view(kwnames->items[i]);
        if (k == "key") key = args[nargs + i];
        else if (k == "default") dflt = args[nargs + i];
        else return raise(&exc::TypeError, "'%s' is an invalid keyword argument for %s()", std::string(k).c_str(), name);
    }
    if (key && is_none(key)) key = Value{};
    Ref iterable;
    if (nargs == 1) {
        iterable = Ref::borrow(args[0]);
    } else {
        if (dflt) return raise(&exc::TypeError, "Cannot specify a default for %s() with multiple positional arguments", name);
        iterable = Ref{tuple_from_array(args, static_cast<int64_t>(nargs))};
    }
    Ref it{get_iter(iterable.get())};
    if (!it) return Value{};
    Ref best, best_key;
    for (;;) {
        Ref x{iter_next(it.get())};
        if (!x) {
            if (has_error()) return Value{};
            break;
        }
        Ref k = key ? Ref{call1(key, x.get())} : Ref::borrow(x.get());
        if (!k) return Value{};
        if (!best) {
            best = std::move(x);
            best_key = std::move(k);
            continue;
        }
        int c = compare_bool(k.get(), best_key.get(), op);
        if (c < 0) return Value{};
        if (c) {
            best = std::move(x);
            best_key = std::move(k);
        }
    }
    if (!best) {
        if (dflt) return newref(dflt);
        return raise(&exc::ValueError, "%s() arg is an empty sequence", name);
    }
    return best.release();
}

static Value builtin_min(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
    return min_max(self, args, nargs, kwnames, CompareOp::Lt);
}
static Value builtin_max(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
    return min_max(self, args, nargs, kwnames, CompareOp::Gt);
}

// sorted(iterable, /, *, key=None, reverse=False): CPython checks the positional count itself and
// lets list.sort() judge the keywords, so a bad keyword is reported for "sort()".
static const NativeDef sort_keywords_def = {"sort(*, key=None, reverse=False)", nullptr};

static Value builtin_sorted(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!check_nargs("sorted", nargs, 1, 1)) return Value{};
    static const ArgSpec* spec = parse_signature(sort_keywords_def.signature, false);
    Value bound[2];
    Ref holder[2];
    if (!bind_args(*spec, args + 1, 0, kwnames, bound, holder)) return Value{};
    Ref l{sequence_to_list(args[0])};
    if (!l) return Value{};
    int rev = truthy(bound[1]);
    if (rev < 0) return Value{};
    if (!list_sort(l.get(), is_none(bound[0]) ? Value{} : bound[0], rev)) return Value{};
    return l.release();
}

// =============================================================================================
// Code execution: exec, eval, compile, globals, locals, vars, dir

static Value builtin_globals(const Value* args) {
    Value g = vm::current_globals();
    if (!g) return raise(&exc::SystemError, "globals(): no current frame");
    return newref(g);
}

static Value builtin_locals(const Value* args) {
    vm::Frame* f = vm::current_frame();
    if (!f) return raise(&exc::SystemError, "locals(): no current frame");
    return vm::frame_locals(f);
}

static Value builtin_vars(const Value* args) {
    if (!args[0]) return builtin_locals(args);
    Value d = getattr_or_null(args[0], names::__dict__);
    if (!d && !has_error()) return raise(&exc::TypeError, "vars() argument must have __dict__ attribute");
    return d;
}

static Value builtin_dir(const Value* args) {
    Ref names_list;
    if (!args[0]) {
        Ref loc{builtin_locals(args)};
        if (!loc) return Value{};
        names_list = Ref{sequence_to_list(loc.get())};
    } else {
        Ref meth{lookup_special(args[0], names::__dir__)};
        if (!meth) {
            if (!has_error()) raise(&exc::TypeError, "object does not provide __dir__");
            return Value{};
        }
        Ref r{call0(meth.get())};
        if (!r) return Value{};
        names_list = Ref{sequence_to_list(r.get())};
    }
    if (!names_list || !list_sort(names_list.get(), Value{}, false)) return Value{};
    return names_list.release();
}

static const char* kModeNames[] = {"exec", "eval", "single"};

static int parse_mode(Value mode) {
    if (!is_str(mode)) return -1;
    std::string_view m = str_view(mode);
    for (int i = 0; i < 3; i++)
        if (m == kModeNames[i]) return i;
    return -1;
}

static bool source_text(Value source, const char* fname, std::string* out) {
    if (is_str(source)) {
        *out = std::string(str_view(source));
        return true;
    }
    std::string_view bv;
    if (bytes_like_view(source, &bv)) {
        *out = std::string(bv);
        return true;
    }
    clear_error();
    raise(&exc::TypeError, "%s() arg 1 must be a string, bytes or %s object", fname,
          std::strcmp(fname, "compile") == 0 ? "AST" : "code");
    return false;
}

static Value builtin_compile(const Value* args) {
    int mode = parse_mode(args[2]);
    if (mode < 0) return raise(&exc::ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    std::string src;
    if (!source_text(args[0], "compile", &src)) return Value{};
    Ref fn{to_str(args[1])};
    if (!fn) return Value{};
    if (mode == 1) {
        size_t b = src.find_first_not_of(" \t");
        src = b == std::string::npos ? "" : src.substr(b);
    }
    vm::Code* code = vm::compile_or_raise(src, std::string(str_view(fn.get())), mode);
    return code ? Value(code) : Value{};
}

// Fills in the defaults of exec()/eval(): the caller's globals and locals (a function's locals()
// dict, which keeps what exec() stores in it). `holder` keeps that dict alive for the call.
static bool exec_namespaces(Value* globals, Value* locals, const char* fname, Ref* holder) {
    bool is_eval = std::strcmp(fname, "eval") == 0;
    if (is_none(*globals)) *globals = Value{};
    if (is_none(*locals)) *locals = Value{};
    if (*globals && !is_dict(*globals)) {
        if (is_eval)
            raise(&exc::TypeError, type_of(*globals)->mp_subscript
                                       ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                       : "globals must be a dict");
        else
            raise(&exc::TypeError, "%s() globals must be a dict, not %s", fname, type_of(*globals)->tp_name);
        return false;
    }
    if (*locals && !type_of(*locals)->mp_subscript) {
        if (is_eval) raise(&exc::TypeError, "locals must be a mapping");
        else raise(&exc::TypeError, "locals must be a mapping or None, not %s", type_of(*locals)->tp_name);
        return false;
    }
    if (!*globals) {
        *globals = vm::current_globals();
        if (!*locals) {
            vm::Frame* f = vm::current_frame();
            if (f && !f->locals && (f->code->flags & vm::kCoOptimized)) {
                *holder = Ref{vm::frame_locals(f)};
                if (!*holder) return false;
                *locals = holder->get();
            } else {
                *locals = f && f->locals ? f->locals : *globals;
            }
        }
    }
    if (!*locals) *locals = *globals;
    if (!dict_get_str(globals->as<Dict>(), names::__builtins__)) {
        if (dict_set_str(globals->as<Dict>(), names::__builtins__, Value(vm::g_interp->builtins_module)) < 0)
            return false;
    }
    return true;
}

static Value run_source(Value source, Value globals, Value locals, int mode, const char* fname) {
    Ref locals_holder;
    if (!exec_namespaces(&globals, &locals, fname, &locals_holder)) return Value{};
    Ref code_ref;
    vm::Code* code;
    if (vm::is_code(source)) {
        code = source.as<vm::Code>();
    } else {
        std::string src;
        if (!source_text(source, fname, &src)) return Value{};
        if (mode == 1) {
            size_t b = src.find_first_not_of(" \t");
            src = b == std::string::npos ? "" : src.substr(b);
        }
        code = vm::compile_or_raise(src, "<string>", mode);
        if (!code) return Value{};
        code_ref = Ref{Value(code)};
    }
    return vm::run_code(code, globals.as<Dict>(), locals);
}

static Value builtin_exec(const Value* args) {
    Ref r{run_source(args[0], args[1], args[2], 0, "exec")};
    if (!r) return Value{};
    return newref(none());
}

static Value builtin_eval(const Value* args) { return run_source(args[0], args[1], args[2], 1, "eval"); }

// =============================================================================================
// __build_class__ and super

// PEP 560: a base that is not a class may stand for others through __mro_entries__(bases)
// (list[int] stands for list). Returns the tuple itself (a new reference) when nothing changes.
static Value resolve_mro_entries(Value bases_v) {
    Tuple* bases = bases_v.as<Tuple>();
    Ref out;
    for (int64_t i = 0; i < bases->size; i++) {
        Value b = bases->items[i];
        if (isinstance_of(b, &type_type)) {
            if (out && !list_append(out.get(), b)) return Value{};
            continue;
        }
        Ref meth{getattr_or_null(b, names::__mro_entries__)};
        if (!meth) {
            if (has_error()) return Value{};
            if (out && !list_append(out.get(), b)) return Value{};
            continue;
        }
        Ref entries{call1(meth.get(), bases_v)};
        if (!entries) return Value{};
        if (!is_tuple(entries.get())) return raise(&exc::TypeError, "__mro_entries__ must return a tuple");
        if (!out) {
            out = Ref{list_new(0)};
            if (!out) return Value{};
            for (int64_t j = 0; j < i; j++)
                if (!list_append(out.get(), bases->items[j])) return Value{};
        }
        Tuple* e = entries.as<Tuple>();
        for (int64_t j = 0; j < e->size; j++)
            if (!list_append(out.get(), e->items[j])) return Value{};
    }
    if (!out) return newref(bases_v);
    return list_as_tuple(out.get());
}

static Value builtin_build_class(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
    if (nargs < 2) return raise(&exc::TypeError, "__build_class__: not enough arguments");
    Value func = args[0], name = args[1];
    if (!is_function(func)) return raise(&exc::TypeError, "__build_class__: func must be a function");
    if (!is_str(name)) return raise(&exc::TypeError, "__build_class__: name is not a string");
    Ref orig_bases{tuple_from_array(args + 2, static_cast<int64_t>(nargs - 2))};
    if (!orig_bases) return Value{};
    Ref bases{resolve_mro_entries(orig_bases.get())};
    if (!bases) return Value{};
    // Keyword arguments: metaclass=..., the rest go to the metaclass.
    Value meta = Value{};
    Ref kwargs{Value(dict_new())};
    size_t nkw = kwnames ? kwnames->size : 0;
    for (size_t i = 0; i < nkw; i++) {
        if (str_view(kwnames->items[i]) == "metaclass") meta = args[nargs + i];
        else if (dict_set_item(kwargs.as<Dict>(), kwnames->items[i], args[nargs + i]) < 0) return Value{};
    }
    bool is_class_meta = false;
    if (!meta) {
        meta = bases.as<Tuple>()->size ? Value(type_of(bases.as<Tuple>()->items[0])) : Value(&type_type);
        is_class_meta = true;
    } else {
        is_class_meta = isinstance_of(meta, &type_type);
    }
    if (is_class_meta) {
        // The most derived metaclass of the bases.
        Type* winner = meta.as<Type>();
        Tuple* b = bases.as<Tuple>();
        for (int64_t i = 0; i < b->size; i++) {
            Type* bt = type_of(b->items[i]);
            if (is_subtype(winner, bt)) continue;
            if (is_subtype(bt, winner)) { winner = bt; continue; }
            return raise(&exc::TypeError,
                         "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the "
                         "metaclasses of all its bases");
        }
        meta = Value(winner);
    }
    // namespace = meta.__prepare__(name, bases, **kwds)
    Ref ns;
    Ref prepare{getattr_or_null(meta, names::__prepare__)};
    if (prepare) {
        Ref pargs{tuple_pack({name, bases.get()})};
        ns = Ref{call_tuple_dict(prepare.get(), pargs.as<Tuple>(), kwargs.as<Dict>())};
        if (!ns) return Value{};
    } else {
        if (has_error()) return Value{};
        ns = Ref{Value(dict_new())};
    }
    Ref cell{vm::run_function_with_locals(func.as<Function>(), ns.get())};
    if (!cell) return Value{};
    if (bases.get() != orig_bases.get()) {   // PEP 560: the class remembers what it was given
        if (setitem(ns.get(), Value(intern("__orig_bases__")), orig_bases.get()) < 0) return Value{};
    }
    Ref margs{tuple_pack({name, bases.get(), ns.get()})};
    Ref cls{call_tuple_dict(meta, margs.as<Tuple>(), kwargs.as<Dict>())};
    if (!cls) return Value{};
    // type.__new__ fills the __class__ cell from __classcell__; a metaclass that dropped it
    // leaves the cell empty, which CPython reports.
    if (type_of(cell.get()) == &cell_type && isinstance_of(cls.get(), &type_type)) {
        Cell* c = cell.as<Cell>();
        if (!c->ref)
            return raise(&exc::RuntimeError,
                         "__class__ not set defining %R as %R. Was __classcell__ propagated to type.__new__?", name,
                         cls.get());
        if (c->ref != cls.get())
            return raise(&exc::TypeError, "__class__ set to %R defining %R as %R", c->ref, name, cls.get());
    }
    return cls.release();
}

static Value builtin_import(const Value* args) {
    int64_t level = 0;
    if (!index_to_i64(args[4], &level)) return Value{};
    return vm::import_module(args[0], args[1] ? args[1] : Value{}, args[3], static_cast<int>(level));
}

// super ----------------------------------------------------------------------------------------

Type super_type;

struct Super : Object {
    Type* type;        // the class the method was defined in (owned)
    Value obj;         // the instance or class (owned, may be null)
    Type* obj_type;    // where the MRO comes from (owned, may be null)
};

static Type* super_check(Type* type, Value obj) {
    if (isinstance_of(obj, &type_type) && is_subtype(obj.as<Type>(), type)) return obj.as<Type>();
    if (is_subtype(type_of(obj), type)) return type_of(obj);
    Ref cls{getattr_or_null(obj, names::__class__)};
    if (cls && isinstance_of(cls.get(), &type_type) && is_subtype(cls.as<Type>(), type)) return cls.as<Type>();
    clear_error();
    raise(&exc::TypeError, "super(type, obj): obj must be an instance or subtype of type");
    return nullptr;
}

static Value super_new(Type* t, const Value* args, size_t nargs, Tuple* kwnames) {
    Super* s = alloc<Super>(t);
    return s ? Value(s) : Value{};
}

static int super_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!no_keywords("super", kwnames)) return -1;
    Value type_v = Value{}, obj = Value{};
    if (nargs == 0) {
        // Zero-argument form: the __class__ cell and the first argument of the calling frame.
        vm::Frame* f = vm::current_frame();
        if (!f || !f->func) {
            raise(&exc::RuntimeError, "super(): no arguments");
            return -1;
        }
        vm::Code* co = f->code;
        if (co->argcount == 0 && !(co->flags & vm::kCoVarargs)) {
            raise(&exc::RuntimeError, "super(): no arguments");
            return -1;
        }
        obj = f->localsplus[0];
        if (obj && co->localspluskinds.size() && (co->localspluskinds[0] & vm::kCell) && type_of(obj) == &cell_type)
            obj = obj.as<Cell>()->ref;
        if (!obj) {
            raise(&exc::RuntimeError, "super(): arg[0] deleted");
            return -1;
        }
        for (int32_t i = co->nlocals + co->ncells; i < co->nlocalsplus(); i++) {
            if (str_view(co->localsplusnames->items[i]) == "__class__") {
                Value cell = f->localsplus[i];
                if (!cell || type_of(cell) != &cell_type) break;
                type_v = cell.as<Cell>()->ref;
                if (!type_v) {
                    raise(&exc::RuntimeError, "super(): empty __class__ cell");
                    return -1;
                }
                break;
            }
        }
        if (!type_v) {
            raise(&exc::RuntimeError, "super(): __class__ cell not found");
            return -1;
        }
    } else {
        if (nargs > 2) {
            raise(&exc::TypeError, "super() expected at most 2 arguments, got %d", static_cast<int>(nargs));
            return -1;
        }
        type_v = args[0];
        obj = nargs > 1 ? args[1] : Value{};
        if (obj && is_none(obj)) obj = Value{};
    }
    if (!isinstance_of(type_v, &type_type)) {
        raise(&exc::TypeError, "super() argument 1 must be a type, not %s", type_of(type_v)->tp_name);
        return -1;
    }
    Type* obj_type = nullptr;
    if (obj) {
        obj_type = super_check(type_v.as<Type>(), obj);
        if (!obj_type) return -1;
    }
    Super* s = self.as<Super>();
    s->type = newref(type_v).as<Type>();
    s->obj = newref(obj);
    s->obj_type = obj_type ? newref(Value(obj_type)).as<Type>() : nullptr;
    return 0;
}

static Value super_getattro(Value self, Str* name) {
    Super* s = self.as<Super>();
    if (s->obj_type && name->view() != "__class__") {
        Tuple* mro = s->obj_type->mro;
        int64_t i = 0;
        for (; i < mro->size; i++)
            if (mro->items[i].as<Type>() == s->type) break;
        for (i++; i < mro->size; i++) {
            Type* k = mro->items[i].as<Type>();
            Value v = k->dict ? dict_get_str(k->dict, name) : Value{};
            if (!v) continue;
            DescrGetFn get = type_of(v)->descr_get;
            if (get) {
                Value inst = s->obj == Value(s->obj_type) ? Value{} : s->obj;
                return get(v, inst, Value(s->obj_type));
            }
            return newref(v);
        }
    }
    return generic_getattr(self, name);
}

static Value super_descr_get(Value self, Value obj, Value owner) {
    Super* s = self.as<Super>();
    if (!obj || s->obj) return newref(self);
    Value args[2] = {Value(s->type), obj};
    return call(Value(type_of(self)), args, 2);
}

static Value super_repr(Value self) {
    Super* s = self.as<Super>();
    if (s->obj_type)
        return str_format("<super: <class '%s'>, <%s object>>", s->type ? s->type->tp_name : "NULL",
                          s->obj_type->tp_name);
    return str_format("<super: <class '%s'>, NULL>", s->type ? s->type->tp_name : "NULL");
}

static void super_dealloc(Object* o) {
    Super* s = static_cast<Super*>(o);
    decref(Value(s->type));
    decref(s->obj);
    decref(Value(s->obj_type));
    free_object_memory(o);
}

static Value super_get_thisclass(Value v) { Super* s = v.as<Super>(); return newref(s->type ? Value(s->type) : none()); }
static Value super_get_self(Value v) { Super* s = v.as<Super>(); return newref(s->obj ? s->obj : none()); }
static Value super_get_self_class(Value v) { Super* s = v.as<Super>(); return newref(s->obj_type ? Value(s->obj_type) : none()); }

static const GetSetDef super_getsets[] = {
    {"__thisclass__", super_get_thisclass},
    {"__self__", super_get_self},
    {"__self_class__", super_get_self_class},
    {nullptr},
};

static void init_super_type() {
    init_static_type(&super_type, "super", &object_type, sizeof(Super), kTypeBaseType);
    super_type.tp_new = super_new;
    super_type.tp_init = super_init;
    super_type.getattro = super_getattro;
    super_type.descr_get = super_descr_get;
    super_type.repr = super_repr;
    super_type.dealloc = super_dealloc;
    add_getsets(&super_type, super_getsets);
    finalize_type(&super_type);
}

// =============================================================================================
// The module

Value builtin_open(const Value* args);   // fileio.cpp

static const NativeDef builtin_defs[] = {
    {"print(*args, sep=' ', end='\\n', file=None, flush=False)", builtin_print},
    {"input(prompt=?, /)", builtin_input},
    {"len(obj, /)", builtin_len, nullptr, kNativeNoRecursionCheck},
    {"abs(x, /)", builtin_abs},
    {"repr(obj, /)", builtin_repr},
    {"ascii(obj, /)", builtin_ascii},
    {"format(value, format_spec='', /)", builtin_format},
    {"hash(obj, /)", builtin_hash},
    {"id(obj, /)", builtin_id},
    {"callable(obj, /)", builtin_callable},
    {"isinstance(obj, class_or_tuple, /)", builtin_isinstance},
    {"issubclass(cls, class_or_tuple, /)", builtin_issubclass},
    {"getattr(object, name, default=?, /)", builtin_getattr},
    {"setattr(obj, name, value, /)", builtin_setattr},
    {"delattr(obj, name, /)", builtin_delattr},
    {"hasattr(obj, name, /)", builtin_hasattr},
    {"iter(object, sentinel=?, /)", builtin_iter},
    {"next(iterator, default=?, /)", builtin_next},
    {"divmod(x, y, /)", builtin_divmod},
    {"pow(base, exp, mod=None)", builtin_pow},
    {"round(number, ndigits=None)", builtin_round},
    {"chr(i, /)", builtin_chr},
    {"ord(c, /)", builtin_ord},
    {"hex(number, /)", builtin_hex},
    {"oct(number, /)", builtin_oct},
    {"bin(number, /)", builtin_bin},
    {"any(iterable, /)", builtin_any},
    {"all(iterable, /)", builtin_all},
    {"sum(iterable, /, start=0)", builtin_sum},
    {"min(*args, key=None, default=?)", nullptr, builtin_min},
    {"max(*args, key=None, default=?)", nullptr, builtin_max},
    {"sorted(iterable, /, *, key=None, reverse=False)", nullptr, builtin_sorted},
    {"globals()", builtin_globals},
    {"locals()", builtin_locals},
    {"vars(object=?, /)", builtin_vars},
    {"dir(object=?, /)", builtin_dir},
    {"compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)", builtin_compile},
    {"exec(source, /, globals=None, locals=None)", builtin_exec},
    {"eval(source, globals=None, locals=None, /)", builtin_eval},
    {"__build_class__(func, name, /, *bases, **kwds)", nullptr, builtin_build_class},
    {"__import__(name, globals=?, locals=None, fromlist=(), level=0)", builtin_import},
    {"open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)",
     builtin_open},
    {nullptr},
};

Module* init_builtins_module() {
    init_super_type();
    init_generic_alias({&list_type, &tuple_type, &dict_type, &set_type, &frozenset_type, &type_type,
                        &enumerate_type, &base_exception_group_type});
    Module* m = module_new_cstr("builtins");
    if (!m) return nullptr;
    module_add_functions(m, builtin_defs);
    struct { const char* name; Type* t; } types[] = {
        {"object", &object_type}, {"type", &type_type}, {"int", &int_type}, {"bool", &bool_type},
        {"float", &float_type}, {"complex", &complex_type}, {"str", &str_type}, {"bytes", &bytes_type}, {"bytearray", &bytearray_type}, {"memoryview", &memoryview_type},
        {"list", &list_type}, {"tuple", &tuple_type}, {"dict", &dict_type}, {"set", &set_type},
        {"frozenset", &frozenset_type}, {"range", &range_type}, {"slice", &slice_type},
        {"enumerate", &enumerate_type}, {"zip", &zip_type}, {"map", &map_type}, {"filter", &filter_type},
        {"reversed", &reversed_type}, {"property", &property_type}, {"classmethod", &classmethod_type},
        {"staticmethod", &staticmethod_type}, {"super", &super_type},
    };
    for (auto& t : types) module_add(m, t.name, Value(t.t));
#define EXC(name, base, doc) module_add(m, #name, Value(&exc::name));
#include "runtime/exceptions.def"
    module_add(m, "BaseExceptionGroup", Value(&base_exception_group_type));
    module_add(m, "ExceptionGroup", Value(&exception_group_type));
    module_add(m, "EnvironmentError", Value(&exc::OSError));
    module_add(m, "IOError", Value(&exc::OSError));
    module_add(m, "None", none());
    module_add(m, "True", true_value());
    module_add(m, "False", false_value());
    module_add(m, "Ellipsis", ellipsis());
    module_add(m, "NotImplemented", not_implemented());
    module_add(m, "__debug__", true_value());
    return m;
}

}  // namespace minipy::lib
