"""Corpora: files of many documents, one per record (JSON Lines, gzip- or zstd-compressed, Parquet).

Each record's text field is one document, addressed as ``corpus.jsonl#<id>`` (its id field) or
``corpus.jsonl#<n>`` (its 1-based record number when there is no id field); findings carry that
address and the line and column inside the record's text. A record that is not JSON, lacks the
text field or holds something else than a string is reported with its number and skipped, and the
rest of the corpus is read. Records are read one at a time, so memory does not grow with the corpus.
"""

from __future__ import annotations

import gzip
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any
from urllib.parse import urlsplit

from seedlint.files import FileReadError, describe_os_error, open_regular

# Name endings read as corpora.
SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz", ".jsonl.zst", ".parquet")
# Folder walks pick these up when a text field is asked for (``--text-field``).
PATTERNS = tuple(f"*{suffix}" for suffix in SUFFIXES)


def is_corpus(path: str) -> bool:
    return path.lower().endswith(SUFFIXES)


@dataclass(frozen=True)
class Record:
    """One record: its address in the corpus and its text, or why it was skipped."""

    path: str  # corpus.jsonl#<id or number>
    number: int  # 1-based record number
    text: str | None
    problem: str | None = None
    offset: int = 0  # bytes of the corpus file read once this record was (for a progress bar)
    site: str | None = None  # the site it comes from, when a field names it (``site_of``)


def field_of(record: Any, name: str) -> tuple[bool, Any]:
    """The value of a field named with dots for nesting (``meta.text``): (found, value)."""
    value = record
    for part in name.split("."):
        if not isinstance(value, dict) or part not in value:
            return False, None
        value = value[part]
    return True, value


def read_row(row: Any, number: int, text_field: str, id_field: str | None) -> tuple[str, str | None, str | None]:
    """A record's name (its id field, else its 1-based ``number``), its text, and why it has no
    text (None when it has one)."""
    if not isinstance(row, dict):
        return str(number), None, "not a JSON object"
    key = str(number)
    if id_field:
        found, value = field_of(row, id_field)
        if found and isinstance(value, str | int) and not isinstance(value, bool) and str(value).strip():
            key = str(value)
    found, text = field_of(row, text_field)
    if not found:
        return key, None, f"no field {text_field!r}"
    if not isinstance(text, str):
        return key, None, f"field {text_field!r} holds {type(text).__name__}, not a string"
    return key, text, None


def site_of(row: Any, site_field: str | None) -> str | None:
    """The site a record comes from, as its ``site_field`` names it (:func:`site_name`)."""
    if not site_field:
        return None
    found, value = field_of(row, site_field)
    return site_name(value) if found else None


def site_name(value: Any) -> str | None:
    """A site as a field names it: the host of a URL (lowercased, without ``www.``), or the
    field's text when it is a name and not a URL; None when unknown."""
    if not isinstance(value, str) or not value.strip():
        return None
    name: str = value.strip()
    if "://" in name or name.startswith("//"):
        try:
            host = urlsplit(name if "://" in name else f"http:{name}").hostname
        except ValueError:  # an unbalanced IPv6 bracket, say
            return None
        if not host:
            return None
        name = host
    return name.lower().removeprefix("www.")


def split_address(path: str) -> tuple[str, str | None]:
    """A finding's file and record id: ``corpus.jsonl#n1`` is (``corpus.jsonl``, ``n1``) when the
    part before the first ``#`` that follows a corpus name is one; a plain file has no id."""
    at = path.find("#")
    while at != -1:
        if is_corpus(path[:at]):
            return path[:at], path[at + 1 :]
        at = path.find("#", at + 1)
    return path, None


def record_of(corpus: str, row: Row, text_field: str, id_field: str | None, site_field: str | None = None) -> Record:
    """The document a row holds (or why it holds none), addressed in ``corpus``."""
    if row.problem is not None:
        return Record(f"{corpus}#{row.number}", row.number, None, row.problem, row.offset)
    key, text, problem = read_row(row.value, row.number, text_field, id_field)
    return Record(f"{corpus}#{key}", row.number, text, problem, row.offset, site_of(row.value, site_field))


