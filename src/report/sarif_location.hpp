// Where SARIF results point: a spec file as an artifact location (relative paths stay relative
// to %SRCROOT%, absolute paths become file:// URIs, both percent-encoded) and its positions as
// regions, with columns counted in Unicode code points (the run's columnKind) instead of the
// bytes initcheck counts.
#pragma once

#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "report/file_report.hpp"

namespace initcheck {

inline constexpr const char* kSarifSourceRoot = "%SRCROOT%";

// A path as a URI reference: unreserved characters and '/' as they are, every other byte %XX.
std::string percentEncodedPath(const std::string& path);

bool isAbsolutePath(const std::string& path);

// One spec file's locations.
class SarifArtifact {
 public:
  explicit SarifArtifact(const FileReport& file) : path_(file.path), source_(file.source) {}

  // {"uri": ..., "uriBaseId": "%SRCROOT%"} for a relative path, {"uri": "file:///..."} else.
  nlohmann::ordered_json artifactLocation() const;
  // The artifact location and, for a known position, its region.
  nlohmann::ordered_json physicalLocation(SourcePosition position) const;
  // The region from `start` up to `end` on one line (an empty one when they are equal).
  nlohmann::ordered_json region(SourcePosition start, SourcePosition end) const;
  // A location object: the physical location and a message.
  nlohmann::ordered_json location(SourcePosition position, const std::string& message) const;

 private:
  // The 1-based column in code points of a byte column on `line`.
  std::uint32_t codePointColumn(SourcePosition position) const;

  const std::string& path_;
  const SourceFile& source_;
};

}  // namespace initcheck
