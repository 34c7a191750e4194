// Test support for the unfolder: a spec (text or file) compiled to the explicit semantics and
// unfolded, with counts of its nodes by kind and a printout for failure messages.
#pragma once

#include <map>
#include <memory>
#include <string>

#include "check/loaded_spec.hpp"
#include "model/semantics.hpp"
#include "symbolic/unfolder.hpp"

namespace initcheck::symbolic {

struct Unfolded {
  explicit Unfolded(LoadedSpec loaded) : spec(std::move(loaded)) {}

  LoadedSpec spec;
  std::unique_ptr<Semantics> semantics;
  std::unique_ptr<z3::context> context;
  UnfoldResult result;

  const Unfolding& unfolding() const { return *result.unfolding; }
  int count(NodeKind kind) const;
  int halts(HaltKind kind) const;
  std::string dump() const;
};

std::unique_ptr<Unfolded> unfoldSpec(LoadedSpec spec);
std::unique_ptr<Unfolded> unfoldText(const std::string& text);
std::string kindName(NodeKind kind);

}  // namespace initcheck::symbolic
