// Character classes, reserved words and trivia (white space and comments) of the `.ic`
// language (LANGUAGE.md section 1). Shared by the lexer and the X3 skipper, so that both
// agree on where tokens begin.
#pragma once

#include <cstddef>
#include <string_view>

namespace initcheck::parser {

// Brackets may nest this deep; one more is an error (and the parser does not recurse further).
constexpr std::size_t kMaxNesting = 256;

// Inline: the parser asks them at every token boundary of every alternative it tries.
inline bool isSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
inline bool isIdentifierStart(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
inline bool isIdentifierChar(char c) {
  return isIdentifierStart(c) || (c >= '0' && c <= '9');
}
bool isKeyword(std::string_view word);

// Skips white space and comments starting at `first`. An unterminated block comment runs to
// `last`.
const char* skipTriviaFrom(const char* first, const char* last);
inline const char* skipTrivia(const char* first, const char* last) {
  // Most calls start at a token (the grammar skips before every alternative it tries).
  if (first == last || (!isSpace(*first) && *first != '/'))
    return first;
  return skipTriviaFrom(first, last);
}

// The length of a UTF-8 byte-order mark at the start of `text` (3), or 0. A spec may begin with
// one; it is no part of the first line's text.
std::size_t byteOrderMarkLength(std::string_view text);

// The length of the well-formed UTF-8 sequence of a non-ASCII character at `first`, or 0.
std::size_t utf8SequenceLength(const char* first, const char* last);

}  // namespace initcheck::parser
