"""Settings: defaults, ``[tool.seedlint]`` in pyproject.toml or ``.seedlint.toml``/``seedlint.toml``,
and rule selection (select / extend-select / ignore / per-file-ignores)."""

from __future__ import annotations

import fnmatch
import json
import math
import os
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import Any

from seedlint.data import read_user_list
from seedlint.files import DEFAULT_MAX_FILE_SIZE, SMALL_FILE_LIMIT, FileReadError, read_regular_text
from seedlint.model import Rule, Severity
from seedlint.registry import Registry, load_registry

CONFIG_FILES = (".seedlint.toml", "seedlint.toml", "pyproject.toml")
DEFAULT_INCLUDE = ("*.txt", "*.md")
_TOP_KEYS = {
    "select",
    "extend-select",
    "ignore",
    "per-file-ignores",
    "include",
    "exclude",
    "extend-exclude",
    "fail-on",
    "paths",
    "suppress",
    "max-file-size",
    "cache-dir",
    "text-field",
    "id-field",
}
# Top-level keys whose values name rules (validated against the registry).
_RULE_KEYS = frozenset({"select", "extend-select", "ignore", "per-file-ignores", "suppress"})
SUPPRESS_FILE = ".seedlintignore"


class ConfigError(Exception):
    """A setting that cannot be used; the message names the key and the file."""


@dataclass(frozen=True)
class Suppression:
    """Silence one rule in matching documents, optionally only where the matched text contains
    ``matched``; text files have no comment syntax, so this lives beside them."""

    path: str
    rule: str
    reason: str
    matched: str | None = None


@dataclass(frozen=True)
class Settings:
    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()
    fail_on: Severity = Severity.WARNING
    paths: tuple[str, ...] = ()
    suppressions: tuple[Suppression, ...] = ()
    # Files larger than this many bytes are skipped with a warning (``max-file-size``).
    max_file_size: int = DEFAULT_MAX_FILE_SIZE
    # Option tables by check name, stored as sorted JSON so Settings stays hashable and picklable.
    check_options: tuple[tuple[str, str], ...] = ()
    root: str = "."
    config_file: str | None = None
    # Where the results cache lives (``cache-dir``); None: ``.seedlint_cache`` in ``root``.
    cache_dir: str | None = None
    # Corpora (JSON Lines, Parquet): the field holding each record's text and the one naming it.
    text_field: str = "text"
    id_field: str | None = None
    _enabled_cache: dict[str, frozenset[str]] = field(
        default_factory=dict, init=False, compare=False, hash=False, repr=False
    )

    # Options --------------------------------------------------------------------------------

    def options_for(self, check_name: str, defaults: Mapping[str, Any]) -> dict[str, Any]:
        merged = dict(defaults)
        for name, encoded in self.check_options:
            if name == check_name:
                merged.update(json.loads(encoded))
        return merged

    def with_options(self, check_name: str, options: Mapping[str, Any]) -> Settings:
        others = tuple(item for item in self.check_options if item[0] != check_name)
        current = dict(json.loads(dict(self.check_options).get(check_name, "{}")))
        current.update(options)
        encoded = json.dumps(current, sort_keys=True, ensure_ascii=False)
        return replace(self, check_options=tuple(sorted(others + ((check_name, encoded),))))

    # Selection ------------------------------------------------------------------------------

    def enabled_codes(self, path: str | None = None, registry: Registry | None = None) -> frozenset[str]:
        """Codes of the rules that run on ``path`` (per-file-ignores applied when a path is given)."""
        ignores = self._file_ignores(path) if path is not None else ()
        cache_key = "\x00".join(ignores)
        if cache_key not in self._enabled_cache:
            rules = (registry or load_registry()).rules
            self._enabled_cache[cache_key] = resolve_selection(
                rules, self.select, self.extend_select, self.ignore + ignores
            )
        return self._enabled_cache[cache_key]

    def _file_ignores(self, path: str) -> tuple[str, ...]:
        out: list[str] = []
        for pattern, selectors in self.per_file_ignores:
            if self.path_matches(path, pattern):
                out.extend(selectors)
        return tuple(out)

    def path_matches(self, path: str, pattern: str) -> bool:
        """Does a document path match a glob, taken as given or relative to the config's folder?"""
        posix = PurePosixPath(path.replace(os.sep, "/")).as_posix()
        return any(_glob_match(candidate, pattern) for candidate in {posix, _relative_to(posix, self.root)})

    # Files ----------------------------------------------------------------------------------

    def is_included(self, path: Path) -> bool:
        return any(
            fnmatch.fnmatchcase(path.name, pattern) or _glob_match(path.as_posix(), pattern) for pattern in self.include
        )

    def is_excluded(self, path: Path) -> bool:
        posix = path.as_posix()
        relative = _relative_to(posix, self.root)
        return any(
            fnmatch.fnmatchcase(path.name, p) or _glob_match(posix, p) or _glob_match(relative, p) for p in self.exclude
        )


