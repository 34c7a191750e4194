// When a search should report its progress: at most every kProgressInterval, and never
// within the first one (quick checks show nothing). A search calls due() once per move. Moves
// take from well under a microsecond to seconds (a `choose` over a million values makes a
// million successors), so the clock is read every N moves, N adapting to keep the reads about
// a millisecond apart: between reads a move costs an increment and a compare, and with no
// callback set, one branch.
#pragma once

#include <algorithm>
#include <chrono>
#include <cstdint>

namespace initcheck {

class ProgressThrottle {
 public:
  using Clock = std::chrono::steady_clock;
  static constexpr std::chrono::milliseconds kProgressInterval{200};

  explicit ProgressThrottle(bool enabled)
      : enabled_(enabled), lastRead_(Clock::now()), next_(lastRead_ + kProgressInterval) {}

  // Once per move of a search: true when a report is due now.
  bool due() {
    if (!enabled_ || ++moves_ < movesPerClockRead_)
      return false;
    moves_ = 0;
    return intervalPassed();
  }

  // Reads the clock (directly for searches whose moves are all slow, e.g. solver queries).
  bool intervalPassed() {
    if (!enabled_)
      return false;
    Clock::time_point now = Clock::now();
    adapt(now - lastRead_);
    lastRead_ = now;
    if (now < next_)
      return false;
    next_ = now + kProgressInterval;
    return true;
  }

 private:
  static constexpr std::uint32_t kMaxMovesPerClockRead = 1u << 16;

  // Doubles N while reads are under a millisecond apart; scales it down at once when they
  // are over two (moves got slower).
  void adapt(Clock::duration sinceLastRead) {
    using std::chrono::microseconds;
    auto micros = std::chrono::duration_cast<microseconds>(sinceLastRead).count();
    if (micros < 1000 && movesPerClockRead_ < kMaxMovesPerClockRead)
      movesPerClockRead_ *= 2;
    else if (micros > 2000)
      movesPerClockRead_ = static_cast<std::uint32_t>(
          std::max<std::int64_t>(1, movesPerClockRead_ * std::int64_t{1000} / micros));
  }

  bool enabled_;
  std::uint32_t moves_ = 0;
  std::uint32_t movesPerClockRead_ = 1;
  Clock::time_point lastRead_;
  Clock::time_point next_;
};

}  // namespace initcheck
