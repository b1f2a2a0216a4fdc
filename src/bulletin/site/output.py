"""Write the built site atomically: all of it, or nothing.

Stage contract: ``check_output_dir(config)`` refuses dangerous output folders;
``check_paths(files)`` refuses paths that escape or repeat; ``write_site(files,
config)`` writes into a temporary folder beside the output and swaps it in
with renames. ``staged_site(config)`` is the same, streamed: files are added one
by one as they are rendered (so none has to stay in memory) and the site is
swapped in only by ``commit()``. On any failure (an error, Ctrl-C, a full disk,
no commit) the previous site is left exactly as it was and the temporary folder
is removed. It deletes nothing but its own output and temporary folders.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
import uuid
from collections.abc import Callable, Collection, Iterable, Iterator
from pathlib import Path, PurePosixPath

from bulletin.core.errors import ContentError, Diagnostic, Location, error
from bulletin.core.model import OutputFile, SiteConfig
from bulletin.site import spare
from bulletin.site.swap import JOURNAL, output_lock, repair, staging_dir, swap_in

__all__ = [
    "MARKER",
    "Staging",
    "check_output_dir",
    "check_paths",
    "repair_output",
    "staged_site",
    "write_site",
]

# Marks a folder as a bulletin build, so replacing it can never delete an
# unrelated folder that -o happened to point at.
MARKER = ".bulletin-site"
_MARKER_TEXT = b"This folder is built by bulletin and replaced as a whole on every build.\n"


def _refuse(message: str, hint: str) -> ContentError:
    return ContentError([error("E601", message, Location("bulletin.yaml"), hint)])


def check_output_dir(config: SiteConfig) -> None:
    """Raise ContentError unless the output folder is safe to replace as a whole."""
    try:
        _check_output_dir(config)
    except (OSError, RuntimeError) as exc:  # RuntimeError: Path.resolve on a link loop (Python < 3.13)
        raise _failure(
            config.output_dir, exc if isinstance(exc, OSError) else OSError(errno.ELOOP, "link loop")
        ) from None


def _check_output_dir(config: SiteConfig) -> None:
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


def _path_problem(path: str, seen: set[str]) -> Diagnostic | None:
    """E602 for a path that is not plain and relative, E603 for one already in ``seen``; adds it."""
    reason = _bad_path(path)
    problem = None
    if reason:
        problem = error(
            "E602",
            f"output path {path!r} {reason}",
            Location(path),
            "a slug, tag or name produced an unsafe path; rename it",
        )
    elif path in seen:
        problem = error(
            "E603",
            f"output path {path} is written twice",
            Location(path),
            "two slugs, tags or names map to the same page; rename one of them",
        )
    seen.add(path)
    return problem


def check_paths(files: Iterable[OutputFile]) -> tuple[Diagnostic, ...]:
    """Every output path must be a plain relative path, written once."""
    seen: set[str] = set()
    return tuple(p for item in files if (p := _path_problem(item.path, seen)) is not None)


def _failure(out: Path, exc: OSError) -> ContentError:
    if os.path.ismount(out) and exc.errno in (errno.EBUSY, errno.EXDEV):
        hint = "the output folder is a mount point; check that it is writable"
    elif exc.errno in (errno.ENOSPC, errno.EDQUOT):
        hint = "free some disk space and build again"
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        hint = "check the permissions of the output folder and its parent (is it read-only?)"
    elif exc.errno in (errno.ENOTDIR, errno.ELOOP):
        hint = "a part of the output path is a file or a link loop: choose another output folder"
    else:
        hint = "check free disk space and permissions"
    return ContentError(
        [
            error(
                "E604",
                f"could not write the site: {exc.strerror or type(exc).__name__}",
                Location(str(out)),
                hint,
            )
        ]
    )


def repair_output(config: SiteConfig, notify: Callable[[str], None] | None = None) -> bool:
    """Finish or undo a swap a killed build left behind; True when the published site changed.

    Every command runs this first, so none of them ever reports on a half-swapped site.
    A repair that cannot run (no permission) is left to the next build, which reports it.
    """
    out = config.output_dir
    try:
        if not out.parent.is_dir() or not _has_leftovers(out):
            return False
        with output_lock(out, notify):
            return repair(out, MARKER)
    except OSError:
        return False


def _has_leftovers(out: Path) -> bool:
    try:
        names = os.listdir(out.parent)
    except OSError:
        return False
    prefix = f".{out.name}."
    if any(n.startswith((prefix + "tmp-", prefix + "old-")) for n in names):
        return True
    return out.is_dir() and (out / JOURNAL).exists()


def _copy(source: Path, target: str | Path) -> None:
    """Stream one static file (1 MB at a time); a file that turned into a pipe or vanished is an error."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(source, flags)
    with os.fdopen(fd, "rb") as src:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, f"{source.name} is not a regular file")
        with open(target, "xb") as dst:
            shutil.copyfileobj(src, dst, 1 << 20)


