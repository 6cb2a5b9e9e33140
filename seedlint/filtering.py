"""``seedlint filter``: write a cleaned copy of a corpus.

Every record is written in input order with its fixes applied to the text field (safe ones, and
unsafe ones when asked) and a ``seedlint`` field holding its findings, located in the text as it
was read; a record with a finding of a ``drop_if`` rule is left out (and written to the dropped
file when one is given). A record without a usable text (not JSON, no text field, not a string,
too large) is written unchanged, with a warning: nothing that was read is lost.

Records are linted in batches by the engine (``map_batches``), in a process pool with several
workers; the output is written piece by piece to a temporary file that replaces the target only
when the whole corpus is written.
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import json
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import IO, Any

from seedlint.config import ConfigError, Settings, selector_matches, validate_selectors
from seedlint.corpus import Record, Row, field_of, is_corpus, parquet_file, record_of, rows, split_address
from seedlint.display import json_safe
from seedlint.document import Document
from seedlint.engine import (
    FileResult,
    FixMode,
    RecordText,
    Repeated,
    _built_checks,
    _fixed,
    corpus_workers,
    lint_document,
    map_batches,
    repeated_lines,
    with_repeated,
)
from seedlint.engine import record_batches as batches_of
from seedlint.files import FileReadError
from seedlint.fixes import atomic_writer
from seedlint.fixlog import FixLog, log_entries
from seedlint.integrations import arrow_finding_type, finding_record
from seedlint.model import Finding, family_of
from seedlint.registry import load_registry

FIELD = "seedlint"  # the field that holds a record's findings in the output
OUTPUT_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz", ".parquet")
ROW_GROUP = 4096  # rows per Parquet row group written: memory stays flat, files stay readable


class FilterError(Exception):
    """A corpus that cannot be filtered as asked; the output was not written."""


@dataclass
class FilterCounts:
    read: int = 0
    written: int = 0
    dropped: int = 0
    fixes: int = 0
    fixed_records: int = 0
    unchanged: int = 0  # records without a usable text, written as they were


@dataclass(frozen=True)
class Filtered:
    """What a worker made of one record's text."""

    findings: list[dict[str, Any]]
    codes: frozenset[str]
    text: str | None = None  # the fixed text; None when no fix applied
    fixed: int = 0
    log: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def filter_texts(
    texts: list[RecordText], settings: Settings, unsafe: bool = False, repeated: Repeated | None = None
) -> list[Filtered]:
    """Lint and fix each (path, text, site); the engine's ``map_batches`` runs this on its workers.
    ``repeated`` holds the corpus's repeated lines (SL104, when it is selected)."""
    out = []
    for path, text, site in texts:
        doc = Document(text, path)
        outcome = FileResult(path, with_repeated(doc, lint_document(doc, settings), settings, repeated, site))
        findings = [finding_record(f) for f in outcome.findings]
        codes = frozenset(f.code for f in outcome.findings)
        fixed = _fixed(doc, outcome, FixMode(unsafe=unsafe))
        if fixed is None:
            out.append(Filtered(findings, codes, warnings=outcome.warnings + _errors(outcome)))
            continue
        result, data = fixed
        log = log_entries(path, result, text.encode("utf-8", "surrogatepass"), data, doc)
        out.append(Filtered(findings, codes, result.text, len(result.applied), log, outcome.warnings))
    return out


def _errors(outcome: FileResult) -> list[str]:
    # A fix that fails verification is a rule's bug: the record keeps its text, and the run says so.
    return [f"{outcome.path}: {outcome.error}; not fixed"] if outcome.error else []


def drop_codes(selectors: Sequence[str]) -> frozenset[str]:
    """The codes of every rule one of the selectors names (off-by-default rules included: a rule
    enabled by the selection is dropped on like any other)."""
    validate_selectors(selectors, "--drop-if")
    rules = load_registry().rules
    return frozenset(r.code for r in rules if any(selector_matches(s, r)[0] for s in selectors))


def check_paths(source: str, target: str, dropped: str | None) -> None:
    """Refuse what would read a corpus seedlint cannot write, or write over the input."""
    if not is_corpus(source):
        raise FilterError(f"{source}: not a corpus (expected .jsonl, .jsonl.gz, .jsonl.zst or .parquet)")
    for option, path in (("-o", target), ("--dropped", dropped)):
        if path is None:
            continue
        if not path.lower().endswith(OUTPUT_SUFFIXES):
            raise FilterError(f"{option} {path}: expected a name ending in .jsonl, .jsonl.gz or .parquet")
        if _same_file(path, source):
            raise FilterError(f"{option} {path}: is the input corpus; write the cleaned corpus elsewhere")
    if dropped is not None and _same_file(dropped, target):
        raise FilterError(f"--dropped {dropped}: is the output file too")


def _same_file(a: str, b: str) -> bool:
    if os.path.realpath(a) == os.path.realpath(b):
        return True
    with contextlib.suppress(OSError):
        return os.path.samefile(a, b)
    return False


