// Names of the bounds, as verdicts and reports print them.
#include "runtime/bounds.hpp"

namespace initcheck {

std::string_view boundName(BoundKind kind) {
  switch (kind) {
    case BoundKind::Unroll:
      return "unroll";
    case BoundKind::Threads:
      return "threads";
    case BoundKind::Depth:
      return "depth";
    case BoundKind::Preemptions:
      return "preemptions";
    case BoundKind::Choose:
      return "choose";
  }
  return "bound";
}

}  // namespace initcheck
