// time.cpp — the `time` module: clocks, sleep (which releases the GIL), and calendar time.
#include <sys/time.h>
#include <time.h>

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <string>

#include "runtime/errors.hpp"
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

namespace minipy::lib {

using namespace rt;

static double clock_seconds(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return static_cast<double>(ts.tv_sec) + ts.tv_nsec * 1e-9;
}

static Value clock_ns(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return int_from_i64(static_cast<int64_t>(ts.tv_sec) * 1000000000LL + ts.tv_nsec);
}

static Value time_time(const Value*) { return float_from(clock_seconds(CLOCK_REALTIME)); }
static Value time_time_ns(const Value*) { return clock_ns(CLOCK_REALTIME); }
static Value time_monotonic(const Value*) { return float_from(clock_seconds(CLOCK_MONOTONIC)); }
static Value time_monotonic_ns(const Value*) { return clock_ns(CLOCK_MONOTONIC); }
static Value time_process_time(const Value*) { return float_from(clock_seconds(CLOCK_PROCESS_CPUTIME_ID)); }
static Value time_process_time_ns(const Value*) { return clock_ns(CLOCK_PROCESS_CPUTIME_ID); }
static Value time_thread_time(const Value*) { return float_from(clock_seconds(CLOCK_THREAD_CPUTIME_ID)); }

// Sleeps with the GIL released. A signal (Ctrl-C) interrupts the sleep: the handler runs and, if
// it raises, so does sleep(); otherwise the sleep continues for the remaining time (PEP 475).
bool sleep_seconds(double secs) {
    double deadline = clock_seconds(CLOCK_MONOTONIC) + secs;
    for (;;) {
        double left = deadline - clock_seconds(CLOCK_MONOTONIC);
        if (left <= 0) return true;
        struct timespec req;
        req.tv_sec = static_cast<time_t>(left);
        req.tv_nsec = static_cast<long>((left - static_cast<double>(req.tv_sec)) * 1e9);
        int r;
        {
            vm::GilRelease release;
            r = nanosleep(&req, nullptr);
        }
        if (r == 0) return true;
        if (errno != EINTR) {
            raise_errno(&exc::OSError, errno);
            return false;
        }
        vm::ThreadState* ts = vm::current_vm_thread();
        if (ts && !vm::handle_eval_breaker(ts)) return false;
    }
}

static Value time_sleep(const Value* args) {
    double secs;
    if (!to_double(args[0], &secs)) {
        if (error_matches(&exc::TypeError)) {
            clear_error();
            return raise(&exc::TypeError, "'%s' object cannot be interpreted as an integer", type_of(args[0])->tp_name);
        }
        return Value{};
    }
    if (std::isnan(secs)) return raise(&exc::ValueError, "Invalid value NaN (not a number)");
    if (secs < 0) return raise(&exc::ValueError, "sleep length must be non-negative");
    if (!sleep_seconds(secs)) return Value{};
    return newref(none());
}

// --- calendar time --------------------------------------------------------------------------

Type struct_time_type;

static const char* const kStructTimeFields[] = {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min",
                                                "tm_sec", "tm_wday", "tm_yday", "tm_isdst"};

static Value make_struct_time(const struct tm& t) {
    Tuple* r = tuple_new(9);
    if (!r) return Value{};
    int vals[9] = {t.tm_year + 1900, t.tm_mon + 1, t.tm_mday, t.tm_hour, t.tm_min,
                   t.tm_sec, (t.tm_wday + 6) % 7, t.tm_yday + 1, t.tm_isdst};
    for (int i = 0; i < 9; i++) r->items[i] = Value::small_int(vals[i]);
    r->type = &struct_time_type;
    return Value(r);
}

static bool to_tm(Value v, struct tm* out) {
    Ref t{sequence_to_tuple(v)};
    if (!t) return false;
    Tuple* tup = t.as<Tuple>();
    if (tup->size != 9) {
        raise(&exc::TypeError, "time.struct_time() takes a sequence of length 9");
        return false;
    }
    int64_t f[9];
    for (int i = 0; i < 9; i++)
        if (!index_to_i64(tup->items[i], &f[i])) return false;
    *out = {};
    out->tm_year = static_cast<int>(f[0] - 1900);
    out->tm_mon = static_cast<int>(f[1] - 1);
    out->tm_mday = static_cast<int>(f[2]);
    out->tm_hour = static_cast<int>(f[3]);
    out->tm_min = static_cast<int>(f[4]);
    out->tm_sec = static_cast<int>(f[5]);
    out->tm_wday = static_cast<int>((f[6] + 1) % 7);
    out->tm_yday = static_cast<int>(f[7] - 1);
    out->tm_isdst = static_cast<int>(f[8]);
    return true;
}

static bool seconds_arg(Value v, time_t* out) {
    if (!v || is_none(v)) {
        *out = ::time(nullptr);
        return true;
    }
    double d;
    if (!to_double(v, &d)) return false;
    *out = static_cast<time_t>(std::floor(d));
    return true;
}

static Value time_localtime(const Value* args) {
    time_t t;
    if (!seconds_arg(args[0], &t)) return Value{};
    struct tm tm;
    localtime_r(&t, &tm);
    return make_struct_time(tm);
}

static Value time_gmtime(const Value* args) {
    time_t t;
    if (!seconds_arg(args[0], &t)) return Value{};
    struct tm tm;
    gmtime_r(&t, &tm);
    return make_struct_time(tm);
}

static Value time_mktime(const Value* args) {
    struct tm tm;
    if (!to_tm(args[0], &tm)) return Value{};
    return float_from(static_cast<double>(::mktime(&tm)));
}

static Value time_strftime(const Value* args) {
    if (!is_str(args[0])) return raise(&exc::TypeError, "strftime() argument 1 must be str, not %s", type_of(args[0])->tp_name);
    struct tm tm;
    if (!args[1] || is_none(args[1])) {
        time_t t = ::time(nullptr);
        localtime_r(&t, &tm);
    } else if (!to_tm(args[1], &tm)) {
        return Value{};
    }
    std::string fmt(str_view(args[0]));
    if (fmt.empty()) return str_from("");
    std::string buf(256 + fmt.size() * 8, '\0');
    size_t n = ::strftime(buf.data(), buf.size(), fmt.c_str(), &tm);
    buf.resize(n);
    return str_from(buf);
}

static Value time_asctime(const Value* args) {
    struct tm tm;
    if (!args[0] || is_none(args[0])) {
        time_t t = ::time(nullptr);
        localtime_r(&t, &tm);
    } else if (!to_tm(args[0], &tm)) {
        return Value{};
    }
    static const char* const days[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char* const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    char buf[64];
    std::snprintf(buf, sizeof buf, "%s %s %2d %02d:%02d:%02d %d", days[tm.tm_wday % 7], months[tm.tm_mon % 12],
                  tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, tm.tm_year + 1900);
    return str_from_cstr(buf);
}

static Value time_ctime(const Value* args) {
    time_t t;
    if (!seconds_arg(args[0], &t)) return Value{};
    struct tm tm;
    localtime_r(&t, &tm);
    Ref st{make_struct_time(tm)};
    Value a[1] = {st.get()};
    return time_asctime(a);
}

static Value st_field(Value v, int i) { return newref(v.as<Tuple>()->items[i]); }
#define ST_GETTER(i) static Value st_get_##i(Value v) { return st_field(v, i); }
ST_GETTER(0) ST_GETTER(1) ST_GETTER(2) ST_GETTER(3) ST_GETTER(4) ST_GETTER(5) ST_GETTER(6) ST_GETTER(7) ST_GETTER(8)
#undef ST_GETTER

static const GetSetDef struct_time_getsets[] = {
    {"tm_year", st_get_0}, {"tm_mon", st_get_1}, {"tm_mday", st_get_2}, {"tm_hour", st_get_3}, {"tm_min", st_get_4},
    {"tm_sec", st_get_5}, {"tm_wday", st_get_6}, {"tm_yday", st_get_7}, {"tm_isdst", st_get_8}, {nullptr},
};

static Value struct_time_repr(Value v) {
    Tuple* t = v.as<Tuple>();
    std::string out = "time.struct_time(";
    for (int i = 0; i < 9; i++) {
        if (i) out += ", ";
        out += std::string(kStructTimeFields[i]) + "=" + repr_utf8(t->items[i]);
    }
    return str_from(out + ")");
}

static const NativeDef time_defs[] = {
    {"time()", time_time},
    {"time_ns()", time_time_ns},
    {"monotonic()", time_monotonic},
    {"monotonic_ns()", time_monotonic_ns},
    {"perf_counter()", time_monotonic},
    {"perf_counter_ns()", time_monotonic_ns},
    {"process_time()", time_process_time},
    {"process_time_ns()", time_process_time_ns},
    {"thread_time()", time_thread_time},
    {"sleep(secs, /)", time_sleep},
    {"localtime(seconds=None, /)", time_localtime},
    {"gmtime(seconds=None, /)", time_gmtime},
    {"mktime(t, /)", time_mktime},
    {"strftime(format, t=None, /)", time_strftime},
    {"asctime(t=None, /)", time_asctime},
    {"ctime(seconds=None, /)", time_ctime},
    {nullptr},
};

Module* init_time_module() {
    static bool types_ready = false;
    if (!types_ready) {
        init_static_type(&struct_time_type, "time.struct_time", &tuple_type, sizeof(Tuple), 0);
        struct_time_type.itemsize = sizeof(Value);
        struct_time_type.repr = struct_time_repr;
        add_getsets(&struct_time_type, struct_time_getsets);
        finalize_type(&struct_time_type);
        types_ready = true;
    }
    Module* m = module_new_cstr("time");
    if (!m) return nullptr;
    module_add_functions(m, time_defs);
    module_add(m, "struct_time", Value(&struct_time_type));
    tzset();
    module_add_owned(m, "timezone", int_from_i64(timezone));
    module_add_owned(m, "altzone", int_from_i64(timezone - 3600));
    module_add_owned(m, "daylight", int_from_i64(daylight));
    Ref n0{str_from_cstr(tzname[0])}, n1{str_from_cstr(tzname[1])};
    module_add_owned(m, "tzname", tuple_pack({n0.get(), n1.get()}));
    return m;
}

}  // namespace minipy::lib
