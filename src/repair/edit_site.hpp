// A place in a spec where a repair may edit the text, with the alternatives to try there
// (weakest or smallest first), and what an edit does to the positions after it. Every edit
// changes one line, so a position keeps its line and moves by the edit's change in length
// when it comes after the edited text.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "check/check_result.hpp"
#include "support/source_file.hpp"

namespace initcheck {

// One way to repair at a site: its edits (one line each) and what it does, for people
// ("8:19 `relaxed` -> `acquire`", "move `wg.add(1);` from 33:5 to before the `go` at 44:9").
struct RepairOption {
  std::vector<TextEdit> edits;
  std::string summary;
  // How heavy the change is, for ranking: an acquire or release order, a per-iteration loop
  // variable or a moved `wg.add` 1; acq_rel 2; seq_cst 3; a mutex around statements 5.
  std::uint32_t cost = 1;
};

struct EditSite {
  SourcePosition position;
  std::vector<RepairOption> alternatives;
};

// An edit that adds `declaration` on a line of its own after the spec's last line.
TextEdit declarationAtEnd(const SourceFile& source, const std::string& declaration);

// The edits that move `statement` (its text, on one line at `from`) to just before `to`,
// followed by a space: `wg.add(1);` before a `go`, an unlock before a block's `}`.
std::vector<TextEdit> moveEdits(SourcePosition from, const std::string& statement,
                                SourcePosition to);

// The text of the statement, when it is all on one line.
std::optional<std::string> oneLineText(const SourceFile& source, SourcePosition start,
                                       SourcePosition end);

// The text with the edits applied (they never overlap).
std::string applyEdits(const SourceFile& source, const std::vector<TextEdit>& edits);

// Where `position` of the original text is in the edited one.
SourcePosition editedPosition(SourcePosition position, const std::vector<TextEdit>& edits);

// The same text with every `LINE:COL` in it moved as editedPosition moves it (instance keys).
std::string withEditedPositions(const std::string& text, const std::vector<TextEdit>& edits);

}  // namespace initcheck
