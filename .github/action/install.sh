#!/usr/bin/env bash
# install.sh: the GitHub Action's install of prfaq (action.yml runs it).
#
#   install.sh choose    decide what to install; writes method, version,
#                        bin, archive and its sha256 to $GITHUB_OUTPUT
#   install.sh install   install it into bin and add bin to $GITHUB_PATH
#
# A version with a release is downloaded: the archive for the runner's
# system and architecture, checked against the release's checksums.txt
# before anything is unpacked. Only a ref without a release (a branch, a
# commit, a tag whose release files are missing) or a runner no archive is
# built for falls back to `go install`, and action.yml sets up Go only then.
# Empty version (uses: ./) builds the action's own checkout.
#
# Read from the environment:
#   PRFAQ_VERSION      the action's version input (may be empty)
#   PRFAQ_ACTION_REF   the ref the workflow pins the action to (github.action_ref)
#   PRFAQ_ACTION_PATH  the action's checkout (github.action_path)
#   PRFAQ_CACHE_ROOT   where builds are kept (runner.tool_cache)
#   RUNNER_OS, RUNNER_ARCH, RUNNER_TEMP  set by the runner
#   PRFAQ_RELEASES     where release files are (default: the GitHub releases
#                      of prfaq/prfaq); a file:// URL works, as in the tests
#   PRFAQ_GIT          the repository whose tags name versions
#   install only: PRFAQ_METHOD, PRFAQ_BIN, PRFAQ_ARCHIVE, PRFAQ_SHA256, PRFAQ_CACHED
#                 (the outputs of choose and of the cache step)
set -euo pipefail

module=github.com/prfaq/prfaq
releases="${PRFAQ_RELEASES:-https://github.com/prfaq/prfaq/releases/download}"
repository="${PRFAQ_GIT:-https://github.com/prfaq/prfaq.git}"

# error MESSAGE: an annotation on the run, then stop.
error() {
  echo "::error title=prfaq::$*"
  exit 1
}

output() { echo "$1=$2" >>"$GITHUB_OUTPUT"; }

fetch() { curl -fsSL --retry 3 --retry-delay 2 -o "$2" "$1"; }

sha256() {
  if command -v sha256sum >/dev/null; then
    sha256sum "$1" | cut -d' ' -f1
  else
    shasum -a 256 "$1" | cut -d' ' -f1
  fi
}

# platform: prfaq's name for the runner's system and architecture, as the
# release archives are named (linux_amd64), or nothing if none is built.
platform() {
  local os arch
  case "${RUNNER_OS:-}" in
  Linux) os=linux ;;
  macOS) os=darwin ;;
  Windows) os=windows ;;
  *) return 0 ;;
  esac
  case "${RUNNER_ARCH:-}" in
  X64) arch=amd64 ;;
  ARM64) arch=arm64 ;;
  *) return 0 ;;
  esac
  echo "${os}_${arch}"
}

