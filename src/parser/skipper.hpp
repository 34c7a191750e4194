// The X3 skipper: white space and comments, exactly as the lexer sees them (lexical.hpp).
#pragma once

#include <boost/spirit/home/x3.hpp>

#include "parser/lexical.hpp"

namespace initcheck::parser {

namespace x3 = boost::spirit::x3;

struct trivia_skipper : x3::parser<trivia_skipper> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <class Iterator, class Context, class RContext, class Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const&, RContext&, Attribute&) const {
    // All trivia in one call; failing ends X3's skip loop (skip_over) without a second call.
    first = skipTrivia(first, last);
    return false;
  }
};

}  // namespace initcheck::parser
