"""A self-contained HTML report: summary charts, and each document with its findings highlighted.

The page works offline as one file: its CSS and JavaScript (``html_assets/``) are inlined and the
charts are SVG drawn here. Scraped text is hostile, so no document byte is ever written as HTML:

* the index (paths, rules, per-document counts) is JSON inside ``<script type="application/json">``
  with ``<``, ``>``, ``&``, U+2028 and U+2029 written as ``\\uXXXX``, so no ``</script>`` can end it;
* document bodies are gzip-compressed JSON in base64, in chunks decompressed only when one of their
  documents is opened (a report of 10,000 documents opens as fast as one of ten);
* the script puts text on the page with ``textContent`` only, and shows control characters, bidi
  overrides and line separators as visible ``\\uXXXX`` escapes (as :mod:`seedlint.display` does).

Offsets in the data are code points into the decoded document text (``Document.line_starts`` plus
the finding's column), the units of ``Edit.start``; the script converts them to UTF-16 itself.
A document whose file cannot be read, or whose text no longer holds the findings' matched text, is
shown as its findings alone.
"""

from __future__ import annotations

import base64
import gzip
import html
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import PurePath
from typing import Any

from seedlint.corpus import records, split_address
from seedlint.display import json_safe
from seedlint.document import Document
from seedlint.files import FileReadError, read_regular
from seedlint.model import Applicability, Edit, Finding, Fix, Rule, Severity
from seedlint.reporters import Summary

# Documents per compressed chunk of bodies: opening one document inflates this many.
CHUNK = 100
# The largest file read back for its text (larger ones are shown as their findings alone).
TEXT_LIMIT = 32 << 20
SEVERITIES = ("error", "warning", "info")
# Family colours (light, dark); plugin families take the spare ones in order of appearance.
FAMILY_COLOURS = {
    "encoding": ("#c2410c", "#fb923c"),
    "spam": ("#b91c1c", "#f87171"),
    "boilerplate": ("#7c3aed", "#a78bfa"),
    "provenance": ("#0369a1", "#38bdf8"),
    "contradiction": ("#a16207", "#facc15"),
    "currency": ("#15803d", "#4ade80"),
    "language": ("#be185d", "#f472b6"),
    "seedlint": ("#475569", "#94a3b8"),
}
SPARE_COLOURS = (("#0f766e", "#2dd4bf"), ("#4d7c0f", "#a3e635"), ("#9333ea", "#c084fc"), ("#57534e", "#a8a29e"))
_SURROGATE = re.compile("[\ud800-\udfff]")
_ASSETS = "html_assets"


@dataclass(frozen=True)
class RunFacts:
    """What the report says about the run besides its findings (shown under "Run")."""

    version: str
    files: int | None
    fail_on: str = ""
    source: str = ""  # the saved run a report was rendered from, when it was
    extra: tuple[tuple[str, str], ...] = ()


def render(findings: Sequence[Finding], summary: Summary) -> str:
    settings = RunFacts(
        version=summary.version,
        files=summary.files,
        fail_on=str(summary.fail_on),
        extra=(
            ("fixed by --fix", str(summary.fixed)),
            ("hidden by the baseline", str(summary.hidden_by_baseline)),
            *summary.settings,
        ),
    )
    return render_report(findings, settings, rules=summary.rules)


def render_report(
    findings: Sequence[Finding],
    settings: RunFacts,
    rules: Mapping[str, Rule] | None = None,
    families: Mapping[str, str] | None = None,
) -> str:
    """The page for ``findings``. ``families`` gives a code's family when the findings were read
    back from a saved run (a plugin's family is known there even without the plugin)."""
    known = dict(rules) if rules else _registry_rules()
    family_of = dict(families or {})
    for f in findings:
        if f.code not in family_of:
            family_of[f.code] = known[f.code].family if f.code in known else f.family
    by_path: dict[str, list[Finding]] = defaultdict(list)
    for f in sorted(findings, key=Finding.sort_key):
        by_path[f.path].append(f)
    texts = _texts(by_path)
    model = _model(by_path, texts, known, family_of)
    return _page(model, settings, findings, by_path, texts, family_of)


# Reading the documents back ------------------------------------------------------------------


