#include "cli/report_outputs.hpp"

#include "report/text_report.hpp"

namespace initcheck::cli {

ReportOutputs::ReportOutputs(const OutputFlags& flags, ReportOptions options, std::ostream& out)
    : options_(options), out_(out) {
  outputs_.push_back(Output{*reportFormatFromName(flags.format), flags.outputPath, nullptr});
  for (const auto& [name, path] : flags.extraOutputs)
    outputs_.push_back(Output{*reportFormatFromName(name), path, nullptr});
}

bool ReportOutputs::open(std::ostream& err) {
  for (Output& output : outputs_) {
    if (output.path.empty() || output.path == "-") {
      output.stream = &out_;
      continue;
    }
    output.file = std::make_unique<std::ofstream>(output.path, std::ios::binary);
    if (!output.file->good()) {
      err << output.path << ": error: cannot write the " << reportFormatName(output.format)
          << " report\n";
      return false;
    }
    output.stream = output.file.get();
  }
  return true;
}

bool ReportOutputs::streaming(const Output& output) const {
  return output.format == ReportFormat::Text && output.stream == &out_;
}

void ReportOutputs::add(FileReport file) {
  for (Output& output : outputs_) {
    if (streaming(output))
      writeTextFile(*output.stream, file, options_);
  }
  files_.push_back(std::move(file));
}

void ReportOutputs::finish() {
  for (Output& output : outputs_) {
    if (!streaming(output))
      writeReport(output.format, *output.stream, files_, options_);
    else
      writeSummaryLine(*output.stream, files_);
    output.stream->flush();
  }
}

}  // namespace initcheck::cli
