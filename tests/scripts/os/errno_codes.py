# errno: the codes by name, errorcode by number, and the OSError subclasses they select.
import errno
import os

names = [n for n in dir(errno) if n.startswith('E')]
print(len(names), len(errno.errorcode))
print(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EAGAIN, errno.EWOULDBLOCK, errno.EINTR, errno.EPIPE,
      errno.ECONNREFUSED, errno.ETIMEDOUT, errno.EINVAL, errno.EBADF, errno.ECHILD, errno.ESRCH)
print(errno.errorcode[2], errno.errorcode[errno.EAGAIN], errno.errorcode[errno.EDEADLK],
      errno.errorcode[errno.EOPNOTSUPP], errno.errorcode[errno.EWOULDBLOCK])
print(all(errno.errorcode[getattr(errno, n)] in names for n in names))
print(sorted(errno.errorcode.items())[:8])
for code in [errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EPERM, errno.EISDIR, errno.ENOTDIR, errno.EINTR,
             errno.EAGAIN, errno.ECHILD, errno.EPIPE, errno.ECONNRESET, errno.ESRCH, errno.ETIMEDOUT, errno.EINVAL]:
    e = OSError(code, os.strerror(code))
    print(errno.errorcode[code], type(e).__name__, e)
try:
    os.stat('/definitely/not/here')
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])
