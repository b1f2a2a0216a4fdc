"""One policy for every path the build reads: links, loops, odd files, unreadable folders.

Contract: pure checks and bounded reads, returning diagnostics, never raising for a
file-system condition. The policy, applied to content/, static/, templates/,
bulletin.yaml, content/indicators.yaml, the chart cache and the default output folder:

- a link that resolves inside the site root is followed;
- a link that leads outside the root, dangles or loops is an error (E102) that names the
  link and never shows what it points to (a CI log must not learn a secret's path or text);
- only regular files are opened (a named pipe would block a build forever, a device
  could be read without end): anything else is an error (E107);
- a folder or file that cannot be read is an error (E108), never silently skipped;
- trees deeper than MAX_DEPTH and with more than MAX_FILES entries are refused.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bulletin.core.errors import Diagnostic, Location, error

__all__ = [
    "MAX_DEPTH",
    "MAX_FILES",
    "Tree",
    "display_name",
    "link_problem",
    "odd_name",
    "odd_text",
    "read_private",
    "read_regular",
    "walk_tree",
    "write_private",
]

MAX_DEPTH = 32  # folders below content/, static/ or templates/
MAX_FILES = 100_000  # entries in one tree


def display_name(rel: str) -> str:
    """A path or line as shown: control, bidi and invisible characters escaped, bad bytes as \\x.."""
    out = []
    for ch in rel:
        code = ord(ch)
        if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (surrogateescape)
            out.append(f"\\x{code - 0xDC00:02x}")
        elif unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zl", "Zp"):
            out.append(f"\\u{code:04x}" if code > 0xFF else f"\\x{code:02x}")
        else:
            out.append(ch)
    return "".join(out)


def odd_name(name: str) -> bool:
    """True for a name display_name would change: it cannot be shown or published as it is."""
    return display_name(name) != name


def odd_text(text: str) -> bool:
    """True when a name holds control, bidi, invisible or unpaired-surrogate characters."""
    return any(unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zl", "Zp", "Co", "Cn") for ch in text)


def _loc(rel: str) -> Location:
    return Location(display_name(rel))


def link_problem(path: Path, root: Path, rel: str) -> Diagnostic | None:
    """E102 when ``path`` is, or passes through, a link that leaves ``root``, dangles or loops."""
    try:
        resolved = path.resolve(strict=True)
    except FileNotFoundError:
        if not os.path.lexists(path):
            return None  # missing, not a link: the caller decides whether that is fine
        return error("E102", f"'{display_name(rel)}' is a link to nothing", _loc(rel), "remove the link")
    except (RuntimeError, OSError) as exc:
        if isinstance(exc, RuntimeError) or exc.errno == errno.ELOOP:
            return error(
                "E102", f"'{display_name(rel)}' is a link loop", _loc(rel), "remove the link or the loop"
            )
        return unreadable(rel, exc)
    if not resolved.is_relative_to(root.resolve()):
        return error(
            "E102",
            f"'{display_name(rel)}' is a link to outside the site",
            _loc(rel),
            "copy the file or folder into the site instead of linking to it",
        )
    return None


def unreadable(rel: str, exc: OSError) -> Diagnostic:
    """E108 for a file or folder the build cannot read (permissions, vanished, I/O error)."""
    return error(
        "E108",
        f"cannot read '{display_name(rel)}': {exc.strerror or type(exc).__name__}",
        _loc(rel),
        "check that it exists and that its permissions let the build read it",
    )


def not_regular(rel: str) -> Diagnostic:
    return error(
        "E107",
        f"'{display_name(rel)}' is not a regular file (a pipe, socket or device)",
        _loc(rel),
        "remove it: only ordinary files are read",
    )


def read_regular(path: Path, rel: str, limit: int) -> tuple[bytes | None, int, Diagnostic | None]:
    """At most ``limit + 1`` bytes of a regular file, its size, or the reason it was not read.

    O_NONBLOCK: opening a named pipe must not wait for a writer; fstat then refuses it.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return None, 0, link_problem(path, path.parent, rel)
        return None, 0, unreadable(rel, exc)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return None, 0, not_regular(rel)
        chunks, total = [], 0
        while total <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        return b"".join(chunks), info.st_size, None
    except OSError as exc:
        return None, 0, unreadable(rel, exc)
    finally:
        os.close(fd)


@dataclass
class Tree:
    """Regular files found under a folder (absolute path, path relative to the site root)."""

    files: list[tuple[Path, str]] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)


def walk_tree(top: Path, root: Path, skip_hidden: bool = True, suffix: str = "") -> Tree:
    """Every regular file under ``top`` (sorted by NFC relative path), following links per the policy.

    ``skip_hidden``: names starting with '.' (and '_' when suffix is '.md') are not visited.
    Files with another suffix than ``suffix`` (when given) are ignored, odd types included.
    """
    tree = Tree()
    root_real = root.resolve()
    if not os.path.lexists(top):
        return tree
    rel_top = os.path.relpath(top, root).replace(os.sep, "/")
    if problem := link_problem(top, root_real, rel_top):
        tree.diagnostics.append(problem)
        return tree
    if not top.is_dir():
        tree.diagnostics.append(
            error("E108", f"'{display_name(rel_top)}' is not a folder", _loc(rel_top), "make it a folder")
        )
        return tree
    seen: set[tuple[int, int]] = set()
    for count, (path, rel, _) in enumerate(
        _walk(top, rel_top, root_real, seen, 0, tree, skip_hidden, suffix), start=1
    ):
        if count > MAX_FILES:
            tree.diagnostics.append(
                error(
                    "E109",
                    f"'{display_name(rel_top)}' holds more than {MAX_FILES:,} files (limit MAX_FILES)",
                    _loc(rel_top),
                    "split the site, or remove files that are not part of it",
                )
            )
            break
        tree.files.append((path, rel))
    tree.files.sort(key=lambda item: unicodedata.normalize("NFC", item[1]))
    return tree


