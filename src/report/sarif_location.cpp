// SARIF artifact locations and regions (see sarif_location.hpp).
#include "report/sarif_location.hpp"

#include <cstdio>

namespace initcheck {

namespace {

using nlohmann::ordered_json;

bool keptInUri(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '.' || c == '_' || c == '~' || c == '/';
}

bool isUtf8Continuation(unsigned char c) {
  return (c & 0xC0) == 0x80;
}

}  // namespace

std::string percentEncodedPath(const std::string& path) {
  std::string uri;
  for (unsigned char c : path) {
    if (keptInUri(c)) {
      uri += static_cast<char>(c);
      continue;
    }
    char escaped[4];
    std::snprintf(escaped, sizeof escaped, "%%%02X", c);
    uri += escaped;
  }
  return uri;
}

bool isAbsolutePath(const std::string& path) {
  return !path.empty() && path.front() == '/';
}

ordered_json SarifArtifact::artifactLocation() const {
  if (isAbsolutePath(path_))
    return {{"uri", "file://" + percentEncodedPath(path_)}};
  return {{"uri", percentEncodedPath(path_)}, {"uriBaseId", kSarifSourceRoot}};
}

std::uint32_t SarifArtifact::codePointColumn(SourcePosition position) const {
  std::string_view line = source_.lineText(position.line);
  std::uint32_t bytesBefore = position.column - 1;
  std::uint32_t column = 1;
  for (std::uint32_t i = 0; i < bytesBefore; ++i) {
    if (i >= line.size() || !isUtf8Continuation(static_cast<unsigned char>(line[i])))
      ++column;
  }
  return column;
}

ordered_json SarifArtifact::physicalLocation(SourcePosition position) const {
  ordered_json physical = {{"artifactLocation", artifactLocation()}};
  if (!position.isKnown())
    return physical;
  ordered_json region = {{"startLine", position.line}};
  if (position.column > 0)
    region["startColumn"] = codePointColumn(position);
  physical["region"] = region;
  return physical;
}

ordered_json SarifArtifact::region(SourcePosition start, SourcePosition end) const {
  return {{"startLine", start.line},
          {"startColumn", codePointColumn(start)},
          {"endLine", end.line},
          {"endColumn", codePointColumn(end)}};
}

ordered_json SarifArtifact::location(SourcePosition position, const std::string& message) const {
  return {{"physicalLocation", physicalLocation(position)}, {"message", {{"text", message}}}};
}

}  // namespace initcheck
