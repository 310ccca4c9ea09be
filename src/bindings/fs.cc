// internalBinding('fs'): file system calls on libuv. Every call takes an
// optional request object as its last argument: with one, the call runs on
// libuv's thread pool and `req.oncomplete(err, result)` runs later; without,
// it runs now and throws Node's error.

#include <js/Array.h>
#include <js/ArrayBuffer.h>
#include <js/SharedArrayBuffer.h>
#include <js/experimental/TypedData.h>
#include <poll.h>
#include <uv.h>

#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "base/args.h"
#include "base/callback_scope.h"
#include "base/wraps.h"
#include "core/environment.h"
#include "core/errors.h"
#include "util/encoding.h"

namespace eddy::binding::fs {

enum class Result {
  kUndefined,
  kInt,
  kStat,
  kString,
  kPath,
  kDirents,
  kNames,
  kStatfs
};

// Buffers at most this big may live inline in a GC thing, or in the
// nursery, and move during a GC: async I/O works on a copy of them.
constexpr size_t kMovableLimit = 1024;

class FSReqWrap final : public ReqWrap<uv_fs_t> {
 public:
  FSReqWrap(Environment* env, JS::HandleObject obj, Result kind,
            const char* syscall, const char* path, const char* dest)
      : ReqWrap(env, obj),
        kind(kind),
        syscall(syscall),
        path(path ? path : ""),
        dest(dest ? dest : ""),
        has_path(path != nullptr),
        has_dest(dest != nullptr) {}
  ~FSReqWrap() override { uv_fs_req_cleanup(req()); }

