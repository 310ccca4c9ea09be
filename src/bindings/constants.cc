// internalBinding('constants'): os.constants and fs.constants.

#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>
#include <uv.h>

#include "base/args.h"

namespace eddy::binding::constants {

// The lists are X-macros, one name a line (clang-format cannot lay them out).
// clang-format off
#define EDDY_SIGNALS(V) \
  V(SIGHUP) \
  V(SIGINT) \
  V(SIGQUIT) \
  V(SIGILL) \
  V(SIGTRAP) \
  V(SIGABRT) \
  V(SIGIOT) \
  V(SIGBUS) \
  V(SIGFPE) \
  V(SIGKILL) \
  V(SIGUSR1) \
  V(SIGSEGV) \
  V(SIGUSR2) \
  V(SIGPIPE) \
  V(SIGALRM) \
  V(SIGTERM) \
  V(SIGCHLD) \
  V(SIGSTKFLT) \
  V(SIGCONT) \
  V(SIGSTOP) \
  V(SIGTSTP) \
  V(SIGTTIN) \
  V(SIGTTOU) \
  V(SIGURG) \
  V(SIGXCPU) \
  V(SIGXFSZ) \
  V(SIGVTALRM) \
  V(SIGPROF) \
  V(SIGWINCH) \
  V(SIGIO) \
  V(SIGPOLL) \
  V(SIGPWR) \
  V(SIGSYS)

#define EDDY_ERRNOS(V) \
  V(E2BIG) \
  V(EACCES) \
  V(EADDRINUSE) \
  V(EADDRNOTAVAIL) \
  V(EAFNOSUPPORT) \
  V(EAGAIN) \
  V(EALREADY) \
  V(EBADF) \
  V(EBADMSG) \
  V(EBUSY) \
  V(ECANCELED) \
  V(ECHILD) \
  V(ECONNABORTED) \
  V(ECONNREFUSED) \
  V(ECONNRESET) \
  V(EDEADLK) \
  V(EDESTADDRREQ) \
  V(EDOM) \
  V(EDQUOT) \
  V(EEXIST) \
  V(EFAULT) \
  V(EFBIG) \
  V(EHOSTUNREACH) \
  V(EIDRM) \
  V(EILSEQ) \
  V(EINPROGRESS) \
  V(EINTR) \
  V(EINVAL) \
  V(EIO) \
  V(EISCONN) \
  V(EISDIR) \
  V(ELOOP) \
  V(EMFILE) \
  V(EMLINK) \
  V(EMSGSIZE) \
  V(EMULTIHOP) \
  V(ENAMETOOLONG) \
  V(ENETDOWN) \
  V(ENETRESET) \
  V(ENETUNREACH) \
  V(ENFILE) \
  V(ENOBUFS) \
  V(ENODATA) \
  V(ENODEV) \
  V(ENOENT) \
  V(ENOEXEC) \
  V(ENOLCK) \
  V(ENOLINK) \
  V(ENOMEM) \
  V(ENOMSG) \
  V(ENOPROTOOPT) \
  V(ENOSPC) \
  V(ENOSR) \
  V(ENOSTR) \
  V(ENOSYS) \
  V(ENOTCONN) \
  V(ENOTDIR) \
  V(ENOTEMPTY) \
  V(ENOTSOCK) \
  V(ENOTSUP) \
  V(ENOTTY) \
  V(ENXIO) \
  V(EOPNOTSUPP) \
  V(EOVERFLOW) \
  V(EPERM) \
  V(EPIPE) \
  V(EPROTO) \
  V(EPROTONOSUPPORT) \
  V(EPROTOTYPE) \
  V(ERANGE) \
  V(EROFS) \
  V(ESPIPE) \
  V(ESRCH) \
  V(ESTALE) \
  V(ETIME) \
  V(ETIMEDOUT) \
  V(ETXTBSY) \
  V(EWOULDBLOCK) \
  V(EXDEV)

#define EDDY_FS_CONSTANTS(V) \
  V(UV_FS_SYMLINK_DIR) \
  V(UV_FS_SYMLINK_JUNCTION) \
  V(O_RDONLY) \
  V(O_WRONLY) \
  V(O_RDWR) \
  V(UV_DIRENT_UNKNOWN) \
  V(UV_DIRENT_FILE) \
  V(UV_DIRENT_DIR) \
  V(UV_DIRENT_LINK) \
  V(UV_DIRENT_FIFO) \
  V(UV_DIRENT_SOCKET) \
  V(UV_DIRENT_CHAR) \
  V(UV_DIRENT_BLOCK) \
  V(S_IFMT) \
  V(S_IFREG) \
  V(S_IFDIR) \
  V(S_IFCHR) \
  V(S_IFBLK) \
  V(S_IFIFO) \
  V(S_IFLNK) \
  V(S_IFSOCK) \
  V(O_CREAT) \
  V(O_EXCL) \
  V(UV_FS_O_FILEMAP) \
  V(O_NOCTTY) \
  V(O_TRUNC) \
  V(O_APPEND) \
  V(O_DIRECTORY) \
  V(O_NOATIME) \
  V(O_NOFOLLOW) \
  V(O_SYNC) \
  V(O_DSYNC) \
  V(O_DIRECT) \
  V(O_NONBLOCK) \
  V(S_IRWXU) \
  V(S_IRUSR) \
  V(S_IWUSR) \
  V(S_IXUSR) \
  V(S_IRWXG) \
  V(S_IRGRP) \
  V(S_IWGRP) \
  V(S_IXGRP) \
  V(S_IRWXO) \
  V(S_IROTH) \
  V(S_IWOTH) \
  V(S_IXOTH) \
  V(F_OK) \
  V(R_OK) \
  V(W_OK) \
  V(X_OK) \
  V(UV_FS_COPYFILE_EXCL) \
  V(UV_FS_COPYFILE_FICLONE) \
  V(UV_FS_COPYFILE_FICLONE_FORCE)

// clang-format on

static JSObject* NewChild(JSContext* cx, JS::HandleObject parent,
                          const char* name) {
  JS::RootedObject child(cx, JS_NewPlainObject(cx));
  if (!child || !SetObjectProperty(cx, parent, name, child)) return nullptr;
  return child;
}

bool Initialize(JSContext* cx, JS::HandleObject exports) {
  JS::RootedObject os(cx, NewChild(cx, exports, "os"));
  if (!os) return false;
  JS::RootedObject signals(cx, NewChild(cx, os, "signals"));
  JS::RootedObject errnos(cx, NewChild(cx, os, "errno"));
  JS::RootedObject priority(cx, NewChild(cx, os, "priority"));
  JS::RootedObject dl(cx, NewChild(cx, os, "dlopen"));
  if (!signals || !errnos || !priority || !dl) return false;
#define V(name) \
  if (!SetNumberProperty(cx, signals, #name, name)) return false;
  EDDY_SIGNALS(V)
#undef V
#define V(name) \
  if (!SetNumberProperty(cx, errnos, #name, name)) return false;
  EDDY_ERRNOS(V)
#undef V
  if (!SetNumberProperty(cx, os, "UV_UDP_REUSEADDR", UV_UDP_REUSEADDR) ||
      !SetNumberProperty(cx, priority, "PRIORITY_LOW", 19) ||
      !SetNumberProperty(cx, priority, "PRIORITY_BELOW_NORMAL", 10) ||
      !SetNumberProperty(cx, priority, "PRIORITY_NORMAL", 0) ||
      !SetNumberProperty(cx, priority, "PRIORITY_ABOVE_NORMAL", -7) ||
      !SetNumberProperty(cx, priority, "PRIORITY_HIGH", -14) ||
      !SetNumberProperty(cx, priority, "PRIORITY_HIGHEST", -20) ||
      !SetNumberProperty(cx, dl, "RTLD_LAZY", RTLD_LAZY) ||
      !SetNumberProperty(cx, dl, "RTLD_NOW", RTLD_NOW) ||
      !SetNumberProperty(cx, dl, "RTLD_GLOBAL", RTLD_GLOBAL) ||
      !SetNumberProperty(cx, dl, "RTLD_LOCAL", RTLD_LOCAL) ||
      !SetNumberProperty(cx, dl, "RTLD_DEEPBIND", RTLD_DEEPBIND)) {
    return false;
  }
  JS::RootedObject fs(cx, NewChild(cx, exports, "fs"));
  if (!fs) return false;
#define V(name) \
  if (!SetNumberProperty(cx, fs, #name, name)) return false;
  EDDY_FS_CONSTANTS(V)
#undef V
  return SetNumberProperty(cx, fs, "COPYFILE_EXCL", UV_FS_COPYFILE_EXCL) &&
         SetNumberProperty(cx, fs, "COPYFILE_FICLONE",
                           UV_FS_COPYFILE_FICLONE) &&
         SetNumberProperty(cx, fs, "COPYFILE_FICLONE_FORCE",
                           UV_FS_COPYFILE_FICLONE_FORCE);
}

}  // namespace eddy::binding::constants
