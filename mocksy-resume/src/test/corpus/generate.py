#!/usr/bin/env python3
"""Renders the resumes in resumes.py into the test corpus, each in its real-world form.

Needs LibreOffice Writer (Debian: libreoffice-writer-nogui) and pdflatex (texlive-latex-base,
texlive-latex-recommended). Run from anywhere: python3 generate.py
Writes ../resources/corpus/<id>.<ext> and <id>.expected.json; the intermediate sources go to build/.
"""
import html
import json
import os
import pathlib
import shutil
import subprocess

from resumes import R

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "resources" / "corpus"
BUILD = HERE / "build"

DEFAULT_HEADINGS = {"summary": "Summary", "experience": "Experience", "education": "Education",
                    "skills": "Skills", "projects": "Projects", "certifications": "Certifications",
                    "awards": "Awards"}


def heading(r, key):
    return r["headings"].get(key, DEFAULT_HEADINGS[key])


def contact_line(r):
    return " | ".join([r["email"], r["phone"], r["location"]] + r["links"])


def e(text):
    return html.escape(text)


def html_sections(r, experience_as_table=False):
    parts = [f"<h2>{e(heading(r, 'summary'))}</h2><p>{e(r['summary'])}</p>",
             f"<h2>{e(heading(r, 'experience'))}</h2>"]
    if experience_as_table:
        rows = []
        for title, company, dates, bullets in r["experience"]:
            items = "".join(f"<li>{e(b)}</li>" for b in bullets)
            rows.append(f"<tr><td width='25%'>{e(dates)}</td><td><b>{e(title)}</b><br/>{e(company)}"
                        f"<ul>{items}</ul></td></tr>")
        parts.append("<table border='0' width='100%'>" + "".join(rows) + "</table>")
    else:
        for title, company, dates, bullets in r["experience"]:
            items = "".join(f"<li>{e(b)}</li>" for b in bullets)
            parts.append(f"<p><b>{e(title)}</b>, {e(company)} | {e(dates)}</p><ul>{items}</ul>")
    parts.append(education_html(r))
    parts.append(skills_html(r))
    parts.extend(extras_html(r))
    return "".join(parts)


def education_html(r):
    return f"<h2>{e(heading(r, 'education'))}</h2>" + "".join(
        f"<p>{e(d)}, {e(s)}, {e(y)}</p>" for d, s, y in r["education"])


def skills_html(r):
    return f"<h2>{e(heading(r, 'skills'))}</h2>" + "".join(f"<p>{e(line)}</p>" for line in r["skills"])


def extras_html(r):
    parts = []
    for key in ("projects", "certifications", "awards"):
        items = r.get(key) or []
        if items:
            parts.append(f"<h2>{e(heading(r, key))}</h2><ul>" + "".join(f"<li>{e(i)}</li>" for i in items) + "</ul>")
    return parts


def page(body):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Resume</title></head>"
            f"<body style='font-family: sans-serif'>{body}</body></html>")


def header_html(r):
    return f"<h1>{e(r['name'])}</h1><p>{e(r['headline'])}</p><p>{e(contact_line(r))}</p>"


def single_html(r, table=False):
    return page(header_html(r) + html_sections(r, experience_as_table=table))


def two_column_html(r):
    left = (f"<p>{e(r['email'])}</p><p>{e(r['phone'])}</p><p>{e(r['location'])}</p>"
            + "".join(f"<p>{e(link)}</p>" for link in r["links"]) + skills_html(r) + education_html(r))
    right = (f"<h2>{e(heading(r, 'summary'))}</h2><p>{e(r['summary'])}</p><h2>{e(heading(r, 'experience'))}</h2>"
             + "".join(f"<p><b>{e(t)}</b>, {e(c)} | {e(d)}</p><ul>" + "".join(f"<li>{e(b)}</li>" for b in bs)
                       + "</ul>" for t, c, d, bs in r["experience"])
             + "".join(extras_html(r)))
    return page(f"<h1>{e(r['name'])}</h1><p>{e(r['headline'])}</p>"
                f"<table width='100%'><tr><td width='32%' valign='top'>{left}</td>"
                f"<td width='68%' valign='top'>{right}</td></tr></table>")


