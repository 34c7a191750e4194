// Wakeup trees (see wakeup_tree.hpp for the definitions and their source).
#include "explore/wakeup_tree.hpp"

#include <algorithm>
#include <iterator>

namespace initcheck {

namespace {

bool moves(const WakeupStep& step, ThreadId thread) {
  return step.thread == thread || step.partner == thread;
}

bool independent(const WakeupStep& a, const WakeupStep& b) {
  if (moves(a, b.thread) || (b.partner && moves(a, *b.partner)))
    return false;
  return !dependent(a.footprint, b.footprint);
}

// The position of `thread`'s first step in `sequence` when it is an initial of it.
std::optional<std::size_t> initialAt(const WakeupSequence& sequence, ThreadId thread) {
  for (std::size_t at = 0; at < sequence.size(); ++at) {
    if (!moves(sequence[at], thread))
      continue;
    if (sequence[at].thread != thread)
      return std::nullopt;  // it is first moved as a partner: not a step of its own
    for (std::size_t before = 0; before < at; ++before) {
      if (!independent(sequence[before], sequence[at]))
        return std::nullopt;
    }
    return at;
  }
  return std::nullopt;
}

bool takesNoStepIn(const WakeupSequence& sequence, const WakeupStep& step) {
  return std::none_of(sequence.begin(), sequence.end(), [&](const WakeupStep& other) {
    return moves(other, step.thread) || (step.partner && moves(other, *step.partner));
  });
}

bool independentOfAll(const WakeupSequence& sequence, const WakeupStep& step) {
  return std::all_of(sequence.begin(), sequence.end(),
                     [&](const WakeupStep& other) { return independent(other, step); });
}

}  // namespace

bool weakInitial(const WakeupSequence& sequence, const WakeupStep& step) {
  if (initialAt(sequence, step.thread))
    return true;
  return takesNoStepIn(sequence, step) && independentOfAll(sequence, step);
}

ThreadId WakeupTree::lowestThread() const {
  ThreadId lowest = children_.front().step.thread;
  for (const Node& child : children_)
    lowest = std::min(lowest, child.step.thread);
  return lowest;
}

bool WakeupTree::begins(ThreadId thread) const {
  return std::any_of(children_.begin(), children_.end(),
                     [&](const Node& child) { return child.step.thread == thread; });
}

void WakeupTree::insert(WakeupSequence sequence) {
  std::vector<Node>* level = &children_;
  bool atRoot = true;
  while (!sequence.empty()) {
    if (!atRoot && level->empty())
      return;  // a leaf: the sequence to it covers the rest
    Node* next = nullptr;
    for (Node& child : *level) {
      if (std::optional<std::size_t> at = initialAt(sequence, child.step.thread)) {
        sequence.erase(sequence.begin() + static_cast<std::ptrdiff_t>(*at));
        next = &child;
        break;
      }
      if (takesNoStepIn(sequence, child.step) && independentOfAll(sequence, child.step)) {
        next = &child;
        break;
      }
    }
    if (next == nullptr) {
      addChain(*level, sequence, 0);
      return;
    }
    level = &next->children;
    atRoot = false;
  }
}

void WakeupTree::addFirst(WakeupStep step) {
  if (begins(step.thread))
    return;
  children_.push_back(Node{std::move(step), {}});
}

WakeupTree WakeupTree::takeSubtree(ThreadId thread) {
  WakeupTree subtree;
  auto found = std::find_if(children_.begin(), children_.end(),
                            [&](const Node& child) { return child.step.thread == thread; });
  if (found == children_.end())
    return subtree;
  subtree.children_ = std::move(found->children);
  children_.erase(found);
  return subtree;
}

void WakeupTree::addChain(std::vector<Node>& level, WakeupSequence& sequence, std::size_t from) {
  std::vector<Node>* at = &level;
  for (std::size_t i = from; i < sequence.size(); ++i) {
    at->push_back(Node{std::move(sequence[i]), {}});
    at = &at->back().children;
  }
}

}  // namespace initcheck
