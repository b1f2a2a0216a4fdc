"""The site swapped out by the last build, kept to stage the next one in.

Every build writes a whole new folder and swaps it in (output.py, swap.py): the published site
is never half-written. On an archive most of that folder is hard links to the files of the site it
replaces, cheap to make, but each page has a folder of its own (``bulletins/<slug>/``), and making
and later deleting thousands of folders cost a rebuild of 1,000 bulletins about a second on an
ext4 disk. So the folder swapped out is not deleted: it is parked under the build cache and the
next build stages into it, folders and all.

Nothing in a parked folder is trusted (it sits in a cache that anyone may change): a file is kept
only when it is the very file (same device and inode) the build decided to carry over from the
published site, every other file in the way is removed first, every folder on a path is checked to
be a real folder, and whatever the build did not write is pruned before the swap. A spare that
cannot be taken or parked (another file system, a race, no cache folder) is simply not used.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
from pathlib import Path

__all__ = ["clear", "is_same_file", "park", "prune", "real_folder", "take"]

SPARE = "spare-site-v1"


def take(cache_dir: Path, tmp: Path) -> bool:
    """Move the parked site to ``tmp`` (which must not exist); False when there is none to use."""
    spare = cache_dir / SPARE
    try:
        st = os.lstat(spare)
        if not stat.S_ISDIR(st.st_mode):  # not ours: out of the way, so a site can be parked again
            os.unlink(spare)
            return False
        os.rename(spare, tmp)  # atomic: of two builds sharing a cache, one gets it
    except OSError:
        return False
    return True


def park(old: Path, cache_dir: Path) -> bool:
    """Keep the site just swapped out for the next build; False when it has to be deleted instead."""
    try:
        if not stat.S_ISDIR(os.lstat(cache_dir).st_mode):
            return False
        os.rename(old, cache_dir / SPARE)  # fails on another file system, or a spare already there
    except OSError:
        return False
    return True


def clear(path: str | Path) -> None:
    """Remove whatever is at ``path`` (file, link or folder) without following links."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return
    if stat.S_ISDIR(st.st_mode):
        shutil.rmtree(path)
    else:
        os.unlink(path)


def real_folder(path: str | Path) -> None:
    """Make ``path`` a real folder (not a link, not a file); its parent must be one already."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        os.mkdir(path)
        return
    if not stat.S_ISDIR(st.st_mode):  # a file, or a link to anywhere: never written through
        os.unlink(path)
        os.mkdir(path)


def is_same_file(a: str | Path, b: str | Path) -> bool:
    """Both are regular files and the same one (device and inode), links not followed."""
    try:
        sa, sb = os.lstat(a), os.lstat(b)
    except OSError:
        return False
    return stat.S_ISREG(sa.st_mode) and (sa.st_dev, sa.st_ino) == (sb.st_dev, sb.st_ino)


def prune(root: Path, wanted: set[str]) -> None:
    """Remove every file under ``root`` whose relative path is not in ``wanted``, then the folders
    left empty (deepest first). Links are removed, never followed."""
    for folder, dirs, files in os.walk(root, topdown=False):
        rel = os.path.relpath(folder, root)
        prefix = "" if rel == "." else rel.replace(os.sep, "/") + "/"
        for name in files:
            if prefix + name not in wanted:
                os.unlink(os.path.join(folder, name))
        for name in dirs:
            full = os.path.join(folder, name)
            if os.path.islink(full):  # os.walk lists a link to a folder among the folders
                os.unlink(full)
            else:
                with contextlib.suppress(OSError):  # not empty: it holds wanted files
                    os.rmdir(full)
