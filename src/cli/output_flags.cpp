#include "cli/output_flags.hpp"

namespace initcheck::cli {

void addOutputFlags(CLI::App& command, OutputFlags& flags) {
  std::vector<std::string> names = reportFormatNames();
  std::string list;
  for (const std::string& name : names)
    list += (list.empty() ? "" : ", ") + name;
  command.add_option("--format", flags.format, "Report format: " + list)
      ->check(CLI::IsMember(names));
  command.add_option("-o,--output", flags.outputPath, "Write the report to FILE, not stdout");
  for (const std::string& name : names) {
    command.add_option_function<std::string>(
        "--" + name, [&flags, name](const std::string& path) { flags.extraOutputs[name] = path; },
        "Also write the " + name + " report to FILE");
  }
  command.add_flag("-q,--quiet", flags.quiet, "No progress line on stderr");
}

}  // namespace initcheck::cli
