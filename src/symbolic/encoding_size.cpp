// The encoding's size, estimated from the unfolding (see encoding_size.hpp).
#include "symbolic/encoding_size.hpp"

#include <vector>

#include "runtime/memory_mode.hpp"

namespace initcheck::symbolic {

namespace {

bool reads(const Node& n) {
  return n.kind == NodeKind::Read || n.kind == NodeKind::AwaitRead ||
         (n.kind == NodeKind::Atomic && n.reads);
}

bool writes(const Node& n) {
  return n.kind == NodeKind::Write || (n.kind == NodeKind::Atomic && n.writes);
}

bool followsRc11(const Unfolding& unfolding, const LocationInfo& location) {
  return plainFollowsRc11(unfolding.memory) &&
         (!location.atomic || atomicsFollowRc11(unfolding.memory));
}

// Read-from and coherence terms of one location with `r` reads and `w` writes.
std::uint64_t locationTerms(bool rc11, std::uint64_t r, std::uint64_t w) {
  if (rc11)
    return r * (w + 1) + w * w + r * w + r * r;
  return r * (w + 1) * (w + 1);  // each choice of a source excludes every other write
}

}  // namespace

EncodingSize estimateEncoding(const Unfolding& unfolding) {
  std::vector<std::uint64_t> readCount(unfolding.locations.size(), 0);
  std::vector<std::uint64_t> writeCount(unfolding.locations.size(), 0);
  std::vector<std::uint64_t> objectNodes(unfolding.objects.size(), 0);
  std::uint64_t wakers = 0;
  std::uint64_t wakes = 0;
  for (const Node& n : unfolding.nodes) {
    if (n.object >= 0 && static_cast<std::size_t>(n.object) < objectNodes.size())
      ++objectNodes[static_cast<std::size_t>(n.object)];
    if (n.mutex >= 0 && static_cast<std::size_t>(n.mutex) < objectNodes.size())
      ++objectNodes[static_cast<std::size_t>(n.mutex)];
    if (n.location >= 0 && reads(n) && !n.probe)
      ++readCount[static_cast<std::size_t>(n.location)];
    if (n.location >= 0 && writes(n))
      ++writeCount[static_cast<std::size_t>(n.location)];
    wakers += n.kind == NodeKind::Signal || n.kind == NodeKind::Notify ? 1 : 0;
    wakes += n.kind == NodeKind::CondWake || n.kind == NodeKind::AtomicWake ? 1 : 0;
  }
  EncodingSize size;
  size.terms = unfolding.nodes.size() + wakers * wakes;
  for (std::uint64_t count : objectNodes)  // a mutex's state at a step counts its operations
    size.terms += count * count;
  std::uint64_t largestTerms = 0;
  for (std::size_t l = 0; l < unfolding.locations.size(); ++l) {
    std::uint64_t terms =
        locationTerms(followsRc11(unfolding, unfolding.locations[l]), readCount[l], writeCount[l]);
    size.terms += terms;
    if (terms > largestTerms) {
      largestTerms = terms;
      size.largest = static_cast<LocationId>(l);
      size.largestReads = readCount[l];
      size.largestWrites = writeCount[l];
    }
  }
  return size;
}

std::optional<std::string> refusal(const Unfolding& unfolding, const EncodingSize& size) {
  if (size.terms <= kMaxEncodingTerms)
    return std::nullopt;
  std::string text = "unsupported: the encoding of " + std::to_string(unfolding.nodes.size()) +
                     " events would have about " + std::to_string(size.terms) +
                     " terms, over the smt engine's " + std::to_string(kMaxEncodingTerms);
  if (size.largest >= 0) {
    const LocationInfo& location = unfolding.locations[static_cast<std::size_t>(size.largest)];
    text += "; most for '" + location.name + "' (" + std::to_string(size.largestReads) +
            " reads and " + std::to_string(size.largestWrites) + " writes on the unfolded paths)";
  }
  return text;
}

}  // namespace initcheck::symbolic
