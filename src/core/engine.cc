#include "core/engine.h"

#include <js/ContextOptions.h>
#include <js/Initialization.h>
#include <js/Stack.h>
#include <sys/resource.h>

#include <algorithm>

#include "core/build_id.h"
#include "core/builtin_loader.h"
#include "core/builtin_sources.h"

namespace eddy::engine {

bool InitProcess() {
  JS::SetProcessBuildIdOp(eddy::BuildId);
  return JS_Init();
}

void ShutdownProcess() { JS_ShutDown(); }

// The JIT's defaults are tuned for a browser; eddy runs one application's
// code, as node does.
static void TuneJit(JSContext* cx) {
  // Spectre mitigations guard against untrusted scripts reading the memory
  // of other sites in the same process. There is no other site here, and
  // V8 runs node without them; they cost up to 40% in call-heavy code
  // (nextTick chains, emit with several listeners).
  for (JSJitCompilerOption option : {JSJITCOMPILER_SPECTRE_INDEX_MASKING,
                                     JSJITCOMPILER_SPECTRE_OBJECT_MITIGATIONS,
                                     JSJITCOMPILER_SPECTRE_STRING_MITIGATIONS,
                                     JSJITCOMPILER_SPECTRE_VALUE_MASKING,
                                     JSJITCOMPILER_SPECTRE_JIT_TO_CXX_CALLS}) {
    JS_SetGlobalJitCompilerOption(cx, option, 0);
  }
  // Inline callees of up to 800 bytes of bytecode (Firefox: 130), about
  // what V8 inlines: EventEmitter#emit and process.nextTick then inline
  // into their callers, which makes emit three times faster.
  JS_SetGlobalJitCompilerOption(cx, JSJITCOMPILER_INLINING_BYTECODE_MAX_LENGTH,
                                800);
}

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
  // The self-hosted code pre-parsed at build time saves most of the
  // engine's start-up; a rejected cache (another libmozjs build) costs a
  // fresh context that parses it.
  JS::SelfHostedCache cache(kSelfHostedCache, kSelfHostedCacheSize);
  if (!JS::InitSelfHostedCode(cx, cache)) {
    JS_DestroyContext(cx);
    cx = JS_NewContext(0xFFFFFFFFu);
    if (!cx || !JS::InitSelfHostedCode(cx)) {
      if (cx) JS_DestroyContext(cx);
      return nullptr;
    }
  }
  js::SetStackFormat(cx, js::StackFormat::V8);
  // Async stack capture records a stack and a timestamp for every promise
  // (Firefox turns it on for its devtools); it made promise-heavy code an
  // order of magnitude slower.
  JS::ContextOptionsRef(cx).setAsyncStack(false);
  // `import x from './data.json' with { type: 'json' }`
  JS::ContextOptionsRef(cx).setImportAttributes(true);
  TuneJit(cx);
  InstallBuiltinSourceHook(cx);
  return cx;
}

static const JSClass kGlobalClass = {"global",
                                     JSCLASS_GLOBAL_FLAGS,
                                     &JS::DefaultGlobalClassOps,
                                     nullptr,
                                     nullptr,
                                     nullptr};

JS::RealmOptions GlobalRealmOptions() {
  JS::RealmOptions options;
  options.creationOptions().setSharedMemoryAndAtomicsEnabled(true);
  return options;
}

JSObject* NewGlobal(JSContext* cx) {
  JS::RealmOptions options = GlobalRealmOptions();
  JS::RootedObject global(cx,
                          JS_NewGlobalObject(cx, &kGlobalClass, nullptr,
                                             JS::FireOnNewGlobalHook, options));
  if (!global) return nullptr;
  JSAutoRealm ar(cx, global);
  if (!JS::InitRealmStandardClasses(cx)) return nullptr;
  return global;
}

}  // namespace eddy::engine
