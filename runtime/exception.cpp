// exception.cpp — the builtin exception hierarchy (exceptions.def) and traceback entries.
//
// All builtin exceptions share the BaseExc layout. The few classes with extra attributes
// (StopIteration.value, SystemExit.code, OSError.errno/strerror/filename, ImportError.name/path,
// SyntaxError.msg/filename/lineno/offset/text, KeyError's str) get their own __init__/__str__
// here and keep the attributes in the instance dict.
#include "exception.hpp"

#include <cerrno>
#include <string>

#include "dict.hpp"
#include "errors.hpp"
#include "bytes.hpp"
#include "int.hpp"
#include "list.hpp"
#include "native.hpp"
#include "ops.hpp"
#include "singletons.hpp"
#include "slot_table.hpp"
#include "str.hpp"
#include "tuple.hpp"
#include "trashcan.hpp"

namespace minipy::rt {

namespace exc {
#define EXC(name, base, doc) Type name;
#include "exceptions.def"
}  // namespace exc

Type traceback_type;

// =============================================================================================
// BaseException

Value exception_new(Type* type, Tuple* args) {
    BaseExc* e = alloc<BaseExc>(type);
    if (!e) return Value{};
    e->args = newref(args ? Value(args) : tuple_empty()).as<Tuple>();
    // Subclass __init__ hooks (the builtin ones) set their attributes from args.
    if (type->tp_init && type->tp_init != exc::BaseException.tp_init && !(type->tpflags & kTypeHeap)) {
        if (type->tp_init(Value(e), e->args->items, e->args->size, nullptr) < 0) {
            decref(Value(e));
            return Value{};
        }
    } else if (type->tpflags & kTypeHeap) {
        // A Python subclass raised from native code: run its full __init__.
        if (type->tp_init && type->tp_init(Value(e), e->args->items, e->args->size, nullptr) < 0) {
            decref(Value(e));
            return Value{};
        }
    }
    return Value(e);
}

static Value base_exc_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
    BaseExc* e = alloc<BaseExc>(type);
    if (!e) return Value{};
    Value a = tuple_from_array(args, static_cast<int64_t>(nargs));
    if (!a) {
        decref(Value(e));
        return Value{};
    }
    e->args = a.as<Tuple>();
    return Value(e);
}

static int base_exc_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
    if (kwnames && kwnames->size) {
        raise(&exc::TypeError, "%s() takes no keyword arguments", type_of(self)->tp_name);
        return -1;
    }
    Value a = tuple_from_array(args, static_cast<int64_t>(nargs));
    if (!a) return -1;
    BaseExc* e = self.as<BaseExc>();
    Value old = Value(e->args);
    e->args = a.as<Tuple>();
    decref(old);
    return 0;
}

static void base_exc_dealloc(Object* o) {
    BaseExc* e = static_cast<BaseExc*>(o);
    decref(Value(e->dict));
    decref(Value(e->args));
    decref(e->traceback);
    decref(e->context);
    decref(e->cause);
    free_object_memory(o);
}

static void base_exc_traverse(Object* o, VisitFn visit, void* arg) {
    BaseExc* e = static_cast<BaseExc*>(o);
    for (Value v : {Value(e->dict), Value(e->args), e->traceback, e->context, e->cause})
        if (v.is_object()) visit(v.as_object(), arg);
}

static void base_exc_clear(Object* o) {
    BaseExc* e = static_cast<BaseExc*>(o);
    Value d = Value(e->dict), tb = e->traceback, ctx = e->context, cause = e->cause;
    e->dict = nullptr;
    e->traceback = e->context = e->cause = Value{};
    decref(d); decref(tb); decref(ctx); decref(cause);
}

static Value base_exc_str(Value self) {
    Tuple* args = self.as<BaseExc>()->args;
    if (args->size == 0) return str_from("");
    if (args->size == 1) return to_str(args->items[0]);
    return to_str(Value(args));
}

static Value base_exc_repr(Value self) {
    Tuple* args = self.as<BaseExc>()->args;
    std::string n(type_of(self)->name->view());
    if (args->size == 1) {
        Ref r{repr(args->items[0])};
        if (!r) return Value{};
        return str_format("%s(%s)", n.c_str(), std::string(str_view(r.get())).c_str());
    }
    Ref r{repr(Value(args))};
    if (!r) return Value{};
    return str_format("%s%s", n.c_str(), std::string(str_view(r.get())).c_str());
}

Value exception_str(Value exc) { return to_str(exc); }