def filter_corpus(
    source: str,
    target: str,
    settings: Settings,
    *,
    unsafe: bool = False,
    drop_if: frozenset[str] = frozenset(),
    dropped: str | None = None,
    fix_log: str | None = None,
    jobs: int | None = None,
    warn: Callable[[str], None] = lambda message: None,
    on_record: Callable[[int], None] | None = None,
) -> FilterCounts:
    """Write the cleaned ``source`` to ``target`` (see the module's description). ``on_record`` is
    told, after each record, how many bytes of ``source`` have been read (a progress bar)."""
    check_paths(source, target, dropped)
    _built_checks(settings.check_options)  # a configuration error stops the run before any output
    counts = FilterCounts()
    schema = parquet_file(source).schema_arrow if source.lower().endswith(".parquet") else None
    log = FixLog(fix_log) if fix_log else None
    workers = corpus_workers(source, jobs or os.cpu_count() or 1, jobs)
    work = functools.partial(filter_texts, unsafe=unsafe, repeated=repeated_lines([source], settings))
    pending: deque[Row] = deque()

    def documents() -> Iterator[Record]:
        for row in rows(source):
            pending.append(row)  # taken back, in the same order, when its batch is done
            yield record_of(source, row, settings.text_field, settings.id_field, settings.site_field)

    try:
        with contextlib.ExitStack() as stack:
            out = stack.enter_context(_writer(target, schema))
            away = stack.enter_context(_writer(dropped, schema)) if dropped else None
            for batch, results in map_batches(batches_of(source, documents(), settings), work, settings, workers):
                done = iter(results)
                for record in batch:
                    row = pending.popleft()
                    counts.read += 1
                    if record.text is None:
                        warn(f"{source}: record {record.number}: {record.problem}; written unchanged")
                        out.write_unchanged(row)
                        counts.unchanged += 1
                        counts.written += 1
                    else:
                        _one(row, record, next(done), out, away, drop_if, settings, counts, log, warn)
                    if on_record is not None:
                        on_record(record.offset)
    except FileReadError as exc:
        raise FilterError(str(exc)) from None
    finally:
        if log:
            log.close()
    return counts


def _one(
    row: Row,
    record: Record,
    result: Filtered,
    out: _Writer,
    away: _Writer | None,
    drop_if: frozenset[str],
    settings: Settings,
    counts: FilterCounts,
    log: FixLog | None,
    warn: Callable[[str], None],
) -> None:
    for message in result.warnings:
        warn(message)
    if drop_if & result.codes:
        counts.dropped += 1
        if away is not None:
            away.write(with_field(row.value, FIELD, result.findings), row.number)
        return
    value = row.value
    if result.text is not None:
        value = with_field(value, settings.text_field, result.text)
        counts.fixes += result.fixed
        counts.fixed_records += 1
        if log is not None:
            log.write(FileResult(record.path, log=result.log))
    out.write(with_field(value, FIELD, result.findings), row.number)
    counts.written += 1


def with_field(record: dict[str, Any], name: str, value: Any) -> dict[str, Any]:
    """A copy of ``record`` with the field ``name`` (dots for nesting, as ``field_of`` reads it) set;
    the other fields and their order are kept."""
    head, _, rest = name.partition(".")
    copy = dict(record)
    if rest:
        found, inner = field_of(record, head)
        copy[head] = with_field(inner if found and isinstance(inner, dict) else {}, rest, value)
    else:
        copy[head] = value
    return copy


# Writers ---------------------------------------------------------------------------------------


class _Writer:
    def write(self, value: dict[str, Any], number: int) -> None:
        raise NotImplementedError

    def write_unchanged(self, row: Row) -> None:
        raise NotImplementedError


class _JsonLines(_Writer):
    def __init__(self, handle: IO[bytes]) -> None:
        self.handle = handle

    def write(self, value: dict[str, Any], number: int) -> None:
        # default=str: Parquet values JSON has no type for (dates, decimals) are written as text.
        line = json.dumps(value, ensure_ascii=False, default=str)
        self.handle.write(line.encode("utf-8", "surrogatepass") + b"\n")

    def write_unchanged(self, row: Row) -> None:
        if row.line is not None:
            self.handle.write(row.line if row.line.endswith(b"\n") else row.line + b"\n")
        else:
            self.handle.write(json.dumps(row.value, ensure_ascii=False, default=str).encode("utf-8") + b"\n")


