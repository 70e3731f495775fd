// signal.cpp — the `_signal` module under signal.py: Python-level signal handlers.
//
// A C signal handler may interrupt any thread at any instruction, so it must not touch Python
// objects (or take the GIL, or allocate). As in CPython, it only records the signal:
//
//     C handler (any thread)                       main thread, at its next poll point
//     ----------------------                       -----------------------------------
//     tripped[signum] = 1                          eval loop sees kBreakSignals
//     write signum to the wakeup fd (if set)  -->  vm::check_signals() calls our hook,
//     set kBreakSignals in the main thread's       which calls handler(signum, frame) for
//     eval-breaker word                            every tripped signal, lowest number first
//
// So a Python handler always runs in the main thread, between two bytecodes (or when a blocking
// call there returns EINTR: sleep, lock waits, os.read, select). Handlers are installed without
// SA_RESTART so that a blocking system call is interrupted and the handler can run promptly;
// the calls retry afterwards unless the handler raised (PEP 475). If it raises, the exception
// propagates from wherever the main thread was, like KeyboardInterrupt from Ctrl-C.
//
// Until signal.signal() changes SIGINT, the interpreter's own SIGINT handler (vm/eval_breaker.cpp)
// stays in place and raises KeyboardInterrupt; getsignal(SIGINT) reports default_int_handler,
// which is what that amounts to.
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <sys/time.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <climits>
#include <cmath>
#include <cstring>

#include "runtime/errors.hpp"
#include "runtime/float.hpp"
#include "runtime/int.hpp"
#include "runtime/module.hpp"
#include "runtime/native.hpp"
#include "runtime/ops.hpp"
#include "runtime/set.hpp"
#include "runtime/singletons.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "stdlib/stdlib.hpp"
#include "vm/eval_breaker.hpp"
#include "vm/frame.hpp"
#include "vm/gil.hpp"
#include "vm/interpreter.hpp"