static Value exc_get_args(Value self) { return newref(Value(self.as<BaseExc>()->args)); }
static int exc_set_args(Value self, Value v) {
    if (!v) { raise(&exc::TypeError, "args may not be deleted"); return -1; }
    Ref t{sequence_to_tuple(v)};
    if (!t) return -1;
    BaseExc* e = self.as<BaseExc>();
    Value old = Value(e->args);
    e->args = t.release().as<Tuple>();
    decref(old);
    return 0;
}
static Value exc_get_tb(Value self) {
    Value tb = self.as<BaseExc>()->traceback;
    return newref(tb ? tb : none());
}
static int exc_set_tb(Value self, Value v) {
    if (!v) { raise(&exc::TypeError, "__traceback__ may not be deleted"); return -1; }
    if (!is_none(v) && type_of(v) != &traceback_type) {
        raise(&exc::TypeError, "__traceback__ must be a traceback or None");
        return -1;
    }
    set_owned(self.as<BaseExc>()->traceback, is_none(v) ? Value{} : newref(v));
    return 0;
}
static Value exc_get_context(Value self) {
    Value c = self.as<BaseExc>()->context;
    return newref(c ? c : none());
}
static int exc_set_context(Value self, Value v) {
    if (!v) { raise(&exc::TypeError, "__context__ may not be deleted"); return -1; }
    if (!is_none(v) && !is_exception_instance(v)) {
        raise(&exc::TypeError, "exception context must be None or derive from BaseException");
        return -1;
    }
    set_owned(self.as<BaseExc>()->context, is_none(v) ? Value{} : newref(v));
    return 0;
}
static Value exc_get_cause(Value self) {
    Value c = self.as<BaseExc>()->cause;
    return newref(c ? c : none());
}
static int exc_set_cause(Value self, Value v) {
    if (!v) { raise(&exc::TypeError, "__cause__ may not be deleted"); return -1; }
    if (!is_none(v) && !is_exception_instance(v)) {
        raise(&exc::TypeError, "exception cause must be None or derive from BaseException");
        return -1;
    }
    BaseExc* e = self.as<BaseExc>();
    set_owned(e->cause, is_none(v) ? Value{} : newref(v));
    e->suppress_context = true;
    return 0;
}
static Value exc_get_suppress(Value self) { return newref(bool_value(self.as<BaseExc>()->suppress_context)); }
static int exc_set_suppress(Value self, Value v) {
    if (!v) { raise(&exc::TypeError, "__suppress_context__ may not be deleted"); return -1; }
    int t = truthy(v);
    if (t < 0) return -1;
    self.as<BaseExc>()->suppress_context = t;
    return 0;
}
static Value exc_get_dict(Value self) {
    BaseExc* e = self.as<BaseExc>();
    if (!e->dict && !(e->dict = dict_new())) return Value{};
    return newref(Value(e->dict));
}

static const GetSetDef base_exc_getsets[] = {
    {"args", exc_get_args, exc_set_args},
    {"__traceback__", exc_get_tb, exc_set_tb},
    {"__context__", exc_get_context, exc_set_context},
    {"__cause__", exc_get_cause, exc_set_cause},
    {"__suppress_context__", exc_get_suppress, exc_set_suppress},
    {"__dict__", exc_get_dict},
    {nullptr},
};

static Value exc_with_traceback(const Value* args) {
    if (exc_set_tb(args[0], args[1]) < 0) return Value{};
    return newref(args[0]);
}

static Value exc_add_note(const Value* args) {
    if (!is_str(args[1]))
        return raise(&exc::TypeError, "note must be a str, not '%s'", type_of(args[1])->tp_name);
    Ref notes{getattr_or_null(args[0], intern("__notes__"))};
    if (!notes) {
        if (has_error()) return Value{};
        notes = Ref{list_new(0)};
        if (!notes || setattr(args[0], intern("__notes__"), notes.get()) < 0) return Value{};
    }
    Ref r{call_method1(notes.get(), "append", args[1])};
    if (!r) return Value{};
    return newref(none());
}

// The attributes that CPython keeps in C fields of the exception (so outside __dict__) and
// minipy keeps in the instance dict: __reduce__ leaves them out of the state it returns.
static const char* const* field_attrs(Type* t) {
    static const char* const stop_iteration[] = {"value", nullptr};
    static const char* const system_exit[] = {"code", nullptr};
    static const char* const import_error[] = {"msg", "name", "path", nullptr};
    static const char* const name_error[] = {"name", "obj", nullptr};
    static const char* const os_error[] = {"errno", "strerror", "filename", "filename2", nullptr};
    static const char* const syntax_error[] = {"msg", "filename", "lineno", "offset", "text",
                                               "end_lineno", "end_offset", "print_file_and_line", nullptr};
    static const char* const unicode_error[] = {"encoding", "object", "start", "end", "reason", nullptr};
    static const char* const none[] = {nullptr};
    if (is_subtype(t, &exc::StopIteration) || is_subtype(t, &exc::StopAsyncIteration)) return stop_iteration;
    if (is_subtype(t, &exc::SystemExit)) return system_exit;
    if (is_subtype(t, &exc::ImportError)) return import_error;
    if (is_subtype(t, &exc::NameError) || is_subtype(t, &exc::AttributeError)) return name_error;
    if (is_subtype(t, &exc::OSError)) return os_error;
    if (is_subtype(t, &exc::SyntaxError)) return syntax_error;
    if (is_subtype(t, &exc::UnicodeError)) return unicode_error;
    return none;
}

static Value dict_attr(Dict* d, const char* name) {
    Value v = d ? dict_get_cstr(d, name) : Value{};
    return v && !is_none(v) ? v : Value{};
}

