// internalBinding('contextify'): compiling user code. CommonJS modules are
// compiled as functions (no wrapper text, so line and column numbers are
// the file's own); -e, -p and vm.runInThisContext evaluate scripts.
// vm contexts are globals of realms of their own (see MakeContext).

#include <js/CompilationAndEvaluation.h>
#include <js/EnvironmentChain.h>
#include <js/GlobalObject.h>
#include <js/Interrupt.h>
#include <js/Object.h>
#include <js/Principals.h>
#include <js/ScriptPrivate.h>
#include <js/SourceText.h>
#include <js/experimental/JSStencil.h>
#include <jsapi.h>

#include <unistd.h>

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "base/args.h"
#include "core/builtin_loader.h"
#include "core/code_cache.h"
#include "core/engine.h"
#include "core/errors.h"
#include "util/strings.h"

namespace eddy::binding::contextify {

// --- the compile cache (module.enableCompileCache) ------------------------
//
// A module compiled with the cache on is compiled as a script holding one
// function expression whose parameter list sits on a line of its own
// (line 0), so the body keeps its own line and column numbers; the
// script's stencil is stored under a name hashed from the file name and
// source, and the next run decodes it instead of parsing. The engine
// checks the build id of what it decodes: a stale file just misses.

static std::string CacheKey(const std::string& filename,
                            const std::string& source) {
  uint64_t hash = Fnv1a64(filename.data(), filename.size() + 1);
  return HashHex(Fnv1a64(source.data(), source.size(), hash));
}

// The module function from a stencil: instantiating runs the script, whose
// completion value is the function expression.
static JSObject* RunStencil(JSContext* cx, const JS::CompileOptions& options,
                            JS::Stencil* stencil) {
  JS::InstantiateOptions instantiate_options(options);
  JS::RootedScript script(
      cx, JS::InstantiateGlobalStencil(cx, instantiate_options, stencil));
  JS::RootedValue fn(cx);
  if (!script || !JS_ExecuteScript(cx, script, &fn)) return nullptr;
  if (!fn.isObject()) {
    // Only a source that closes the wrapper itself (`}); 1; (...`) gets
    // here: refused like the syntax error it is without the cache.
    ThrowError(cx, nullptr, "%s: the module closes its own wrapper",
               options.filename().c_str());
    return nullptr;
  }
  return &fn.toObject();
}

static JSObject* CompileWithCache(JSContext* cx, const std::string& filename,
                                  const std::vector<std::string>& params,
                                  const std::string& source,
                                  const std::string& cache_dir) {
  JS::CompileOptions options(cx);
  options.setFileAndLine(filename.c_str(), 0);
  std::string path = cache_dir + "/" + CacheKey(filename, source);

  std::ifstream in(path, std::ios::binary);
  if (in) {
    std::vector<uint8_t> bytes((std::istreambuf_iterator<char>(in)),
                               std::istreambuf_iterator<char>());
    JS::DecodeOptions decode_options(options);
    JS::TranscodeRange range(bytes.data(), bytes.size());
    JS::Stencil* raw = nullptr;
    if (JS::DecodeStencil(cx, decode_options, range, &raw) ==
        JS::TranscodeResult::Ok) {
      RefPtr<JS::Stencil> stencil = already_AddRefed<JS::Stencil>(raw);
      // DecodeStencil copied what it needs: `bytes` may go.
      return RunStencil(cx, options, stencil);
    }
    JS_ClearPendingException(cx);
  }

  // UTF-8: the stencil keeps the source, and stays half the size.
  std::string text = "(function (";
  for (size_t i = 0; i < params.size(); i++) {
    if (i > 0) text += ", ";
    text += params[i];
  }
  text += ") {\n";
  text += source;
  text += "\n})";
  JS::SourceText<mozilla::Utf8Unit> source_text;
  if (!source_text.init(cx, text.data(), text.size(),
                        JS::SourceOwnership::Borrowed)) {
    return nullptr;
  }
  RefPtr<JS::Stencil> stencil =
      JS::CompileGlobalScriptToStencil(cx, options, source_text);
  if (!stencil) return nullptr;
  JS::TranscodeBuffer buffer;
  if (JS::EncodeStencil(cx, stencil, buffer) == JS::TranscodeResult::Ok) {
    // Written whole under a temporary name, then renamed: a reader never
    // sees half a file, and two processes writing race harmlessly.
    std::string temp = path + "." + std::to_string(getpid());
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(buffer.begin()), buffer.length());
    out.close();
    if (!out || rename(temp.c_str(), path.c_str()) != 0) unlink(temp.c_str());
  } else {
    JS_ClearPendingException(cx);  // e.g. asm.js: runs, just uncached
  }
  return RunStencil(cx, options, stencil);
}

