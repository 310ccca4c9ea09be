// internalBinding('util'): engine introspection for util.inspect, with the
// same functions and signatures as Node's binding.

#include <js/Array.h>
#include <js/MapAndSet.h>
#include <js/Object.h>
#include <js/Promise.h>
#include <js/Proxy.h>
#include <jsfriendapi.h>
#include <unistd.h>
#include <uv.h>

#include <string>

#include "base/args.h"
#include "core/errors.h"
#include "util/strings.h"

namespace eddy::binding::util {

enum PromiseState { kPending = 0, kFulfilled = 1, kRejected = 2 };
enum PropertyFilter {
  kAllProperties = 0,
  kOnlyEnumerable = 2,
  kSkipSymbols = 16
};

static bool GetPromiseDetails(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RootedObject promise(
      cx, args.get(0).isObject() ? &args[0].toObject() : nullptr);
  if (!promise || !JS::IsPromiseObject(promise)) {
    args.rval().setUndefined();
    return true;
  }
  JS::PromiseState state = JS::GetPromiseState(promise);
  JS::RootedValueArray<2> parts(cx);
  int n = 1;
  if (state == JS::PromiseState::Pending) {
    parts[0].setInt32(kPending);
  } else {
    parts[0].setInt32(state == JS::PromiseState::Fulfilled ? kFulfilled
                                                           : kRejected);
    parts[1].set(JS::GetPromiseResult(promise));
    n = 2;
  }
  JSObject* out =
      JS::NewArrayObject(cx, JS::HandleValueArray::subarray(parts, 0, n));
  if (!out) return false;
  args.rval().setObject(*out);
  return true;
}

// undefined for non-proxies; the target, or [target, handler].
static bool GetProxyDetails(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.get(0).isObject() || !js::IsScriptedProxy(&args[0].toObject())) {
    args.rval().setUndefined();
    return true;
  }
  JSObject* proxy = &args[0].toObject();
  JS::RootedValue target(
      cx, JS::ObjectOrNullValue(js::GetProxyTargetObject(proxy)));
  // The scripted proxy handler keeps the user's handler in extra slot 0.
  JS::RootedValue handler(cx, js::GetProxyReservedSlot(proxy, 0));
  if (!handler.isObject()) handler.setNull();
  if (args.length() > 1 && !JS::ToBoolean(args[1])) {
    args.rval().set(target);
    return true;
  }
  JS::RootedValueArray<2> parts(cx);
  parts[0].set(target);
  parts[1].set(handler);
  JSObject* out = JS::NewArrayObject(cx, parts);
  if (!out) return false;
  args.rval().setObject(*out);
  return true;
}

// Appends every entry of a Map ([k, v] flattened) or Set to `out`.
static bool AppendEntries(JSContext* cx, JS::HandleObject collection,
                          bool is_map, JS::HandleObject out, uint32_t* n) {
  JS::RootedValue iter_value(cx);
  if (is_map ? !JS::MapEntries(cx, collection, &iter_value)
             : !JS::SetValues(cx, collection, &iter_value)) {
    return false;
  }
  JS::RootedObject iter(cx, &iter_value.toObject());
  JS::RootedValue result(cx), done(cx), value(cx), item(cx);
  for (;;) {
    if (!JS_CallFunctionName(cx, iter, "next", JS::HandleValueArray::empty(),
                             &result)) {
      return false;
    }
    JS::RootedObject r(cx, &result.toObject());
    if (!JS_GetProperty(cx, r, "done", &done)) return false;
    if (JS::ToBoolean(done)) return true;
    if (!JS_GetProperty(cx, r, "value", &value)) return false;
    if (is_map) {
      JS::RootedObject pair(cx, &value.toObject());
      if (!JS_GetElement(cx, pair, 0, &item) ||
          !JS_SetElement(cx, out, (*n)++, item) ||
          !JS_GetElement(cx, pair, 1, &item) ||
          !JS_SetElement(cx, out, (*n)++, item)) {
        return false;
      }
    } else if (!JS_SetElement(cx, out, (*n)++, value)) {
      return false;
    }
  }
}

