// thread.cpp — the `_thread` module: OS threads running Python functions, and the locks that
// `threading` builds everything else on.
//
// One OS thread per Python thread (DESIGN.md decision 6). A new thread gets its own ThreadState,
// takes the GIL, runs the function, and gives the GIL up for good when it ends.
//
// Locks are a mutex + condition variable + "locked" flag. A blocking acquire first tries without
// giving up the GIL; if the lock is taken, it releases the GIL (vm::GilRelease) while it waits, so
// the holder can run and release it. The main thread waits in short slices and checks for Ctrl-C
// in between, so KeyboardInterrupt reaches a program blocked in join() or lock.acquire().
#include <atomic>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <csignal>
#include <mutex>
#include <thread>

#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exception.hpp"
#include "runtime/float.hpp"
#include "runtime/int.hpp"
#include "runtime/native.hpp"
#include "runtime/ops.hpp"
#include "runtime/singletons.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "stdlib/stdlib.hpp"
#include "vm/eval_breaker.hpp"
#include "vm/gil.hpp"
#include "vm/interpreter.hpp"

namespace minipy::vm {
std::string format_exception_text(rt::Value exc);   // traceback.cpp
}

namespace minipy::lib {

using namespace rt;

Type lock_type;
Type rlock_type;

// The largest timeout accepted by acquire(), in seconds (as CPython's _thread.TIMEOUT_MAX).
static constexpr double kTimeoutMax = 9223372036.0;

// =============================================================================================
// The primitive: a lock that can be waited on with the GIL released.

struct RawLock {
    std::mutex m;
    std::condition_variable cv;
    bool locked = false;
};

struct LockObject : Object {
    RawLock* raw;
};

struct RLockObject : Object {
    RawLock* raw;
    // Atomics: other threads read them (is it mine?) while the owner changes them. A thread only
    // ever finds its own ident there if it wrote it, so relaxed reads are enough for the check.
    std::atomic<uint64_t> owner;   // thread ident of the owner, 0 when free
    std::atomic<int64_t> count;
};

static bool try_lock(RawLock* l) {
    std::lock_guard<std::mutex> g(l->m);
    if (l->locked) return false;
    l->locked = true;
    return true;
}

static void unlock(RawLock* l) {
    {
        std::lock_guard<std::mutex> g(l->m);
        l->locked = false;
    }
    l->cv.notify_one();
}

// Waits for the lock. timeout < 0: forever. Returns 1 acquired, 0 timed out, -1 error (a signal
// handler raised). Called with the GIL held; releases it while waiting.
static int acquire_timed(RawLock* l, double timeout) {
    if (try_lock(l)) return 1;
    if (timeout == 0) return 0;
    using clock = std::chrono::steady_clock;
    auto deadline = timeout < 0 ? clock::time_point::max()
                                : clock::now() + std::chrono::duration_cast<clock::duration>(std::chrono::duration<double>(timeout));
    vm::ThreadState* ts = vm::current_vm_thread();
    bool interruptible = ts && ts->is_main;
    for (;;) {
        bool got = false;
        bool signalled = false;
        {
            vm::GilRelease release;
            std::unique_lock<std::mutex> g(l->m);
            for (;;) {
                if (!l->locked) {
                    l->locked = true;
                    got = true;
                    break;
                }
                auto now = clock::now();
                if (now >= deadline) break;
                auto slice = interruptible ? now + std::chrono::milliseconds(20) : deadline;
                l->cv.wait_until(g, slice < deadline ? slice : deadline);
                if (interruptible && (ts->eval_breaker.load(std::memory_order_relaxed) & vm::kBreakSignals)) {
                    if (!l->locked) {
                        l->locked = true;
                        got = true;
                    } else {
                        signalled = true;
                    }
                    break;
                }
            }
        }
        if (got) return 1;
        if (!signalled) return 0;
        if (!vm::handle_eval_breaker(ts)) return -1;   // KeyboardInterrupt
    }
}

static bool parse_acquire_args(Value blocking_v, Value timeout_v, double* timeout) {
    int blocking = truthy(blocking_v);
    if (blocking < 0) return false;
    double t = -1;
    if (!to_double(timeout_v, &t)) return false;
    if (!blocking && t != -1) {
        raise(&exc::ValueError, "can't specify a timeout for a non-blocking call");
        return false;
    }
    if (t < 0 && t != -1) {
        raise(&exc::ValueError, "timeout value must be positive");
        return false;
    }
    if (t > kTimeoutMax) {
        raise(&exc::OverflowError, "timestamp out of range for platform time_t");
        return false;
    }
    *timeout = blocking ? t : 0;
    return true;
}

// =============================================================================================
// _thread.lock

static Value new_lock_object() {
    LockObject* l = alloc<LockObject>(&lock_type);
    if (!l) return Value{};
    l->raw = new RawLock();
    return Value(l);
}

static Value lock_tp_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
    if (nargs || (kwnames && kwnames->size)) return raise(&exc::TypeError, "lock() takes no arguments");
    return new_lock_object();
}

