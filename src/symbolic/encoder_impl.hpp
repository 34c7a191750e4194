// The encoder's private state, shared by the encode_*.cpp files: one activity literal and one
// clock per node, indexes of the nodes by location and by object, the rendezvous choices, the
// vector clocks, and the rules collected so far. Each encode_*.cpp file defines the members of
// one concept (see the comment at the top of each file).
#pragma once

#include <z3++.h>

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "symbolic/encoder.hpp"

namespace initcheck::symbolic {

using Terms = std::vector<z3::expr>;

struct Encoder::Impl {
  Impl(z3::context& context, const Unfolding& unfolding, const LimitWatcher* watcher);

  z3::context& ctx;
  const Unfolding& unfolding;
  const LimitWatcher* watcher;  // polled by require() and the n-ary term builders
  std::vector<z3::expr> rules;
  void stopIfLimited() const {
    if (watcher != nullptr)
      watcher->stopIfFired();
  }

  // --- encode_terms.cpp: small term builders and node facts ---
  const Node& node(NodeId id) const { return unfolding.nodes[static_cast<std::size_t>(id)]; }
  const Instance& instanceOf(NodeId id) const;
  std::size_t instanceCount() const { return unfolding.instances.size(); }
  z3::expr truth(bool value) const { return ctx.bool_val(value); }
  z3::expr number(std::int64_t value) const { return ctx.int_val(value); }
  z3::expr anyOf(const Terms& terms) const;
  z3::expr allOf(const Terms& terms) const;
  z3::expr countOf(const Terms& conditions) const;
  z3::expr sumOf(const Terms& terms) const;
  z3::expr maxOf(const z3::expr& a, const z3::expr& b) const;
  struct Candidate;
  // `result` is the maximum of `base` and the values (Candidate::step) whose condition holds,
  // stated as "at least each, and equal to one" rather than a chain of ite(a >= b, a, b): a
  // chain repeats each partial maximum twice, and Z3's preprocessing of the asserted terms
  // grows with the chain's tree, exponentially in the candidates.
  void requireMaximumOf(const z3::expr& result, const z3::expr& base,
                        const std::vector<Candidate>& candidates);
  z3::expr literalOr(const std::optional<z3::expr>& literal, bool absent) const;
  bool sameSort(const z3::expr& a, const z3::expr& b) const;
  void require(const z3::expr& rule) {
    stopIfLimited();
    rules.push_back(rule);
  }
  // Every node satisfying `wanted`, in id order.
  std::vector<NodeId> nodesWhere(const std::function<bool(const Node&)>& wanted) const;
  std::vector<NodeId> nodesOn(ObjectId object, NodeKind kind) const;

  // --- encode_structure.cpp: activity, clocks, program order, halts, threads bound ---
  std::vector<z3::expr> active;
  std::vector<z3::expr> stepClock;  // per node: a fresh Int for steps, else unused
  std::vector<NodeId> steps;        // point nodes that are schedule steps
  std::vector<NodeId> halts;
  std::vector<bool> inTree;  // reachable from an instance root
  std::vector<std::vector<NodeId>> children;
  bool isStep(NodeId id) const;
  bool isTreeNode(NodeId id) const;
  bool isInitializerFailure(
      NodeId id) const;  // reachable from an instance root (not a final probe)
  z3::expr clockOf(NodeId id) const;
  z3::expr before(NodeId a, NodeId b) const { return clockOf(a) < clockOf(b); }
  z3::expr errorOf(NodeId id) const { return literalOr(node(id).errorLiteral, false); }
  z3::expr spawned(InstanceId instance) const;   // the instance exists
  z3::expr rootBase(InstanceId instance) const;  // its root may run
  z3::expr parentRan(NodeId id) const;           // the node's parent (or spawn) ran
  z3::expr finishedAtEnd(InstanceId instance) const;
  z3::expr finishedBefore(InstanceId instance, const z3::expr& clock) const;
  z3::expr poised(NodeId id) const;  // the thread stopped right before this point
  z3::expr noHalt() const;
  NodeId previousStep(NodeId id) const;
  void createNodeTerms();
  void encodeActivity();
  void encodeProgramOrder();
  void encodeDistinctClocks();
  void encodeHalts();
  void encodeThreadsBound();
  z3::expr aliveAt(NodeId go) const;

