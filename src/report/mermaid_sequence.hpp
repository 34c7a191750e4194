// A counterexample as a Mermaid `sequenceDiagram`, as GitHub renders it: one participant per
// thread (in order of first appearance), then one per shared variable, sync object or init
// func the trace acts on. Each trace event is one line: a message from the thread to the
// object when it writes or releases (write, store, unlock, once finish, send, close, wait
// group add, init call), from the object to the thread when it reads or acquires (read, load,
// lock, once skip, receive, wait), between threads for spawn and join, and a note over the
// thread otherwise. An event that synchronizes with earlier steps says "(after step K)"; the
// violating steps sit in a red `rect`, and a last note names the violated property.
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "check/check_result.hpp"
#include "report/execution_graph.hpp"

namespace initcheck {

// The diagram's lines, from `sequenceDiagram` on, without the Markdown fence.
void writeMermaidSequence(std::ostream& out, const ReportedViolation& reported,
                          const ExecutionGraph& graph);

// Text for a message, note or participant alias: what Mermaid would read as syntax (`;` ends
// a statement, `#` starts a comment, `:` separates the text, `%%` starts a comment, `<` `>`
// are HTML) as entity codes such as `#59;`, which Mermaid turns back into the character.
std::string mermaidText(std::string_view text);

}  // namespace initcheck
