// The unfolder's pure spin loops (compile/spin_loops.hpp; LANGUAGE.md section 5, livelock),
// after GenMC's spin-assume transformation (Kokologiannakis, Ren and Vafeiadis, "Dealing with
// Spin Loops in Model Checking", PLDI 2021, and GenMC's spin-loop detection): a loop whose
// iterations only read is not unrolled. Its iteration is walked once, its reads the thread's
// ordinary points; a path on which the iteration leaves the loop goes on (the reads of the
// last iteration), a path on which it goes round again ends there (assume false: the reads of
// a spin that goes on are those of a later iteration, whose other path this is). Iterations
// do not count against `unroll`. Whether a thread stopped right before the iteration (at its
// first point) is blocked is decided as for `await`: a probe walks the iteration over the
// final values (probe reads, walker_await.cpp), and where it goes round again the thread
// waits in the spin forever (Unfolding::spinWaits; the livelock query, encode_livelock.cpp).
#include "symbolic/walker.hpp"

namespace initcheck::symbolic {

std::optional<LoopExtent> Walker::spinLoopAt(BodyId bodyId, std::uint32_t start) {
  auto key = std::make_pair(bodyId, start);
  auto known = spinLoops_.find(key);
  if (known != spinLoops_.end())
    return known->second;
  std::optional<LoopExtent> loop = pureSpinLoop(body(bodyId), start);
  spinLoops_.emplace(key, loop);
  return loop;
}

// At a loop's LoopStart: a pure spin loop is walked as one iteration (with, outside a probe,
// the probe of its blocked condition). Any other loop unrolls, and so does the first iteration
// of one that assigns variables (spinAfterFirstIteration).
bool Walker::startSpin(PathState& s, const Instr& instr) {
  if (bounds_.unroll < 1 || (s.collector != nullptr && !s.collector->spinProbe))
    return true;
  std::optional<LoopExtent> loop = spinLoopAt(s.top().body, s.top().pc - 1);
  if (!loop || loop->assignsLocals)
    return true;
  return enterSpin(
      s,
      SpinContext{*loop, s.frames.size(), instr.position, false, false, -1, {}, false, false, {}});
}

// At the LoopIteration of a pure spin loop that assigns variables, not yet walked as a spin:
// the iteration just counted (the explicit executor counts the first; it compares variables at
// LoopIteration, so its spins are the runs from one LoopIteration to the next: the body, then
// the condition) and the rest of the loop is walked as a spin of such runs. A run that goes
// round again with a variable changed (a `let` in the body always changes one the first time,
// a counter every time) is no spin: it is counted and the next run begins (countChangedRun).
bool Walker::spinAfterFirstIteration(PathState& s, const Instr& instr) {
  if (s.collector != nullptr)
    return true;
  std::uint32_t iteration = s.top().pc - 1;
  for (const SpinContext& spin : s.spins) {
    if (spin.depth == s.frames.size() && spin.loop.iteration == iteration)
      return true;
  }
  const CompiledBody& code = body(s.top().body);
  std::uint32_t start = iteration;
  while (start > 0 && !(code.code[start].op == Op::LoopStart && code.code[start].a == instr.a))
    --start;
  std::optional<LoopExtent> loop = spinLoopAt(s.top().body, start);
  if (!loop || !loop->assignsLocals || loop->iteration != iteration)
    return true;
  SpinContext runs{*loop, s.frames.size(), instr.position, false, false, -1, {}, false, false, {}};
  runs.loop.top = iteration + 1;  // a run ends when the next LoopIteration is reached
  runs.runSlots = iterationSlots(s, iteration);
  return enterSpin(s, std::move(runs));
}

// The variables of the path's frame, loop counters blanked (as runtime/spin.cpp compares them).
std::vector<SymValue> Walker::iterationSlots(const PathState& s, std::uint32_t iteration) const {
  const CompiledBody& code = body(s.frames.back().body);
  std::vector<SymValue> slots = s.frames.back().slots;
  slots.at(static_cast<std::size_t>(code.code.at(iteration).a)) = SymValue::none();
  for (std::int64_t counter : nestedLoopCounters(code, iteration))
    slots.at(static_cast<std::size_t>(counter)) = SymValue::none();
  return slots;
}

// Whether a run of a loop that assigns variables, back at its LoopIteration, left them as
// they were when it began.
z3::expr Walker::runLeftSlots(const PathState& s, const SpinContext& spin) {
  std::vector<SymValue> now = iterationSlots(s, spin.loop.iteration);
  z3::expr same = context_.bool_val(true);
  for (std::size_t i = 0; i < now.size() && i < spin.runSlots.size(); ++i)
    same = same && valuesEqual(context_, now[i], spin.runSlots[i]);
  return same.simplify();
}

// The path, under `changed`, as a run that changed variables (or blocked in a wait) and went
// round again: counted against unroll (cut beyond it), then the next run begins, with its own
// blocked condition. A run of a loop that assigns no variable ends before the condition, so
// the count waits for the next run's LoopIteration (`countNow` false).
void Walker::countChangedRun(const PathState& s, const z3::expr& changed, bool countNow) {
  PathState next = s;
  next.guard = (s.guard && changed).simplify();
  if (next.guard.is_false())
    return;
  SpinContext& spin = next.spins.back();
  std::size_t slot = static_cast<std::size_t>(body(next.top().body).code.at(spin.loop.iteration).a);
  SymValue& counter = next.top().slots.at(slot);
  std::int64_t count = 0;
  counter.term->simplify().is_numeral_i64(count);
  if (countNow)
    counter = SymValue::scalar(ValueTag::Int, context_.int_val(count + 1));
  if (countNow && count + 1 > bounds_.unroll) {
    halt(next, HaltSpec{HaltKind::Cut, spin.position, "", BoundKind::Unroll});
    return;
  }
  spin.countsIteration = !countNow;
  spin.runSlots = iterationSlots(next, spin.loop.iteration);
  spin.started = false;  // the next run begins here
  spin.blockedInRun = false;
  spin.wroteInRun.reset();
  if (next.pendingSpin < 0) {
    SpinContext fresh = spin;
    next.spins.pop_back();
    fresh.probe = probeSpin(next, fresh);
    next.pendingSpin = fresh.probe;
    next.spins.push_back(std::move(fresh));
  }
  run(std::move(next));
}

bool Walker::enterSpin(PathState& s, SpinContext spin) {
  if (s.collector == nullptr && s.pendingSpin < 0) {  // an enclosing spin's probe covers it
    spin.probe = probeSpin(s, spin);
    s.pendingSpin = spin.probe;
  }
  s.spins.push_back(std::move(spin));
  return !failure_;
}

// Walks the iteration over the final values: per `while` position, where it goes round again.
std::int32_t Walker::probeSpin(const PathState& s, const SpinContext& spin) {
  PathState probe = s;
  SpinContext root = spin;
  root.probeRoot = true;
  probe.spins.push_back(root);
  EvaluationCollector collector;
  collector.anchor = s.parent;
  collector.probe = true;
  collector.failureEnables = true;
  collector.spinProbe = true;
  evaluate(std::move(probe), collector);
  std::vector<std::pair<SourcePosition, z3::expr>> blocked;
  for (const auto& continued : collector.spinContinues) {
    const SourcePosition& position = continued.first;
    auto same = [&](const auto& entry) { return entry.first == position; };
    auto it = std::find_if(blocked.begin(), blocked.end(), same);
    if (it == blocked.end())
      blocked.emplace_back(position, continued.second);
    else
      it->second = (it->second || continued.second).simplify();
  }
  spinProbes_.push_back(std::move(blocked));
  return static_cast<std::int32_t>(spinProbes_.size() - 1);
}

// Whether the path, about to run the instruction at its pc, leaves `spin`: at the loop's end
// (a false condition or a `break`), at a `return` of the loop's frame, or already returned.
bool Walker::leavesSpin(const PathState& s, const SpinContext& spin) const {
  if (s.frames.size() != spin.depth)
    return s.frames.size() < spin.depth;
  const SymFrame& frame = s.frames.back();
  if (frame.pc == spin.loop.end)
    return true;
  const auto& code = body(frame.body).code;
  return frame.pc < code.size() && code[frame.pc].op == Op::Return;
}

// Before each instruction of a path in a spin: false when the path ends here, because the
// iteration goes round again (recorded by a probe), or a probe's loop is left.
bool Walker::atSpinBoundary(PathState& s) {
  while (!s.spins.empty()) {
    SpinContext& spin = s.spins.back();
    if (leavesSpin(s, spin)) {
      if (spin.probeRoot)
        return false;
      if (s.pendingSpin >= 0 && s.pendingSpin == spin.probe)
        s.pendingSpin = -1;  // left without a point: nothing to wait at
      s.spins.pop_back();
      continue;
    }
    if (s.frames.size() != spin.depth || s.top().pc != spin.loop.top)
      return true;
    if (!spin.started) {
      spin.started = true;
      return true;
    }
    // A run of a loop that assigns variables that went round again with them changed is no
    // spin: the explicit executor counts it, and the loop goes on.
    // So is a run in which an atomic wait blocked.
    // So is a run in which an atomic wait blocked, or a cas stored.
    bool assigns = spin.loop.assignsLocals;
    z3::expr spins = assigns ? runLeftSlots(s, spin) : context_.bool_val(true);
    if (spin.blockedInRun)
      spins = context_.bool_val(false);
    if (spin.wroteInRun)
      spins = (spins && !*spin.wroteInRun).simplify();
    if (s.collector != nullptr && s.collector->spinProbe)
      s.collector->spinContinues.emplace_back(spin.position, (s.guard && spins).simplify());
    else if (assigns || spin.blockedInRun || spin.wroteInRun)
      countChangedRun(s, !spins, assigns);
    return false;
  }
  return true;
}

// In the probe of a spin's iteration, an effect (a write, a fence, a notify) makes the run no
// spin: it is noted (true) and not unfolded, and the caller goes on as if it had happened.
bool Walker::spinProbeEffect(PathState& s) {
  if (s.collector == nullptr || !s.collector->spinProbe)
    return false;
  noteSpinWrite(s, context_.bool_val(true));
  return true;
}

// A cas stored under `when`: so did the current run of every spin the path is in.
void Walker::noteSpinWrite(PathState& s, const z3::expr& when) {
  for (SpinContext& spin : s.spins)
    spin.wroteInRun = spin.wroteInRun ? (*spin.wroteInRun || when).simplify() : when;
}

// An atomic wait blocked: the runs of every spin the path is in are no spins.
void Walker::noteBlockedWait(PathState& s) {
  for (SpinContext& spin : s.spins)
    spin.blockedInRun = true;
}

// The spin loop the path is in whose LoopIteration this is (not counted), or none.
SpinContext* Walker::spinIteration(PathState& s) const {
  for (SpinContext& spin : s.spins) {
    if (spin.depth == s.frames.size() && spin.loop.iteration + 1 == s.frames.back().pc)
      return &spin;
  }
  return nullptr;
}

// The first point of a spin's iteration: where a thread stopped may wait in the spin.
void Walker::noteSpinPoint(PathState& s, NodeId point) {
  if (s.collector != nullptr)
    return;
  const auto& blocked = spinProbes_.at(static_cast<std::size_t>(s.pendingSpin));
  if (!blocked.empty())
    out_.spinWaits.push_back(SpinWait{point, blocked});
  s.pendingSpin = -1;
}

}  // namespace initcheck::symbolic
