#ifndef EDDY_BINDINGS_SPAWN_OPTIONS_H_
#define EDDY_BINDINGS_SPAWN_OPTIONS_H_

// The options object of process.spawn/spawnSync, as lib/child_process.js
// builds it (Node's shape): file, args, cwd, envPairs, detached, uid, gid.
// Holds the strings libuv's uv_process_options_t points into.

#include <jsapi.h>
#include <uv.h>

#include <string>
#include <vector>

namespace eddy {

class SpawnOptions {
 public:
  // False with an exception pending on a malformed options object.
  [[nodiscard]] bool Parse(JSContext* cx, JS::HandleObject options);
  // Fills `out` (stdio is left to the caller). Valid while this lives.
  void Fill(uv_process_options_t* out);

 private:
  std::string file_;
  std::vector<std::string> args_;
  std::vector<std::string> env_;
  std::string cwd_;
  std::vector<char*> argv_;
  std::vector<char*> envp_;
  bool has_cwd_ = false;
  bool has_env_ = false;
  unsigned flags_ = 0;
  uv_uid_t uid_ = 0;
  uv_gid_t gid_ = 0;
};

}  // namespace eddy

#endif  // EDDY_BINDINGS_SPAWN_OPTIONS_H_
