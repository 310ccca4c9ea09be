#ifndef EDDY_CORE_OPTIONS_H_
#define EDDY_CORE_OPTIONS_H_

#include <cstdint>
#include <string>
#include <vector>

namespace eddy {

enum class UnhandledRejections {
  kThrow,
  kWarn,
  kStrict,
  kNone,
  kWarnWithErrorCode
};

// What the command line asked for (src/main.cc parses it).
struct Options {
  enum class Mode { kFile, kEval, kPrint, kStdin, kRepl, kRun, kTest };
  Mode mode = Mode::kFile;
  std::string script;  // file name, the -e/-p source, or the --run script
  std::vector<std::string> argv;       // process.argv
  std::vector<std::string> exec_argv;  // command-line options only
  std::vector<std::string> flags;      // NODE_OPTIONS, then exec_argv
  std::vector<std::string> preload;    // -r modules
  std::string unhandled_rejections = "throw";
  int stack_trace_limit = 10;
  bool gc_stress = false;            // compacting GC at every callback into JS
  uint64_t start_hrtime = 0;         // uv_hrtime() when main() began
  uint64_t engine_ready_hrtime = 0;  // ... and when the engine was up
  bool expose_gc = false;
};

}  // namespace eddy

#endif  // EDDY_CORE_OPTIONS_H_
