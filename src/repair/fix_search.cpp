// The verified search for fixes (see fix_search.hpp).
#include "repair/fix_search.hpp"

#include <algorithm>
#include <chrono>
#include <optional>
#include <set>
#include <string>

#include "repair/atomic_flag_edits.hpp"
#include "repair/edit_site.hpp"
#include "repair/flag_once_edits.hpp"
#include "repair/lock_guard_edits.hpp"
#include "repair/loop_variable_edits.hpp"
#include "repair/memory_order_edits.hpp"
#include "repair/once_hoist_edits.hpp"
#include "repair/unlock_placement_edits.hpp"
#include "repair/waitgroup_add_edits.hpp"

namespace initcheck {

namespace {

using Clock = std::chrono::steady_clock;

std::string instanceOf(const ReportedViolation& reported) {
  return std::to_string(static_cast<int>(reported.violation.kind)) + "\n" +
         reported.violation.instanceKey;
}

std::set<std::string> instancesOf(const CheckResult& result) {
  std::set<std::string> instances;
  for (const ReportedViolation& reported : result.violations)
    instances.insert(instanceOf(reported));
  return instances;
}

// Every candidate site: stronger memory orders, per-iteration loop variables, `wg.add` moved
// before a `go`, a racing plain flag made atomic, a CAS flag replaced by a once, a once moved
// out of the `if` that skips it, an unlock moved into the block that locks, racing statements
// under a mutex.
std::vector<EditSite> candidateSites(const LoadedSpec& spec, const CheckResult& original) {
  const SourceFile& source = spec.source;
  const ast::File& file = spec.file;
  std::vector<EditSite> sites = memoryOrderSites(source);
  for (std::vector<EditSite> more :
       {sharedLoopVariableSites(source), waitGroupAddSites(source, file),
        atomicFlagSites(source, file, original), flagOnceSites(source, file),
        onceHoistSites(source, file, original), unlockPlacementSites(source, file, original),
        lockGuardSites(source, file, original)})
    sites.insert(sites.end(), more.begin(), more.end());
  return sites;
}

class FixSearcher {
 public:
  FixSearcher(const LoadedSpec& spec, Engine& engine, const CheckOptions& options,
              const FixSearchOptions& search, const CheckResult& original)
      : spec_(spec),
        engine_(engine),
        options_(options),
        search_(search),
        original_(original),
        deadline_(Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                     std::chrono::duration<double>(search.seconds))),
        statesLeft_(std::max(search.minStates, search.stateFactor * original.stats.states)) {
    options_.progress = nullptr;  // the re-checks are not the search the user watches
    out_.stateBudget = statesLeft_;
  }

  FixSearch run() {
    std::vector<EditSite> sites = candidateSites(spec_, original_);
    std::vector<std::vector<RepairOption>> acceptedBySite(sites.size());
    for (std::size_t s = 0; s < sites.size() && !out_.stoppedEarly; ++s)
      trySite(sites[s], acceptedBySite[s]);
    // Two light repairs may be better than one heavy one (release + acquire against a mutex).
    bool cheapAndClean =
        std::any_of(out_.fixes.begin(), out_.fixes.end(),
                    [](const FixSuggestion& fix) { return fix.clean && fix.cost <= 2; });
    if (!cheapAndClean)
      tryPairs(acceptedBySite);
    rank();
    return std::move(out_);
  }

 private:
  // The weakest stronger order at the site that fixes something; the edits the checker
  // accepted are kept for pairs.
  void trySite(const EditSite& site, std::vector<RepairOption>& accepted) {
    for (const RepairOption& option : site.alternatives) {
      Verified verified = verify({&option});
      if (verified.accepted)
        accepted.push_back(option);
      if (verified.fix) {
        if (verified.fix->clean)
          cleanAlone_.insert(option.summary);
        out_.fixes.push_back(std::move(*verified.fix));
        return;
      }
      if (out_.stoppedEarly)
        return;
    }
  }

  // Two sites at once, each with its two weakest accepted orders: only pairs that make the
  // spec clean are kept (a pair that only removes something is no better than its halves).
  void tryPairs(const std::vector<std::vector<RepairOption>>& accepted) {
    std::size_t sites = std::min(accepted.size(), search_.maxPairSites);
    for (std::size_t a = 0; a < sites; ++a) {
      for (std::size_t b = a + 1; b < sites; ++b) {
        for (std::size_t i = 0; i < std::min<std::size_t>(2, accepted[a].size()); ++i) {
          for (std::size_t j = 0; j < std::min<std::size_t>(2, accepted[b].size()); ++j) {
            if (out_.stoppedEarly)
              return;
            if (cleanAlone_.count(accepted[a][i].summary) ||
                cleanAlone_.count(accepted[b][j].summary))
              continue;  // a half is a whole fix already
            Verified verified = verify({&accepted[a][i], &accepted[b][j]});
            if (verified.fix && verified.fix->clean)
              out_.fixes.push_back(std::move(*verified.fix));
          }
        }
      }
    }
  }

