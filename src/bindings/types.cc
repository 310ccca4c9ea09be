// internalBinding('types'): the engine's view of what kind of object a value
// is, behind util.types and util.inspect.

#include <js/Date.h>
#include <js/MapAndSet.h>
#include <js/Object.h>
#include <js/Promise.h>
#include <js/Proxy.h>
#include <js/RegExp.h>
#include <js/experimental/TypedData.h>
#include <js/friend/WindowProxy.h>
#include <jsfriendapi.h>

#include <cstring>

#include "base/args.h"

namespace eddy::binding::types {

// The built-in class of `v`, seen through cross-realm wrappers; nothing
// for primitives and proxies (V8 reports a Proxy as a Proxy, not its target).
static bool BuiltinClass(JSContext* cx, const JS::Value& v, js::ESClass* cls) {
  if (!v.isObject() || js::IsScriptedProxy(&v.toObject())) return false;
  JS::RootedObject obj(cx, &v.toObject());
  if (!JS::GetBuiltinClass(cx, obj, cls)) {
    JS_ClearPendingException(cx);
    return false;
  }
  return true;
}

static bool ClassNameIs(const JS::Value& v, const char* name) {
  return v.isObject() && !js::IsProxy(&v.toObject()) &&
         strcmp(JS::GetClass(&v.toObject())->name, name) == 0;
}

#define ES_CLASS_CHECK(Name, Cls)                                 \
  static bool Name(JSContext* cx, unsigned argc, JS::Value* vp) { \
    JS::CallArgs args = JS::CallArgsFromVp(argc, vp);             \
    js::ESClass cls;                                              \
    args.rval().setBoolean(BuiltinClass(cx, args.get(0), &cls) && \
                           cls == js::ESClass::Cls);              \
    return true;                                                  \
  }
ES_CLASS_CHECK(IsDate, Date)
ES_CLASS_CHECK(IsRegExp, RegExp)
ES_CLASS_CHECK(IsMap, Map)
ES_CLASS_CHECK(IsSet, Set)
ES_CLASS_CHECK(IsMapIterator, MapIterator)
ES_CLASS_CHECK(IsSetIterator, SetIterator)
ES_CLASS_CHECK(IsArgumentsObject, Arguments)
ES_CLASS_CHECK(IsNativeError, Error)
ES_CLASS_CHECK(IsNumberObject, Number)
ES_CLASS_CHECK(IsStringObject, String)
ES_CLASS_CHECK(IsBooleanObject, Boolean)
ES_CLASS_CHECK(IsBigIntObject, BigInt)
ES_CLASS_CHECK(IsPromise, Promise)
ES_CLASS_CHECK(IsArrayBuffer, ArrayBuffer)
ES_CLASS_CHECK(IsSharedArrayBuffer, SharedArrayBuffer)
#undef ES_CLASS_CHECK

#define CLASS_NAME_CHECK(Name, str)                               \
  static bool Name(JSContext* cx, unsigned argc, JS::Value* vp) { \
    JS::CallArgs args = JS::CallArgsFromVp(argc, vp);             \
    args.rval().setBoolean(ClassNameIs(args.get(0), str));        \
    return true;                                                  \
  }
CLASS_NAME_CHECK(IsWeakMap, "WeakMap")
CLASS_NAME_CHECK(IsWeakSet, "WeakSet")
CLASS_NAME_CHECK(IsSymbolObject, "Symbol")
CLASS_NAME_CHECK(IsDataView, "DataView")
#undef CLASS_NAME_CHECK

static bool IsGeneratorObject(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  args.rval().setBoolean(ClassNameIs(args.get(0), "Generator") ||
                         ClassNameIs(args.get(0), "AsyncGenerator"));
  return true;
}

static bool IsBoxedPrimitive(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  js::ESClass cls;
  bool boxed = BuiltinClass(cx, args.get(0), &cls) &&
               (cls == js::ESClass::Number || cls == js::ESClass::String ||
                cls == js::ESClass::Boolean || cls == js::ESClass::BigInt);
  args.rval().setBoolean(boxed || ClassNameIs(args.get(0), "Symbol"));
  return true;
}

static bool IsAnyArrayBuffer(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  js::ESClass cls;
  args.rval().setBoolean(BuiltinClass(cx, args.get(0), &cls) &&
                         (cls == js::ESClass::ArrayBuffer ||
                          cls == js::ESClass::SharedArrayBuffer));
  return true;
}

static bool IsModuleNamespace(const JS::Value& v) {
  // A module namespace is an engine-internal proxy, not a scripted one.
  return v.isObject() && js::IsProxy(&v.toObject()) &&
         !js::IsScriptedProxy(&v.toObject()) &&
         strcmp(JS::GetClass(&v.toObject())->name, "Object") != 0;
}

static bool IsProxy(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  args.rval().setBoolean(args.get(0).isObject() &&
                         js::IsScriptedProxy(&args[0].toObject()));
  return true;
}

static bool IsModuleNamespaceObject(JSContext* cx, unsigned argc,
                                    JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  args.rval().setBoolean(IsModuleNamespace(args.get(0)));
  return true;
}

static bool IsExternal(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  args.rval().setBoolean(false);  // no V8 externals exist here
  return true;
}

// Async and generator functions have their own [[Prototype]]s, whose
// @@toStringTag names them.
static bool FunctionKindIs(JSContext* cx, JS::HandleValue v, const char* a,
                           const char* b, bool* out) {
  *out = false;
  if (!v.isObject() || !JS_ObjectIsFunction(&v.toObject())) return true;
  JS::RootedObject fn(cx, &v.toObject());
  JS::RootedObject proto(cx);
  if (!JS_GetPrototype(cx, fn, &proto) || !proto)
    return !JS_IsExceptionPending(cx);
  JS::RootedId tag(cx,
                   JS::GetWellKnownSymbolKey(cx, JS::SymbolCode::toStringTag));
  JS::RootedValue value(cx);
  if (!JS_GetPropertyById(cx, proto, tag, &value)) return false;
  if (!value.isString()) return true;
  bool match = false;
  if (!JS_StringEqualsAscii(cx, value.toString(), a, &match)) return false;
  if (!match && b && !JS_StringEqualsAscii(cx, value.toString(), b, &match))
    return false;
  *out = match;
  return true;
}

static bool IsAsyncFunction(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  bool result;
  if (!FunctionKindIs(cx, args.get(0), "AsyncFunction",
                      "AsyncGeneratorFunction", &result)) {
    return false;
  }
  args.rval().setBoolean(result);
  return true;
}

static bool IsGeneratorFunction(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  bool result;
  if (!FunctionKindIs(cx, args.get(0), "GeneratorFunction",
                      "AsyncGeneratorFunction", &result)) {
    return false;
  }
  args.rval().setBoolean(result);
  return true;
}

bool Initialize(JSContext* cx, JS::HandleObject exports) {
  static const JSFunctionSpec methods[] = {
      JS_FN("isExternal", IsExternal, 1, 0),
      JS_FN("isDate", IsDate, 1, 0),
      JS_FN("isArgumentsObject", IsArgumentsObject, 1, 0),
      JS_FN("isBigIntObject", IsBigIntObject, 1, 0),
      JS_FN("isBooleanObject", IsBooleanObject, 1, 0),
      JS_FN("isNumberObject", IsNumberObject, 1, 0),
      JS_FN("isStringObject", IsStringObject, 1, 0),
      JS_FN("isSymbolObject", IsSymbolObject, 1, 0),
      JS_FN("isBoxedPrimitive", IsBoxedPrimitive, 1, 0),
      JS_FN("isNativeError", IsNativeError, 1, 0),
      JS_FN("isRegExp", IsRegExp, 1, 0),
      JS_FN("isAsyncFunction", IsAsyncFunction, 1, 0),
      JS_FN("isGeneratorFunction", IsGeneratorFunction, 1, 0),
      JS_FN("isGeneratorObject", IsGeneratorObject, 1, 0),
      JS_FN("isPromise", IsPromise, 1, 0),
      JS_FN("isMap", IsMap, 1, 0),
      JS_FN("isSet", IsSet, 1, 0),
      JS_FN("isMapIterator", IsMapIterator, 1, 0),
      JS_FN("isSetIterator", IsSetIterator, 1, 0),
      JS_FN("isWeakMap", IsWeakMap, 1, 0),
      JS_FN("isWeakSet", IsWeakSet, 1, 0),
      JS_FN("isArrayBuffer", IsArrayBuffer, 1, 0),
      JS_FN("isDataView", IsDataView, 1, 0),
      JS_FN("isSharedArrayBuffer", IsSharedArrayBuffer, 1, 0),
      JS_FN("isProxy", IsProxy, 1, 0),
      JS_FN("isModuleNamespaceObject", IsModuleNamespaceObject, 1, 0),
      JS_FN("isAnyArrayBuffer", IsAnyArrayBuffer, 1, 0),
      JS_FS_END};
  return JS_DefineFunctions(cx, exports, methods);
}

}  // namespace eddy::binding::types
