#!/usr/bin/env bash
# Whole-process figures for hostile input (docs/reliability.md): builds
# prfaq, writes a 50 MB file, a 10,000-entry FAQ, a "billion laughs" alias
# bomb, two deeply nested files, a Markdown PR/FAQ with a finding on each of
# 20,000 lines and one with a 3.9 MB paragraph on one line, and prints, for each, the wall time and
# peak memory of one prfaq process and the first line of what it says.
#
# Run from the repository root:
#
#   docs/bench/hostile-bench.sh
#
# Settings, as environment variables:
#   BIN=/tmp/prfaq-bench   where to build prfaq
#
# Peak memory comes from GNU time (apt-get install time) when installed.
set -euo pipefail

BIN=${BIN:-/tmp/prfaq-bench}

if [[ ! -f go.mod ]] || ! grep -q '^module github.com/prfaq/prfaq$' go.mod; then
	echo "hostile-bench.sh: run from the root of the prfaq repository" >&2
	exit 2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/prfaq-hostile.XXXXXX")
trap 'rm -rf "$work"' EXIT
go build -o "$BIN" ./cmd/prfaq
example=examples/meal-kit-pause.prfaq.yaml

# 50 MB: the example, then a comment padded to 50 MB.
{ cat "$example"; printf '# '; head -c $((50 << 20)) /dev/zero | tr '\0' x; echo; } >"$work/huge.prfaq.yaml"

# 10,000 customer FAQ entries in place of the example's three.
{
	sed -n '1,/^  external:$/p' "$example"
	for i in $(seq 1 10000); do
		printf '    - id: E%d\n      question: Does pausing cost anything in week %d?\n      answer: |\n        No. Pantrylane charges nothing for the weeks you pause.\n' "$i" "$i"
	done
	sed -n '/^  internal:$/,$p' "$example"
} >"$work/faq.prfaq.yaml"

# A billion laughs: ten anchored lists of nine aliases, 9^9 values in all.
{
	echo 'x0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'
	for i in $(seq 1 9); do
		p=$((i - 1))
		echo "x$i: &a$i [*a$p, *a$p, *a$p, *a$p, *a$p, *a$p, *a$p, *a$p, *a$p]"
	done
	sed 's/^tags: \[/tags: *a9\nold_tags: [/' "$example"
} >"$work/bomb.prfaq.yaml"

# Brackets 9,999 deep (yaml.v3 stops at 10,000), then 2,000 levels of
# indented lists.
{ sed 's/^tags: .*//' "$example"; printf 'tags: '; head -c 9999 /dev/zero | tr '\0' '['; head -c 9999 /dev/zero | tr '\0' ']'; echo; } >"$work/brackets.prfaq.yaml"
{
	sed 's/^tags: .*//' "$example"
	echo 'tags:'
	for i in $(seq 1 2000); do printf '%*s-\n' $((2 * i)) ''; done
} >"$work/indent.prfaq.yaml"

# A Markdown PR/FAQ whose problem section holds 20,000 bold questions, each
# with a number and no source: a finding on every line.
{
	printf -- '---\nprfaq: 1\ntemplate: amazon\n---\n# Pantrylane Pause lets subscribers skip deliveries\n\n## Problem\n\n'
	for i in $(seq 1 20000); do
		printf '**Question %d about pausing a delivery?** Answer %d: yes, you can pause it for a week or two.\n\n' "$i" "$i"
	done
} >"$work/questions.prfaq.md"

# A paragraph pasted as one line of 100,000 sentences (3.9 MB), with a
# weasel word in each.
{
	printf -- '---\nprfaq: 1\ntemplate: amazon\n---\n# Pantrylane Pause lets subscribers skip deliveries\n\n## Problem\n\n'
	# (%.0s prints nothing: one sentence for each of seq's numbers.)
	printf 'Subscribers wait significantly longer. %.0s' $(seq 1 100000)
	echo
} >"$work/paragraph.prfaq.md"

measure() {
	local what=$1
	shift
	local start end peak=""
	start=$(date +%s%N)
	if /usr/bin/time --version >/dev/null 2>&1; then
		(cd "$work" && /usr/bin/time -o "$work/time" -f '%M' "$@" >"$work/said" 2>&1 || true)
		peak="peak $(tail -n 1 "$work/time") KB"
	else
		(cd "$work" && "$@" >"$work/said" 2>&1 || true)
	fi
	end=$(date +%s%N)
	printf '%-30s %6d ms  %s\n' "$what" $(((end - start) / 1000000)) "$peak"
	# The line that matters: the first error, else the first line.
	local line
	line=$(grep -m 1 -E ' error |^prfaq: ' "$work/said" || sed -n '/./{p;q;}' "$work/said")
	printf '    %s\n' "$(cut -c1-140 <<<"$line")"
}

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for f in huge faq bomb brackets indent; do
	size=$(wc -c <"$work/$f.prfaq.yaml")
	measure "lint $f ($((size / 1024)) KB)" "$BIN" lint "$f.prfaq.yaml"
	measure "render $f" "$BIN" render "$f.prfaq.yaml" --out out
done
for f in questions paragraph; do
	size=$(wc -c <"$work/$f.prfaq.md")
	measure "lint $f.md ($((size / 1024)) KB)" "$BIN" lint "$f.prfaq.md"
	measure "import $f.md" "$BIN" import "$f.prfaq.md" --dry-run
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
