"""Path patterns, with the semantics of ``.gitignore`` (pathspec's gitignore patterns), for every setting
that names files: ``include``, ``exclude``/``extend-exclude``, ``per-file-ignores`` and the ``path``
of a suppression; and the ``.gitignore`` files of a git work tree, which a folder walk honours.

A pattern is matched against the path relative to the project root (the config file's folder, or
the current folder without one):

- a pattern without a slash, or with one only at its end, matches a name at any depth:
  ``*.md`` matches ``notes/a.md``, ``drafts/`` matches every folder called drafts;
- any other slash anchors it at the root: ``drafts/*.txt`` matches ``drafts/a.txt`` but neither
  ``x/drafts/a.txt`` nor ``drafts/old/a.txt`` (``*`` never crosses a slash);
- ``**`` stands for any number of folders, none included: ``a/**/b.txt`` matches ``a/b.txt``;
- a pattern that matches a folder matches everything below it (``seeds`` covers ``seeds/a.txt``).

A path outside the root is matched as it was given.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from functools import cache, lru_cache
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pathspec


@cache
def _spec(patterns: tuple[str, ...]) -> pathspec.PathSpec[Any]:
    import pathspec  # only runs that match a path pattern pay for it

    return pathspec.PathSpec.from_lines("gitignore", patterns)


def relative_posix(path: str | Path, root: str) -> str:
    """``path`` relative to ``root`` with forward slashes, or as given when it lies outside."""
    posix = PurePosixPath(str(path).replace(os.sep, "/")).as_posix()
    try:
        base = _resolved(root) if os.path.isabs(root) else Path(root).resolve()  # "." follows the cwd
        relative = Path(path).resolve().relative_to(base).as_posix()
    except (ValueError, OSError):
        return posix.removeprefix("./")
    return relative if relative != "." else ""


@lru_cache(maxsize=64)
def _resolved(root: str) -> Path:
    # An absolute root is the same for every path of a run: resolved once, not per file and pattern.
    return Path(root).resolve()


def matches(relative: str, patterns: Iterable[str], folder: bool = False) -> bool:
    """Does a root-relative path match any of ``patterns``? A folder is matched with a trailing
    slash, so ``build/`` matches the folder build and not a file of that name."""
    patterns = tuple(patterns)
    if not patterns or not relative:
        return False
    return _spec(patterns).match_file(relative + "/" if folder else relative)


class GitIgnore:
    """The ignore rules of one git work tree: its ``.gitignore`` files, each applying to the folder
    it sits in and below (a deeper file overrides a shallower one, ``!pattern`` re-includes), and
    ``.git/info/exclude``. Outside a git work tree nothing is ignored, as with git and ruff."""

    def __init__(self, top: Path) -> None:
        self.top = top
        self._files: dict[Path, pathspec.GitIgnoreSpec | None] = {}

    @classmethod
    def around(cls, folder: str | Path) -> GitIgnore | None:
        """The rules of the work tree holding ``folder``, or None when it is not in one."""
        start = Path(folder).resolve()
        for candidate in (start, *start.parents):
            if (candidate / ".git").exists():
                return cls(candidate)
        return None

    def _rules(self, folder: Path) -> pathspec.GitIgnoreSpec | None:
        if folder not in self._files:
            import pathspec

            lines: list[str] = []
            sources = [folder / ".gitignore"]
            if folder == self.top:
                sources.insert(0, folder / ".git" / "info" / "exclude")
            for source in sources:
                try:
                    lines.extend(source.read_text(encoding="utf-8", errors="replace").splitlines())
                except OSError:
                    continue
            self._files[folder] = pathspec.GitIgnoreSpec.from_lines(lines) if lines else None
        return self._files[folder]

    def ignored(self, path: str | Path, folder: bool = False) -> bool:
        """Is ``path`` (a file, or a folder with ``folder``) ignored by git's rules?"""
        target = Path(path).resolve()
        try:
            parts = target.relative_to(self.top).parts
        except ValueError:
            return False
        verdict = False
        base = self.top
        for depth in range(len(parts)):
            rules = self._rules(base)
            if rules is not None:
                relative = "/".join(parts[depth:]) + ("/" if folder else "")
                result = rules.check_file(relative)
                if result.include is not None:
                    verdict = result.include
            base = base / parts[depth]
        return verdict
