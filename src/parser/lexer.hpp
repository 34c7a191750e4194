// The lexer: splits a spec into tokens before the X3 grammar runs. The grammar parses the
// characters itself; the tokens serve what a character parser does poorly: recording every
// comment, checking bracket nesting before any recursion, finding "the token before" a
// missing one, describing an unexpected token, and skipping to a resynchronisation point.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace initcheck::parser {

enum class TokenKind { Identifier, Keyword, Integer, String, Punctuation, Invalid, End };

struct Token {
  TokenKind kind = TokenKind::End;
  std::size_t begin = 0;  // byte offsets
  std::size_t end = 0;
};

struct CommentSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
};

class LexedSource {
 public:
  std::string_view text;
  std::vector<Token> tokens;  // in order; the last one is End
  std::vector<CommentSpan> comments;
  std::optional<std::size_t> unterminatedComment;  // offset of its `/*`
  std::optional<std::size_t> tooDeep;              // the first bracket nested too deep

  std::string_view textOf(const Token& token) const;
  // The index of the first token that begins at or after `offset` (End when none).
  std::size_t indexAt(std::size_t offset) const;
  // The end of the last token that ends at or before `offset`; 0 when there is none.
  std::size_t endOfTokenBefore(std::size_t offset) const;
  bool is(std::size_t index, std::string_view text) const;
  // Whether the token starts a line (only white space before it on its line).
  bool startsLine(std::size_t index) const;
  bool atColumnOne(std::size_t index) const;
};

LexedSource lex(std::string_view text);

}  // namespace initcheck::parser
