"""seedlint.integrations.ray on a real local Ray instance."""

from __future__ import annotations

import pytest

from tests.integrations import cli_findings, write_corpus

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def ray_session():
    ray = pytest.importorskip("ray")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    yield ray
    ray.shutdown()


@pytest.mark.parametrize("batch_format", ["pyarrow", "pandas"])
def test_findings_equal_the_clis(tmp_path, ray_session, batch_format):
    from seedlint.integrations.ray import COUNT, FINDINGS, SeedlintBatch

    corpus = write_corpus(tmp_path)
    expected = cli_findings(corpus)
    assert expected  # the generated corpus has defects to find
    dataset = ray_session.data.read_json(str(corpus))
    linted = dataset.map_batches(
        SeedlintBatch,
        fn_constructor_kwargs={"id_column": "id", "path_prefix": corpus.name},
        batch_format=batch_format,
        batch_size=8,
        compute=ray_session.data.ActorPoolStrategy(size=2),
        num_cpus=0.5,  # two actors on one of the two CPUs: the other reads the corpus
    )
    rows = sorted(linted.take_all(), key=lambda r: r["id"])
    found = [(r["id"], f["code"], f["line"], f["column"], f["message"]) for r in rows for f in r[FINDINGS]]
    assert found == expected
    assert sum(r[COUNT] for r in rows) == len(expected)
