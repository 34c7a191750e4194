// psc acyclicity over a logged execution (see psc.hpp for the relations and their source).
// Small graphs: the relations are evaluated pairwise from positions and clocks, and the psc
// edges between seq_cst accesses and fences are searched for a cycle depth first.
#include "runtime/psc.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>

namespace initcheck {

namespace {

class PscGraph {
 public:
  PscGraph(const std::vector<LoggedEvent>& log, const std::vector<const ModificationOrder*>& orders,
           bool accessesOnly)
      : log_(log),
        accessesOnly_(accessesOnly),
        writePosition_(log.size(), -1),
        readPosition_(log.size(), -1) {
    for (std::size_t i = 0; i < log.size(); ++i) {
      const LoggedEvent& event = log[i];
      if (event.thread >= byThread_.size())
        byThread_.resize(event.thread + 1);
      poIndex_.push_back(byThread_[event.thread].size());
      byThread_[event.thread].push_back(i);
      if (!event.isMemory())
        continue;
      const ModificationOrder& order = *orders.at(static_cast<std::size_t>(event.place));
      if (event.writes())
        writePosition_[i] = positionOf(order, event.written);
      if (event.reads())
        readPosition_[i] = positionOf(order, event.readFrom);
    }
    for (std::size_t i = 0; i < log.size(); ++i) {
      if (log[i].seqCst && (log[i].isMemory() || log[i].kind == LoggedEvent::Kind::Fence))
        nodes_.push_back(i);
    }
  }

  bool acyclic() const {
    const std::size_t n = nodes_.size();
    std::vector<std::vector<std::size_t>> successors(n);
    for (std::size_t x = 0; x < n; ++x) {
      for (std::size_t y = 0; y < n; ++y) {
        if (x != y && pscEdge(nodes_[x], nodes_[y]))
          successors[x].push_back(y);
      }
    }
    std::vector<std::uint8_t> color(n, 0);  // 0 new, 1 on the stack, 2 done
    for (std::size_t start = 0; start < n; ++start) {
      if (color[start] == 0 && reachesCycle(start, successors, color))
        return false;
    }
    return true;
  }

 private:
  static std::int64_t positionOf(const ModificationOrder& order, WriteId id) {
    std::optional<std::size_t> index = order.indexOf(id);
    return index ? static_cast<std::int64_t>(*index) : -1;
  }

  static bool reachesCycle(std::size_t node, const std::vector<std::vector<std::size_t>>& next,
                           std::vector<std::uint8_t>& color) {
    color[node] = 1;
    for (std::size_t successor : next[node]) {
      if (color[successor] == 1)
        return true;
      if (color[successor] == 0 && reachesCycle(successor, next, color))
        return true;
    }
    color[node] = 2;
    return false;
  }

  const LoggedEvent& at(std::size_t i) const { return log_[i]; }
  bool isFence(std::size_t i) const { return at(i).kind == LoggedEvent::Kind::Fence; }

  bool sameThread(std::size_t a, std::size_t b) const { return at(a).thread == at(b).thread; }
  bool po(std::size_t a, std::size_t b) const { return sameThread(a, b) && a < b; }
  bool hb(std::size_t a, std::size_t b) const {
    if (a == b)
      return false;
    if (sameThread(a, b))
      return a < b;
    return at(a).counter != 0 && at(b).clock.get(at(a).thread) >= at(a).counter;
  }
  bool sameLocation(std::size_t a, std::size_t b) const {
    return at(a).place != -1 && at(a).place == at(b).place;
  }
  bool bothMemory(std::size_t a, std::size_t b) const {
    return at(a).isMemory() && at(b).isMemory() && at(a).place == at(b).place;
  }
  bool mo(std::size_t a, std::size_t b) const {
    return bothMemory(a, b) && at(a).writes() && at(b).writes() &&
           writePosition_[a] < writePosition_[b];
  }
  bool rb(std::size_t a, std::size_t b) const {
    return a != b && bothMemory(a, b) && at(a).reads() && at(b).writes() &&
           readPosition_[a] < writePosition_[b];
  }
  // eco = (rf ∪ mo ∪ rb)+, from positions: a write's own, a read's write read.
  bool eco(std::size_t a, std::size_t b) const {
    if (a == b || !bothMemory(a, b))
      return false;
    bool ww = at(a).writes() && at(b).writes() && writePosition_[a] < writePosition_[b];
    bool wr = at(a).writes() && at(b).reads() && readPosition_[b] >= writePosition_[a];
    bool rw = at(a).reads() && at(b).writes() && readPosition_[a] < writePosition_[b];
    bool rr = at(a).reads() && at(b).reads() && readPosition_[a] < readPosition_[b];
    return ww || wr || rw || rr;
  }

