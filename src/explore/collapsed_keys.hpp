// Exact state keys in a few dozen bytes: SPIN's COLLAPSE compression (Holzmann, "State
// compression in SPIN: recursive indexing and compression training runs", SPIN 1997). A key's
// sections (one per thread, one per location, the rest: model/state_encoding.hpp) are stored
// once each in a table of the sections seen, and the key becomes the sequence of its sections'
// indices. States of one search share most sections (a step changes one thread and a location
// or two), so the table stays small while the keys shrink from hundreds of bytes to one or two
// per section. Equal compact keys are equal keys: each index stands for one section.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "model/state_encoding.hpp"

namespace initcheck {

class CollapsedKeys {
 public:
  // The compact form of `key`; nullopt when one of its sections was never stored (then no
  // stored key equals it).
  std::optional<std::string> find(const CanonicalKey& key) const;
  // The compact form of `key`, storing the sections not seen yet.
  std::string store(const CanonicalKey& key);

 private:
  struct ViewHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const {
      return std::hash<std::string_view>{}(text);
    }
  };
  std::unordered_map<std::string, std::uint32_t, ViewHash, std::equal_to<>> sections_;
};

}  // namespace initcheck