def write_site(
    files: tuple[OutputFile, ...],
    config: SiteConfig,
    notify: Callable[[str], None] | None = None,
    keep: Collection[str] = (),
) -> None:
    """Write ``files`` as the whole new content of the output folder, atomically.

    Paths in ``keep`` hold the same bytes as the current output's file: it is hard-linked (or
    copied with its times) into the new folder instead of written, so its mtime stays.
    """
    problems = check_paths(files)
    if problems:
        raise ContentError(problems)
    with staged_site(config, notify) as staging:
        for item in sorted(files, key=lambda f: f.path):
            staging.add(item, keep=item.path in keep)
        staging.commit(keep_marker=bool(keep))


@contextlib.contextmanager
def staged_site(config: SiteConfig, notify: Callable[[str], None] | None = None) -> Iterator[Staging]:
    """A temporary folder for the next site, under the output lock; swapped in by ``commit()``.

    Leaving the block without a commit (an error found later, an exception, Ctrl-C) removes the
    folder and leaves the published site as it was. File system errors become E604.
    """
    out = config.output_dir
    try:
        check_output_dir(config)
        made = _missing_folders(out.parent)
        out.parent.mkdir(parents=True, exist_ok=True)
        staging: Staging | None = None
        try:
            with output_lock(out, notify) as lock:
                try:
                    repair(out, MARKER)
                    check_output_dir(config)  # again, under the lock: another build may have changed it
                    token = uuid.uuid4().hex[:12]
                    tmp = staging_dir(out, token)
                    spare_in = _spare_folder(config)
                    recycled = spare_in is not None and spare.take(spare_in, tmp)
                    if not recycled:
                        tmp.mkdir()
                    staging = Staging(tmp, out, token, recycled, spare_in)
                    yield staging
                finally:
                    if staging is not None:
                        shutil.rmtree(staging.tmp, ignore_errors=True)
                    if staging is None or not staging.committed:
                        # A build that published nothing leaves nothing: its lock file, and the
                        # folders it made for the output, go (an existing site is never touched).
                        lock.discard()
        finally:
            if staging is None or not staging.committed:
                for folder in made:  # deepest first; one another build has filled stays
                    with contextlib.suppress(OSError):
                        folder.rmdir()
    except (OSError, RuntimeError) as exc:
        if isinstance(exc, RuntimeError):  # Path.resolve on a link loop (Python < 3.13)
            exc = OSError(errno.ELOOP, "link loop")
        raise _failure(out, exc) from None


def _spare_folder(config: SiteConfig) -> Path | None:
    """Where the site swapped out is parked for the next build (site/spare.py), if anywhere: the
    build cache, unless the build ignores its state (--force), swaps in place (a mount point) or
    the cache lies inside the output."""
    out, cache = config.output_dir, config.cache_dir
    if config.force or os.path.ismount(out):
        return None
    try:
        if cache.resolve().is_relative_to(out.resolve()):
            return None
    except (OSError, RuntimeError):
        return None
    return cache


