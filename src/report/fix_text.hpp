// The words for a verified fix suggestion (--suggest-fixes, src/repair), shared by the text and
// Markdown reports: what it changes, what the re-check showed, and why there is none.
#pragma once

#include <string>

#include "check/check_result.hpp"

namespace initcheck {

// "5:23 `relaxed` -> `release`, 8:19 `relaxed` -> `acquire`": what each repair does.
std::string fixChangesText(const FixSuggestion& fix);
// "verified: with this change every property holds within the same bounds", or "verified:
// removes 1 of 3 violations and adds none".
std::string fixVerifiedText(const FixSuggestion& fix, std::size_t violations);
// Why a search found no fix: no candidate, or none worked (and whether time ran out).
std::string noFixText(const FixSearch& search);

}  // namespace initcheck
