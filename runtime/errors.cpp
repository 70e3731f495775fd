// errors.cpp — the pending exception of a thread, raising helpers, message formatting, and the
// recursion guard.
#include "errors.hpp"

#include <pthread.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "exception.hpp"
#include "int.hpp"
#include "ops.hpp"
#include "singletons.hpp"
#include "str.hpp"
#include "thread_state.hpp"
#include "tuple.hpp"

namespace minipy::rt {

thread_local ThreadState* t_current_thread = nullptr;
int g_recursion_limit = 1000;
PrintExceptionHook g_print_exception_hook = nullptr;
WarnHook g_warn_hook = nullptr;

// =============================================================================================
// Message formatting

std::string vformat_message(const char* fmt, va_list ap) {
    std::string out;
    for (const char* p = fmt; *p; p++) {
        if (*p != '%') {
            out += *p;
            continue;
        }
        p++;
        // length modifiers
        int longs = 0;
        bool size_t_mod = false;
        while (*p == 'l') { longs++; p++; }
        if (*p == 'z') { size_t_mod = true; p++; }
        char buf[64];
        switch (*p) {
            case '%': out += '%'; break;
            case 's': { const char* s = va_arg(ap, const char*); out += s ? s : "(null)"; break; }
            case 'c': out += static_cast<char>(va_arg(ap, int)); break;
            case 'd':
            case 'i':
                if (size_t_mod) std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(va_arg(ap, int64_t)));
                else if (longs == 1) std::snprintf(buf, sizeof buf, "%ld", va_arg(ap, long));
                else if (longs >= 2) std::snprintf(buf, sizeof buf, "%lld", va_arg(ap, long long));
                else std::snprintf(buf, sizeof buf, "%d", va_arg(ap, int));
                out += buf;
                break;
            case 'u':
                if (size_t_mod) std::snprintf(buf, sizeof buf, "%zu", va_arg(ap, size_t));
                else if (longs == 1) std::snprintf(buf, sizeof buf, "%lu", va_arg(ap, unsigned long));
                else if (longs >= 2) std::snprintf(buf, sizeof buf, "%llu", va_arg(ap, unsigned long long));
                else std::snprintf(buf, sizeof buf, "%u", va_arg(ap, unsigned));
                out += buf;
                break;
            case 'x': std::snprintf(buf, sizeof buf, "%x", va_arg(ap, unsigned)); out += buf; break;
            case 'p': std::snprintf(buf, sizeof buf, "%p", va_arg(ap, void*)); out += buf; break;
            case 'R':
            case 'S': {
                Value v = va_arg(ap, Value);
                Value saved = take_error();   // repr of the operand must not clobber a pending error
                Ref r{*p == 'R' ? repr(v) : to_str(v)};
                if (r) out += str_view(r.get());
                else {
                    clear_error();
                    out += "<object>";
                }
                restore_error(saved);
                break;
            }
            case 'T': { Value v = va_arg(ap, Value); out += type_of(v)->tp_name; break; }
            case 'N': { Type* t = va_arg(ap, Type*); out += t->tp_name; break; }
            case 'U': { const std::string_view* sv = va_arg(ap, const std::string_view*); out.append(*sv); break; }
            default: out += '%'; out += *p; break;
        }
        if (!*p) break;
    }
    return out;
}

std::string format_message(const char* fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    std::string s = vformat_message(fmt, ap);
    va_end(ap);
    return s;
}

// =============================================================================================
// The pending exception

static void set_pending(Value exc) {
    ThreadState* ts = current_thread();
    // Implicit chaining: raising while an exception is being handled records it as __context__.
    Value handled = ts->exc_info ? ts->exc_info->exc_value : Value{};
    if (handled && handled != exc && !is_none(handled)) exception_set_context(exc, handled);
    Value old = ts->curexc;
    ts->curexc = exc;
    decref(old);
}

bool has_error() { return !current_thread()->curexc.is_null(); }

bool error_matches(Type* type) {
    Value e = current_thread()->curexc;
    return e && is_subtype(type_of(e), type);
}

Value take_error() {
    ThreadState* ts = current_thread();
    Value e = ts->curexc;
    ts->curexc = Value{};
    return e;
}

void restore_error(Value exc) {
    ThreadState* ts = current_thread();
    Value old = ts->curexc;
    ts->curexc = exc;
    decref(old);
}

void clear_error() { restore_error(Value{}); }

Value raise(Type* type, const char* fmt, ...) {
    Ref args;
    if (fmt) {
        va_list ap;
        va_start(ap, fmt);
        std::string msg = vformat_message(fmt, ap);
        va_end(ap);
        Ref s{str_from(msg)};
        args = Ref{tuple_pack({s.get()})};
    } else {
        args = Ref{tuple_empty()};
    }
    Value e = exception_new(type, args.as<Tuple>());
    if (!e) return Value{};
    set_pending(e);
    return Value{};
}

Value raise_with_value(Type* type, Value arg) {
    Ref args{tuple_pack({arg})};
    Value e = exception_new(type, args.as<Tuple>());
    if (e) set_pending(e);
    return Value{};
}

Value raise_key_error(Value key) { return raise_with_value(&exc::KeyError, key); }

Value raise_stop_iteration(Value value) {
    if (!value || is_none(value)) return raise(&exc::StopIteration, nullptr);
    return raise_with_value(&exc::StopIteration, value);
}

bool is_exception_instance(Value v) {
    return v.is_object() && type_has_flag(v.as_object()->type, kTypeExceptionSubclass);
}

bool is_exception_class(Value v) {
    return v.is_object() && type_has_flag(type_of(v), kTypeTypeSubclass) &&
           type_has_flag(v.as<Type>(), kTypeExceptionSubclass);
}

