// Executor: `fence(ORDER)` (LANGUAGE.md section 4a), a C11 atomic_thread_fence, under either
// memory model. An acquire fence joins what the thread's relaxed reads read from release
// sequences; a release fence keeps the thread's clock for its later relaxed writes to carry
// (runtime/atomics.cpp, atomics_rc11.cpp). A seq_cst fence is both and takes part in psc.
#include "parser/ast_names.hpp"
#include "runtime/executor.hpp"

namespace initcheck {

void Executor::execFence(ThreadId t, const Instr& instr) {
  auto order = static_cast<ast::MemoryOrder>(instr.a);
  ThreadState& thread = state_.threads[t];
  if (acquiresOrder(order))
    thread.clock.join(thread.pendingAcquire);
  if (releasesOrder(order))
    thread.releaseFence = thread.clock;
  bool seqCst = order == ast::MemoryOrder::SeqCst;
  if (!(seqCst && touchesSeqCstOrder(true)))
    outcome_.footprint.add(Access{ResourceKind::ThreadLocal, t, AccessMode::Read, {}});
  logEvent(t, LoggedEvent::Kind::Fence, -1, seqCst, 0, 0);
  event(t, instr.position, EventKind::Fence,
        "fence(" + std::string(ast::memoryOrderName(order)) + ")");
}

}  // namespace initcheck
