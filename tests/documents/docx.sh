#!/usr/bin/env bash
# tests/documents/docx.sh --chibo BIN --scratch DIR MODEL
# The .docx of MODEL: `unzip -t` finds the archive sound, it holds exactly
# the parts chibo writes, every part is well-formed XML (xmllint), and the
# page is A4 (pgSz 11906 × 16838), the font Times New Roman (or the
# model's) in all four rFonts slots, the language vi-VN, the tables
# borderless.  Skips (77) without unzip or xmllint.
set -euo pipefail
chibo="" scratch=""
while [ $# -gt 1 ]; do
  case $1 in
    --chibo) chibo=$2; shift 2 ;;
    --scratch) scratch=$2; shift 2 ;;
    *) break ;;
  esac
done
model=${1:?usage: docx.sh --chibo BIN --scratch DIR MODEL}
for t in unzip xmllint; do
  command -v $t >/dev/null || { echo "SKIP: $t is missing (apt-get install unzip libxml2-utils)"; exit 77; }
done
name=$(basename "$model" .txt)
rm -rf "$scratch" && mkdir -p "$scratch/x"
docx=$scratch/$name.docx
"$chibo" doc render "$model" -o "$docx"

fail() { echo "FAIL: $*" >&2; exit 1; }
unzip -tq "$docx" >/dev/null || fail "unzip -t: $docx is not a sound zip"
want='[Content_Types].xml
_rels/.rels
docProps/core.xml
word/_rels/document.xml.rels
word/document.xml
word/settings.xml
word/styles.xml'
got=$(unzip -Z1 "$docx" | LC_ALL=C sort)
[ "$got" = "$want" ] || fail "parts: $(echo $got)"
unzip -q "$docx" -d "$scratch/x"
while IFS= read -r part; do
  xmllint --noout "$scratch/x/$part" || fail "$part is not well-formed XML"
done <<< "$want"

has() { grep -qF -- "$2" "$scratch/x/$1" || fail "$1 lacks $2"; }
font=$(sed -n 's/^page .*font=\([^;]*\).*/\1/p' "$model")
font=${font:-Times New Roman}
has word/document.xml '<w:pgSz w:w="11906" w:h="16838"/>'
has word/document.xml '<w:pgMar w:top="'
has word/styles.xml "<w:rFonts w:ascii=\"$font\" w:hAnsi=\"$font\" w:eastAsia=\"$font\" w:cs=\"$font\"/>"
has word/styles.xml '<w:lang w:val="vi-VN"'
has word/settings.xml '<w:themeFontLang w:val="vi-VN"/>'
has '[Content_Types].xml' 'wordprocessingml.document.main+xml'
if grep -q '^table' "$model"; then
  has word/document.xml '<w:tblBorders><w:top w:val="none"'
  has word/document.xml '<w:tblLayout w:type="fixed"/>'
fi
if grep -q 'rule=1' "$model"; then
  has word/document.xml '<w:pBdr><w:bottom w:val="single"'
fi
# every paragraph of the model is in document.xml, in order, escaped
n=$(grep -c '^ *p[ |]' "$model")
got=$(grep -o '<w:p>' "$scratch/x/word/document.xml" | wc -l)
[ "$got" -ge "$n" ] || fail "$got paragraphs in document.xml for $n in the model"
echo "ok: $docx ($(stat -c %s "$docx") bytes, $n paragraphs)"
