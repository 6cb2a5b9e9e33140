"""seedlint on Ray Data: a callable class for ``Dataset.map_batches``.

    import ray
    from seedlint.integrations.ray import SeedlintBatch

    ds = ray.data.read_json("corpus/*.jsonl")
    linted = ds.map_batches(SeedlintBatch, fn_constructor_kwargs={"text_column": "text", "id_column": "id"},
                            batch_format="pyarrow", compute=ray.data.ActorPoolStrategy(size=8))

Each batch (pyarrow Table, pandas DataFrame or a dict of columns) comes back with two columns
more: ``seedlint_findings``, a list of structs per row (code, name, severity, line, column,
end_line, end_column, message, matched), and ``seedlint_count``. The checks are built once per
actor, in its constructor. Install with ``pip install 'seedlint[ray]'``.
"""

from __future__ import annotations

from typing import Any

from seedlint.config import Settings, load_settings
from seedlint.engine import _built_checks
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
    ) -> None:
        from pathlib import Path

        self.settings = settings or load_settings(Path(config_file) if config_file else None)
        self.text_column = text_column
        self.id_column = id_column
        self.path_prefix = path_prefix
        _built_checks(self.settings.check_options)  # once per actor, before the first batch

    def __call__(self, batch: Any) -> Any:
        kind, columns = _columns(batch)
        texts = columns[self.text_column]
        ids = columns[self.id_column] if self.id_column else range(len(texts))
        findings = [
            lint_one(text, f"{self.path_prefix}#{key}", self.settings) if isinstance(text, str) else []
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