def _texts(by_path: Mapping[str, list[Finding]]) -> dict[str, str]:
    """The decoded text of every document that can be read back and still matches its findings."""
    texts: dict[str, str] = {}
    wanted_records: dict[str, set[str]] = defaultdict(set)
    for path in by_path:
        corpus, key = split_address(path)
        if key is not None:
            wanted_records[corpus].add(key)
            continue
        try:
            texts[path] = Document.from_bytes(read_regular(path, TEXT_LIMIT), path).text
        except (FileReadError, OSError, ValueError):
            continue
    for corpus, keys in wanted_records.items():
        texts.update(_record_texts(corpus, keys))
    return {path: text for path, text in texts.items() if _still_matches(text, by_path[path])}


def _record_texts(corpus: str, keys: set[str]) -> dict[str, str]:
    """Records by number, or by an ``id`` field when the addresses are not numbers (the run's
    --id-field is not known here; a wrong guess is caught by the matched-text check)."""
    id_field = None if all(k.isdigit() for k in keys) else "id"
    out: dict[str, str] = {}
    try:
        for record in records(corpus, "text", id_field):
            if record.text is not None and split_address(record.path)[1] in keys:
                out[record.path] = Document(record.text, record.path).text
    except (FileReadError, OSError, ValueError):
        return out
    return out


def quotes_span(f: Finding, span: tuple[int, int]) -> bool:
    """Whether a finding's matched text is a quote of its span. Some findings name what they found
    instead (an encoding, a kind of line ending) or quote nothing (a finding about the whole
    document's head); those cannot tell whether the text read back is the text that was checked."""
    return len(f.matched) == span[1] - span[0]


def _still_matches(text: str, findings: Iterable[Finding]) -> bool:
    starts = _line_starts(text)
    for f in findings:
        span = _span(starts, f)
        if span is None or (quotes_span(f, span) and text[span[0] : span[1]] != f.matched):
            return False
    return True


def _line_starts(text: str) -> list[int]:
    return Document(text).line_starts


def _span(starts: Sequence[int], f: Finding) -> tuple[int, int] | None:
    if not (1 <= f.line <= len(starts) and 1 <= f.end_line <= len(starts)):
        return None
    start, end = starts[f.line - 1] + f.column - 1, starts[f.end_line - 1] + f.end_column - 1
    return (start, end) if 0 <= start <= end else None


# The data the page's script reads ------------------------------------------------------------


def _model(
    by_path: Mapping[str, list[Finding]],
    texts: Mapping[str, str],
    rules: Mapping[str, Rule],
    family_of: Mapping[str, str],
) -> dict[str, Any]:
    codes = sorted({f.code for fs in by_path.values() for f in fs})
    rule_index = {code: i for i, code in enumerate(codes)}
    families = sorted(set(family_of[c] for c in codes))
    rule_rows = []
    for code in codes:
        rule = rules.get(code)
        rule_rows.append(
            {
                "code": json_safe(code),
                "name": json_safe(
                    rule.name if rule else next(f.name for fs in by_path.values() for f in fs if f.code == code)
                ),
                "family": json_safe(family_of[code]),
                "summary": json_safe(rule.summary) if rule else "",
                "url": _rule_url(rule) if rule else "",
                "fixable": bool(rule and rule.fixable),
            }
        )
    index = []
    bodies = []
    for path, fs in by_path.items():
        text = texts.get(path)
        starts = _line_starts(text) if text is not None else None
        kinds = Counter((rule_index[f.code], SEVERITIES.index(str(f.severity))) for f in fs)
        index.append([json_safe(path), len(fs), [[r, s, n] for (r, s), n in sorted(kinds.items())]])
        rows = []
        for f in fs:
            span = _span(starts, f) if starts is not None else None
            rows.append(
                {
                    "r": rule_index[f.code],
                    "s": SEVERITIES.index(str(f.severity)),
                    "a": span[0] if span else None,
                    "b": span[1] if span else None,
                    "l": [f.line, f.column, f.end_line, f.end_column],
                    "m": _keep_offsets(f.message),
                    "t": _keep_offsets(f.matched),
                    "x": _fix_row(f),
                }
            )
        bodies.append({"t": _keep_offsets(text) if text is not None else None, "f": rows})
    return {"rules": rule_rows, "families": families, "docs": index, "bodies": bodies}


def _rule_url(rule: Rule) -> str:
    from seedlint.rule_docs import rule_url

    return rule_url(rule)


