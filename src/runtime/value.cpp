// Construction, deep equality and hashing of runtime values.
#include "runtime/value.hpp"

#include <functional>

namespace initcheck {

bool ClosureData::operator==(const ClosureData& other) const {
  return body == other.body && environment == other.environment;
}

Value Value::makeList(ListData items) {
  Value v;
  v.tag = ValueTag::List;
  v.list = std::make_shared<const ListData>(std::move(items));
  return v;
}

Value Value::makeClosure(BodyId body, std::vector<Value> environment) {
  Value v;
  v.tag = ValueTag::Func;
  v.number = body;
  v.closure = std::make_shared<const ClosureData>(ClosureData{body, std::move(environment)});
  return v;
}

bool Value::operator==(const Value& other) const {
  if (tag != other.tag || number != other.number)
    return false;
  if (tag == ValueTag::List)
    return list == other.list || *list == *other.list;
  if (tag == ValueTag::Func)
    return closure == other.closure || *closure == *other.closure;
  return true;
}

void hashValue(const Value& value, std::size_t& seed) {
  hashCombine(seed, static_cast<std::size_t>(value.tag));
  hashCombine(seed, std::hash<std::int64_t>{}(value.number));
  if (value.tag == ValueTag::List) {
    hashCombine(seed, value.list->size());
    for (const Value& item : *value.list)
      hashValue(item, seed);
  }
  if (value.tag == ValueTag::Func) {
    for (const Value& item : value.closure->environment)
      hashValue(item, seed);
  }
}

}  // namespace initcheck
