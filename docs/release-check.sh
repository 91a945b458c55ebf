#!/usr/bin/env bash
# release-check.sh: build a snapshot release here with GoReleaser, as the
# release workflow does on a tag but publishing nothing, and check what it
# made: every archive and what it holds, the version the Linux binary
# prints, the .deb installed into this machine (then removed), the
# checksums, the Homebrew cask and the Scoop manifest, and the GitHub
# Action's install script against the release.
#
# Run it from the root of the repository, on Linux/amd64 with Go, as root
# (for dpkg; not root, the package check is skipped with a message):
#
#     docs/release-check.sh          # dist/ and docs/completions are removed at the end
#     KEEP=1 docs/release-check.sh   # keep them to look at
#
# GoReleaser runs from the Go module proxy by the version below (a first
# run downloads and compiles it, a few minutes); GORELEASER=/path/to/goreleaser
# uses a binary instead. The container image needs docker and is skipped.
# It takes a minute or two once GoReleaser is compiled, so .ci/run leaves it
# out; the GitHub workflow (.github/workflows/ci.yml) runs it as a job of its
# own. Run it before a release and after changing .goreleaser.yaml. Exits 1 if a check fails, 2 if it
# cannot run.
set -euo pipefail

goreleaser_version=v2.17.0

die() { echo "release-check: $*" >&2; exit 2; }
failed=0
fail() { echo "FAIL: $*" >&2; failed=1; }
ok() { echo "ok:   $*"; }

[[ -f go.mod && -f .goreleaser.yaml && -d cmd/prfaq ]] || die "run this from the root of the prfaq repository"
[[ "$(go env GOOS)/$(go env GOARCH)" == linux/amd64 ]] || die "this runs the linux/amd64 binary and .deb: run it on Linux/amd64"
command -v python3 >/dev/null || die "python3 is needed to read the zip archives and the Scoop manifest"

if [[ -n "${GORELEASER:-}" ]]; then
  goreleaser=("$GORELEASER")
else
  goreleaser=(go run "github.com/goreleaser/goreleaser/v2@$goreleaser_version")
fi

installed_deb=""
cleanup() {
  if [[ -n "$installed_deb" ]]; then
    dpkg -r prfaq >/dev/null 2>&1 || true
  fi
  if [[ -z "${KEEP:-}" ]]; then
    rm -rf dist docs/completions
  fi
}
trap cleanup EXIT

echo "== goreleaser check"
if "${goreleaser[@]}" check; then ok "the configuration passes goreleaser check"; else fail "goreleaser check"; fi

echo "== goreleaser release --snapshot (nothing is published)"
"${goreleaser[@]}" release --snapshot --clean --skip=docker,publish >dist.log 2>&1 || {
  cat dist.log >&2; rm -f dist.log; die "the snapshot release failed (its log is above)"
}
rm -f dist.log

version=$(python3 -c 'import json; print(json.load(open("dist/metadata.json"))["version"])')
commit=$(git rev-parse HEAD)
echo "snapshot version: $version (commit ${commit:0:12})"

