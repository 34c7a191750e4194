// A state of the whole program as the engines hold it: a shared, immutable snapshot of its
// contents (runtime/state_data.hpp), copied on write, hashed and compared over all of them.
#pragma once

#include <cstddef>
#include <memory>

namespace initcheck {

struct StateData;  // a state's contents (runtime/state_data.hpp)

// A state of the whole program: value type (copy = snapshot), hashable, comparable.
class State {
 public:
  State();
  explicit State(std::shared_ptr<const StateData> data);
  std::size_t hash() const;
  bool operator==(const State& other) const;
  const StateData& data() const { return *data_; }

 private:
  std::shared_ptr<const StateData> data_;  // copy-on-write
};

struct StateHash {
  std::size_t operator()(const State& state) const { return state.hash(); }
};

}  // namespace initcheck
