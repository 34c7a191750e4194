// Character classes, reserved words and trivia of the `.ic` language.
#include "parser/lexical.hpp"

#include <algorithm>
#include <array>

namespace initcheck::parser {

namespace {

// Sorted, for binary search (LANGUAGE.md section 1).
constexpr std::array<std::string_view, 47> kKeywords = {
    "acq_rel", "acquire", "assert",  "assume", "atomic", "await",     "bool",    "break",
    "chan",    "check",   "choose",  "cond",   "const",  "continue",  "else",    "expect",
    "false",   "fence",   "final",   "for",    "func",   "go",        "if",      "in",
    "init",    "int",     "join",    "let",    "list",   "mutex",     "new",     "once",
    "option",  "relaxed", "release", "return", "rmutex", "rwmutex",   "seq_cst", "shared",
    "spec",    "string",  "thread",  "true",   "var",    "waitgroup", "while"};
static_assert(std::is_sorted(kKeywords.begin(), kKeywords.end()));

const char* skipLineComment(const char* first, const char* last) {
  return std::find(first, last, '\n');
}

const char* skipBlockComment(const char* first, const char* last) {
  std::string_view rest(first + 2, static_cast<std::size_t>(last - first - 2));
  auto close = rest.find("*/");
  return close == std::string_view::npos ? last : first + 2 + close + 2;
}

bool startsWith(const char* first, const char* last, char a, char b) {
  return last - first >= 2 && first[0] == a && first[1] == b;
}

}  // namespace

bool isKeyword(std::string_view word) {
  return std::binary_search(kKeywords.begin(), kKeywords.end(), word);
}

const char* skipTriviaFrom(const char* first, const char* last) {
  while (first != last) {
    if (isSpace(*first)) {
      ++first;
    } else if (startsWith(first, last, '/', '/')) {
      first = skipLineComment(first, last);
    } else if (startsWith(first, last, '/', '*')) {
      first = skipBlockComment(first, last);
    } else {
      break;
    }
  }
  return first;
}

std::size_t byteOrderMarkLength(std::string_view text) {
  return text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
}

std::size_t utf8SequenceLength(const char* first, const char* last) {
  auto byte = [&](std::ptrdiff_t i) { return static_cast<unsigned char>(first[i]); };
  auto lead = byte(0);
  std::size_t length = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
  if (lead >= 0xF5 || length == 0 || static_cast<std::size_t>(last - first) < length)
    return 0;
  for (std::size_t i = 1; i < length; ++i) {
    if ((byte(static_cast<std::ptrdiff_t>(i)) & 0xC0) != 0x80)
      return 0;
  }
  // Reject overlong forms, surrogates and code points past U+10FFFF.
  if (lead == 0xE0 && byte(1) < 0xA0)
    return 0;
  if (lead == 0xED && byte(1) >= 0xA0)
    return 0;
  if (lead == 0xF0 && byte(1) < 0x90)
    return 0;
  if (lead == 0xF4 && byte(1) >= 0x90)
    return 0;
  return length;
}

}  // namespace initcheck::parser
