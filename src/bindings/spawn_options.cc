#include "bindings/spawn_options.h"

#include <js/Array.h>

#include "base/args.h"

namespace eddy {

static bool StringList(JSContext* cx, JS::HandleObject options,
                       const char* name, std::vector<std::string>* out,
                       bool* present) {
  JS::RootedValue v(cx);
  if (!JS_GetProperty(cx, options, name, &v)) return false;
  *present = v.isObject();
  if (!v.isObject()) return true;
  JS::RootedObject list(cx, &v.toObject());
  uint32_t n = 0;
  if (!JS::GetArrayLength(cx, list, &n)) return false;
  JS::RootedValue item(cx);
  for (uint32_t i = 0; i < n; i++) {
    std::string s;
    if (!JS_GetElement(cx, list, i, &item) || !ToUtf8(cx, item, &s))
      return false;
    out->push_back(std::move(s));
  }
  return true;
}

bool SpawnOptions::Parse(JSContext* cx, JS::HandleObject options) {
  JS::RootedValue v(cx);
  if (!JS_GetProperty(cx, options, "file", &v) || !ToUtf8(cx, v, &file_))
    return false;
  bool present;
  if (!StringList(cx, options, "args", &args_, &present) ||
      !StringList(cx, options, "envPairs", &env_, &has_env_)) {
    return false;
  }
  if (!JS_GetProperty(cx, options, "cwd", &v)) return false;
  if (v.isString()) {
    has_cwd_ = true;
    if (!ToUtf8(cx, v, &cwd_)) return false;
  }
  if (!JS_GetProperty(cx, options, "uid", &v)) return false;
  if (v.isNumber()) {
    uid_ = static_cast<uv_uid_t>(v.toNumber());
    flags_ |= UV_PROCESS_SETUID;
  }
  if (!JS_GetProperty(cx, options, "gid", &v)) return false;
  if (v.isNumber()) {
    gid_ = static_cast<uv_gid_t>(v.toNumber());
    flags_ |= UV_PROCESS_SETGID;
  }
  if (!JS_GetProperty(cx, options, "detached", &v)) return false;
  if (JS::ToBoolean(v)) flags_ |= UV_PROCESS_DETACHED;
  return true;
}

void SpawnOptions::Fill(uv_process_options_t* out) {
  argv_.clear();
  for (std::string& a : args_) argv_.push_back(a.data());
  argv_.push_back(nullptr);
  envp_.clear();
  for (std::string& e : env_) envp_.push_back(e.data());
  envp_.push_back(nullptr);
  out->file = file_.c_str();
  out->args = argv_.data();
  out->env = has_env_ ? envp_.data() : nullptr;
  out->cwd = has_cwd_ ? cwd_.c_str() : nullptr;
  out->flags = flags_;
  out->uid = uid_;
  out->gid = gid_;
}

}  // namespace eddy