// (type, args) or (type, args, state) with state the instance __dict__ as CPython would have it,
// when that is not empty. OSError puts its filenames back into args, ImportError its name and
// path into the state, as CPython's do.
static Value exc_reduce(const Value* args) {
    BaseExc* e = args[0].as<BaseExc>();
    Type* t = type_of(args[0]);
    Ref state{Value(dict_new())};
    if (!state) return Value{};
    Dict* st = state.as<Dict>();
    if (e->dict) {
        const char* const* fields = field_attrs(t);
        int64_t pos = 0;
        Value k, v;
        while (dict_next(e->dict, &pos, &k, &v)) {
            bool field = false;
            if (is_str(k))
                for (const char* const* f = fields; *f && !field; f++) field = str_view(k) == *f;
            if (!field && dict_set_item(st, k, v) < 0) return Value{};
        }
    }
    Ref reduce_args{newref(Value(e->args))};
    if (is_subtype(t, &exc::ImportError)) {
        for (const char* name : {"name", "path"})
            if (Value v = dict_attr(e->dict, name); v && dict_set_cstr(st, name, v) < 0) return Value{};
    } else if (is_subtype(t, &exc::OSError) && e->args->size == 2) {
        Value filename = dict_attr(e->dict, "filename"), filename2 = dict_attr(e->dict, "filename2");
        if (filename2)
            reduce_args = Ref{tuple_pack({e->args->items[0], e->args->items[1], filename ? filename : none(), none(), filename2})};
        else if (filename)
            reduce_args = Ref{tuple_pack({e->args->items[0], e->args->items[1], filename})};
        if (!reduce_args) return Value{};
    }
    if (st->used) return tuple_pack({Value(t), reduce_args.get(), state.get()});
    return tuple_pack({Value(t), reduce_args.get()});
}

static Value exc_setstate(const Value* args) {
    Value state = args[1];
    if (is_none(state)) return newref(none());
    if (!is_dict(state)) return raise(&exc::TypeError, "state is not a dictionary");
    int64_t pos = 0;
    Value k, v;
    while (dict_next(state.as<Dict>(), &pos, &k, &v))
        if (!is_str(k) || setattr(args[0], k.as<Str>(), v) < 0) return Value{};
    return newref(none());
}

static const NativeDef base_exc_methods[] = {
    {"with_traceback(self, tb, /)", exc_with_traceback},
    {"add_note(self, note, /)", exc_add_note},
    {"__reduce__(self, /)", exc_reduce},
    {"__setstate__(self, state, /)", exc_setstate},
    {nullptr},
};

// =============================================================================================
// Subclasses with attributes

static int set_attr_cstr(Value self, const char* name, Value v) { return generic_setattr(self, intern(name), v); }

static Tuple* args_of(Value self) { return self.as<BaseExc>()->args; }

static int stop_iteration_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
    if (base_exc_init(self, args, nargs, kwnames) < 0) return -1;
    return set_attr_cstr(self, "value", nargs ? args[0] : none());
}

static int system_exit_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
    if (base_exc_init(self, args, nargs, kwnames) < 0) return -1;
    Value code = nargs == 0 ? none() : nargs == 1 ? args[0] : Value(args_of(self));
    return set_attr_cstr(self, "code", code);
}

static int import_error_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
    size_t nkw = kwnames ? kwnames->size : 0;
    Value name = none(), path = none();
    for (size_t i = 0; i < nkw; i++) {
        std::string_view k = str_view(kwnames->items[i]);
        if (k == "name") name = args[nargs + i];
        else if (k == "path") path = args[nargs + i];
        else {
            raise(&exc::TypeError, "'%s' is an invalid keyword argument for %s()", std::string(k).c_str(),
                  type_of(self)->tp_name);
            return -1;
        }
    }
    if (base_exc_init(self, args, nargs, nullptr) < 0) return -1;
    if (set_attr_cstr(self, "msg", nargs == 1 ? args[0] : none()) < 0) return -1;
    if (set_attr_cstr(self, "name", name) < 0) return -1;
    return set_attr_cstr(self, "path", path);
}

static Value import_error_str(Value self) {
    Dict** d = instance_dict_slot(self);
    Value msg = d && *d ? dict_get_cstr(*d, "msg") : Value{};
    if (msg && !is_none(msg)) return to_str(msg);
    return base_exc_str(self);
}

static int name_error_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
    size_t nkw = kwnames ? kwnames->size : 0;
    Value name = none(), obj = Value{};
    for (size_t i = 0; i < nkw; i++) {
        std::string_view k = str_view(kwnames->items[i]);
        if (k == "name") name = args[nargs + i];
        else if (k == "obj") obj = args[nargs + i];
        else {
            raise(&exc::TypeError, "'%s' is an invalid keyword argument for %s()", std::string(k).c_str(),
                  type_of(self)->tp_name);
            return -1;
        }
    }
    if (base_exc_init(self, args, nargs, nullptr) < 0) return -1;
    if (set_attr_cstr(self, "name", name) < 0) return -1;
    if (obj && set_attr_cstr(self, "obj", obj) < 0) return -1;
    return 0;
}

