// The random program generator (see random_program.hpp).
//
// A program is built top-down: first the globals (a random pool of every type), then the
// threads (2-4 in all: declared `thread` blocks, sometimes two with identical bodies so that
// symmetry reduction has interchangeable threads, plus `go` spawns), whose bodies are random
// statements over every construct. The generator tracks enough to keep programs well typed:
// locals with their types, which ones a statement may write (never a loop variable, a
// parameter or a by-value capture), the mutexes held, and how many threads may still be
// spawned. Functions (helpers, init funcs, getters, recursion) are made on demand; `option`,
// `check` and `expect` items come last, from what the bodies used. Shared accesses are counted
// against a small budget per thread so that exploration stays cheap.
//
// Determinism: text is built with Cat, whose `<<` operands are evaluated left to right
// (C++17), and no full expression makes two calls that draw random numbers otherwise (the
// operands of `+` and the arguments of a call are evaluated in an unspecified order).
#include "random_program.hpp"

#include <algorithm>
#include <cstddef>
#include <deque>
#include <optional>
#include <random>
#include <utility>
#include <vector>

namespace initcheck {

namespace {

// mt19937_64's output is fixed by the standard; reducing with % keeps the program text
// independent of the library's distributions.
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : engine_(seed) {}

  int below(int n) { return static_cast<int>(engine_() % static_cast<std::uint64_t>(n)); }
  int range(int lo, int hi) { return lo + below(hi - lo + 1); }  // inclusive
  bool chance(int percent) { return below(100) < percent; }

  template <class T>
  const T& pick(const std::vector<T>& items) {
    return items[static_cast<std::size_t>(below(static_cast<int>(items.size())))];
  }

  // The index of a weighted alternative; zero weights are never taken (one must be positive).
  int weighted(const std::vector<int>& weights) {
    int total = 0;
    for (int weight : weights)
      total += weight;
    int roll = below(total);
    for (std::size_t i = 0; i < weights.size(); ++i) {
      if (roll < weights[i])
        return static_cast<int>(i);
      roll -= weights[i];
    }
    return 0;
  }

 private:
  std::mt19937_64 engine_;
};

// Concatenation in a fixed order: Cat() << a << f() << g() calls f before g.
class Cat {
 public:
  Cat& operator<<(const std::string& text) {
    text_ += text;
    return *this;
  }
  Cat& operator<<(const char* text) {
    text_ += text;
    return *this;
  }
  Cat& operator<<(int number) {
    text_ += std::to_string(number);
    return *this;
  }
  operator std::string() const { return text_; }

 private:
  std::string text_;
};

enum class Kind { Int, Bool, String, List, Handle, Once, Mutex, WaitGroup, Chan };

struct Local {
  std::string name;
  Kind kind = Kind::Int;
  bool writable = false;
};

// The code being generated: one thread, function or closure body.
struct Body {
  std::vector<std::vector<Local>> scopes{{}};
  int cost = 0;    // estimated visible steps so far
  int budget = 4;  // statements added once cost reaches it touch nothing shared
  bool canSpawn = false;
  int spawnFactor = 1;  // how many times a `go` here may run (loops, identical threads)
  bool inWhile = false;
  int nesting = 0;                // compound statements around the current one
  std::vector<std::string> held;  // mutexes locked and not yet unlocked here
  int loops = 0;                  // while and for loops around the current statement
  bool continueOk = false;        // `continue` cannot skip the loop's own exit
  bool inRwSection = false;       // the rwmutex is read or write locked here
};

struct Function {
  std::string name;
  bool isInit = false;
  bool hasParam = false;
  bool returnsInt = false;
  int cost = 0;
};

enum class Op {
  WriteInt,
  IncrementInt,
  ReadInt,
  WriteLocal,
  BoolVar,
  StringVar,
  ListGlobal,
  ListLocal,
  FuncGlobal,
  AtomicStore,
  AtomicLoad,
  AtomicRmw,
  AtomicCas,
  OnceDo,
  LocalOnce,
  Locked,
  Spinlock,
  WaitGroupPattern,
  WaitGroupSolo,
  ChanSend,
  ChanRecv,
  ChanClose,
  ChanPattern,
  If,
  While,
  For,
  Choose,
  Await,
  Spawn,
  CapturedLocal,
  CallHelper,
  Getter,
  Recursion,
  LocalClosure,
  InitCall,
  ObjectCall,
  Arith,
  Block,
  Return,
  Comment,
  // Section 4b (RandomProgramOptions): only drawn when their option is on.
  AtomicWait,
  AtomicNotify,
  RwSection,
  RmSection,
  CondWait,
  CondSignal,
  ArrayCell,
  AtomicCell,
  BreakContinue,
  Count,
};

class Generator {
 public:
  Generator(std::uint64_t seed, const RandomProgramOptions& options)
      : rng_(seed), seed_(seed), options_(options) {}

  std::string run() {
    declareGlobals();
    if (options_.blockingForms)
      planBlocking();
    // Blocking forms multiply the schedules (RC11 waits read any write not older than what
    // the thread saw): at most 3 threads then, so the exhaustive search stays fast.
    // So do retry loops on one atomic (each thread's retries wait for the others' writes).
    int total = rng_.range(2, options_.blockingForms || options_.retryLoops ? 3 : 4);
    totalThreads_ = total;
    int declared = rng_.chance(20) ? 1 : rng_.range(2, total);
    spawnsLeft_ = total - declared;
    int copies = declared >= 2 && rng_.chance(35) ? 2 : 1;  // identical declared threads
    std::string threads;
    int index = 0;
    for (int made = 0; made < declared;) {
      int n = made == 0 ? copies : 1;
      bool spawner = made + n == declared;  // the last one spawns what is left
      std::string body = threadBody(n, spawner);
      for (int k = 0; k < n; ++k) {
        if (rng_.chance(8))
          threads += Cat() << "// thread " << index << "\n";
        threads += Cat() << "thread th" << index++ << " {\n" << body << "}\n";
      }
      made += n;
    }
    maxThreads_ = total - spawnsLeft_;
    return assemble(threads);
  }

 private:
  // ---- output ----------------------------------------------------------------------------

  void line(const std::string& text) {
    out_->append(static_cast<std::size_t>(indent_) * 4, ' ');
    out_->append(text);
    out_->push_back('\n');
  }

  // Fresh names never collide with globals (x0 b0 s0 l0 h0 a0 f0 lk0 o0 m0 wg0 c0), with
  // parameters (k n p q g) or with one another.
  std::string fresh(const std::string& prefix) { return Cat() << prefix << ++counter_; }

  // ---- globals ---------------------------------------------------------------------------

  void declareGlobals() {
    int ints = rng_.range(1, 3);
    for (int i = 0; i < ints; ++i) {
      std::string name = Cat() << "x" << i;
      ints_.push_back(name);
      if (rng_.chance(25)) {
        uninitialized_.push_back(name);
        globals_ += Cat() << "var " << name << ": int;\n";
      } else if (i > 0 && initialized(ints_[0]) && rng_.chance(15)) {
        globals_ += Cat() << "var " << name << ": int = " << ints_[0] << " + 1;\n";
      } else {
        globals_ += Cat() << "var " << name << ": int = " << rng_.below(2) << ";\n";
      }
    }
    if (rng_.chance(30))
      declare(bools_, "b0", "bool", rng_.chance(70) ? "false" : "");
    if (rng_.chance(15))
      declare(strings_, "s0", "string", rng_.chance(80) ? "\"a\"" : "");
    if (rng_.chance(18))
      declare(lists_, "l0", "list", rng_.chance(80) ? "[1, 2]" : "");
    if (rng_.chance(10))
      declare(funcs_, "h0", "func", "");
    int atomics = rng_.weighted({40, 45, 15});
    for (int i = 0; i < atomics; ++i)
      declare(atomicInts_, Cat() << "a" << i, "atomic int", "0");
    if (rng_.chance(40))
      declare(atomicBools_, "f0", "atomic bool", "false");
    if (rng_.chance(12)) {
      spinlock_ = "lk0";
      globals_ += "var lk0: atomic bool = false;\n";
    }
    if (rng_.chance(40))
      declare(onces_, "o0", "once", "");
    int mutexes = rng_.weighted({55, 33, 12});
    for (int i = 0; i < mutexes; ++i)
      declare(mutexes_, Cat() << "m" << i, "mutex", "");
    if (rng_.chance(25))
      declare(waitGroups_, "wg0", "waitgroup", "");
    int chans = rng_.weighted({65, 28, 7});
    for (int i = 0; i < chans; ++i) {
      std::string name = Cat() << "c" << i;
      chans_.push_back(name);
      globals_ += Cat() << "var " << name << ": chan(" << rng_.below(3) << ");\n";
    }
    if (options_.arraysConstBreak)
      declareConstsAndArrays();
    if (options_.blockingForms)
      declareBlockingObjects();
  }

  // `const` items (an int used as the arrays' length and in expressions, one made with a
  // shift) and the arrays of cells.
  void declareConstsAndArrays() {
    arrayLength_ = rng_.range(2, 3);
    if (rng_.chance(70)) {
      arraySize_ = "SIZE";
      globals_ += Cat() << "const SIZE = " << arrayLength_ << ";\n";
    } else {
      arraySize_ = std::to_string(arrayLength_);
    }
    if (rng_.chance(60)) {
      intConsts_.push_back("ONE");
      globals_ += rng_.chance(50) ? "const ONE = 1;\n" : "const ONE = 1 << 0;\n";
    }
    if (rng_.chance(30)) {
      intConsts_.push_back("NEG");
      globals_ += "const NEG = -1;\n";
    }
    if (rng_.chance(80)) {
      intArray_ = "ar0";
      globals_ += Cat() << "var ar0: [" << arraySize_ << "]int" << arrayInitializer() << ";\n";
    }
    if (rng_.chance(70)) {
      atomicArray_ = "cells0";
      std::string init = arrayInitializer();
      globals_ += Cat() << "var cells0: [" << arraySize_ << "]atomic int"
                        << (init.empty() ? " = 0" : init) << ";\n";
    }
  }

  // " = v", " = [v, ...]" (exactly the array's length) or nothing (uninitialized cells).
  std::string arrayInitializer() {
    switch (rng_.below(3)) {
      case 0:
        return "";
      case 1:
        return Cat() << " = " << rng_.below(2);
      default: {
        std::string list = " = [";
        for (int i = 0; i < arrayLength_; ++i)
          list += Cat() << (i > 0 ? ", " : "") << rng_.below(2);
        return list + "]";
      }
    }
  }

