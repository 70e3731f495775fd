// fileio.cpp — file objects (open(), sys.stdout/stderr/stdin) over POSIX file descriptors.
//
// One layout serves text files (_io.TextIOWrapper: str in and out, UTF-8, universal newlines on
// reading) and binary files (_io.BufferedReader/Writer: bytes). Writes are buffered: a text
// stream attached to a terminal (or sys.stderr) is line buffered, anything else flushes every
// 8 KiB, at flush() and at close, as CPython does. The system calls run with the GIL released
// (vm::GilRelease), so a thread blocked reading a pipe lets the others run; the buffers are only
// touched while the GIL is held.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "runtime/bytes.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/int.hpp"
#include "runtime/list.hpp"
#include "runtime/native.hpp"
#include "runtime/ops.hpp"
#include "runtime/singletons.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "stdlib/stdlib.hpp"
#include "vm/eval_breaker.hpp"
#include "vm/gil.hpp"

namespace minipy::lib {

using namespace rt;

Type text_file_type;
Type binary_file_type;

// How a text file ends and translates lines (open()'s newline argument).
enum class Newline : uint8_t {
    Universal,   // None: \n, \r and \r\n end lines and read as \n
    Untranslated,  // "": the same line ends, returned as they are
    LF, CR, CRLF,  // "\n", "\r", "\r\n": only that ending; writing turns \n into it
};

struct FileObject : Object {
    int fd;
    bool readable, writable, binary, closefd, closed, line_buffering, eof;
    bool telling_disabled;   // text iteration in progress (CPython disables tell() during next())
    Newline newline;
    std::string* encoding;   // text files: codec name as given ("UTF-8" by default)
    std::string* errors;     // text files: error handler
    std::string* wbuf;     // pending output
    std::string* rbuf;     // read-ahead input
    size_t rpos;           // consumed part of rbuf
    Value name;            // owned
    Value mode;            // owned str
};

bool check_signals_from_io();   // below

static FileObject* as_file(Value v) { return v.as<FileObject>(); }

// io.UnsupportedOperation: a class deriving from OSError and ValueError, as in CPython.
static Value g_unsupported_operation;

static Value raise_unsupported(const char* message) {
    Ref msg{str_from_cstr(message)};
    if (!g_unsupported_operation) return raise(&exc::OSError, "%s", message);
    Ref e{call1(g_unsupported_operation, msg.get())};
    if (e) raise_object(e.get());
    return Value{};
}

// The closed-file error; binary files name some operations, as CPython's buffered files do.
static bool check_open(FileObject* f, const char* binary_op = nullptr) {
    if (f->closed) {
        if (f->binary && binary_op) raise(&exc::ValueError, "%s of closed file", binary_op);
        else raise(&exc::ValueError, "I/O operation on closed file.");
        return false;
    }
    return true;
}

// Writes all of `data` to the descriptor, with the GIL released around each write(2).
static bool write_all(int fd, const char* data, size_t n) {
    while (n > 0) {
        ssize_t w;
        int err;
        w = vm::io_call(fd, POLLOUT, [&] { ssize_t r = ::write(fd, data, n); err = errno; return r; });
        if (w < 0) {
            if (err == EINTR) {
                if (!check_signals_from_io()) return false;
                continue;
            }
            raise_errno(&exc::OSError, err);
            return false;
        }
        data += w;
        n -= static_cast<size_t>(w);
    }
    return true;
}

static bool file_flush_impl(FileObject* f) {
    if (!f->wbuf || f->wbuf->empty()) return true;
    std::string out;
    out.swap(*f->wbuf);
    return write_all(f->fd, out.data(), out.size());
}

// Reads one chunk into rbuf; false on error; sets eof at end of file.
static bool fill_buffer(FileObject* f, size_t want = 65536) {
    if (f->rpos > 0 && f->rpos >= f->rbuf->size() / 2) {
        f->rbuf->erase(0, f->rpos);
        f->rpos = 0;
    }
    std::string chunk(want, '\0');
    ssize_t r;
    int err;
    for (;;) {
        r = vm::io_call(f->fd, POLLIN, [&] { ssize_t k = ::read(f->fd, chunk.data(), want); err = errno; return k; });
        if (r < 0 && err == EINTR) {
            if (!check_signals_from_io()) return false;
            continue;
        }
        break;
    }
    if (r < 0) {
        raise_errno(&exc::OSError, err);
        return false;
    }
    if (r == 0) f->eof = true;
    f->rbuf->append(chunk.data(), static_cast<size_t>(r));
    return true;
}

// Text mode: \r\n and \r become \n.
static std::string translate_newlines(std::string s) {
    if (s.find('\r') == std::string::npos) return s;
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); i++) {
        if (s[i] == '\r') {
            out += '\n';
            if (i + 1 < s.size() && s[i + 1] == '\n') i++;
        } else {
            out += s[i];
        }
    }
    return out;
}

