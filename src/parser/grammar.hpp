// The grammar's rules (LANGUAGE.md section 2): their ids, attributes and readable names. The
// names appear in messages: a failed expectation `a > b` reports "expected <name of b>".
// Definitions are in grammar_def.hpp; grammar.cpp instantiates `file`, the one entry.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <boost/spirit/home/x3.hpp>

#include "parser/ast.hpp"
#include "parser/ast_builders.hpp"
#include "parser/config.hpp"
#include "parser/error_handlers.hpp"

namespace initcheck::parser::grammar {

namespace x3 = boost::spirit::x3;

// Ids whose rules recover from syntax errors.
struct statement_or_skip_class : statement_recovery {};
struct item_or_skip_class : item_recovery {};
struct title_or_skip_class : item_recovery {};

// ---- Expressions (binary operators by precedence climbing: binary_chain.hpp)
x3::rule<class expression_class, MExpr> const expression = "expression";
x3::rule<class unary_expr_class, MExpr> const unary_expr = "expression";
x3::rule<class prefix_operator_class, PrefixOperator> const prefix_operator = "operator";
x3::rule<class postfix_expr_class, MExpr> const postfix_expr = "expression";
x3::rule<class primary_expr_class, MExpr> const primary_expr = "expression";
x3::rule<class arguments_class, MArguments> const arguments = "'('";
x3::rule<class argument_class, MArgument> const argument = "expression";
x3::rule<class list_literal_class, Measured<ast::ListLiteral>> const list_literal = "'['";
x3::rule<class paren_expr_class, Measured<ast::Parenthesized>> const paren_expr = "'('";
x3::rule<class closure_expr_class, Measured<ast::Closure>> const closure_expr = "closure";
x3::rule<class init_closure_class, Measured<ast::Closure>> const init_closure = "closure";
x3::rule<class new_expr_class, ast::NewObject> const new_expr = "'new'";
x3::rule<class new_target_class, ast::Type> const new_target =
    "'once', 'mutex', 'rwmutex', 'rmutex', 'cond', 'waitgroup' or 'chan(N)' after 'new'";
x3::rule<class choose_expr_class, Measured<ast::ExprNode>> const choose_expr = "'choose'";
x3::rule<class choose_arguments_class, Measured<ast::ExprNode>> const choose_arguments = "'('";
x3::rule<class capture_list_class, std::vector<ast::Identifier>> const capture_list = "'['";
x3::rule<class parameter_list_class, std::vector<ast::Parameter>> const parameter_list = "'('";
x3::rule<class parameter_class, ast::Parameter> const parameter = "parameter";
x3::rule<class type_class, ast::Type> const type = "a type";
x3::rule<class go_call_class, MExpr> const go_call = "a function call after 'go'";

// ---- Names: an identifier, or a reserved word reported as misused
x3::rule<class variable_name_class, ast::Identifier> const variable_name = "variable name";
x3::rule<class function_name_class, ast::Identifier> const function_name = "function name";
x3::rule<class thread_name_class, ast::Identifier> const thread_name = "thread name";
x3::rule<class parameter_name_class, ast::Identifier> const parameter_name = "parameter name";
x3::rule<class capture_name_class, ast::Identifier> const capture_name = "captured variable name";
x3::rule<class label_name_class, ast::Identifier> const label_name = "label name";
x3::rule<class loop_variable_class, ast::Identifier> const loop_variable = "loop variable name";
x3::rule<class handle_name_class, ast::Identifier> const handle_name = "thread handle name";
x3::rule<class method_name_class, ast::Identifier> const method_name = "method name";
x3::rule<class property_name_class, ast::Identifier> const property_name = "property name";
x3::rule<class option_name_class, ast::Identifier> const option_name = "option name";

// ---- Statements
x3::rule<class block_class, MBlock> const block = "'{'";
x3::rule<class else_block_class, MBlock> const else_block = "'{' or 'if' after 'else'";
x3::rule<statement_or_skip_class, std::optional<MStmt>> const statement_or_skip = "statement";
x3::rule<class statement_class, MStmt> const statement = "statement";
x3::rule<class let_stmt_class, MStmtNode> const let_stmt = "'let'";
x3::rule<class if_stmt_class, MStmtNode> const if_stmt = "'if'";
x3::rule<class if_clause_class, IfClause> const if_clause = "'if'";
x3::rule<class while_stmt_class, Measured<ast::WhileStmt>> const while_stmt = "'while'";
x3::rule<class for_stmt_class, Measured<ast::ForStmt>> const for_stmt = "'for'";
x3::rule<class go_stmt_class, Measured<ast::GoStmt>> const go_stmt = "'go'";
x3::rule<class join_stmt_class, Measured<ast::JoinStmt>> const join_stmt = "'join'";
x3::rule<class return_stmt_class, Measured<ast::ReturnStmt>> const return_stmt = "'return'";
x3::rule<class assert_stmt_class, Measured<ast::AssertStmt>> const assert_stmt = "'assert'";
x3::rule<class assume_stmt_class, Measured<ast::AssumeStmt>> const assume_stmt = "'assume'";
x3::rule<class await_stmt_class, Measured<ast::AwaitStmt>> const await_stmt = "'await'";
x3::rule<class fence_stmt_class, Measured<ast::FenceStmt>> const fence_stmt = "'fence'";
x3::rule<class fence_order_class, ast::MemoryOrder> const fence_order = "memory order";
x3::rule<class break_stmt_class, Measured<ast::BreakStmt>> const break_stmt = "'break'";
x3::rule<class continue_stmt_class, Measured<ast::ContinueStmt>> const continue_stmt = "'continue'";
x3::rule<class block_stmt_class, Measured<ast::BlockStmt>> const block_stmt = "block";
x3::rule<class misplaced_declaration_class> const misplaced_declaration = "declaration";
x3::rule<class expression_stmt_class, MStmtNode> const expression_stmt = "statement";

// ---- Items
x3::rule<class file_class, ast::File> const file = "spec file";
x3::rule<title_or_skip_class, std::optional<std::string>> const title_or_skip = "spec title";
x3::rule<class title_class, std::string> const title = "spec title";
x3::rule<item_or_skip_class, std::optional<ast::Item>> const item_or_skip = "item";
x3::rule<class item_class, ast::Item> const item = "item";
x3::rule<class global_decl_class, ast::GlobalDecl> const global_decl = "'var'";
x3::rule<class array_length_class, MExpr> const array_length = "array length";
x3::rule<class const_decl_class, ast::ConstDecl> const const_decl = "'const'";
x3::rule<class func_decl_class, ast::FuncDecl> const func_decl = "'func'";
x3::rule<class thread_decl_class, ast::ThreadDecl> const thread_decl = "'thread'";
x3::rule<class check_item_class, ast::CheckItem> const check_item = "'check'";
x3::rule<class expect_item_class, ast::ExpectItem> const expect_item = "'expect'";
x3::rule<class option_item_class, ast::OptionItem> const option_item = "'option'";
x3::rule<class misplaced_spec_class> const misplaced_spec = "'spec'";

using file_type = std::remove_const_t<decltype(file)>;
BOOST_SPIRIT_DECLARE(file_type)

}  // namespace initcheck::parser::grammar
