// Racing statements wrapped in a mutex (see lock_guard_edits.hpp).
#include "repair/lock_guard_edits.hpp"

#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "repair/declared_globals.hpp"
#include "repair/spec_words.hpp"

namespace initcheck {

namespace {

struct Statement {
  SourcePosition start;
  std::size_t length = 0;
  bool operator<(const Statement& other) const { return start < other.start; }
};

// The statement around `access` on its line, if it ends on that line.
std::optional<Statement> statementAround(const SourceFile& source, SourcePosition access) {
  std::string_view line = source.lineText(access.line);
  std::size_t at = access.column == 0 ? 0 : access.column - 1;
  if (at >= line.size())
    return std::nullopt;
  std::size_t end = line.find(';', at);
  if (end == std::string_view::npos)
    return std::nullopt;
  std::size_t start = line.find_last_of(";{}", at == 0 ? 0 : at - 1);
  start = start == std::string_view::npos ? 0 : start + 1;
  while (start < at && (line[start] == ' ' || line[start] == '\t'))
    ++start;
  return Statement{{access.line, static_cast<std::uint32_t>(start + 1)}, end + 1 - start};
}

RepairOption wrapped(const SourceFile& source, const std::set<Statement>& statements,
                     const std::string& mutex, bool declare) {
  RepairOption option;
  option.cost = 5;
  std::string where;
  for (const Statement& statement : statements) {
    SourcePosition end{statement.start.line,
                       static_cast<std::uint32_t>(statement.start.column + statement.length)};
    option.edits.push_back({statement.start, "", mutex + ".lock(); "});
    option.edits.push_back({end, "", " " + mutex + ".unlock();"});
    where += (where.empty() ? "" : " and ") + statement.start.text();
  }
  if (declare)
    option.edits.push_back(declarationAtEnd(source, "var " + mutex + ": mutex;"));
  option.summary = "hold " + std::string(declare ? "a new mutex `" : "mutex `") + mutex +
                   "` around the statement" + (statements.size() == 1 ? "" : "s") + " at " + where;
  return option;
}

}  // namespace

std::vector<EditSite> lockGuardSites(const SourceFile& source, const ast::File& file,
                                     const CheckResult& result) {
  std::vector<EditSite> sites;
  std::set<std::set<Statement>> seen;
  std::vector<const ast::GlobalDecl*> mutexes = scalarGlobals(file, ast::TypeKind::Mutex);
  for (const ReportedViolation& reported : result.violations) {
    const Violation& violation = reported.violation;
    if (violation.kind != PropertyKind::Race || violation.related.empty())
      continue;
    std::set<Statement> statements;
    for (SourcePosition access : {violation.position, violation.related.front().position}) {
      if (std::optional<Statement> statement = statementAround(source, access))
        statements.insert(*statement);
    }
    if (statements.empty() || !seen.insert(statements).second)
      continue;
    EditSite site{statements.begin()->start, {}};
    for (const ast::GlobalDecl* mutex : mutexes)
      site.alternatives.push_back(wrapped(source, statements, mutex->name.name, false));
    site.alternatives.push_back(
        wrapped(source, statements, unusedName(source.text(), "guard"), true));
    sites.push_back(std::move(site));
  }
  return sites;
}

}  // namespace initcheck
