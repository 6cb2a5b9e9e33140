"""Where checks come from: the built-in families in ``seedlint.checks`` and third-party plugins
registered under the entry-point group ``seedlint.checks``.

A check is a class with three class attributes and two methods::

    class MyCheck:
        name = "mine"                     # option table: [tool.seedlint.mine]; the family name
        rules = (Rule(...), ...)          # the rules it reports
        options = {"min-length": 40}      # option defaults; config may override them

        def __init__(self, options): ...  # build patterns and lexicons once per process
        def check(self, doc, enabled):    # yield Findings for the enabled rule codes
            ...

A check may set ``family`` when its rules belong to a family of another name. Built-in families
are the packages and modules of ``seedlint.checks``, each listing its classes in a module-level
``CHECKS`` tuple; a plugin's entry point names the class itself.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, ClassVar, Protocol, runtime_checkable

from seedlint.document import Document
from seedlint.model import Finding, Rule

ENTRY_POINT_GROUP = "seedlint.checks"
_CODE = re.compile(r"[A-Z]{1,4}[0-9]{3}")
_NAME = re.compile(r"[a-z][a-z0-9]*(-[a-z0-9]+)*")


@runtime_checkable
class Check(Protocol):
    name: ClassVar[str]
    rules: ClassVar[tuple[Rule, ...]]
    options: ClassVar[Mapping[str, Any]]

    def __init__(self, options: Mapping[str, Any]) -> None: ...

    def check(self, doc: Document, enabled: frozenset[str]) -> Iterable[Finding]: ...


class PluginError(Exception):
    """A check (usually a plugin) that cannot be loaded or declares invalid rules."""


@dataclass(frozen=True)
class Registry:
    checks: tuple[type[Check], ...]
    origins: Mapping[str, str]  # check name -> "built-in" or the plugin distribution
    families: Mapping[str, str]  # rule code -> family name

    @property
    def rules(self) -> tuple[Rule, ...]:
        return tuple(sorted((r for c in self.checks for r in c.rules), key=lambda r: r.code))

    def rule(self, code_or_name: str) -> Rule | None:
        key = code_or_name.strip()
        for rule in self.rules:
            if key.upper() == rule.code or key.lower() == rule.name:
                return rule
        return None

    def check_for(self, code: str) -> type[Check]:
        for check in self.checks:
            if any(r.code == code for r in check.rules):
                return check
        raise KeyError(code)


def _builtin_checks() -> list[type[Check]]:
    import seedlint.checks as package

    found: list[type[Check]] = []
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        found.extend(getattr(module, "CHECKS", ()))
    return sorted(found, key=lambda c: min(r.code for r in c.rules))


def _plugin_checks() -> list[tuple[type[Check], str]]:
    from importlib.metadata import entry_points  # costs a scan of installed distributions

    loaded: list[tuple[type[Check], str]] = []
    for ep in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: (e.name, e.value)):
        dist = getattr(ep.dist, "name", None) or ep.value
        try:
            check = ep.load()
        except Exception as exc:  # any failure inside third-party code must name the plugin
            raise PluginError(
                f"plugin {ep.name!r} ({ep.value}, from {dist}) failed to load: {type(exc).__name__}: {exc}"
            ) from exc
        loaded.append((check, f"plugin {ep.name} ({dist})"))
    return loaded


def _validate(check: Any, origin: str) -> None:
    for attr in ("name", "rules", "options", "check"):
        if not hasattr(check, attr):
            raise PluginError(f"{origin}: check {check!r} has no attribute {attr!r}")
    if not check.rules:
        raise PluginError(f"{origin}: check {check.name!r} declares no rules")
    for rule in check.rules:
        if not isinstance(rule, Rule):
            raise PluginError(f"{origin}: {rule!r} is not a seedlint.model.Rule")
        if not _CODE.fullmatch(rule.code):
            raise PluginError(f"{origin}: rule code {rule.code!r} is not like SL123 or ABC123")
        if not _NAME.fullmatch(rule.name):
            raise PluginError(f"{origin}: rule name {rule.name!r} is not kebab-case")


@lru_cache(maxsize=1)
def load_registry() -> Registry:
    """Every available check, loaded once per process in a deterministic order:
    built-ins by code, then plugins by entry-point name."""
    checks: list[type[Check]] = []
    origins: dict[str, str] = {}
    entries = [(c, "built-in") for c in _builtin_checks()] + _plugin_checks()
    codes: dict[str, str] = {}
    names: dict[str, str] = {}
    for check, origin in entries:
        _validate(check, origin)
        if check.name in origins:
            raise PluginError(f"{origin}: check name {check.name!r} is already used by {origins[check.name]}")
        for rule in check.rules:
            for key, seen in ((rule.code, codes), (rule.name, names)):
                if key in seen:
                    raise PluginError(f"{origin}: rule {key!r} is already defined by {seen[key]}")
                seen[key] = origin
        origins[check.name] = origin
        checks.append(check)
    families = {rule.code: family_name(check) for check in checks for rule in check.rules}
    return Registry(tuple(checks), origins, families)


def family_name(check: type[Check]) -> str:
    return str(getattr(check, "family", None) or check.name)