# newest PREFIX: the highest release tag (vX.Y.Z, no pre-release) that is
# PREFIX or starts with PREFIX followed by a dot; every one for "latest".
newest() {
  git ls-remote --tags --refs "$repository" | awk -v prefix="$1" '
    {
      tag = $2; sub(/^refs\/tags\//, "", tag)
      if (tag !~ /^v[0-9]+\.[0-9]+\.[0-9]+$/) next
      if (prefix != "latest" && tag != prefix && index(tag, prefix ".") != 1) next
      split(substr(tag, 2), n, ".")
      if (best == "" || n[1] + 0 > b[1] + 0 ||
          (n[1] + 0 == b[1] + 0 && (n[2] + 0 > b[2] + 0 ||
            (n[2] + 0 == b[2] + 0 && n[3] + 0 > b[3] + 0)))) {
        best = tag; b[1] = n[1]; b[2] = n[2]; b[3] = n[3]
      }
    }
    END { if (best != "") print best }'
}

choose() {
  local want version archive platform ext checksums sha256
  want="${PRFAQ_VERSION:-${PRFAQ_ACTION_REF:-}}"
  if [[ -z "$want" ]]; then
    # uses: ./ (the action from a checkout) has no ref: build that
    # checkout, which is what the workflow is testing.
    echo "prfaq: building from the action's checkout ($PRFAQ_ACTION_PATH)"
    output method checkout
    output version checkout
    output bin "$PRFAQ_CACHE_ROOT/prfaq/checkout/bin"
    return
  fi
  if [[ "$want" == latest || "$want" =~ ^v[0-9]+(\.[0-9]+)?$ ]]; then
    # A moving name (the major-version tag a workflow pins, or latest) is
    # the newest release it covers.
    version="$(newest "$want")" || error "could not list prfaq's versions from $repository"
    [[ -n "$version" ]] || error "no prfaq release matches $want (from the action's ref or its version input): pin the action to a release tag such as v1.2.0, or set version: latest"
    echo "prfaq: $want is $version"
  elif [[ "$want" =~ ^v[0-9]+\.[0-9]+\.[0-9]+([-+].*)?$ ]]; then
    version="$want"
  else
    # A branch, a tag that is no version, or a commit: no release, so it is
    # built, named by its commit so the cache knows when it moves.
    version="$(git ls-remote "$repository" "refs/heads/$want" "refs/tags/$want" | awk 'NR == 1 { print $1 }')" ||
      error "could not list prfaq's branches from $repository"
    if [[ -z "$version" && "$want" =~ ^[0-9a-f]{7,40}$ ]]; then
      version="$want"
    fi
    [[ -n "$version" ]] || error "no prfaq version $want (from the action's ref or its version input): pin the action to a release tag such as v1.2.0, or set version: latest"
    echo "prfaq: $want is commit $version, which has no release: it is built with go install"
    output method go
    output version "$version"
    output bin "$PRFAQ_CACHE_ROOT/prfaq/$version/bin"
    return
  fi

  output version "$version"
  output bin "$PRFAQ_CACHE_ROOT/prfaq/$version/bin"
  platform="$(platform)"
  if [[ -z "$platform" ]]; then
    echo "::notice title=prfaq::no release archive is built for ${RUNNER_OS:-this system} on ${RUNNER_ARCH:-this architecture}: building prfaq $version with go install"
    output method go
    return
  fi
  ext=tar.gz
  [[ "$platform" == windows_* ]] && ext=zip
  archive="prfaq_${version#v}_${platform}.$ext"
  checksums="$(mktemp)"
  if ! fetch "$releases/$version/checksums.txt" "$checksums" 2>/dev/null; then
    rm -f "$checksums"
    # No release files: a tag pushed before (or without) its release. It
    # is still a version go can build, if the tag exists at all.
    if [[ -z "$(git ls-remote --tags --refs "$repository" "refs/tags/$version" 2>/dev/null)" ]]; then
      error "no prfaq version $version (from the action's ref or its version input): pin the action to a release tag such as v1.2.0, or set version: latest"
    fi
    echo "::notice title=prfaq::prfaq $version has no release files at $releases/$version: building it with go install"
    output method go
    return
  fi
  # The archive's SHA-256, read here once: install checks the download
  # against it.
  sha256="$(awk -v f="$archive" '$2 == f || $2 == "*" f { print $1; exit }' "$checksums")"
  rm -f "$checksums"
  if [[ -z "$sha256" ]]; then
    echo "::notice title=prfaq::the $version release has no $archive: building prfaq with go install"
    output method go
    return
  fi
  output method release
  output archive "$archive"
  output sha256 "$sha256"
}

install() {
  local bin="$PRFAQ_BIN" version="$PRFAQ_VERSION" exe=prfaq
  [[ "${RUNNER_OS:-}" == Windows ]] && exe=prfaq.exe
  if [[ "$PRFAQ_METHOD" == checkout ]]; then
    (cd "$PRFAQ_ACTION_PATH" && GOBIN="$bin" go install ./cmd/prfaq)
  elif [[ "${PRFAQ_CACHED:-}" == true && -x "$bin/$exe" ]]; then
    echo "prfaq: $version from the cache"
  elif [[ "$PRFAQ_METHOD" == go ]]; then
    GOBIN="$bin" go install "$module/cmd/prfaq@$version"
  else
    download "$version" "$PRFAQ_ARCHIVE" "${PRFAQ_SHA256:-}" "$bin" "$exe"
  fi
  echo "$bin" >>"$GITHUB_PATH"
  "$bin/$exe" --version
}

# download VERSION ARCHIVE SHA256 BIN EXE: fetch the release archive,
# refuse it unless its SHA-256 is the one the release's checksums.txt
# gave (read by choose), and unpack the binary into BIN.
download() {
  local version="$1" archive="$2" want="$3" bin="$4" exe="$5" got
  # Not local: the EXIT trap (error leaves by exit) reads it.
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  [[ -n "$want" ]] || error "$archive is not in the $version release's checksums.txt, so it cannot be verified: refusing to install it"
  fetch "$releases/$version/$archive" "$work/$archive" ||
    error "could not download $releases/$version/$archive"
  got="$(sha256 "$work/$archive")"
  if [[ "$got" != "$want" ]]; then
    error "$archive does not match the $version release's checksums.txt (SHA-256 $got, checksums.txt says $want): refusing to install it. Run the job again; if it fails the same way, report it at https://github.com/prfaq/prfaq/issues"
  fi
  echo "prfaq: $archive matches checksums.txt"
  mkdir -p "$work/unpacked"
  case "$archive" in
  *.zip) unzip -q -o "$work/$archive" "$exe" -d "$work/unpacked" ;;
  *) tar -xzf "$work/$archive" -C "$work/unpacked" "$exe" ;;
  esac || error "$archive holds no $exe"
  mkdir -p "$bin"
  mv -f "$work/unpacked/$exe" "$bin/$exe"
  chmod +x "$bin/$exe"
}

case "${1:-}" in
choose) choose ;;
install) install ;;
*)
  echo "usage: install.sh choose|install" >&2
  exit 2
  ;;
esac
