#!/usr/bin/env bash
# Runs the whole test suite. The tests check what socioeco writes with the real
# xmllint and the real GraphViz `dot`; on Debian, missing ones are installed first.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-peers.sh
swift build --build-tests
swift test --skip-build "$@"