// compileFunction(source, filename, params[], cacheDir) -> function
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
  if (args.get(3).isString()) {
    std::string cache_dir;
    std::string utf8;
    if (!ToUtf8(cx, args[3], &cache_dir) ||
        !StringToUtf8(cx, source_str, &utf8)) {
      return false;
    }
    if (utf8.size() >= 2 && utf8[0] == '#' && utf8[1] == '!')
      utf8[0] = utf8[1] = '/';
    JSObject* fn = CompileWithCache(cx, filename, params, utf8, cache_dir);
    if (!fn) return false;
    args.rval().setObject(*fn);
    return true;
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
  JS::EnvironmentChain env_chain(cx, JS::SupportUnscopables::No);
  JSFunction* fn = JS::CompileFunction(cx, env_chain, options, "", names.size(),
                                       names.data(), text);
  if (!fn) return false;
  args.rval().setObject(*JS_GetFunctionObject(fn));
  return true;
}

// vm's `timeout`: a thread that, unless cancelled first, asks the engine
// to interrupt the script when the time is up. Watchdogs nest (a script
// with a timeout may run another); the innermost is `current`, and the
// interrupt callback ends the script when any of them has fired.
class Watchdog {
 public:
  Watchdog(JSContext* cx, uint32_t ms) : outer_(current) {
    current = this;
    thread_ = std::thread([this, cx, ms] {
      std::unique_lock<std::mutex> lock(mutex_);
      if (!cv_.wait_for(lock, std::chrono::milliseconds(ms),
                        [this] { return done_; })) {
        fired_ = true;
        JS_RequestInterruptCallback(cx);
      }
    });
  }
  ~Watchdog() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      done_ = true;
    }
    cv_.notify_one();
    thread_.join();
    current = outer_;
  }
  bool fired() {
    std::lock_guard<std::mutex> lock(mutex_);
    return fired_;
  }

  static bool AnyFired() {
    for (Watchdog* w = current; w; w = w->outer_) {
      if (w->fired()) return true;
    }
    return false;
  }
  // Returning false from an interrupt callback ends the running script
  // with an uncatchable error.
  static bool OnInterrupt(JSContext*) { return !AnyFired(); }

 private:
  static thread_local Watchdog* current;
  Watchdog* outer_;
  std::thread thread_;
  std::mutex mutex_;
  std::condition_variable cv_;
  bool done_ = false;
  bool fired_ = false;
};
thread_local Watchdog* Watchdog::current = nullptr;

static bool CopyString16(JSContext* cx, JS::HandleString str,
                         std::u16string* out) {
  size_t length = JS_GetStringLength(str);
  out->assign(length, u'\0');
  return JS_CopyStringChars(cx, mozilla::Range<char16_t>(out->data(), length),
                            str);
}

// The compile options of a script run by vm (a global script named
// `filename`; non-syntactic when it runs on a sandbox's scope).
static void ScriptOptions(JS::CompileOptions* options, const char* filename,
                          bool non_syntactic) {
  options->setFileAndLine(filename, 1).setNonSyntacticScope(non_syntactic);
}

