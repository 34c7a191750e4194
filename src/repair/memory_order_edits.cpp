// Memory-order words of a spec and their stronger replacements (see memory_order_edits.hpp).
#include "repair/memory_order_edits.hpp"

#include <cctype>
#include <string_view>

namespace initcheck {

namespace {

bool isWordCharacter(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_';
}

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

// Where the comment or string starting at `i` ends (one past it), or `i` when none starts.
std::size_t skipTrivia(std::string_view text, std::size_t i) {
  if (text.compare(i, 2, "//") == 0) {
    std::size_t end = text.find('\n', i);
    return end == std::string_view::npos ? text.size() : end;
  }
  if (text.compare(i, 2, "/*") == 0) {
    std::size_t end = text.find("*/", i + 2);
    return end == std::string_view::npos ? text.size() : end + 2;
  }
  if (text[i] == '"') {
    std::size_t j = i + 1;
    while (j < text.size() && text[j] != '"' && text[j] != '\n')
      j += text[j] == '\\' && j + 1 < text.size() ? 2 : 1;
    return j < text.size() ? j + 1 : j;
  }
  return i;
}

}  // namespace

std::vector<OrderSite> memoryOrderSites(const SourceFile& source) {
  std::string_view text = source.text();
  std::vector<OrderSite> sites;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t skipped = skipTrivia(text, i);
    if (skipped != i) {
      i = skipped;
      continue;
    }
    if (!isWordCharacter(text[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && isWordCharacter(text[end]))
      ++end;
    std::string_view word = text.substr(i, end - i);
    std::vector<std::string_view> stronger = strongerThan(word);
    if (!stronger.empty()) {
      OrderSite site{source.positionAt(i), {}};
      for (std::string_view order : stronger)
        site.strongerOrders.push_back({site.position, std::string(word), std::string(order)});
      sites.push_back(std::move(site));
    }
    i = end;
  }
  return sites;
}

std::string applyEdits(const SourceFile& source, const std::vector<TextEdit>& edits) {
  std::string text = source.text();
  for (const TextEdit& edit : edits)
    text.replace(source.offsetOf(edit.position), edit.before.size(), edit.after);
  return text;
}

}  // namespace initcheck
