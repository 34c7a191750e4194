// `--shard K/N` (issue 20): the K-th of N disjoint parts of a run, K = 1..N, for a CI matrix,
// a Kubernetes Indexed Job or a Slurm array that runs one part per machine. For many files it
// takes every N-th file, starting with the K-th, as test runners' `--shard` options do.
#pragma once

#include <CLI/CLI.hpp>
#include <optional>
#include <string>
#include <vector>

namespace initcheck::cli {

struct Shard {
  unsigned index = 1;  // K
  unsigned count = 1;  // N
};

// "K/N" with 1 <= K <= N, or nullopt.
std::optional<Shard> parseShard(const std::string& text);

// Adds `--shard K/N` to the command; `text` receives it as written (validated).
void addShardOption(CLI::App& command, std::string& text);

// The files of shard K/N: those at positions K-1, K-1+N, ... of the sorted list.
std::vector<std::string> filesOfShard(const std::vector<std::string>& files, Shard shard);

}  // namespace initcheck::cli
