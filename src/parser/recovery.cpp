// Resynchronisation after a syntax error, over the lexer's tokens.
#include "parser/recovery.hpp"

#include <algorithm>
#include <array>
#include <string_view>

namespace initcheck::parser {

namespace {

constexpr std::array<std::string_view, 6> kItemOnlyKeywords = {"thread", "check", "expect",
                                                               "option", "spec",  "const"};
constexpr std::array<std::string_view, 13> kStatementKeywords = {
    "let",    "if",     "while", "for",   "go",    "join",    "return",
    "assert", "assume", "await", "fence", "break", "continue"};

template <class List>
bool contains(const List& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

bool isKeyword(const LexedSource& lexed, std::size_t index, std::string_view word) {
  return lexed.tokens[index].kind == TokenKind::Keyword && lexed.is(index, word);
}

bool isPunctuation(const LexedSource& lexed, std::size_t index, std::string_view text) {
  return lexed.tokens[index].kind == TokenKind::Punctuation && lexed.is(index, text);
}

bool isEnd(const LexedSource& lexed, std::size_t index) {
  return lexed.tokens[index].kind == TokenKind::End;
}

// `func NAME` (even a misspelt NAME) or `init func ...`: a declaration, never a closure.
bool startsFunctionDeclaration(const LexedSource& lexed, std::size_t index) {
  if (isKeyword(lexed, index, "init"))
    return isKeyword(lexed, index + 1, "func");
  TokenKind next = lexed.tokens[index + 1].kind;
  return isKeyword(lexed, index, "func") &&
         (next == TokenKind::Identifier || next == TokenKind::Keyword);
}

bool lineBreakBefore(const LexedSource& lexed, std::size_t index) {
  std::size_t previousEnd = lexed.endOfTokenBefore(lexed.tokens[index].begin);
  auto gap = lexed.text.substr(previousEnd, lexed.tokens[index].begin - previousEnd);
  return gap.find('\n') != std::string_view::npos;
}

// After a `}` that closes a brace opened at statement level: whether the statement ends here
// (and where to resume), or goes on (`} else {`, `func() { ... }();`).
bool endsStatementAfterBlock(const LexedSource& lexed, std::size_t next, std::size_t& resume) {
  if (isPunctuation(lexed, next, ";")) {
    resume = lexed.tokens[next].end;
    return true;
  }
  if (isKeyword(lexed, next, "else"))
    return false;
  if (isEnd(lexed, next) || isPunctuation(lexed, next, "}") || startsStatement(lexed, next)) {
    resume = lexed.tokens[next].begin;
    return true;
  }
  return false;
}

}  // namespace

bool startsItem(const LexedSource& lexed, std::size_t index, bool insideBraces) {
  const Token& token = lexed.tokens[index];
  if (token.kind != TokenKind::Keyword)
    return false;
  auto word = lexed.textOf(token);
  if (contains(kItemOnlyKeywords, word))
    return true;
  bool declaration = word == "var" || startsFunctionDeclaration(lexed, index);
  return declaration && (!insideBraces || lexed.atColumnOne(index));
}

bool startsStatement(const LexedSource& lexed, std::size_t index) {
  const Token& token = lexed.tokens[index];
  if (token.kind == TokenKind::Identifier)
    return true;
  if (token.kind == TokenKind::Keyword)
    return contains(kStatementKeywords, lexed.textOf(token));
  return isPunctuation(lexed, index, "@") || isPunctuation(lexed, index, "{");
}

std::size_t resumeAfterStatement(const LexedSource& lexed, std::size_t from) {
  std::size_t index = lexed.indexAt(from);
  if (!isEnd(lexed, index) && lineBreakBefore(lexed, index) && startsStatement(lexed, index)) {
    return lexed.tokens[index].begin;
  }
  std::size_t depth = 0;
  for (;; ++index) {
    const Token& token = lexed.tokens[index];
    if (token.kind == TokenKind::End || startsItem(lexed, index, true))
      return token.begin;
    if (token.kind != TokenKind::Punctuation)
      continue;
    char c = lexed.text[token.begin];
    if (c == ';' && depth == 0)
      return token.end;
    if (c == '(' || c == '[' || c == '{') {
      ++depth;
    } else if ((c == ')' || c == ']') && depth > 0) {
      --depth;
    } else if (c == '}') {
      if (depth == 0)
        return token.begin;
      std::size_t resume = 0;
      if (--depth == 0 && endsStatementAfterBlock(lexed, index + 1, resume))
        return resume;
    }
  }
}

std::size_t resumeAfterItem(const LexedSource& lexed, std::size_t from) {
  std::size_t braces = 0;
  for (std::size_t index = lexed.indexAt(from);; ++index) {
    const Token& token = lexed.tokens[index];
    if (token.kind == TokenKind::End || startsItem(lexed, index, braces > 0))
      return token.begin;
    if (isPunctuation(lexed, index, "{"))
      ++braces;
    if (isPunctuation(lexed, index, "}") && braces > 0)
      --braces;
  }
}

}  // namespace initcheck::parser
