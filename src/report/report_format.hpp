// The report formats and the one entry point that writes any of them from the same list of
// FileReports: the CLI picks formats by name, the writers know nothing of each other.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "report/file_report.hpp"

namespace initcheck {

enum class ReportFormat { Text, Json, Sarif, Markdown, Dot, Junit };

std::optional<ReportFormat> reportFormatFromName(std::string_view name);
const char* reportFormatName(ReportFormat format);
std::vector<std::string> reportFormatNames();

void writeReport(ReportFormat format, std::ostream& out, const std::vector<FileReport>& files,
                 const ReportOptions& options);

}  // namespace initcheck
