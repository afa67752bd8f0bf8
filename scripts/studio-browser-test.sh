#!/usr/bin/env bash
# The studio (`socioeco serve`) in headless Chromium, driven by Selenium: adds an intervention
# at the society level through the page, sees the hole close, undoes, redoes, saves, checks the
# file; refused and stale edits, a conflicting save, the journal, right-to-left text, 360 px,
# and axe-core on the studio and on an HTML report (scripts/studio-browser-test.py).
#   ARTIFACTS=DIR scripts/studio-browser-test.sh    screenshots and axe results into DIR
#                                                   (default .build/studio-screenshots)
# Needs Debian's chromium, chromium-driver and fonts-noto-core and PyPI's selenium and
# axe-selenium-python: scripts/install-peers.sh installs them.
set -euo pipefail
cd "$(dirname "$0")/.."
artifacts="${ARTIFACTS:-.build/studio-screenshots}"

if ! command -v chromedriver >/dev/null || ! python3 -c 'import selenium, axe_selenium_python' 2>/dev/null; then
  scripts/install-peers.sh
fi

swift build --product socioeco >/dev/null
bin="$(swift build --show-bin-path)/socioeco"
mkdir -p "$artifacts"
exec python3 scripts/studio-browser-test.py --bin "$bin" --model Models/earthquake-response.xml --artifacts "$artifacts"
