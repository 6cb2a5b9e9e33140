"""The repository keeps byte-exact copies of the seed documents the project was created from."""

from tests.helpers import SEEDS, shared_path


def test_seeds_are_byte_exact_copies_of_shared_seeds():
    shared = shared_path("seeds")
    names = sorted(p.name for p in shared.glob("*.txt"))
    assert names, "no seeds in the shared folder"
    assert sorted(p.name for p in SEEDS.glob("*.txt")) == names
    for name in names:
        assert (SEEDS / name).read_bytes() == (shared / name).read_bytes(), name
