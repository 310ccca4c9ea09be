// internalBinding('contextify'): compiling user code. CommonJS modules are
// compiled as functions (no wrapper text, so line and column numbers are
// the file's own); -e, -p and vm.runInThisContext evaluate scripts.

#include <js/CompilationAndEvaluation.h>
#include <js/SourceText.h>

#include <string>
#include <vector>

#include "base/args.h"
#include "core/errors.h"

namespace eddy::binding::contextify {

// compileFunction(source, filename, params[]) -> function
static bool CompileFunction(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.get(0).isString()) {
    return ThrowTypeError(cx, "ERR_INVALID_ARG_TYPE",
                          "source must be a string");
  }
  std::string filename;
  if (!ToUtf8(cx, args.get(1), &filename)) return false;
  std::vector<std::string> params;
  if (args.get(2).isObject()) {
    JS::RootedObject list(cx, &args[2].toObject());
    uint32_t n = 0;
    if (!JS::GetArrayLength(cx, list, &n)) return false;
    for (uint32_t i = 0; i < n; i++) {
      JS::RootedValue v(cx);
      std::string p;
      if (!JS_GetElement(cx, list, i, &v) || !ToUtf8(cx, v, &p)) return false;
      params.push_back(std::move(p));
    }
  }
  std::vector<const char*> names;
  for (const std::string& p : params) names.push_back(p.c_str());

  // Compiled from UTF-16: the engine's UTF-8 CompileFunction reads its
  // input as Latin-1 in this version.
  JS::RootedString source_str(cx, args[0].toString());
  size_t length = JS_GetStringLength(source_str);
  std::u16string source(length, u'\0');
  if (!JS_CopyStringChars(cx, mozilla::Range<char16_t>(source.data(), length),
                          source_str)) {
    return false;
  }
  // A shebang line is legal only at the very start of a script.
  if (length >= 2 && source[0] == '#' && source[1] == '!') {
    source[0] = '/';
    source[1] = '/';
  }
  JS::CompileOptions options(cx);
  // The engine puts the parameter list on a line of its own before the
  // body; line 0 makes the body's first line line 1.
  options.setFileAndLine(filename.c_str(), 0);
  JS::SourceText<char16_t> text;
  if (!text.init(cx, source.data(), source.size(),
                 JS::SourceOwnership::Borrowed)) {
    return false;
  }
  JS::RootedObjectVector env_chain(cx);
  JSFunction* fn = JS::CompileFunction(cx, env_chain, options, "", names.size(),
                                       names.data(), text);
  if (!fn) return false;
  args.rval().setObject(*JS_GetFunctionObject(fn));
  return true;
}

// runInThisContext(source, filename) -> completion value
static bool RunInThisContext(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.get(0).isString()) {
    return ThrowTypeError(cx, "ERR_INVALID_ARG_TYPE",
                          "source must be a string");
  }
  std::string filename;
  if (!ToUtf8(cx, args.get(1), &filename)) return false;
  JS::RootedString source_str(cx, args[0].toString());
  std::string source;
  if (!StringToUtf8(cx, source_str, &source)) return false;
  JS::CompileOptions options(cx);
  options.setFileAndLine(filename.c_str(), 1);
  JS::SourceText<mozilla::Utf8Unit> text;
  if (!text.init(cx, source.data(), source.size(),
                 JS::SourceOwnership::Borrowed)) {
    return false;
  }
  return JS::Evaluate(cx, options, text, args.rval());
}

bool Initialize(JSContext* cx, JS::HandleObject exports) {
  static const JSFunctionSpec methods[] = {
      JS_FN("compileFunction", CompileFunction, 3, 0),
      JS_FN("runInThisContext", RunInThisContext, 2, 0), JS_FS_END};
  return JS_DefineFunctions(cx, exports, methods);
}

}  // namespace eddy::binding::contextify