def _walk(
    folder: Path,
    rel: str,
    root_real: Path,
    seen: set[tuple[int, int]],
    depth: int,
    tree: Tree,
    skip_hidden: bool,
    suffix: str,
) -> Iterator[tuple[Path, str, int]]:
    try:
        info = folder.stat()
    except OSError as exc:
        tree.diagnostics.append(unreadable(rel, exc))
        return
    if (info.st_dev, info.st_ino) in seen:
        tree.diagnostics.append(
            error(
                "E102",
                f"'{display_name(rel)}' leads to a folder already read (a link loop or a second link to it)",
                _loc(rel),
                "remove the link",
            )
        )
        return
    seen.add((info.st_dev, info.st_ino))
    if depth > MAX_DEPTH:
        tree.diagnostics.append(
            error(
                "E109",
                f"'{display_name(rel)}' is nested more than {MAX_DEPTH} folders deep (limit MAX_DEPTH)",
                _loc(rel),
                "flatten the folders",
            )
        )
        return
    try:
        names = sorted(os.listdir(folder))
    except OSError as exc:
        tree.diagnostics.append(unreadable(rel, exc))
        return
    for name in names:
        if skip_hidden and name.startswith("." if not suffix else (".", "_")):
            continue
        path = folder / name
        child = f"{rel}/{name}"
        if display_name(name) != name:
            tree.diagnostics.append(
                error(
                    "E110",
                    f"'{display_name(child)}': the name holds control, invisible or bidi characters, "
                    "or bytes that are not UTF-8",
                    _loc(child),
                    "rename it with ordinary characters",
                )
            )
            continue
        try:
            mode = path.lstat().st_mode
        except OSError as exc:
            tree.diagnostics.append(unreadable(child, exc))
            continue
        if stat.S_ISLNK(mode):
            if problem := link_problem(path, root_real, child):
                if not suffix or name.endswith(suffix) or path.is_dir():
                    tree.diagnostics.append(problem)
                continue
            try:
                mode = path.stat().st_mode
            except OSError as exc:
                tree.diagnostics.append(unreadable(child, exc))
                continue
        if stat.S_ISDIR(mode):
            yield from _walk(path, child, root_real, seen, depth + 1, tree, skip_hidden, suffix)
        elif suffix and not name.endswith(suffix):
            continue
        elif stat.S_ISREG(mode):
            yield path, child, depth
        else:
            tree.diagnostics.append(not_regular(child))


# --- private folders (the build cache): never read or written through a link --------------------

_DIR_FLAGS = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)


def _open_folders(base: Path, folders: Sequence[str], create: bool) -> int:
    """A descriptor of base/folders..., each step opened with O_NOFOLLOW relative to the last, so
    no link (planted before or during the walk) is ever passed through. Raises OSError."""
    fd = os.open(base, _DIR_FLAGS | _CLOEXEC)
    try:
        for name in folders:
            if create:
                with contextlib.suppress(FileExistsError):
                    os.mkdir(name, 0o755, dir_fd=fd)
            child = os.open(name, _DIR_FLAGS | _CLOEXEC, dir_fd=fd)
            os.close(fd)
            fd = child
    except BaseException:
        os.close(fd)
        raise
    return fd


def read_private(base: Path, rel: Sequence[str], limit: int) -> bytes | None:
    """The bytes of the regular file base/rel[0]/.../rel[-1], or None when it is missing, larger
    than ``limit``, not a regular file, or when base or any folder or the file is a link."""
    try:
        folder = _open_folders(base, rel[:-1], create=False)
    except OSError:
        return None
    try:
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | _CLOEXEC
        fd = os.open(rel[-1], flags, dir_fd=folder)
    except OSError:
        return None
    finally:
        os.close(folder)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > limit:
            return None
        with os.fdopen(fd, "rb", closefd=False) as fh:
            data = fh.read(limit + 1)
        return data if len(data) <= limit else None
    except OSError:
        return None
    finally:
        os.close(fd)


def write_private(base: Path, rel: Sequence[str], data: bytes) -> None:
    """Write base/rel[0]/.../rel[-1] atomically (a new temporary file, then a rename), creating
    the folders. Raises OSError, also when base or a folder on the way is a link: a link planted
    in a cache would otherwise let a build write where the link points. A link planted under the
    file's own name is replaced, not followed."""
    base.mkdir(parents=True, exist_ok=True)
    folder = _open_folders(base, rel[:-1], create=True)
    try:
        tmp = f".tmp-{secrets.token_hex(8)}"
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | _CLOEXEC
        fd = os.open(tmp, flags, 0o644, dir_fd=folder)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, rel[-1], src_dir_fd=folder, dst_dir_fd=folder)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp, dir_fd=folder)
            raise
    finally:
        os.close(folder)
