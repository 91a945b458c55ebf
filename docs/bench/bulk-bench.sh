#!/usr/bin/env bash
# Whole-process figures for prfaq on thousands of files: lint of Markdown
# and YAML PR/FAQs (and the peak memory of a run ten times larger),
# render, index and import. Builds prfaq, generates the corpora with
# docs/bench/gen, and prints for each command the median wall time, the
# median CPU time (user + system) and the largest peak memory over RUNS
# runs, measured with GNU time. docs/performance.md records the figures.
#
# Run from the repository root:
#
#   docs/bench/bulk-bench.sh
#
# Settings, as environment variables:
#   N=2000          documents in each corpus
#   BIG=20000       documents in the large Markdown corpus (0 skips it)
#   RUNS=5          runs of each command (the large corpus: 3)
#   BIN=/tmp/prfaq-bulk-bench   where to build prfaq
#   VALE=PATH VALE_CONFIG=PATH  also time Vale on the Markdown corpus
#
# It needs GNU time at /usr/bin/time (apt-get install time). The figures
# are only as good as the machine is quiet: it prints the load average
# before and after.
set -euo pipefail

N=${N:-2000}
BIG=${BIG:-20000}
RUNS=${RUNS:-5}
BIN=${BIN:-/tmp/prfaq-bulk-bench}

if [[ ! -f go.mod ]] || ! grep -q '^module github.com/prfaq/prfaq$' go.mod; then
	echo "bulk-bench.sh: run from the root of the prfaq repository" >&2
	exit 2
fi
if ! /usr/bin/time -f '%e' true 2>/dev/null; then
	echo "bulk-bench.sh: GNU time is needed at /usr/bin/time (apt-get install time)" >&2
	exit 2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/prfaq-bulk.XXXXXX")
trap 'rm -rf "$work"' EXIT

# measure LABEL RUNS PREPARE CMD...: run PREPARE (a shell command, for
# fresh output folders) and then CMD, RUNS times, and print the median
# wall and CPU seconds and the largest peak memory.
measure() {
	local label=$1 runs=$2 prepare=$3
	shift 3
	: >"$work/times"
	for ((i = 0; i < runs; i++)); do
		bash -c "$prepare"
		/usr/bin/time -f '%e %U %S %M' -o "$work/one" "$@" >/dev/null 2>&1 || true
		# GNU time writes a line of its own first when the command exits
		# with a status other than 0 (lint does, when it has findings).
		tail -1 "$work/one" >>"$work/times"
	done
	median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
	local wall cpu rss
	wall=$(awk '{ print $1 }' "$work/times" | median)
	cpu=$(awk '{ print $2 + $3 }' "$work/times" | median)
	rss=$(awk '$4 > m { m = $4 } END { print m }' "$work/times")
	awk -v label="$label" -v w="$wall" -v c="$cpu" -v r="$rss" -v n="$runs" \
		'BEGIN { printf "%-38s wall %6.2f s   cpu %6.2f s   peak %6.1f MB   (median of %d)\n", label, w, c, r / 1024, n }'
}

echo "== machine"
echo "cpus:   $(nproc) ($(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo))"
echo "go:     $(go version | awk '{ print $3, $4 }')"
echo "prfaq:  $(git describe --always --dirty 2>/dev/null || echo unknown)"
echo "load:   $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) before"

echo
echo "== build and corpora"
go build -o "$BIN" ./cmd/prfaq
go run ./docs/bench/gen -n "$N" -out "$work/yaml" -seed 1
go run ./docs/bench/gen -n "$N" -out "$work/md" -seed 1 -format md
if [[ $BIG -gt 0 ]]; then
	go run ./docs/bench/gen -n "$BIG" -out "$work/md-big" -seed 1 -format md
fi
yaml_docs=("$work"/yaml/*.prfaq.yaml)

echo
echo "== figures"
measure "floor: cat | wc -w, $N Markdown" "$RUNS" true sh -c "cat '$work'/md/* | wc -w"
measure "lint $N Markdown" "$RUNS" true "$BIN" lint --color never "$work/md"
if [[ $BIG -gt 0 ]]; then
	measure "lint $BIG Markdown" 3 true "$BIN" lint --color never "$work/md-big"
fi
measure "lint $N YAML" "$RUNS" true "$BIN" lint --color never "$work/yaml"
measure "render $N YAML to md+html, new folder" "$RUNS" true sh -c "'$BIN' render --out \"\$(mktemp -d -p '$work')\" '$work'/yaml/*.prfaq.yaml"
"$BIN" render --out "$work/out" "${yaml_docs[@]}" >/dev/null
measure "render $N again, over the outputs" "$RUNS" true "$BIN" render --out "$work/out" "${yaml_docs[@]}"
measure "index $N YAML" "$RUNS" true "$BIN" index "$work/yaml" --out "$work/index.html"
measure "index $N Markdown" "$RUNS" true "$BIN" index "$work/md" --out "$work/index-md.html"
measure "import $N Markdown, one run" "$RUNS" "rm -f '$work'/md/*.prfaq.yaml" sh -c "'$BIN' import '$work'/md/*.prfaq.md"
rm -f "$work"/md/*.prfaq.yaml
if [[ -n ${VALE:-} ]]; then
	measure "Vale on the $N Markdown files" 3 true "$VALE" --config "$VALE_CONFIG" --output line "$work/md"
fi

echo
echo "load:   $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) after"
