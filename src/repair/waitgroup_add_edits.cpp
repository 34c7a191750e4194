// `wg.add(...)` moved before a `go` (see waitgroup_add_edits.hpp).
#include "repair/waitgroup_add_edits.hpp"

#include <set>
#include <string>
#include <string_view>

#include "repair/declared_globals.hpp"
#include "repair/spec_words.hpp"

namespace initcheck {

namespace {

// The length of the statement `W.add(...);` starting at `offset` (where W is), or 0.
std::size_t addStatementLength(std::string_view text, std::size_t offset, std::size_t nameLength) {
  std::size_t i = offset + nameLength;
  if (text.compare(i, 5, ".add(") != 0)
    return 0;
  int depth = 0;
  for (i += 4; i < text.size(); ++i) {
    depth += text[i] == '(' ? 1 : text[i] == ')' ? -1 : 0;
    if (depth == 0)
      break;
  }
  std::size_t end = i + 1;
  while (end < text.size() && (text[end] == ' ' || text[end] == '\t'))
    ++end;
  return end < text.size() && text[end] == ';' ? end + 1 - offset : 0;
}

}  // namespace

std::vector<EditSite> waitGroupAddSites(const SourceFile& source, const ast::File& file) {
  const std::string& text = source.text();
  std::set<std::string> groups;
  for (const ast::GlobalDecl* group : scalarGlobals(file, ast::TypeKind::WaitGroup))
    groups.insert(group->name.name);
  std::vector<std::size_t> gos;
  std::vector<std::pair<std::size_t, std::size_t>> adds;  // offset, length
  forEachWord(text, [&](std::size_t offset, std::string_view word) {
    if (word == "go")
      gos.push_back(offset);
    else if (groups.count(std::string(word)))
      if (std::size_t length = addStatementLength(text, offset, word.size()))
        adds.emplace_back(offset, length);
  });
  std::vector<EditSite> sites;
  for (auto [offset, length] : adds) {
    std::string statement = text.substr(offset, length);
    SourcePosition from = source.positionAt(offset);
    EditSite site{from, {}};
    for (std::size_t go : gos) {
      SourcePosition to = source.positionAt(go);
      std::string summary = "move `" + statement + "` from " + from.text() +
                            " to just before the `go` at " + to.text();
      site.alternatives.push_back({moveEdits(from, statement, to), std::move(summary)});
    }
    if (!site.alternatives.empty())
      sites.push_back(std::move(site));
  }
  return sites;
}

}  // namespace initcheck