static bool is_utf8_name(const std::string& e) {
    std::string l;
    for (char c : e) l += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c == '_' ? '-' : c);
    return l == "utf-8" || l == "utf8";
}

static bool is_single_byte_encoding(const std::string& e) {
    std::string l;
    for (char c : e) l += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c == '_' ? '-' : c);
    return l == "ascii" || l == "us-ascii" || l == "latin-1" || l == "latin1" || l == "iso-8859-1" || l == "l1";
}

// Bytes read from the file become the result: bytes, or text decoded and newline-translated.
static Value make_result(FileObject* f, std::string data) {
    if (f->binary) return bytes_from(data);
    Ref text;
    int64_t cps;
    if (is_utf8_name(*f->encoding) && *f->errors == "strict" && utf8_validate(data.data(), data.size(), &cps)) {
        if (f->newline != Newline::Universal) return str_from(data);
        return str_from(translate_newlines(std::move(data)));
    }
    text = Ref{str_decode(data, f->encoding->c_str(), f->errors->c_str())};
    if (!text) return Value{};
    if (f->newline != Newline::Universal) return text.release();
    std::string_view v = str_view(text.get());
    if (v.find('\r') == std::string_view::npos) return text.release();
    return str_from(translate_newlines(std::string(v)));
}

static Value file_read(const Value* args) {
    FileObject* f = as_file(args[0]);
    if (!check_open(f, "read")) return Value{};
    if (!f->readable) return raise_unsupported(f->binary ? "read" : "not readable");
    int64_t size = -1;
    if (!is_none(args[1]) && !index_to_i64(args[1], &size)) return Value{};
    if (!file_flush_impl(f)) return Value{};
    if (size < 0) {
        while (!f->eof)
            if (!fill_buffer(f)) return Value{};
        std::string data = f->rbuf->substr(f->rpos);
        f->rbuf->clear();
        f->rpos = 0;
        return make_result(f, std::move(data));
    }
    // size counts bytes (binary) or characters (text; ASCII-exact, UTF-8 completed).
    while (!f->eof && f->rbuf->size() - f->rpos < static_cast<size_t>(size))
        if (!fill_buffer(f)) return Value{};
    size_t n = std::min(static_cast<size_t>(size), f->rbuf->size() - f->rpos);
    if (!f->binary && !is_single_byte_encoding(*f->encoding)) {
        // extend to whole UTF-8 characters, counting code points
        size_t pos = f->rpos, count = 0;
        while (pos < f->rbuf->size() && count < static_cast<size_t>(size)) {
            unsigned char c = static_cast<unsigned char>((*f->rbuf)[pos]);
            size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
            while (pos + len > f->rbuf->size() && !f->eof)
                if (!fill_buffer(f)) return Value{};
            pos += len;
            count++;
        }
        n = std::min(pos, f->rbuf->size()) - f->rpos;
    }
    std::string data = f->rbuf->substr(f->rpos, n);
    f->rpos += n;
    return make_result(f, std::move(data));
}

