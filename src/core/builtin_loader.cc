#include "core/builtin_loader.h"

#include <js/CompilationAndEvaluation.h>
#include <js/SourceText.h>
#include <js/Transcoding.h>
#include <js/experimental/JSStencil.h>
#include <js/experimental/SourceHook.h>

#include <cstdlib>
#include <cstring>
#include <string>

#include "core/builtin_wrapper.h"
#include "core/errors.h"
#include "util/strings.h"

namespace eddy {

const BuiltinSource* FindBuiltin(std::string_view id) {
  // The table (start-up builtins first, then by path) is small: a linear
  // scan over ~100 entries costs less than building an index at startup.
  for (size_t i = 0; i < kBuiltinSourceCount; i++) {
    const BuiltinSource& b = kBuiltinSources[i];
    if (id.size() == strlen(b.id) && id == b.id) return &b;
  }
  return nullptr;
}

// Development mode: EDDY_LIB_DIR=path/to/lib makes eddy read lib/ from disk
// instead of the embedded copy, so JS changes need no rebuild.
bool ReadDevSource(std::string_view id, std::string* out) {
  const char* dir = getenv("EDDY_LIB_DIR");
  if (!dir || !*dir) return false;
  std::string path = std::string(dir) + "/" + std::string(id) + ".js";
  return ReadFileToString(path.c_str(), out);
}

// Instantiates an embedded stencil; null (nothing pending) when the engine
// rejects it, e.g. after a libmozjs update changed the build id.
static JSObject* InstantiateStencil(JSContext* cx, const BuiltinSource& builtin,
                                    const JS::CompileOptions& options) {
  JS::DecodeOptions decode_options(options);
  // The encoded stencils are part of the binary and live until exit: the
  // engine may run their bytecode in place instead of copying it.
  decode_options.borrowBuffer = true;
  decode_options.usePinnedBytecode = true;
  JS::TranscodeRange range(reinterpret_cast<const uint8_t*>(builtin.stencil),
                           builtin.stencil_length);
  JS::Stencil* raw = nullptr;
  if (JS::DecodeStencil(cx, decode_options, range, &raw) !=
      JS::TranscodeResult::Ok) {
    JS_ClearPendingException(cx);
    return nullptr;
  }
  RefPtr<JS::Stencil> stencil = already_AddRefed<JS::Stencil>(raw);
  JS::InstantiateOptions instantiate_options(options);
  JS::RootedScript script(
      cx, JS::InstantiateGlobalStencil(cx, instantiate_options, stencil));
  JS::RootedValue fn(cx);
  if (!script || !JS_ExecuteScript(cx, script, &fn) || !fn.isObject()) {
    JS_ClearPendingException(cx);
    return nullptr;
  }
  return &fn.toObject();
}

JSObject* CompileBuiltin(JSContext* cx, std::string_view id) {
  std::string filename = "node:" + std::string(id);
  JS::CompileOptions options(cx);
  options.setFileAndLine(filename.c_str(), 1);

  std::string dev_source;
  const BuiltinSource* builtin = FindBuiltin(id);
  std::string_view source;
  if (ReadDevSource(id, &dev_source)) {
    source = dev_source;
  } else if (builtin) {
    if (builtin->stencil_length > 0) {
      if (JSObject* fn = InstantiateStencil(cx, *builtin, options)) return fn;
    }
    source = std::string_view(builtin->source, builtin->length);
  } else {
    std::string name(id);
    ThrowError(cx, "ERR_UNKNOWN_BUILTIN_MODULE", "No such built-in module: %s",
               name.c_str());
    return nullptr;
  }
  std::string text = WrapBuiltin(source);
  JS::SourceText<mozilla::Utf8Unit> source_text;
  if (!source_text.init(cx, text.data(), text.size(),
                        JS::SourceOwnership::Borrowed)) {
    return nullptr;
  }
  JS::RootedValue fn(cx);
  if (!JS::Evaluate(cx, options, source_text, &fn)) return nullptr;
  if (!fn.isObject()) {
    ThrowError(cx, nullptr, "builtin %s did not compile to a function",
               filename.c_str());
    return nullptr;
  }
  return &fn.toObject();
}

namespace {

class BuiltinSourceHook final : public js::SourceHook {
 public:
  bool load(JSContext* cx, const char* filename, char16_t** two_byte,
            char** utf8, size_t* length) override {
    std::string_view name(filename ? filename : "");
    const BuiltinSource* builtin =
        StartsWith(name, "node:") ? FindBuiltin(name.substr(5)) : nullptr;
    if (two_byte) *two_byte = nullptr;
    if (utf8) *utf8 = nullptr;
    if (!builtin || !utf8) return true;  // unknown: no source, not an error
    std::string text =
        WrapBuiltin(std::string_view(builtin->source, builtin->length));
    char* copy = js_pod_malloc<char>(text.size());
    if (!copy) {
      JS_ReportOutOfMemory(cx);
      return false;
    }
    memcpy(copy, text.data(), text.size());
    *utf8 = copy;
    *length = text.size();
    return true;
  }
};

}  // namespace

void InstallBuiltinSourceHook(JSContext* cx) {
  js::SetSourceHook(cx, mozilla::MakeUnique<BuiltinSourceHook>());
}

}  // namespace eddy
