"""seedlint on Ray Data: a callable class for ``Dataset.map_batches``.

    import ray
    from seedlint.integrations.ray import SeedlintBatch

    ds = ray.data.read_json("corpus/*.jsonl")
    linted = ds.map_batches(SeedlintBatch, fn_constructor_kwargs={"text_column": "text", "id_column": "id"},
                            batch_format="pyarrow", compute=ray.data.ActorPoolStrategy(size=8))

Each batch (pyarrow Table, pandas DataFrame or a dict of columns) comes back with two columns
more: ``seedlint_findings``, a list of structs per row (``finding_record``: code, name, severity,
line, column, end_line, end_column, message, matched, fixable, fingerprint, removed_by_safe_fix),
and ``seedlint_count``. A column may be named with dots for a nested field (``meta.text``). The
checks are built once per actor, in its constructor. Install with ``pip install 'seedlint[ray]'``.
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from seedlint.config import Settings, load_settings
from seedlint.corpus import field_of, read_row
from seedlint.engine import _built_checks, repeated_min_documents
from seedlint.integrations import arrow_finding_type, lint_one

FINDINGS = "seedlint_findings"
COUNT = "seedlint_count"


class SeedlintBatch:
    """Lints the ``text_column`` of every row; a row is named by its ``id_column`` (else its index
    in the batch) in ``path_prefix#<id>`` for messages and per-file-ignores."""

    def __init__(
        self,
        text_column: str = "text",
        id_column: str | None = None,
        path_prefix: str = "",
        settings: Settings | None = None,
        config_file: str | None = None,
        repeated: Mapping[int, int] | None = None,
    ) -> None:
        from pathlib import Path

        self.settings = settings or load_settings(Path(config_file) if config_file else None)
        self.text_column = text_column
        self.id_column = id_column
        self.path_prefix = path_prefix
        # The corpus's repeated lines (SL104), counted beforehand by ``repeated_lines``.
        self.repeated = repeated
        _built_checks(self.settings.check_options)  # once per actor, before the first batch

    def __call__(self, batch: Any) -> Any:
        kind, columns = _columns(batch)
        texts = _values(columns, self.text_column)
        ids = _values(columns, self.id_column) if self.id_column else range(len(texts))
        findings = [
            lint_one(text, f"{self.path_prefix}#{key}", self.settings, self.repeated) if isinstance(text, str) else []
            for text, key in zip(texts, ids, strict=True)
        ]
        counts = [len(found) for found in findings]
        return _with_columns(batch, kind, {FINDINGS: findings, COUNT: counts})


def _columns(batch: Any) -> tuple[str, dict[str, list[Any]]]:
    """The batch's kind and its columns as Python lists."""
    if hasattr(batch, "to_pydict"):  # pyarrow.Table
        return "pyarrow", batch.to_pydict()
    if hasattr(batch, "to_dict") and hasattr(batch, "columns"):  # pandas.DataFrame
        return "pandas", {name: batch[name].tolist() for name in batch.columns}
    return "numpy", {name: list(values) for name, values in batch.items()}


def _values(columns: Mapping[str, Sequence[Any]], name: str) -> Sequence[Any]:
    """A column's values; for a name with dots (``meta.text``), the nested field of each row, or
    None where a row lacks it."""
    if name in columns or "." not in name:
        return columns[name]
    top, _, rest = name.partition(".")
    return [field_of(value, rest)[1] for value in columns[top]]


def _with_columns(batch: Any, kind: str, added: dict[str, list[Any]]) -> Any:
    if kind == "pyarrow":
        import pyarrow as pa

        struct = arrow_finding_type()
        table = batch.append_column(FINDINGS, pa.array(added[FINDINGS], type=pa.list_(struct)))
        return table.append_column(COUNT, pa.array(added[COUNT], type=pa.int64()))
    if kind == "pandas":
        out = batch.copy()
        for name, values in added.items():
            out[name] = values
        return out
    import numpy as np

    out = dict(batch)
    out[FINDINGS] = np.array(added[FINDINGS] + [None], dtype=object)[:-1]  # one object per row
    out[COUNT] = np.array(added[COUNT], dtype=np.int64)
    return out