def markdown(r):
    lines = [f"# {r['name']}", "", f"**{r['headline']}**", "", contact_line(r), "",
             f"## {heading(r, 'summary')}", "", r["summary"], "", f"## {heading(r, 'experience')}", ""]
    for title, company, dates, bullets in r["experience"]:
        lines += [f"### {title} — {company}", f"*{dates}*", ""] + [f"- {b}" for b in bullets] + [""]
    lines += [f"## {heading(r, 'education')}", ""] + [f"- {d}, {s}, {y}" for d, s, y in r["education"]] + [""]
    lines += [f"## {heading(r, 'skills')}", ""] + [f"- {s}" for s in r["skills"]] + [""]
    for key in ("projects", "certifications", "awards"):
        if r.get(key):
            lines += [f"## {heading(r, key)}", ""] + [f"- {i}" for i in r[key]] + [""]
    return "\n".join(lines)


def text(r):
    def h(key):
        title = heading(r, key).upper()
        return [title, "=" * len(title)]
    lines = [r["name"].upper(), r["headline"], r["email"], r["phone"], r["location"]] + r["links"] + [""]
    lines += h("summary") + [r["summary"], ""] + h("experience")
    for title, company, dates, bullets in r["experience"]:
        lines += [f"{title}, {company}", dates] + [f"  * {b}" for b in bullets] + [""]
    lines += h("education") + [f"{d}, {s}, {y}" for d, s, y in r["education"]] + [""]
    lines += h("skills") + r["skills"] + [""]
    for key in ("projects", "certifications", "awards"):
        if r.get(key):
            lines += h(key) + [f"  * {i}" for i in r[key]] + [""]
    return "\n".join(lines)


def tex_escape(s):
    out = s
    for a, b in (("\\", r"\textbackslash{}"), ("&", r"\&"), ("%", r"\%"), ("$", r"\$"), ("#", r"\#"),
                 ("_", r"\_"), ("{", r"\{"), ("}", r"\}"), ("~", r"\textasciitilde{}"), ("^", r"\^{}")):
        out = out.replace(a, b)
    return out


def latex(r, two_column=False):
    t = tex_escape
    exp = []
    for title, company, dates, bullets in r["experience"]:
        exp.append(f"\\textbf{{{t(title)}}} \\hfill {t(dates)}\\\\\n\\textit{{{t(company)}}}\n\\begin{{itemize}}\n"
                   + "".join(f"\\item {t(b)}\n" for b in bullets) + "\\end{itemize}\n")
    education = "".join(f"{t(d)}, {t(s)}, {t(y)}\\\\\n" for d, s, y in r["education"])
    skills = "".join(f"{t(s)}\\\\\n" for s in r["skills"])
    contact = " \\quad ".join(t(x) for x in [r["email"], r["phone"], r["location"]] + r["links"])
    head = ("\\documentclass[10pt]{article}\n\\usepackage[margin=1.8cm]{geometry}\n\\usepackage[utf8]{inputenc}\n"
            "\\pagestyle{empty}\n\\setlength{\\parindent}{0pt}\n\\begin{document}\n")
    title = f"{{\\LARGE \\textbf{{{t(r['name'])}}}}}\\\\[2pt]\n{t(r['headline'])}\\\\[2pt]\n"
    summary = f"\\section*{{{heading(r, 'summary')}}}\n{t(r['summary'])}\n"
    experience = f"\\section*{{{heading(r, 'experience')}}}\n" + "".join(exp)
    edu = f"\\section*{{{heading(r, 'education')}}}\n{education}"
    ski = f"\\section*{{{heading(r, 'skills')}}}\n{skills}"
    if not two_column:
        return head + title + contact + "\n" + summary + experience + edu + ski + "\\end{document}\n"
    left = ("\\begin{minipage}[t]{0.30\\textwidth}\n"
            + "\\\\\n".join(t(x) for x in [r["email"], r["phone"], r["location"]] + r["links"])
            + "\n" + ski + edu + "\\end{minipage}\\hfill\n")
    right = "\\begin{minipage}[t]{0.64\\textwidth}\n" + summary + experience + "\\end{minipage}\n"
    return head + title + "\\vspace{6pt}\n\n" + left + right + "\\end{document}\n"


