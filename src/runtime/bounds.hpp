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

// Choose: a `choose` range wider than 2^32-1 values, of which the explicit engine tries the
// first 2^32-1 (the execution goes on; the smt engine keeps the whole range).
enum class BoundKind { Unroll, Threads, Depth, Preemptions, Choose };

// The most values one `choose` step offers the explicit engine (a choice is 32 bits).
constexpr std::uint64_t kWidestChoice = UINT32_MAX;

std::string_view boundName(
    BoundKind kind);  // "unroll", "threads", "depth", "preemptions", "choose"

struct Bounds {
  std::int64_t unroll = 8;                  // iterations of one `while` loop per execution
  std::int64_t threads = 16;                // threads alive in one execution (declared + spawned)
  std::int64_t depth = 32;                  // call depth
  std::optional<std::int64_t> preemptions;  // none: unbounded
  MemoryModel memoryModel = MemoryModel::Rc11;
};

}  // namespace initcheck
