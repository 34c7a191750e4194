// One engine per worker thread of a `--jobs N` run (issue 20): an engine keeps state between
// the files it checks (the smt engine its Z3 context), so workers never share one. Each is
// made the first time its worker asks; worker i is only ever one thread.
#pragma once

#include <memory>
#include <vector>

#include "check/engine.hpp"

namespace initcheck::cli {

class WorkerEngines {
 public:
  WorkerEngines(EngineKind kind, unsigned workers) : kind_(kind), engines_(workers) {}

  Engine& of(unsigned worker) {
    std::unique_ptr<Engine>& engine = engines_.at(worker);
    if (!engine)
      engine = makeEngine(kind_);
    return *engine;
  }

 private:
  EngineKind kind_;
  std::vector<std::unique_ptr<Engine>> engines_;
};

}  // namespace initcheck::cli
