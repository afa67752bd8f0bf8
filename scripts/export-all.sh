#!/usr/bin/env bash
# Regenerates everything in Exports/ from Models/ with a release build of socioeco.
#   scripts/export-all.sh          rewrite Exports/
#   scripts/export-all.sh --check  regenerate into a temporary folder and fail if
#                                  Exports/ differs (CI's staleness check)
set -euo pipefail
cd "$(dirname "$0")/.."
check=false
[ "${1:-}" = "--check" ] && check=true
if ! command -v dot >/dev/null; then
  echo "export-all: GraphViz 'dot' is needed to render Exports/*.dot.svg; install it (Debian: apt-get install graphviz)" >&2
  exit 1
fi
swift build -c release --product socioeco >/dev/null
bin="$(swift build -c release --show-bin-path)/socioeco"
out=Exports
if $check; then out=$(mktemp -d); trap 'rm -rf "$out"' EXIT; fi
mkdir -p "$out"

for model in Models/*.xml; do
  name=$(basename "$model" .xml)
  "$bin" validate --quiet "$model"
  # Each export of one model; keep one line per output file.
  "$bin" analyze --format text --output "$out/$name.coverage.txt" "$model"
  "$bin" analyze --format xml --output "$out/$name.coverage.xml" "$model"
  "$bin" export dot "$model" -o "$out/$name.dot"
  dot -Tsvg "$out/$name.dot" -o "$out/$name.dot.svg"
  "$bin" export html "$model" -o "$out/$name.html"
  "$bin" export svg "$model" -o "$out/$name.rings.svg"
done

# Cox's Bazar names its upazilas and camps: the places view shows which camp lacks
# what, and the rings of Camp 27 its missing family level.
cox=Models/cox-bazar-camp-response.xml
"$bin" export dot --view places "$cox" -o "$out/cox-bazar-camp-response.places.dot"
dot -Tsvg "$out/cox-bazar-camp-response.places.dot" -o "$out/cox-bazar-camp-response.places.dot.svg"
"$bin" export svg --place camp-27 "$cox" -o "$out/cox-bazar-camp-response.camp-27.rings.svg"

# Design guidance: what could fill the earthquake response's holes, and a draft with
# one planned placeholder per hole (in a folder of its own: it is a programme, not a report).
"$bin" suggest --output "$out/earthquake-response.suggest.txt" Models/earthquake-response.xml
"$bin" suggest --format xml --output "$out/earthquake-response.suggest.xml" Models/earthquake-response.xml
mkdir -p "$out/drafts"
"$bin" suggest --draft --output "$out/drafts/earthquake-response.draft.xml" Models/earthquake-response.xml
"$bin" validate --quiet "$out/drafts/earthquake-response.draft.xml"

# Inter-agency exchange: the agencies' files of one response merged into a joint
# model, its coverage report, and the diff between two revisions of one programme.
ex=Models/exchange
mkdir -p "$out/exchange"
"$bin" validate --quiet "$ex"/*.xml
"$bin" merge --quiet --title "Sindh floods 2024: joint child protection response" \
  --output "$out/exchange/joint.xml" "$ex/unicef-2024-r2.xml" "$ex/save-2024.xml" "$ex/local-ngo-2024.xml" >/dev/null 2>&1
"$bin" analyze --format text --output "$out/exchange/joint.coverage.txt" "$out/exchange/joint.xml"
"$bin" analyze --format xml --output "$out/exchange/joint.coverage.xml" "$out/exchange/joint.xml"
# diff exits 1 when the revisions differ, as they do.
"$bin" diff "$ex/unicef-2024-r1.xml" "$ex/unicef-2024-r2.xml" > "$out/exchange/r1-to-r2.diff.txt" || [ $? -eq 1 ]
"$bin" diff --format xml "$ex/unicef-2024-r1.xml" "$ex/unicef-2024-r2.xml" > "$out/exchange/r1-to-r2.diff.xml" || [ $? -eq 1 ]

if $check; then
  if ! diff -r --brief --exclude=.keep Exports "$out"; then
    echo "Exports/ is stale: run scripts/export-all.sh and commit the result" >&2
    exit 1
  fi
  echo "Exports/ is up to date"
fi
