#!/usr/bin/env bash
# Times `socioeco import` of a 5W workbook (a release build: reading, building the
# programme, checking it and writing the programme file) beside python-calamine (Rust)
# and openpyxl in read-only mode merely reading the same workbook to rows, in the same
# run; time and peak memory by GNU time. Then the same 5W as CSV (socioeco's own export
# of the imported programme): `import` of the CSV.
# Last, a real workbook: the DRC French 5W (4,344 rows x 39 columns, in
# Tests/Fixtures/sheets/real) imported with its map, codes table, filter and key, beside
# python-calamine reading it to rows.
#   scripts/benchmark-sheets.sh [ROWS...]     default: 100000
#   scripts/benchmark-sheets.sh real          the real workbook's row only
# RUNS (default 5): socioeco's import and python-calamine run in turn that many times,
# the median time and the highest peak kept, as this machine's wall times vary by a
# fifth from run to run; openpyxl, ten times slower, runs once.
# The workbook is written by openpyxl in the columns of the template the binary writes.
# Target: faster than both at 100,000 rows, memory bounded by a row.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
((${#sizes[@]})) || sizes=(100000)
scripts/install-peers.sh >/dev/null
swift build -c release --product socioeco >/dev/null
bin="$(swift build -c release --show-bin-path)/socioeco"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

mib() { awk -v m="$1" 'BEGIN { printf "%.0f", m / 1024 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf (b > 0 ? "%.2f" : "-"), a / b }'; }

runs="${RUNS:-5}"

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
highest() { printf '%s\n' "$@" | sort -g | tail -n 1; }

# `in_turn` runs the commands in arrays A and B one after the other, $runs times, and
# prints each one's median time and highest peak: "time_a peak_a time_b peak_b". The
# standard output of B's last run is left in $tmp/stdout.
in_turn() {
  local ta=() ma=() tb=() mb=() t m i
  for ((i = 0; i < runs; i++)); do
    read -r t m < <(measure "${A[@]}"); ta+=("$t"); ma+=("$m")
    read -r t m < <(measure "${B[@]}"); tb+=("$t"); mb+=("$m")
  done
  echo "$(median "${ta[@]}") $(highest "${ma[@]}") $(median "${tb[@]}") $(highest "${mb[@]}")"
}

measure() {
  /usr/bin/time -f '%e %M' -o "$tmp/time" "$@" >"$tmp/stdout" 2>"$tmp/stderr" || {
    echo "benchmark-sheets: failed: $*" >&2; cat "$tmp/stderr" >&2; exit 1; }
  tail -n 1 "$tmp/time"
}

cat > "$tmp/read_calamine.py" <<'PY'
import sys
from python_calamine import CalamineWorkbook
wb = CalamineWorkbook.from_path(sys.argv[1])
rows = wb.get_sheet_by_index(0).to_python(skip_empty_area=False)
print(len(rows), "rows", sum(sum(1 for c in r if c != "") for r in rows), "cells")
PY
cat > "$tmp/read_openpyxl.py" <<'PY'
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
n = cells = 0
for row in wb.worksheets[0].iter_rows(values_only=True):
    n += 1
    cells += sum(1 for c in row if c is not None)
print(n, "rows", cells, "cells")
PY

printf '%-8s %10s | %-16s | %-16s | %-16s | %-13s | %-13s | %-16s\n' rows "xlsx bytes" "import s/MiB" "calamine s/MiB" "openpyxl s/MiB" "cal/soc" "opx/soc" "import csv s/MiB"
"$bin" template -o "$tmp/template.csv"
[ "${sizes[*]}" = real ] && sizes=()
for n in "${sizes[@]}"; do
  python3 Tests/Fixtures/xlsx/xlsx-peers.py bench "$tmp" "$n" "$tmp/template.csv"
  file="$tmp/5w-$n.xlsx"
  bytes=$(stat -c %s "$file")
  A=("$bin" import "$file" --id bench --title bench -o "$tmp/5w.xml")
  B=(python3 "$tmp/read_calamine.py" "$file")
  read -r st sm ct cm < <(in_turn); cal=$(cat "$tmp/stdout")
  ours="$(grep -c '<intervention ' "$tmp/5w.xml") interventions"
  "$bin" export csv "$tmp/5w.xml" -o "$tmp/5w.csv"
  read -r vt vm < <(measure "$bin" import "$tmp/5w.csv" --id bench --title bench -o "$tmp/5w-from-csv.xml")
  cmp -s "$tmp/5w.xml" "$tmp/5w-from-csv.xml" || { echo "benchmark-sheets: the CSV imported to another programme" >&2; exit 1; }
  read -r ot om < <(measure python3 "$tmp/read_openpyxl.py" "$file"); opx=$(cat "$tmp/stdout")
  printf '%-8s %10s | %7.2f s %6s | %7.2f s %6s | %7.2f s %6s | %5sx %5sm | %5sx %5sm | %7.2f s %6s\n' "$n" "$bytes" \
    "$st" "$(mib "$sm")" "$ct" "$(mib "$cm")" "$ot" "$(mib "$om")" \
    "$(ratio "$ct" "$st")" "$(ratio "$cm" "$sm")" "$(ratio "$ot" "$st")" "$(ratio "$om" "$sm")" "$vt" "$(mib "$vm")"
  echo "  socioeco: $ours; calamine: $cal; openpyxl: $opx"
done
echo "cal/soc: calamine's time (x) and peak memory (m) over socioeco import's; opx/soc: the same for openpyxl"
echo "import and calamine: median of $runs runs in turn, the highest peak; openpyxl and the CSV import: one run"

# A partner's workbook as it was sent: the import reads every row, keeps the child
# protection ones, groups them by project and organisation and writes the programme.
real=Tests/Fixtures/sheets/real/extrait_mai_2025.xlsx
A=("$bin" import "$real" --map Models/sheets/drc-5w-map.csv \
  --codes Models/sheets/drc-5w-cp-projects.csv --where "#sector+cluster=Protection: Protection de l'enfant" \
  --key "#activity+id,#org+acronym" --skip-incomplete --id drc-5w --title "DRC 5W" -o "$tmp/drc.xml")
B=(python3 "$tmp/read_calamine.py" "$real")
read -r st sm ct cm < <(in_turn); cal=$(cat "$tmp/stdout")
summary=$("${A[@]}" 2>&1 >/dev/null | tail -n 1)
echo
printf '%-26s %10s | %-16s | %-16s | %-13s\n' "real workbook" "xlsx bytes" "import s/MiB" "calamine s/MiB" "cal/soc"
printf '%-26s %10s | %7.2f s %6s | %7.2f s %6s | %5sx %5sm\n' "DRC 5W, 4,344 x 39" "$(stat -c %s "$real")" \
  "$st" "$(mib "$sm")" "$ct" "$(mib "$cm")" "$(ratio "$ct" "$st")" "$(ratio "$cm" "$sm")"
echo "  socioeco: ${summary#*: }; calamine: $cal"
