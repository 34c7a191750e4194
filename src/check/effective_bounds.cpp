// Defaults < file options < command-line flags (see effective_bounds.hpp).
#include "check/effective_bounds.hpp"

namespace initcheck {

namespace {

void overrideWith(Bounds& bounds, const SpecOptions& options) {
  if (options.unroll)
    bounds.unroll = *options.unroll;
  if (options.threads)
    bounds.threads = *options.threads;
  if (options.depth)
    bounds.depth = *options.depth;
  if (options.preemptions)
    bounds.preemptions = *options.preemptions;
  if (options.memoryModel)
    bounds.memoryModel = *options.memoryModel;
}

}  // namespace

Bounds effectiveBounds(const SpecOptions& fileOptions, const SpecOptions& commandLine) {
  Bounds bounds;
  overrideWith(bounds, fileOptions);
  overrideWith(bounds, commandLine);
  return bounds;
}

}  // namespace initcheck
