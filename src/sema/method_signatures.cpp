// The method tables of once, mutex, waitgroup, chan and the atomics.
#include "sema/method_signatures.hpp"

namespace initcheck {

namespace {

using A = ArgumentRule;
using R = ResultRule;
using O = OrderRule;

const std::vector<MethodSignature> kOnce = {{"do", {A::ParameterlessFunc}, R::Void, O::None}};

const std::vector<MethodSignature> kMutex = {
    {"lock", {}, R::Void, O::None},
    {"unlock", {}, R::Void, O::None},
};

const std::vector<MethodSignature> kRwMutex = {
    {"lock", {}, R::Void, O::None},
    {"unlock", {}, R::Void, O::None},
    {"rlock", {}, R::Void, O::None},
    {"runlock", {}, R::Void, O::None},
};

const std::vector<MethodSignature> kCond = {
    {"wait", {A::Mutex}, R::Void, O::None},
    {"signal", {}, R::Void, O::None},
    {"broadcast", {}, R::Void, O::None},
};

const std::vector<MethodSignature> kWaitGroup = {
    {"add", {A::Int}, R::Void, O::None},
    {"done", {}, R::Void, O::None},
    {"wait", {}, R::Void, O::None},
};

const std::vector<MethodSignature> kChan = {
    {"send", {A::AnyValue}, R::Void, O::None},
    {"recv", {}, R::Unknown, O::None},
    {"close", {}, R::Void, O::None},
};

const std::vector<MethodSignature> kAtomicBool = {
    {"load", {}, R::AtomicValue, O::Load},
    {"store", {A::AtomicValue}, R::Void, O::Store},
    {"swap", {A::AtomicValue}, R::AtomicValue, O::Any},
    {"cas", {A::AtomicValue, A::AtomicValue}, R::Bool, O::CompareExchange},
    {"cmpxchg", {A::AtomicValue, A::AtomicValue}, R::AtomicValue, O::CompareExchange},
    {"wait", {A::AtomicValue}, R::Void, O::Load},
    {"notify_one", {}, R::Void, O::None},
    {"notify_all", {}, R::Void, O::None},
};

const std::vector<MethodSignature> kAtomicInt = {
    {"load", {}, R::AtomicValue, O::Load},
    {"store", {A::AtomicValue}, R::Void, O::Store},
    {"swap", {A::AtomicValue}, R::AtomicValue, O::Any},
    {"cas", {A::AtomicValue, A::AtomicValue}, R::Bool, O::CompareExchange},
    {"cmpxchg", {A::AtomicValue, A::AtomicValue}, R::AtomicValue, O::CompareExchange},
    {"add", {A::Int}, R::Int, O::Any},
    {"fetch_add", {A::Int}, R::Int, O::Any},
    {"fetch_sub", {A::Int}, R::Int, O::Any},
    {"fetch_and", {A::Int}, R::Int, O::Any},
    {"fetch_or", {A::Int}, R::Int, O::Any},
    {"fetch_xor", {A::Int}, R::Int, O::Any},
    {"wait", {A::AtomicValue}, R::Void, O::Load},
    {"notify_one", {}, R::Void, O::None},
    {"notify_all", {}, R::Void, O::None},
};

// An Unknown receiver (a list element, a recv() result) may be any object; its methods are
// checked by the runtime, so the result is Unknown whatever the name.
const std::vector<MethodSignature> kAnyObject = {
    {"do", {A::ParameterlessFunc}, R::Unknown, O::None},
    {"lock", {}, R::Unknown, O::None},
    {"unlock", {}, R::Unknown, O::None},
    {"rlock", {}, R::Unknown, O::None},
    {"runlock", {}, R::Unknown, O::None},
    {"signal", {}, R::Unknown, O::None},
    {"broadcast", {}, R::Unknown, O::None},
    {"add", {A::Int}, R::Unknown, O::None},
    {"done", {}, R::Unknown, O::None},
    {"wait", {}, R::Unknown, O::None},
    {"send", {A::AnyValue}, R::Unknown, O::None},
    {"recv", {}, R::Unknown, O::None},
    {"close", {}, R::Unknown, O::None},
};

const std::vector<MethodSignature> kNone = {};

}  // namespace

const std::vector<MethodSignature>& methodsOf(const ValueType& receiver) {
  if (receiver.atomic)
    return receiver.kind == ValueKind::Int ? kAtomicInt : kAtomicBool;
  switch (receiver.kind) {
    case ValueKind::Once:
      return kOnce;
    case ValueKind::Mutex:
    case ValueKind::RMutex:
      return kMutex;
    case ValueKind::RwMutex:
      return kRwMutex;
    case ValueKind::Cond:
      return kCond;
    case ValueKind::WaitGroup:
      return kWaitGroup;
    case ValueKind::Chan:
      return kChan;
    case ValueKind::Unknown:
      return kAnyObject;
    default:
      return kNone;
  }
}

const MethodSignature* findMethod(const ValueType& receiver, std::string_view name) {
  for (const auto& method : methodsOf(receiver)) {
    if (method.name == name)
      return &method;
  }
  return nullptr;
}

std::vector<std::string> methodNames(const ValueType& receiver) {
  std::vector<std::string> names;
  for (const auto& method : methodsOf(receiver))
    names.emplace_back(method.name);
  return names;
}

bool orderAllowed(OrderRule rule, ast::MemoryOrder order) {
  using M = ast::MemoryOrder;
  switch (rule) {
    case OrderRule::None:
      return false;
    case OrderRule::Load:
      return order != M::Release && order != M::AcqRel;
    case OrderRule::Store:
      return order != M::Acquire && order != M::AcqRel;
    case OrderRule::Any:
    case OrderRule::CompareExchange:
      return true;
  }
  return false;
}

namespace {

// How much a failure order acquires: relaxed and release nothing, acquire and acq_rel acquire,
// seq_cst most.
int acquireStrength(ast::MemoryOrder order) {
  using M = ast::MemoryOrder;
  switch (order) {
    case M::Relaxed:
    case M::Release:
      return 0;
    case M::Acquire:
    case M::AcqRel:
      return 1;
    case M::SeqCst:
      return 2;
  }
  return 2;
}

}  // namespace

bool failureOrderAllowed(ast::MemoryOrder success, ast::MemoryOrder failure) {
  return orderAllowed(OrderRule::Load, failure) &&
         acquireStrength(failure) <= acquireStrength(success);
}

}  // namespace initcheck
