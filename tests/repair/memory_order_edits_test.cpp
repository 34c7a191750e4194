// Memory-order words found outside comments and strings, their stronger replacements in
// order, and edits applied in place.
#include "repair/memory_order_edits.hpp"

#include <gtest/gtest.h>

namespace initcheck {
namespace {

TEST(MemoryOrderEdits, EveryOrderWordOutsideCommentsAndStringsWithItsStrongerOrders) {
  SourceFile source(
      "t.ic",
      "// relaxed in a comment\n"
      "var a: atomic int = 0;\n"
      "thread t { a.store(1, relaxed); assert a.load(acquire) == 1, \"release\"; }\n"
      "/* acq_rel */ thread u { a.add(1, acq_rel); a.load(seq_cst); x_relaxed(); }\n");
  std::vector<OrderSite> sites = memoryOrderSites(source);
  ASSERT_EQ(sites.size(), 3u);
  EXPECT_EQ(sites[0].position, (SourcePosition{3, 23}));
  std::vector<std::string> stronger;
  for (const TextEdit& edit : sites[0].strongerOrders)
    stronger.push_back(edit.before + "->" + edit.after);
  EXPECT_EQ(stronger, (std::vector<std::string>{"relaxed->acquire", "relaxed->release",
                                                "relaxed->acq_rel", "relaxed->seq_cst"}));
  EXPECT_EQ(sites[1].position, (SourcePosition{3, 47}));
  EXPECT_EQ(sites[1].strongerOrders.size(), 2u);  // acq_rel, seq_cst
  EXPECT_EQ(sites[2].position, (SourcePosition{4, 35}));
  ASSERT_EQ(sites[2].strongerOrders.size(), 1u);
  EXPECT_EQ(sites[2].strongerOrders[0].after, "seq_cst");
}

TEST(MemoryOrderEdits, EditsKeepEveryOtherByteInPlace) {
  SourceFile source("t.ic", "a.store(1, relaxed);\nb.load(relaxed);\n");
  std::vector<OrderSite> sites = memoryOrderSites(source);
  ASSERT_EQ(sites.size(), 2u);
  std::string edited = applyEdits(source, {sites[0].strongerOrders[1], sites[1].strongerOrders[0]});
  EXPECT_EQ(edited, "a.store(1, release);\nb.load(acquire);\n");
}

}  // namespace
}  // namespace initcheck