// Runs args[0] (the source) as a script named args[1] in the current realm:
// in the global scope, or with `env_chain` on its scope chain. `referrer`
// is what import() in the script hands the module host (undefined: none).
// `cached`: code cache data (Script#createCachedData) to run instead of
// compiling, when it holds this source (global scope only).
static bool EvaluateScriptNow(JSContext* cx, const JS::CallArgs& args,
                              const JS::EnvironmentChain& env_chain,
                              JS::HandleValue referrer,
                              const std::vector<uint8_t>& cached) {
  std::string filename;
  JS::RootedString source_str(cx, args[0].toString());
  if (!ToUtf8(cx, args.get(1), &filename)) return false;
  JS::CompileOptions options(cx);
  ScriptOptions(&options, filename.c_str(), !env_chain.empty());
  JS::RootedScript script(cx);
  if (!cached.empty() && env_chain.empty()) {
    std::u16string source16;
    if (!CopyString16(cx, source_str, &source16)) return false;
    RefPtr<JS::Stencil> stencil =
        DecodeCodeCache(cx, CodeCacheKind::kScript, source16, cached.data(),
                        cached.size(), options);
    if (stencil) {
      JS::InstantiateOptions instantiate_options(options);
      script = JS::InstantiateGlobalStencil(cx, instantiate_options, stencil);
      if (!script) return false;
    }
  }
  if (!script) {
    std::string source;
    if (!StringToUtf8(cx, source_str, &source)) return false;
    JS::SourceText<mozilla::Utf8Unit> text;
    if (!text.init(cx, source.data(), source.size(),
                   JS::SourceOwnership::Borrowed)) {
      return false;
    }
    script = JS::Compile(cx, options, text);
    if (!script) return false;
  }
  JS::RootedValue private_value(cx, referrer);
  if (!JS_WrapValue(cx, &private_value)) return false;
  JS::SetScriptPrivate(script, private_value);
  if (env_chain.empty()) return JS_ExecuteScript(cx, script, args.rval());
  return JS_ExecuteScript(cx, env_chain, script, args.rval());
}

// The same with a time limit of `timeout_ms` (0: none); a script that runs
// past it ends with ERR_SCRIPT_EXECUTION_TIMEOUT.
static bool EvaluateScript(JSContext* cx, const JS::CallArgs& args,
                           const JS::EnvironmentChain& env_chain,
                           uint32_t timeout_ms, JS::HandleValue referrer,
                           const std::vector<uint8_t>& cached = {}) {
  if (timeout_ms == 0) {
    return EvaluateScriptNow(cx, args, env_chain, referrer, cached);
  }
  bool ok;
  bool timed_out;
  {
    Watchdog watchdog(cx, timeout_ms);
    ok = EvaluateScriptNow(cx, args, env_chain, referrer, cached);
    timed_out = watchdog.fired();
  }
  if (ok || !timed_out || JS_IsExceptionPending(cx)) return ok;
  if (Watchdog::AnyFired()) return false;  // an outer script's time is up
  return ThrowError(cx, "ERR_SCRIPT_EXECUTION_TIMEOUT",
                    "Script execution timed out after %ums", timeout_ms);
}

static uint32_t TimeoutArg(const JS::CallArgs& args, unsigned i) {
  return args.get(i).isNumber() ? static_cast<uint32_t>(args[i].toNumber()) : 0;
}

// runInThisContext(source, filename, timeoutMs, referrer, cachedData)
//   -> completion value
static bool RunInThisContext(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.get(0).isString()) {
    return ThrowTypeError(cx, "ERR_INVALID_ARG_TYPE",
                          "source must be a string");
  }
  JS::EnvironmentChain global_scope(cx, JS::SupportUnscopables::No);
  std::vector<uint8_t> cached;
  if (args.get(4).isObject()) CopyViewBytes(&args[4].toObject(), &cached);
  return EvaluateScript(cx, args, global_scope, TimeoutArg(args, 2),
                        args.get(3), cached);
}

// A vm context is a global of a realm of its own in the main global's
// compartment (objects pass between them without wrappers, as between V8
// contexts). Scripts run in it with the contextified object (the sandbox)
// on the environment chain as a non-syntactic `with`: names resolve in the
// sandbox first, then in the context's builtins; `var` and function
// declarations land on the sandbox, and top-level `let`/`const` persist
// from one script to the next. Properties the code adds to the global
// itself (`x = 1` with no declaration, `globalThis.y = 2`) are copied to
// the sandbox as they are added.
constexpr uint32_t kSandboxSlot = 0;  // the contextified object
// What the context's code may compile at run time (codeGeneration).
constexpr uint32_t kCodeGenSlot = 1;
constexpr int32_t kNoStrings = 1;  // eval, new Function
constexpr int32_t kNoWasm = 2;     // WebAssembly compilation

static bool CopyToSandbox(JSContext* cx, JS::HandleObject global,
                          JS::HandleId id, JS::HandleValue v) {
  // Not yet set while the standard classes are installed; the engine
  // also adds builtins to the global lazily, on first use.
  JS::RootedValue sandbox(cx, JS::GetReservedSlot(global, kSandboxSlot));
  if (!sandbox.isObject() || JS_IdToProtoKey(cx, id) != JSProto_Null) {
    return true;
  }
  JS::RootedObject target(cx, &sandbox.toObject());
  return JS_SetPropertyById(cx, target, id, v);
}

