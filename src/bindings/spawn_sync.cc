// internalBinding('spawn_sync'): spawnSync(options) runs a child to the end
// on a private libuv loop, feeding `input` to its stdin and collecting its
// output, with timeout and maxBuffer. Returns
// { pid, status, signal, output: [ArrayBuffer|null...], error }.

#include <js/Array.h>
#include <js/ArrayBuffer.h>
#include <js/experimental/TypedData.h>

#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "base/args.h"
#include "bindings/spawn_options.h"
#include "core/errors.h"

namespace eddy::binding::spawn_sync {

class SpawnSync;

struct SyncPipe {
  uv_pipe_t pipe;
  uv_write_t write_req;
  uv_shutdown_t shutdown_req;
  SpawnSync* owner = nullptr;
  bool child_reads = false;  // the child's stdin: we write `input`
  std::string input;
  std::string output;
};

class SpawnSync {
 public:
  ~SpawnSync() = default;

  [[nodiscard]] bool Parse(JSContext* cx, JS::HandleObject options);
  void Run();
  [[nodiscard]] JSObject* Result(JSContext* cx);

 private:
  static void OnExit(uv_process_t* p, int64_t status, int signal);
  static void OnTimeout(uv_timer_t* t);
  static void OnAlloc(uv_handle_t*, size_t suggested, uv_buf_t* buf);
  static void OnRead(uv_stream_t* s, ssize_t nread, const uv_buf_t* buf);
  void Kill();

