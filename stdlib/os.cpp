// os.cpp — the `posix` module (named as in CPython): the POSIX system calls under `os` (stdlib/lib/os.py) and `os.path`
// (stdlib/lib/posixpath.py), as CPython's `posix` module is under its os.py.
//
// Conventions, as CPython:
//   * A path argument is a str, bytes, or an os.PathLike (its __fspath__()); some calls also
//     take an open file descriptor (an int). str paths are encoded to UTF-8 with the
//     "surrogateescape" handler, and names coming back are decoded the same way, so any byte
//     string the file system holds survives a round trip; bytes in give bytes out.
//   * A failing call raises the OSError subclass of its errno with the path in the message:
//     FileNotFoundError: [Errno 2] No such file or directory: 'x'  (rename: 'a' -> 'b').
//   * File descriptors the module creates (open, pipe, dup) are non-inheritable (PEP 446).
//   * Calls that can block (read, write, open, close, waitpid, system, fsync) release the GIL
//     around the system call (vm::GilRelease), and retry after EINTR once the signal handlers
//     have run (PEP 475), unless a handler raised. read() and write() go through vm::io_call, so
//     under the Priority GIL policy a call that would not block keeps the GIL.
//   * fork() flushes sys.stdout and sys.stderr first, runs the register_at_fork() hooks, and in
//     the child makes the forking thread the only (and main) thread, with a fresh GIL that it
//     holds; then threading._after_fork() repairs threading's bookkeeping.
#include <dirent.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <new>
#include <string>
#include <thread>
#include <vector>

#include "runtime/bytes.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exception.hpp"
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
#include "vm/eval_breaker.hpp"
#include "vm/gil.hpp"
#include "vm/interpreter.hpp"

extern char** environ;