static void lock_dealloc(Object* o) {
    delete static_cast<LockObject*>(o)->raw;
    free_object_memory(o);
}

static Value lock_acquire(const Value* args) {
    double timeout;
    if (!parse_acquire_args(args[1], args[2], &timeout)) return Value{};
    int r = acquire_timed(args[0].as<LockObject>()->raw, timeout);
    if (r < 0) return Value{};
    return newref(bool_value(r));
}

static Value lock_enter(const Value* args) {
    int r = acquire_timed(args[0].as<LockObject>()->raw, -1);
    if (r < 0) return Value{};
    return newref(true_value());
}

static Value lock_release(const Value* args) {
    RawLock* l = args[0].as<LockObject>()->raw;
    {
        std::lock_guard<std::mutex> g(l->m);
        if (!l->locked) return raise(&exc::RuntimeError, "release unlocked lock");
    }
    unlock(l);
    return newref(none());
}

static Value lock_exit(const Value* args) { return lock_release(args); }

static Value lock_locked(const Value* args) {
    RawLock* l = args[0].as<LockObject>()->raw;
    std::lock_guard<std::mutex> g(l->m);
    return newref(bool_value(l->locked));
}

static Value lock_at_fork_reinit(const Value* args) {
    LockObject* l = args[0].as<LockObject>();
    l->raw = new RawLock();   // the old one may be held by a thread that no longer exists
    return newref(none());
}

static Value lock_repr(Value v) {
    RawLock* l = v.as<LockObject>()->raw;
    bool locked;
    {
        std::lock_guard<std::mutex> g(l->m);
        locked = l->locked;
    }
    return str_format("<%s _thread.lock object at %p>", locked ? "locked" : "unlocked", static_cast<void*>(v.as_object()));
}

static const NativeDef lock_methods[] = {
    {"acquire(self, blocking=True, timeout=-1)", lock_acquire},
    {"acquire_lock(self, blocking=True, timeout=-1)", lock_acquire},
    {"release(self, /)", lock_release},
    {"release_lock(self, /)", lock_release},
    {"locked(self, /)", lock_locked},
    {"locked_lock(self, /)", lock_locked},
    {"__enter__(self, /)", lock_enter},
    {"__exit__(self, *args)", lock_exit},
    {"_at_fork_reinit(self, /)", lock_at_fork_reinit},
    {nullptr},
};

// =============================================================================================
// _thread.RLock

static uint64_t current_ident() { return static_cast<uint64_t>(pthread_self()); }

static Value rlock_tp_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
    RLockObject* r = alloc<RLockObject>(type);
    if (!r) return Value{};
    r->raw = new RawLock();
    return Value(r);
}

static void rlock_dealloc(Object* o) {
    delete static_cast<RLockObject*>(o)->raw;
    free_object_memory(o);
}

