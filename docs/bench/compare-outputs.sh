#!/usr/bin/env bash
# Byte-for-byte comparison of everything prfaq writes, between two builds:
# every lint format, score, index, render, the workshop gallery and packet,
# and the pages prfaq serve answers with, on the examples, the test
# fixtures and generated corpora of YAML and Markdown PR/FAQs. Use it
# before landing a change that moves code but must not change output.
#
# Run from the repository root:
#
#   docs/bench/compare-outputs.sh            # the working tree against HEAD
#   docs/bench/compare-outputs.sh main~3     # the working tree against a revision
#
# Settings, as environment variables:
#   N=2000         documents in each generated corpus (YAML and Markdown)
#   KEEP=1         keep the work folder (the outputs of both builds)
#   EXTRA=DIR      one more folder of PR/FAQs to compare on
#
# It exits 0 when every output, standard error and exit code is the same,
# 1 with the differences otherwise. It needs git, curl and Go.
set -euo pipefail

BASE=${1:-HEAD}
N=${N:-2000}

if [[ ! -f go.mod ]] || ! grep -q '^module github.com/prfaq/prfaq$' go.mod; then
	echo "compare-outputs.sh: run from the root of the prfaq repository" >&2
	exit 2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/prfaq-compare.XXXXXX")
if [[ -z ${KEEP:-} ]]; then
	trap 'rm -rf "$work"' EXIT
else
	echo "work folder: $work"
fi

echo "== building $BASE and the working tree"
mkdir -p "$work/base-src"
git archive "$BASE" | tar -x -C "$work/base-src"
(cd "$work/base-src" && go build -o "$work/prfaq-base" ./cmd/prfaq)
go build -o "$work/prfaq-new" ./cmd/prfaq

