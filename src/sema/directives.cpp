// Names of property kinds and options, shared by the checker and the layers above it.
#include "sema/directives.hpp"

#include <array>
#include <utility>

namespace initcheck {

namespace {

constexpr std::array<std::pair<PropertyKind, std::string_view>, 10> kPropertyNames = {{
    {PropertyKind::Race, "race"},
    {PropertyKind::Deadlock, "deadlock"},
    {PropertyKind::Livelock, "livelock"},
    {PropertyKind::Assertion, "assertion"},
    {PropertyKind::InitBeforeUse, "init_before_use"},
    {PropertyKind::RuntimeError, "runtime_error"},
    {PropertyKind::SingleInit, "single_init"},
    {PropertyKind::ExactlyOnce, "exactly_once"},
    {PropertyKind::HappensBefore, "happens_before"},
    {PropertyKind::Final, "final"},
}};

}  // namespace

std::string_view propertyName(PropertyKind kind) {
  for (const auto& [k, name] : kPropertyNames) {
    if (k == kind)
      return name;
  }
  return "unknown";
}

std::optional<PropertyKind> propertyFromName(std::string_view name) {
  for (const auto& [kind, n] : kPropertyNames) {
    if (n == name)
      return kind;
  }
  return std::nullopt;
}

std::vector<std::string> allPropertyNames() {
  std::vector<std::string> names;
  for (const auto& entry : kPropertyNames)
    names.emplace_back(entry.second);
  return names;
}

std::optional<std::int64_t>* SpecOptions::byName(std::string_view name) {
  if (name == "unroll")
    return &unroll;
  if (name == "threads")
    return &threads;
  if (name == "depth")
    return &depth;
  if (name == "preemptions")
    return &preemptions;
  return nullptr;
}

std::vector<std::string> SpecOptions::names() {
  return {"unroll", "threads", "depth", "preemptions", "memory_model"};
}

std::string_view memoryModelName(MemoryModel model) {
  return model == MemoryModel::Sc ? "sc" : "rc11";
}

std::optional<MemoryModel> memoryModelFromName(std::string_view name) {
  if (name == "rc11")
    return MemoryModel::Rc11;
  if (name == "sc")
    return MemoryModel::Sc;
  return std::nullopt;
}

}  // namespace initcheck
