// The DPOR search (see dpor_search.hpp for the algorithm and its sources).
#include "explore/dpor_search.hpp"

#include "explore/orbit_completion.hpp"
#include "explore/step_records.hpp"

namespace initcheck {

namespace {

std::uint32_t clockAt(const std::vector<std::uint32_t>& clock, ThreadId thread) {
  return thread < clock.size() ? clock[thread] : 0;
}

void joinClock(std::vector<std::uint32_t>& into, const std::vector<std::uint32_t>& other) {
  if (into.size() < other.size())
    into.resize(other.size(), 0);
  for (std::size_t i = 0; i < other.size(); ++i)
    into[i] = std::max(into[i], other[i]);
}

ThreadSet renamedSet(ThreadSet set, const std::vector<ThreadId>& map) {
  ThreadSet result;
  for (ThreadId t = 0; t < map.size(); ++t) {
    if (set.contains(t))
      result.insert(map[t]);
  }
  return result;
}

bool isIdentity(const std::vector<ThreadId>& map) {
  for (ThreadId t = 0; t < map.size(); ++t) {
    if (map[t] != t)
      return false;
  }
  return true;
}

}  // namespace

ExplorationResult DporSearch::run() {
  static_assert(std::is_nothrow_move_constructible_v<Frame>);
  static_assert(std::is_nothrow_move_constructible_v<Event>);
  if (recordStep(system_.initialOutcome(), PathCost{})) {
    ++result_.stats.executions;
    return finish();
  }
  State initial = system_.initial();
  std::vector<std::int32_t> last(system_.threadCount(initial), -1);
  enter(std::move(initial), std::nullopt, PathCost{}, {}, std::move(last), WakeupTree());
  while (!stack_.empty() && !budget_.stopsSearch(result_.stats.transitions, result_)) {
    advance();
    if (progress_.due())
      reportProgress();
  }
  return finish();
}

void DporSearch::advance() {
  Frame& top = stack_.back();
  if (top.nextChoice < top.choices)
    takeStep(top);
  else
    scheduleNext(top);
}

// The current thread's successors are all taken: it joins the done threads (asleep for the
// later subtrees). Then the next backtrack thread that is awake runs, or the frame is left.
void DporSearch::scheduleNext(Frame& top) {
  if (top.exploring) {
    top.exploring = false;
    top.choices = 0;
    top.sleeping.insert(top.current);
    top.sleep.push_back(SleepEntry{top.current, top.poised[top.current], top.currentDid});
    top.following = WakeupTree();
    top.currentDid = Footprint();
  }
  std::optional<ThreadId> next = nextToExplore(top);
  if (!next) {
    leaveFrame();
    return;
  }
  ThreadId thread = *next;
  top.following = top.wakeup.takeSubtree(thread);
  bool preemption = top.previous && *top.previous != thread && top.enabled.contains(*top.previous);
  top.current = thread;
  top.currentPreemptions = top.cost.preemptions + (preemption ? 1 : 0);
  top.choices = system_.choiceCount(top.state, thread);
  top.nextChoice = 0;
  top.exploring = true;
}

void DporSearch::takeStep(Frame& top) {
  ThreadId thread = top.current;
  Successor successor = system_.replayStep(top.state, thread, top.nextChoice++);
  // Every choice of the step begins the sequences that follow it; the last one takes them.
  WakeupTree inherited = top.nextChoice < top.choices ? top.following : std::move(top.following);
  if (optimal_) {
    for (const Access& access : successor.outcome.footprint.accesses)
      top.currentDid.add(access);
  }
  PathCost cost = top.cost.then(top.currentPreemptions, successor.outcome);
  std::vector<SleepEntry> sleep = childSleep(top, successor);
  std::vector<std::int32_t> last =
      childLastEvent(top, successor, system_.threadCount(successor.state));
  events_.push_back(makeEvent(top, successor));
  accesses_.push(static_cast<std::uint32_t>(events_.size() - 1), thread, events_.back().footprint);
  path_.push_back(ScheduleStep{thread, successor.choice});
  ++result_.stats.transitions;
  deepestSteps_ = std::max(deepestSteps_, cost.steps);
  if (recordStep(successor.outcome, cost)) {
    // The execution ends here: every other thread's next step races with this last one.
    raceNextSteps(top, last, thread, successor.outcome.partner);
    ++result_.stats.executions;
    endEvent();
    releaseSoloState(top);
    return;
  }
  releaseSoloState(top);
  enter(std::move(successor.state), thread, cost, std::move(sleep), std::move(last),
        std::move(inherited));
}

// A solo frame's state once its step is taken (every choice of it): no race can bring the
// search back to it (the threads that run later are the solo thread's children, ordered after
// its steps), so only its sets and the event it made are kept. Straight-line code then keeps
// one state on the stack instead of one per step.
void DporSearch::releaseSoloState(Frame& top) const {
  if (top.solo && top.nextChoice == top.choices)
    top.state = State(nullptr);
}

void DporSearch::enter(State state, std::optional<ThreadId> previous, PathCost cost,
                       std::vector<SleepEntry> sleep, std::vector<std::int32_t> lastEvent,
                       WakeupTree inherited) {
  ++statesEntered_;
  Frame frame;
  frame.state = std::move(state);
  frame.solo = system_.unfinishedThreads(frame.state) == 1;
  if (!stack_.empty() && stack_.back().solo && stack_.back().choices == 1)
    frame.soloSteps = stack_.back().soloSteps + 1;
  frame.previous = previous;
  frame.cost = cost;
  for (ThreadId t : system_.enabledThreads(frame.state))
    frame.enabled.insert(t);
  frame.sleep = std::move(sleep);
  for (const SleepEntry& entry : frame.sleep)
    frame.sleeping.insert(entry.thread);
  frame.lastEvent = std::move(lastEvent);
  std::size_t threads = system_.threadCount(frame.state);
  frame.poised.resize(threads);
  for (ThreadId q = 0; q < threads; ++q) {
    frame.poised[q] = system_.poisedFootprint(frame.state, q);
    if (cacheOn_)
      frame.summary.add(q, frame.poised[q]);
  }
  raceNextSteps(frame, frame.lastEvent, std::nullopt, std::nullopt);
  if (frame.enabled.empty()) {
    recordFinalState(system_, frame.state, path_, cost, found_);
    ++result_.stats.executions;
    mergeIntoParent(frame.summary);
    endEvent();
    return;
  }
  ThreadSet awake = frame.enabled.minus(frame.sleeping);
  if (awake.empty()) {
    ++result_.stats.sleepBlocked;
    mergeIntoParent(frame.summary);
    endEvent();
    return;
  }
  if (cacheOn_ && !lookedUpAt(frame))
    ++statesNotLookedUp_;
  else if (cacheOn_ && pruneByCache(frame))
    return;
  seedWakeup(frame, std::move(inherited), previous, awake);
  stack_.push_back(std::move(frame));
}

// The sequences inherited from the parent's wakeup tree that can begin here (all of them, but
// for a choice other than the one they were found with); without any, one awake thread: the
// previous one if it is awake (fewer preemptions), else the first.
void DporSearch::seedWakeup(Frame& frame, WakeupTree inherited, std::optional<ThreadId> previous,
                            ThreadSet awake) const {
  frame.wakeup = std::move(inherited);
  nextToExplore(frame);
  if (!frame.wakeup.empty())
    return;
  ThreadId first = previous && awake.contains(*previous) ? *previous : awake.first();
  frame.wakeup.addFirst(stepAt(frame, first));
}

// A thread's next step at a frame, for its wakeup tree (the footprint only optimal DPOR reads).
WakeupStep DporSearch::stepAt(const Frame& frame, ThreadId thread) const {
  return WakeupStep{thread, std::nullopt, optimal_ ? frame.poised[thread] : Footprint()};
}

// The first sequence of the frame's wakeup tree whose thread can move here (enabled, awake);
// the ones that cannot are dropped. Without wakeup trees, the lowest such thread.
std::optional<ThreadId> DporSearch::nextToExplore(Frame& frame) const {
  frame.wakeup.dropIf(
      [&](ThreadId t) { return !frame.enabled.contains(t) || frame.sleeping.contains(t); });
  if (frame.wakeup.empty())
    return std::nullopt;
  return optimal_ ? frame.wakeup.firstThread() : frame.wakeup.lowestThread();
}

// Races every thread's next step at `at` (but the skipped ones) with the path.
void DporSearch::raceNextSteps(const Frame& at, const std::vector<std::int32_t>& last,
                               std::optional<ThreadId> skip, std::optional<ThreadId> alsoSkip) {
  RaceMode mode = optimal_ ? RaceMode::Immediate : RaceMode::Latest;
  for (ThreadId q = 0; q < at.poised.size(); ++q) {
    if (q == skip || q == alsoSkip)
      continue;
    bool replay =
        mode == RaceMode::Immediate && (!at.enabled.contains(q) || system_.mayBlock(at.state, q));
    raceWithPath(RaceScan{q, at.poised[q], last, mode, replay, at.enabled.contains(q)});
  }
}

// Whether a frame about to be pushed (at depth stack_.size()) is looked up in the cache. A
// state not looked up is explored as with the cache off, which stays sound (a revisit of it is
// explored again); its subtree's summary still reaches the stored states above it.
bool DporSearch::lookedUpAt(const Frame& frame) const {
  if (frame.soloSteps > kSoloCacheStride)
    return frame.soloSteps % kSoloCacheStride == 0;
  return stack_.size() % lookupStride_ == 0;
}

// A cache that has hit less than one lookup in kSparseHitRate so far is looked up one depth in
// kSparseStride: where states come back through different paths they mostly do so at equal
// depths (the same steps in another order), and a path entering the unstored depths between
// meets a stored one within kSparseStride steps. Storing a quarter of the states cuts the
// hashing and the memory of the searches whose states seldom come back (dcla-8: 242 to 78 MB,
// 14.4 to 11.8 s; indexer-15: 59 to 23 MB), while those that hit early keep every state (the
// bench families and the paper's programs split cleanly at 4096 lookups: none of dcla-6/7/8,
// indexer-15 or filesystem-19 had hit by then, go_loop_8, writes3-5 and the Once protocols had
// hit 1,000 to 2,800 times).
void DporSearch::decideSparseness() {
  if (result_.stats.cacheHits * kSparseHitRate < cacheLookups_)
    lookupStride_ = kSparseStride;
  result_.stats.cacheLookupStride = lookupStride_;
}

// With the cache on: true when the state was explored before with no more threads awake;
// its subtree's next steps then race with the current path, and the state is not entered.
bool DporSearch::pruneByCache(Frame& frame) {
  if (++cacheLookups_ == options_.cacheSparseDecision)
    decideSparseness();
  if (cacheLookups_ % options_.cacheReviewInterval == 0 && cacheDoesNotPay()) {
    stepAsideFromCache();
    return false;
  }
  CompactKey key = cache_.keyOf(system_, frame.state, options_.symmetry);
  ThreadSet sleepingNow = renamedSet(frame.sleeping, key.toCanonical);
  auto [entry, fresh] = cache_.insert(key);
  if (!fresh && !entry->complete) {
    // The state is on the current path (a cycle): explore every thread everywhere on it.
    for (Frame& onPath : stack_)
      backtrackAll(onPath);
    ++result_.stats.cacheHits;
    mergeIntoParent(frame.summary);
    endEvent();
    return true;
  }
  if (!fresh && entry->sleep.subsetOf(sleepingNow)) {
    ++result_.stats.cacheHits;
    DporSummary subtree = entry->summary->renamed(inverseOf(key.toCanonical));
    for (const SummaryEntry& next : subtree.entries()) {
      Footprint footprint;
      footprint.add(next.access);
      raceWithPath(RaceScan{next.thread, footprint, frame.lastEvent, RaceMode::Every});
    }
    mergeIntoParent(subtree);
    endEvent();
    return true;
  }
  entry->sleep = fresh ? sleepingNow : entry->sleep.intersect(sleepingNow);
  entry->complete = false;
  frame.cached = entry;
  frame.toCanonical = std::move(key.toCanonical);
  return false;
}

// The cache pays when states come back: with fewer than one hit per kCacheMinimumHitRate
// lookups at a review (every ExploreOptions::cacheReviewInterval lookups), hashing and storing
// every state costs more than the subtrees it saves (each state of such a search is new: its key
// carries what the path did).
bool DporSearch::cacheDoesNotPay() const {
  return result_.stats.cacheHits * kCacheMinimumHitRate < cacheLookups_;
}

// From now on the search is stateless (as with --state-cache off), which stays sound: a state
// pruned before was pruned with its subtree's races added to the path, and states no longer
// looked up are explored again. The memory the cache held is given back.
void DporSearch::stepAsideFromCache() {
  cacheOn_ = false;
  result_.stats.cacheAsideAfter = statesEntered_;
  result_.stats.hashOmissionBound = cache_.omissionBound();
  cache_ = DporCache(options_.hashCompaction);
  for (Frame& onPath : stack_) {
    onPath.cached = nullptr;
    onPath.summary = DporSummary();
  }
}

void DporSearch::leaveFrame() {
  Frame& top = stack_.back();
  DporSummary summary = std::move(top.summary);
  const DporSummary* merged = &summary;
  if (DporCacheEntry* entry = top.cached) {
    entry->complete = true;
    if (isIdentity(top.toCanonical)) {  // the summary is canonical as it is
      entry->summary = cache_.intern(std::move(summary));
      merged = entry->summary;
    } else {
      entry->summary = cache_.intern(summary.renamed(top.toCanonical));
    }
  }
  stack_.pop_back();
  mergeIntoParent(*merged);
  endEvent();
}

void DporSearch::mergeIntoParent(const DporSummary& summary) {
  if (cacheOn_ && !stack_.empty())
    stack_.back().summary.addAll(summary);
}

void DporSearch::endEvent() {
  if (path_.empty())
    return;
  path_.pop_back();
  accesses_.pop(events_.back().footprint);
  events_.pop_back();
}

DporSearch::Event DporSearch::makeEvent(const Frame& top, const Successor& successor) const {
  Event event;
  event.thread = top.current;
  event.partner = successor.outcome.partner;
  event.footprint = successor.outcome.footprint;
  auto joinThread = [&](ThreadId t) {
    if (t < top.lastEvent.size() && top.lastEvent[t] >= 0)
      joinClock(event.clock, events_[static_cast<std::size_t>(top.lastEvent[t])].clock);
  };
  joinThread(event.thread);
  if (successor.outcome.partner)
    joinThread(*successor.outcome.partner);
  if (event.footprint.halts) {  // dependent with every event: each thread's last one covers it
    for (ThreadId t = 0; t < top.lastEvent.size(); ++t)
      joinThread(t);
  }
  for (const Access& access : event.footprint.accesses)
    joinConflicting(event.clock, access);
  for (std::uint32_t halting : accesses_.haltingEvents())
    joinClock(event.clock, events_[halting].clock);
  if (event.clock.size() <= event.thread)
    event.clock.resize(event.thread + 1, 0);
  event.clock[event.thread] = static_cast<std::uint32_t>(events_.size() + 1);
  return event;
}

// Joins the clocks of the path's events whose access to `access`'s resource conflicts with it:
// the last write (which happens after every earlier access) and, for a write, the latest read of
// each thread since then (path_access_index.hpp).
void DporSearch::joinConflicting(std::vector<std::uint32_t>& clock, const Access& access) const {
  const auto& entries = accesses_.accessesOf(access);
  if (entries.empty())
    return;
  std::int32_t lastWrite = PathAccessIndex::lastWrite(entries);
  if (lastWrite >= 0)
    joinClock(clock, events_[entries[static_cast<std::size_t>(lastWrite)].event].clock);
  if (access.mode != AccessMode::Write)
    return;
  ThreadSet joined;
  for (auto at = static_cast<std::int32_t>(entries.size()) - 1; at > lastWrite; --at) {
    const PathAccessIndex::Entry& read = entries[static_cast<std::size_t>(at)];
    if (joined.contains(read.thread))
      continue;
    joined.insert(read.thread);
    joinClock(clock, events_[read.event].clock);
  }
}

std::vector<DporSearch::SleepEntry> DporSearch::childSleep(const Frame& top,
                                                           const Successor& successor) const {
  std::vector<SleepEntry> sleep;
  for (const SleepEntry& entry : top.sleep) {
    if (entry.thread == top.current || entry.thread == successor.outcome.partner)
      continue;
    if (!dependent(optimal_ ? entry.did : entry.footprint, successor.outcome.footprint))
      sleep.push_back(entry);
  }
  return sleep;
}

std::vector<std::int32_t> DporSearch::childLastEvent(const Frame& top, const Successor& successor,
                                                     std::size_t threadsAfter) const {
  auto index = static_cast<std::int32_t>(events_.size());
  std::vector<std::int32_t> last = top.lastEvent;
  last.resize(std::max(last.size(), threadsAfter), index);  // spawned: from this step's clock
  last[top.current] = index;
  if (successor.outcome.partner)
    last[*successor.outcome.partner] = index;
  return last;
}

// The races of `thread`'s step `next` with the path: the events of other threads that are
// dependent with it, may be enabled together with it, and do not happen before `thread`'s point.
// Flanagan and Godefroid's backtracking gives the last of them `thread` to try before it (or
// every thread enabled there when `thread` was not); optimal DPOR reverses the immediate ones
// (reverseRace); a cached subtree's steps backtrack at every one. Only the events that access a
// resource of `next` are visited (path_access_index.hpp).
void DporSearch::raceWithPath(RaceScan scan) {
  if (scan.next.empty())
    return;
  if (scan.next.halts) {  // dependent with every event
    for (std::uint32_t i = 0; i < events_.size(); ++i)
      considerRace(scan, i);
  } else {
    for (std::uint32_t halting : accesses_.haltingEvents())
      considerRace(scan, halting);
    for (const Access& access : scan.next.accesses)
      scanResource(scan, access);
  }
  if (scan.races.empty())
    return;
  switch (scan.mode) {
    case RaceMode::Latest:
      backtrackAt(*std::max_element(scan.races.begin(), scan.races.end()), scan.thread);
      break;
    case RaceMode::Every:
      for (std::uint32_t race : scan.races) {
        if (optimal_)
          backtrackAll(stack_[race]);
        else
          backtrackAt(race, scan.thread);
      }
      break;
    case RaceMode::Immediate:
      for (std::uint32_t race : immediateRaces(scan.races))
        reverseRace(scan, race);
      break;
  }
}

// Walks the resource's conflicting accesses from the newest back, up to a write that happens
// before the thread's point (every earlier access happens before that write). The latest race
// ends the walk; for the immediate ones, a racing write does (everything earlier happens before
// it).
void DporSearch::scanResource(RaceScan& scan, const Access& access) {
  const auto& entries = accesses_.accessesOf(access);
  bool writes = access.mode == AccessMode::Write;
  auto at = static_cast<std::int32_t>(entries.size()) - 1;
  if (!writes && at >= 0)
    at = PathAccessIndex::lastWrite(entries);
  while (at >= 0) {
    const PathAccessIndex::Entry& entry = entries[static_cast<std::size_t>(at)];
    bool ordered =
        entry.thread == scan.thread || happensBefore(entry.event, scan.thread, scan.last);
    if (ordered && entry.writes)
      return;
    if (!ordered && considerRace(scan, entry.event)) {
      if (scan.mode == RaceMode::Latest || (scan.mode == RaceMode::Immediate && entry.writes))
        return;
    }
    at = writes ? at - 1 : entry.previousWrite;
  }
}

// Whether event i races with the scan's step (another thread's, possibly co-enabled, not
// before the thread's point); records it.
bool DporSearch::considerRace(RaceScan& scan, std::uint32_t i) {
  const Event& event = events_[i];
  if (event.thread == scan.thread || !dependent(event.footprint, scan.next) ||
      !mayBeCoEnabled(event.footprint, scan.next) || happensBefore(i, scan.thread, scan.last))
    return false;
  scan.races.push_back(i);
  return true;
}

// The racing events that happen before no other racing event: nothing between them and the
// step orders them (the paper's e ≲ f).
std::vector<std::uint32_t> DporSearch::immediateRaces(Races races) const {
  std::sort(races.begin(), races.end());
  races.erase(std::unique(races.begin(), races.end()), races.end());
  std::vector<std::uint32_t> immediate;
  for (std::uint32_t race : races) {
    bool covered = std::any_of(races.begin(), races.end(), [&](std::uint32_t later) {
      return later > race && happensBeforeEvent(race, later);
    });
    if (!covered)
      immediate.push_back(race);
  }
  return immediate;
}

// Optimal DPOR's reversal of the race between event i and the scan's step f: the sequence
// notdep(i).f goes into the wakeup tree of the state before i, unless a thread asleep there is
// a weak initial of it (an equivalent execution was explored). When f may be disabled without
// what the sequence leaves out, it is replayed first; if f is not enabled at its end, the race
// falls back to the persistent-set rule.
void DporSearch::reverseRace(const RaceScan& scan, std::uint32_t i) {
  std::vector<std::uint32_t> kept = notAfter(i);
  if (scan.replayToReverse && !enabledAfter(i, kept, scan.thread)) {
    if (!scan.enabledNow)
      backtrackAt(i, scan.thread);
    return;
  }
  WakeupSequence sequence;
  sequence.reserve(kept.size() + 1);
  for (std::uint32_t j : kept)
    sequence.push_back(WakeupStep{events_[j].thread, events_[j].partner, events_[j].footprint});
  sequence.push_back(WakeupStep{scan.thread, std::nullopt, scan.next});
  Frame& frame = stack_[i];
  for (const SleepEntry& asleep : frame.sleep) {
    if (weakInitial(sequence, WakeupStep{asleep.thread, std::nullopt, asleep.did}))
      return;
  }
  frame.wakeup.insert(std::move(sequence));
}

// The events after event i that do not happen after it, in path order.
std::vector<std::uint32_t> DporSearch::notAfter(std::uint32_t i) const {
  std::vector<std::uint32_t> kept;
  for (auto j = static_cast<std::uint32_t>(i + 1); j < events_.size(); ++j) {
    if (!happensBeforeEvent(i, j))
      kept.push_back(j);
  }
  return kept;
}

// Replays the path's events `replayed` from the state before event `frameIndex` and says whether
// `thread` is enabled at the end.
bool DporSearch::enabledAfter(std::size_t frameIndex, const std::vector<std::uint32_t>& replayed,
                              ThreadId thread) const {
  State state = stack_[frameIndex].state;
  for (std::uint32_t j : replayed) {
    const ScheduleStep& step = path_[j];
    if (!system_.enabled(state, step.thread) ||
        step.choice >= system_.choiceCount(state, step.thread))
      return false;
    Successor successor = system_.replayStep(state, step.thread, step.choice);
    if (successor.outcome.executionEnded || successor.outcome.cut)
      return false;
    state = std::move(successor.state);
  }
  return system_.enabled(state, thread);
}

// The persistent-set rule: `thread` is tried at the state before the event, or every thread
// enabled there when it is not.
void DporSearch::backtrackAt(std::size_t eventIndex, ThreadId thread) {
  Frame& frame = stack_[eventIndex];
  if (frame.enabled.contains(thread))
    frame.wakeup.addFirst(stepAt(frame, thread));
  else
    backtrackAll(frame);
}

void DporSearch::backtrackAll(Frame& frame) {
  frame.enabled.forEach([&](ThreadId t) { frame.wakeup.addFirst(stepAt(frame, t)); });
}

bool DporSearch::happensBeforeEvent(std::uint32_t earlier, std::uint32_t later) const {
  return clockAt(events_[later].clock, events_[earlier].thread) >= earlier + 1;
}

bool DporSearch::happensBefore(std::size_t eventIndex, ThreadId thread,
                               const std::vector<std::int32_t>& last) const {
  if (thread >= last.size() || last[thread] < 0)
    return false;
  const Event& latest = events_[static_cast<std::size_t>(last[thread])];
  return clockAt(latest.clock, events_[eventIndex].thread) >= eventIndex + 1;
}

bool DporSearch::recordStep(const StepOutcome& outcome, PathCost cost) {
  return recordStepOutcome(outcome, path_, cost, found_, result_.boundsHit);
}

std::uint64_t DporSearch::statesSoFar() const {
  return cacheOn_ ? cache_.size() + statesNotLookedUp_ : statesEntered_;
}

// A preemption bound never reaches the DPOR (explorer.cpp): the report has none.
void DporSearch::reportProgress() {
  options_.progress(
      searchProgress(result_.stats, statesSoFar(), budget_.elapsedSeconds(), deepestSteps_));
}

ExplorationResult DporSearch::finish() {
  if (options_.stateCache && options_.symmetry)
    completeOrbits(system_, system_.interchangeableThreads(), found_);
  result_.counterexamples = found_.sorted();
  result_.stats.states = statesSoFar();
  result_.stats.seconds = budget_.elapsedSeconds();
  if (cacheOn_)
    result_.stats.hashOmissionBound = cache_.omissionBound();
  return std::move(result_);
}

}  // namespace initcheck
