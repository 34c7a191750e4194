// Lookups in a location's modification order (see modification_order.hpp).
#include "runtime/modification_order.hpp"

namespace initcheck {

std::optional<std::size_t> ModificationOrder::indexOf(WriteId id) const {
  for (std::size_t i = 0; i < writes.size(); ++i) {
    if (writes[i].id() == id)
      return i;
  }
  return std::nullopt;
}

}  // namespace initcheck
