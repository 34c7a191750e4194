// The abstract syntax tree of a `.ic` spec (LANGUAGE.md sections 1-2).
//
// This is the parser's one output and the model's one input. It is plain C++ (no Spirit
// types), so the layers above the parser never see Boost.Spirit. Every node carries the
// position of its first character; nodes are values (copyable, comparable), with `Box`
// holding recursive children.
//
// The semantic checker (src/model) fills the fields marked "resolved:"; the parser leaves
// them at their defaults, and they take no part in equality (so `fmt` round trips compare
// the syntax only).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "support/source_position.hpp"

namespace initcheck::ast {

// A heap-held child with value semantics: copying copies the child, == compares it.
template <class T>
class Box {
 public:
  Box() : ptr_(std::make_unique<T>()) {}
  Box(T value) : ptr_(std::make_unique<T>(std::move(value))) {}  // NOLINT: implicit by design
  Box(const Box& other) : ptr_(std::make_unique<T>(*other.ptr_)) {}
  Box(Box&&) noexcept = default;
  Box& operator=(const Box& other) {
    if (this != &other)
      ptr_ = std::make_unique<T>(*other.ptr_);
    return *this;
  }
  Box& operator=(Box&&) noexcept = default;
  ~Box() = default;

  T& operator*() { return *ptr_; }
  const T& operator*() const { return *ptr_; }
  T* operator->() { return ptr_.get(); }
  const T* operator->() const { return ptr_.get(); }
  T& get() { return *ptr_; }
  const T& get() const { return *ptr_; }

  bool operator==(const Box& other) const { return *ptr_ == *other.ptr_; }

 private:
  std::unique_ptr<T> ptr_;
};

// A name as written, with its position.
struct Identifier {
  std::string name;
  SourcePosition position;

  bool operator==(const Identifier& other) const { return name == other.name; }
};

enum class TypeKind {
  Int,
  Bool,
  String,
  List,
  Func,
  Once,
  Mutex,
  WaitGroup,
  Chan,
  RwMutex,
  RMutex,
  Cond
};

// A type as written: `int`, ..., `chan(N)`. `atomic` is a property of a global, not a type.
struct Type {
  TypeKind kind = TypeKind::Int;
  std::int64_t channelCapacity = 0;  // only for TypeKind::Chan
  SourcePosition position;

  bool operator==(const Type& other) const {
    return kind == other.kind && channelCapacity == other.channelCapacity;
  }
};

enum class MemoryOrder { Relaxed, Acquire, Release, AcqRel, SeqCst };

enum class UnaryOperator { Not, Negate, BitNot };

enum class BinaryOperator {
  Or,
  And,
  Equal,
  NotEqual,
  Less,
  LessEqual,
  Greater,
  GreaterEqual,
  Add,
  Subtract,
  Multiply,
  Divide,
  Modulo,
  BitAnd,  // v2 section 4b: C's bitwise operators on int
  BitOr,
  BitXor,
  ShiftLeft,
  ShiftRight,
};

struct Expr;
struct Block;

struct IntLiteral {
  std::int64_t value = 0;  // non-negative; `-7` is Negate applied to 7
  bool operator==(const IntLiteral&) const = default;
};

struct BoolLiteral {
  bool value = false;
  bool operator==(const BoolLiteral&) const = default;
};

struct StringLiteral {
  std::string value;  // unescaped contents
  bool operator==(const StringLiteral&) const = default;
};

// What a name resolves to; filled by the semantic checker.
using SymbolId = std::int32_t;
constexpr SymbolId kUnresolved = -1;

struct NameRef {
  std::string name;
  SymbolId symbol = kUnresolved;  // resolved: the symbol this name denotes
  bool operator==(const NameRef& other) const { return name == other.name; }
};

struct ListLiteral {
  std::vector<Expr> elements;
  bool operator==(const ListLiteral&) const = default;
};

struct Unary {
  UnaryOperator op = UnaryOperator::Not;
  Box<Expr> operand;
  bool operator==(const Unary&) const = default;
};

struct Binary {
  BinaryOperator op = BinaryOperator::Add;
  Box<Expr> left;
  Box<Expr> right;
  bool operator==(const Binary&) const = default;
};

// An argument: an expression, or a memory order (atomics only).
struct Argument {
  std::variant<Box<Expr>, MemoryOrder> value;
  SourcePosition position;

