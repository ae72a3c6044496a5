"""``bnqa report [PATH…] -o report.html``: one self-contained HTML file for a folder of articles:
the articles ranked by the document score (worst first), a chart of artefacts by category
(inline SVG), each article with its issues highlighted and the suggested fixes, and at the end
the explanation of every rule that found something (what it flags, why it matters, a bad and a
good example, as ``bnqa rule CODE`` prints it), linked from each issue's code.
No scripts, fonts or images are fetched: the file can be mailed or opened offline."""
from __future__ import annotations

import html
import sys
from collections import Counter

import click

from .. import __version__

LABELS = {
    "bn": {
        "title": "bnqa প্রতিবেদন", "articles": "লেখা", "rank": "ক্রম", "file": "ফাইল", "score": "স্কোর",
        "words": "শব্দ", "issues": "সমস্যা", "top": "প্রধান ধরন", "chart": "ধরন অনুযায়ী সমস্যা",
        "fix": "সমাধান", "unsafe": "যাচাই করে নিন", "nofix": "স্বয়ংক্রিয় সমাধান নেই", "error": "পড়া যায়নি",
        "score_note": "স্কোর = প্রতি ১,০০০ শব্দে ভারযুক্ত সমস্যা (ত্রুটি ৩, সতর্কতা ২, পরামর্শ ১); বেশি স্কোরের লেখা আগে সম্পাদনা করুন।",
        "none": "কোনো সমস্যা নেই", "line": "লাইন", "total": "মোট",
        "rules": "নিয়মের ব্যাখ্যা", "rules_note": "এই প্রতিবেদনে যে নিয়মগুলো সমস্যা পেয়েছে: কী ধরে, কেন জরুরি, ভুল ও ঠিকের উদাহরণ।",
    },
    "en": {
        "title": "bnqa report", "articles": "Articles", "rank": "Rank", "file": "File", "score": "Score",
        "words": "Words", "issues": "Issues", "top": "Main categories", "chart": "Issues by category",
        "fix": "Fix", "unsafe": "check before applying", "nofix": "no automatic fix", "error": "could not be read",
        "score_note": "Score = severity-weighted issues per 1,000 words (error 3, warning 2, info 1); edit the highest first.",
        "none": "no issues", "line": "line", "total": "Total",
        "rules": "Rule explanations", "rules_note": "The rules that found issues in this report: what each flags, why it matters, a bad and a good example.",
    },
}

CATEGORY_BN = {"punctuation": "যতিচিহ্ন", "spacing": "ফাঁকা জায়গা", "numerals": "সংখ্যা", "spelling": "বানান",
               "consistency": "সামঞ্জস্য", "translationese": "অনুবাদের ছাপ", "structure": "বাক্যগঠন",
               "markup": "মার্কআপ", "unicode": "ইউনিকোড"}


def _cat(c: str, lang: str) -> str:
    return CATEGORY_BN.get(c, c) if lang == "bn" else c


CSS = """
body{font-family:"Noto Sans Bengali","Lohit Bengali","Vrinda",sans-serif;margin:0;color:#1d232b;background:#f6f7f9}
header,main{max-width:1100px;margin:0 auto;padding:12px 20px}
h1{color:#0f6b5c;margin:8px 0} h2{margin:24px 0 8px} .muted{color:#5b6470;font-size:14px}
table{border-collapse:collapse;width:100%;background:#fff} th,td{border-bottom:1px solid #d6dbe1;padding:6px 8px;text-align:left}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
article{background:#fff;border:1px solid #d6dbe1;border-radius:8px;padding:12px 16px;margin:16px 0}
.text{white-space:pre-wrap;line-height:1.9;font-size:17px;border-top:1px solid #eee;padding-top:8px}
mark{background:rgba(198,40,40,.10);text-decoration:underline wavy #c62828;text-decoration-skip-ink:none;text-underline-offset:4px}
mark.warning{background:rgba(217,130,0,.12);text-decoration-color:#d98200} mark.info{background:rgba(43,108,176,.1);text-decoration-color:#2b6cb0}
mark.empty{border-left:3px solid #c62828}
mark sup{font-size:10px;color:#5b6470;font-family:monospace}
ol.issues{font-size:14px} ol.issues li{margin:4px 0} code{font-weight:bold;color:#0f6b5c}
del{background:#fbe4e4;text-decoration:line-through} ins{background:#e3f4ea;text-decoration:none}
.bar{fill:#0f6b5c} .barlabel{font-size:13px;fill:#1d232b} .err{color:#c62828}
details.rule{background:#fff;border:1px solid #d6dbe1;border-radius:8px;padding:8px 16px;margin:8px 0}
details.rule pre{white-space:pre-wrap;font:inherit;font-size:15px;line-height:1.8;margin:8px 0}
a.code{text-decoration:none}
"""


def _e(s) -> str:
    return html.escape(str(s), quote=True)


