// The unfolder's value instructions: constants, slots, memory dispatch, operators over Int
// terms (64-bit overflow, division by zero and C++ truncating division as the explicit
// executor has them), and lists of concrete length indexed by possibly symbolic indices.
#include <limits>

#include "sema/integer_arithmetic.hpp"
#include "symbolic/walker.hpp"

namespace initcheck::symbolic {

namespace {

using B = ast::BinaryOperator;

std::size_t slot(const Instr& instr) {
  return static_cast<std::size_t>(instr.a);
}

z3::expr outOfRange(z3::context& context, const z3::expr& value) {
  return value < context.int_val(std::numeric_limits<std::int64_t>::min()) ||
         value > context.int_val(std::numeric_limits<std::int64_t>::max());
}

// C++ division truncates toward zero; SMT-LIB div does not for negative dividends.
z3::expr truncatingDivision(const z3::expr& a, const z3::expr& b) {
  return z3::ite(a >= 0, a / b, -((-a) / b));
}

bool sameScalarTag(const std::vector<SymValue>& items, ValueTag tag) {
  for (const SymValue& item : items) {
    if (item.tag != tag || !item.isScalar())
      return false;
  }
  return isScalarTag(tag);
}

}  // namespace

bool Walker::execBasic(PathState& s, const Instr& instr) {
  switch (instr.op) {
    case Op::PushInt:
      s.push(SymValue::scalar(ValueTag::Int, context_.int_val(instr.a)));
      return true;
    case Op::PushBool:
      s.push(SymValue::scalar(ValueTag::Bool, context_.bool_val(instr.a != 0)));
      return true;
    case Op::PushString:
      s.push(SymValue::scalar(ValueTag::String, context_.int_val(instr.a)));
      return true;
    case Op::PushNone:
      s.push(SymValue::none());
      return true;
    case Op::PushFunc:
      s.push(SymValue::closure(static_cast<BodyId>(instr.a), {}));
      return true;
    case Op::LoadLocal:
    case Op::LoadRaw:
      s.push(s.top().slots[slot(instr)]);
      return true;
    case Op::StoreLocal:
      s.top().slots[slot(instr)] = s.pop();
      return true;
    case Op::NewShared: {
      LocationId id = allocate(slotName(s.top(), instr.a), s.pop());
      s.top().slots[slot(instr)] = SymValue::reference(ValueTag::Location, id);
      return true;
    }
    case Op::NewSharedEmpty: {
      LocationId id = allocate(slotName(s.top(), instr.a), std::nullopt);
      s.top().slots[slot(instr)] = SymValue::reference(ValueTag::Location, id);
      return true;
    }
    case Op::LoadShared:
    case Op::LoadGlobal:
      return readShared(s, slotLocation(s, instr), instr);
    case Op::PeekShared:
    case Op::PeekGlobal:
      return peekShared(s, slotLocation(s, instr), instr);
    case Op::StoreShared:
    case Op::StoreGlobal:
      return writeShared(s, slotLocation(s, instr), s.pop(), instr);
    case Op::Pop:
      s.pop();
      return true;
    case Op::Unary:
      return execUnary(s, instr);
    case Op::Binary:
      return execBinary(s, instr);
    case Op::MakeList:
      s.push(SymValue::list(s.popMany(instr.a)));
      return true;
    case Op::Index:
      return execIndex(s, instr);
    case Op::ListSet:
      return execListSet(s, instr);
    case Op::Len: {
      SymValue list = s.pop();
      if (!expectTag(s, list, ValueTag::List, instr))
        return false;
      auto length = static_cast<std::int64_t>(list.items.size());
      s.push(SymValue::scalar(ValueTag::Int, context_.int_val(length)));
      return true;
    }
    case Op::Append: {
      SymValue value = s.pop();
      SymValue list = s.pop();
      if (!expectTag(s, list, ValueTag::List, instr))
        return false;
      list.items.push_back(std::move(value));
      s.push(std::move(list));
      return true;
    }
    case Op::MakeClosure:
      return execMakeClosure(s, instr);
    case Op::NewObject:
      return execNewObject(s, instr);
    case Op::Method:
      return execMethod(s, instr);
    case Op::Atomic:
      return execAtomic(s, instr);
    case Op::Fence:
      return execFence(s, instr);
    case Op::OnceFinish:
      return execOnceFinish(s, instr);
    case Op::LoadCell:
    case Op::StoreCell:
    case Op::PeekCell:
      return execCell(s, instr);
    case Op::AtomicWaitResume:
      return execAtomicWaitResume(s, instr);
    case Op::CondResume:
      return execCondResume(s, instr);
    case Op::LockResume:
      return execLockResume(s, instr);
    default:
      return unsupported("instruction " + std::to_string(static_cast<int>(instr.op)),
                         instr.position);
  }
}

bool Walker::execUnary(PathState& s, const Instr& instr) {
  SymValue operand = s.pop();
  if (static_cast<ast::UnaryOperator>(instr.a) == ast::UnaryOperator::Not) {
    if (!expectTag(s, operand, ValueTag::Bool, instr))
      return false;
    s.push(SymValue::scalar(ValueTag::Bool, (!*operand.term).simplify()));
    return true;
  }
  if (!expectTag(s, operand, ValueTag::Int, instr))
    return false;
  const z3::expr& a = *operand.term;
  if (static_cast<ast::UnaryOperator>(instr.a) == ast::UnaryOperator::BitNot) {
    s.push(
        SymValue::scalar(ValueTag::Int, (-a - 1).simplify()));  // two's complement: never overflows
    return true;
  }
  if (!runtimeError(s, a == context_.int_val(std::numeric_limits<std::int64_t>::min()), instr,
                    "overflow"))
    return false;
  s.push(SymValue::scalar(ValueTag::Int, (-a).simplify()));
  return true;
}

bool Walker::execBinary(PathState& s, const Instr& instr) {
  SymValue right = s.pop();
  SymValue left = s.pop();
  auto op = static_cast<B>(instr.a);
  if (!isIntegerOperator(op))
    return execCompare(s, instr, left, right);
  if (!expectTag(s, left, ValueTag::Int, instr) || !expectTag(s, right, ValueTag::Int, instr))
    return false;
  std::optional<z3::expr> result = integerOperation(s, instr, op, *left.term, *right.term);
  if (!result)
    return false;
  s.push(SymValue::scalar(ValueTag::Int, *result));
  return true;
}

// Bitwise operators. Z3 solves int2bv/bv2int slowly, so with one operand a constant they are
// linear integer arithmetic instead: bit i of a (two's complement, any sign) is
// (a div 2^i) mod 2 (SMT-LIB div floors for a positive divisor), and
//   a & c = sum of 2^i * bit i of a over the bits of c           (c >= 0)
//         = a - (a & ~c)                                          (c < 0; ~c >= 0)
//   a | c = a + c - (a & c),   a ^ c = a + c - 2 (a & c),
//   a >> c = a div 2^c,        a << c = ((a * 2^c + 2^63) mod 2^64) - 2^63.
// Otherwise bit by bit, each bit of each operand such a linear term.
namespace {

constexpr int kMaxLinearBits = 8;

z3::expr powerOfTwo(z3::context& context, int bits) {
  return context.int_val(static_cast<std::uint64_t>(1) << bits);
}

// a & c for a constant c >= 0 of at most kMaxLinearBits bits, as a linear term.
std::optional<z3::expr> maskTerm(const z3::expr& a, std::int64_t c) {
  if (c < 0 || __builtin_popcountll(static_cast<unsigned long long>(c)) > kMaxLinearBits)
    return std::nullopt;
  z3::context& context = a.ctx();
  z3::expr sum = context.int_val(0);
  for (int i = 0; i < 63; ++i) {
    if ((c >> i & 1) != 0)
      sum = sum + powerOfTwo(context, i) * z3::mod(a / powerOfTwo(context, i), 2);
  }
  return sum;
}

std::optional<z3::expr> andConstant(const z3::expr& a, std::int64_t c) {
  if (c >= 0)
    return maskTerm(a, c);
  std::optional<z3::expr> cleared = maskTerm(a, ~c);
  if (!cleared)
    return std::nullopt;
  return a - *cleared;
}

std::optional<z3::expr> linearBitwise(ast::BinaryOperator op, const z3::expr& a,
                                      const z3::expr& b) {
  std::int64_t c = 0;
  const z3::expr* other = &a;
  if (!b.simplify().is_numeral_i64(c)) {
    if (!a.simplify().is_numeral_i64(c))
      return std::nullopt;
    other = &b;
  }
  std::optional<z3::expr> both = andConstant(*other, c);
  if (!both)
    return std::nullopt;
  z3::expr constant = a.ctx().int_val(c);
  if (op == B::BitAnd)
    return *both;
  if (op == B::BitOr)
    return *other + constant - *both;
  return *other + constant - 2 * *both;
}

// Both operands symbolic: bit by bit, each bit a linear term (bit 63 weighs -2^63).
z3::expr bitByBit(ast::BinaryOperator op, const z3::expr& a, const z3::expr& b) {
  z3::context& context = a.ctx();
  z3::expr sum = context.int_val(0);
  for (int i = 0; i < 64; ++i) {
    z3::expr x = z3::mod(a / powerOfTwo(context, i), 2) == 1;
    z3::expr y = z3::mod(b / powerOfTwo(context, i), 2) == 1;
    z3::expr bit = op == B::BitAnd ? (x && y) : op == B::BitOr ? (x || y) : (x != y);
    z3::expr weight = i < 63 ? powerOfTwo(context, i) : -powerOfTwo(context, 62) * 2;
    sum = sum + z3::ite(bit, weight, context.int_val(0));
  }
  return sum;
}

}  // namespace

z3::expr Walker::bitwiseTerm(ast::BinaryOperator op, const z3::expr& a, const z3::expr& b) {
  if (std::optional<z3::expr> linear = linearBitwise(op, a, b))
    return linear->simplify();
  return bitByBit(op, a, b).simplify();
}

// a << c, a >> c (arithmetic) for a constant c in 0..63.
z3::expr Walker::shiftByConstant(ast::BinaryOperator op, const z3::expr& a, int c) {
  z3::context& context = a.ctx();
  z3::expr scale = context.int_val(static_cast<std::uint64_t>(1) << c);
  if (op == B::ShiftRight)
    return a / scale;
  z3::expr half = context.int_val(static_cast<std::uint64_t>(1) << 63);
  return z3::mod(a * scale + half, half * 2) - half;
}

// a << b, a >> b, b in 0..63 (the caller has cut the rest as a runtime error): a symbolic b
// selects among the 64 constant shifts.
z3::expr Walker::shiftTerm(ast::BinaryOperator op, const z3::expr& a, const z3::expr& b) {
  std::int64_t c = 0;
  if (b.simplify().is_numeral_i64(c) && c >= 0 && c < 64)
    return shiftByConstant(op, a, static_cast<int>(c)).simplify();
  z3::expr result = shiftByConstant(op, a, 63);
  for (int k = 62; k >= 0; --k)
    result = z3::ite(b == k, shiftByConstant(op, a, k), result);
  return result.simplify();
}

// The result of an int operator as sema/integer_arithmetic.cpp defines it, its runtime errors
// (overflow, division or modulo by zero, shift out of range) as Halts; nullopt when no path goes
// on.
std::optional<z3::expr> Walker::integerOperation(PathState& s, const Instr& instr,
                                                 ast::BinaryOperator op, const z3::expr& a,
                                                 const z3::expr& b) {
  std::optional<z3::expr> result;
  if (op == B::BitAnd || op == B::BitOr || op == B::BitXor)
    return bitwiseTerm(op, a, b);
  if (op == B::ShiftLeft || op == B::ShiftRight) {
    if (!runtimeError(s, b < 0 || b >= 64, instr, "shift out of range"))
      return std::nullopt;
    return shiftTerm(op, a, b);
  }
  if (op == B::Add || op == B::Subtract || op == B::Multiply) {
    result = op == B::Add ? a + b : op == B::Subtract ? a - b : a * b;
    result = result->simplify();
    if (!runtimeError(s, outOfRange(context_, *result), instr, "overflow"))
      return std::nullopt;
  } else {
    const char* kind = op == B::Divide ? "division by zero" : "modulo by zero";
    if (!runtimeError(s, b == 0, instr, kind))
      return std::nullopt;
    z3::expr minimum = context_.int_val(std::numeric_limits<std::int64_t>::min());
    if (!runtimeError(s, a == minimum && b == -1, instr, "overflow"))
      return std::nullopt;
    z3::expr quotient = truncatingDivision(a, b);
    result = (op == B::Divide ? quotient : a - b * quotient).simplify();
  }
  return result;
}

bool Walker::execCompare(PathState& s, const Instr& instr, const SymValue& left,
                         const SymValue& right) {
  auto op = static_cast<B>(instr.a);
  if (op == B::Equal || op == B::NotEqual) {
    z3::expr equal = valuesEqual(context_, left, right);
    s.push(SymValue::scalar(ValueTag::Bool, (op == B::Equal ? equal : !equal).simplify()));
    return true;
  }
  if (!expectTag(s, left, ValueTag::Int, instr) || !expectTag(s, right, ValueTag::Int, instr))
    return false;
  const z3::expr& a = *left.term;
  const z3::expr& b = *right.term;
  z3::expr result = op == B::Less        ? a < b
                    : op == B::LessEqual ? a <= b
                    : op == B::Greater   ? a > b
                                         : a >= b;
  s.push(SymValue::scalar(ValueTag::Bool, result.simplify()));
  return true;
}

bool Walker::checkIndex(PathState& s, const Instr& instr, const SymValue& list,
                        const SymValue& index) {
  if (!expectTag(s, list, ValueTag::List, instr) || !expectTag(s, index, ValueTag::Int, instr))
    return false;
  auto length = static_cast<std::int64_t>(list.items.size());
  const z3::expr& i = *index.term;
  return runtimeError(s, i < 0 || i >= context_.int_val(length), instr, "index out of range");
}

bool Walker::execIndex(PathState& s, const Instr& instr) {
  SymValue index = s.pop();
  SymValue list = s.pop();
  if (!checkIndex(s, instr, list, index))
    return false;
  std::int64_t at = 0;
  if (index.term->simplify().is_numeral_i64(at)) {
    s.push(list.items[static_cast<std::size_t>(at)]);
    return true;
  }
  ValueTag tag = list.items.front().tag;
  if (sameScalarTag(list.items, tag)) {
    z3::expr value = scalarTerm(context_, list.items.back());
    for (std::size_t k = list.items.size() - 1; k-- > 0;)
      value =
          z3::ite(*index.term == static_cast<int>(k), scalarTerm(context_, list.items[k]), value);
    s.push(SymValue::scalar(tag, value.simplify()));
    return true;
  }
  return branch(s, list.items.size(), [&](PathState& b, std::size_t k) {
    b.guard = (b.guard && *index.term == static_cast<int>(k)).simplify();
    b.push(list.items[k]);
    return !b.guard.is_false();
  });
}

bool Walker::execListSet(PathState& s, const Instr& instr) {
  SymValue list = s.pop();
  SymValue value = s.pop();
  SymValue index = s.pop();
  if (!checkIndex(s, instr, list, index))
    return false;
  std::int64_t at = 0;
  if (index.term->simplify().is_numeral_i64(at)) {
    list.items[static_cast<std::size_t>(at)] = std::move(value);
    s.push(std::move(list));
    return true;
  }
  if (sameScalarTag(list.items, value.tag)) {
    for (std::size_t k = 0; k < list.items.size(); ++k) {
      z3::expr item = z3::ite(*index.term == static_cast<int>(k), scalarTerm(context_, value),
                              scalarTerm(context_, list.items[k]));
      list.items[k] = SymValue::scalar(value.tag, item.simplify());
    }
    s.push(std::move(list));
    return true;
  }
  return branch(s, list.items.size(), [&](PathState& b, std::size_t k) {
    b.guard = (b.guard && *index.term == static_cast<int>(k)).simplify();
    SymValue updated = list;
    updated.items[k] = value;
    b.push(std::move(updated));
    return !b.guard.is_false();
  });
}

}  // namespace initcheck::symbolic
