// The SARIF rules initcheck reports against (tool.driver.rules): one per property kind, in the
// order of PropertyKind, then `spec_error` for a rejected spec. Each says what the property
// means and how such bugs are usually fixed, in plain text and in Markdown. Every rule is always
// listed, so a rule's index does not depend on what a run found.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "sema/directives.hpp"

namespace initcheck {

inline constexpr std::string_view kSpecErrorRuleId = "spec_error";

// tool.driver.rules.
nlohmann::ordered_json sarifRules();

// The index in sarifRules() of a property kind's rule and of the spec_error rule.
std::size_t sarifRuleIndex(PropertyKind kind);
std::size_t sarifSpecErrorRuleIndex();

}  // namespace initcheck
