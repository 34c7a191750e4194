#include "support/source_file.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace initcheck {

SourceFile::SourceFile(std::string path, std::string text)
    : path_(std::move(path)), text_(std::move(text)) {
  lineStarts_.push_back(0);
  for (std::size_t i = 0; i < text_.size(); ++i) {
    if (text_[i] == '\n')
      lineStarts_.push_back(i + 1);
  }
}

std::optional<SourceFile> SourceFile::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return std::nullopt;
  std::ostringstream contents;
  contents << in.rdbuf();
  if (in.bad())
    return std::nullopt;
  return SourceFile(path, contents.str());
}

SourcePosition SourceFile::positionAt(std::size_t offset) const {
  std::size_t firstLine = 0;
  return positionAt(offset, firstLine);
}

SourcePosition SourceFile::positionAt(std::size_t offset, std::size_t& lineHint) const {
  offset = std::min(offset, text_.size());
  auto onLine = [&](std::size_t line) {
    return line < lineStarts_.size() && lineStarts_[line] <= offset &&
           (line + 1 == lineStarts_.size() || offset < lineStarts_[line + 1]);
  };
  if (!onLine(lineHint)) {
    if (onLine(lineHint + 1)) {
      ++lineHint;
    } else {
      auto next = std::upper_bound(lineStarts_.begin(), lineStarts_.end(), offset);
      lineHint = static_cast<std::size_t>(next - lineStarts_.begin()) - 1;
    }
  }
  return {static_cast<std::uint32_t>(lineHint + 1),
          static_cast<std::uint32_t>(offset - lineStarts_[lineHint] + 1)};
}

std::size_t SourceFile::offsetOf(SourcePosition position) const {
  if (position.line == 0 || position.line > lineStarts_.size())
    return text_.size();
  return std::min(lineStarts_[position.line - 1] + position.column - 1, text_.size());
}

std::string_view SourceFile::lineText(std::uint32_t line) const {
  if (line == 0 || line > lineStarts_.size())
    return {};
  std::size_t begin = lineStarts_[line - 1];
  std::size_t end = line < lineStarts_.size() ? lineStarts_[line] - 1 : text_.size();
  std::string_view view(text_);
  auto result = view.substr(begin, end - begin);
  if (!result.empty() && result.back() == '\r')
    result.remove_suffix(1);
  return result;
}

}  // namespace initcheck
