// Dynamic partial-order reduction (`--reduction dpor`, the default): the persistent-set DPOR
// of Flanagan and Godefroid, "Dynamic partial-order reduction for model checking software",
// POPL 2005, with sleep sets (Godefroid, "Partial-order methods for the verification of
// concurrent systems", LNCS 1032, 1996), over the footprint dependency of runtime/footprint.hpp.
//
// The search walks one execution at a time (an explicit stack, like exhaustive_search.hpp).
// Every step is an event with a vector clock of the dependency order (its happens-before): an
// event's clock joins the clocks of its thread's previous event and of every earlier event it
// depends on. At every state reached, for every unfinished thread p (enabled or blocked) with
// next step f, the search finds the last earlier event e of another thread that depends on f,
// may be enabled together with it, and does not happen before p's current point; e and f race,
// so the state before e gets p as a thread to try (its backtrack set), or every thread enabled
// there when p was not. Blocked threads take part, so lock, once, join and await orders are
// all tried. A step that ends the execution (assertion, runtime error, cut) writes Halt and so
// races with every other thread's next step: each of them is tried before it.
//
// Sleep sets: after the subtree of thread t at state s, t sleeps in the later subtrees of s
// until a step dependent on t's next step runs. Sleeping threads are not scheduled; a state
// where every enabled thread sleeps ends a partial execution (stats.sleepBlocked). With sleep
// sets no two complete executions walked are equivalent (Godefroid 1996), and the backtrack
// sets are persistent sets, which keep every reachable state, deadlock and violation, though
// not every Mazurkiewicz trace (lastzero(5): 47 executions of its 64 traces). On the bench
// families, with the cache off, stats.executions is the number of traces (e.g. N! for N threads
// adding to one atomic); optimal DPOR (below) walks exactly one execution per trace.
//
// With the state cache on, the search is stateful. A state reached again (equal up to a
// renaming of interchangeable threads when symmetry is on, model/state_encoding.hpp) is not
// explored again when its first exploration is complete and slept on no thread that is awake
// now, i.e. the stored sleep set is a subset of the current one (Godefroid 1996, sleep sets
// with state caching); otherwise it is explored again and the intersection is stored. What its
// subtree would have added to the backtrack sets of the current path is recovered from a
// summary kept per state: every (thread, next-step access) seen in the subtree. Each is raced
// against every event of the current path, not only the last dependent one: a conservative
// form of the visible-operation summaries of Yang, Chen, Gopalakrishnan and Kirby, "Efficient
// stateful dynamic partial order reduction", SPIN 2008. A state met again while it is still
// on the path (a cycle) makes every state on the path explore every enabled thread. A cache
// that does not pay (under one hit per 10,000 lookups, reviewed every 2^20) steps aside:
// the rest of the search is stateless (stats.cacheAsideAfter says from which state on).
//
// Optimal DPOR (`--reduction optimal`): Abdulla, Aronis, Jonsson and
// Sagonas, "Optimal dynamic partial order reduction", POPL 2014. Each state keeps a wakeup tree
// (wakeup_tree.hpp) instead of a backtrack set. Every event e that races immediately with a
// thread's next step f (the maximal ones among the racing events, in happens-before) is
// reversed: the sequence notdep(e).f, what the path did after e without depending on it and
// then f, is inserted at the state before e unless a thread asleep there is a weak initial of
// it. Where f may be disabled by what the reversal leaves out (a lock, a wait, an await, a
// spin), the sequence is first replayed from that state, and when f is not enabled at its end
// the persistent-set rule above is used for that race. It is used too for races with a cached
// subtree's steps and for cycles, whose events are not on the path; only those can leave an
// execution sleep-blocked.
//
// Each violated property instance is kept once, with the cheapest counterexample found
// (fewest preemptions, then steps), as in the exhaustive search. A preemption bound is not
// combined with DPOR: explorer.cpp runs the exhaustive search for it.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "explore/counterexample_set.hpp"
#include "explore/dpor_summary.hpp"
#include "explore/explorer.hpp"
#include "explore/path_access_index.hpp"
#include "explore/path_cost.hpp"
#include "explore/progress_throttle.hpp"
#include "explore/search_budget.hpp"
#include "explore/thread_set.hpp"
#include "explore/wakeup_tree.hpp"
#include "model/semantics.hpp"
#include "runtime/footprint.hpp"