echo "== document sets"
sets=$work/sets
mkdir -p "$sets"
cp -r examples "$sets/examples"
rm -f "$sets"/examples/*.go
cp -r internal/lint/testdata "$sets/lint-testdata"
rm -rf "$sets/lint-testdata/fuzz"
cp -r internal/mddoc/testdata/fixtures "$sets/mddoc-fixtures"
cp -r internal/portfolio/testdata/docs "$sets/portfolio-docs"
cp -r internal/workshop/testdata/drafts "$sets/workshop-drafts"
go run ./docs/bench/gen -n "$N" -out "$sets/yaml-corpus" -seed 1 >/dev/null
go run ./docs/bench/gen -n "$N" -out "$sets/md-corpus" -seed 1 -format md >/dev/null
# A document with closed versions, for the version and diff pages.
mkdir -p "$sets/history"
cp examples/prfaq.prfaq.yaml "$sets/history/tool.prfaq.yaml"
(
	cd "$sets/history"
	export SOURCE_DATE_EPOCH=1800000000
	"$work/prfaq-base" bump tool.prfaq.yaml -m "First review" >/dev/null
	sed -i 's/one afternoon/one morning/' tool.prfaq.yaml
	"$work/prfaq-base" bump tool.prfaq.yaml -m "Second review" >/dev/null
	sed -i 's/Product managers/Product people/' tool.prfaq.yaml
)
if [[ -n ${EXTRA:-} ]]; then
	cp -r "$EXTRA" "$sets/extra"
fi
# A lint configuration and a broken document, so the comparison covers
# configuration findings and unreadable files in a corpus.
printf 'disable: [passive-voice, no-such-rule]\nseverities:\n  weasel-words: error\nthresholds:\n  sentence_words: 25\n' >"$sets/yaml-corpus/.prfaq-lint.yaml"
mkdir -p "$sets/yaml-corpus/team"
printf 'enable: [passive-voice]\nthresholds:\n  no-such-threshold: 3\n' >"$sets/yaml-corpus/team/.prfaq-lint.yaml"
mv "$sets"/yaml-corpus/doc-0000*.prfaq.yaml "$sets/yaml-corpus/team/"
printf 'prfaq: 1\ntitle: [broken\n' >"$sets/yaml-corpus/broken.prfaq.yaml"

# run NAME CMD...: run a command in the sets folder and keep its standard
# output, standard error and exit code under the build's output folder.
run() {
	local name=$1
	shift
	(cd "$sets" && "$BIN" "$@" >"$out/$name.out" 2>"$out/$name.err") && echo 0 >"$out/$name.code" || echo $? >"$out/$name.code"
}

# outputs BUILD: everything one build writes, into $work/out-BUILD.
outputs() {
	BIN=$work/prfaq-$1
	out=$work/out-$1
	mkdir -p "$out"
	# Commands write pages to ../o, the same name for both builds, so
	# that their messages are the same.
	ln -sfn "out-$1" "$work/o"
	export SOURCE_DATE_EPOCH=1800000000 XDG_CONFIG_HOME=$work/config-$1 NO_COLOR=
	for set in $(ls "$sets"); do
		for format in text json sarif github junit checkstyle; do
			run "lint-$set-$format" lint --format "$format" "$set"
		done
		run "lint-$set-color" lint --color always "$set"
		run "lint-$set-only" lint --only passive-voice,acronym --fail-on warning "$set"
		mapfile -t docs < <(cd "$sets" && find "$set" -name '*.prfaq.yaml' -o -name '*.md' | sort)
		run "score-$set-text" score "${docs[@]}"
		run "score-$set-json" score --format json "${docs[@]}"
		run "index-$set" index "$set" --out "../o/index-$set.html"
		run "gallery-$set" workshop gallery "$set" --out "../o/gallery-$set.html"
		run "gallery-anon-$set" workshop gallery "$set" --anonymize --sort score --out "../o/gallery-anon-$set.html"
	done
	# Lint named files in an order that is not sorted, twice.
	run "lint-named" lint --format junit examples/prfaq.prfaq.yaml lint-testdata examples/keyturn.prfaq.yaml examples/prfaq.prfaq.yaml
	run "lint-named-text" lint examples/prfaq.prfaq.yaml lint-testdata examples/keyturn.prfaq.yaml
	run "lint-named-checkstyle" lint --format checkstyle examples/prfaq.prfaq.yaml lint-testdata examples/keyturn.prfaq.yaml
	# A baseline recorded, then applied to the same files.
	run "lint-baseline-record" lint --baseline ../o/baseline.json examples lint-testdata
	run "lint-baseline-apply" lint --baseline ../o/baseline.json examples lint-testdata md-corpus
	# Render: the examples and the YAML corpus, into a folder each.
	local examples corpus
	mapfile -t examples < <(cd "$sets" && ls examples/*.prfaq.yaml)
	mapfile -t corpus < <(cd "$sets" && find yaml-corpus -name 'doc-*.prfaq.yaml' | sort)
	run "render-examples" render --out "../o/render-examples" "${examples[@]}"
	run "render-corpus" render --out "../o/render-corpus" "${corpus[@]}"
	run "render-check" render --check --out "../o/render-examples" "${examples[@]}"
	run "render-history" render --all-versions --out "../o/render-history" history/tool.prfaq.yaml
	# Packets: every example and fixture.
	mkdir -p "$out/packets"
	local i=0
	while read -r doc; do
		i=$((i + 1))
		run "packet-$i" workshop packet "$doc" --out "../o/packets/$i.html"
	done < <(cd "$sets" && ls examples/*.prfaq.yaml workshop-drafts/* mddoc-fixtures/*.md lint-testdata/*)
	# Served pages: the index, every document page and every diff page
	# the pages link to.
	for set in examples portfolio-docs workshop-drafts history; do
		serve_pages "$1" "$set"
	done
	unset SOURCE_DATE_EPOCH XDG_CONFIG_HOME NO_COLOR
}

# links FILE: the document and diff pages a served page links to.
links() {
	{ grep -o 'href="/\(doc\|diff\)/[^"]*"' "$1" || true; } | sed 's/^href="//; s/"$//; s/&amp;/\&/g' | sort -u
}

serve_pages() {
	local build=$1 set=$2 log pid url page n=0
	log=$work/serve-$build-$set.log
	(cd "$sets" && exec "$BIN" serve "$set" --addr 127.0.0.1:0 >"$log" 2>&1) &
	pid=$!
	for _ in $(seq 200); do
		url=$(grep -o 'http://127.0.0.1:[0-9]*/' "$log" || true)
		[[ -n $url ]] && break
		sleep 0.05
	done
	mkdir -p "$out/serve-$set"
	curl -s "$url" >"$out/serve-$set/index.html"
	local queue=("$(links "$out/serve-$set/index.html")")
	: >"$out/serve-$set/pages.txt"
	# Breadth first over the links, each page once.
	while [[ ${#queue[@]} -gt 0 ]]; do
		local next=()
		for page in ${queue[@]}; do
			grep -qxF -- "$page" "$out/serve-$set/pages.txt" && continue
			echo "$page" >>"$out/serve-$set/pages.txt"
			n=$((n + 1))
			curl -s "$url${page#/}" >"$out/serve-$set/page-$n.html"
			next+=($(links "$out/serve-$set/page-$n.html"))
		done
		queue=(${next[@]+"${next[@]}"})
	done
	kill "$pid"
	wait "$pid" 2>/dev/null || true
}

echo "== outputs of $BASE"
outputs base
echo "== outputs of the working tree"
outputs new

echo "== comparing"
files=$(find "$work/out-base" -type f | wc -l)
if diff -r "$work/out-base" "$work/out-new" >"$work/diff.txt"; then
	echo "identical: $files files (outputs, standard error and exit codes)"
	exit 0
fi
echo "different:"
head -100 "$work/diff.txt"
echo "($(grep -c '^diff \|^Only in' "$work/diff.txt") files differ of $files; KEEP=1 keeps $work)"
exit 1
