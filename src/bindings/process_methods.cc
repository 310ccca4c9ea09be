// internalBinding('process_methods'): what `process` needs from the OS.

#include <brotli/encode.h>
#include <dlfcn.h>
#include <fcntl.h>
#include <grp.h>
#include <js/Array.h>
#include <js/BigInt.h>
#include <js/Date.h>
#include <js/GCAPI.h>
#include <js/experimental/TypedData.h>
#include <pwd.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unicode/uchar.h>
#include <unicode/uvernum.h>
#include <unistd.h>
#include <uv.h>
#include <zlib.h>
#include <zstd.h>

#include <cerrno>
#include <cstdlib>
#include <string>
#include <vector>

#include "base/args.h"
#include "base/wraps.h"
#include "core/environment.h"
#include "core/errors.h"

extern char** environ;

namespace eddy::binding::process_methods {

// The engine's built-in ICU. Its headers give no CLDR version, but every ICU
// since 67 ships CLDR numbered 30 below its own major version (ICU 77: CLDR
// 47).
static std::string CldrVersion() {
  return std::to_string(U_ICU_VERSION_MAJOR_NUM - 30) + ".0";
}

static bool NumberArray(JSContext* cx, JS::MutableHandleValue rval,
                        const std::vector<double>& values) {
  JSObject* array = JS_NewFloat64Array(cx, values.size());
  if (!array) return false;
  {
    JS::AutoCheckCannotGC nogc;
    bool shared;
    double* data = JS_GetFloat64ArrayData(array, &shared, nogc);
    for (size_t i = 0; i < values.size(); i++) data[i] = values[i];
  }
  rval.setObject(*array);
  return true;
}

static bool Hrtime(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  uint64_t t = uv_hrtime();
  return NumberArray(cx, args.rval(),
                     {static_cast<double>(t / 1000000000),
                      static_cast<double>(t % 1000000000)});
}

static bool HrtimeBigInt(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::BigInt* b = JS::NumberToBigInt(cx, uv_hrtime());
  if (!b) return false;
  args.rval().setBigInt(b);
  return true;
}

static bool Uptime(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  uint64_t elapsed =
      uv_hrtime() -
      Environment::From(cx)->milestones[Environment::kProcessStart];
  args.rval().setNumber(static_cast<double>(elapsed) / 1e9);
  return true;
}

static bool Cwd(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  char buf[4096];
  size_t size = sizeof buf;
  int err = uv_cwd(buf, &size);
  if (err) return ThrowUVException(cx, err, "uv_cwd");
  JSString* s = NewStringUtf8(cx, std::string_view(buf, size));
  if (!s) return false;
  args.rval().setString(s);
  return true;
}

static bool Chdir(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string dir;
  if (!ToUtf8(cx, args.get(0), &dir)) return false;
  int err = uv_chdir(dir.c_str());
  if (err) {
    // Node reports "chdir <cwd> -> '<dir>'".
    char cwd[4096];
    size_t size = sizeof cwd;
    if (uv_cwd(cwd, &size) != 0) cwd[0] = 0;
    return ThrowUVException(cx, err, "chdir", cwd, dir.c_str());
  }
  args.rval().setUndefined();
  return true;
}

static bool Umask(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  mode_t old;
  if (args.get(0).isUndefined()) {
    old = umask(0);
    umask(old);
  } else {
    old = umask(static_cast<mode_t>(IntArg(args, 0)));
  }
  args.rval().setInt32(static_cast<int32_t>(old));
  return true;
}

static bool MemoryUsage(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  size_t rss = 0;
  uv_resident_set_memory(&rss);
  double heap = JS_GetGCParameter(cx, JSGC_BYTES);
  double total = heap + JS_GetGCParameter(cx, JSGC_NURSERY_BYTES);
  return NumberArray(cx, args.rval(),
                     {static_cast<double>(rss), total, heap, 0, 0});
}

static bool Rss(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  size_t rss = 0;
  uv_resident_set_memory(&rss);
  args.rval().setNumber(static_cast<double>(rss));
  return true;
}

static double Micros(const uv_timeval_t& t) {
  return static_cast<double>(t.tv_sec) * 1e6 + static_cast<double>(t.tv_usec);
}
static double Micros(const struct timeval& t) {
  return static_cast<double>(t.tv_sec) * 1e6 + static_cast<double>(t.tv_usec);
}

// cpuUsage(threadOnly) -> [user, system] in microseconds, of the process
// or of the calling thread (process.threadCpuUsage).
static bool CpuUsage(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (args.get(0).isTrue()) {
    struct rusage ru;
    if (getrusage(RUSAGE_THREAD, &ru) != 0) {
      return ThrowUVException(cx, uv_translate_sys_error(errno), "getrusage");
    }
    return NumberArray(cx, args.rval(),
                       {Micros(ru.ru_utime), Micros(ru.ru_stime)});
  }
  uv_rusage_t ru;
  int err = uv_getrusage(&ru);
  if (err) return ThrowUVException(cx, err, "uv_getrusage");
  return NumberArray(cx, args.rval(),
                     {Micros(ru.ru_utime), Micros(ru.ru_stime)});
}

static bool ResourceUsage(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  uv_rusage_t ru;
  int err = uv_getrusage(&ru);
  if (err) return ThrowUVException(cx, err, "uv_getrusage");
  return NumberArray(
      cx, args.rval(),
      {Micros(ru.ru_utime), Micros(ru.ru_stime), double(ru.ru_maxrss),
       double(ru.ru_ixrss), double(ru.ru_idrss), double(ru.ru_isrss),
       double(ru.ru_minflt), double(ru.ru_majflt), double(ru.ru_nswap),
       double(ru.ru_inblock), double(ru.ru_oublock), double(ru.ru_msgsnd),
       double(ru.ru_msgrcv), double(ru.ru_nsignals), double(ru.ru_nvcsw),
       double(ru.ru_nivcsw)});
}

static bool Kill(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  int err = uv_kill(static_cast<int>(IntArg(args, 0)),
                    static_cast<int>(IntArg(args, 1)));
  args.rval().setInt32(err);
  return true;
}

// process.reallyExit(code): ends the thread's JS at once. Returning false
// without an exception unwinds every JS frame (uncatchable).
static bool ReallyExit(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  Environment::From(cx)->Stop(static_cast<int>(IntArg(args, 0)));
  return false;
}

// process.abort(): SIGABRT (exit 134) as in Node. Not abort(): libmozjs
// redirects that to its own crash routine, which dies with SIGSEGV.
static bool Abort(JSContext*, unsigned, JS::Value*) {
  fflush(stdout);
  fflush(stderr);
  signal(SIGABRT, SIG_DFL);
  raise(SIGABRT);
  _exit(134);
}

static bool StringList(JSContext* cx, JS::HandleValue value,
                       std::vector<std::string>* out) {
  if (!value.isObject()) return true;
  JS::RootedObject list(cx, &value.toObject());
  uint32_t length = 0;
  if (!JS::GetArrayLength(cx, list, &length)) return false;
  JS::RootedValue item(cx);
  for (uint32_t i = 0; i < length; i++) {
    std::string text;
    if (!JS_GetElement(cx, list, i, &item) || !ToUtf8(cx, item, &text)) {
      return false;
    }
    out->push_back(std::move(text));
  }
  return true;
}

// execve(file, args[], envPairs[]): replaces the process image (lib/ has
// validated everything). Returns only on failure, with -errno.
static bool Execve(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string file;
  std::vector<std::string> argv_strings;
  std::vector<std::string> env_strings;
  if (!ToUtf8(cx, args.get(0), &file) ||
      !StringList(cx, args.get(1), &argv_strings) ||
      !StringList(cx, args.get(2), &env_strings)) {
    return false;
  }
  // C strings end at the first NUL, as node passes them.
  std::vector<char*> argv_ptrs;
  for (std::string& a : argv_strings) argv_ptrs.push_back(a.data());
  argv_ptrs.push_back(nullptr);
  std::vector<char*> env_ptrs;
  for (std::string& e : env_strings) env_ptrs.push_back(e.data());
  env_ptrs.push_back(nullptr);

  // The new program starts as a freshly started one would: default SIGPIPE
  // (eddy ignores it, and an ignored signal stays ignored across exec), no
  // blocked signals, blocking stdio, the terminal in its normal mode.
  fflush(stdout);
  fflush(stderr);
  uv_tty_reset_mode();
  for (int fd = 0; fd <= 2; fd++) {
    int flags = fcntl(fd, F_GETFL);
    if (flags != -1 && (flags & O_NONBLOCK))
      fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
  }
  signal(SIGPIPE, SIG_DFL);
  sigset_t none;
  sigemptyset(&none);
  sigset_t old_mask;
  sigprocmask(SIG_SETMASK, &none, &old_mask);
  execve(file.c_str(), argv_ptrs.data(), env_ptrs.data());
  int error = errno;
  sigprocmask(SIG_SETMASK, &old_mask, nullptr);
  signal(SIGPIPE, SIG_IGN);
  args.rval().setInt32(-error);
  return true;
}

static bool GetTitle(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  char buf[512];
  if (uv_get_process_title(buf, sizeof buf) != 0) buf[0] = 0;
  JSString* s = NewStringUtf8(cx, buf);
  if (!s) return false;
  args.rval().setString(s);
  return true;
}

static bool SetTitle(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string title;
  if (!ToUtf8(cx, args.get(0), &title)) return false;
  uv_set_process_title(title.c_str());
  args.rval().setUndefined();
  return true;
}

static bool GetEnv(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string name;
  if (!ToUtf8(cx, args.get(0), &name)) return false;
  const char* value = getenv(name.c_str());
  if (!value) {
    args.rval().setUndefined();
    return true;
  }
  JSString* s = NewStringUtf8(cx, value);
  if (!s) return false;
  args.rval().setString(s);
  return true;
}

static bool SetEnv(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string name, value;
  if (!ToUtf8(cx, args.get(0), &name) || !ToUtf8(cx, args.get(1), &value))
    return false;
  setenv(name.c_str(), value.c_str(), 1);
  if (name == "TZ") JS::ResetTimeZone();  // Date reads TZ once otherwise
  args.rval().setUndefined();
  return true;
}

static bool UnsetEnv(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string name;
  if (!ToUtf8(cx, args.get(0), &name)) return false;
  unsetenv(name.c_str());
  if (name == "TZ") JS::ResetTimeZone();
  args.rval().setUndefined();
  return true;
}

static bool EnvKeys(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RootedObject keys(cx, JS::NewArrayObject(cx, 0));
  if (!keys) return false;
  uint32_t n = 0;
  for (char** e = environ; e && *e; e++) {
    const char* eq = strchr(*e, '=');
    if (!eq || eq == *e) continue;
    JS::RootedString s(cx, NewStringUtf8(cx, std::string_view(*e, eq - *e)));
    if (!s || !JS_SetElement(cx, keys, n++, s)) return false;
  }
  args.rval().setObject(*keys);
  return true;
}

static bool GetIds(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  return NumberArray(cx, args.rval(),
                     {double(getuid()), double(geteuid()), double(getgid()),
                      double(getegid())});
}

static bool GetGroups(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  int n = getgroups(0, nullptr);
  std::vector<gid_t> groups(n > 0 ? n : 0);
  if (n > 0) n = getgroups(n, groups.data());
  std::vector<double> values;
  for (int i = 0; i < n; i++) values.push_back(groups[i]);
  gid_t egid = getegid();
  bool has = false;
  for (double g : values) has |= g == egid;
  if (!has) values.push_back(egid);
  return NumberArray(cx, args.rval(), values);
}

static bool ConstrainedMemory(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  args.rval().setNumber(static_cast<double>(uv_get_constrained_memory()));
  return true;
}

static bool AvailableMemory(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  uint64_t limit = uv_get_constrained_memory();
  uint64_t free_mem = uv_get_free_memory();
  args.rval().setNumber(
      static_cast<double>(limit && limit < free_mem ? limit : free_mem));
  return true;
}

// Credentials: ids arrive as numbers or names (resolved here like Node).
static bool ResolveId(JSContext* cx, JS::HandleValue v, bool group,
                      unsigned* id, bool* found) {
  *found = true;
  if (v.isNumber()) {
    *id = static_cast<unsigned>(v.toNumber());
    return true;
  }
  std::string name;
  if (!ToUtf8(cx, v, &name)) return false;
  if (group) {
    struct group* g = getgrnam(name.c_str());
    *found = g != nullptr;
    if (g) *id = g->gr_gid;
  } else {
    struct passwd* p = getpwnam(name.c_str());
    *found = p != nullptr;
    if (p) *id = p->pw_uid;
  }
  return true;
}

// setId(kind, id) -> 0 | errno | -1 unknown name; kind: 0 uid, 1 euid,
// 2 gid, 3 egid.
static bool SetId(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  int kind = static_cast<int>(IntArg(args, 0));
  unsigned id = 0;
  bool found;
  JS::RootedValue value(cx, args.get(1));
  if (!ResolveId(cx, value, kind >= 2, &id, &found)) return false;
  if (!found) {
    args.rval().setInt32(-1);
    return true;
  }
  int rc;
  switch (kind) {
    case 0:
      rc = setuid(id);
      break;
    case 1:
      rc = seteuid(id);
      break;
    case 2:
      rc = setgid(id);
      break;
    default:
      rc = setegid(id);
      break;
  }
  args.rval().setInt32(rc == 0 ? 0 : errno);
  return true;
}

static bool SetGroups(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RootedObject list(cx, &args[0].toObject());
  uint32_t n = 0;
  if (!JS::GetArrayLength(cx, list, &n)) return false;
  std::vector<gid_t> groups;
  JS::RootedValue item(cx);
  for (uint32_t i = 0; i < n; i++) {
    unsigned id = 0;
    bool found;
    if (!JS_GetElement(cx, list, i, &item) ||
        !ResolveId(cx, item, true, &id, &found))
      return false;
    if (!found) {
      args.rval().setInt32(
          -(static_cast<int>(i) + 2));  // index of the unknown group
      return true;
    }
    groups.push_back(id);
  }
  args.rval().setInt32(setgroups(groups.size(), groups.data()) == 0 ? 0
                                                                    : errno);
  return true;
}

static bool InitGroups(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string user;
  if (args.get(0).isNumber()) {
    struct passwd* p = getpwuid(static_cast<uid_t>(args[0].toNumber()));
    if (!p) {
      args.rval().setInt32(-1);
      return true;
    }
    user = p->pw_name;
  } else if (!ToUtf8(cx, args.get(0), &user)) {
    return false;
  }
  unsigned gid = 0;
  bool found;
  JS::RootedValue group(cx, args.get(1));
  if (!ResolveId(cx, group, true, &gid, &found)) return false;
  if (!found) {
    args.rval().setInt32(-2);
    return true;
  }
  args.rval().setInt32(initgroups(user.c_str(), gid) == 0 ? 0 : errno);
  return true;
}

// The JS objects of in-flight requests (process._getActiveRequests).
static bool GetActiveRequests(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RootedObject out(cx, JS::NewArrayObject(cx, 0));
  if (!out) return false;
  uint32_t n = 0;
  JS::RootedValue v(cx);
  for (ReqWrapBase* w = Environment::From(cx)->req_wraps(); w; w = w->next) {
    v.setObject(*w->object());
    if (!JS_SetElement(cx, out, n++, v)) return false;
  }
  args.rval().setObject(*out);
  return true;
}

// The JS objects of open, referenced handles (process._getActiveHandles).
static bool GetActiveHandles(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RootedObject out(cx, JS::NewArrayObject(cx, 0));
  if (!out) return false;
  uint32_t n = 0;
  JS::RootedValue v(cx);
  for (HandleWrapBase* w = Environment::From(cx)->handle_wraps(); w;
       w = w->next) {
    if (w->closing() || !w->initialized() || !uv_has_ref(w->handle())) continue;
    v.setObject(*w->object());
    if (!JS_SetElement(cx, out, n++, v)) return false;
  }
  args.rval().setObject(*out);
  return true;
}

// [nodeStart, v8Start, environment, bootstrapComplete, loopStart, loopExit,
// idleTime] in ms since the process started (-1: not reached yet).
static bool Milestones(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  Environment* env = Environment::From(cx);
  uint64_t origin = env->milestones[Environment::kProcessStart];
  std::vector<double> values;
  for (int i = 0; i < Environment::kMilestoneCount; i++) {
    uint64_t t = env->milestones[i];
    values.push_back(t ? static_cast<double>(t - origin) / 1e6 : -1);
  }
  values.push_back(static_cast<double>(uv_metrics_idle_time(env->loop())) /
                   1e6);
  return NumberArray(cx, args.rval(), values);
}

static bool RawDebug(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string text;
  if (!ToUtf8(cx, args.get(0), &text)) return false;
  fprintf(stderr, "%s\n", text.c_str());
  fflush(stderr);
  args.rval().setUndefined();
  return true;
}

// dlopenCheck(filename) -> null when the file loads as a shared library,
// else the loader's message. eddy runs no addon, but this tells a broken
// file (reported with the loader's words, as Node does) from a real addon.
// RTLD_NOW: an addon's references to Node's symbols fail here, before any
// of its code has run.
static bool DlopenCheck(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string filename;
  if (!ToUtf8(cx, args.get(0), &filename)) return false;
  if (void* handle = dlopen(filename.c_str(), RTLD_NOW | RTLD_LOCAL)) {
    dlclose(handle);
    args.rval().setNull();
    return true;
  }
  const char* error = dlerror();
  JSString* message = NewStringUtf8(cx, error ? error : "dlopen failed");
  if (!message) return false;
  args.rval().setString(message);
  return true;
}

static bool GC(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::NonIncrementalGC(cx, JS::GCOptions::Shrink, JS::GCReason::API);
  args.rval().setUndefined();
  return true;
}

// brotli packs its version as 0xMMMmmmppp (major, minor, patch).
static std::string BrotliVersion() {
  uint32_t v = BrotliEncoderVersion();
  return std::to_string(v >> 24) + "." + std::to_string((v >> 12) & 0xfff) +
         "." + std::to_string(v & 0xfff);
}

bool Initialize(JSContext* cx, JS::HandleObject exports) {
  static const JSFunctionSpec methods[] = {
      JS_FN("hrtime", Hrtime, 0, 0),
      JS_FN("hrtimeBigInt", HrtimeBigInt, 0, 0),
      JS_FN("uptime", Uptime, 0, 0),
      JS_FN("cwd", Cwd, 0, 0),
      JS_FN("chdir", Chdir, 1, 0),
      JS_FN("umask", Umask, 1, 0),
      JS_FN("memoryUsage", MemoryUsage, 0, 0),
      JS_FN("rss", Rss, 0, 0),
      JS_FN("cpuUsage", CpuUsage, 0, 0),
      JS_FN("resourceUsage", ResourceUsage, 0, 0),
      JS_FN("kill", Kill, 2, 0),
      JS_FN("reallyExit", ReallyExit, 1, 0),
      JS_FN("abort", Abort, 0, 0),
      JS_FN("execve", Execve, 3, 0),
      JS_FN("getTitle", GetTitle, 0, 0),
      JS_FN("setTitle", SetTitle, 1, 0),
      JS_FN("getEnv", GetEnv, 1, 0),
      JS_FN("setEnv", SetEnv, 2, 0),
      JS_FN("unsetEnv", UnsetEnv, 1, 0),
      JS_FN("envKeys", EnvKeys, 0, 0),
      JS_FN("getIds", GetIds, 0, 0),
      JS_FN("getGroups", GetGroups, 0, 0),
      JS_FN("rawDebug", RawDebug, 1, 0),
      JS_FN("milestones", Milestones, 0, 0),
      JS_FN("getActiveRequests", GetActiveRequests, 0, 0),
      JS_FN("getActiveHandles", GetActiveHandles, 0, 0),
      JS_FN("constrainedMemory", ConstrainedMemory, 0, 0),
      JS_FN("availableMemory", AvailableMemory, 0, 0),
      JS_FN("setId", SetId, 2, 0),
      JS_FN("setGroups", SetGroups, 1, 0),
      JS_FN("initGroups", InitGroups, 2, 0),
      JS_FN("gc", GC, 0, 0),
      JS_FN("dlopenCheck", DlopenCheck, 1, 0),
      JS_FS_END};
  if (!JS_DefineFunctions(cx, exports, methods)) return false;
  char exe[4096];
  size_t size = sizeof exe;
  if (uv_exepath(exe, &size) != 0) size = 0;
  return SetStringProperty(cx, exports, "execPath",
                           std::string_view(exe, size)) &&
         SetNumberProperty(cx, exports, "pid", uv_os_getpid()) &&
         SetNumberProperty(cx, exports, "ppid", uv_os_getppid()) &&
         SetStringProperty(cx, exports, "uvVersion", uv_version_string()) &&
         SetStringProperty(cx, exports, "zlibVersion", zlibVersion()) &&
         SetStringProperty(cx, exports, "brotliVersion", BrotliVersion()) &&
         SetStringProperty(cx, exports, "zstdVersion", ZSTD_versionString()) &&
         SetStringProperty(cx, exports, "mozjsVersion", EDDY_MOZJS_VERSION) &&
         SetStringProperty(cx, exports, "icuVersion", U_ICU_VERSION) &&
         SetStringProperty(cx, exports, "unicodeVersion", U_UNICODE_VERSION) &&
         SetStringProperty(cx, exports, "cldrVersion", CldrVersion()) &&
         SetStringProperty(cx, exports, "eddyVersion", EDDY_VERSION) &&
         SetStringProperty(cx, exports, "nodeVersion", EDDY_NODE_VERSION);
}

}  // namespace eddy::binding::process_methods