class _Parquet(_Writer):
    """Rows are buffered and written a row group at a time. The schema is the input's (when it
    is Parquet) or that of the first rows, with the ``seedlint`` column of findings."""

    def __init__(self, handle: IO[bytes], path: str, schema: Any) -> None:
        import pyarrow as pa

        self.pa = pa
        self.handle = handle
        self.path = path
        self.column = pa.field(FIELD, pa.list_(arrow_finding_type()))
        self.schema = None if schema is None else self._with_findings(schema)
        self.writer: Any = None
        self.buffer: list[dict[str, Any]] = []
        self.numbers: list[int] = []

    def _with_findings(self, schema: Any) -> Any:
        if FIELD in schema.names:
            schema = schema.remove(schema.get_field_index(FIELD))
        return schema.append(self.column)

    def write(self, value: dict[str, Any], number: int) -> None:
        self.buffer.append(value)
        self.numbers.append(number)
        if len(self.buffer) >= ROW_GROUP:
            self.flush()

    def write_unchanged(self, row: Row) -> None:
        if not isinstance(row.value, dict):
            raise FilterError(
                f"{self.path}: record {row.number} is not a JSON object and cannot be a Parquet row; "
                "write JSON Lines (-o clean.jsonl) to keep it"
            )
        self.write(with_field(row.value, FIELD, None), row.number)

    def flush(self) -> None:
        if not self.buffer:
            return
        import pyarrow.parquet as pq

        if self.schema is None:
            first = self.pa.Table.from_pylist([{k: v for k, v in r.items() if k != FIELD} for r in self.buffer])
            self.schema = self._with_findings(first.schema)
        try:
            table = self.pa.Table.from_pylist(self.buffer, schema=self.schema)
        except (self.pa.ArrowInvalid, self.pa.ArrowTypeError, TypeError) as exc:
            span = f"records {self.numbers[0]}-{self.numbers[-1]}"
            raise FilterError(
                f"{self.path}: {span} do not fit the Parquet schema of the first records ({exc})"
            ) from None
        if self.writer is None:
            self.writer = pq.ParquetWriter(self.handle, self.schema)
        self.writer.write_table(table)
        self.buffer, self.numbers = [], []

    def close(self) -> None:
        import pyarrow.parquet as pq

        self.flush()
        if self.writer is None:  # an empty corpus still gets a readable file
            schema = self.schema if self.schema is not None else self.pa.schema([self.column])
            self.writer = pq.ParquetWriter(self.handle, schema)
        self.writer.close()


@contextlib.contextmanager
def _writer(path: str, schema: Any) -> Iterator[_Writer]:
    """A writer of records to ``path`` in the format its name ends with; the file replaces
    ``path`` only once every record is written."""
    parquet = path.lower().endswith(".parquet")
    if parquet:
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise ConfigError(f"{path}: writing Parquet needs pyarrow: pip install 'seedlint[parquet]'") from None
    with atomic_writer(os.path.realpath(path)) as handle:
        if parquet:
            writer = _Parquet(handle, path, schema)
            yield writer
            writer.close()
        elif path.lower().endswith(".gz"):
            with gzip.GzipFile(fileobj=handle, mode="wb", mtime=0) as packed:
                yield _JsonLines(packed)  # type: ignore[arg-type]
        else:
            yield _JsonLines(handle)


# Findings as Parquet (check -o findings.parquet) ----------------------------------------------

FINDINGS_ROW_GROUP = 8192  # findings per row group: memory stays flat however many there are


class FindingsTable:
    """Writes findings as rows of a Parquet file (path, record, code, name, family, severity,
    line, column, end_line, end_column, message, matched, fixable, fingerprint), a row group at a
    time, as they stream in."""

    def __init__(self, handle: IO[bytes]) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.pa = pa
        strings = ("path", "record", "code", "name", "family", "severity")
        numbers = ("line", "column", "end_line", "end_column")
        self.schema = pa.schema(
            [(n, pa.string()) for n in strings]
            + [(n, pa.int64()) for n in numbers]
            + [("message", pa.string()), ("matched", pa.string()), ("fixable", pa.bool_())]
            + [("fingerprint", pa.string())]
        )
        self.writer = pq.ParquetWriter(handle, self.schema)
        self.rows: list[dict[str, Any]] = []
        self.count = 0

    def write(self, findings: Sequence[Finding]) -> None:
        self.write_records({**finding_record(f), "path": f.path} for f in findings)

    def write_records(self, records: Iterable[dict[str, Any]]) -> None:
        """Rows from ``finding_record`` dicts with the finding's ``path`` (a record's address)."""
        for r in records:
            path, record = split_address(r["path"])
            self.rows.append(
                {
                    **{key: r[key] for key in ("code", "name", "severity", "line", "column", "end_line", "end_column")},
                    "path": json_safe(path),
                    "record": None if record is None else json_safe(record),
                    "family": family_of(r["code"]),
                    "message": json_safe(r["message"]),
                    "matched": json_safe(r["matched"]),
                    "fixable": r["fixable"],
                    "fingerprint": r["fingerprint"],
                }
            )
            self.count += 1
            if len(self.rows) >= FINDINGS_ROW_GROUP:
                self.flush()

    def flush(self) -> None:
        if self.rows:
            self.writer.write_table(self.pa.Table.from_pylist(self.rows, schema=self.schema))
            self.rows = []

    def close(self) -> None:
        self.flush()
        self.writer.close()


@contextlib.contextmanager
def findings_table(path: str) -> Iterator[FindingsTable]:
    """A ``FindingsTable`` whose file replaces ``path`` once the run is over."""
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        raise ConfigError(f"{path}: writing Parquet needs pyarrow: pip install 'seedlint[parquet]'") from None
    with atomic_writer(os.path.realpath(path)) as handle:
        table = FindingsTable(handle)
        yield table
        table.close()