def _show(s: str) -> str:
    return s.replace(" ", "␣").replace("\n", "↵") or "∅"


def category_chart(counts: Counter, lang: str) -> str:
    """A horizontal bar chart as inline SVG."""
    items = [(c, n) for c, n in counts.most_common() if n]
    if not items:
        return f"<p class='muted'>{_e(LABELS[lang]['none'])}</p>"
    top = max(n for _, n in items)
    row, label_w, bar_w = 26, 150, 560
    h = row * len(items) + 10
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{label_w + bar_w + 80}" height="{h}" '
             f'aria-label="{_e(LABELS[lang]["chart"])}">']
    for i, (cat, n) in enumerate(items):
        y = 5 + i * row
        w = max(2, round(bar_w * n / top))
        parts.append(f'<text class="barlabel" x="{label_w - 8}" y="{y + 17}" text-anchor="end">{_e(_cat(cat, lang))}</text>')
        parts.append(f'<rect class="bar" x="{label_w}" y="{y + 3}" width="{w}" height="{row - 8}" rx="3">'
                     f'<title>{_e(_cat(cat, lang))}: {n}</title></rect>')
        parts.append(f'<text class="barlabel" x="{label_w + w + 6}" y="{y + 17}">{n}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _fix_text(d, text: str) -> tuple[str, str] | None:
    if d.fix is None:
        return None
    s, e = min(d.offset, d.fix.start), max(d.end, d.fix.end)
    out, pos = [], s
    for ed in sorted(d.fix.edits, key=lambda x: x.offset):
        out += [text[pos:ed.offset], ed.content]
        pos = ed.end
    out.append(text[pos:e])
    return text[s:e], "".join(out)


def highlighted(text: str, diags) -> str:
    """The article with each (non-overlapping) issue in a <mark>, numbered like the issue list."""
    out, pos = [], 0
    order = sorted(range(len(diags)), key=lambda i: (diags[i].offset, -diags[i].length))
    for i in order:
        d = diags[i]
        if d.offset < pos:
            continue
        out.append(_e(text[pos:d.offset]))
        cls = d.severity + (" empty" if d.length == 0 else "")
        out.append(f'<mark class="{cls}" title="{_e(d.code + " " + d.message)}">{_e(text[d.offset:d.end])}'
                   f"<sup>{i + 1}</sup></mark>")
        pos = d.end
    out.append(_e(text[pos:]))
    return "".join(out)


def rule_explanations(codes, rules, lang: str) -> str:
    """A section with the explanation of each rule in ``codes`` (what it flags, why, a bad and a
    good example, as ``bnqa rule CODE`` prints it), one ``<details id='rule-CODE'>`` each, which
    the issues link to."""
    lab = LABELS[lang]
    out = [f"<h2 id='rules'>{_e(lab['rules'])}</h2><p class='muted'>{_e(lab['rules_note'])}</p>"]
    for code in sorted(codes):
        r = rules.get(code)
        if r is None:
            continue
        out.append(f"<details class='rule' id='rule-{_e(code)}'><summary><code>{_e(code)}</code> {_e(r.name)} · "
                   f"{_e(_cat(r.category, lang))}</summary><pre>{_e(r.explain(lang))}</pre></details>")
    return "".join(out)


def build_report(paths, lang: str = "bn", select=None, ignore=(), preview: bool = False,
                 extensions=None, title: str | None = None) -> tuple[str, list[dict]]:
    from ..catalog import select_rules
    from ..config import DEFAULT_EXTENSIONS
    from ..diagnostics import LineIndex
    from ..engine import Linter
    from ..score import count_words, score_diagnostics
    from ..source import SourceError, iter_files, kind_for, read_source, segment

    lab = LABELS[lang]
    linter = Linter(select_rules(select=select, ignore=list(ignore), preview=preview), lang=lang)
    by_code = {r.code: r for r in linter.rules}
    rows: list[dict] = []
    for path, err in iter_files(list(paths) or ["."], extensions or DEFAULT_EXTENSIONS):
        if err is None:
            try:
                src = read_source(path)
                src.kind = kind_for(path)
                view = segment(src)
                diags = linter.check_view(view, src.text, path, src.kind)
                rows.append({"file": path, "text": src.text, "diags": diags,
                             **score_diagnostics(diags, count_words(view.text))})
                continue
            except SourceError as exc:
                err = exc.message
        rows.append({"file": path, "error": err, "score": -1.0, "diags": [], "words": 0, "categories": {}})
    rows.sort(key=lambda r: (-r["score"], r["file"]))
    ok = [r for r in rows if "error" not in r]
    totals: Counter = Counter()
    for r in ok:
        totals.update({c: n for c, n in r["categories"].items() if n})

    h = [f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'>"
         f"<meta name='viewport' content='width=device-width, initial-scale=1'>"
         f"<title>{_e(title or lab['title'])}</title><style>{CSS}</style></head><body>"]
    h.append(f"<header><h1>{_e(title or lab['title'])}</h1><p class='muted'>bnqa {__version__} · "
             f"{len(ok)} {_e(lab['articles'])} · {sum(len(r['diags']) for r in ok)} {_e(lab['issues'])} · "
             f"{sum(r['words'] for r in ok)} {_e(lab['words'])}</p><p class='muted'>{_e(lab['score_note'])}</p></header><main>")
    h.append(f"<h2>{_e(lab['chart'])}</h2>{category_chart(totals, lang)}")
    h.append(f"<h2>{_e(lab['articles'])}</h2><table><thead><tr><th class='num'>{_e(lab['rank'])}</th>"
             f"<th>{_e(lab['file'])}</th><th class='num'>{_e(lab['score'])}</th><th class='num'>{_e(lab['words'])}</th>"
             f"<th class='num'>{_e(lab['issues'])}</th><th>{_e(lab['top'])}</th></tr></thead><tbody>")
    for i, r in enumerate(rows, 1):
        if "error" in r:
            h.append(f"<tr><td class='num'>–</td><td>{_e(r['file'])}</td><td colspan='4' class='err'>"
                     f"{_e(lab['error'])}: {_e(r['error'])}</td></tr>")
            continue
        top = ", ".join(f"{_cat(c, lang)} {n}" for c, n in Counter(r["categories"]).most_common(3) if n)
        h.append(f"<tr><td class='num'>{i}</td><td><a href='#a{i}'>{_e(r['file'])}</a></td>"
                 f"<td class='num'>{r['score']:.1f}</td><td class='num'>{r['words']}</td>"
                 f"<td class='num'>{r['diagnostics']}</td><td>{_e(top)}</td></tr>")
    h.append("</tbody></table>")
    for i, r in enumerate(rows, 1):
        if "error" in r:
            continue
        text, diags = r["text"], r["diags"]
        index = LineIndex(text)
        h.append(f"<article id='a{i}'><h2>{i}. {_e(r['file'])}</h2><p class='muted'>{_e(lab['score'])} "
                 f"{r['score']:.1f} · {r['words']} {_e(lab['words'])} · {len(diags)} {_e(lab['issues'])}</p>")
        if diags:
            h.append("<ol class='issues'>")
            for d in diags:
                row, col = index.location(d.offset)
                item = (f"<a class='code' href='#rule-{_e(d.code)}'><code>{_e(d.code)}</code></a> "
                        f"{_e(lab['line'])} {row}:{col} — {_e(d.message)}")
                ft = _fix_text(d, text)
                if ft is not None:
                    note = f" ({_e(lab['unsafe'])})" if d.fix.applicability == "unsafe" else ""
                    item += (f"<br><span class='muted'>{_e(lab['fix'])}: {_e(d.fix.message)}{note}</span> "
                             f"<del>{_e(_show(ft[0]))}</del> → <ins>{_e(_show(ft[1]))}</ins>")
                else:
                    item += f" <span class='muted'>({_e(lab['nofix'])})</span>"
                h.append(f"<li>{item}</li>")
            h.append("</ol>")
        else:
            h.append(f"<p class='muted'>{_e(lab['none'])}</p>")
        h.append(f"<div class='text'>{highlighted(text, diags)}</div></article>")
    used = {d.code for r in ok for d in r["diags"]}
    if used:
        h.append(rule_explanations(used, by_code, lang))
    h.append("</main></body></html>\n")
    return "".join(h), rows


@click.command("report")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("-o", "--output", "output", default="report.html", show_default=True, type=click.Path(),
              help="The HTML file to write ('-' for stdout).")
@click.option("--select", multiple=True, help="Rule codes or prefixes (comma-separated).")
@click.option("--ignore", multiple=True, help="Rule codes or prefixes to leave out.")
@click.option("--preview", is_flag=True, help="Include preview rules.")
@click.option("--lang", type=click.Choice(["bn", "en"]), default="bn", show_default=True)
@click.option("--title", default=None, help="Report title.")
def report_command(paths, output, select, ignore, preview, lang, title):
    """Write a self-contained HTML report for a folder: articles ranked by score, a chart of
    artefacts by category, and every article with its issues highlighted and fixes suggested."""
    def codes(values):
        return [x.strip() for v in values for x in v.split(",") if x.strip()] or None

    page, rows = build_report(paths, lang=lang, select=codes(select), ignore=codes(ignore) or (),
                              preview=preview, title=title)
    if output == "-":
        sys.stdout.write(page)
    else:
        with open(output, "w", encoding="utf-8") as fh:
            fh.write(page)
        n = sum(len(r["diags"]) for r in rows)
        click.echo(f"{output}: {len([r for r in rows if 'error' not in r])} article(s), {n} issue(s)", err=True)
    if any("error" in r for r in rows):
        sys.exit(2)
