// Character classes, reserved words and trivia (white space and comments) of the `.ic`
// language (LANGUAGE.md section 1). Shared by the lexer and the X3 skipper, so that both
// agree on where tokens begin.
#pragma once

#include <cstddef>
#include <string_view>

namespace initcheck::parser {

// Brackets may nest this deep; one more is an error (and the parser does not recurse further).
constexpr std::size_t kMaxNesting = 256;

bool isSpace(char c);
bool isIdentifierStart(char c);
bool isIdentifierChar(char c);
bool isKeyword(std::string_view word);

// Skips white space and comments starting at `first`. An unterminated block comment runs to
// `last`.
const char* skipTrivia(const char* first, const char* last);

// The length of a UTF-8 byte-order mark at the start of `text` (3), or 0. A spec may begin with
// one; it is no part of the first line's text.
std::size_t byteOrderMarkLength(std::string_view text);

// The length of the well-formed UTF-8 sequence of a non-ASCII character at `first`, or 0.
std::size_t utf8SequenceLength(const char* first, const char* last);

}  // namespace initcheck::parser
