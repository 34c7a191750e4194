// Definitions of the block and statement rules (LANGUAGE.md section 2, `block` and `stmt`).
// Every statement begins with a keyword or is an expression statement, so the alternatives
// are told apart by their first token and nothing is parsed twice.
#pragma once

#include "parser/actions.hpp"
#include "parser/expression_def.hpp"
#include "parser/grammar.hpp"
#include "parser/guards.hpp"
#include "parser/lexemes.hpp"

namespace initcheck::parser::grammar {

auto const statement_semicolon = x3::rule<class statement_semicolon_class>{"';' after statement"} =
    lit(';');
auto const assign_op = x3::rule<class assign_op_class>{"'='"} = x3::lexeme[lit('=') >> !lit('=')];
auto const assert_message =
    x3::rule<class assert_message_class, std::string>{"message string after ','"} = string_literal;

// ---- Blocks: statements until `}`; the end of the file or the next item means it is missing
auto const append_statement = [](auto& c) {
  if (!_attr(c))
    return;
  limitHeight(c, heightAbove(_attr(c)->height), _val(c).node.position);
  grow(c, _attr(c)->height);
  _val(c).node.statements.push_back(std::move(_attr(c)->node));
};
auto const close_block = [](auto& c) { _val(c).node.closePosition = _attr(c); };
auto const missing_close_brace = [](auto& c) {
  auto where = x3::_where(c).begin();
  stateOf(c).reportMissingClose(where, "'}' to close block", _val(c).node.position, "{");
  throw already_reported(where);
};

auto const block_end = lit('}') | x3::eoi | item_start;
auto const block_def =
    nested[(here >> lit('{'))[set_node_position] >> *statement_or_skip[append_statement] >>
           ((here >> lit('}'))[close_block] | x3::eps[missing_close_brace])];
auto const else_block_def = block[assign];
auto const statement_or_skip_def = !block_end >> statement[assign];

// ---- A statement: `[@label] plainstmt`
auto const set_label = [](auto& c) { _val(c).node.label = std::move(_attr(c)); };
auto const set_statement_node = [](auto& c) {
  limitHeight(c, heightAbove(_attr(c).height), _val(c).node.position);
  _val(c).height = heightAbove(_attr(c).height);
  _val(c).node.node = std::move(_attr(c).node);
};
auto const set_statement_end = [](auto& c) { _val(c).node.end = _attr(c); };

auto const statement_def = here[set_node_position] >> -(lit('@') > label_name)[set_label] >>
                           (let_stmt[set_statement_node] | if_stmt[set_statement_node] |
                            while_stmt[set_statement_node] | for_stmt[set_statement_node] |
                            go_stmt[set_statement_node] | join_stmt[set_statement_node] |
                            return_stmt[set_statement_node] | assert_stmt[set_statement_node] |
                            assume_stmt[set_statement_node] | await_stmt[set_statement_node] |
                            fence_stmt[set_statement_node] | break_stmt[set_statement_node] |
                            continue_stmt[set_statement_node] | block_stmt[set_statement_node] |
                            misplaced_declaration | expression_stmt[set_statement_node] |
                            unexpected("a statement")) >>
                           end_here[set_statement_end];

// ---- `let x [: T] = e;` and `let t = go f(x);`
auto const let_name = [](auto& c) {
  ast::LetStmt let;
  let.name = std::move(_attr(c));
  _val(c).node = std::move(let);
};
auto const let_type = [](auto& c) {
  std::get<ast::LetStmt>(_val(c).node).type = std::move(_attr(c));
};
auto const let_value = [](auto& c) {
  grow(c, _attr(c).height);
  std::get<ast::LetStmt>(_val(c).node).value = unbox(std::move(_attr(c)));
};
auto const let_go = [](auto& c) {
  auto& let = std::get<ast::LetStmt>(_val(c).node);
  if (let.type) {
    stateOf(c).error(let.type->position, "a thread handle ('let NAME = go ...') has no type");
  }
  ast::GoStmt go;
  go.handle = std::move(let.name);
  grow(c, _attr(c).height);
  go.call = unbox(std::move(_attr(c)));
  _val(c).node = std::move(go);
};
auto const check_go_call = [](auto& c) {
  if (!isCall(_attr(c).node)) {
    stateOf(c).error(_attr(c).node.position, "expected a function call after 'go'");
    throw already_reported(x3::_where(c).begin());
  }
  _val(c) = std::move(_attr(c));
};

auto const let_stmt_def = kw("let") > variable_name[let_name] >
                          -(lit(':') > type[let_type]) > assign_op >
                          ((kw("go") > go_call[let_go]) | expression[let_value] |
                           missing("expression")) > statement_semicolon;
auto const go_call_def = postfix_expr[check_go_call];

// ---- `if c { } else if d { } else { }`: the chain is collected, then nested
auto const make_if_clause = [](auto& c) {
  _val(c) = IfClause{at_c<0>(_attr(c)), std::move(at_c<1>(_attr(c))), std::move(at_c<2>(_attr(c)))};
};
auto const build_if = [](auto& c) {
  auto& first = at_c<0>(_attr(c));
  auto& elseIfs = at_c<1>(_attr(c));
  std::optional<MBlock> elseBlock;
  if (at_c<2>(_attr(c)))
    elseBlock = std::move(*at_c<2>(_attr(c)));
  auto height = ifChainHeight(first, elseIfs, elseBlock);
  limitHeight(c, height, first.position);
  _val(c).height = height;
  _val(c).node = buildIfChain(std::move(first), std::move(elseIfs), std::move(elseBlock));
};

auto const if_clause_def = ((here >> kw("if")) > expression > block)[make_if_clause];
auto const if_stmt_def =
    (if_clause >> *(kw("else") >> if_clause) >> -(kw("else") > else_block))[build_if];

// ---- Loops
auto const set_shared = [](auto& c) { _val(c).node.shared = true; };
auto const set_loop_variable = [](auto& c) { _val(c).node.variable = std::move(_attr(c)); };
auto const set_low = [](auto& c) {
  grow(c, _attr(c).height);
  _val(c).node.low = unbox(std::move(_attr(c)));
};
auto const set_high = [](auto& c) {
  grow(c, _attr(c).height);
  _val(c).node.high = unbox(std::move(_attr(c)));
};

auto const while_stmt_def = kw("while") > expression[set_condition] > block[set_body];
auto const for_stmt_def = kw("for") > -kw("shared")[set_shared] > loop_variable[set_loop_variable] >
                          kw("in") > expression[set_low] >
                          -(range_op > expression[set_high]) > block[set_body];

// ---- `go f(x);`, `go { ... }`
auto const set_go_block = [](auto& c) {
  grow(c, _attr(c).height);
  _val(c).node.block = std::move(_attr(c).node);
};
auto const set_go_semicolon = [](auto& c) { _val(c).node.blockHasSemicolon = true; };
auto const set_go_call = [](auto& c) {
  grow(c, _attr(c).height);
  _val(c).node.call = unbox(std::move(_attr(c)));
};

auto const go_stmt_def = kw("go") > ((block[set_go_block] >> -lit(';')[set_go_semicolon]) |
                                     (go_call[set_go_call] > statement_semicolon) |
                                     missing("a call or block after 'go'"));

// ---- Simple statements
auto const set_handle = [](auto& c) { _val(c).node.handle = std::move(_attr(c)); };
auto const set_return_value = [](auto& c) {
  grow(c, _attr(c).height);
  _val(c).node.value = unbox(std::move(_attr(c)));
};
auto const set_message = [](auto& c) { _val(c).node.message = std::move(_attr(c)); };
auto const set_block = [](auto& c) {
  grow(c, _attr(c).height);
  _val(c).node.block = std::move(_attr(c).node);
};

auto const join_stmt_def = kw("join") > handle_name[set_handle] > statement_semicolon;
auto const return_stmt_def = (kw("return") >> -expression[set_return_value]) > statement_semicolon;
auto const assert_stmt_def = kw("assert") > expression[set_condition] >
                             -(lit(',') > assert_message[set_message]) > statement_semicolon;
auto const assume_stmt_def = kw("assume") > expression[set_condition] > statement_semicolon;
auto const await_stmt_def = kw("await") > expression[set_condition] > statement_semicolon;
auto const set_fence_order = [](auto& c) {
  _val(c).node.orderPosition = _attr(c).first;
  _val(c).node.order = _attr(c).second;
};
auto const set_fence_order_position = [](auto& c) { _val(c).first = _attr(c); };
auto const set_fence_order_value = [](auto& c) { _val(c).second = _attr(c); };
auto const fence_order_at =
    x3::rule<class fence_order_at_class, std::pair<SourcePosition, ast::MemoryOrder>>{
        "memory order"} = here[set_fence_order_position] >> fence_order[set_fence_order_value];
auto const fence_order_def = memory_order;
auto const fence_stmt_def = kw("fence") > lit('(') > fence_order_at[set_fence_order] >
                            lit(')') > statement_semicolon;
auto const block_stmt_def = block[set_block];
auto const break_stmt_def = kw("break") > statement_semicolon;
auto const continue_stmt_def = kw("continue") > statement_semicolon;

// ---- `f(x);`, `o.do(f);` and `x = e;`, `x[i] = e;`: an expression, then maybe `= e`
auto const set_expression_stmt = [](auto& c) {
  _val(c).height = heightAbove(_attr(c).height);
  _val(c).node = ast::ExprStmt{unbox(std::move(_attr(c)))};
};
auto const make_assignment = [](auto& c) {
  auto& target = std::get<ast::ExprStmt>(_val(c).node).expr;
  SourcePosition position = target.position;
  grow(c, _attr(c).height);
  auto assignment = makeAssignment(std::move(target), unbox(std::move(_attr(c))));
  if (!assignment) {
    stateOf(c).error(position, "cannot assign to this expression (expected NAME or NAME[INDEX])");
    throw already_reported(x3::_where(c).begin());
  }
  _val(c).node = std::move(*assignment);
};

auto const expression_stmt_def = (expression[set_expression_stmt] >>
                                  -(assign_op > expression[make_assignment])) > statement_semicolon;

// ---- Declarations that belong at top level (when not at column 1, see recovery.hpp)
auto const misplaced_var = [](auto& c) {
  stateOf(c).error(_attr(c), "'var' declares a global; inside a block declare with 'let'");
  throw already_reported(x3::_where(c).begin());
};
auto const misplaced_func = [](auto& c) {
  stateOf(c).error(_attr(c),
                   "functions are declared at top level; inside a block use "
                   "'let f = func(...) { ... };'");
  throw already_reported(x3::_where(c).begin());
};

auto const misplaced_declaration_def =
    (here >> kw("var"))[misplaced_var] |
    (here >> -kw("init") >> kw("func") >> &identifier)[misplaced_func];

}  // namespace initcheck::parser::grammar
