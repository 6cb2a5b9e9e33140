"""One JSON object per line, one line per finding (the objects of the json format's "findings").

``finding_to_dict`` already makes every string valid UTF-8, and ``json.dumps`` escapes line breaks,
so each finding stays on one line.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from seedlint.model import Finding
from seedlint.reporters import Summary
from seedlint.reporters.json import finding_to_dict


def render(findings: Sequence[Finding], summary: Summary) -> str:
    return "".join(json.dumps(finding_to_dict(f), ensure_ascii=False) + "\n" for f in findings)


render_file = render
