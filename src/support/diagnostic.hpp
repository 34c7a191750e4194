// A message about a spec file at a position: an error (the spec is rejected) or a note
// attached to the error before it.
#pragma once

#include <string>
#include <vector>

#include "support/source_position.hpp"

namespace initcheck {

enum class Severity { Error, Note };

struct Diagnostic {
  Severity severity = Severity::Error;
  SourcePosition position;
  std::string message;

  bool operator==(const Diagnostic&) const = default;
};

// Collects diagnostics in the order they are reported.
class DiagnosticList {
 public:
  void error(SourcePosition position, std::string message);
  void note(SourcePosition position, std::string message);

  bool hasErrors() const;
  const std::vector<Diagnostic>& all() const { return diagnostics_; }
  void append(const DiagnosticList& other);
  // Sorts by position (stable), so messages read top to bottom.
  void sortByPosition();

 private:
  std::vector<Diagnostic> diagnostics_;
};

}  // namespace initcheck
