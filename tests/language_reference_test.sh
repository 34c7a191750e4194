#!/usr/bin/env bash
# docs/language.md is the complete user reference (issue 19): it shows in code every reserved
# word of the lexer, every method of the type checker, every option and every property kind,
# and it has the grammar; the README sends readers to it, not to the shared contract.
#   language_reference_test.sh SOURCE_DIR
set -u
root="$1"
python3 - "$root" <<'PY'
import re, sys
root = sys.argv[1]
doc = open(f"{root}/docs/language.md", encoding="utf-8").read()
lexical = open(f"{root}/src/parser/lexical.cpp", encoding="utf-8").read()
keywords = re.findall(r'"([a-z_]+)"', lexical[lexical.index("kKeywords"):lexical.index("static_assert")])
methods = sorted(set(re.findall(r'\{"([a-z_]+)", \{',
                                open(f"{root}/src/sema/method_signatures.cpp", encoding="utf-8").read())))
directives = open(f"{root}/src/sema/directives.cpp", encoding="utf-8").read()
options = re.findall(r'"([a-z_]+)"', re.search(r'return \{("unroll"[^}]*)\}', directives).group(1))
kinds = ["race", "deadlock", "livelock", "assertion", "init_before_use", "runtime_error",
         "single_init", "exactly_once", "happens_before", "final"]
failed = False
for what, names, least in (("reserved word", keywords, 40), ("method", methods, 20),
                           ("option", options, 5), ("property", kinds, 10)):
    if len(names) < least:
        print(f"FAIL: found only {len(names)} {what}s in the sources; the test reads them wrong")
        failed = True
    for name in names:
        if not re.search(r"`[^`\n]*\b" + re.escape(name) + r"\b[^`\n]*`", doc):
            print(f"FAIL: docs/language.md does not show the {what} `{name}` in code")
            failed = True
for heading in ("## Lexical", "## Grammar", "## Properties", "## Memory model", "## Expectations",
                "## Verdicts, exit codes and reports"):
    if heading + "\n" not in doc:
        print(f"FAIL: docs/language.md has no section '{heading}'")
        failed = True
readme = open(f"{root}/README.md", encoding="utf-8").read()
if "docs/language.md" not in readme or "defined in the shared contract" in readme:
    print("FAIL: the README must send readers to docs/language.md, not to the shared LANGUAGE.md")
    failed = True
if failed:
    sys.exit(1)
print(f"PASS: docs/language.md shows {len(keywords)} reserved words, {len(methods)} methods, "
      f"{len(options)} options and {len(kinds)} property kinds, with the grammar")
PY