static int os_error_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
    if (base_exc_init(self, args, nargs, kwnames) < 0) return -1;
    Value err = none(), strerror = none(), filename = none(), filename2 = none();
    if (nargs >= 2 && nargs <= 5) {
        err = args[0];
        strerror = args[1];
        if (nargs >= 3) filename = args[2];
        if (nargs >= 5) filename2 = args[4];
        if (is_none(filename)) filename2 = none();
        // OSError(errno, strerror, filename) keeps only (errno, strerror) as args, as CPython
        // does when a filename is given.
        if (nargs >= 3 && !is_none(filename)) {
            Ref two{tuple_pack({args[0], args[1]})};
            BaseExc* e = self.as<BaseExc>();
            Value old = Value(e->args);
            e->args = two.release().as<Tuple>();
            decref(old);
        }
    }
    if (set_attr_cstr(self, "errno", err) < 0 || set_attr_cstr(self, "strerror", strerror) < 0 ||
        set_attr_cstr(self, "filename", filename) < 0 || set_attr_cstr(self, "filename2", filename2) < 0)
        return -1;
    return 0;
}

static Type* os_error_subclass_for(Value err) {
    if (!err.is_small_int()) return nullptr;
    switch (err.as_small_int()) {
        case ENOENT: return &exc::FileNotFoundError;
        case EEXIST: return &exc::FileExistsError;
        case EACCES: case EPERM: return &exc::PermissionError;
        case EISDIR: return &exc::IsADirectoryError;
        case ENOTDIR: return &exc::NotADirectoryError;
        case EINTR: return &exc::InterruptedError;
        case EAGAIN: case EALREADY: case EINPROGRESS: return &exc::BlockingIOError;
        case ECHILD: return &exc::ChildProcessError;
        case EPIPE: case ESHUTDOWN: return &exc::BrokenPipeError;
        case ECONNABORTED: return &exc::ConnectionAbortedError;
        case ECONNREFUSED: return &exc::ConnectionRefusedError;
        case ECONNRESET: return &exc::ConnectionResetError;
        case ESRCH: return &exc::ProcessLookupError;
        case ETIMEDOUT: return &exc::TimeoutError;
        default: return nullptr;
    }
}

static Value os_error_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
    // OSError(errno, ...) called directly picks the subclass for errno, as CPython does.
    if (type == &exc::OSError && nargs >= 2) {
        Type* sub = os_error_subclass_for(args[0]);
        if (sub) type = sub;
    }
    return base_exc_new(type, args, nargs, kwnames);
}

static Value os_error_str(Value self) {
    Dict** d = instance_dict_slot(self);
    Dict* dict = d ? *d : nullptr;
    Value err = dict ? dict_get_cstr(dict, "errno") : Value{};
    Value strerror = dict ? dict_get_cstr(dict, "strerror") : Value{};
    Value filename = dict ? dict_get_cstr(dict, "filename") : Value{};
    Value filename2 = dict ? dict_get_cstr(dict, "filename2") : Value{};
    if (err && !is_none(err) && strerror && !is_none(strerror)) {
        if (filename && !is_none(filename)) {
            if (filename2 && !is_none(filename2))
                return str_format("[Errno %S] %S: %R -> %R", err, strerror, filename, filename2);
            return str_format("[Errno %S] %S: %R", err, strerror, filename);
        }
        return str_format("[Errno %S] %S", err, strerror);
    }
    return base_exc_str(self);
}

static Value key_error_str(Value self) {
    Tuple* args = args_of(self);
    if (args->size == 1) return repr(args->items[0]);
    return base_exc_str(self);
}

static int syntax_error_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
    if (base_exc_init(self, args, nargs, kwnames) < 0) return -1;
    Value msg = nargs >= 1 ? args[0] : none();
    if (set_attr_cstr(self, "msg", msg) < 0) return -1;
    const char* fields[] = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
    Value vals[6] = {none(), none(), none(), none(), none(), none()};
    if (nargs == 2) {
        Ref info{sequence_to_tuple(args[1])};
        if (!info) return -1;
        Tuple* t = info.as<Tuple>();
        if (t->size < 4 || t->size > 6) {
            raise(&exc::IndexError, "tuple index out of range");
            return -1;
        }
        for (int64_t i = 0; i < t->size; i++) vals[i] = t->items[i];
        for (int i = 0; i < 6; i++)
            if (set_attr_cstr(self, fields[i], vals[i]) < 0) return -1;
        return set_attr_cstr(self, "print_file_and_line", none());
    }
    for (int i = 0; i < 6; i++)
        if (set_attr_cstr(self, fields[i], vals[i]) < 0) return -1;
    return set_attr_cstr(self, "print_file_and_line", none());
}