  // The objects of the blocking forms; a cond comes with a mutex and an int flag to re-check,
  // and wait/notify needs an atomic.
  void declareBlockingObjects() {
    if (rng_.chance(65)) {
      rwMutex_ = "rw0";
      globals_ += "var rw0: rwmutex;\n";
    }
    if (rng_.chance(55)) {
      rMutex_ = "rm0";
      globals_ += "var rm0: rmutex;\n";
    }
    if (rng_.chance(65)) {
      cond_ = "cv0";
      globals_ += "var cv0: cond;\n";
      if (mutexes_.empty())
        declare(mutexes_, "m0", "mutex", "");
      condMutex_ = mutexes_[0];
      condFlag_ = "ready0";
      globals_ += "var ready0: int = 0;\n";
    }
    if (atomicInts_.empty() && (atomicBools_.empty() || options_.retryLoops))
      declare(atomicInts_, "a0", "atomic int", "0");  // retries need an atomic int
  }

  void declare(std::vector<std::string>& pool, const std::string& name, const std::string& type,
               const std::string& value) {
    pool.push_back(name);
    if (value.empty()) {
      if (type == "bool" || type == "string" || type == "list" || type == "func")
        uninitialized_.push_back(name);
      globals_ += Cat() << "var " << name << ": " << type << ";\n";
    } else {
      globals_ += Cat() << "var " << name << ": " << type << " = " << value << ";\n";
    }
  }

  bool initialized(const std::string& name) const {
    for (const std::string& u : uninitialized_) {
      if (u == name)
        return false;
    }
    return true;
  }

  // ---- the whole file --------------------------------------------------------------------

  std::string assemble(const std::string& threads) {
    std::string text;
    if (rng_.chance(50))
      text += Cat() << "spec \"random program " << std::to_string(seed_) << "\";\n";
    if (rng_.chance(10))
      text += "/* generated: every construct,\n   a few steps per thread */\n";
    if (rng_.chance(usedWhile_ ? 92 : 8))
      text += Cat() << "option unroll = " << rng_.range(1, 3) << ";\n";
    if (maxThreads_ > 2 && rng_.chance(6))
      text += Cat() << "option threads = " << maxThreads_ - 1 << ";\n";
    if (rng_.chance(usedRecursion_ ? 50 : 4))
      text += Cat() << "option depth = " << rng_.range(1, 3) << ";\n";
    if (rng_.chance(5))
      text += Cat() << "option preemptions = " << rng_.range(0, 2) << ";\n";
    text += globals_;
    text += functionsText_;
    text += threads;
    text += checks();
    if (rng_.chance(8))
      text += rng_.chance(50) ? "expect ok;\n" : "expect race;\nexpect deadlock;\n";
    return text;
  }

  std::string checks() {
    std::string text;
    for (const Function& f : functions_) {
      if (!f.isInit)
        continue;
      if (rng_.chance(55))
        text += Cat() << "check single_init(" << f.name << ");\n";
      if (rng_.chance(35)) {
        if (f.hasParam && rng_.chance(60))
          text += Cat() << "check exactly_once(" << f.name << "(" << rng_.below(2) << "));\n";
        else
          text += Cat() << "check exactly_once(" << f.name << ");\n";
      }
    }
    if (pub_ && use_ && rng_.chance(80))
      text += "check happens_before(pub, use);\n";
    if (rng_.chance(40))
      text += Cat() << "check final " << finalCondition(0) << ";\n";
    if (!uninitialized_.empty() && rng_.chance(15))
      text += Cat() << "check init_before_use(" << rng_.pick(uninitialized_) << ");\n";
    return text;
  }

  // A condition over globals: literals, globals (atomics by name), operators, len.
  std::string finalCondition(int depth) {
    std::vector<int> weights = {
        6,                                        // int global
        atomicInts_.empty() ? 0 : 4,              // atomic int
        bools_.empty() ? 0 : 2,                   // bool global
        atomicBools_.empty() ? 0 : 2,             // atomic bool
        lists_.empty() ? 0 : 2,                   // len(list)
        strings_.empty() ? 0 : 1,                 // string
        depth == 0 ? 3 : 0,                       // && / ||
        ints_.size() >= 2 && depth == 0 ? 2 : 0,  // sum of two
    };
    switch (rng_.weighted(weights)) {
      case 0:
        return Cat() << rng_.pick(ints_) << " == " << rng_.below(3);
      case 1:
        return Cat() << rng_.pick(atomicInts_) << (rng_.chance(50) ? " == " : " >= ")
                     << rng_.below(3);
      case 2:
        return rng_.chance(50) ? bools_[0] : "!" + bools_[0];
      case 3:
        return rng_.chance(50) ? atomicBools_[0] : "!" + atomicBools_[0];
      case 4:
        return "len(" + lists_[0] + ") == 2";
      case 5:
        return strings_[0] + " != \"b\"";
      case 6:
        return Cat() << "(" << finalCondition(depth + 1) << (rng_.chance(60) ? ") && (" : ") || (")
                     << finalCondition(depth + 1) << ")";
      default:
        return Cat() << ints_[0] << " + " << ints_[1] << " <= " << rng_.range(1, 3);
    }
  }

  // The estimated visible steps of one thread: the schedules of the whole program, walked
  // without a cache, grow like (n1 + ... + nk)! / (n1! ... nk!), so threads get fewer steps
  // when there are more of them.
  int threadBudget() {
    if (totalThreads_ <= 2)
      return rng_.range(3, 5);
    if (totalThreads_ == 3)
      return rng_.range(2, 3);
    return rng_.range(1, 2);
  }

  // An int global to read: more often one with an initializer (a read of a global that
  // nothing wrote yet ends the execution).
  std::string readableInt() {
    std::string name = rng_.pick(ints_);
    if (initialized(name) || rng_.chance(40))
      return name;
    return rng_.pick(ints_);
  }

  // ---- threads ---------------------------------------------------------------------------

  std::string threadBody(int copies, bool spawner) {
    std::string text;
    out_ = &text;
    indent_ = 1;
    Body body;
    body.budget = threadBudget();
    body.canSpawn = true;
    body.spawnFactor = copies;
    int statements = rng_.range(2, 4);
    plannedBlocking(body);
    if (options_.retryLoops && !atomicInts_.empty() && rng_.chance(75)) {
      retryLoop(body, rng_.chance(40));  // most threads begin with a retry
      --statements;
    }
    for (int i = 0; i < statements; ++i) {
      bool mustSpawn =
          spawner && spawnsLeft_ >= copies && (rng_.chance(40) || statements - i <= spawnsLeft_);
      if (mustSpawn)
        spawnLike(body);
      else
        statement(body);
    }
    while (spawner && spawnsLeft_ >= copies)
      spawnLike(body);
    closeHeld(body);
    out_ = nullptr;
    return text;
  }

  // A statement that spawns a thread (one of several shapes).
  void spawnLike(Body& body) {
    switch (rng_.weighted({5, 2, 2, 2, 2})) {
      case 0:
        return spawn(body);
      case 1:
        return waitGroupPattern(body);
      case 2:
        return chanPattern(body);
      case 3:
        return capturedLocal(body);
      default:
        return forLoop(body, true);
    }
  }

  // Unlocks what a body still holds at its end, most of the time (else: a lock kept).
  void closeHeld(Body& body) {
    while (!body.held.empty()) {
      if (!rng_.chance(8))
        line(body.held.back() + ".unlock();");
      body.held.pop_back();
    }
  }

  // ---- locals ----------------------------------------------------------------------------

  std::vector<Local> visible(const Body& body, Kind kind, bool writableOnly = false) const {
    std::vector<Local> found;
    for (const auto& scope : body.scopes) {
      for (const Local& local : scope) {
        if (local.kind == kind && (!writableOnly || local.writable))
          found.push_back(local);
      }
    }
    return found;
  }

  static void addLocal(Body& body, const std::string& name, Kind kind, bool writable) {
    body.scopes.back().push_back(Local{name, kind, writable});
  }

  // A body for a closure created in `body`: it sees every local of its creator (by reference)
  // except thread handles; `byValue` names are read-only copies.
  static Body closureBody(const Body& body, const std::vector<std::string>& byValue, int budget) {
    Body inner;
    inner.scopes.clear();
    for (const auto& scope : body.scopes) {
      std::vector<Local> copy;
      for (Local local : scope) {
        if (local.kind == Kind::Handle)
          continue;
        for (const std::string& name : byValue) {
          if (name == local.name)
            local.writable = false;
        }
        copy.push_back(local);
      }
      inner.scopes.push_back(std::move(copy));
    }
    inner.scopes.emplace_back();
    inner.budget = budget;
    inner.canSpawn = body.canSpawn && !body.inWhile;
    inner.spawnFactor = body.spawnFactor;
    return inner;
  }

  // ---- expressions -----------------------------------------------------------------------

  std::string intLiteral() {
    if (!intConsts_.empty() && rng_.chance(15))
      return rng_.pick(intConsts_);
    if (rng_.chance(5))
      return "(-1)";
    return std::to_string(rng_.below(4));
  }

  // A memory order argument, or none (the default, seq_cst); `afterArgs` prefixes ", ".
  std::string loadOrder(bool afterArgs) {
    return order({"relaxed", "acquire", "seq_cst"}, afterArgs);
  }
  std::string storeOrder(bool afterArgs) {
    return order({"relaxed", "release", "seq_cst"}, afterArgs);
  }
  std::string rmwOrder(bool afterArgs) {
    return order({"relaxed", "acquire", "release", "acq_rel", "seq_cst"}, afterArgs);
  }
  // The orders of a cas or cmpxchg: none, a success order, or a success and a failure order
  // (relaxed, or acquire / seq_cst when no stronger than the success order).
  std::string pairOrders() {
    std::string success = rmwOrder(true);
    if (success.empty() || !rng_.chance(40))
      return success;
    std::vector<std::string> failures = {"relaxed"};
    if (success != ", relaxed" && success != ", release")
      failures.push_back("acquire");
    if (success == ", seq_cst")
      failures.push_back("seq_cst");
    return success + ", " + rng_.pick(failures);
  }
  std::string order(const std::vector<std::string>& orders, bool afterArgs) {
    if (rng_.chance(45))
      return "";
    return (afterArgs ? ", " : "") + rng_.pick(orders);
  }

