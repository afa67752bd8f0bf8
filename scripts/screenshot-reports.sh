#!/usr/bin/env bash
# Renders the HTML report of every model in Models/ with headless Chromium and checks
# that each screenshot is not blank (scripts/png-check.py: distinct colours and ink).
#   scripts/screenshot-reports.sh [OUT_DIR]       screenshots into OUT_DIR (default: a temporary folder)
#   scripts/screenshot-reports.sh --update-docs   also rewrite docs/report-screenshot.png
# Chromium (Debian package `chromium`) and Noto fonts (Arabic, Bengali) are installed with
# apt-get when missing and running as root; otherwise the script skips with a message.
set -euo pipefail
cd "$(dirname "$0")/.."
update_docs=false
if [ "${1:-}" = "--update-docs" ]; then update_docs=true; shift; fi
out="${1:-}"
docs_model=Models/cox-bazar-camp-response.xml

browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core >/dev/null
    browser=$(command -v chromium)
  else
    echo "screenshot-reports: SKIPPED: headless Chromium is not installed and cannot be installed here" \
         "(not root or no apt-get); install the Debian package 'chromium' to run this check" >&2
    exit 0
  fi
fi
# Without fonts for Bengali the report shows empty boxes; install them when we can.
if ! fc-list 2>/dev/null | grep -qi bengali; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-core >/dev/null || true
  else
    echo "screenshot-reports: note: no Bengali font installed (Debian fonts-noto-core); Bengali text will show as boxes" >&2
  fi
fi

swift build --product socioeco >/dev/null
bin="$(swift build --show-bin-path)/socioeco"
if [ -z "$out" ]; then out=$(mktemp -d); trap 'rm -rf "$out"' EXIT; fi
mkdir -p "$out"
out=$(cd "$out" && pwd)

shoot() { # HTML PNG
  # A private profile and no first-run work keep the run independent of the machine's state.
  "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
    --user-data-dir="$out/.profile" --window-size=1200,2400 \
    --screenshot="$2" "file://$1" >/dev/null 2>&1
  [ -s "$2" ] || { echo "screenshot-reports: Chromium wrote no screenshot for $1" >&2; return 1; }
}

status=0
for model in Models/*.xml; do
  name=$(basename "$model" .xml)
  "$bin" export html "$model" -o "$out/$name.html"
  shoot "$out/$name.html" "$out/$name.png"
  python3 scripts/png-check.py "$out/$name.png" || status=1
done

if $update_docs; then
  name=$(basename "$docs_model" .xml)
  mkdir -p docs
  cp "$out/$name.png" docs/report-screenshot.png
  echo "docs/report-screenshot.png updated from $docs_model"
fi
exit $status
