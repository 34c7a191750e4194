#include "cli/engine_flags.hpp"

#include <cstdlib>

#include "support/ordered_parallel.hpp"
#include "support/process_memory.hpp"

namespace initcheck::cli {

namespace {

void addBoundFlags(CLI::App& command, EngineFlags& flags) {
  command.add_option("--unroll", flags.unroll, "Iterations of one while loop per execution")
      ->check(CLI::NonNegativeNumber);
  command.add_option("--threads", flags.threads, "Threads alive in one execution")
      ->check(CLI::PositiveNumber);
  command.add_option("--depth", flags.depth, "Call depth")->check(CLI::NonNegativeNumber);
  command.add_option("--preemptions", flags.preemptions, "Preemptive context switches")
      ->check(CLI::NonNegativeNumber);
  command
      .add_option("--memory-model", flags.memoryModel,
                  "rc11 (C/C++ atomics, the default) or sc (every read sees the latest write)")
      ->check(CLI::IsMember({"rc11", "sc"}));
}

void addSearchFlags(CLI::App& command, EngineFlags& flags) {
  command
      .add_option("--engine", flags.engine, "explicit (search), smt (Z3), or auto (both at once)")
      ->check(CLI::IsMember({"explicit", "smt", "auto"}));
  command.add_flag("--cross-check", flags.crossCheck,
                   "With --engine auto: engines that disagree are an internal error");
  command
      .add_option("--reduction", flags.reduction,
                  "Partial-order reduction: dpor, optimal (dpor with wakeup trees) or none")
      ->check(CLI::IsMember({"none", "dpor", "optimal"}));
  command
      .add_option("--state-cache", flags.stateCache,
                  "Prune states already explored: on, off, or hash (store 64-bit fingerprints "
                  "of states, not states: less memory, a state may be missed with the "
                  "probability --stats prints)")
      ->check(CLI::IsMember({"on", "off", "hash"}));
  command.add_option("--symmetry", flags.symmetry, "Cache states up to renaming of like threads")
      ->check(CLI::IsMember({"on", "off"}));
  command
      .add_option("--timeout", flags.limits.timeoutSeconds,
                  "Seconds per file before the verdict is unknown (0: none; in CI 300 by default)")
      ->check(CLI::NonNegativeNumber);
  command
      .add_option("--max-states", flags.limits.maxStates,
                  "States per file before the verdict is unknown (0: none)")
      ->check(CLI::NonNegativeNumber);
  command
      .add_option("--max-memory", flags.limits.maxMemoryMB,
                  "Megabytes of memory before the verdict is unknown (0: none; by default 3/4 of "
                  "the RAM, in CI at most 4096)")
      ->check(CLI::NonNegativeNumber);
  command.add_flag("--stats", flags.stats, "Print executions, states, transitions, time, memory");
  command
      .add_option("-j,--jobs", flags.jobs,
                  "Files checked at once, each by its own thread (default: the number of cores); "
                  "reports stay in file order and are the same bytes for every N")
      ->check(CLI::Range(1u, 4096u));
}

}  // namespace

void addEngineFlags(CLI::App& command, EngineFlags& flags) {
  addBoundFlags(command, flags);
  addSearchFlags(command, flags);
}

CheckOptions toCheckOptions(const EngineFlags& flags) {
  CheckOptions options;
  options.bounds.unroll = flags.unroll;
  options.bounds.threads = flags.threads;
  options.bounds.depth = flags.depth;
  options.bounds.preemptions = flags.preemptions;
  if (flags.memoryModel)
    options.bounds.memoryModel = memoryModelFromName(*flags.memoryModel);
  options.reduction = flags.reduction == "none"      ? Reduction::None
                      : flags.reduction == "optimal" ? Reduction::Optimal
                                                     : Reduction::Dpor;
  options.stateCache = flags.stateCache != "off";
  options.hashCompaction = flags.stateCache == "hash";
  options.symmetry = flags.symmetry == "on";
  ResourceLimits limits = effectiveLimits(
      flags.limits, defaultLimits(isCiValue(std::getenv("CI")), physicalMegabytes()));
  options.timeoutSeconds = limits.timeoutSeconds;
  options.maxStates = limits.maxStates;
  options.maxMemoryMB = limits.maxMemoryMB;
  options.crossCheck = flags.crossCheck;
  return options;
}

EngineKind engineKind(const EngineFlags& flags) {
  return engineFromName(flags.engine).value_or(EngineKind::Explicit);
}

unsigned jobsFor(const EngineFlags& flags) {
  return flags.jobs.value_or(defaultJobs());
}

}  // namespace initcheck::cli
