#include "cli/spec_summary.hpp"

namespace initcheck::cli {

namespace {

std::string counted(std::size_t count, const std::string& noun) {
  return std::to_string(count) + " " + noun + (count == 1 ? "" : "s");
}

struct ItemCounts {
  std::size_t threads = 0, functions = 0, initFunctions = 0, globals = 0, checks = 0;
};

ItemCounts countItems(const ast::File& file) {
  ItemCounts counts;
  for (const auto& item : file.items) {
    if (std::holds_alternative<ast::ThreadDecl>(item.node))
      ++counts.threads;
    if (std::holds_alternative<ast::GlobalDecl>(item.node))
      ++counts.globals;
    if (std::holds_alternative<ast::CheckItem>(item.node))
      ++counts.checks;
    if (const auto* func = std::get_if<ast::FuncDecl>(&item.node)) {
      ++counts.functions;
      if (func->isInit)
        ++counts.initFunctions;
    }
  }
  return counts;
}

}  // namespace

std::string summarizeSpec(const ast::File& file) {
  ItemCounts counts = countItems(file);
  std::string functions = counted(counts.functions, "function");
  if (counts.initFunctions > 0)
    functions += " (" + std::to_string(counts.initFunctions) + " init)";
  return counted(counts.threads, "thread") + ", " + functions + ", " +
         counted(counts.globals, "global") + ", " + counted(counts.checks, "check");
}

}  // namespace initcheck::cli