def _missing_folders(folder: Path) -> list[Path]:
    """``folder`` and its ancestors that do not exist yet, deepest first."""
    missing = []
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    return missing


class Staging:
    """The new site being written: ``add`` files in any order (bytes depend only on the names)."""

    def __init__(
        self, tmp: Path, out: Path, token: str, recycled: bool = False, spare_in: Path | None = None
    ) -> None:
        self.tmp, self.out, self._token = tmp, out, token
        # tmp is the site an earlier build swapped out (site/spare.py): it holds files to replace
        self.recycled, self.spare_in = recycled, spare_in
        self.problems: list[Diagnostic] = []  # unsafe or repeated paths: never written
        self._seen: set[str] = set()
        self._folders: set[str] = set()  # made (or checked) already: tmp is ours alone (under the lock)
        # Strings, not Paths: pathlib cost ~0.4 s a rebuild at 1,000 bulletins.
        self._tmp, self._out = os.fspath(tmp), os.fspath(out)
        self.committed = False

    def path(self, rel: str) -> Path:
        return self.tmp.joinpath(*rel.split("/"))

    def add(self, item: OutputFile, keep: bool = False) -> OutputFile:
        """Write one file (or hard-link the current site's copy when ``keep``); return it as a file
        read from the staging folder, so the caller need not hold its bytes."""
        problem = _path_problem(item.path, self._seen)
        if problem is not None:
            self.problems.append(problem)
            return item
        parts = item.path.split("/")
        target = os.path.join(self._tmp, *parts)
        live = os.path.join(self._out, *parts)
        if self.recycled:
            self._real_folders(parts)
            if keep and spare.is_same_file(live, target):
                return OutputFile(item.path, b"", Path(target))  # already the published file itself
            spare.clear(target)  # never written through: it may be a link to the published file
        else:
            parent = os.path.dirname(target)
            if parent not in self._folders:
                os.makedirs(parent, exist_ok=True)
                self._folders.add(parent)
        if keep and _link(live, target):
            return OutputFile(item.path, b"", Path(target))  # the previous file itself, mtime and all
        if keep:
            spare.clear(target)  # whatever a failed copy left
        if item.source is not None:
            _copy(item.source, target)
        elif item.load is not None:
            Path(target).write_bytes(item.load())
        else:
            Path(target).write_bytes(item.data)  # tmp is ours alone (cleared above when recycled)
        return OutputFile(item.path, b"", Path(target))

    def _real_folders(self, parts: list[str]) -> None:
        """Every folder on the path inside a recycled tmp is a real folder (checked once each)."""
        folder = self._tmp
        for part in parts[:-1]:
            folder = os.path.join(folder, part)
            if folder not in self._folders:
                spare.real_folder(folder)
                self._folders.add(folder)

    def commit(self, keep_marker: bool = False) -> None:
        """Swap the staged site in; refused while any added path was unsafe or repeated."""
        if self.problems:
            raise ContentError(self.problems)
        if self.recycled:  # what the earlier site had and this one does not write goes
            spare.prune(self.tmp, self._seen)
            spare.clear(self.tmp / MARKER)
        marker = self.out / MARKER  # carried over too when it is ours, so a deploy sees no change
        if not (
            keep_marker
            and marker.is_file()
            and marker.read_bytes() == _MARKER_TEXT
            and _link(marker, self.tmp / MARKER)
        ):
            (self.tmp / MARKER).write_bytes(_MARKER_TEXT)
        swap_in(self.tmp, self.out, self._token, self.spare_in)
        self.committed = True


def _link(source: str | Path, target: str | Path) -> bool:
    """Carry an unchanged file over from the previous site; False if it has to be written."""
    try:
        os.link(source, target, follow_symlinks=False)
    except OSError:
        try:
            shutil.copy2(source, target, follow_symlinks=False)
        except OSError:
            return False
    return True