# The corpus-wide repeated lines (SL104) as a distributed aggregation ------------------------------


def _line_keys(batch: dict[str, Any], text_column: str) -> dict[str, Any]:
    """One row per distinct candidate line of each document: its key (as a signed 64-bit int)."""
    from seedlint.checks.spam.corpus_repeated_line import document_keys

    texts = _values(batch, text_column)
    keys = [_signed(k) for text in texts if isinstance(text, str) for k in document_keys(text)]
    return {"key": keys}


def _signed(key: int) -> int:
    # Arrow stores int64: the unsigned 64-bit hash is kept as the signed integer of the same bits.
    return key - (1 << 64) if key >= 1 << 63 else key


def repeated_lines(dataset: Any, text_column: str, min_documents: int) -> dict[int, int]:
    """SL104's first pass on Ray: the candidate lines held by at least ``min_documents`` documents
    of ``dataset``, counted by a groupby over the workers (each document counts a line once)."""
    keys = dataset.map_batches(_line_keys, fn_kwargs={"text_column": text_column}, batch_format="numpy")
    with warnings.catch_warnings():
        # Newer Ray suggests an expression filter; a function filter works on every supported Ray.
        warnings.simplefilter("ignore", UserWarning)
        counted = keys.groupby("key").count().filter(lambda row: row["count()"] >= min_documents)
    return {int(row["key"]) % (1 << 64): int(row["count()"]) for row in counted.iter_rows()}


# seedlint check --engine ray ----------------------------------------------------------------------


def run_on_ray(
    corpora: Sequence[str],
    settings: Settings,
    *,
    address: str | None = None,
    workers: int | None = None,
) -> Iterator[tuple[str, str | None, list[dict[str, Any]]]]:
    """Every record of ``corpora`` (JSON Lines or Parquet files), linted by Ray Data actors, in
    corpus and record order: its address (``corpus.jsonl#<id or record number>``, as the local
    engine names it), why it was skipped (no text; None when it was linted, the local engine's
    wording), and its findings as ``finding_record`` dicts with that address in ``path``."""
    import ray

    if not ray.is_initialized():
        ray.init(address=address, include_dashboard=False, log_to_driver=False, configure_logging=False)
    context = ray.data.DataContext.get_current()
    context.execution_options.preserve_order = True  # record order, whatever the number of workers
    # A linter's standard error is for its own messages: no progress bars or execution logs of Ray's.
    context.enable_progress_bars = False
    context.print_on_execution_start = False
    logging.getLogger("ray.data").setLevel(logging.ERROR)
    text, ident = settings.text_field, settings.id_field
    for corpus in corpora:
        if corpus.lower().endswith(".parquet"):
            dataset = ray.data.read_parquet(corpus)
        else:
            dataset = ray.data.read_json(corpus, lines=True)
        least = repeated_min_documents(settings)
        repeated = repeated_lines(dataset, text, least) if least is not None and dataset.count() >= least else None
        size = max(1, workers or int(ray.cluster_resources().get("CPU", 1)))  # type: ignore[no-untyped-call]
        linted = dataset.map_batches(
            SeedlintBatch,
            fn_constructor_kwargs={
                "text_column": text,
                "id_column": ident,
                "path_prefix": corpus,
                "settings": settings,
                "repeated": repeated,
            },
            batch_format="pyarrow",
            batch_size=64,
            compute=ray.data.ActorPoolStrategy(size=size),
            num_cpus=0.5,  # actors share a core with the readers: a two-core machine runs two
        )
        for number, row in enumerate(linted.iter_rows(), 1):
            key, _, problem = read_row(dict(row), number, text, ident)
            address = f"{corpus}#{key}"
            skipped = f"record {number}: {problem}" if problem else None
            yield address, skipped, [{"path": address, **finding} for finding in row[FINDINGS]]
