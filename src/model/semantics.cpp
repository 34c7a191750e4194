// The Semantics facade: compiles the spec, builds the initial state, and answers the explorer's
// queries by running the executor on copies of states.
#include "model/semantics.hpp"

#include <algorithm>

#include "compile/program.hpp"
#include "model/enabledness.hpp"
#include "model/step_decisions.hpp"
#include "runtime/executor.hpp"
#include "runtime/memory_choices.hpp"

namespace initcheck {

namespace {

bool spawnsThreads(const CompiledProgram& program) {
  for (const CompiledBody& body : program.bodies) {
    for (const Instr& instr : body.code) {
      if (instr.op == Op::Go)
        return true;
    }
  }
  return false;
}

void createGlobals(const CompiledProgram& program, StateData& state) {
  for (const GlobalInfo& global : program.globals) {
    Location location;
    location.name = global.name;
    location.atomic = global.atomic;
    location.monitored = global.monitored;
    if (global.objectKind) {
      state.objects.push_back(
          makeSyncObject(*global.objectKind, global.channelCapacity, global.name));
      location.value = Value::object(static_cast<std::int64_t>(state.objects.size() - 1));
      location.written = true;
    }
    state.locations.push_back(std::move(location));
  }
}

// Runs a declared thread forward to its first point, unless the code before it reports
// something (a violation, a cut, the end of the execution): then the thread stays at its
// beginning, and its first step runs that code, so the report belongs to a step.
std::shared_ptr<StateData> startForward(const CompiledProgram& program, const Bounds& bounds,
                                        std::shared_ptr<StateData> data, ThreadId t,
                                        StepOutcome& initialOutcome) {
  auto copy = std::make_shared<StateData>(*data);
  StepOutcome outcome;
  Executor executor(program, bounds, *copy, outcome);
  executor.runPrivate(t);
  if (!outcome.violations.empty() || outcome.cut || outcome.executionEnded)
    return data;
  initialOutcome.events.insert(initialOutcome.events.end(), outcome.events.begin(),
                               outcome.events.end());
  return copy;
}

// The receiver an unbuffered send completes in the same step, if the step is one.
std::optional<ThreadId> rendezvousPartner(const CompiledProgram& program, const StateData& state,
                                          ThreadId thread, std::uint32_t choice) {
  const ThreadState& sender = state.threads[thread];
  if (sender.finished || state.halted)
    return std::nullopt;
  const Instr& instr = poisedAt(program, sender);
  if (instr.op != Op::Method || static_cast<MethodKind>(instr.a) != MethodKind::Send)
    return std::nullopt;
  const Value& receiver = methodReceiver(sender, instr);
  if (!receiver.is(ValueTag::Object))
    return std::nullopt;
  const auto* channel = std::get_if<ChannelObject>(
      &state.objects.at(static_cast<std::size_t>(receiver.number)).object);
  if (channel == nullptr || channel->capacity != 0 || channel->closed)
    return std::nullopt;
  std::vector<ThreadId> receivers =
      Executor::poisedReceivers(program, state, receiver.number, thread);
  if (choice >= receivers.size())
    return std::nullopt;
  return receivers[choice];
}

// Adds what a step did beyond its point: the exits of the threads it finished, and Halt when
// the execution ended in it.
void completeFootprint(Footprint& footprint, const StateData& after, ThreadId thread,
                       std::optional<ThreadId> partner) {
  for (std::optional<ThreadId> t : {std::optional<ThreadId>(thread), partner}) {
    if (t && after.threads[*t].finished) {
      footprint.add(Access{ResourceKind::ThreadExit, *t, AccessMode::Write, AccessRole::Exit});
      // Fewer threads alive: a `go` that the threads bound cut may now spawn.
      footprint.add(Access{ResourceKind::ThreadTable, 0, AccessMode::Read, AccessRole::Plain});
    }
  }
  if (after.halted)
    footprint.add(Access{ResourceKind::Halt, 0, AccessMode::Write, AccessRole::Plain});
}

}  // namespace

Semantics::Semantics(const ast::File& file, const SymbolTable& symbols,
                     const SpecDirectives& directives, Bounds bounds)
    : bounds_(bounds),
      program_(std::make_unique<CompiledProgram>(compileProgram(file, symbols, directives))) {
  auto data = std::make_shared<StateData>();
  createGlobals(*program_, *data);
  Executor executor(*program_, bounds_, *data, initialOutcome_);
  executor.evaluate(kGlobalInitBody);
  if (data->halted) {  // a global initializer failed: no thread ever starts
    initial_ = State(std::move(data));
    return;
  }
  for (BodyId body : program_->threads) {
    const CompiledBody& compiled = program_->bodies.at(static_cast<std::size_t>(body));
    executor.startThread(compiled.name, Value::makeClosure(body, {}), {}, VectorClock{});
  }
  for (ThreadId t = 0; t < data->threads.size(); ++t)
    data = startForward(*program_, bounds_, std::move(data), t, initialOutcome_);
  symmetry_ = computeSymmetry(*program_, *data);
  threadsMayBeInterchangeable_ = !symmetry_.empty() || spawnsThreads(*program_);
  initial_ = State(std::move(data));
}

Semantics::~Semantics() = default;
Semantics::Semantics(Semantics&&) noexcept = default;

std::size_t Semantics::threadCount(const State& state) const {
  return state.data().threads.size();
}

Footprint Semantics::poisedFootprint(const State& state, ThreadId thread) const {
  return poisedFootprintOf(*program_, bounds_, state.data(), thread);
}

State Semantics::initial() const {
  return initial_;
}

std::vector<ThreadId> Semantics::enabledThreads(const State& state) const {
  std::vector<ThreadId> result;
  if (state.data().halted)
    return result;
  for (ThreadId t = 0; t < state.data().threads.size(); ++t) {
    if (threadEnabled(*program_, bounds_, state.data(), t))
      result.push_back(t);
  }
  return result;
}

bool Semantics::mayBlock(const State& state, ThreadId thread) const {
  return poisedMayBlock(*program_, state.data().threads.at(thread));
}

bool Semantics::enabled(const State& state, ThreadId thread) const {
  return !state.data().halted && thread < state.data().threads.size() &&
         threadEnabled(*program_, bounds_, state.data(), thread);
}

bool Semantics::allFinished(const State& state) const {
  if (state.data().halted)  // ended or cut: nothing more to check (and no deadlock)
    return true;
  const auto& threads = state.data().threads;
  return std::all_of(threads.begin(), threads.end(), [](const auto& t) { return t.finished; });
}

std::size_t Semantics::unfinishedThreads(const State& state) const {
  if (state.data().halted)
    return 0;
  const auto& threads = state.data().threads;
  return static_cast<std::size_t>(
      std::count_if(threads.begin(), threads.end(), [](const auto& t) { return !t.finished; }));
}

Successor Semantics::replayStep(const State& state, ThreadId thread, std::uint32_t choice) const {
  return takeStep(state, thread, choice, false);
}

Successor Semantics::tracedStep(const State& state, ThreadId thread, std::uint32_t choice) const {
  return takeStep(state, thread, choice, true);
}

Successor Semantics::takeStep(const State& state, ThreadId thread, std::uint32_t choice,
                              bool traced) const {
  auto data = std::make_shared<StateData>(state.data());
  Successor successor;
  successor.choice = choice;
  std::optional<ThreadId> partner = rendezvousPartner(*program_, state.data(), thread, choice);
  std::optional<Footprint> decoded = decodedFootprint(state.data(), *program_, bounds_, thread);
  if (successorCount(*program_, state.data(), thread) == 0) {
    successor.outcome.executionEnded = true;
    successor.outcome.discarded = true;
    data->halted = true;
  } else {
    Executor executor(*program_, bounds_, *data, successor.outcome);
    if (traced)
      executor.traceClocks();
    else
      executor.omitDescriptions();
    if (std::optional<std::vector<Decisions>> decisions =
            stepDecisions(*program_, bounds_, state.data(), thread))
      executor.prescribe(decisions->at(choice));
    executor.step(thread, choice);
  }
  // An await's (or a first private step's) footprint is what the step itself touched.
  Footprint footprint = decoded ? std::move(*decoded) : std::move(successor.outcome.footprint);
  if (!decoded)
    footprint.add(Access{ResourceKind::ThreadLocal, thread, AccessMode::Read, AccessRole::Plain});
  completeFootprint(footprint, *data, thread, partner);
  successor.outcome.footprint = std::move(footprint);
  successor.outcome.partner = partner;
  successor.state = State(std::move(data));
  return successor;
}

std::uint32_t Semantics::choiceCount(const State& state, ThreadId thread) const {
  if (std::optional<std::vector<Decisions>> decisions =
          stepDecisions(*program_, bounds_, state.data(), thread))
    return static_cast<std::uint32_t>(decisions->size());
  MemoryMode mode = memoryModeOf(bounds_.memoryModel, program_->atomicsUsed);
  if (std::optional<std::uint32_t> count = memoryChoiceCount(*program_, mode, state.data(), thread))
    return *count;
  // An empty `choose` still has one successor: the step that discards the execution.
  return std::max<std::uint32_t>(successorCount(*program_, state.data(), thread), 1);
}

std::vector<Successor> Semantics::successors(const State& state, ThreadId thread) const {
  std::vector<Successor> result;
  for (std::uint32_t choice = 0; choice < choiceCount(state, thread); ++choice)
    result.push_back(replayStep(state, thread, choice));
  return result;
}

std::vector<BlockedThread> Semantics::blockedThreads(const State& state) const {
  std::vector<BlockedThread> result;
  const StateData& data = state.data();
  for (ThreadId t = 0; t < data.threads.size(); ++t) {
    const ThreadState& thread = data.threads[t];
    if (thread.finished || data.halted || threadEnabled(*program_, bounds_, data, t))
      continue;
    result.push_back(BlockedThread{t, thread.name, poisedPosition(*program_, thread),
                                   waitsFor(*program_, bounds_, data, t)});
  }
  return result;
}

Violation Semantics::deadlock(const State& state) const {
  std::vector<BlockedThread> blocked = blockedThreads(state);
  std::vector<SourcePosition> positions;
  Violation violation;
  violation.kind = PropertyKind::Deadlock;
  violation.endsExecution = true;
  violation.message = "deadlock:";
  const StateData& data = state.data();
  for (const BlockedThread& thread : blocked) {
    if (!Executor::spinMayContinue(data, data.threads[thread.thread])) {
      violation.kind = PropertyKind::Livelock;
      violation.message = "livelock: a spin can never exit;";
      break;
    }
  }
  for (const BlockedThread& thread : blocked) {
    positions.push_back(thread.position);
    violation.message += " " + thread.threadName + " waits for " + thread.waitsFor + ";";
    violation.related.push_back(
        {thread.position, thread.threadName + " waits for " + thread.waitsFor, thread.threadName});
  }
  if (!violation.message.empty() && violation.message.back() == ';')
    violation.message.pop_back();
  std::sort(positions.begin(), positions.end());
  for (SourcePosition position : positions)
    violation.instanceKey += position.text() + " ";
  if (!positions.empty())
    violation.position = positions.front();
  return violation;
}

namespace {

// "count = 1, done = true": the written non-object globals, for final-condition reports.
std::string globalValues(const CompiledProgram& program, const StateData& state) {
  std::string text;
  for (std::size_t i = 0; i < program.globals.size(); ++i) {
    const Location& location = state.locations[i];
    const Value& value = location.value;
    if (program.globals[i].objectKind || !location.written)
      continue;
    std::string shown = value.is(ValueTag::Bool)     ? (value.number ? "true" : "false")
                        : value.is(ValueTag::Int)    ? std::to_string(value.number)
                        : value.is(ValueTag::String) ? "\"" + program.atomText(value.number) + "\""
                                                     : std::string("...");
    text += (text.empty() ? "" : ", ") + location.name + " = " + shown;
  }
  return text;
}

std::optional<Violation> finalViolation(const CompiledProgram& program, const Bounds& bounds,
                                        const StateData& state, const PropertyCheck& check,
                                        BodyId body) {
  StateData copy = state;
  StepOutcome outcome;
  Executor executor(program, bounds, copy, outcome);
  if (executor.evaluate(body).truthy() && outcome.violations.empty())
    return std::nullopt;
  Violation violation;
  violation.kind = PropertyKind::Final;
  violation.instanceKey = check.position.text();
  violation.message = "the final condition at " + check.position.text() + " is false (" +
                      globalValues(program, state) + ")";
  violation.position = check.position;
  return violation;
}

std::optional<Violation> neverCalled(const CompiledProgram& program, const StateData& state,
                                     const PropertyCheck& check) {
  std::string key = program.targetNames.at(check.target);
  if (check.arguments) {
    key += "(";
    for (std::size_t i = 0; i < check.arguments->size(); ++i)
      key += (i == 0 ? "" : ", ") + formatLiteral((*check.arguments)[i]);
    key += ")";
  }
  auto it = state.callCounts.find(key);
  if (it != state.callCounts.end() && it->second > 0)
    return std::nullopt;
  Violation violation;
  violation.kind = PropertyKind::ExactlyOnce;
  violation.instanceKey = check.position.text();
  violation.message = key + " is never called in this execution";
  violation.position = check.position;
  return violation;
}

}  // namespace

std::vector<Violation> Semantics::atEnd(const State& state) const {
  std::vector<Violation> result;
  if (state.data().halted)
    return result;
  for (const auto& [check, body] : program_->finals) {
    if (auto violation = finalViolation(*program_, bounds_, state.data(), check, body))
      result.push_back(std::move(*violation));
  }
  for (const PropertyCheck& check : program_->checks) {
    if (check.kind != PropertyKind::ExactlyOnce)
      continue;
    if (auto violation = neverCalled(*program_, state.data(), check))
      result.push_back(std::move(*violation));
  }
  return result;
}

std::string Semantics::threadName(const State& state, ThreadId thread) const {
  return state.data().threads.at(thread).name;
}

CanonicalKey Semantics::canonicalKey(const State& state, bool symmetry) const {
  return encodeState(state.data(), symmetry, &symmetry_, !threadsMayBeInterchangeable_);
}

CompactKey Semantics::compactKey(const State& state, bool symmetry, SectionTable& table) const {
  return encodeStateCompact(state.data(), symmetry, &symmetry_, table,
                            !threadsMayBeInterchangeable_);
}

}  // namespace initcheck
