"""Write the built site atomically: all of it, or nothing.

Stage contract: ``check_output_dir(config)`` refuses dangerous output folders;
``check_paths(files)`` refuses paths that escape or repeat; ``write_site(files,
config)`` writes into a temporary folder beside the output and swaps it in
with renames. On any failure (an error, Ctrl-C, a full disk) the previous
site is left exactly as it was and the temporary folder is removed. It
deletes nothing but its own output and temporary folders.
"""

from __future__ import annotations

import os
import re
import shutil
import uuid
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

from bulletin.core.errors import ContentError, Diagnostic, Location, error
from bulletin.core.model import OutputFile, SiteConfig

__all__ = ["MARKER", "check_output_dir", "check_paths", "write_site"]

# Marks a folder as a bulletin build, so replacing it can never delete an
# unrelated folder that -o happened to point at.
MARKER = ".bulletin-site"
_MARKER_TEXT = b"This folder is built by bulletin and replaced as a whole on every build.\n"


def _refuse(message: str, hint: str) -> ContentError:
    return ContentError([error("E601", message, Location("bulletin.yaml"), hint)])


def check_output_dir(config: SiteConfig) -> None:
    """Raise ContentError unless the output folder is safe to replace as a whole."""
    out = config.output_dir.resolve()
    protected = {
        "the site folder": config.root.resolve(),
        "content/": config.content_dir.resolve(),
        "templates/": config.templates_dir.resolve(),
        "static/": config.static_dir.resolve(),
        "the home folder": Path.home().resolve(),
    }
    for name, path in protected.items():
        if out == path or path.is_relative_to(out):
            raise _refuse(
                f"refusing to build into {out}: it is {name} or holds it",
                "choose a separate output folder, e.g. -o site",
            )
    for name in ("content/", "templates/", "static/"):
        if out.is_relative_to(protected[name]):
            raise _refuse(f"refusing to build into {out}: it is inside {name}", "choose a folder outside it")
    if out.exists() and not out.is_dir():
        raise _refuse(f"refusing to build into {out}: it is a file", "choose a folder")
    if out.is_dir() and any(out.iterdir()) and not (out / MARKER).is_file():
        raise _refuse(
            f"refusing to replace {out}: it is not empty and was not built by bulletin",
            "choose a new or empty folder; bulletin replaces its output folder as a whole",
        )


def _bad_path(path: str) -> str | None:
    if (
        not path
        or "\x00" in path
        or "\\" in path
        or path.startswith("/")
        or ":" in PurePosixPath(path).parts[0]
    ):
        return "not a plain relative path"
    parts = path.split("/")
    if any(part in ("", ".", "..") for part in parts):
        return "has an empty, '.' or '..' segment"
    return None


def check_paths(files: Iterable[OutputFile]) -> tuple[Diagnostic, ...]:
    """Every output path must be a plain relative path, written once."""
    found, seen = [], set()
    for item in files:
        reason = _bad_path(item.path)
        if reason:
            found.append(
                error(
                    "E602",
                    f"output path {item.path!r} {reason}",
                    Location(item.path),
                    "a slug, tag or name produced an unsafe path; rename it",
                )
            )
        elif item.path in seen:
            found.append(
                error(
                    "E603",
                    f"output path {item.path} is written twice",
                    Location(item.path),
                    "two slugs, tags or names map to the same page; rename one of them",
                )
            )
        seen.add(item.path)
    return tuple(found)


def _clear_leftovers(out: Path) -> None:
    """Remove temporary folders of earlier builds that were killed mid-way.

    A build killed between its two renames leaves the published site under
    ``.old-*`` and no output folder: put it back before anything else.
    """

    def ours(kind: str) -> list[Path]:
        # Only folders named exactly as write_site names them: a user's '.site.tmp-notes' is not ours.
        pattern = re.compile(rf"^\.{re.escape(out.name)}\.{kind}-[0-9a-f]{{8,32}}$")
        return [
            p for p in out.parent.iterdir() if p.is_dir() and not p.is_symlink() and pattern.match(p.name)
        ]

    olds = sorted((p for p in ours("old") if (p / MARKER).is_file()), key=lambda p: p.stat().st_mtime)
    if not out.exists() and olds:
        os.replace(olds.pop(), out)
    for stale in ours("tmp") + [p for p in ours("old") if (p / MARKER).is_file()]:
        shutil.rmtree(stale, ignore_errors=True)


def write_site(files: tuple[OutputFile, ...], config: SiteConfig) -> None:
    """Write ``files`` as the whole new content of the output folder, atomically."""
    check_output_dir(config)
    problems = check_paths(files)
    if problems:
        raise ContentError(problems)
    out = config.output_dir.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    _clear_leftovers(out)
    token = uuid.uuid4().hex[:12]
    tmp, old = out.parent / f".{out.name}.tmp-{token}", out.parent / f".{out.name}.old-{token}"
    try:
        tmp.mkdir()
        for item in sorted(files, key=lambda f: f.path):
            target = tmp.joinpath(*item.path.split("/"))
            if not target.resolve().is_relative_to(tmp.resolve()):
                raise ContentError(
                    [error("E602", f"output path {item.path} escapes the output folder", Location(item.path))]
                )
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(item.data)
        (tmp / MARKER).write_bytes(_MARKER_TEXT)
        if out.exists():
            os.replace(out, old)
        try:
            os.replace(tmp, out)
        except BaseException:
            if old.exists():
                os.replace(old, out)
            raise
    except OSError as exc:
        raise ContentError(
            [
                error(
                    "E604",
                    f"could not write the site: {exc.strerror or exc}",
                    Location(str(out)),
                    "check free disk space and permissions",
                )
            ]
        ) from None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        shutil.rmtree(old, ignore_errors=True)
