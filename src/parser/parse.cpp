// The parser's entry. Three steps:
//  1. lex (lexer.hpp): tokens, comments, unterminated comments, brackets nested too deep;
//  2. the X3 grammar (grammar.hpp) over the characters builds the public AST through semantic
//     actions. A syntax error throws an expectation failure that the nearest `statement_or_skip`
//     or `item_or_skip` rule catches (error_handlers.hpp): it reports the error, skips to the
//     resynchronisation point (recovery.hpp) and goes on, so every error in the file is found;
//  3. the comments become AST nodes, and the diagnostics are sorted into source order.
#include "parser/parse.hpp"

#include "parser/comments.hpp"
#include "parser/config.hpp"
#include "parser/grammar.hpp"
#include "parser/lexer.hpp"
#include "parser/lexical.hpp"
#include "parser/parse_state.hpp"

namespace initcheck {

namespace {

void reportLexicalErrors(parser::ParseState& state, const parser::LexedSource& lexed) {
  if (lexed.unterminatedComment) {
    state.error(state.positionAt(*lexed.unterminatedComment), "unterminated comment");
  }
  if (lexed.tooDeep)
    state.error(state.positionAt(*lexed.tooDeep), parser::nestingTooDeepMessage());
}

void runGrammar(parser::ParseState& state, ast::File& file) {
  namespace x3 = boost::spirit::x3;
  parser::iterator_type first =
      state.begin() + parser::byteOrderMarkLength({state.begin(), state.offsetOf(state.end())});
  parser::iterator_type last = state.end();
  try {
    bool parsed =
        x3::phrase_parse(first, last, x3::with<parser::state_tag>(state)[parser::grammar::file],
                         parser::trivia_skipper{}, file);
    // Every item recovers, so the grammar always reaches the end; guard anyway.
    if (!parsed || first != last)
      state.reportUnexpected(first, "an item");
  } catch (const x3::expectation_failure<parser::iterator_type>& failure) {
    state.reportMissing(failure.where(), failure.which());
  }
}

}  // namespace

ParseResult parseSource(const SourceFile& source) {
  ParseResult result;
  parser::LexedSource lexed = parser::lex(source.text());
  parser::ParseState state(source, lexed, result.diagnostics);
  reportLexicalErrors(state, lexed);
  runGrammar(state, result.file);
  result.file.comments = parser::collectComments(source, lexed);
  result.diagnostics.sortByPosition();
  return result;
}

}  // namespace initcheck