namespace minipy::lib {

using namespace rt;

bool check_signals_from_io();   // fileio.cpp

Type stat_result_type;

namespace {

// =============================================================================================
// Paths and errors

struct PathArg {
    std::string bytes;       // the encoded path (no NUL inside)
    Ref object;              // the str or bytes the caller gave (after __fspath__), for messages
    bool is_bytes = false;
    int fd = -1;             // an int argument, where the call accepts descriptors
    bool is_fd() const { return fd >= 0; }
};

// Text of a str for the OS: UTF-8 with surrogateescape (lone surrogates U+DC80..U+DCFF become
// the raw bytes they stand for).
bool encode_os_text(Value s, std::string* out) {
    Ref b{str_encode(s, "utf-8", "surrogateescape")};
    if (!b) return false;
    *out = std::string(b.as<Bytes>()->view());
    return true;
}

Value decode_os_text(std::string_view s) { return str_decode(s, "utf-8", "surrogateescape"); }

// A name or path coming back from the OS, as bytes when the caller passed bytes.
Value os_text(std::string_view s, bool as_bytes) { return as_bytes ? bytes_from(s) : decode_os_text(s); }

// os.fspath(v): str and bytes as they are, else type(v).__fspath__(v). Null without an error
// when v is none of these (the caller raises its own message).
Value fspath_or_null(Value v) {
    if (is_str(v) || is_bytes(v)) return newref(v);
    Value meth = type_lookup(type_of(v), intern("__fspath__"));
    if (!meth) return Value{};
    Ref r{call1(meth, v)};
    if (!r) return Value{};
    if (!is_str(r.get()) && !is_bytes(r.get()))
        return raise(&exc::TypeError, "expected %s.__fspath__() to return str or bytes, not %s", type_of(v)->tp_name,
                     type_of(r.get())->tp_name);
    return r.release();
}

bool path_arg(const char* func, Value v, PathArg* out, bool allow_fd = false, bool allow_none = false) {
    if (allow_fd && is_int(v) && !is_bool(v)) {
        int64_t fd;
        if (!int_to_i64(v, &fd)) return false;
        if (fd < 0 || fd > INT_MAX) {
            raise(&exc::ValueError, "fd is out of range");   // never a valid descriptor
            return false;
        }
        out->fd = static_cast<int>(fd);
        return true;
    }
    if (allow_none && is_none(v)) {
        out->bytes = ".";
        out->object = Ref{str_from(".")};
        return true;
    }
    Ref p{fspath_or_null(v)};
    if (!p) {
        if (has_error()) return false;
        const char* kinds = allow_fd ? (allow_none ? "string, bytes, os.PathLike, integer or None"
                                                   : "string, bytes, os.PathLike or integer")
                                     : (allow_none ? "string, bytes, os.PathLike or None" : "string, bytes or os.PathLike");
        raise(&exc::TypeError, "%s: path should be %s, not %s", func, kinds, type_of(v)->tp_name);
        return false;
    }
    if (is_bytes(p.get())) {
        out->bytes = std::string(p.as<Bytes>()->view());
        out->is_bytes = true;
    } else if (!encode_os_text(p.get(), &out->bytes)) {
        return false;
    }
    if (out->bytes.find('\0') != std::string::npos) {
        raise(&exc::ValueError, "embedded null byte");
        return false;
    }
    out->object = std::move(p);
    return true;
}

// Raises the OSError subclass for `err` with up to two file names (borrowed; null: none).
Value os_error(int err, Value filename = Value{}, Value filename2 = Value{}) {
    raise_errno(&exc::OSError, err);   // picks the subclass for err
    if (!filename) return Value{};
    Ref plain{take_error()};
    Type* t = type_of(plain.get());
    Ref code{int_from_i64(err)};
    Ref msg{str_from_cstr(std::strerror(err))};
    Ref args;
    if (filename2) args = Ref{tuple_pack({code.get(), msg.get(), filename, none(), filename2})};
    else args = Ref{tuple_pack({code.get(), msg.get(), filename})};
    if (!args) return Value{};
    Ref e{exception_new(t, args.as<Tuple>())};
    if (e) restore_error(e.release());
    return Value{};
}

Value path_error(int err, const PathArg& p) { return os_error(err, p.is_fd() ? Value{} : p.object.get()); }

// After EINTR: run the signal handlers; false when one raised.
bool eintr_retry() { return check_signals_from_io(); }

bool int_arg(Value v, int* out) {
    int64_t x;
    if (!index_to_i64(v, &x, &exc::OverflowError)) return false;
    if (x < INT_MIN || x > INT_MAX) {
        raise(&exc::OverflowError, x > 0 ? "signed integer is greater than maximum" : "signed integer is less than minimum");
        return false;
    }
    *out = static_cast<int>(x);
    return true;
}

bool fd_arg(Value v, int* out) {
    if (is_float(v)) {
        raise(&exc::TypeError, "'float' object cannot be interpreted as an integer");
        return false;
    }
    return int_arg(v, out);
}

// A dir_fd argument: None means the current directory (AT_FDCWD); paths given relative to an
// open directory use the *at() system calls.
bool dir_fd_arg(Value v, int* out) {
    if (!v || is_none(v)) {
        *out = AT_FDCWD;
        return true;
    }
    return fd_arg(v, out);
}

bool flag_arg(Value v, bool* out) {
    int t = truthy(v);
    if (t < 0) return false;
    *out = t == 1;
    return true;
}

Value none_result(int r, int err) {
    if (r < 0) return os_error(err);
    return newref(none());
}

// =============================================================================================
// Process information and the environment

Value os_getpid(const Value*) { return int_from_i64(getpid()); }
Value os_getppid(const Value*) { return int_from_i64(getppid()); }
Value os_getuid(const Value*) { return int_from_i64(getuid()); }
Value os_geteuid(const Value*) { return int_from_i64(geteuid()); }
Value os_getgid(const Value*) { return int_from_i64(getgid()); }
Value os_getegid(const Value*) { return int_from_i64(getegid()); }
Value os_getpgrp(const Value*) { return int_from_i64(getpgrp()); }

Value os_getpgid(const Value* args) {
    int pid;
    if (!int_arg(args[0], &pid)) return Value{};
    pid_t r = getpgid(pid);
    if (r < 0) return os_error(errno);
    return int_from_i64(r);
}

Value os_setsid(const Value*) {
    if (setsid() < 0) return os_error(errno);
    return newref(none());
}

Value os_umask(const Value* args) {
    int mask;
    if (!int_arg(args[0], &mask)) return Value{};
    return int_from_i64(umask(static_cast<mode_t>(mask)));
}

Value os_cpu_count(const Value*) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    if (n < 1) return newref(none());
    return int_from_i64(n);
}

Value os_getloadavg(const Value*) {
    double avg[3];
    if (getloadavg(avg, 3) != 3) return raise(&exc::OSError, "Load averages are unobtainable");
    Ref a{float_from(avg[0])}, b{float_from(avg[1])}, c{float_from(avg[2])};
    return tuple_pack({a.get(), b.get(), c.get()});
}

Value os_strerror(const Value* args) {
    int code;
    if (!int_arg(args[0], &code)) return Value{};
    return str_from_cstr(std::strerror(code));
}

Value os_uname(const Value*) {
    struct utsname u;
    if (uname(&u) < 0) return os_error(errno);
    Ref a{decode_os_text(u.sysname)}, b{decode_os_text(u.nodename)}, c{decode_os_text(u.release)},
        d{decode_os_text(u.version)}, e{decode_os_text(u.machine)};
    if (!a || !b || !c || !d || !e) return Value{};
    return tuple_pack({a.get(), b.get(), c.get(), d.get(), e.get()});
}

// The process environment as a dict of str (os.environ is built from it once).
Value os_environ_dict(const Value*) {
    Ref d{Value(dict_new())};
    if (!d) return Value{};
    for (char** e = environ; e && *e; e++) {
        const char* eq = std::strchr(*e, '=');
        if (!eq) continue;
        Ref k{decode_os_text(std::string_view(*e, static_cast<size_t>(eq - *e)))};
        Ref v{decode_os_text(eq + 1)};
        if (!k || !v) return Value{};
        if (dict_contains(d.as<Dict>(), k.get()) == 1) continue;   // the first one wins, as getenv
        if (dict_set_item(d.as<Dict>(), k.get(), v.get()) < 0) return Value{};
    }
    return d.release();
}

// A name or value of putenv/unsetenv: str, bytes or os.PathLike, encoded, without NUL.
bool env_text(Value v, std::string* out) {
    Ref p{fspath_or_null(v)};
    if (!p) {
        if (!has_error()) raise(&exc::TypeError, "expected str, bytes or os.PathLike object, not %s", type_of(v)->tp_name);
        return false;
    }
    if (is_bytes(p.get())) *out = std::string(p.as<Bytes>()->view());
    else if (!encode_os_text(p.get(), out)) return false;
    if (out->find('\0') != std::string::npos) {
        raise(&exc::ValueError, "embedded null byte");
        return false;
    }
    return true;
}

Value os_putenv(const Value* args) {
    std::string name, value;
    if (!env_text(args[0], &name) || !env_text(args[1], &value)) return Value{};
    if (name.find('=') != std::string::npos) return raise(&exc::ValueError, "illegal environment variable name");
    if (setenv(name.c_str(), value.c_str(), 1) < 0) return os_error(errno);   // EINVAL for ''
    return newref(none());
}

Value os_unsetenv(const Value* args) {
    std::string name;
    if (!env_text(args[0], &name)) return Value{};
    if (unsetenv(name.c_str()) < 0) return os_error(errno);   // EINVAL for '' and 'a=b'
    return newref(none());
}

Value os_urandom(const Value* args) {
    int64_t n;
    if (!index_to_i64(args[0], &n, &exc::OverflowError)) return Value{};
    if (n < 0) return raise(&exc::ValueError, "negative argument not allowed");
    std::string buf(static_cast<size_t>(n), '\0');
    size_t done = 0;
    while (done < buf.size()) {
        ssize_t got = getrandom(buf.data() + done, buf.size() - done, 0);
        if (got < 0) {
            if (errno == EINTR) {
                if (!eintr_retry()) return Value{};
                continue;
            }
            return os_error(errno);
        }
        done += static_cast<size_t>(got);
    }
    return bytes_from(buf);
}

// =============================================================================================
// Files and directories

Value os_getcwd_impl(bool as_bytes) {
    std::string buf(4096, '\0');
    for (;;) {
        if (getcwd(buf.data(), buf.size())) break;
        if (errno != ERANGE) return os_error(errno);
        buf.resize(buf.size() * 2);
    }
    return os_text(buf.c_str(), as_bytes);
}

Value os_getcwd(const Value*) { return os_getcwd_impl(false); }
Value os_getcwdb(const Value*) { return os_getcwd_impl(true); }

Value os_chdir(const Value* args) {
    PathArg p;
    if (!path_arg("chdir", args[0], &p, true)) return Value{};
    int r = p.is_fd() ? fchdir(p.fd) : chdir(p.bytes.c_str());
    if (r < 0) return path_error(errno, p);
    return newref(none());
}

Value os_listdir(const Value* args) {
    PathArg p;
    if (!path_arg("listdir", args[0], &p, true, true)) return Value{};
    DIR* dir;
    if (p.is_fd()) {
        int fd = dup(p.fd);
        if (fd < 0) return os_error(errno);
        dir = fdopendir(fd);
        if (!dir) {
            int err = errno;
            close(fd);
            return os_error(err);
        }
        rewinddir(dir);
    } else {
        dir = opendir(p.bytes.c_str());
        if (!dir) return path_error(errno, p);
    }
    Ref list{list_new()};
    int err = 0;
    for (;;) {
        errno = 0;
        struct dirent* e = readdir(dir);
        if (!e) {
            err = errno;
            break;
        }
        if (std::strcmp(e->d_name, ".") == 0 || std::strcmp(e->d_name, "..") == 0) continue;
        Ref name{os_text(e->d_name, p.is_bytes)};
        if (!name || !list_append(list.get(), name.get())) {
            closedir(dir);
            return Value{};
        }
    }
    closedir(dir);
    if (err) return path_error(err, p);
    return list.release();
}

// The entries of a directory for os.scandir(): a list of (name, d_type, inode) tuples.
Value os_scandir_entries(const Value* args) {
    PathArg p;
    if (!path_arg("scandir", args[0], &p, false, true)) return Value{};
    DIR* dir = opendir(p.bytes.c_str());
    if (!dir) return path_error(errno, p);
    Ref list{list_new()};
    int err = 0;
    for (;;) {
        errno = 0;
        struct dirent* e = readdir(dir);
        if (!e) {
            err = errno;
            break;
        }
        if (std::strcmp(e->d_name, ".") == 0 || std::strcmp(e->d_name, "..") == 0) continue;
        Ref name{os_text(e->d_name, p.is_bytes)};
        Ref ino{int_from_u64(e->d_ino)};
        if (!name || !ino) {
            closedir(dir);
            return Value{};
        }
        Ref entry{tuple_pack({name.get(), Value::small_int(e->d_type), ino.get()})};
        if (!entry || !list_append(list.get(), entry.get())) {
            closedir(dir);
            return Value{};
        }
    }
    closedir(dir);
    if (err) return path_error(err, p);
    return list.release();
}

Value os_mkdir(const Value* args) {
    PathArg p;
    int mode, dirfd;
    if (!path_arg("mkdir", args[0], &p) || !int_arg(args[1], &mode) || !dir_fd_arg(args[2], &dirfd)) return Value{};
    if (mkdirat(dirfd, p.bytes.c_str(), static_cast<mode_t>(mode)) < 0) return path_error(errno, p);
    return newref(none());
}

Value unlink_impl(const char* func, const Value* args, int flags) {
    PathArg p;
    int dirfd;
    if (!path_arg(func, args[0], &p) || !dir_fd_arg(args[1], &dirfd)) return Value{};
    if (unlinkat(dirfd, p.bytes.c_str(), flags) < 0) return path_error(errno, p);
    return newref(none());
}

Value os_rmdir(const Value* args) { return unlink_impl("rmdir", args, AT_REMOVEDIR); }
Value os_remove(const Value* args) { return unlink_impl("remove", args, 0); }
Value os_unlink(const Value* args) { return unlink_impl("unlink", args, 0); }

Value rename_impl(const char* func, const Value* args) {
    PathArg a, b;
    int src_dirfd, dst_dirfd;
    if (!path_arg(func, args[0], &a) || !path_arg(func, args[1], &b) || !dir_fd_arg(args[2], &src_dirfd) ||
        !dir_fd_arg(args[3], &dst_dirfd))
        return Value{};
    if (renameat(src_dirfd, a.bytes.c_str(), dst_dirfd, b.bytes.c_str()) < 0)
        return os_error(errno, a.object.get(), b.object.get());
    return newref(none());
}

Value os_rename(const Value* args) { return rename_impl("rename", args); }
Value os_replace(const Value* args) { return rename_impl("replace", args); }

Value os_link(const Value* args) {
    PathArg a, b;
    int src_dirfd, dst_dirfd;
    bool follow;
    if (!path_arg("link", args[0], &a) || !path_arg("link", args[1], &b) || !dir_fd_arg(args[2], &src_dirfd) ||
        !dir_fd_arg(args[3], &dst_dirfd) || !flag_arg(args[4], &follow))
        return Value{};
    if (linkat(src_dirfd, a.bytes.c_str(), dst_dirfd, b.bytes.c_str(), follow ? AT_SYMLINK_FOLLOW : 0) < 0)
        return os_error(errno, a.object.get(), b.object.get());
    return newref(none());
}

Value os_symlink(const Value* args) {
    PathArg a, b;
    int dirfd;
    if (!path_arg("symlink", args[0], &a) || !path_arg("symlink", args[1], &b) || !dir_fd_arg(args[3], &dirfd))
        return Value{};
    if (symlinkat(a.bytes.c_str(), dirfd, b.bytes.c_str()) < 0) return os_error(errno, a.object.get(), b.object.get());
    return newref(none());
}

Value os_readlink(const Value* args) {
    PathArg p;
    int dirfd;
    if (!path_arg("readlink", args[0], &p) || !dir_fd_arg(args[1], &dirfd)) return Value{};
    std::string buf(4096, '\0');
    for (;;) {
        ssize_t n = readlinkat(dirfd, p.bytes.c_str(), buf.data(), buf.size());
        if (n < 0) return path_error(errno, p);
        if (static_cast<size_t>(n) < buf.size())
            return os_text(std::string_view(buf.data(), static_cast<size_t>(n)), p.is_bytes);
        buf.resize(buf.size() * 2);   // the target may have been truncated
    }
}

Value os_access(const Value* args) {
    PathArg p;
    int mode, dirfd;
    bool effective, follow;
    if (!path_arg("access", args[0], &p) || !int_arg(args[1], &mode) || !dir_fd_arg(args[2], &dirfd) ||
        !flag_arg(args[3], &effective) || !flag_arg(args[4], &follow))
        return Value{};
    int flags = (effective ? AT_EACCESS : 0) | (follow ? 0 : AT_SYMLINK_NOFOLLOW);
    return bool_value(faccessat(dirfd, p.bytes.c_str(), mode, flags) == 0);
}

Value os_chmod(const Value* args) {
    PathArg p;
    int mode, dirfd;
    bool follow;
    if (!path_arg("chmod", args[0], &p, true) || !int_arg(args[1], &mode) || !dir_fd_arg(args[2], &dirfd) ||
        !flag_arg(args[3], &follow))
        return Value{};
    int r = p.is_fd() ? fchmod(p.fd, static_cast<mode_t>(mode))
                      : fchmodat(dirfd, p.bytes.c_str(), static_cast<mode_t>(mode), follow ? 0 : AT_SYMLINK_NOFOLLOW);
    if (r < 0) return path_error(errno, p);
    return newref(none());
}

Value os_truncate(const Value* args) {
    PathArg p;
    if (!path_arg("truncate", args[0], &p, true)) return Value{};
    int64_t length;
    if (!index_to_i64(args[1], &length, &exc::OverflowError)) return Value{};
    int r = p.is_fd() ? ftruncate(p.fd, length) : truncate(p.bytes.c_str(), length);
    if (r < 0) return path_error(errno, p);
    return newref(none());
}

Value os_ftruncate(const Value* args) {
    int fd;
    int64_t length;
    if (!fd_arg(args[0], &fd) || !index_to_i64(args[1], &length, &exc::OverflowError)) return Value{};
    if (ftruncate(fd, length) < 0) return os_error(errno);
    return newref(none());
}

// times: None (now), or (atime, mtime) in seconds; ns: (atime_ns, mtime_ns).
bool timespec_from_seconds(Value v, struct timespec* ts) {
    if (is_int(v)) {
        int64_t s;
        if (!int_to_i64(v, &s)) return false;
        ts->tv_sec = s;
        ts->tv_nsec = 0;
        return true;
    }
    double d;
    if (!to_double(v, &d)) return false;
    double sec = std::floor(d);
    ts->tv_sec = static_cast<time_t>(sec);
    ts->tv_nsec = static_cast<long>(std::round((d - sec) * 1e9));
    if (ts->tv_nsec >= 1000000000L) {
        ts->tv_sec += 1;
        ts->tv_nsec -= 1000000000L;
    }
    return true;
}

bool timespec_from_ns(Value v, struct timespec* ts) {
    if (!is_int(v)) {
        raise(&exc::TypeError, "utime: ns must be a tuple of two ints");
        return false;
    }
    Ref q{divmod(v, Value::small_int(1000000000))};
    if (!q) return false;
    int64_t s, ns;
    if (!int_to_i64(q.as<Tuple>()->items[0], &s) || !int_to_i64(q.as<Tuple>()->items[1], &ns)) return false;
    ts->tv_sec = s;
    ts->tv_nsec = ns;
    return true;
}

Value os_utime(const Value* args) {
    PathArg p;
    int dirfd;
    bool follow;
    if (!path_arg("utime", args[0], &p, true) || !dir_fd_arg(args[3], &dirfd) || !flag_arg(args[4], &follow))
        return Value{};
    Value times = args[1], ns = args[2];
    struct timespec ts[2];
    struct timespec* tsp = nullptr;
    bool have_times = times && !is_none(times);
    bool have_ns = ns.is_object() || ns.is_small_int();
    if (have_times && have_ns) return raise(&exc::ValueError, "utime: you may specify either 'times' or 'ns' but not both");
    if (have_times) {
        if (!is_tuple(times) || times.as<Tuple>()->size != 2)
            return raise(&exc::TypeError, "utime: 'times' must be either a tuple of two ints or None");
        if (!timespec_from_seconds(times.as<Tuple>()->items[0], &ts[0]) ||
            !timespec_from_seconds(times.as<Tuple>()->items[1], &ts[1]))
            return Value{};
        tsp = ts;
    } else if (have_ns) {
        if (!is_tuple(ns) || ns.as<Tuple>()->size != 2) return raise(&exc::TypeError, "utime: ns must be a tuple of two ints");
        if (!timespec_from_ns(ns.as<Tuple>()->items[0], &ts[0]) || !timespec_from_ns(ns.as<Tuple>()->items[1], &ts[1]))
            return Value{};
        tsp = ts;
    }
    int r = p.is_fd() ? futimens(p.fd, tsp) : utimensat(dirfd, p.bytes.c_str(), tsp, follow ? 0 : AT_SYMLINK_NOFOLLOW);
    if (r < 0) return path_error(errno, p);
    return newref(none());
}

// --- stat ---------------------------------------------------------------------------------------

// os.stat_result is a struct sequence: a tuple of the 10 classic fields (the times as int
// seconds), plus fields reached only by name. Those are stored as small ints after the visible
// items (the tuple's size says 10), so the tuple's own dealloc has nothing extra to release:
// the seconds and nanoseconds of the three times, st_blksize, st_blocks, st_rdev.
constexpr int kStatVisible = 10;
constexpr int kStatHidden = 9;
const char* const kStatFields[kStatVisible] = {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid",
                                                "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime"};
enum StatHidden { kAtimeSec, kAtimeNsec, kMtimeSec, kMtimeNsec, kCtimeSec, kCtimeNsec, kBlksize, kBlocks, kRdev };

Value small_or_clamped(int64_t v) { return Value::small_int(Value::fits_small(v) ? v : 0); }

Value make_stat_result(const struct stat& st) {
    Tuple* t = alloc<Tuple>(&stat_result_type, kStatVisible + kStatHidden);
    if (!t) return raise_no_memory();
    t->hash_cache = -1;
    t->size = 0;
    Ref result{Value(t)};
    Value vals[kStatVisible] = {
        int_from_i64(st.st_mode), int_from_u64(st.st_ino), int_from_u64(st.st_dev), int_from_u64(st.st_nlink),
        int_from_i64(st.st_uid), int_from_i64(st.st_gid), int_from_i64(st.st_size), int_from_i64(st.st_atim.tv_sec),
        int_from_i64(st.st_mtim.tv_sec), int_from_i64(st.st_ctim.tv_sec)};
    for (int i = 0; i < kStatVisible; i++) {
        t->items[i] = vals[i];
        t->size = i + 1;
        if (!vals[i]) {
            for (int j = i + 1; j < kStatVisible; j++) decref(vals[j]);
            t->size = i;
            return Value{};
        }
    }
    Value* hidden = t->items + kStatVisible;
    hidden[kAtimeSec] = small_or_clamped(st.st_atim.tv_sec);
    hidden[kAtimeNsec] = Value::small_int(st.st_atim.tv_nsec);
    hidden[kMtimeSec] = small_or_clamped(st.st_mtim.tv_sec);
    hidden[kMtimeNsec] = Value::small_int(st.st_mtim.tv_nsec);
    hidden[kCtimeSec] = small_or_clamped(st.st_ctim.tv_sec);
    hidden[kCtimeNsec] = Value::small_int(st.st_ctim.tv_nsec);
    hidden[kBlksize] = small_or_clamped(st.st_blksize);
    hidden[kBlocks] = small_or_clamped(st.st_blocks);
    hidden[kRdev] = small_or_clamped(static_cast<int64_t>(st.st_rdev));
    return result.release();
}

int64_t hidden_field(Value self, int i) { return self.as<Tuple>()->items[kStatVisible + i].as_small_int(); }

Value stat_float_time(Value self, int sec_index) {
    double sec = static_cast<double>(hidden_field(self, sec_index));
    double nsec = static_cast<double>(hidden_field(self, sec_index + 1));
    return float_from(sec + nsec * 1e-9);
}

Value stat_ns_time(Value self, int sec_index) {
    Ref sec{int_from_i64(hidden_field(self, sec_index))};
    Ref scale{int_from_i64(1000000000)};
    Ref total{int_mul(sec.get(), scale.get())};
    if (!total) return Value{};
    Ref nsec{int_from_i64(hidden_field(self, sec_index + 1))};
    return int_add(total.get(), nsec.get());
}

#define STAT_ITEM_GETTER(i) \
    Value st_item_##i(Value v) { return newref(v.as<Tuple>()->items[i]); }
STAT_ITEM_GETTER(0) STAT_ITEM_GETTER(1) STAT_ITEM_GETTER(2) STAT_ITEM_GETTER(3) STAT_ITEM_GETTER(4)
STAT_ITEM_GETTER(5) STAT_ITEM_GETTER(6)
#undef STAT_ITEM_GETTER
Value st_atime_get(Value v) { return stat_float_time(v, kAtimeSec); }
Value st_mtime_get(Value v) { return stat_float_time(v, kMtimeSec); }
Value st_ctime_get(Value v) { return stat_float_time(v, kCtimeSec); }
Value st_atime_ns_get(Value v) { return stat_ns_time(v, kAtimeSec); }
Value st_mtime_ns_get(Value v) { return stat_ns_time(v, kMtimeSec); }
Value st_ctime_ns_get(Value v) { return stat_ns_time(v, kCtimeSec); }
Value st_blksize_get(Value v) { return int_from_i64(hidden_field(v, kBlksize)); }
Value st_blocks_get(Value v) { return int_from_i64(hidden_field(v, kBlocks)); }
Value st_rdev_get(Value v) { return int_from_i64(hidden_field(v, kRdev)); }

const GetSetDef stat_result_getsets[] = {
    {"st_mode", st_item_0, nullptr, "protection bits"},
    {"st_ino", st_item_1, nullptr, "inode"},
    {"st_dev", st_item_2, nullptr, "device"},
    {"st_nlink", st_item_3, nullptr, "number of hard links"},
    {"st_uid", st_item_4, nullptr, "user ID of owner"},
    {"st_gid", st_item_5, nullptr, "group ID of owner"},
    {"st_size", st_item_6, nullptr, "total size, in bytes"},
    {"st_atime", st_atime_get, nullptr, "time of last access"},
    {"st_mtime", st_mtime_get, nullptr, "time of last modification"},
    {"st_ctime", st_ctime_get, nullptr, "time of last change"},
    {"st_atime_ns", st_atime_ns_get, nullptr, "time of last access in nanoseconds"},
    {"st_mtime_ns", st_mtime_ns_get, nullptr, "time of last modification in nanoseconds"},
    {"st_ctime_ns", st_ctime_ns_get, nullptr, "time of last change in nanoseconds"},
    {"st_blksize", st_blksize_get, nullptr, "blocksize for filesystem I/O"},
    {"st_blocks", st_blocks_get, nullptr, "number of blocks allocated"},
    {"st_rdev", st_rdev_get, nullptr, "device type (if inode device)"},
    {nullptr},
};

Value stat_result_repr(Value v) {
    Tuple* t = v.as<Tuple>();
    std::string out = "os.stat_result(";
    for (int i = 0; i < kStatVisible && i < t->size; i++) {
        if (i) out += ", ";
        Ref r{repr(t->items[i])};
        if (!r) return Value{};
        out += std::string(kStatFields[i]) + "=" + std::string(str_view(r.get()));
    }
    return str_from(out + ")");
}

Value stat_impl(const char* func, Value path, Value dir_fd, bool follow) {
    PathArg p;
    int dirfd;
    if (!path_arg(func, path, &p, true) || !dir_fd_arg(dir_fd, &dirfd)) return Value{};
    struct stat st;
    int r = p.is_fd() ? fstat(p.fd, &st) : fstatat(dirfd, p.bytes.c_str(), &st, follow ? 0 : AT_SYMLINK_NOFOLLOW);
    if (r < 0) return path_error(errno, p);
    return make_stat_result(st);
}

Value os_stat(const Value* args) {
    bool follow;
    if (!flag_arg(args[2], &follow)) return Value{};
    return stat_impl("stat", args[0], args[1], follow);
}

Value os_lstat(const Value* args) { return stat_impl("lstat", args[0], args[1], false); }

Value os_fstat(const Value* args) {
    int fd;
    if (!fd_arg(args[0], &fd)) return Value{};
    struct stat st;
    if (fstat(fd, &st) < 0) return os_error(errno);
    return make_stat_result(st);
}

// =============================================================================================
// File descriptors

Value os_open(const Value* args) {
    PathArg p;
    if (!path_arg("open", args[0], &p)) return Value{};
    int flags, mode, dirfd;
    if (!int_arg(args[1], &flags) || !int_arg(args[2], &mode) || !dir_fd_arg(args[3], &dirfd)) return Value{};
    flags |= O_CLOEXEC;
    for (;;) {
        int fd, err;
        {
            vm::GilRelease release;
            fd = openat(dirfd, p.bytes.c_str(), flags, mode);
            err = errno;
        }
        if (fd >= 0) return int_from_i64(fd);
        if (err != EINTR) return path_error(err, p);
        if (!eintr_retry()) return Value{};
    }
}

Value os_close(const Value* args) {
    int fd;
    if (!fd_arg(args[0], &fd)) return Value{};
    int r, err;
    {
        vm::GilRelease release;
        r = close(fd);
        err = errno;
    }
    // After EINTR the descriptor is closed anyway on Linux: do not retry.
    if (r < 0 && err != EINTR) return os_error(err);
    return newref(none());
}

Value os_closerange(const Value* args) {
    int lo, hi;
    if (!fd_arg(args[0], &lo) || !fd_arg(args[1], &hi)) return Value{};
    for (int fd = lo < 0 ? 0 : lo; fd < hi; fd++) close(fd);
    return newref(none());
}

Value os_read(const Value* args) {
    int fd;
    int64_t n;
    if (!fd_arg(args[0], &fd) || !index_to_i64(args[1], &n, &exc::OverflowError)) return Value{};
    if (n < 0) return os_error(EINVAL);
    // Read straight into a new bytes object (no staging buffer); only a short read copies.
    Bytes* b = bytes_alloc(n);
    if (!b) return Value{};
    Ref result{Value(b)};
    for (;;) {
        int err = 0;
        ssize_t got = vm::io_call(fd, POLLIN, [&] {
            ssize_t r = read(fd, b->data(), static_cast<size_t>(n));
            err = errno;
            return r;
        });
        if (got >= 0) {
            if (got == n) return result.release();
            return bytes_from(std::string_view(b->data(), static_cast<size_t>(got)));
        }
        if (err != EINTR) return os_error(err);
        if (!eintr_retry()) return Value{};
    }
}

Value os_write(const Value* args) {
    int fd;
    if (!fd_arg(args[0], &fd)) return Value{};
    std::string_view data;
    if (!bytes_like_view(args[1], &data)) return Value{};
    // bytes cannot change while the GIL is released (and the caller keeps them alive); anything
    // mutable (bytearray, memoryview) is copied first.
    std::string copy;
    if (!is_exact_bytes(args[1])) {
        copy.assign(data);
        data = copy;
    }
    for (;;) {
        int err = 0;
        ssize_t w = vm::io_call(fd, POLLOUT, [&] {
            ssize_t r = write(fd, data.data(), data.size());
            err = errno;
            return r;
        });
        if (w >= 0) return int_from_i64(w);
        if (err != EINTR) return os_error(err);
        if (!eintr_retry()) return Value{};
    }
}

Value os_pipe(const Value*) {
    int fds[2];
    int r, err;
    {
        vm::GilRelease release;   // as CPython does, though pipe2() does not block
        r = pipe2(fds, O_CLOEXEC);
        err = errno;
    }
    if (r < 0) return os_error(err);
    return tuple_pack({Value::small_int(fds[0]), Value::small_int(fds[1])});
}

Value os_dup(const Value* args) {
    int fd;
    if (!fd_arg(args[0], &fd)) return Value{};
    int r = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (r < 0) return os_error(errno);
    return int_from_i64(r);
}

Value os_dup2(const Value* args) {
    int fd, fd2;
    if (!fd_arg(args[0], &fd) || !fd_arg(args[1], &fd2)) return Value{};
    int inheritable = truthy(args[2]);
    if (inheritable < 0) return Value{};
    int r = inheritable ? dup2(fd, fd2) : dup3(fd, fd2, O_CLOEXEC);
    if (r < 0) return os_error(errno);
    return int_from_i64(r);
}

Value os_lseek(const Value* args) {
    int fd, how;
    int64_t pos;
    if (!fd_arg(args[0], &fd) || !index_to_i64(args[1], &pos, &exc::OverflowError) || !int_arg(args[2], &how))
        return Value{};
    off_t r = lseek(fd, pos, how);
    if (r < 0) return os_error(errno);
    return int_from_i64(r);
}

Value os_fsync(const Value* args) {
    int fd;
    Value v = args[0];
    Ref fileno;
    if (!is_int(v)) {
        fileno = Ref{call_method0(v, "fileno")};
        if (!fileno) return Value{};
        v = fileno.get();
    }
    if (!fd_arg(v, &fd)) return Value{};
    int r, err;
    {
        vm::GilRelease release;
        r = fsync(fd);
        err = errno;
    }
    return none_result(r, err);
}

Value os_isatty(const Value* args) {
    int fd;
    if (!fd_arg(args[0], &fd)) return Value{};
    return bool_value(isatty(fd) == 1);
}

// get/set_inheritable and get/set_blocking each read or change one bit of the descriptor's
// flags (F_GETFD's FD_CLOEXEC, F_GETFL's O_NONBLOCK); both answer True when the bit is clear.
static Value fd_bit_is_clear(const Value* args, int get_cmd, int bit) {
    int fd;
    if (!fd_arg(args[0], &fd)) return Value{};
    int flags = fcntl(fd, get_cmd);
    if (flags < 0) return os_error(errno);
    return bool_value(!(flags & bit));
}

static Value fd_set_bit_clear(const Value* args, int get_cmd, int set_cmd, int bit) {
    int fd;
    if (!fd_arg(args[0], &fd)) return Value{};
    int clear = truthy(args[1]);
    if (clear < 0) return Value{};
    int flags = fcntl(fd, get_cmd);
    if (flags < 0) return os_error(errno);
    flags = clear ? (flags & ~bit) : (flags | bit);
    if (fcntl(fd, set_cmd, flags) < 0) return os_error(errno);
    return newref(none());
}

Value os_get_inheritable(const Value* args) { return fd_bit_is_clear(args, F_GETFD, FD_CLOEXEC); }
Value os_set_inheritable(const Value* args) { return fd_set_bit_clear(args, F_GETFD, F_SETFD, FD_CLOEXEC); }
Value os_get_blocking(const Value* args) { return fd_bit_is_clear(args, F_GETFL, O_NONBLOCK); }
Value os_set_blocking(const Value* args) { return fd_set_bit_clear(args, F_GETFL, F_SETFL, O_NONBLOCK); }

Value os_get_terminal_size(const Value* args) {
    int fd;
    if (!fd_arg(args[0], &fd)) return Value{};
    struct winsize w;
    if (ioctl(fd, TIOCGWINSZ, &w) < 0) return os_error(errno);
    return tuple_pack({Value::small_int(w.ws_col), Value::small_int(w.ws_row)});
}

// =============================================================================================
// Processes

Value os_kill(const Value* args) {
    int pid, sig;
    if (!int_arg(args[0], &pid) || !int_arg(args[1], &sig)) return Value{};
    if (kill(pid, sig) < 0) return os_error(errno);
    // A signal sent to ourselves is delivered before kill() returns: run its handler now.
    if (!check_signals_from_io()) return Value{};
    return newref(none());
}

Value os_killpg(const Value* args) {
    int pgid, sig;
    if (!int_arg(args[0], &pgid) || !int_arg(args[1], &sig)) return Value{};
    if (killpg(pgid, sig) < 0) return os_error(errno);
    if (!check_signals_from_io()) return Value{};
    return newref(none());
}

Value os_exit(const Value* args) {
    int status;
    if (!int_arg(args[0], &status)) return Value{};
    _exit(status);
}

Value wait_result(pid_t pid, int status) {
    Ref p{int_from_i64(pid)};
    return tuple_pack({p.get(), Value::small_int(status)});
}

Value os_waitpid(const Value* args) {
    int pid, options;
    if (!int_arg(args[0], &pid) || !int_arg(args[1], &options)) return Value{};
    for (;;) {
        int status = 0, err;
        pid_t r;
        {
            vm::GilRelease release;
            r = waitpid(pid, &status, options);
            err = errno;
        }
        if (r >= 0) return wait_result(r, status);
        if (err != EINTR) return os_error(err);
        if (!eintr_retry()) return Value{};
    }
}

Value os_wait(const Value*) {
    for (;;) {
        int status = 0, err;
        pid_t r;
        {
            vm::GilRelease release;
            r = wait(&status);
            err = errno;
        }
        if (r >= 0) return wait_result(r, status);
        if (err != EINTR) return os_error(err);
        if (!eintr_retry()) return Value{};
    }
}

bool status_arg(Value v, int* out) { return int_arg(v, out); }

#define WAIT_PREDICATE(name, expr)                  \
    Value os_##name(const Value* args) {             \
        int status;                                  \
        if (!status_arg(args[0], &status)) return Value{}; \
        return bool_value(expr);                     \
    }
