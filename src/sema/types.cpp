// Type construction, names for messages, and the compatibility rules of the checker.
#include "sema/types.hpp"

namespace initcheck {

bool ValueType::isObject() const {
  return kind == ValueKind::Once || kind == ValueKind::Mutex || kind == ValueKind::WaitGroup ||
         kind == ValueKind::Chan || kind == ValueKind::RwMutex || kind == ValueKind::RMutex ||
         kind == ValueKind::Cond;
}

ValueType typeFromAst(const ast::Type& type, bool atomic) {
  ValueType result;
  switch (type.kind) {
    case ast::TypeKind::Int:
      result.kind = ValueKind::Int;
      break;
    case ast::TypeKind::Bool:
      result.kind = ValueKind::Bool;
      break;
    case ast::TypeKind::String:
      result.kind = ValueKind::String;
      break;
    case ast::TypeKind::List:
      result.kind = ValueKind::List;
      break;
    case ast::TypeKind::Func:
      result.kind = ValueKind::Func;
      break;
    case ast::TypeKind::Once:
      result.kind = ValueKind::Once;
      break;
    case ast::TypeKind::Mutex:
      result.kind = ValueKind::Mutex;
      break;
    case ast::TypeKind::WaitGroup:
      result.kind = ValueKind::WaitGroup;
      break;
    case ast::TypeKind::Chan:
      result = ValueType::chan(type.channelCapacity);
      break;
    case ast::TypeKind::RwMutex:
      result.kind = ValueKind::RwMutex;
      break;
    case ast::TypeKind::RMutex:
      result.kind = ValueKind::RMutex;
      break;
    case ast::TypeKind::Cond:
      result.kind = ValueKind::Cond;
      break;
  }
  result.atomic = atomic;
  return result;
}

namespace {

std::string kindName(const ValueType& type) {
  switch (type.kind) {
    case ValueKind::Unknown:
      return "unknown";
    case ValueKind::Void:
      return "no value";
    case ValueKind::Int:
      return "int";
    case ValueKind::Bool:
      return "bool";
    case ValueKind::String:
      return "string";
    case ValueKind::List:
      return "list";
    case ValueKind::Func:
      return "func";
    case ValueKind::Once:
      return "once";
    case ValueKind::Mutex:
      return "mutex";
    case ValueKind::WaitGroup:
      return "waitgroup";
    case ValueKind::Chan:
      return "chan(" + std::to_string(type.channelCapacity) + ")";
    case ValueKind::RwMutex:
      return "rwmutex";
    case ValueKind::RMutex:
      return "rmutex";
    case ValueKind::Cond:
      return "cond";
    case ValueKind::Handle:
      return "thread handle";
    case ValueKind::Error:
      return "unknown";
  }
  return "unknown";
}

}  // namespace

std::string typeName(const ValueType& type) {
  std::string array = type.isArray() ? "[" + std::to_string(type.arrayLength) + "]" : "";
  return array + (type.atomic ? "atomic " + kindName(type) : kindName(type));
}

bool isAssignable(const ValueType& target, const ValueType& value) {
  if (target.isUnknown() || value.isUnknown())
    return true;
  if (target.kind != value.kind || target.arrayLength != value.arrayLength)
    return false;
  return target.kind != ValueKind::Chan || target.channelCapacity == value.channelCapacity;
}

bool isComparable(const ValueType& type) {
  switch (type.kind) {
    case ValueKind::Unknown:
    case ValueKind::Error:
    case ValueKind::Int:
    case ValueKind::Bool:
    case ValueKind::String:
    case ValueKind::List:
      return true;
    default:
      return false;
  }
}

}  // namespace initcheck
