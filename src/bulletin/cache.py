"""The build cache under ``.bulletin-cache/``: verified entries, the code version, cached reads.

Everything here only saves time: any entry may be missing, truncated, corrupt or from another
version of bulletin, and then it is a miss and the work is done again. Deleting the folder at
any moment is safe.

- **Entries are untrusted.** The folder may come from a restored CI cache, a commit or a shared
  ``cache_dir``, so anyone may have written it. An entry holds its own key and the sha256 of key
  and pickle: an entry copied under another key's name, truncated or edited is a miss. The
  pickle is loaded by an unpickler that resolves only the classes entries are made of (see
  ``_ALLOWED``): a pickle naming anything else (``os.system``, ``builtins.exec``...) is a miss
  and runs nothing. Entries are never read or written through a link (core/safefs.py).
- **The code version** is a digest of bulletin's own source files, so a cache written by other
  code (an upgrade, a local edit) is never used.
- **Dataset cache**: the dataset's rows, histories and findings, whole and per
  indicator, keyed by the front-matter and indicator tables it was built from (not their prose).
- **Read cache**: ``read_reports`` returns one (Report, diagnostics) per source, keyed by (file
  path and content digest, catalogue digest, read options, code version). Misses are read
  on the build's executor.
- **In memory**, a process also keeps what its last build read and the dataset it made (see
  :class:`Recent`): ``serve`` rebuilds on every save, and unpickling a thousand reports again
  takes seconds. Values are frozen and keyed exactly as on disk, so they are the same values.
"""

from __future__ import annotations

import dataclasses
import datetime
import enum
import hashlib
import importlib
import io
import json
import logging
import pickle
import sys
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from bulletin.content.catalog import SITE_FILE, Catalog
from bulletin.core.document import Document
from bulletin.core.errors import Diagnostic
from bulletin.core.executors import Executor, TaskError
from bulletin.core.memo import value_digest
from bulletin.core.model import History, Indicator, Report, ReportMeta, SiteConfig, SourceFile
from bulletin.core.recall import keeping
from bulletin.core.safefs import read_private, write_private

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
CACHE_VERSION = "2"
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


# What entries are made of (reports, datasets, build states): the modules their classes live
# in, and the few standard-library types they hold. Within these modules only data classes,
# enums and named tuples are resolved: building one runs no code of the pickle's choosing.
_MODULES = frozenset(
    {
        "bulletin.cache",
        "bulletin.graph",
        "bulletin.core.document",
        "bulletin.core.errors",
        "bulletin.core.measure",
        "bulletin.core.model",
        "bulletin.core.periods",
        "bulletin.core.units",
    }
)
_ALLOWED = {
    ("datetime", "date"): datetime.date,
    ("builtins", "frozenset"): frozenset,
    ("builtins", "set"): set,
    ("builtins", "tuple"): tuple,
}
_MAX_ENTRY = 256 * 1024 * 1024  # a dataset of 10,000 bulletins is a few tens of MB


def _plain_class(obj: object) -> bool:
    return isinstance(obj, type) and (
        dataclasses.is_dataclass(obj)
        or issubclass(obj, enum.Enum)
        or (issubclass(obj, tuple) and hasattr(obj, "_fields"))
    )


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in _ALLOWED:
            return _ALLOWED[module, name]
        if module in _MODULES and "." not in name:
            # Imported only when not yet loaded: these are bulletin's own modules (no side effects).
            found = getattr(sys.modules.get(module) or importlib.import_module(module), name, None)
            if _plain_class(found):
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not a cache type")


def loads(payload: bytes) -> Any:
    """Unpickle an entry's payload, resolving only the types entries are made of."""
    return _Unpickler(io.BytesIO(payload)).load()