  // An int expression. `pure`: for an await condition (no calls, choose, or blocking).
  std::string intExpr(Body& body, int depth, bool pure = false) {
    std::vector<Local> locals = visible(body, Kind::Int);
    bool lists = !lists_.empty() || !visible(body, Kind::List).empty();
    std::vector<int> weights = {
        4,                                         // literal
        locals.empty() ? 0 : 4,                    // local
        3,                                         // global read
        atomicInts_.empty() ? 0 : 2,               // atomic load
        depth < 1 ? 2 : 0,                         // arithmetic
        lists && !pure ? 1 : 0,                    // len
        atomicInts_.empty() || depth > 0 ? 0 : 1,  // atomic add / swap
        lists_.empty() || pure ? 0 : 1,            // indexing
        (intArray_.empty() && atomicArray_.empty()) || pure || depth > 1 ? 0 : 2,  // a cell
    };
    switch (rng_.weighted(weights)) {
      case 0:
        return intLiteral();
      case 1:
        return rng_.pick(locals).name;
      case 2:
        ++body.cost;
        return readableInt();
      case 3:
        ++body.cost;
        return Cat() << rng_.pick(atomicInts_) << ".load(" << loadOrder(false) << ")";
      case 4: {
        static const std::vector<std::string> ops = {"+", "-",  "*",  "+", "%", "/", "&",  "|",
                                                     "^", "<<", ">>", "&", "|", "^", "<<", ">>"};
        std::string op = rng_.pick(ops);
        std::string left = intExpr(body, depth + 1, pure);
        bool shift = op == "<<" || op == ">>";
        // A shift by an expression may be out of range (a runtime error).
        std::string right = op == "%" || op == "/"      ? std::to_string(rng_.range(1, 3))
                            : shift && !rng_.chance(20) ? std::to_string(rng_.below(3))
                                                        : intExpr(body, depth + 1, pure);
        if (op == "^" && rng_.chance(30))
          return Cat() << "~" << left;
        return Cat() << "(" << left << " " << op << " " << right << ")";
      }
      case 5: {
        std::vector<Local> locals = visible(body, Kind::List);
        if (!locals.empty() && (lists_.empty() || rng_.chance(50)))
          return Cat() << "len(" << rng_.pick(locals).name << ")";
        ++body.cost;
        return "len(" + lists_[0] + ")";
      }
      case 6:
        ++body.cost;
        switch (rng_.below(6)) {
          case 0:
          case 1:
            return Cat() << rng_.pick(atomicInts_) << ".add(1" << rmwOrder(true) << ")";
          case 2:
          case 3:
            return Cat() << rng_.pick(atomicInts_) << ".swap(" << intLiteral() << rmwOrder(true)
                         << ")";
          case 4: {
            static const std::vector<std::string> fetches = {"fetch_add", "fetch_sub", "fetch_and",
                                                             "fetch_or", "fetch_xor"};
            return Cat() << rng_.pick(atomicInts_) << "." << rng_.pick(fetches) << "("
                         << intLiteral() << rmwOrder(true) << ")";
          }
          default:
            return Cat() << rng_.pick(atomicInts_) << ".cmpxchg(" << rng_.below(2) << ", "
                         << intLiteral() << pairOrders() << ")";
        }
      case 7:
        ++body.cost;
        return Cat() << lists_[0] << "[" << rng_.below(3) << "]";
      default:
        return cellRead(body);
    }
  }

  // ---- arrays of cells (RandomProgramOptions::arraysConstBreak) --------------------------

  // An index: in range as a literal or a constant, or an expression that may be out of
  // range (a runtime error).
  std::string arrayIndex(Body& body) {
    std::vector<Local> ints = visible(body, Kind::Int);
    switch (rng_.weighted({6, intConsts_.empty() ? 0 : 1, 1, ints.empty() ? 0 : 2, 1})) {
      case 0:
        return std::to_string(rng_.below(arrayLength_));
      case 1:
        return rng_.pick(intConsts_);
      case 2:
        return Cat() << "len(" << (intArray_.empty() ? atomicArray_ : intArray_) << ") - 1";
      case 3:
        return Cat() << rng_.pick(ints).name << " % " << arraySize_;
      default:
        return Cat() << "(" << intExpr(body, 2) << ") % " << arraySize_;
    }
  }

  // A read of a cell, or the length of an array.
  std::string cellRead(Body& body) {
    bool plain = !intArray_.empty() && (atomicArray_.empty() || rng_.chance(55));
    if (rng_.chance(10))
      return Cat() << "len(" << (plain ? intArray_ : atomicArray_) << ")";
    ++body.cost;
    std::string index = arrayIndex(body);
    if (plain)
      return Cat() << intArray_ << "[" << index << "]";
    return Cat() << atomicArray_ << "[" << index << "].load(" << loadOrder(false) << ")";
  }

  std::string boolExpr(Body& body, int depth, bool pure = false) {
    std::vector<Local> bools = visible(body, Kind::Bool);
    std::vector<Local> strings = visible(body, Kind::String);
    std::vector<int> weights = {
        1,                                                                   // literal
        bools.empty() ? 0 : 2,                                               // local
        bools_.empty() ? 0 : 2,                                              // global
        atomicBools_.empty() ? 0 : 2,                                        // atomic load
        6,                                                                   // comparison
        depth < 1 ? 1 : 0,                                                   // not
        depth < 1 ? 2 : 0,                                                   // and / or
        strings_.empty() && strings.empty() ? 0 : 1,                         // strings
        (atomicInts_.empty() && atomicBools_.empty()) || depth > 0 ? 0 : 1,  // cas
    };
    switch (rng_.weighted(weights)) {
      case 0:
        return rng_.chance(60) ? "true" : "false";
      case 1:
        return rng_.pick(bools).name;
      case 2:
        ++body.cost;
        return bools_[0];
      case 3:
        ++body.cost;
        return Cat() << atomicBools_[0] << ".load(" << loadOrder(false) << ")";
      case 4: {
        static const std::vector<std::string> ops = {"==", "!=", "<", "<=", ">", ">="};
        return Cat() << intExpr(body, depth + 1, pure) << " " << rng_.pick(ops) << " "
                     << intExpr(body, depth + 1, pure);
      }
      case 5:
        return Cat() << "!(" << boolExpr(body, depth + 1, pure) << ")";
      case 6:
        return Cat() << "(" << boolExpr(body, depth + 1, pure)
                     << (rng_.chance(50) ? ") && (" : ") || (") << boolExpr(body, depth + 1, pure)
                     << ")";
      case 7: {
        std::string name;
        if (!strings.empty() && (strings_.empty() || rng_.chance(50))) {
          name = rng_.pick(strings).name;
        } else {
          ++body.cost;
          name = strings_[0];
        }
        return Cat() << name << (rng_.chance(50) ? " == " : " != ") << stringLiteral();
      }
      default:
        ++body.cost;
        if (!atomicInts_.empty() && (atomicBools_.empty() || rng_.chance(50)))
          return Cat() << rng_.pick(atomicInts_) << ".cas(0, 1" << pairOrders() << ")";
        return Cat() << atomicBools_[0] << ".cas(false, true" << pairOrders() << ")";
    }
  }

  std::string stringLiteral() {
    static const std::vector<std::string> literals = {"\"a\"", "\"b\"", "\"q\\\"x\"", "\"c\\\\d\""};
    return rng_.pick(literals);
  }

  // What is left of a body's budget, at least 1: for a closure it calls.
  static int remaining(const Body& body) { return std::max(1, body.budget - body.cost); }

  // ---- statements ------------------------------------------------------------------------

  // A nested block of n statements in a new scope (the braces are the caller's).
  void block(Body& body, int n) {
    body.scopes.emplace_back();
    ++body.nesting;
    ++indent_;
    std::size_t held = body.held.size();
    for (int i = 0; i < n; ++i)
      statement(body);
    // What the block locked is unlocked inside it, so that held locks stay well nested.
    while (body.held.size() > held) {
      if (!rng_.chance(5))
        line(body.held.back() + ".unlock();");
      body.held.pop_back();
    }
    --indent_;
    --body.nesting;
    body.scopes.pop_back();
  }

  void statements(Body& body, int n) {
    for (int i = 0; i < n; ++i)
      statement(body);
    closeHeld(body);
  }

