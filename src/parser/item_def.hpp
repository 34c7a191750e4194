// Definitions of the file and item rules (LANGUAGE.md section 2, `file` and `item`).
#pragma once

#include "parser/actions.hpp"
#include "parser/grammar.hpp"
#include "parser/guards.hpp"
#include "parser/lexemes.hpp"
#include "parser/statement_def.hpp"

namespace initcheck::parser::grammar {

template <class Tag>
auto semicolon_after(char const* name) {
  return x3::rule<Tag>{name} = lit(';');
}

auto const declaration_semicolon =
    semicolon_after<class declaration_semicolon_class>("';' after variable declaration");
auto const title_semicolon = semicolon_after<class title_semicolon_class>("';' after spec title");
auto const check_semicolon = semicolon_after<class check_semicolon_class>("';' after check");
auto const expect_semicolon = semicolon_after<class expect_semicolon_class>("';' after expect");
auto const option_semicolon = semicolon_after<class option_semicolon_class>("';' after option");
auto const title_string =
    x3::rule<class title_string_class, std::string>{"title string after 'spec'"} = string_literal;
auto const option_value = x3::rule<class option_value_class, ast::OptionValue>{"integer or name"} =
    integer | identifier;

// ---- The file: `[spec "title";] {item}`
auto const set_title = [](auto& c) {
  if (_attr(c))
    _val(c).title = std::move(*_attr(c));
};
auto const append_item = [](auto& c) {
  if (_attr(c))
    _val(c).items.push_back(std::move(*_attr(c)));
};

auto const file_def = -title_or_skip[set_title] >> *item_or_skip[append_item];
auto const title_or_skip_def = title[assign];
auto const title_def = kw("spec") > title_string[assign] > title_semicolon;
auto const item_or_skip_def = !x3::eoi >> item[assign];

// ---- An item: its position, its node, its end
auto const set_position = [](auto& c) { _val(c).position = _attr(c); };
auto const set_item_node = [](auto& c) { _val(c).node = std::move(_attr(c)); };
auto const set_end = [](auto& c) { _val(c).end = _attr(c); };
auto const misplaced_spec_title = [](auto& c) {
  stateOf(c).error(_attr(c), "'spec' must be the first item");
  throw already_reported(x3::_where(c).begin());
};

auto const item_def =
    here[set_position] >>
    (global_decl[set_item_node] | const_decl[set_item_node] | func_decl[set_item_node] |
     thread_decl[set_item_node] | check_item[set_item_node] | expect_item[set_item_node] |
     option_item[set_item_node] | misplaced_spec |
     unexpected("'var', 'const', 'func', 'thread', 'check', 'expect' or 'option'")) >>
    end_here[set_end];
auto const misplaced_spec_def = (here >> kw("spec"))[misplaced_spec_title];

// ---- `var x: [atomic] T [= e];`
auto const set_atomic = [](auto& c) { _val(c).atomic = true; };
auto const set_initializer = [](auto& c) { _val(c).initializer = unbox(std::move(_attr(c))); };

auto const set_array_length = [](auto& c) { _val(c).arrayLength = unbox(std::move(_attr(c))); };
auto const array_length_def = lit('[') > expression[assign] > lit(']');

auto const global_decl_def = kw("var") > variable_name[set_name] > lit(':') >
                             -array_length[set_array_length] >
                             -kw("atomic")[set_atomic] > type[set_type] >
                             -(assign_op > expression[set_initializer]) > declaration_semicolon;

// ---- `const NAME = e;`
auto const set_const_value = [](auto& c) { _val(c).value = unbox(std::move(_attr(c))); };
auto const const_decl_def = kw("const") > variable_name[set_name] > assign_op >
                            expression[set_const_value] > declaration_semicolon;

// ---- `[init] func f(params) [-> T] { }` and `thread t { }`
auto const set_init = [](auto& c) { _val(c).isInit = true; };
auto const set_item_parameters = [](auto& c) { _val(c).parameters = std::move(_attr(c)); };
auto const set_item_body = [](auto& c) { _val(c).body = std::move(_attr(c).node); };

auto const func_decl_def = ((kw("init")[set_init] > kw("func")) | kw("func")) >
                           function_name[set_name] > parameter_list[set_item_parameters] >
                           -(arrow > type[set_result]) > block[set_item_body];
auto const thread_decl_def = kw("thread") > thread_name[set_name] > block[set_item_body];

// ---- `check final e;`, `check NAME(args);`
auto const set_final_property = [](auto& c) {
  _val(c).property = ast::FinalProperty{unbox(std::move(_attr(c)))};
};
auto const set_property_name = [](auto& c) {
  _val(c).property = ast::NamedProperty{std::move(_attr(c)), {}};
};
auto const set_property_arguments = [](auto& c) {
  std::get<ast::NamedProperty>(_val(c).property).arguments = std::move(_attr(c).node);
};

auto const check_item_def = kw("check") > ((kw("final") > expression[set_final_property]) |
                                           (property_name[set_property_name] >
                                            arguments[set_property_arguments]) |
                                           missing("'final' or a property name")) > check_semicolon;

// ---- `expect ok;`, `expect KIND;` (`final` is a kind and a reserved word)
auto const set_kind_name = [](auto& c) { _val(c).kind = std::move(_attr(c)); };
auto const set_final_kind = [](auto& c) { _val(c).kind = ast::Identifier{"final", _attr(c)}; };

auto const expect_item_def = kw("expect") >
                             (identifier[set_kind_name] | (here >> kw("final"))[set_final_kind] |
                              reserved_word |
                              missing("'ok' or a violation kind")) > expect_semicolon;

// ---- `option NAME = INT;` and `option NAME = WORD;`
auto const set_value = [](auto& c) { _val(c).value = _attr(c); };

auto const option_item_def =
    kw("option") > option_name[set_name] > assign_op > option_value[set_value] > option_semicolon;

}  // namespace initcheck::parser::grammar