static const JSClassOps kContextGlobalOps = {
    CopyToSandbox,
    nullptr,
    nullptr,
    JS_NewEnumerateStandardClasses,
    JS_ResolveStandardClass,
    JS_MayResolveStandardClass,
    nullptr,
    nullptr,
    nullptr,
    JS_GlobalObjectTraceHook,
};

static const JSClass kContextGlobalClass = {"global",
                                            JSCLASS_GLOBAL_FLAGS_WITH_SLOTS(2),
                                            &kContextGlobalOps,
                                            nullptr,
                                            nullptr,
                                            nullptr};

// The engine asks before it compiles a string or wasm bytes; only a vm
// context made with codeGeneration limits says no. The engine then throws
// the context's EvalError or WebAssembly.CompileError.
static bool AllowCodeGeneration(JSContext* cx, JS::RuntimeCode kind,
                                JS::HandleString, JS::CompilationType,
                                JS::Handle<JS::StackGCVector<JSString*>>,
                                JS::HandleString,
                                JS::Handle<JS::StackGCVector<JS::Value>>,
                                JS::HandleValue, bool* allowed) {
  *allowed = true;
  JSObject* global = JS::CurrentGlobalOrNull(cx);
  if (!global || JS::GetClass(global) != &kContextGlobalClass) return true;
  JS::Value limits = JS::GetReservedSlot(global, kCodeGenSlot);
  int32_t bits = limits.isInt32() ? limits.toInt32() : 0;
  if (kind == JS::RuntimeCode::JS && (bits & kNoStrings)) *allowed = false;
  if (kind == JS::RuntimeCode::WASM && (bits & kNoWasm)) *allowed = false;
  return true;
}

static const JSSecurityCallbacks kSecurityCallbacks = {AllowCodeGeneration,
                                                       nullptr, nullptr};

// What eddy adds to the engine's builtins (ES2023+ methods, V8's stack
// API), in the current realm: lib/internal/bootstrap/polyfills.js, which
// needs no require, process or internalBinding.
static bool InstallPolyfills(JSContext* cx) {
  JS::RootedObject fn(cx, CompileBuiltin(cx, "internal/bootstrap/polyfills"));
  if (!fn) return false;
  JS::RootedObject exports(cx, JS_NewPlainObject(cx));
  JS::RootedObject module(cx, JS_NewPlainObject(cx));
  if (!exports || !module ||
      !JS_DefineProperty(cx, module, "exports", exports, JSPROP_ENUMERATE)) {
    return false;
  }
  JS::RootedValueArray<5> argv(cx);  // exports, require, module, ...
  argv[0].setObject(*exports);
  argv[2].setObject(*module);
  JS::RootedValue fval(cx, JS::ObjectValue(*fn));
  JS::RootedValue rval(cx);
  return JS::Call(cx, JS::UndefinedHandleValue, fval, argv, &rval);
}

// makeContext(sandbox, allowStrings, allowWasm) -> the context's global.
// No sandbox (vm.constants.DONT_CONTEXTIFY): the global is the context,
// an ordinary global object of its own realm.
static bool MakeContext(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.get(0).isObject() && !args.get(0).isUndefined()) {
    return ThrowTypeError(cx, "ERR_INVALID_ARG_TYPE",
                          "sandbox must be an object");
  }
  JS::RootedObject sandbox(cx,
                           args[0].isObject() ? &args[0].toObject() : nullptr);
  JS::RealmOptions options = engine::GlobalRealmOptions();
  options.creationOptions().setExistingCompartment(JS::CurrentGlobalOrNull(cx));
  JS::RootedObject global(
      cx, JS_NewGlobalObject(cx, &kContextGlobalClass, nullptr,
                             JS::DontFireOnNewGlobalHook, options));
  if (!global) return false;
  {
    JSAutoRealm ar(cx, global);
    if (!JS::InitRealmStandardClasses(cx) || !InstallPolyfills(cx)) {
      return false;
    }
  }
  // What the global lacks is looked up in the sandbox, so code reaching
  // the global through `globalThis` or a sloppy `this` sees the sandbox.
  if (sandbox) {
    if (!JS_SetPrototype(cx, global, sandbox)) return false;
    JS::SetReservedSlot(global, kSandboxSlot, JS::ObjectValue(*sandbox));
  }
  int32_t limits = (args.get(1).isFalse() ? kNoStrings : 0) |
                   (args.get(2).isFalse() ? kNoWasm : 0);
  JS::SetReservedSlot(global, kCodeGenSlot, JS::Int32Value(limits));
  args.rval().setObject(*global);
  return true;
}

