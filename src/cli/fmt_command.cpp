#include "cli/fmt_command.hpp"

#include <fstream>

#include "check/spec_files.hpp"
#include "format/formatter.hpp"
#include "parser/parse.hpp"
#include "support/diagnostic_renderer.hpp"
#include "support/exit_codes.hpp"

namespace initcheck::cli {

namespace {

enum class FileOutcome { Formatted, Differs, Failed };

bool writeFile(const std::string& path, const std::string& text) {
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  file << text;
  return static_cast<bool>(file);
}

FileOutcome formatOne(const std::string& path, const FmtOptions& options, std::ostream& out,
                      std::ostream& err) {
  auto source = SourceFile::load(path);
  if (!source) {
    err << path << ": error: cannot read file\n";
    return FileOutcome::Failed;
  }
  ParseResult parsed = parseSource(*source);
  if (!parsed.ok()) {
    renderDiagnostics(err, *source, parsed.diagnostics);
    return FileOutcome::Failed;
  }
  std::string formatted = formatFile(parsed.file);
  bool differs = formatted != source->text();
  if (options.check) {
    if (differs)
      out << path << ": not formatted\n";
  } else if (options.write) {
    if (differs && !writeFile(path, formatted)) {
      err << path << ": error: cannot write file\n";
      return FileOutcome::Failed;
    }
    if (differs)
      out << path << ": formatted\n";
  } else {
    out << formatted;
  }
  return differs ? FileOutcome::Differs : FileOutcome::Formatted;
}

}  // namespace

void addFmtCommand(CLI::App& app, FmtOptions& options) {
  auto* command = app.add_subcommand("fmt", "Print spec files in canonical layout");
  command->add_option("files", options.files, "Spec files (.ic) or folders (searched recursively)")
      ->required();
  auto* check = command->add_flag("--check", options.check,
                                  "Print nothing but the files not in canonical layout; exit 1 "
                                  "if there are any");
  command->add_flag("-w,--write", options.write, "Rewrite files in place")->excludes(check);
}

int runFmtCommand(const FmtOptions& options, std::ostream& out, std::ostream& err) {
  SpecFileList list = collectSpecFiles(options.files);
  bool failed = !list.missing.empty();
  bool differs = false;
  for (const auto& path : list.missing)
    err << path << ": error: no such file or folder\n";
  for (const auto& path : list.files) {
    FileOutcome outcome = formatOne(path, options, out, err);
    failed = failed || outcome == FileOutcome::Failed;
    differs = differs || outcome == FileOutcome::Differs;
  }
  if (failed)
    return toInt(ExitCode::SpecError);
  return toInt(options.check && differs ? ExitCode::Violation : ExitCode::Ok);
}

}  // namespace initcheck::cli