WAIT_PREDICATE(WIFEXITED, WIFEXITED(status))
WAIT_PREDICATE(WIFSIGNALED, WIFSIGNALED(status))
WAIT_PREDICATE(WIFSTOPPED, WIFSTOPPED(status))
WAIT_PREDICATE(WIFCONTINUED, WIFCONTINUED(status))
WAIT_PREDICATE(WCOREDUMP, WCOREDUMP(status))
#undef WAIT_PREDICATE

#define WAIT_FIELD(name, expr)                       \
    Value os_##name(const Value* args) {             \
        int status;                                  \
        if (!status_arg(args[0], &status)) return Value{}; \
        return int_from_i64(expr);                   \
    }
WAIT_FIELD(WEXITSTATUS, WEXITSTATUS(status))
WAIT_FIELD(WTERMSIG, WTERMSIG(status))
WAIT_FIELD(WSTOPSIG, WSTOPSIG(status))
#undef WAIT_FIELD

Value os_waitstatus_to_exitcode(const Value* args) {
    int status;
    if (!status_arg(args[0], &status)) return Value{};
    if (WIFEXITED(status)) return int_from_i64(WEXITSTATUS(status));
    if (WIFSIGNALED(status)) return int_from_i64(-WTERMSIG(status));
    if (WIFSTOPPED(status)) return raise(&exc::ValueError, "process stopped by delivery of signal %d", WSTOPSIG(status));
    return raise(&exc::ValueError, "invalid wait status: %d", status);
}

