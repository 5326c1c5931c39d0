#!/usr/bin/env bash
# Fuzz parse, render and the JSON converter for SECONDS seconds.
#
#   bash fuzz/run.sh SECONDS [CORPUS_DIR]
#
# The seed corpus is seeds/ and tests/fixtures/; inputs that reach new code
# are kept in CORPUS_DIR (default fuzz/corpus/, not committed), so a later run
# goes on from there. A crash is saved as fuzz/artifacts/crash-* (or timeout-*,
# for an input that took over 10 s) and the script exits non-zero: reproduce it
# with `python fuzz/fuzz_parse.py fuzz/artifacts/crash-...`, then pin it in
# tests/test_fuzz_regressions.py. The final statistics give the number of
# executions (stat::number_of_executed_units).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:?usage: bash fuzz/run.sh SECONDS [CORPUS_DIR]}"
corpus="${2:-fuzz/corpus}"
artifacts="${FUZZ_ARTIFACTS:-fuzz/artifacts}"
mkdir -p "$corpus" "$artifacts"
seed_dirs=(seeds)
if [ -d tests/fixtures ]; then seed_dirs+=(tests/fixtures); fi
# libFuzzer stops itself after -max_total_time; the outer timeout is the last resort.
timeout -s KILL $((seconds + 300)) python fuzz/fuzz_parse.py \
  -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=16384 \
  -print_final_stats=1 -artifact_prefix="$artifacts/" \
  "$corpus" "${seed_dirs[@]}"
