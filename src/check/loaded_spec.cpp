#include "check/loaded_spec.hpp"

#include <cerrno>
#include <cstring>

#include "parser/parse.hpp"

namespace initcheck {

LoadedSpec analyzeSpec(SourceFile source) {
  LoadedSpec spec{std::move(source), {}, {}, {}, {}, false};
  ParseResult parsed = parseSource(spec.source);
  spec.file = std::move(parsed.file);
  spec.diagnostics = std::move(parsed.diagnostics);
  if (spec.diagnostics.hasErrors())
    return spec;
  SemanticResult semantic = checkSemantics(spec.file);
  spec.symbols = std::move(semantic.symbols);
  spec.directives = std::move(semantic.directives);
  spec.diagnostics.append(semantic.diagnostics);
  spec.diagnostics.sortByPosition();
  return spec;
}

LoadedSpec loadSpecFile(const std::string& path) {
  errno = 0;
  auto source = SourceFile::load(path);
  if (source)
    return analyzeSpec(std::move(*source));
  std::string reason = errno != 0 ? std::strerror(errno) : "unreadable";
  LoadedSpec failed{SourceFile(path, ""), {}, {}, {}, {}, true};
  failed.diagnostics.error({}, "cannot read file: " + reason);
  return failed;
}

}  // namespace initcheck
