// X3 parsers that steer the parse rather than match tokens: the bracket nesting limit, the
// lookahead that sees a top-level item coming, and the last alternatives that stop a
// statement or item with a diagnostic.
#pragma once

#include <string>

#include "parser/config.hpp"
#include "parser/lexemes.hpp"
#include "parser/recovery.hpp"
#include "parser/syntax_failure.hpp"

namespace initcheck::parser {

// Succeeds, consuming nothing, where a top-level item evidently begins (recovery.hpp): a block
// that meets one is missing its `}`.
struct item_start_parser : x3::parser<item_start_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <class Iterator, class Context, class RContext, class Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&,
             Attribute&) const {
    Iterator it = first;
    x3::skip_over(it, last, context);
    auto& state = stateOf(context);
    const auto& lexed = state.lexed();
    return startsItem(lexed, lexed.indexAt(state.offsetOf(it)), true);
  }
};

// Reports the next token as unexpected where EXPECTED should begin, and abandons the
// statement or item.
struct unexpected_parser : x3::parser<unexpected_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  constexpr explicit unexpected_parser(char const* expected) : expected(expected) {}

  template <class Iterator, class Context, class RContext, class Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&,
             Attribute&) const {
    x3::skip_over(first, last, context);
    stateOf(context).reportUnexpected(first, expected);
    throw already_reported(first);
  }

  char const* expected;
};

// Stops the statement or item with "expected WHAT" after the previous token: the last
// alternative where none of the others matched.
struct missing_parser : x3::parser<missing_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  constexpr explicit missing_parser(char const* what) : what(what) {}

  template <class Iterator, class Context, class RContext, class Attribute>
  bool parse(Iterator& first, Iterator const&, Context const&, RContext&, Attribute&) const {
    throw x3::expectation_failure<Iterator>(first, what);
  }

  char const* what;
};

// `nested[p]` where p begins with a bracket: counts the bracket nesting of the parse, and
// stops with "nesting too deep" instead of recursing past kMaxNesting.
template <class Subject>
struct nested_directive : x3::unary_parser<Subject, nested_directive<Subject>> {
  using base_type = x3::unary_parser<Subject, nested_directive<Subject>>;
  static bool const is_pass_through_unary = true;
  constexpr explicit nested_directive(Subject const& subject) : base_type(subject) {}

  template <class Iterator, class Context, class RContext, class Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext& rcontext,
             Attribute& attribute) const {
    x3::skip_over(first, last, context);
    if (first == last || (*first != '(' && *first != '[' && *first != '{'))
      return false;
    auto& state = stateOf(context);
    struct Guard {
      ParseState& state;
      ~Guard() { state.leaveNesting(); }
    } guard{state};
    if (!state.enterNesting(first))
      throw already_reported(first);
    return this->subject.parse(first, last, context, rcontext, attribute);
  }
};

struct nested_gen {
  template <class Subject>
  constexpr nested_directive<typename x3::extension::as_parser<Subject>::value_type> operator[](
      Subject const& subject) const {
    return nested_directive<typename x3::extension::as_parser<Subject>::value_type>(
        x3::as_parser(subject));
  }
};

inline constexpr item_start_parser item_start{};
inline constexpr nested_gen nested{};

constexpr missing_parser missing(char const* what) {
  return missing_parser(what);
}
constexpr unexpected_parser unexpected(char const* expected) {
  return unexpected_parser(expected);
}

}  // namespace initcheck::parser

namespace boost::spirit::x3 {

// What an expectation names in "expected ...": what the subject of an action or of a nesting
// directive names (X3 would print a type name).
template <class Subject, class Action>
struct get_info<action<Subject, Action>> {
  using result_type = std::string;
  std::string operator()(action<Subject, Action> const& p) const { return what(p.subject); }
};

template <class Subject>
struct get_info<initcheck::parser::nested_directive<Subject>> {
  using result_type = std::string;
  std::string operator()(initcheck::parser::nested_directive<Subject> const& p) const {
    return what(p.subject);
  }
};

}  // namespace boost::spirit::x3
