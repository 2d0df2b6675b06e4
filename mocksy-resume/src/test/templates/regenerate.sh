#!/usr/bin/env bash
# Renders the resumes beside this script with real generators into ../resources/templates/, where the tests read
# them (the generated files are committed, so the tests need none of these tools).
# Needs Debian texlive-latex-extra (moderncv), texlive-fonts-recommended, libreoffice-writer-nogui and pandoc.
# SOURCE_DATE_EPOCH fixes the creation date LaTeX and pandoc write into their files, which is the date a resume's
# "Present" is measured to; LibreOffice writes the conversion date, so its resume carries a dated line instead.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../resources/templates"
build="$(mktemp -d)"
trap 'rm -rf "$build"' EXIT
mkdir -p "$out"

latex() { # source, creation date (UTC)
  local name="${1%.tex}"
  cp "$here/$1" "$build/"
  (cd "$build" && SOURCE_DATE_EPOCH="$(date -u -d "$2" +%s)" FORCE_SOURCE_DATE=1 \
    pdflatex -interaction=nonstopmode -halt-on-error "$1" >/dev/null)
  cp "$build/$name.pdf" "$out/"
}

latex 01-student-moderncv.tex 2026-09-20
latex 02-embedded-article.tex 2026-05-04
latex 06-nurse-to-dev-moderncv.tex 2026-03-11

SOURCE_DATE_EPOCH="$(date -u -d 2025-11-02 +%s)" pandoc "$here/03-itadmin-pandoc.md" -o "$out/03-itadmin-pandoc.docx"
SOURCE_DATE_EPOCH="$(date -u -d 2026-01-15 +%s)" pandoc "$here/05-datasci-pandoc.md" \
  -V geometry:margin=2cm -o "$out/05-datasci-pandoc.pdf"

# HTML into Writer, saved as DOCX, and that DOCX printed to PDF: the path a resume written in Word takes.
lo=(libreoffice --headless "-env:UserInstallation=file://$build/profile")
"${lo[@]}" --infilter="HTML (StarWriter)" --convert-to 'docx:MS Word 2007 XML' --outdir "$build" \
  "$here/04-backend-libreoffice.html" >/dev/null
"${lo[@]}" --convert-to pdf --outdir "$build" "$build/04-backend-libreoffice.docx" >/dev/null
cp "$build/04-backend-libreoffice.docx" "$build/04-backend-libreoffice.pdf" "$out/"
ls -l "$out"
