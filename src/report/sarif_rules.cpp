// The SARIF rules (see sarif_rules.hpp): what each property means and how its violations are
// usually fixed. The help is written once in Markdown; the plain-text help drops the backticks.
#include "report/sarif_rules.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

namespace initcheck {

namespace {

using nlohmann::ordered_json;

struct RuleText {
  std::string_view id;
  std::string_view shortDescription;
  std::string_view fullDescription;  // what the property means
  std::vector<std::string_view> fixes;
};

// In the order of PropertyKind; spec_error last.
const std::array<RuleText, 11>& ruleTexts() {
  static const std::array<RuleText, 11> texts = {{
      {"race",
       "Two threads access a shared location without ordering, and at least one writes.",
       "Two accesses to the same non-atomic shared location (a global, or a local captured by "
       "reference) from different threads, at least one of them a write, where neither "
       "happens-before the other. The result names both accesses; the execution goes on.",
       {"Order the two accesses: initialize inside `o.do(f)` and let every reader go through the "
        "same once, hold the same `mutex` around both accesses, or hand the value over a channel "
        "(`send`/`recv`, `close`), a wait group (`add`/`done` before `wait`) or `join`.",
        "Or make the flag `atomic` and publish with a `release` store that readers see with an "
        "`acquire` load; a `relaxed` flag orders nothing.",
        "In a double-checked lock, the unlocked fast-path check must be an `acquire` load of an "
        "atomic flag set with a `release` store after the initialization."}},
      {"deadlock",
       "Some thread has not finished and no thread can move.",
       "A state where some thread has not finished and none can move: each blocked thread waits "
       "for a once whose function is running (possibly in the same thread, on re-entry), a lock "
       "and its holder (a mutex, rwmutex or rmutex), a channel, a wait group and its count, an "
       "`await` condition, a notify on an atomic it waits on, or a signal on a cond.",
       {"Do not call `o.do` from inside the function the same once is running.",
        "Take locks in one global order, and release every lock on every path.",
        "Make sure every `recv` has a matching `send` or `close`, and that a wait group's `done` "
        "calls match its `add` count.",
        "Notify (or signal) after the write the waiter waits for, and wait only after checking "
        "the value under the same protocol: a notify before the write is a lost wake-up."}},
      {"assertion",
       "An assertion evaluated to false.",
       "`assert e;` evaluated to false in some interleaving. The execution ends there.",
       {"Check the trace for the interleaving that breaks the assumption, then order the steps "
        "it relies on (once, mutex, channel, wait group, `join`, or release/acquire atomics).",
        "If the assertion is wrong rather than the code, correct the assertion."}},
      {"init_before_use",
       "A global without an initializer is read before a write to it happens-before the read.",
       "For every global declared without an initializer, each read must have a write to it "
       "that happens-before the read. A read with no write at all ends the execution; a read "
       "whose write exists but is not ordered before it is reported and the execution goes on.",
       {"Give the global an initializer, or initialize it in `o.do(f)` and read it only after "
        "the same `o.do(f)`.",
        "Publish the write to the reader: a `release` store of a flag read with an `acquire` "
        "load, a channel, a wait group, a mutex or `join`; a `relaxed` flag publishes nothing."}},
      {"runtime_error",
       "An operation failed at run time.",
       "Division or modulo by zero, an index out of range, integer overflow, unlocking an "
       "unlocked mutex, a negative wait group counter, sending on or closing a closed channel, or "
       "a value of the wrong type. The execution ends there.",
       {"Guard the operation on every path the trace shows, e.g. unlock only a mutex this "
        "thread locked, close a channel once (inside `o.do(f)`), and balance `add` and `done`."}},
      {"single_init",
       "An init func ran more than once for the same arguments.",
       "`check single_init(f);`: in every execution, the init func `f` runs at most once per "
       "distinct argument tuple (a parameterless `f` at most once).",
       {"Guard the initialization with a once: `o.do(f)` runs `f` exactly once however many "
        "threads call it.",
        "With a flag instead, test and set it under the same `mutex` (check again after taking "
        "the lock), or claim it with an atomic `cas`; a plain check-then-act lets two threads "
        "both see the flag unset."}},
      {"exactly_once",
       "An init func did not run exactly once.",
       "`check exactly_once(f);` or `check exactly_once(f(args));`: `f` runs at most once, and at "
       "least once in every finished execution (one that ended because all threads finished).",
       {"Guard the call with `o.do(f)` so it cannot run twice.",
        "Make sure every path that finishes reaches the call: a branch that skips it, or a "
        "thread that returns early, leaves the value uninitialized."}},
      {"happens_before",
       "A labelled statement ran without its required predecessor happening-before it.",
       "`check happens_before(a, b);`: every execution of a statement labelled `@b` has some "
       "execution of a statement labelled `@a` that happens-before it.",
       {"Order `@a` before `@b`: `join` the thread that runs `@a`, or synchronize through a "
        "channel, a wait group, a once, a mutex or a `release` store read by an `acquire` "
        "load; being earlier in one interleaving is not enough."}},
      {"final",
       "A condition over the globals does not hold when the program finishes.",
       "`check final e;`: when the program has finished, `e` (over globals) holds.",
       {"Look for lost updates and missing steps in the trace: make read-modify-write updates "
        "atomic (`add`, `cas`) or protect them with a mutex, and `join` or `wait` for every "
        "thread before the end."}},
      {"livelock",
       "A spin loop can never exit.",
       "Some thread waits in a spin, a loop iteration that only reads and changes nothing, and "
       "no write that any thread can still make lets the loop exit, while every other thread has "
       "finished or is blocked. The result names the spin, the locations it waits on and the "
       "values it read.",
       {"Make sure the write the spin waits for happens on every path, including the paths "
        "where the writer fails or returns early.",
        "Where the real code parks the waiter (a futex, `a.wait(v)`, a condition variable), "
        "notify after the write, and re-check the value before waiting: a wake-up sent before "
        "the wait is lost."}},
      {kSpecErrorRuleId,
       "The spec was rejected.",
       "The file is not a valid initcheck spec (a syntax error, an unknown name, a type error, or "
       "an invalid `check`, `expect` or `option` item), so nothing was checked.",
       {"Fix the error at the reported position; the notes next to it say more. The spec "
        "language is described in docs/language.md."}},
  }};
  return texts;
}

// "init_before_use" -> "InitBeforeUse".
std::string camelCase(std::string_view id) {
  std::string name;
  bool upper = true;
  for (char c : id) {
    if (c == '_') {
      upper = true;
      continue;
    }
    name += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    upper = false;
  }
  return name;
}

std::string helpMarkdown(const RuleText& rule) {
  std::string markdown = std::string(rule.fullDescription) + "\n\nUsual fixes:\n";
  for (std::string_view fix : rule.fixes)
    markdown += "\n- " + std::string(fix);
  return markdown + "\n";
}

std::string withoutBackticks(std::string text) {
  text.erase(std::remove(text.begin(), text.end(), '`'), text.end());
  return text;
}

ordered_json ruleJson(const RuleText& rule) {
  std::string markdown = helpMarkdown(rule);
  return {{"id", rule.id},
          {"name", camelCase(rule.id)},
          {"shortDescription", {{"text", rule.shortDescription}}},
          {"fullDescription", {{"text", withoutBackticks(std::string(rule.fullDescription))}}},
          {"help", {{"text", withoutBackticks(markdown)}, {"markdown", markdown}}},
          {"defaultConfiguration", {{"level", "error"}}}};
}

std::size_t ruleIndex(std::string_view id) {
  const auto& texts = ruleTexts();
  auto found =
      std::find_if(texts.begin(), texts.end(), [&](const RuleText& rule) { return rule.id == id; });
  return static_cast<std::size_t>(found - texts.begin());
}

}  // namespace

ordered_json sarifRules() {
  ordered_json rules = ordered_json::array();
  for (const RuleText& rule : ruleTexts())
    rules.push_back(ruleJson(rule));
  return rules;
}

std::size_t sarifRuleIndex(PropertyKind kind) {
  return ruleIndex(propertyName(kind));
}

std::size_t sarifSpecErrorRuleIndex() {
  return ruleIndex(kSpecErrorRuleId);
}

}  // namespace initcheck
