// Memory-order words found outside comments and strings, their stronger replacements in
// order, and edits applied in place.
#include "repair/memory_order_edits.hpp"

#include <gtest/gtest.h>

#include "repair/edit_site.hpp"

namespace initcheck {
namespace {

TEST(MemoryOrderEdits, EveryOrderWordOutsideCommentsAndStringsWithItsStrongerOrders) {
  SourceFile source(
      "t.ic",
      "// relaxed in a comment\n"
      "var a: atomic int = 0;\n"
      "thread t { a.store(1, relaxed); assert a.load(acquire) == 1, \"release\"; }\n"
      "/* acq_rel */ thread u { a.add(1, acq_rel); a.load(seq_cst); x_relaxed(); }\n");
  std::vector<EditSite> sites = memoryOrderSites(source);
  ASSERT_EQ(sites.size(), 3u);
  EXPECT_EQ(sites[0].position, (SourcePosition{3, 23}));
  std::vector<std::string> stronger;
  for (const RepairOption& option : sites[0].alternatives)
    stronger.push_back(option.edits.at(0).before + "->" + option.edits.at(0).after);
  EXPECT_EQ(stronger, (std::vector<std::string>{"relaxed->acquire", "relaxed->release",
                                                "relaxed->acq_rel", "relaxed->seq_cst"}));
  EXPECT_EQ(sites[1].position, (SourcePosition{3, 47}));
  EXPECT_EQ(sites[1].alternatives.size(), 2u);  // acq_rel, seq_cst
  EXPECT_EQ(sites[2].position, (SourcePosition{4, 35}));
  ASSERT_EQ(sites[2].alternatives.size(), 1u);
  EXPECT_EQ(sites[2].alternatives[0].edits.at(0).after, "seq_cst");
  EXPECT_EQ(sites[2].alternatives[0].summary, "4:35 `acq_rel` -> `seq_cst`");
}

TEST(MemoryOrderEdits, EditsKeepEveryOtherByteInPlace) {
  SourceFile source("t.ic", "a.store(1, relaxed);\nb.load(relaxed);\n");
  std::vector<EditSite> sites = memoryOrderSites(source);
  ASSERT_EQ(sites.size(), 2u);
  std::string edited = applyEdits(
      source, {sites[0].alternatives[1].edits.at(0), sites[1].alternatives[0].edits.at(0)});
  EXPECT_EQ(edited, "a.store(1, release);\nb.load(acquire);\n");
}

}  // namespace
}  // namespace initcheck
