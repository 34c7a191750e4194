// What a spec file says it should produce when it is to be rejected: an
// `// expect-error: LINE[:COL]` header on its first line. (Its `expect` items, the kinds
// a valid spec violates, are resolved by the semantic checker: SpecDirectives.)
#pragma once

#include <optional>
#include <set>
#include <string>

#include "sema/directives.hpp"
#include "support/source_file.hpp"

namespace initcheck {

struct ExpectedSpecError {
  std::uint32_t line = 0;
  std::optional<std::uint32_t> column;  // absent: any column on that line

  bool matches(SourcePosition position) const {
    return position.line == line && (!column || position.column == *column);
  }
  std::string describe() const;
};

// The `// expect-error:` header, if the file's first line is one.
std::optional<ExpectedSpecError> readExpectedError(const SourceFile& source);

// "{race, init_before_use}" or "ok": how the test command shows a set of kinds.
std::string describeKinds(const std::set<PropertyKind>& kinds);

}  // namespace initcheck
