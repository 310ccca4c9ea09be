// internalBinding('module_wrap'): ES module records on the engine's module
// API, for the ESM loader (lib/internal/modules/esm/) and vm.Module.
//
// JavaScript holds module records as opaque objects and does the policy:
// resolving, loading, the order of linking. The engine calls back into it
// through three functions registered with setCallbacks():
//   resolve(referrer, specifier, type) -> record   while a graph links
//   importDynamic(referrer, specifier, type) -> promise of a namespace
//   importMeta(referrer, meta)                      first use of import.meta
// `referrer` is the value attached to the importing module (its private)
// or script (setScriptPrivate), undefined when there is none.

#include <js/CompilationAndEvaluation.h>
#include <js/Modules.h>
#include <js/Object.h>
#include <js/Promise.h>
#include <js/ScriptPrivate.h>
#include <js/SourceText.h>
#include <js/experimental/JSStencil.h>
#include <jsapi.h>
#include <jsfriendapi.h>

#include <string>
#include <vector>

#include "base/args.h"
#include "core/code_cache.h"
#include "core/environment.h"
#include "core/errors.h"

namespace eddy::binding::module_wrap {

static const char* TypeName(JS::ModuleType type) {
  return type == JS::ModuleType::JSON ? "json" : "javascript";
}

// The module records JS handles are the engine's own objects; anything
// else passed where a record belongs is refused before the engine sees it.
static bool IsModuleRecord(JSObject* obj) {
  return std::string_view(JS::GetClass(obj)->name) == "Module";
}

static bool RecordArg(JSContext* cx, const JS::CallArgs& args, unsigned i,
                      JS::MutableHandleObject out) {
  if (!args.get(i).isObject() || !IsModuleRecord(&args[i].toObject())) {
    return ThrowTypeError(cx, "ERR_INVALID_ARG_TYPE",
                          "argument %u must be a module record", i);
  }
  out.set(&args[i].toObject());
  return true;
}

static bool Callback(JSContext* cx, const char* name,
                     JS::MutableHandleValue fn) {
  Environment* env = Environment::From(cx);
  if (!env->module_callbacks) {
    return ThrowError(cx, nullptr, "module callbacks are not registered");
  }
  JS::RootedObject callbacks(cx, env->module_callbacks);
  return JS_GetProperty(cx, callbacks, name, fn);
}

static bool RequestArgs(JSContext* cx, JS::HandleObject request,
                        JS::MutableHandleValue specifier,
                        JS::MutableHandleValue type) {
  JSString* spec = JS::GetModuleRequestSpecifier(cx, request);
  if (!spec) return false;
  specifier.setString(spec);
  JS::ModuleType module_type = JS::GetModuleRequestType(cx, request);
  // An attribute the engine does not support throws here.
  if (JS_IsExceptionPending(cx)) return false;
  JSString* type_str = JS_NewStringCopyZ(cx, TypeName(module_type));
  if (!type_str) return false;
  type.setString(type_str);
  return true;
}

// HostResolveImportedModule: JS has loaded the graph before linking, so
// this only looks the record up.
static JSObject* OnResolve(JSContext* cx, JS::HandleValue referrer,
                           JS::HandleObject request) {
  JS::RootedValue fn(cx);
  JS::RootedValueArray<3> argv(cx);
  argv[0].set(referrer);
  if (!Callback(cx, "resolve", &fn) ||
      !RequestArgs(cx, request, argv[1], argv[2])) {
    return nullptr;
  }
  JS::RootedValue result(cx);
  if (!JS::Call(cx, JS::UndefinedHandleValue, fn, argv, &result)) {
    return nullptr;
  }
  if (!result.isObject() || !IsModuleRecord(&result.toObject())) {
    ThrowError(cx, "ERR_VM_MODULE_LINK_FAILURE",
               "the module resolver returned no module record");
    return nullptr;
  }
  return &result.toObject();
}

// import(): JS loads, links and evaluates, and answers with a promise of
// the namespace, which settles the engine's promise.
static bool OnDynamicImport(JSContext* cx, JS::HandleValue referrer,
                            JS::HandleObject request,
                            JS::HandleObject promise) {
  JS::RootedValue fn(cx);
  JS::RootedValueArray<3> argv(cx);
  argv[0].set(referrer);
  JS::RootedValue result(cx);
  bool ok = Callback(cx, "importDynamic", &fn) &&
            RequestArgs(cx, request, argv[1], argv[2]) &&
            JS::Call(cx, JS::UndefinedHandleValue, fn, argv, &result);
  if (ok) return JS::ResolvePromise(cx, promise, result);
  JS::RootedValue error(cx);
  if (!JS_GetPendingException(cx, &error)) return false;  // uncatchable
  JS_ClearPendingException(cx);
  return JS::RejectPromise(cx, promise, error);
}

static bool OnImportMeta(JSContext* cx, JS::HandleValue referrer,
                         JS::HandleObject meta) {
  JS::RootedValue fn(cx);
  JS::RootedValueArray<2> argv(cx);
  argv[0].set(referrer);
  argv[1].setObject(*meta);
  JS::RootedValue ignored(cx);
  return Callback(cx, "importMeta", &fn) &&
         JS::Call(cx, JS::UndefinedHandleValue, fn, argv, &ignored);
}

// setCallbacks({ resolve, importDynamic, importMeta })
static bool SetCallbacks(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.get(0).isObject()) {
    return ThrowTypeError(cx, "ERR_INVALID_ARG_TYPE",
                          "callbacks must be an object");
  }
  Environment::From(cx)->module_callbacks = &args[0].toObject();
  JSRuntime* rt = JS_GetRuntime(cx);
  JS::SetModuleResolveHook(rt, OnResolve);
  JS::SetModuleDynamicImportHook(rt, OnDynamicImport);
  JS::SetModuleMetadataHook(rt, OnImportMeta);
  args.rval().setUndefined();
  return true;
}