// One line including its newline ("" at end of file). Which endings count depends on the mode.
static bool read_line(FileObject* f, int64_t limit, std::string* out) {
    Newline mode = f->binary ? Newline::LF : f->newline;
    for (;;) {
        const std::string& b = *f->rbuf;
        size_t end = std::string::npos, stop = 0;
        bool need_more = false;
        if (mode == Newline::LF || mode == Newline::CR) {
            end = b.find(mode == Newline::LF ? '\n' : '\r', f->rpos);
            stop = end + 1;
        } else if (mode == Newline::CRLF) {
            size_t from = f->rpos;
            while ((end = b.find('\r', from)) != std::string::npos) {
                if (end + 1 >= b.size()) {
                    if (!f->eof) need_more = true;
                    end = std::string::npos;
                    break;
                }
                if (b[end + 1] == '\n') break;
                from = end + 1;
            }
            stop = end + 2;
        } else {
            size_t nl = b.find('\n', f->rpos);
            size_t cr = b.find('\r', f->rpos);
            end = std::min(nl, cr);
            stop = end + 1;
            if (end != std::string::npos && end == cr) {
                if (cr + 1 >= b.size() && !f->eof) need_more = true;   // is \r followed by \n?
                else if (cr + 1 < b.size() && b[cr + 1] == '\n') stop = cr + 2;
            }
        }
        if (need_more) {
            if (!fill_buffer(f)) return false;
            continue;
        }
        if (end != std::string::npos) {
            if (limit >= 0 && stop - f->rpos > static_cast<size_t>(limit)) stop = f->rpos + limit;
            *out = b.substr(f->rpos, stop - f->rpos);
            f->rpos = stop;
            return true;
        }
        if (limit >= 0 && b.size() - f->rpos >= static_cast<size_t>(limit)) {
            *out = b.substr(f->rpos, limit);
            f->rpos += limit;
            return true;
        }
        if (f->eof) {
            *out = b.substr(f->rpos);
            f->rbuf->clear();
            f->rpos = 0;
            return true;
        }
        if (!fill_buffer(f, f->fd == 0 ? 4096 : 65536)) return false;
    }
}

static Value file_readline(const Value* args) {
    FileObject* f = as_file(args[0]);
    if (!check_open(f, "readline")) return Value{};
    if (!f->readable) return raise_unsupported(f->binary ? "read" : "not readable");
    int64_t limit = -1;
    if (!is_none(args[1]) && !index_to_i64(args[1], &limit)) return Value{};
    if (!file_flush_impl(f)) return Value{};
    std::string line;
    if (!read_line(f, limit, &line)) return Value{};
    return make_result(f, std::move(line));
}

static Value file_iternext(Value self) {
    FileObject* f = as_file(self);
    if (!check_open(f, "readline")) return Value{};
    if (!f->readable) return raise_unsupported(f->binary ? "read" : "not readable");
    std::string line;
    if (!read_line(f, -1, &line)) return Value{};
    if (line.empty()) {
        f->telling_disabled = false;
        return Value{};
    }
    if (!f->binary) f->telling_disabled = true;
    return make_result(f, std::move(line));
}

static Value file_readlines(const Value* args) {
    if (!check_open(as_file(args[0]))) return Value{};
    Ref l{list_new(0)};
    if (!l) return Value{};
    for (;;) {
        Value line = file_iternext(args[0]);
        as_file(args[0])->telling_disabled = false;
        if (!line) return has_error() ? Value{} : l.release();
        bool ok = list_append(l.get(), line);
        decref(line);
        if (!ok) return Value{};
    }
}

static bool file_write_text(FileObject* f, std::string_view data) {
    f->wbuf->append(data);
    bool flush_now = f->wbuf->size() >= 8192 || (f->line_buffering && data.find('\n') != std::string_view::npos);
    return !flush_now || file_flush_impl(f);
}

