// Loading, unfolding and printing specs for the unfolder tests.
#include "unfold_fixture.hpp"

#include "check/effective_bounds.hpp"
#include "runtime/state_data.hpp"

namespace initcheck::symbolic {

std::string kindName(NodeKind kind) {
  static const char* names[] = {
      "Start",   "Read",     "Write",    "Atomic", "OnceDo", "OnceFinish", "Lock",
      "Unlock",  "WgAdd",    "WgWait",   "Send",   "Recv",   "Close",      "Go",
      "Join",    "Choose",   "Await",    "Fence",  "Step",   "LockResume", "RLock",
      "RUnlock", "CondWait", "CondWake", "Signal", "Notify", "AtomicWake", "AwaitRead",
      "Label",   "InitCall", "Exit",     "Halt"};
  static_assert(sizeof(names) / sizeof(names[0]) == static_cast<int>(NodeKind::Halt) + 1);
  return names[static_cast<int>(kind)];
}

int Unfolded::count(NodeKind kind) const {
  int total = 0;
  for (const Node& node : unfolding().nodes)
    total += node.kind == kind ? 1 : 0;
  return total;
}

int Unfolded::halts(HaltKind kind) const {
  int total = 0;
  for (const Node& node : unfolding().nodes)
    total += node.kind == NodeKind::Halt && node.halt == kind ? 1 : 0;
  return total;
}

std::string Unfolded::dump() const {
  if (!result.unfolding)
    return "unsupported: " + result.unsupported.value_or("?");
  std::string text;
  for (const Node& node : unfolding().nodes) {
    text += std::to_string(node.id) + " i" + std::to_string(node.instance) + " p" +
            std::to_string(node.parent) + " c" + std::to_string(node.counter) + " s" +
            std::to_string(node.step) + " " + kindName(node.kind) + (node.point ? "*" : "") + " " +
            node.position.text() + " [" + node.guard.to_string() + "]";
    if (node.value)
      text += " value=" + node.value->to_string();
    if (node.kind == NodeKind::Halt)
      text += " halt=" + std::to_string(static_cast<int>(node.halt)) + " " + node.runtimeErrorKind;
    text += "\n";
  }
  return text;
}

std::unique_ptr<Unfolded> unfoldSpec(LoadedSpec spec) {
  auto unfolded = std::make_unique<Unfolded>(std::move(spec));
  const LoadedSpec& loaded = unfolded->spec;
  Bounds bounds = effectiveBounds(loaded.directives.options, SpecOptions{});
  unfolded->semantics =
      std::make_unique<Semantics>(loaded.file, loaded.symbols, loaded.directives, bounds);
  unfolded->context = std::make_unique<z3::context>();
  const Semantics& semantics = *unfolded->semantics;
  unfolded->result = unfold(*unfolded->context, semantics.program(), semantics.initial().data(),
                            semantics.bounds());
  return unfolded;
}

std::unique_ptr<Unfolded> unfoldText(const std::string& text) {
  return unfoldSpec(analyzeSpec(SourceFile("t.ic", text)));
}

}  // namespace initcheck::symbolic
