"""Putting a built site in place: the build lock, the swap, and repairing an interrupted one.

Contract: ``output_lock(out)`` serialises every writer of one output folder (a second
build waits for the first, saying so, and never touches its temporary folders);
``repair(out)`` finishes or undoes what a killed build left, and runs before any command
looks at the site; ``swap_in(tmp, out)`` replaces the output folder's content with tmp's.

Two ways to swap. Normally the whole folder is replaced with two renames. A folder that is
a mount point (a Docker volume) cannot be renamed, so its entries are swapped in place: a
journal file records the phase, and ``repair`` rolls an interrupted swap forward, so the
site is always either the old one or the new one, never a mix, once repair has run.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from bulletin.site.spare import park

__all__ = ["JOURNAL", "LOCK_WAIT_MESSAGE", "Lock", "output_lock", "repair", "swap_in"]

JOURNAL = ".bulletin-swap"  # inside a mount-point output, while its entries are swapped
LOCK_WAIT_MESSAGE = "another build is writing {out}; waiting for it to finish"
_OURS = re.compile(r"^\.bulletin-(site|swap|tmp-[0-9a-f]{8,32}|old-[0-9a-f]{8,32})$")


def lock_path(out: Path) -> Path:
    return out.parent / f".{out.name}.lock"


class Lock:
    """A held output lock. ``discard()`` asks for the lock file to be removed on release, when
    this build created it (a failed first build then leaves nothing behind)."""

    def __init__(self, path: Path, created: bool) -> None:
        self.path, self.created, self.remove = path, created, False

    def discard(self) -> None:
        self.remove = self.created


@contextlib.contextmanager
def output_lock(out: Path, notify: Callable[[str], None] | None = None) -> Iterator[Lock]:
    """Hold an exclusive lock on ``out`` (a file beside it); wait, saying so, while another build holds it.

    flock is released by the kernel when a process dies, so a killed build never leaves a stale lock.
    A build that waited checks that the file it locked is still the one at the path: the holder
    may have removed it (``Lock.discard``), and a lock on a removed file would exclude no one.
    """
    path = lock_path(out)
    try:
        import fcntl
    except ImportError:  # no flock (Windows): builds are not serialised there
        yield Lock(path, False)
        return
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    waited = False
    while True:
        try:
            fd, created = os.open(path, flags | os.O_EXCL, 0o644), True
        except FileExistsError:
            fd, created = os.open(path, flags, 0o644), False
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if not waited:
                waited = True
                _stderr(LOCK_WAIT_MESSAGE.format(out=out))
                if notify is not None:
                    notify(LOCK_WAIT_MESSAGE.format(out=out))
            fcntl.flock(fd, fcntl.LOCK_EX)
        if _same_file(fd, path):
            break
        os.close(fd)  # the holder removed the file it locked: lock the one at the path now
    lock = Lock(path, created)
    try:
        yield lock
    finally:
        if lock.remove:
            with contextlib.suppress(OSError):
                os.unlink(path)  # before releasing: a waiter then finds no file, or a new one
        os.close(fd)


def _same_file(fd: int, path: Path) -> bool:
    try:
        on_disk, held = os.stat(path, follow_symlinks=False), os.fstat(fd)
    except OSError:
        return False
    return (on_disk.st_dev, on_disk.st_ino) == (held.st_dev, held.st_ino)


def _stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _siblings(out: Path, kind: str) -> list[Path]:
    """Temporary folders a whole-folder swap of ``out`` creates (named exactly as write_site names them)."""
    pattern = re.compile(rf"^\.{re.escape(out.name)}\.{kind}-[0-9a-f]{{8,32}}$")
    try:
        names = os.listdir(out.parent)
    except OSError:
        return []
    found = [out.parent / n for n in names if pattern.match(n)]
    return [p for p in found if p.is_dir() and not p.is_symlink()]


def repair(out: Path, marker: str) -> bool:
    """Finish or undo an interrupted swap of ``out``; True when the published site was restored or completed.

    Call with the lock held. A whole-folder build killed between its two renames leaves the site
    under ``.old-*`` and no output folder: it is put back. Stale temporary folders are removed.
    """
    changed = False
    if out.is_dir() and (out / JOURNAL).is_file():
        _finish_in_place(out)
        changed = True
    olds = sorted(
        (p for p in _siblings(out, "old") if (p / marker).is_file()), key=lambda p: p.stat().st_mtime
    )
    if not os.path.lexists(out) and olds:
        os.replace(olds.pop(), out)
        changed = True
    for stale in _siblings(out, "tmp") + [p for p in _siblings(out, "old") if (p / marker).is_file()]:
        shutil.rmtree(stale, ignore_errors=True)
    if out.is_dir() and not out.is_symlink():
        for name in os.listdir(out):
            if name.startswith((".bulletin-tmp-", ".bulletin-old-")) and _OURS.match(name):
                shutil.rmtree(out / name, ignore_errors=True)
    return changed


def swap_in(tmp: Path, out: Path, token: str, spare_in: Path | None = None) -> None:
    """Make tmp's content the content of out (tmp is a sibling of out, or inside it for a mount
    point); the site swapped out is parked in ``spare_in`` for the next build when it can be."""
    if os.path.ismount(out):
        _swap_in_place(tmp, out)
        return
    old = out.parent / f".{out.name}.old-{token}"
    if os.path.lexists(out):
        os.replace(out, old)
    try:
        os.replace(tmp, out)
    except BaseException:
        if old.exists():
            os.replace(old, out)
        raise
    if not (spare_in is not None and not os.path.islink(old) and os.path.isdir(old) and park(old, spare_in)):
        shutil.rmtree(old, ignore_errors=True)


def staging_dir(out: Path, token: str) -> Path:
    """Where a build writes before the swap: beside out, or inside it when out is a mount point."""
    if os.path.ismount(out):
        return out / f".bulletin-tmp-{token}"
    return out.parent / f".{out.name}.tmp-{token}"


def _write_journal(out: Path, text: str) -> None:
    tmp = out / f"{JOURNAL}.new"
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, out / JOURNAL)


def _swap_in_place(tmp: Path, out: Path) -> None:
    """Phase 'out': old entries move into an old folder; phase 'in': new entries move in. Renames only."""
    _write_journal(out, f"out {tmp.name}\n")
    _finish_in_place(out)


def _finish_in_place(out: Path) -> None:
    """Roll an in-place swap forward from whatever phase the journal records."""
    phase, _, tmp_name = (out / JOURNAL).read_text(encoding="utf-8").strip().partition(" ")
    tmp = out / tmp_name
    if not _OURS.match(tmp_name) or not tmp.is_dir():
        (out / JOURNAL).unlink()  # the new site was never complete: the old one is still in place
        return
    old = out / tmp_name.replace("-tmp-", "-old-")
    if phase == "out":
        old.mkdir(exist_ok=True)
        for name in os.listdir(out):
            if not _OURS.match(name) and name != f"{JOURNAL}.new":
                os.replace(out / name, old / name)
        _write_journal(out, f"in {tmp_name}\n")
    for name in os.listdir(tmp):
        if name == ".bulletin-site" and (out / name).exists():
            continue
        os.replace(tmp / name, out / name)
    (out / JOURNAL).unlink()
    shutil.rmtree(tmp, ignore_errors=True)
    shutil.rmtree(old, ignore_errors=True)
