// eval.cpp — the bytecode interpreter loop.
//
// Design note
// ===========
// eval_frame() runs a frame until the frame that was *entered from C* returns or raises.
// Python-to-Python calls do not recurse in C: CALL pushes the callee's frame on the thread's
// data stack and continues the same loop; RETURN_VALUE pops it and resumes the caller. Only
// calls that pass through C (a native calling back into Python, generators being resumed,
// __init__ called by type.__call__) start a nested eval_frame.
//
// Registers of the loop (kept in C++ locals, written back to the Frame when leaving it):
//     f      the running frame          ip  next instruction      sp  top of the value stack
//     lp     f->localsplus              consts / names   the code object's tuples
//
//         value stack (grows up)                 localsplus
//       +---------------------+ <- sp          +-------------------------+
//       | top                 |                | locals | cells | frees    |
//       | ...                 |                +-------------------------+
//       +---------------------+ <- f->stack_base()
//
// Dispatch: computed goto over a table generated from opcodes.def (MINIPY_COMPUTED_GOTO), or a
// switch. The loop is a template on kTrace so that `--trace` costs nothing when it is off.
//
// Errors: an instruction that fails jumps to `error`, which records a traceback entry and then
// looks the failing instruction up in the code object's exception table; without a handler the
// frame is popped and the caller's frame continues unwinding.
//
// The eval breaker (GIL drop requests, signals) is polled at RESUME, at JUMP_BACKWARD and after
// calls to non-Python callables: CPython's poll points.
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "runtime/bytes.hpp"
#include "runtime/descr.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exception.hpp"
#include "runtime/float.hpp"
#include "runtime/function.hpp"
#include "runtime/int.hpp"
#include "runtime/list.hpp"
#include "runtime/ops.hpp"
#include "runtime/range.hpp"
#include "runtime/set.hpp"
#include "runtime/singletons.hpp"
#include "runtime/str.hpp"
#include "runtime/thread_state.hpp"
#include "runtime/tuple.hpp"
#include "vm/call.hpp"
#include "vm/code.hpp"
#include "vm/eval_breaker.hpp"
#include "vm/generator.hpp"
#include "vm/interpreter.hpp"
#include "vm/opcodes.hpp"

