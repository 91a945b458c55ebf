#!/usr/bin/env bash
# print-check.sh: print every example PR/FAQ to PDF with headless Chromium
# and report, per document, the number of pages, the page the FAQ starts on,
# and whether the press release fits on page 1.
#
# Needs Go, Chromium and poppler-utils (pdfinfo, pdftotext). On Debian or
# Ubuntu:
#
#     apt-get install chromium poppler-utils
#
# (the package is chromium-browser on some Ubuntu releases). Run it from the
# root of the repository:
#
#     docs/print-check.sh            # PDFs go to a temporary folder, removed at the end
#     docs/print-check.sh OUTDIR     # keep the rendered pages and the PDFs in OUTDIR
#                                    # (files there with the same names are replaced)
#
# CHROMIUM=/path/to/chrome overrides the browser. Chromium prints on its
# default paper (US Letter in headless mode, which is shorter than A4), with
# no header or footer. Documents using the built-in templates (amazon,
# mini, internal, oss) must have their press release on page 1 and the FAQ
# starting at the top of page 2; for other templates the FAQ must start at
# the top of some page. The script exits 1 if any document fails, 2 if it cannot run.
# The examples/print_test.go Go test makes the same check on the committed
# examples/*.html.
set -euo pipefail

die() { echo "print-check: $*" >&2; exit 2; }

[[ -f go.mod && -d examples && -d cmd/prfaq ]] || die "run this from the root of the prfaq repository"
command -v go >/dev/null || die "go is not on PATH"
chromium=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
[[ -n $chromium ]] || die "chromium is not on PATH (apt-get install chromium)"
command -v pdfinfo >/dev/null || die "pdfinfo is not on PATH (apt-get install poppler-utils)"
command -v pdftotext >/dev/null || die "pdftotext is not on PATH (apt-get install poppler-utils)"

shopt -s nullglob
sources=(examples/*.prfaq.yaml)
((${#sources[@]})) || die "no examples/*.prfaq.yaml"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
out=${1:-$tmp/out}
mkdir -p "$out"
out=$(cd "$out" && pwd)
render_flags=(--format html --out "$out")
[[ -n ${1:-} ]] && render_flags+=(--force)

echo "building prfaq..."
go build -o "$tmp/prfaq" ./cmd/prfaq
echo "rendering ${#sources[@]} example(s) into $out..."
"$tmp/prfaq" render "${render_flags[@]}" "${sources[@]}" >/dev/null

# faq_heading HTML: the FAQ heading of a rendered page, the first h2 of its
# FAQ section (templates may rename it; the built-in ones say "Frequently
# asked questions"), with the entities the renderer writes decoded.
faq_heading() {
  sed -n '/<section class="faq">/,/<\/h2>/p' "$1" | tr '\n' ' ' |
    sed -n 's/.*<section class="faq">[[:space:]]*<h2[^>]*>\(.*\)<\/h2>.*/\1/p' |
    sed -e 's/<[^>]*>//g' -e "s/&rsquo;/’/g; s/&lsquo;/‘/g; s/&rdquo;/”/g; s/&ldquo;/“/g" \
      -e "s/&ndash;/–/g; s/&mdash;/—/g; s/&hellip;/…/g; s/&quot;/\"/g; s/&#39;/'/g" \
      -e 's/&lt;/</g; s/&gt;/>/g; s/&amp;/\&/g'
}
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
  --disable-background-networking --disable-component-update --disable-sync
  --disable-dev-shm-usage --no-pdf-header-footer --print-to-pdf-no-header)
echo "printing with $("$chromium" --version 2>/dev/null || echo "$chromium")"
echo

# first_line PDF PAGE: the first non-blank line of a page of a PDF.
first_line() {
  pdftotext -layout -f "$2" -l "$2" "$1" - | awk 'NF { sub(/^[ \t]+/, ""); print; exit }'
}

status=0
printf '%-34s %-9s %5s %8s  %s\n' FILE TEMPLATE PAGES "FAQ PAGE" "PRESS RELEASE ON PAGE 1"
for src in "${sources[@]}"; do
  name=$(basename "$src" .prfaq.yaml)
  template=$(sed -n 's/^template:[[:space:]]*["'\'']\{0,1\}\([A-Za-z0-9_.-]*\).*/\1/p' "$src" | head -n 1)
  html=$out/$name.html
  pdf=$out/$name.pdf
  profile=$(mktemp -d "$tmp/profile.XXXXXX")
  rm -f "$pdf"
  if ! HOME=$profile XDG_CONFIG_HOME=$profile/.config XDG_CACHE_HOME=$profile/.cache \
    timeout 60 "$chromium" "${flags[@]}" --user-data-dir="$profile/data" \
      --print-to-pdf="$pdf" "file://$html" >"$tmp/chromium.log" 2>&1 || [[ ! -s $pdf ]]; then
    printf '%-34s %-9s %5s %8s  %s\n' "$src" "$template" - - "FAIL: chromium did not print a PDF"
    sed 's/^/    /' "$tmp/chromium.log" | grep -v 'dbus\|D-Bus' | tail -n 5 >&2 || true
    status=1
    continue
  fi
  pages=$(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }')
  heading=$(faq_heading "$html")
  heading=${heading:-Frequently asked questions}
  faq_page=-
  for ((p = 1; p <= pages; p++)); do
    if pdftotext -layout -f "$p" -l "$p" "$pdf" - | grep -qF "$heading"; then
      faq_page=$p
      break
    fi
  done
  verdict=
  if [[ $faq_page == - ]]; then
    verdict="FAIL: no page has the \"$heading\" heading"
  elif [[ $(first_line "$pdf" "$faq_page") != *"$heading"* ]]; then
    verdict="FAIL: the FAQ does not start at the top of page $faq_page"
  fi
  case $template in
    amazon | mini | internal | oss) one_page=1 ;;
    *) one_page=0 ;;
  esac
  if [[ $faq_page == 2 ]]; then
    fits=yes
  else
    fits=no
  fi
  if [[ -z $verdict ]]; then
    if [[ $fits == yes ]]; then
      verdict=yes
    elif ((one_page)); then
      verdict="FAIL: no, the press release runs to page $((faq_page - 1))"
    else
      verdict="no ($((faq_page - 1)) pages; allowed for template $template)"
    fi
  fi
  [[ $verdict == FAIL* ]] && status=1
  printf '%-34s %-9s %5s %8s  %s\n' "$src" "$template" "$pages" "$faq_page" "$verdict"
done

echo
if [[ ${1:-} ]]; then
  echo "rendered pages and PDFs are in $out"
fi
if ((status)); then
  echo "print check FAILED"
else
  echo "print check passed"
fi
exit $status
