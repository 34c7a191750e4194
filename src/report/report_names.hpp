// The names reports give to verdicts, limits, event kinds and severities: lowercase with
// underscores, as the JSON schema and SARIF properties spell them.
#pragma once

#include <set>
#include <string>

#include "check/check_result.hpp"
#include "support/diagnostic.hpp"

namespace initcheck {

const char* verdictName(Verdict verdict);                   // ok, violated, unknown, internal_error
const char* limitName(LimitKind limit);                     // time, states, solver
const char* eventKindName(EventKind kind);                  // read, write, atomic, once_enter, ...
const char* severityText(Severity severity);                // error, note
std::string boundsText(const std::set<BoundKind>& bounds);  // "unroll, depth"
// How far a search got when a limit ended it: "after 12 executions", or for the smt engine
// "while unfolding", "while encoding 302 events" or "after 3 of 14 queries on 302 events".
std::string progressWhenStopped(const CheckResult& result);

}  // namespace initcheck