  bool isOrder() const { return std::holds_alternative<MemoryOrder>(value); }
  bool operator==(const Argument& other) const { return value == other.value; }
};

// `callee(args)`: a declared function, a builtin (`len`, `append`), or a func value.
struct Call {
  Box<Expr> callee;
  std::vector<Argument> arguments;
  bool operator==(const Call&) const = default;
};

// `receiver.method(args)`: once/mutex/waitgroup/chan/atomic methods.
struct MethodCall {
  Box<Expr> receiver;
  Identifier method;
  std::vector<Argument> arguments;
  bool operator==(const MethodCall&) const = default;
};

struct Index {
  Box<Expr> base;
  Box<Expr> index;
  bool operator==(const Index&) const = default;
};

struct Parameter {
  Identifier name;
  Type type;
  SymbolId symbol = kUnresolved;  // resolved
  bool operator==(const Parameter& other) const { return name == other.name && type == other.type; }
};

// How a closure sees one outer variable; filled by the semantic checker.
struct Capture {
  SymbolId symbol = kUnresolved;
  bool byValue = false;
  bool operator==(const Capture&) const = default;
};

// `func [a, b] (params) -> type { body }`. `valueCaptures` lists the names in brackets.
struct Closure {
  bool hasCaptureList = false;  // `func[]` is legal and differs in layout from `func`
  std::vector<Identifier> valueCaptures;
  std::vector<Parameter> parameters;
  std::optional<Type> result;
  Box<Block> body;
  std::vector<Capture> captures;  // resolved: every outer variable the body uses
  bool operator==(const Closure& other) const {
    return hasCaptureList == other.hasCaptureList && valueCaptures == other.valueCaptures &&
           parameters == other.parameters && result == other.result && body == other.body;
  }
};

// `new once`, `new mutex`, `new waitgroup`, `new chan(N)`.
struct NewObject {
  Type type;
  bool operator==(const NewObject&) const = default;
};

// `choose(lo..hi)`: hi excluded.
struct ChooseRange {
  Box<Expr> low;
  Box<Expr> high;
  bool operator==(const ChooseRange&) const = default;
};

// `choose(a, b, ...)`.
struct ChooseValues {
  std::vector<Expr> values;
  bool operator==(const ChooseValues&) const = default;
};

// `( e )` as written; kept so `fmt` preserves the author's parentheses.
struct Parenthesized {
  Box<Expr> inner;
  bool operator==(const Parenthesized&) const = default;
};

using ExprNode =
    std::variant<IntLiteral, BoolLiteral, StringLiteral, NameRef, ListLiteral, Unary, Binary, Call,
                 MethodCall, Index, Closure, NewObject, ChooseRange, ChooseValues, Parenthesized>;

struct Expr {
  ExprNode node;
  SourcePosition position;  // first character

