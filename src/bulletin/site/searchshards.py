"""How the search index is cut into shards, so that an edit indexes a few pages again, not the site.

Pagefind has no incremental mode: given one changed page, it indexes every page again (about 4 ms
a page on one core: 8 s for 1,000 bulletins in two languages, minutes at 10,000). So the index is

- a **root bundle** in ``pagefind/``: Pagefind's scripts and WebAssembly, the indicators' alias
  records, and (for a language without any) one record for the site's home page, so that every
  language has an index to start from;
- **shards** in ``pagefind/s/<lang>-<digest>/``: each a Pagefind bundle of some of one language's
  pages, named by the digest of its files; ``pagefind/shards.json`` lists them per language and the
  search page merges them in the browser (Pagefind's ``mergeIndex``, which searches every merged
  bundle with the root's WebAssembly and ranks the results together).

A shard is a pure function of its pages' text: it is cached by the digest of that text and only a
shard whose pages changed is indexed again, on the build's executor.

Boundaries are content-defined, as in rsync's or restic's chunking: a language's pages sorted by
path, a shard ends after a page whose path hash meets a mask, so a boundary belongs to a path, not
to a position. The mask is normalized as in FastCDC (strict below the shard size, loose above it,
none below half of it), which keeps shards near the size instead of as varied as the gaps between
random boundaries. Editing a page changes only its own shard; adding or removing one changes its
own shard and seldom the next. The size doubles as an archive grows, so a language has at most
about ``MAX_SHARDS`` shards (the browser fetches two small files per shard before its first
search); a doubling indexes the archive again once.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bulletin.core.safefs import read_private, write_private

log = logging.getLogger(__name__)

__all__ = [
    "MANIFEST",
    "MAX_SHARDS",
    "SHARD_PAGES",
    "Bundle",
    "Record",
    "bundle_name",
    "chunks",
    "key",
    "load",
    "manifest",
    "prune",
    "save",
    "shard_files",
    "shard_size",
]

# Bump when what is sent to Pagefind or kept of its answer changes: part of every cache key.
SEARCH_VERSION = "2"
SHARD_PAGES = 64  # the smallest shard size: shards of 50 to 200 pages, well under a second of Pagefind
MAX_SHARDS = 32
MANIFEST = "pagefind/shards.json"

# A custom record: (url, content, language as Pagefind names it, title).
Record = tuple[str, str, str, str]


@dataclass(frozen=True, slots=True)
class Bundle:
    """One Pagefind run's input: pages (URL and HTML without charts) and custom records. Bytes and
    strings only, so it travels to any worker."""

    pages: tuple[tuple[str, bytes], ...] = ()
    records: tuple[Record, ...] = ()


def shard_size(pages: int) -> int:
    """The shard size for a language of ``pages`` pages: SHARD_PAGES doubled until the pages fit
    in MAX_SHARDS shards of that size."""
    size = SHARD_PAGES
    while pages > size * MAX_SHARDS:
        size *= 2
    return size


def _hash(path: str) -> int:
    return int.from_bytes(hashlib.sha256(path.encode("utf-8")).digest()[:8], "big")


def chunks(paths: Sequence[str], size: int) -> list[list[str]]:
    """``paths`` (sorted) cut after a path whose hash is 0 modulo 2 × size once a part holds
    size / 2 paths, modulo size / 2 once it holds size, and after 4 × size paths in any case."""
    out: list[list[str]] = []
    current: list[str] = []
    for path in paths:
        current.append(path)
        held, mark = len(current), _hash(path)
        if (
            (size // 2 <= held < size and mark % (2 * size) == 0)
            or (held >= size and mark % max(1, size // 2) == 0)
            or held >= 4 * size
        ):
            out.append(current)
            current = []
    if current:
        out.append(current)
    return out


# What a shard keeps of a Pagefind bundle: its entry, metadata and chunks. Scripts and WebAssembly
# come from the root bundle (a merged index runs on the root's WebAssembly).
_SHARD_PARTS = ("index/", "fragment/", "filter/")


def shard_files(files: Sequence[tuple[str, bytes]]) -> list[tuple[str, bytes]]:
    """The files of a shard's bundle that the browser reads from a merged index."""
    return [
        (path, data)
        for path, data in files
        if path == "pagefind-entry.json" or path.endswith(".pf_meta") or path.startswith(_SHARD_PARTS)
    ]