  Result kind;
  const char* syscall;
  std::string path, dest;
  bool has_path, has_dest;
  std::string scratch;     // bytes of a movable buffer, or an encoded string
  bool copy_back = false;  // a read into `scratch`: copy to req.buffer after
  size_t copy_offset = 0;  // where in req.buffer the bytes go
};

static bool StatArray(JSContext* cx, const uv_stat_t& s,
                      JS::MutableHandleValue out) {
  double fields[] = {double(s.st_dev),
                     double(s.st_mode),
                     double(s.st_nlink),
                     double(s.st_uid),
                     double(s.st_gid),
                     double(s.st_rdev),
                     double(s.st_blksize),
                     double(s.st_ino),
                     double(s.st_size),
                     double(s.st_blocks),
                     double(s.st_atim.tv_sec),
                     double(s.st_atim.tv_nsec),
                     double(s.st_mtim.tv_sec),
                     double(s.st_mtim.tv_nsec),
                     double(s.st_ctim.tv_sec),
                     double(s.st_ctim.tv_nsec),
                     double(s.st_birthtim.tv_sec),
                     double(s.st_birthtim.tv_nsec)};
  constexpr size_t n = sizeof fields / sizeof fields[0];
  JSObject* array = JS_NewFloat64Array(cx, n);
  if (!array) return false;
  JS::AutoCheckCannotGC nogc;
  bool shared;
  double* data = JS_GetFloat64ArrayData(array, &shared, nogc);
  memcpy(data, fields, sizeof fields);
  out.setObject(*array);
  return true;
}

static bool StringValue(JSContext* cx, const char* s,
                        JS::MutableHandleValue out) {
  JSString* str = NewStringUtf8(cx, s);
  if (!str) return false;
  out.setString(str);
  return true;
}

static bool MakeResult(JSContext* cx, uv_fs_t* req, Result kind,
                       JS::MutableHandleValue out) {
  switch (kind) {
    case Result::kUndefined:
      out.setUndefined();
      return true;
    case Result::kInt:
      out.setNumber(static_cast<double>(req->result));
      return true;
    case Result::kStat:
      return StatArray(cx, req->statbuf, out);
    case Result::kString:
      return StringValue(cx, static_cast<const char*>(req->ptr), out);
    case Result::kPath:
      return StringValue(cx, req->path, out);
    case Result::kStatfs: {
      auto* s = static_cast<uv_statfs_t*>(req->ptr);
      double fields[] = {double(s->f_type),   double(s->f_bsize),
                         double(s->f_blocks), double(s->f_bfree),
                         double(s->f_bavail), double(s->f_files),
                         double(s->f_ffree)};
      JS::RootedObject array(cx, JS::NewArrayObject(cx, 7));
      if (!array) return false;
      for (uint32_t i = 0; i < 7; i++) {
        JS::RootedValue v(cx, JS::NumberValue(fields[i]));
        if (!JS_SetElement(cx, array, i, v)) return false;
      }
      out.setObject(*array);
      return true;
    }
    case Result::kNames:
    case Result::kDirents: {
      JS::RootedObject names(cx, JS::NewArrayObject(cx, 0));
      JS::RootedObject types(cx, JS::NewArrayObject(cx, 0));
      if (!names || !types) return false;
      uv_dirent_t ent;
      uint32_t i = 0;
      while (uv_fs_scandir_next(req, &ent) != UV_EOF) {
        JS::RootedValue name(cx), type(cx, JS::Int32Value(ent.type));
        if (!StringValue(cx, ent.name, &name) ||
            !JS_SetElement(cx, names, i, name) ||
            !JS_SetElement(cx, types, i, type)) {
          return false;
        }
        i++;
      }
      if (kind == Result::kNames) {
        out.setObject(*names);
        return true;
      }
      JS::RootedValueArray<2> parts(cx);
      parts[0].setObject(*names);
      parts[1].setObject(*types);
      JSObject* pair = JS::NewArrayObject(cx, parts);
      if (!pair) return false;
      out.setObject(*pair);
      return true;
    }
  }
  return false;
}

static void AfterAsync(uv_fs_t* req) {
  std::unique_ptr<FSReqWrap> w(
      static_cast<FSReqWrap*>(ReqWrap<uv_fs_t>::From(req)));
  Environment* env = w->env();
  if (env->is_stopping()) return;
  JSContext* cx = env->cx();
  JSAutoRealm ar(cx, env->global());
  JS::RootedObject obj(cx, w->object());
  JS::RootedValueArray<2> argv(cx);
  bool ok = true;
  if (req->result < 0) {
    JSObject* err = UVException(cx, static_cast<int>(req->result), w->syscall,
                                w->has_path ? w->path.c_str() : nullptr,
                                w->has_dest ? w->dest.c_str() : nullptr);
    ok = err != nullptr;
    if (ok) argv[0].setObject(*err);
  } else {
    argv[0].setNull();
    ok = MakeResult(cx, req, w->kind, argv[1]);
    if (ok && w->copy_back) {
      // The read landed in scratch; it belongs in req.buffer at copy_offset.
      JS::RootedValue buffer(cx);
      ok = JS_GetProperty(cx, obj, "buffer", &buffer);
      if (ok && buffer.isObject() &&
          JS_IsArrayBufferViewObject(&buffer.toObject())) {
        JS::AutoCheckCannotGC nogc;
        bool shared;
        JSObject* view = &buffer.toObject();
        auto* data =
            static_cast<char*>(JS_GetArrayBufferViewData(view, &shared, nogc));
        size_t cap = JS_GetArrayBufferViewByteLength(view);
        size_t n = std::min<size_t>(static_cast<size_t>(req->result),
                                    w->scratch.size());
        if (w->copy_offset <= cap) {
          memcpy(data + w->copy_offset, w->scratch.data(),
                 std::min(n, cap - w->copy_offset));
        }
      }
    }
  }
  w.reset();  // the request is done; obj stays rooted for the call below
  if (!ok) {
    env->HandleUncaughtException();
    return;
  }
  JS::RootedValue rval(cx);
  MakeCallback(env, obj, "oncomplete", argv, &rval);
}

template <typename Start>
static bool StartAsync(JSContext* cx, const JS::CallArgs& args, FSReqWrap* w,
                       Start start) {
  int err = start(w->req(), AfterAsync);
  if (err < 0) {
    std::string path = w->path, dest = w->dest;
    bool has_path = w->has_path, has_dest = w->has_dest;
    const char* syscall = w->syscall;
    delete w;
    return ThrowUVException(cx, err, syscall, has_path ? path.c_str() : nullptr,
                            has_dest ? dest.c_str() : nullptr);
  }
  args.rval().setUndefined();
  return true;
}

// Runs `start(req, cb)` now (no request object given) or on the thread pool.
template <typename Start>
static bool Call(JSContext* cx, const JS::CallArgs& args, unsigned req_index,
                 Result kind, const char* syscall, const char* path,
                 const char* dest, Start start) {
  if (args.get(req_index).isObject()) {
    JS::RootedObject obj(cx, &args[req_index].toObject());
    auto* w =
        new FSReqWrap(Environment::From(cx), obj, kind, syscall, path, dest);
    return StartAsync(cx, args, w, start);
  }
  uv_fs_t req;
  int err = start(&req, nullptr);
  bool ok = err < 0 ? ThrowUVException(cx, err, syscall, path, dest)
                    : MakeResult(cx, &req, kind, args.rval());
  uv_fs_req_cleanup(&req);
  return ok;
}

#define ARGS                                        \
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp); \
  uv_loop_t* loop = Environment::From(cx)->loop()

