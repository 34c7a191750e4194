// X3 on_error handlers: the rules `statement_or_skip`, `item_or_skip` and `title_or_skip`
// derive their ids from these. Each reports the failure (unless the failing piece reported it
// already), moves the iterator to the resynchronisation point (recovery.hpp) and accepts, so
// that the enclosing repetition goes on with the next statement or item.
#pragma once

#include <algorithm>

#include "parser/config.hpp"
#include "parser/recovery.hpp"
#include "parser/syntax_failure.hpp"

namespace initcheck::parser {

template <class Iterator>
void reportFailure(ParseState& state, x3::expectation_failure<Iterator> const& failure) {
  if (dynamic_cast<already_reported const*>(&failure) != nullptr)
    return;
  state.reportMissing(failure.where(), failure.which());
}

// The offset of the first token at or after `first`.
template <class Iterator>
std::size_t firstTokenOffset(ParseState& state, Iterator first) {
  const auto& lexed = state.lexed();
  return lexed.tokens[lexed.indexAt(state.offsetOf(first))].begin;
}

struct statement_recovery {
  template <class Iterator, class Failure, class Context>
  x3::error_handler_result on_error(Iterator& first, Iterator const&, Failure const& failure,
                                    Context const& context) const {
    auto& state = stateOf(context);
    reportFailure(state, failure);
    const auto& lexed = state.lexed();
    std::size_t start = firstTokenOffset(state, first);
    std::size_t resume = resumeAfterStatement(lexed, state.offsetOf(failure.where()));
    if (resume <= start) {
      resume = resumeAfterStatement(lexed, lexed.tokens[lexed.indexAt(start)].end);
    }
    if (resume <= start)
      return x3::error_handler_result::fail;
    first = state.begin() + resume;
    return x3::error_handler_result::accept;
  }
};

struct item_recovery {
  template <class Iterator, class Failure, class Context>
  x3::error_handler_result on_error(Iterator& first, Iterator const&, Failure const& failure,
                                    Context const& context) const {
    auto& state = stateOf(context);
    reportFailure(state, failure);
    const auto& lexed = state.lexed();
    std::size_t pastFirstToken = lexed.tokens[lexed.indexAt(state.offsetOf(first))].end;
    std::size_t from = std::max(state.offsetOf(failure.where()), pastFirstToken);
    first = state.begin() + resumeAfterItem(lexed, from);
    return x3::error_handler_result::accept;
  }
};

}  // namespace initcheck::parser
