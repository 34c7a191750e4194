#include "support/diagnostic.hpp"

#include <algorithm>

namespace initcheck {

void DiagnosticList::error(SourcePosition position, std::string message) {
  diagnostics_.push_back({Severity::Error, position, std::move(message)});
}

void DiagnosticList::note(SourcePosition position, std::string message) {
  diagnostics_.push_back({Severity::Note, position, std::move(message)});
}

bool DiagnosticList::hasErrors() const {
  return std::any_of(diagnostics_.begin(), diagnostics_.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

void DiagnosticList::append(const DiagnosticList& other) {
  diagnostics_.insert(diagnostics_.end(), other.diagnostics_.begin(), other.diagnostics_.end());
}

void DiagnosticList::sortByPosition() {
  // Notes stay right behind the error they belong to.
  std::vector<std::vector<Diagnostic>> groups;
  for (const auto& d : diagnostics_) {
    if (d.severity == Severity::Note && !groups.empty()) {
      groups.back().push_back(d);
    } else {
      groups.push_back({d});
    }
  }
  std::stable_sort(groups.begin(), groups.end(), [](const auto& a, const auto& b) {
    return a.front().position < b.front().position;
  });
  diagnostics_.clear();
  for (auto& group : groups)
    diagnostics_.insert(diagnostics_.end(), group.begin(), group.end());
}

}  // namespace initcheck
