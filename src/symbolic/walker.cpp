// The unfolder's round: sets up globals and objects from the initial state, unfolds every
// declared thread from its beginning and every spawned instance, then the `final` checks, and
// runs the instruction loop that the other walker_*.cpp files extend.
#include "symbolic/walker.hpp"

#include <algorithm>

#include "runtime/executor.hpp"

namespace initcheck::symbolic {

namespace {

// Beyond these the unfolding is refused (`unsupported`): the encoder's rules grow with the
// square of the events, and an unfolding of a few thousand events already takes Z3 minutes.
// The largest unfolding of specs/ and examples/ that the engine answers has 1,222 events
// (specs/language/25); the refused ones grow past 3,000 within a second.
constexpr std::size_t kMaxInstructions = 400'000;
constexpr std::size_t kMaxNodes = 3'000;

ObjectInfo::Kind objectKind(const SyncObject& object) {
  switch (object.object.index()) {
    case 1:
      return ObjectInfo::Kind::Mutex;
    case 2:
      return ObjectInfo::Kind::WaitGroup;
    case 3:
      return ObjectInfo::Kind::Channel;
    case 4:
      return ObjectInfo::Kind::RwMutex;
    case 5:
      return ObjectInfo::Kind::RecursiveMutex;
    case 6:
      return ObjectInfo::Kind::Cond;
    default:
      return ObjectInfo::Kind::Once;
  }
}

// A literal of `exactly_once(f(args))` as the explicit value it equals (strings: their atom,
// or -1 when the program never mentions the string, which no call can then pass).
Value literalValue(const CompiledProgram& program, const LiteralValue& literal) {
  if (const auto* integer = std::get_if<std::int64_t>(&literal))
    return Value::integer(*integer);
  if (const auto* boolean = std::get_if<bool>(&literal))
    return Value::boolean(*boolean);
  const auto& text = std::get<std::string>(literal);
  auto found = std::find(program.atoms.begin(), program.atoms.end(), text);
  return Value::string(found == program.atoms.end() ? -1 : found - program.atoms.begin());
}

// Each check's literal arguments flattened as InitCall::arguments are (Unfolding::checkArguments).
std::vector<std::vector<z3::expr>> checkArgumentTerms(z3::context& context,
                                                      const CompiledProgram& program) {
  std::vector<std::vector<z3::expr>> result;
  for (const PropertyCheck& check : program.checks) {
    std::vector<z3::expr> terms;
    std::string shape;
    for (const LiteralValue& literal : check.arguments.value_or(std::vector<LiteralValue>{}))
      flattenValue(context, fromValue(context, literalValue(program, literal)), terms, shape);
    result.push_back(std::move(terms));
  }
  return result;
}

}  // namespace

Walker::Walker(z3::context& context, const CompiledProgram& program, const StateData& initial,
               const Bounds& bounds, const WriteCandidates& previous, const UnfoldBudget& budget)
    : context_(context),
      program_(program),
      initial_(initial),
      bounds_(bounds),
      previous_(previous),
      limits_(budget) {
  out_.bounds = bounds;
  out_.memory = memoryModeOf(bounds.memoryModel, program.atomicsUsed);
  out_.checks = program.checks;
  out_.checkArguments = checkArgumentTerms(context, program);
  setUpGlobals();
}

void Walker::setUpGlobals() {
  std::size_t objects = 0;
  for (std::size_t i = 0; i < program_.globals.size(); ++i) {
    const GlobalInfo& global = program_.globals[i];
    const Location& location = initial_.locations.at(i);
    std::optional<SymValue> value;
    if (location.written)
      value = fromValue(context_, location.value);
    LocationId id = allocate(global.name, value);
    out_.locations[static_cast<std::size_t>(id)].atomic = global.atomic;
    out_.locations[static_cast<std::size_t>(id)].monitored = global.monitored;
    objects += global.objectKind ? 1 : 0;
  }
  for (std::size_t i = 0; i < objects && i < initial_.objects.size(); ++i) {
    const SyncObject& object = initial_.objects[i];
    ObjectInfo info;
    info.kind = objectKind(object);
    info.name = object.name;
    if (const auto* channel = std::get_if<ChannelObject>(&object.object))
      info.capacity = channel->capacity;
    out_.objects.push_back(info);
  }
}

const CompiledBody& Walker::body(BodyId id) const {
  return Executor::bodyOf(program_, id);
}

void Walker::fail(const std::string& message, SourcePosition position) {
  if (!failure_)
    failure_ = message + " at " + position.text();
}

bool Walker::unsupported(const std::string& what, SourcePosition position) {
  fail(std::string(kUnsupported) + what, position);
  return false;
}

void Walker::unfoldAll() {
  for (std::size_t i = 0; i < program_.threads.size(); ++i) {
    Instance instance;
    instance.id = static_cast<InstanceId>(i);
    instance.name = body(program_.threads[i]).name;
    instance.declared = i;
    out_.instances.push_back(instance);
  }
  for (std::size_t i = 0; i < program_.threads.size() && !failure_; ++i)
    unfoldDeclared(i);
  while (!spawns_.empty() && !failure_) {
    SpawnRequest request = std::move(spawns_.front());
    spawns_.pop_front();
    unfoldSpawned(request);
  }
  if (!failure_)
    unfoldFinals();
  settleLocations();
}

// A declared thread starts at time 0 (counter 1); one that the semantics leaves at its
// beginning takes its Start as a step (counter 2) that runs the code before its first point.
void Walker::unfoldDeclared(std::size_t index) {
  BodyId bodyId = program_.threads[index];
  const ThreadState& thread = initial_.threads.at(index);
  bool startIsStep = !thread.frames.empty() && thread.frames.front().pc == 0 &&
                     !isSchedulingPoint(body(bodyId).code.at(0).op);
  out_.instances[index].startIsStep = startIsStep;
  PathState s(context_);
  s.instance = static_cast<InstanceId>(index);
  s.counter = startIsStep ? 2 : 1;
  s.frames.push_back(makeFrame(SymValue::closure(bodyId, {}), {}));
  NodeId start = addNode(s, NodeKind::Start, body(bodyId).position);
  node(start).point = startIsStep;
  node(start).step = start;
  s.step = start;
  run(std::move(s));
}

// A spawned thread starts with counter 1, its code before its first point in the Go's step.
void Walker::unfoldSpawned(const SpawnRequest& request) {
  PathState s(context_);
  s.instance = request.instance;
  s.guard = request.guard;
  s.step = request.goNode;
  s.counter = 1;
  const CompiledBody& callee = body(static_cast<BodyId>(request.callee.number));
  s.frames.push_back(makeFrame(request.callee, request.arguments));
  if (callee.isInit) {
    Instr at;
    at.position = request.position;
    recordInitCall(s, callee, request.arguments, at);
  }
  run(std::move(s));
}

void Walker::unfoldFinals() {
  for (const auto& [check, bodyId] : program_.finals) {
    PathState s(context_);
    s.instance = -1;
    SymFrame frame;
    frame.body = bodyId;
    frame.slots.resize(body(bodyId).slotCount);
    s.frames.push_back(std::move(frame));
    EvaluationCollector collector;
    collector.probe = true;
    collector.checksInit = false;
    evaluate(std::move(s), collector);
    FinalCheck final;
    final.check = check;
    z3::expr condition = context_.bool_val(false);
    for (const auto& outcome : collector.outcomes)
      condition = condition || (outcome.guard && outcome.condition);
    final.condition = condition.simplify();
    final.probeReads = collector.reads;
    out_.finals.push_back(std::move(final));
  }
}

// Every location's reads get fresh terms: scalars, arrays of scalars, or codes of values.
void Walker::settleLocations() {
  for (std::size_t i = 0; i < out_.locations.size(); ++i) {
    auto id = static_cast<LocationId>(i);
    LocationInfo& info = out_.locations[i];
    const auto& initial = initialValues_[i];
    info.hasInitialValue = initial.has_value();
    if (initial)
      info.initialValue = storedTerm(id, *initial);
  }
}

SourcePosition Walker::currentPosition(const PathState& s) const {
  if (s.frames.empty())
    return {};
  const SymFrame& frame = s.frames.back();
  const auto& code = body(frame.body).code;
  return frame.pc < code.size() ? code[frame.pc].position : body(frame.body).position;
}

Unfolding Walker::take() {
  return std::move(out_);
}

void Walker::run(PathState s) {
  while (!failure_) {
    if (++budget_ > kMaxInstructions || out_.nodes.size() > kMaxNodes) {
      std::string size = out_.nodes.size() > kMaxNodes
                             ? std::to_string(kMaxNodes) + " events"
                             : std::to_string(kMaxInstructions) + " instructions";
      unsupported("the unfolding grows past " + size +
                      " (a loop whose exit depends on shared data multiplies the paths)",
                  currentPosition(s));
      return;
    }
    if (limits_.watcher != nullptr)  // an atomic load: instructions on large terms are slow
      limits_.watcher->stopIfFired();
    if (!s.spins.empty() && !atSpinBoundary(s))
      return;
    SymFrame& frame = s.top();
    const auto& code = body(frame.body).code;
    if (frame.pc >= code.size()) {
      fail("the unfolder ran past the end of a body", body(frame.body).position);
      return;
    }
    const Instr instr = code[frame.pc];
    ++frame.pc;
    if (!exec(s, instr))
      return;
  }
}

bool Walker::exec(PathState& s, const Instr& instr) {
  return isControlOp(instr.op) ? execControl(s, instr) : execBasic(s, instr);
}

}  // namespace initcheck::symbolic
