#include "report/file_report.hpp"

namespace initcheck {

FileReport fileReportFor(const std::string& path, const LoadedSpec& spec) {
  FileReport report;
  report.path = path;
  report.source = spec.source;
  if (!spec.ok())
    report.errors = spec.diagnostics.all();
  return report;
}

}  // namespace initcheck
