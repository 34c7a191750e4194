// Markdown escaping (see markdown_text.hpp). CommonMark lets any ASCII punctuation be escaped
// with a backslash; only what could change the rendering is, so the raw text stays readable.
#include "report/markdown_text.hpp"

#include <algorithm>
#include <cctype>

namespace initcheck {

namespace {

bool isWordChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0;
}

// `_` opens or closes emphasis only next to a non-word character; `#` only starts a heading
// or closes one after a space; the others always may mean something (links, HTML, entities,
// GitHub math and mentions, table cells, strike-through, escapes).
bool needsEscape(std::string_view text, std::size_t i) {
  char c = text[i];
  if (c == '_') {
    bool inWord =
        i > 0 && i + 1 < text.size() && isWordChar(text[i - 1]) && isWordChar(text[i + 1]);
    return !inWord;
  }
  if (c == '#')
    return i == 0 || text[i - 1] == ' ';
  return std::string_view("\\*[]<>|$&~@!").find(c) != std::string_view::npos;
}

// The end of the code span opened at `start` (one past its closing backtick), if it closes.
std::size_t codeSpanEnd(std::string_view text, std::size_t start) {
  std::size_t close = text.find('`', start + 1);
  return close == std::string_view::npos ? start : close + 1;
}

}  // namespace

std::string markdownInline(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '`') {
      std::size_t end = codeSpanEnd(text, i);
      if (end > i) {
        out.append(text.substr(i, end - i));
        i = end - 1;
        continue;
      }
      out += "\\`";
      continue;
    }
    if (c == '\n' || c == '\r') {
      out += ' ';
      continue;
    }
    if (needsEscape(text, i))
      out += '\\';
    out += c;
  }
  return out;
}

std::string codeFence(std::string_view content) {
  std::size_t longest = 0;
  std::size_t run = 0;
  for (char c : content) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  return std::string(std::max<std::size_t>(3, longest + 1), '`');
}

}  // namespace initcheck