namespace initcheck {

class DporSearch {
 public:
  DporSearch(const Semantics& system, const ExploreOptions& options)
      : system_(system),
        options_(options),
        budget_(options),
        progress_(static_cast<bool>(options.progress)) {}

  ExplorationResult run();

 private:
  struct SleepEntry {
    ThreadId thread;
    Footprint footprint;  // its next step's, when it fell asleep
    // What that step did (over every choice of it) when it was explored: more than the thread
    // was poised at when the step finished the thread or ended the execution. Optimal DPOR
    // wakes and weighs sleeping threads by it.
    Footprint did;
  };

  // A step of the current execution.
  struct Event {
    ThreadId thread;
    std::optional<ThreadId> partner;   // moved in the same step (an unbuffered receive)
    Footprint footprint;               // what the step did
    std::vector<std::uint32_t> clock;  // clock[q] = 1 + index of q's last event before it
  };

  // A state on the current path and the search's sets there.
  struct Frame {
    State state{nullptr};  // set by enter (a default State would allocate one to throw away)
    std::optional<ThreadId> previous;
    PathCost cost;
    ThreadSet enabled, sleeping;
    WakeupTree wakeup;     // sequences still to begin here (one-step ones: the backtrack set)
    WakeupTree following;  // what follows `current`'s step in the sequences begun with it
    Footprint currentDid;  // what current's step did, over the choices taken so far
    std::vector<SleepEntry> sleep;  // asleep on arrival, then each explored thread (`sleeping`)
    std::vector<std::int32_t> lastEvent;  // per thread: index of the event its clock is from
    std::vector<Footprint> poised;        // per thread: its next step's footprint
    // With the cache on: the state's entry (stable while the cache lives) and its key's
    // renaming (actual thread id -> canonical id).
    DporCacheEntry* cached = nullptr;
    std::vector<ThreadId> toCanonical;
    DporSummary summary;        // next steps seen in this subtree (cache on)
    ThreadId current = 0;       // the thread whose successors are being taken
    std::uint32_t choices = 0;  // current's successors, made one at a time
    std::uint32_t nextChoice = 0;
    std::uint32_t currentPreemptions = 0;
    bool exploring = false;  // `current` has been scheduled here
    // One thread has not finished: nothing can race with its steps or be tried before them, so
    // once they are taken the frame's state is given back (releaseSoloState).
    bool solo = false;
    std::uint32_t soloSteps = 0;  // solo frames of one choice each right before this one
  };

  // A cache with fewer than one hit per kSparseHitRate lookups at the sparse decision
  // (ExploreOptions::cacheSparseDecision) is looked up from then on only at path depths that
  // are multiples of kSparseStride (lookedUpAt).
  static constexpr std::uint64_t kSparseHitRate = 8;
  static constexpr std::uint64_t kSparseStride = 4;
  // Past its first kSoloCacheStride states, a run of solo frames with one successor each is
  // looked up in the cache one state in kSoloCacheStride: each has one way in from the run,
  // and a path entering the run elsewhere (another thread's last step, another `choose`
  // value) meets a stored one within that many steps.
  static constexpr std::uint32_t kSoloCacheStride = 64;