  // --- encode_reads.cpp: read-from, sequentially consistent or RC11's free choice ---
  std::vector<std::vector<NodeId>> writesAt;  // per location: Write and storing Atomic nodes
  std::vector<std::vector<NodeId>> readsAt;   // per location: non-probe reading nodes
  std::map<std::pair<NodeId, NodeId>, z3::expr> readsFromCache;
  bool isReader(const Node& n) const;
  bool isWriter(const Node& n) const {
    return n.kind == NodeKind::Write || (n.kind == NodeKind::Atomic && n.writes);
  }
  z3::expr writeActive(NodeId write) const;
  std::optional<z3::expr> writtenValue(NodeId write) const;
  std::optional<z3::expr> initialValue(LocationId location) const;
  bool hasInitial(LocationId location) const;
  std::vector<NodeId> sourcesOf(NodeId reader) const;  // writes, then kInitialWrite
  z3::expr readsFrom(NodeId reader, NodeId source);    // sc: source is the latest before reader
  bool followsRc11(LocationId location) const;         // its reads choose (runtime/memory_mode)
  z3::expr rfChoice(NodeId reader) const;              // rc11: the index into sourcesOf(reader)
  z3::expr latestInMo(NodeId probe, NodeId source);    // rc11: source is the mo-last write
  z3::expr moOf(NodeId write) const;                   // rc11: the write's place in mo (init 0)
  z3::expr moRead(NodeId reader) const;                // rc11: the place of the write it read
  z3::expr anyWriteBefore(LocationId location, const z3::expr& clock) const;
  z3::expr anyWriteAtEnd(LocationId location) const;
  void indexAccesses();
  void encodeReads();
  void encodeReader(NodeId reader);

  // --- encode_coherence.cpp: RC11's per-location coherence and RMW atomicity ---
  bool poBefore(NodeId a, NodeId b) const;  // same instance, a earlier in its program order
  z3::expr hb(NodeId a, NodeId b) const;    // strict happens-before between two nodes
  void encodeCoherence();
  void encodeLocationCoherence(LocationId location);

  // --- encode_psc.cpp: RC11's psc acyclicity over seq_cst accesses and fences ---
  bool isSeqCstEvent(const Node& n) const;    // may be seq_cst (a cas: by one of its orders)
  z3::expr seqCstWhen(NodeId id) const;       // is seq_cst (a cas: by its outcome)
  std::int64_t placeOf(const Node& n) const;  // location, -2 - object, -1 nowhere
  bool isLoggedEvent(const Node& n) const;    // an event po|≠loc steps over (psc.hpp)
  std::vector<NodeId> nextAtOtherPlace(NodeId id) const;
  NodeId lastAtOtherPlace(NodeId id) const;
  z3::expr isWrite(NodeId id) const;
  z3::expr isRead(NodeId id) const;
  z3::expr moEdge(NodeId a, NodeId b) const;
  z3::expr rbEdge(NodeId a, NodeId b) const;
  z3::expr ecoEdge(NodeId a, NodeId b) const;
  z3::expr scbBetweenAccesses(NodeId a, NodeId b) const;
  z3::expr pscEdge(NodeId a, NodeId b) const;
  void encodePsc();

  // --- encode_sync.cpp: once, mutex, waitgroup, join ---
  z3::expr heldBefore(ObjectId mutex, const z3::expr& clock) const;
  z3::expr heldAtEnd(ObjectId mutex) const;
  z3::expr counterBefore(ObjectId group, const z3::expr& clock) const;
  z3::expr counterAtEnd(ObjectId group) const;
  std::map<NodeId, z3::expr> lastUnlockClocks;  // lock -> last_unlock_<lock>
  z3::expr lastUnlock(NodeId lock, NodeId unlock);
  z3::expr onceRunningAtEnd(ObjectId once) const;
  std::vector<NodeId> onceFinishes(ObjectId once) const;
  void encodeOnce(ObjectId once);
  void encodeMutex(ObjectId mutex);
  bool isRecursive(ObjectId object) const {
    return unfolding.objects.at(static_cast<std::size_t>(object)).kind ==
           ObjectInfo::Kind::RecursiveMutex;
  }
  z3::expr recursiveDepth(ObjectId mutex, const std::function<bool(InstanceId)>& counted,
                          const std::optional<z3::expr>& clock) const;
  z3::expr heldByOthers(ObjectId mutex, InstanceId self,
                        const std::optional<z3::expr>& clock) const;  // no clock: at the end
  void encodeRecursiveMutex(ObjectId mutex);
  void encodeWaitGroup(ObjectId group);
  void encodeJoins();
  void encodeSync();
  // A plain mutex's locking nodes (Lock, CondWake relocking it) and releasing ones (Unlock,
  // CondWait unlocking it).
  std::vector<NodeId> mutexLocks(ObjectId mutex) const;
  std::vector<NodeId> mutexUnlocks(ObjectId mutex) const;
  z3::expr heldBySelf(NodeId id, ObjectId mutex) const;  // its instance holds it at id's clock