static Value syntax_error_str(Value self) {
    Dict** d = instance_dict_slot(self);
    Dict* dict = d ? *d : nullptr;
    Value msg = dict ? dict_get_cstr(dict, "msg") : Value{};
    Value filename = dict ? dict_get_cstr(dict, "filename") : Value{};
    Value lineno = dict ? dict_get_cstr(dict, "lineno") : Value{};
    Ref msg_str{to_str(msg ? msg : none())};
    if (!msg_str) return Value{};
    bool have_file = filename && is_str(filename);
    bool have_line = lineno && is_int(lineno);
    std::string base;
    if (have_file) {
        std::string_view f = str_view(filename);
        size_t slash = f.rfind('/');
        base = std::string(slash == std::string_view::npos ? f : f.substr(slash + 1));
    }
    if (have_file && have_line)
        return str_format("%S (%s, line %S)", msg_str.get(), base.c_str(), lineno);
    if (have_file) return str_format("%S (%s)", msg_str.get(), base.c_str());
    if (have_line) return str_format("%S (line %S)", msg_str.get(), lineno);
    return msg_str.release();
}

static int unicode_error_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
    if (base_exc_init(self, args, nargs, kwnames) < 0) return -1;
    if (nargs == 5) {
        const char* fields[] = {"encoding", "object", "start", "end", "reason"};
        for (int i = 0; i < 5; i++)
            if (set_attr_cstr(self, fields[i], args[i]) < 0) return -1;
    }
    return 0;
}

static Value unicode_error_str(Value self) {
    Tuple* a = args_of(self);
    if (a->size != 5) return base_exc_str(self);
    Value encoding = a->items[0], object = a->items[1], start = a->items[2], end = a->items[3], reason = a->items[4];
    bool decode = type_of(self) == &exc::UnicodeDecodeError || is_subtype(type_of(self), &exc::UnicodeDecodeError);
    int64_t s = 0, e = 0;
    if (!index_to_i64(start, &s) || !index_to_i64(end, &e)) return Value{};
    if (decode) {
        std::string_view bytes;
        if (bytes_like_view(object, &bytes) && e == s + 1 && s >= 0 && s < int64_t(bytes.size())) {
            char hex[8];
            std::snprintf(hex, sizeof hex, "0x%02x", static_cast<unsigned char>(bytes[s]));
            return str_format("'%S' codec can't decode byte %s in position %zd: %S", encoding, hex, s, reason);
        }
        return str_format("'%S' codec can't decode bytes in position %zd-%zd: %S", encoding, s, e - 1, reason);
    }
    if (is_str(object) && e == s + 1 && s >= 0 && s < object.as<Str>()->length) {
        uint32_t cp = str_codepoint_at(object.as<Str>(), s);
        char hex[16];
        if (cp < 0x100) std::snprintf(hex, sizeof hex, "'\\x%02x'", cp);
        else if (cp < 0x10000) std::snprintf(hex, sizeof hex, "'\\u%04x'", cp);
        else std::snprintf(hex, sizeof hex, "'\\U%08x'", cp);
        return str_format("'%S' codec can't encode character %s in position %zd: %S", encoding, hex, s, reason);
    }
    return str_format("'%S' codec can't encode characters in position %zd-%zd: %S", encoding, s, e - 1, reason);
}

// =============================================================================================
// Exception groups (PEP 654)

Type base_exception_group_type;
Type exception_group_type;

Value exception_group_exceptions(Value exc) {
    if (!exc.is_object() || !is_subtype(type_of(exc), &base_exception_group_type)) return Value{};
    return exc.as<BaseExcGroup>()->exceptions;
}

static Value beg_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
    if (kwnames && kwnames->size)
        return raise(&exc::TypeError, "%s() takes no keyword arguments", type->tp_name);
    if (nargs != 2)
        return raise(&exc::TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)",
                     static_cast<int>(nargs));
    Value message = args[0], excs = args[1];
    if (!is_str(message))
        return raise(&exc::TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %s",
                     type_of(message)->tp_name);
    // A sequence: anything with __getitem__ and __len__ that is not a mapping-only type.
    if (!type_of(excs)->mp_subscript || !type_of(excs)->sq_length || is_dict(excs))
        return raise(&exc::TypeError, "second argument (exceptions) must be a sequence");
    Ref items{sequence_to_tuple(excs)};
    if (!items) return Value{};
    Tuple* t = items.as<Tuple>();
    if (t->size == 0) return raise(&exc::ValueError, "second argument (exceptions) must be a non-empty sequence");
    bool nested_base = false;
    for (int64_t i = 0; i < t->size; i++) {
        if (!is_exception_instance(t->items[i]))
            return raise(&exc::ValueError, "Item %zd of second argument (exceptions) is not an exception", i);
        if (!isinstance_of(t->items[i], &exc::Exception)) nested_base = true;
    }
    if (type == &base_exception_group_type) {
        if (!nested_base) type = &exception_group_type;   // all are Exceptions: an ExceptionGroup
    } else if (type == &exception_group_type) {
        if (nested_base) return raise(&exc::TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
    } else if (nested_base && is_subtype(type, &exc::Exception)) {
        return raise(&exc::TypeError, "Cannot nest BaseExceptions in '%s'", type->tp_name);
    }
    Ref self{base_exc_new(type, args, nargs, nullptr)};
    if (!self) return Value{};
    BaseExcGroup* g = self.as<BaseExcGroup>();
    g->message = newref(message);
    g->exceptions = items.release();
    return self.release();
}

static int beg_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
    if (kwnames && kwnames->size) {
        raise(&exc::TypeError, "%s() takes no keyword arguments", type_of(self)->tp_name);
        return -1;
    }
    return base_exc_init(self, args, nargs, nullptr);
}