def bundle_name(language: str, files: Sequence[tuple[str, bytes]]) -> str:
    """A shard's folder, named by its language and the digest of its files (so a changed shard is a
    new URL, and a browser's cached copy of an old one is never mixed with new files)."""
    h = hashlib.sha256()
    for path, data in sorted(files):
        h.update(path.encode("utf-8") + b"\0" + hashlib.sha256(data).digest())
    return f"{language}-{h.hexdigest()[:16]}"


def manifest(shards: dict[str, list[str]]) -> bytes:
    """``pagefind/shards.json``: each language's shard folders (in page order, which breaks ties
    between equal scores), relative to ``pagefind/``."""
    listed = {lang: [f"s/{name}/" for name in names] for lang, names in sorted(shards.items())}
    return json.dumps(listed, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def key(*parts: object) -> str:
    """A cache key: sha256 of the canonical JSON of ``parts`` and SEARCH_VERSION."""
    blob = json.dumps([SEARCH_VERSION, *parts], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


# A cache entry: one header line (its key and the sha256 of the body), then each file as the
# length of its path (2 bytes), the path, the length of its bytes (4 bytes), the bytes. Entries are
# untrusted (see bulletin/cache.py): another key's entry, a truncated or edited one is a miss.
_MAX_ENTRY = 256 * 1024 * 1024


def save(folder: Path, entry_key: str, files: Sequence[tuple[str, bytes]]) -> None:
    """Write an entry atomically, never through a link; a cache that cannot be written only costs time."""
    body = b"".join(
        len(p := path.encode("utf-8")).to_bytes(2, "big") + p + len(data).to_bytes(4, "big") + data
        for path, data in files
    )
    header = f"bulletin-search {entry_key} {hashlib.sha256(body).hexdigest()}\n".encode("ascii")
    try:
        write_private(folder.parent, (folder.name, entry_key[:2], entry_key), header + body)
    except OSError as exc:
        log.warning("search cache entry not written (%s): %s", folder, exc)


def load(folder: Path, entry_key: str) -> list[tuple[str, bytes]] | None:
    """An entry's files, or None when it is missing, for another key, truncated or edited."""
    blob = read_private(folder.parent, (folder.name, entry_key[:2], entry_key), _MAX_ENTRY)
    if blob is None:
        return None
    newline = blob.find(b"\n") + 1
    body = blob[newline:]
    if blob[:newline] != f"bulletin-search {entry_key} {hashlib.sha256(body).hexdigest()}\n".encode("ascii"):
        return None
    files: list[tuple[str, bytes]] = []
    at = 0
    try:
        while at < len(body):
            size = int.from_bytes(body[at : at + 2], "big")
            path = body[at + 2 : at + 2 + size].decode("utf-8")
            at += 2 + size
            size = int.from_bytes(body[at : at + 4], "big")
            files.append((path, body[at + 4 : at + 4 + size]))
            at += 4 + size
    except UnicodeDecodeError:
        return None
    return files if at == len(body) else None


# Entries unused this long are deleted: every edit makes a new entry for its shard, and a cache
# folder may be shared by several sites (or a cluster), whose entries are used and kept fresh there.
UNUSED_DAYS = 14


def prune(folder: Path, used: set[str], now: float | None = None) -> None:
    """Mark the entries in ``used`` as used now, and delete the regular files of other entries
    unused for UNUSED_DAYS. Never through a link; a file that cannot be touched or deleted stays."""
    now = time.time() if now is None else now
    if folder.is_symlink() or not folder.is_dir():
        return
    for bucket in os.scandir(folder):
        if not bucket.is_dir(follow_symlinks=False):
            continue
        for entry in os.scandir(bucket.path):
            try:
                if not entry.is_file(follow_symlinks=False):
                    continue
                if entry.name in used:
                    os.utime(entry.path, (now, now), follow_symlinks=False)
                elif entry.stat(follow_symlinks=False).st_mtime < now - UNUSED_DAYS * 86400:
                    os.unlink(entry.path)
            except OSError:
                continue