  void statement(Body& body) {
    if (body.cost >= body.budget) {
      cheapStatement(body);
      return;
    }
    std::vector<int> weights(static_cast<std::size_t>(Op::Count), 0);
    auto set = [&](Op op, int weight) { weights[static_cast<std::size_t>(op)] = weight; };
    bool nest = body.nesting < 2;
    bool spawnOk = body.canSpawn && !body.inWhile && spawnsLeft_ >= body.spawnFactor;
    bool atomics = !atomicInts_.empty() || !atomicBools_.empty();
    set(Op::WriteInt, 8);
    set(Op::IncrementInt, 4);
    set(Op::ReadInt, 8);
    set(Op::WriteLocal, visible(body, Kind::Int, true).empty() ? 0 : 2);
    set(Op::BoolVar, bools_.empty() ? 0 : 3);
    set(Op::StringVar, strings_.empty() ? 0 : 2);
    set(Op::ListGlobal, lists_.empty() ? 0 : 3);
    set(Op::ListLocal, 1);
    set(Op::FuncGlobal, funcs_.empty() ? 0 : 3);
    set(Op::AtomicStore, atomics ? 4 : 0);
    set(Op::AtomicLoad, atomics ? 3 : 0);
    set(Op::AtomicRmw, atomicInts_.empty() ? 0 : 3);
    set(Op::AtomicCas, atomics && nest ? 3 : 0);
    set(Op::OnceDo, onces_.empty() ? 1 : 6);
    set(Op::LocalOnce, 1);
    set(Op::Locked, nest ? (mutexes_.empty() ? 1 : 7) : 0);
    set(Op::Spinlock, spinlock_.empty() || !nest ? 0 : 4);
    set(Op::WaitGroupPattern, spawnOk && nest ? 3 : 0);
    set(Op::WaitGroupSolo, waitGroups_.empty() ? 0 : 1);
    set(Op::ChanSend, chans_.empty() ? 0 : 4);
    set(Op::ChanRecv, chans_.empty() ? 0 : 4);
    set(Op::ChanClose, chans_.empty() ? 0 : 1);
    set(Op::ChanPattern, spawnOk && nest ? 2 : 0);
    set(Op::If, nest ? 5 : 0);
    bool room = body.budget - body.cost >= 2;
    set(Op::While, body.nesting == 0 && room ? (options_.retryLoops ? 8 : 2) : 0);
    set(Op::For, nest && room ? 3 : 0);
    set(Op::Choose, 4);
    set(Op::Await, 3);
    set(Op::Spawn, spawnOk ? 5 : 0);
    set(Op::CapturedLocal, spawnOk && nest ? 2 : 0);
    set(Op::CallHelper, 3);
    set(Op::Getter, 4);
    set(Op::Recursion, 1);
    set(Op::LocalClosure, nest ? 2 : 0);
    set(Op::InitCall, 3);
    set(Op::ObjectCall, 2);
    set(Op::Arith, 2);
    set(Op::Block, nest ? 1 : 0);
    set(Op::Return, body.nesting == 0 ? 0 : 1);
    set(Op::Comment, 1);
    bool blocking = options_.blockingForms;
    set(Op::AtomicWait, blocking && atomics ? 5 : 0);
    set(Op::AtomicNotify, blocking && atomics ? 6 : 0);
    set(Op::RwSection, !rwMutex_.empty() && nest && !body.inRwSection ? 7 : 0);
    set(Op::RmSection, !rMutex_.empty() && nest ? 6 : 0);
    set(Op::CondWait, !cond_.empty() && nest ? 6 : 0);
    set(Op::CondSignal, !cond_.empty() ? 7 : 0);
    set(Op::ArrayCell, intArray_.empty() ? 0 : 5);
    set(Op::AtomicCell, atomicArray_.empty() ? 0 : 4);
    set(Op::BreakContinue, options_.arraysConstBreak && body.loops > 0 ? 25 : 0);
    switch (static_cast<Op>(rng_.weighted(weights))) {
      case Op::WriteInt:
        return writeInt(body);
      case Op::IncrementInt:
        return incrementInt(body);
      case Op::ReadInt:
        return readInt(body);
      case Op::WriteLocal:
        return line(Cat() << rng_.pick(visible(body, Kind::Int, true)).name << " = "
                          << intExpr(body, 0) << ";");
      case Op::BoolVar:
        return boolVar(body);
      case Op::StringVar:
        return stringVar(body);
      case Op::ListGlobal:
        return listGlobal(body);
      case Op::ListLocal:
        return listLocal(body);
      case Op::FuncGlobal:
        return funcGlobal(body);
      case Op::AtomicStore:
        return atomicStore(body);
      case Op::AtomicLoad:
        return atomicLoad(body);
      case Op::AtomicRmw:
        return atomicRmw(body);
      case Op::AtomicCas:
        return atomicCas(body);
      case Op::OnceDo:
        return onceDo(body, onces_.empty() ? "" : onces_[0]);
      case Op::LocalOnce:
        return onceDo(body, "");
      case Op::Locked:
        return locked(body);
      case Op::Spinlock:
        return spinlock(body);
      case Op::WaitGroupPattern:
        return waitGroupPattern(body);
      case Op::WaitGroupSolo:
        return waitGroupSolo(body);
      case Op::ChanSend:
        ++body.cost;
        return line(Cat() << rng_.pick(chans_) << ".send(" << intExpr(body, 0) << ");");
      case Op::ChanRecv:
        return chanRecv(body, rng_.pick(chans_));
      case Op::ChanClose:
        ++body.cost;
        return line(rng_.pick(chans_) + ".close();");
      case Op::ChanPattern:
        return chanPattern(body);
      case Op::If:
        return ifStatement(body);
      case Op::While:
        return whileLoop(body);
      case Op::For:
        return forLoop(body, false);
      case Op::Choose:
        return choose(body);
      case Op::Await:
        return await(body);
      case Op::Spawn:
        return spawn(body);
      case Op::CapturedLocal:
        return capturedLocal(body);
      case Op::CallHelper:
        return callHelper(body);
      case Op::Getter:
        return callGetter(body);
      case Op::Recursion:
        return recursion(body);
      case Op::LocalClosure:
        return localClosure(body);
      case Op::ObjectCall:
        return objectCall(body);
      case Op::InitCall:
        return initCall(body);
      case Op::Arith:
        return arith(body);
      case Op::Block:
        line("{");
        block(body, rng_.range(1, 2));
        return line("}");
      case Op::AtomicWait:
        return atomicWait(body);
      case Op::AtomicNotify:
        return atomicNotify(body);
      case Op::RwSection:
        return rwSection(body);
      case Op::RmSection:
        return rmSection(body);
      case Op::CondWait:
        return condWait(body);
      case Op::CondSignal:
        return condSignal(body);
      case Op::ArrayCell:
        return arrayCell(body);
      case Op::AtomicCell:
        return atomicCell(body);
      case Op::BreakContinue:
        return breakContinue(body);
      case Op::Return:
        line(Cat() << "if " << boolExpr(body, 0) << " {");
        ++indent_;
        line("return;");
        --indent_;
        return line("}");
      default:
        line(rng_.chance(50) ? "// a comment" : "/* a block comment */");
        return statement(body);
    }
  }

  // Once over budget: statements that touch nothing shared.
  void cheapStatement(Body& body) {
    switch (rng_.below(4)) {
      case 0: {
        std::string name = fresh("v");
        line(Cat() << "let " << name << " = " << intLiteral() << " + 1;");
        return addLocal(body, name, Kind::Int, true);
      }
      case 1: {
        std::vector<Local> locals = visible(body, Kind::Int);
        if (!locals.empty())
          return line(Cat() << "assert " << rng_.pick(locals).name << " < 5;");
        return line("assert 1 + 1 == 2, \"arithmetic\";");
      }
      case 2:
        return line("// nothing shared");
      default: {
        std::string name = fresh("v");
        line(Cat() << "let " << name << ": bool = " << (rng_.chance(50) ? "true" : "false") << ";");
        return addLocal(body, name, Kind::Bool, true);
      }
    }
  }

  std::string pubLabel() {
    if (!rng_.chance(18))
      return "";
    pub_ = true;
    return "@pub ";
  }

  std::string useLabel() {
    if (!rng_.chance(18))
      return "";
    use_ = true;
    return "@use ";
  }

  void writeInt(Body& body) {
    ++body.cost;
    line(Cat() << pubLabel() << rng_.pick(ints_) << " = " << intExpr(body, 0) << ";");
  }

  void incrementInt(Body& body) {
    body.cost += 2;
    std::string target = rng_.pick(ints_);
    line(Cat() << pubLabel() << target << " = " << target << " + " << rng_.range(1, 2) << ";");
  }

  void readInt(Body& body) {
    ++body.cost;
    std::string label = useLabel();
    std::string source = readableInt();
    // Assertions that hold in most schedules, so that failing ones depend on the interleaving.
    switch (rng_.weighted({6, 2, 2, 1, 1})) {
      case 0: {
        std::string name = fresh("v");
        line(Cat() << label << "let " << name << (rng_.chance(20) ? ": int" : "") << " = " << source
                   << ";");
        return addLocal(body, name, Kind::Int, true);
      }
      case 1:
        return line(Cat() << label << "assert " << source << " <= 2;");
      case 2:
        return line(Cat() << label << "assert " << source << " != 3, \"" << source
                          << " is not 3\";");
      case 3:
        return line(Cat() << label << "assert " << source << " == " << rng_.below(3) << ";");
      default:
        return line(Cat() << label << "assert " << source << " >= 0, \"" << source << " is set\";");
    }
  }

  void boolVar(Body& body) {
    ++body.cost;
    switch (rng_.below(3)) {
      case 0:
        return line(Cat() << pubLabel() << bools_[0] << " = "
                          << (rng_.chance(70) ? "true" : "false") << ";");
      case 1:
        return line(Cat() << useLabel() << "assert !" << bools_[0] << ";");
      default: {
        std::string name = fresh("v");
        line(Cat() << useLabel() << "let " << name << " = " << bools_[0] << ";");
        return addLocal(body, name, Kind::Bool, true);
      }
    }
  }

  void stringVar(Body& body) {
    ++body.cost;
    switch (rng_.below(3)) {
      case 0:
        return line(Cat() << strings_[0] << " = " << stringLiteral() << ";");
      case 1:
        return line("assert " + strings_[0] + " != \"b\", \"not b\";");
      default: {
        std::string name = fresh("str");
        line(Cat() << "let " << name << ": string = " << strings_[0] << ";");
        return addLocal(body, name, Kind::String, false);
      }
    }
  }

  void listGlobal(Body& body) {
    const std::string& list = lists_[0];
    switch (rng_.below(4)) {
      case 0:
        body.cost += 2;
        return line(Cat() << list << " = append(" << list << ", " << intExpr(body, 1) << ");");
      case 1: {
        ++body.cost;
        std::string name = fresh("v");
        line(Cat() << "let " << name << " = " << list << "[" << rng_.below(3) << "];");
        return addLocal(body, name, Kind::Int, false);
      }
      case 2:
        body.cost += 2;
        return line(Cat() << list << "[" << rng_.below(3) << "] = " << intExpr(body, 1) << ";");
      default:
        ++body.cost;
        return line("assert len(" + list + ") >= 2;");
    }
  }

  void listLocal(Body& body) {
    std::string name = fresh("xs");
    line(Cat() << "let " << name << (rng_.chance(30) ? ": list" : "") << " = [" << intLiteral()
               << ", " << intExpr(body, 1) << "];");
    addLocal(body, name, Kind::List, false);
    std::string more = fresh("ys");
    line(Cat() << "let " << more << " = append(" << name << ", 3);");
    addLocal(body, more, Kind::List, false);
    line(Cat() << "assert len(" << more << ") == 3 && " << more << "[2] == 3;");
    if (rng_.chance(40))
      line(Cat() << more << "[0] = " << intLiteral() << ";");  // a new list value in `more`
  }

  void funcGlobal(Body& body) {
    ++body.cost;
    const std::string& h = funcs_[0];
    if (rng_.chance(50))
      return line(h + "();");
    line(h + " = func() {");
    Body inner = closureBody(body, {}, remaining(body));
    inner.canSpawn = false;
    ++indent_;
    statements(inner, 1);
    --indent_;
    body.cost += inner.cost;
    line("};");
  }

  // An atomic global: an int one, or the bool one.
  std::string atomicTarget(bool& isBool) {
    isBool = atomicInts_.empty() || (!atomicBools_.empty() && rng_.chance(35));
    return isBool ? atomicBools_[0] : rng_.pick(atomicInts_);
  }

  void atomicStore(Body& body) {
    bool isBool = false;
    std::string target = atomicTarget(isBool);
    std::string value = isBool ? (rng_.chance(70) ? "true" : "false") : intExpr(body, 1);
    ++body.cost;
    if (rng_.chance(15))  // a fence that a relaxed store after it can carry (LANGUAGE.md 4a)
      line("fence(" + rng_.pick(std::vector<std::string>{"release", "acq_rel", "seq_cst"}) + ");");
    line(Cat() << pubLabel() << target << ".store(" << value << storeOrder(true) << ");");
  }

  void atomicLoad(Body& body) {
    bool isBool = false;
    std::string target = atomicTarget(isBool);
    ++body.cost;
    std::string load = Cat() << target << ".load(" << loadOrder(false) << ")";
    if (rng_.chance(40))
      return line(Cat() << useLabel() << "assert " << load << (isBool ? "" : " <= 2") << ";");
    std::string name = fresh("v");
    line(Cat() << useLabel() << "let " << name << " = " << load << ";");
    addLocal(body, name, isBool ? Kind::Bool : Kind::Int, true);
    if (rng_.chance(15))  // a fence that joins what relaxed loads before it read
      line("fence(" + rng_.pick(std::vector<std::string>{"acquire", "acq_rel", "seq_cst"}) + ");");
  }