static void beg_dealloc(Object* o) {
    BaseExcGroup* g = static_cast<BaseExcGroup*>(o);
    decref(g->message);
    decref(g->exceptions);
    base_exc_dealloc(o);
}

static void beg_traverse(Object* o, VisitFn visit, void* arg) {
    BaseExcGroup* g = static_cast<BaseExcGroup*>(o);
    if (g->exceptions.is_object()) visit(g->exceptions.as_object(), arg);
    base_exc_traverse(o, visit, arg);
}

static void beg_clear(Object* o) {
    BaseExcGroup* g = static_cast<BaseExcGroup*>(o);
    Value excs = g->exceptions;
    g->exceptions = Value{};
    decref(excs);
    base_exc_clear(o);
}

static Value beg_str(Value self) {
    BaseExcGroup* g = self.as<BaseExcGroup>();
    int64_t n = g->exceptions ? g->exceptions.as<Tuple>()->size : 0;
    return str_format("%S (%zd sub-exception%s)", g->message ? g->message : none(), n, n == 1 ? "" : "s");
}

static Value beg_get_message(Value self) {
    Value m = self.as<BaseExcGroup>()->message;
    return newref(m ? m : none());
}
static Value beg_get_exceptions(Value self) {
    Value e = self.as<BaseExcGroup>()->exceptions;
    return newref(e ? e : tuple_empty());
}

static const GetSetDef beg_getsets[] = {
    {"message", beg_get_message, nullptr, "exception message"},
    {"exceptions", beg_get_exceptions, nullptr, "nested exceptions"},
    {nullptr},
};

// derive(excs): BaseExceptionGroup(self.message, excs); subclasses override it to keep their class.
static Value beg_derive(const Value* args) {
    Value cargs[2] = {args[0].as<BaseExcGroup>()->message, args[1]};
    return call(Value(&base_exception_group_type), cargs, 2);
}

// The condition of split()/subgroup(): an exception type, a tuple of them, or a predicate.
enum class MatchKind { Type, Predicate };

static bool condition_kind(Value cond, MatchKind* kind) {
    if (isinstance_of(cond, &type_type) && is_subtype(cond.as<Type>(), &exc::BaseException)) {
        *kind = MatchKind::Type;
        return true;
    }
    if (is_tuple(cond)) {
        Tuple* t = cond.as<Tuple>();
        bool ok = true;
        for (int64_t i = 0; i < t->size && ok; i++)
            ok = isinstance_of(t->items[i], &type_type) && is_subtype(t->items[i].as<Type>(), &exc::BaseException);
        if (ok) {
            *kind = MatchKind::Type;
            return true;
        }
    }
    if (is_callable(cond)) {
        *kind = MatchKind::Predicate;
        return true;
    }
    raise(&exc::TypeError, "expected a function, exception type or tuple of exception types");
    return false;
}

static int matches(Value exc, Value cond, MatchKind kind) {
    if (kind == MatchKind::Type) {
        int r;
        if (!isinstance(exc, cond, &r)) return -1;
        return r;
    }
    Ref r{call1(cond, exc)};
    if (!r) return -1;
    return truthy(r.get());
}

// A derived group keeps the original's traceback, chaining and notes.
static bool copy_group_metadata(Value from, Value to) {
    BaseExc* f = from.as<BaseExc>();
    BaseExc* t = to.as<BaseExc>();
    set_owned(t->traceback, newref(f->traceback));
    set_owned(t->context, newref(f->context));
    set_owned(t->cause, newref(f->cause));
    t->suppress_context = f->suppress_context;
    Ref notes{getattr_or_null(from, intern("__notes__"))};
    if (has_error()) return false;
    if (notes && setattr(to, intern("__notes__"), notes.get()) < 0) return false;
    return true;
}

// Splits `self` by `cond` into the part that matches and the rest (either may be None).
static bool split_group(Value self, Value cond, MatchKind kind, bool want_rest, Ref* match, Ref* rest) {
    int m = matches(self, cond, kind);
    if (m < 0) return false;
    if (m) {
        *match = Ref::borrow(self);
        *rest = Ref::borrow(none());
        return true;
    }
    Value excs = exception_group_exceptions(self);
    if (!excs) {   // a plain exception that does not match
        *match = Ref::borrow(none());
        *rest = Ref::borrow(self);
        return true;
    }
    Ref matched{list_new(0)}, others{list_new(0)};
    if (!matched || !others) return false;
    Tuple* t = excs.as<Tuple>();
    for (int64_t i = 0; i < t->size; i++) {
        Ref sub_match, sub_rest;
        if (!split_group(t->items[i], cond, kind, want_rest, &sub_match, &sub_rest)) return false;
        if (!is_none(sub_match.get()) && !list_append(matched.get(), sub_match.get())) return false;
        if (want_rest && !is_none(sub_rest.get()) && !list_append(others.get(), sub_rest.get())) return false;
    }
    auto derive_from = [&](Value list, Ref* out) -> bool {
        if (list.as<List>()->size == 0) {
            *out = Ref::borrow(none());
            return true;
        }
        Ref d{call_method1(self, "derive", list)};
        if (!d) return false;
        if (!is_exception_instance(d.get()) || !exception_group_exceptions(d.get())) {
            raise(&exc::TypeError, "derive must return an instance of BaseExceptionGroup");
            return false;
        }
        if (!copy_group_metadata(self, d.get())) return false;
        *out = std::move(d);
        return true;
    };
    if (!derive_from(matched.get(), match)) return false;
    if (want_rest) return derive_from(others.get(), rest);
    *rest = Ref::borrow(none());
    return true;
}

