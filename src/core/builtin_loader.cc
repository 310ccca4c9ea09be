#include "core/builtin_loader.h"

#include <js/CompilationAndEvaluation.h>
#include <js/SourceText.h>

#include <cstdlib>
#include <cstring>
#include <string>

#include "core/errors.h"
#include "util/strings.h"

namespace eddy {

const BuiltinSource* FindBuiltin(std::string_view id) {
  // The table is sorted by path, which is not quite id order ("a/b" vs
  // "a.b"), and is small: a linear scan over ~100 entries costs less than
  // building an index at startup.
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

JSObject* CompileBuiltin(JSContext* cx, std::string_view id) {
  std::string dev_source;
  BuiltinSource dev_builtin;
  const BuiltinSource* builtin = FindBuiltin(id);
  if (ReadDevSource(id, &dev_source)) {
    dev_builtin = {nullptr, dev_source.data(), dev_source.size()};
    builtin = &dev_builtin;
  }
  if (!builtin) {
    std::string name(id);
    ThrowError(cx, "ERR_UNKNOWN_BUILTIN_MODULE", "No such built-in module: %s",
               name.c_str());
    return nullptr;
  }
  // The wrapper shares line 1 with the source so line numbers stay exact.
  static const char kHead[] =
      "(function (exports, require, module, process, internalBinding) {";
  static const char kTail[] = "\n})";
  std::string text;
  text.reserve(sizeof kHead + builtin->length + sizeof kTail);
  text.append(kHead).append(builtin->source, builtin->length).append(kTail);
  std::string filename = "node:" + std::string(id);
  JS::CompileOptions options(cx);
  options.setFileAndLine(filename.c_str(), 1);
  JS::SourceText<mozilla::Utf8Unit> source;
  if (!source.init(cx, text.data(), text.size(),
                   JS::SourceOwnership::Borrowed)) {
    return nullptr;
  }
  JS::RootedValue fn(cx);
  if (!JS::Evaluate(cx, options, source, &fn)) return nullptr;
  if (!fn.isObject()) {
    ThrowError(cx, nullptr, "builtin %s did not compile to a function",
               filename.c_str());
    return nullptr;
  }
  return &fn.toObject();
}

}  // namespace eddy
