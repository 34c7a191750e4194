// Exact state keys in a few dozen bytes: SPIN's COLLAPSE compression (Holzmann, "State
// compression in SPIN: recursive indexing and compression training runs", SPIN 1997). A key's
// sections (a header, one per thread, one per location, the rest: model/state_encoding.hpp) are
// stored once each in a table of the sections seen, and the key becomes the sequence of its
// sections' indices. States of one search share most sections (a step changes one thread and a
// location or two), so the table stays small while the keys shrink from hundreds of bytes to one
// or two per section. Equal compact keys are equal keys: each index stands for one section.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "model/state_encoding.hpp"

namespace initcheck {

class CollapsedKeys final : public SectionTable {
 public:
  std::uint32_t idOf(std::string_view section) override;
  std::uint32_t layoutId(bool symmetry, const SymmetryInfo* classes,
                         const std::vector<ThreadId>& toCanonical) override;
  std::size_t sections() const { return sections_.size(); }

 private:
  struct ViewHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const {
      return std::hash<std::string_view>{}(text);
    }
  };
  std::unordered_map<std::string, std::uint32_t, ViewHash, std::equal_to<>> sections_;
  using Layout = std::pair<std::pair<bool, const SymmetryInfo*>, std::vector<ThreadId>>;
  std::map<Layout, std::uint32_t> layouts_;
  Layout lastLayout_;  // the layout asked for last, and its id (most keys repeat it)
  std::uint32_t lastLayoutId_ = 0;
};

}  // namespace initcheck