static Value beg_split(const Value* args) {
    MatchKind kind;
    if (!condition_kind(args[1], &kind)) return Value{};
    Ref match, rest;
    if (!split_group(args[0], args[1], kind, true, &match, &rest)) return Value{};
    return tuple_pack({match.get(), rest.get()});
}

static Value beg_subgroup(const Value* args) {
    MatchKind kind;
    if (!condition_kind(args[1], &kind)) return Value{};
    Ref match, rest;
    if (!split_group(args[0], args[1], kind, false, &match, &rest)) return Value{};
    return match.release();
}

static const NativeDef beg_methods[] = {
    {"derive(self, excs, /)", beg_derive},
    {"split(self, matcher_value, /)", beg_split},
    {"subgroup(self, matcher_value, /)", beg_subgroup},
    {nullptr},
};

static void init_exception_group_types() {
    const uint32_t flags = kTypeBaseType | kTypeHasGC | kTypeExceptionSubclass;
    const int32_t dict_off = static_cast<int32_t>(member_offset(&BaseExc::dict));
    Type* b = &base_exception_group_type;
    init_static_type(b, "BaseExceptionGroup", &exc::BaseException, sizeof(BaseExcGroup), flags);
    b->dict_offset = dict_off;
    b->doc = "A combination of multiple unrelated exceptions.";
    b->tp_new = beg_new;
    b->tp_init = beg_init;
    b->dealloc = beg_dealloc;
    b->traverse = beg_traverse;
    b->clear = beg_clear;
    b->str = beg_str;
    add_methods(b, beg_methods);
    add_getsets(b, beg_getsets);
    finalize_type(b);

    // ExceptionGroup(BaseExceptionGroup, Exception): the same layout, two bases.
    Type* e = &exception_group_type;
    init_static_type(e, "ExceptionGroup", b, sizeof(BaseExcGroup), flags);
    e->dict_offset = dict_off;
    finalize_type(e);
    Tuple* bases = tuple_pack({Value(b), Value(&exc::Exception)}).as<Tuple>();
    Tuple* mro = tuple_pack({Value(e), Value(b), Value(&exc::Exception), Value(&exc::BaseException),
                             Value(&object_type)}).as<Tuple>();
    if (!bases || !mro) fatal_error("init_exception_group_types");
    make_immortal(bases);
    make_immortal(mro);
    e->bases = bases;   // the single-base tuple and MRO finalize_type made are immortal: left as they are
    e->mro = mro;
    type_modified(e);
}

// =============================================================================================
// Chaining and tracebacks

void exception_set_context(Value exc, Value context) {
    if (!is_exception_instance(exc) || !is_exception_instance(context)) return;
    // Break a cycle exc -> ... -> context -> ... -> exc, as CPython's _PyErr_SetObject does.
    Value o = context;
    while (true) {
        Value c = o.as<BaseExc>()->context;
        if (!c) break;
        if (c == exc) {
            BaseExc* ob = o.as<BaseExc>();
            Value old = ob->context;
            ob->context = Value{};
            decref(old);
            break;
        }
        o = c;
    }
    set_owned(exc.as<BaseExc>()->context, newref(context));
}

void exception_set_cause(Value exc, Value cause) {
    BaseExc* e = exc.as<BaseExc>();
    set_owned(e->cause, newref(cause));
    e->suppress_context = true;
}

void exception_add_traceback(Value exc, Value frame, Value code, int lineno, int lasti) {
    if (!is_exception_instance(exc)) return;
    Traceback* tb = alloc<Traceback>(&traceback_type);
    if (!tb) {
        clear_error();
        return;
    }
    BaseExc* e = exc.as<BaseExc>();
    tb->next = e->traceback;   // steal the old head
    tb->frame = newref(frame);
    tb->code = newref(code);
    tb->lineno = lineno;
    tb->lasti = lasti;
    e->traceback = Value(tb);
}

static void tb_dealloc_body(Object* o) {
    Traceback* tb = static_cast<Traceback*>(o);
    decref(tb->next);
    decref(tb->frame);
    decref(tb->code);
    free_object_memory(o);
}

// A RecursionError can carry a traceback chain as long as the recursion (a million entries with a
// high recursion limit): freeing goes through the trashcan so it cannot overflow the C stack.
static void tb_dealloc(Object* o) { trashcan_dealloc(o, tb_dealloc_body); }

static void tb_traverse(Object* o, VisitFn visit, void* arg) {
    Traceback* tb = static_cast<Traceback*>(o);
    for (Value v : {tb->next, tb->frame, tb->code})
        if (v.is_object()) visit(v.as_object(), arg);
}