static Value file_write(const Value* args) {
    FileObject* f = as_file(args[0]);
    if (f->binary && !f->writable) return raise_unsupported("write");
    if (!check_open(f)) return Value{};
    Value data = args[1];
    if (!f->binary && !is_str(data))
        return raise(&exc::TypeError, "write() argument must be str, not %s", type_of(data)->tp_name);
    if (!f->writable) return raise_unsupported(f->binary ? "write" : "not writable");
    std::string_view bytes;
    int64_t count;
    if (f->binary) {
        if (!bytes_like_view(data, &bytes)) {
            clear_error();
            return raise(&exc::TypeError, "a bytes-like object is required, not '%s'", type_of(data)->tp_name);
        }
        count = static_cast<int64_t>(bytes.size());
    } else {
        if (!is_str(data)) return raise(&exc::TypeError, "write() argument must be str, not %s", type_of(data)->tp_name);
        count = data.as<Str>()->length;
        std::string translated;
        Ref encoded;
        bytes = str_view(data);
        if ((f->newline == Newline::CR || f->newline == Newline::CRLF) && bytes.find('\n') != std::string_view::npos) {
            const char* nl = f->newline == Newline::CR ? "\r" : "\r\n";
            for (char c : bytes) {
                if (c == '\n') translated += nl;
                else translated += c;
            }
            bytes = translated;
        }
        if (!is_utf8_name(*f->encoding) || *f->errors != "strict" || !data.as<Str>()->ascii) {
            Ref text{translated.empty() ? newref(data) : str_from(translated)};
            if (!text) return Value{};
            encoded = Ref{str_encode(text.get(), f->encoding->c_str(), f->errors->c_str())};
            if (!encoded) return Value{};
            if (!bytes_like_view(encoded.get(), &bytes)) return Value{};
        }
        if (!file_write_text(f, bytes)) return Value{};
        return int_from_i64(count);
    }
    if (!file_write_text(f, bytes)) return Value{};
    return int_from_i64(count);
}

static Value file_writelines(const Value* args) {
    Ref it{get_iter(args[1])};
    if (!it) return Value{};
    for (;;) {
        Ref line{iter_next(it.get())};
        if (!line) return has_error() ? Value{} : newref(none());
        Value a[2] = {args[0], line.get()};
        Ref r{file_write(a)};
        if (!r) return Value{};
    }
}

static Value file_flush(const Value* args) {
    FileObject* f = as_file(args[0]);
    if (!check_open(f)) return Value{};
    if (!file_flush_impl(f)) return Value{};
    return newref(none());
}

static bool close_file(FileObject* f) {
    if (f->closed) return true;
    bool ok = file_flush_impl(f);
    f->closed = true;
    if (f->closefd && f->fd >= 0) {
        vm::GilRelease release;
        ::close(f->fd);
    }
    return ok;
}

static Value file_close(const Value* args) {
    if (!close_file(as_file(args[0]))) return Value{};
    return newref(none());
}

static Value file_fileno(const Value* args) {
    FileObject* f = as_file(args[0]);
    if (f->closed) return raise(&exc::ValueError, "I/O operation on closed file");
    return int_from_i64(f->fd);
}

static Value file_isatty(const Value* args) {
    FileObject* f = as_file(args[0]);
    if (!check_open(f)) return Value{};
    return newref(bool_value(::isatty(f->fd)));
}

static Value file_readable(const Value* args) { return newref(bool_value(as_file(args[0])->readable)); }
static Value file_writable(const Value* args) { return newref(bool_value(as_file(args[0])->writable)); }
static Value file_seekable(const Value* args) {
    FileObject* f = as_file(args[0]);
    return newref(bool_value(::lseek(f->fd, 0, SEEK_CUR) >= 0));
}

static Value file_seek(const Value* args) {
    FileObject* f = as_file(args[0]);
    if (!check_open(f, "seek")) return Value{};
    int64_t off, whence;
    if (!index_to_i64(args[1], &off) || !index_to_i64(args[2], &whence)) return Value{};
    if (!file_flush_impl(f)) return Value{};
    f->telling_disabled = false;
    if (whence == SEEK_CUR) off -= static_cast<int64_t>(f->rbuf->size() - f->rpos);
    f->rbuf->clear();
    f->rpos = 0;
    f->eof = false;
    off_t r = ::lseek(f->fd, off, static_cast<int>(whence));
    if (r < 0) return raise_errno(&exc::OSError, errno);
    return int_from_i64(r);
}

static Value file_tell(const Value* args) {
    FileObject* f = as_file(args[0]);
    if (f->closed && f->binary) return raise(&exc::ValueError, "I/O operation on closed file");
    if (!check_open(f)) return Value{};
    if (f->telling_disabled) return raise(&exc::OSError, "telling position disabled by next() call");
    off_t r = ::lseek(f->fd, 0, SEEK_CUR);
    if (r < 0) return raise_errno(&exc::OSError, errno);
    return int_from_i64(r - static_cast<int64_t>(f->rbuf->size() - f->rpos) + static_cast<int64_t>(f->wbuf->size()));
}