  void atomicRmw(Body& body) {
    std::string target = rng_.pick(atomicInts_);
    ++body.cost;
    switch (rng_.below(5)) {
      case 0:
        return line(Cat() << target << ".add(" << intLiteral() << rmwOrder(true) << ");");
      case 3: {  // fetch_*: the old value
        static const std::vector<std::string> fetches = {"fetch_add", "fetch_sub", "fetch_and",
                                                         "fetch_or", "fetch_xor"};
        std::string name = fresh("v");
        line(Cat() << "let " << name << " = " << target << "." << rng_.pick(fetches) << "("
                   << intLiteral() << rmwOrder(true) << ");");
        return addLocal(body, name, Kind::Int, true);
      }
      case 4: {  // cmpxchg: the value read
        std::string name = fresh("v");
        line(Cat() << "let " << name << " = " << target << ".cmpxchg(" << rng_.below(2) << ", "
                   << rng_.range(1, 2) << pairOrders() << ");");
        return addLocal(body, name, Kind::Int, true);
      }
      case 1: {
        std::string name = fresh("v");
        line(Cat() << "let " << name << " = " << target << ".add(1" << rmwOrder(true) << ");");
        return addLocal(body, name, Kind::Int, true);
      }
      default: {
        std::string name = fresh("v");
        line(Cat() << "let " << name << " = " << target << ".swap(" << intLiteral()
                   << rmwOrder(true) << ");");
        return addLocal(body, name, Kind::Int, true);
      }
    }
  }

  void atomicCas(Body& body) {
    bool isBool = false;
    std::string target = atomicTarget(isBool);
    ++body.cost;
    if (isBool)
      line(Cat() << "if " << target << ".cas(false, true" << pairOrders() << ") {");
    else
      line(Cat() << "if " << target << ".cas(0, " << rng_.range(1, 2) << pairOrders() << ") {");
    block(body, rng_.range(1, 2));
    line("}");
  }

  // once.do with a declared function, a closure, or (rarely) a re-entrant closure. An empty
  // `once` makes a local one.
  void onceDo(Body& body, std::string once) {
    if (once.empty()) {
      once = fresh("once");
      line(Cat() << "let " << once << (rng_.chance(30) ? ": once" : "") << " = new once;");
      addLocal(body, once, Kind::Once, false);
    }
    ++body.cost;
    switch (rng_.weighted({4, 4, 1})) {
      case 0:
        return line(Cat() << once << ".do(" << voidFunction(body) << ");");
      case 1: {
        line(once + ".do(func() {");
        Body inner = closureBody(body, {}, remaining(body));
        inner.canSpawn = false;
        ++indent_;
        statements(inner, rng_.range(1, 2));
        --indent_;
        body.cost += inner.cost;
        return line("});");
      }
      default:
        line(once + ".do(func() {");
        ++indent_;
        line(Cat() << once << ".do(" << voidFunction(body) << ");");
        --indent_;
        return line("});");
    }
  }

  // A mutex not held here: a global, a local, or a new local one.
  std::string pickMutex(Body& body) {
    std::vector<std::string> free;
    for (const std::string& m : mutexes_) {
      bool held = false;
      for (const std::string& h : body.held)
        held = held || h == m;
      if (!held)
        free.push_back(m);
    }
    for (const Local& local : visible(body, Kind::Mutex)) {
      bool held = false;
      for (const std::string& h : body.held)
        held = held || h == local.name;
      if (!held)
        free.push_back(local.name);
    }
    if (free.empty() || rng_.chance(8)) {
      std::string name = fresh("mu");
      line(Cat() << "let " << name << (rng_.chance(30) ? ": mutex" : "") << " = new mutex;");
      addLocal(body, name, Kind::Mutex, false);
      return name;
    }
    return rng_.pick(free);
  }

  void locked(Body& body) {
    std::string m = pickMutex(body);
    ++body.cost;
    line(m + ".lock();");
    body.held.push_back(m);
    ++body.nesting;
    int inner = rng_.range(1, 2);
    for (int i = 0; i < inner; ++i)
      statement(body);
    --body.nesting;
    body.held.pop_back();
    int mistake = rng_.below(100);
    if (mistake < 4)
      return;  // never unlocked
    ++body.cost;
    line(m + ".unlock();");
    if (mistake < 8)
      line(m + ".unlock();");  // unlock of an unlocked mutex
  }

  // ---- blocking forms (RandomProgramOptions::blockingForms) ------------------------------

  // Forms placed at random rarely meet their counterpart in another thread, so one kind of
  // object is planned per program: most threads start with a form on it, taking turns with
  // the two roles (a waiter and a waker, a reader and a writer), on one atomic.
  enum class Plan { AtomicWait, Cond, RwMutex, RMutex };

  void planBlocking() {
    std::vector<int> weights = {3, cond_.empty() ? 0 : 3, rwMutex_.empty() ? 0 : 2,
                                rMutex_.empty() ? 0 : 1};
    plan_ = static_cast<Plan>(rng_.weighted(weights));
    bool isBool = false;
    plannedAtomic_ = atomicTarget(isBool);
  }

  void plannedBlocking(Body& body) {
    if (!options_.blockingForms || !rng_.chance(75))
      return;
    bool first = rolesGiven_++ % 2 == 0;
    switch (plan_) {
      case Plan::AtomicWait:
        return first ? atomicWait(body) : atomicNotify(body);
      case Plan::Cond:
        return first ? condWait(body) : condSignal(body);
      case Plan::RwMutex:
        return rwSection(body, first);
      default:
        return rmSection(body);
    }
  }

  // The planned atomic most of the time, else any.
  std::string plannedTarget(bool& isBool) {
    if (plannedAtomic_.empty() || rng_.chance(30))
      return atomicTarget(isBool);
    isBool = !atomicBools_.empty() && plannedAtomic_ == atomicBools_[0];
    return plannedAtomic_;
  }

  // a.wait(v): at once, or in a loop that re-checks the value (C++20 atomic::wait, futex).
  void atomicWait(Body& body) {
    bool isBool = false;
    std::string target = plannedTarget(isBool);
    std::string expected = isBool ? "false" : std::to_string(rng_.below(2));
    ++body.cost;
    if (!rng_.chance(55))
      return line(Cat() << useLabel() << target << ".wait(" << expected << loadOrder(true) << ");");
    usedWhile_ = true;
    ++body.cost;
    line(Cat() << "while " << target << ".load(" << loadOrder(false) << ") == " << expected
               << " {");
    line(Cat() << "    " << target << ".wait(" << expected << loadOrder(true) << ");");
    line("}");
  }

  // A write and a notify (the notify sometimes first: a lost wake-up), or a lone notify.
  void atomicNotify(Body& body) {
    bool isBool = false;
    std::string target = plannedTarget(isBool);
    std::string notify = Cat() << target << (rng_.chance(50) ? ".notify_one();" : ".notify_all();");
    ++body.cost;
    int shape = rng_.weighted({6, 1, 2});  // write then notify, notify then write, notify alone
    if (shape == 2)
      return line(notify);
    ++body.cost;
    std::string write = isBool ? Cat() << target << ".store(true" << storeOrder(true) << ");"
                               : Cat() << target << (rng_.chance(50) ? ".store(1" : ".add(1")
                                       << (rng_.chance(50) ? storeOrder(true) : "") << ");";
    if (shape == 1)
      line(notify);
    line(Cat() << pubLabel() << write);
    if (shape == 0)
      line(notify);
  }

  // rlock ... runlock or lock ... unlock around random statements; now and then the wrong
  // unlock, a second one, or none.
  void rwSection(Body& body, std::optional<bool> asReader = std::nullopt) {
    const std::string& rw = rwMutex_;
    bool reader = asReader ? *asReader : rng_.chance(55);
    ++body.cost;
    line(rw + (reader ? ".rlock();" : ".lock();"));
    bool saved = body.inRwSection;
    body.inRwSection = true;
    ++body.nesting;
    for (int i = rng_.range(1, 2); i > 0; --i)
      statement(body);
    --body.nesting;
    body.inRwSection = saved;
    int mistake = rng_.below(100);
    if (mistake < 3)
      return;  // never unlocked
    ++body.cost;
    if (mistake < 6)
      return line(rw + (reader ? ".unlock();" : ".runlock();"));  // the wrong one
    line(rw + (reader ? ".runlock();" : ".unlock();"));
    if (mistake < 9)
      line(rw + (reader ? ".runlock();" : ".unlock();"));  // once too often
  }

  // lock, a nested relock (directly or in a helper that locks again), unlock as often; now
  // and then one unlock too few or too many, or an unlock without a lock (a non-owner).
  void rmSection(Body& body) {
    const std::string& rm = rMutex_;
    int mistake = rng_.below(100);
    ++body.cost;
    if (mistake < 3)
      return line(rm + ".unlock();");
    line(rm + ".lock();");
    ++body.nesting;
    if (rng_.chance(60)) {
      ++body.cost;
      line(rm + ".lock();");
      statement(body);
      ++body.cost;
      if (mistake >= 6)
        line(rm + ".unlock();");  // else: one unlock too few, the mutex stays held
    } else {
      body.cost += 3;
      line(relockHelper() + "();");
    }
    if (rng_.chance(50))
      statement(body);
    --body.nesting;
    ++body.cost;
    line(rm + ".unlock();");
    if (mistake >= 6 && mistake < 9)
      line(rm + ".unlock();");  // once too often
  }

  // func relockN() { rm0.lock(); x = x + 1; rm0.unlock(); }: made once.
  std::string relockHelper() {
    if (!relockHelper_.empty())
      return relockHelper_;
    relockHelper_ = fresh("relock");
    std::string counter = rng_.pick(ints_);
    defineFunction([&] {
      line("func " + relockHelper_ + "() {");
      line("    " + rMutex_ + ".lock();");
      line(Cat() << "    " << counter << " = " << counter << " + 1;");
      line("    " + rMutex_ + ".unlock();");
      line("}");
    });
    return relockHelper_;
  }

  // Waits under the cond's mutex for its flag: in a loop that re-checks it (right), under an
  // `if` (a wait that a second waiter's wake-up may not cover), or without the mutex (a
  // runtime error).
  void condWait(Body& body) {
    const std::string& m = condMutex_;
    bool held = std::find(body.held.begin(), body.held.end(), m) != body.held.end();
    int shape = rng_.weighted({15, 4, 1});  // while, if, not locked
    std::string wait = Cat() << cond_ << ".wait(" << m << ");";
    body.cost += 2;
    if (shape == 2 && !held)
      return line(wait);
    if (!held)
      line(m + ".lock();");
    if (shape == 0) {
      usedWhile_ = true;
      line(Cat() << "while " << condFlag_ << " == 0 {");
    } else {
      line(Cat() << "if " << condFlag_ << " == 0 {");
    }
    line("    " + wait);
    line("}");
    if (held)
      return;
    body.held.push_back(m);
    ++body.nesting;
    if (rng_.chance(40))
      statement(body);
    --body.nesting;
    body.held.pop_back();
    ++body.cost;
    line(Cat() << useLabel() << "assert " << condFlag_ << " != 0;");
    line(m + ".unlock();");
  }

