// libFuzzer harness for the front end: arbitrary bytes as a spec file, parsed and
// semantically checked (analyzeSpec), then every diagnostic rendered with its source line and
// caret the way `initcheck check` prints them. Nothing is executed: this is the fast harness.
#include <cstddef>
#include <cstdint>
#include <string>

#include "check/loaded_spec.hpp"
#include "support/diagnostic_renderer.hpp"
#include "support/source_file.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  initcheck::LoadedSpec spec = initcheck::analyzeSpec(initcheck::SourceFile("fuzz.ic", text));
  std::string rendered = initcheck::renderToString(spec.source, spec.diagnostics);
  if (!spec.ok() && rendered.empty())
    __builtin_trap();  // a rejected spec must say why
  return 0;
}
