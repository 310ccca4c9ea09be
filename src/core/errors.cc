#include "core/errors.h"

#include <uv.h>

#include <cctype>
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

static bool IsIdentifierChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$';
}

// "name:line\n<source line>\n<caret>\n", as Node prints above a fatal
// error. `thrown`: the position is where an Error was created and thrown
// synchronously (not a rejection).
std::string SourceArrow(const std::string& name, const std::string& text,
                        uint32_t line, uint32_t column, bool thrown) {
  size_t start = 0;
  for (uint32_t l = 1; l < line && start != std::string::npos; l++) {
    start = text.find('\n', start);
    if (start != std::string::npos) start++;
  }
  if (start == std::string::npos) return "";
  size_t end = text.find('\n', start);
  std::string src =
      text.substr(start, end == std::string::npos ? end : end - start);
  // An error created as the operand of `throw` (`throw new Error()`) was
  // thrown right there: point at the `throw`, as node does.
  if (thrown && column > 1 && column - 1 <= src.size()) {
    size_t at = column - 1;
    while (at > 0 && (src[at - 1] == ' ' || src[at - 1] == '\t')) at--;
    constexpr std::string_view kThrow = "throw";
    if (at >= kThrow.size() && at < column - 1 &&
        src.compare(at - kThrow.size(), kThrow.size(), kThrow) == 0 &&
        (at == kThrow.size() ||
         !IsIdentifierChar(src[at - kThrow.size() - 1]))) {
      column = static_cast<uint32_t>(at - kThrow.size() + 1);
    }
  }
  // User modules are compiled without a wrapper; builtins share line 1 with
  // theirs, which shifts only columns on that line.
  std::string caret(column > 1 ? column - 1 : 0, ' ');
  for (size_t i = 0; i < caret.size() && i < src.size(); i++) {
    if (src[i] == '\t') caret[i] = '\t';
  }
  return name + ":" + std::to_string(line) + "\n" + src + "\n" + caret + "^\n";
}

}  // namespace eddy
