// `--shard K/N` (see shard_option.hpp).
#include "cli/shard_option.hpp"

#include <charconv>

namespace initcheck::cli {

namespace {

std::optional<unsigned> number(std::string_view text) {
  unsigned value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || text.empty())
    return std::nullopt;
  return value;
}

}  // namespace

std::optional<Shard> parseShard(const std::string& text) {
  std::size_t slash = text.find('/');
  if (slash == std::string::npos)
    return std::nullopt;
  std::optional<unsigned> index = number(std::string_view(text).substr(0, slash));
  std::optional<unsigned> count = number(std::string_view(text).substr(slash + 1));
  if (!index || !count || *index < 1 || *index > *count)
    return std::nullopt;
  return Shard{*index, *count};
}

void addShardOption(CLI::App& command, std::string& text) {
  command
      .add_option("--shard", text,
                  "K/N: run the K-th of N disjoint parts (every N-th file, from the K-th), for a "
                  "CI matrix or an indexed job; K = 1..N")
      ->check(
          [](const std::string& value) -> std::string {
            return parseShard(value)
                       ? ""
                       : "expected K/N with 1 <= K <= N (e.g. 2/8), got '" + value + "'";
          },
          "K/N");
}

std::vector<std::string> filesOfShard(const std::vector<std::string>& files, Shard shard) {
  std::vector<std::string> part;
  for (std::size_t i = shard.index - 1; i < files.size(); i += shard.count)
    part.push_back(files[i]);
  return part;
}

}  // namespace initcheck::cli