  // Sets the flag under the mutex and signals or broadcasts (inside or after the critical
  // section); now and then the flag set without the mutex, or a wake-up without the flag.
  void condSignal(Body& body) {
    const std::string& m = condMutex_;
    bool held = std::find(body.held.begin(), body.held.end(), m) != body.held.end();
    std::string wake = Cat() << cond_ << (rng_.chance(50) ? ".signal();" : ".broadcast();");
    body.cost += 2;
    int shape = rng_.weighted({5, 5, 1, 1});  // wake inside, wake after, no mutex, no flag
    if (shape == 3)
      return line(wake);
    std::string set = Cat() << pubLabel() << condFlag_ << " = "
                            << (rng_.chance(70) ? "1" : condFlag_ + " + 1") << ";";
    if (shape == 2 || held) {
      line(set);
      return line(wake);
    }
    ++body.cost;
    line(m + ".lock();");
    line(set);
    if (shape == 0)
      line(wake);
    line(m + ".unlock();");
    if (shape == 1)
      line(wake);
  }

  // ---- arrays of cells and loop exits (RandomProgramOptions::arraysConstBreak) -----------

  void arrayCell(Body& body) {
    const std::string& xs = intArray_;
    ++body.cost;
    switch (rng_.weighted({4, 3, 2, 2})) {
      case 0: {
        std::string index = arrayIndex(body);
        return line(Cat() << pubLabel() << xs << "[" << index << "] = " << intExpr(body, 1) << ";");
      }
      case 1: {
        std::string name = fresh("v");
        std::string index = arrayIndex(body);
        line(Cat() << useLabel() << "let " << name << " = " << xs << "[" << index << "];");
        return addLocal(body, name, Kind::Int, true);
      }
      case 2: {
        ++body.cost;
        std::string index = std::to_string(rng_.below(arrayLength_));
        return line(Cat() << xs << "[" << index << "] = " << xs << "[" << index << "] + 1;");
      }
      default: {  // every cell, by a loop over the length: fill, fill the empty ones, search
        std::string i = fresh("i");
        std::string cell = Cat() << xs << "[" << i << "]";
        line(Cat() << "for " << i << " in 0.." << arraySize_ << " {");
        switch (rng_.below(3)) {
          case 0:
            body.cost += arrayLength_ - 1;
            line(Cat() << "    " << cell << " = " << i << ";");
            break;
          case 1:
            body.cost += 2 * arrayLength_ - 1;
            line(Cat() << "    if " << cell << " != 0 {");
            line("        continue;");
            line("    }");
            line(Cat() << "    " << cell << " = 1;");
            break;
          default:
            body.cost += arrayLength_ - 1;
            line(Cat() << "    if " << cell << " == 0 {");
            line("        break;");
            line("    }");
            break;
        }
        return line("}");
      }
    }
  }

  void atomicCell(Body& body) {
    const std::string& cells = atomicArray_;
    ++body.cost;
    std::string index = arrayIndex(body);
    std::string cell = Cat() << cells << "[" << index << "]";
    switch (rng_.weighted({3, 3, 2, 3})) {
      case 0:
        return line(Cat() << pubLabel() << cell << ".store(" << intLiteral() << storeOrder(true)
                          << ");");
      case 1: {
        std::string name = fresh("v");
        line(Cat() << useLabel() << "let " << name << " = " << cell << ".load(" << loadOrder(false)
                   << ");");
        return addLocal(body, name, Kind::Int, true);
      }
      case 2: {
        std::string name = fresh("v");
        line(Cat() << "let " << name << " = " << cell << ".fetch_add(1" << rmwOrder(true) << ");");
        return addLocal(body, name, Kind::Int, true);
      }
      default:
        if (options_.blockingForms && rng_.chance(70)) {
          if (rng_.chance(50))
            return line(Cat() << cell << ".wait(0" << loadOrder(true) << ");");
          ++body.cost;
          line(Cat() << cell << ".store(1" << storeOrder(true) << ");");
          return line(Cat() << cell << ".notify_all();");
        }
        return line(Cat() << "await " << cell << ".load(" << loadOrder(false) << ") != 0;");
    }
  }

  // `if c { break; }` or `if c { continue; }` (when a `continue` cannot skip the loop's exit).
  void breakContinue(Body& body) {
    bool isContinue = body.continueOk && rng_.chance(40);
    line(Cat() << "if " << boolExpr(body, 0) << " {");
    line(isContinue ? "    continue;" : "    break;");
    line("}");
  }

  void spinlock(Body& body) {
    ++body.cost;
    line(Cat() << "await " << spinlock_ << ".cas(false, true, acquire);");
    ++body.nesting;
    for (int i = rng_.range(1, 2); i > 0; --i)
      statement(body);
    --body.nesting;
    ++body.cost;
    line(Cat() << spinlock_ << ".store(false, " << (rng_.chance(80) ? "release" : "relaxed")
               << ");");
  }

  std::string waitGroup(Body& body) {
    std::vector<Local> locals = visible(body, Kind::WaitGroup);
    if (!locals.empty() && rng_.chance(50))
      return rng_.pick(locals).name;
    if (!waitGroups_.empty() && rng_.chance(80))
      return waitGroups_[0];
    std::string name = fresh("group");
    line(Cat() << "let " << name << (rng_.chance(30) ? ": waitgroup" : "") << " = new waitgroup;");
    addLocal(body, name, Kind::WaitGroup, false);
    return name;
  }

  // wg.add(1); go { ...; wg.done(); } wg.wait(); with its classic mistakes now and then.
  void waitGroupPattern(Body& body) {
    std::string wg = waitGroup(body);
    int variant = rng_.weighted({10, 1, 1, 1});  // fine, add inside, no add, add(2)
    if (variant == 0 || variant == 3) {
      ++body.cost;
      line(Cat() << wg << ".add(" << (variant == 3 ? "2" : "1") << ");");
    }
    spawnsLeft_ -= body.spawnFactor;
    line("go {");
    Body inner = closureBody(body, {}, threadBudget());
    ++indent_;
    if (variant == 1)
      line(wg + ".add(1);");
    statements(inner, rng_.range(1, 2));
    line(wg + ".done();");
    --indent_;
    line(rng_.chance(30) ? "};" : "}");
    ++body.cost;
    line(wg + ".wait();");
  }

  void waitGroupSolo(Body& body) {
    ++body.cost;
    static const std::vector<std::string> calls = {".add(1);", ".done();", ".wait();"};
    line(waitGroups_[0] + rng_.pick(calls));
  }

  void chanRecv(Body& body, const std::string& chan) {
    ++body.cost;
    std::string label = useLabel();
    if (rng_.chance(30))
      return line(Cat() << label << chan << ".recv();");
    std::string name = fresh("v");
    line(Cat() << label << "let " << name << " = " << chan << ".recv();");
    addLocal(body, name, Kind::Int, false);
  }

  // go func() { ...; c.send(v) or c.close(); }(); then a receive here.
  void chanPattern(Body& body) {
    std::string chan;
    std::vector<Local> locals = visible(body, Kind::Chan);
    if (!chans_.empty() && rng_.chance(60)) {
      chan = rng_.pick(chans_);
    } else if (!locals.empty()) {
      chan = rng_.pick(locals).name;
    } else {
      chan = fresh("ch");
      line(Cat() << "let " << chan << " = new chan(" << rng_.below(3) << ");");
      addLocal(body, chan, Kind::Chan, false);
    }
    spawnsLeft_ -= body.spawnFactor;
    line("go func() {");
    Body inner = closureBody(body, {}, threadBudget());
    ++indent_;
    statements(inner, rng_.range(0, 1));
    switch (rng_.below(4)) {
      case 0:
        line(Cat() << pubLabel() << chan << ".close();");
        break;
      case 1:
        line(Cat() << pubLabel() << chan << ".send(" << intExpr(inner, 1) << ");");
        line(chan + ".close();");
        break;
      default:
        line(Cat() << pubLabel() << chan << ".send(" << intExpr(inner, 1) << ");");
        break;
    }
    --indent_;
    line("}();");
    chanRecv(body, chan);
  }

  void ifStatement(Body& body) {
    line(Cat() << "if " << boolExpr(body, 0) << " {");
    block(body, rng_.range(1, 2));
    int tail = rng_.weighted({4, 3, 1});  // none, else, else if
    if (tail == 0)
      return line("}");
    if (tail == 2) {
      line(Cat() << "} else if " << boolExpr(body, 1) << " {");
      block(body, 1);
    }
    line("} else {");
    block(body, 1);
    line("}");
  }

  void whileLoop(Body& body) {
    usedWhile_ = true;
    bool savedWhile = body.inWhile;
    bool savedContinue = body.continueOk;
    body.inWhile = true;
    body.continueOk = false;  // a `continue` would skip the increment or the exit test
    ++body.loops;
    int forms = options_.retryLoops && !atomicInts_.empty() ? 5 : 3;
    switch (rng_.below(forms)) {
      case 3:  // a CAS retry: exits once no other thread wrote between the load and the cas
        retryLoop(body, false);
        break;
      case 4:  // a retry bounded by a counter
        retryLoop(body, true);
        break;
      case 0: {  // a counted loop
        std::string i = fresh("i");
        line("let " + i + " = 0;");
        addLocal(body, i, Kind::Int, false);
        int before = body.cost;
        line(Cat() << "while " << i << " < " << rng_.range(1, 3) << " {");
        block(body, 1);
        line(Cat() << "    " << i << " = " << i << " + 1;");
        line("}");
        body.cost += body.cost - before;
        break;
      }
      case 1:  // a spin on a flag, cut by the unroll bound when it is never set
        ++body.cost;
        if (!atomicBools_.empty())
          line(Cat() << "while !" << atomicBools_[0] << ".load(" << loadOrder(false) << ") { }");
        else
          line(Cat() << "while " << rng_.pick(ints_) << " == 0 { }");
        break;
      default: {  // while true with a way out
        int before = body.cost;
        line("while true {");
        block(body, 1);
        ++indent_;
        line(Cat() << "if " << boolExpr(body, 0) << " {");
        line(options_.arraysConstBreak && rng_.chance(50) ? "    break;" : "    return;");
        line("}");
        --indent_;
        line("}");
        body.cost += body.cost - before;
        break;
      }
    }
    --body.loops;
    body.continueOk = savedContinue;
    body.inWhile = savedWhile;
  }

