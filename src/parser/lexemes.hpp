// X3 primitive parsers for the tokens of the language and for positions: keywords, names,
// integers, strings and the current position. Each one skips trivia first (as X3 primitives
// do) and reports its own lexical errors through the ParseState.
#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <type_traits>

#include "parser/ast.hpp"
#include "parser/config.hpp"
#include "parser/lexical.hpp"
#include "parser/syntax_failure.hpp"

namespace initcheck::parser {

template <class Value, class Attribute>
void assignAttribute(Value&& value, Attribute& attribute) {
  if constexpr (!std::is_same_v<std::remove_const_t<Attribute>, x3::unused_type>) {
    attribute = std::forward<Value>(value);
  }
}

template <class Iterator>
std::string_view wordAt(Iterator first, Iterator last) {
  if (first == last || !isIdentifierStart(*first))
    return {};
  Iterator end = first;
  while (end != last && isIdentifierChar(*end))
    ++end;
  return {first, static_cast<std::size_t>(end - first)};
}

// The position of the next token, without consuming it.
struct here_parser : x3::parser<here_parser> {
  using attribute_type = SourcePosition;
  static bool const has_attribute = true;

  template <class Iterator, class Context, class RContext, class Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&,
             Attribute& attribute) const {
    x3::skip_over(first, last, context);
    assignAttribute(stateOf(context).positionOf(first), attribute);
    return true;
  }
};

// The position just past the last token parsed: where a statement ends. A failed optional
// part (`-lit(';')`, `-kw("else")`) may have skipped white space already, so this looks back
// to the end of the token before `first` rather than taking `first` itself.
struct end_here_parser : x3::parser<end_here_parser> {
  using attribute_type = SourcePosition;
  static bool const has_attribute = true;

  template <class Iterator, class Context, class RContext, class Attribute>
  bool parse(Iterator& first, Iterator const&, Context const& context, RContext&,
             Attribute& attribute) const {
    auto& state = stateOf(context);
    std::size_t end = state.lexed().endOfTokenBefore(state.offsetOf(first));
    assignAttribute(state.positionAt(end), attribute);
    return true;
  }
};

// A reserved word, not followed by an identifier character (`in` does not match `int`).
struct keyword_parser : x3::parser<keyword_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  constexpr explicit keyword_parser(std::string_view word) : word(word) {}

  template <class Iterator, class Context, class RContext, class Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&,
             Attribute&) const {
    x3::skip_over(first, last, context);
    auto size = static_cast<std::ptrdiff_t>(word.size());
    if (last - first < size || *first != word.front() ||
        std::string_view(&*first, word.size()) != word ||
        (last - first > size && isIdentifierChar(first[size])))
      return false;
    first += size;
    return true;
  }

  std::string_view word;
};

// Succeeds (consuming nothing) unless an identifier character follows: ends symbol lexemes.
struct word_end_parser : x3::parser<word_end_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <class Iterator, class Context, class RContext, class Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const&, RContext&, Attribute&) const {
    return first == last || !isIdentifierChar(*first);
  }
};

// A name that is not a reserved word.
struct identifier_parser : x3::parser<identifier_parser> {
  using attribute_type = ast::Identifier;
  static bool const has_attribute = true;

  template <class Iterator, class Context, class RContext, class Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&,
             Attribute& attribute) const {
    x3::skip_over(first, last, context);
    auto word = wordAt(first, last);
    if (word.empty() || isKeyword(word))
      return false;
    assignAttribute(ast::Identifier{std::string(word), stateOf(context).positionOf(first)},
                    attribute);
    first += static_cast<std::ptrdiff_t>(word.size());
    return true;
  }
};

// A reserved word where a name must stand: reports it, then abandons the statement or item.
struct reserved_word_parser : x3::parser<reserved_word_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <class Iterator, class Context, class RContext, class Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&,
             Attribute&) const {
    x3::skip_over(first, last, context);
    auto word = wordAt(first, last);
    if (word.empty() || !isKeyword(word))
      return false;
    stateOf(context).error(stateOf(context).positionOf(first),
                           "'" + std::string(word) + "' is a reserved word, not a name");
    throw already_reported(first + static_cast<std::ptrdiff_t>(word.size()));
  }
};

// A decimal integer; one past INT64_MAX is reported (the literal still parses).
struct integer_parser : x3::parser<integer_parser> {
  using attribute_type = std::int64_t;
  static bool const has_attribute = true;

  template <class Iterator, class Context, class RContext, class Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&,
             Attribute& attribute) const {
    x3::skip_over(first, last, context);
    Iterator it = first;
    std::int64_t value = 0;
    bool tooLarge = false;
    for (; it != last && *it >= '0' && *it <= '9'; ++it) {
      int digit = *it - '0';
      tooLarge = tooLarge || value > (std::numeric_limits<std::int64_t>::max() - digit) / 10;
      if (!tooLarge)
        value = value * 10 + digit;
    }
    if (it == first)
      return false;
    if (tooLarge) {
      stateOf(context).error(stateOf(context).positionOf(first), "integer literal too large");
      value = std::numeric_limits<std::int64_t>::max();
    }
    assignAttribute(value, attribute);
    first = it;
    return true;
  }
};

// A string literal with `\"` and `\\` escapes. An invalid escape is reported and parsing goes
// on; a string that reaches the end of its line is reported at its opening quote.
struct string_parser : x3::parser<string_parser> {
  using attribute_type = std::string;
  static bool const has_attribute = true;

  template <class Iterator, class Context, class RContext, class Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&,
             Attribute& attribute) const {
    x3::skip_over(first, last, context);
    if (first == last || *first != '"')
      return false;
    auto& state = stateOf(context);
    std::string value;
    Iterator it = first + 1;
    for (; it != last && *it != '"' && *it != '\n'; ++it) {
      if (*it == '\\' && it + 1 != last && it[1] != '\n') {
        ++it;
        if (*it != '"' && *it != '\\')
          reportInvalidEscape(state, it - 1);
      }
      value.push_back(*it);
    }
    if (it == last || *it != '"') {
      state.error(state.positionOf(first), "unterminated string literal");
      throw already_reported(first);
    }
    assignAttribute(std::move(value), attribute);
    first = it + 1;
    return true;
  }

 private:
  static void reportInvalidEscape(ParseState& state, char const* backslash) {
    auto byte = static_cast<unsigned char>(backslash[1]);
    std::string shown =
        byte >= 0x20 && byte < 0x7f ? " '\\" + std::string(1, backslash[1]) + "'" : "";
    state.error(state.positionOf(backslash), "invalid escape sequence" + shown);
  }
};

inline constexpr here_parser here{};
inline constexpr end_here_parser end_here{};
inline constexpr word_end_parser word_end{};
inline constexpr identifier_parser identifier{};
inline constexpr reserved_word_parser reserved_word{};
inline constexpr integer_parser integer{};
inline constexpr string_parser string_literal{};

constexpr keyword_parser kw(std::string_view word) {
  return keyword_parser(word);
}

}  // namespace initcheck::parser

namespace boost::spirit::x3 {

// What an expectation names in "expected ...": the keyword itself.
template <>
struct get_info<initcheck::parser::keyword_parser> {
  using result_type = std::string;
  std::string operator()(initcheck::parser::keyword_parser const& p) const {
    return "'" + std::string(p.word) + "'";
  }
};

}  // namespace boost::spirit::x3