  void advance();
  void releaseSoloState(Frame& top) const;
  void scheduleNext(Frame& top);
  void takeStep(Frame& top);
  void enter(State state, std::optional<ThreadId> previous, PathCost cost,
             std::vector<SleepEntry> sleep, std::vector<std::int32_t> lastEvent,
             WakeupTree inherited);
  void seedWakeup(Frame& frame, WakeupTree inherited, std::optional<ThreadId> previous,
                  ThreadSet awake) const;
  std::optional<ThreadId> nextToExplore(Frame& frame) const;
  void raceNextSteps(const Frame& at, const std::vector<std::int32_t>& last,
                     std::optional<ThreadId> skip, std::optional<ThreadId> alsoSkip);
  bool pruneByCache(Frame& frame);
  bool cacheDoesNotPay() const;
  void stepAsideFromCache();
  bool lookedUpAt(const Frame& frame) const;
  void decideSparseness();
  void leaveFrame();
  void mergeIntoParent(const DporSummary& summary);
  void endEvent();

  Event makeEvent(const Frame& top, const Successor& successor) const;
  std::vector<SleepEntry> childSleep(const Frame& top, const Successor& successor) const;
  std::vector<std::int32_t> childLastEvent(const Frame& top, const Successor& successor,
                                           std::size_t threadsAfter) const;
  // The race scan for one thread's next step (raceWithPath): the latest racing event only
  // (Flanagan and Godefroid), the immediate ones to reverse (optimal), or every one (a cached
  // subtree's steps).
  enum class RaceMode { Latest, Immediate, Every };
  struct RaceScan {
    ThreadId thread;
    const Footprint& next;
    const std::vector<std::int32_t>& last;
    RaceMode mode;
    bool replayToReverse = false;  // next may be disabled where a reversal moves it
    bool enabledNow = false;       // the thread can take its next step at the path's end
    boost::container::small_vector<std::uint32_t, 4> races = {};
  };

  void joinConflicting(std::vector<std::uint32_t>& clock, const Access& access) const;
  void raceWithPath(RaceScan scan);
  void scanResource(RaceScan& scan, const Access& access);
  bool considerRace(RaceScan& scan, std::uint32_t eventIndex);
  using Races = boost::container::small_vector<std::uint32_t, 4>;
  std::vector<std::uint32_t> immediateRaces(Races races) const;
  void reverseRace(const RaceScan& scan, std::uint32_t eventIndex);
  std::vector<std::uint32_t> notAfter(std::uint32_t eventIndex) const;
  bool enabledAfter(std::size_t frameIndex, const std::vector<std::uint32_t>& replayed,
                    ThreadId thread) const;
  void backtrackAt(std::size_t eventIndex, ThreadId thread);
  void backtrackAll(Frame& frame);
  WakeupStep stepAt(const Frame& frame, ThreadId thread) const;
  bool happensBefore(std::size_t eventIndex, ThreadId thread,
                     const std::vector<std::int32_t>& last) const;
  bool happensBeforeEvent(std::uint32_t earlier, std::uint32_t later) const;

  bool recordStep(const StepOutcome& outcome, PathCost cost);
  std::uint64_t statesSoFar() const;
  void reportProgress();
  ExplorationResult finish();

  const Semantics& system_;
  ExploreOptions options_;
  SearchBudget budget_;
  ProgressThrottle progress_;
  std::uint64_t deepestSteps_ = 0;  // the longest path so far (for the progress report)
  std::deque<Frame> stack_;         // a deque: pushing never moves the frames below
  std::vector<Event> events_;       // events_[i] was taken from stack_[i]
  PathAccessIndex accesses_;        // events_ by the resources they access
  std::vector<ScheduleStep> path_;  // the schedule of events_
  CounterexampleSet found_;
  DporCache cache_{options_.hashCompaction};
  std::uint64_t statesEntered_ = 0;
  std::uint64_t statesNotLookedUp_ = 0;  // entered with the cache on but not looked up
  std::uint64_t lookupStride_ = 1;       // the cache is looked up at depths multiple of it
  // The cache is looked up while it pays (stepAsideFromCache).
  static constexpr std::uint64_t kCacheMinimumHitRate = 10'000;
  bool cacheOn_ = options_.stateCache;
  bool optimal_ = options_.reduction == Reduction::Optimal;
  std::uint64_t cacheLookups_ = 0;
  ExplorationResult result_;
};

}  // namespace initcheck
