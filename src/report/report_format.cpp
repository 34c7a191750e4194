// Dispatch from a report format to its writer.
#include "report/report_format.hpp"

#include <array>

#include "report/dot_report.hpp"
#include "report/json_report.hpp"
#include "report/junit_report.hpp"
#include "report/markdown_report.hpp"
#include "report/sarif_report.hpp"
#include "report/text_report.hpp"

namespace initcheck {

namespace {

constexpr std::array kFormats = {ReportFormat::Text,     ReportFormat::Json, ReportFormat::Sarif,
                                 ReportFormat::Markdown, ReportFormat::Dot,  ReportFormat::Junit};

}  // namespace

const char* reportFormatName(ReportFormat format) {
  switch (format) {
    case ReportFormat::Text:
      return "text";
    case ReportFormat::Json:
      return "json";
    case ReportFormat::Sarif:
      return "sarif";
    case ReportFormat::Markdown:
      return "markdown";
    case ReportFormat::Dot:
      return "dot";
    case ReportFormat::Junit:
      return "junit";
  }
  return "text";
}

std::optional<ReportFormat> reportFormatFromName(std::string_view name) {
  for (ReportFormat format : kFormats) {
    if (name == reportFormatName(format))
      return format;
  }
  return std::nullopt;
}

std::vector<std::string> reportFormatNames() {
  std::vector<std::string> names;
  for (ReportFormat format : kFormats)
    names.emplace_back(reportFormatName(format));
  return names;
}

void writeReport(ReportFormat format, std::ostream& out, const std::vector<FileReport>& files,
                 const ReportOptions& options) {
  switch (format) {
    case ReportFormat::Text:
      return writeTextReport(out, files, options);
    case ReportFormat::Json:
      return writeJsonReport(out, files, options);
    case ReportFormat::Sarif:
      return writeSarifReport(out, files, options);
    case ReportFormat::Markdown:
      return writeMarkdownReport(out, files, options);
    case ReportFormat::Dot:
      return writeDotReport(out, files, options);
    case ReportFormat::Junit:
      return writeJunitReport(out, files, options);
  }
}

}  // namespace initcheck
