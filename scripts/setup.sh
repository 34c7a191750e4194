#!/usr/bin/env bash
# Installs, from Debian's packages, everything initcheck needs to build and test (and SPIN,
# against which the benchmark twins are checked).
# Runs `apt-get update` first and installs only what is missing; safe to run again.
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config git clang-format
  libboost-dev libz3-dev libcli11-dev libgtest-dev nlohmann-json3-dev python3-jsonschema
  libpugixml-dev  # the JUnit report is written with pugixml
  libabsl-dev  # the state cache's store: absl::flat_hash_set (src/explore/state_store.hpp)
  libxxhash-dev  # --state-cache hash: XXH3 fingerprints (src/explore/fingerprint_store.cpp)
  graphviz python3-markdown-it python3-yaml  # report tests: DOT to SVG, Markdown parsed, docs/ci.md YAML
  python3
  clang libclang-rt-14-dev llvm  # build-sanitize: clang++, ASan/UBSan/libFuzzer runtimes, llvm-symbolizer
  spin  # the bench_promela test verifies the Promela twins of the benchmarks
)

bash "$(dirname "$0")/install_packages.sh" setup "${packages[@]}"
