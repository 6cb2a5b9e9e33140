"""The command line: parse options, call the engine, pick a reporter. Nothing else lives here."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import sys
import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

import click

from seedlint import __version__, baseline
from seedlint.baseline import BaselineError
from seedlint.cache import Cache, default_folder, is_cache_folder, settings_key
from seedlint.config import (
    ConfigError,
    Settings,
    load_settings,
    parse_severity,
    validate_selectors,
)
from seedlint.corpus import PATTERNS as CORPUS_PATTERNS
from seedlint.corpus import is_corpus, split_address
from seedlint.display import escape_path, escape_text, json_safe
from seedlint.document import Document
from seedlint.engine import CheckError, FileResult, FixMode, LintRun, discover, lint_document, run
from seedlint.files import FileReadError, read_stream
from seedlint.fixes import FixError, apply_fixes, atomic_writer, unified_diff, verify, write_atomic
from seedlint.fixlog import FixLog
from seedlint.model import Finding, Rule, Severity
from seedlint.progress import RunProgress
from seedlint.progress import wanted as progress_wanted
from seedlint.registry import PluginError, Registry, load_registry
from seedlint.reporters import FORMATS, HUMAN_FORMATS, STATISTICS_FORMATS, STREAMING, Summary, render, render_file
from seedlint.reporters.summary_line import closing_line_of


class SeedlintError(click.ClickException):
    """A usage, config, path or internal error: one line on stderr and exit code 2."""

    exit_code = 2

    def show(self, file: IO[Any] | None = None) -> None:
        click.echo(f"seedlint: error: {self.format_message()}", err=True)


def _split(values: Sequence[str]) -> tuple[str, ...]:
    return tuple(s.strip() for v in values for s in v.split(",") if s.strip())


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="seedlint", message="%(prog)s %(version)s")
def cli() -> None:
    """seedlint: a content-quality and provenance linter for scraped text documents."""


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option(
    "--select",
    multiple=True,
    help="Rules to enable: codes, prefixes, names or families (comma-separated); replaces the config's selection.",
)
@click.option("--extend-select", multiple=True, help="Rules to enable in addition to the selected ones.")
@click.option("--ignore", multiple=True, help="Rules to disable, in addition to the config's ignore.")
@click.option("--extend-ignore", multiple=True, help="Rules to disable (the same as --ignore).")
@click.option(
    "--per-file-ignores", multiple=True, metavar="GLOB:RULES", help="Disable rules for matching files (replaces)."
)
@click.option(
    "--extend-per-file-ignores",
    multiple=True,
    metavar="GLOB:RULES",
    help="Disable rules for matching files, in addition to the config's per-file-ignores.",
)
@click.option("--exclude", multiple=True, metavar="GLOB", help="Files and folders to skip (replaces the config's).")
@click.option("--extend-exclude", multiple=True, metavar="GLOB", help="Files and folders to skip in addition.")
@click.option(
    "--force-exclude/--no-force-exclude",
    default=None,
    help="Apply exclude to files named on the command line too (for pre-commit).",
)
@click.option(
    "--respect-gitignore/--no-respect-gitignore",
    default=None,
    help="Skip what .gitignore files ignore when walking folders (default: on).",
)
@click.option("--show-files", is_flag=True, help="Print the files that would be linted and exit.")
@click.option(
    "--output-format",
    type=click.Choice(sorted(FORMATS)),
    default="full",
    show_default=True,
    envvar="SEEDLINT_OUTPUT_FORMAT",
)
@click.option(
    "-o",
    "--output-file",
    type=click.Path(dir_okay=False),
    envvar="SEEDLINT_OUTPUT_FILE",
    help="Write the report to a file.",
)
@click.option("--statistics", is_flag=True, help="Print the number of findings per rule instead of each finding.")
@click.option("-e", "--exit-zero", is_flag=True, help="Exit 0 even when there are findings.")
@click.option("--exit-non-zero-on-fix", is_flag=True, help="Exit 1 if --fix changed any file, even with nothing left.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), help="Lowest severity that fails the run.")
@click.option("--fix", is_flag=True, help="Apply safe fixes in place (atomically).")
@click.option("--unsafe-fixes", is_flag=True, help="With --fix, apply unsafe fixes too.")
@click.option("--fixable", multiple=True, help="Rules whose fixes may be applied (default: all).")
@click.option("--unfixable", multiple=True, help="Rules whose fixes are never applied.")
@click.option("--show-fixes", is_flag=True, help="With --fix, list what was fixed per file and rule.")
@click.option("--diff", is_flag=True, help="Print the diff --fix would apply and write nothing (exit 1 if any).")
@click.option(
    "--fix-log",
    type=click.Path(dir_okay=False),
    help="With --fix, append one JSON line per applied edit to this file ('seedlint revert' undoes them).",
)
@click.option(
    "--no-cache", is_flag=True, envvar="SEEDLINT_NO_CACHE", help="Lint every file; do not read or write the cache."
)
@click.option(
    "--cache-dir",
    type=click.Path(file_okay=False),
    envvar="SEEDLINT_CACHE_DIR",
    help="Where the results cache lives (default: .seedlint_cache beside the config file).",
)
@click.option(
    "--text-field",
    metavar="FIELD",
    help="In corpora (.jsonl, .jsonl.gz, .parquet), the field of each record to lint (default text; "
    "meta.text for a nested one). Folders are then searched for corpora too.",
)
@click.option("--id-field", metavar="FIELD", help="In corpora, the field that names each record (default: its number).")
@click.option(
    "--site-field",
    metavar="FIELD",
    help="In corpora, the field naming each record's site, a URL or a name (default url); SL104 counts per site.",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "ray"]),
    default="local",
    show_default=True,
    help="Where corpora are linted: this machine's processes, or Ray Data actors (pip install 'seedlint[ray]').",
)
@click.option(
    "--ray-address",
    metavar="ADDRESS",
    help="With --engine ray, the cluster to join ('auto': the one running here; default: start a local one).",
)
@click.option("--config", "config_file", type=click.Path(), help="Use this config file.")
@click.option("--color/--no-color", default=None, help="Colour the output (default: when writing to a terminal).")
@click.option("-q", "--quiet", is_flag=True, help="Print findings only, no summary line.")
@click.option("--stdin-filename", help="The name of the document read from '-' (for messages and per-file-ignores).")
@click.option("--show-settings", is_flag=True, help="Print the resolved settings and exit.")
@click.option("--baseline", type=click.Path(), help="Report only findings not in this baseline file.")
@click.option("--add-baseline", type=click.Path(dir_okay=False), help="Record the current findings in a baseline.")
@click.option("--baseline-prune", is_flag=True, help="With --baseline, drop entries that no longer match.")
@click.option(
    "-j", "--jobs", type=click.IntRange(min=1), help="Worker processes (default: one per core for large runs)."
)
@click.option("-v", "--verbose", is_flag=True, help="Show tracebacks of internal errors.")
def check(**opts: Any) -> None:
    """Lint PATHS (files or folders; '-' reads standard input)."""
    with _user_errors(opts["verbose"]):
        code = _check(**opts)
    sys.exit(code)


@contextlib.contextmanager
def _user_errors(verbose: bool, *more: type[Exception]) -> Iterator[None]:
    """Every error a command can meet as one line on stderr and exit code 2 (a traceback only
    with --verbose, for an internal error); ``more`` are a command's own error types."""
    try:
        yield
    except (click.ClickException, BrokenPipeError):
        raise
    except Exception as exc:
        if isinstance(exc, (ConfigError, FileReadError, PluginError, CheckError, FixError, BaselineError, *more)):
            raise SeedlintError(escape_text(str(exc))) from None
        if verbose:
            traceback.print_exc()
        raise SeedlintError(f"internal error: {type(exc).__name__}: {exc}") from None