@dataclass(frozen=True)
class Row:
    """One record as read: its decoded value, or why it could not be decoded (then ``line`` holds
    the JSON Lines line as it was, so a rewrite of the corpus can keep it unchanged)."""

    number: int  # 1-based record number (JSON Lines: line number)
    value: Any
    problem: str | None = None
    line: bytes | None = None
    offset: int = 0  # bytes of the corpus file read so far (compressed bytes for .gz and .zst)


def records(
    corpus: str, text_field: str = "text", id_field: str | None = None, site_field: str | None = None
) -> Iterator[Record]:
    """The records of a corpus file in order; a FileReadError when the file cannot be read at all."""
    for row in rows(corpus, (text_field, id_field or "", site_field or "")):
        yield record_of(corpus, row, text_field, id_field, site_field)


def rows(corpus: str, fields: tuple[str, ...] | None = None) -> Iterator[Row]:
    """Every record of a corpus file in order, whole (``fields`` None) or, for Parquet, with only
    the columns holding those fields read; blank JSON Lines lines are no records."""
    if corpus.lower().endswith(".parquet"):
        yield from _parquet(corpus, fields)
        return
    raw, stream = _open_lines(corpus)
    with stream:
        number = 0
        try:
            for line in stream:
                number += 1
                if not line.strip():
                    continue
                offset = raw.tell()
                try:
                    value = json.loads(line)
                except ValueError as exc:
                    reason = getattr(exc, "msg", None) or str(exc)
                    yield Row(number, None, f"not JSON ({reason})", line, offset)
                    continue
                yield Row(number, value, None, line, offset)
        except (OSError, EOFError, ValueError) as exc:  # a truncated or corrupt compressed stream
            raise FileReadError(f"{corpus}: cannot read record {number + 1}: {exc}") from None


def _open_lines(corpus: str) -> tuple[IO[bytes], IO[bytes]]:
    """The file itself (its position is how much has been read) and the stream of its lines."""
    handle, _ = open_regular(corpus)
    lower = corpus.lower()
    if lower.endswith(".gz"):
        return handle, gzip.GzipFile(fileobj=handle, mode="rb")  # type: ignore[return-value]
    if lower.endswith(".zst"):
        try:
            import zstandard
        except ImportError:
            handle.close()
            raise FileReadError(f"{corpus}: reading .zst corpora needs the zstandard package") from None
        return handle, io.BufferedReader(zstandard.ZstdDecompressor().stream_reader(handle, closefd=True))
    return handle, handle


def parquet_file(corpus: str) -> Any:
    """The ``pyarrow.parquet.ParquetFile`` of a corpus; a FileReadError naming the path otherwise."""
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise FileReadError(f"{corpus}: reading Parquet needs pyarrow: pip install 'seedlint[parquet]'") from None
    try:
        return pq.ParquetFile(corpus)
    except OSError as exc:
        raise FileReadError(f"{corpus}: cannot read: {describe_os_error(exc)}") from None
    except Exception as exc:  # pyarrow's own errors for files that are not Parquet
        raise FileReadError(f"{corpus}: not a Parquet file ({exc})") from None


def _parquet(corpus: str, fields: tuple[str, ...] | None) -> Iterator[Row]:
    table = parquet_file(corpus)
    columns = None
    if fields is not None:
        names = set(table.schema_arrow.names)
        columns = sorted({f.split(".")[0] for f in fields if f and f.split(".")[0] in names}) or None
    number = offset = 0
    for group in range(table.num_row_groups):
        # A row group is read whole anyway; its compressed size is what reading it costs.
        meta = table.metadata.row_group(group)
        offset += sum(meta.column(i).total_compressed_size for i in range(meta.num_columns))
        for batch in table.iter_batches(batch_size=1024, row_groups=[group], columns=columns):
            for value in batch.to_pylist():
                number += 1
                yield Row(number, value, offset=offset)
