// Grouping violations by root cause (see root_cause_groups.hpp).
#include "report/root_cause_groups.hpp"

namespace initcheck {

std::vector<RootCauseGroup> rootCauseGroups(const std::vector<ReportedViolation>& violations) {
  std::vector<RootCauseGroup> groups;
  std::vector<std::size_t> groupOf(violations.size(), 0);
  for (std::size_t i = 0; i < violations.size(); ++i) {
    std::size_t first = violations[i].rootCause;
    if (first >= i) {  // its own first instance (or a value no engine sets: shown alone)
      groupOf[i] = groups.size();
      groups.push_back({i, {}});
    } else {
      groups[groupOf[first]].others.push_back(i);
      groupOf[i] = groupOf[first];
    }
  }
  return groups;
}

}  // namespace initcheck