def _fix_row(f: Finding) -> dict[str, Any] | None:
    if f.fix is None:
        return None
    return {
        "safe": f.fix.applicability == Applicability.SAFE,
        "e": [[e.start, e.end, _keep_offsets(e.content)] for e in f.fix.edits],
    }


def _keep_offsets(s: str) -> str:
    """``s`` encodable as UTF-8 with its length in code points kept: a lone surrogate (an
    undecodable byte) becomes U+FFFD, one for one, so offsets into it still hold."""
    return _SURROGATE.sub("\ufffd", s)


def script_json(data: Any) -> str:
    """JSON that can sit inside a ``<script>`` element: nothing in it can close the element or
    start markup, and U+2028/2029 (line breaks to older JavaScript parsers) are escaped too."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    for ch in "<>&\u2028\u2029":
        text = text.replace(ch, f"\\u{ord(ch):04x}")
    return text


def _chunks(bodies: Sequence[Any]) -> list[str]:
    out = []
    for i in range(0, len(bodies), CHUNK):
        raw = json.dumps(bodies[i : i + CHUNK], ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        out.append(base64.b64encode(gzip.compress(raw, compresslevel=9, mtime=0)).decode("ascii"))
    return out


# The page --------------------------------------------------------------------------------------


def _asset(name: str) -> str:
    return resources.files("seedlint.reporters").joinpath(_ASSETS, name).read_text(encoding="utf-8")


def _page(
    model: dict[str, Any],
    settings: RunFacts,
    findings: Sequence[Finding],
    by_path: Mapping[str, list[Finding]],
    texts: Mapping[str, str],
    family_of: Mapping[str, str],
) -> str:
    colours = _colours(model["families"])
    index = {
        "rules": model["rules"],
        "families": model["families"],
        "colours": colours,
        "docs": model["docs"],
        "chunk": CHUNK,
        "severities": list(SEVERITIES),
    }
    chunks = "".join(
        f'<script type="application/octet-stream" class="sl-chunk" data-chunk="{i}">{c}</script>\n'
        for i, c in enumerate(_chunks(model["bodies"]))
    )
    e = html.escape
    family_css = "\n".join(
        f".fam-{i} {{ --fam: {light}; }} @media (prefers-color-scheme: dark) {{ .fam-{i} {{ --fam: {dark}; }} }}"
        for i, (light, dark) in enumerate(colours)
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="color-scheme" content="light dark">\n'
        f"<title>seedlint report: {len(findings)} findings in {len(by_path)} documents</title>\n"
        f"<style>\n{_asset('report.css')}\n{family_css}\n</style>\n</head>\n<body>\n"
        "<header><h1>seedlint report</h1>"
        f'<p class="run">seedlint {e(json_safe(settings.version))}</p></header>\n'
        f'<main>\n<section id="summary" aria-label="Summary">\n'
        f"{_numbers(settings, findings, by_path, texts)}\n"
        f'<div class="charts">\n{_charts(findings, by_path, texts, family_of, colours, model)}\n</div>\n'
        f"{_run_table(settings)}\n</section>\n"
        f"{_browser()}\n</main>\n"
        f'<script type="application/json" id="sl-index">{script_json(index)}</script>\n'
        f"{chunks}"
        f"<script>\n{_asset('report.js')}\n</script>\n</body>\n</html>\n"
    )


def _colours(families: Sequence[str]) -> list[tuple[str, str]]:
    spare = iter(SPARE_COLOURS * (1 + len(families) // len(SPARE_COLOURS)))
    return [FAMILY_COLOURS.get(f) or next(spare) for f in families]


def removable_bytes(findings: Iterable[Finding], texts: Mapping[str, str]) -> int:
    """UTF-8 bytes the safe fixes would take out of the documents whose text is known (an edit
    that two findings share counts once)."""
    total = 0
    for path, edits in _safe_edits(findings).items():
        text = texts.get(path)
        if text is None:
            continue
        for start, end, content in edits:
            total += len(text[start:end].encode("utf-8", "replace")) - len(content.encode("utf-8", "replace"))
    return total


def _safe_edits(findings: Iterable[Finding]) -> dict[str, set[tuple[int, int, str]]]:
    out: dict[str, set[tuple[int, int, str]]] = defaultdict(set)
    for f in findings:
        if f.fix is not None and f.fix.applicability == Applicability.SAFE:
            out[f.path].update((e.start, e.end, e.content) for e in f.fix.edits)
    return out


def _numbers(
    settings: RunFacts, findings: Sequence[Finding], by_path: Mapping[str, list[Finding]], texts: Mapping[str, str]
) -> str:
    checked = "?" if settings.files is None else f"{settings.files:,}"
    items = [
        ("documents checked", checked),
        ("documents with findings", f"{len(by_path):,}"),
        ("findings", f"{len(findings):,}"),
        ("fixable", f"{sum(1 for f in findings if f.fixable):,}"),
        ("bytes safe fixes remove", f"{removable_bytes(findings, texts):,}"),
    ]
    cells = "".join(f'<div class="num"><b>{v}</b><span>{k}</span></div>' for k, v in items)
    return f'<div class="numbers">{cells}</div>'


def _charts(
    findings: Sequence[Finding],
    by_path: Mapping[str, list[Finding]],
    texts: Mapping[str, str],
    family_of: Mapping[str, str],
    colours: Sequence[tuple[str, str]],
    model: Mapping[str, Any],
) -> str:
    families = list(model["families"])
    fam_count = Counter(family_of[f.code] for f in findings)
    rule_count = Counter(f.code for f in findings)
    names = {r["code"]: r["name"] for r in model["rules"]}
    sev_count = Counter(str(f.severity) for f in findings)
    charts = [
        bar_chart(
            "Findings per family",
            [
                (fam, fam_count[fam], f"fam-{families.index(fam)}")
                for fam in sorted(fam_count, key=lambda k: (-fam_count[k], k))
            ],
        ),
        bar_chart(
            "Findings per rule",
            [
                (f"{code} {names.get(json_safe(code), '')}", n, f"fam-{families.index(family_of[code])}")
                for code, n in sorted(rule_count.items(), key=lambda kv: (-kv[1], kv[0]))[:20]
            ],
        ),
        bar_chart("Severity", [(s, sev_count[s], f"sev-{s}") for s in SEVERITIES]),
        bar_chart(
            "Documents with the most findings",
            [(p, len(fs), "bar") for p, fs in sorted(by_path.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:10]],
        ),
    ]
    sites = Counter({site: 0 for site in map(site_of, by_path)})
    for path, fs in by_path.items():
        sites[site_of(path)] += len(fs)
    outlets = named_sources(by_path, texts)
    if outlets:
        rows = [(name, n, "bar") for name, n in sorted(outlets.items(), key=lambda kv: (-kv[1], kv[0]))[:10]]
        charts.append(bar_chart("Named sources with the most findings", rows))
    if len(sites) > 1:
        charts.append(
            bar_chart(
                "Sources with the most findings",
                [(s, n, "bar") for s, n in sorted(sites.items(), key=lambda kv: (-kv[1], kv[0]))[:10]],
            )
        )
    return "\n".join(charts)


def named_sources(by_path: Mapping[str, list[Finding]], texts: Mapping[str, str]) -> Counter[str]:
    """Findings per source outlet, as the documents' own source fields name it (the provenance
    checks' reading of ``来源:新华社`` or ``Source: Reuters``, with their default vocabulary)."""
    from seedlint.checks.provenance import vocabulary
    from seedlint.checks.provenance._fields import fields, status

    vocab = vocabulary({})
    out: Counter[str] = Counter()
    for path, text in texts.items():
        found = fields(Document(text, path), vocab)
        for value in sorted({f.value.strip() for f in found if f.kind == "source" and status(vocab, f) == "named"}):
            out[value] += len(by_path[path])
    return out