static bool PathArg(JSContext* cx, const JS::CallArgs& args, unsigned i,
                    std::string* out) {
  if (!args.get(i).isString()) {
    return ThrowTypeError(cx, "ERR_INVALID_ARG_TYPE", "path must be a string");
  }
  JS::RootedString s(cx, args[i].toString());
  return StringToUtf8(cx, s, out);
}

static int Fd(const JS::CallArgs& args, unsigned i) {
  return static_cast<int>(IntArg(args, i));
}

// Timestamps arrive as seconds (may be fractional).
static double Seconds(const JS::CallArgs& args, unsigned i) {
  return args.get(i).isNumber() ? args[i].toNumber() : 0;
}

#define PATH_OP(Name, syscall, kind, uvcall)                       \
  static bool Name(JSContext* cx, unsigned argc, JS::Value* vp) {  \
    ARGS;                                                          \
    std::string path;                                              \
    if (!PathArg(cx, args, 0, &path)) return false;                \
    return Call(cx, args, 1, kind, syscall, path.c_str(), nullptr, \
                [&](uv_fs_t* req, uv_fs_cb cb) {                   \
                  return uvcall(loop, req, path.c_str(), cb);      \
                });                                                \
  }
PATH_OP(Stat, "stat", Result::kStat, uv_fs_stat)
PATH_OP(Lstat, "lstat", Result::kStat, uv_fs_lstat)
PATH_OP(Statfs, "statfs", Result::kStatfs, uv_fs_statfs)
PATH_OP(Rmdir, "rmdir", Result::kUndefined, uv_fs_rmdir)
PATH_OP(Unlink, "unlink", Result::kUndefined, uv_fs_unlink)
PATH_OP(Realpath, "realpath", Result::kString, uv_fs_realpath)
PATH_OP(Readlink, "readlink", Result::kString, uv_fs_readlink)
#undef PATH_OP

#define FD_OP(Name, syscall, kind, uvcall)                                     \
  static bool Name(JSContext* cx, unsigned argc, JS::Value* vp) {              \
    ARGS;                                                                      \
    int fd = Fd(args, 0);                                                      \
    return Call(                                                               \
        cx, args, 1, kind, syscall, nullptr, nullptr,                          \
        [&](uv_fs_t* req, uv_fs_cb cb) { return uvcall(loop, req, fd, cb); }); \
  }
FD_OP(Close, "close", Result::kUndefined, uv_fs_close)
FD_OP(Fstat, "fstat", Result::kStat, uv_fs_fstat)
FD_OP(Fsync, "fsync", Result::kUndefined, uv_fs_fsync)
FD_OP(Fdatasync, "fdatasync", Result::kUndefined, uv_fs_fdatasync)
#undef FD_OP

#define TWO_PATH_OP(Name, syscall, uvcall)                                \
  static bool Name(JSContext* cx, unsigned argc, JS::Value* vp) {         \
    ARGS;                                                                 \
    std::string from, to;                                                 \
    if (!PathArg(cx, args, 0, &from) || !PathArg(cx, args, 1, &to))       \
      return false;                                                       \
    return Call(cx, args, 2, Result::kUndefined, syscall, from.c_str(),   \
                to.c_str(), [&](uv_fs_t* req, uv_fs_cb cb) {              \
                  return uvcall(loop, req, from.c_str(), to.c_str(), cb); \
                });                                                       \
  }
TWO_PATH_OP(Rename, "rename", uv_fs_rename)
TWO_PATH_OP(Link, "link", uv_fs_link)
#undef TWO_PATH_OP

static bool Open(JSContext* cx, unsigned argc, JS::Value* vp) {
  ARGS;
  std::string path;
  if (!PathArg(cx, args, 0, &path)) return false;
  int flags = Fd(args, 1), mode = Fd(args, 2);
  return Call(cx, args, 3, Result::kInt, "open", path.c_str(), nullptr,
              [&](uv_fs_t* req, uv_fs_cb cb) {
                return uv_fs_open(loop, req, path.c_str(), flags, mode, cb);
              });
}

