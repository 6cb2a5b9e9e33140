"""English outlet names by their shape."""

from __future__ import annotations

import pytest

from seedlint.text.outlets import ends_as_outlet


@pytest.mark.parametrize(
    ("name", "outlet"),
    [
        ("Korea Times", True),
        ("Kyodo News", True),
        ("Yonhap News Agency", True),
        ("China Daily USA", True),
        ("Ministry of Commerce", False),
        ("Human Rights", False),
        ("", False),
    ],
)
def test_a_name_ends_as_an_outlets_does(name, outlet):
    assert ends_as_outlet(name.split()) is outlet