// previewEntries(obj[, isIterator]): entries of WeakMap/WeakSet and of Map/Set
// iterators; with isIterator, returns [entries, isKeyValue].
static bool PreviewEntries(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.get(0).isObject()) {
    args.rval().setUndefined();
    return true;
  }
  JS::RootedObject obj(cx, &args[0].toObject());
  JS::RootedObject entries(cx, JS::NewArrayObject(cx, 0));
  if (!entries) return false;
  bool key_value = false;
  uint32_t n = 0;
  const char* cls = JS::GetClass(obj)->name;
  if (strcmp(cls, "WeakMap") == 0 || strcmp(cls, "WeakSet") == 0) {
    bool is_map = cls[4] == 'M';
    JS::RootedObject keys(cx);
    if (is_map ? !JS_NondeterministicGetWeakMapKeys(cx, obj, &keys)
               : !JS_NondeterministicGetWeakSetKeys(cx, obj, &keys)) {
      return false;
    }
    uint32_t len = 0;
    if (keys && !JS::GetArrayLength(cx, keys, &len)) return false;
    JS::RootedValue key(cx), value(cx);
    for (uint32_t i = 0; i < len; i++) {
      if (!JS_GetElement(cx, keys, i, &key) ||
          !JS_SetElement(cx, entries, n++, key)) {
        return false;
      }
      if (is_map) {
        if (!JS::GetWeakMapEntry(cx, obj, key, &value) ||
            !JS_SetElement(cx, entries, n++, value)) {
          return false;
        }
      }
    }
    key_value = is_map;
  } else {
    js::ESClass es;
    if (!JS::GetBuiltinClass(cx, obj, &es)) return false;
    if (es == js::ESClass::MapIterator || es == js::ESClass::SetIterator) {
      // SpiderMonkey 140's iterators keep their collection in reserved slot
      // 0 and the kind (0 keys, 1 values, 2 entries) in slot 1. The preview
      // shows the whole collection, not just what the iterator has left.
      JS::Value target = JS::GetReservedSlot(obj, 0);
      JS::Value kind = JS::GetReservedSlot(obj, 1);
      if (target.isObject()) {
        JS::RootedObject collection(cx, &target.toObject());
        bool is_map = es == js::ESClass::MapIterator;
        int k = kind.isInt32() ? kind.toInt32() : 2;
        JS::RootedObject all(cx, JS::NewArrayObject(cx, 0));
        uint32_t total = 0;
        if (!all || !AppendEntries(cx, collection, is_map, all, &total))
          return false;
        JS::RootedValue item(cx);
        if (!is_map) {
          key_value = k == 2;
          for (uint32_t i = 0; i < total; i++) {
            if (!JS_GetElement(cx, all, i, &item)) return false;
            if (!JS_SetElement(cx, entries, n++, item)) return false;
            if (key_value && !JS_SetElement(cx, entries, n++, item))
              return false;
          }
        } else if (k == 2) {
          key_value = true;
          entries = all;
          n = total;
        } else {
          for (uint32_t i = k == 0 ? 0 : 1; i < total; i += 2) {
            if (!JS_GetElement(cx, all, i, &item) ||
                !JS_SetElement(cx, entries, n++, item)) {
              return false;
            }
          }
        }
      }
    } else if (es == js::ESClass::Map || es == js::ESClass::Set) {
      key_value = es == js::ESClass::Map;
      if (!AppendEntries(cx, obj, key_value, entries, &n)) return false;
    }
  }
  if (args.length() < 2) {
    args.rval().setObject(*entries);
    return true;
  }
  JS::RootedValueArray<2> parts(cx);
  parts[0].setObject(*entries);
  parts[1].setBoolean(key_value);
  JSObject* out = JS::NewArrayObject(cx, parts);
  if (!out) return false;
  args.rval().setObject(*out);
  return true;
}

static bool GetOwnNonIndexProperties(JSContext* cx, unsigned argc,
                                     JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.get(0).isObject()) {
    args.rval().setUndefined();
    return true;
  }
  JS::RootedObject obj(cx, &args[0].toObject());
  int filter = static_cast<int>(IntArg(args, 1));
  unsigned flags = JSITER_OWNONLY;
  if (!(filter & kOnlyEnumerable)) flags |= JSITER_HIDDEN;
  if (!(filter & kSkipSymbols)) flags |= JSITER_SYMBOLS;
  JS::RootedIdVector ids(cx);
  if (!js::GetPropertyKeys(cx, obj, flags, &ids)) return false;
  JS::RootedObject out(cx, JS::NewArrayObject(cx, 0));
  if (!out) return false;
  uint32_t n = 0;
  JS::RootedValue key(cx);
  for (size_t i = 0; i < ids.length(); i++) {
    if (ids[i].isInt()) continue;
    if (ids[i].isString()) {
      // Large array indices are string ids; they are indices all the same.
      JSLinearString* s = ids[i].toLinearString();
      uint32_t index;
      if (js::StringIsArrayIndex(s, &index)) continue;
    }
    key = js::IdToValue(ids[i]);
    if (!JS_SetElement(cx, out, n++, key)) return false;
  }
  args.rval().setObject(*out);
  return true;
}