def _settings(opts: dict[str, Any]) -> Settings:
    settings = load_settings(Path(opts["config_file"]) if opts["config_file"] else None)
    changes: dict[str, Any] = {}
    given: dict[str, tuple[str, ...]] = {}
    for key in ("select", "extend_select", "ignore", "extend_ignore", "fixable", "unfixable"):
        given[key] = _split(opts[key])
        if given[key]:
            validate_selectors(given[key], f"--{key.replace('_', '-')}")
    if given["select"] or given["extend_select"] or given["ignore"] or given["extend_ignore"]:
        # A second layer over the config's selection, as ruff's command line is.
        select = given["select"] or None
        changes["cli_selection"] = (select, given["extend_select"], given["ignore"] + given["extend_ignore"])
    if given["fixable"]:
        changes["fixable"] = given["fixable"]
    if given["unfixable"]:
        changes["unfixable"] = settings.unfixable + given["unfixable"]
    replaced = _per_file_ignores(opts["per_file_ignores"], "--per-file-ignores")
    pfi = replaced if opts["per_file_ignores"] else settings.per_file_ignores
    changes["per_file_ignores"] = pfi + _per_file_ignores(opts["extend_per_file_ignores"], "--extend-per-file-ignores")
    if opts["exclude"]:
        changes["exclude"] = _split(opts["exclude"])
    if opts["extend_exclude"]:
        changes["extend_exclude"] = settings.extend_exclude + _split(opts["extend_exclude"])
    for key in ("force_exclude", "respect_gitignore"):
        if opts[key] is not None:
            changes[key] = opts[key]
    if opts["fail_on"]:
        changes["fail_on"] = parse_severity(opts["fail_on"], "--fail-on")
    for key in ("text_field", "id_field", "site_field"):
        if opts[key] is not None:
            if not opts[key].strip() or any(not part for part in opts[key].split(".")):
                raise ConfigError(f"--{key.replace('_', '-')}: expected a field name such as text or meta.text")
            changes[key] = opts[key]
    if opts["text_field"] is not None:
        changes["include"] = tuple(dict.fromkeys(settings.include + CORPUS_PATTERNS))
    return dataclasses.replace(settings, **changes)