def site_of(path: str) -> str:
    """The source a document came from, as its path names it: the corpus file of a record, else
    the folder holding the file (crawls are commonly stored one folder per site)."""
    corpus, key = split_address(path)
    if key is not None:
        return corpus
    parent = PurePath(path).parent.as_posix()
    return parent if parent != "." else "(current folder)"


def bar_chart(title: str, rows: Sequence[tuple[str, int, str]]) -> str:
    """A horizontal bar chart as inline SVG: one labelled bar per row, widths relative to the largest."""
    e = html.escape
    height, label_w, bar_w = 20, 190, 260
    top = max((n for _, n, _ in rows), default=0) or 1
    w, h = label_w + bar_w + 60, max(1, len(rows)) * height
    parts = [
        f'<figure class="chart"><figcaption>{e(title)}</figcaption>'
        f'<svg class="bars" role="img" aria-label="{e(title)}" viewBox="0 0 {w} {h}" width="{w}" height="{h}">'
    ]
    for i, (label, n, cls) in enumerate(rows):
        y = i * height
        width = round(bar_w * n / top, 1)
        shown = json_safe(label)
        short = shown if len(shown) <= 26 else "\u2026" + shown[-25:]
        parts.append(
            f'<g class="{e(cls)}"><title>{e(_visible(shown))}: {n}</title>'
            f'<text class="label" x="{label_w - 6}" y="{y + 14}" text-anchor="end">{e(_visible(short))}</text>'
            f'<rect x="{label_w}" y="{y + 3}" width="{width}" height="{height - 6}" rx="2"></rect>'
            f'<text class="value" x="{label_w + width + 4}" y="{y + 14}">{n:,}</text></g>'
        )
    if not rows:
        parts.append('<text class="label" x="4" y="14">nothing</text>')
    parts.append("</svg></figure>")
    return "".join(parts)