Value os_system(const Value* args) {
    PathArg p;
    if (!path_arg("system", args[0], &p)) return Value{};
    Value saved = take_error();
    for (const char* name : {"stdout", "stderr"}) {
        Value s = dict_get_cstr(vm::g_interp->sys_module->dict, name);
        if (s && !is_none(s)) {
            Ref r{call_method0(s, "flush")};
            if (!r) clear_error();
        }
    }
    restore_error(saved);
    int r;
    {
        vm::GilRelease release;
        r = system(p.bytes.c_str());
    }
    return int_from_i64(r);
}

// argv for exec*: a list or tuple of paths, encoded.
bool exec_argv(Value v, std::vector<std::string>* out) {
    if (!is_list(v) && !is_tuple(v)) {
        raise(&exc::TypeError, "execv() arg 2 must be a tuple or list");
        return false;
    }
    Ref t{sequence_to_tuple(v)};
    if (!t) return false;
    Tuple* tup = t.as<Tuple>();
    if (tup->size < 1) {
        raise(&exc::ValueError, "execv() arg 2 must not be empty");
        return false;
    }
    for (int64_t i = 0; i < tup->size; i++) {
        PathArg a;
        if (!path_arg("execv", tup->items[i], &a)) return false;
        out->push_back(a.bytes);
    }
    if ((*out)[0].empty()) {
        raise(&exc::ValueError, "execv() arg 2 first element cannot be empty");
        return false;
    }
    return true;
}