  // `old = a.load(); while !a.cas(old, old + 1) { old = a.load(); }`, or with `bounded`
  // `tries = 0; while tries < 2 && !a.cas(0, 1) { tries = tries + 1; }`.
  void retryLoop(Body& body, bool bounded) {
    ++body.cost;
    std::string atomic = rng_.pick(atomicInts_);
    if (bounded) {
      std::string tries = fresh("tries");
      line("let " + tries + " = 0;");
      addLocal(body, tries, Kind::Int, false);
      line(Cat() << "while " << tries << " < 2 && !" << atomic << ".cas(0, 1" << pairOrders()
                 << ") {");
      line(Cat() << "    " << tries << " = " << tries << " + 1;");
      line("}");
      return;
    }
    std::string old = fresh("old");
    line(Cat() << "let " << old << " = " << atomic << ".load(" << loadOrder(false) << ");");
    addLocal(body, old, Kind::Int, false);
    line(Cat() << "while !" << atomic << ".cas(" << old << ", " << old << " + 1" << pairOrders()
               << ") {");
    line(Cat() << "    " << old << " = " << atomic << ".load(" << loadOrder(false) << ");");
    line("}");
  }

  // A for loop; with `withSpawn` its body starts a thread per iteration.
  void forLoop(Body& body, bool withSpawn) {
    int iterations = 2;
    std::string var = fresh("i");
    bool shared = rng_.chance(35);
    std::string header = Cat() << "for " << (shared ? "shared " : "") << var << " in ";
    int form = rng_.below(4);
    bool overGlobal = false;
    if (form <= 1) {
      iterations = rng_.range(1, 2);
      header += Cat() << "0.." << iterations;
    } else if (form == 2 || lists_.empty()) {
      header += Cat() << "[" << intLiteral() << ", " << intLiteral() << "]";
    } else {
      ++body.cost;
      header += lists_[0];  // its length can change: no spawns in this loop
      overGlobal = true;
    }
    if (withSpawn && (overGlobal || spawnsLeft_ < body.spawnFactor * iterations)) {
      spawn(body);  // not enough threads left for one per iteration: one before the loop
      withSpawn = false;
    }
    line(header + " {");
    body.scopes.emplace_back();
    addLocal(body, var, Kind::Int, false);
    int savedFactor = body.spawnFactor;
    bool savedSpawn = body.canSpawn;
    bool savedContinue = body.continueOk;
    body.continueOk = true;
    ++body.loops;
    body.spawnFactor *= iterations;
    body.canSpawn = body.canSpawn && !overGlobal;
    int before = body.cost;
    if (withSpawn) {
      ++indent_;
      ++body.nesting;
      spawn(body);
      --body.nesting;
      --indent_;
    }
    block(body, withSpawn ? rng_.range(0, 1) : rng_.range(1, 2));
    body.cost += (body.cost - before) * (iterations - 1);
    --body.loops;
    body.continueOk = savedContinue;
    body.spawnFactor = savedFactor;
    body.canSpawn = savedSpawn;
    body.scopes.pop_back();
    line("}");
  }

  void choose(Body& body) {
    ++body.cost;  // a step, with a successor per value
    std::string name = fresh("v");
    switch (rng_.below(5)) {
      case 0:
      case 1:
        line(Cat() << "let " << name << " = choose(0.." << rng_.range(1, 3) << ");");
        addLocal(body, name, Kind::Int, true);
        if (rng_.chance(35))
          line("assume " + name + " != 1;");
        return;
      case 2:
        line(Cat() << "let " << name << " = choose(" << intLiteral() << ", 2, " << intLiteral()
                   << ");");
        return addLocal(body, name, Kind::Int, true);
      case 3:
        line("let " + name + ": bool = choose(true, false);");
        addLocal(body, name, Kind::Bool, true);
        if (rng_.chance(30))
          line("assume " + name + ";");
        return;
      default:
        line(Cat() << "let " << name << ": string = choose(\"a\", " << stringLiteral() << ");");
        return addLocal(body, name, Kind::String, false);
    }
  }

  void await(Body& body) {
    ++body.cost;
    std::string label = useLabel();
    std::vector<int> weights = {atomicBools_.empty() ? 0 : 4, atomicInts_.empty() ? 0 : 3, 2, 2};
    switch (rng_.weighted(weights)) {
      case 0:
        return line(Cat() << label << "await " << atomicBools_[0] << ".load(" << loadOrder(false)
                          << ");");
      case 1:
        return line(Cat() << label << "await " << rng_.pick(atomicInts_) << ".load("
                          << loadOrder(false) << ") >= " << rng_.range(1, 2) << ";");
      case 2:
        return line(Cat() << label << "await " << rng_.pick(ints_) << " != 0;");
      default:
        return line(Cat() << label << "await " << boolExpr(body, 0, true) << ";");
    }
  }

  // One `go` in one of its forms; the new thread's body is random.
  void spawn(Body& body) {
    spawnsLeft_ -= body.spawnFactor;
    std::vector<Local> ints = visible(body, Kind::Int);
    int form = rng_.weighted({4, 3, 3, 2, ints.empty() ? 0 : 3, 3, 2});
    ++body.cost;  // the go step
    int budget = threadBudget();
    switch (form) {
      case 0:  // go f(args);
        return line(Cat() << "go " << worker(body, budget) << ";");
      case 1:  // go { ... }
        line("go {");
        spawnedBody(body, {}, budget);
        return line(rng_.chance(30) ? "};" : "}");
      case 2:  // go func() { ... }();
        line("go func() {");
        spawnedBody(body, {}, budget);
        return line("}();");
      case 3: {  // go func(k: int) { ... }(e);
        std::string param = fresh("k");
        std::string argument = intExpr(body, 1);
        line("go func(" + param + ": int) {");
        Body inner = closureBody(body, {}, budget);
        addLocal(inner, param, Kind::Int, false);
        ++indent_;
        statements(inner, rng_.range(1, 3));
        --indent_;
        return line("}(" + argument + ");");
      }
      case 4: {  // go func[v]() { ... }();  by-value captures
        std::vector<std::string> captured = {rng_.pick(ints).name};
        if (ints.size() > 1 && rng_.chance(30)) {
          std::string second = rng_.pick(ints).name;
          if (second != captured[0])
            captured.push_back(second);
        }
        std::string list = captured[0];
        if (captured.size() > 1)
          list += ", " + captured[1];
        line("go func[" + list + "]() {");
        spawnedBody(body, captured, budget);
        return line("}();");
      }
      case 5: {  // let t = go f(x); ... join t;
        std::string handle = fresh("t");
        line(Cat() << "let " << handle << " = go " << worker(body, budget) << ";");
        if (rng_.chance(40))
          statement(body);
        if (rng_.chance(85))
          line("join " + handle + ";");
        return;
      }
      default: {  // let t = go func() { ... }(); join t;
        std::string handle = fresh("t");
        line("let " + handle + " = go func() {");
        spawnedBody(body, {}, budget);
        line("}();");
        if (rng_.chance(85))
          line("join " + handle + ";");
        return;
      }
    }
  }

  void spawnedBody(const Body& body, const std::vector<std::string>& byValue, int budget) {
    Body inner = closureBody(body, byValue, budget);
    ++indent_;
    plannedBlocking(inner);
    statements(inner, rng_.range(1, 3));
    --indent_;
  }

  // let r = 0; let t = go func() { r = r + 1; }(); join t; assert r == 1;  a local that a
  // capture shares (a race when the join is missing).
  void capturedLocal(Body& body) {
    std::string r = fresh("r");
    line("let " + r + " = 0;");
    addLocal(body, r, Kind::Int, true);
    spawnsLeft_ -= body.spawnFactor;
    std::string handle = fresh("t");
    line("let " + handle + " = go func() {");
    Body inner = closureBody(body, {}, threadBudget());
    ++indent_;
    if (rng_.chance(50))
      statement(inner);
    line(Cat() << r << " = " << r << " + 1;");
    closeHeld(inner);
    --indent_;
    line("}();");
    if (rng_.chance(75))
      line("join " + handle + ";");
    ++body.cost;
    line("assert " + r + " == 1;");
  }

  // ---- functions -------------------------------------------------------------------------

  // Writes a function's text into functionsText_, keeping the current output as it was.
  template <class Emit>
  void defineFunction(Emit emit) {
    std::string* savedOut = out_;
    int savedIndent = indent_;
    std::string text;
    out_ = &text;
    indent_ = 0;
    emit();
    functionsText_ += text;
    out_ = savedOut;
    indent_ = savedIndent;
  }

  // `name(args)` of a function without result for `go` or a call: one made before, or new.
  // Adds its cost to `body`.
  std::string worker(Body& body, int budget) {
    std::vector<const Function*> existing;
    for (const Function& f : functions_) {
      if (!f.returnsInt && !f.isInit && f.name.rfind("work", 0) == 0)
        existing.push_back(&f);
    }
    const Function* f = nullptr;
    if (!existing.empty() && rng_.chance(40))
      f = rng_.pick(existing);
    else
      f = &makeHelper(budget, rng_.chance(50));
    body.cost += f->cost;
    if (!f->hasParam)
      return f->name + "()";
    return Cat() << f->name << "(" << rng_.below(3) << ")";
  }

  const Function& makeHelper(int budget, bool hasParam) {
    Function f;
    f.name = fresh("work");
    f.hasParam = hasParam;
    defineFunction([&] {
      line(Cat() << "func " << f.name << "(" << (hasParam ? "k: int" : "") << ") {");
      Body inner;
      inner.budget = budget;
      if (hasParam)
        addLocal(inner, "k", Kind::Int, false);
      ++indent_;
      statements(inner, rng_.range(1, 3));
      --indent_;
      line("}");
      f.cost = inner.cost;
    });
    functions_.push_back(f);
    return functions_.back();
  }

  // A parameterless function without result, for once.do: an init func or a helper.
  std::string voidFunction(Body& body) {
    std::vector<const Function*> existing;
    for (const Function& f : functions_) {
      if (!f.returnsInt && !f.hasParam)
        existing.push_back(&f);
    }
    const Function* f = nullptr;
    if (!existing.empty() && rng_.chance(50))
      f = rng_.pick(existing);
    else if (rng_.chance(70))
      f = &makeInit(false, false);
    else
      f = &makeHelper(remaining(body), false);
    body.cost += f->cost;
    return f->name;
  }

  const Function& makeInit(bool hasParam, bool returnsInt) {
    Function f;
    f.name = fresh("init");
    f.isInit = true;
    f.hasParam = hasParam;
    f.returnsInt = returnsInt;
    defineFunction([&] {
      line(Cat() << "init func " << f.name << "(" << (hasParam ? "k: int" : "") << ")"
                 << (returnsInt ? " -> int" : "") << " {");
      if (returnsInt) {
        line(Cat() << "    return " << (hasParam ? "k + 41" : "42") << ";");
      } else if (rng_.chance(70)) {
        f.cost = 1;
        line(Cat() << "    " << pubLabel() << rng_.pick(ints_) << " = " << (hasParam ? "k" : "42")
                   << ";");
      }
      line("}");
    });
    functions_.push_back(f);
    return functions_.back();
  }

