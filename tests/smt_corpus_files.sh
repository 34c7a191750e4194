# Sourced by the report tests: smt_corpus_files SOURCE_DIR FILE... prints the files the smt
# engine is run on, leaving out tests/smt_known_differences.txt (specs_test_smt checks those).
smt_corpus_files() {
  local source_dir="$1"; shift
  local list="$source_dir/tests/smt_known_differences.txt" file relative
  for file in "$@"; do
    relative=$(realpath -m --relative-to="$source_dir" "$file")
    grep -q "^$relative " "$list" || printf '%s\n' "$file"
  done
}
