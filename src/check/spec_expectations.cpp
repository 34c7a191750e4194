#include "check/spec_expectations.hpp"

#include <regex>

namespace initcheck {

std::string ExpectedSpecError::describe() const {
  std::string text = std::to_string(line);
  if (column)
    text += ":" + std::to_string(*column);
  return text;
}

std::optional<ExpectedSpecError> readExpectedError(const SourceFile& source) {
  static const std::regex header(R"(^\s*//\s*expect-error:\s*(\d{1,9})(?::(\d{1,9}))?\s*$)");
  std::string firstLine(source.lineText(1));
  std::smatch match;
  if (!std::regex_match(firstLine, match, header))
    return std::nullopt;
  ExpectedSpecError expected;
  expected.line = static_cast<std::uint32_t>(std::stoul(match[1].str()));
  if (match[2].matched)
    expected.column = static_cast<std::uint32_t>(std::stoul(match[2].str()));
  return expected;
}

std::string describeKinds(const std::set<PropertyKind>& kinds) {
  if (kinds.empty())
    return "ok";
  std::string text = "{";
  for (PropertyKind kind : kinds) {
    if (text.size() > 1)
      text += ", ";
    text += propertyName(kind);
  }
  return text + "}";
}

}  // namespace initcheck
