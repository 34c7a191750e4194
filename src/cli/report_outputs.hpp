// Where a run's reports go: the main one (stdout or -o FILE) and any extra `--FORMAT FILE`.
// The main text report to stdout is written file by file as checking goes; every other
// report is written once all files are done, from the same FileReports.
#pragma once

#include <fstream>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "cli/output_flags.hpp"
#include "report/file_report.hpp"
#include "report/report_format.hpp"

namespace initcheck::cli {

class ReportOutputs {
 public:
  ReportOutputs(const OutputFlags& flags, ReportOptions options, std::ostream& out);

  // False, with a diagnostic on `err`, when some output file cannot be written.
  bool open(std::ostream& err);
  void add(FileReport file);
  void finish();

 private:
  struct Output {
    ReportFormat format;
    std::string path;  // empty: stdout
    std::unique_ptr<std::ofstream> file;
    std::ostream* stream = nullptr;
  };
  bool streaming(const Output& output) const;

  std::vector<Output> outputs_;
  ReportOptions options_;
  std::ostream& out_;
  std::vector<FileReport> files_;
};

}  // namespace initcheck::cli
