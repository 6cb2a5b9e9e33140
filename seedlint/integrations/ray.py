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
from seedlint.corpus import field_of, read_row, site_name
from seedlint.engine import _built_checks, repeated_thresholds
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
        site_column: str | None = None,
    ) -> None:
        from pathlib import Path

        self.settings = settings or load_settings(Path(config_file) if config_file else None)
        self.text_column = text_column
        self.id_column = id_column
        self.path_prefix = path_prefix
        # The corpus's repeated lines (SL104), counted beforehand by ``repeated_lines``, per site
        # when ``site_column`` names each row's site (a URL or a name).
        self.repeated = repeated
        self.site_column = site_column
        _built_checks(self.settings.check_options)  # once per actor, before the first batch

    def __call__(self, batch: Any) -> Any:
        kind, columns = _columns(batch)
        texts = _values(columns, self.text_column)
        ids = _values(columns, self.id_column) if self.id_column else range(len(texts))
        sites = _sites(columns, self.site_column, len(texts))
        findings = [
            lint_one(text, f"{self.path_prefix}#{key}", self.settings, self.repeated, site)
            if isinstance(text, str)
            else []
            for text, key, site in zip(texts, ids, sites, strict=True)
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


def _sites(columns: Mapping[str, Sequence[Any]], name: str | None, rows: int) -> list[str | None]:
    """Each row's site (``site_name`` of the column's value); None for all when the batch has no
    such column, as a record without the field has no known site."""
    if not name or (name not in columns and name.partition(".")[0] not in columns):
        return [None] * rows
    return [site_name(value) for value in _values(columns, name)]


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


def _line_keys(batch: dict[str, Any], text_column: str, site_column: str | None) -> Any:
    """One row per distinct candidate line of each document: its key (as a signed 64-bit int) and
    its document's site ("" when unknown)."""
    from seedlint.checks.spam.corpus_repeated_line import document_keys

    texts = _values(batch, text_column)
    keys: list[int] = []
    sites: list[str] = []
    for text, site in zip(texts, _sites(batch, site_column, len(texts)), strict=True):
        if isinstance(text, str):
            found = document_keys(text, site)
            keys.extend(_signed(k) for k in found)
            sites.extend([site or ""] * len(found))
    return _table({"key": keys, "site": sites})


def _site_rows(batch: dict[str, Any], text_column: str, site_column: str | None) -> Any:
    """One row per document with a text: its site ("" when unknown)."""
    texts = _values(batch, text_column)
    pairs = zip(texts, _sites(batch, site_column, len(texts)), strict=True)
    return _table({"site": [site or "" for text, site in pairs if isinstance(text, str)]})


def _table(columns: dict[str, list[Any]]) -> Any:
    # Typed columns: an empty batch must have the same schema as the others for the groupby.
    import pyarrow as pa

    kinds = {"key": pa.int64(), "site": pa.string()}
    return pa.table({name: pa.array(values, type=kinds[name]) for name, values in columns.items()})


def _signed(key: int) -> int:
    # Arrow stores int64: the unsigned 64-bit hash is kept as the signed integer of the same bits.
    return key - (1 << 64) if key >= 1 << 63 else key


def repeated_lines(
    dataset: Any, text_column: str, min_documents: int, site_share: float = 0.0, site_column: str | None = None
) -> dict[int, int]:
    """SL104's first pass on Ray: the candidate lines held by enough documents of their site
    (``least_documents``) in ``dataset``, counted by groupbys over the workers (each document
    counts a line once)."""
    from seedlint.checks.spam.corpus_repeated_line import least_documents

    fn_kwargs = {"text_column": text_column, "site_column": site_column}
    with warnings.catch_warnings():
        # Newer Ray suggests an expression filter; a function filter works on every supported Ray.
        warnings.simplefilter("ignore", UserWarning)
        per_site = dataset.map_batches(_site_rows, fn_kwargs=fn_kwargs, batch_format="numpy").groupby("site").count()
        least = {
            row["site"]: least_documents(min_documents, site_share, int(row["count()"]) if row["site"] else None)
            for row in per_site.iter_rows()
        }
        keys = dataset.map_batches(_line_keys, fn_kwargs=fn_kwargs, batch_format="numpy")
        fewest = min(least.values(), default=min_documents)
        counted = keys.groupby(["key", "site"]).count().filter(lambda row: row["count()"] >= fewest)
        return {
            int(row["key"]) % (1 << 64): int(row["count()"])
            for row in counted.iter_rows()
            if int(row["count()"]) >= least[row["site"]]
        }


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
        thresholds = repeated_thresholds(settings)
        repeated = None
        if thresholds is not None and dataset.count() >= thresholds[0]:
            repeated = repeated_lines(dataset, text, *thresholds, site_column=settings.site_field)
        size = max(1, workers or int(ray.cluster_resources().get("CPU", 1)))  # type: ignore[no-untyped-call]
        linted = dataset.map_batches(
            SeedlintBatch,
            fn_constructor_kwargs={
                "text_column": text,
                "id_column": ident,
                "path_prefix": corpus,
                "settings": settings,
                "repeated": repeated,
                "site_column": settings.site_field,
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