std::vector<char*> c_strings(std::vector<std::string>& v) {
    std::vector<char*> r;
    for (std::string& s : v) r.push_back(s.data());
    r.push_back(nullptr);
    return r;
}

Value exec_impl(Value path, Value argv, Value env) {
    PathArg p;
    if (!path_arg("execv", path, &p)) return Value{};
    std::vector<std::string> args;
    if (!exec_argv(argv, &args)) return Value{};
    std::vector<std::string> envs;
    if (env) {
        if (!is_dict(env)) return raise(&exc::TypeError, "execve: environment must be a mapping object");
        int64_t pos = 0;
        Value k, val;
        while (dict_next(env.as<Dict>(), &pos, &k, &val)) {
            PathArg ka, va;
            if (!path_arg("execve", k, &ka) || !path_arg("execve", val, &va)) return Value{};
            if (ka.bytes.empty() || ka.bytes.find('=') != std::string::npos)
                return raise(&exc::ValueError, "illegal environment variable name");
            envs.push_back(ka.bytes + "=" + va.bytes);
        }
    }
    std::vector<char*> cargs = c_strings(args);
    if (env) {
        std::vector<char*> cenv = c_strings(envs);
        execve(p.bytes.c_str(), cargs.data(), cenv.data());
    } else {
        execv(p.bytes.c_str(), cargs.data());
    }
    return os_error(errno);
}