static bool Mkdir(JSContext* cx, unsigned argc, JS::Value* vp) {
  ARGS;
  std::string path;
  if (!PathArg(cx, args, 0, &path)) return false;
  int mode = Fd(args, 1);
  return Call(cx, args, 2, Result::kUndefined, "mkdir", path.c_str(), nullptr,
              [&](uv_fs_t* req, uv_fs_cb cb) {
                return uv_fs_mkdir(loop, req, path.c_str(), mode, cb);
              });
}

static bool Mkdtemp(JSContext* cx, unsigned argc, JS::Value* vp) {
  ARGS;
  std::string prefix;
  if (!PathArg(cx, args, 0, &prefix)) return false;
  std::string tmpl = prefix + "XXXXXX";
  return Call(cx, args, 1, Result::kPath, "mkdtemp", tmpl.c_str(), nullptr,
              [&](uv_fs_t* req, uv_fs_cb cb) {
                return uv_fs_mkdtemp(loop, req, tmpl.c_str(), cb);
              });
}

static bool Readdir(JSContext* cx, unsigned argc, JS::Value* vp) {
  ARGS;
  std::string path;
  if (!PathArg(cx, args, 0, &path)) return false;
  Result kind = JS::ToBoolean(args.get(1)) ? Result::kDirents : Result::kNames;
  return Call(cx, args, 2, kind, "scandir", path.c_str(), nullptr,
              [&](uv_fs_t* req, uv_fs_cb cb) {
                return uv_fs_scandir(loop, req, path.c_str(), 0, cb);
              });
}

static bool CopyFile(JSContext* cx, unsigned argc, JS::Value* vp) {
  ARGS;
  std::string src, dest;
  if (!PathArg(cx, args, 0, &src) || !PathArg(cx, args, 1, &dest)) return false;
  int mode = Fd(args, 2);
  return Call(cx, args, 3, Result::kUndefined, "copyfile", src.c_str(),
              dest.c_str(), [&](uv_fs_t* req, uv_fs_cb cb) {
                return uv_fs_copyfile(loop, req, src.c_str(), dest.c_str(),
                                      mode, cb);
              });
}

static bool Access(JSContext* cx, unsigned argc, JS::Value* vp) {
  ARGS;
  std::string path;
  if (!PathArg(cx, args, 0, &path)) return false;
  int mode = Fd(args, 1);
  return Call(cx, args, 2, Result::kUndefined, "access", path.c_str(), nullptr,
              [&](uv_fs_t* req, uv_fs_cb cb) {
                return uv_fs_access(loop, req, path.c_str(), mode, cb);
              });
}

static bool Symlink(JSContext* cx, unsigned argc, JS::Value* vp) {
  ARGS;
  std::string target, path;
  if (!PathArg(cx, args, 0, &target) || !PathArg(cx, args, 1, &path))
    return false;
  int flags = Fd(args, 2);
  return Call(cx, args, 3, Result::kUndefined, "symlink", target.c_str(),
              path.c_str(), [&](uv_fs_t* req, uv_fs_cb cb) {
                return uv_fs_symlink(loop, req, target.c_str(), path.c_str(),
                                     flags, cb);
              });
}

static bool Chmod(JSContext* cx, unsigned argc, JS::Value* vp) {
  ARGS;
  std::string path;
  if (!PathArg(cx, args, 0, &path)) return false;
  int mode = Fd(args, 1);
  return Call(cx, args, 2, Result::kUndefined, "chmod", path.c_str(), nullptr,
              [&](uv_fs_t* req, uv_fs_cb cb) {
                return uv_fs_chmod(loop, req, path.c_str(), mode, cb);
              });
}

static bool Fchmod(JSContext* cx, unsigned argc, JS::Value* vp) {
  ARGS;
  int fd = Fd(args, 0), mode = Fd(args, 1);
  return Call(cx, args, 2, Result::kUndefined, "fchmod", nullptr, nullptr,
              [&](uv_fs_t* req, uv_fs_cb cb) {
                return uv_fs_fchmod(loop, req, fd, mode, cb);
              });
}

static bool Chown(JSContext* cx, unsigned argc, JS::Value* vp) {
  ARGS;
  std::string path;
  if (!PathArg(cx, args, 0, &path)) return false;
  auto uid = static_cast<uv_uid_t>(IntArg(args, 1));
  auto gid = static_cast<uv_gid_t>(IntArg(args, 2));
  return Call(cx, args, 3, Result::kUndefined, "chown", path.c_str(), nullptr,
              [&](uv_fs_t* req, uv_fs_cb cb) {
                return uv_fs_chown(loop, req, path.c_str(), uid, gid, cb);
              });
}