  void callHelper(Body& body) { line(worker(body, remaining(body)) + ";"); }

  void initCall(Body& body) {
    const Function* f = nullptr;
    for (const Function& g : functions_) {
      if (g.isInit && rng_.chance(50))
        f = &g;
    }
    if (f == nullptr) {
      bool hasParam = rng_.chance(40);
      f = &makeInit(hasParam, rng_.chance(40));
    }
    body.cost += f->cost;
    std::string call = f->name + "(" + (f->hasParam ? std::to_string(rng_.below(2)) : "") + ")";
    if (!f->returnsInt)
      return line(call + ";");
    ++body.cost;
    line(Cat() << pubLabel() << rng_.pick(ints_) << " = " << call << ";");
  }

  // A getter in one of the classic lazy-initialization shapes, made once, called here.
  void callGetter(Body& body) {
    const Function* getter = nullptr;
    for (const Function& f : functions_) {
      if (f.name.rfind("get", 0) == 0)
        getter = &f;
    }
    if (getter == nullptr || rng_.chance(20))
      getter = &makeGetter();
    body.cost += getter->cost;
    std::string call = getter->name + "()";
    if (rng_.chance(60))
      return line(Cat() << useLabel() << "assert " << call << " == 42;");
    std::string name = fresh("v");
    line("let " + name + " = " + call + ";");
    addLocal(body, name, Kind::Int, true);
  }

  const Function& makeGetter() {
    Function f;
    f.name = fresh("get");
    f.returnsInt = true;
    std::string init = makeInit(false, true).name;
    std::string value = rng_.pick(ints_);
    int shape = rng_.below(4);
    defineFunction([&] {
      line("func " + f.name + "() -> int {");
      if (shape == 0 && !onces_.empty()) {  // once
        line(Cat() << "    " << onces_[0] << ".do(func() { " << value << " = " << init
                   << "(); });");
        f.cost = 3;
      } else if (shape == 1 && !mutexes_.empty() && !atomicBools_.empty()) {  // DCL
        const std::string& m = mutexes_[0];
        const std::string& flag = atomicBools_[0];
        line(Cat() << "    if !" << flag << ".load(" << loadOrder(false) << ") {");
        line(Cat() << "        " << m << ".lock();");
        line(Cat() << "        if !" << flag << ".load(relaxed) {");
        line(Cat() << "            " << value << " = " << init << "();");
        line(Cat() << "            " << flag << ".store(true, "
                   << (rng_.chance(70) ? "release" : "relaxed") << ");");
        line("        }");
        line(Cat() << "        " << m << ".unlock();");
        line("    }");
        f.cost = 5;
      } else if (shape == 1 && !mutexes_.empty()) {  // check under the lock
        const std::string& m = mutexes_[0];
        line(Cat() << "    " << m << ".lock();");
        line(Cat() << "    if " << value << " == 0 {");
        line(Cat() << "        " << value << " = " << init << "();");
        line("    }");
        line(Cat() << "    " << m << ".unlock();");
        f.cost = 4;
      } else if (shape == 2 && !atomicInts_.empty()) {  // cas a flag before the value
        line(Cat() << "    if " << atomicInts_[0] << ".cas(0, 1"
                   << (rng_.chance(50) ? ", acq_rel" : "") << ") {");
        line(Cat() << "        " << value << " = " << init << "();");
        line("    }");
        f.cost = 2;
      } else {  // a plain check
        line(Cat() << "    if " << value << " != 42 {");
        line(Cat() << "        " << value << " = " << init << "();");
        line("    }");
        f.cost = 2;
      }
      line(Cat() << "    return " << value << ";");
      ++f.cost;
      line("}");
    });
    functions_.push_back(f);
    return functions_.back();
  }

  void recursion(Body& body) {
    usedRecursion_ = true;
    std::string name;
    for (const Function& f : functions_) {
      if (f.name.rfind("rec", 0) == 0)
        name = f.name;
    }
    if (name.empty()) {
      Function f;
      f.name = name = fresh("rec");
      f.hasParam = true;
      f.returnsInt = true;
      defineFunction([&] {
        line("func " + name + "(n: int) -> int {");
        line("    if n <= 0 {");
        line("        return 0;");
        line("    }");
        line("    return " + name + "(n - 1) + 1;");
        line("}");
      });
      functions_.push_back(f);
    }
    std::string depth = std::to_string(rng_.range(1, 3));
    std::string v = fresh("d");
    line("let " + v + " = " + name + "(" + depth + ");");
    addLocal(body, v, Kind::Int, false);
    line("assert " + v + " == " + depth + ";");
  }

  void localClosure(Body& body) {
    std::string name = fresh("fn");
    switch (rng_.below(3)) {
      case 0: {  // a closure called once or twice
        line("let " + name + " = func() {");
        Body inner = closureBody(body, {}, remaining(body));
        inner.canSpawn = false;
        ++indent_;
        statements(inner, 1);
        --indent_;
        line("};");
        line(name + "();");
        body.cost += inner.cost;
        if (body.cost < body.budget && rng_.chance(50)) {
          line(name + "();");
          body.cost += inner.cost;
        }
        return;
      }
      case 1: {  // parameters and a result
        ++body.cost;
        std::string global = rng_.pick(ints_);
        line(Cat() << "let " << name << " = func(p: int, q: int) -> int { return p + q + " << global
                   << "; };");
        std::string v = fresh("v");
        line(Cat() << "let " << v << " = " << name << "(1, " << intLiteral() << ");");
        return addLocal(body, v, Kind::Int, false);
      }
      default: {  // a func value passed to a function
        std::string apply;
        for (const Function& f : functions_) {
          if (f.name.rfind("apply", 0) == 0)
            apply = f.name;
        }
        if (apply.empty()) {
          Function f;
          f.name = apply = fresh("apply");
          f.hasParam = true;  // g: func
          defineFunction([&] { line("func " + apply + "(g: func) {\n    g();\n}"); });
          functions_.push_back(f);
        }
        line("let " + name + ": func = func() {");
        Body inner = closureBody(body, {}, remaining(body));
        inner.canSpawn = false;
        ++indent_;
        statements(inner, 1);
        --indent_;
        line("};");
        line(apply + "(" + name + ");");
        body.cost += inner.cost;
        return;
      }
    }
  }

  // A call of a function with an object parameter (objects are passed by reference) and
  // bool, string and list ones, with a bool result.
  void objectCall(Body& body) {
    int kind = rng_.below(3);
    std::string object;
    std::string type;
    std::string use;
    std::string counter = rng_.pick(ints_);
    if (kind == 0) {  // mutex
      object = pickMutex(body);
      type = "mutex";
      use = Cat() << "    obj.lock();\n    " << counter << " = " << counter
                  << " + 1;\n    obj.unlock();";
    } else if (kind == 1) {  // once
      std::vector<Local> locals = visible(body, Kind::Once);
      if (!onces_.empty() && rng_.chance(60)) {
        object = onces_[0];
      } else if (!locals.empty()) {
        object = rng_.pick(locals).name;
      } else {
        object = fresh("once");
        line("let " + object + " = new once;");
        addLocal(body, object, Kind::Once, false);
      }
      type = "once";
      use = Cat() << "    obj.do(" << makeInit(false, false).name << ");";
    } else {  // channel
      std::string capacity = std::to_string(rng_.below(3));
      object = fresh("ch");
      line(Cat() << "let " << object << ": chan(" << capacity << ") = new chan(" << capacity
                 << ");");
      addLocal(body, object, Kind::Chan, false);
      type = "chan(" + capacity + ")";
      use = capacity == "0" ? "    obj.close();" : "    obj.send(1);\n    obj.close();";
    }
    std::string name = fresh("with");
    defineFunction([&] {
      line(Cat() << "func " << name << "(obj: " << type
                 << ", flag: bool, label: string, xs: list) -> bool {");
      line(use);
      line("    assert label != \"none\" && len(xs) >= 0;");
      line("    return !flag;");
      line("}");
    });
    body.cost += 3;
    std::string flag = rng_.chance(50) ? "true" : "false";
    if (rng_.chance(50))
      return line(Cat() << "assert " << name << "(" << object << ", " << flag << ", \"a\", [1]);");
    std::string result = fresh("v");
    line(Cat() << "let " << result << ": bool = " << name << "(" << object << ", " << flag << ", "
               << stringLiteral() << ", []);");
    addLocal(body, result, Kind::Bool, true);
  }

  // Arithmetic that can divide by zero or overflow at run time.
  void arith(Body& body) {
    std::string name = fresh("q");
    switch (rng_.below(4)) {
      case 0:
        ++body.cost;
        line(Cat() << "let " << name << " = 6 / " << readableInt() << ";");
        break;
      case 1:
        line(Cat() << "let " << name << " = " << intExpr(body, 1) << " % " << intExpr(body, 1)
                   << ";");
        break;
      case 2:
        line(Cat() << "let " << name << " = 4611686018427387904 * " << intExpr(body, 1) << ";");
        break;
      default:
        line(Cat() << "let " << name << " = -" << intExpr(body, 1) << " * 3 - 1;");
        break;
    }
    addLocal(body, name, Kind::Int, true);
  }

  Rng rng_;
  std::uint64_t seed_;
  RandomProgramOptions options_;
  std::string* out_ = nullptr;
  int indent_ = 0;
  int counter_ = 0;

  std::vector<std::string> ints_, bools_, strings_, lists_, funcs_, atomicInts_, atomicBools_,
      onces_, mutexes_, waitGroups_, chans_, uninitialized_;
  std::string spinlock_;
  // Section 4b: the objects (empty when not declared), the cond's mutex and the int global
  // its waiters re-check, the arrays (int cells, atomic int cells), their length as written
  // in declarations and as a number, and the int constants.
  std::string rwMutex_, rMutex_, cond_, condMutex_, condFlag_;
  std::string intArray_, atomicArray_, arraySize_;
  int arrayLength_ = 0;
  std::vector<std::string> intConsts_;
  std::string relockHelper_;
  Plan plan_ = Plan::AtomicWait;
  std::string plannedAtomic_;
  int rolesGiven_ = 0;
  std::string globals_;
  std::string functionsText_;
  std::deque<Function> functions_;  // a deque: references to it stay valid as it grows
  int totalThreads_ = 2;
  int spawnsLeft_ = 0;
  int maxThreads_ = 0;
  bool usedWhile_ = false;
  bool usedRecursion_ = false;
  bool pub_ = false;
  bool use_ = false;
};

}  // namespace

std::string randomProgram(std::uint64_t seed, const RandomProgramOptions& options) {
  return Generator(seed, options).run();
}

}  // namespace initcheck
