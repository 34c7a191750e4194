// `check`, `expect` and `option` items (sections 5-7), checked after all code so that they may
// name any function, global or label, and recorded in resolved form in SpecDirectives.
//
// single_init(f), exactly_once(f): f is an `init func`. exactly_once(f(args)): the arguments are
// literals matching f's parameters. happens_before(a, b): two labels. init_before_use(x): a
// global. final e: a bool condition over globals (expressions.cpp says what it may contain).
#include <algorithm>

#include "sema/checker.hpp"

namespace initcheck {

namespace {

const std::vector<std::string> kPropertyNames = {"single_init", "exactly_once", "happens_before",
                                                 "init_before_use", "final"};

// A literal argument (`-7` included) and its type.
std::optional<std::pair<LiteralValue, ValueType>> literalOf(const ast::Expr& expr) {
  using std::get_if;
  if (const auto* value = get_if<ast::IntLiteral>(&expr.node)) {
    return std::pair{LiteralValue{value->value}, ValueType::of(ValueKind::Int)};
  }
  if (const auto* value = get_if<ast::BoolLiteral>(&expr.node)) {
    return std::pair{LiteralValue{value->value}, ValueType::of(ValueKind::Bool)};
  }
  if (const auto* value = get_if<ast::StringLiteral>(&expr.node)) {
    return std::pair{LiteralValue{value->value}, ValueType::of(ValueKind::String)};
  }
  const auto* unary = get_if<ast::Unary>(&expr.node);
  const auto* operand = unary ? get_if<ast::IntLiteral>(&unary->operand->node) : nullptr;
  if (operand && unary->op == ast::UnaryOperator::Negate) {
    return std::pair{LiteralValue{-operand->value}, ValueType::of(ValueKind::Int)};
  }
  return std::nullopt;
}

}  // namespace

void Checker::checkDirectives(ast::File& file) {
  for (auto& item : file.items) {
    if (auto* check = std::get_if<ast::CheckItem>(&item.node))
      checkCheckItem(*check, item.position);
    if (auto* expect = std::get_if<ast::ExpectItem>(&item.node))
      checkExpect(*expect);
    if (auto* option = std::get_if<ast::OptionItem>(&item.node))
      checkOption(*option);
  }
}

void Checker::checkCheckItem(ast::CheckItem& item, SourcePosition position) {
  if (auto* final = std::get_if<ast::FinalProperty>(&item.property)) {
    checkFinal(*final, position);
  } else {
    checkNamedProperty(std::get<ast::NamedProperty>(item.property), position);
  }
}

void Checker::checkFinal(ast::FinalProperty& property, SourcePosition position) {
  std::size_t before = diagnosticCount();
  mode_ = ExprMode::FinalCondition;
  expectValue(property.condition, ValueType::of(ValueKind::Bool), "'final' condition");
  mode_ = ExprMode::Code;
  if (diagnosticCount() != before)
    return;
  PropertyCheck check;
  check.kind = PropertyKind::Final;
  check.position = position;
  check.condition = property.condition;
  directives_.checks.push_back(std::move(check));
}

void Checker::checkNamedProperty(ast::NamedProperty& property, SourcePosition position) {
  const std::string& name = property.name.name;
  auto kind = propertyFromName(name);
  PropertyCheck check;
  check.position = position;
  if (kind == PropertyKind::SingleInit || kind == PropertyKind::ExactlyOnce) {
    check.kind = *kind;
    checkInitFuncProperty(property, std::move(check));
  } else if (kind == PropertyKind::HappensBefore) {
    check.kind = *kind;
    checkHappensBefore(property, std::move(check));
  } else if (kind == PropertyKind::InitBeforeUse) {
    check.kind = *kind;
    checkInitBeforeUse(property, std::move(check));
  } else {
    error(property.name.position,
          "unknown property '" + name + "'" + didYouMean(name, kPropertyNames));
  }
}

bool Checker::checkPropertyArity(const ast::NamedProperty& property, std::size_t expected) {
  const auto& arguments = property.arguments;
  if (arguments.size() == expected)
    return true;
  SourcePosition position =
      arguments.size() > expected ? arguments[expected].position : property.name.position;
  error(position, "'" + property.name.name + "' takes " + argumentCount(expected) + ", got " +
                      std::to_string(arguments.size()));
  return false;
}

// The expression of a property argument; a memory order is reported.
// The one argument of a property that takes exactly one (not a memory order); else nullptr,
// with the error reported.
ast::Expr* Checker::soleArgument(ast::NamedProperty& property) {
  if (!checkPropertyArity(property, 1))
    return nullptr;
  return propertyArgument(property.arguments[0]);
}

ast::Expr* Checker::propertyArgument(ast::Argument& argument) {
  if (!argument.isOrder())
    return &*std::get<ast::Box<ast::Expr>>(argument.value);
  error(argument.position, "a memory order is not allowed here");
  return nullptr;
}

void Checker::checkInitFuncProperty(ast::NamedProperty& property, PropertyCheck check) {
  ast::Expr* argument = soleArgument(property);
  if (!argument)
    return;
  ast::Expr& inner = unparenthesized(*argument);
  auto* call = std::get_if<ast::Call>(&inner.node);
  if (call && check.kind == PropertyKind::ExactlyOnce) {
    check.target = resolveInitFunc(unparenthesized(*call->callee), property.name.name);
    if (check.target == kUnresolved)
      return;
    check.arguments.emplace();
    if (!checkLiteralArguments(*call, symbols_.at(check.target), check))
      return;
  } else {
    check.target = resolveInitFunc(inner, property.name.name);
    if (check.target == kUnresolved)
      return;
  }
  directives_.checks.push_back(std::move(check));
}

// The init func an argument names, or kUnresolved (reported).
SymbolId Checker::resolveInitFunc(ast::Expr& argument, std::string_view property) {
  auto* ref = std::get_if<ast::NameRef>(&argument.node);
  std::string forms = property == "exactly_once" ? "an init func, or a call of one with literal "
                                                   "arguments"
                                                 : "the name of an init func";
  if (!ref) {
    error(argument.position, "'" + std::string(property) + "' needs " + forms);
    return kUnresolved;
  }
  if (resolve(*ref, argument.position) == kUnresolved)
    return kUnresolved;
  const Symbol& symbol = symbols_.at(ref->symbol);
  if (symbol.kind != SymbolKind::InitFunction) {
    error(argument.position, "'" + ref->name + "' is not an init func; " + std::string(property) +
                                 " applies to init funcs");
    return kUnresolved;
  }
  return ref->symbol;
}

// exactly_once(f(args)): literal arguments, as many as f has parameters, of their types.
bool Checker::checkLiteralArguments(ast::Call& call, const Symbol& function, PropertyCheck& check) {
  const auto& parameters = function.signature->parameters;
  std::size_t before = diagnosticCount();
  for (auto& argument : call.arguments) {
    ast::Expr* expr = propertyArgument(argument);
    auto literal = expr ? literalOf(unparenthesized(*expr)) : std::nullopt;
    if (expr && !literal)
      error(expr->position, "arguments in 'exactly_once' must be literals");
    if (!literal)
      continue;
    std::size_t index = check.arguments->size();
    if (index < parameters.size() && !isAssignable(parameters[index], literal->second)) {
      error(expr->position, "argument " + std::to_string(index + 1) + " of '" + function.name +
                                "' must be " + typeName(parameters[index]) + ", got " +
                                typeName(literal->second));
    }
    check.arguments->push_back(literal->first);
  }
  reportArity(call.arguments, parameters.size(), "'" + function.name + "'",
              unparenthesized(*call.callee).position);
  return diagnosticCount() == before;
}

void Checker::checkHappensBefore(ast::NamedProperty& property, PropertyCheck check) {
  if (!checkPropertyArity(property, 2))
    return;
  ast::Expr* first = propertyArgument(property.arguments[0]);
  ast::Expr* second = propertyArgument(property.arguments[1]);
  check.before = first ? resolveLabel(*first) : kUnresolved;
  check.after = second ? resolveLabel(*second) : kUnresolved;
  if (check.before == kUnresolved || check.after == kUnresolved)
    return;
  directives_.checks.push_back(std::move(check));
}

// A label named by a happens_before argument, or kUnresolved (reported).
SymbolId Checker::resolveLabel(ast::Expr& argument) {
  auto* ref = std::get_if<ast::NameRef>(&unparenthesized(argument).node);
  if (!ref) {
    error(argument.position, "'happens_before' needs two labels");
    return kUnresolved;
  }
  ref->symbol = symbols_.findLabel(ref->name);
  if (ref->symbol == kUnresolved) {
    std::vector<std::string> labels;
    for (SymbolId id : symbols_.ofKind(SymbolKind::Label))
      labels.push_back(symbols_.at(id).name);
    error(argument.position, "unknown label '" + ref->name + "'" + didYouMean(ref->name, labels));
  }
  return ref->symbol;
}

void Checker::checkInitBeforeUse(ast::NamedProperty& property, PropertyCheck check) {
  ast::Expr* argument = soleArgument(property);
  if (!argument)
    return;
  ast::Expr& inner = unparenthesized(*argument);
  auto* ref = std::get_if<ast::NameRef>(&inner.node);
  if (!ref) {
    error(inner.position, "'init_before_use' needs the name of a global");
    return;
  }
  if (resolve(*ref, inner.position) == kUnresolved)
    return;
  if (symbols_.at(ref->symbol).kind != SymbolKind::Global) {
    error(inner.position,
          "'" + ref->name + "' is not a global; init_before_use applies to globals");
    return;
  }
  check.target = ref->symbol;
  directives_.checks.push_back(std::move(check));
}

// `expect ok;` or one `expect KIND;` per kind; `ok` excludes every kind.
void Checker::checkExpect(const ast::ExpectItem& item) {
  const auto& kind = item.kind;
  auto& expectations = directives_.expectations;
  expectations.declared = true;
  auto property = propertyFromName(kind.name);
  if (kind.name != "ok" && !property) {
    auto candidates = allPropertyNames();
    candidates.push_back("ok");
    error(kind.position,
          "unknown expectation '" + kind.name + "'" + didYouMean(kind.name, candidates));
    return;
  }
  auto [seen, first] = expectSeen_.emplace(kind.name, kind.position);
  if (!first) {
    errorWithNote(kind.position, "duplicate 'expect " + kind.name + "'", seen->second,
                  "first expected here");
    return;
  }
  auto other = std::find_if(expectSeen_.begin(), expectSeen_.end(), [&](const auto& entry) {
    return (entry.first == "ok") != (kind.name == "ok");
  });
  if (other != expectSeen_.end()) {
    errorWithNote(kind.position,
                  "'expect " + kind.name + "' contradicts 'expect " + other->first + "'",
                  other->second, "'expect " + other->first + "' is here");
    return;
  }
  if (property) {
    expectations.kinds.push_back(*property);
  } else {
    expectations.ok = true;
  }
}

void Checker::checkOption(const ast::OptionItem& item) {
  const auto& name = item.name;
  auto* slot = directives_.options.byName(name.name);
  if (!slot && name.name != "memory_model") {
    error(name.position,
          "unknown option '" + name.name + "'" + didYouMean(name.name, SpecOptions::names()));
    return;
  }
  auto [seen, first] = optionSeen_.emplace(name.name, name.position);
  if (!first) {
    errorWithNote(name.position, "duplicate option '" + name.name + "'", seen->second,
                  "first set here");
    return;
  }
  if (!slot) {
    checkMemoryModelOption(item);
    return;
  }
  const auto* number = std::get_if<std::int64_t>(&item.value);
  if (!number) {
    const auto& word = std::get<ast::Identifier>(item.value);
    error(word.position, "option '" + name.name + "' takes an integer, not '" + word.name + "'");
    return;
  }
  std::int64_t minimum = name.name == "threads" ? 1 : 0;
  if (*number < minimum) {
    error(name.position, "option '" + name.name + "' must be at least " + std::to_string(minimum));
    return;
  }
  *slot = *number;
}

void Checker::checkMemoryModelOption(const ast::OptionItem& item) {
  const auto* word = std::get_if<ast::Identifier>(&item.value);
  if (!word) {
    error(item.name.position, "option 'memory_model' takes 'rc11' or 'sc', not a number");
    return;
  }
  std::optional<MemoryModel> model = memoryModelFromName(word->name);
  if (!model) {
    error(word->position, "unknown memory model '" + word->name + "' (expected 'rc11' or 'sc')" +
                              didYouMean(word->name, {"rc11", "sc"}));
    return;
  }
  directives_.options.memoryModel = model;
}

}  // namespace initcheck
