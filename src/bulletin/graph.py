"""The build graph: what each output file was made from, so a rebuild redoes only what changed.

State lives in ``.bulletin-cache/builds-v<N>/``, one entry per output folder, and records:

- the **input key** of the last successful build: the code version, the configuration, the
  catalogue, every template, theme asset and static file, every bulletin file by content
  digest, and every other file under content/ (images and attachments a bulletin may link to).
  When it matches and the output folder is exactly as that build left it (same paths, sizes
  and mtimes), the build is a no-op: nothing is read past the cache, nothing is written.
- per **page**, its key: the digest of everything the page is rendered from (its view data,
  which carries the bulletins, histories and charts it shows; the closure of templates it
  extends or includes; the site view; the configuration; the code version). A page whose key
  is unchanged is not rendered again: its previous bytes are kept. Generated files (the data
  downloads) are keyed the same way (``reuse_file``: a digest of the rows a file is made of), so a
  download whose rows did not change is read back instead of encoded again.
- per **output file**, its content digest, size and mtime. A file whose bytes are unchanged is
  hard-linked from the previous site into the new one, so its mtime stays and rsync or a
  Pages deploy moves only what changed; ``write_site`` still swaps in the whole folder at once.

Keys are digests of values, not lists of dependencies, so a page can never be missed when
something it shows changes; at worst a page is rendered again and found identical. Deleting the
cache, a corrupt entry or another code version only make the next build a full one.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import os
import pickle
import stat
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bulletin.cache import CACHE_VERSION, Store, catalog_digest, code_version, digest
from bulletin.core.errors import Diagnostic
from bulletin.core.model import OutputFile, SiteConfig, SourceFile

__all__ = ["BuildGraph", "config_digest"]

# SiteConfig fields that decide nothing in the output (the rest all do, including new ones).
_NOT_INPUTS = {
    "root",
    "output_dir",
    "jobs",
    "config_path",
    "cache_path",
    "force",
    "executor",
    "scheduler",
    "scheduler_timeout",
    "search",  # no page depends on it; a kept index is noted in the build's stats (search_stale)
}
_MARKER = ".bulletin-site"  # site.output.MARKER; not imported so this module stays light


def config_digest(config: SiteConfig) -> str:
    fields = {
        f.name: getattr(config, f.name) for f in dataclasses.fields(config) if f.name not in _NOT_INPUTS
    }
    return digest("config", fields)


def _tree_digests(folder: Path, skip: str = "\0") -> dict[str, str]:
    """Content digest of every file under ``folder`` (dot-files included: they may be templates),
    but those whose names end in ``skip``."""
    found: dict[str, str] = {}
    if folder.is_dir():
        for path in sorted(folder.rglob("*")):
            if path.is_file() and not path.name.endswith(skip):
                found[path.relative_to(folder).as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


@dataclass
class _State:
    inputs: str = ""
    outputs: dict[str, tuple[str, int, int]] = field(default_factory=dict)  # path: (sha, size, mtime_ns)
    pages: dict[str, str] = field(default_factory=dict)  # path: page key
    diagnostics: tuple[Diagnostic, ...] = ()
    stats: dict[str, float] = field(default_factory=dict)


def _stat(path: str | Path) -> tuple[int, int] | None:
    """Size and mtime of a regular file (not a link someone put in its place), else None."""
    try:
        st = os.lstat(path)
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns) if stat.S_ISREG(st.st_mode) else None


def _sha(item: OutputFile) -> str:
    if item.digest is not None:  # known without reading the bytes
        return item.digest
    if item.source is None:
        return hashlib.sha256(item.data).hexdigest()
    with item.source.open("rb") as fh:  # a static file, streamed
        return hashlib.file_digest(fh, "sha256").hexdigest()


class BuildGraph:
    """The previous build's record for one output folder, and the new one being made."""

    def __init__(
        self,
        config: SiteConfig,
        sources: Sequence[SourceFile],
        problems: Sequence[Diagnostic] = (),
        use_state: bool = True,
    ) -> None:
        from bulletin.site.theme import theme_dir

        self.config = config
        self.out = config.output_dir.resolve()
        self._out = os.fspath(self.out)
        self.code = code_version()
        self.config_id = config_digest(config)
        templates = {
            "theme": _tree_digests(theme_dir()),
            "site": _tree_digests(config.templates_dir),
            "static": _tree_digests(config.static_dir),
            # Images and attachments beside the bulletins (the bulletins are digested as sources).
            "content": _tree_digests(config.content_dir, skip=".md"),
        }
        self.inputs = digest(
            "inputs",
            self.code,
            self.config_id,
            catalog_digest(config),
            templates,
            [(s.path, s.digest) for s in sources],
            [repr(d) for d in problems],  # files that could not be read are inputs too
        )
        self._store = Store(config.cache_dir / f"builds-v{CACHE_VERSION}")
        self._key = digest("state", str(self.out))
        loaded = self._store.get(self._key) if use_state else None
        self.previous = loaded if isinstance(loaded, _State) else _State()
        self._intact: dict[str, bool] = {}
        self.pages: dict[str, str] = {}
        self._known: dict[str, str] = {}  # path: digest of pages kept as they were
        self._digests: dict[str, str] = {}
        self._linked: set[str] = set()
        self._generated: set[str] = set()  # paths keyed by reuse_file: files, not pages

    # --- the previous site ---------------------------------------------------------------------

    def _still_there(self, path: str) -> bool:
        """The previous build's file is on disk exactly as that build left it (size and mtime)."""
        if path not in self._intact:
            record = self.previous.outputs.get(path)
            here = os.path.join(self._out, *path.split("/"))  # a string: pathlib is slow at archive scale
            self._intact[path] = record is not None and _stat(here) == record[1:]
        return self._intact[path]

    def unchanged(self) -> bool:
        """True when inputs equal the last build's and the output folder is exactly its result."""
        if not self.previous.outputs or self.previous.inputs != self.inputs:
            return False
        if self.config.search == "fresh" and self.previous.stats.get("search_stale"):
            return False  # the last build kept an older index (serve): index again
        # One pass of scandir, each entry's lstat from the walk itself: half the time of os.walk
        # and a stat per path (a no-op rebuild of 1,000 bulletins checks ~6,400 files).
        outputs, seen = self.previous.outputs, 0
        folders = [(self._out, "")]
        try:
            while folders:
                folder, prefix = folders.pop()
                with os.scandir(folder) as entries:
                    for entry in entries:
                        rel = prefix + entry.name
                        if entry.is_dir(follow_symlinks=False):
                            folders.append((entry.path, rel + "/"))
                            continue
                        if rel == _MARKER:
                            continue
                        record = outputs.get(rel)
                        if record is None:
                            return False  # a file the last build did not write (or a link)
                        st = entry.stat(follow_symlinks=False)
                        if not stat.S_ISREG(st.st_mode) or (st.st_size, st.st_mtime_ns) != record[1:]:
                            return False
                        seen += 1
        except OSError:
            return False
        return seen == len(outputs)

    def previous_files(self) -> tuple[OutputFile, ...]:
        # Read from disk when asked (OutputFile.content), never all at once: the archive may be large.
        return tuple(OutputFile(p, b"", self.out / p) for p in sorted(self.previous.outputs))

    @property
    def diagnostics(self) -> tuple[Diagnostic, ...]:
        return self.previous.diagnostics

    # --- pages ---------------------------------------------------------------------------------

    def page_key(self, page: Any, templates: str, site_view: Any) -> str:
        """Digest of everything a page is rendered from (view data pickled: deterministic for the
        plain values views hold; if it were not, a page would only be rendered again)."""
        inputs = getattr(page.view, "inputs", None)
        if isinstance(inputs, str):  # a view made only when rendered (site/lazy.py): keyed by its inputs
            page = dataclasses.replace(page, view={"inputs": inputs})
        blob = io.BytesIO()
        pickler = pickle.Pickler(blob, protocol=pickle.HIGHEST_PROTOCOL)
        # Without the memo, equal values give equal bytes whichever objects they share: a report
        # parsed afresh and the same report loaded from the read cache share strings differently,
        # and every page of the build after a reparse was rendered again.
        pickler.fast = True
        try:
            pickler.dump((page, site_view))
        except RecursionError:  # view data that refers to itself: pickled with the memo
            blob = io.BytesIO(pickle.dumps((page, site_view), protocol=pickle.HIGHEST_PROTOCOL))
        view_digest = hashlib.sha256(blob.getbuffer()).hexdigest()
        return digest("page", self.code, self.config_id, templates, view_digest)

    def reuse(self, path: str, key: str) -> OutputFile | None:
        """The previous file of a page whose key is unchanged (its bytes stay on disk), or None."""
        self.pages[path] = key
        if self.previous.pages.get(path) != key or not self._still_there(path):
            return None
        # Size and mtime vouch for the bytes (as git's index does): no need to hash them again.
        self._known[path] = self.previous.outputs[path][0]
        return OutputFile(path, b"", self.out / path)

    def reuse_file(self, path: str, key: str) -> OutputFile | None:
        """``reuse`` for a generated file (a download) whose key digests what it is made from."""
        self._generated.add(path)
        return self.reuse(path, digest("file", self.code, self.config_id, key))

    def keep_file(self, path: str, key: str) -> OutputFile | None:
        """``reuse_file`` for serve's quick saves: the previous file whatever its key, recorded under
        its old key, so the build after the editor pauses (or any full build) makes it again. A file
        the previous build did not write is made now."""
        old = self.previous.pages.get(path)
        if old is None or path not in self.previous.outputs or not self._still_there(path):
            return self.reuse_file(path, key)
        self._generated.add(path)
        self.pages[path] = old
        self._known[path] = self.previous.outputs[path][0]
        return OutputFile(path, b"", self.out / path)

    # --- writing -------------------------------------------------------------------------------

    def same(self, item: OutputFile) -> bool:
        """Record the file's digest; True when its bytes equal the previous file on disk (it is
        then hard-linked, not rewritten)."""
        sha = self._digests[item.path] = self._known.get(item.path) or _sha(item)
        if self._still_there(item.path) and self.previous.outputs[item.path][0] == sha:
            self._linked.add(item.path)
            return True
        return False

    def digest(self, path: str) -> str | None:
        """The sha256 of the file at ``path`` as this build makes it (once ``same`` has seen it)."""
        return self._digests.get(path)

    @property
    def linked(self) -> int:
        """How many files were found unchanged on disk (hard-linked into the new site)."""
        return len(self._linked)

    @property
    def reused(self) -> int:
        """How many pages were kept as they were (not rendered again)."""
        return len(self._known.keys() - self._generated)

    def save(self, diagnostics: Sequence[Diagnostic], stats: dict[str, float]) -> None:
        """Record the build just written (call after the swap)."""
        outputs = {}
        for path, sha in self._digests.items():
            if path in self._linked:  # the very file checked intact before it was linked: its record holds
                outputs[path] = self.previous.outputs[path]
                continue
            st = _stat(self.out / path)
            if st is not None:
                outputs[path] = (sha, *st)
        self._store.put(self._key, _State(self.inputs, outputs, self.pages, tuple(diagnostics), dict(stats)))
