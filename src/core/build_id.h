#ifndef EDDY_CORE_BUILD_ID_H_
#define EDDY_CORE_BUILD_ID_H_

// The engine build id, shared by eddy and by the build-time tool that
// encodes stencils and the self-hosted cache: both must agree, or the
// engine rejects the caches (and its encoders crash without any id).

#include <js/BuildId.h>

namespace eddy {

inline bool BuildId(JS::BuildIdCharVector* id) {
  static const char kId[] = "eddy-" EDDY_VERSION "-mozjs-" EDDY_MOZJS_VERSION;
  return id->append(kId, sizeof(kId) - 1);
}

}  // namespace eddy

#endif  // EDDY_CORE_BUILD_ID_H_
