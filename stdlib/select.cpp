// select.cpp — the `select` module: waiting for file descriptors with select(2), poll(2) and
// epoll(7).
//
// Each wait runs with the GIL released (vm::GilRelease), so other threads run while one thread
// waits. A signal interrupts the wait (EINTR): its Python handler runs, and if it did not raise,
// the wait resumes with the time that is left (PEP 475), as CPython does.
#include <sys/epoll.h>
#include <sys/select.h>
#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cmath>
#include <map>
#include <time.h>
#include <vector>

#include "runtime/container_util.hpp"
#include "runtime/errors.hpp"
#include "runtime/float.hpp"
#include "runtime/int.hpp"
#include "runtime/list.hpp"
#include "runtime/module.hpp"
#include "runtime/native.hpp"
#include "runtime/ops.hpp"
#include "runtime/singletons.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "stdlib/stdlib.hpp"
#include "vm/gil.hpp"

namespace minipy::lib {

using namespace rt;

bool check_signals_from_io();   // fileio.cpp

Type poll_type;
Type epoll_type;

namespace {

double monotonic_now() {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<double>(ts.tv_sec) + ts.tv_nsec * 1e-9;
}

// An int, or an object with a fileno() method that returns one (CPython's
// PyObject_AsFileDescriptor). -1 with an exception set on failure.
int fd_of(Value v) {
    Ref num;
    if (is_int(v)) {
        num = Ref::borrow(v);
    } else {
        Ref meth{getattr_or_null(v, intern("fileno"))};
        if (!meth) {
            if (!has_error())
                raise(&exc::TypeError, "argument must be an int, or have a fileno() method.");
            return -1;
        }
        num = Ref{call0(meth.get())};
        if (!num) return -1;
        if (!is_int(num.get())) {
            raise(&exc::TypeError, "fileno() returned a non-integer");
            return -1;
        }
    }
    int64_t fd;
    if (!int_to_i64(num.get(), &fd)) return -1;
    if (fd < 0) {
        raise(&exc::ValueError, "file descriptor cannot be a negative integer (%lld)", static_cast<long long>(fd));
        return -1;
    }
    if (fd > INT_MAX) {
        raise(&exc::OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    return static_cast<int>(fd);
}

// A timeout in seconds: None (wait forever, *forever = true) or a non-negative number.
bool timeout_seconds(Value v, double* out, bool* forever) {
    *forever = false;
    if (!v || is_none(v)) {
        *forever = true;
        return true;
    }
    if (!is_int(v) && !is_float(v)) {
        raise(&exc::TypeError, "timeout must be a float or None");
        return false;
    }
    if (!to_double(v, out)) return false;
    if (std::isnan(*out)) {
        raise(&exc::ValueError, "Invalid value NaN (not a number)");
        return false;
    }
    return true;
}

// --- select() ----------------------------------------------------------------------------------

struct Watched {
    Value obj;   // borrowed from the caller's list (kept alive by `items`)
    int fd;
};

bool collect_fds(Value seq, OwnedValues& items, std::vector<Watched>* out, fd_set* set, int* maxfd) {
    if (!collect_items_or(seq, items, "arguments 1-3 must be sequences")) return false;
    for (int64_t i = 0; i < items.size(); i++) {
        int fd = fd_of(items[i]);
        if (fd < 0) return false;
        if (fd >= FD_SETSIZE) {
            raise(&exc::ValueError, "filedescriptor out of range in select()");
            return false;
        }
        out->push_back({items[i], fd});
        FD_SET(fd, set);
        if (fd > *maxfd) *maxfd = fd;
    }
    return true;
}

Value ready_list(const std::vector<Watched>& watched, const fd_set& set) {
    Ref list{list_new()};
    if (!list) return Value{};
    for (const Watched& w : watched)
        if (FD_ISSET(w.fd, &set) && !list_append(list.get(), w.obj)) return Value{};
    return list.release();
}

Value select_select(const Value* args) {
    double timeout = 0;
    bool forever;
    if (!timeout_seconds(args[3], &timeout, &forever)) return Value{};
    if (!forever && timeout < 0) return raise(&exc::ValueError, "timeout must be non-negative");
    OwnedValues ritems, witems, xitems;
    std::vector<Watched> rw, ww, xw;
    fd_set rset, wset, xset;
    FD_ZERO(&rset);
    FD_ZERO(&wset);
    FD_ZERO(&xset);
    int maxfd = -1;
    if (!collect_fds(args[0], ritems, &rw, &rset, &maxfd) || !collect_fds(args[1], witems, &ww, &wset, &maxfd) ||
        !collect_fds(args[2], xitems, &xw, &xset, &maxfd))
        return Value{};
    double deadline = forever ? 0 : monotonic_now() + timeout;
    for (;;) {
        fd_set r = rset, w = wset, x = xset;
        struct timeval tv;
        struct timeval* tvp = nullptr;
        if (!forever) {
            double left = deadline - monotonic_now();
            if (left < 0) left = 0;
            tv.tv_sec = static_cast<time_t>(left);
            tv.tv_usec = static_cast<suseconds_t>(std::ceil((left - static_cast<double>(tv.tv_sec)) * 1e6));
            if (tv.tv_usec >= 1000000) {
                tv.tv_sec++;
                tv.tv_usec -= 1000000;
            }
            tvp = &tv;
        }
        int n, err;
        {
            vm::GilRelease release;
            n = select(maxfd + 1, &r, &w, &x, tvp);
            err = errno;
        }
        if (n >= 0) {
            Ref a{ready_list(rw, r)}, b{ready_list(ww, w)}, c{ready_list(xw, x)};
            if (!a || !b || !c) return Value{};
            return tuple_pack({a.get(), b.get(), c.get()});
        }
        if (err != EINTR) return raise_errno(&exc::OSError, err);
        if (!check_signals_from_io()) return Value{};
    }
}

// --- poll objects ------------------------------------------------------------------------------------

struct PollObject : Object {
    std::map<int, short>* fds;   // registered descriptors and their event masks
    bool running;                // a poll() is waiting (with the GIL released)
};

Value poll_new_object(const Value*) {
    PollObject* p = alloc<PollObject>(&poll_type);
    if (!p) return raise_no_memory();
    p->fds = new std::map<int, short>();
    return Value(p);
}

void poll_dealloc(Object* o) {
    delete static_cast<PollObject*>(o)->fds;
    free_object_memory(o);
}

bool eventmask_arg(Value v, short* out) {
    int64_t m;
    if (!index_to_i64(v, &m, &exc::OverflowError)) return false;
    if (m < 0 || m > 0xffff) {
        raise(&exc::OverflowError, m < 0 ? "unsigned short is less than minimum" : "unsigned short is greater than maximum");
        return false;
    }
    *out = static_cast<short>(m);
    return true;
}

Value poll_register(const Value* args) {
    PollObject* p = args[0].as<PollObject>();
    int fd = fd_of(args[1]);
    if (fd < 0) return Value{};
    short mask = POLLIN | POLLPRI | POLLOUT;
    if (args[2] && !eventmask_arg(args[2], &mask)) return Value{};
    ObjectLock lock(p);
    (*p->fds)[fd] = mask;
    return newref(none());
}

Value poll_modify(const Value* args) {
    PollObject* p = args[0].as<PollObject>();
    int fd = fd_of(args[1]);
    if (fd < 0) return Value{};
    short mask;
    if (!eventmask_arg(args[2], &mask)) return Value{};
    ObjectLock lock(p);
    auto it = p->fds->find(fd);
    if (it == p->fds->end()) return raise_errno(&exc::OSError, ENOENT);
    it->second = mask;
    return newref(none());
}

Value poll_unregister(const Value* args) {
    PollObject* p = args[0].as<PollObject>();
    int fd = fd_of(args[1]);
    if (fd < 0) return Value{};
    ObjectLock lock(p);
    if (p->fds->erase(fd) == 0) {
        Ref key{int_from_i64(fd)};
        return raise_key_error(key.get());
    }
    return newref(none());
}

// poll(timeout=None): timeout in milliseconds; None or negative waits forever.
Value poll_poll(const Value* args) {
    PollObject* p = args[0].as<PollObject>();
    double timeout_ms = -1;
    Value t = args[1];
    if (t && !is_none(t)) {
        if (!is_int(t) && !is_float(t)) return raise(&exc::TypeError, "timeout must be an integer or None");
        if (!to_double(t, &timeout_ms)) return Value{};
        timeout_ms = std::ceil(timeout_ms);
    }
    std::vector<struct pollfd> pfds;
    {
        ObjectLock lock(p);
        if (p->running) return raise(&exc::RuntimeError, "concurrent poll() invocation");
        for (auto& [fd, events] : *p->fds) pfds.push_back({fd, events, 0});
        p->running = true;
    }
    bool forever = timeout_ms < 0;
    double deadline = monotonic_now() + timeout_ms / 1000.0;
    int n, err;
    for (;;) {
        int wait_ms = -1;
        if (!forever) {
            double left = (deadline - monotonic_now()) * 1000.0;
            wait_ms = left <= 0 ? 0 : left > INT_MAX ? INT_MAX : static_cast<int>(std::ceil(left));
        }
        {
            vm::GilRelease release;
            n = ::poll(pfds.data(), pfds.size(), wait_ms);
            err = errno;
        }
        if (n >= 0 || err != EINTR) break;
        if (!check_signals_from_io()) {
            ObjectLock lock(p);
            p->running = false;
            return Value{};
        }
    }
    {
        ObjectLock lock(p);
        p->running = false;
    }
    if (n < 0) return raise_errno(&exc::OSError, err);
    Ref list{list_new()};
    if (!list) return Value{};
    for (const struct pollfd& pf : pfds) {
        if (!pf.revents) continue;
        Ref fd{int_from_i64(pf.fd)};
        Ref item{tuple_pack({fd.get(), Value::small_int(static_cast<unsigned short>(pf.revents))})};
        if (!item || !list_append(list.get(), item.get())) return Value{};
    }
    return list.release();
}

const NativeDef poll_methods[] = {
    {"register(self, fd, eventmask=?, /)", poll_register, nullptr, 0, "Register a file descriptor with the polling object."},
    {"modify(self, fd, eventmask, /)", poll_modify, nullptr, 0, "Modify an already registered file descriptor."},
    {"unregister(self, fd, /)", poll_unregister, nullptr, 0, "Remove a file descriptor being tracked by the polling object."},
    {"poll(self, timeout=None, /)", poll_poll, nullptr, 0, "Polls the set of registered file descriptors."},
    {nullptr},
};

// --- epoll objects --------------------------------------------------------------------------------

struct EpollObject : Object {
    int epfd;   // -1 once closed
};

bool epoll_open(EpollObject* e) {
    if (e->epfd < 0) {
        raise(&exc::ValueError, "I/O operation on closed epoll object");
        return false;
    }
    return true;
}

Value epoll_tp_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
    static const ArgSpec* spec = parse_signature("epoll(sizehint=-1, flags=0)", false);
    Value bound[2];
    Ref holder[2];
    if (!bind_args(*spec, args, nargs, kwnames, bound, holder)) return Value{};
    int64_t sizehint;
    if (!index_to_i64(bound[0], &sizehint, &exc::OverflowError)) return Value{};
    if (sizehint == 0 || sizehint < -1) return raise(&exc::ValueError, "negative sizehint");
    int fd = epoll_create1(EPOLL_CLOEXEC);
    if (fd < 0) return raise_errno(&exc::OSError, errno);
    EpollObject* e = alloc<EpollObject>(type);
    if (!e) {
        close(fd);
        return raise_no_memory();
    }
    e->epfd = fd;
    return Value(e);
}

void epoll_dealloc(Object* o) {
    EpollObject* e = static_cast<EpollObject*>(o);
    if (e->epfd >= 0) close(e->epfd);
    free_object_memory(o);
}

Value epoll_ctl_impl(const Value* args, int op, bool has_mask) {
    EpollObject* e = args[0].as<EpollObject>();
    if (!epoll_open(e)) return Value{};
    int fd = fd_of(args[1]);
    if (fd < 0) return Value{};
    struct epoll_event ev {};
    ev.data.fd = fd;
    if (has_mask) {
        int64_t mask = EPOLLIN | EPOLLPRI | EPOLLOUT;
        if (args[2] && !index_to_i64(args[2], &mask, &exc::OverflowError)) return Value{};
        ev.events = static_cast<uint32_t>(mask);
    }
    if (epoll_ctl(e->epfd, op, fd, &ev) < 0) return raise_errno(&exc::OSError, errno);
    return newref(none());
}

Value epoll_register(const Value* args) { return epoll_ctl_impl(args, EPOLL_CTL_ADD, true); }
Value epoll_modify(const Value* args) { return epoll_ctl_impl(args, EPOLL_CTL_MOD, true); }
Value epoll_unregister(const Value* args) { return epoll_ctl_impl(args, EPOLL_CTL_DEL, false); }

// poll(timeout=None, maxevents=-1): timeout in seconds; None or negative waits forever.
Value epoll_poll(const Value* args) {
    EpollObject* e = args[0].as<EpollObject>();
    if (!epoll_open(e)) return Value{};
    double timeout = -1;
    bool forever = true;
    if (args[1] && !is_none(args[1])) {
        if (!is_int(args[1]) && !is_float(args[1])) return raise(&exc::TypeError, "timeout must be an integer or None");
        if (!to_double(args[1], &timeout)) return Value{};
        forever = timeout < 0;
    }
    int64_t maxevents;
    if (!index_to_i64(args[2], &maxevents, &exc::OverflowError)) return Value{};
    if (maxevents == -1) maxevents = FD_SETSIZE - 1;
    else if (maxevents < 1) return raise(&exc::ValueError, "maxevents must be greater than 0, got %lld", static_cast<long long>(maxevents));
    std::vector<struct epoll_event> events(static_cast<size_t>(maxevents));
    double deadline = monotonic_now() + (forever ? 0 : timeout);
    int n, err;
    for (;;) {
        int wait_ms = -1;
        if (!forever) {
            double left = (deadline - monotonic_now()) * 1000.0;
            wait_ms = left <= 0 ? 0 : left > INT_MAX ? INT_MAX : static_cast<int>(std::ceil(left));
        }
        int epfd = e->epfd;
        {
            vm::GilRelease release;
            n = epoll_wait(epfd, events.data(), static_cast<int>(maxevents), wait_ms);
            err = errno;
        }
        if (n >= 0 || err != EINTR) break;
        if (!check_signals_from_io()) return Value{};
    }
    if (n < 0) return raise_errno(&exc::OSError, err);
    Ref list{list_new()};
    if (!list) return Value{};
    for (int i = 0; i < n; i++) {
        Ref fd{int_from_i64(events[i].data.fd)}, ev{int_from_u64(events[i].events)};
        Ref item{tuple_pack({fd.get(), ev.get()})};
        if (!item || !list_append(list.get(), item.get())) return Value{};
    }
    return list.release();
}

Value epoll_close(const Value* args) {
    EpollObject* e = args[0].as<EpollObject>();
    if (e->epfd >= 0) {
        int fd = e->epfd;
        e->epfd = -1;
        if (close(fd) < 0) return raise_errno(&exc::OSError, errno);
    }
    return newref(none());
}

Value epoll_fileno(const Value* args) {
    EpollObject* e = args[0].as<EpollObject>();
    if (!epoll_open(e)) return Value{};
    return int_from_i64(e->epfd);
}

Value epoll_fromfd(const Value* args) {
    int64_t fd;
    if (!index_to_i64(args[1], &fd, &exc::OverflowError)) return Value{};
    Type* type = args[0].as<Type>();
    EpollObject* e = alloc<EpollObject>(type);
    if (!e) return raise_no_memory();
    e->epfd = static_cast<int>(fd);
    return Value(e);
}

Value epoll_enter(const Value* args) {
    if (!epoll_open(args[0].as<EpollObject>())) return Value{};
    return newref(args[0]);
}

Value epoll_exit(const Value* args) { return epoll_close(args); }

Value epoll_closed_get(Value self) { return bool_value(self.as<EpollObject>()->epfd < 0); }

const NativeDef epoll_methods[] = {
    {"register(self, fd, eventmask=?)", epoll_register, nullptr, 0, "Registers a new fd or raises an OSError if the fd is already registered."},
    {"modify(self, fd, eventmask)", epoll_modify, nullptr, 0, "Modify event mask for a registered file descriptor."},
    {"unregister(self, fd)", epoll_unregister, nullptr, 0, "Remove a registered file descriptor from the epoll object."},
    {"poll(self, timeout=None, maxevents=-1)", epoll_poll, nullptr, 0, "Wait for events on the epoll file descriptor."},
    {"close(self, /)", epoll_close, nullptr, 0, "Close the epoll control file descriptor."},
    {"fileno(self, /)", epoll_fileno, nullptr, 0, "Return the epoll control file descriptor."},
    {"fromfd(cls, fd, /)", epoll_fromfd, nullptr, kNativeClassMethod, "Create an epoll object from a given control fd."},
    {"__enter__(self, /)", epoll_enter},
    {"__exit__(self, exc_type=None, exc_value=None, exc_tb=None, /)", epoll_exit},
    {nullptr},
};

const GetSetDef epoll_getsets[] = {
    {"closed", epoll_closed_get, nullptr, "True if the epoll handler is closed"},
    {nullptr},
};

const NativeDef select_defs[] = {
    {"select(rlist, wlist, xlist, timeout=None, /)", select_select},
    {"poll()", poll_new_object},
    {nullptr},
};

struct IntConstant {
    const char* name;
    long value;
};

const IntConstant select_constants[] = {
    {"POLLIN", POLLIN}, {"POLLPRI", POLLPRI}, {"POLLOUT", POLLOUT}, {"POLLERR", POLLERR}, {"POLLHUP", POLLHUP},
    {"POLLNVAL", POLLNVAL}, {"POLLRDNORM", POLLRDNORM}, {"POLLRDBAND", POLLRDBAND}, {"POLLWRNORM", POLLWRNORM},
    {"POLLWRBAND", POLLWRBAND}, {"POLLMSG", POLLMSG}, {"POLLRDHUP", POLLRDHUP},
    {"EPOLLIN", EPOLLIN}, {"EPOLLOUT", EPOLLOUT}, {"EPOLLPRI", EPOLLPRI}, {"EPOLLERR", EPOLLERR},
    {"EPOLLHUP", EPOLLHUP}, {"EPOLLET", static_cast<long>(static_cast<unsigned>(EPOLLET))},
    {"EPOLLONESHOT", EPOLLONESHOT}, {"EPOLLEXCLUSIVE", EPOLLEXCLUSIVE}, {"EPOLLRDHUP", EPOLLRDHUP},
    {"EPOLLRDNORM", EPOLLRDNORM}, {"EPOLLRDBAND", EPOLLRDBAND}, {"EPOLLWRNORM", EPOLLWRNORM},
    {"EPOLLWRBAND", EPOLLWRBAND}, {"EPOLLMSG", EPOLLMSG}, {"EPOLL_CLOEXEC", EPOLL_CLOEXEC},
    {"PIPE_BUF", PIPE_BUF},
    {nullptr, 0},
};

}  // namespace

Module* init_select_module() {
    static bool ready = false;
    if (!ready) {
        init_static_type(&poll_type, "select.poll", &object_type, sizeof(PollObject), 0);
        poll_type.dealloc = poll_dealloc;
        add_methods(&poll_type, poll_methods);
        finalize_type(&poll_type);

        init_static_type(&epoll_type, "select.epoll", &object_type, sizeof(EpollObject), kTypeBaseType);
        epoll_type.doc = "select.epoll(sizehint=-1, flags=0)\n\nReturns an epolling object.";
        epoll_type.tp_new = epoll_tp_new;
        epoll_type.dealloc = epoll_dealloc;
        add_methods(&epoll_type, epoll_methods);
        add_getsets(&epoll_type, epoll_getsets);
        finalize_type(&epoll_type);
        ready = true;
    }
    Module* m = module_new_cstr("select");
    if (!m) return nullptr;
    module_add_functions(m, select_defs);
    module_add(m, "epoll", Value(&epoll_type));
    module_add(m, "error", Value(&exc::OSError));
    for (const IntConstant* c = select_constants; c->name; c++) module_add_owned(m, c->name, int_from_i64(c->value));
    return m;
}

}  // namespace minipy::lib
