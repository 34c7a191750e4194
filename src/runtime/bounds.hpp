// The bounds of an exploration (LANGUAGE.md section 7): how far loops, calls and threads may
// go before an execution is cut. A cut execution makes an `ok` verdict `ok (bounded: ...)`.
// They travel with the memory model the exploration follows (section 4a), which the same
// three places set: the default, the file's `option`, the command line.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "sema/directives.hpp"

namespace initcheck {

enum class BoundKind { Unroll, Threads, Depth, Preemptions };

std::string_view boundName(BoundKind kind);  // "unroll", "threads", "depth", "preemptions"

struct Bounds {
  std::int64_t unroll = 8;                  // iterations of one `while` loop per execution
  std::int64_t threads = 16;                // threads alive in one execution (declared + spawned)
  std::int64_t depth = 32;                  // call depth
  std::optional<std::int64_t> preemptions;  // none: unbounded
  MemoryModel memoryModel = MemoryModel::Rc11;
};

}  // namespace initcheck
