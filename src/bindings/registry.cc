#include "bindings/registry.h"

#include <string>

#include "core/environment.h"
#include "core/errors.h"

// Every binding, listed once. Each lives in src/bindings/<name>.cc and
// defines eddy::binding::<name>::Initialize.
#define EDDY_BINDINGS(V) \
  V(buffer)              \
  V(builtins)            \
  V(cares_wrap)          \
  V(constants)           \
  V(contextify)          \
  V(errors)              \
  V(fs)                  \
  V(fs_event_wrap)       \
  V(messaging)           \
  V(module_wrap)         \
  V(os)                  \
  V(pipe_wrap)           \
  V(process_methods)     \
  V(process_wrap)        \
  V(signal_wrap)         \
  V(spawn_sync)          \
  V(task_queue)          \
  V(tcp_wrap)            \
  V(timers)              \
  V(types)               \
  V(util)                \
  V(uv)                  \
  V(zlib)

namespace eddy {

namespace binding {
#define V(name)                                             \
  namespace name {                                          \
  bool Initialize(JSContext* cx, JS::HandleObject exports); \
  }
EDDY_BINDINGS(V)
#undef V
}  // namespace binding

BindingInitializer FindBinding(std::string_view name) {
#define V(id) \
  if (name == #id) return binding::id::Initialize;
  EDDY_BINDINGS(V)
#undef V
  return nullptr;
}

bool InternalBinding(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  Environment* env = Environment::From(cx);
  if (!args.get(0).isString()) {
    return ThrowTypeError(cx, "ERR_INVALID_ARG_TYPE",
                          "binding name must be a string");
  }
  JS::RootedString name_str(cx, args[0].toString());
  JS::UniqueChars name = JS_EncodeStringToUTF8(cx, name_str);
  if (!name) return false;
  JS::RootedObject cache(cx, env->binding_cache);
  JS::RootedValue cached(cx);
  if (!JS_GetProperty(cx, cache, name.get(), &cached)) return false;
  if (cached.isObject()) {
    args.rval().set(cached);
    return true;
  }
  BindingInitializer init = FindBinding(name.get());
  if (!init) return ThrowError(cx, nullptr, "No such binding: %s", name.get());
  JS::RootedObject exports(cx, JS_NewPlainObject(cx));
  if (!exports || !init(cx, exports)) return false;
  JS::RootedValue value(cx, JS::ObjectValue(*exports));
  if (!JS_SetProperty(cx, cache, name.get(), value)) return false;
  args.rval().set(value);
  return true;
}

}  // namespace eddy