Value os_execv(const Value* args) { return exec_impl(args[0], args[1], Value{}); }
Value os_execve(const Value* args) { return exec_impl(args[0], args[1], args[2]); }

// --- fork --------------------------------------------------------------------------------------

// Hooks of register_at_fork(): lists owned for the life of the process.
struct ForkHooks {
    List* before = nullptr;          // called in reverse order of registration
    List* after_in_parent = nullptr;
    List* after_in_child = nullptr;
};
ForkHooks g_fork_hooks;

bool ensure_hook_lists() {
    for (List** l : {&g_fork_hooks.before, &g_fork_hooks.after_in_parent, &g_fork_hooks.after_in_child}) {
        if (*l) continue;
        Value v = list_new();
        if (!v) return false;
        make_immortal(v.as_object());
        *l = v.as<List>();
    }
    return true;
}

Value os_register_at_fork(const Value* args) {
    Value before = args[0], child = args[1], parent = args[2];
    if (!before && !child && !parent)
        return raise(&exc::TypeError, "At least one argument is required.");
    const char* names[3] = {"before", "after_in_child", "after_in_parent"};
    Value vals[3] = {before, child, parent};
    for (int i = 0; i < 3; i++)
        if (vals[i] && !is_callable(vals[i]))
            return raise(&exc::TypeError, "'%s' must be callable, not %s", names[i], type_of(vals[i])->tp_name);
    if (!ensure_hook_lists()) return Value{};
    if (before && !list_append(Value(g_fork_hooks.before), before)) return Value{};
    if (child && !list_append(Value(g_fork_hooks.after_in_child), child)) return Value{};
    if (parent && !list_append(Value(g_fork_hooks.after_in_parent), parent)) return Value{};
    return newref(none());
}

