// The live progress line on stderr: while a file is checked, the terminal's last line shows
// how far the search has got (report/progress_text.hpp), rewritten in place ("\r", the text,
// then "\x1b[K" to clear what a longer line left behind), and cleared once the file is done,
// so the report on stdout never shares a line with it. Off when stderr is not a terminal or
// with --quiet; the engines then get no callback at all.
#pragma once

#include <mutex>
#include <ostream>
#include <string>

#include "check/check_options.hpp"
#include "explore/search_progress.hpp"

namespace initcheck::cli {

class ProgressLine {
 public:
  // Shown on `err` when it is stderr on a terminal (isatty(STDERR_FILENO)) and not `quiet`.
  ProgressLine(std::ostream& err, bool quiet);

  // `options` with a progress callback that shows `path`'s line (unchanged when off).
  CheckOptions begin(const std::string& path, CheckOptions options);
  // The file is done: clears the line if something was shown.
  void end();

 private:
  // Called on the engine's thread.
  void show(const std::string& path, const SearchProgress& progress);

  std::ostream& err_;
  bool enabled_;
  std::mutex mutex_;
  bool shown_ = false;
};

}  // namespace initcheck::cli