def _relative_to(posix: str, root: str) -> str:
    try:
        return Path(posix).resolve().relative_to(Path(root).resolve()).as_posix()
    except (ValueError, OSError):
        return posix


def _glob_match(path: str, pattern: str) -> bool:
    """Glob with ``**`` across folders; a pattern without a slash may match any trailing part."""
    pattern = pattern.rstrip("/")
    if fnmatch.fnmatchcase(path, pattern):
        return True
    if pattern.startswith("**/") and fnmatch.fnmatchcase(path, pattern[3:]):
        return True
    parts = path.split("/")
    # "seeds" or "seeds/*" should match files below that folder wherever the run started.
    for i in range(len(parts)):
        tail = "/".join(parts[i:])
        if fnmatch.fnmatchcase(tail, pattern) or fnmatch.fnmatchcase(tail, pattern + "/*"):
            return True
        if "/" not in pattern and fnmatch.fnmatchcase(parts[i], pattern):
            return True
    return False


# Rule selection --------------------------------------------------------------------------------


def selector_matches(selector: str, rule: Rule) -> tuple[bool, bool]:
    """(matches, exact): a selector is a code, a code prefix, a rule name, a family name or ALL.
    Only exact selectors (code or name) enable rules that are off by default."""
    s = selector.strip()
    if s.upper() == rule.code or s.lower() == rule.name:
        return True, True
    if s.upper() == "ALL":
        return True, False
    if s.lower() == rule.family:
        return True, False
    return (len(s) >= 2 and rule.code.startswith(s.upper())), False


def resolve_selection(
    rules: Iterable[Rule],
    select: Iterable[str] | None,
    extend_select: Iterable[str],
    ignore: Iterable[str],
) -> frozenset[str]:
    rules = tuple(rules)
    chosen: set[str] = set()
    for selectors in ((select if select is not None else None), extend_select):
        if selectors is None:
            chosen.update(r.code for r in rules if r.default_enabled)
            continue
        for selector in selectors:
            for rule in rules:
                matches, exact = selector_matches(selector, rule)
                if matches and (exact or rule.default_enabled or selector.strip().upper() == "ALL"):
                    chosen.add(rule.code)
    for selector in ignore:
        for rule in rules:
            if selector_matches(selector, rule)[0]:
                chosen.discard(rule.code)
    return frozenset(chosen)


def validate_selectors(selectors: Iterable[str], where: str, registry: Registry | None = None) -> None:
    rules = (registry or load_registry()).rules
    for selector in selectors:
        if not any(selector_matches(selector, r)[0] for r in rules):
            raise ConfigError(f"{where}: unknown rule selector {selector!r}")


# Loading ---------------------------------------------------------------------------------------


