// The grammar's definitions, joined: expressions, statements, items, and BOOST_SPIRIT_DEFINE
// for every rule. Included by grammar.cpp only (one instantiation TU).
#pragma once

#include "parser/expression_def.hpp"
#include "parser/grammar.hpp"
#include "parser/item_def.hpp"
#include "parser/statement_def.hpp"

namespace initcheck::parser::grammar {

BOOST_SPIRIT_DEFINE(expression, unary_expr, prefix_operator, postfix_expr, primary_expr, arguments,
                    argument, list_literal, paren_expr, closure_expr, init_closure, new_expr,
                    new_target, choose_expr, choose_arguments, capture_list, parameter_list,
                    parameter, type, go_call)

BOOST_SPIRIT_DEFINE(variable_name, function_name, thread_name, parameter_name, capture_name,
                    label_name, loop_variable, handle_name, method_name, property_name, option_name)

BOOST_SPIRIT_DEFINE(block, else_block, statement_or_skip, statement, let_stmt, if_stmt, if_clause,
                    while_stmt, for_stmt, go_stmt, join_stmt, return_stmt, assert_stmt, assume_stmt,
                    await_stmt, fence_stmt, fence_order, break_stmt, continue_stmt, block_stmt,
                    misplaced_declaration, expression_stmt)

BOOST_SPIRIT_DEFINE(file, title_or_skip, title, item_or_skip, item, global_decl, array_length,
                    const_decl, func_decl, thread_decl, check_item, expect_item, option_item,
                    misplaced_spec)

}  // namespace initcheck::parser::grammar