  SpawnOptions spawn_;
  std::vector<uv_stdio_container_t> stdio_;
  std::vector<std::unique_ptr<SyncPipe>>
      pipes_;  // one per stdio entry, null if none
  uv_loop_t loop_;
  uv_process_t process_{};
  uv_timer_t timer_{};
  double timeout_ = 0;
  double max_buffer_ = 0;
  int kill_signal_ = SIGTERM;
  int64_t exit_status_ = 0;
  int term_signal_ = 0;
  int error_ = 0;
  bool killed_ = false;
  int pid_ = 0;
  char read_buf_[65536];
};

bool SpawnSync::Parse(JSContext* cx, JS::HandleObject options) {
  if (!spawn_.Parse(cx, options)) return false;
  JS::RootedValue v(cx);
  if (!JS_GetProperty(cx, options, "timeout", &v)) return false;
  if (v.isNumber() && v.toNumber() > 0) timeout_ = v.toNumber();
  if (!JS_GetProperty(cx, options, "maxBuffer", &v)) return false;
  if (v.isNumber() && v.toNumber() > 0) max_buffer_ = v.toNumber();
  if (!JS_GetProperty(cx, options, "killSignal", &v)) return false;
  if (v.isNumber()) kill_signal_ = static_cast<int>(v.toNumber());

  if (!JS_GetProperty(cx, options, "stdio", &v)) return false;
  if (!v.isObject())
    return ThrowTypeError(cx, "ERR_INVALID_ARG_TYPE", "stdio must be an array");
  JS::RootedObject list(cx, &v.toObject());
  uint32_t n = 0;
  if (!JS::GetArrayLength(cx, list, &n)) return false;
  JS::RootedValue item(cx), field(cx);
  for (uint32_t i = 0; i < n; i++) {
    if (!JS_GetElement(cx, list, i, &item) || !item.isObject()) {
      return ThrowTypeError(cx, "ERR_INVALID_ARG_TYPE",
                            "stdio entries must be objects");
    }
    JS::RootedObject entry(cx, &item.toObject());
    std::string type;
    if (!JS_GetProperty(cx, entry, "type", &field) || !ToUtf8(cx, field, &type))
      return false;
    uv_stdio_container_t c{};
    std::unique_ptr<SyncPipe> pipe;
    if (type == "pipe") {
      pipe = std::make_unique<SyncPipe>();
      pipe->owner = this;
      pipe->child_reads = i == 0;
      if (!JS_GetProperty(cx, entry, "input", &field)) return false;
      if (field.isObject() && JS_IsArrayBufferViewObject(&field.toObject())) {
        JS::AutoCheckCannotGC nogc;
        bool shared;
        JSObject* view = &field.toObject();
        pipe->input.assign(
            static_cast<char*>(JS_GetArrayBufferViewData(view, &shared, nogc)),
            JS_GetArrayBufferViewByteLength(view));
        pipe->child_reads = true;
      }
      c.flags = static_cast<uv_stdio_flags>(
          UV_CREATE_PIPE |
          (pipe->child_reads ? UV_READABLE_PIPE : UV_WRITABLE_PIPE));
    } else if (type == "ignore") {
      c.flags = UV_IGNORE;
    } else {
      if (!JS_GetProperty(cx, entry, "fd", &field)) return false;
      c.flags = UV_INHERIT_FD;
      c.data.fd = field.isNumber() ? static_cast<int>(field.toNumber())
                                   : static_cast<int>(i);
    }
    stdio_.push_back(c);
    pipes_.push_back(std::move(pipe));
  }
  return true;
}

void SpawnSync::OnExit(uv_process_t* p, int64_t status, int signal) {
  auto* self = static_cast<SpawnSync*>(p->data);
  self->exit_status_ = status;
  self->term_signal_ = signal;
  uv_close(reinterpret_cast<uv_handle_t*>(p), nullptr);
  if (self->timeout_ > 0)
    uv_close(reinterpret_cast<uv_handle_t*>(&self->timer_), nullptr);
}

void SpawnSync::Kill() {
  if (killed_) return;
  killed_ = true;
  uv_process_kill(&process_, kill_signal_);
}

void SpawnSync::OnTimeout(uv_timer_t* t) {
  auto* self = static_cast<SpawnSync*>(t->data);
  self->error_ = UV_ETIMEDOUT;
  self->Kill();
}

void SpawnSync::OnAlloc(uv_handle_t* h, size_t, uv_buf_t* buf) {
  auto* pipe = static_cast<SyncPipe*>(h->data);
  buf->base = pipe->owner->read_buf_;
  buf->len = sizeof pipe->owner->read_buf_;
}

void SpawnSync::OnRead(uv_stream_t* s, ssize_t nread, const uv_buf_t* buf) {
  auto* pipe = static_cast<SyncPipe*>(s->data);
  SpawnSync* self = pipe->owner;
  if (nread > 0) {
    pipe->output.append(buf->base, nread);
    if (self->max_buffer_ > 0 && pipe->output.size() > self->max_buffer_) {
      self->error_ = UV_ENOBUFS;
      pipe->output.resize(static_cast<size_t>(self->max_buffer_));
      self->Kill();
    }
  } else if (nread < 0) {
    uv_close(reinterpret_cast<uv_handle_t*>(s), nullptr);
  }
}

void SpawnSync::Run() {
  uv_loop_init(&loop_);
  for (size_t i = 0; i < pipes_.size(); i++) {
    if (!pipes_[i]) continue;
    uv_pipe_init(&loop_, &pipes_[i]->pipe, 0);
    pipes_[i]->pipe.data = pipes_[i].get();
    stdio_[i].data.stream = reinterpret_cast<uv_stream_t*>(&pipes_[i]->pipe);
  }
  uv_process_options_t options{};
  spawn_.Fill(&options);
  options.exit_cb = OnExit;
  options.stdio = stdio_.data();
  options.stdio_count = static_cast<int>(stdio_.size());
  process_.data = this;
  int err = uv_spawn(&loop_, &process_, &options);
  if (err) {
    error_ = err;
    uv_close(reinterpret_cast<uv_handle_t*>(&process_), nullptr);
    for (auto& pipe : pipes_) {
      if (pipe) uv_close(reinterpret_cast<uv_handle_t*>(&pipe->pipe), nullptr);
    }
  } else {
    pid_ = process_.pid;
    for (auto& pipe : pipes_) {
      if (!pipe) continue;
      auto* stream = reinterpret_cast<uv_stream_t*>(&pipe->pipe);
      if (pipe->child_reads) {
        // Feed the input, then close our end so the child sees EOF.
        pipe->write_req.data = pipe.get();
        uv_buf_t b = uv_buf_init(pipe->input.data(),
                                 static_cast<unsigned>(pipe->input.size()));
        uv_write(&pipe->write_req, stream, &b, 1, [](uv_write_t* req, int) {
          auto* p = static_cast<SyncPipe*>(req->data);
          uv_close(reinterpret_cast<uv_handle_t*>(&p->pipe), nullptr);
        });
      } else {
        uv_read_start(stream, OnAlloc, OnRead);
      }
    }
    if (timeout_ > 0) {
      uv_timer_init(&loop_, &timer_);
      timer_.data = this;
      uv_timer_start(&timer_, OnTimeout, static_cast<uint64_t>(timeout_), 0);
    }
  }
  uv_run(&loop_, UV_RUN_DEFAULT);
  uv_loop_close(&loop_);
}

JSObject* SpawnSync::Result(JSContext* cx) {
  JS::RootedObject result(cx, JS_NewPlainObject(cx));
  if (!result) return nullptr;
  if (error_ && !SetNumberProperty(cx, result, "error", error_)) return nullptr;
  if (!SetNumberProperty(cx, result, "pid", pid_)) return nullptr;
  JS::RootedValue status(cx), signal(cx);
  if (term_signal_) {
    status.setNull();
    signal.setInt32(term_signal_);
  } else {
    status.setNumber(static_cast<double>(exit_status_));
    signal.setNull();
  }
  if (!JS_SetProperty(cx, result, "status", status) ||
      !JS_SetProperty(cx, result, "signal", signal)) {
    return nullptr;
  }
  JS::RootedObject output(cx, JS::NewArrayObject(cx, pipes_.size()));
  if (!output) return nullptr;
  for (size_t i = 0; i < pipes_.size(); i++) {
    JS::RootedValue v(cx, JS::NullValue());
    if (pipes_[i] && !pipes_[i]->child_reads) {
      const std::string& out = pipes_[i]->output;
      mozilla::UniquePtr<uint8_t[], JS::FreePolicy> bytes(
          js_pod_arena_malloc<uint8_t>(js::ArrayBufferContentsArena,
                                       out.size() + 1));
      if (!bytes) {
        JS_ReportOutOfMemory(cx);
        return nullptr;
      }
      memcpy(bytes.get(), out.data(), out.size());
      JSObject* ab =
          JS::NewArrayBufferWithContents(cx, out.size(), std::move(bytes));
      if (!ab) return nullptr;
      v.setObject(*ab);
    }
    if (!JS_SetElement(cx, output, static_cast<uint32_t>(i), v)) return nullptr;
  }
  return SetObjectProperty(cx, result, "output", output) ? result.get()
                                                         : nullptr;
}

static bool SpawnSyncFn(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.get(0).isObject())
    return ThrowTypeError(cx, "ERR_INVALID_ARG_TYPE",
                          "options must be an object");
  JS::RootedObject options(cx, &args[0].toObject());
  auto job = std::make_unique<SpawnSync>();
  if (!job->Parse(cx, options)) return false;
  job->Run();
  JSObject* result = job->Result(cx);
  if (!result) return false;
  args.rval().setObject(*result);
  return true;
}

bool Initialize(JSContext* cx, JS::HandleObject exports) {
  static const JSFunctionSpec methods[] = {JS_FN("spawn", SpawnSyncFn, 1, 0),
                                           JS_FS_END};
  return JS_DefineFunctions(cx, exports, methods);
}

}  // namespace eddy::binding::spawn_sync