static void ModuleOptions(JS::CompileOptions* options, const char* url,
                          const JS::CallArgs& args, unsigned line_arg) {
  options->setFileAndLine(url,
                          1 + static_cast<unsigned>(IntArg(args, line_arg)));
  options->setColumn(JS::ColumnNumberOneOrigin(
      1 + static_cast<uint32_t>(IntArg(args, line_arg + 1))));
}

static bool SourceArg(JSContext* cx, const JS::CallArgs& args,
                      std::u16string* out) {
  if (!args.get(0).isString()) {
    return ThrowTypeError(cx, "ERR_INVALID_ARG_TYPE",
                          "source must be a string");
  }
  JS::RootedString str(cx, args[0].toString());
  size_t length = JS_GetStringLength(str);
  out->assign(length, u'\0');
  return JS_CopyStringChars(cx, mozilla::Range<char16_t>(out->data(), length),
                            str);
}

// compile(source, url, referrer, lineOffset, columnOffset, global, json,
//         cachedData) -> record. Compiled in the realm of `global` (a vm
// context) when given; `json` makes a JSON module (its default export is
// the parsed value); `cachedData` (createCachedData's) is instantiated
// instead of compiling, and must hold this source.
static bool Compile(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::u16string source;
  std::string url;
  if (!SourceArg(cx, args, &source) || !ToUtf8(cx, args.get(1), &url)) {
    return false;
  }
  std::vector<uint8_t> cached;
  if (args.get(7).isObject()) CopyViewBytes(&args[7].toObject(), &cached);
  JS::RootedObject global(cx, args.get(5).isObject()
                                  ? &args[5].toObject()
                                  : JS::CurrentGlobalOrNull(cx));
  JS::RootedObject record(cx);
  {
    JSAutoRealm ar(cx, global);
    JS::CompileOptions options(cx);
    ModuleOptions(&options, url.c_str(), args, 3);
    if (!cached.empty()) {
      RefPtr<JS::Stencil> stencil =
          DecodeCodeCache(cx, CodeCacheKind::kModule, source, cached.data(),
                          cached.size(), options);
      if (!stencil) {
        return ThrowError(cx, "ERR_VM_MODULE_CACHED_DATA_REJECTED",
                          "cachedData buffer was rejected");
      }
      JS::InstantiateOptions instantiate_options(options);
      record = JS::InstantiateModuleStencil(cx, instantiate_options, stencil);
    } else {
      JS::SourceText<char16_t> text;
      if (!text.init(cx, source.data(), source.size(),
                     JS::SourceOwnership::Borrowed)) {
        return false;
      }
      record = args.get(6).isTrue() ? JS::CompileJsonModule(cx, options, text)
                                    : JS::CompileModule(cx, options, text);
    }
    if (!record) return false;
  }
  // A JSON module has no script to hold a private value, and no import
  // or import.meta that would need it.
  if (!args.get(6).isTrue()) JS::SetModulePrivate(record, args.get(2));
  args.rval().setObject(*record);
  return true;
}

// createCachedData(source, url, lineOffset, columnOffset) -> Uint8Array:
// the module's code cache, for compile's `cachedData`.
static bool CreateCachedData(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::u16string source;
  std::string url;
  if (!SourceArg(cx, args, &source) || !ToUtf8(cx, args.get(1), &url)) {
    return false;
  }
  JS::CompileOptions options(cx);
  ModuleOptions(&options, url.c_str(), args, 2);
  JS::SourceText<char16_t> text;
  if (!text.init(cx, source.data(), source.size(),
                 JS::SourceOwnership::Borrowed)) {
    return false;
  }
  RefPtr<JS::Stencil> stencil =
      JS::CompileModuleScriptToStencil(cx, options, text);
  if (!stencil) return false;
  std::vector<uint8_t> bytes;
  EncodeCodeCache(cx, CodeCacheKind::kModule, source, stencil, &bytes);
  JSObject* array = NewUint8ArrayCopy(cx, bytes.data(), bytes.size());
  if (!array) return false;
  args.rval().setObject(*array);
  return true;
}

