#!/usr/bin/env bash
# Keeps the corpus that fuzzing grew, for the next machine: scripts/fuzz-archive.sh [TARGET|all]
#
# Merges .build-fuzz/corpus/TARGET and the seeds into the smallest set of inputs with the
# same coverage (libFuzzer's -merge=1) and writes it to Fuzz/corpus-archive/TARGET.tar.xz,
# which scripts/fuzz.sh unpacks when .build-fuzz/corpus/TARGET is empty. Run it after
# scripts/fuzz.sh has built the targets. The archive is the same bytes for the same
# inputs: names sorted, owners and times fixed.
set -euo pipefail
cd "$(dirname "$0")/.."

all=(fuzz-reader fuzz-roundtrip fuzz-escaping fuzz-csv fuzz-xlsx)
target="${1:-all}"
if [[ "$target" == all ]]; then targets=("${all[@]}"); else targets=("$target"); fi
scratch=.build-fuzz
for t in "${targets[@]}"; do
    [[ " ${all[*]} " == *" $t "* ]] || { echo "fuzz-archive.sh: unknown target '$t' (one of: ${all[*]} all)" >&2; exit 64; }
    binary="$scratch/release/$t"
    [[ -x "$binary" ]] || { echo "fuzz-archive.sh: no $binary; run scripts/fuzz.sh $t first" >&2; exit 1; }
    # The longest input the target's runs in scripts/fuzz.sh take.
    case "$t" in fuzz-xlsx) max_len=8192 ;; *) max_len=4096 ;; esac
    merged=$(mktemp -d)
    trap 'rm -rf "$merged"' EXIT
    SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0:malloc_context_size=0 "$binary" \
        -merge=1 -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 "$merged" \
        "$scratch/corpus/$t" "Fuzz/corpus/$t" >"$scratch/findings/$t/merge.log" 2>&1 \
        || { echo "fuzz-archive.sh: merging $t failed; see $scratch/findings/$t/merge.log" >&2; exit 1; }
    mkdir -p Fuzz/corpus-archive
    tmp="Fuzz/corpus-archive/.$t.tar.xz.tmp"
    (cd "$merged" && find . -type f -printf '%P\n' | LC_ALL=C sort \
        | tar --create --no-recursion --owner=0 --group=0 --numeric-owner --mtime=@0 --mode=0644 -T - -f - \
        | xz -9 -T1) >"$tmp"
    mv "$tmp" "Fuzz/corpus-archive/$t.tar.xz"
    echo "$t: $(ls "$merged" | wc -l) inputs, $(wc -c <"Fuzz/corpus-archive/$t.tar.xz") bytes in Fuzz/corpus-archive/$t.tar.xz"
    rm -rf "$merged"
    trap - EXIT
done