static Value rlock_acquire(const Value* args) {
    RLockObject* r = args[0].as<RLockObject>();
    double timeout;
    if (!parse_acquire_args(args[1], args[2], &timeout)) return Value{};
    uint64_t me = current_ident();
    if (r->count > 0 && r->owner == me) {
        r->count++;
        return newref(true_value());
    }
    int got = acquire_timed(r->raw, timeout);
    if (got < 0) return Value{};
    if (got) {
        r->owner = me;
        r->count = 1;
    }
    return newref(bool_value(got));
}

static Value rlock_enter(const Value* args) {
    Value a[3] = {args[0], true_value(), Value::small_int(-1)};
    return rlock_acquire(a);
}

static Value rlock_release(const Value* args) {
    RLockObject* r = args[0].as<RLockObject>();
    if (r->count == 0 || r->owner != current_ident()) return raise(&exc::RuntimeError, "cannot release un-acquired lock");
    if (--r->count == 0) {
        r->owner = 0;
        unlock(r->raw);
    }
    return newref(none());
}

static Value rlock_exit(const Value* args) { return rlock_release(args); }

static Value rlock_is_owned(const Value* args) {
    RLockObject* r = args[0].as<RLockObject>();
    return newref(bool_value(r->count > 0 && r->owner == current_ident()));
}

// Condition.wait() support: release completely, returning the state to restore.
static Value rlock_release_save(const Value* args) {
    RLockObject* r = args[0].as<RLockObject>();
    if (r->count == 0) return raise(&exc::RuntimeError, "cannot release un-acquired lock");
    Ref count{int_from_i64(r->count)};
    Ref owner{int_from_u64(r->owner)};
    r->count = 0;
    r->owner = 0;
    unlock(r->raw);
    return tuple_pack({count.get(), owner.get()});
}

static Value rlock_acquire_restore(const Value* args) {
    RLockObject* r = args[0].as<RLockObject>();
    Ref state{sequence_to_tuple(args[1])};
    if (!state || state.as<Tuple>()->size != 2) return raise(&exc::TypeError, "_acquire_restore: bad state");
    int got = acquire_timed(r->raw, -1);
    if (got < 0) return Value{};
    int64_t count;
    if (!int_to_i64(state.as<Tuple>()->items[0], &count)) return Value{};
    r->count = count;
    r->owner = current_ident();
    return newref(none());
}

static Value rlock_recursion_count(const Value* args) {
    RLockObject* r = args[0].as<RLockObject>();
    return int_from_i64(r->owner == current_ident() ? r->count.load() : int64_t{0});
}

static Value rlock_at_fork_reinit(const Value* args) {
    RLockObject* r = args[0].as<RLockObject>();
    r->raw = new RawLock();
    r->owner = 0;
    r->count = 0;
    return newref(none());
}

static Value rlock_repr(Value v) {
    RLockObject* r = v.as<RLockObject>();
    return str_format("<%s %s object owner=%llu count=%lld at %p>", r->count ? "locked" : "unlocked", "_thread.RLock",
                      static_cast<unsigned long long>(r->owner), static_cast<long long>(r->count),
                      static_cast<void*>(v.as_object()));
}

static const NativeDef rlock_methods[] = {
    {"acquire(self, blocking=True, timeout=-1)", rlock_acquire},
    {"release(self, /)", rlock_release},
    {"__enter__(self, /)", rlock_enter},
    {"__exit__(self, *args)", rlock_exit},
    {"_is_owned(self, /)", rlock_is_owned},
    {"_release_save(self, /)", rlock_release_save},
    {"_acquire_restore(self, state, /)", rlock_acquire_restore},
    {"_recursion_count(self, /)", rlock_recursion_count},
    {"_at_fork_reinit(self, /)", rlock_at_fork_reinit},
    {nullptr},
};

// =============================================================================================
// Threads

struct BootState {
    Value func, args, kwargs;   // owned
    vm::Interpreter* interp;
};

static std::atomic<int> g_thread_count{0};