static bool Lchown(JSContext* cx, unsigned argc, JS::Value* vp) {
  ARGS;
  std::string path;
  if (!PathArg(cx, args, 0, &path)) return false;
  auto uid = static_cast<uv_uid_t>(IntArg(args, 1));
  auto gid = static_cast<uv_gid_t>(IntArg(args, 2));
  return Call(cx, args, 3, Result::kUndefined, "lchown", path.c_str(), nullptr,
              [&](uv_fs_t* req, uv_fs_cb cb) {
                return uv_fs_lchown(loop, req, path.c_str(), uid, gid, cb);
              });
}

static bool Fchown(JSContext* cx, unsigned argc, JS::Value* vp) {
  ARGS;
  int fd = Fd(args, 0);
  auto uid = static_cast<uv_uid_t>(IntArg(args, 1));
  auto gid = static_cast<uv_gid_t>(IntArg(args, 2));
  return Call(cx, args, 3, Result::kUndefined, "fchown", nullptr, nullptr,
              [&](uv_fs_t* req, uv_fs_cb cb) {
                return uv_fs_fchown(loop, req, fd, uid, gid, cb);
              });
}

static bool Utimes(JSContext* cx, unsigned argc, JS::Value* vp) {
  ARGS;
  std::string path;
  if (!PathArg(cx, args, 0, &path)) return false;
  double atime = Seconds(args, 1), mtime = Seconds(args, 2);
  return Call(cx, args, 3, Result::kUndefined, "utime", path.c_str(), nullptr,
              [&](uv_fs_t* req, uv_fs_cb cb) {
                return uv_fs_utime(loop, req, path.c_str(), atime, mtime, cb);
              });
}

static bool Lutimes(JSContext* cx, unsigned argc, JS::Value* vp) {
  ARGS;
  std::string path;
  if (!PathArg(cx, args, 0, &path)) return false;
  double atime = Seconds(args, 1), mtime = Seconds(args, 2);
  return Call(cx, args, 3, Result::kUndefined, "lutime", path.c_str(), nullptr,
              [&](uv_fs_t* req, uv_fs_cb cb) {
                return uv_fs_lutime(loop, req, path.c_str(), atime, mtime, cb);
              });
}

static bool Futimes(JSContext* cx, unsigned argc, JS::Value* vp) {
  ARGS;
  int fd = Fd(args, 0);
  double atime = Seconds(args, 1), mtime = Seconds(args, 2);
  return Call(cx, args, 3, Result::kUndefined, "futime", nullptr, nullptr,
              [&](uv_fs_t* req, uv_fs_cb cb) {
                return uv_fs_futime(loop, req, fd, atime, mtime, cb);
              });
}

static bool Ftruncate(JSContext* cx, unsigned argc, JS::Value* vp) {
  ARGS;
  int fd = Fd(args, 0);
  int64_t len = IntArg(args, 1);
  return Call(cx, args, 2, Result::kUndefined, "ftruncate", nullptr, nullptr,
              [&](uv_fs_t* req, uv_fs_cb cb) {
                return uv_fs_ftruncate(loop, req, fd, len, cb);
              });
}

// The bytes of args[i] (an ArrayBufferView) at [offset, offset + length).
struct ViewRange {
  JS::RootedObject view;
  size_t offset, length;
  explicit ViewRange(JSContext* cx) : view(cx), offset(0), length(0) {}
};

static bool GetRange(JSContext* cx, const JS::CallArgs& args, unsigned i,
                     ViewRange* r) {
  if (!args.get(i).isObject() ||
      !JS_IsArrayBufferViewObject(&args[i].toObject())) {
    return ThrowTypeError(cx, "ERR_INVALID_ARG_TYPE",
                          "buffer must be an ArrayBufferView");
  }
  r->view = &args[i].toObject();
  size_t size = JS_GetArrayBufferViewByteLength(r->view);
  int64_t offset = IntArg(args, i + 1), length = IntArg(args, i + 2);
  if (offset < 0 || length < 0 || static_cast<size_t>(offset) > size ||
      static_cast<size_t>(length) > size - offset) {
    return ThrowRangeError(cx, "ERR_OUT_OF_RANGE",
                           "offset/length out of range");
  }
  r->offset = static_cast<size_t>(offset);
  r->length = static_cast<size_t>(length);
  return true;
}

