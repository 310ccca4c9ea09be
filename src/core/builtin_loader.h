#ifndef EDDY_CORE_BUILTIN_LOADER_H_
#define EDDY_CORE_BUILTIN_LOADER_H_

// The JavaScript of lib/, embedded at build time. A builtin compiles to a
// function (exports, require, module, process, internalBinding); the
// loader in lib/internal/bootstrap/realm.js calls it once, on first require.

#include <jsapi.h>

#include <string>
#include <string_view>

#include "core/builtin_sources.h"

namespace eddy {

const BuiltinSource* FindBuiltin(std::string_view id);
// Development mode (EDDY_LIB_DIR set): the source of lib/<id>.js on disk.
bool ReadDevSource(std::string_view id, std::string* out);
// Null with an exception pending when the id is unknown or compiling failed.
JSObject* CompileBuiltin(JSContext* cx, std::string_view id);
// Lets the engine fetch a builtin's source text when it needs it (stencils
// are embedded without it).
void InstallBuiltinSourceHook(JSContext* cx);

}  // namespace eddy

#endif  // EDDY_CORE_BUILTIN_LOADER_H_