static Value tb_get_next(Value v) {
    Value n = v.as<Traceback>()->next;
    return newref(n ? n : none());
}
static int tb_set_next(Value v, Value n) {
    if (!n || (!is_none(n) && type_of(n) != &traceback_type)) {
        raise(&exc::TypeError, "expected traceback object or None, got '%s'", n ? type_of(n)->tp_name : "NULL");
        return -1;
    }
    set_owned(v.as<Traceback>()->next, is_none(n) ? Value{} : newref(n));
    return 0;
}
static Value tb_get_frame(Value v) {
    Value f = v.as<Traceback>()->frame;
    return newref(f ? f : none());
}
static Value tb_get_lineno(Value v) { return int_from_i64(v.as<Traceback>()->lineno); }
static Value tb_get_lasti(Value v) { return int_from_i64(v.as<Traceback>()->lasti * 2); }

static const GetSetDef tb_getsets[] = {
    {"tb_next", tb_get_next, tb_set_next},
    {"tb_frame", tb_get_frame},
    {"tb_lineno", tb_get_lineno},
    {"tb_lasti", tb_get_lasti},
    {nullptr},
};

// =============================================================================================

void init_exception_types() {
    const uint32_t flags = kTypeBaseType | kTypeHasGC | kTypeExceptionSubclass;
    const int32_t dict_off = static_cast<int32_t>(member_offset(&BaseExc::dict));
    struct Row { Type* t; const char* name; Type* base; const char* doc; };
    static const Row rows[] = {
#define EXC(name, base, doc) {&exc::name, #name, nullptr, doc},
#include "exceptions.def"
    };
    // Resolve bases by name (exceptions.def lists a base before its subclasses).
    static const char* const base_names[] = {
#define EXC(name, base, doc) #base,
#include "exceptions.def"
    };
    const size_t n = sizeof(rows) / sizeof(rows[0]);
    for (size_t i = 0; i < n; i++) {
        Type* base = &object_type;
        if (base_names[i][0]) {
            for (size_t j = 0; j < i; j++)
                if (std::string_view(rows[j].name) == base_names[i]) base = rows[j].t;
        }
        Type* t = rows[i].t;
        init_static_type(t, rows[i].name, base, sizeof(BaseExc), flags);
        t->dict_offset = dict_off;
        t->doc = rows[i].doc;
        if (t == &exc::BaseException) {
            t->tp_new = base_exc_new;
            t->tp_init = base_exc_init;
            t->dealloc = base_exc_dealloc;
            t->traverse = base_exc_traverse;
            t->clear = base_exc_clear;
            t->repr = base_exc_repr;
            t->str = base_exc_str;
            add_methods(t, base_exc_methods);
            add_getsets(t, base_exc_getsets);
        } else if (t == &exc::StopIteration || t == &exc::StopAsyncIteration) {
            t->tp_init = stop_iteration_init;
        } else if (t == &exc::SystemExit) {
            t->tp_init = system_exit_init;
        } else if (t == &exc::ImportError) {
            t->tp_init = import_error_init;
            t->str = import_error_str;
        } else if (t == &exc::NameError || t == &exc::AttributeError) {
            t->tp_init = name_error_init;
        } else if (t == &exc::OSError) {
            t->tp_new = os_error_new;
            t->tp_init = os_error_init;
            t->str = os_error_str;
        } else if (t == &exc::KeyError) {
            t->str = key_error_str;
        } else if (t == &exc::SyntaxError) {
            t->tp_init = syntax_error_init;
            t->str = syntax_error_str;
        } else if (t == &exc::UnicodeError) {
            t->tp_init = unicode_error_init;
            t->str = unicode_error_str;
        }
        finalize_type(t);
        // In CPython most exception classes set tp_new themselves and so have their own __new__
        // (its errors name them); these few inherit their base's.
        static const char* const inherit_new[] = {
            "SystemExit", "AttributeError", "ImportError", "ModuleNotFoundError", "NameError", "UnboundLocalError",
            "StopIteration", "SyntaxError", "IndentationError", "TabError", "KeyError", "BlockingIOError",
            "ChildProcessError", "ConnectionError", "BrokenPipeError", "ConnectionAbortedError",
            "ConnectionRefusedError", "ConnectionResetError", "FileExistsError", "FileNotFoundError",
            "InterruptedError", "IsADirectoryError", "NotADirectoryError", "PermissionError", "ProcessLookupError",
            "TimeoutError", nullptr};
        bool inherits = false;
        for (const char* const* n = inherit_new; *n && !inherits; n++) inherits = std::string_view(rows[i].name) == *n;
        if (!inherits && !dict_get_str(t->dict, names::__new__)) add_new_wrapper(t);
    }

    init_exception_group_types();

    init_static_type(&traceback_type, "traceback", &object_type, sizeof(Traceback), kTypeHasGC);
    traceback_type.dealloc = tb_dealloc;
    traceback_type.traverse = tb_traverse;
    add_getsets(&traceback_type, tb_getsets);
    finalize_type(&traceback_type);
}

}  // namespace minipy::rt
