// The unfolder's use of read-after-own-write coherence (LANGUAGE.md section 4a; under sc too):
// a read po-after the thread's own write to its location reads that write or a later one,
// never the initial value's. So where the path's guard says the thread wrote the location and
// no write in the program stores the initial value again (the previous round's writes, every
// one a numeral; the first round, which only finds the writes, assumes it), the read's value
// is not the initial one: a cas that expects it fails, and a re-entered initialization (a
// constructor that calls its own lazy getter) is not unfolded to the depth bound.
#include "symbolic/walker.hpp"

namespace initcheck::symbolic {

namespace {

bool isNumeral(const SymValue& value) {
  if (!value.isScalar() || !value.term)
    return false;
  z3::expr term = value.term->simplify();
  return term.is_numeral() || term.is_true() || term.is_false();
}

bool sameNumeral(const SymValue& a, const SymValue& b) {
  return a.tag == b.tag && z3::eq(a.term->simplify(), b.term->simplify());
}

}  // namespace

z3::expr Walker::ownWriteOf(const PathState& s, LocationId location) const {
  auto it = s.ownWrites.find(location);
  return it == s.ownWrites.end() ? context_.bool_val(false) : it->second;
}

void Walker::noteOwnWrite(PathState& s, LocationId location, const z3::expr& when) {
  z3::expr wrote = (ownWriteOf(s, location) || when).simplify();
  s.ownWrites.insert_or_assign(location, wrote);
}

bool Walker::excludeInitialAfterOwnWrite(PathState& s, LocationId location, const z3::expr& read,
                                         const z3::expr& wroteBefore) {
  if (wroteBefore.is_false())
    return true;
  const auto& initial = initialValues_[static_cast<std::size_t>(location)];
  if (!initial || !isNumeral(*initial) || !(s.guard && !wroteBefore).simplify().is_false())
    return true;
  auto written = previous_.locations.find(location);
  if (written != previous_.locations.end()) {
    for (const SymValue& value : written->second.values.values()) {
      if (!isNumeral(value) || sameNumeral(value, *initial))
        return true;
    }
  }
  z3::expr first = scalarTerm(context_, *initial);
  if (!sameSortTerms(read, first))
    return true;
  s.guard = (s.guard && read != first).simplify();
  return !s.guard.is_false();
}

bool Walker::sameSortTerms(const z3::expr& a, const z3::expr& b) {
  return z3::eq(a.get_sort(), b.get_sort());
}

}  // namespace initcheck::symbolic
