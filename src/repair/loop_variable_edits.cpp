// `for shared x` made per-iteration (see loop_variable_edits.hpp).
#include "repair/loop_variable_edits.hpp"

#include <string_view>

#include "repair/spec_words.hpp"

namespace initcheck {

std::vector<EditSite> sharedLoopVariableSites(const SourceFile& source) {
  std::vector<EditSite> sites;
  std::string_view text = source.text();
  std::string_view previous;
  forEachWord(text, [&](std::size_t offset, std::string_view word) {
    if (previous == "for" && word == "shared") {
      std::size_t end = offset + word.size();
      while (end < text.size() && (text[end] == ' ' || text[end] == '\t'))
        ++end;
      SourcePosition position = source.positionAt(offset);
      std::string removed(text.substr(offset, end - offset));
      std::string summary =
          position.text() + " `for shared` -> `for` (a fresh loop variable per iteration)";
      sites.push_back({position, {{{{position, removed, ""}}, summary}}});
    }
    previous = word;
  });
  return sites;
}

}  // namespace initcheck
