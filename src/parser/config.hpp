// The one place that names the iterator, skipper and context types of the grammar. The
// instantiation in grammar.cpp and the call in parse.cpp must agree on them, or the program
// fails only at link time.
#pragma once

#include <boost/spirit/home/x3.hpp>

#include "parser/parse_state.hpp"
#include "parser/skipper.hpp"

namespace initcheck::parser {

namespace x3 = boost::spirit::x3;

// The context entry through which actions and error handlers reach the ParseState.
struct state_tag;

using iterator_type = char const*;
using phrase_context_type = x3::phrase_parse_context<trivia_skipper>::type;
using context_type = x3::context<state_tag, ParseState, phrase_context_type>;

template <class Context>
ParseState& stateOf(Context const& context) {
  return x3::get<state_tag>(context);
}

}  // namespace initcheck::parser