  struct Verified {
    bool accepted = false;  // the edited spec is valid and its check finished
    std::optional<FixSuggestion> fix;
  };

  Verified verify(const std::vector<const RepairOption*>& repairs) {
    std::vector<TextEdit> edits;
    std::vector<std::string> summaries;
    std::uint32_t cost = 0;
    for (const RepairOption* option : repairs) {
      edits.insert(edits.end(), option->edits.begin(), option->edits.end());
      summaries.push_back(option->summary);
      cost += option->cost;
    }
    double left = std::chrono::duration<double>(deadline_ - Clock::now()).count();
    if (left <= 0 || statesLeft_ == 0) {
      out_.stoppedEarly = true;
      return {};
    }
    ++out_.candidates;
    LoadedSpec edited =
        analyzeSpec(SourceFile(spec_.source.path(), applyEdits(spec_.source, edits)));
    if (!edited.ok())
      return {};
    CheckOptions options = options_;
    options.timeoutSeconds = std::min(options.timeoutSeconds.value_or(left), left);
    bool budgetCaps = !options.maxStates || *options.maxStates > statesLeft_;
    if (budgetCaps)
      options.maxStates = statesLeft_;
    CheckResult checked = checkSpec(engine_, edited, options);
    statesLeft_ -= std::min(statesLeft_, std::max(search_.minCharge, checked.stats.states));
    if (checked.verdict == Verdict::InternalError || checked.limit) {
      bool ranOut = Clock::now() >= deadline_ || (budgetCaps && checked.limit == LimitKind::States);
      out_.stoppedEarly = out_.stoppedEarly || ranOut;
      if (ranOut)
        statesLeft_ = 0;  // the first candidate past the budget ends the search: no lottery
      return {};
    }
    Verified verified{true, std::nullopt};
    // The original instances, their positions moved as the edits move them.
    std::vector<std::string> before;
    for (const ReportedViolation& reported : original_.violations)
      before.push_back(withEditedPositions(instanceOf(reported), edits));
    std::set<std::string> now = instancesOf(checked);
    for (const std::string& instance : now) {
      if (std::find(before.begin(), before.end(), instance) == before.end())
        return verified;  // it adds a violation
    }
    FixSuggestion fix{std::move(edits), {}, now.empty(), std::move(summaries), cost};
    for (std::size_t v = 0; v < before.size(); ++v) {
      if (!now.count(before[v]))
        fix.removes.push_back(v);
    }
    if (!fix.removes.empty())
      verified.fix = std::move(fix);
    return verified;
  }

  void rank() {
    std::stable_sort(out_.fixes.begin(), out_.fixes.end(),
                     [](const FixSuggestion& a, const FixSuggestion& b) {
                       if (a.clean != b.clean)
                         return a.clean;
                       if (a.cost != b.cost)
                         return a.cost < b.cost;
                       return a.removes.size() > b.removes.size();
                     });
    keepOnlyDistinctCleanFixes();
    if (out_.fixes.size() > search_.maxShown)
      out_.fixes.resize(search_.maxShown);
  }

  // Once some fix makes the spec clean, partial ones are noise, and so is a clean fix that
  // edits the same places as a cheaper one (`seq_cst` where `release` does).
  void keepOnlyDistinctCleanFixes() {
    if (out_.fixes.empty() || !out_.fixes.front().clean)
      return;
    std::vector<FixSuggestion> kept;
    std::set<std::vector<SourcePosition>> places;
    for (FixSuggestion& fix : out_.fixes) {
      std::vector<SourcePosition> at;
      for (const TextEdit& edit : fix.edits)
        at.push_back(edit.position);
      if (fix.clean && places.insert(at).second)
        kept.push_back(std::move(fix));
    }
    out_.fixes = std::move(kept);
  }

  const LoadedSpec& spec_;
  Engine& engine_;
  CheckOptions options_;
  const FixSearchOptions& search_;
  const CheckResult& original_;
  Clock::time_point deadline_;
  std::uint64_t statesLeft_;
  FixSearch out_;
  std::set<std::string> cleanAlone_;  // summaries of repairs that make the spec clean alone
};

}  // namespace

void searchFixes(const LoadedSpec& spec, Engine& engine, const CheckOptions& options,
                 const FixSearchOptions& search, CheckResult& result) {
  if (result.violations.empty() || !spec.ok())
    return;
  if (result.limit) {  // an edited spec would end at it too, and prove nothing
    result.fixSearch = FixSearch{};
    result.fixSearch->afterLimit = true;
    return;
  }
  result.fixSearch = FixSearcher(spec, engine, options, search, result).run();
}

}  // namespace initcheck
