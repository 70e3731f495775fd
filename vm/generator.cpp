// generator.cpp — generators, coroutines and async generators (see generator.hpp).
//
// send(v): push v on the suspended frame's value stack and resume it; the frame runs to the next
//          YIELD_VALUE (its operand is handed back) or returns (StopIteration(value)).
// throw(e): resume the frame with e pending at the suspension point, so its own try/except and
//          finally blocks see it. When the frame is suspended inside `yield from`/`await`, the
//          exception is first thrown into the delegate (the value on top of the frame's stack).
// close(): throw GeneratorExit; the frame must not yield again.
#include "vm/generator.hpp"

#include "runtime/alloc.hpp"

#include <cstring>
#include <string>

#include "runtime/errors.hpp"
#include "runtime/exception.hpp"
#include "runtime/int.hpp"
#include "runtime/native.hpp"
#include "runtime/ops.hpp"
#include "runtime/singletons.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "vm/interpreter.hpp"
#include "vm/opcodes.hpp"

namespace minipy::vm {

using namespace rt;

Value eval_frame(ThreadState* ts, Frame* f, bool throwflag);

Type generator_type;
Type coroutine_type;
Type async_generator_type;
Type coro_wrapper_type;
Type async_gen_wrapped_type;
Type async_gen_asend_type;
Type async_gen_athrow_type;

// =============================================================================================
// Creation

Value generator_from_frame(Frame* f) {
    Code* co = f->code;
    Type* type = &generator_type;
    GenKind kind = GenKind::Generator;
    if (co->flags & kCoCoroutine) { type = &coroutine_type; kind = GenKind::Coroutine; }
    else if (co->flags & kCoAsyncGenerator) { type = &async_generator_type; kind = GenKind::AsyncGenerator; }
    Generator* g = alloc<Generator>(type);
    if (!g) return Value{};
    size_t words = frame_size_words(co);
    auto* gf = static_cast<Frame*>(mem_alloc(words * sizeof(Value)));
    if (!gf) {
        decref(Value(g));
        return raise_no_memory();
    }
    size_t used = static_cast<size_t>(f->sp - f->localsplus);
    std::memcpy(static_cast<void*>(gf), static_cast<const void*>(f), sizeof(Frame) + used * sizeof(Value));
    gf->sp = gf->localsplus + used;
    gf->owner = FrameOwner::Generator;
    gf->is_entry = true;
    gf->previous = nullptr;
    gf->suspended = false;
    if (gf->frame_obj) gf->frame_obj->frame = gf;
    // `f` no longer owns anything (its references moved to gf).
    f->frame_obj = nullptr;
    f->sp = f->localsplus;
    g->kind = kind;
    g->state = GenState::Created;
    g->frame = gf;
    g->name = newref(co->name);
    g->qualname = newref(gf->func ? gf->func->qualname : co->qualname);
    return Value(g);
}

static const char* kind_noun(Generator* g) {
    switch (g->kind) {
        case GenKind::Coroutine: return "coroutine";
        case GenKind::AsyncGenerator: return "async generator";
        default: return "generator";
    }
}

static void free_frame(Generator* g) {
    if (!g->frame) return;
    Frame* f = g->frame;
    g->frame = nullptr;
    if (g->state != GenState::Completed) frame_clear(f);
    mem_free(f);
}

// =============================================================================================
// Resuming

Value generator_send(Generator* g, Value value, bool exc, bool* returned) {
    *returned = false;
    if (g->state == GenState::Running) {
        if (exc) clear_error();
        return raise(&exc::ValueError, "%s already executing", kind_noun(g));
    }
    if (g->state == GenState::Completed) {
        if (exc) return Value{};   // throw() into a finished generator raises the exception itself
        if (g->kind == GenKind::Coroutine) return raise(&exc::RuntimeError, "cannot reuse already awaited coroutine");
        *returned = true;
        return newref(none());
    }
    if (g->state == GenState::Created && !exc && value && !is_none(value)) {
        return raise(&exc::TypeError, "can't send non-None value to a just-started %s", kind_noun(g));
    }
    ThreadState* ts = current_vm_thread();
    Frame* gf = g->frame;
    // The sent value is pushed even for throw() (as None): the exception table's depths count it.
    *gf->sp++ = newref(value && !exc ? value : none());
    g->state = GenState::Running;
    g->exc_state.previous = ts->exc_info;
    ts->exc_info = &g->exc_state;
    gf->suspended = false;
    incref(Value(g));   // keep alive while running
    Value r = eval_frame(ts, gf, exc);
    ts->exc_info = g->exc_state.previous;
    g->exc_state.previous = nullptr;
    if (gf->suspended) {
        g->state = GenState::Suspended;
        decref(Value(g));
        return r;
    }
    g->state = GenState::Completed;
    mem_free(gf);   // eval_frame cleared it on return/raise
    g->frame = nullptr;
    Value handled = g->exc_state.exc_value;
    g->exc_state.exc_value = Value{};
    decref(handled);
    if (r) {
        *returned = true;
        decref(Value(g));
        return r;
    }
    // PEP 479: StopIteration escaping a generator body becomes RuntimeError.
    if (error_matches(&exc::StopIteration)) {
        Value cause = take_error();
        raise(&exc::RuntimeError, "%s raised StopIteration", g->kind == GenKind::Coroutine ? "coroutine" :
              g->kind == GenKind::AsyncGenerator ? "async generator" : "generator");
        Value e = current_thread()->curexc;
        exception_set_cause(e, cause);
        exception_set_context(e, cause);
        decref(cause);
    } else if (g->kind == GenKind::AsyncGenerator && error_matches(&exc::StopAsyncIteration)) {
        Value cause = take_error();
        raise(&exc::RuntimeError, "async generator raised StopAsyncIteration");
        Value e = current_thread()->curexc;
        exception_set_cause(e, cause);
        exception_set_context(e, cause);
        decref(cause);
    }
    decref(Value(g));
    return Value{};
}

// The delegate of a frame suspended in `yield from` / `await`: the value on top of its stack.
static Value yield_from_target(Generator* g) {
    Frame* f = g->frame;
    if (!f || g->state != GenState::Suspended) return Value{};
    uint32_t next = *f->ip;
    if (static_cast<Op>(instr_op(next)) != Op::RESUME || instr_arg(next) < 2) return Value{};
    if (f->sp <= f->stack_base()) return Value{};
    return f->sp[-1];
}

static Value gen_send_or_stop(Generator* g, Value value) {
    bool returned;
    Value r = generator_send(g, value, false, &returned);
    if (r && returned) {
        if (g->kind == GenKind::AsyncGenerator) {
            decref(r);
            return raise(&exc::StopAsyncIteration, nullptr);
        }
        raise_stop_iteration(r);
        decref(r);
        return Value{};
    }
    return r;
}

static Value gen_iternext(Value self) {
    Generator* g = self.as<Generator>();
    bool returned;
    Value r = generator_send(g, none(), false, &returned);
    if (r && returned) {
        if (!is_none(r)) raise_stop_iteration(r);
        decref(r);
        return Value{};
    }
    return r;
}

static Value gen_close_impl(Generator* g);

// throw(): `exc` is the exception instance to raise at the suspension point (borrowed).
static Value gen_throw_impl(Generator* g, Value exc, bool close_on_generator_exit) {
    Value yf = yield_from_target(g);
    if (yf) {
        incref(yf);
        Ref yf_ref{yf};
        Value r;
        if (close_on_generator_exit && isinstance_of(exc, &exc::GeneratorExit)) {
            // Close the delegate first, then raise GeneratorExit in this frame.
            g->state = GenState::Running;
            Ref cr;
            if (type_of(yf) == &generator_type || type_of(yf) == &coroutine_type) {
                cr = Ref{gen_close_impl(yf.as<Generator>())};
            } else {
                Ref close_m{getattr_or_null(yf, names::close)};
                if (close_m) cr = Ref{call0(close_m.get())};
                else cr = Ref{has_error() ? Value{} : newref(none())};
            }
            g->state = GenState::Suspended;
            if (!cr) {
                bool ret;
                return generator_send(g, Value{}, true, &ret);
            }
            raise_object(exc);
            bool ret;
            return generator_send(g, Value{}, true, &ret);
        }
        g->state = GenState::Running;
        if (type_of(yf) == &generator_type || type_of(yf) == &coroutine_type) {
            r = gen_throw_impl(yf.as<Generator>(), exc, close_on_generator_exit);
        } else {
            Ref throw_m{getattr_or_null(yf, names::throw_)};
            if (!throw_m) {
                g->state = GenState::Suspended;
                if (has_error()) {
                    bool ret;
                    return generator_send(g, Value{}, true, &ret);
                }
                raise_object(exc);
                bool ret;
                return generator_send(g, Value{}, true, &ret);
            }
            r = call1(throw_m.get(), exc);
        }
        g->state = GenState::Suspended;
        if (r) return r;   // the delegate yielded
        // The delegate raised (StopIteration included): continue in this frame with that error.
        bool ret;
        Value v = generator_send(g, Value{}, true, &ret);
        if (v && ret) {
            raise_stop_iteration(v);
            decref(v);
            return Value{};
        }
        return v;
    }
    raise_object(exc);
    bool returned;
    Value r = generator_send(g, Value{}, true, &returned);
    if (r && returned) {
        if (g->kind == GenKind::AsyncGenerator) {
            decref(r);
            return raise(&exc::StopAsyncIteration, nullptr);
        }
        raise_stop_iteration(r);
        decref(r);
        return Value{};
    }
    return r;
}

// Normalizes throw(typ[, val[, tb]]) arguments into an exception instance (new reference).
static Value make_throw_exception(Value typ, Value val, Value tb) {
    if (tb && !is_none(tb) && type_of(tb) != &traceback_type)
        return raise(&exc::TypeError, "throw() third argument must be a traceback object");
    Value e;
    if (is_exception_class(typ)) {
        if (!val || is_none(val)) e = call0(typ);
        else if (is_exception_instance(val) && isinstance_of(val, typ.as<Type>())) e = newref(val);
        else if (is_tuple(val)) e = call(typ, val.as<Tuple>()->items, val.as<Tuple>()->size);
        else e = call1(typ, val);
        if (!e) return Value{};
        if (!is_exception_instance(e)) {
            decref(e);
            return raise(&exc::TypeError, "calling %s should have returned an instance of BaseException",
                         typ.as<Type>()->tp_name);
        }
    } else if (is_exception_instance(typ)) {
        if (val && !is_none(val)) return raise(&exc::TypeError, "instance exception may not have a separate value");
        e = newref(typ);
    } else {
        return raise(&exc::TypeError, "exceptions must be classes or instances deriving from BaseException, not %s",
                     type_of(typ)->tp_name);
    }
    if (tb && !is_none(tb)) {
        BaseExc* be = e.as<BaseExc>();
        set_owned(be->traceback, newref(tb));
    }
    return e;
}

static Value gen_close_impl(Generator* g) {
    if (g->state == GenState::Completed || g->state == GenState::Created) {
        if (g->state == GenState::Created) {
            g->state = GenState::Completed;
            free_frame(g);
        }
        return newref(none());
    }
    Ref ge{exception_new(&exc::GeneratorExit, nullptr)};
    if (!ge) return Value{};
    Value r = gen_throw_impl(g, ge.get(), true);
    if (r) {
        decref(r);
        const char* msg = g->kind == GenKind::AsyncGenerator ? "async generator ignored GeneratorExit"
                        : g->kind == GenKind::Coroutine ? "coroutine ignored GeneratorExit"
                                                        : "generator ignored GeneratorExit";
        return raise(&exc::RuntimeError, "%s", msg);
    }
    if (error_matches(&exc::StopIteration) || error_matches(&exc::GeneratorExit) ||
        (g->kind == GenKind::AsyncGenerator && error_matches(&exc::StopAsyncIteration))) {
        clear_error();
        return newref(none());
    }
    return Value{};
}

// =============================================================================================
// Methods

static Value gen_send_meth(const Value* args) { return gen_send_or_stop(args[0].as<Generator>(), args[1]); }

static Value gen_throw_meth(const Value* args) {
    Ref e{make_throw_exception(args[1], args[2], args[3])};
    if (!e) return Value{};
    return gen_throw_impl(args[0].as<Generator>(), e.get(), true);
}

static Value gen_close_meth(const Value* args) { return gen_close_impl(args[0].as<Generator>()); }

static const NativeDef gen_methods[] = {
    {"send(self, value, /)", gen_send_meth},
    {"throw(self, typ, val=None, tb=None, /)", gen_throw_meth},
    {"close(self, /)", gen_close_meth},
    {nullptr},
};

static Value gen_iter(Value self) { return newref(self); }

static Value gen_repr(Value self) {
    Generator* g = self.as<Generator>();
    const char* noun = g->kind == GenKind::Coroutine ? "coroutine" : g->kind == GenKind::AsyncGenerator ? "async_generator" : "generator";
    return str_format("<%s object %s at %p>", noun, std::string(str_view(g->qualname)).c_str(), static_cast<void*>(g));
}

static Value gen_get_name(Value v) { return newref(v.as<Generator>()->name); }
static int gen_set_name(Value v, Value n) {
    if (!n || !is_str(n)) { raise(&exc::TypeError, "__name__ must be set to a string object"); return -1; }
    set_owned(v.as<Generator>()->name, newref(n));
    return 0;
}
static Value gen_get_qualname(Value v) { return newref(v.as<Generator>()->qualname); }
static Value gen_get_running(Value v) { return newref(bool_value(v.as<Generator>()->state == GenState::Running)); }
static Value gen_get_suspended(Value v) { return newref(bool_value(v.as<Generator>()->state == GenState::Suspended)); }
static Value gen_get_frame(Value v) {
    Generator* g = v.as<Generator>();
    if (!g->frame) return newref(none());
    return frame_object_of(g->frame);
}
static Value gen_get_code(Value v) {
    Generator* g = v.as<Generator>();
    if (g->frame) return newref(Value(g->frame->code));
    return newref(none());
}
static Value gen_get_yieldfrom(Value v) {
    Value yf = yield_from_target(v.as<Generator>());
    return newref(yf ? yf : none());
}

static const GetSetDef gen_getsets[] = {
    {"__name__", gen_get_name, gen_set_name},
    {"__qualname__", gen_get_qualname},
    {"gi_running", gen_get_running},
    {"gi_suspended", gen_get_suspended},
    {"gi_frame", gen_get_frame},
    {"gi_code", gen_get_code},
    {"gi_yieldfrom", gen_get_yieldfrom},
    {nullptr},
};

static const GetSetDef coro_getsets[] = {
    {"__name__", gen_get_name, gen_set_name},
    {"__qualname__", gen_get_qualname},
    {"cr_running", gen_get_running},
    {"cr_suspended", gen_get_suspended},
    {"cr_frame", gen_get_frame},
    {"cr_code", gen_get_code},
    {"cr_await", gen_get_yieldfrom},
    {nullptr},
};

static const GetSetDef agen_getsets[] = {
    {"__name__", gen_get_name, gen_set_name},
    {"__qualname__", gen_get_qualname},
    {"ag_running", gen_get_running},
    {"ag_frame", gen_get_frame},
    {"ag_code", gen_get_code},
    {"ag_await", gen_get_yieldfrom},
    {nullptr},
};

static void warn_never_awaited(Generator* g) {
    std::string name(str_view(g->qualname));
    // A filter may turn the warning into an exception; nobody can catch it here.
    if (rt::warn_unawaited_coroutine(Value(g), name.c_str()) < 0) write_unraisable("Exception ignored in: ", Value(g));
}

void generator_finalize(Value v) {
    Generator* g = v.as<Generator>();
    Value saved = take_error();
    if (g->state == GenState::Suspended && g->frame) {
        Value r = gen_close_impl(g);
        if (!r) write_unraisable("Exception ignored in: ", v);
        decref(r);
    } else if (g->kind == GenKind::Coroutine && g->state == GenState::Created && !g->awaited) {
        warn_never_awaited(g);
        g->awaited = true;   // warned once: the deallocation stays quiet
    }
    restore_error(saved);
}

static void gen_dealloc(Object* o) {
    Generator* g = static_cast<Generator*>(o);
    if (g->state == GenState::Suspended && g->frame) {
        // Run the generator's finally blocks.
        o->refcnt.store(1, std::memory_order_relaxed);
        Value saved = take_error();
        Value r = gen_close_impl(g);
        if (!r) write_unraisable("Exception ignored in: ", Value(g));
        decref(r);
        restore_error(saved);
        uint32_t rc = refcount_of(o);
        if (rc > 1) {
            o->refcnt.store(rc - 1, std::memory_order_relaxed);
            return;
        }
    } else if (g->kind == GenKind::Coroutine && g->state == GenState::Created && !g->awaited) {
        Value saved = take_error();
        warn_never_awaited(g);
        restore_error(saved);
    }
    free_frame(g);
    decref(g->name);
    decref(g->qualname);
    decref(g->exc_state.exc_value);
    free_object_memory(o);
}

static void gen_traverse(Object* o, VisitFn visit, void* arg) {
    Generator* g = static_cast<Generator*>(o);
    Frame* f = g->frame;
    if (!f) return;
    for (int32_t i = 0; i < f->code->nlocalsplus(); i++)
        if (f->localsplus[i].is_object()) visit(f->localsplus[i].as_object(), arg);
    for (Value* p = f->stack_base(); p < f->sp; p++)
        if (p->is_object()) visit(p->as_object(), arg);
    if (f->func) visit(f->func, arg);
}

// =============================================================================================
// coroutine.__await__() wrapper

struct CoroWrapper : Object {
    Value coro;   // owned
};

static Value coro_await(Value self) {
    CoroWrapper* w = alloc<CoroWrapper>(&coro_wrapper_type);
    if (!w) return Value{};
    w->coro = newref(self);
    self.as<Generator>()->awaited = true;
    return Value(w);
}

static Value cw_iternext(Value self) { return gen_send_or_stop(self.as<CoroWrapper>()->coro.as<Generator>(), none()); }
static Value cw_send(const Value* args) { return gen_send_or_stop(args[0].as<CoroWrapper>()->coro.as<Generator>(), args[1]); }
static Value cw_throw(const Value* args) {
    Ref e{make_throw_exception(args[1], args[2], args[3])};
    if (!e) return Value{};
    return gen_throw_impl(args[0].as<CoroWrapper>()->coro.as<Generator>(), e.get(), true);
}
static Value cw_close(const Value* args) { return gen_close_impl(args[0].as<CoroWrapper>()->coro.as<Generator>()); }
static void cw_dealloc(Object* o) {
    decref(static_cast<CoroWrapper*>(o)->coro);
    free_object_memory(o);
}

static const NativeDef cw_methods[] = {
    {"send(self, value, /)", cw_send},
    {"throw(self, typ, val=None, tb=None, /)", cw_throw},
    {"close(self, /)", cw_close},
    {nullptr},
};

// =============================================================================================
// Async generators: asend / athrow awaitables

struct WrappedValue : Object {
    Value value;   // owned
};

Value async_gen_wrap(Value v) {
    WrappedValue* w = alloc<WrappedValue>(&async_gen_wrapped_type);
    if (!w) return Value{};
    w->value = newref(v);
    return Value(w);
}

static void wrapped_dealloc(Object* o) {
    decref(static_cast<WrappedValue*>(o)->value);
    free_object_memory(o);
}

enum class AwaitState : uint8_t { Init, Iter, Closed };

struct AsyncGenOp : Object {
    Value gen;        // the async generator (owned)
    Value arg;        // asend: the value to send; athrow: the exception instance (owned, may be null)
    AwaitState state;
    bool is_close;    // athrow for aclose()
};

// Interprets what the async generator's frame produced: a wrapped value ends the awaitable
// (StopIteration(value)); anything else was yielded by an inner await and passes through.
static Value unwrap_agen_result(AsyncGenOp* op, Value r) {
    if (!r) {
        op->state = AwaitState::Closed;
        if (op->is_close && (error_matches(&exc::StopAsyncIteration) || error_matches(&exc::GeneratorExit))) {
            clear_error();
            raise(&exc::StopIteration, nullptr);
        }
        return Value{};
    }
    if (type_of(r) == &async_gen_wrapped_type) {
        op->state = AwaitState::Closed;
        if (op->is_close) {
            decref(r);
            return raise(&exc::RuntimeError, "async generator ignored GeneratorExit");
        }
        Value v = r.as<WrappedValue>()->value;
        raise_stop_iteration(v);
        decref(r);
        return Value{};
    }
    return r;
}

static Value agen_op_send(AsyncGenOp* op, Value v) {
    if (op->state == AwaitState::Closed)
        return raise(&exc::RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    Generator* g = op->gen.as<Generator>();
    Value r;
    if (op->state == AwaitState::Init) {
        op->state = AwaitState::Iter;
        if (type_of(Value(op)) == &async_gen_athrow_type) {
            if (g->state == GenState::Completed) {
                op->state = AwaitState::Closed;
                if (op->is_close) return raise(&exc::StopIteration, nullptr);
                return raise(&exc::StopAsyncIteration, nullptr);
            }
            r = gen_throw_impl(g, op->arg, true);
            return unwrap_agen_result(op, r);
        }
        if (op->arg && (!v || is_none(v))) v = op->arg;
    }
    r = gen_send_or_stop(g, v ? v : none());
    return unwrap_agen_result(op, r);
}

static Value agen_op_iternext(Value self) { return agen_op_send(self.as<AsyncGenOp>(), none()); }
static Value agen_op_send_meth(const Value* args) { return agen_op_send(args[0].as<AsyncGenOp>(), args[1]); }
static Value agen_op_throw_meth(const Value* args) {
    AsyncGenOp* op = args[0].as<AsyncGenOp>();
    if (op->state == AwaitState::Closed)
        return raise(&exc::RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    Ref e{make_throw_exception(args[1], args[2], args[3])};
    if (!e) return Value{};
    op->state = AwaitState::Iter;
    Value r = gen_throw_impl(op->gen.as<Generator>(), e.get(), true);
    return unwrap_agen_result(op, r);
}
static Value agen_op_close_meth(const Value* args) {
    args[0].as<AsyncGenOp>()->state = AwaitState::Closed;
    return newref(none());
}
static Value agen_op_await(Value self) { return newref(self); }
static void agen_op_dealloc(Object* o) {
    AsyncGenOp* op = static_cast<AsyncGenOp*>(o);
    decref(op->gen);
    decref(op->arg);
    free_object_memory(o);
}

static const NativeDef agen_op_methods[] = {
    {"send(self, value, /)", agen_op_send_meth},
    {"throw(self, typ, val=None, tb=None, /)", agen_op_throw_meth},
    {"close(self, /)", agen_op_close_meth},
    {nullptr},
};

static Value new_agen_op(Type* t, Value gen, Value arg, bool is_close) {
    AsyncGenOp* op = alloc<AsyncGenOp>(t);
    if (!op) return Value{};
    op->gen = newref(gen);
    op->arg = newref(arg);
    op->state = AwaitState::Init;
    op->is_close = is_close;
    return Value(op);
}

static Value agen_aiter(Value self) { return newref(self); }
static Value agen_anext(Value self) { return new_agen_op(&async_gen_asend_type, self, Value{}, false); }
static Value agen_asend(const Value* args) { return new_agen_op(&async_gen_asend_type, args[0], args[1], false); }
static Value agen_athrow(const Value* args) {
    Ref e{make_throw_exception(args[1], args[2], args[3])};
    if (!e) return Value{};
    return new_agen_op(&async_gen_athrow_type, args[0], e.get(), false);
}
static Value agen_aclose(const Value* args) {
    Ref e{exception_new(&exc::GeneratorExit, nullptr)};
    if (!e) return Value{};
    return new_agen_op(&async_gen_athrow_type, args[0], e.get(), true);
}

static const NativeDef agen_methods[] = {
    {"asend(self, value, /)", agen_asend},
    {"athrow(self, typ, val=None, tb=None, /)", agen_athrow},
    {"aclose(self, /)", agen_aclose},
    {nullptr},
};

// =============================================================================================

void init_generator_types() {
    init_static_type(&generator_type, "generator", &object_type, sizeof(Generator), kTypeHasGC | kTypeWeakrefable);
    generator_type.iter = gen_iter;
    generator_type.iternext = gen_iternext;
    generator_type.repr = gen_repr;
    generator_type.dealloc = gen_dealloc;
    generator_type.traverse = gen_traverse;
    add_methods(&generator_type, gen_methods);
    add_getsets(&generator_type, gen_getsets);
    finalize_type(&generator_type);

    init_static_type(&coroutine_type, "coroutine", &object_type, sizeof(Generator), kTypeHasGC | kTypeWeakrefable);
    coroutine_type.am_await = coro_await;
    coroutine_type.repr = gen_repr;
    coroutine_type.dealloc = gen_dealloc;
    coroutine_type.traverse = gen_traverse;
    add_methods(&coroutine_type, gen_methods);
    add_getsets(&coroutine_type, coro_getsets);
    finalize_type(&coroutine_type);

    init_static_type(&async_generator_type, "async_generator", &object_type, sizeof(Generator), kTypeHasGC | kTypeWeakrefable);
    async_generator_type.am_aiter = agen_aiter;
    async_generator_type.am_anext = agen_anext;
    async_generator_type.repr = gen_repr;
    async_generator_type.dealloc = gen_dealloc;
    async_generator_type.traverse = gen_traverse;
    add_methods(&async_generator_type, agen_methods);
    add_getsets(&async_generator_type, agen_getsets);
    finalize_type(&async_generator_type);

    init_static_type(&coro_wrapper_type, "coroutine_wrapper", &object_type, sizeof(CoroWrapper), 0);
    coro_wrapper_type.iter = gen_iter;
    coro_wrapper_type.iternext = cw_iternext;
    coro_wrapper_type.dealloc = cw_dealloc;
    add_methods(&coro_wrapper_type, cw_methods);
    finalize_type(&coro_wrapper_type);

    init_static_type(&async_gen_wrapped_type, "async_generator_wrapped_value", &object_type, sizeof(WrappedValue), 0);
    async_gen_wrapped_type.dealloc = wrapped_dealloc;
    finalize_type(&async_gen_wrapped_type);

    for (Type* t : {&async_gen_asend_type, &async_gen_athrow_type}) {
        init_static_type(t, t == &async_gen_asend_type ? "async_generator_asend" : "async_generator_athrow",
                         &object_type, sizeof(AsyncGenOp), 0);
        t->am_await = agen_op_await;
        t->iter = gen_iter;
        t->iternext = agen_op_iternext;
        t->dealloc = agen_op_dealloc;
        add_methods(t, agen_op_methods);
        finalize_type(t);
    }
}

}  // namespace minipy::vm
