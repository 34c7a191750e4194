// The lexer: tokens, comments and bracket nesting of a spec, in one linear pass.
#include "parser/lexer.hpp"

#include <algorithm>
#include <array>

#include "parser/lexical.hpp"

namespace initcheck::parser {

namespace {

constexpr std::array<std::string_view, 10> kTwoCharPunctuation = {
    "..", "->", "==", "!=", "<=", ">=", "&&", "||", "<<", ">>"};
constexpr std::string_view kOneCharPunctuation = "()[]{},;:.@=!<>+-*/%&|^~";

bool isDigit(char c) {
  return c >= '0' && c <= '9';
}

class Lexer {
 public:
  explicit Lexer(std::string_view text) : text_(text), pos_(byteOrderMarkLength(text)) {
    result_.text = text;
  }

  LexedSource run() {
    result_.tokens.reserve(text_.size() / 3 + 1);
    while (skipTriviaRecordingComments())
      lexToken();
    result_.tokens.push_back({TokenKind::End, text_.size(), text_.size()});
    return std::move(result_);
  }

 private:
  const char* at(std::size_t offset) const { return text_.data() + offset; }
  const char* last() const { return text_.data() + text_.size(); }

  // Returns false at the end of the text.
  bool skipTriviaRecordingComments() {
    const char* next = skipTrivia(at(pos_), last());
    recordCommentsBetween(pos_, static_cast<std::size_t>(next - text_.data()));
    pos_ = static_cast<std::size_t>(next - text_.data());
    return pos_ < text_.size();
  }

  // [from, to) is trivia: white space and whole comments.
  void recordCommentsBetween(std::size_t from, std::size_t to) {
    while (from < to) {
      if (isSpace(text_[from])) {
        ++from;
        continue;
      }
      std::size_t stop = commentEnd(from, to);
      result_.comments.push_back({from, stop});
      from = stop;
    }
  }

  std::size_t commentEnd(std::size_t from, std::size_t limit) {
    if (text_[from + 1] == '/') {
      auto newline = text_.find('\n', from);
      std::size_t end = std::min(newline == std::string_view::npos ? text_.size() : newline, limit);
      return end > from + 2 && text_[end - 1] == '\r' ? end - 1 : end;  // CRLF: keep the CR out
    }
    auto close = text_.find("*/", from + 2);
    if (close == std::string_view::npos) {
      result_.unterminatedComment = from;
      return limit;
    }
    return close + 2;
  }

  void lexToken() {
    std::size_t begin = pos_;
    TokenKind kind = lexOne();
    result_.tokens.push_back({kind, begin, pos_});
    if (kind == TokenKind::Punctuation)
      trackNesting(text_[begin], begin);
  }

  TokenKind lexOne() {
    char c = text_[pos_];
    if (isIdentifierStart(c))
      return lexWord();
    if (isDigit(c))
      return lexWhile(isDigit, TokenKind::Integer);
    if (c == '"')
      return lexString();
    if (lexPunctuation())
      return TokenKind::Punctuation;
    std::size_t length = utf8SequenceLength(at(pos_), last());
    pos_ += std::max<std::size_t>(length, 1);
    return TokenKind::Invalid;
  }

  TokenKind lexWord() {
    std::size_t begin = pos_;
    lexWhile(isIdentifierChar, TokenKind::Identifier);
    return isKeyword(text_.substr(begin, pos_ - begin)) ? TokenKind::Keyword
                                                        : TokenKind::Identifier;
  }

  TokenKind lexWhile(bool (*predicate)(char), TokenKind kind) {
    while (pos_ < text_.size() && predicate(text_[pos_]))
      ++pos_;
    return kind;
  }

  // A string ends at its closing quote, or (unterminated) before the end of its line.
  TokenKind lexString() {
    ++pos_;
    while (pos_ < text_.size() && text_[pos_] != '"' && text_[pos_] != '\n') {
      bool escape = text_[pos_] == '\\' && pos_ + 1 < text_.size() && text_[pos_ + 1] != '\n';
      pos_ += escape ? 2 : 1;
    }
    if (pos_ < text_.size() && text_[pos_] == '"')
      ++pos_;
    return TokenKind::String;
  }

  bool lexPunctuation() {
    auto two = text_.substr(pos_, 2);
    if (std::find(kTwoCharPunctuation.begin(), kTwoCharPunctuation.end(), two) !=
        kTwoCharPunctuation.end()) {
      pos_ += 2;
      return true;
    }
    if (kOneCharPunctuation.find(text_[pos_]) == std::string_view::npos)
      return false;
    ++pos_;
    return true;
  }

  // Open brackets, as the grammar will see them: a `;` ends any `(` or `[` left open in its
  // statement, and a `}` any left open in its block. For valid code this is exact; for broken
  // code it keeps unclosed brackets of many statements from adding up.
  void trackNesting(char c, std::size_t offset) {
    if (c == '(' || c == '[' || c == '{') {
      open_.push_back(c);
      if (open_.size() > kMaxNesting && !result_.tooDeep)
        result_.tooDeep = offset;
    } else if (c == ';') {
      while (!open_.empty() && open_.back() != '{')
        open_.pop_back();
    } else if (c == '}') {
      while (!open_.empty() && open_.back() != '{')
        open_.pop_back();
      if (!open_.empty())
        open_.pop_back();
    } else if ((c == ')' || c == ']') && !open_.empty() && open_.back() == (c == ')' ? '(' : '[')) {
      open_.pop_back();
    }
  }

  std::string_view text_;
  std::size_t pos_;
  std::vector<char> open_;
  LexedSource result_;
};

}  // namespace

std::string_view LexedSource::textOf(const Token& token) const {
  return text.substr(token.begin, token.end - token.begin);
}

std::size_t LexedSource::indexAt(std::size_t offset) const {
  auto it = std::lower_bound(tokens.begin(), tokens.end(), offset,
                             [](const Token& t, std::size_t o) { return t.begin < o; });
  if (it == tokens.end())
    return tokens.size() - 1;
  return static_cast<std::size_t>(it - tokens.begin());
}

std::size_t LexedSource::endOfTokenBefore(std::size_t offset) const {
  auto it = std::upper_bound(tokens.begin(), tokens.end(), offset,
                             [](std::size_t o, const Token& t) { return o < t.end; });
  // `it` is the first token ending after `offset`; the one before it ends at or before.
  while (it != tokens.begin()) {
    --it;
    if (it->kind != TokenKind::End && it->end <= offset)
      return it->end;
  }
  return 0;
}

bool LexedSource::is(std::size_t index, std::string_view expected) const {
  const Token& token = tokens[index];
  return token.kind != TokenKind::End && token.kind != TokenKind::String &&
         textOf(token) == expected;
}

bool LexedSource::startsLine(std::size_t index) const {
  std::size_t offset = tokens[index].begin;
  while (offset > 0 && (text[offset - 1] == ' ' || text[offset - 1] == '\t'))
    --offset;
  return offset == 0 || text[offset - 1] == '\n';
}

bool LexedSource::atColumnOne(std::size_t index) const {
  std::size_t offset = tokens[index].begin;
  return offset == 0 || text[offset - 1] == '\n';
}

LexedSource lex(std::string_view text) {
  return Lexer(text).run();
}

}  // namespace initcheck::parser