// runInContext(source, filename, global, sandbox, timeoutMs, referrer)
//   -> completion value
static bool RunInContext(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.get(0).isString() || !args.get(2).isObject() ||
      !args.get(3).isObject() ||
      JS::GetClass(&args[2].toObject()) != &kContextGlobalClass) {
    return ThrowTypeError(cx, "ERR_INVALID_ARG_TYPE",
                          "runInContext(source, filename, global, sandbox)");
  }
  JS::RootedObject global(cx, &args[2].toObject());
  JS::EnvironmentChain env_chain(cx, JS::SupportUnscopables::No);
  // A context without a sandbox runs scripts in its global scope.
  if (&args[3].toObject() != global && !env_chain.append(&args[3].toObject())) {
    JS_ReportOutOfMemory(cx);
    return false;
  }
  JSAutoRealm ar(cx, global);
  return EvaluateScript(cx, args, env_chain, TimeoutArg(args, 4), args.get(5));
}

// createCachedData(source, filename) -> Uint8Array: the script's code
// cache, for runInThisContext's `cachedData`.
static bool CreateCachedData(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.get(0).isString()) {
    return ThrowTypeError(cx, "ERR_INVALID_ARG_TYPE",
                          "source must be a string");
  }
  std::string filename;
  std::u16string source;
  JS::RootedString source_str(cx, args[0].toString());
  if (!ToUtf8(cx, args.get(1), &filename) ||
      !CopyString16(cx, source_str, &source)) {
    return false;
  }
  JS::CompileOptions options(cx);
  ScriptOptions(&options, filename.c_str(), false);
  JS::SourceText<char16_t> text;
  if (!text.init(cx, source.data(), source.size(),
                 JS::SourceOwnership::Borrowed)) {
    return false;
  }
  RefPtr<JS::Stencil> stencil =
      JS::CompileGlobalScriptToStencil(cx, options, text);
  if (!stencil) return false;
  std::vector<uint8_t> bytes;
  EncodeCodeCache(cx, CodeCacheKind::kScript, source, stencil, &bytes);
  JSObject* array = NewUint8ArrayCopy(cx, bytes.data(), bytes.size());
  if (!array) return false;
  args.rval().setObject(*array);
  return true;
}

// checkCachedData(source, filename, view) -> whether `view` is a code
// cache of this source that this engine can run.
static bool CheckCachedData(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string filename;
  std::u16string source;
  std::vector<uint8_t> cached;
  if (!args.get(0).isString() || !args.get(2).isObject() ||
      !CopyViewBytes(&args[2].toObject(), &cached)) {
    return ThrowTypeError(cx, "ERR_INVALID_ARG_TYPE",
                          "checkCachedData(source, filename, view)");
  }
  JS::RootedString source_str(cx, args[0].toString());
  if (!ToUtf8(cx, args.get(1), &filename) ||
      !CopyString16(cx, source_str, &source)) {
    return false;
  }
  JS::CompileOptions options(cx);
  ScriptOptions(&options, filename.c_str(), false);
  RefPtr<JS::Stencil> stencil =
      DecodeCodeCache(cx, CodeCacheKind::kScript, source, cached.data(),
                      cached.size(), options);
  args.rval().setBoolean(stencil != nullptr);
  return true;
}

bool Initialize(JSContext* cx, JS::HandleObject exports) {
  static const JSFunctionSpec methods[] = {
      JS_FN("compileFunction", CompileFunction, 3, 0),
      JS_FN("runInThisContext", RunInThisContext, 2, 0),
      JS_FN("makeContext", MakeContext, 1, 0),
      JS_FN("runInContext", RunInContext, 5, 0),
      JS_FN("createCachedData", CreateCachedData, 2, 0),
      JS_FN("checkCachedData", CheckCachedData, 3, 0),
      JS_FS_END};
  JS_SetSecurityCallbacks(cx, &kSecurityCallbacks);
  return JS_AddInterruptCallback(cx, Watchdog::OnInterrupt) &&
         JS_DefineFunctions(cx, exports, methods);
}

}  // namespace eddy::binding::contextify