  // --- encode_rwmutex.cpp: rwmutex with writer preference (Go sync.RWMutex) ---
  bool isRwMutex(ObjectId object) const {
    return object >= 0 &&
           unfolding.objects.at(static_cast<std::size_t>(object)).kind == ObjectInfo::Kind::RwMutex;
  }
  z3::expr ranCount(const std::vector<NodeId>& nodes, const std::optional<z3::expr>& clock,
                    const std::function<z3::expr(NodeId)>& counted) const;
  z3::expr rwWriters(ObjectId rw, const std::optional<z3::expr>& clock) const;
  z3::expr rwWaitingWriters(ObjectId rw, const std::optional<z3::expr>& clock) const;
  z3::expr rwReaders(ObjectId rw, const std::optional<z3::expr>& clock) const;
  void encodeRwMutex(ObjectId rw);
  z3::expr rwBlockedAtEnd(NodeId point) const;

  // --- encode_wakeups.cpp: cond signal/broadcast and atomic notify waking blocked waits ---
  std::map<std::pair<NodeId, NodeId>, z3::expr> wakePairs;  // (waker, wake node) -> woke it
  std::map<NodeId, std::vector<NodeId>> wakersByWake;
  std::map<NodeId, z3::expr> wokeAt;              // the clock of the waker that woke it
  std::map<NodeId, std::vector<NodeId>> wakesOf;  // waker -> the wake nodes it may wake
  std::map<NodeId, z3::expr> wokenTerms;          // wake node -> some waker woke it
  std::map<NodeId, z3::expr> notifiedPlace;       // notify -> notified_N (defineNotifiedPlace)
  std::vector<NodeId> wakersOf(NodeId wake) const;
  z3::expr reachedWake(NodeId wake) const;  // its thread blocked there (or went on)
  z3::expr waitingAt(NodeId wake, NodeId waker) const;
  z3::expr notifyPlace(NodeId write) const;
  void defineNotifiedPlace(NodeId notify);
  z3::expr notifyAnswers(NodeId notify, NodeId wait) const;
  z3::expr wokenAtEnd(NodeId wake) const;
  z3::expr wokenBy(NodeId waker, NodeId wake) const;
  void createWakePairs();
  void encodeWakeups();
  void encodeWaker(NodeId waker);
  void encodeNotifiedBefore(NodeId wait);

  // --- encode_channels.cpp: buffered FIFO channels and rendezvous ---
  std::map<std::pair<NodeId, NodeId>, z3::expr> rendezvous;  // (send, recv) -> matched
  std::map<NodeId, Terms> rendezvousByRecv;                  // recv -> its matched choices
  std::int64_t capacityOf(ObjectId channel) const;
  z3::expr closedBefore(ObjectId channel, const z3::expr& clock) const;
  z3::expr closedAtEnd(ObjectId channel) const;
  z3::expr closedZero(NodeId recv) const { return literalOr(node(recv).closedZero, false); }
  z3::expr sent(NodeId send) const;       // active and not an error
  z3::expr delivered(NodeId recv) const;  // active and returns a message
  z3::expr sendIndex(NodeId send) const;
  z3::expr recvIndex(NodeId recv) const;
  z3::expr sendsBefore(ObjectId channel, const z3::expr& clock) const;
  z3::expr deliveredBefore(ObjectId channel, const z3::expr& clock) const;
  z3::expr matches(NodeId send, NodeId recv) const;       // the recv gets this send's message
  z3::expr sendWaitsFor(NodeId send, NodeId recv) const;  // buffered: the (k-C)-th recv
  z3::expr bufferedAtEnd(ObjectId channel) const;
  z3::expr sharesSenderClock(NodeId recv) const;  // an unbuffered recv done in a send's step
  z3::expr rendezvousOf(NodeId send, NodeId recv) const;
  void encodeChannel(ObjectId channel);
  void encodeBufferedChannel(ObjectId channel);
  void encodeRendezvous(ObjectId channel);
  void encodeCloses(ObjectId channel);
  void encodeRecvValue(NodeId recv, const std::vector<NodeId>& sends);
  void encodeChannels();

