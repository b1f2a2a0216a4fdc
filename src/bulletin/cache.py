"""The build cache under ``.bulletin-cache/``: verified entries, the code version, cached reads.

Everything here only saves time: any entry may be missing, truncated, corrupt or from another
version of bulletin, and then it is a miss and the work is done again. Deleting the folder at
any moment is safe.

- **Entries** are pickles prefixed by the sha256 of the pickle; an entry whose digest does not
  match is ignored. The digest guards against truncation and bit rot, not against someone who
  can write to the cache folder (they could also edit the site's templates).
- **The code version** is a digest of bulletin's own source files, so a cache written by other
  code (an upgrade, a local edit) is never used.
- **Dataset cache**: the dataset's rows, histories and findings, keyed by the read keys of
  the reports it was built from.
- **Read cache**: ``read_reports`` returns one (Report, diagnostics) per source, keyed by (file
  path and content digest, catalogue digest, read options, code version). Misses are read
  on the build's executor.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import pickle
import tempfile
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from bulletin.content.catalog import SITE_FILE, Catalog
from bulletin.core.errors import Diagnostic
from bulletin.core.executors import Executor, TaskError
from bulletin.core.model import History, Report, SiteConfig, SourceFile

__all__ = [
    "CACHE_VERSION",
    "DatasetParts",
    "Store",
    "code_version",
    "dataset_parts",
    "digest",
    "read_key",
    "read_reports",
]

log = logging.getLogger(__name__)

# Bump when the layout of entries changes; part of every key and of the folder name.
CACHE_VERSION = "1"
_PACKAGE = Path(__file__).resolve().parent


def digest(*parts: object) -> str:
    """sha256 of the canonical JSON of ``parts`` (strings, numbers, lists, dicts)."""
    blob = json.dumps(parts, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


@cache
def code_version() -> str:
    """Digest of every file of the installed package (code, catalogue, bundled theme)."""
    h = hashlib.sha256(CACHE_VERSION.encode())
    for path in sorted(_PACKAGE.rglob("*")):
        if path.is_file() and path.suffix not in (".pyc", ".pyo") and "__pycache__" not in path.parts:
            h.update(path.relative_to(_PACKAGE).as_posix().encode("utf-8") + b"\0")
            h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()


class Store:
    """A folder of verified pickles: ``get`` returns None for anything missing or damaged."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pkl"

    def get(self, key: str) -> Any | None:
        try:
            blob = self._path(key).read_bytes()
        except OSError:
            return None
        check, payload = blob[:32], blob[32:]
        if len(blob) < 32 or hashlib.sha256(payload).digest() != check:
            return None
        try:
            return pickle.loads(payload)
        except Exception:  # a pickle from other code: only a miss
            return None

    def put(self, key: str, value: Any) -> None:
        """Write atomically (temp file + rename); a cache that cannot be written only costs time."""
        payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
            try:
                with os.fdopen(fd, "wb") as fh:
                    fh.write(hashlib.sha256(payload).digest() + payload)
                os.replace(tmp, path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError as exc:
            log.warning("cache entry not written (%s): %s", path, exc)


def store(config: SiteConfig, kind: str) -> Store:
    return Store(config.cache_dir / f"{kind}-v{CACHE_VERSION}")


def catalog_digest(config: SiteConfig) -> str:
    """The site's catalogue file (the built-in one is part of the code version)."""
    try:
        return hashlib.sha256((config.root / SITE_FILE).read_bytes()).hexdigest()
    except OSError:
        return ""


def read_key(source: SourceFile, config: SiteConfig, catalog_id: str) -> str:
    """What a read depends on: the file (path and bytes), the catalogue, the read options, the code."""
    return digest("read", source.path, source.digest, catalog_id, repr(config.read_options), code_version())


def read_reports(
    sources: Sequence[SourceFile],
    config: SiteConfig,
    catalog: Catalog,
    executor: Executor,
    chunksize: int,
    use_cache: bool = True,
    parse: Callable[..., tuple[Report | None, tuple[Diagnostic, ...]]] | None = None,
) -> tuple[list[tuple[Report | None, tuple[Diagnostic, ...]]], list[str], int]:
    """(report, diagnostics) per source in order, their cache keys, and how many were read afresh.

    Misses are read on ``executor``; a TaskError propagates, indexed by source.
    """
    if parse is None:
        from bulletin.read import read_report

        parse = read_report

    entries = store(config, "reads")
    catalog_id = catalog_digest(config)
    keys = [read_key(source, config, catalog_id) for source in sources]
    results: list[tuple[Report | None, tuple[Diagnostic, ...]] | None] = [
        entries.get(key) if use_cache else None for key in keys
    ]
    misses = [i for i, found in enumerate(results) if found is None]
    parsed = executor.map(
        parse, [sources[i] for i in misses], common=(catalog, config.read_options), chunksize=chunksize
    )
    try:
        for i, result in zip(misses, parsed, strict=True):
            results[i] = result
            entries.put(keys[i], result)
    except TaskError as exc:  # its index counts misses: make it count sources
        raise TaskError(misses[exc.index], exc.message, exc.details) from None
    return [r for r in results if r is not None], keys, len(misses)


# --- the dataset, from cached reports --------------------------------------------------------------


class DatasetParts(NamedTuple):
    """What the site needs from the dataset; cached, so an unchanged archive never loads pandas."""

    rows: tuple[dict[str, Any], ...]
    histories: tuple[History, ...]
    diagnostics: tuple[Diagnostic, ...]
    comparisons: dict[tuple[str, str, str], tuple[float | None, float | None]]


def dataset_parts(
    reports: Sequence[Report],
    catalog: Catalog,
    keys: Sequence[str],
    config: SiteConfig,
    use_cache: bool = True,
) -> DatasetParts:
    """``build_dataset`` keyed by the reports' read keys (which cover files, catalogue and code)
    and the regions and names as unified across the archive."""
    entries = store(config, "datasets")
    # Regions and indicator names are unified across the archive after reading: key on the result.
    names = [(r.slug, r.meta.region, [(i.name, i.name_en, i.slug) for i in r.indicators]) for r in reports]
    key = digest("dataset", code_version(), list(keys), names)
    found = entries.get(key) if use_cache else None
    if isinstance(found, DatasetParts):
        return found
    from bulletin.data.dataset import build_dataset

    dataset = build_dataset(reports, catalog)
    parts = DatasetParts(dataset.rows, dataset.histories, dataset.diagnostics, dataset.comparisons)
    entries.put(key, parts)
    return parts