// Calls each hook; an exception is reported ("Exception ignored in: ...") and does not stop
// the others, as CPython does.
void run_hooks(List* hooks, bool reverse) {
    if (!hooks) return;
    Ref snapshot{list_as_tuple(Value(hooks))};
    if (!snapshot) {
        clear_error();
        return;
    }
    Tuple* t = snapshot.as<Tuple>();
    for (int64_t n = 0; n < t->size; n++) {
        Value f = t->items[reverse ? t->size - 1 - n : n];
        Ref r{call0(f)};
        if (!r) write_unraisable("Exception ignored in: ", f);
    }
}

void flush_std_streams() {
    Value saved = take_error();
    for (const char* name : {"stdout", "stderr"}) {
        Value s = dict_get_cstr(vm::g_interp->sys_module->dict, name);
        if (s && !is_none(s)) {
            Ref r{call_method0(s, "flush")};
            if (!r) clear_error();
        }
    }
    restore_error(saved);
}

// The child's runtime after fork(): only the calling thread exists. It becomes the main thread;
// the other threads' states are forgotten (their memory is leaked on purpose: their frames may
// reference objects, and nothing can run them again). The GIL and the thread-list mutex may have
// been held by a thread that no longer exists, so both are replaced by fresh ones.
void after_fork_child() {
    vm::Interpreter* interp = vm::g_interp;
    vm::ThreadState* ts = vm::current_vm_thread();
    new (&interp->threads_mutex) std::mutex();
    interp->threads.clear();
    interp->threads.push_back(ts);
    interp->thread_count.store(1, std::memory_order_relaxed);
    if (interp->main_thread && interp->main_thread != ts) interp->main_thread->is_main = false;
    interp->main_thread = ts;
    ts->is_main = true;
    ts->native_id = static_cast<uint64_t>(syscall(SYS_gettid));
    ts->eval_breaker.fetch_and(~static_cast<uint32_t>(vm::kBreakGilDrop), std::memory_order_relaxed);
    if (interp->gil) {
        // The old GIL is abandoned: its mutex may be locked forever. The child records no GIL
        // statistics (--gil-stats/--gil-trace describe the parent).
        vm::Gil* fresh = new vm::Gil(interp->gil->interval_us(), interp->gil->policy(), nullptr);
        interp->gil = fresh;
        ts->gil_record = nullptr;
        fresh->take(ts);
    }
}

// threading._after_fork() repairs threading's bookkeeping in the child (its current thread becomes
// the main thread, the others are marked stopped). CPython's threading.py registers it with
// register_at_fork(after_in_child=...); minipy's threading.py relies on this call instead, which
// is skipped when the hook is registered, so it never runs twice.
void threading_after_fork() {
    Value threading = dict_get_cstr(vm::g_interp->modules, "threading");
    if (!threading) return;
    Ref hook{getattr_or_null(threading, intern("_after_fork"))};
    if (!hook) {
        clear_error();
        return;
    }
    if (g_fork_hooks.after_in_child) {
        List* l = g_fork_hooks.after_in_child;
        for (int64_t i = 0; i < l->size; i++)
            if (l->items[i] == hook.get()) return;
    }
    Ref r{call0(hook.get())};
    if (!r) write_unraisable("Exception ignored in: ", hook.get());
}

Value os_fork(const Value*) {
    flush_std_streams();
    run_hooks(g_fork_hooks.before, true);
    pid_t pid = fork();
    if (pid < 0) {
        int err = errno;
        run_hooks(g_fork_hooks.after_in_parent, false);
        return os_error(err);
    }
    if (pid == 0) {
        after_fork_child();
        threading_after_fork();
        run_hooks(g_fork_hooks.after_in_child, false);
        return Value::small_int(0);
    }
    run_hooks(g_fork_hooks.after_in_parent, false);
    return int_from_i64(pid);
}

