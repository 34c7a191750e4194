// Compact exact keys (explore/collapsed_keys.hpp).
#include "explore/collapsed_keys.hpp"

#include <gtest/gtest.h>

namespace initcheck {
namespace {

CanonicalKey keyOf(std::string bytes, std::vector<std::uint32_t> sectionEnds) {
  CanonicalKey key;
  key.bytes = std::move(bytes);
  key.sectionEnds = std::move(sectionEnds);
  return key;
}

TEST(CollapsedKeys, EqualKeysGetEqualCompactForms) {
  CollapsedKeys keys;
  std::string stored = keys.store(keyOf("abcdef", {2, 4, 6}));
  EXPECT_EQ(stored.size(), 3U);  // one byte per section
  EXPECT_EQ(keys.find(keyOf("abcdef", {2, 4, 6})), stored);
  EXPECT_EQ(keys.store(keyOf("abcdef", {2, 4, 6})), stored);
}

TEST(CollapsedKeys, DifferentKeysGetDifferentCompactForms) {
  CollapsedKeys keys;
  std::string first = keys.store(keyOf("abcdef", {2, 4, 6}));
  EXPECT_FALSE(keys.find(keyOf("abcdeX", {2, 4, 6})));          // a section never stored
  std::string second = keys.store(keyOf("cdabef", {2, 4, 6}));  // same sections, other order
  EXPECT_NE(first, second);
  std::string third = keys.store(keyOf("abab", {2, 4}));
  EXPECT_NE(third, first.substr(0, 2) + first.substr(0, 1));
  EXPECT_EQ(keys.find(keyOf("abab", {2, 4})), third);
}

TEST(CollapsedKeys, ManySectionsGetIndicesOfSeveralBytes) {
  CollapsedKeys keys;
  std::string last;
  for (int i = 0; i < 300; ++i)
    last = keys.store(
        keyOf("s" + std::to_string(i), {static_cast<std::uint32_t>(1 + std::to_string(i).size())}));
  EXPECT_EQ(last.size(), 2U);  // index 299 in LEB128
  EXPECT_EQ(keys.find(keyOf("s299", {4})), last);
  EXPECT_EQ(keys.find(keyOf("s0", {2}))->size(), 1U);
}

}  // namespace
}  // namespace initcheck
