#ifndef EDDY_CORE_BUILTIN_WRAPPER_H_
#define EDDY_CORE_BUILTIN_WRAPPER_H_

#include <string>
#include <string_view>

namespace eddy {

// A lib/ file becomes a function expression. The wrapper shares line 1
// with the source so line numbers stay exact. Used at build time (stencils)
// and at run time (source fallback): both must produce the same text.
inline std::string WrapBuiltin(std::string_view source) {
  static constexpr std::string_view kHead =
      "(function (exports, require, module, process, internalBinding) {";
  static constexpr std::string_view kTail = "\n})";
  std::string text;
  text.reserve(kHead.size() + source.size() + kTail.size());
  text.append(kHead).append(source).append(kTail);
  return text;
}

}  // namespace eddy

#endif  // EDDY_CORE_BUILTIN_WRAPPER_H_
