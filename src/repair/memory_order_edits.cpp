// Memory-order words of a spec and their stronger replacements (see memory_order_edits.hpp).
#include "repair/memory_order_edits.hpp"

#include <string_view>

#include "repair/spec_words.hpp"

namespace initcheck {

namespace {

// The orders strictly stronger than `order`, weakest first.
std::vector<std::string_view> strongerThan(std::string_view order) {
  if (order == "relaxed")
    return {"acquire", "release", "acq_rel", "seq_cst"};
  if (order == "acquire" || order == "release")
    return {"acq_rel", "seq_cst"};
  if (order == "acq_rel")
    return {"seq_cst"};
  return {};
}

}  // namespace

std::vector<EditSite> memoryOrderSites(const SourceFile& source) {
  std::vector<EditSite> sites;
  forEachWord(source.text(), [&](std::size_t offset, std::string_view word) {
    std::vector<std::string_view> stronger = strongerThan(word);
    if (stronger.empty())
      return;
    EditSite site{source.positionAt(offset), {}};
    for (std::string_view order : stronger) {
      TextEdit change{site.position, std::string(word), std::string(order)};
      std::string summary =
          site.position.text() + " `" + change.before + "` -> `" + change.after + "`";
      std::uint32_t cost = order == "seq_cst" ? 3 : order == "acq_rel" ? 2 : 1;
      site.alternatives.push_back({{std::move(change)}, std::move(summary), cost});
    }
    sites.push_back(std::move(site));
  });
  return sites;
}

}  // namespace initcheck