def find_config(start: Path) -> Path | None:
    """The closest config file upward from ``start``; a pyproject.toml counts only with [tool.seedlint]."""
    for folder in (start, *start.parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            # Anything by that name counts: a FIFO, device, folder or dangling link is an error
            # (from read_toml_file) rather than a config silently passed over.
            if not os.path.lexists(candidate):
                continue
            if name != "pyproject.toml":
                return candidate
            if "seedlint" in read_toml_file(candidate).get("tool", {}):
                return candidate
    return None


def read_toml_file(path: Path) -> dict[str, Any]:
    """A TOML file the user owns: a regular file of at most SMALL_FILE_LIMIT bytes, never waited on
    (FIFO) or read without end (device); every error is one line naming the path."""
    try:
        return tomllib.loads(read_regular_text(str(path), SMALL_FILE_LIMIT))
    except FileReadError as exc:
        raise ConfigError(str(exc)) from None
    except tomllib.TOMLDecodeError as exc:
        # tomllib's message ends with "(at line L, column C)".
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    except RecursionError:
        raise ConfigError(f"{path}: invalid TOML: arrays or tables nested too deeply") from None


def load_settings(config_file: Path | None = None, cwd: Path | None = None) -> Settings:
    """Settings from ``config_file`` or the closest config upward from ``cwd``; defaults if none."""
    cwd = cwd or Path.cwd()
    path = config_file or find_config(cwd)
    if path is None:
        return load_suppress_file(cwd, Settings(root=str(cwd)))
    if not path.exists() and not path.is_symlink():
        raise ConfigError(f"{path}: config file not found")
    data = read_toml_file(path)
    table = data.get("tool", {}).get("seedlint", {}) if path.name == "pyproject.toml" else data
    settings = settings_from_table(table, path)
    return load_suppress_file(path.parent, settings)


def settings_from_table(table: Mapping[str, Any], path: Path, registry: Registry | None = None) -> Settings:
    # The registry (every check module) is loaded only for keys that name checks or rules, so a
    # run answered from the cache under a config of paths and excludes never imports a check.
    if registry is None and any(key not in _TOP_KEYS or key in _RULE_KEYS for key in table):
        registry = load_registry()
    where = str(path)
    checks = {c.name: c for c in registry.checks} if registry is not None else {}
    settings = Settings(root=str(path.parent.resolve()), config_file=str(path))
    values: dict[str, Any] = {}
    for key, value in table.items():
        if key in checks:
            header = f"tool.seedlint.{key}" if path.name == "pyproject.toml" else key
            options = _check_options(checks[key], value, f"{where}: [{header}]", path.parent)
            settings = settings.with_options(key, options)
        elif key not in _TOP_KEYS:
            raise ConfigError(f"{where}: unknown key {key!r}")
        else:
            values[key] = value
    for key in ("select", "extend-select", "ignore", "include", "exclude", "extend-exclude", "paths"):
        if key in values:
            values[key] = _str_list(values[key], f"{where}: {key}")
    for key in ("select", "extend-select", "ignore"):
        if key in values:
            validate_selectors(values[key], f"{where}: {key}", registry)
    changes: dict[str, Any] = {}
    if "select" in values:
        changes["select"] = tuple(values["select"])
    if "extend-select" in values:
        changes["extend_select"] = tuple(values["extend-select"])
    if "ignore" in values:
        changes["ignore"] = tuple(values["ignore"])
    if "include" in values:
        changes["include"] = tuple(values["include"])
    if "exclude" in values or "extend-exclude" in values:
        changes["exclude"] = tuple(values.get("exclude", ())) + tuple(values.get("extend-exclude", ()))
    if "paths" in values:
        changes["paths"] = tuple(values["paths"])
    if "max-file-size" in values:
        changes["max_file_size"] = parse_size(values["max-file-size"], f"{where}: max-file-size")
    if "fail-on" in values:
        changes["fail_on"] = parse_severity(values["fail-on"], f"{where}: fail-on")
    for key in ("text-field", "id-field"):
        if key in values:
            if not isinstance(values[key], str) or not values[key].strip():
                raise ConfigError(f"{where}: {key}: expected a field name (a non-empty string)")
            changes[key.replace("-", "_")] = values[key]
    if "cache-dir" in values:
        if not isinstance(values["cache-dir"], str) or not values["cache-dir"].strip():
            raise ConfigError(f"{where}: cache-dir: expected a folder path (a non-empty string)")
        changes["cache_dir"] = str(path.parent.resolve() / values["cache-dir"])
    if "suppress" in values:
        changes["suppressions"] = parse_suppressions(values["suppress"], f"{where}: suppress", registry)
    if "per-file-ignores" in values:
        changes["per_file_ignores"] = parse_per_file_ignores(
            values["per-file-ignores"], f"{where}: per-file-ignores", registry
        )
    return replace(settings, **changes)


def parse_suppressions(value: Any, where: str, registry: Registry | None = None) -> tuple[Suppression, ...]:
    if not isinstance(value, list):
        raise ConfigError(f"{where}: expected an array of tables ([[suppress]])")
    out = []
    for i, entry in enumerate(value, start=1):
        here = f"{where} #{i}"
        if not isinstance(entry, Mapping):
            raise ConfigError(f"{here}: expected a table with path, rule, reason and optional matched")
        unknown = set(entry) - {"path", "rule", "reason", "matched"}
        if unknown:
            raise ConfigError(f"{here}: unknown key {sorted(unknown)[0]!r}")
        for key in ("path", "rule", "reason"):
            if not isinstance(entry.get(key), str) or not entry[key].strip():
                raise ConfigError(f"{here}: {key!r} is required (a non-empty string)")
        if "matched" in entry and not isinstance(entry["matched"], str):
            raise ConfigError(f"{here}: 'matched' must be a string")
        rule = (registry or load_registry()).rule(entry["rule"])
        if rule is None:
            raise ConfigError(f"{here}: unknown rule {entry['rule']!r}")
        out.append(Suppression(entry["path"], rule.code, entry["reason"], entry.get("matched")))
    return tuple(out)


def load_suppress_file(folder: Path, settings: Settings) -> Settings:
    """Add the entries of ``.seedlintignore`` (TOML, ``[[suppress]]`` tables) found in ``folder``."""
    path = folder / SUPPRESS_FILE
    if not os.path.lexists(path):
        return settings
    data = read_toml_file(path)
    unknown = set(data) - {"suppress"}
    if unknown:
        raise ConfigError(f"{path}: unknown key {sorted(unknown)[0]!r}")
    extra = parse_suppressions(data.get("suppress", []), f"{path}: suppress")
    return replace(settings, suppressions=settings.suppressions + extra)


_SIZE_UNITS = {"": 1, "B": 1, "KB": 1 << 10, "MB": 1 << 20, "GB": 1 << 30}


def parse_size(value: Any, where: str) -> int:
    """A size in bytes: an integer, or a string such as "50MB" or "512 KB" (binary units)."""
    if isinstance(value, int) and not isinstance(value, bool):
        number, unit = float(value), ""
    elif isinstance(value, str):
        text = value.strip().upper()
        digits = text.rstrip("KMGB ")
        unit = text[len(digits) :].strip()
        try:
            number = float(digits)
        except ValueError:
            number, unit = -1.0, "?"
    else:
        raise ConfigError(f'{where}: expected a size such as 52428800 or "50MB", got {value!r}')
    if unit not in _SIZE_UNITS or not (number > 0) or number == float("inf"):
        raise ConfigError(f'{where}: expected a positive size such as 52428800 or "50MB", got {value!r}')
    return int(number * _SIZE_UNITS[unit])


def parse_severity(value: Any, where: str) -> Severity:
    if not isinstance(value, str):
        raise ConfigError(f"{where}: expected one of error, warning, info, got {value!r}")
    try:
        return Severity.parse(value)
    except ValueError as exc:
        raise ConfigError(f"{where}: {exc}") from None


def parse_per_file_ignores(
    value: Any, where: str, registry: Registry | None = None
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if not isinstance(value, Mapping):
        raise ConfigError(f"{where}: expected a table of glob = [rules]")
    out = []
    for glob, selectors in value.items():
        selectors = _str_list(selectors, f"{where}: {glob!r}")
        validate_selectors(selectors, f"{where}: {glob!r}", registry)
        out.append((str(glob), tuple(selectors)))
    return tuple(out)


def _str_list(value: Any, where: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: expected a list of strings, got {value!r}")
    return value


def _check_options(check: Any, value: Any, where: str, folder: Path) -> dict[str, Any]:
    """A family's option table, typed, with every user file it names read and parsed now, so that a
    bad file is a config error before any document is linted. ``where`` is "<config>: [<table>]"."""
    if not isinstance(value, Mapping):
        raise ConfigError(f"{where}: expected a table")
    out: dict[str, Any] = {}
    for key, given in value.items():
        if key not in check.options:
            known = ", ".join(sorted(check.options)) or "none"
            raise ConfigError(f"{where}: unknown key {key!r} (known: {known})")
        out[key] = coerce_option(check.options[key], given, f"{where} {key}")
    for key, reader in file_options(check).items():
        if out.get(key):
            # Relative to the config file's folder, wherever seedlint runs; stored absolute so the
            # check (in any worker) opens the file that was validated here.
            out[key] = os.path.abspath(folder / out[key])
            try:
                reader(out[key])
            except (ConfigError, FileReadError) as exc:
                raise ConfigError(f"{where} {key}: {exc}") from None
    validate = getattr(check, "validate_options", None)
    if validate is not None:
        validate({**check.options, **out}, where)
    return out


def file_options(check: Any) -> dict[str, Any]:
    """Options of ``check`` that name a user file, with the function that reads and parses one.

    A check lists its own in ``file_options`` (currency: ``rate-table``); besides, every string
    option named ``...-file`` is a word list read with ``read_user_list`` (``extend-lexicon-file``
    and the like); ``declared-per-file`` is a table, not a file, and its default says so."""
    found: dict[str, Any] = {
        key: read_user_list
        for key, default in check.options.items()
        if key.endswith("-file") and isinstance(default, str)
    }
    found.update(getattr(check, "file_options", {}))
    return found


def _finite(number: float) -> bool:
    # An int of any size is finite (and math.isfinite would overflow on one beyond float range).
    return isinstance(number, int) or math.isfinite(number)


def coerce_option(default: Any, given: Any, where: str) -> Any:
    """Check a configured value against the type of its default."""
    if isinstance(default, bool):
        ok = isinstance(given, bool)
    elif isinstance(default, (int, float)):
        ok = isinstance(given, (int, float)) and not isinstance(given, bool)
        if isinstance(default, int) and not isinstance(given, int):
            ok = False
        # Every built-in numeric option is a count, a size, a share or a tolerance (all defaults
        # are >= 0): nan and inf would silently disable a rule, a negative value invert it. A
        # plugin option whose default is negative says negative values are meant, so only
        # finiteness applies to it.
        floor_ok = (default < 0 or given >= 0) if ok else True
        if ok and not (_finite(given) and floor_ok):
            bound = "" if default < 0 else " >= 0"
            raise ConfigError(f"{where}: expected a finite number{bound}, got {given!r}")
        if ok and isinstance(default, float):
            try:
                given = float(given)
            except OverflowError:
                raise ConfigError(f"{where}: expected a finite number, got {given!r}") from None
    elif isinstance(default, (list, tuple)):
        ok = isinstance(given, list)
        if ok and default and all(isinstance(d, str) for d in default):
            ok = all(isinstance(g, str) for g in given)
        given = list(given) if ok else given
    elif isinstance(default, str):
        ok = isinstance(given, str)
    elif default is None:
        ok = True
    else:
        ok = isinstance(given, type(default))
    if not ok:
        raise ConfigError(f"{where}: expected {type(default).__name__}, got {given!r}")
    return given
