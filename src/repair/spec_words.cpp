// Words outside comments and strings (see spec_words.hpp).
#include "repair/spec_words.hpp"

#include <cctype>
#include <set>

namespace initcheck {

namespace {

bool isWordCharacter(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_';
}

// Where the comment or string starting at `i` ends (one past it), or `i` when none starts.
std::size_t skipTrivia(std::string_view text, std::size_t i) {
  if (text.compare(i, 2, "//") == 0) {
    std::size_t end = text.find('\n', i);
    return end == std::string_view::npos ? text.size() : end;
  }
  if (text.compare(i, 2, "/*") == 0) {
    std::size_t end = text.find("*/", i + 2);
    return end == std::string_view::npos ? text.size() : end + 2;
  }
  if (text[i] == '"') {
    std::size_t j = i + 1;
    while (j < text.size() && text[j] != '"' && text[j] != '\n')
      j += text[j] == '\\' && j + 1 < text.size() ? 2 : 1;
    return j < text.size() ? j + 1 : j;
  }
  return i;
}

}  // namespace

void forEachWord(std::string_view text,
                 const std::function<void(std::size_t offset, std::string_view word)>& visit) {
  for (std::size_t i = 0; i < text.size();) {
    std::size_t skipped = skipTrivia(text, i);
    if (skipped != i) {
      i = skipped;
      continue;
    }
    if (!isWordCharacter(text[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && isWordCharacter(text[end]))
      ++end;
    visit(i, text.substr(i, end - i));
    i = end;
  }
}

std::string unusedName(std::string_view text, const std::string& base) {
  std::set<std::string, std::less<>> words;
  forEachWord(text, [&](std::size_t, std::string_view word) { words.emplace(word); });
  std::string name = base;
  for (int k = 2; words.count(name) != 0; ++k)
    name = base + std::to_string(k);
  return name;
}

}  // namespace initcheck
