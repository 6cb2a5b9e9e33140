"""seedlint in datatrove pipelines (FineWeb-style cleaning, locally or on Slurm).

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from seedlint.integrations.datatrove import SeedlintAnnotator, SeedlintFilter

    LocalPipelineExecutor(pipeline=[JsonlReader("corpus/"), SeedlintAnnotator(),
                                    SeedlintFilter(drop=("SL101", "SL201"))], tasks=4).run()

``SeedlintAnnotator`` adds the findings of each document to ``doc.metadata["seedlint"]`` (a list of
dicts: code, name, severity, line, column, end_line, end_column, message, matched);
``SeedlintFilter`` drops documents with a finding of one of the ``drop`` selectors (codes, prefixes,
names, families, as ``--select`` takes them), reading the annotator's findings when it ran first.
Install with ``pip install 'seedlint[datatrove]'``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from datatrove.pipeline.base import PipelineStep

from seedlint.config import Settings, resolve_selection, validate_selectors
from seedlint.integrations import lint_one
from seedlint.registry import load_registry

METADATA_KEY = "seedlint"


class SeedlintAnnotator(PipelineStep):
    name = "seedlint annotator"
    type = "ANNOTATOR"

    def __init__(self, settings: Settings | None = None, key: str = METADATA_KEY) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self.key = key

    def run(self, data: Iterable[Any], rank: int = 0, world_size: int = 1) -> Iterator[Any]:
        for doc in data:
            with self.track_time():
                found = lint_one(doc.text, str(doc.id), self.settings)
            doc.metadata[self.key] = found
            self.stat_update("documents")
            self.stat_update("findings", value=len(found))
            if found:
                self.stat_update("documents with findings")
            yield doc


class SeedlintFilter(PipelineStep):
    name = "seedlint filter"
    type = "FILTER"

    def __init__(self, drop: Iterable[str], settings: Settings | None = None, key: str = METADATA_KEY) -> None:
        super().__init__()
        selectors = tuple(drop)
        validate_selectors(selectors, "SeedlintFilter(drop=...)")
        self.codes = resolve_selection(load_registry().rules, selectors, (), ())
        self.settings = settings or Settings()
        self.key = key

    def run(self, data: Iterable[Any], rank: int = 0, world_size: int = 1) -> Iterator[Any]:
        for doc in data:
            found = doc.metadata.get(self.key)
            if found is None:
                with self.track_time():
                    found = lint_one(doc.text, str(doc.id), self.settings)
            hit = sorted({f["code"] for f in found} & self.codes)
            if hit:
                self.stat_update("dropped", *(f"dropped {code}" for code in hit))
                continue
            self.stat_update("kept")
            yield doc
