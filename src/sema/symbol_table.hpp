// The symbol table: every name a spec declares, the code bodies that own them, and the facts
// the engines need about each (type, owner, whether it is shared memory).
//
// Ids: `SymbolId` (the AST's resolved fields hold them) indexes `symbols()`; `BodyId` indexes
// `bodies()`. A body is a piece of code that runs with its own locals: a declared function, a
// thread, a closure, or a `go { ... }` block. Every local, parameter, loop variable, go handle
// and label has the body that declares it as `owner`; top-level items have `kNoBody`.
//
// Captures are recorded twice: in the AST (`Closure::captures`, `GoStmt::captures`) and in the
// closure's Body. A capture names the *enclosing* variable. Inside the closure the name resolves
// to that same SymbolId: an engine keeps an environment per closure keyed by SymbolId, binding a
// by-reference capture to the creator's location and a by-value capture to a fresh copy.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "parser/ast.hpp"
#include "sema/types.hpp"
#include "support/source_position.hpp"

namespace initcheck {

using ast::kUnresolved;
using ast::SymbolId;

using BodyId = std::int32_t;
constexpr BodyId kNoBody = -1;

enum class SymbolKind {
  Builtin,       // `len`, `append` (not keywords: a declaration may shadow them)
  Global,        // `var`
  Function,      // `func f`
  InitFunction,  // `init func f`
  Thread,        // `thread t`
  Local,         // `let`
  Parameter,     // of a function or closure
  LoopVariable,  // `for x in ...`
  GoHandle,      // `let t = go ...`
  Label,         // `@a` (a namespace of its own)
  Constant,      // `const NAME = e;` (v2 section 4b)
};

// The value of a `const`: an int, a bool or a string.
using ConstantValue = std::variant<std::int64_t, bool, std::string>;

std::string_view symbolKindName(SymbolKind kind);

// The parameter types and result (Void when none) of a declared function or closure.
struct Signature {
  std::vector<ValueType> parameters;
  ValueType result = ValueType::of(ValueKind::Void);
};

struct Symbol {
  SymbolId id = kUnresolved;
  std::string name;
  SymbolKind kind = SymbolKind::Local;
  // A variable's type (`atomic` included), Func for functions, Handle for go handles,
  // Unknown for builtins, threads and labels.
  ValueType type;
  std::optional<Signature> signature;     // functions and init functions
  std::optional<ConstantValue> constant;  // constants: the value
  SourcePosition position;                // the declaring name
  BodyId owner = kNoBody;                 // the body that declares it
  BodyId body = kNoBody;                  // functions and threads: their own body

  // Some closure or `go {}` block captures it by reference, so it is a shared memory location:
  // its reads and writes are visible steps and take part in race detection.
  bool capturedByReference = false;
  bool sharedLoopVariable = false;  // `for shared x in ...`: one variable for the whole loop
  // A global without `= expr` (objects excepted: they are created ready to use), so
  // init_before_use applies to it.
  bool uninitialized = false;
  // Labels: the position of every statement that carries the label. A label may be repeated
  // (conformance 14 labels a statement in each of two threads `@use`); one symbol stands for
  // all of them, declared at the first.
  std::vector<SourcePosition> labelledStatements;

  bool isVariable() const;    // global, local, parameter or loop variable
  bool isFunction() const;    // function or init function
  bool isLocalValue() const;  // a variable or handle owned by a body (can be captured)
};

enum class BodyKind { Function, Thread, Closure, GoBlock };

struct Body {
  BodyId id = kNoBody;
  BodyKind kind = BodyKind::Function;
  SymbolId symbol = kUnresolved;  // the function or thread; kUnresolved for closures, go blocks
  BodyId parent = kNoBody;        // the enclosing body of a closure or go block
  // Where it starts: a function's or thread's name, a closure's `func`, a go block's `{`.
  SourcePosition position;
  ValueType result = ValueType::of(ValueKind::Void);
  std::vector<SymbolId> valueCaptures;  // the `func[a, b]` list, resolved
  std::vector<ast::Capture> captures;   // as in the AST node
  // By-value captures that a nested closure captures by reference: the copy is then a shared
  // location (the original is not).
  std::vector<SymbolId> sharedCopies;
};

class SymbolTable {
 public:
  SymbolId add(Symbol symbol);
  Symbol& at(SymbolId id) { return symbols_.at(static_cast<std::size_t>(id)); }
  const Symbol& at(SymbolId id) const { return symbols_.at(static_cast<std::size_t>(id)); }
  const std::vector<Symbol>& symbols() const { return symbols_; }
  std::size_t size() const { return symbols_.size(); }

  BodyId addBody(Body body);
  Body& body(BodyId id) { return bodies_.at(static_cast<std::size_t>(id)); }
  const Body& body(BodyId id) const { return bodies_.at(static_cast<std::size_t>(id)); }
  const std::vector<Body>& bodies() const { return bodies_; }
  // The body starting at `position` (see Body::position), if any.
  std::optional<BodyId> bodyAt(SourcePosition position) const;

  // A global, function or thread by name; kUnresolved if none.
  SymbolId findTopLevel(std::string_view name) const;
  SymbolId findLabel(std::string_view name) const;
  // All symbols of one kind, in declaration order.
  std::vector<SymbolId> ofKind(SymbolKind kind) const;

 private:
  std::vector<Symbol> symbols_;
  std::vector<Body> bodies_;
  std::map<SourcePosition, BodyId> bodiesByPosition_;
};

}  // namespace initcheck
