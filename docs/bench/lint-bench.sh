#!/usr/bin/env bash
# Whole-process figures for `prfaq lint`: builds prfaq, generates a corpus of
# PR/FAQs (docs/bench/gen), and prints the wall time of linting the corpus
# (best and median of 5 runs), the peak memory of one run, and the time of
# linting one file as a whole process (median of 20 runs). See
# docs/performance.md for the figures and what they mean.
#
# Run from the repository root:
#
#   docs/bench/lint-bench.sh
#
# Settings, as environment variables:
#   N=2000           documents in the corpus
#   SEED=1           corpus seed (the same seed gives the same files)
#   RUNS=5           timed runs over the corpus
#   ONE_RUNS=20      timed runs over one file
#   BIN=/tmp/prfaq-bench   where to build prfaq
#
# hyperfine is used when installed (apt-get install hyperfine), else a
# bash loop; peak memory comes from GNU time (apt-get install time), else
# from /proc. The figures are only as good as the machine is quiet: the
# script prints the load average before and after.
set -euo pipefail

N=${N:-2000}
SEED=${SEED:-1}
RUNS=${RUNS:-5}
ONE_RUNS=${ONE_RUNS:-20}
BIN=${BIN:-/tmp/prfaq-bench}

if [[ ! -f go.mod ]] || ! grep -q '^module github.com/prfaq/prfaq$' go.mod; then
	echo "lint-bench.sh: run from the root of the prfaq repository" >&2
	exit 2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/prfaq-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
corpus=$work/corpus
one=$corpus/doc-00000.prfaq.yaml

ms() { awk -v s="$1" 'BEGIN { printf "%.1f ms", s * 1000 }'; }

# best_median FILE: the smallest and the median of the seconds in FILE,
# one a line.
best_median() {
	sort -g "$1" | awk '{ v[NR] = $1 } END {
		m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
		print v[1], m
	}'
}

# timed OUT RUNS CMD...: run CMD RUNS times after one warm-up run, output
# discarded, and write each run's wall time in seconds to OUT.
timed() {
	local out=$1 runs=$2
	shift 2
	: >"$out"
	if command -v hyperfine >/dev/null; then
		hyperfine --style none --shell=none --ignore-failure --warmup 1 --runs "$runs" --output=null \
			--export-json "$out.json" -- "$(printf '%q ' "$@")" >/dev/null 2>"$out.err" ||
			{ cat "$out.err" >&2; return 1; }
		# The times array of the JSON export, one number a line.
		tr -d ' \n' <"$out.json" | sed 's/.*"times":\[\([^]]*\)\].*/\1/' | tr ',' '\n' >"$out"
	else
		"$@" >/dev/null || [[ $? -eq 1 ]]
		local i t0 t1
		for ((i = 0; i < runs; i++)); do
			t0=$(date +%s%N)
			"$@" >/dev/null || [[ $? -eq 1 ]]
			t1=$(date +%s%N)
			awk -v d=$((t1 - t0)) 'BEGIN { printf "%.6f\n", d / 1e9 }' >>"$out"
		done
	fi
}

# peak_rss CMD...: the peak resident memory of one run of CMD, in MB, and
# with GNU time the CPU time it used (user + system), which a busy machine
# inflates less than the wall time.
peak_rss() {
	if [[ -x /usr/bin/time ]] && /usr/bin/time -f '%M' true 2>/dev/null; then
		/usr/bin/time -f '%M %U %S' -o "$work/rss" "$@" >/dev/null || [[ $? -eq 1 ]]
		awk '{ kb = $1; u = $2; s = $3 } END { printf "%.1f MB (GNU time); CPU time %.2f s user + %.2f s system", kb / 1024, u, s }' "$work/rss"
	else
		# No GNU time (apt-get install time): sample VmHWM, the process's
		# high-water mark, until it exits.
		"$@" >/dev/null &
		local pid=$! hwm=0 v
		while v=$(awk '/^VmHWM:/ { print $2 }' "/proc/$pid/status" 2>/dev/null) && [[ -n $v ]]; do
			hwm=$v
			sleep 0.005
		done
		wait "$pid" || [[ $? -eq 1 ]]
		awk -v kb="$hwm" 'BEGIN { printf "%.1f MB (sampled from /proc, a lower bound)", kb / 1024 }'
	fi
}

echo "== machine"
echo "cpus:        $(nproc) ($(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo))"
echo "memory:      $(awk '/^MemTotal:/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo)"
echo "go:          $(go version | awk '{ print $3, $4 }')"
echo "prfaq:       $(git describe --always --dirty 2>/dev/null || echo unknown)"
echo "load:        $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) before"
echo "timing:      $(command -v hyperfine >/dev/null && hyperfine --version || echo 'bash loop (apt-get install hyperfine for hyperfine)')"

echo
echo "== build and corpus"
go build -o "$BIN" ./cmd/prfaq
echo "built $BIN"
go run ./docs/bench/gen -n "$N" -out "$corpus" -seed "$SEED"

# One run to check the corpus: no format errors, and the findings it holds.
set +e
"$BIN" lint --color never "$corpus" >"$work/out.txt"
status=$?
set -e
if [[ $status -gt 1 ]] || grep -q ' format: ' "$work/out.txt"; then
	echo "lint-bench.sh: the corpus does not lint cleanly (exit $status):" >&2
	grep -m 5 ' format: ' "$work/out.txt" >&2 || tail -5 "$work/out.txt" >&2
	exit 1
fi
echo "findings:    $(tail -1 "$work/out.txt")"
echo "by rule:     $(grep -oE '^[^ ]+: (error|warning|info) [a-z-]+:' "$work/out.txt" | awk '{ sub(":", "", $3); print $3 }' | sort | uniq -c | sort -rn | awk '{ printf "%s%s %s", sep, $2, $1; sep = ", " }')"

echo
echo "== prfaq lint CORPUS ($N files, $RUNS runs)"
timed "$work/all" "$RUNS" "$BIN" lint --color never "$corpus"
read -r best median < <(best_median "$work/all")
echo "wall:        best $(ms "$best"), median $(ms "$median")"
awk -v n="$N" -v b="$best" -v m="$median" 'BEGIN { printf "files/s:     %.0f (best), %.0f (median)\n", n / b, n / m }'
echo "peak RSS:    $(peak_rss "$BIN" lint --color never "$corpus")"

echo
echo "== prfaq lint ONE-FILE (whole process, $ONE_RUNS runs)"
timed "$work/one" "$ONE_RUNS" "$BIN" lint --color never "$one"
read -r best median < <(best_median "$work/one")
echo "wall:        best $(ms "$best"), median $(ms "$median")"
echo "peak RSS:    $(peak_rss "$BIN" lint --color never "$one")"
timed "$work/version" "$ONE_RUNS" "$BIN" --version
read -r best median < <(best_median "$work/version")
echo "for scale:   prfaq --version takes best $(ms "$best"), median $(ms "$median")"

echo
echo "load:        $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) after"
exit 0
