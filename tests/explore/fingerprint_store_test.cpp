// Hash compaction: the state store keeping fingerprints (StoredKeys::Fingerprints,
// explore/state_store.hpp) against a std::map over many keys, no two of which share a 64-bit
// fingerprint here; the fingerprint is XXH3's (explore/fingerprint_store.hpp), fixed across
// runs; the omission bound is the union bound of the birthday problem.
#include "explore/fingerprint_store.hpp"
#include "explore/state_store.hpp"

#include <gtest/gtest.h>

#include <map>
#include <random>
#include <string>

namespace initcheck {
namespace {

TEST(FingerprintStore, KeysWithDistinctFingerprintsGetTheirOwnStableRecords) {
  StateStore<int> store(StoredKeys::Fingerprints);
  std::map<std::string, int*> oracle;
  std::mt19937 random(11);
  for (int i = 0; i < 50'000; ++i) {
    std::string key(random() % 24, '\0');
    for (char& c : key)
      c = static_cast<char>(random() % 3);  // few letters: many repeated keys
    auto [record, made] = store.insert(key);
    auto known = oracle.find(key);
    ASSERT_EQ(made, known == oracle.end()) << "key " << i;
    if (made) {
      *record = static_cast<int>(key.size());
      oracle.emplace(key, record);
    } else {
      EXPECT_EQ(record, known->second);  // records never move
      EXPECT_EQ(*record, static_cast<int>(key.size()));
    }
  }
  EXPECT_EQ(store.size(), oracle.size());
  EXPECT_GT(oracle.size(), 10'000u);
}

TEST(FingerprintStore, FingerprintsAreXxh3WithSeedZero) {
  // XXH3_64bits("") and of "abc", as the xxHash reference gives them: the same in every run,
  // so a run under --state-cache hash explores the same states every time.
  EXPECT_EQ(fingerprintOf(""), 0x2D06800538D394C2ULL);
  EXPECT_EQ(fingerprintOf("abc"), 0x78AF5F94892F3950ULL);
  EXPECT_NE(fingerprintOf("abd"), fingerprintOf("abc"));
}

TEST(FingerprintStore, OmissionBoundIsTheBirthdayUnionBound) {
  EXPECT_EQ(fingerprintOmissionBound(0), 0.0);
  EXPECT_EQ(fingerprintOmissionBound(1), 0.0);
  EXPECT_DOUBLE_EQ(fingerprintOmissionBound(2, 8), 2.0 / 512.0);
  // 2.6 million states (dcla-8) and 64 bits: about 1.8e-7.
  EXPECT_NEAR(fingerprintOmissionBound(2'605'149), 1.84e-7, 0.01e-7);
  EXPECT_EQ(fingerprintOmissionBound(1'000'000, 16), 1.0);  // capped
  StateStore<int> store(StoredKeys::Fingerprints);
  store.insert("a");
  store.insert("b");
  store.insert("c");
  EXPECT_DOUBLE_EQ(store.omissionBound().value(), fingerprintOmissionBound(3));
}

}  // namespace
}  // namespace initcheck
