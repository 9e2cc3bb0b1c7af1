#!/usr/bin/env bash
# tests/documents/render.sh --chibo BIN --scratch DIR [--one-page] MODEL
# Renders MODEL to .docx and .html, converts both to PDF with LibreOffice
# (soffice --headless --convert-to pdf, a private profile in DIR) and
# checks with poppler: the page is A4 (595 × 842 pt ± 1), --one-page: the
# document fits one page, and pdftotext finds the Vietnamese text with its
# diacritics, every line of it as the model spells it.  Page one of each PDF is kept as
# DIR/NAME-docx.png and DIR/NAME-html.png (60 dpi) to look at.  Skips (77)
# when LibreOffice or poppler-utils are missing (apt-get install
# libreoffice-writer-nogui fonts-liberation2 poppler-utils).
set -euo pipefail
chibo="" scratch="" one_page=0
while [ $# -gt 1 ]; do
  case $1 in
    --chibo) chibo=$2; shift 2 ;;
    --scratch) scratch=$2; shift 2 ;;
    --one-page) one_page=1; shift ;;
    *) break ;;
  esac
done
model=${1:?usage: render.sh --chibo BIN --scratch DIR [--one-page] MODEL}
for t in soffice pdfinfo pdftotext pdftoppm; do
  command -v $t >/dev/null || { echo "SKIP: $t is missing"; exit 77; }
done
name=$(basename "$model" .txt)
rm -rf "$scratch" && mkdir -p "$scratch"
scratch=$(cd "$scratch" && pwd)

# What the PDF must show as typed: every line of the model's paragraphs
# that holds a letter with a diacritic ("NGHỊ QUYẾT", "- Đảng ủy xã …"),
# whole; line ends and runs of spaces count as one space.
mapfile -t words < <(sed -n 's/^ *p[^|]*|//p' "$model" | sed 's/\\n/\n/g' |
  grep -P '[^\x00-\x7f]')
[ ${#words[@]} -gt 0 ] || { echo "FAIL: no Vietnamese words in $model" >&2; exit 1; }

status=0
fail() { echo "FAIL: $*" >&2; status=1; }
for ext in docx html; do
  "$chibo" doc render "$model" -o "$scratch/$name.$ext"
  mkdir -p "$scratch/$ext"
  # HTML is opened in Writer, not Writer/Web: the latter's PDF export
  # (LibreOffice 7.4) drops a first paragraph that is not in a table.
  filter=()
  [ "$ext" = html ] && filter=(--infilter="HTML (StarWriter)")
  if ! timeout 180 soffice -env:UserInstallation="file://$scratch/profile" \
       --headless "${filter[@]}" --convert-to pdf:writer_pdf_Export \
       --outdir "$scratch/$ext" \
       "$scratch/$name.$ext" >"$scratch/$ext/soffice.log" 2>&1 ||
     [ ! -s "$scratch/$ext/$name.pdf" ]; then
    cat "$scratch/$ext/soffice.log" >&2
    fail "$ext: soffice made no PDF"
    continue
  fi
  pdf=$scratch/$ext/$name.pdf
  info=$(pdfinfo "$pdf")
  size=$(sed -n 's/^Page size: *\([0-9.]*\) x \([0-9.]*\) pts.*/\1 \2/p' <<< "$info")
  pages=$(sed -n 's/^Pages: *//p' <<< "$info")
  awk -v s="$size" 'BEGIN { split(s, a, " ");
    exit !(a[1] >= 594 && a[1] <= 596 && a[2] >= 841 && a[2] <= 843) }' ||
    fail "$ext: page size $size pt, not A4 (595 × 842)"
  if [ "$one_page" = 1 ] && [ "$pages" != 1 ]; then
    fail "$ext: $pages pages, not one"
  fi
  text=$(pdftotext -enc UTF-8 "$pdf" - | tr -s ' \n' '  ')
  for w in "${words[@]}"; do
    w=$(tr -s ' ' ' ' <<< "$w")
    grep -qF -- "$w" <<< "$text" || fail "$ext: pdftotext lacks \"$w\""
  done
  pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$pdf" "$scratch/$name-$ext"
  echo "$ext: $size pt, $pages page(s), ${#words[@]} lines of text found;" \
       "page one: $scratch/$name-$ext.png"
done
exit $status