namespace minipy::lib {

using namespace rt;

bool check_signals_from_io();   // fileio.cpp

namespace {

constexpr int kDefault = 0;   // SIG_DFL as Python sees it
constexpr int kIgnore = 1;    // SIG_IGN

// Written by the C handler, read by the main thread.
std::atomic<int> g_tripped[NSIG];
std::atomic<bool> g_any_tripped{false};
std::atomic<int> g_wakeup_fd{-1};
bool g_wakeup_warn = true;

// The Python-level handler of each signal (owned): a callable, or the ints 0/1 for SIG_DFL and
// SIG_IGN; null when the handler was not installed from Python (getsignal() answers None).
// Only the main thread changes them, holding the GIL.
Value g_handlers[NSIG];
Value g_default_int_handler;   // the builtin function object

void wake_main_thread() {
    vm::Interpreter* interp = vm::g_interp;
    if (interp && interp->main_thread)
        interp->main_thread->eval_breaker.fetch_or(vm::kBreakSignals, std::memory_order_relaxed);
}

// The C-level handler: async-signal-safe operations only.
void on_signal(int signum) {
    int saved_errno = errno;
    g_tripped[signum].store(1, std::memory_order_relaxed);
    g_any_tripped.store(true, std::memory_order_release);
    int fd = g_wakeup_fd.load(std::memory_order_relaxed);
    if (fd >= 0) {
        unsigned char byte = static_cast<unsigned char>(signum);
        ssize_t ignored = write(fd, &byte, 1);
        (void)ignored;
    }
    wake_main_thread();
    errno = saved_errno;
}

// vm::check_signals() calls this in the main thread (see the note at the top).
bool run_signal_handlers() {
    if (!g_any_tripped.exchange(false, std::memory_order_acquire)) return true;
    for (int sig = 1; sig < NSIG; sig++) {
        if (!g_tripped[sig].exchange(0, std::memory_order_relaxed)) continue;
        Value h = g_handlers[sig];
        if (!h || is_int(h)) continue;   // SIG_DFL/SIG_IGN set after the signal arrived
        Ref handler = Ref::borrow(h);    // the handler may replace itself
        vm::Frame* f = vm::current_frame();
        Ref frame{f ? vm::frame_object_of(f) : newref(none())};
        if (!frame) return false;
        Ref r{call2(handler.get(), Value::small_int(sig), frame.get())};
        if (!r) {
            // The others stay pending for the next poll point.
            for (int s = sig + 1; s < NSIG; s++)
                if (g_tripped[s].load(std::memory_order_relaxed)) {
                    g_any_tripped.store(true, std::memory_order_release);
                    wake_main_thread();
                    break;
                }
            return false;
        }
    }
    return true;
}

bool signum_arg(Value v, int* out) {
    int64_t n;
    if (!index_to_i64(v, &n, &exc::OverflowError)) return false;
    if (n < 1 || n >= NSIG) {
        raise(&exc::ValueError, "signal number out of range");
        return false;
    }
    *out = static_cast<int>(n);
    return true;
}

// SIG_DFL / SIG_IGN given as ints (or IntEnum members): 0, 1; -1 for anything else.
int special_handler(Value h) {
    if (!is_int(h)) return -1;
    int64_t n;
    if (!int_to_i64(h, &n)) {
        clear_error();
        return -1;
    }
    return n == kDefault || n == kIgnore ? static_cast<int>(n) : -1;
}

bool in_main_thread() {
    vm::ThreadState* ts = vm::current_vm_thread();
    return ts && ts->is_main;
}

Value signal_signal(const Value* args) {
    int sig;
    if (!signum_arg(args[0], &sig)) return Value{};
    Value handler = args[1];
    if (!in_main_thread())
        return raise(&exc::ValueError, "signal only works in main thread of the main interpreter");
    int special = special_handler(handler);
    if (special < 0 && !is_callable(handler))
        return raise(&exc::TypeError, "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
    struct sigaction sa {};
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_ONSTACK;   // no SA_RESTART: see the note at the top
    if (special == kDefault) sa.sa_handler = SIG_DFL;
    else if (special == kIgnore) sa.sa_handler = SIG_IGN;
    else sa.sa_handler = on_signal;
    if (sigaction(sig, &sa, nullptr) < 0) return raise_errno(&exc::OSError, errno);
    Value old = g_handlers[sig];
    g_handlers[sig] = newref(special >= 0 ? Value::small_int(special) : handler);
    return old ? old : newref(none());   // the table's reference passes to the caller
}

Value signal_getsignal(const Value* args) {
    int sig;
    if (!signum_arg(args[0], &sig)) return Value{};
    Value h = g_handlers[sig];
    return newref(h ? h : none());
}

Value signal_default_int_handler(const Value*) { return raise(&exc::KeyboardInterrupt, nullptr); }

Value signal_raise_signal(const Value* args) {
    int64_t sig;
    if (!index_to_i64(args[0], &sig, &exc::OverflowError)) return Value{};
    if (sig < INT_MIN || sig > INT_MAX || ::raise(static_cast<int>(sig)) != 0) return raise_errno(&exc::OSError, errno);
    // Delivered to this thread before raise() returns: run its handler now, as CPython does.
    if (!check_signals_from_io()) return Value{};
    return newref(none());
}

Value signal_strsignal(const Value* args) {
    int sig;
    if (!signum_arg(args[0], &sig)) return Value{};
    const char* s = strsignal(sig);
    if (!s || std::strncmp(s, "Unknown signal", 14) == 0) return newref(none());
    return str_from_cstr(s);
}

Value signal_valid_signals(const Value*) {
    sigset_t all;
    sigfillset(&all);
    Ref s{set_new(Value{})};
    if (!s) return Value{};
    for (int sig = 1; sig < NSIG; sig++)
        if (sigismember(&all, sig) == 1 && set_add(s.get(), Value::small_int(sig)) < 0) return Value{};
    return s.release();
}

Value signal_alarm(const Value* args) {
    int64_t secs;
    if (!index_to_i64(args[0], &secs, &exc::OverflowError)) return Value{};
    return int_from_i64(alarm(static_cast<unsigned>(secs)));
}

Value signal_pause(const Value*) {
    {
        vm::GilRelease release;
        pause();
    }
    if (!check_signals_from_io()) return Value{};
    return newref(none());
}

Value signal_siginterrupt(const Value* args) {
    int sig;
    if (!signum_arg(args[0], &sig)) return Value{};
    int flag = truthy(args[1]);
    if (flag < 0) return Value{};
    struct sigaction sa;
    if (sigaction(sig, nullptr, &sa) < 0) return raise_errno(&exc::OSError, errno);
    if (flag) sa.sa_flags &= ~SA_RESTART;
    else sa.sa_flags |= SA_RESTART;
    if (sigaction(sig, &sa, nullptr) < 0) return raise_errno(&exc::OSError, errno);
    return newref(none());
}

// set_wakeup_fd(fd, *, warn_on_full_buffer=True): the C handler writes the signal number as
// one byte to fd (an event loop selects on it). Returns the previous fd; -1 disables.
Value signal_set_wakeup_fd(const Value* args) {
    int64_t fd;
    if (!index_to_i64(args[0], &fd, &exc::OverflowError)) return Value{};
    if (!in_main_thread())
        return raise(&exc::ValueError, "set_wakeup_fd only works in main thread of the main interpreter");
    if (fd != -1) {
        if (fd < 0 || fd > INT32_MAX) return raise(&exc::ValueError, "fd is out of range");
        int flags = fcntl(static_cast<int>(fd), F_GETFL);
        if (flags < 0) return raise_errno(&exc::OSError, errno);
        if (!(flags & O_NONBLOCK)) return raise(&exc::ValueError, "the fd %d must be in non-blocking mode", static_cast<int>(fd));
    }
    int w = truthy(args[1]);
    if (w < 0) return Value{};
    g_wakeup_warn = w;
    return int_from_i64(g_wakeup_fd.exchange(static_cast<int>(fd)));
}

// --- masks and threads ------------------------------------------------------------------------------

bool sigset_arg(Value iterable, sigset_t* out) {
    sigemptyset(out);
    Ref it{get_iter(iterable)};
    if (!it) return false;
    for (;;) {
        Ref item{iter_next(it.get())};
        if (!item) return !has_error();
        int64_t n;
        if (!index_to_i64(item.get(), &n, &exc::OverflowError)) return false;
        if (n < 1 || n >= NSIG) {
            raise(&exc::ValueError, "signal number %lld out of range [1; %d]", static_cast<long long>(n), NSIG - 1);
            return false;
        }
        sigaddset(out, static_cast<int>(n));
    }
}

Value sigset_to_set(const sigset_t& s) {
    Ref r{set_new(Value{})};
    if (!r) return Value{};
    for (int sig = 1; sig < NSIG; sig++)
        if (sigismember(&s, sig) == 1 && set_add(r.get(), Value::small_int(sig)) < 0) return Value{};
    return r.release();
}

Value signal_pthread_sigmask(const Value* args) {
    int64_t how;
    if (!index_to_i64(args[0], &how, &exc::OverflowError)) return Value{};
    sigset_t mask, old;
    if (!sigset_arg(args[1], &mask)) return Value{};
    int err = pthread_sigmask(static_cast<int>(how), &mask, &old);
    if (err) return raise_errno(&exc::OSError, err);
    // An unblocked signal that was pending is delivered now: run its handler.
    if (!check_signals_from_io()) return Value{};
    return sigset_to_set(old);
}

Value signal_sigpending(const Value*) {
    sigset_t s;
    if (sigpending(&s) < 0) return raise_errno(&exc::OSError, errno);
    return sigset_to_set(s);
}

Value signal_pthread_kill(const Value* args) {
    uint64_t ident = 0;
    {
        mpz_t z;
        mpz_init(z);
        if (!is_int(args[0])) {
            mpz_clear(z);
            return raise(&exc::TypeError, "'%s' object cannot be interpreted as an integer", type_of(args[0])->tp_name);
        }
        int_to_mpz(args[0], z);
        size_t count = 0;
        mpz_export(&ident, &count, -1, sizeof ident, 0, 0, z);
        mpz_clear(z);
    }
    int sig;
    int64_t n;
    if (!index_to_i64(args[1], &n, &exc::OverflowError)) return Value{};
    if (n == 0) sig = 0;
    else if (!signum_arg(args[1], &sig)) return Value{};
    int err = pthread_kill(static_cast<pthread_t>(ident), sig);
    if (err) return raise_errno(&exc::OSError, err);
    if (!check_signals_from_io()) return Value{};
    return newref(none());
}

// --- interval timers --------------------------------------------------------------------------------

double timeval_seconds(const struct timeval& tv) { return static_cast<double>(tv.tv_sec) + tv.tv_usec * 1e-6; }

void seconds_timeval(double d, struct timeval* tv) {
    tv->tv_sec = static_cast<time_t>(std::floor(d));
    tv->tv_usec = static_cast<suseconds_t>(std::round((d - std::floor(d)) * 1e6));
    if (tv->tv_usec >= 1000000) {
        tv->tv_sec++;
        tv->tv_usec -= 1000000;
    }
    if (tv->tv_sec == 0 && tv->tv_usec == 0 && d > 0) tv->tv_usec = 1;   // tiny but not "disarm"
}

Value itimer_result(const struct itimerval& v) {
    Ref a{float_from(timeval_seconds(v.it_value))}, b{float_from(timeval_seconds(v.it_interval))};
    return tuple_pack({a.get(), b.get()});
}

Value signal_setitimer(const Value* args) {
    int64_t which;
    double secs, interval = 0.0;
    if (!index_to_i64(args[0], &which, &exc::OverflowError) || !to_double(args[1], &secs)) return Value{};
    if (args[2] && !to_double(args[2], &interval)) return Value{};
    struct itimerval nv, ov;
    seconds_timeval(secs, &nv.it_value);
    seconds_timeval(interval, &nv.it_interval);
    if (setitimer(static_cast<int>(which), &nv, &ov) < 0) return raise_errno(&exc::OSError, errno);
    return itimer_result(ov);
}

Value signal_getitimer(const Value* args) {
    int64_t which;
    if (!index_to_i64(args[0], &which, &exc::OverflowError)) return Value{};
    struct itimerval v;
    if (getitimer(static_cast<int>(which), &v) < 0) return raise_errno(&exc::OSError, errno);
    return itimer_result(v);
}

const NativeDef signal_defs[] = {
    {"signal(signalnum, handler, /)", signal_signal},
    {"getsignal(signalnum, /)", signal_getsignal},
    {"raise_signal(signalnum, /)", signal_raise_signal},
    {"strsignal(signalnum, /)", signal_strsignal},
    {"valid_signals()", signal_valid_signals},
    {"alarm(seconds, /)", signal_alarm},
    {"pause()", signal_pause},
    {"siginterrupt(signalnum, flag, /)", signal_siginterrupt},
    {"set_wakeup_fd(fd, /, *, warn_on_full_buffer=True)", signal_set_wakeup_fd},
    {"pthread_sigmask(how, mask, /)", signal_pthread_sigmask},
    {"sigpending()", signal_sigpending},
    {"pthread_kill(thread_id, signalnum, /)", signal_pthread_kill},
    {"setitimer(which, seconds, interval=0.0, /)", signal_setitimer},
    {"getitimer(which, /)", signal_getitimer},
    {nullptr},
};

const NativeDef default_int_handler_def[] = {
    {"default_int_handler(signalnum, frame, /)", signal_default_int_handler, nullptr, kNativeFunction,
     "The default handler for SIGINT installed by Python.\n\nIt raises KeyboardInterrupt."},
    {nullptr},
};

struct SignalName {
    const char* name;
    int value;
};

const SignalName kSignals[] = {
    {"SIGHUP", SIGHUP}, {"SIGINT", SIGINT}, {"SIGQUIT", SIGQUIT}, {"SIGILL", SIGILL}, {"SIGTRAP", SIGTRAP},
    {"SIGABRT", SIGABRT}, {"SIGIOT", SIGIOT}, {"SIGBUS", SIGBUS}, {"SIGFPE", SIGFPE}, {"SIGKILL", SIGKILL},
    {"SIGUSR1", SIGUSR1}, {"SIGSEGV", SIGSEGV}, {"SIGUSR2", SIGUSR2}, {"SIGPIPE", SIGPIPE}, {"SIGALRM", SIGALRM},
    {"SIGTERM", SIGTERM}, {"SIGSTKFLT", SIGSTKFLT}, {"SIGCHLD", SIGCHLD}, {"SIGCLD", SIGCHLD}, {"SIGCONT", SIGCONT},
    {"SIGSTOP", SIGSTOP}, {"SIGTSTP", SIGTSTP}, {"SIGTTIN", SIGTTIN}, {"SIGTTOU", SIGTTOU}, {"SIGURG", SIGURG},
    {"SIGXCPU", SIGXCPU}, {"SIGXFSZ", SIGXFSZ}, {"SIGVTALRM", SIGVTALRM}, {"SIGPROF", SIGPROF},
    {"SIGWINCH", SIGWINCH}, {"SIGIO", SIGIO}, {"SIGPOLL", SIGPOLL}, {"SIGPWR", SIGPWR}, {"SIGSYS", SIGSYS},
    {nullptr, 0},
};

}  // namespace

Module* init_signal_module() {
    static bool ready = false;
    Module* m = module_new_cstr("_signal");
    if (!m) return nullptr;
    module_add_functions(m, signal_defs);
    if (!ready) {
        Ref mod_name{str_from("_signal")};
        g_default_int_handler = make_builtin_function(&default_int_handler_def[0], Value(m), mod_name.get());
        if (!g_default_int_handler) return nullptr;
        make_immortal(g_default_int_handler.as_object());
        // What each signal does now: SIG_DFL, SIG_IGN, or (SIGINT) the interpreter's
        // KeyboardInterrupt handler, which is default_int_handler's behaviour.
        for (int sig = 1; sig < NSIG; sig++) {
            struct sigaction sa;
            if (sigaction(sig, nullptr, &sa) < 0) continue;
            if (sig == SIGINT && sa.sa_handler != SIG_DFL && sa.sa_handler != SIG_IGN) g_handlers[sig] = g_default_int_handler;
            else if (sa.sa_handler == SIG_DFL) g_handlers[sig] = Value::small_int(kDefault);
            else if (sa.sa_handler == SIG_IGN) g_handlers[sig] = Value::small_int(kIgnore);
        }
        vm::g_signal_handlers_hook = run_signal_handlers;
        ready = true;
    }
    module_add(m, "default_int_handler", g_default_int_handler);
    module_add_owned(m, "SIG_DFL", Value::small_int(kDefault));
    module_add_owned(m, "SIG_IGN", Value::small_int(kIgnore));
    module_add_owned(m, "NSIG", Value::small_int(NSIG));
    module_add_owned(m, "SIG_BLOCK", Value::small_int(SIG_BLOCK));
    module_add_owned(m, "SIG_UNBLOCK", Value::small_int(SIG_UNBLOCK));
    module_add_owned(m, "SIG_SETMASK", Value::small_int(SIG_SETMASK));
    module_add_owned(m, "ITIMER_REAL", Value::small_int(ITIMER_REAL));
    module_add_owned(m, "ITIMER_VIRTUAL", Value::small_int(ITIMER_VIRTUAL));
    module_add_owned(m, "ITIMER_PROF", Value::small_int(ITIMER_PROF));
    module_add_owned(m, "SIGRTMIN", Value::small_int(SIGRTMIN));
    module_add_owned(m, "SIGRTMAX", Value::small_int(SIGRTMAX));
    for (const SignalName* s = kSignals; s->name; s++) module_add_owned(m, s->name, Value::small_int(s->value));
    return m;
}

}  // namespace minipy::lib
