// errno.cpp — the `errno` module: the system's error codes by name, and `errorcode`, the
// names by code (where two names share a code, the one CPython shows: EAGAIN, EDEADLOCK,
// ENOTSUP). The values come from <errno.h>, so they are the platform's own.
#include <cerrno>

#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/int.hpp"
#include "runtime/module.hpp"
#include "runtime/str.hpp"
#include "stdlib/stdlib.hpp"

namespace minipy::lib {

using namespace rt;

namespace {

struct ErrnoName {
    const char* name;
    int code;
};

#define E(name) {#name, name}
// In order of value.
const ErrnoName kErrnoNames[] = {
    E(EPERM), E(ENOENT), E(ESRCH), E(EINTR), E(EIO), E(ENXIO), E(E2BIG), E(ENOEXEC), E(EBADF),
    E(ECHILD), E(EAGAIN), E(EWOULDBLOCK), E(ENOMEM), E(EACCES), E(EFAULT), E(ENOTBLK), E(EBUSY),
    E(EEXIST), E(EXDEV), E(ENODEV), E(ENOTDIR), E(EISDIR), E(EINVAL), E(ENFILE), E(EMFILE),
    E(ENOTTY), E(ETXTBSY), E(EFBIG), E(ENOSPC), E(ESPIPE), E(EROFS), E(EMLINK), E(EPIPE), E(EDOM),
    E(ERANGE), E(EDEADLK), E(EDEADLOCK), E(ENAMETOOLONG), E(ENOLCK), E(ENOSYS), E(ENOTEMPTY),
    E(ELOOP), E(ENOMSG), E(EIDRM), E(ECHRNG), E(EL2NSYNC), E(EL3HLT), E(EL3RST), E(ELNRNG),
    E(EUNATCH), E(ENOCSI), E(EL2HLT), E(EBADE), E(EBADR), E(EXFULL), E(ENOANO), E(EBADRQC),
    E(EBADSLT), E(EBFONT), E(ENOSTR), E(ENODATA), E(ETIME), E(ENOSR), E(ENONET), E(ENOPKG),
    E(EREMOTE), E(ENOLINK), E(EADV), E(ESRMNT), E(ECOMM), E(EPROTO), E(EMULTIHOP), E(EDOTDOT),
    E(EBADMSG), E(EOVERFLOW), E(ENOTUNIQ), E(EBADFD), E(EREMCHG), E(ELIBACC), E(ELIBBAD),
    E(ELIBSCN), E(ELIBMAX), E(ELIBEXEC), E(EILSEQ), E(ERESTART), E(ESTRPIPE), E(EUSERS),
    E(ENOTSOCK), E(EDESTADDRREQ), E(EMSGSIZE), E(EPROTOTYPE), E(ENOPROTOOPT), E(EPROTONOSUPPORT),
    E(ESOCKTNOSUPPORT), E(ENOTSUP), E(EOPNOTSUPP), E(EPFNOSUPPORT), E(EAFNOSUPPORT), E(EADDRINUSE),
    E(EADDRNOTAVAIL), E(ENETDOWN), E(ENETUNREACH), E(ENETRESET), E(ECONNABORTED), E(ECONNRESET),
    E(ENOBUFS), E(EISCONN), E(ENOTCONN), E(ESHUTDOWN), E(ETOOMANYREFS), E(ETIMEDOUT),
    E(ECONNREFUSED), E(EHOSTDOWN), E(EHOSTUNREACH), E(EALREADY), E(EINPROGRESS), E(ESTALE),
    E(EUCLEAN), E(ENOTNAM), E(ENAVAIL), E(EISNAM), E(EREMOTEIO), E(EDQUOT), E(ENOMEDIUM),
    E(EMEDIUMTYPE), E(ECANCELED), E(ENOKEY), E(EKEYEXPIRED), E(EKEYREVOKED), E(EKEYREJECTED),
    E(EOWNERDEAD), E(ENOTRECOVERABLE), E(ERFKILL),
    {nullptr, 0},
};
#undef E

}  // namespace

Module* init_errno_module() {
    Module* m = module_new_cstr("errno");
    if (!m) return nullptr;
    Ref errorcode{Value(dict_new())};
    if (!errorcode) return nullptr;
    for (const ErrnoName* e = kErrnoNames; e->name; e++) {
        Ref code{int_from_i64(e->code)};
        Ref name{str_from_cstr(e->name)};
        if (!code || !name) return nullptr;
        module_add(m, e->name, code.get());
        if (dict_set_item(errorcode.as<Dict>(), code.get(), name.get()) < 0) return nullptr;
    }
    // The names CPython's errorcode shows for the codes that have two.
    for (const ErrnoName& e : {ErrnoName{"EAGAIN", EAGAIN}, ErrnoName{"EDEADLOCK", EDEADLOCK}, ErrnoName{"ENOTSUP", ENOTSUP}}) {
        Ref code{int_from_i64(e.code)};
        Ref name{str_from_cstr(e.name)};
        if (!code || !name || dict_set_item(errorcode.as<Dict>(), code.get(), name.get()) < 0) return nullptr;
    }
    module_add(m, "errorcode", errorcode.get());
    return m;
}

}  // namespace minipy::lib