// Sentinel locks (_set_sentinel): released when their thread's state is gone, so join() can wait.
static thread_local std::vector<LockObject*>* t_sentinels = nullptr;

static void thread_main(BootState* boot) {
    vm::Interpreter* interp = boot->interp;
    vm::ThreadState* ts = vm::thread_state_new(interp, false);
    vm::gil_register_thread(ts, "Thread-" + std::to_string(ts->native_id));
    if (interp->gil) interp->gil->take(ts);
    {
        Ref result{call_tuple_dict(boot->func, boot->args.as<Tuple>(), boot->kwargs ? boot->kwargs.as<Dict>() : nullptr)};
        if (!result) {
            if (error_matches(&exc::SystemExit)) clear_error();
            else write_unraisable("Exception ignored in thread started by: ", boot->func);
        }
    }
    decref(boot->func);
    decref(boot->args);
    decref(boot->kwargs);
    delete boot;
    clear_error();
    g_thread_count.fetch_sub(1);
    vm::Gil* gil = interp->gil;
    decref(ts->curexc);
    ts->curexc = Value{};
    decref(ts->exc_base.exc_value);
    ts->exc_base.exc_value = Value{};
    decref(ts->async_exc);
    ts->async_exc = Value{};
    {
        // Remove the state from the interpreter's list: from here on this thread touches no
        // object but its sentinels (not tracked by the cycle collector), so without the GIL a
        // collection may start as soon as join() returns.
        std::lock_guard<std::mutex> lock(interp->threads_mutex);
        auto& v = interp->threads;
        v.erase(std::remove(v.begin(), v.end(), ts), v.end());
        interp->thread_count.store(static_cast<int>(v.size()), std::memory_order_relaxed);
    }
    // Release the sentinels (still holding the GIL: they are Python objects): join() returns.
    if (t_sentinels) {
        for (LockObject* l : *t_sentinels) {
            unlock(l->raw);
            decref(Value(l));
        }
        delete t_sentinels;
        t_sentinels = nullptr;
    }
    if (gil) gil->drop(ts, vm::DropReason::Final);
    t_current_thread = nullptr;
    delete ts;
}

static Value thread_start_new(const Value* args) {
    Value func = args[0], fargs = args[1], kwargs = args[2];
    if (!is_callable(func)) return raise(&exc::TypeError, "first arg must be callable");
    if (!is_tuple(fargs)) return raise(&exc::TypeError, "2nd arg must be a tuple");
    if (kwargs && !is_none(kwargs) && !is_dict(kwargs)) return raise(&exc::TypeError, "optional 3rd arg must be a dictionary");
    auto* boot = new BootState{newref(func), newref(fargs), kwargs && !is_none(kwargs) ? newref(kwargs) : Value{},
                               vm::g_interp};
    g_thread_count.fetch_add(1);
    try {
        std::thread t(thread_main, boot);
        uint64_t ident = static_cast<uint64_t>(t.native_handle());
        t.detach();
        return int_from_u64(ident);
    } catch (const std::system_error&) {
        g_thread_count.fetch_sub(1);
        decref(boot->func);
        decref(boot->args);
        decref(boot->kwargs);
        delete boot;
        return raise(&exc::RuntimeError, "can't start new thread");
    }
}

static Value thread_allocate_lock(const Value*) { return new_lock_object(); }
static Value thread_get_ident(const Value*) { return int_from_u64(current_ident()); }
static Value thread_get_native_id(const Value*) { return int_from_i64(static_cast<int64_t>(syscall(SYS_gettid))); }
static Value thread_count(const Value*) { return int_from_i64(g_thread_count.load()); }

static Value thread_set_sentinel(const Value*) {
    Value l = new_lock_object();
    if (!l) return Value{};
    try_lock(l.as<LockObject>()->raw);
    if (!t_sentinels) t_sentinels = new std::vector<LockObject*>();
    t_sentinels->push_back(newref(l).as<LockObject>());
    return l;
}

