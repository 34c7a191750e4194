// The identity of a sharded run (see run_description.hpp).
#include "cli/run_description.hpp"

#include <functional>
#include <sstream>

#include "support/hash.hpp"

#ifndef INITCHECK_VERSION
#define INITCHECK_VERSION "unknown"
#endif

namespace initcheck::cli {

namespace {

template <class T>
std::string given(const std::optional<T>& value) {
  if (!value)
    return "default";
  std::ostringstream text;
  text << *value;
  return text.str();
}

}  // namespace

std::string describeRun(const EngineFlags& flags, const std::vector<std::string>& files) {
  std::size_t listHash = files.size();
  for (const std::string& file : files)
    hashCombine(listHash, std::hash<std::string>{}(file));
  std::ostringstream run;
  run << "initcheck " << INITCHECK_VERSION << "; engine=" << flags.engine
      << " cross-check=" << flags.crossCheck << " memory-model=" << given(flags.memoryModel)
      << " unroll=" << given(flags.unroll) << " threads=" << given(flags.threads)
      << " depth=" << given(flags.depth) << " preemptions=" << given(flags.preemptions)
      << " reduction=" << flags.reduction << " symmetry=" << flags.symmetry
      << " state-cache=" << flags.stateCache << " timeout=" << given(flags.limits.timeoutSeconds)
      << " max-states=" << given(flags.limits.maxStates)
      << " max-memory=" << given(flags.limits.maxMemoryMB) << " stats=" << flags.stats
      << "; files=" << files.size() << "/" << std::hex << listHash;
  return run.str();
}

}  // namespace initcheck::cli