def _visible(s: str) -> str:
    from seedlint.display import escape_text

    return escape_text(s)


def _run_table(settings: RunFacts) -> str:
    e = html.escape
    rows = [("seedlint version", settings.version)]
    if settings.fail_on:
        rows.append(("fail on", settings.fail_on))
    if settings.source:
        rows.append(("rendered from", settings.source))
    rows.extend(settings.extra)
    body = "".join(f"<tr><th>{e(k)}</th><td>{e(_visible(json_safe(v)))}</td></tr>" for k, v in rows)
    return f'<details class="run-settings"><summary>Run</summary><table>{body}</table></details>'


def _browser() -> str:
    severities = "".join(
        f'<label><input type="checkbox" name="sev" value="{i}" checked> {s}</label>' for i, s in enumerate(SEVERITIES)
    )
    return (
        '<section id="documents" aria-label="Documents">\n'
        '<form id="filters" class="filters" onsubmit="return false">'
        '<fieldset id="families"><legend>Family</legend></fieldset>'
        f'<fieldset id="severities"><legend>Severity</legend>{severities}</fieldset>'
        '<fieldset><legend>Rule</legend><select id="rule"><option value="">all rules</option></select></fieldset>'
        '<fieldset><legend>Search</legend><input id="search" type="search" placeholder="path or record id"></fieldset>'
        "</form>\n"
        '<p class="keys">Keys: <kbd>j</kbd>/<kbd>n</kbd> next finding, <kbd>k</kbd>/<kbd>p</kbd> previous, '
        "<kbd>]</kbd>/<kbd>[</kbd> next/previous document.</p>\n"
        '<div class="browser"><nav id="list" aria-label="Documents with findings">'
        '<p id="count"></p><ol id="doclist"></ol><div class="pager">'
        '<button type="button" id="prev">previous</button><span id="page"></span>'
        '<button type="button" id="next">next</button></div></nav>\n'
        '<article id="doc" aria-live="polite"><p class="hint">Choose a document.</p></article></div>\n'
        "<noscript>The document view needs JavaScript; the summary above does not.</noscript>\n"
        "</section>"
    )


def _registry_rules() -> dict[str, Rule]:
    from seedlint.registry import load_registry

    return {r.code: r for r in load_registry().rules}


# Saved runs ------------------------------------------------------------------------------------


class SavedRunError(ValueError):
    """A saved run that cannot be read: the message names the path and what is wrong."""


@dataclass(frozen=True)
class SavedRun:
    findings: list[Finding]
    families: dict[str, str]
    version: str
    files: int | None


