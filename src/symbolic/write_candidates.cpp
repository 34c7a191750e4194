// Value tables and the signature of a round's write candidates.
#include "symbolic/write_candidates.hpp"

#include <algorithm>

namespace initcheck::symbolic {

std::size_t ValueTable::add(const SymValue& value) {
  if (auto code = find(value))
    return *code;
  values_.push_back(value);
  signatures_.push_back(symbolic::signature(value));
  return values_.size() - 1;
}

std::optional<std::size_t> ValueTable::find(const SymValue& value) const {
  auto it = std::find(signatures_.begin(), signatures_.end(), symbolic::signature(value));
  if (it == signatures_.end())
    return std::nullopt;
  return static_cast<std::size_t>(it - signatures_.begin());
}

std::string ValueTable::signature() const {
  std::string text;
  for (const std::string& value : signatures_)
    text += value + ";";
  return text;
}

SymValue normalized(z3::context& context, const SymValue& value) {
  if (value.isScalar())
    return value.tag == ValueTag::None ? value : zeroValue(context, value.tag);
  if (value.tag != ValueTag::List)
    return value;
  SymValue result = value;
  for (SymValue& item : result.items)
    item = normalized(context, item);
  return result;
}

bool representableByTerms(const ValueTable& normalizedValues) {
  if (normalizedValues.values().size() != 1)
    return false;
  const SymValue& value = normalizedValues.values().front();
  if (value.isScalar())
    return true;
  if (value.tag != ValueTag::List)
    return false;
  for (const SymValue& item : value.items) {
    if (!item.isScalar() || item.tag != value.items.front().tag)
      return false;
  }
  return true;
}

void WrittenValues::add(z3::context& context, const SymValue& value) {
  values.add(value);
  shapes.add(normalized(context, value));
}

// Values represented by terms matter only by their shapes.
std::string WrittenValues::signature() const {
  return representableByTerms(shapes) ? shapes.signature() : values.signature();
}

std::string WriteCandidates::signature() const {
  std::string text = "L";
  for (const auto& [location, written] : locations)
    text += std::to_string(location) + "{" + written.signature() + "}";
  text += "C";
  for (const auto& [channel, written] : channels) {
    // Received messages are scalars or codes of the values (never arrays).
    bool scalars =
        representableByTerms(written.shapes) && written.shapes.values().front().isScalar();
    text += std::to_string(channel) + "{" +
            (scalars ? written.shapes.signature() : written.values.signature()) + "}";
  }
  return text;
}

}  // namespace initcheck::symbolic
