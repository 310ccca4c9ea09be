#include "core/engine.h"

#include <js/BuildId.h>
#include <js/ContextOptions.h>
#include <js/Initialization.h>
#include <js/Stack.h>
#include <sys/resource.h>

#include <algorithm>

namespace eddy::engine {

// Stencil and self-hosted caches are only valid for the same engine build;
// without a build id the engine's encoders crash.
static bool BuildId(JS::BuildIdCharVector* id) {
  static const char kId[] = "eddy-" EDDY_VERSION "-mozjs-102";
  return id->append(kId, sizeof(kId) - 1);
}

bool InitProcess() {
  JS::SetProcessBuildIdOp(BuildId);
  return JS_Init();
}

void ShutdownProcess() { JS_ShutDown(); }

JSContext* NewContext() {
  // JS::DefaultHeapMaxBytes is 32 MiB, far too small for servers.
  JSContext* cx = JS_NewContext(0xFFFFFFFFu);
  if (!cx) return nullptr;
  // Leave 1 MiB of the thread's stack below the engine's limit so deep
  // recursion throws instead of overflowing the C stack.
  struct rlimit rl;
  size_t stack = 8u << 20;
  if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY) {
    stack = static_cast<size_t>(rl.rlim_cur);
  }
  JS_SetNativeStackQuota(cx, std::max<size_t>(stack, 2u << 20) - (1u << 20));
  JS_SetGCParameter(cx, JSGC_INCREMENTAL_GC_ENABLED, 1);
  if (!JS::InitSelfHostedCode(cx)) {
    JS_DestroyContext(cx);
    return nullptr;
  }
  js::SetStackFormat(cx, js::StackFormat::V8);
  return cx;
}

static const JSClass kGlobalClass = {"global", JSCLASS_GLOBAL_FLAGS,
                                     &JS::DefaultGlobalClassOps};

JSObject* NewGlobal(JSContext* cx) {
  JS::RealmOptions options;
  options.creationOptions()
      .setWeakRefsEnabled(JS::WeakRefSpecifier::EnabledWithoutCleanupSome)
      .setSharedMemoryAndAtomicsEnabled(true)
      .setPropertyErrorMessageFixEnabled(true)
      .setIteratorHelpersEnabled(false);
  JS::RootedObject global(cx, JS_NewGlobalObject(cx, &kGlobalClass, nullptr,
                                                 JS::FireOnNewGlobalHook,
                                                 options));
  if (!global) return nullptr;
  JSAutoRealm ar(cx, global);
  if (!JS::InitRealmStandardClasses(cx)) return nullptr;
  return global;
}

}  // namespace eddy::engine
