#ifndef EDDY_CORE_ENGINE_H_
#define EDDY_CORE_ENGINE_H_

// SpiderMonkey set-up: the process-wide engine, one context per thread and
// the realm options every global gets. docs/architecture.md ("The engine")
// says which SpiderMonkey this is and how it is set up.

#include <jsapi.h>

namespace eddy::engine {

[[nodiscard]] bool InitProcess();
void ShutdownProcess();
// A context with eddy's heap limit, stack quota, job queue-free defaults and
// V8-style stack strings. Null on failure.
JSContext* NewContext();
// The realm options of every global (the main one and vm contexts'):
// WeakRefs and SharedArrayBuffer on.
JS::RealmOptions GlobalRealmOptions();
// The main global, in a new compartment, with the standard classes.
JSObject* NewGlobal(JSContext* cx);

}  // namespace eddy::engine

#endif  // EDDY_CORE_ENGINE_H_