  bool operator==(const Expr& other) const { return node == other.node; }
};

struct Stmt;

struct Block {
  std::vector<Stmt> statements;
  SourcePosition position;       // the `{`
  SourcePosition closePosition;  // the `}`
  bool operator==(const Block& other) const;
};

// `let x [: T] = e;`
struct LetStmt {
  Identifier name;
  std::optional<Type> type;
  Expr value;
  SymbolId symbol = kUnresolved;  // resolved
  bool operator==(const LetStmt& other) const {
    return name == other.name && type == other.type && value == other.value;
  }
};

// `x = e;` or `x[i] = e;`
struct AssignStmt {
  Identifier target;
  std::optional<Expr> index;
  Expr value;
  SymbolId symbol = kUnresolved;  // resolved
  bool operator==(const AssignStmt& other) const {
    return target == other.target && index == other.index && value == other.value;
  }
};

// `if c { } else { }` / `else if ...`: an `else if` is an IfStmt inside `elseBranch`.
struct IfStmt {
  Expr condition;
  Block thenBlock;
  std::optional<Box<Stmt>> elseBranch;  // a Stmt holding a BlockStmt or an IfStmt
  bool operator==(const IfStmt&) const = default;
};

struct WhileStmt {
  Expr condition;
  Block body;
  bool operator==(const WhileStmt&) const = default;
};

// `for [shared] x in lo..hi { }` (high set) or `for [shared] x in LIST { }` (high empty).
struct ForStmt {
  bool shared = false;
  Identifier variable;
  Expr low;  // or the list
  std::optional<Expr> high;
  Block body;
  SymbolId symbol = kUnresolved;  // resolved: the loop variable
  bool operator==(const ForStmt& other) const {
    return shared == other.shared && variable == other.variable && low == other.low &&
           high == other.high && body == other.body;
  }
};

// `go f(args);`, `go closure(args);`, `go { ... }`, `let t = go f(args);`.
// `call` holds a Call expression, or `block` the body of `go { ... }`.
struct GoStmt {
  std::optional<Identifier> handle;  // `let t = go ...`
  std::optional<Expr> call;
  std::optional<Block> block;
  bool blockHasSemicolon = false;       // `go { ... };`
  SymbolId handleSymbol = kUnresolved;  // resolved
  std::vector<Capture> captures;        // resolved: for `go { ... }`, like a closure's
  bool operator==(const GoStmt& other) const {
    return handle == other.handle && call == other.call && block == other.block &&
           blockHasSemicolon == other.blockHasSemicolon;
  }
};

struct JoinStmt {
  Identifier handle;
  SymbolId symbol = kUnresolved;  // resolved
  bool operator==(const JoinStmt& other) const { return handle == other.handle; }
};

struct ReturnStmt {
  std::optional<Expr> value;
  bool operator==(const ReturnStmt&) const = default;
};

struct AssertStmt {
  Expr condition;
  std::optional<std::string> message;
  bool operator==(const AssertStmt&) const = default;
};

struct AssumeStmt {
  Expr condition;
  bool operator==(const AssumeStmt&) const = default;
};

struct AwaitStmt {
  Expr condition;
  bool operator==(const AwaitStmt&) const = default;
};

// `fence(ORDER);` (LANGUAGE.md section 4a): a C11 atomic_thread_fence.
struct FenceStmt {
  MemoryOrder order = MemoryOrder::SeqCst;
  SourcePosition orderPosition;
  bool operator==(const FenceStmt& other) const { return order == other.order; }
};

// `break;` and `continue;` (v2 section 4b): only inside `while` and `for`.
struct BreakStmt {
  bool operator==(const BreakStmt&) const = default;
};

struct ContinueStmt {
  bool operator==(const ContinueStmt&) const = default;
};

// A call or method call used as a statement.
struct ExprStmt {
  Expr expr;
  bool operator==(const ExprStmt&) const = default;
};

struct BlockStmt {
  Block block;
  bool operator==(const BlockStmt&) const = default;
};

using StmtNode = std::variant<LetStmt, AssignStmt, IfStmt, WhileStmt, ForStmt, GoStmt, JoinStmt,
                              ReturnStmt, AssertStmt, AssumeStmt, AwaitStmt, FenceStmt, BreakStmt,
                              ContinueStmt, ExprStmt, BlockStmt>;

struct Stmt {
  std::optional<Identifier> label;  // `@name`
  StmtNode node;
  SourcePosition position;  // first character (the `@` when labelled)
  SourcePosition end;       // just past the last character (`;` or `}`)