  // The first event after a in its thread at another location, the last before b likewise.
  std::optional<std::size_t> firstOtherAfter(std::size_t a) const {
    const auto& list = byThread_[at(a).thread];
    for (std::size_t k = poIndex_[a] + 1; k < list.size(); ++k) {
      if (!sameLocation(a, list[k]))
        return list[k];
    }
    return std::nullopt;
  }
  std::optional<std::size_t> lastOtherBefore(std::size_t b) const {
    const auto& list = byThread_[at(b).thread];
    for (std::size_t k = poIndex_[b]; k-- > 0;) {
      if (!sameLocation(b, list[k]))
        return list[k];
    }
    return std::nullopt;
  }
  bool poOtherHbPoOther(std::size_t a, std::size_t b) const {
    if (accessesOnly_)
      return at(a).nextCounter != 0 &&
             at(b).previousClock.get(at(a).nextThread) >= at(a).nextCounter;
    std::optional<std::size_t> c = firstOtherAfter(a);
    std::optional<std::size_t> d = lastOtherBefore(b);
    return c && d && hb(*c, *d);
  }
  bool scb(std::size_t a, std::size_t b) const {
    if (a == b)
      return false;
    return po(a, b) || (sameLocation(a, b) && hb(a, b)) || mo(a, b) || rb(a, b) ||
           poOtherHbPoOther(a, b);
  }

  // [E_sc] ∪ [F_sc];hb? on the left, [E_sc] ∪ hb?;[F_sc] on the right.
  bool pscBase(std::size_t x, std::size_t y) const {
    for (std::size_t a = 0; a < log_.size(); ++a) {
      if (a != x && !(isFence(x) && hb(x, a)))
        continue;
      for (std::size_t b = 0; b < log_.size(); ++b) {
        if (b != y && !(isFence(y) && hb(b, y)))
          continue;
        if (scb(a, b))
          return true;
      }
    }
    return false;
  }
  bool pscFences(std::size_t x, std::size_t y) const {
    if (!isFence(x) || !isFence(y))
      return false;
    if (hb(x, y))
      return true;
    for (std::size_t a = 0; a < log_.size(); ++a) {
      if (!at(a).isMemory() || !hb(x, a))
        continue;
      for (std::size_t b = 0; b < log_.size(); ++b) {
        if (at(b).isMemory() && hb(b, y) && eco(a, b))
          return true;
      }
    }
    return false;
  }
  bool pscEdge(std::size_t x, std::size_t y) const { return pscBase(x, y) || pscFences(x, y); }

  const std::vector<LoggedEvent>& log_;
  bool accessesOnly_;
  std::vector<std::int64_t> writePosition_;
  std::vector<std::int64_t> readPosition_;
  std::vector<std::vector<std::size_t>> byThread_;
  std::vector<std::size_t> poIndex_;
  std::vector<std::size_t> nodes_;
};

}  // namespace

bool pscAcyclic(const std::vector<LoggedEvent>& log,
                const std::vector<const ModificationOrder*>& orders, bool accessesOnly) {
  return PscGraph(log, orders, accessesOnly).acyclic();
}

}  // namespace initcheck