Value raise_object(Value exc_or_type) {
    if (is_exception_instance(exc_or_type)) {
        set_pending(newref(exc_or_type));
        return Value{};
    }
    if (is_exception_class(exc_or_type)) {
        Value e = call0(exc_or_type);
        if (!e) return Value{};
        if (!is_exception_instance(e)) {
            Type* t = type_of(e);
            decref(e);
            return raise(&exc::TypeError,
                         "calling %s should have returned an instance of BaseException, not %s",
                         exc_or_type.as<Type>()->tp_name, t->tp_name);
        }
        set_pending(e);
        return Value{};
    }
    return raise(&exc::TypeError, "exceptions must derive from BaseException");
}

Value raise_no_memory() {
    // Preallocating would be safer; allocation failure is practically fatal under mimalloc anyway.
    return raise(&exc::MemoryError, nullptr);
}

static Type* errno_type(int err, Type* fallback) {
    switch (err) {
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
        default: return fallback;
    }
}

Value raise_errno(Type* type, int err, const char* filename) {
    if (type == &exc::OSError) type = errno_type(err, type);
    Ref code{int_from_i64(err)};
    Ref msg{str_from_cstr(std::strerror(err))};
    Ref args;
    if (filename) {
        Ref fn{str_from_cstr(filename)};
        args = Ref{tuple_pack({code.get(), msg.get(), fn.get()})};
    } else {
        args = Ref{tuple_pack({code.get(), msg.get()})};
    }
    Value e = exception_new(type, args.as<Tuple>());
    if (e) set_pending(e);
    return Value{};
}

void print_exception(Value exc) {
    if (g_print_exception_hook) {
        g_print_exception_hook(exc);
        return;
    }
    Ref s{exception_str(exc)};
    std::fprintf(stderr, "%s: %s\n", type_of(exc)->tp_name, s ? std::string(str_view(s.get())).c_str() : "");
}

UnraisableHook g_unraisable_hook = nullptr;

void write_unraisable(const char* prefix, Value obj) {
    Value exc = take_error();
    if (!exc) return;
    if (!g_unraisable_hook || !g_unraisable_hook(exc, prefix, obj)) print_unraisable(exc, prefix, obj);
    decref(exc);
}

void print_unraisable(Value exc_value, const char* prefix, Value obj) {
    Ref exc{newref(exc_value)};
    std::fflush(stdout);
    std::string r = obj ? repr_utf8(obj) : std::string();
    clear_error();
    std::fprintf(stderr, "%s%s\n", prefix, r.c_str());
    std::fflush(stderr);
    // CPython's unraisable hook prints the exception and its traceback only, not its chain.
    if (is_exception_instance(exc.get())) {
        BaseExc* e = exc.as<BaseExc>();
        Value cause = e->cause, context = e->context;
        e->cause = Value{};
        e->context = Value{};
        print_exception(exc.get());
        e->cause = cause;
        e->context = context;
    } else {
        print_exception(exc.get());
    }
    clear_error();
}

int warn(Type* category, const char* fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    std::string msg = vformat_message(fmt, ap);
    va_end(ap);
    if (g_warn_hook) return g_warn_hook(category, msg, Value{});
    std::fprintf(stderr, "%s: %s\n", category->tp_name, msg.c_str());
    return 0;
}

int warn_unawaited_coroutine(Value coro, const char* qualname) {
    std::string msg = std::string("coroutine '") + qualname + "' was never awaited";
    if (g_warn_hook) return g_warn_hook(&exc::RuntimeWarning, msg, coro);
    std::fprintf(stderr, "RuntimeWarning: %s\n", msg.c_str());
    return 0;
}

void fatal_error(const char* fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    std::fflush(stdout);
    std::fprintf(stderr, "Fatal Python error: ");
    std::vfprintf(stderr, fmt, ap);
    std::fprintf(stderr, "\n");
    va_end(ap);
    std::abort();
}

// =============================================================================================
// Recursion guard

void init_stack_limit(ThreadState* ts) {
    pthread_attr_t attr;
    if (pthread_getattr_np(pthread_self(), &attr) != 0) return;
    void* addr = nullptr;
    size_t size = 0;
    if (pthread_attr_getstack(&attr, &addr, &size) == 0 && addr) {
        // Keep a safety margin below which native code may still run (printing the error,
        // destructors). The main thread's reported size can be huge (the rlimit); cap it.
        uintptr_t low = reinterpret_cast<uintptr_t>(addr);
        uintptr_t here = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
        size_t usable = here - low;
#ifdef MINIPY_SANITIZER
        size_t margin = 1024 * 1024;     // sanitizers use much bigger frames
#else
        size_t margin = 256 * 1024;
#endif
        if (usable > margin) ts->c_stack_limit = low + margin;
    }
    pthread_attr_destroy(&attr);
}

bool enter_recursion(const char* where) {
    ThreadState* ts = current_thread();
    int depth = ++ts->recursion_depth;
    uintptr_t sp = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
    bool c_overflow = ts->c_stack_limit && sp < ts->c_stack_limit;
    if (!c_overflow) {
        if (depth <= g_recursion_limit) return true;
        // While a RecursionError propagates, handlers (except blocks, finally, __exit__) get some
        // headroom to run; leave_recursion() ends the grace period once the stack has unwound.
        if (ts->recursion_overflowed && depth <= g_recursion_limit + 50) return true;
    }
    ts->recursion_depth--;
    ts->recursion_overflowed = true;
    raise(&exc::RecursionError, "maximum recursion depth exceeded%s", where ? where : "");
    return false;
}

}  // namespace minipy::rt
