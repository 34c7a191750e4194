// What the grammar shares while it parses one file: the source, its tokens, the diagnostics,
// and the current bracket nesting. X3 actions and error handlers reach it through the
// context (config.hpp); it has no Spirit types itself.
#pragma once

#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <utility>

#include "parser/lexer.hpp"
#include "support/diagnostic.hpp"
#include "support/source_file.hpp"

namespace initcheck::parser {

class ParseState {
 public:
  ParseState(const SourceFile& source, const LexedSource& lexed, DiagnosticList& diagnostics);

  const LexedSource& lexed() const { return lexed_; }
  const char* begin() const { return source_.text().data(); }
  const char* end() const { return begin() + source_.text().size(); }
  std::size_t offsetOf(const char* it) const { return static_cast<std::size_t>(it - begin()); }
  SourcePosition positionOf(const char* it) const { return positionAt(offsetOf(it)); }
  SourcePosition positionAt(std::size_t offset) const {
    return source_.positionAt(offset, lineHint_);
  }

  // Reports an error unless the same message was reported at the same place already; a note
  // right after a dropped error is dropped with it.
  void error(SourcePosition position, std::string message);
  void note(SourcePosition position, std::string message);

  // `expected WHAT`, just after the token before `where` (a missing token).
  void reportMissing(const char* where, std::string_view what);
  // `expected WHAT` plus a note at the bracket that the missing one would close.
  void reportMissingClose(const char* where, std::string_view what, SourcePosition opening,
                          std::string_view openingText);
  // `unexpected 'TOKEN'; expected EXPECTED`, at the first character of the token at `where`.
  void reportUnexpected(const char* where, std::string_view expected);

  // Bracket nesting of the parse: enterNesting() reports and returns false past kMaxNesting;
  // every enterNesting() is matched by a leaveNesting().
  bool enterNesting(const char* bracket);
  void leaveNesting() { --nesting_; }

 private:
  // A token that is no token at all, or the end of an unterminated comment, explains any
  // failure there better than the grammar can: reports that instead and returns true.
  bool reportLexicalProblem(std::size_t index);
  std::string describeToken(std::size_t index) const;

  const SourceFile& source_;
  const LexedSource& lexed_;
  DiagnosticList& diagnostics_;
  std::set<std::pair<SourcePosition, std::string>> reported_;
  bool lastErrorDropped_ = false;
  std::size_t nesting_ = 0;
  mutable std::size_t lineHint_ = 0;  // where the last position was (SourceFile::positionAt)
};

// Messages shared by the lexer's checks and the grammar's.
std::string nestingTooDeepMessage();
std::string describeCharacter(std::string_view text, std::size_t offset);

}  // namespace initcheck::parser