static Value file_truncate(const Value* args) {
    FileObject* f = as_file(args[0]);
    if (!check_open(f) || !file_flush_impl(f)) return Value{};
    int64_t size;
    if (is_none(args[1])) size = ::lseek(f->fd, 0, SEEK_CUR);
    else if (!index_to_i64(args[1], &size)) return Value{};
    if (::ftruncate(f->fd, size) < 0) return raise_errno(&exc::OSError, errno);
    return int_from_i64(size);
}

static Value file_enter(const Value* args) {
    if (!check_open(as_file(args[0]))) return Value{};
    return newref(args[0]);
}

static Value file_exit(const Value* args) {
    if (!close_file(as_file(args[0]))) return Value{};
    return newref(none());
}

static Value file_iter(Value self) {
    if (!check_open(as_file(self))) return Value{};
    return newref(self);
}

static const NativeDef file_methods[] = {
    {"read(self, size=None, /)", file_read},
    {"readline(self, size=None, /)", file_readline},
    {"readlines(self, hint=-1, /)", file_readlines},
    {"write(self, data, /)", file_write},
    {"writelines(self, lines, /)", file_writelines},
    {"flush(self, /)", file_flush},
    {"close(self, /)", file_close},
    {"fileno(self, /)", file_fileno},
    {"isatty(self, /)", file_isatty},
    {"readable(self, /)", file_readable},
    {"writable(self, /)", file_writable},
    {"seekable(self, /)", file_seekable},
    {"seek(self, offset, whence=0, /)", file_seek},
    {"tell(self, /)", file_tell},
    {"truncate(self, size=None, /)", file_truncate},
    {"__enter__(self, /)", file_enter},
    {"__exit__(self, *args)", file_exit},
    {nullptr},
};

static Value file_get_closed(Value v) { return newref(bool_value(as_file(v)->closed)); }
static Value file_get_name(Value v) { return newref(as_file(v)->name); }
static Value file_get_mode(Value v) { return newref(as_file(v)->mode); }
static Value file_get_encoding(Value v) { return str_from(*as_file(v)->encoding); }
static Value file_get_errors(Value v) { return str_from(*as_file(v)->errors); }
static Value file_get_line_buffering(Value v) { return newref(bool_value(as_file(v)->line_buffering)); }

static const GetSetDef file_getsets[] = {
    {"closed", file_get_closed},
    {"name", file_get_name},
    {"mode", file_get_mode},
    {nullptr},
};

static const GetSetDef text_getsets[] = {
    {"encoding", file_get_encoding},
    {"errors", file_get_errors},
    {"line_buffering", file_get_line_buffering},
    {nullptr},
};

static Value file_repr(Value v) {
    FileObject* f = as_file(v);
    if (f->binary) {
        const char* kind = f->readable && !f->writable ? "BufferedReader" : f->writable && !f->readable ? "BufferedWriter"
                                                                                                         : "BufferedRandom";
        return str_format("<_io.%s name=%R>", kind, f->name);
    }
    return str_format("<_io.TextIOWrapper name=%R mode=%R encoding='%s'>", f->name, f->mode, f->encoding->c_str());
}

static void file_dealloc(Object* o) {
    FileObject* f = static_cast<FileObject*>(o);
    Value saved = take_error();
    if (!close_file(f)) clear_error();
    restore_error(saved);
    delete f->wbuf;
    delete f->rbuf;
    delete f->encoding;
    delete f->errors;
    decref(f->name);
    decref(f->mode);
    free_object_memory(o);
}

