// The memory mode of a program (see memory_mode.hpp).
#include "runtime/memory_mode.hpp"

namespace initcheck {

MemoryMode memoryModeOf(MemoryModel model, const AtomicsUsed& used) {
  if (model == MemoryModel::Sc)
    return MemoryMode::Sc;
  return used.weakOrders ? MemoryMode::Rc11 : MemoryMode::Rc11PlainOnly;
}

}  // namespace initcheck
