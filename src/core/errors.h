#ifndef EDDY_CORE_ERRORS_H_
#define EDDY_CORE_ERRORS_H_

// Errors thrown from C++. Bindings throw only argument errors and libuv
// errors; every other check happens in lib/ before the binding is called.

#include <jsapi.h>

#include <string>

namespace eddy {

// Throws `new TypeError(message)` with a `code` property. Returns false.
bool ThrowTypeError(JSContext* cx, const char* code, const char* format, ...)
    __attribute__((format(printf, 3, 4)));
bool ThrowRangeError(JSContext* cx, const char* code, const char* format, ...)
    __attribute__((format(printf, 3, 4)));
bool ThrowError(JSContext* cx, const char* code, const char* format, ...)
    __attribute__((format(printf, 3, 4)));

// Node's error for a failed libuv call:
// `ENOENT: no such file or directory, open 'x'` with errno (negative), code,
// syscall, path and dest. Null when building it failed (exception pending).
JSObject* UVException(JSContext* cx, int err, const char* syscall,
                      const char* path = nullptr, const char* dest = nullptr);
bool ThrowUVException(JSContext* cx, int err, const char* syscall,
                      const char* path = nullptr, const char* dest = nullptr);

// "name:line\n<source line>\n<caret>\n": the arrow Node prints above a
// fatal error and vm prepends to the stack of an error its script threw,
// for (line, column) of `text` (both 1-based). `thrown`: the position is
// where an Error was created as the operand of a `throw`, which the arrow
// then points at.
std::string SourceArrow(const std::string& name, const std::string& text,
                        uint32_t line, uint32_t column, bool thrown);

}  // namespace eddy

#endif  // EDDY_CORE_ERRORS_H_