static Value new_file(int fd, bool binary, bool readable, bool writable, bool closefd, Value name, const char* mode) {
    FileObject* f = alloc<FileObject>(binary ? &binary_file_type : &text_file_type);
    if (!f) return Value{};
    f->fd = fd;
    f->binary = binary;
    f->readable = readable;
    f->writable = writable;
    f->closefd = closefd;
    f->wbuf = new std::string();
    f->rbuf = new std::string();
    f->encoding = new std::string("UTF-8");
    f->errors = new std::string("strict");
    f->newline = Newline::Universal;
    f->name = newref(name);
    f->mode = str_from_cstr(mode);
    f->line_buffering = !binary && ::isatty(fd);
    return Value(f);
}

Value make_std_stream(int fd, const char* name, const char* mode) {
    Ref n{str_from_cstr(name)};
    bool writable = mode[0] == 'w';
    Value f = new_file(fd, false, !writable, writable, false, n.get(), mode);
    if (f) *as_file(f)->encoding = "utf-8";
    if (f && fd == 2) as_file(f)->line_buffering = true;   // stderr is line buffered, as in CPython
    if (f && fd == 2) *as_file(f)->errors = "backslashreplace";
    return f;
}

Value builtin_open(const Value* args) {
    Value file = args[0], mode_v = args[1];
    if (!is_str(mode_v)) return raise(&exc::TypeError, "open() argument 'mode' must be str, not %s", type_of(mode_v)->tp_name);
    std::string mode(str_view(mode_v));
    bool r = false, w = false, a = false, x = false, plus = false, b = false, t = false;
    for (size_t i = 0; i < mode.size(); i++) {
        if (mode.find(mode[i]) != i) return raise(&exc::ValueError, "invalid mode: '%s'", mode.c_str());
        switch (mode[i]) {
            case 'r': r = true; break;
            case 'w': w = true; break;
            case 'a': a = true; break;
            case 'x': x = true; break;
            case '+': plus = true; break;
            case 'b': b = true; break;
            case 't': t = true; break;
            default: return raise(&exc::ValueError, "invalid mode: '%s'", mode.c_str());
        }
    }
    if ((r + w + a + x) != 1 || (b && t))
        return raise(&exc::ValueError, "must have exactly one of create/read/write/append mode");
    Value encoding = args[3], errors = args[4], newline = args[5];
    if (!is_none(encoding) && !is_str(encoding))
        return raise(&exc::TypeError, "open() argument 'encoding' must be str or None, not %s", type_of(encoding)->tp_name);
    if (!is_none(errors) && !is_str(errors))
        return raise(&exc::TypeError, "open() argument 'errors' must be str or None, not %s", type_of(errors)->tp_name);
    if (!is_none(newline) && !is_str(newline))
        return raise(&exc::TypeError, "open() argument 'newline' must be str or None, not %s", type_of(newline)->tp_name);
    if (b && !is_none(encoding)) return raise(&exc::ValueError, "binary mode doesn't take an encoding argument");
    if (b && !is_none(errors)) return raise(&exc::ValueError, "binary mode doesn't take an errors argument");
    if (b && !is_none(newline)) return raise(&exc::ValueError, "binary mode doesn't take a newline argument");
    Newline nl_mode = Newline::Universal;
    if (!is_none(newline)) {
        std::string_view nl = str_view(newline);
        if (nl == "") nl_mode = Newline::Untranslated;
        else if (nl == "\n") nl_mode = Newline::LF;
        else if (nl == "\r") nl_mode = Newline::CR;
        else if (nl == "\r\n") nl_mode = Newline::CRLF;
        else return raise(&exc::ValueError, "illegal newline value: %s", std::string(nl).c_str());
    }
    // PEP 597: encoding="locale" (exactly so; codecs do not know the name) asks for the locale's
    // encoding.  minipy's text files are UTF-8 whatever the locale, as CPython's are under a
    // UTF-8 locale or the coerced C locale (PEP 538), so it names the default: nothing to store.
    if (!b && !is_none(encoding) && str_view(encoding) == "locale") encoding = none();
    if (!b && !is_none(encoding)) {   // unknown codec names fail here, before the file is opened
        Ref probe{str_decode(std::string_view("a"), std::string(str_view(encoding)).c_str(), nullptr)};
        if (!probe) return Value{};
    }
    int flags = 0;
    if (r) flags = plus ? O_RDWR : O_RDONLY;
    if (w) flags = (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_TRUNC;
    if (a) flags = (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_APPEND;
    if (x) flags = (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_EXCL;
    flags |= O_CLOEXEC;
    int fd;
    Ref name;
    bool closefd = true;
    if (is_int(file)) {
        int64_t n;
        if (!int_to_i64(file, &n)) return Value{};
        fd = static_cast<int>(n);
        name = Ref::borrow(file);
        int c = truthy(args[6]);
        if (c < 0) return Value{};
        closefd = c;
    } else {
        Ref path;
        if (is_str(file)) path = Ref::borrow(file);
        else {
            path = Ref{call_method0(file, "__fspath__")};
            if (!path) {
                clear_error();
                return raise(&exc::TypeError, "expected str, bytes or os.PathLike object, not %s", type_of(file)->tp_name);
            }
        }
        std::string p(str_view(path.get()));
        int err;
        {
            vm::GilRelease release;
            fd = ::open(p.c_str(), flags, 0666);
            err = errno;
        }
        if (fd < 0) return raise_errno(&exc::OSError, err, p.c_str());
        struct stat st;
        if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
            ::close(fd);
            return raise_errno(&exc::OSError, EISDIR, p.c_str());
        }
        name = Ref::borrow(file);
    }
    // A binary file reports FileIO's normalized mode ("r+b" and "w+b" read as "rb+").
    std::string shown = mode;
    if (b) shown = x ? (plus ? "xb+" : "xb") : a ? (plus ? "ab+" : "ab") : plus ? "rb+" : r ? "rb" : "wb";
    Value f = new_file(fd, b, r || plus, w || a || x || plus, closefd, name.get(), shown.c_str());
    if (f && !b) {
        FileObject* fo = as_file(f);
        if (!is_none(encoding)) *fo->encoding = std::string(str_view(encoding));
        if (!is_none(errors)) *fo->errors = std::string(str_view(errors));
        fo->newline = nl_mode;
    }
    return f;
}

bool check_signals_from_io() {
    vm::ThreadState* ts = vm::current_vm_thread();
    if (ts && (ts->eval_breaker.load(std::memory_order_relaxed) & vm::kBreakSignals)) return vm::handle_eval_breaker(ts);
    return true;
}

static const NativeDef io_defs[] = {
    {"open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)",
     builtin_open},
    {nullptr},
};

Module* init_io_module() {
    Module* m = module_new_cstr("_io");
    if (!m) return nullptr;
    module_add_functions(m, io_defs);
    module_add(m, "TextIOWrapper", Value(&text_file_type));
    module_add(m, "BufferedFile", Value(&binary_file_type));
    module_add(m, "UnsupportedOperation", g_unsupported_operation ? g_unsupported_operation : Value(&exc::OSError));
    Ref dbs{int_from_i64(8192)};
    module_add(m, "DEFAULT_BUFFER_SIZE", dbs.get());
    return m;
}

static void init_unsupported_operation() {
    Ref name{str_from("UnsupportedOperation")};
    Ref bases{tuple_pack({Value(&exc::OSError), Value(&exc::ValueError)})};
    Ref ns{Value(dict_new())};
    Ref mod{str_from("io")};
    if (!name || !bases || !ns || !mod || dict_set_str(ns.as<Dict>(), names::__module__, mod.get()) < 0)
        fatal_error("init_unsupported_operation");
    g_unsupported_operation = type_new_impl(&type_type, name.get(), bases.as<Tuple>(), ns.as<Dict>());
    if (!g_unsupported_operation) fatal_error("init_unsupported_operation");
}

void init_file_types() {
    init_unsupported_operation();
    for (Type* t : {&text_file_type, &binary_file_type}) {
        bool text = t == &text_file_type;
        init_static_type(t, text ? "_io.TextIOWrapper" : "_io.BufferedFile", &object_type, sizeof(FileObject), 0);
        t->dealloc = file_dealloc;
        t->repr = file_repr;
        t->iter = file_iter;
        t->iternext = file_iternext;
        add_methods(t, file_methods);
        add_getsets(t, file_getsets);
        if (text) add_getsets(t, text_getsets);
        finalize_type(t);
    }
}

}  // namespace minipy::lib