def read_saved_run(path: str) -> SavedRun:
    """The findings of a ``--output-format json`` or ``json-lines`` file, or of ``-o *.parquet``
    (whose rows hold no fixes: what ``--fix`` would remove is then not shown)."""
    if path.lower().endswith(".parquet"):
        return _saved_parquet(path)
    try:
        text = read_regular(path, 1 << 34).decode("utf-8-sig")
    except FileReadError as exc:
        raise SavedRunError(str(exc)) from None
    except UnicodeDecodeError as exc:
        raise SavedRunError(f"{path}: not UTF-8 (byte {exc.start})") from None
    version, files = "unknown", None
    try:
        data = json.loads(text)
    except ValueError:
        data = None
    if isinstance(data, dict) and "findings" not in data and ("code" in data or "path" in data):
        data = None  # json-lines with one finding
    if isinstance(data, dict):
        if not isinstance(data.get("findings"), list):
            raise SavedRunError(f'{path}: not a seedlint json report (no "findings" list)')
        rows = data["findings"]
        tool, summary = data.get("tool"), data.get("summary")
        if isinstance(tool, dict) and isinstance(tool.get("version"), str):
            version = tool["version"]
        if isinstance(summary, dict) and isinstance(summary.get("files"), int):
            files = summary["files"]
    elif isinstance(data, list):
        raise SavedRunError(f"{path}: not a seedlint json report (a JSON list, expected an object or JSON lines)")
    else:
        rows = []
        # Only LF ends a record: json.dumps leaves U+2028, U+0085 and the like raw inside strings.
        for number, line in enumerate(text.split("\n"), start=1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as exc:
                reason = getattr(exc, "msg", None) or str(exc)
                raise SavedRunError(f"{path}: line {number}: not JSON ({reason})") from None
    findings: list[Finding] = []
    families: dict[str, str] = {}
    for number, row in enumerate(rows, start=1):
        finding, family = _finding_of(row, f"{path}: finding {number}")
        findings.append(finding)
        families.setdefault(finding.code, family)
    return SavedRun(findings, families, version, files)


def _saved_parquet(path: str) -> SavedRun:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise SavedRunError(f"{path}: reading Parquet needs pyarrow (pip install 'seedlint[parquet]')") from None
    try:
        rows = pq.read_table(path).to_pylist()
    except (OSError, ValueError) as exc:
        raise SavedRunError(f"{path}: not a Parquet file of findings ({exc})") from None
    findings: list[Finding] = []
    families: dict[str, str] = {}
    for number, row in enumerate(rows, start=1):
        if isinstance(row, dict) and row.get("record") is not None:
            row = {**row, "path": f"{row.get('path')}#{row['record']}"}  # the address a record's findings carry
        finding, family = _finding_of(row, f"{path}: row {number}")
        findings.append(finding)
        families.setdefault(finding.code, family)
    return SavedRun(findings, families, "unknown", None)


# The keys a finding's json object must have, in the order the json format writes them.
_LOCATION = ("path", "line", "column", "end_line", "end_column", "code", "name", "severity")


def _finding_of(row: Any, where: str) -> tuple[Finding, str]:
    """A finding from its json-format object (the inverse of ``finding_to_dict``)."""
    if not isinstance(row, dict):
        raise SavedRunError(f"{where}: not a JSON object")

    def get(key: str, kind: type | tuple[type, ...]) -> Any:
        if key not in row:
            raise SavedRunError(f"{where}: missing key {key!r}")
        value = row[key]
        if not isinstance(value, kind) or isinstance(value, bool):
            raise SavedRunError(f"{where}: key {key!r} holds {type(value).__name__}")
        return value

    fix = None
    raw_fix = row.get("fix")
    if raw_fix is not None:
        try:
            edits = tuple(Edit(int(e["start"]), int(e["end"]), str(e.get("content", ""))) for e in raw_fix["edits"])
            fix = Fix(edits, Applicability(raw_fix.get("applicability", "safe")), raw_fix.get("encoding"))
        except (KeyError, TypeError, ValueError):
            raise SavedRunError(f"{where}: key 'fix' is not a seedlint fix") from None
    fields = {k: get(k, str) if k in ("path", "code", "name", "severity") else get(k, int) for k in _LOCATION}
    try:
        severity = Severity.parse(fields["severity"])
    except ValueError as exc:
        raise SavedRunError(f"{where}: {exc}") from None
    finding = Finding(
        path=fields["path"],
        line=fields["line"],
        column=fields["column"],
        end_line=fields["end_line"],
        end_column=fields["end_column"],
        code=fields["code"],
        name=fields["name"],
        severity=severity,
        message=get("message", str),
        matched=get("matched", str),
        fix=fix,
        fingerprint=_text_or(row.get("fingerprint"), ""),
    )
    return finding, _text_or(row.get("family"), "unknown")


def _text_or(value: Any, default: str) -> str:
    return value if isinstance(value, str) else default
