// internalBinding('os'): host facts for lib/os.js.

#include <js/Array.h>
#include <uv.h>

#include <string>

#include "base/args.h"
#include "core/errors.h"

namespace eddy::binding::os {

static bool ReturnString(JSContext* cx, JS::CallArgs& args,
                         std::string_view s) {
  JSString* str = NewStringUtf8(cx, s);
  if (!str) return false;
  args.rval().setString(str);
  return true;
}

static bool GetHostname(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  char buf[UV_MAXHOSTNAMESIZE];
  size_t size = sizeof buf;
  int err = uv_os_gethostname(buf, &size);
  if (err) return ThrowUVException(cx, err, "uv_os_gethostname");
  return ReturnString(cx, args, std::string_view(buf, size));
}

static bool GetHomeDirectory(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  char buf[4096];
  size_t size = sizeof buf;
  int err = uv_os_homedir(buf, &size);
  if (err) return ThrowUVException(cx, err, "uv_os_homedir");
  return ReturnString(cx, args, std::string_view(buf, size));
}

static bool GetTmpDir(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  char buf[4096];
  size_t size = sizeof buf;
  int err = uv_os_tmpdir(buf, &size);
  if (err) return ThrowUVException(cx, err, "uv_os_tmpdir");
  return ReturnString(cx, args, std::string_view(buf, size));
}

// [sysname, version, release, machine]
static bool GetOSInformation(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  uv_utsname_t info;
  int err = uv_os_uname(&info);
  if (err) return ThrowUVException(cx, err, "uv_os_uname");
  JS::RootedObject out(cx, JS::NewArrayObject(cx, 4));
  if (!out) return false;
  const char* parts[] = {info.sysname, info.version, info.release,
                         info.machine};
  for (uint32_t i = 0; i < 4; i++) {
    JS::RootedString s(cx, NewStringUtf8(cx, parts[i]));
    if (!s || !JS_SetElement(cx, out, i, s)) return false;
  }
  args.rval().setObject(*out);
  return true;
}

static bool GetUptime(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  double uptime = 0;
  int err = uv_uptime(&uptime);
  if (err) return ThrowUVException(cx, err, "uv_uptime");
  args.rval().setNumber(uptime);
  return true;
}

static bool GetTotalMem(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  args.rval().setNumber(static_cast<double>(uv_get_total_memory()));
  return true;
}

static bool GetFreeMem(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  args.rval().setNumber(static_cast<double>(uv_get_free_memory()));
  return true;
}

static bool GetAvailableParallelism(JSContext* cx, unsigned argc,
                                    JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  args.rval().setNumber(uv_available_parallelism());
  return true;
}

static bool SetElementValue(JSContext* cx, JS::HandleObject array, uint32_t* i,
                            JS::HandleValue v) {
  return JS_SetElement(cx, array, (*i)++, v);
}

// Flat [model, speed, user, nice, sys, idle, irq, ...] per CPU.
static bool GetCPUs(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  uv_cpu_info_t* cpus;
  int count;
  int err = uv_cpu_info(&cpus, &count);
  if (err) return ThrowUVException(cx, err, "uv_cpu_info");
  JS::RootedObject out(cx, JS::NewArrayObject(cx, 0));
  bool ok = out != nullptr;
  uint32_t i = 0;
  JS::RootedValue v(cx);
  for (int c = 0; ok && c < count; c++) {
    JSString* model = NewStringUtf8(cx, cpus[c].model);
    ok = model != nullptr;
    if (!ok) break;
    v.setString(model);
    ok = SetElementValue(cx, out, &i, v);
    double fields[] = {
        double(cpus[c].speed),          double(cpus[c].cpu_times.user),
        double(cpus[c].cpu_times.nice), double(cpus[c].cpu_times.sys),
        double(cpus[c].cpu_times.idle), double(cpus[c].cpu_times.irq)};
    for (double f : fields) {
      v.setNumber(f);
      ok = ok && SetElementValue(cx, out, &i, v);
    }
  }
  uv_free_cpu_info(cpus, count);
  if (!ok) return false;
  args.rval().setObject(*out);
  return true;
}

// Flat [name, address, netmask, family, mac, internal, scopeid, ...].
static bool GetInterfaceAddresses(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  uv_interface_address_t* ifs;
  int count;
  int err = uv_interface_addresses(&ifs, &count);
  if (err) return ThrowUVException(cx, err, "uv_interface_addresses");
  JS::RootedObject out(cx, JS::NewArrayObject(cx, 0));
  bool ok = out != nullptr;
  uint32_t i = 0;
  JS::RootedValue v(cx);
  for (int k = 0; ok && k < count; k++) {
    const uv_interface_address_t& a = ifs[k];
    char ip[INET6_ADDRSTRLEN] = "", mask[INET6_ADDRSTRLEN] = "";
    bool v6 = a.address.address4.sin_family == AF_INET6;
    if (v6) {
      uv_ip6_name(&a.address.address6, ip, sizeof ip);
      uv_ip6_name(&a.netmask.netmask6, mask, sizeof mask);
    } else {
      uv_ip4_name(&a.address.address4, ip, sizeof ip);
      uv_ip4_name(&a.netmask.netmask4, mask, sizeof mask);
    }
    char mac[18];
    snprintf(mac, sizeof mac, "%02x:%02x:%02x:%02x:%02x:%02x",
             (unsigned char)a.phys_addr[0], (unsigned char)a.phys_addr[1],
             (unsigned char)a.phys_addr[2], (unsigned char)a.phys_addr[3],
             (unsigned char)a.phys_addr[4], (unsigned char)a.phys_addr[5]);
    const char* strings[] = {a.name, ip, mask, v6 ? "IPv6" : "IPv4", mac};
    for (const char* s : strings) {
      JSString* str = NewStringUtf8(cx, s);
      ok = ok && str;
      if (!ok) break;
      v.setString(str);
      ok = SetElementValue(cx, out, &i, v);
    }
    v.setBoolean(a.is_internal);
    ok = ok && SetElementValue(cx, out, &i, v);
    v.setNumber(v6 ? double(a.address.address6.sin6_scope_id) : -1.0);
    ok = ok && SetElementValue(cx, out, &i, v);
  }
  uv_free_interface_addresses(ifs, count);
  if (!ok) return false;
  args.rval().setObject(*out);
  return true;
}

static bool GetLoadAvg(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  double avg[3];
  uv_loadavg(avg);
  JS::RootedObject out(cx, JS::NewArrayObject(cx, 3));
  if (!out) return false;
  for (uint32_t i = 0; i < 3; i++) {
    JS::RootedValue v(cx, JS::NumberValue(avg[i]));
    if (!JS_SetElement(cx, out, i, v)) return false;
  }
  args.rval().setObject(*out);
  return true;
}

static bool GetUserInfo(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  uv_passwd_t pwd;
  int err = uv_os_get_passwd(&pwd);
  if (err) return ThrowUVException(cx, err, "uv_os_get_passwd");
  JS::RootedObject out(cx, JS_NewPlainObject(cx));
  bool ok = out && SetNumberProperty(cx, out, "uid", double(pwd.uid)) &&
            SetNumberProperty(cx, out, "gid", double(pwd.gid)) &&
            SetStringProperty(cx, out, "username", pwd.username) &&
            SetStringProperty(cx, out, "homedir", pwd.homedir);
  if (ok) {
    if (pwd.shell) {
      ok = SetStringProperty(cx, out, "shell", pwd.shell);
    } else {
      JS::RootedValue null_value(cx, JS::NullValue());
      ok = JS_SetProperty(cx, out, "shell", null_value);
    }
  }
  uv_os_free_passwd(&pwd);
  if (!ok) return false;
  args.rval().setObject(*out);
  return true;
}

static bool GetPriority(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  int priority = 0;
  int err =
      uv_os_getpriority(static_cast<uv_pid_t>(IntArg(args, 0)), &priority);
  if (err) return ThrowUVException(cx, err, "uv_os_getpriority");
  args.rval().setInt32(priority);
  return true;
}

static bool SetPriority(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  int err = uv_os_setpriority(static_cast<uv_pid_t>(IntArg(args, 0)),
                              static_cast<int>(IntArg(args, 1)));
  if (err) return ThrowUVException(cx, err, "uv_os_setpriority");
  args.rval().setUndefined();
  return true;
}

bool Initialize(JSContext* cx, JS::HandleObject exports) {
  static const JSFunctionSpec methods[] = {
      JS_FN("getHostname", GetHostname, 0, 0),
      JS_FN("getHomeDirectory", GetHomeDirectory, 0, 0),
      JS_FN("getTmpDir", GetTmpDir, 0, 0),
      JS_FN("getOSInformation", GetOSInformation, 0, 0),
      JS_FN("getUptime", GetUptime, 0, 0),
      JS_FN("getTotalMem", GetTotalMem, 0, 0),
      JS_FN("getFreeMem", GetFreeMem, 0, 0),
      JS_FN("getAvailableParallelism", GetAvailableParallelism, 0, 0),
      JS_FN("getCPUs", GetCPUs, 0, 0),
      JS_FN("getInterfaceAddresses", GetInterfaceAddresses, 0, 0),
      JS_FN("getLoadAvg", GetLoadAvg, 0, 0),
      JS_FN("getUserInfo", GetUserInfo, 0, 0),
      JS_FN("getPriority", GetPriority, 1, 0),
      JS_FN("setPriority", SetPriority, 2, 0),
      JS_FS_END};
  return JS_DefineFunctions(cx, exports, methods);
}

}  // namespace eddy::binding::os
