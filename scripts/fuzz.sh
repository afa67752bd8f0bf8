#!/usr/bin/env bash
# Builds and runs the libFuzzer targets: scripts/fuzz.sh [TARGET|all] [SECONDS]
#
#   fuzz-reader     the programme reader on arbitrary bytes
#   fuzz-roundtrip  read, then write every format and check each output
#   fuzz-escaping   the XML, DOT and terminal escaping on arbitrary Unicode
#   fuzz-csv        the CSV reader and the 5W import on arbitrary bytes
#   fuzz-xlsx       the XLSX reader (ZIP container and sheet XML) on arbitrary bytes
#
# Each target runs SECONDS (default 60) from its seeds in Fuzz/corpus/TARGET plus the
# inputs earlier runs found (kept in .build-fuzz/corpus/TARGET, not in git; on a new
# machine unpacked first from Fuzz/corpus-archive/TARGET.tar.xz). A crash,
# hang or memory blow-up stops the run and leaves the input in
# .build-fuzz/findings/TARGET/; replay it with .build-fuzz/release/TARGET FILE and
# turn it into a regression test under Tests/Fixtures/fuzz/. Exit status 1 on a
# finding. Executions per run are added to .build-fuzz/fuzz-stats.tsv. Runs of the same
# target may go side by side (one per core): they share the corpus folder and pick up
# each other's finds.
set -euo pipefail
cd "$(dirname "$0")/.."

all=(fuzz-reader fuzz-roundtrip fuzz-escaping fuzz-csv fuzz-xlsx)
target="${1:-all}"
seconds="${2:-60}"
if [[ "$target" == all ]]; then targets=("${all[@]}"); else targets=("$target"); fi
for t in "${targets[@]}"; do
    [[ " ${all[*]} " == *" $t "* ]] || { echo "fuzz.sh: unknown target '$t' (one of: ${all[*]} all)" >&2; exit 64; }
done

scratch=.build-fuzz
status=0
for t in "${targets[@]}"; do
    echo "== $t: build"
    # SwiftPM hands the compiler one -sanitize= flag per sanitizer in a random order and
    # the compiler keeps the last, so a build is at random instrumented for coverage or
    # for ASan, not both; the joined flag after them settles it.
    swift build -c release --sanitize=fuzzer --sanitize=address -Xswiftc -sanitize=fuzzer,address \
        --scratch-path "$scratch" --product "$t" 2>&1 \
        | { grep -v "Cannot export local symbol '__asan_extra_spill_area'" || true; }
    binary="$scratch/release/$t"
    [[ -x "$binary" ]] || { echo "fuzz.sh: $t did not build" >&2; exit 1; }
    # A binary built without coverage counters fuzzes blind; refuse it.
    banner=$(SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 "$binary" -runs=0 2>&1 || true)
    if [[ "$banner" != *"inline 8-bit counters"* ]]; then
        echo "fuzz.sh: $binary has no coverage instrumentation; remove $scratch and build again" >&2
        exit 1
    fi
    mkdir -p "$scratch/corpus/$t" "$scratch/findings/$t"
    # A new machine starts from the corpus earlier runs grew, as scripts/fuzz-archive.sh
    # last kept it, not from the seeds alone.
    archive="Fuzz/corpus-archive/$t.tar.xz"
    if [[ -f "$archive" && -z "$(ls -A "$scratch/corpus/$t")" ]]; then
        tar -xJf "$archive" -C "$scratch/corpus/$t"
        echo "== $t: $(ls "$scratch/corpus/$t" | wc -l) inputs from $archive"
    fi
    case "$t" in
        fuzz-escaping) flags=(-max_len=4096) ;;
        fuzz-csv) flags=(-max_len=4096 -dict=Fuzz/csv.dict) ;;
        # Seeds are whole small workbooks, a few kilobytes of ZIP.
        fuzz-xlsx) flags=(-max_len=8192) ;;
        *) flags=(-max_len=4096 -dict=Fuzz/programme.dict) ;;
    esac
    log="$scratch/findings/$t/run-$(date -u +%Y%m%dT%H%M%S)-$$.log"
    echo "== $t: ${seconds}s"
    # A hang is any input over 10 s; memory over 2 GB or one allocation over 1 GB is a
    # blow-up. Leak checks are off: caches that live for the process are not leaks.
    # Recording a stack for every allocation costs a quarter of the run; a finding is
    # replayed with them on.
    set +e
    SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0:malloc_context_size=0 "$binary" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=1024 \
        -print_final_stats=1 -artifact_prefix="$scratch/findings/$t/" "${flags[@]}" \
        "$scratch/corpus/$t" "Fuzz/corpus/$t" >"$log" 2>&1
    rc=$?
    set -e
    runs=$(grep -ao 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)
    # An interrupted run prints no final stats; its last status line has the count.
    [[ -n "$runs" ]] || runs=$(grep -ao '^#[0-9]*' "$log" | tail -1 | tr -d '#' || true)
    rate=$(grep -ao 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)
    printf '%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$t" "${runs:-0}" "$seconds" "$rc" >>"$scratch/fuzz-stats.tsv"
    total=$(awk -F'\t' -v t="$t" '$2 == t { s += $3 } END { print s + 0 }' "$scratch/fuzz-stats.tsv")
    echo "$t: ${runs:-0} executions (${rate:-0}/s), $total in all recorded runs"
    if [[ $rc -eq 72 ]]; then
        # libFuzzer's exit status when it is interrupted (SIGINT or SIGTERM): no finding.
        echo "$t: interrupted" >&2
        status=130
    elif [[ $rc -ne 0 ]]; then
        status=1
        echo "$t: FINDING (exit $rc); the input is in $scratch/findings/$t/, the log in $log" >&2
        grep -E "ERROR|Fatal error|SUMMARY|Test unit written" "$log" | head -20 >&2 || true
    fi
done
exit $status
