// A syntax-tree piece together with its height, as the grammar builds it.
//
// Brackets are limited to kMaxNesting levels, but operator chains (`a + a + ...`), prefix
// chains (`!!!!x`), postfix chains (`f()()()`) and `else if` chains nest the tree without
// brackets. The tree is destroyed, copied and compared recursively, so its height must stay
// bounded whatever the input: every builder knows the height of what it makes, and the
// grammar rejects a piece before building it past kMaxTreeHeight.
#pragma once

#include <cstdint>
#include <string>

namespace initcheck::parser {

constexpr std::uint32_t kMaxTreeHeight = 1024;

inline std::string treeTooDeepMessage() {
  return "too deeply nested (the syntax tree is limited to " + std::to_string(kMaxTreeHeight) +
         " levels)";
}

template <class T>
struct Measured {
  T node{};
  std::uint32_t height = 1;
};

}  // namespace initcheck::parser
