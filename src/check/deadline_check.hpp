// A check that ends by its time limit even when the code inside does not stop. Z3 (4.8) does
// not always answer `interrupt` or its own `timeout` at once: some phases of a query run on
// for seconds. The check therefore runs on a worker thread that owns copies of everything it
// reads (the spec, the options); the caller waits until the time limit plus a grace of 5% (at
// least 50 ms: the engine's own limit counts from a little later, and freeing what it built
// takes time too), and if the worker is still busy then, returns verdict `unknown` (time) and
// leaves the worker to finish in the background, where its result is dropped.
#pragma once

#include <functional>

#include "check/check_options.hpp"
#include "check/check_result.hpp"
#include "check/loaded_spec.hpp"

namespace initcheck {

using CheckFunction = std::function<CheckResult(const LoadedSpec&, const CheckOptions&)>;

// `check(spec, options)`, held to options.timeoutSeconds, and once options.cancel is set, to
// 50 ms more (without either: simply called).
CheckResult checkWithinDeadline(const CheckFunction& check, const LoadedSpec& spec,
                                const CheckOptions& options);

}  // namespace initcheck