  bool operator==(const Stmt& other) const { return label == other.label && node == other.node; }
};

inline bool Block::operator==(const Block& other) const {
  return statements == other.statements;
}

// `var x: [atomic] T [= e];` or, an array of cells (v2 section 4b), `var xs: [N] [atomic] T [= e];`
struct GlobalDecl {
  Identifier name;
  std::optional<Expr> arrayLength;  // `[N]`: a constant expression
  bool atomic = false;
  Type type;
  std::optional<Expr> initializer;
  SymbolId symbol = kUnresolved;  // resolved
  std::int64_t length = 0;        // resolved: the array's N (0 for a scalar)
  bool operator==(const GlobalDecl& other) const {
    return name == other.name && arrayLength == other.arrayLength && atomic == other.atomic &&
           type == other.type && initializer == other.initializer;
  }
};

// `const NAME = e;` (v2 section 4b): a name for an int, bool or string computed from literals
// and earlier constants; no location, no step.
struct ConstDecl {
  Identifier name;
  Expr value;
  SymbolId symbol = kUnresolved;  // resolved
  bool operator==(const ConstDecl& other) const {
    return name == other.name && value == other.value;
  }
};

// `[init] func f(params) [-> T] { }`
struct FuncDecl {
  bool isInit = false;
  Identifier name;
  std::vector<Parameter> parameters;
  std::optional<Type> result;
  Block body;
  SymbolId symbol = kUnresolved;  // resolved
  bool operator==(const FuncDecl& other) const {
    return isInit == other.isInit && name == other.name && parameters == other.parameters &&
           result == other.result && body == other.body;
  }
};

struct ThreadDecl {
  Identifier name;
  Block body;
  SymbolId symbol = kUnresolved;  // resolved
  bool operator==(const ThreadDecl& other) const {
    return name == other.name && body == other.body;
  }
};

// `check final e;`
struct FinalProperty {
  Expr condition;
  bool operator==(const FinalProperty&) const = default;
};

// `check NAME(args);`: single_init(f), exactly_once(f) / exactly_once(f(args)),
// happens_before(a, b), init_before_use(x). Arguments are kept as expressions; the
// checker decides what each property accepts.
struct NamedProperty {
  Identifier name;
  std::vector<Argument> arguments;
  bool operator==(const NamedProperty&) const = default;
};

struct CheckItem {
  std::variant<FinalProperty, NamedProperty> property;
  bool operator==(const CheckItem&) const = default;
};

// `expect ok;` or `expect KIND;` (the kind as written; the checker validates it).
struct ExpectItem {
  Identifier kind;
  bool operator==(const ExpectItem&) const = default;
};

// `option NAME = INT;` or `option NAME = WORD;` (`option memory_model = sc;`)
using OptionValue = std::variant<std::int64_t, Identifier>;

struct OptionItem {
  Identifier name;
  OptionValue value = std::int64_t{0};
  bool operator==(const OptionItem&) const = default;
};

using ItemNode =
    std::variant<GlobalDecl, ConstDecl, FuncDecl, ThreadDecl, CheckItem, ExpectItem, OptionItem>;

struct Item {
  ItemNode node;
  SourcePosition position;  // first character
  SourcePosition end;       // just past the last character
  bool operator==(const Item& other) const { return node == other.node; }
};

// A comment as written (`// ...` or `/* ... */`, delimiters included). `ownLine` is true when
// only white space stands before it on its line. `fmt` uses them to keep every comment.
struct Comment {
  std::string text;
  SourcePosition position;
  bool ownLine = false;
  bool operator==(const Comment& other) const { return text == other.text; }
};

struct File {
  std::optional<std::string> title;  // `spec "..." ;`
  std::vector<Item> items;
  std::vector<Comment> comments;  // in source order
  bool operator==(const File&) const = default;
};

}  // namespace initcheck::ast