// True when the view's bytes live in a malloc'd ArrayBuffer that a GC will
// not move; forces small typed arrays out of inline storage first.
static bool HasStableData(JSContext* cx, JS::HandleObject view) {
  bool shared;
  JS::RootedObject buffer(cx, JS_GetArrayBufferViewBuffer(cx, view, &shared));
  if (!buffer) {
    JS_ClearPendingException(cx);
    return false;
  }
  size_t size = shared ? JS::GetSharedArrayBufferByteLength(buffer)
                       : JS::GetArrayBufferByteLength(buffer);
  return size > kMovableLimit;
}

static char* ViewData(JSObject* view, const JS::AutoCheckCannotGC& nogc) {
  bool shared;
  return static_cast<char*>(JS_GetArrayBufferViewData(view, &shared, nogc));
}

// read(fd, buffer, offset, length, position, req) -> bytesRead
static bool Read(JSContext* cx, unsigned argc, JS::Value* vp) {
  ARGS;
  int fd = Fd(args, 0);
  ViewRange r(cx);
  if (!GetRange(cx, args, 1, &r)) return false;
  int64_t position = args.get(4).isNumber() ? IntArg(args, 4) : -1;
  if (!args.get(5).isObject()) {
    uv_fs_t req;
    int err;
    {
      JS::AutoCheckCannotGC nogc;  // a synchronous read runs no JS
      uv_buf_t buf = uv_buf_init(ViewData(r.view, nogc) + r.offset,
                                 static_cast<unsigned>(r.length));
      err = uv_fs_read(loop, &req, fd, &buf, 1, position, nullptr);
    }
    uv_fs_req_cleanup(&req);
    if (err < 0) return ThrowUVException(cx, err, "read");
    args.rval().setNumber(err);
    return true;
  }
  JS::RootedObject obj(cx, &args[5].toObject());
  JS::RootedValue view_value(cx, JS::ObjectValue(*r.view));
  if (!JS_SetProperty(cx, obj, "buffer", view_value))
    return false;  // keeps it alive
  auto* w = new FSReqWrap(Environment::From(cx), obj, Result::kInt, "read",
                          nullptr, nullptr);
  uv_buf_t buf;
  if (HasStableData(cx, r.view)) {
    JS::AutoCheckCannotGC nogc;
    buf = uv_buf_init(ViewData(r.view, nogc) + r.offset,
                      static_cast<unsigned>(r.length));
  } else {
    w->scratch.resize(r.length);
    w->copy_back = true;
    w->copy_offset = r.offset;
    buf = uv_buf_init(w->scratch.data(), static_cast<unsigned>(r.length));
  }
  return StartAsync(cx, args, w, [&](uv_fs_t* req, uv_fs_cb cb) {
    return uv_fs_read(loop, req, fd, &buf, 1, position, cb);
  });
}

// write(fd, buffer, offset, length, position, req) -> bytesWritten
static bool Write(JSContext* cx, unsigned argc, JS::Value* vp) {
  ARGS;
  int fd = Fd(args, 0);
  ViewRange r(cx);
  if (!GetRange(cx, args, 1, &r)) return false;
  int64_t position = args.get(4).isNumber() ? IntArg(args, 4) : -1;
  if (!args.get(5).isObject()) {
    uv_fs_t req;
    int err;
    {
      JS::AutoCheckCannotGC nogc;
      uv_buf_t buf = uv_buf_init(ViewData(r.view, nogc) + r.offset,
                                 static_cast<unsigned>(r.length));
      err = uv_fs_write(loop, &req, fd, &buf, 1, position, nullptr);
    }
    uv_fs_req_cleanup(&req);
    if (err < 0) return ThrowUVException(cx, err, "write");
    args.rval().setNumber(err);
    return true;
  }
  JS::RootedObject obj(cx, &args[5].toObject());
  JS::RootedValue view_value(cx, JS::ObjectValue(*r.view));
  if (!JS_SetProperty(cx, obj, "buffer", view_value)) return false;
  auto* w = new FSReqWrap(Environment::From(cx), obj, Result::kInt, "write",
                          nullptr, nullptr);
  uv_buf_t buf;
  bool stable = HasStableData(cx, r.view);
  {
    JS::AutoCheckCannotGC nogc;
    char* data = ViewData(r.view, nogc) + r.offset;
    if (!stable) {
      w->scratch.assign(data, r.length);
      data = w->scratch.data();
    }
    buf = uv_buf_init(data, static_cast<unsigned>(r.length));
  }
  return StartAsync(cx, args, w, [&](uv_fs_t* req, uv_fs_cb cb) {
    return uv_fs_write(loop, req, fd, &buf, 1, position, cb);
  });
}

