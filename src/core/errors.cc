#include "core/errors.h"

#include <uv.h>

#include <cstdarg>
#include <cstdio>
#include <string>
#include <string_view>

#include <js/SavedFrameAPI.h>

#include "base/args.h"

namespace eddy {

// A new error object of `type` whose stack is the current JS stack.
static bool NewError(JSContext* cx, JSExnType type, std::string_view text,
                     JS::MutableHandleValue error) {
  JS::RootedString message(cx, NewStringUtf8(cx, text));
  if (!message) return false;
  JS::RootedObject stack(cx);
  if (!JS::CaptureCurrentStack(cx, &stack)) return false;
  JS::RootedString file(cx, JS_GetEmptyString(cx));
  return JS::CreateError(cx, type, stack, file, 0, JS::ColumnNumberOneOrigin(),
                         nullptr, message, JS::NothingHandleValue, error);
}

static bool ThrowWithCode(JSContext* cx, JSExnType type, const char* code,
                          const char* format, va_list ap) {
  char buf[1024];
  vsnprintf(buf, sizeof buf, format, ap);
  JS::RootedValue error(cx);
  if (!NewError(cx, type, buf, &error)) return false;
  JS::RootedObject obj(cx, &error.toObject());
  if (code && !SetStringProperty(cx, obj, "code", code)) return false;
  JS_SetPendingException(cx, error);
  return false;
}

bool ThrowTypeError(JSContext* cx, const char* code, const char* format, ...) {
  va_list ap;
  va_start(ap, format);
  ThrowWithCode(cx, JSEXN_TYPEERR, code, format, ap);
  va_end(ap);
  return false;
}

bool ThrowRangeError(JSContext* cx, const char* code, const char* format, ...) {
  va_list ap;
  va_start(ap, format);
  ThrowWithCode(cx, JSEXN_RANGEERR, code, format, ap);
  va_end(ap);
  return false;
}

bool ThrowError(JSContext* cx, const char* code, const char* format, ...) {
  va_list ap;
  va_start(ap, format);
  ThrowWithCode(cx, JSEXN_ERR, code, format, ap);
  va_end(ap);
  return false;
}

JSObject* UVException(JSContext* cx, int err, const char* syscall,
                      const char* path, const char* dest) {
  std::string message =
      std::string(uv_err_name(err)) + ": " + uv_strerror(err) + ", " + syscall;
  if (path) message += std::string(" '") + path + "'";
  if (dest) message += std::string(" -> '") + dest + "'";
  JS::RootedValue error(cx);
  if (!NewError(cx, JSEXN_ERR, message, &error)) return nullptr;
  JS::RootedObject obj(cx, &error.toObject());
  if (!SetNumberProperty(cx, obj, "errno", err) ||
      !SetStringProperty(cx, obj, "code", uv_err_name(err)) ||
      !SetStringProperty(cx, obj, "syscall", syscall) ||
      (path && !SetStringProperty(cx, obj, "path", path)) ||
      (dest && !SetStringProperty(cx, obj, "dest", dest))) {
    return nullptr;
  }
  return obj;
}

bool ThrowUVException(JSContext* cx, int err, const char* syscall,
                      const char* path, const char* dest) {
  JS::RootedObject obj(cx, UVException(cx, err, syscall, path, dest));
  if (!obj) return false;
  JS::RootedValue v(cx, JS::ObjectValue(*obj));
  JS_SetPendingException(cx, v);
  return false;
}

}  // namespace eddy
