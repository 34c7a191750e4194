// The progress line on a terminal (see progress_line.hpp).
#include "cli/progress_line.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include "report/progress_text.hpp"

namespace initcheck::cli {

namespace {

constexpr const char* kClearToEndOfLine = "\x1b[K";

// The terminal's width, 0 when unknown.
std::size_t terminalColumns() {
  winsize size{};
  if (ioctl(STDERR_FILENO, TIOCGWINSZ, &size) != 0)
    return 0;
  return size.ws_col;
}

// A line that wrapped could not be rewritten in place: a long one keeps its end (the figures).
std::string fitted(std::string text) {
  std::size_t columns = terminalColumns();
  if (columns < 8 || text.size() < columns)
    return text;
  return "..." + text.substr(text.size() - (columns - 4));
}

}  // namespace

ProgressLine::ProgressLine(std::ostream& err, bool quiet)
    : err_(err), enabled_(!quiet && isatty(STDERR_FILENO) != 0) {}

CheckOptions ProgressLine::begin(const std::string& path, CheckOptions options) {
  if (enabled_)
    options.progress = [this, path](const SearchProgress& progress) { show(path, progress); };
  return options;
}

void ProgressLine::end() {
  std::lock_guard lock(mutex_);
  if (!shown_)
    return;
  err_ << '\r' << kClearToEndOfLine << std::flush;
  shown_ = false;
}

void ProgressLine::show(const std::string& path, const SearchProgress& progress) {
  std::string text = fitted(progressText(path, progress));
  std::lock_guard lock(mutex_);
  err_ << '\r' << text << kClearToEndOfLine << std::flush;
  shown_ = true;
}

}  // namespace initcheck::cli
