// internalBinding('builtins'): the embedded lib/ sources and the options the
// command line gave, read by lib/internal/bootstrap/.

#include <js/Array.h>

#include "base/args.h"
#include "bindings/binding_util.h"
#include "core/builtin_loader.h"
#include "core/environment.h"

namespace eddy::binding::builtins {

static bool CompileFunction(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string id;
  if (!ToUtf8(cx, args.get(0), &id)) return false;
  JSObject* fn = CompileBuiltin(cx, id);
  if (!fn) return false;
  args.rval().setObject(*fn);
  return true;
}

static bool HasBuiltin(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string id;
  if (!ToUtf8(cx, args.get(0), &id)) return false;
  std::string unused;
  args.rval().setBoolean(FindBuiltin(id) != nullptr ||
                         ReadDevSource(id, &unused));
  return true;
}

static JSObject* StringArray(JSContext* cx, const std::vector<std::string>& v) {
  JS::RootedObject array(cx, JS::NewArrayObject(cx, v.size()));
  if (!array) return nullptr;
  for (size_t i = 0; i < v.size(); i++) {
    JS::RootedString s(cx, NewStringUtf8(cx, v[i]));
    if (!s || !JS_SetElement(cx, array, static_cast<uint32_t>(i), s))
      return nullptr;
  }
  return array;
}

static const char* ModeName(Options::Mode mode) {
  switch (mode) {
    case Options::Mode::kFile:
      return "file";
    case Options::Mode::kEval:
      return "eval";
    case Options::Mode::kPrint:
      return "print";
    case Options::Mode::kStdin:
      return "stdin";
    case Options::Mode::kRepl:
      return "repl";
    case Options::Mode::kRun:
      return "run";
    case Options::Mode::kTest:
      return "test";
  }
  return "file";
}

bool Initialize(JSContext* cx, JS::HandleObject exports) {
  static const JSFunctionSpec methods[] = {
      JS_FN("compileFunction", CompileFunction, 1, 0),
      JS_FN("hasBuiltin", HasBuiltin, 1, 0), JS_FS_END};
  if (!JS_DefineFunctions(cx, exports, methods)) return false;
  std::vector<std::string> ids;
  for (size_t i = 0; i < kBuiltinSourceCount; i++)
    ids.push_back(kBuiltinSources[i].id);
  JS::RootedObject id_array(cx, StringArray(cx, ids));
  if (!id_array || !SetObjectProperty(cx, exports, "builtinIds", id_array))
    return false;

  const Options& o = Environment::From(cx)->options();
  JS::RootedObject opts(cx, JS_NewPlainObject(cx));
  JS::RootedObject argv(cx, StringArray(cx, o.argv));
  JS::RootedObject exec_argv(cx, StringArray(cx, o.exec_argv));
  JS::RootedObject flags(cx, StringArray(cx, o.flags));
  JS::RootedObject preload(cx, StringArray(cx, o.preload));
  JS::RootedValue expose_gc(cx, JS::BooleanValue(o.expose_gc));
  return opts && argv && exec_argv && flags && preload &&
         SetStringProperty(cx, opts, "mode", ModeName(o.mode)) &&
         SetStringProperty(cx, opts, "script", o.script) &&
         SetObjectProperty(cx, opts, "argv", argv) &&
         SetObjectProperty(cx, opts, "execArgv", exec_argv) &&
         SetObjectProperty(cx, opts, "flags", flags) &&
         SetObjectProperty(cx, opts, "preload", preload) &&
         SetStringProperty(cx, opts, "unhandledRejections",
                           o.unhandled_rejections) &&
         SetNumberProperty(cx, opts, "stackTraceLimit", o.stack_trace_limit) &&
         SetValueProperty(cx, opts, "exposeGc", expose_gc) &&
         SetObjectProperty(cx, exports, "options", opts);
}

}  // namespace eddy::binding::builtins