static Value thread_interrupt_main(const Value* args) {
    int64_t sig = SIGINT;
    if (args[0] && !index_to_i64(args[0], &sig)) return Value{};
    vm::signal_pending(static_cast<int>(sig));
    return newref(none());
}

static Value thread_exit(const Value*) { return raise(&exc::SystemExit, nullptr); }

// _format_exception(exc_type, exc_value, exc_traceback): the text an uncaught exception prints
// ("Traceback (most recent call last): ..."), for threading.excepthook, which must write it to a
// file of its choosing. The traceback given replaces the exception's own while formatting.
static Value thread_format_exception(const Value* args) {
    Value value = args[1], tb = args[2];
    std::string text;
    if (is_exception_instance(value) && tb && !is_none(tb) && type_of(tb) == &traceback_type) {
        BaseExc* e = value.as<BaseExc>();
        Value saved = e->traceback;
        e->traceback = tb;
        text = vm::format_exception_text(value);
        e->traceback = saved;
    } else {
        text = vm::format_exception_text(value);
    }
    return str_from(text);
}

// minipy extension: the name --gil-stats / --gil-trace show for the calling thread
// (threading.Thread sets it when the thread starts).
static Value thread_set_name(const Value* args) {
    if (!is_str(args[0])) return raise(&exc::TypeError, "name must be str, not %s", type_of(args[0])->tp_name);
    vm::gil_set_thread_name(vm::current_vm_thread(), std::string(str_view(args[0])));
    return newref(none());
}

static Value thread_stack_size(const Value* args) { return int_from_i64(0); }
static Value thread_daemon_threads_allowed(const Value*) { return newref(true_value()); }

static const NativeDef thread_defs[] = {
    {"start_new_thread(function, args, kwargs=None, /)", thread_start_new},
    {"start_new(function, args, kwargs=None, /)", thread_start_new},
    {"allocate_lock()", thread_allocate_lock},
    {"allocate()", thread_allocate_lock},
    {"get_ident()", thread_get_ident},
    {"get_native_id()", thread_get_native_id},
    {"_count()", thread_count},
    {"_set_sentinel()", thread_set_sentinel},
    {"interrupt_main(signum=?, /)", thread_interrupt_main},
    {"exit()", thread_exit},
    {"stack_size(size=0, /)", thread_stack_size},
    {"daemon_threads_allowed()", thread_daemon_threads_allowed},
    {"_format_exception(exc_type, exc_value, exc_traceback, /)", thread_format_exception},
    {"_set_name(name, /)", thread_set_name},
    {nullptr},
};

Module* init_thread_module() {
    static bool types_ready = false;
    if (!types_ready) {
        init_static_type(&lock_type, "_thread.lock", &object_type, sizeof(LockObject), kTypeWeakrefable);
        lock_type.tp_new = lock_tp_new;
        lock_type.dealloc = lock_dealloc;
        lock_type.repr = lock_repr;
        add_methods(&lock_type, lock_methods);
        finalize_type(&lock_type);
        init_static_type(&rlock_type, "_thread.RLock", &object_type, sizeof(RLockObject), kTypeBaseType | kTypeWeakrefable);
        rlock_type.tp_new = rlock_tp_new;
        rlock_type.dealloc = rlock_dealloc;
        rlock_type.repr = rlock_repr;
        add_methods(&rlock_type, rlock_methods);
        finalize_type(&rlock_type);
        types_ready = true;
    }
    Module* m = module_new_cstr("_thread");
    if (!m) return nullptr;
    module_add_functions(m, thread_defs);
    module_add(m, "LockType", Value(&lock_type));
    module_add(m, "lock", Value(&lock_type));
    module_add(m, "RLock", Value(&rlock_type));
    module_add(m, "error", Value(&exc::RuntimeError));
    module_add_owned(m, "TIMEOUT_MAX", float_from(kTimeoutMax));
    return m;
}

}  // namespace minipy::lib
