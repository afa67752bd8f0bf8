#!/usr/bin/env bash
# Times `socioeco analyze --format xml` beside `xmllint --stream --noout` (the floor:
# parsing alone), `socioeco validate` and `xmllint --noout --schema` on generated
# programmes of 1,000 to 1,000,000 interventions, with a release build.
#   scripts/benchmark.sh [SIZES...]     default: 1000 10000 100000 1000000
# Generated files go to a temporary folder that is removed afterwards.
# Targets: at 100,000 interventions analyze within 2.5x xmllint --stream's time and
# within 3x the file size in peak memory; 1,000,000 within 12x the time of 100,000.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
((${#sizes[@]})) || sizes=(1000 10000 100000 1000000)
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
