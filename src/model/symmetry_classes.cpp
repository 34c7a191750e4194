// The symmetry classes of declared threads (see symmetry_classes.hpp): same code up to
// positions, and initial states swapped into each other by exchanging the threads.
#include "model/symmetry_classes.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "compile/program.hpp"
#include "model/state_encoding.hpp"
#include "runtime/state_data.hpp"

namespace initcheck {

SourcePosition SymmetryInfo::position(SourcePosition position) const {
  if (positions.empty())
    return position;
  const std::uint64_t word = positionWord(position);
  auto it = std::lower_bound(positions.begin(), positions.end(), word,
                             [](const std::pair<std::uint64_t, SourcePosition>& entry,
                                std::uint64_t w) { return entry.first < w; });
  return it != positions.end() && it->first == word ? it->second : position;
}

namespace {

// The same code up to positions: instructions, slots, parameters, captures.
bool sameCode(const CompiledBody& x, const CompiledBody& y) {
  if (x.code.size() != y.code.size() || x.slotCount != y.slotCount || x.isInit != y.isInit ||
      x.parameterSlots != y.parameterSlots || x.parameterShared != y.parameterShared ||
      x.captureSlots != y.captureSlots || x.captureIsSharedCopy != y.captureIsSharedCopy)
    return false;
  for (std::size_t i = 0; i < x.code.size(); ++i) {
    const Instr& a = x.code[i];
    const Instr& b = y.code[i];
    if (a.op != b.op || a.a != b.a || a.b != b.b || a.c != b.c)
      return false;
  }
  return true;
}

// member position -> representative position, instruction by instruction; false unless that
// is a bijection between the two bodies' positions.
bool positionMap(const CompiledBody& member, const CompiledBody& representative,
                 std::map<std::uint64_t, SourcePosition>& out) {
  std::map<std::uint64_t, SourcePosition> forward;
  std::map<std::uint64_t, SourcePosition> backward;
  for (std::size_t i = 0; i < member.code.size(); ++i) {
    SourcePosition from = member.code[i].position;
    SourcePosition to = representative.code[i].position;
    auto [f, freshF] = forward.emplace(positionWord(from), to);
    auto [b, freshB] = backward.emplace(positionWord(to), from);
    if ((!freshF && f->second != to) || (!freshB && b->second != from))
      return false;
  }
  for (const auto& [from, to] : forward) {
    if (positionWord(to) != from)
      out.emplace(from, to);
  }
  return true;
}

// Builds an info mapping each member body of `classes` (each list: representative first) to
// the representative, with the given thread groups; false if a position map is inconsistent.
bool buildInfo(const CompiledProgram& program, const std::vector<std::vector<BodyId>>& classes,
               SymmetryInfo& info) {
  info.representative.assign(program.bodies.size(), kNoBody);
  std::map<std::uint64_t, SourcePosition> positions;
  for (const std::vector<BodyId>& members : classes) {
    const CompiledBody& rep = program.bodies[static_cast<std::size_t>(members.front())];
    for (BodyId member : members) {
      if (member == members.front())
        continue;
      info.representative[static_cast<std::size_t>(member)] = members.front();
      if (!positionMap(program.bodies[static_cast<std::size_t>(member)], rep, positions))
        return false;
    }
  }
  info.positions.assign(positions.begin(), positions.end());
  return true;
}

// The initial state encoded (symmetry layout, `info` applied) with threads `a` and `b`
// exchanged (a == b: as it is).
std::string exchanged(const StateData& state, const SymmetryInfo& info, ThreadId a, ThreadId b) {
  const std::size_t n = state.threads.size();
  std::vector<ThreadId> order(n);
  for (std::size_t t = 0; t < n; ++t)
    order[t] = static_cast<ThreadId>(t);
  std::swap(order[a], order[b]);
  return encodeStateExchanged(state, info, order);
}

}  // namespace

SymmetryInfo computeSymmetry(const CompiledProgram& program, const StateData& initial) {
  SymmetryInfo result;
  const std::size_t n = program.threads.size();
  if (initial.halted || initial.threads.size() < n || n < 2)
    return result;
  // A member's positions must be its own: in no other body (so mapping them touches nothing
  // else).
  std::map<std::uint64_t, std::size_t> owners;  // position -> bodies using it
  auto count = [&owners](const CompiledBody& body) {
    std::set<std::uint64_t> mine;
    for (const Instr& instr : body.code)
      mine.insert(positionWord(instr.position));
    for (std::uint64_t word : mine)
      ++owners[word];
  };
  for (const CompiledBody& body : program.bodies)
    count(body);
  count(program.globalInit);
  auto ownPositions = [&owners](const CompiledBody& body) {
    return std::all_of(body.code.begin(), body.code.end(), [&owners](const Instr& instr) {
      return owners[positionWord(instr.position)] == 1;
    });
  };
  auto bodyOf = [&program](ThreadId t) -> const CompiledBody& {
    return program.bodies.at(static_cast<std::size_t>(program.threads[t]));
  };
  // Groups of threads, by code, then by the initial state: a thread joins the first group whose
  // first thread it can be exchanged with.
  std::vector<std::vector<ThreadId>> groups;
  for (ThreadId t = 0; t < n; ++t) {
    bool joined = false;
    for (std::vector<ThreadId>& group : groups) {
      ThreadId f = group.front();
      if (!ownPositions(bodyOf(t)) || !sameCode(bodyOf(f), bodyOf(t)))
        continue;
      SymmetryInfo pair;
      pair.groups = {{f, t}};
      if (!buildInfo(program, {{program.threads[f], program.threads[t]}}, pair))
        continue;
      if (exchanged(initial, pair, f, f) != exchanged(initial, pair, f, t))
        continue;
      group.push_back(t);
      joined = true;
      break;
    }
    if (!joined)
      groups.push_back({t});
  }
  std::vector<std::vector<BodyId>> classes;
  for (std::vector<ThreadId>& group : groups) {
    if (group.size() < 2)
      continue;
    std::vector<BodyId> bodies;
    for (ThreadId t : group)
      bodies.push_back(program.threads[t]);
    std::sort(bodies.begin(), bodies.end());  // the representative: the lowest body id
    classes.push_back(std::move(bodies));
    result.groups.push_back(std::move(group));
  }
  if (result.groups.empty() || !buildInfo(program, classes, result))
    return SymmetryInfo{};
  return result;
}

}  // namespace initcheck
