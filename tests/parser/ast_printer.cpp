// Test helper: prints AST nodes as compact S-expressions.
#include "ast_printer.hpp"

#include <sstream>

#include "parser/ast_names.hpp"

namespace initcheck::testing {

namespace {

using namespace ast;
using testing::print;  // the public overloads, beside the local ones below

template <class... F>
struct Overloaded : F... {
  using F::operator()...;
};
template <class... F>
Overloaded(F...) -> Overloaded<F...>;

std::string binaryName(BinaryOperator op) {
  static const char* names[] = {"||", "&&", "==", "!=", "<", "<=", ">", ">=", "+",
                                "-",  "*",  "/",  "%",  "&", "|",  "^", "<<", ">>"};
  return names[static_cast<int>(op)];
}

std::string orderName(MemoryOrder order) {
  static const char* names[] = {"relaxed", "acquire", "release", "acq_rel", "seq_cst"};
  return names[static_cast<int>(order)];
}

std::string print(const Argument& argument) {
  if (argument.isOrder())
    return orderName(std::get<MemoryOrder>(argument.value));
  return print(*std::get<Box<Expr>>(argument.value));
}

std::string print(const Parameter& parameter) {
  return parameter.name.name + ":" + print(parameter.type);
}

template <class List>
std::string printAll(const List& list) {
  std::string result;
  for (const auto& element : list)
    result += " " + print(element);
  return result;
}

std::string printClosure(const Closure& closure) {
  std::string result = "(func";
  if (closure.hasCaptureList) {
    result += " [";
    for (std::size_t i = 0; i < closure.valueCaptures.size(); ++i) {
      result += (i ? " " : "") + closure.valueCaptures[i].name;
    }
    result += "]";
  }
  result += " (" + printAll(closure.parameters) + " )";
  if (closure.result)
    result += " -> " + print(*closure.result);
  return result + " " + print(*closure.body) + ")";
}

std::string printNode(const ExprNode& node) {
  return std::visit(
      Overloaded{
          [](const IntLiteral& n) { return std::to_string(n.value); },
          [](const BoolLiteral& n) { return std::string(n.value ? "true" : "false"); },
          [](const StringLiteral& n) { return "\"" + n.value + "\""; },
          [](const NameRef& n) { return n.name; },
          [](const ListLiteral& n) { return "[" + printAll(n.elements) + " ]"; },
          [](const Unary& n) {
            return std::string(n.op == UnaryOperator::Not ? "(! " : "(neg ") + print(*n.operand) +
                   ")";
          },
          [](const Binary& n) {
            return "(" + binaryName(n.op) + " " + print(*n.left) + " " + print(*n.right) + ")";
          },
          [](const Call& n) { return "(call " + print(*n.callee) + printAll(n.arguments) + ")"; },
          [](const MethodCall& n) {
            return "(." + n.method.name + " " + print(*n.receiver) + printAll(n.arguments) + ")";
          },
          [](const Index& n) { return "(index " + print(*n.base) + " " + print(*n.index) + ")"; },
          [](const Closure& n) { return printClosure(n); },
          [](const NewObject& n) { return "(new " + print(n.type) + ")"; },
          [](const ChooseRange& n) {
            return "(choose " + print(*n.low) + ".." + print(*n.high) + ")";
          },
          [](const ChooseValues& n) { return "(choose" + printAll(n.values) + ")"; },
          [](const Parenthesized& n) { return "(paren " + print(*n.inner) + ")"; },
      },
      node);
}

std::string printIf(const IfStmt& n) {
  std::string result = "(if " + print(n.condition) + " " + print(n.thenBlock);
  if (n.elseBranch)
    result += " else " + print(**n.elseBranch);
  return result + ")";
}

std::string printGo(const GoStmt& n) {
  std::string result = "(go";
  if (n.handle)
    result += " " + n.handle->name + " =";
  if (n.call)
    result += " " + print(*n.call);
  if (n.block)
    result += " " + print(*n.block);
  if (n.blockHasSemicolon)
    result += " ;";
  return result + ")";
}

std::string printFor(const ForStmt& n) {
  std::string result =
      std::string("(for ") + (n.shared ? "shared " : "") + n.variable.name + " " + print(n.low);
  if (n.high)
    result += ".." + print(*n.high);
  return result + " " + print(n.body) + ")";
}

std::string printStmtNode(const StmtNode& node) {
  return std::visit(
      Overloaded{
          [](const LetStmt& n) {
            return "(let " + n.name.name + (n.type ? ":" + print(*n.type) : "") + " " +
                   print(n.value) + ")";
          },
          [](const AssignStmt& n) {
            return "(= " + n.target.name + (n.index ? "[" + print(*n.index) + "]" : "") + " " +
                   print(n.value) + ")";
          },
          [](const IfStmt& n) { return printIf(n); },
          [](const WhileStmt& n) {
            return "(while " + print(n.condition) + " " + print(n.body) + ")";
          },
          [](const ForStmt& n) { return printFor(n); },
          [](const GoStmt& n) { return printGo(n); },
          [](const JoinStmt& n) { return "(join " + n.handle.name + ")"; },
          [](const ReturnStmt& n) {
            return std::string("(return") + (n.value ? " " + print(*n.value) : "") + ")";
          },
          [](const AssertStmt& n) {
            return "(assert " + print(n.condition) + (n.message ? " \"" + *n.message + "\"" : "") +
                   ")";
          },
          [](const AssumeStmt& n) { return "(assume " + print(n.condition) + ")"; },
          [](const AwaitStmt& n) { return "(await " + print(n.condition) + ")"; },
          [](const FenceStmt& n) {
            return "(fence " + std::string(ast::memoryOrderName(n.order)) + ")";
          },
          [](const BreakStmt&) { return std::string("(break)"); },
          [](const ContinueStmt&) { return std::string("(continue)"); },
          [](const ExprStmt& n) { return "(expr " + print(n.expr) + ")"; },
          [](const BlockStmt& n) { return print(n.block); },
      },
      node);
}

std::string printArgumentsOf(const NamedProperty& property) {
  return "(" + property.name.name + printAll(property.arguments) + ")";
}

std::string printItemNode(const ItemNode& node) {
  return std::visit(
      Overloaded{
          [](const GlobalDecl& n) {
            return "(var " + n.name.name +
                   (n.arrayLength ? " [" + print(*n.arrayLength) + "]" : std::string()) +
                   (n.atomic ? " atomic " : " ") + print(n.type) +
                   (n.initializer ? " " + print(*n.initializer) : "") + ")";
          },
          [](const ConstDecl& n) { return "(const " + n.name.name + " " + print(n.value) + ")"; },
          [](const FuncDecl& n) {
            return std::string(n.isInit ? "(init func " : "(func ") + n.name.name + " (" +
                   printAll(n.parameters) + " )" + (n.result ? " -> " + print(*n.result) : "") +
                   " " + print(n.body) + ")";
          },
          [](const ThreadDecl& n) { return "(thread " + n.name.name + " " + print(n.body) + ")"; },
          [](const CheckItem& n) {
            if (auto* final = std::get_if<FinalProperty>(&n.property)) {
              return "(check final " + print(final->condition) + ")";
            }
            return "(check " + printArgumentsOf(std::get<NamedProperty>(n.property)) + ")";
          },
          [](const ExpectItem& n) { return "(expect " + n.kind.name + ")"; },
          [](const OptionItem& n) {
            const auto* word = std::get_if<Identifier>(&n.value);
            return "(option " + n.name.name + " " +
                   (word ? word->name : std::to_string(std::get<std::int64_t>(n.value))) + ")";
          },
      },
      node);
}

}  // namespace

std::string print(const ast::Expr& expr) {
  return printNode(expr.node);
}

std::string print(const ast::Stmt& stmt) {
  return (stmt.label ? "@" + stmt.label->name + " " : "") + printStmtNode(stmt.node);
}

std::string print(const ast::Block& block) {
  return "{" + printAll(block.statements) + " }";
}

std::string print(const ast::Type& type) {
  static const char* names[] = {"int",  "bool",  "string",    "list", "func",
                                "once", "mutex", "waitgroup", "chan"};
  std::string result = names[static_cast<int>(type.kind)];
  if (type.kind == ast::TypeKind::Chan)
    result += "(" + std::to_string(type.channelCapacity) + ")";
  return result;
}

std::string print(const ast::Item& item) {
  return printItemNode(item.node);
}

}  // namespace initcheck::testing
