#!/usr/bin/env bash
# Times `socioeco analyze --format xml` beside `xmllint --stream --noout` (the floor:
# parsing alone), `socioeco validate` and `xmllint --noout --schema` on generated
# programmes of 1,000 to 1,000,000 interventions, with a release build.
#   scripts/benchmark.sh [--places P] [--place-sizes "N..."] [--places-only] [SIZES...]
#     SIZES default: 1000 10000 100000 1000000
# Then a places table: for each of --place-sizes (default 100000) interventions over P
# places (default 10000) in a four-level tree (country, regions, districts, camps), each
# intervention at 1 to 3 places, `analyze --format xml` time and peak memory beside the
# same file without places, and the ratios. --places-only skips the first table.
# Generated files go to a temporary folder that is removed afterwards.
# Targets: at 100,000 interventions analyze within 2.5x xmllint --stream's time and
# within 3x the file size in peak memory; 1,000,000 within 12x the time of 100,000.
# Places: place coverage is linear in interventions x their places plus the tree, so
# the time per intervention with places stays flat from 10,000 to 1,000,000.
set -euo pipefail
cd "$(dirname "$0")/.."
places=10000
place_sizes=(100000)
places_only=false
sizes=()
while (($#)); do
  case "$1" in
    --places) places="$2"; shift 2 ;;
    --place-sizes) read -r -a place_sizes <<< "$2"; shift 2 ;;
    --places-only) places_only=true; shift ;;
    *) sizes+=("$1"); shift ;;
  esac
done
((${#sizes[@]})) || sizes=(1000 10000 100000 1000000)
$places_only && sizes=()
if [ ! -x /usr/bin/time ]; then
  if [ "$(id -u)" -ne 0 ]; then echo "benchmark: please install the Debian 'time' package" >&2; exit 1; fi
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null
fi
command -v xmllint >/dev/null || scripts/install-peers.sh
swift build -c release --product socioeco >/dev/null
bin="$(swift build -c release --show-bin-path)/socioeco"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Runs a command with its output discarded; prints "seconds peak-KiB".
measure() {
  /usr/bin/time -f '%e %M' -o "$tmp/time" "$@" >/dev/null 2>"$tmp/stderr" || {
    echo "benchmark: failed: $*" >&2; cat "$tmp/stderr" >&2; exit 1; }
  tail -n 1 "$tmp/time"
}

mib() { awk -v m="$1" 'BEGIN { printf "%.0f", m / 1024 }'; }

if ((${#sizes[@]})); then
printf '%-9s %11s | %-17s | %-17s | %6s %6s | %-17s | %-17s\n' \
  interv. "file bytes" "analyze xml s/MiB" "xmllint stream" "t/xl" "mem/f" "validate s/MiB" "xmllint schema"
for n in "${sizes[@]}"; do
  file="$tmp/programme-$n.xml"
  python3 scripts/generate-programme.py "$n" > "$file"
  bytes=$(stat -c %s "$file")
  read -r at am < <(measure "$bin" analyze --format xml "$file")
  read -r xt xm < <(measure xmllint --stream --noout "$file")
  read -r vt vm < <(measure "$bin" validate --quiet "$file")
  read -r st sm < <(measure xmllint --noout --schema Schemas/programme.xsd "$file")
  ratio=$(awk -v a="$at" -v x="$xt" 'BEGIN { printf (x > 0 ? "%.2f" : "-"), a / x }')
  memratio=$(awk -v m="$am" -v b="$bytes" 'BEGIN { printf "%.2f", m * 1024 / b }')
  printf '%-9s %11s | %7.2f s %6.0f | %7.2f s %6.0f | %6s %6s | %7.2f s %6.0f | %7.2f s %6.0f\n' \
    "$n" "$bytes" "$at" "$(awk -v m="$am" 'BEGIN{print m/1024}')" "$xt" "$(awk -v m="$xm" 'BEGIN{print m/1024}')" \
    "$ratio" "$memratio" "$vt" "$(awk -v m="$vm" 'BEGIN{print m/1024}')" "$st" "$(awk -v m="$sm" 'BEGIN{print m/1024}')"
  rm -f "$file"
done
echo "t/xl: analyze time / xmllint --stream time; mem/f: analyze peak memory / file size"
fi

((places > 0)) || exit 0
echo
printf '%-9s %7s %11s | %-17s | %-17s | %6s %6s | %9s\n' \
  interv. places "file bytes" "analyze, places" "same, no places" "t/t0" "m/m0" "us/interv"
for n in "${place_sizes[@]}"; do
  plain="$tmp/plain-$n.xml"
  placed="$tmp/places-$n.xml"
  python3 scripts/generate-programme.py "$n" > "$plain"
  python3 scripts/generate-programme.py --places "$places" "$n" > "$placed"
  bytes=$(stat -c %s "$placed")
  read -r pt pm < <(measure "$bin" analyze --format xml "$placed")
  read -r t0 m0 < <(measure "$bin" analyze --format xml "$plain")
  printf '%-9s %7s %11s | %7.2f s %6s | %7.2f s %6s | %6s %6s | %9s\n' \
    "$n" "$places" "$bytes" "$pt" "$(mib "$pm")" "$t0" "$(mib "$m0")" \
    "$(awk -v a="$pt" -v b="$t0" 'BEGIN { printf (b > 0 ? "%.2f" : "-"), a / b }')" \
    "$(awk -v a="$pm" -v b="$m0" 'BEGIN { printf "%.2f", a / b }')" \
    "$(awk -v a="$pt" -v n="$n" 'BEGIN { printf "%.1f", a * 1e6 / n }')"
  rm -f "$plain" "$placed"
done
echo "places: P places, four levels, 1-3 per intervention; t/t0, m/m0: analyze time and peak memory with places / without"
