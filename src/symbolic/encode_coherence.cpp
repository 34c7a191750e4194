// RC11's coherence (Lahav, Vafeiadis, Kang, Hur, Dreyer, "Repairing sequential consistency in
// C/C++11", PLDI 2017, section 3: hb;eco irreflexive) and RMW atomicity, as constraints over
// integer places in modification order, in the style of Dartagnan (Gavrilenko, Ponce-de-León,
// Furbach, Heljanko, Meyer, "BMC for weak memory models: relation analysis for compact SMT
// encodings", CAV 2019) and Alglave, Kroening, Tautschnig (CAV 2013). Each active write of an
// RC11 location gets a distinct place `mo_<w>` >= 1 (the initial value is 0), each read the
// place `mo_read_<r>` of the write it reads (encode_reads.cpp); with hb the vector clocks of
// encode_happens_before.cpp:
//   CoWW  w1 hb w2  =>  mo(w1) < mo(w2)
//   CoWR  w hb r    =>  mo(w) <= mo_read(r)    (equal: r reads w)
//   CoRW  r hb w    =>  mo_read(r) < mo(w)
//   CoRR  r1 hb r2  =>  mo_read(r1) <= mo_read(r2)
//   an RMW takes the place right after the write it reads, mo(u) = mo_read(u) + 1, so no
//   other write comes between (places are distinct integers).
#include "symbolic/encoder_impl.hpp"

namespace initcheck::symbolic {

bool Encoder::Impl::poBefore(NodeId a, NodeId b) const {
  const Node& first = node(a);
  const Node& second = node(b);
  if (first.instance != second.instance)
    return false;
  return first.counter < second.counter || (first.counter == second.counter && a < b);
}

z3::expr Encoder::Impl::hb(NodeId a, NodeId b) const {
  if (node(a).instance == node(b).instance)
    return truth(poBefore(a, b));
  return happensBefore(a, b);
}

void Encoder::Impl::encodeLocationCoherence(LocationId location) {
  const std::vector<NodeId>& writes = writesAt[static_cast<std::size_t>(location)];
  const std::vector<NodeId>& reads = readsAt[static_cast<std::size_t>(location)];
  auto ran = [this](NodeId id) { return active[static_cast<std::size_t>(id)]; };
  for (std::size_t i = 0; i < writes.size(); ++i) {
    NodeId w = writes[i];
    require(z3::implies(writeActive(w), moOf(w) >= number(1)));
    for (std::size_t j = i + 1; j < writes.size(); ++j) {
      NodeId v = writes[j];
      z3::expr both = writeActive(w) && writeActive(v);
      require(z3::implies(both, moOf(w) != moOf(v)));
      require(z3::implies(both && hb(w, v), moOf(w) < moOf(v)));
      require(z3::implies(both && hb(v, w), moOf(v) < moOf(w)));
    }
  }
  for (NodeId r : reads) {
    if (isWriter(node(r)))  // an RMW: right after the write it reads
      require(z3::implies(writeActive(r), moOf(r) == moRead(r) + number(1)));
    for (NodeId w : writes) {
      if (w == r)
        continue;
      z3::expr both = ran(r) && writeActive(w);
      require(z3::implies(both && hb(w, r), moOf(w) <= moRead(r)));
      require(z3::implies(both && hb(r, w), moRead(r) < moOf(w)));
    }
    for (NodeId later : reads) {
      if (later != r)
        require(z3::implies(ran(r) && ran(later) && hb(r, later), moRead(r) <= moRead(later)));
    }
  }
}

void Encoder::Impl::encodeCoherence() {
  for (std::size_t l = 0; l < unfolding.locations.size(); ++l) {
    if (followsRc11(static_cast<LocationId>(l)))
      encodeLocationCoherence(static_cast<LocationId>(l));
  }
}

}  // namespace initcheck::symbolic