namespace minipy::vm {

using namespace rt;

// =============================================================================================
// Helpers for the slow paths

static const ExceptionEntry* find_handler(Code* co, uint32_t index) {
    for (const ExceptionEntry& e : co->exceptions)
        if (index >= e.start && index < e.end) return &e;
    return nullptr;
}

static void add_traceback_entry(Frame* f, uint32_t index) {
    Value exc = current_thread()->curexc;
    if (!exc) return;
    Value saved = take_error();
    Value fo = frame_object_of(f);
    if (fo) {
        f->frame_obj->lineno = f->code->line_of(index);
        exception_add_traceback(saved, fo, Value(f->code), f->code->line_of(index), static_cast<int>(index));
        decref(fo);
    } else {
        clear_error();
    }
    restore_error(saved);
}

// How CPython names a callable in call-site errors: "module.qualname()" ("qualname()" for builtins).
static std::string function_str(Value callable) {
    Value saved = take_error();
    std::string out;
    Ref qn{getattr_or_null(callable, names::__qualname__)};
    if (qn && is_str(qn.get())) {
        Ref mod{getattr_or_null(callable, names::__module__)};
        if (mod && is_str(mod.get()) && str_view(mod.get()) != "builtins")
            out = std::string(str_view(mod.get())) + ".";
        out += std::string(str_view(qn.get())) + "()";
    } else {
        out = repr_utf8(callable);
    }
    clear_error();
    restore_error(saved);
    return out;
}

static Value local_name(Code* co, uint32_t i) { return co->localsplusnames->items[i]; }

static void unbound_local(Code* co, uint32_t i) {
    raise(&exc::UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value",
          std::string(str_view(local_name(co, i))).c_str());
}

static void unbound_deref(Code* co, uint32_t i) {
    std::string name(str_view(local_name(co, i)));
    if (i >= static_cast<uint32_t>(co->nlocals + co->ncells))
        raise(&exc::NameError,
              "cannot access free variable '%s' where it is not associated with a value in enclosing scope",
              name.c_str());
    else
        unbound_local(co, i);
}

static void name_error(Value name) {
    Ref n{newref(name)};
    raise(&exc::NameError, "name '%s' is not defined", std::string(str_view(name)).c_str());
    // NameError.name, as CPython sets it.
    Value e = current_thread()->curexc;
    if (e) generic_setattr(e, intern("name"), name);
}

// Looks a name up in a mapping that may not be a dict (class bodies with __prepare__).
// Returns a new reference, or null: with an error set on failure, without one when absent.
static Value mapping_lookup(Value mapping, Value name) {
    if (is_exact_dict(mapping)) {
        Value v = dict_get_str(mapping.as<Dict>(), name.as<Str>());
        return v ? newref(v) : Value{};
    }
    Value v = getitem(mapping, name);
    if (!v && error_matches(&exc::KeyError)) clear_error();
    return v;
}

static Value load_global(Frame* f, Value name) {
    Value v = dict_get_str(f->globals, name.as<Str>());
    if (v) return newref(v);
    if (has_error()) return Value{};
    v = dict_get_str(f->builtins, name.as<Str>());
    if (v) return newref(v);
    if (!has_error()) name_error(name);
    return Value{};
}

static Value format_value(Value v, int conversion, Value spec) {
    Ref converted;
    switch (conversion) {
        case 1: converted = Ref{to_str(v)}; break;
        case 2: converted = Ref{repr(v)}; break;
        case 3: converted = Ref{ascii(v)}; break;
        default: converted = Ref::borrow(v); break;
    }
    if (!converted) return Value{};
    if (is_exact_str(converted.get()) && (!spec || spec.as<Str>()->byte_length == 0)) return converted.release();
    return format(converted.get(), spec);
}

static Value build_string(Value* items, int n) {
    int64_t total = 0;
    for (int i = 0; i < n; i++) total += items[i].as<Str>()->byte_length;
    Str* s = str_alloc(total);
    if (!s) return Value{};
    char* p = s->data();
    for (int i = 0; i < n; i++) {
        Str* part = items[i].as<Str>();
        std::memcpy(p, part->data(), part->byte_length);
        p += part->byte_length;
    }
    return str_finish(s);
}

// UNPACK_SEQUENCE (after < 0: exactly `before` items) and UNPACK_EX (a, *rest, c). Writes the
// results to dest[0..n), deepest slot first, so that the first item ends up on top of the stack.
static bool unpack_iterable(Value seq, int before, int after, Value* dest) {
    Ref it{get_iter(seq)};
    if (!it) {
        if (error_matches(&exc::TypeError) && !type_of(seq)->iter && !type_of(seq)->mp_subscript) {
            clear_error();
            raise(&exc::TypeError, "cannot unpack non-iterable %s object", type_of(seq)->tp_name);
        }
        return false;
    }
    std::vector<Ref> items;
    for (;;) {
        if (after < 0 && static_cast<int>(items.size()) > before) break;   // one too many is enough to know
        Value x = iter_next(it.get());
        if (!x) {
            if (has_error()) return false;
            break;
        }
        items.emplace_back(x);
    }
    const int n = static_cast<int>(items.size());
    if (after < 0) {
        if (n < before) {
            raise(&exc::ValueError, "not enough values to unpack (expected %d, got %d)", before, n);
            return false;
        }
        if (n > before) {
            raise(&exc::ValueError, "too many values to unpack (expected %d)", before);
            return false;
        }
        for (int i = 0; i < n; i++) dest[i] = items[n - 1 - i].release();
        return true;
    }
    if (n < before + after) {
        raise(&exc::ValueError, "not enough values to unpack (expected at least %d, got %d)", before + after, n);
        return false;
    }
    Value middle = list_new(n - before - after);
    if (!middle) return false;
    for (int i = before; i < n - after; i++) middle.as<List>()->items[i - before] = items[i].release();
    for (int j = 0; j < after; j++) dest[j] = items[n - 1 - j].release();
    dest[after] = middle;
    for (int j = 0; j < before; j++) dest[after + 1 + j] = items[before - 1 - j].release();
    return true;
}

static bool import_star(Frame* f, Value module) {
    Value locals = f->locals;
    if (!locals) {
        raise(&exc::SystemError, "no locals found during 'import *'");
        return false;
    }
    Ref all{getattr_or_null(module, names::__all__)};
    if (!all && has_error()) return false;
    Ref keys;
    bool skip_private = false;
    if (all) {
        keys = std::move(all);
    } else {
        Ref d{getattr(module, names::__dict__)};
        if (!d) return false;
        keys = Ref{call_method0(d.get(), "keys")};
        if (!keys) return false;
        skip_private = true;
    }
    Ref it{get_iter(keys.get())};
    if (!it) return false;
    for (;;) {
        Ref name{iter_next(it.get())};
        if (!name) return !has_error();
        if (!is_str(name.get())) {
            raise(&exc::TypeError, "Item in %s.__all__ must be str, not %s", "module", type_of(name.get())->tp_name);
            return false;
        }
        if (skip_private && str_view(name.get()).substr(0, 1) == "_") continue;
        Ref v{getattr(module, intern_str(name.as<Str>()))};
        if (!v) return false;
        if (setitem(locals, name.get(), v.get()) < 0) return false;
    }
}

bool module_is_initializing(Value module);   // import.cpp

// Raises ImportError(message, name=..., path=...) as CPython's IMPORT_FROM does.
static void raise_import_error(const std::string& message, Value name, Value path) {
    Ref msg{str_from(message)};
    Ref kwnames{tuple_pack({Value(intern("name")), Value(intern("path"))})};
    Value args[3] = {msg.get(), name ? name : none(), path ? path : none()};
    Ref e{call(Value(&exc::ImportError), args, 1, kwnames.as<Tuple>())};
    if (e) raise_object(e.get());
}

static Value import_from(Value module, Value name) {
    Value v = getattr(module, name.as<Str>());
    if (v || !error_matches(&exc::AttributeError)) return v;
    clear_error();
    // A submodule that is being imported (circular import): look in sys.modules.
    Ref pkgname{getattr_or_null(module, names::__name__)};
    if (pkgname && is_str(pkgname.get())) {
        std::string full = std::string(str_view(pkgname.get())) + "." + std::string(str_view(name));
        Value m = dict_get_cstr(g_interp->modules, full.c_str());
        if (m) return newref(m);
    }
    clear_error();
    std::string mod = pkgname && is_str(pkgname.get()) ? std::string(str_view(pkgname.get())) : "<unknown module name>";
    Ref file{getattr_or_null(module, names::__file__)};
    clear_error();
    bool has_file = file && is_str(file.get());
    std::string where = has_file ? std::string(str_view(file.get())) : "unknown location";
    std::string n(str_view(name));
    if (module_is_initializing(module))
        raise_import_error("cannot import name '" + n + "' from partially initialized module '" + mod +
                               "' (most likely due to a circular import) (" + where + ")",
                           pkgname.get(), file.get());
    else
        raise_import_error("cannot import name '" + n + "' from '" + mod + "' (" + where + ")", pkgname.get(),
                           file.get());
    return Value{};
}

// Looks up a special method on the type (bypassing the instance), bound to obj.
static Value special_method(Value obj, Str* name) {
    Value f = type_lookup(type_of(obj), name);
    if (!f) return Value{};
    DescrGetFn get = type_of(f)->descr_get;
    if (get) return get(f, obj, Value(type_of(obj)));
    return newref(f);
}

static bool exception_match_check(Value type) {
    if (is_exception_class(type)) return true;
    if (is_tuple(type)) {
        Tuple* t = type.as<Tuple>();
        for (int64_t i = 0; i < t->size; i++)
            if (!is_exception_class(t->items[i])) return false;
        return true;
    }
    return false;
}

static Value get_awaitable_iter(Value v, int where) {
    Type* t = type_of(v);
    if (t == &coroutine_type) {
        return newref(v);
    }
    if (t == &generator_type) {
        Generator* g = v.as<Generator>();
        if (g->frame && (g->frame->code->flags & kCoIterableCoroutine)) return newref(v);
    }
    if (!t->am_await) {
        if (where == 1)
            return raise(&exc::TypeError, "'async with' received an object from __aenter__ that does not implement __await__: %s", t->tp_name);
        if (where == 2)
            return raise(&exc::TypeError, "'async with' received an object from __aexit__ that does not implement __await__: %s", t->tp_name);
        return raise(&exc::TypeError, "object %s can't be used in 'await' expression", t->tp_name);
    }
    Value r = t->am_await(v);
    if (!r) return r;
    if (type_of(r) == &coroutine_type) {
        decref(r);
        return raise(&exc::TypeError, "__await__() returned a coroutine");
    }
    if (!type_of(r)->iternext) {
        Type* rt2 = type_of(r);
        decref(r);
        return raise(&exc::TypeError, "__await__() returned non-iterator of type '%s'", rt2->tp_name);
    }
    return r;
}

static bool is_stop_iteration(Value exc) { return exc && isinstance_of(exc, &exc::StopIteration); }

static Value stop_iteration_value(Value exc) {
    Dict** d = instance_dict_slot(exc);
    Value v = d && *d ? dict_get_cstr(*d, "value") : Value{};
    return newref(v ? v : none());
}

// SEND: one step of `yield from` / `await`. Returns the next value to yield with *done = false,
// or the delegate's return value with *done = true; null with an error set.
static Value send_to(Value sub, Value v, bool* done) {
    *done = false;
    Type* t = type_of(sub);
    if (t == &generator_type || t == &coroutine_type) {
        bool returned = false;
        Value r = generator_send(sub.as<Generator>(), v, false, &returned);
        *done = returned;
        return r;
    }
    Value r;
    if (is_none(v) && t->iternext && (t->tpflags & kTypeHeap) && type_lookup(t, names::__next__)) {
        // A __next__ written in Python: call it directly, so its StopIteration keeps the value
        // (the iternext slot reports plain exhaustion).
        Value nx = type_lookup(t, names::__next__);
        DescrGetFn get = type_of(nx)->descr_get;
        Ref bound{get ? get(nx, sub, Value(t)) : newref(nx)};
        r = bound ? call0(bound.get()) : Value{};
    } else if (is_none(v) && t->iternext) {
        r = t->iternext(sub);
    } else {
        r = call_method1(sub, "send", v);
    }
    if (r) return r;
    if (!has_error()) {   // plain iterator exhausted
        *done = true;
        return newref(none());
    }
    if (error_matches(&exc::StopIteration)) {
        Ref e{take_error()};
        *done = true;
        return stop_iteration_value(e.get());
    }
    return Value{};
}

// =============================================================================================
// Tracing (--trace)

static void trace_instruction(Frame* f, const uint32_t* ip, Value* sp) {
    Code* co = f->code;
    uint32_t index = static_cast<uint32_t>(ip - co->instrs.data());
    uint32_t word = *ip;
    Op op = static_cast<Op>(instr_op(word));
    std::fprintf(stderr, "[trace] %s:%d %4u %-24s %u  (stack depth %d)\n", std::string(str_view(co->name)).c_str(),
                 co->line_of(index), index, op_name(op), instr_arg(word), static_cast<int>(sp - f->stack_base()));
}

// =============================================================================================
// The loop

#define TRACE_HOOK() do { if constexpr (kTrace) trace_instruction(f, ip, sp); } while (0)

#if MINIPY_COMPUTED_GOTO
#define TARGET(name) L_##name:
#define DISPATCH()                          \
    do {                                    \
        TRACE_HOOK();                       \
        word = *ip++;                       \
        oparg = word >> 8;                  \
        goto* kTargets[word & 0xff];        \
    } while (0)
#else
#define TARGET(name) case static_cast<uint8_t>(Op::name):
#define DISPATCH() goto dispatch
#endif

#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-static_cast<ptrdiff_t>(n)])
#define SAVE_FRAME() (f->ip = ip, f->sp = sp)
#define LOAD_FRAME()                          \
    do {                                      \
        co = f->code;                         \
        base = co->instrs.data();             \
        lp = f->localsplus;                   \
        consts = co->consts->items;           \
        names_ = co->names->items;            \
        ip = f->ip;                           \
        sp = f->sp;                           \
    } while (0)
#define CHECK_BREAKER()                                                         \
    do {                                                                        \
        if (ts->eval_breaker.load(std::memory_order_relaxed)) {                 \
            SAVE_FRAME();                                                       \
            if (!handle_eval_breaker(ts)) goto error;                           \
        }                                                                       \
    } while (0)

template <bool kTrace>
static Value eval_loop(ThreadState* ts, Frame* f, bool throwflag) {
#if MINIPY_COMPUTED_GOTO
    // Indexed by opcode; code_finish() guarantees every opcode in a code object is valid.
    static const void* const kTargets[kOpCount] = {
#define OP(name, pops, pushes, argkind, doc) &&L_##name,
#include "vm/opcodes.def"
    };
#endif
    Code* co;
    const uint32_t* base;
    Value* lp;
    Value* consts;
    Value* names_;
    const uint32_t* ip;
    Value* sp;
    uint32_t word = 0;
    uint32_t oparg = 0;
    Tuple* kwnames = nullptr;     // CALL_KW's keyword names, shared with CALL's body
    uint32_t nvalues = 0;
#if !MINIPY_COMPUTED_GOTO
    uint8_t op = 0;
#endif

    f->previous = ts->frame;
    ts->frame = f;
    if (!enter_recursion(nullptr)) {
        LOAD_FRAME();
        goto exit_error_entry;
    }
    LOAD_FRAME();
    if (throwflag) goto error;
    DISPATCH();

#if !MINIPY_COMPUTED_GOTO
dispatch:
    TRACE_HOOK();
    word = *ip++;
    oparg = word >> 8;
    op = static_cast<uint8_t>(word & 0xff);
dispatch_op:
    switch (op) {
#endif

    TARGET(NOP) { DISPATCH(); }

    TARGET(EXTENDED_ARG) {
        uint32_t hi = oparg;
        word = *ip++;
        oparg = (hi << 24) | (word >> 8);
#if MINIPY_COMPUTED_GOTO
        goto* kTargets[word & 0xff];
#else
        op = static_cast<uint8_t>(word & 0xff);
        goto dispatch_op;
#endif
    }

    TARGET(RESUME) {
        CHECK_BREAKER();
        DISPATCH();
    }

    TARGET(POP_TOP) {
        decref(POP());
        DISPATCH();
    }

    TARGET(PRINT_EXPR) {
        Value v = POP();
        SAVE_FRAME();
        Value hook = dict_get_cstr(g_interp->sys_module->dict, "displayhook");
        Value r;
        if (hook) {
            r = call1(hook, v);
        } else if (!is_none(v)) {
            Ref s{repr(v)};
            r = s ? call_method1(dict_get_cstr(g_interp->sys_module->dict, "stdout"), "write", s.get()) : Value{};
            if (r) {
                decref(r);
                Ref nl{str_from("\n")};
                r = call_method1(dict_get_cstr(g_interp->sys_module->dict, "stdout"), "write", nl.get());
            }
        } else {
            r = newref(none());
        }
        decref(v);
        if (!r) goto error;
        decref(r);
        DISPATCH();
    }

    TARGET(PUSH_NULL) {
        PUSH(Value{});
        DISPATCH();
    }

    TARGET(COPY) {
        Value v = PEEK(oparg);
        PUSH(newref(v));
        DISPATCH();
    }

    TARGET(SWAP) {
        Value t = TOP();
        TOP() = PEEK(oparg);
        PEEK(oparg) = t;
        DISPATCH();
    }

    // --- constants and variables --------------------------------------------------------------

    TARGET(LOAD_CONST) {
        PUSH(newref(consts[oparg]));
        DISPATCH();
    }

    TARGET(LOAD_FAST) {
        Value v = lp[oparg];
        if (!v) {
            SAVE_FRAME();
            unbound_local(co, oparg);
            goto error;
        }
        PUSH(newref(v));
        DISPATCH();
    }

    TARGET(LOAD_FAST_LOAD_FAST) {
        uint32_t a = oparg >> 12, b = oparg & 0xfff;
        Value v1 = lp[a], v2 = lp[b];
        if (!v1 || !v2) {
            SAVE_FRAME();
            unbound_local(co, v1 ? b : a);
            goto error;
        }
        PUSH(newref(v1));
        PUSH(newref(v2));
        DISPATCH();
    }

    TARGET(STORE_FAST) {
        Value v = POP();
        Value old = lp[oparg];
        lp[oparg] = v;
        decref(old);
        DISPATCH();
    }

    TARGET(DELETE_FAST) {
        Value old = lp[oparg];
        if (!old) {
            SAVE_FRAME();
            unbound_local(co, oparg);
            goto error;
        }
        lp[oparg] = Value{};
        decref(old);
        DISPATCH();
    }

    TARGET(MAKE_CELL) {
        Value initial = lp[oparg];
        Value cell = cell_new(initial);
        if (!cell) goto error;
        lp[oparg] = cell;
        decref(initial);
        DISPATCH();
    }

    TARGET(COPY_FREE_VARS) {
        Tuple* closure = f->func->closure;
        int32_t offset = co->nlocalsplus() - static_cast<int32_t>(oparg);
        for (uint32_t i = 0; i < oparg; i++) lp[offset + i] = newref(closure->items[i]);
        DISPATCH();
    }

    TARGET(LOAD_CLOSURE) {
        PUSH(newref(lp[oparg]));
        DISPATCH();
    }

    TARGET(LOAD_DEREF) {
        Value v = lp[oparg].as<Cell>()->ref;
        if (!v) {
            SAVE_FRAME();
            unbound_deref(co, oparg);
            goto error;
        }
        PUSH(newref(v));
        DISPATCH();
    }

    TARGET(STORE_DEREF) {
        Value v = POP();
        Cell* c = lp[oparg].as<Cell>();
        Value old = c->ref;
        c->ref = v;
        decref(old);
        DISPATCH();
    }

    TARGET(DELETE_DEREF) {
        Cell* c = lp[oparg].as<Cell>();
        Value old = c->ref;
        if (!old) {
            SAVE_FRAME();
            unbound_deref(co, oparg);
            goto error;
        }
        c->ref = Value{};
        decref(old);
        DISPATCH();
    }

    TARGET(LOAD_FROM_DICT_OR_DEREF) {
        Value mapping = POP();
        SAVE_FRAME();
        Value v = mapping_lookup(mapping, local_name(co, oparg));
        decref(mapping);
        if (!v) {
            if (has_error()) goto error;
            v = lp[oparg].as<Cell>()->ref;
            if (!v) {
                unbound_deref(co, oparg);
                goto error;
            }
            incref(v);
        }
        PUSH(v);
        DISPATCH();
    }

    TARGET(LOAD_NAME) {
        Value name = names_[oparg];
        SAVE_FRAME();
        if (!f->locals) {
            raise(&exc::SystemError, "no locals when loading %R", name);
            goto error;
        }
        Value v = mapping_lookup(f->locals, name);
        if (!v) {
            if (has_error()) goto error;
            v = load_global(f, name);
            if (!v) goto error;
        }
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_NAME) {
        Value name = names_[oparg];
        Value v = POP();
        SAVE_FRAME();
        if (!f->locals) {
            decref(v);
            raise(&exc::SystemError, "no locals found when storing %R", name);
            goto error;
        }
        int r = is_exact_dict(f->locals) ? dict_set_str(f->locals.as<Dict>(), name.as<Str>(), v)
                                         : setitem(f->locals, name, v);
        decref(v);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(DELETE_NAME) {
        Value name = names_[oparg];
        SAVE_FRAME();
        if (!f->locals) {
            raise(&exc::SystemError, "no locals when deleting %R", name);
            goto error;
        }
        if (delitem(f->locals, name) < 0) {
            if (error_matches(&exc::KeyError)) {
                clear_error();
                name_error(name);
            }
            goto error;
        }
        DISPATCH();
    }

    TARGET(LOAD_GLOBAL) {
        Value name = names_[oparg >> 1];
        Value v = dict_get_str(f->globals, name.as<Str>());
        if (!v) {
            SAVE_FRAME();
            if (has_error()) goto error;
            v = dict_get_str(f->builtins, name.as<Str>());
            if (!v) {
                if (!has_error()) name_error(name);
                goto error;
            }
        }
        PUSH(newref(v));
        if (oparg & 1) PUSH(Value{});
        DISPATCH();
    }

    TARGET(STORE_GLOBAL) {
        Value v = POP();
        SAVE_FRAME();
        int r = dict_set_str(f->globals, names_[oparg].as<Str>(), v);
        decref(v);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(DELETE_GLOBAL) {
        SAVE_FRAME();
        if (dict_del_item(f->globals, names_[oparg]) < 0) {
            if (error_matches(&exc::KeyError)) {
                clear_error();
                name_error(names_[oparg]);
            }
            goto error;
        }
        DISPATCH();
    }

    TARGET(LOAD_LOCALS) {
        if (!f->locals) {
            SAVE_FRAME();
            raise(&exc::SystemError, "no locals found");
            goto error;
        }
        PUSH(newref(f->locals));
        DISPATCH();
    }

    // --- attributes and subscripts -------------------------------------------------------------

    TARGET(LOAD_ATTR) {
        Str* name = names_[oparg >> 1].as<Str>();
        Value owner = TOP();
        SAVE_FRAME();
        if (oparg & 1) {
            bool is_method = false;
            Value meth = lookup_method(owner, name, &is_method);
            if (!meth) goto error;
            if (is_method) {
                TOP() = meth;
                PUSH(owner);   // the owner reference moves to the self slot
            } else {
                TOP() = meth;
                decref(owner);
                PUSH(Value{});
            }
        } else {
            Value v = getattr(owner, name);
            if (!v) goto error;
            TOP() = v;
            decref(owner);
        }
        DISPATCH();
    }

    TARGET(STORE_ATTR) {
        Value owner = POP();
        Value v = POP();
        SAVE_FRAME();
        int r = setattr(owner, names_[oparg].as<Str>(), v);
        decref(owner);
        decref(v);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(DELETE_ATTR) {
        Value owner = POP();
        SAVE_FRAME();
        int r = delattr(owner, names_[oparg].as<Str>());
        decref(owner);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(BINARY_SUBSCR) {
        Value key = POP();
        Value container = TOP();
        if (key.is_small_int() && is_exact_list(container)) {
            List* l = container.as<List>();
            int64_t i = key.as_small_int();
            if (i < 0) i += l->size;
            if (i >= 0 && i < l->size) {
                Value v = newref(l->items[i]);
                TOP() = v;
                decref(container);
                DISPATCH();
            }
        }
        SAVE_FRAME();
        Value v = getitem(container, key);
        decref(key);
        if (!v) goto error;
        TOP() = v;
        decref(container);
        DISPATCH();
    }

    TARGET(STORE_SUBSCR) {
        Value key = POP();
        Value container = POP();
        Value v = POP();
        SAVE_FRAME();
        int r = setitem(container, key, v);
        decref(key);
        decref(container);
        decref(v);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(DELETE_SUBSCR) {
        Value key = POP();
        Value container = POP();
        SAVE_FRAME();
        int r = delitem(container, key);
        decref(key);
        decref(container);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(BINARY_SLICE) {
        Value stop = POP();
        Value start = POP();
        Value container = TOP();
        SAVE_FRAME();
        Value slice = slice_new(start, stop, Value{});
        decref(start);
        decref(stop);
        if (!slice) goto error;
        Value v = getitem(container, slice);
        decref(slice);
        if (!v) goto error;
        TOP() = v;
        decref(container);
        DISPATCH();
    }

    TARGET(STORE_SLICE) {
        Value stop = POP();
        Value start = POP();
        Value container = POP();
        Value v = POP();
        SAVE_FRAME();
        Value slice = slice_new(start, stop, Value{});
        decref(start);
        decref(stop);
        int r = slice ? setitem(container, slice, v) : -1;
        decref(slice);
        decref(container);
        decref(v);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(BUILD_SLICE) {
        Value step = oparg == 3 ? POP() : Value{};
        Value stop = POP();
        Value start = POP();
        SAVE_FRAME();
        Value s = slice_new(start, stop, step);
        decref(start);
        decref(stop);
        decref(step);
        if (!s) goto error;
        PUSH(s);
        DISPATCH();
    }

    // --- operators ------------------------------------------------------------------------------

    TARGET(UNARY_NEGATIVE) {
        Value v = TOP();
        if (v.is_small_int() && v.as_small_int() != kSmallIntMin) {
            TOP() = Value::small_int(-v.as_small_int());
            DISPATCH();
        }
        SAVE_FRAME();
        Value r = unary_op(v, UnaryOp::Negative);
        if (!r) goto error;
        TOP() = r;
        decref(v);
        DISPATCH();
    }

    TARGET(UNARY_POSITIVE) {
        Value v = TOP();
        SAVE_FRAME();
        Value r = unary_op(v, UnaryOp::Positive);
        if (!r) goto error;
        TOP() = r;
        decref(v);
        DISPATCH();
    }

    TARGET(UNARY_INVERT) {
        Value v = TOP();
        if (v.is_small_int()) {
            TOP() = Value::small_int(~v.as_small_int());
            DISPATCH();
        }
        SAVE_FRAME();
        Value r = unary_op(v, UnaryOp::Invert);
        if (!r) goto error;
        TOP() = r;
        decref(v);
        DISPATCH();
    }

    TARGET(UNARY_NOT) {
        Value v = TOP();
        int t;
        if (v == true_value()) t = 1;
        else if (v == false_value()) t = 0;
        else {
            SAVE_FRAME();
            t = truthy(v);
            if (t < 0) goto error;
        }
        TOP() = bool_value(!t);
        decref(v);
        DISPATCH();
    }

    TARGET(BINARY_OP) {
        Value right = POP();
        Value left = TOP();
        if (left.is_small_int() && right.is_small_int()) {
            int64_t a = left.as_small_int(), b = right.as_small_int(), r;
            switch (oparg) {
                case static_cast<int>(BinOp::Add):
                case static_cast<int>(BinOp::Add) + kInplace:
                    r = a + b;   // both are 63-bit: no int64 overflow
                    if (Value::fits_small(r)) { TOP() = Value::small_int(r); DISPATCH(); }
                    break;
                case static_cast<int>(BinOp::Subtract):
                case static_cast<int>(BinOp::Subtract) + kInplace:
                    r = a - b;
                    if (Value::fits_small(r)) { TOP() = Value::small_int(r); DISPATCH(); }
                    break;
                case static_cast<int>(BinOp::Multiply):
                case static_cast<int>(BinOp::Multiply) + kInplace:
                    if (!__builtin_mul_overflow(a, b, &r) && Value::fits_small(r)) {
                        TOP() = Value::small_int(r);
                        DISPATCH();
                    }
                    break;
                case static_cast<int>(BinOp::And):
                case static_cast<int>(BinOp::And) + kInplace:
                    TOP() = Value::small_int(a & b);
                    DISPATCH();
                case static_cast<int>(BinOp::Or):
                case static_cast<int>(BinOp::Or) + kInplace:
                    TOP() = Value::small_int(a | b);
                    DISPATCH();
                case static_cast<int>(BinOp::Xor):
                case static_cast<int>(BinOp::Xor) + kInplace:
                    TOP() = Value::small_int(a ^ b);
                    DISPATCH();
                case static_cast<int>(BinOp::FloorDivide):
                case static_cast<int>(BinOp::FloorDivide) + kInplace:
                    if (b != 0) {
                        int64_t q = a / b;
                        if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
                        if (Value::fits_small(q)) { TOP() = Value::small_int(q); DISPATCH(); }
                    }
                    break;
                case static_cast<int>(BinOp::Remainder):
                case static_cast<int>(BinOp::Remainder) + kInplace:
                    if (b != 0) {
                        int64_t m = a % b;
                        if (m != 0 && ((m < 0) != (b < 0))) m += b;
                        TOP() = Value::small_int(m);
                        DISPATCH();
                    }
                    break;
                default: break;
            }
        } else if (is_exact_float(left) && is_exact_float(right)) {
            double a = float_value(left), b = float_value(right);
            double r = 0;
            bool done = true;
            switch (oparg) {
                case static_cast<int>(BinOp::Add): case static_cast<int>(BinOp::Add) + kInplace: r = a + b; break;
                case static_cast<int>(BinOp::Subtract): case static_cast<int>(BinOp::Subtract) + kInplace: r = a - b; break;
                case static_cast<int>(BinOp::Multiply): case static_cast<int>(BinOp::Multiply) + kInplace: r = a * b; break;
                case static_cast<int>(BinOp::TrueDivide):
                case static_cast<int>(BinOp::TrueDivide) + kInplace:
                    if (b == 0) done = false;
                    else r = a / b;
                    break;
                default: done = false; break;
            }
            if (done) {
                Value res = float_from(r);
                if (!res) goto error;
                TOP() = res;
                decref(left);
                decref(right);
                DISPATCH();
            }
        }
        SAVE_FRAME();
        Value res = binary_op_arg(left, right, static_cast<int>(oparg));
        decref(right);
        if (!res) goto error;
        TOP() = res;
        decref(left);
        DISPATCH();
    }

    TARGET(COMPARE_OP) {
        Value right = POP();
        Value left = TOP();
        if (left.is_small_int() && right.is_small_int()) {
            int64_t a = left.as_small_int(), b = right.as_small_int();
            bool r = false;
            switch (static_cast<CompareOp>(oparg)) {
                case CompareOp::Lt: r = a < b; break;
                case CompareOp::Le: r = a <= b; break;
                case CompareOp::Eq: r = a == b; break;
                case CompareOp::Ne: r = a != b; break;
                case CompareOp::Gt: r = a > b; break;
                case CompareOp::Ge: r = a >= b; break;
            }
            TOP() = bool_value(r);
            DISPATCH();
        }
        SAVE_FRAME();
        Value res = richcompare(left, right, static_cast<CompareOp>(oparg));
        decref(right);
        if (!res) goto error;
        TOP() = res;
        decref(left);
        DISPATCH();
    }

    TARGET(IS_OP) {
        Value right = POP();
        Value left = TOP();
        bool r = (left == right) != (oparg != 0);
        TOP() = bool_value(r);
        decref(left);
        decref(right);
        DISPATCH();
    }

    TARGET(CONTAINS_OP) {
        Value container = POP();
        Value item = TOP();
        SAVE_FRAME();
        int r = contains(container, item);
        decref(container);
        if (r < 0) goto error;
        TOP() = bool_value(r != static_cast<int>(oparg));
        decref(item);
        DISPATCH();
    }

    // --- building ---------------------------------------------------------------------------------

    TARGET(BUILD_TUPLE) {
        SAVE_FRAME();
        Tuple* t = tuple_new(oparg);
        if (!t) goto error;
        sp -= oparg;
        for (uint32_t i = 0; i < oparg; i++) t->items[i] = sp[i];
        PUSH(Value(t));
        DISPATCH();
    }

    TARGET(BUILD_LIST) {
        SAVE_FRAME();
        Value l = list_new(oparg);
        if (!l) goto error;
        sp -= oparg;
        for (uint32_t i = 0; i < oparg; i++) l.as<List>()->items[i] = sp[i];
        PUSH(l);
        DISPATCH();
    }

    TARGET(BUILD_SET) {
        SAVE_FRAME();
        Value s = set_new(Value{});
        if (!s) goto error;
        sp -= oparg;
        bool ok = true;
        for (uint32_t i = 0; i < oparg; i++) {
            if (ok && set_add(s, sp[i]) < 0) ok = false;
            decref(sp[i]);
        }
        if (!ok) {
            decref(s);
            goto error;
        }
        PUSH(s);
        DISPATCH();
    }

    TARGET(BUILD_MAP) {
        SAVE_FRAME();
        Dict* d = dict_new();
        if (!d) goto error;
        sp -= 2 * oparg;
        bool ok = true;
        for (uint32_t i = 0; i < oparg; i++) {
            if (ok && dict_set_item(d, sp[2 * i], sp[2 * i + 1]) < 0) ok = false;
            decref(sp[2 * i]);
            decref(sp[2 * i + 1]);
        }
        if (!ok) {
            decref(Value(d));
            goto error;
        }
        PUSH(Value(d));
        DISPATCH();
    }

    TARGET(BUILD_CONST_KEY_MAP) {
        SAVE_FRAME();
        Value keys = POP();
        Dict* d = dict_new();
        if (!d) goto error;
        sp -= oparg;
        bool ok = true;
        for (uint32_t i = 0; i < oparg; i++) {
            if (ok && dict_set_item(d, keys.as<Tuple>()->items[i], sp[i]) < 0) ok = false;
            decref(sp[i]);
        }
        decref(keys);
        if (!ok) {
            decref(Value(d));
            goto error;
        }
        PUSH(Value(d));
        DISPATCH();
    }

    TARGET(BUILD_STRING) {
        SAVE_FRAME();
        Value s = build_string(sp - oparg, static_cast<int>(oparg));
        for (uint32_t i = 0; i < oparg; i++) decref(POP());
        if (!s) goto error;
        PUSH(s);
        DISPATCH();
    }

    TARGET(LIST_APPEND) {
        Value v = POP();
        SAVE_FRAME();
        bool ok = list_append(PEEK(oparg), v);
        decref(v);
        if (!ok) goto error;
        DISPATCH();
    }

    TARGET(SET_ADD) {
        Value v = POP();
        SAVE_FRAME();
        int r = set_add(PEEK(oparg), v);
        decref(v);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(MAP_ADD) {
        Value v = POP();
        Value k = POP();
        SAVE_FRAME();
        int r = dict_set_item(PEEK(oparg).as<Dict>(), k, v);
        decref(k);
        decref(v);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(LIST_EXTEND) {
        Value it = POP();
        SAVE_FRAME();
        bool ok = list_extend(PEEK(oparg), it);
        if (!ok && error_matches(&exc::TypeError) && !type_of(it)->iter && !type_of(it)->mp_subscript) {
            clear_error();
            raise(&exc::TypeError, "Value after * must be an iterable, not %s", type_of(it)->tp_name);
        }
        decref(it);
        if (!ok) goto error;
        DISPATCH();
    }

    TARGET(SET_UPDATE) {
        Value it = POP();
        SAVE_FRAME();
        Ref r{call_method1(PEEK(oparg), "update", it)};
        decref(it);
        if (!r) goto error;
        DISPATCH();
    }

    TARGET(DICT_UPDATE) {
        Value m = POP();
        SAVE_FRAME();
        int r = dict_update(PEEK(oparg).as<Dict>(), m);
        if (r < 0 && error_matches(&exc::AttributeError)) {
            clear_error();
            raise(&exc::TypeError, "'%s' object is not a mapping", type_of(m)->tp_name);
        }
        decref(m);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(DICT_MERGE) {
        Value m = POP();
        SAVE_FRAME();
        Dict* d = PEEK(oparg).as<Dict>();
        Value callable = PEEK(oparg + 3);
        std::string fn = function_str(callable);
        bool ok = true;
        if (is_dict(m)) {
            int64_t pos = 0;
            Value k, v;
            while (ok && dict_next(m.as<Dict>(), &pos, &k, &v)) {
                if (!is_str(k)) {
                    raise(&exc::TypeError, "keywords must be strings");
                    ok = false;
                } else if (dict_get_item(d, k)) {
                    raise(&exc::TypeError, "%s got multiple values for keyword argument '%s'", fn.c_str(),
                          std::string(str_view(k)).c_str());
                    ok = false;
                } else if (dict_set_item(d, k, v) < 0) {
                    ok = false;
                }
            }
        } else {
            Ref keys{call_method0(m, "keys")};
            if (!keys) {
                if (error_matches(&exc::AttributeError)) {
                    clear_error();
                    raise(&exc::TypeError, "%s argument after ** must be a mapping, not %s", fn.c_str(),
                          type_of(m)->tp_name);
                }
                ok = false;
            } else {
                Ref it{get_iter(keys.get())};
                ok = static_cast<bool>(it);
                while (ok) {
                    Ref k{iter_next(it.get())};
                    if (!k) { ok = !has_error(); break; }
                    if (!is_str(k.get())) {
                        raise(&exc::TypeError, "keywords must be strings");
                        ok = false;
                        break;
                    }
                    if (dict_get_item(d, k.get())) {
                        raise(&exc::TypeError, "%s got multiple values for keyword argument '%s'", fn.c_str(),
                              std::string(str_view(k.get())).c_str());
                        ok = false;
                        break;
                    }
                    Ref v{getitem(m, k.get())};
                    if (!v || dict_set_item(d, k.get(), v.get()) < 0) { ok = false; break; }
                }
            }
        }
        decref(m);
        if (!ok) goto error;
        DISPATCH();
    }

    TARGET(LIST_TO_TUPLE) {
        Value l = TOP();
        SAVE_FRAME();
        Value t = list_as_tuple(l);
        if (!t) goto error;
        TOP() = t;
        decref(l);
        DISPATCH();
    }

    TARGET(UNPACK_SEQUENCE) {
        Value seq = POP();
        if (is_exact_tuple(seq) && seq.as<Tuple>()->size == static_cast<int64_t>(oparg)) {
            Tuple* t = seq.as<Tuple>();
            for (int64_t i = oparg; i-- > 0;) PUSH(newref(t->items[i]));
            decref(seq);
            DISPATCH();
        }
        if (is_exact_list(seq) && seq.as<List>()->size == static_cast<int64_t>(oparg)) {
            List* l = seq.as<List>();
            for (int64_t i = oparg; i-- > 0;) PUSH(newref(l->items[i]));
            decref(seq);
            DISPATCH();
        }
        SAVE_FRAME();
        if ((is_exact_tuple(seq) || is_exact_list(seq))) {
            int64_t n = is_exact_tuple(seq) ? seq.as<Tuple>()->size : seq.as<List>()->size;
            if (n < static_cast<int64_t>(oparg))
                raise(&exc::ValueError, "not enough values to unpack (expected %d, got %d)", int(oparg), int(n));
            else
                raise(&exc::ValueError, "too many values to unpack (expected %d)", int(oparg));
            decref(seq);
            goto error;
        }
        bool ok = unpack_iterable(seq, static_cast<int>(oparg), -1, sp);
        decref(seq);
        if (!ok) goto error;
        sp += oparg;
        DISPATCH();
    }

    TARGET(UNPACK_EX) {
        int before = oparg & 0xff, after = static_cast<int>(oparg >> 8);
        Value seq = POP();
        SAVE_FRAME();
        bool ok = unpack_iterable(seq, before, after, sp);
        decref(seq);
        if (!ok) goto error;
        sp += before + 1 + after;
        DISPATCH();
    }

    TARGET(FORMAT_VALUE) {
        Value spec = (oparg & 4) ? POP() : Value{};
        Value v = TOP();
        SAVE_FRAME();
        Value r = format_value(v, oparg & 3, spec);
        decref(spec);
        if (!r) goto error;
        TOP() = r;
        decref(v);
        DISPATCH();
    }

    // --- control flow --------------------------------------------------------------------------

    TARGET(JUMP_FORWARD) {
        ip = base + oparg;
        DISPATCH();
    }

    TARGET(JUMP_BACKWARD) {
        CHECK_BREAKER();   // before jumping: an interrupt is reported at the loop's last line
        ip = base + oparg;
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_FALSE) {
        Value v = POP();
        if (v == false_value()) { ip = base + oparg; DISPATCH(); }
        if (v == true_value()) DISPATCH();
        SAVE_FRAME();
        int t = truthy(v);
        decref(v);
        if (t < 0) goto error;
        if (!t) ip = base + oparg;
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_TRUE) {
        Value v = POP();
        if (v == true_value()) { ip = base + oparg; DISPATCH(); }
        if (v == false_value()) DISPATCH();
        SAVE_FRAME();
        int t = truthy(v);
        decref(v);
        if (t < 0) goto error;
        if (t) ip = base + oparg;
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_NONE) {
        Value v = POP();
        if (v == none()) ip = base + oparg;
        else decref(v);
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_NOT_NONE) {
        Value v = POP();
        if (v != none()) {
            decref(v);
            ip = base + oparg;
        }
        DISPATCH();
    }

    TARGET(JUMP_IF_FALSE_OR_POP) {
        Value v = TOP();
        int t;
        if (v == true_value()) t = 1;
        else if (v == false_value()) t = 0;
        else {
            SAVE_FRAME();
            t = truthy(v);
            if (t < 0) goto error;
        }
        if (!t) ip = base + oparg;
        else decref(POP());
        DISPATCH();
    }

    TARGET(JUMP_IF_TRUE_OR_POP) {
        Value v = TOP();
        int t;
        if (v == true_value()) t = 1;
        else if (v == false_value()) t = 0;
        else {
            SAVE_FRAME();
            t = truthy(v);
            if (t < 0) goto error;
        }
        if (t) ip = base + oparg;
        else decref(POP());
        DISPATCH();
    }

    TARGET(GET_ITER) {
        Value v = TOP();
        SAVE_FRAME();
        Value it = get_iter(v);
        if (!it) goto error;
        TOP() = it;
        decref(v);
        DISPATCH();
    }

    TARGET(FOR_ITER) {
        Value it = TOP();
        if (it.is_object() && it.as_object()->type == &range_iter_type) {
            RangeIter* r = it.as<RangeIter>();
            if (r->remaining > 0) {
                int64_t v = r->next;
                r->next += r->step;
                r->remaining--;
                if (Value::fits_small(v)) {
                    PUSH(Value::small_int(v));
                    DISPATCH();
                }
                SAVE_FRAME();
                Value big = int_from_i64(v);
                if (!big) goto error;
                PUSH(big);
                DISPATCH();
            }
            decref(POP());
            ip = base + oparg;
            DISPATCH();
        }
        SAVE_FRAME();
        Value next = type_of(it)->iternext(it);
        if (next) {
            PUSH(next);
            DISPATCH();
        }
        if (has_error()) {
            if (!error_matches(&exc::StopIteration)) goto error;
            clear_error();
        }
        decref(POP());
        ip = base + oparg;
        DISPATCH();
    }

    TARGET(RETURN_CONST) {
        Value retval = newref(consts[oparg]);
        PUSH(retval);
        goto do_return;
    }

    TARGET(RETURN_VALUE) { goto do_return; }

    // --- calls -----------------------------------------------------------------------------------

    TARGET(CALL) {
        kwnames = nullptr;
        nvalues = oparg;
        goto do_call;
    }

    TARGET(CALL_KW) {
        kwnames = POP().as<Tuple>();
        nvalues = oparg;
        goto do_call;
    }

do_call: {
        Value* p0 = sp - nvalues - 2;   // callable, self_or_null, values...
        Value callable = p0[0];
        Value* args = p0 + 2;
        size_t total = nvalues;
        if (p0[1]) {
            args = p0 + 1;
            total++;
        } else if (type_of(callable) == &method_type) {
            Method* m = callable.as<Method>();
            p0[1] = newref(m->self);
            p0[0] = newref(m->func);
            decref(callable);
            callable = p0[0];
            args = p0 + 1;
            total++;
        }
        size_t npos = total - (kwnames ? kwnames->size : 0);
        if (type_of(callable) == &function_type) {
            Function* fn = callable.as<Function>();
            Code* fco = fn->code.as<Code>();
            SAVE_FRAME();
            Frame* nf;
            if (!kwnames && npos == static_cast<size_t>(fco->argcount) && fco->kwonlyargcount == 0 &&
                !(fco->flags & (kCoVarargs | kCoVarkeywords))) {
                // The common case: move the arguments straight into the new frame.
                nf = frame_alloc(ts, fco, fn);   // takes over the callable reference
                if (!nf) {
                    for (size_t i = 0; i < total; i++) decref(args[i]);
                    p0[0] = Value{};
                    sp = p0;
                    goto error;
                }
                for (size_t i = 0; i < total; i++) nf->localsplus[i] = args[i];
                nf->globals = fn->globals;
                nf->builtins = fn->builtins;
                sp = p0;
            } else {
                nf = make_function_frame(ts, fn, args, npos, kwnames);
                for (Value* q = p0; q < sp; q++) decref(*q);
                decref(Value(kwnames));
                sp = p0;
                if (!nf) {
                    SAVE_FRAME();
                    goto error;
                }
            }
            SAVE_FRAME();
            if (!enter_recursion(nullptr)) {
                frame_clear(nf);
                frame_free(ts, nf);
                goto error;
            }
            nf->previous = f;
            ts->frame = nf;
            f = nf;
            LOAD_FRAME();
            DISPATCH();
        }
        SAVE_FRAME();
        Value res = call(callable, args, npos, kwnames);
        for (Value* q = p0; q < sp; q++) decref(*q);
        decref(Value(kwnames));
        sp = p0;
        if (!res) goto error;
        PUSH(res);
        CHECK_BREAKER();
        DISPATCH();
    }

    TARGET(CALL_FUNCTION_EX) {
        Value kwargs = (oparg & 1) ? POP() : Value{};
        Value args = POP();
        Value null_slot = POP();
        Value callable = POP();
        SAVE_FRAME();
        Value res = Value{};
        if (!is_tuple(args)) {
            Value t = sequence_to_tuple(args);
            if (!t) {
                if (error_matches(&exc::TypeError) && !type_of(args)->iter && !type_of(args)->mp_subscript) {
                    clear_error();
                    raise(&exc::TypeError, "%s argument after * must be an iterable, not %s",
                          function_str(callable).c_str(), type_of(args)->tp_name);
                }
            } else {
                decref(args);
                args = t;
            }
        }
        if (is_tuple(args)) {
            if (kwargs && !is_dict(kwargs)) {
                Value d = Value(dict_new());
                if (d && dict_update(d.as<Dict>(), kwargs) >= 0) {
                    decref(kwargs);
                    kwargs = d;
                } else {
                    decref(d);
                    if (error_matches(&exc::AttributeError)) {
                        clear_error();
                        raise(&exc::TypeError, "%s argument after ** must be a mapping, not %s",
                              function_str(callable).c_str(), type_of(kwargs)->tp_name);
                    }
                    goto call_ex_done;
                }
            }
            if (null_slot) {
                // callable(self, *args)
                Tuple* a = args.as<Tuple>();
                Tuple* b = tuple_new(a->size + 1);
                if (b) {
                    b->items[0] = newref(null_slot);
                    for (int64_t i = 0; i < a->size; i++) b->items[i + 1] = newref(a->items[i]);
                    res = call_tuple_dict(callable, b, kwargs ? kwargs.as<Dict>() : nullptr);
                    decref(Value(b));
                }
            } else {
                res = call_tuple_dict(callable, args.as<Tuple>(), kwargs ? kwargs.as<Dict>() : nullptr);
            }
        }
    call_ex_done:
        decref(kwargs);
        decref(args);
        decref(null_slot);
        decref(callable);
        if (!res) goto error;
        PUSH(res);
        CHECK_BREAKER();
        DISPATCH();
    }

    TARGET(MAKE_FUNCTION) {
        Value code = POP();
        Value closure = (oparg & 8) ? POP() : Value{};
        Value annotations = (oparg & 4) ? POP() : Value{};
        Value kwdefaults = (oparg & 2) ? POP() : Value{};
        Value defaults = (oparg & 1) ? POP() : Value{};
        SAVE_FRAME();
        Value fnv = make_function(code.as<Code>(), f->globals, f->builtins);
        decref(code);
        if (!fnv) {
            decref(closure);
            decref(annotations);
            decref(kwdefaults);
            decref(defaults);
            goto error;
        }
        Function* fn = fnv.as<Function>();
        fn->closure = closure ? closure.as<Tuple>() : nullptr;
        fn->annotations = annotations ? annotations.as<Dict>() : nullptr;
        fn->kwdefaults = kwdefaults ? kwdefaults.as<Dict>() : nullptr;
        fn->defaults = defaults ? defaults.as<Tuple>() : nullptr;
        PUSH(fnv);
        DISPATCH();
    }

    TARGET(LOAD_BUILD_CLASS) {
        Value bc = dict_get_str(f->builtins, intern("__build_class__"));
        if (!bc) {
            SAVE_FRAME();
            raise(&exc::NameError, "__build_class__ not found");
            goto error;
        }
        PUSH(newref(bc));
        DISPATCH();
    }

    TARGET(SETUP_ANNOTATIONS) {
        SAVE_FRAME();
        if (!f->locals) {
            raise(&exc::SystemError, "no locals found when setting up annotations");
            goto error;
        }
        Value existing = mapping_lookup(f->locals, Value(names::__annotations__));
        if (existing) {
            decref(existing);
        } else {
            if (has_error()) goto error;
            Ref d{Value(dict_new())};
            if (!d || setitem(f->locals, Value(names::__annotations__), d.get()) < 0) goto error;
        }
        DISPATCH();
    }

    TARGET(IMPORT_NAME) {
        Value fromlist = POP();
        Value level = POP();
        SAVE_FRAME();
        int64_t lvl = level.is_small_int() ? level.as_small_int() : 0;
        Value m = import_module(names_[oparg], Value(f->globals), fromlist, static_cast<int>(lvl));
        decref(fromlist);
        decref(level);
        if (!m) goto error;
        PUSH(m);
        DISPATCH();
    }

    TARGET(IMPORT_FROM) {
        SAVE_FRAME();
        Value v = import_from(TOP(), names_[oparg]);
        if (!v) goto error;
        PUSH(v);
        DISPATCH();
    }

    TARGET(IMPORT_STAR) {
        Value m = POP();
        SAVE_FRAME();
        bool ok = import_star(f, m);
        decref(m);
        if (!ok) goto error;
        DISPATCH();
    }

    // --- exceptions ------------------------------------------------------------------------------

    TARGET(RAISE_VARARGS) {
        SAVE_FRAME();
        if (oparg == 0) {
            Value cur = ts->exc_info->exc_value;
            if (!cur || is_none(cur)) {
                raise(&exc::RuntimeError, "No active exception to reraise");
                goto error;
            }
            restore_error(newref(cur));
            goto exception_unwind;   // a bare raise keeps the traceback as it is
        }
        Value cause = oparg == 2 ? POP() : Value{};
        Value exc = POP();
        if (!raise_object(exc)) {
            decref(exc);
            if (cause) {
                Value e = ts->curexc;
                bool was_raised = is_exception_instance(e) && !error_matches(&exc::TypeError);
                (void)was_raised;
                // raise X from Y: Y must be an exception (instance or class) or None.
                if (is_none(cause)) {
                    if (is_exception_instance(e)) {
                        BaseExc* be = e.as<BaseExc>();
                        set_owned(be->cause, Value{});
                        be->suppress_context = true;
                    }
                } else if (is_exception_class(cause) || is_exception_instance(cause)) {
                    Value c = cause;
                    Ref inst;
                    if (is_exception_class(cause)) {
                        Value saved = take_error();
                        inst = Ref{call0(cause)};
                        if (!inst) {
                            decref(saved);
                            decref(cause);
                            goto error;
                        }
                        restore_error(saved);
                        c = inst.get();
                    }
                    if (is_exception_instance(ts->curexc)) exception_set_cause(ts->curexc, c);
                } else {
                    clear_error();
                    raise(&exc::TypeError, "exception causes must derive from BaseException");
                }
                decref(cause);
            }
            goto error;
        }
        decref(exc);
        decref(cause);
        goto error;
    }

    TARGET(RERAISE) {
        // The lasti saved below the exception (oparg > 0) only matters for the line a frame
        // object reports; the handler search continues from this instruction, as in CPython.
        Value exc = POP();
        SAVE_FRAME();
        restore_error(exc);
        goto exception_unwind;
    }

    TARGET(PUSH_EXC_INFO) {
        Value exc = POP();
        ExcStackItem* ei = ts->exc_info;
        Value prev = ei->exc_value;
        PUSH(prev ? prev : newref(none()));
        ei->exc_value = newref(exc);
        PUSH(exc);
        DISPATCH();
    }

    TARGET(POP_EXCEPT) {
        Value prev = POP();
        ExcStackItem* ei = ts->exc_info;
        Value old = ei->exc_value;
        if (is_none(prev)) {
            ei->exc_value = Value{};
            decref(prev);
        } else {
            ei->exc_value = prev;
        }
        decref(old);
        DISPATCH();
    }

    TARGET(CHECK_EXC_MATCH) {
        Value type = POP();
        Value exc = TOP();
        if (!exception_match_check(type)) {
            SAVE_FRAME();
            decref(type);
            raise(&exc::TypeError, "catching classes that do not inherit from BaseException is not allowed");
            goto error;
        }
        bool match;
        if (is_tuple(type)) {
            match = false;
            Tuple* t = type.as<Tuple>();
            for (int64_t i = 0; i < t->size && !match; i++) match = isinstance_of(exc, t->items[i].as<Type>());
        } else {
            match = isinstance_of(exc, type.as<Type>());
        }
        decref(type);
        PUSH(bool_value(match));
        DISPATCH();
    }

    TARGET(LOAD_ASSERTION_ERROR) {
        PUSH(Value(&exc::AssertionError));
        DISPATCH();
    }

    TARGET(BEFORE_WITH) {
        Value mgr = TOP();
        SAVE_FRAME();
        Value enter = special_method(mgr, names::__enter__);
        if (!enter) {
            if (!has_error())
                raise(&exc::TypeError, "'%s' object does not support the context manager protocol", type_of(mgr)->tp_name);
            goto error;
        }
        Value exit = special_method(mgr, names::__exit__);
        if (!exit) {
            decref(enter);
            if (!has_error())
                raise(&exc::TypeError, "'%s' object does not support the context manager protocol (missed __exit__ method)",
                      type_of(mgr)->tp_name);
            goto error;
        }
        TOP() = exit;
        decref(mgr);
        Value res = call0(enter);
        decref(enter);
        if (!res) goto error;
        PUSH(res);
        DISPATCH();
    }

    TARGET(BEFORE_ASYNC_WITH) {
        Value mgr = TOP();
        SAVE_FRAME();
        Value enter = special_method(mgr, names::__aenter__);
        if (!enter) {
            if (!has_error())
                raise(&exc::TypeError, "'%s' object does not support the asynchronous context manager protocol",
                      type_of(mgr)->tp_name);
            goto error;
        }
        Value exit = special_method(mgr, names::__aexit__);
        if (!exit) {
            decref(enter);
            if (!has_error())
                raise(&exc::TypeError,
                      "'%s' object does not support the asynchronous context manager protocol (missed __aexit__ method)",
                      type_of(mgr)->tp_name);
            goto error;
        }
        TOP() = exit;
        decref(mgr);
        Value res = call0(enter);
        decref(enter);
        if (!res) goto error;
        PUSH(res);
        DISPATCH();
    }

    TARGET(WITH_EXCEPT_START) {
        Value exc = TOP();
        Value exit_fn = PEEK(4);
        SAVE_FRAME();
        Value tb = is_exception_instance(exc) ? exc.as<BaseExc>()->traceback : Value{};
        Value args[3] = {Value(type_of(exc)), exc, tb ? tb : none()};
        Value res = call(exit_fn, args, 3);
        if (!res) goto error;
        PUSH(res);
        DISPATCH();
    }

    TARGET(CLEANUP_THROW) {
        Value exc = POP();
        Value last_sent = POP();
        Value sub = POP();
        SAVE_FRAME();
        if (is_stop_iteration(exc)) {
            Value v = stop_iteration_value(exc);
            decref(exc);
            decref(last_sent);
            decref(sub);
            PUSH(newref(none()));
            PUSH(v);
            DISPATCH();
        }
        decref(last_sent);
        decref(sub);
        restore_error(exc);
        goto exception_unwind;
    }

    // --- generators and coroutines -----------------------------------------------------------------

    TARGET(RETURN_GENERATOR) {
        SAVE_FRAME();
        Value gen = generator_from_frame(f);   // moves the frame's contents into the generator
        if (!gen) goto error;
        leave_recursion();
        Frame* done = f;
        ts->frame = f->previous;
        if (done->is_entry) return gen;   // the C caller releases the (now empty) frame storage
        f = done->previous;
        frame_free(ts, done);
        LOAD_FRAME();
        PUSH(gen);
        DISPATCH();
    }

    TARGET(YIELD_VALUE) {
        Value v = POP();
        SAVE_FRAME();
        f->suspended = true;
        leave_recursion();
        ts->frame = f->previous;
        return v;
    }

    TARGET(GET_YIELD_FROM_ITER) {
        Value v = TOP();
        Type* t = type_of(v);
        if (t == &coroutine_type) {
            if (!(co->flags & (kCoCoroutine | kCoIterableCoroutine))) {
                SAVE_FRAME();
                raise(&exc::TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
                goto error;
            }
            DISPATCH();
        }
        if (t == &generator_type) DISPATCH();
        SAVE_FRAME();
        Value it = get_iter(v);
        if (!it) goto error;
        TOP() = it;
        decref(v);
        DISPATCH();
    }

    TARGET(GET_AWAITABLE) {
        Value v = TOP();
        SAVE_FRAME();
        Value it = get_awaitable_iter(v, static_cast<int>(oparg));
        if (!it) goto error;
        if (type_of(it) == &coroutine_type) {
            Generator* g = it.as<Generator>();
            g->awaited = true;
            if (g->frame && g->frame->previous && g->state == GenState::Running) {
                decref(it);
                raise(&exc::RuntimeError, "coroutine is being awaited already");
                goto error;
            }
        }
        TOP() = it;
        decref(v);
        DISPATCH();
    }

    TARGET(SEND) {
        Value v = TOP();
        Value sub = PEEK(2);
        SAVE_FRAME();
        bool done = false;
        Value r = send_to(sub, v, &done);
        if (!r) goto error;
        TOP() = r;
        decref(v);
        if (done) ip = base + oparg;
        DISPATCH();
    }

    TARGET(END_SEND) {
        Value v = POP();
        decref(TOP());
        TOP() = v;
        DISPATCH();
    }

    TARGET(GET_AITER) {
        Value obj = TOP();
        Type* t = type_of(obj);
        SAVE_FRAME();
        if (!t->am_aiter) {
            raise(&exc::TypeError, "'async for' requires an object with __aiter__ method, got %s", t->tp_name);
            goto error;
        }
        Value it = t->am_aiter(obj);
        if (!it) goto error;
        if (!type_of(it)->am_anext) {
            Type* it_t = type_of(it);
            decref(it);
            raise(&exc::TypeError, "'async for' received an object from __aiter__ that does not implement __anext__: %s",
                  it_t->tp_name);
            goto error;
        }
        TOP() = it;
        decref(obj);
        DISPATCH();
    }

    TARGET(GET_ANEXT) {
        Value aiter = TOP();
        Type* t = type_of(aiter);
        SAVE_FRAME();
        if (!t->am_anext) {
            raise(&exc::TypeError, "'async for' requires an iterator with __anext__ method, got %s", t->tp_name);
            goto error;
        }
        Value awaitable = t->am_anext(aiter);
        if (!awaitable) goto error;
        Value it = get_awaitable_iter(awaitable, 0);
        if (!it) {
            if (error_matches(&exc::TypeError)) {
                clear_error();
                raise(&exc::TypeError, "'async for' received an invalid object from __anext__: %s",
                      type_of(awaitable)->tp_name);
            }
            decref(awaitable);
            goto error;
        }
        decref(awaitable);
        PUSH(it);
        DISPATCH();
    }

    TARGET(END_ASYNC_FOR) {
        Value exc = POP();
        Value aiter = POP();
        if (isinstance_of(exc, &exc::StopAsyncIteration)) {
            decref(exc);
            decref(aiter);
            DISPATCH();
        }
        decref(aiter);
        SAVE_FRAME();
        restore_error(exc);
        goto exception_unwind;
    }

    TARGET(ASYNC_GEN_WRAP) {
        Value v = TOP();
        SAVE_FRAME();
        Value w = async_gen_wrap(v);
        if (!w) goto error;
        TOP() = w;
        decref(v);
        DISPATCH();
    }

#if !MINIPY_COMPUTED_GOTO
    default:
        SAVE_FRAME();
        raise(&exc::SystemError, "unknown opcode %d", static_cast<int>(op));
        goto error;
    }
#endif

do_return: {
    Value retval = POP();
    SAVE_FRAME();
    leave_recursion();
    ts->frame = f->previous;
    if (f->is_entry) {
        frame_clear(f);
        return retval;
    }
    Frame* caller = f->previous;
    frame_clear(f);
    frame_free(ts, f);
    f = caller;
    LOAD_FRAME();
    PUSH(retval);
    DISPATCH();
}

error:
    // Record where the exception passed, then look for a handler.
    add_traceback_entry(f, static_cast<uint32_t>(ip - base) - 1);

exception_unwind: {
    if (!has_error()) {
        raise(&exc::SystemError, "error return without exception set");
    }
    uint32_t index = static_cast<uint32_t>(ip - base) - 1;
    const ExceptionEntry* h = find_handler(co, index);
    if (h) {
        Value* target = f->stack_base() + h->depth;
        while (sp > target) decref(POP());
        if (h->lasti) PUSH(Value::small_int(index));
        PUSH(take_error());
        ip = base + h->target;
        DISPATCH();
    }
    while (sp > f->stack_base()) decref(POP());
    SAVE_FRAME();
    leave_recursion();
    ts->frame = f->previous;
    if (f->is_entry) {
        frame_clear(f);
        return Value{};
    }
    Frame* caller = f->previous;
    frame_clear(f);
    frame_free(ts, f);
    f = caller;
    LOAD_FRAME();
    goto error;
}

exit_error_entry:
    ts->frame = f->previous;
    frame_clear(f);
    return Value{};
}

Value eval_frame(ThreadState* ts, Frame* f, bool throwflag) {
    if (ts->interp && ts->interp->config.trace) return eval_loop<true>(ts, f, throwflag);
    return eval_loop<false>(ts, f, throwflag);
}

Value eval_frame(ThreadState* ts, Frame* f) { return eval_frame(ts, f, false); }

}  // namespace minipy::vm