def soffice(src, target, outdir):
    # Writer's own HTML import (not Writer/Web) lays the page out like a word-processor document.
    infilter = ["--infilter=HTML (StarWriter)"] if str(src).endswith(".html") else []
    subprocess.run(["soffice", "--headless", *infilter, "--convert-to", target, "--outdir", str(outdir), str(src)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def convert(html_text, r, target, ext, out_name=None):
    src = BUILD / f"{r['id']}.html"
    src.write_text(html_text, encoding="utf-8")
    soffice(src, target, BUILD)
    produced = BUILD / f"{r['id']}.{ext}"
    shutil.copy(produced, OUT / (out_name or produced.name))
    return out_name or produced.name


def render(r):
    form = r["form"]
    if form == "pdf-single":
        return convert(single_html(r), r, "pdf:writer_pdf_Export", "pdf")
    if form == "pdf-two-column":
        return convert(two_column_html(r), r, "pdf:writer_pdf_Export", "pdf")
    if form == "pdf-named-docx":
        return convert(single_html(r), r, "pdf:writer_pdf_Export", "pdf", f"{r['id']}.docx")
    if form == "docx":
        return convert(single_html(r), r, 'docx:MS Word 2007 XML', "docx")
    if form == "docx-table":
        return convert(single_html(r, table=True), r, 'docx:MS Word 2007 XML', "docx")
    if form == "doc":
        return convert(single_html(r), r, "doc:MS Word 97", "doc")
    if form == "rtf":
        return convert(single_html(r), r, "rtf:Rich Text Format", "rtf")
    if form == "odt-pdf":
        src = BUILD / f"{r['id']}.html"
        src.write_text(single_html(r), encoding="utf-8")
        soffice(src, "odt:writer8", BUILD)
        soffice(BUILD / f"{r['id']}.odt", "pdf:writer_pdf_Export", BUILD)
        shutil.copy(BUILD / f"{r['id']}.pdf", OUT / f"{r['id']}.pdf")
        return f"{r['id']}.pdf"
    if form == "html":
        (OUT / f"{r['id']}.html").write_text(single_html(r), encoding="utf-8")
        return f"{r['id']}.html"
    if form == "markdown":
        (OUT / f"{r['id']}.md").write_text(markdown(r), encoding="utf-8")
        return f"{r['id']}.md"
    if form == "text":
        (OUT / f"{r['id']}.txt").write_text(text(r), encoding="utf-8")
        return f"{r['id']}.txt"
    if form in ("latex", "latex-two-column"):
        tex = BUILD / f"{r['id']}.tex"
        tex.write_text(latex(r, two_column=form == "latex-two-column"), encoding="utf-8")
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-output-directory", str(BUILD), str(tex)],
                       check=True, stdout=subprocess.DEVNULL)
        shutil.copy(BUILD / f"{r['id']}.pdf", OUT / f"{r['id']}.pdf")
        return f"{r['id']}.pdf"
    raise ValueError(form)


def main():
    BUILD.mkdir(exist_ok=True)
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    for r in R:
        name = render(r)
        expected = dict(file=name, form=r["form"], name=r["name"], email=r["email"], **r["expected"])
        (OUT / f"{r['id']}.expected.json").write_text(json.dumps(expected, indent=2, ensure_ascii=False) + "\n",
                                                      encoding="utf-8")
        print(name)
    shutil.rmtree(BUILD)


if __name__ == "__main__":
    main()
