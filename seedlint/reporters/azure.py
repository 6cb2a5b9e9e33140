"""Azure Pipelines logging commands: one ``task.logissue`` per finding, shown as an error or
warning of the step and in the run's summary::

    ##vso[task.logissue type=warning;sourcepath=news/a.txt;linenumber=2;columnnumber=10;code=SL005;]SL005 message

Azure knows only the types ``error`` and ``warning``: error findings are errors, warning and info
findings warnings. Whether the step fails is decided by seedlint's exit code, as in the other formats.

Escaping follows Azure's task library (``azure-pipelines-task-lib`` ``taskcommand.ts``, undone by the
agent): in property values ``%`` is ``%AZP25``, CR ``%0D``, LF ``%0A``, ``]`` ``%5D`` and ``;``
``%3B``; in the message (everything after the first ``]``) only ``%``, CR and LF are encoded. That
keeps every command on one line, so a document cannot smuggle in a command of its own. As in the
github format, every other control character and any undecodable byte is first made visible
(:func:`seedlint.reporters.github.visible_in_log`): the log renders ANSI escape sequences.
"""

from __future__ import annotations

from collections.abc import Sequence

from seedlint.model import Finding, Severity
from seedlint.reporters import Summary
from seedlint.reporters.github import visible_in_log

_TYPE = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "warning"}


def escape_data(value: str) -> str:
    return value.replace("%", "%AZP25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace("]", "%5D").replace(";", "%3B")


def format_finding(f: Finding) -> str:
    props = "".join(
        f"{key}={escape_property(visible_in_log(str(value)))};"
        for key, value in (
            ("type", _TYPE[f.severity]),
            ("sourcepath", f.path),
            ("linenumber", f.line),
            ("columnnumber", f.column),
            ("code", f.code),
        )
    )
    return f"##vso[task.logissue {props}]{escape_data(visible_in_log(f'{f.code} {f.message}'))}"


def render(findings: Sequence[Finding], summary: Summary) -> str:
    return "".join(format_finding(f) + "\n" for f in findings)


render_file = render
