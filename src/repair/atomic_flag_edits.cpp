// A racing plain flag made atomic with release and acquire (see atomic_flag_edits.hpp).
#include "repair/atomic_flag_edits.hpp"

#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "repair/declared_globals.hpp"
#include "repair/spec_words.hpp"

namespace initcheck {

namespace {

// The plain `bool` or `int` scalar global `name`, if the spec declares one.
const ast::GlobalDecl* plainFlag(const ast::File& file, const std::string& name) {
  for (const ast::GlobalDecl* global : flagGlobals(file)) {
    if (!global->atomic && global->name.name == name)
      return global;
  }
  return nullptr;
}

std::size_t skipSpaces(std::string_view text, std::size_t i) {
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t'))
    ++i;
  return i;
}

// The edits of one use of the flag at `offset`: an assignment `NAME = e;` becomes a release
// store, a read an acquire load; a method call or the declaration's own name is left alone.
std::optional<TextEdit> useEdit(const SourceFile& source, std::size_t offset,
                                const std::string& name, std::size_t declarationName) {
  std::string_view text = source.text();
  if (offset == declarationName)
    return std::nullopt;
  std::size_t next = skipSpaces(text, offset + name.size());
  SourcePosition position = source.positionAt(offset);
  if (next < text.size() && text[next] == '.')
    return std::nullopt;
  if (next < text.size() && text[next] == '=' &&
      (next + 1 >= text.size() || text[next + 1] != '=')) {
    std::size_t end = text.find(';', next);
    std::size_t lineEnd = text.find('\n', next);
    if (end == std::string_view::npos || end > lineEnd)
      return std::nullopt;
    std::size_t valueStart = skipSpaces(text, next + 1);
    std::string value(text.substr(valueStart, end - valueStart));
    while (!value.empty() && (value.back() == ' ' || value.back() == '\t'))
      value.pop_back();
    return TextEdit{position, std::string(text.substr(offset, end + 1 - offset)),
                    name + ".store(" + value + ", release);"};
  }
  return TextEdit{position, name, name + ".load(acquire)"};
}

// Whether the use at `offset` is a condition: `if NAME`, `if !NAME`, `while (NAME`, `await NAME`.
bool testedAt(std::string_view text, std::size_t offset) {
  std::size_t i = offset;
  while (i > 0 &&
         (text[i - 1] == ' ' || text[i - 1] == '\t' || text[i - 1] == '!' || text[i - 1] == '('))
    --i;
  for (std::string_view keyword : {"if", "while", "await"}) {
    if (i >= keyword.size() && text.substr(i - keyword.size(), keyword.size()) == keyword)
      return true;
  }
  return false;
}

}  // namespace

std::vector<EditSite> atomicFlagSites(const SourceFile& source, const ast::File& file,
                                      const CheckResult& result) {
  const std::string& text = source.text();
  std::set<std::string> names;
  for (const ReportedViolation& reported : result.violations) {
    const Violation& violation = reported.violation;
    std::string name = violation.instanceKey.substr(0, violation.instanceKey.find('@'));
    if (violation.kind == PropertyKind::Race && name.find('[') == std::string::npos)
      names.insert(name);
  }
  std::vector<EditSite> sites;
  for (const std::string& name : names) {
    const ast::GlobalDecl* global = plainFlag(file, name);
    if (global == nullptr)
      continue;
    std::size_t declarationName = source.offsetOf(global->name.position);
    RepairOption option;
    option.edits.push_back({global->type.position, "", "atomic "});
    bool flag = false;
    forEachWord(text, [&](std::size_t offset, std::string_view word) {
      if (word != name)
        return;
      flag = flag || testedAt(text, offset);
      if (std::optional<TextEdit> use = useEdit(source, offset, name, declarationName))
        option.edits.push_back(*use);
    });
    if (!flag)
      continue;  // not a flag: an atomic would hide the race, not order the data
    option.summary = "make `" + name + "` atomic: stores release, loads acquire (" +
                     std::to_string(option.edits.size() - 1) + " uses)";
    option.cost = 3;
    sites.push_back({global->type.position, {std::move(option)}});
  }
  return sites;
}

}  // namespace initcheck