class Store:
    """A folder of verified pickles: ``get`` returns None for anything missing, damaged, planted
    or stored under another key."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _rel(self, key: str) -> tuple[str, str]:
        return key[:2], f"{key}.pkl"

    def _path(self, key: str) -> Path:
        return self.folder.joinpath(*self._rel(key))

    @staticmethod
    def _check(key: bytes, payload: bytes) -> bytes:
        return hashlib.sha256(len(key).to_bytes(2, "big") + key + payload).digest()

    def get(self, key: str) -> Any | None:
        blob = read_private(self.folder.parent, (self.folder.name, *self._rel(key)), _MAX_ENTRY)
        if blob is None:
            return None
        name = key.encode("utf-8")
        head = len(name) + 32
        if len(blob) < head or blob[: len(name)] != name:
            return None
        check, payload = blob[len(name) : head], blob[head:]
        if self._check(name, payload) != check:
            return None
        try:
            return loads(payload)
        except Exception:  # a planted or foreign pickle: only a miss
            return None

    def put(self, key: str, value: Any) -> None:
        """Write atomically and never through a link; a cache that cannot be written only costs time."""
        payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        name = key.encode("utf-8")
        try:
            write_private(
                self.folder.parent,
                (self.folder.name, *self._rel(key)),
                name + self._check(name, payload) + payload,
            )
        except OSError as exc:
            log.warning("cache entry not written (%s): %s", self._path(key), exc)


class Recent:
    """The values one kind of entry had in this process's last build, by key, for one folder.

    Only the last build's are kept (``keep`` replaces them), so memory holds one archive's worth
    and a key no longer used is dropped. Another folder (another site) starts empty.
    """

    def __init__(self) -> None:
        self._folder: Path | None = None
        self._values: dict[str, Any] = {}

    def get(self, folder: Path, key: str) -> Any | None:
        return self._values.get(key) if folder == self._folder else None

    def keep(self, folder: Path, values: dict[str, Any]) -> None:
        self._folder, self._values = (folder, values) if keeping() else (None, {})


_RECENT_READS = Recent()


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
        (_RECENT_READS.get(entries.folder, key) or entries.get(key)) if use_cache else None for key in keys
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
    _RECENT_READS.keep(entries.folder, {k: r for k, r in zip(keys, results, strict=True) if r is not None})
    return [r for r in results if r is not None], keys, len(misses)


# --- the dataset, whole and per indicator -----------------------------------------------------------
#
# build_dataset never looks across indicators: revisions, implied growth, derived quarters and the
# series are all made within one indicator (and region). So an archive's dataset is the union of the
# datasets of its indicators, each built from the bulletins' rows of that indicator alone. Each part
# is cached under a digest of exactly what it is built from (the rows and the front-matter fields the
# dataset reads): an edited figure misses one part, and pandas works on one indicator's rows instead
# of the archive's (1.9 s at 1,000 bulletins). The whole is also kept, under a digest of every
# report's table: a build in which no figure changed loads one entry and never imports pandas.


class DatasetParts(NamedTuple):
    """What the site needs from the dataset; cached, so an unchanged archive never loads pandas."""

    rows: tuple[dict[str, Any], ...]
    histories: tuple[History, ...]
    diagnostics: tuple[Diagnostic, ...]
    comparisons: dict[tuple[str, str, str], tuple[float | None, float | None]]


_RECENT_DATASET = Recent()
_RECENT_PARTS = Recent()
_NO_BODY = Document("", (), ())


def dataset_parts(
    reports: Sequence[Report], catalog: Catalog, config: SiteConfig, use_cache: bool = True
) -> DatasetParts:
    """``build_dataset`` of ``reports``, from the cache where it can be: whole when no table
    changed, else per indicator, building only the parts whose rows changed."""
    entries = store(config, "datasets")
    catalog_id = catalog_digest(config)
    tables = hashlib.sha256()
    for r in reports:
        tables.update(value_digest(r.meta, r.indicators))  # shared with the bulletin pages' keys
    key = digest("dataset", code_version(), catalog_id, len(reports), tables.hexdigest())
    found = (_RECENT_DATASET.get(entries.folder, key) or entries.get(key)) if use_cache else None
    if not isinstance(found, DatasetParts):
        parts: dict[str, DatasetParts] = {}
        for name, group in split_by_indicator(reports).items():
            part_key = digest("dataset-part", code_version(), catalog_id, name, _digest(group))
            part = _RECENT_PARTS.get(entries.folder, part_key) or entries.get(part_key) if use_cache else None
            if not isinstance(part, DatasetParts):
                part = _build(group, catalog)
                entries.put(part_key, part)
            parts[part_key] = part
        _RECENT_PARTS.keep(entries.folder, parts)
        found = merge_parts(parts.values())
        entries.put(key, found)
    _RECENT_DATASET.keep(entries.folder, {key: found})
    return found


def split_by_indicator(reports: Iterable[Report]) -> dict[str, tuple[Report, ...]]:
    """Per indicator name, in name order: each report that has rows of it, holding only those rows
    and only the fields of its front-matter the dataset reads (so a part's key is all it depends on)."""
    groups: dict[str, list[Report]] = {}
    for report in reports:
        if not report.indicators:
            continue
        m = report.meta
        meta = ReportMeta(m.path, m.slug, "", m.date, m.period, m.region)
        rows: dict[str, list[Indicator]] = {}
        for row in report.indicators:
            rows.setdefault(row.name, []).append(row)
        for name, own in rows.items():
            groups.setdefault(name, []).append(Report(meta, _NO_BODY, tuple(own)))
    return {name: tuple(groups[name]) for name in sorted(groups)}


def merge_parts(parts: Iterable[DatasetParts]) -> DatasetParts:
    """The dataset of the union: rows in their stable order, histories in catalogue order,
    comparisons by key, whichever parts were cached and whichever were built."""
    from bulletin.data.export import sort_rows

    parts = list(parts)
    rows = tuple(sort_rows(row for part in parts for row in part.rows))
    histories = tuple(sorted((h for part in parts for h in part.histories), key=lambda h: (h.order, h.name)))
    diagnostics = tuple(d for part in parts for d in part.diagnostics)
    comparisons = dict(sorted(item for part in parts for item in part.comparisons.items()))
    return DatasetParts(rows, histories, diagnostics, comparisons)


def _build(group: Sequence[Report], catalog: Catalog) -> DatasetParts:
    from bulletin.data.dataset import build_dataset  # pandas: only for parts not in the cache

    dataset = build_dataset(group, catalog)
    return DatasetParts(dataset.rows, dataset.histories, dataset.diagnostics, dataset.comparisons)


def _digest(group: Sequence[Report]) -> str:
    """The same bytes for equal groups in any process (pickled without a memo, as value_digest)."""
    blob = io.BytesIO()
    pickler = pickle.Pickler(blob, protocol=5)
    pickler.fast = True
    pickler.dump(tuple((r.meta, r.indicators) for r in group))
    return hashlib.sha256(blob.getbuffer()).hexdigest()
