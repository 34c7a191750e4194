// A source file held in memory: its path for messages, its text, and the line index
// that turns byte offsets into line:column positions and positions back into lines.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "support/source_position.hpp"

namespace initcheck {

class SourceFile {
 public:
  SourceFile(std::string path, std::string text);

  // Reads a file from disk; std::nullopt when it cannot be read.
  static std::optional<SourceFile> load(const std::string& path);

  const std::string& path() const { return path_; }
  const std::string& text() const { return text_; }

  SourcePosition positionAt(std::size_t offset) const;
  // The same, trying the 0-based line `lineHint` (and the next) first and leaving the line
  // found there: a parser asks for positions that mostly move forward a little at a time.
  SourcePosition positionAt(std::size_t offset, std::size_t& lineHint) const;
  std::size_t offsetOf(SourcePosition position) const;
  // The text of a 1-based line without its line break; empty past the end.
  std::string_view lineText(std::uint32_t line) const;
  std::uint32_t lineCount() const { return static_cast<std::uint32_t>(lineStarts_.size()); }

 private:
  std::string path_;
  std::string text_;
  std::vector<std::size_t> lineStarts_;
};

}  // namespace initcheck
