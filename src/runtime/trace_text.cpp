// Executor: the text of trace events and values ("write name = \"c\"", "[1, 2]", "func@6:19").
#include <variant>

#include "parser/ast_names.hpp"
#include "runtime/executor.hpp"

namespace initcheck {

std::string ordinal(std::int64_t n) {
  std::int64_t lastTwo = n % 100;
  std::string suffix = "th";
  if (lastTwo < 11 || lastTwo > 13) {
    if (n % 10 == 1)
      suffix = "st";
    else if (n % 10 == 2)
      suffix = "nd";
    else if (n % 10 == 3)
      suffix = "rd";
  }
  return std::to_string(n) + suffix;
}

std::string formatLiteral(const LiteralValue& value) {
  if (const auto* number = std::get_if<std::int64_t>(&value))
    return std::to_string(*number);
  if (const auto* flag = std::get_if<bool>(&value))
    return *flag ? "true" : "false";
  return ast::quotedStringLiteral(std::get<std::string>(value));
}

std::string Executor::show(const Value& value) const {
  switch (value.tag) {
    case ValueTag::None:
      return "none";
    case ValueTag::Int:
      return std::to_string(value.number);
    case ValueTag::Bool:
      return value.number != 0 ? "true" : "false";
    case ValueTag::String:
      return ast::quotedStringLiteral(program_.atomText(value.number));
    case ValueTag::List: {
      std::string out = "[";
      for (std::size_t i = 0; i < value.list->size(); ++i)
        out += (i == 0 ? "" : ", ") + show((*value.list)[i]);
      return out + "]";
    }
    case ValueTag::Func: {
      const CompiledBody& body = bodyOf(program_, value.closure->body);
      if (body.symbol != kUnresolved)
        return body.name;
      return "func@" + body.position.text();
    }
    case ValueTag::Object:
      return state_.objects.at(static_cast<std::size_t>(value.number)).name;
    case ValueTag::Handle:
      return state_.threads.at(static_cast<std::size_t>(value.number)).name;
    case ValueTag::Location:
      return "&" + state_.locations.at(static_cast<std::size_t>(value.number)).name;
  }
  return "?";
}

std::string Executor::showValueOf(const std::string& location, const Value& value) const {
  std::string text = show(value);
  std::optional<std::string> name;
  if (value.tag == ValueTag::Int)
    name = constantNaming(program_, location, value.number);
  return name ? *name + " (" + text + ")" : text;
}

std::string Executor::accessText(const char* verb, const std::string& location,
                                 const Value& value) const {
  if (!describes_)
    return {};
  return std::string(verb) + " " + location + " = " + showValueOf(location, value);
}

TraceEvent* Executor::event(ThreadId t, SourcePosition position, EventKind kind, std::string action,
                            std::string object, MemoryEffect memory) {
  if (!bookkeeping_)
    return nullptr;
  spoilSpin(t, kind, memory);
  TraceEvent& added = outcome_.events.emplace_back(TraceEvent{t,
                                                              state_.threads[t].name,
                                                              position,
                                                              kind,
                                                              std::move(action),
                                                              std::move(object),
                                                              memory,
                                                              {},
                                                              {}});
  if (traceClocks_)
    added.clock = state_.threads[t].clock;
  return &added;
}

}  // namespace initcheck
