// Semantic actions shared by many rules of the grammar. Every rule builds its public AST node
// through actions (no attribute propagation), so what each rule produces is spelled out.
#pragma once

#include <algorithm>
#include <cstdint>
#include <utility>

#include <boost/fusion/include/at_c.hpp>

#include "parser/ast_builders.hpp"
#include "parser/config.hpp"
#include "parser/syntax_failure.hpp"

namespace initcheck::parser::grammar {

using boost::fusion::at_c;
using x3::_attr;
using x3::_val;

// Stops a statement whose tree would grow past kMaxTreeHeight, before building it.
template <class Context>
void limitHeight(Context const& c, std::uint32_t height, SourcePosition position) {
  if (height <= kMaxTreeHeight)
    return;
  stateOf(c).error(position, treeTooDeepMessage());
  throw already_reported(x3::_where(c).begin());
}

// A Measured rule value takes a child of the given height.
template <class Context>
void grow(Context const& c, std::uint32_t childHeight) {
  _val(c).height = std::max(_val(c).height, heightAbove(childHeight));
}

inline constexpr auto assign = [](auto& c) { _val(c) = std::move(_attr(c)); };
inline constexpr auto push_back = [](auto& c) { _val(c).push_back(std::move(_attr(c))); };
inline constexpr auto set_name = [](auto& c) { _val(c).name = std::move(_attr(c)); };
inline constexpr auto set_type = [](auto& c) { _val(c).type = std::move(_attr(c)); };
inline constexpr auto set_result = [](auto& c) { _val(c).result = std::move(_attr(c)); };

// For rules whose value is a Measured node: the position, then children.
inline constexpr auto set_node_position = [](auto& c) { _val(c).node.position = _attr(c); };
inline constexpr auto set_condition = [](auto& c) {
  grow(c, _attr(c).height);
  _val(c).node.condition = unbox(std::move(_attr(c)));
};
inline constexpr auto set_body = [](auto& c) {
  grow(c, _attr(c).height);
  _val(c).node.body = std::move(_attr(c).node);
};

}  // namespace initcheck::parser::grammar