def _per_file_ignores(items: Sequence[str], option: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    out = []
    for item in items:
        glob, sep, rules = item.rpartition(":")
        if not sep or not glob:
            raise ConfigError(f"{option}: expected GLOB:RULES, got {item!r}")
        selectors = _split([rules])
        validate_selectors(selectors, option)
        out.append((glob, selectors))
    return tuple(out)


def _check(**opts: Any) -> int:
    settings = _settings(opts)
    if opts["show_settings"]:
        click.echo(_describe(settings))
        return 0
    if opts["show_files"]:
        return _show_files(settings, opts)
    if opts["fix_log"] and not opts["fix"]:
        raise ConfigError("--fix-log needs --fix")
    if opts["statistics"] and opts["output_format"] not in STATISTICS_FORMATS:
        raise ConfigError(
            f"--statistics cannot be used with --output-format {opts['output_format']} "
            f"(statistics are written for {', '.join(STATISTICS_FORMATS)})"
        )
    paths = list(opts["paths"]) or list(settings.paths) or ["."]
    if paths == ["-"]:
        return _check_stdin(settings, opts)
    if "-" in paths:
        raise ConfigError("'-' (standard input) cannot be combined with other paths")
    if opts["stdin_filename"]:
        raise ConfigError("--stdin-filename names the document read from '-'; pass '-' as the path")
    fix = None
    if opts["engine"] == "ray":
        return _check_ray(paths, settings, opts)
    if opts["fix"] or opts["diff"]:
        roots = tuple(os.path.realpath(p) for p in paths if p)
        fix = FixMode(unsafe=opts["unsafe_fixes"], write=not opts["diff"], roots=roots)
    if _parquet(opts):
        # One row per finding whatever --output-format says; what needs every finding first cannot stream.
        for option in ("statistics", "diff", "baseline", "add_baseline", "baseline_prune"):
            if opts[option]:
                raise ConfigError(f"--{option.replace('_', '-')} cannot be written as Parquet (-o *.parquet)")
        return _check_streaming(paths, settings, fix, opts)
    if _streams(opts):
        return _check_streaming(paths, settings, fix, opts)
    log = FixLog(opts["fix_log"]) if opts["fix_log"] else None
    try:
        outcome = _lint_run(paths, settings, fix, opts, lambda progress: log.write if log else None)
    finally:
        if log:
            log.close()
    _warn(outcome)
    if opts["diff"]:
        click.echo("".join(_escape_lines(d) for d in outcome.diffs), nl=False)
        count, files = outcome.fixed, outcome.fixed_files
        click.echo(f"Would fix {count} finding{'s' * (count != 1)} in {files} file{'s' * (files != 1)}.", err=True)
        return 2 if outcome.errors else (1 if outcome.diffs else 0)
    code = _report(outcome.findings, outcome.files, outcome.checked, outcome.fixed, settings, opts, outcome.errors)
    _show_fixes(outcome, opts)
    return 2 if outcome.errors else _fix_exit(code, outcome, opts)


def _show_fixes(outcome: LintRun, opts: dict[str, Any]) -> None:
    """--show-fixes: what --fix applied, per file and rule (on standard error, so a machine
    format on standard output stays parseable)."""
    if not (opts["show_fixes"] and opts["fix"] and not opts["diff"]):
        return
    if not outcome.fixes:
        click.echo("No fixes applied.", err=True)
        return
    click.echo(f"Fixed {outcome.fixed} finding{'s' * (outcome.fixed != 1)}:", err=True)
    for path, rules in outcome.fixes:
        click.echo(f"- {escape_path(path)}:", err=True)
        for code, name, count in rules:
            click.echo(f"    {count} \u00d7 {code} ({name})", err=True)


def _fix_exit(code: int, outcome: LintRun, opts: dict[str, Any]) -> int:
    """--exit-non-zero-on-fix: a run that changed files fails even when nothing is left."""
    return 1 if opts["exit_non_zero_on_fix"] and outcome.fixed else code


def _show_files(settings: Settings, opts: dict[str, Any]) -> int:
    """ruff's --show-files: what a run would lint, one path per line, and why others are not."""
    found = discover(list(opts["paths"]) or list(settings.paths) or ["."], settings)
    for path in found.files:
        click.echo(escape_path(path))
    _path_problems(found.skipped, found.errors)
    return 2 if found.errors else 0


def _rule_table(fmt: str) -> dict[str, Rule]:
    """The rules a report describes besides its findings: only SARIF lists them, and loading the
    registry (every check module) is the largest part of a run answered from the cache."""
    return {r.code: r for r in load_registry().rules} if fmt == "sarif" else {}


def _cache_folder(settings: Settings, cache_dir: str | None) -> Path:
    """The cache folder: ``--cache-dir`` (or SEEDLINT_CACHE_DIR), else the config's ``cache-dir``,
    else ``.seedlint_cache`` in the config's folder (the current folder without a config)."""
    if cache_dir:
        return Path(cache_dir)
    return Path(settings.cache_dir) if settings.cache_dir else default_folder(settings.root)


def _cache(settings: Settings, opts: dict[str, Any]) -> Cache | None:
    """The results cache for a check run (--fix and --diff do not use it)."""
    if opts["no_cache"] or opts["fix"] or opts["diff"]:
        return None
    return Cache(_cache_folder(settings, opts["cache_dir"]), settings_key(settings))


def _streams(opts: dict[str, Any]) -> bool:
    """Whether findings can be written file by file as they are found: a format of one record
    per finding, and nothing that needs all findings first (statistics, baselines, a diff)."""
    return (
        opts["output_format"] in STREAMING
        and not opts["statistics"]
        and not opts["diff"]
        and not opts["baseline"]
        and not opts["add_baseline"]
        and not opts["baseline_prune"]
    )


def _check_streaming(paths: list[str], settings: Settings, fix: FixMode | None, opts: dict[str, Any]) -> int:
    """Each file's findings are written as soon as it is done, and not kept: memory stays flat
    however many files there are. The order is that of the batch output (path, line, column)."""
    fmt = opts["output_format"]
    summary = Summary(
        rules=_rule_table(fmt),
        version=__version__,
        color=_color(opts),
        fail_on=settings.fail_on,
        unsafe_fixes=opts["unsafe_fixes"],
    )
    log = FixLog(opts["fix_log"]) if opts["fix_log"] else None
    parquet = _parquet(opts)
    with (
        _output(None if parquet else opts["output_file"], summary.color) as out,
        _findings_table(opts["output_file"] if parquet else None) as table,
    ):

        def writer(progress: RunProgress | None) -> Callable[[FileResult], None]:
            def on_result(outcome: FileResult) -> None:
                if log:
                    log.write(outcome)
                if outcome.findings and table is not None:
                    table.write(outcome.findings)
                elif outcome.findings:
                    if progress is not None and opts["output_file"] is None:
                        progress.bar.clear()  # findings written to the terminal would run into the bar
                    out(render_file(fmt, outcome.findings, summary))

            return on_result

        try:
            outcome = _lint_run(paths, settings, fix, opts, writer, collect=False)
        finally:
            if log:
                log.close()
        _warn(outcome)
        if table is not None and not opts["quiet"]:
            shown = escape_text(opts["output_file"])
            click.echo(f"seedlint: wrote {outcome.count} finding{'s' * (outcome.count != 1)} to {shown}", err=True)
        elif fmt in HUMAN_FORMATS and not opts["quiet"]:
            end = dataclasses.replace(summary, files=outcome.files, fixed=outcome.fixed)
            out(closing_line_of(outcome.count, outcome.safely_fixable, outcome.fixable, end) + "\n")
    _show_fixes(outcome, opts)
    if outcome.errors:
        return 2
    if opts["exit_zero"]:
        return _fix_exit(0, outcome, opts)
    return _fix_exit(1 if outcome.worst is not None and outcome.worst >= settings.fail_on else 0, outcome, opts)


@contextlib.contextmanager
def _progress(opts: dict[str, Any]) -> Iterator[RunProgress | None]:
    """A progress bar for the run when standard error is a terminal and -q is not given."""
    if not progress_wanted(opts["quiet"]):
        yield None
        return
    tracker = RunProgress(sys.stderr)
    try:
        yield tracker
    finally:
        tracker.bar.close()


def _lint_run(
    paths: list[str],
    settings: Settings,
    fix: FixMode | None,
    opts: dict[str, Any],
    on_result: Callable[[RunProgress | None], Callable[[FileResult], None] | None],
    *,
    collect: bool = True,
) -> LintRun:
    """``run`` with the cache and the progress bar the options ask for; ``on_result`` makes the
    callback for each file's outcome, given the bar (to clear it before writing to the terminal)."""
    with _progress(opts) as progress:
        return run(
            paths,
            settings,
            jobs=opts["jobs"],
            fix=fix,
            on_result=_followed(on_result(progress), progress),
            collect=collect,
            cache=_cache(settings, opts),
            on_files=progress.start if progress else None,
        )


def _followed(
    on_result: Callable[[FileResult], None] | None, progress: RunProgress | None
) -> Callable[[FileResult], None] | None:
    if progress is None:
        return on_result

    def both(outcome: FileResult) -> None:
        if on_result is not None:
            on_result(outcome)
        progress.result(outcome.path, outcome.offset)

    return both


def _parquet(opts: dict[str, Any]) -> bool:
    return bool(opts["output_file"]) and opts["output_file"].lower().endswith(".parquet")


@contextlib.contextmanager
def _findings_table(output_file: str | None) -> Iterator[Any]:
    """-o findings.parquet: a table that findings are written to as they stream (None otherwise)."""
    if output_file is None:
        yield None
        return
    from seedlint.filtering import findings_table

    try:
        with findings_table(output_file) as table:
            yield table
    except FixError as exc:
        raise SeedlintError(f"cannot write the report: {escape_text(str(exc))}") from None


def _check_ray(paths: list[str], settings: Settings, opts: dict[str, Any]) -> int:
    """``--engine ray``: the corpora under ``paths`` linted by Ray Data actors, each finding written
    as a JSON line (``finding_record`` with its ``path``) to standard output or ``-o``, or as a row
    of ``-o *.parquet`` (the columns of ``check -o *.parquet``); with ``--statistics``, the counts
    per rule instead."""
    for option in ("fix", "diff", "baseline", "add_baseline", "baseline_prune", "fix_log"):
        if opts[option]:
            raise ConfigError(f"--{option.replace('_', '-')} cannot be used with --engine ray")
    parquet = _parquet(opts)
    if opts["statistics"] and parquet:
        raise ConfigError("--statistics cannot be written as Parquet (-o *.parquet)")
    if not parquet and not opts["statistics"] and opts["output_format"] != "json-lines":
        raise ConfigError("--engine ray writes --output-format json-lines, or Parquet with -o *.parquet")
    found = discover(paths, dataclasses.replace(settings, include=tuple(dict.fromkeys(CORPUS_PATTERNS))))
    for path, reason in found.errors:
        raise ConfigError(f"{path}: {reason}")
    corpora = [f for f in found.files if is_corpus(f)]
    if not corpora:
        raise ConfigError(
            "--engine ray lints corpora (.jsonl, .ndjson, .jsonl.gz, .parquet): none under the given paths"
        )
    try:
        from seedlint.integrations.ray import run_on_ray
    except ImportError:
        raise ConfigError("--engine ray needs Ray: pip install 'seedlint[ray]'") from None
    worst: Severity | None = None
    statistics: list[Statistic] = []
    documents = 0
    with (
        _output(None if parquet else opts["output_file"]) as out,
        _findings_table(opts["output_file"] if parquet else None) as table,
    ):
        for address, skipped, rows in run_on_ray(corpora, settings, address=opts["ray_address"], workers=opts["jobs"]):
            if skipped:
                _path_problems([(split_address(address)[0], skipped)], [])
                continue
            documents += 1
            for row in rows:
                severity = Severity.parse(row["severity"])
                worst = severity if worst is None or severity > worst else worst
                if opts["statistics"]:
                    statistics.append(
                        (row["code"], row["name"], row["fixable"], row["path"], row["removed_by_safe_fix"])
                    )
                elif table is not None:
                    table.write_records([row])
                else:
                    out(
                        json.dumps(
                            {k: json_safe(v) if isinstance(v, str) else v for k, v in row.items()},
                            ensure_ascii=False,
                        )
                        + "\n"
                    )
        if opts["statistics"]:
            out(_statistics(statistics, documents, opts["output_format"] == "json"))
    if opts["exit_zero"]:
        return 0
    return 1 if worst is not None and worst >= settings.fail_on else 0


@contextlib.contextmanager
def _output(output_file: str | None, color: bool = False) -> Iterator[Callable[[str], None]]:
    """A writer of report text: standard output, or a file that is replaced only once the whole
    report is written (an interrupted run leaves the previous report)."""
    if not output_file:
        # click strips colour codes from output that is not a terminal unless told otherwise.
        yield lambda text: click.echo(text, nl=False, color=color)
        return
    try:
        with atomic_writer(os.path.realpath(output_file)) as handle:

            def write(text: str) -> None:
                handle.write(text.encode("utf-8", "backslashreplace"))

            yield write
    except FixError as exc:
        raise SeedlintError(f"cannot write the report: {escape_text(str(exc))}") from None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise SeedlintError(f"{escape_text(output_file)}: cannot write the report: {reason}") from None


def _check_stdin(settings: Settings, opts: dict[str, Any]) -> int:
    name = opts["stdin_filename"] or "-"
    raw = read_stream(sys.stdin.buffer, settings.max_file_size, "standard input")
    doc = Document.from_bytes(raw, name)
    findings = lint_document(doc, settings)
    if opts["fix"] or opts["diff"]:
        result = apply_fixes(doc, findings, unsafe=opts["unsafe_fixes"])
        data = result.encoded() if result.applied else raw
        if result.applied:
            verify(result, data, name)
        if opts["diff"]:
            click.echo(_escape_lines(unified_diff(name, result.old_text, result.text)), nl=False)
            return 1 if result.applied else 0
        sys.stdout.buffer.write(data)
        return 0
    return _report(findings, 1, [doc.path], 0, settings, opts)


def _escape_lines(text: str) -> str:
    """Escape control characters in a diff but keep its line breaks."""
    return "".join(escape_text(line) + "\n" for line in text.splitlines())


def _warn(outcome: LintRun) -> None:
    for path in outcome.removed_temporaries:
        click.echo(f"seedlint: removed {escape_text(path)}, left by an interrupted run", err=True)
    for message in outcome.warnings:
        click.echo(f"seedlint: warning: {escape_text(message)}", err=True)
    _path_problems(outcome.skipped, outcome.errors)
    if outcome.files == 0 and not outcome.errors and not outcome.skipped:
        click.echo("seedlint: warning: no files to lint under the given paths (see include and exclude)", err=True)


def _path_problems(skipped: Sequence[tuple[str, str]], errors: Sequence[tuple[str, str]]) -> None:
    """Paths skipped (a warning) and paths that could not be used (an error), one line each."""
    for path, reason in skipped:
        click.echo(f"seedlint: warning: {escape_text(path)}: skipped ({escape_text(reason)})", err=True)
    for path, reason in errors:
        click.echo(f"seedlint: error: {escape_text(path)}: {escape_text(reason)}", err=True)


def _report(
    findings: list[Finding],
    files: int,
    checked: list[str],
    fixed: int,
    settings: Settings,
    opts: dict[str, Any],
    errors: Sequence[object] = (),
) -> int:
    if opts["add_baseline"]:
        target = opts["add_baseline"]
        previous = baseline.load(target, settings.root) if Path(target).exists() else None
        count = baseline.write(target, findings, settings.root, previous)
        click.echo(f"seedlint: wrote {count} entries to {escape_text(target)}", err=True)
        return 0
    hidden = 0
    if opts["baseline_prune"] and not opts["baseline"]:
        raise ConfigError("--baseline-prune needs --baseline FILE")
    if opts["baseline"]:
        known = baseline.load(opts["baseline"], settings.root)
        findings, hidden, used = known.split(findings)
        if opts["baseline_prune"]:
            removed = baseline.prune(opts["baseline"], known, used, checked)
            click.echo(f"seedlint: pruned {removed} stale entries from {escape_text(opts['baseline'])}", err=True)
    code = 0 if opts["exit_zero"] else int(any(f.severity >= settings.fail_on for f in findings))
    summary = Summary(
        files=files,
        rules=_rule_table(opts["output_format"]),
        version=__version__,
        color=_color(opts),
        fixed=fixed,
        hidden_by_baseline=hidden,
        paths=tuple(checked),
        fail_on=settings.fail_on,
        exit_code=2 if errors else code,
        settings=tuple(_setting_pairs(settings)) if opts["output_format"] == "html" else (),
        unsafe_fixes=opts["unsafe_fixes"],
    )
    fmt = opts["output_format"]
    if opts["statistics"]:
        text = _statistics(map(_statistic, findings), files, fmt == "json")
    else:
        text = render(fmt, findings, summary)
        if opts["quiet"] and fmt in HUMAN_FORMATS:
            text = "".join(text.splitlines(keepends=True)[:-1])
    _emit(text, opts["output_file"], summary.color)
    return code


def _color(opts: dict[str, Any]) -> bool:
    """--color/--no-color, else NO_COLOR (no-color.org), else FORCE_COLOR, else whether standard
    output is a terminal (a report written to a file is plain unless --color asks)."""
    if opts["color"] is not None:
        return bool(opts["color"])
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return opts["output_file"] is None and sys.stdout.isatty()


def _emit(text: str, output_file: str | None, color: bool = False) -> None:
    if output_file:
        try:
            write_atomic(os.path.realpath(output_file), text.encode("utf-8", "backslashreplace"))
        except FixError as exc:
            raise SeedlintError(f"cannot write the report: {escape_text(str(exc))}") from None
        except OSError as exc:
            reason = exc.strerror or str(exc)
            raise SeedlintError(f"{escape_text(output_file)}: cannot write the report: {reason}") from None
    else:
        click.echo(text, nl=False, color=color)


# What --statistics counts of one finding: code, name, fixable, path, characters its safe fix removes.
Statistic = tuple[str, str, bool, str, int]


def _statistic(f: Finding) -> Statistic:
    return (f.code, f.name, f.fixable, f.path, f.removed_by_safe_fix)


def _statistics(findings: Iterable[Statistic], documents: int, as_json: bool) -> str:
    """Per rule: findings, fixable ones, the documents affected and their share of those checked,
    and the characters the rule's safe fixes would remove (ruff's --statistics, for corpora)."""
    rows: dict[str, dict[str, Any]] = {}
    for code, name, fixable, path, removed in findings:
        row = rows.setdefault(code, {"name": name, "count": 0, "fixable": 0, "paths": set(), "removed": 0})
        row["count"] += 1
        row["fixable"] += fixable
        row["paths"].add(path)
        row["removed"] += removed
    ordered = sorted(rows.items(), key=lambda kv: (-kv[1]["count"], kv[0]))
    share = (lambda n: n / documents) if documents else (lambda n: 0.0)
    if as_json:
        data = [
            {
                "code": code,
                "name": row["name"],
                "count": row["count"],
                "fixable": row["fixable"],
                "documents": len(row["paths"]),
                "share_of_documents": round(share(len(row["paths"])), 6),
                "characters_removed_by_safe_fixes": row["removed"],
            }
            for code, row in ordered
        ]
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    lines = []
    for code, row in ordered:
        docs = len(row["paths"])
        fix = "  [*]" if row["fixable"] else ""
        cleaned = f", safe fixes remove {row['removed']} characters" if row["removed"] else ""
        lines.append(
            f"{row['count']:>6}  {code}  {row['name']}{fix}  "
            f"({docs} of {documents} document{'s' * (documents != 1)}, {share(docs):.1%}{cleaned})\n"
        )
    return "".join(lines)


def _describe(settings: Settings) -> str:
    return "\n".join(f"{key}: {value}" if key else value for key, value in _setting_pairs(settings, options=True))


def _setting_pairs(settings: Settings, options: bool = False) -> list[tuple[str, str]]:
    """The resolved settings as (key, value) pairs: ``--show-settings`` prints them, and the HTML
    report shows them under "Run". With ``options``, each family's options too (key "")."""
    registry = load_registry()
    command_line = []
    if settings.cli_selection is not None:
        select, extend_select, ignore = settings.cli_selection
        shown = list(select) if select is not None else "(the config's)"
        command_line.append(
            ("command line", f"select {shown}, extend-select {list(extend_select)}, ignore {list(ignore)}")
        )
    pairs = [
        ("config file", settings.config_file or "(none: defaults)"),
        ("root", settings.root),
        ("paths", str(list(settings.paths) or ["."])),
        ("include", str(list(settings.include))),
        ("exclude", str(list(settings.exclude))),
        ("extend-exclude", str(list(settings.extend_exclude))),
        ("force-exclude", str(settings.force_exclude).lower()),
        ("respect-gitignore", str(settings.respect_gitignore).lower()),
        ("fail-on", str(settings.fail_on)),
        ("max-file-size", str(settings.max_file_size)),
        ("select", str(list(settings.select)) if settings.select is not None else "(defaults)"),
        ("extend-select", str(list(settings.extend_select))),
        ("ignore", str(list(settings.ignore))),
        *command_line,
        ("fixable", str(list(settings.fixable)) if settings.fixable is not None else "(all)"),
        ("unfixable", str(list(settings.unfixable))),
        ("per-file-ignores", str({g: list(r) for g, r in settings.per_file_ignores})),
        ("enabled rules", ", ".join(sorted(settings.enabled_codes(registry=registry)))),
    ]
    if options:
        for check in registry.checks:
            values = settings.options_for(check.name, check.options)
            if values:
                pairs.append(("", f"[{check.name}] " + json.dumps(values, ensure_ascii=False, sort_keys=True)))
    return pairs


# seedlint filter -----------------------------------------------------------------------------

# The check options filter does not take, at their defaults, so both resolve settings alike.
_FILTER_DEFAULTS: dict[str, Any] = {
    **dict.fromkeys(("extend_select", "extend_ignore", "fixable", "unfixable"), ()),
    **dict.fromkeys(("per_file_ignores", "extend_per_file_ignores", "exclude", "extend_exclude"), ()),
    **dict.fromkeys(("force_exclude", "respect_gitignore", "fail_on"), None),
}


@cli.command(name="filter")
@click.argument("corpus", type=click.Path(dir_okay=False))
@click.option(
    "-o",
    "--output-file",
    required=True,
    type=click.Path(dir_okay=False),
    help="The cleaned corpus: .jsonl, .jsonl.gz or .parquet (never the input).",
)
@click.option("--select", multiple=True, help="Rules to enable (as check's --select).")
@click.option("--ignore", multiple=True, help="Rules to disable (as check's --ignore).")
@click.option("--unsafe-fixes", is_flag=True, help="Apply unsafe fixes too.")
@click.option("--drop-if", multiple=True, metavar="RULES", help="Leave out records with a finding of these rules.")
@click.option("--dropped", type=click.Path(dir_okay=False), help="Write the records left out to this file.")
@click.option("--fix-log", type=click.Path(dir_okay=False), help="Append one JSON line per applied edit to this file.")
@click.option("--text-field", metavar="FIELD", help="The field of each record to lint and fix (default text).")
@click.option("--id-field", metavar="FIELD", help="The field that names each record (default: its number).")
@click.option("--site-field", metavar="FIELD", help="The field naming each record's site (default url).")
@click.option("--config", "config_file", type=click.Path(), help="Use this config file.")
@click.option(
    "-j", "--jobs", type=click.IntRange(min=1), help="Worker processes (default: one per core for large corpora)."
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary line.")
@click.option("-v", "--verbose", is_flag=True, help="Show tracebacks of internal errors.")
def filter_command(**opts: Any) -> None:
    """Write CORPUS with its fixes applied and a 'seedlint' field of findings per record to -o."""
    from seedlint.filtering import FilterError, drop_codes, filter_corpus
    from seedlint.progress import Progress

    bar = None
    if progress_wanted(opts["quiet"]):
        with contextlib.suppress(OSError):
            bar = Progress(sys.stderr, "records", total_bytes=os.path.getsize(opts["corpus"]))
    done = 0

    def on_record(offset: int) -> None:
        nonlocal done
        done += 1
        if bar is not None:
            bar.update(done, offset)

    def warn(message: str) -> None:
        if bar is not None:
            bar.clear()
        click.echo(f"seedlint: warning: {escape_text(message)}", err=True)

    try:
        with _user_errors(opts["verbose"], FilterError):
            settings = _settings({**_FILTER_DEFAULTS, **opts})
            counts = filter_corpus(
                opts["corpus"],
                opts["output_file"],
                settings,
                unsafe=opts["unsafe_fixes"],
                drop_if=drop_codes(_split(opts["drop_if"])),
                dropped=opts["dropped"],
                fix_log=opts["fix_log"],
                jobs=opts["jobs"],
                warn=warn,
                on_record=on_record,
            )
    finally:
        if bar is not None:
            bar.close()
    if not opts["quiet"]:

        def plural(n: int, word: str) -> str:
            return f"{n} {word}{'s' * (n != 1)}"

        click.echo(
            f"seedlint: {plural(counts.read, 'record')} read, {counts.written} written, {counts.dropped} dropped, "
            f"{counts.fixes} fix{'es' * (counts.fixes != 1)} applied in {plural(counts.fixed_records, 'record')}"
            + (f", {counts.unchanged} without a usable text written unchanged" if counts.unchanged else ""),
            err=True,
        )


@cli.command()
@click.option("--output-format", type=click.Choice(["text", "json"]), default="text", show_default=True)
def rules(output_format: str) -> None:
    """List every rule: code, name, family, severity, fixable, summary."""
    registry = _registry()
    if output_format == "json":
        data = [
            {
                "code": r.code,
                "name": r.name,
                "family": r.family,
                "severity": str(r.severity),
                "fixable": r.fixable,
                "default_enabled": r.default_enabled,
                "summary": r.summary,
            }
            for r in registry.rules
        ]
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    for r in registry.rules:
        note = "" if r.default_enabled else " (off by default)"
        fix = "[*]" if r.fixable else "   "
        click.echo(f"{r.code}  {r.name:<28} {r.family:<14} {str(r.severity):<8} {fix} {r.summary}{note}")


@cli.command()
@click.argument("rule", required=False)
@click.option("--all", "show_all", is_flag=True, help="Explain every rule.")
@click.option("--output-format", type=click.Choice(["text", "json"]), default="text", show_default=True)
def rule(rule: str | None, show_all: bool, output_format: str) -> None:
    """Explain RULE (a code or a name), with examples; --all explains every rule."""
    registry = _registry()
    if show_all == (rule is not None):
        raise SeedlintError("give either a RULE (a code or a name) or --all")
    if rule is None:
        chosen = list(registry.rules)
    else:
        found = registry.rule(rule)
        if found is None:
            raise SeedlintError(_unknown_rule(rule, registry.rules))
        chosen = [found]
    if output_format == "json":
        data = [_rule_json(r) for r in chosen]
        click.echo(json.dumps(data if show_all else data[0], ensure_ascii=False, indent=2))
        return
    click.echo("\n".join(_rule_text(r) for r in chosen), nl=False)


def _unknown_rule(given: str, known: Sequence[Rule]) -> str:
    """The one-line error for a rule no code or name matches, with the closest code or name."""
    import difflib

    key = given.strip()
    close = difflib.get_close_matches(key.upper(), [r.code for r in known], n=1) or difflib.get_close_matches(
        key.lower(), [r.name for r in known], n=1
    )
    hint = f"; did you mean {close[0]!r}?" if close else ""
    return f"unknown rule {given!r}{hint} (see 'seedlint rules')"


def _rule_json(r: Rule) -> dict[str, Any]:
    """A rule in the fields of ``ruff rule --output-format json`` that apply (the family is the
    linter), then seedlint's own. A fixable rule's fix depends on the text and its applicability,
    so its availability is "Sometimes"."""
    return {
        "name": r.name,
        "code": r.code,
        "linter": r.family,
        "summary": r.summary,
        "fix": "Fix is sometimes available." if r.fixable else "Fix is not available.",
        "fix_availability": "Sometimes" if r.fixable else "None",
        "explanation": r.explanation,
        "preview": False,
        "severity": str(r.severity),
        "default_enabled": r.default_enabled,
    }


def _rule_text(r: Rule) -> str:
    off = "" if r.default_enabled else f" Off by default: enable with --extend-select {r.code}."
    lines = [
        f"# {r.name} ({r.code})\n",
        f"Family: {r.family}. Severity: {r.severity}. Fixable: {'yes' if r.fixable else 'no'}.{off}\n",
        r.explanation.rstrip() + "\n",
    ]
    for title, examples in (("Flagged", r.fail_examples), ("Not flagged", r.pass_examples)):
        lines.append(f"## {title}")
        for example in examples:
            shown = example.decode("utf-8", errors="backslashreplace") if isinstance(example, bytes) else example
            lines.append(f"- {shown!r}")
        lines.append("")
    return "\n".join(lines) + "\n"


@cli.command()
@click.argument("saved", metavar="FINDINGS", type=click.Path(dir_okay=False))
@click.option("-o", "--output-file", type=click.Path(dir_okay=False), help="Write the report here (default: stdout).")
def report(saved: str, output_file: str | None) -> None:
    """Render the HTML report of a run saved with --output-format json or json-lines, without
    linting again. Documents are read back from their paths to show their text; one that is gone
    or changed since the run is shown as its findings alone."""
    from seedlint.reporters.html import RunFacts, SavedRunError, read_saved_run, render_report

    try:
        run = read_saved_run(saved)
    except SavedRunError as exc:
        raise SeedlintError(escape_text(str(exc))) from None
    facts = RunFacts(version=run.version, files=run.files, source=f"{saved} (rendered by seedlint {__version__})")
    _emit(render_report(run.findings, facts, families=run.families), output_file)


@cli.command()
@click.argument("fix_log", metavar="FIX-LOG", type=click.Path(dir_okay=False))
@click.option("--dry-run", is_flag=True, help="Say what would be restored and write nothing.")
def revert(fix_log: str, dry_run: bool) -> None:
    """Restore the text that `check --fix --fix-log FIX-LOG` removed.

    A file is restored only while it still holds exactly the bytes the fix wrote; a file changed
    since is reported and left alone. Exit 0 when every logged file is restored (or already was),
    1 when some had changed, 2 on errors."""
    from seedlint.fixlog import revert as revert_log

    try:
        outcomes = revert_log(fix_log, dry_run=dry_run)
    except FileReadError as exc:
        raise SeedlintError(escape_text(str(exc))) from None
    verb = "would restore" if dry_run else "restored"
    counts = {"reverted": 0, "already": 0, "changed": 0, "error": 0}
    for outcome in outcomes:
        counts[outcome.status] += 1
        shown = escape_text(outcome.path)
        if outcome.status == "reverted":
            click.echo(f"{shown}: {verb}")
        elif outcome.status == "already":
            click.echo(f"{shown}: already holds the original bytes")
        else:
            level = "error" if outcome.status == "error" else "warning"
            click.echo(f"seedlint: {level}: {shown}: {escape_text(outcome.detail)}", err=True)
    click.echo(
        f"{counts['reverted']} file{'s' * (counts['reverted'] != 1)} {verb}, {counts['already']} already original, "
        f"{counts['changed']} changed since the fix, {counts['error']} failed.",
        err=True,
    )
    sys.exit(2 if counts["error"] else (1 if counts["changed"] else 0))


@cli.command()
@click.option("--cache-dir", type=click.Path(file_okay=False), envvar="SEEDLINT_CACHE_DIR", help="The cache to remove.")
@click.option("--config", "config_file", type=click.Path(), help="Use this config file (it may name cache-dir).")
def clean(cache_dir: str | None, config_file: str | None) -> None:
    """Remove the results cache (a folder is removed only if seedlint's CACHEDIR.TAG marks it)."""
    import shutil

    try:
        settings = load_settings(Path(config_file) if config_file else None)
    except (ConfigError, FileReadError, PluginError) as exc:
        raise SeedlintError(escape_text(str(exc))) from None
    folder = _cache_folder(settings, cache_dir)
    shown = escape_text(str(folder))
    if not os.path.lexists(folder):
        click.echo(f"No cache at {shown}", err=True)
        return
    if folder.is_symlink() or not is_cache_folder(folder):
        raise SeedlintError(f"{shown}: not a seedlint cache (no seedlint CACHEDIR.TAG in it); not removed")
    try:
        shutil.rmtree(folder)
    except OSError as exc:
        raise SeedlintError(f"{shown}: cannot remove the cache: {exc.strerror or exc}") from None
    click.echo(f"Removed the cache at {shown}", err=True)


def _registry() -> Registry:
    try:
        return load_registry()
    except PluginError as exc:
        raise SeedlintError(str(exc)) from None


def main() -> None:
    try:
        cli(prog_name="seedlint", standalone_mode=False)
    except click.UsageError as exc:
        # One line, as every other error: what is wrong and where to look.
        command = exc.ctx.command_path if exc.ctx is not None else "seedlint"
        click.echo(f"seedlint: error: {exc.format_message()} (see '{command} --help')", err=True)
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        click.echo("seedlint: interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        # The reader went away (`seedlint check | head`): stop quietly, as a Unix filter does.
        # Standard output is pointed at /dev/null so the interpreter's final flush cannot fail too.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