  // --- encode_happens_before.cpp: vector clocks ---
  std::vector<std::optional<Terms>> vcVars;  // per acquiring node, one Int per instance
  std::vector<NodeId> holder;                // the nearest acquiring ancestor-or-self
  std::map<NodeId, Terms> releaseVars;       // atomic writes continuing a release sequence
  bool acquires(const Node& n) const;
  z3::expr ownCounter(NodeId id) const { return number(node(id).counter); }
  z3::expr rootVC(InstanceId instance, InstanceId component) const;
  z3::expr vcBefore(NodeId id, InstanceId component) const;  // before the node's own join
  z3::expr vcAt(NodeId id, InstanceId component) const;      // the node's full clock
  z3::expr releaseOf(NodeId write, InstanceId component);
  z3::expr ownRelease(NodeId write, InstanceId component) const;  // its order or a fence's
  NodeId lastReleaseFence(NodeId id) const;                       // po-before it, kNoNode: none
  z3::expr happensBefore(NodeId a, NodeId b) const;
  z3::expr happensBeforeEntry(NodeId a, NodeId b) const;  // b's clock before its own join
  struct Source {
    z3::expr condition;
    std::function<z3::expr(InstanceId)> clock;
  };
  std::vector<Source> joinSources(NodeId id);
  std::vector<Source> rwJoinSources(NodeId id);   // encode_rwmutex.cpp
  std::vector<Source> atomicSources(NodeId id);   // the release sequences it may read from
  z3::expr acquiresWhen(NodeId id) const;         // a cas by its failure order: outcome
  std::vector<Source> acquireSources(NodeId id);  // atomicSources when it acquires
  std::vector<Source> awaitSources(NodeId id);
  std::vector<Source> fenceSources(NodeId id);
  std::vector<Source> channelSources(NodeId id);
  void encodeVectorClocks();
  void defineVectorClock(NodeId id);
  // `result` is the maximum of `base` and component c of the clocks of the sources whose
  // condition holds (requireMaximumOf).
  void requireMaximum(const z3::expr& result, const z3::expr& base,
                      const std::vector<Source>& sources, InstanceId c);

  // --- encode_queries.cpp, encode_monitor_queries.cpp, encode_end_queries.cpp ---
  std::vector<PropertyQuery> raceQueries();
  std::vector<PropertyQuery> initBeforeUseQueries();
  std::vector<PropertyQuery> haltQueries();
  std::vector<PropertyQuery> cutQueries();
  z3::expr lastAccessOfKind(NodeId access, NodeId later) const;
  std::vector<PropertyQuery> callQueries(std::size_t checkIndex);
  std::optional<Terms> literalArguments(std::size_t checkIndex) const;
  z3::expr sameTuple(const Terms& a, const Terms& b) const;
  std::vector<NodeId> callsOf(ast::SymbolId function) const;
  z3::expr callMatches(std::size_t checkIndex, NodeId call) const;
  std::vector<PropertyQuery> singleInitQueries(std::size_t checkIndex);
  PropertyQuery atMostOnceQuery(std::size_t checkIndex);
  SourcePosition callsPosition(const std::vector<NodeId>& calls, SourcePosition fallback) const;
  std::vector<PropertyQuery> happensBeforeQueries(const PropertyCheck& check);
  std::vector<NodeId> resolvingNodes(NodeId label) const;
  z3::expr resolves(NodeId point) const;
  z3::expr finishedExecution() const;
  // The threads stopped at a blockable point in the final state, by instance and by position
  // (deadlock and livelock both start from them).
  struct StoppedThreads {
    std::vector<Terms> byInstance;
    std::map<SourcePosition, Terms> byPosition;
  };
  StoppedThreads stoppedAtBlockablePoints() const;
  PropertyQuery deadlockQuery();
  PropertyQuery livelockQuery();  // encode_livelock.cpp
  z3::expr blockedAtEnd(NodeId point) const;
  static constexpr std::size_t kMaxBlockedCombinations = 4096;
  z3::expr awaitBlockedAtEnd(NodeId point) const;
  z3::expr readableAtEnd(NodeId await, NodeId source, LocationId location) const;
  z3::expr readByRmw(NodeId source, LocationId location) const;
  z3::expr stuckAt(NodeId point) const { return poised(point) && blockedAtEnd(point); }
  std::vector<PropertyQuery> endQueries();
  bool blockable(const Node& n) const;
  // --- encode_witness.cpp ---
  Witness witnessOf(const z3::model& model, const PropertyQuery& query) const;
  bool ranInModel(const z3::model& model, NodeId step) const;
  ModelStep modelStep(const z3::model& model, NodeId step) const;
  std::vector<ModelAccess> modelAccesses(const z3::model& model, NodeId step) const;

  PropertyQuery makeQuery(PropertyKind kind, std::string description, SourcePosition position,
                          z3::expr condition) const;
  // One way a property instance shows: its condition and the clock of the step showing it
  // (also a value under its condition, for requireMaximumOf).
  struct Candidate {
    z3::expr condition;
    z3::expr step;
  };
  PropertyQuery candidatesQuery(PropertyKind kind, std::string description, SourcePosition position,
                                const std::vector<Candidate>& candidates) const;
};

// Groups (key -> list) in key order, for building one query per property instance.
template <class Key, class Value>
using Groups = std::map<Key, std::vector<Value>>;

}  // namespace initcheck::symbolic
