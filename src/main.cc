// eddy: argv -> options -> Environment -> event loop -> exit code.

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>
#include <uv.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "core/engine.h"
#include "core/environment.h"
#include "core/options.h"
#include "util/strings.h"

namespace {

void PrintHelp() {
  printf(
      "Usage: eddy [options] [ script.js ] [arguments]\n"
      "       eddy [options] -e \"script\" [arguments]\n"
      "       eddy [options] -p \"expression\" [arguments]\n"
      "\n"
      "Options:\n"
      "  -                          script read from stdin\n"
      "  --                         indicate the end of eddy options\n"
      "  -e, --eval script          evaluate script\n"
      "  -p, --print script         evaluate script and print result\n"
      "  -r, --require module       module to preload (option can be "
      "repeated)\n"
      "  --run script [-- args]     run a script of package.json\n"
      "  --test [files/globs]       find and run tests (node:test)\n"
      "  --watch, --watch-path=dir  restart the program when files change\n"
      "  --env-file=file            environment variables from a file\n"
      "  --env-file-if-exists=file  the same, if the file exists\n"
      "  -h, --help                 print eddy command line options\n"
      "  -v, --version              print the Node.js version eddy follows, "
      "then\n"
      "                             eddy's and SpiderMonkey's versions\n"
      "  --unhandled-rejections=mode  throw (default), strict, warn, none,\n"
      "                             warn-with-error-code\n"
      "  --stack-trace-limit=n      frames kept in error stacks (default 10)\n"
      "  --expose-gc                expose gc() on the global object\n"
      "  --gc-stress                run a compacting GC before every callback\n"
      "                             into JavaScript (finds rooting bugs)\n");
}

[[noreturn]] void BadOption(const char* arg) {
  fprintf(stderr, "eddy: bad option: %s\n", arg);
  exit(9);
}

// NODE_OPTIONS split like a shell would: spaces separate, double quotes
// group, a backslash escapes the next character.
std::vector<std::string> SplitNodeOptions(const char* text) {
  std::vector<std::string> out;
  std::string cur;
  bool quoted = false, any = false;
  for (const char* p = text; *p; p++) {
    if (*p == '\\' && p[1]) {
      cur += *++p;
      any = true;
    } else if (*p == '"') {
      quoted = !quoted;
      any = true;
    } else if (*p == ' ' && !quoted) {
      if (any) out.push_back(cur);
      cur.clear();
      any = false;
    } else {
      cur += *p;
      any = true;
    }
  }
  if (any) out.push_back(cur);
  return out;
}

// Options that only make sense on the command line.
bool DisallowedInNodeOptions(const std::string& a) {
  static const char* const kDisallowed[] = {"--help",
                                            "-h",
                                            "--eval",
                                            "-e",
                                            "--print",
                                            "-p",
                                            "-pe",
                                            "--check",
                                            "-c",
                                            "--interactive",
                                            "-i",
                                            "--v8-options",
                                            "--expose_internals",
                                            "--expose-internals",
                                            "--",
                                            "--test",
                                            "--run",
                                            "--version",
                                            "-v"};
  std::string name = a.substr(0, a.find('='));
  for (const char* d : kDisallowed) {
    if (name == d) return true;
  }
  return false;
}

// Parses node-style options up to the script name. Exits for -h/-v/errors.
// `args` is argv[0], the NODE_OPTIONS tokens (the first `env_count` after
// argv[0]), then the command line; only the latter shows in execArgv.
eddy::Options ParseArgs(const std::vector<std::string>& args,
                        size_t env_count) {
  eddy::Options o;
  o.argv.push_back(args[0]);
  size_t argc = args.size();
  size_t i = 1;
  bool have_script = false;
  auto from_cli = [&](size_t index) { return index > env_count; };
  for (; i < argc; i++) {
    // As node: `_` and `-` are the same in an option's name
    // (--abort_on_uncaught_exception); lib/ sees the dashed form,
    // process.execArgv what was typed.
    std::string a = args[i];
    if (eddy::StartsWith(a, "--")) {
      for (size_t c = 2; c < a.size() && a[c] != '='; c++) {
        if (a[c] == '_') a[c] = '-';
      }
    }
    auto record = [&](size_t index) {
      o.flags.push_back(index == i ? a : args[index]);
      if (from_cli(index)) o.exec_argv.push_back(args[index]);
    };
    auto value = [&](const char* name) -> std::string {
      size_t eq = a.find('=');
      if (eq != std::string::npos && a[0] == '-' && a[1] == '-')
        return a.substr(eq + 1);
      if (i + 1 >= argc) {
        fprintf(stderr, "%s: %s requires an argument\n", args[0].c_str(), name);
        exit(9);
      }
      record(i + 1);
      return args[++i];
    };
    if (!from_cli(i) && DisallowedInNodeOptions(a)) {
      fprintf(stderr, "%s: %s is not allowed in NODE_OPTIONS\n",
              args[0].c_str(), args[i].c_str());
      exit(9);
    }
    if (a == "--") {
      i++;
      break;
    }
    if (a == "-" || a.empty() || a[0] != '-') {
      if (!from_cli(i)) {
        fprintf(stderr, "%s: %s is not supported in NODE_OPTIONS\n",
                args[0].c_str(), args[i].c_str());
        exit(9);
      }
      break;
    }
    record(i);
    if (a == "-h" || a == "--help") {
      PrintHelp();
      exit(0);
    } else if (a == "-v" || a == "--version") {
      // Node's version first, so that tools reading it still parse it.
      printf("v%s (eddy %s, SpiderMonkey %s)\n", EDDY_NODE_VERSION,
             EDDY_VERSION, EDDY_MOZJS_VERSION);
      exit(0);
    } else if (a == "-e" || a == "--eval" || eddy::StartsWith(a, "--eval=")) {
      o.mode = eddy::Options::Mode::kEval;
      o.script = value("--eval");
      have_script = true;
    } else if (a == "-p" || a == "--print" || eddy::StartsWith(a, "--print=") ||
               a == "-pe") {
      o.mode = eddy::Options::Mode::kPrint;
      o.script = value("--print");
      have_script = true;
    } else if (a == "--run" || eddy::StartsWith(a, "--run=")) {
      o.mode = eddy::Options::Mode::kRun;
      o.script = value("--run");
      have_script = true;
    } else if (a == "--test") {
      o.mode = eddy::Options::Mode::kTest;
      have_script = true;
    } else if (a == "-r" || a == "--require" ||
               eddy::StartsWith(a, "--require=")) {
      o.preload.push_back(value("--require"));
    } else if (eddy::StartsWith(a, "--unhandled-rejections")) {
      std::string mode = value("--unhandled-rejections");
      if (mode != "throw" && mode != "warn" && mode != "strict" &&
          mode != "none" && mode != "warn-with-error-code") {
        fprintf(stderr, "%s: invalid value for --unhandled-rejections\n",
                args[0].c_str());
        exit(9);
      }
      o.unhandled_rejections = mode;
    } else if (eddy::StartsWith(a, "--stack-trace-limit")) {
      o.stack_trace_limit = atoi(value("--stack-trace-limit").c_str());
    } else if (a == "--gc-stress") {
      o.gc_stress = true;
    } else if (a == "--expose-gc") {
      o.expose_gc = true;
    } else if (a == "--title" || eddy::StartsWith(a, "--title=") ||
               a == "--env-file" || eddy::StartsWith(a, "--env-file=") ||
               a == "--env-file-if-exists" ||
               eddy::StartsWith(a, "--env-file-if-exists=") ||
               a == "--watch-path" || eddy::StartsWith(a, "--watch-path=") ||
               a == "--conditions" || eddy::StartsWith(a, "--conditions=") ||
               a == "-C" || a == "--test-reporter" ||
               a == "--redirect-warnings" || a == "--input-type" ||
               a == "--import" || eddy::StartsWith(a, "--import=") ||
               a == "--experimental-loader" || a == "--loader" ||
               eddy::StartsWith(a, "--experimental-loader=") ||
               eddy::StartsWith(a, "--loader=") ||
               a == "--trace-require-module" ||
               eddy::StartsWith(a, "--trace-require-module=") ||
               eddy::StartsWith(a, "--input-type=") ||
               eddy::StartsWith(a, "--redirect-warnings=") ||
               eddy::StartsWith(a, "--test-reporter=") ||
               a == "--test-reporter-destination" ||
               eddy::StartsWith(a, "--test-reporter-destination=") ||
               a == "--dns-result-order" ||
               eddy::StartsWith(a, "--dns-result-order=") ||
               a == "--network-family-autoselection-attempt-timeout" ||
               eddy::StartsWith(
                   a, "--network-family-autoselection-attempt-timeout=")) {
      value(a.c_str());  // read back by lib/ (internal/options.js)
    } else if (a == "--no-warnings" || a == "--no-deprecation" ||
               a == "--trace-warnings" || a == "--pending-deprecation" ||
               a == "--throw-deprecation" || a == "--trace-deprecation" ||
               a == "--trace-uncaught" || a == "--preserve-symlinks" ||
               a == "--watch" || a == "--watch-preserve-output" ||
               a == "--preserve-symlinks-main" ||
               a == "--abort-on-uncaught-exception" ||
               a == "--expose-internals" || a == "--enable-source-maps" ||
               a == "--no-enable-source-maps" || a == "--entry-url" ||
               eddy::StartsWith(a, "--experimental-") ||
               eddy::StartsWith(a, "--no-experimental-") ||
               eddy::StartsWith(a, "--harmony") ||
               eddy::StartsWith(a, "--max-old-space-size=") ||
               a == "--js-float16array" || a == "--zero-fill-buffers" ||
               a == "--stress-compaction" ||
               eddy::StartsWith(a, "--gc-interval=") ||
               a == "--network-family-autoselection" ||
               a == "--no-network-family-autoselection" ||
               a == "--enable-network-family-autoselection" ||
               a == "--no-enable-network-family-autoselection" ||
               eddy::StartsWith(a, "--stack-size=")) {
      // Accepted: lib/ reads them back (internal/options.js); the V8
      // tuning flags have no SpiderMonkey meaning and change nothing.
    } else {
      BadOption(args[i].c_str());
    }
  }
  if (!have_script) {
    if (i < argc && args[i] != "-") {
      o.mode = eddy::Options::Mode::kFile;
      o.script = args[i++];
      o.argv.push_back(o.script);  // made absolute by lib/
    } else {
      if (i < argc) i++;  // "-"
      o.mode =
          isatty(0) ? eddy::Options::Mode::kRepl : eddy::Options::Mode::kStdin;
      if (o.mode == eddy::Options::Mode::kStdin) o.argv.push_back("-");
    }
  }
  if (o.mode == eddy::Options::Mode::kRun) {
    // As node: only the arguments after "--" reach the script.
    bool after_dashes = i > 1 && args[i - 1] == "--";
    for (; i < argc && !after_dashes; i++) after_dashes = args[i] == "--";
  }
  for (; i < argc; i++) o.argv.push_back(args[i]);
  return o;
}

// As Node: a process started with stdin, stdout or stderr closed gets
// /dev/null there, so that no file it opens later lands on fds 0-2 (libuv
// asserts it never closes one of those, and a console.log must not write
// into that file).
void EnsureStdioOpen() {
  for (int fd = 0; fd <= 2; fd++) {
    if (fcntl(fd, F_GETFD) != -1 || errno != EBADF) continue;
    if (open("/dev/null", O_RDWR) != fd) abort();
  }
}

}  // namespace

