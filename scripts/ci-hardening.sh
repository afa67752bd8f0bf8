#!/usr/bin/env bash
# Hardening checks for CI, after the ordinary tests: the whole test suite once more
# under AddressSanitizer (its own build folder, so the normal build stays), then every
# fuzz target for a short run from its seeds. FUZZ_SMOKE_SECONDS sets the run length
# (default 60); a finding fails CI and leaves its input in .build-fuzz/findings/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${FUZZ_SMOKE_SECONDS:-60}"

start=$(date +%s)
echo "== tests under AddressSanitizer"
# XCTest's own leak at exit would fail the run; leaks are not what this run is for.
ASAN_OPTIONS=detect_leaks=0 swift build --build-tests --sanitize=address --scratch-path .build-asan 2>&1 \
    | { grep -v "Cannot export local symbol '__asan_extra_spill_area'" || true; }
# The suites that hold the binary to time and memory budgets are left out (the hostile
# workbooks keep their checks but drop their budgets, see Sanitizer.swift): under ASan
# every child is slower and bigger by design. Their hostile inputs run under ASan in
# the fuzz targets instead.
ASAN_OPTIONS=detect_leaks=0 swift test --skip-build --sanitize=address --scratch-path .build-asan \
    --skip "BadInputTests|ResourceLimitTests"
echo "== tests under AddressSanitizer: $(( $(date +%s) - start ))s"

start=$(date +%s)
echo "== fuzz smoke runs, ${seconds}s per target"
scripts/fuzz.sh all "$seconds"
echo "== fuzz smoke runs: $(( $(date +%s) - start ))s"
