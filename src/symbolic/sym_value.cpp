// Construction, equality, printing and flattening of symbolic values.
#include "symbolic/sym_value.hpp"

namespace initcheck::symbolic {

SymValue SymValue::scalar(ValueTag tag, const z3::expr& term) {
  SymValue value;
  value.tag = tag;
  value.term = term;
  return value;
}

SymValue SymValue::reference(ValueTag tag, std::int64_t number) {
  SymValue value;
  value.tag = tag;
  value.number = number;
  return value;
}

SymValue SymValue::list(std::vector<SymValue> items) {
  SymValue value;
  value.tag = ValueTag::List;
  value.items = std::move(items);
  return value;
}

SymValue SymValue::closure(BodyId body, std::vector<SymValue> environment) {
  SymValue value;
  value.tag = ValueTag::Func;
  value.number = body;
  value.items = std::move(environment);
  return value;
}

bool isScalarTag(ValueTag tag) {
  return tag == ValueTag::None || tag == ValueTag::Int || tag == ValueTag::Bool ||
         tag == ValueTag::String;
}

bool isBoolTag(ValueTag tag) {
  return tag == ValueTag::Bool;
}

bool SymValue::isScalar() const {
  return isScalarTag(tag);
}

z3::expr scalarTerm(z3::context& context, const SymValue& value) {
  if (value.term)
    return *value.term;
  return isBoolTag(value.tag) ? context.bool_val(false) : context.int_val(0);
}

z3::expr freshScalar(z3::context& context, ValueTag tag, const std::string& name) {
  return isBoolTag(tag) ? context.bool_const(name.c_str()) : context.int_const(name.c_str());
}

namespace {

z3::expr allEqual(z3::context& context, const std::vector<SymValue>& left,
                  const std::vector<SymValue>& right) {
  if (left.size() != right.size())
    return context.bool_val(false);
  z3::expr result = context.bool_val(true);
  for (std::size_t i = 0; i < left.size(); ++i)
    result = result && valuesEqual(context, left[i], right[i]);
  return result.simplify();
}

}  // namespace

z3::expr valuesEqual(z3::context& context, const SymValue& left, const SymValue& right) {
  if (left.tag != right.tag)
    return context.bool_val(false);
  switch (left.tag) {
    case ValueTag::None:
      return context.bool_val(true);
    case ValueTag::Int:
    case ValueTag::Bool:
    case ValueTag::String:
      return (scalarTerm(context, left) == scalarTerm(context, right)).simplify();
    case ValueTag::List:
      return allEqual(context, left.items, right.items);
    case ValueTag::Func:
      if (left.number != right.number)
        return context.bool_val(false);
      return allEqual(context, left.items, right.items);
    default:
      return context.bool_val(left.number == right.number);
  }
}

std::string signature(const SymValue& value) {
  std::string text = std::to_string(static_cast<int>(value.tag)) + ":";
  if (value.term)
    return text + value.term->to_string();
  text += std::to_string(value.number) + "[";
  for (const SymValue& item : value.items)
    text += signature(item) + ",";
  return text + "]";
}

SymValue fromValue(z3::context& context, const Value& value) {
  switch (value.tag) {
    case ValueTag::None:
      return SymValue::none();
    case ValueTag::Bool:
      return SymValue::scalar(value.tag, context.bool_val(value.number != 0));
    case ValueTag::Int:
    case ValueTag::String:
      return SymValue::scalar(value.tag, context.int_val(value.number));
    case ValueTag::List: {
      std::vector<SymValue> items;
      for (const Value& item : *value.list)
        items.push_back(fromValue(context, item));
      return SymValue::list(std::move(items));
    }
    case ValueTag::Func: {
      std::vector<SymValue> environment;
      for (const Value& item : value.closure->environment)
        environment.push_back(fromValue(context, item));
      return SymValue::closure(value.closure->body, std::move(environment));
    }
    default:
      return SymValue::reference(value.tag, value.number);
  }
}

SymValue zeroValue(z3::context& context, ValueTag tag) {
  if (tag == ValueTag::Bool)
    return SymValue::scalar(tag, context.bool_val(false));
  if (tag == ValueTag::String)
    return SymValue::scalar(tag, context.int_val(0));
  if (tag == ValueTag::List)
    return SymValue::list({});
  return SymValue::scalar(ValueTag::Int, context.int_val(0));
}

void flattenValue(z3::context& context, const SymValue& value, std::vector<z3::expr>& terms,
                  std::string& shape) {
  switch (value.tag) {
    case ValueTag::None:
      shape += "n";
      return;
    case ValueTag::Int:
    case ValueTag::Bool:
    case ValueTag::String:
      shape += value.tag == ValueTag::Int ? "i" : value.tag == ValueTag::Bool ? "b" : "s";
      terms.push_back(scalarTerm(context, value));
      return;
    case ValueTag::List:
    case ValueTag::Func: {
      shape += (value.tag == ValueTag::List ? "l" : "f" + std::to_string(value.number) + "/") +
               std::to_string(value.items.size()) + ":";
      for (std::size_t i = 0; i < value.items.size(); ++i) {
        shape += i == 0 ? "" : ",";
        flattenValue(context, value.items[i], terms, shape);
      }
      shape += ";";
      return;
    }
    default:
      shape +=
          "r" + std::to_string(static_cast<int>(value.tag)) + "." + std::to_string(value.number);
  }
}

bool isTrue(const z3::expr& condition) {
  return condition.simplify().is_true();
}

bool isFalse(const z3::expr& condition) {
  return condition.simplify().is_false();
}

}  // namespace initcheck::symbolic
