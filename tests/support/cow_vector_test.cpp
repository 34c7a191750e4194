// Copies of a CowVector share elements until one is written (support/cow_vector.hpp).
#include "support/cow_vector.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <utility>

namespace initcheck {
namespace {

CowVector<std::string> threeWords() {
  CowVector<std::string> words;
  words.push_back("a");
  words.push_back("b");
  words.emplace_back("c");
  return words;
}

TEST(CowVector, ACopySharesElementsUntilOneIsWritten) {
  CowVector<std::string> original = threeWords();
  CowVector<std::string> copy = original;
  EXPECT_EQ(&std::as_const(copy)[1], &std::as_const(original)[1]);
  copy[1] = "B";
  EXPECT_EQ(std::as_const(original)[1], "b");
  EXPECT_EQ(std::as_const(copy)[1], "B");
  EXPECT_NE(&std::as_const(copy)[1], &std::as_const(original)[1]);
  EXPECT_EQ(&std::as_const(copy)[0], &std::as_const(original)[0]);  // the others still shared
}

TEST(CowVector, AnElementOwnedAloneIsWrittenInPlace) {
  CowVector<std::string> words = threeWords();
  const std::string* before = &std::as_const(words)[2];
  words[2] += "!";
  words.back() += "?";
  EXPECT_EQ(&std::as_const(words)[2], before);
  EXPECT_EQ(std::as_const(words)[2], "c!?");
}

TEST(CowVector, NonConstIterationWritesOnlyTheCopy) {
  CowVector<std::string> original = threeWords();
  CowVector<std::string> copy = original;
  for (std::string& word : copy)
    word += "x";
  std::vector<std::string> seen(original.begin(), original.end());
  EXPECT_EQ(seen, (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_TRUE(std::all_of(std::as_const(copy).begin(), std::as_const(copy).end(),
                          [](const std::string& w) { return w.back() == 'x'; }));
}

TEST(CowVector, EqualityComparesElements) {
  CowVector<std::string> a = threeWords();
  CowVector<std::string> b = threeWords();  // equal, not shared
  CowVector<std::string> c = a;
  EXPECT_TRUE(a == b);
  EXPECT_TRUE(a == c);
  c[0] = "z";
  EXPECT_FALSE(a == c);
  c.pop_back();
  EXPECT_EQ(c.size(), 2U);
  EXPECT_FALSE(a == c);
  c.resize(4);
  EXPECT_EQ(std::as_const(c)[3], "");
  EXPECT_THROW(c.at(4), std::out_of_range);
}

}  // namespace
}  // namespace initcheck