const NativeDef os_defs[] = {
    {"getpid()", os_getpid},
    {"getppid()", os_getppid},
    {"getuid()", os_getuid},
    {"geteuid()", os_geteuid},
    {"getgid()", os_getgid},
    {"getegid()", os_getegid},
    {"getpgrp()", os_getpgrp},
    {"getpgid(pid)", os_getpgid},
    {"setsid()", os_setsid},
    {"umask(mask, /)", os_umask},
    {"cpu_count()", os_cpu_count},
    {"getloadavg()", os_getloadavg},
    {"strerror(code, /)", os_strerror},
    {"uname()", os_uname},
    {"_environ()", os_environ_dict},
    {"putenv(name, value, /)", os_putenv},
    {"unsetenv(name, /)", os_unsetenv},
    {"urandom(size, /)", os_urandom},
    {"getcwd()", os_getcwd},
    {"getcwdb()", os_getcwdb},
    {"chdir(path)", os_chdir},
    {"listdir(path=None)", os_listdir},
    {"_scandir_entries(path=None)", os_scandir_entries},
    {"mkdir(path, mode=511, *, dir_fd=None)", os_mkdir},
    {"rmdir(path, *, dir_fd=None)", os_rmdir},
    {"remove(path, *, dir_fd=None)", os_remove},
    {"unlink(path, *, dir_fd=None)", os_unlink},
    {"rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None)", os_rename},
    {"replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None)", os_replace},
    {"link(src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True)", os_link},
    {"symlink(src, dst, target_is_directory=False, *, dir_fd=None)", os_symlink},
    {"readlink(path, *, dir_fd=None)", os_readlink},
    {"access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True)", os_access},
    {"chmod(path, mode, *, dir_fd=None, follow_symlinks=True)", os_chmod},
    {"truncate(path, length)", os_truncate},
    {"ftruncate(fd, length, /)", os_ftruncate},
    {"utime(path, times=None, *, ns=?, dir_fd=None, follow_symlinks=True)", os_utime},
    {"stat(path, *, dir_fd=None, follow_symlinks=True)", os_stat},
    {"lstat(path, *, dir_fd=None)", os_lstat},
    {"fstat(fd)", os_fstat},
    {"open(path, flags, mode=511, *, dir_fd=None)", os_open},
    {"close(fd)", os_close},
    {"closerange(fd_low, fd_high, /)", os_closerange},
    {"read(fd, length, /)", os_read},
    {"write(fd, data, /)", os_write},
    {"pipe()", os_pipe},
    {"dup(fd, /)", os_dup},
    {"dup2(fd, fd2, inheritable=True)", os_dup2},
    {"lseek(fd, position, whence, /)", os_lseek},
    {"fsync(fd)", os_fsync},
    {"isatty(fd, /)", os_isatty},
    {"get_inheritable(fd, /)", os_get_inheritable},
    {"set_inheritable(fd, inheritable, /)", os_set_inheritable},
    {"get_blocking(fd, /)", os_get_blocking},
    {"set_blocking(fd, blocking, /)", os_set_blocking},
    {"_get_terminal_size(fd=1, /)", os_get_terminal_size},
    {"kill(pid, signal, /)", os_kill},
    {"killpg(pgid, signal, /)", os_killpg},
    {"_exit(status)", os_exit},
    {"waitpid(pid, options, /)", os_waitpid},
    {"wait()", os_wait},
    {"WIFEXITED(status)", os_WIFEXITED},
    {"WIFSIGNALED(status)", os_WIFSIGNALED},
    {"WIFSTOPPED(status)", os_WIFSTOPPED},
    {"WIFCONTINUED(status)", os_WIFCONTINUED},
    {"WCOREDUMP(status, /)", os_WCOREDUMP},
    {"WEXITSTATUS(status)", os_WEXITSTATUS},
    {"WTERMSIG(status)", os_WTERMSIG},
    {"WSTOPSIG(status)", os_WSTOPSIG},
    {"waitstatus_to_exitcode(status)", os_waitstatus_to_exitcode},
    {"system(command)", os_system},
    {"execv(path, argv, /)", os_execv},
    {"execve(path, argv, env)", os_execve},
    {"fork()", os_fork},
    {"register_at_fork(*, before=?, after_in_child=?, after_in_parent=?)", os_register_at_fork},
    {nullptr},
};

struct IntConstant {
    const char* name;
    long value;
};

const IntConstant os_constants[] = {
    {"F_OK", F_OK}, {"R_OK", R_OK}, {"W_OK", W_OK}, {"X_OK", X_OK},
    {"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY}, {"O_RDWR", O_RDWR}, {"O_APPEND", O_APPEND},
    {"O_CREAT", O_CREAT}, {"O_EXCL", O_EXCL}, {"O_TRUNC", O_TRUNC}, {"O_NONBLOCK", O_NONBLOCK},
    {"O_NDELAY", O_NDELAY}, {"O_CLOEXEC", O_CLOEXEC}, {"O_NOCTTY", O_NOCTTY}, {"O_SYNC", O_SYNC},
    {"O_DSYNC", O_DSYNC}, {"O_DIRECTORY", O_DIRECTORY}, {"O_NOFOLLOW", O_NOFOLLOW}, {"O_ACCMODE", O_ACCMODE},
    {"SEEK_SET", SEEK_SET}, {"SEEK_CUR", SEEK_CUR}, {"SEEK_END", SEEK_END},
    {"WNOHANG", WNOHANG}, {"WUNTRACED", WUNTRACED}, {"WCONTINUED", WCONTINUED},
    {"EX_OK", 0}, {"EX_USAGE", 64}, {"EX_DATAERR", 65}, {"EX_NOINPUT", 66}, {"EX_SOFTWARE", 70},
    {"EX_OSERR", 71}, {"EX_IOERR", 74}, {"EX_TEMPFAIL", 75}, {"EX_NOPERM", 77}, {"EX_CONFIG", 78},
    {"DT_UNKNOWN", DT_UNKNOWN}, {"DT_REG", DT_REG}, {"DT_DIR", DT_DIR}, {"DT_LNK", DT_LNK},
    {nullptr, 0},
};

}  // namespace

Module* init_os_module() {
    static bool ready = false;
    if (!ready) {
        init_static_type(&stat_result_type, "os.stat_result", &tuple_type, sizeof(Tuple), 0);
        stat_result_type.itemsize = sizeof(Value);
        stat_result_type.repr = stat_result_repr;
        add_getsets(&stat_result_type, stat_result_getsets);
        finalize_type(&stat_result_type);
        Ref n1{int_from_i64(kStatVisible)}, n2{int_from_i64(19)}, n3{int_from_i64(3)};
        add_type_attr(&stat_result_type, "n_sequence_fields", n1.get());
        add_type_attr(&stat_result_type, "n_fields", n2.get());
        add_type_attr(&stat_result_type, "n_unnamed_fields", n3.get());
        ready = true;
    }
    Module* m = module_new_cstr("posix");
    if (!m) return nullptr;
    module_add_functions(m, os_defs);
    module_add(m, "stat_result", Value(&stat_result_type));
    for (const IntConstant* c = os_constants; c->name; c++) module_add_owned(m, c->name, int_from_i64(c->value));
    return m;
}

}  // namespace minipy::lib