// requests(record) -> [[specifier, type], ...] in source order
static bool Requests(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RootedObject record(cx);
  if (!RecordArg(cx, args, 0, &record)) return false;
  uint32_t count = JS::GetRequestedModulesCount(cx, record);
  JS::RootedObject list(cx, JS::NewArrayObject(cx, count));
  if (!list) return false;
  for (uint32_t i = 0; i < count; i++) {
    JS::RootedValueArray<2> pair(cx);
    JS::RootedString spec(cx, JS::GetRequestedModuleSpecifier(cx, record, i));
    if (!spec) return false;
    JS::ModuleType module_type = JS::GetRequestedModuleType(cx, record, i);
    // An attribute the engine does not support throws here.
    if (JS_IsExceptionPending(cx)) return false;
    JSString* type = JS_NewStringCopyZ(cx, TypeName(module_type));
    if (!type) return false;
    pair[0].setString(spec);
    pair[1].setString(type);
    JS::RootedObject entry(cx, JS::NewArrayObject(cx, pair));
    if (!entry || !JS_DefineElement(cx, list, i, entry, JSPROP_ENUMERATE)) {
      return false;
    }
  }
  args.rval().setObject(*list);
  return true;
}

// link(record): resolves every import through the resolve callback.
static bool Link(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RootedObject record(cx);
  if (!RecordArg(cx, args, 0, &record)) return false;
  JSAutoRealm ar(cx, record);
  args.rval().setUndefined();
  return JS::ModuleLink(cx, record);
}

// evaluate(record) -> promise: settles when the module and its
// dependencies have run (later than the call only with top-level await).
static bool Evaluate(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RootedObject record(cx);
  if (!RecordArg(cx, args, 0, &record)) return false;
  JS::RootedValue result(cx);
  {
    JSAutoRealm ar(cx, record);
    if (!JS::ModuleEvaluate(cx, record, &result)) return false;
  }
  if (!JS_WrapValue(cx, &result)) return false;
  args.rval().set(result);
  return true;
}

static bool Namespace(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RootedObject record(cx);
  if (!RecordArg(cx, args, 0, &record)) return false;
  JS::RootedObject ns(cx);
  {
    JSAutoRealm ar(cx, record);
    ns = JS::GetModuleNamespace(cx, record);
    if (!ns) return false;
  }
  args.rval().setObject(*ns);
  return JS_WrapValue(cx, args.rval());
}

// setBinding(record, name, value): assigns a top-level `var` of a linked
// module. vm.SyntheticModule's exports are such variables of a module
// that JS generates.
static bool SetBinding(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RootedObject record(cx);
  if (!RecordArg(cx, args, 0, &record)) return false;
  if (!args.get(1).isString()) {
    return ThrowTypeError(cx, "ERR_INVALID_ARG_TYPE", "name must be a string");
  }
  if (!JS::ModuleIsLinked(record)) {
    return ThrowError(cx, nullptr, "the module is not linked");
  }
  JS::RootedString name(cx, args[1].toString());
  JS::RootedId id(cx);
  if (!JS_StringToId(cx, name, &id)) return false;
  JS::RootedValue value(cx, args.get(2));
  JSAutoRealm ar(cx, record);
  JS::RootedObject environment(cx, JS::GetModuleEnvironment(cx, record));
  if (!environment || !JS_WrapValue(cx, &value)) return false;
  args.rval().setUndefined();
  return JS_SetPropertyById(cx, environment, id, value);
}

// setScriptPrivate(fn, referrer): what import() inside the function's code
// (a CommonJS module, a vm script) passes to importDynamic.
static bool SetScriptPrivate(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RootedFunction fn(cx, args.get(0).isObject()
                                ? JS_GetObjectFunction(&args[0].toObject())
                                : nullptr);
  JSScript* script = fn ? JS_GetFunctionScript(cx, fn) : nullptr;
  if (!script) {
    if (JS_IsExceptionPending(cx)) return false;
    return ThrowTypeError(cx, "ERR_INVALID_ARG_TYPE",
                          "setScriptPrivate needs a scripted function");
  }
  // Shared by every function compiled from the same source.
  JS::SetScriptPrivate(script, args.get(1));
  args.rval().setUndefined();
  return true;
}

bool Initialize(JSContext* cx, JS::HandleObject exports) {
  static const JSFunctionSpec methods[] = {
      JS_FN("setCallbacks", SetCallbacks, 1, 0),
      JS_FN("compile", Compile, 8, 0),
      JS_FN("createCachedData", CreateCachedData, 4, 0),
      JS_FN("requests", Requests, 1, 0),
      JS_FN("link", Link, 1, 0),
      JS_FN("evaluate", Evaluate, 1, 0),
      JS_FN("namespace", Namespace, 1, 0),
      JS_FN("setBinding", SetBinding, 3, 0),
      JS_FN("setScriptPrivate", SetScriptPrivate, 2, 0),
      JS_FS_END};
  return JS_DefineFunctions(cx, exports, methods);
}

}  // namespace eddy::binding::module_wrap