// Writes all of `data`, waiting out EAGAIN on non-blocking descriptors
// (a terminal or pipe shared with a parent may be non-blocking).
static int WriteAll(uv_loop_t* loop, int fd, const char* data, size_t len,
                    int64_t position) {
  size_t done = 0;
  while (done < len) {
    uv_fs_t req;
    uv_buf_t buf = uv_buf_init(const_cast<char*>(data + done),
                               static_cast<unsigned>(len - done));
    int n = uv_fs_write(
        loop, &req, fd, &buf, 1,
        position < 0 ? -1 : position + static_cast<int64_t>(done), nullptr);
    uv_fs_req_cleanup(&req);
    if (n == UV_EAGAIN) {
      struct pollfd p = {fd, POLLOUT, 0};
      poll(&p, 1, -1);
      continue;
    }
    if (n < 0) return n;
    done += static_cast<size_t>(n);
  }
  return static_cast<int>(done);
}

// The shared tail of writeString and writev: bytes already copied out of
// JS; args[2] is the position, args[3] the optional request object.
static bool WriteBytes(JSContext* cx, const JS::CallArgs& args, int fd,
                       std::string bytes) {
  uv_loop_t* loop = Environment::From(cx)->loop();
  int64_t position = args.get(2).isNumber() ? IntArg(args, 2) : -1;
  if (!args.get(3).isObject()) {
    int written = WriteAll(loop, fd, bytes.data(), bytes.size(), position);
    if (written < 0) return ThrowUVException(cx, written, "write");
    args.rval().setNumber(written);
    return true;
  }
  JS::RootedObject obj(cx, &args[3].toObject());
  auto* w = new FSReqWrap(Environment::From(cx), obj, Result::kInt, "write",
                          nullptr, nullptr);
  w->scratch = std::move(bytes);
  uv_buf_t buf =
      uv_buf_init(w->scratch.data(), static_cast<unsigned>(w->scratch.size()));
  return StartAsync(cx, args, w, [&](uv_fs_t* req, uv_fs_cb cb) {
    return uv_fs_write(loop, req, fd, &buf, 1, position, cb);
  });
}

// writeString(fd, string, position, req) -> bytesWritten (UTF-8)
static bool WriteString(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  int fd = Fd(args, 0);
  if (!args.get(1).isString()) {
    return ThrowTypeError(cx, "ERR_INVALID_ARG_TYPE", "data must be a string");
  }
  JS::RootedString str(cx, args[1].toString());
  std::string data;
  if (!StringToUtf8(cx, str, &data)) return false;
  return WriteBytes(cx, args, fd, std::move(data));
}

// writev(fd, buffers, position, req): async copies the bytes into one
// scratch buffer (views may move during the write).
static bool Writev(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  int fd = Fd(args, 0);
  if (!args.get(1).isObject()) {
    return ThrowTypeError(cx, "ERR_INVALID_ARG_TYPE",
                          "buffers must be an array");
  }
  JS::RootedObject list(cx, &args[1].toObject());
  uint32_t n = 0;
  if (!JS::GetArrayLength(cx, list, &n)) return false;
  std::string bytes;
  JS::RootedValue item(cx);
  for (uint32_t i = 0; i < n; i++) {
    if (!JS_GetElement(cx, list, i, &item)) return false;
    if (!item.isObject() || !JS_IsArrayBufferViewObject(&item.toObject())) {
      return ThrowTypeError(cx, "ERR_INVALID_ARG_TYPE",
                            "buffers must be ArrayBufferViews");
    }
    JS::AutoCheckCannotGC nogc;
    JSObject* view = &item.toObject();
    bytes.append(ViewData(view, nogc), JS_GetArrayBufferViewByteLength(view));
  }
  return WriteBytes(cx, args, fd, std::move(bytes));
}