echo "== archives"
# list ARCHIVE: the files an archive holds, one a line.
list() {
  case "$1" in
    *.zip) python3 -c 'import sys, zipfile; print("\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))' "$1" ;;
    *) tar -tzf "$1" ;;
  esac
}
for goos in linux darwin windows; do
  for goarch in amd64 arm64; do
    ext=tar.gz bin=prfaq
    if [[ $goos == windows ]]; then ext=zip bin=prfaq.exe; fi
    archive="dist/prfaq_${version}_${goos}_${goarch}.$ext"
    if [[ ! -f "$archive" ]]; then fail "$archive is missing"; continue; fi
    files=$(list "$archive")
    missing=()
    for want in "$bin" README.md LICENSE man/prfaq.1 man/prfaq-lint.1 \
      completions/prfaq.bash completions/_prfaq completions/prfaq.fish; do
      grep -qxF "$want" <<<"$files" || missing+=("$want")
    done
    if ((${#missing[@]})); then fail "$archive lacks ${missing[*]}"; else ok "$archive holds the binary, README, LICENSE, man pages and completions"; fi
  done
done

echo "== the linux/amd64 binary"
unpacked=$(mktemp -d)
tar -xzf "dist/prfaq_${version}_linux_amd64.tar.gz" -C "$unpacked"
printed=$("$unpacked/prfaq" --version)
rm -rf "$unpacked"
echo "prfaq --version: $printed"
# "prfaq v0.0.1-next (commit 0123456789ab, 2026-12-07T15:04:05Z)". GoReleaser
# reads the commit and its date from git only in a clone with a remote (as
# the release workflow has); elsewhere it links "none" and a zero date.
if git remote get-url origin >/dev/null 2>&1; then
  if [[ "$printed" =~ ^prfaq\ v${version//./\\.}\ \(commit\ ${commit:0:12},\ [0-9]{4}-[0-9]{2}-[0-9]{2}T ]]; then
    ok "it names the snapshot version, the commit and its date"
  else
    fail "prfaq --version printed \"$printed\"; want v$version, commit ${commit:0:12} and a date"
  fi
elif [[ "$printed" == "prfaq v$version "* ]]; then
  ok "it names the snapshot version"
  echo "skip: this clone has no remote named origin, so GoReleaser links no commit or date (run it in a clone)"
else
  fail "prfaq --version printed \"$printed\"; want v$version"
fi

echo "== the .deb"
deb=$(ls dist/prfaq_*_amd64.deb)
if ls dist/prfaq-*.x86_64.rpm >/dev/null 2>&1; then ok "the .rpm is built"; else fail "no x86_64 .rpm in dist/"; fi
if [[ $(id -u) != 0 ]] || ! command -v dpkg >/dev/null; then
  echo "skip: installing $deb needs root and dpkg"
elif dpkg -s prfaq >/dev/null 2>&1; then
  echo "skip: a prfaq package is installed already; remove it (dpkg -r prfaq) to check this one"
else
  dpkg -i "$deb" >/dev/null
  installed_deb=$deb
  ok "dpkg -i $deb"
  if [[ "$(/usr/bin/prfaq --version)" == "$printed" ]]; then ok "/usr/bin/prfaq --version: $printed"; else fail "/usr/bin/prfaq --version: $(/usr/bin/prfaq --version)"; fi
  manpage=/usr/share/man/man1/prfaq.1
  if [[ ! -f $manpage ]]; then
    fail "$manpage is not installed (does /etc/dpkg/dpkg.cfg.d exclude man pages?)"
  elif command -v man >/dev/null && man -w prfaq >/dev/null 2>&1; then
    ok "man prfaq finds $(man -w prfaq)"
  else
    ok "$manpage is installed (no man here to open it)"
  fi
  if bash -c 'source /usr/share/bash-completion/completions/prfaq && complete -p prfaq' >/dev/null 2>&1; then
    ok "the bash completion registers for prfaq"
  else
    fail "sourcing /usr/share/bash-completion/completions/prfaq registers no completion for prfaq"
  fi
  for f in /usr/share/zsh/vendor-completions/_prfaq /usr/share/fish/vendor_completions.d/prfaq.fish; do
    if [[ -f $f ]]; then ok "$f is installed"; else fail "$f is not installed"; fi
  done
  dpkg -r prfaq >/dev/null
  installed_deb=""
  if [[ -e /usr/bin/prfaq ]]; then fail "dpkg -r prfaq left /usr/bin/prfaq"; else ok "dpkg -r prfaq removed it"; fi
fi

echo "== checksums"
if (cd dist && sha256sum --quiet -c checksums.txt); then
  ok "dist/checksums.txt verifies ($(wc -l <dist/checksums.txt) files)"
else
  fail "dist/checksums.txt does not verify"
fi

echo "== Homebrew cask and Scoop manifest"
cask=dist/homebrew/Casks/prfaq.rb
manifest=dist/scoop/prfaq.json
if [[ ! -f $cask ]]; then
  fail "$cask was not generated"
elif command -v ruby >/dev/null; then
  if ruby -c "$cask" >/dev/null; then ok "$cask parses (ruby -c)"; else fail "$cask does not parse"; fi
else
  echo "skip: no ruby here to parse $cask (it was generated)"
fi
if [[ ! -f $manifest ]]; then
  fail "$manifest was not generated"
elif python3 -m json.tool "$manifest" >/dev/null; then
  ok "$manifest is valid JSON"
else
  fail "$manifest is not valid JSON"
fi

echo "== the GitHub Action's install from this release"
# The action's install script, given dist/ laid out as a GitHub release
# (one folder a tag), must pick this runner's archive, verify it and
# install a prfaq that prints the snapshot version.
action=$(mktemp -d)
mkdir -p "$action/releases/v$version"
ln -s "$PWD"/dist/prfaq_* "$PWD"/dist/checksums.txt "$action/releases/v$version/"
if (
  export PRFAQ_VERSION="v$version" PRFAQ_ACTION_REF="" PRFAQ_ACTION_PATH="$PWD" \
    PRFAQ_CACHE_ROOT="$action/cache" PRFAQ_RELEASES="file://$action/releases" \
    PRFAQ_GIT="$PWD" RUNNER_OS=Linux RUNNER_ARCH=X64 RUNNER_TEMP="$action" \
    GITHUB_OUTPUT="$action/output" GITHUB_PATH="$action/path"
  bash .github/action/install.sh choose >/dev/null
  while IFS='=' read -r k v; do
    case $k in method) export PRFAQ_METHOD=$v ;; bin) export PRFAQ_BIN=$v ;; archive) export PRFAQ_ARCHIVE=$v ;; sha256) export PRFAQ_SHA256=$v ;; esac
  done <"$action/output"
  [[ $PRFAQ_METHOD == release ]] || { echo "the action would build prfaq ($PRFAQ_METHOD), not download it" >&2; exit 1; }
  bash .github/action/install.sh install | tail -n 1 | grep -qxF "$printed"
); then
  ok "the action's install script downloads, verifies and installs prfaq_${version}_linux_amd64.tar.gz"
else
  fail "the action's install script did not install this release's linux/amd64 prfaq"
fi
rm -rf "$action"

if ((failed)); then echo "release-check: some checks failed" >&2; exit 1; fi
echo "release-check: all checks passed"