int main(int argc, char** argv) {
  EnsureStdioOpen();
  // As Node: a write to a closed pipe or socket is an EPIPE error for the
  // writer to handle, not a signal that kills the process. (libuv gives
  // child processes the default dispositions back.)
  signal(SIGPIPE, SIG_IGN);
  uint64_t start = uv_hrtime();
  argv = uv_setup_args(argc, argv);
  std::vector<std::string> args = {argv[0]};
  std::vector<std::string> env_args;
  if (const char* node_options = getenv("NODE_OPTIONS")) {
    env_args = SplitNodeOptions(node_options);
  }
  args.insert(args.end(), env_args.begin(), env_args.end());
  args.insert(args.end(), argv + 1, argv + argc);
  eddy::Options options = ParseArgs(args, env_args.size());
  options.start_hrtime = start;
  if (!eddy::engine::InitProcess()) {
    fprintf(stderr, "eddy: could not initialise the JavaScript engine\n");
    return 1;
  }
  JSContext* cx = eddy::engine::NewContext();
  options.engine_ready_hrtime = uv_hrtime();
  if (!cx) {
    fprintf(stderr, "eddy: could not create a JavaScript context\n");
    return 1;
  }
  int exit_code;
  {
    eddy::Environment env(cx, uv_default_loop(), options);
    if (!env.Bootstrap()) {
      if (env.is_stopping()) {
        exit_code = env.exit_code();  // start-up chose to exit (--env-file)
      } else {
        env.HandleUncaughtException();
        exit_code = 70;  // an eddy bug: lib/ failed to start
      }
    } else {
      exit_code = env.Run();
    }
#ifndef EDDY_FULL_TEARDOWN
    // Like Node, a release build ends without tearing the engine down: all
    // output was written synchronously and the OS reclaims the rest.
    // Sanitizer builds tear down fully so leaks and lifetime bugs show.
    fflush(stdout);
    fflush(stderr);
    _exit(exit_code);
#endif
  }
  JS_DestroyContext(cx);
  eddy::engine::ShutdownProcess();
  uv_loop_close(uv_default_loop());
  return exit_code;
}
