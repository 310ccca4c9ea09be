#ifndef EDDY_BINDINGS_REGISTRY_H_
#define EDDY_BINDINGS_REGISTRY_H_

#include <jsapi.h>

#include <string_view>

namespace eddy {

// Fills `exports` with a binding's functions and constants.
using BindingInitializer = bool (*)(JSContext* cx, JS::HandleObject exports);

// The initializer of internalBinding(name), or nullptr.
BindingInitializer FindBinding(std::string_view name);

// internalBinding(name): the native function given to lib/ modules.
bool InternalBinding(JSContext* cx, unsigned argc, JS::Value* vp);

}  // namespace eddy

#endif  // EDDY_BINDINGS_REGISTRY_H_
