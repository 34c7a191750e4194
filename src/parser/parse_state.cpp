// What the grammar shares while it parses one file; the wording of syntax errors.
#include "parser/parse_state.hpp"

#include <cstdio>

#include "parser/lexical.hpp"

namespace initcheck::parser {

namespace {

constexpr std::size_t kMaxQuotedToken = 24;

std::string quoted(std::string_view text) {
  if (text.size() > kMaxQuotedToken)
    return "'" + std::string(text.substr(0, kMaxQuotedToken)) + "...'";
  return "'" + std::string(text) + "'";
}

std::string hexByte(unsigned char byte) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "\\x%02x", byte);
  return buffer;
}

std::uint32_t decodeUtf8(std::string_view sequence) {
  auto byte = [&](std::size_t i) {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(sequence[i]));
  };
  if (sequence.size() == 2)
    return ((byte(0) & 0x1F) << 6) | (byte(1) & 0x3F);
  if (sequence.size() == 3)
    return ((byte(0) & 0x0F) << 12) | ((byte(1) & 0x3F) << 6) | (byte(2) & 0x3F);
  return ((byte(0) & 0x07) << 18) | ((byte(1) & 0x3F) << 12) | ((byte(2) & 0x3F) << 6) |
         (byte(3) & 0x3F);
}

}  // namespace

std::string nestingTooDeepMessage() {
  return "nesting too deep (limit is " + std::to_string(kMaxNesting) + " levels)";
}

std::string describeCharacter(std::string_view text, std::size_t offset) {
  auto byte = static_cast<unsigned char>(text[offset]);
  if (byte == '\'')
    return "\"'\"";
  if (byte >= 0x20 && byte < 0x7f)
    return "'" + std::string(1, text[offset]) + "'";
  std::size_t length = utf8SequenceLength(text.data() + offset, text.data() + text.size());
  if (length == 0)
    return "'" + hexByte(byte) + "'";
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "U+%04X", decodeUtf8(text.substr(offset, length)));
  return "'" + std::string(text.substr(offset, length)) + "' (" + buffer + ")";
}

ParseState::ParseState(const SourceFile& source, const LexedSource& lexed,
                       DiagnosticList& diagnostics)
    : source_(source), lexed_(lexed), diagnostics_(diagnostics) {}

void ParseState::error(SourcePosition position, std::string message) {
  lastErrorDropped_ = !reported_.emplace(position, message).second;
  if (!lastErrorDropped_)
    diagnostics_.error(position, std::move(message));
}

void ParseState::note(SourcePosition position, std::string message) {
  if (!lastErrorDropped_)
    diagnostics_.note(position, std::move(message));
}

void ParseState::reportMissing(const char* where, std::string_view what) {
  std::size_t offset = offsetOf(where);
  if (reportLexicalProblem(lexed_.indexAt(offset)))
    return;
  error(positionAt(lexed_.endOfTokenBefore(offset)), "expected " + std::string(what));
}

void ParseState::reportMissingClose(const char* where, std::string_view what,
                                    SourcePosition opening, std::string_view openingText) {
  std::size_t offset = offsetOf(where);
  if (reportLexicalProblem(lexed_.indexAt(offset)))
    return;
  error(positionAt(lexed_.endOfTokenBefore(offset)), "expected " + std::string(what));
  note(opening, "to match this '" + std::string(openingText) + "'");
}

void ParseState::reportUnexpected(const char* where, std::string_view expected) {
  std::size_t index = lexed_.indexAt(offsetOf(where));
  if (reportLexicalProblem(index))
    return;
  error(positionAt(lexed_.tokens[index].begin),
        "unexpected " + describeToken(index) + "; expected " + std::string(expected));
}

bool ParseState::enterNesting(const char* bracket) {
  if (++nesting_ <= kMaxNesting)
    return true;
  error(positionOf(bracket), nestingTooDeepMessage());
  return false;
}

bool ParseState::reportLexicalProblem(std::size_t index) {
  const Token& token = lexed_.tokens[index];
  if (token.kind == TokenKind::End)
    return lexed_.unterminatedComment.has_value();
  if (token.kind != TokenKind::Invalid)
    return false;
  error(positionAt(token.begin),
        "unexpected character " + describeCharacter(lexed_.text, token.begin));
  return true;
}

std::string ParseState::describeToken(std::size_t index) const {
  const Token& token = lexed_.tokens[index];
  switch (token.kind) {
    case TokenKind::End:
      return "end of file";
    case TokenKind::String:
      return "string literal";
    default:
      return quoted(lexed_.textOf(token));
  }
}

}  // namespace initcheck::parser
