// How AST enumerations are spelt in source: one place for the formatter, the checker's
// messages and the engines' traces.
#pragma once

#include <string_view>

#include "parser/ast.hpp"

namespace initcheck::ast {

constexpr std::string_view memoryOrderName(MemoryOrder order) {
  switch (order) {
    case MemoryOrder::Relaxed:
      return "relaxed";
    case MemoryOrder::Acquire:
      return "acquire";
    case MemoryOrder::Release:
      return "release";
    case MemoryOrder::AcqRel:
      return "acq_rel";
    case MemoryOrder::SeqCst:
      return "seq_cst";
  }
  return "seq_cst";
}

}  // namespace initcheck::ast
