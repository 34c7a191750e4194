// SARIF fixes from fix suggestions (see sarif_fixes.hpp).
#include "report/sarif_fixes.hpp"

#include <algorithm>

#include "report/fix_text.hpp"
#include "report/sarif_location.hpp"

namespace initcheck {

namespace {

using nlohmann::ordered_json;

bool removesSomeOf(const FixSuggestion& fix, const RootCauseGroup& group) {
  auto removes = [&](std::size_t index) {
    return std::find(fix.removes.begin(), fix.removes.end(), index) != fix.removes.end();
  };
  return removes(group.first) || std::any_of(group.others.begin(), group.others.end(), removes);
}

ordered_json replacement(const SarifArtifact& artifact, const TextEdit& edit) {
  SourcePosition end{edit.position.line,
                     static_cast<std::uint32_t>(edit.position.column + edit.before.size())};
  return {{"deletedRegion", artifact.region(edit.position, end)},
          {"insertedContent", {{"text", edit.after}}}};
}

}  // namespace

ordered_json sarifFixes(const FileReport& file, const RootCauseGroup& group) {
  ordered_json fixes = ordered_json::array();
  const CheckResult& result = *file.result;
  if (!result.fixSearch)
    return fixes;
  SarifArtifact artifact(file);
  for (const FixSuggestion& fix : result.fixSearch->fixes) {
    if (!removesSomeOf(fix, group))
      continue;
    ordered_json replacements = ordered_json::array();
    for (const TextEdit& edit : fix.edits)
      replacements.push_back(replacement(artifact, edit));
    std::string text =
        fixChangesText(fix) + " (" + fixVerifiedText(fix, result.violations.size()) + ")";
    fixes.push_back({{"description", {{"text", text}}},
                     {"artifactChanges",
                      ordered_json::array({{{"artifactLocation", artifact.artifactLocation()},
                                            {"replacements", replacements}}})}});
  }
  return fixes;
}

}  // namespace initcheck
