"""English outlet names by their shape: the last word of a newspaper's, broadcaster's or wire's name
(The Korea Times, Kyodo News, Yonhap News Agency), or the one before an edition (China Daily USA).
Provenance reads a cited name this way; the chrome rules leave an outlet's name alone on a line to
it, as the page's credit. The outlets known by name (``data/common/outlets.txt``) are here too."""

from __future__ import annotations

from functools import cache

from seedlint.data import read_list


@cache
def known_outlets() -> tuple[str, ...]:
    """News outlets and agencies known by name, Chinese and English (新华社, Reuters, Kyodo News)."""
    return read_list("common/outlets.txt")


@cache
def _known_folded() -> frozenset[str]:
    return frozenset(name.casefold() for name in known_outlets())


def is_known_outlet(name: str) -> bool:
    """Whether ``name`` is an outlet of the list as a whole, in any case (REUTER, Xinhua)."""
    return name.strip().casefold() in _known_folded()


@cache
def outlet_suffixes_zh() -> tuple[str, ...]:
    """Endings of Chinese outlet names (新华社, 海外网, 北京日报: ``data/common/outlet_suffixes_zh.txt``)."""
    return read_list("common/outlet_suffixes_zh.txt")


def ends_as_outlet_zh(name: str) -> bool:
    """Does this Chinese name end as an outlet's does (人民网, 北京日报)?"""
    return name.endswith(outlet_suffixes_zh())


@cache
def outlet_words_en() -> frozenset[str]:
    return frozenset(read_list("common/outlet_words_en.txt"))


def ends_as_outlet(words: list[str]) -> bool:
    """Do these capitalised words end as an outlet's name does (Kyodo News; China Daily USA, an
    edition after the outlet word)?"""
    known = outlet_words_en()
    return bool(words) and (words[-1] in known or (len(words) >= 3 and words[-2] in known))
