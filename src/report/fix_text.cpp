// Words for fix suggestions (see fix_text.hpp).
#include "report/fix_text.hpp"

namespace initcheck {

std::string fixChangesText(const FixSuggestion& fix) {
  std::string text;
  for (const std::string& summary : fix.summaries)
    text += (text.empty() ? "" : ", ") + summary;
  return text;
}

std::string fixVerifiedText(const FixSuggestion& fix, std::size_t violations) {
  if (fix.clean)
    return "verified: with this change every property holds within the same bounds";
  return "verified: removes " + std::to_string(fix.removes.size()) + " of " +
         std::to_string(violations) + " violations and adds none";
}

std::string noFixText(const FixSearch& search) {
  if (search.afterLimit)
    return "no fix searched: the check ended at a limit, and an edited spec cannot be verified "
           "within it";
  if (search.candidates == 0)
    return "no fix found: no candidate edit applies (the spec has no memory order to "
           "strengthen, no shared loop variable, no wait group add to move, no CompareAndSwap "
           "flag, no skipped once, no misplaced unlock and no race)";
  return "no fix found: none of the " + std::to_string(search.candidates) +
         " edited specs checked (stronger memory orders, per-iteration loop variables, moved "
         "wait group adds, plain flags made atomic, CompareAndSwap flags replaced by a once, "
         "onces moved out of an if, unlocks moved into the locking block, racing statements "
         "under a mutex) removes a violation without adding one" +
         (search.stoppedEarly
              ? "; the search used up its budget of " + std::to_string(search.stateBudget) +
                    " states before the other candidates"
              : "");
}

}  // namespace initcheck