// readFileUtf8(path, flags[, missingOk]) -> string: the synchronous fast
// path behind require() and readFileSync(path, 'utf8'); with missingOk, a
// file that does not exist gives undefined instead of ENOENT.
static bool ReadFileUtf8(JSContext* cx, unsigned argc, JS::Value* vp) {
  ARGS;
  std::string path;
  if (!PathArg(cx, args, 0, &path)) return false;
  int flags = args.get(1).isInt32() ? args[1].toInt32() : O_RDONLY;
  uv_fs_t req;
  int fd = uv_fs_open(loop, &req, path.c_str(), flags, 0666, nullptr);
  uv_fs_req_cleanup(&req);
  // missingOk: the module loader probes for package.json files; building
  // an exception (with its stack) for each absent one costs more than the
  // whole lookup.
  if ((fd == UV_ENOENT || fd == UV_ENOTDIR) && JS::ToBoolean(args.get(2))) {
    args.rval().setUndefined();
    return true;
  }
  if (fd < 0) return ThrowUVException(cx, fd, "open", path.c_str());
  std::string data;
  int err = 0;
  for (;;) {
    size_t old = data.size();
    data.resize(old + 65536);
    uv_buf_t buf = uv_buf_init(data.data() + old, 65536);
    int n = uv_fs_read(loop, &req, fd, &buf, 1, -1, nullptr);
    uv_fs_req_cleanup(&req);
    if (n < 0) {
      err = n;
      data.resize(old);
      break;
    }
    data.resize(old + n);
    if (n == 0) break;
  }
  uv_fs_close(loop, &req, fd, nullptr);
  uv_fs_req_cleanup(&req);
  if (err) return ThrowUVException(cx, err, "read");
  const auto* bytes = reinterpret_cast<const uint8_t*>(data.data());
  JSString* s;
  if (encoding::IsAscii(bytes, data.size())) {
    s = JS_NewStringCopyN(cx, data.data(), data.size());
  } else {
    std::u16string units;
    encoding::DecodeUtf8(bytes, data.size(), &units);
    s = JS_NewUCStringCopyN(cx, units.data(), units.size());
  }
  if (!s) return false;
  args.rval().setString(s);
  return true;
}

// internalModuleStat(path) -> 0 file, 1 directory, negative errno.
static bool InternalModuleStat(JSContext* cx, unsigned argc, JS::Value* vp) {
  ARGS;
  std::string path;
  if (!PathArg(cx, args, 0, &path)) return false;
  uv_fs_t req;
  int err = uv_fs_stat(loop, &req, path.c_str(), nullptr);
  int result = err < 0 ? err : S_ISDIR(req.statbuf.st_mode) ? 1 : 0;
  uv_fs_req_cleanup(&req);
  args.rval().setInt32(result);
  return true;
}

#undef ARGS

bool Initialize(JSContext* cx, JS::HandleObject exports) {
  static const JSFunctionSpec methods[] = {
      JS_FN("open", Open, 4, 0),
      JS_FN("close", Close, 2, 0),
      JS_FN("read", Read, 6, 0),
      JS_FN("write", Write, 6, 0),
      JS_FN("writeString", WriteString, 4, 0),
      JS_FN("writev", Writev, 4, 0),
      JS_FN("stat", Stat, 2, 0),
      JS_FN("lstat", Lstat, 2, 0),
      JS_FN("fstat", Fstat, 2, 0),
      JS_FN("statfs", Statfs, 2, 0),
      JS_FN("readdir", Readdir, 3, 0),
      JS_FN("mkdir", Mkdir, 3, 0),
      JS_FN("mkdtemp", Mkdtemp, 2, 0),
      JS_FN("rmdir", Rmdir, 2, 0),
      JS_FN("unlink", Unlink, 2, 0),
      JS_FN("rename", Rename, 3, 0),
      JS_FN("copyFile", CopyFile, 4, 0),
      JS_FN("access", Access, 3, 0),
      JS_FN("realpath", Realpath, 2, 0),
      JS_FN("readlink", Readlink, 2, 0),
      JS_FN("symlink", Symlink, 4, 0),
      JS_FN("link", Link, 3, 0),
      JS_FN("chmod", Chmod, 3, 0),
      JS_FN("fchmod", Fchmod, 3, 0),
      JS_FN("chown", Chown, 4, 0),
      JS_FN("fchown", Fchown, 4, 0),
      JS_FN("lchown", Lchown, 4, 0),
      JS_FN("utimes", Utimes, 4, 0),
      JS_FN("futimes", Futimes, 4, 0),
      JS_FN("lutimes", Lutimes, 4, 0),
      JS_FN("ftruncate", Ftruncate, 3, 0),
      JS_FN("fsync", Fsync, 2, 0),
      JS_FN("fdatasync", Fdatasync, 2, 0),
      JS_FN("readFileUtf8", ReadFileUtf8, 2, 0),
      JS_FN("internalModuleStat", InternalModuleStat, 1, 0),
      JS_FS_END};
  return JS_DefineFunctions(cx, exports, methods);
}

}  // namespace eddy::binding::fs
