// Notes for specs that declare no thread (see vacuous_spec.hpp).
#include "check/vacuous_spec.hpp"

#include <algorithm>
#include <variant>

namespace initcheck {

std::optional<std::string> vacuityNote(const LoadedSpec& spec) {
  bool declaresThread = std::any_of(
      spec.file.items.begin(), spec.file.items.end(),
      [](const ast::Item& item) { return std::holds_alternative<ast::ThreadDecl>(item.node); });
  if (declaresThread)
    return std::nullopt;
  if (spec.file.items.empty() && !spec.file.title)
    return "nothing was checked: the file declares nothing (is it empty?)";
  return "nothing was checked: the spec declares no thread, so no step runs";
}

}  // namespace initcheck
