// The state cache's exact store (explore/state_store.hpp): against a std::map over many keys of
// every length class (short, LEB128 lengths of two and three bytes, longer than a chunk).
#include "explore/state_store.hpp"

#include <gtest/gtest.h>

#include <map>
#include <random>
#include <string>
#include <utility>

namespace initcheck {
namespace {

std::string keyNumber(std::mt19937& random, std::size_t length) {
  std::string key(length, '\0');
  for (char& c : key)
    c = static_cast<char>(random() % 4);  // few letters: many keys share prefixes
  return key;
}

TEST(StateStore, FindsExactlyTheKeysInsertedWithTheirRecords) {
  StateStore<int> store;
  std::map<std::string, int*> oracle;
  std::mt19937 random(7);
  const std::size_t lengths[] = {0, 1, 3, 15, 16, 127, 128, 300, 20'000, (1u << 20) + 5};
  for (int i = 0; i < 20'000; ++i) {
    std::size_t length = i < 10 ? lengths[i] : random() % 40;
    std::string key = keyNumber(random, length);
    int* found = store.find(key);
    auto known = oracle.find(key);
    ASSERT_EQ(found != nullptr, known != oracle.end()) << "key " << i;
    if (found != nullptr) {
      EXPECT_EQ(found, known->second);  // records never move
      EXPECT_EQ(*found, static_cast<int>(key.size()));
      continue;
    }
    auto [made, isNew] = store.insert(key);
    EXPECT_TRUE(isNew);
    int& record = *made;
    EXPECT_EQ(record, 0);  // value-initialized
    record = static_cast<int>(key.size());
    oracle.emplace(key, &record);
    EXPECT_EQ(store.insert(key), std::make_pair(&record, false));  // inserting again finds it
  }
  EXPECT_EQ(store.size(), oracle.size());
  for (const auto& [key, record] : oracle)
    EXPECT_EQ(store.find(key), record);
  EXPECT_EQ(store.find(std::string(1u << 20, '\3')), nullptr);
  EXPECT_FALSE(store.omissionBound());  // whole keys: nothing is taken for another
}

TEST(ByteArena, StringsComeBackAsTheyWentIn) {
  ByteArena arena;
  std::string big(3u << 20, 'x');
  std::uint64_t a = arena.append("abc");
  std::uint64_t b = arena.append(big);
  std::uint64_t c = arena.append("");
  std::uint64_t d = arena.append(std::string(200, 'y'));
  EXPECT_EQ(arena.at(a), "abc");
  EXPECT_EQ(arena.at(b), big);
  EXPECT_EQ(arena.at(c), "");
  EXPECT_EQ(arena.at(d), std::string(200, 'y'));
}

}  // namespace
}  // namespace initcheck
