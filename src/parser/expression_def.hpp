// Definitions of the expression rules (LANGUAGE.md section 2, `expr` and `primary`).
// Binary operators are left-associative, folded by precedence climbing (binary_chain.hpp);
// prefix operators and postfix suffixes are repetitions folded by the actions, so that only
// brackets recurse.
#pragma once

#include "parser/actions.hpp"
#include "parser/binary_chain.hpp"
#include "parser/grammar.hpp"
#include "parser/guards.hpp"
#include "parser/lexemes.hpp"

namespace initcheck::parser::grammar {

using x3::lit;

// ---- Operators and other words
x3::symbols<ast::UnaryOperator> const unary_op({{"!", ast::UnaryOperator::Not},
                                                {"-", ast::UnaryOperator::Negate},
                                                {"~", ast::UnaryOperator::BitNot}},
                                               "'!', '-' or '~'");
x3::symbols<ast::MemoryOrder> const memory_order_names({{"relaxed", ast::MemoryOrder::Relaxed},
                                                        {"acquire", ast::MemoryOrder::Acquire},
                                                        {"release", ast::MemoryOrder::Release},
                                                        {"acq_rel", ast::MemoryOrder::AcqRel},
                                                        {"seq_cst", ast::MemoryOrder::SeqCst}},
                                                       "memory order");
x3::symbols<ast::TypeKind> const type_names({{"int", ast::TypeKind::Int},
                                             {"bool", ast::TypeKind::Bool},
                                             {"string", ast::TypeKind::String},
                                             {"list", ast::TypeKind::List},
                                             {"func", ast::TypeKind::Func},
                                             {"once", ast::TypeKind::Once},
                                             {"mutex", ast::TypeKind::Mutex},
                                             {"waitgroup", ast::TypeKind::WaitGroup},
                                             {"rwmutex", ast::TypeKind::RwMutex},
                                             {"rmutex", ast::TypeKind::RMutex},
                                             {"cond", ast::TypeKind::Cond}},
                                            "type");
x3::symbols<ast::TypeKind> const object_type_names({{"once", ast::TypeKind::Once},
                                                    {"mutex", ast::TypeKind::Mutex},
                                                    {"waitgroup", ast::TypeKind::WaitGroup},
                                                    {"rwmutex", ast::TypeKind::RwMutex},
                                                    {"rmutex", ast::TypeKind::RMutex},
                                                    {"cond", ast::TypeKind::Cond}},
                                                   "object type");

auto const memory_order = x3::lexeme[memory_order_names >> word_end];
auto const type_name = x3::lexeme[type_names >> word_end];
auto const object_type_name = x3::lexeme[object_type_names >> word_end];
auto const method_dot = x3::lexeme[lit('.') >> !lit('.')];
auto const range_op = lit("..");
auto const arrow = lit("->");
auto const channel_capacity =
    x3::rule<class channel_capacity_class, std::int64_t>{"channel capacity"} = integer;

// ---- Binary operators: precedence climbing over the table of binary_chain.hpp
auto const expression_def = binary_chain(unary_expr);

// ---- Prefix operators: `!!-x` applies the innermost first
auto const make_prefix = [](auto& c) {
  _val(c) = PrefixOperator{at_c<0>(_attr(c)), at_c<1>(_attr(c))};
};
auto const apply_prefixes = [](auto& c) {
  auto& ops = at_c<0>(_attr(c));
  auto& operand = at_c<1>(_attr(c));
  limitHeight(c, prefixedHeight(ops, operand), ops.front().position);
  _val(c) = applyPrefixes(ops, std::move(operand));
};

auto const prefix_operator_def = (here >> unary_op)[make_prefix];
auto const unary_expr_def =
    (+prefix_operator > postfix_expr)[apply_prefixes] | postfix_expr[assign];

// ---- Postfix suffixes: calls, indexing, method calls
auto const apply_call = [](auto& c) {
  limitHeight(c, heightAbove(_val(c).height, _attr(c).height), _val(c).node.position);
  _val(c) = makeCall(std::move(_val(c)), std::move(_attr(c)));
};
auto const apply_index = [](auto& c) {
  limitHeight(c, heightAbove(_val(c).height, _attr(c).height), _val(c).node.position);
  _val(c) = makeIndex(std::move(_val(c)), std::move(_attr(c)));
};
auto const apply_method = [](auto& c) {
  auto& arguments = at_c<1>(_attr(c));
  limitHeight(c, heightAbove(_val(c).height, arguments.height), _val(c).node.position);
  _val(c) = makeMethodCall(std::move(_val(c)), std::move(at_c<0>(_attr(c))), std::move(arguments));
};

auto const index_suffix = nested[lit('[') > expression > lit(']')];
auto const method_suffix = method_dot > method_name > arguments;
auto const postfix_expr_def = primary_expr[assign] >>
                              *(arguments[apply_call] | index_suffix[apply_index] |
                                method_suffix[apply_method]);

// ---- Arguments: expressions, or memory orders for atomics
auto const append_argument = [](auto& c) { appendArgument(_val(c), std::move(_attr(c))); };
auto const set_order = [](auto& c) { _val(c).node.value = _attr(c); };
auto const set_argument_expr = [](auto& c) {
  _val(c).height = _attr(c).height;
  _val(c).node.value = ast::Box<ast::Expr>(unbox(std::move(_attr(c))));
};

auto const arguments_def =
    nested[(lit('(') >> -(argument[append_argument] >> *(lit(',') > argument[append_argument]))) >
           lit(')')];
auto const argument_def = here[set_node_position] >>
                          (memory_order[set_order] | expression[set_argument_expr]);

// ---- Primary expressions
template <class Literal>
auto const set_literal = [](auto& c) { _val(c).node.node = Literal{std::move(_attr(c))}; };
auto const set_true = [](auto& c) { _val(c).node.node = ast::BoolLiteral{true}; };
auto const set_false = [](auto& c) { _val(c).node.node = ast::BoolLiteral{false}; };
auto const set_name_ref = [](auto& c) { _val(c).node.node = ast::NameRef{_attr(c).name}; };
auto const set_new_object = [](auto& c) { _val(c).node.node = std::move(_attr(c)); };
auto const set_child = [](auto& c) {
  limitHeight(c, heightAbove(_attr(c).height), _val(c).node.position);
  _val(c).height = heightAbove(_attr(c).height);
  _val(c).node.node = std::move(_attr(c).node);
};

auto const primary_expr_def = here[set_node_position] >>
                              (integer[set_literal<ast::IntLiteral>] | kw("true")[set_true] |
                               kw("false")[set_false] |
                               string_literal[set_literal<ast::StringLiteral>] |
                               list_literal[set_child] | paren_expr[set_child] |
                               closure_expr[set_child] | init_closure[set_child] |
                               new_expr[set_new_object] | choose_expr[set_child] |
                               identifier[set_name_ref]);

// `[a, b, c]`
auto const append_element = [](auto& c) {
  _val(c).height = std::max(_val(c).height, _attr(c).height);
  _val(c).node.elements.push_back(unbox(std::move(_attr(c))));
};
auto const list_literal_def =
    nested[(lit('[') >> -(expression[append_element] >> *(lit(',') > expression[append_element]))) >
           lit(']')];

// `( e )`, kept as written
auto const set_inner = [](auto& c) {
  _val(c).height = _attr(c).height;
  _val(c).node.inner = unbox(std::move(_attr(c)));
};
auto const paren_expr_def = nested[lit('(') > expression[set_inner] > lit(')')];

// `func [a, b] (p: T) -> T { ... }`
auto const set_captures = [](auto& c) {
  _val(c).node.hasCaptureList = true;
  _val(c).node.valueCaptures = std::move(_attr(c));
};
auto const set_parameters = [](auto& c) { _val(c).node.parameters = std::move(_attr(c)); };
auto const set_closure_result = [](auto& c) { _val(c).node.result = std::move(_attr(c)); };

auto const closure_expr_def = kw("func") > -capture_list[set_captures] >
                              parameter_list[set_parameters] >
                              -(arrow > type[set_closure_result]) > block[set_body];
auto const capture_list_def = (lit('[') >> -(capture_name[push_back] >>
                                             *(lit(',') > capture_name[push_back]))) > lit(']');
auto const parameter_list_def = (lit('(') >> -(parameter[push_back] >>
                                               *(lit(',') > parameter[push_back]))) > lit(')');
auto const parameter_def = parameter_name[set_name] > lit(':') > type[set_type];

// `init func () { }` in an expression: reported, then parsed as the closure it is.
auto const report_init_closure = [](auto& c) {
  stateOf(c).error(_attr(c), "'init' applies only to top-level function declarations");
};
auto const init_closure_def =
    (here >> kw("init") >> &kw("func"))[report_init_closure] >> closure_expr[assign];

// `new once`, `new chan(2)`
auto const set_type_position = [](auto& c) { _val(c).position = _attr(c); };
auto const set_chan = [](auto& c) {
  _val(c).kind = ast::TypeKind::Chan;
  _val(c).channelCapacity = _attr(c);
};
auto const set_kind = [](auto& c) { _val(c).kind = _attr(c); };
auto const chan_type = kw("chan") > lit('(') > channel_capacity > lit(')');

auto const new_expr_def = kw("new") > new_target[set_type];
auto const new_target_def = here[set_type_position] >>
                            (chan_type[set_chan] | object_type_name[set_kind]);
auto const type_def = here[set_type_position] >> (chan_type[set_chan] | type_name[set_kind]);

// `choose(lo..hi)`, `choose(a, b, ...)`
auto const choose_first = [](auto& c) {
  ast::ChooseValues values;
  _val(c).height = _attr(c).height;
  values.values.push_back(unbox(std::move(_attr(c))));
  _val(c).node = std::move(values);
};
auto const choose_value = [](auto& c) {
  _val(c).height = std::max(_val(c).height, _attr(c).height);
  std::get<ast::ChooseValues>(_val(c).node).values.push_back(unbox(std::move(_attr(c))));
};
auto const choose_range = [](auto& c) {
  auto& values = std::get<ast::ChooseValues>(_val(c).node).values;
  _val(c).height = std::max(_val(c).height, _attr(c).height);
  _val(c).node = ast::ChooseRange{std::move(values.front()), unbox(std::move(_attr(c)))};
};

auto const choose_expr_def = kw("choose") > choose_arguments[assign];
auto const choose_arguments_def = nested[lit('(') > expression[choose_first] >
                                         ((range_op > expression[choose_range]) |
                                          *(lit(',') > expression[choose_value])) > lit(')')];

// ---- Names
auto const name_def = identifier[assign] | reserved_word;
auto const variable_name_def = name_def;
auto const function_name_def = name_def;
auto const thread_name_def = name_def;
auto const parameter_name_def = name_def;
auto const capture_name_def = name_def;
auto const label_name_def = name_def;
auto const loop_variable_def = name_def;
auto const handle_name_def = name_def;
auto const method_name_def = name_def;
auto const property_name_def = name_def;
auto const option_name_def = name_def;

}  // namespace initcheck::parser::grammar
