"""Settings: defaults, ``[tool.seedlint]`` in pyproject.toml or ``.seedlint.toml``/``seedlint.toml``,
and rule selection (select / extend-select / ignore / per-file-ignores)."""

from __future__ import annotations

import json
import math
import os
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from seedlint.data import read_user_list
from seedlint.files import DEFAULT_MAX_FILE_SIZE, SMALL_FILE_LIMIT, FileReadError, read_regular_text
from seedlint.globs import matches, relative_posix
from seedlint.model import Rule, Severity
from seedlint.registry import Registry, load_registry

CONFIG_FILES = (".seedlint.toml", "seedlint.toml", "pyproject.toml")
DEFAULT_INCLUDE = ("*.txt", "*.md")
# Folders that hold tooling, builds and installed packages, never a project's documents (ruff's
# defaults, less the Python-only ones). ``exclude`` replaces them; ``extend-exclude`` adds to them.
DEFAULT_EXCLUDE = (
    "*.egg-info/",
    "__pycache__/",
    "__pypackages__/",
    "_build/",
    "build/",
    "dist/",
    "node_modules/",
    "site-packages/",
    "venv/",
)
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
    "respect-gitignore",
    "fixable",
    "unfixable",
    "force-exclude",
    "text-field",
    "id-field",
    "site-field",
}
# Top-level keys whose values name rules (validated against the registry).
_RULE_KEYS = frozenset({"select", "extend-select", "ignore", "per-file-ignores", "suppress", "fixable", "unfixable"})
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
    # The command line's selection, applied after the config's as ruff does: its ``select``
    # starts over, its ``ignore`` and ``extend-select`` change what the config selected.
    cli_selection: Selection | None = None
    # Rules whose fixes may be applied and shown (``fixable``, default all; ``unfixable`` wins).
    fixable: tuple[str, ...] | None = None
    unfixable: tuple[str, ...] = ()
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    extend_exclude: tuple[str, ...] = ()
    # A folder walk inside a git work tree skips what its .gitignore files ignore.
    respect_gitignore: bool = True
    # Apply ``exclude`` to files named on the command line too (pre-commit names every file).
    force_exclude: bool = False
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
    # The field naming the site a record comes from (a URL, whose host is taken, or a name): SL104
    # counts repeated lines per site.
    site_field: str = "url"
    _enabled_cache: dict[str, frozenset[str]] = field(
        default_factory=dict, init=False, compare=False, hash=False, repr=False
    )
    # fixable_codes(), asked once per document: worked out once (a list so the frozen class can fill it).
    _fixable_cache: list[frozenset[str]] = field(
        default_factory=list, init=False, compare=False, hash=False, repr=False
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
            chosen = resolve_selection(rules, self.select, self.extend_select, self.ignore)
            if self.cli_selection is not None:
                select, extend_select, ignore = self.cli_selection
                chosen = resolve_selection(rules, select, extend_select, ignore, base=chosen)
            self._enabled_cache[cache_key] = chosen - resolve_selection(rules, (), ignores, ())
        return self._enabled_cache[cache_key]

    def selects_defaults_only(self) -> bool:
        """Is the selection the default one, so that no rule off by default can run? Answered
        without the registry, which a run whose findings all come from the cache never needs."""
        select, extend_select = self.select, self.extend_select
        if self.cli_selection is not None:
            select = self.cli_selection[0] if self.cli_selection[0] is not None else select
            extend_select = extend_select + self.cli_selection[1]
        return select is None and not extend_select

    def fixable_codes(self, registry: Registry | None = None) -> frozenset[str] | None:
        """Codes whose fixes are kept, or None when every fix is (the default)."""
        if self.fixable is None and not self.unfixable:
            return None
        if not self._fixable_cache:
            rules = (registry or load_registry()).rules
            codes = resolve_selection(rules, self.fixable or ("ALL",), (), self.unfixable, everything=True)
            self._fixable_cache.append(codes)
        return self._fixable_cache[0]

    def _file_ignores(self, path: str) -> tuple[str, ...]:
        out: list[str] = []
        for pattern, selectors in self.per_file_ignores:
            if self.path_matches(path, pattern):
                out.extend(selectors)
        return tuple(out)

    def path_matches(self, path: str, pattern: str) -> bool:
        """Does a document path match a pattern (gitignore semantics, relative to the root)?"""
        return matches(relative_posix(path, self.root), (pattern,))

    # Files ----------------------------------------------------------------------------------

    def is_included(self, path: Path) -> bool:
        return matches(relative_posix(path, self.root), self.include)

    def is_excluded(self, path: Path, folder: bool = False) -> bool:
        return matches(relative_posix(path, self.root), self.exclude + self.extend_exclude, folder)

    def is_force_excluded(self, path: str, folder: bool = False) -> bool:
        """With ``force-exclude``, is a path named on the command line excluded, itself or through
        one of its folders?"""
        if not self.force_exclude:
            return False
        relative = relative_posix(path, self.root)
        parents = relative.split("/")[:-1]
        return self.is_excluded(Path(path), folder) or any(
            matches("/".join(parents[: i + 1]), self.exclude + self.extend_exclude, folder=True)
            for i in range(len(parents))
        )


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


Selection = tuple[tuple[str, ...] | None, tuple[str, ...], tuple[str, ...]]  # select, extend-select, ignore


def resolve_selection(
    rules: Iterable[Rule],
    select: Iterable[str] | None,
    extend_select: Iterable[str],
    ignore: Iterable[str],
    base: frozenset[str] | None = None,
    everything: bool = False,
) -> frozenset[str]:
    """The codes ``select`` (None: ``base``, else the default rules), plus ``extend-select``,
    less ``ignore`` choose. Rules off by default are chosen only by an exact selector or ALL,
    unless ``everything`` (for sets of rules that are not run, such as the fixable ones)."""
    rules = tuple(rules)
    chosen: set[str] = set()
    for selectors in ((select if select is not None else None), extend_select):
        if selectors is None:
            chosen.update(base if base is not None else (r.code for r in rules if r.default_enabled))
            continue
        for selector in selectors:
            for rule in rules:
                matches, exact = selector_matches(selector, rule)
                if matches and (exact or everything or rule.default_enabled or selector.strip().upper() == "ALL"):
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
            raise ConfigError(f"{where}: unknown rule selector {selector!r}{_suggestion(selector, rules)}")


def _suggestion(selector: str, rules: Iterable[Rule]) -> str:
    """ruff's "a similar value exists" for a mistyped code, name or family."""
    import difflib

    rules = tuple(rules)
    if selector.strip()[:2].upper() == "SL":
        known = sorted({r.code for r in rules})
        typed = selector.strip().upper()
        # The digits of a code mistyped as the letters they look like (SL4O1 for SL401).
        digits = typed[:2] + typed[2:].translate(_LOOKALIKE_DIGITS)
        nearest = min(known, key=lambda code: (_distance(digits, code), code), default="")
        close = [nearest] if nearest and _distance(digits, nearest) <= 1 else []
        close = close or difflib.get_close_matches(typed, known, n=1, cutoff=0.6)
    else:
        known = sorted({r.name for r in rules} | {r.family for r in rules})
        close = difflib.get_close_matches(selector.strip().lower(), known, n=1, cutoff=0.6)
    return f" (a similar value exists: {close[0]!r})" if close else ""


_LOOKALIKE_DIGITS = str.maketrans({"O": "0", "I": "1", "L": "1"})


def _distance(a: str, b: str) -> int:
    """Edits (insert, delete, replace) from ``a`` to ``b``."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (x != y))
    return row[-1]


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
    for key in (
        "select",
        "extend-select",
        "ignore",
        "fixable",
        "unfixable",
        "include",
        "exclude",
        "extend-exclude",
        "paths",
    ):
        if key in values:
            values[key] = _str_list(values[key], f"{where}: {key}")
    for key in ("select", "extend-select", "ignore", "fixable", "unfixable"):
        if key in values:
            validate_selectors(values[key], f"{where}: {key}", registry)
            values[key] = tuple(values[key])
    changes: dict[str, Any] = {}
    if "select" in values:
        changes["select"] = tuple(values["select"])
    if "extend-select" in values:
        changes["extend_select"] = tuple(values["extend-select"])
    if "ignore" in values:
        changes["ignore"] = tuple(values["ignore"])
    if "fixable" in values:
        changes["fixable"] = values["fixable"]
    if "unfixable" in values:
        changes["unfixable"] = values["unfixable"]
    if "include" in values:
        changes["include"] = tuple(values["include"])
    if "exclude" in values:
        changes["exclude"] = tuple(values["exclude"])
    if "extend-exclude" in values:
        changes["extend_exclude"] = tuple(values["extend-exclude"])
    for key in ("respect-gitignore", "force-exclude"):
        if key in values:
            if not isinstance(values[key], bool):
                raise ConfigError(f"{where}: {key}: expected true or false")
            changes[key.replace("-", "_")] = values[key]
    if "paths" in values:
        changes["paths"] = tuple(values["paths"])
    if "max-file-size" in values:
        changes["max_file_size"] = parse_size(values["max-file-size"], f"{where}: max-file-size")
    if "fail-on" in values:
        changes["fail_on"] = parse_severity(values["fail-on"], f"{where}: fail-on")
    for key in ("text-field", "id-field", "site-field"):
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
        # `select = "ALL"` is a TOML string, not the list `["ALL"]` the key takes.
        raise ConfigError(f"{where}: expected a list of strings such as [{value!r}], got the string {value!r}")
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