// The name of the nearest constructor on the prototype chain.
static bool GetConstructorName(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.get(0).isObject()) {
    args.rval().setUndefined();
    return true;
  }
  JS::RootedObject obj(cx, &args[0].toObject());
  JS::RootedValue ctor(cx), name(cx);
  while (obj) {
    JS::Rooted<mozilla::Maybe<JS::PropertyDescriptor>> desc(cx);
    if (!JS_GetOwnPropertyDescriptor(cx, obj, "constructor", &desc))
      return false;
    if (desc.isSome() && desc->hasValue() && desc->value().isObject() &&
        JS_ObjectIsFunction(&desc->value().toObject())) {
      JS::RootedFunction fn(cx,
                            JS_GetObjectFunction(&desc->value().toObject()));
      JS::RootedString id(cx);
      if (fn && !JS_GetFunctionId(cx, fn, &id)) return false;
      if (id && JS_GetStringLength(id) > 0) {
        args.rval().setString(id);
        return true;
      }
    }
    if (!JS_GetPrototype(cx, obj, &obj)) return false;
  }
  JSString* s = JS_NewStringCopyZ(cx, "Object");
  if (!s) return false;
  args.rval().setString(s);
  return true;
}

static bool GuessHandleType(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  const char* type = "UNKNOWN";
  switch (uv_guess_handle(static_cast<int>(IntArg(args, 0)))) {
    case UV_TTY:
      type = "TTY";
      break;
    case UV_FILE:
      type = "FILE";
      break;
    case UV_NAMED_PIPE:
      type = "PIPE";
      break;
    case UV_TCP:
      type = "TCP";
      break;
    case UV_UDP:
      type = "UDP";
      break;
    default:
      break;
  }
  JSString* s = JS_NewStringCopyZ(cx, type);
  if (!s) return false;
  args.rval().setString(s);
  return true;
}

static bool Sleep(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  uv_sleep(static_cast<unsigned>(IntArg(args, 0)));
  args.rval().setUndefined();
  return true;
}

// contentHash(string) -> 16 hex digits: FNV-1a over the string's UTF-16
// code units (the key of the TypeScript cache).
static bool ContentHash(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.get(0).isString()) {
    return ThrowTypeError(cx, "ERR_INVALID_ARG_TYPE", "text must be a string");
  }
  JS::RootedString str(cx, args[0].toString());
  size_t length = JS_GetStringLength(str);
  std::u16string text(length, u'\0');
  if (!JS_CopyStringChars(cx, mozilla::Range<char16_t>(text.data(), length),
                          str)) {
    return false;
  }
  JSString* hex = JS_NewStringCopyZ(
      cx, HashHex(Fnv1a64(text.data(), length * sizeof(char16_t))).c_str());
  if (!hex) return false;
  args.rval().setString(hex);
  return true;
}

bool Initialize(JSContext* cx, JS::HandleObject exports) {
  static const JSFunctionSpec methods[] = {
      JS_FN("getPromiseDetails", GetPromiseDetails, 1, 0),
      JS_FN("contentHash", ContentHash, 1, 0),
      JS_FN("getProxyDetails", GetProxyDetails, 2, 0),
      JS_FN("previewEntries", PreviewEntries, 2, 0),
      JS_FN("getOwnNonIndexProperties", GetOwnNonIndexProperties, 2, 0),
      JS_FN("getConstructorName", GetConstructorName, 1, 0),
      JS_FN("guessHandleType", GuessHandleType, 1, 0),
      JS_FN("sleep", Sleep, 1, 0),
      JS_FS_END};
  if (!JS_DefineFunctions(cx, exports, methods)) return false;
  JS::RootedObject constants(cx, JS_NewPlainObject(cx));
  return constants && SetNumberProperty(cx, constants, "kPending", kPending) &&
         SetNumberProperty(cx, constants, "kFulfilled", kFulfilled) &&
         SetNumberProperty(cx, constants, "kRejected", kRejected) &&
         SetNumberProperty(cx, constants, "ALL_PROPERTIES", kAllProperties) &&
         SetNumberProperty(cx, constants, "ONLY_ENUMERABLE", kOnlyEnumerable) &&
         SetNumberProperty(cx, constants, "SKIP_SYMBOLS", kSkipSymbols) &&
         SetObjectProperty(cx, exports, "constants", constants);
}

}  // namespace eddy::binding::util
