"""Downloads an analyst can use without asking: rows that explain themselves, a Frictionless Data
package, per-indicator and per-region files, JSON with its metadata around the rows.

Contract: ``publish(dataset, reports, catalog, site, reuse=None) -> Iterable[OutputFile]``; pure (no
pandas, no I/O). ``reuse(path, key)`` may hand back the previous build's file for a key (a digest of
everything the file is made from): that file is then not made again.
Files written (all deterministic; rows sorted as ``export.sort_rows``):

- ``data/indicators.csv``: every stated row, :data:`PUBLISHED_COLUMNS` (the data contract, then the
  columns appended by this module: new columns only ever go at the end).
- ``data/indicators.json``: an object: ``{"title", "source", "license", "generated_from": [bulletins],
  "columns": [names], "rows": [records]}``.
- ``data/indicators-rows.json``: the bare list of records, as ``indicators.json`` was before it became
  an object (kept for compatibility; also the JSON resource of the data package).
- ``data/datapackage.json``: the Frictionless Data package describing both files.
- ``indicators/<id>/data.{csv,json}`` (with derived single quarters) and ``data/regions/<region>.{csv,json}``.
"""

from __future__ import annotations

import hashlib
import io
import json
import pickle
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from bulletin.content.catalog import Catalog
from bulletin.core.lastcall import LastCall
from bulletin.core.model import History, OutputFile, Report
from bulletin.core.slugs import path_segment
from bulletin.data.dictionary import FIELDS, PUBLISHED_COLUMNS
from bulletin.data.export import derived_row, report_rows, sort_rows, to_csv, to_json

__all__ = ["Publication", "Reuse", "publish"]

# The previous build's file at a path when its key (what it is made from) is unchanged, else None.
Reuse = Callable[[str, str], OutputFile | None]


@dataclass(frozen=True, slots=True)
class Publication:
    """What the downloads say about where they come from."""

    title: str
    base_url: str  # absolute when the site has one; else the path links start with
    license: str = ""


def _json(value: Any) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _record_lines(value: dict[str, Any]) -> bytes:
    """``value`` indented at the top and each record of a list on a line of its own.

    ``json.dumps`` with ``indent`` runs Python's own encoder (six million calls for the downloads
    of 1,000 bulletins, seconds per build); a record per line is the C encoder's, and a changed
    figure is one changed line in a diff."""
    lines = []
    for key, item in value.items():
        if isinstance(item, list) and item and all(isinstance(x, dict) for x in item):
            body = ",\n".join("  " + json.dumps(x, ensure_ascii=False) for x in item)
            lines.append(f" {json.dumps(key, ensure_ascii=False)}: [\n{body}\n ]")
        else:
            lines.append(f" {json.dumps(key, ensure_ascii=False)}: {json.dumps(item, ensure_ascii=False)}")
    return ("{\n" + ",\n".join(lines) + "\n}\n").encode("utf-8")


def _enrich(rows: Iterable[dict[str, Any]], reports: Mapping[str, Report], catalog: Catalog | None,
            histories: Mapping[str, History], site: Publication) -> list[dict[str, Any]]:  # fmt: skip
    out = []
    for row in rows:
        report = reports.get(row["bulletin"])
        entry = catalog.entry_for(row["indicator"]) if catalog else None
        history = histories.get(row["indicator"])
        out.append(
            {
                **row,
                "indicator_id": history.slug if history else (entry.slug if entry else ""),
                "category": history.category if history else (entry.category if entry else ""),
                "growth_basis": entry.growth_basis if entry else "",
                "bulletin_title": report.meta.title if report else "",
                "bulletin_date": report.meta.date.isoformat() if report else "",
                "bulletin_url": f"{site.base_url}bulletins/{row['bulletin']}/" if report else "",
            }
        )
    return out


def _head(rows: Sequence[dict[str, Any]], by_slug: Mapping[str, Report], site: Publication) -> dict[str, Any]:
    """What a JSON download says around its rows: the site and the bulletins they come from."""
    used = sorted({r["bulletin"] for r in rows})
    return {
        "title": site.title,
        "source": site.base_url,
        "license": site.license,
        "data_dictionary": f"{site.base_url}data/",
        "generated_from": [
            {
                "bulletin": slug,
                "title": by_slug[slug].meta.title,
                "date": by_slug[slug].meta.date.isoformat(),
                "period": by_slug[slug].meta.period.code,
                "region": by_slug[slug].meta.region,
                "url": f"{site.base_url}bulletins/{slug}/",
            }
            for slug in used
            if slug in by_slug
        ],
        "columns": list(PUBLISHED_COLUMNS),
    }


def _document(rows: Sequence[dict[str, Any]], head: dict[str, Any]) -> bytes:
    return _record_lines({**head, "rows": [{c: row[c] for c in PUBLISHED_COLUMNS} for row in rows]})


def _digest(*parts: object) -> str:
    """Plain values (str, numbers, None, lists and dicts of them): the same bytes in any process.
    Without the pickle memo: rows loaded from the dataset cache share their strings otherwise than
    rows just built, and with it every download was made again although its rows were equal."""
    blob = io.BytesIO()
    pickler = pickle.Pickler(blob, protocol=5)
    pickler.fast = True
    pickler.dump(parts)
    return hashlib.sha256(blob.getbuffer()).hexdigest()


class _Files:
    """The downloads being made: each made only when ``reuse`` has no previous file for its key."""

    def __init__(self, reuse: Reuse | None) -> None:
        self.reuse = reuse

    def add(self, path: str, key: Callable[[], str], make: Callable[[], bytes]) -> OutputFile:
        kept = self.reuse(path, _digest("download", path, key())) if self.reuse is not None else None
        try:
            # read back (tens of milliseconds for every download) rather than encoded again (a second)
            data = kept.content() if kept is not None else make()
        except OSError:  # the previous file went away under the build: made after all
            data = make()
        return OutputFile(path, data)

    def rows_key(self, rows: list[dict[str, Any]]) -> str:
        return _digest(PUBLISHED_COLUMNS, rows) if self.reuse is not None else ""

    def table(self, stem: str, rows: list[dict[str, Any]], head: Callable[[], dict[str, Any]],
              around: str, digest: str = "") -> Iterator[OutputFile]:  # fmt: skip
        """``stem``.csv and ``stem``.json of ``rows``: the rows are digested once for both keys. The
        JSON's ``head`` is made only with the file; ``around`` digests what it is made from."""
        digest = digest or self.rows_key(rows)
        yield self.add(f"{stem}.csv", lambda: digest, lambda: to_csv(rows, PUBLISHED_COLUMNS))
        yield self.add(f"{stem}.json", lambda: _digest(around, digest), lambda: _document(rows, head()))


def datapackage(site: Publication) -> bytes:
    """A Frictionless Data (v1) tabular data package for indicators.csv and indicators-rows.json."""
    fields = []
    for field in FIELDS:
        spec: dict[str, Any] = {"name": field.name, "type": field.type, "description": field.en}
        if field.values:
            spec["constraints"] = {"enum": list(field.values)}
        fields.append(spec)
    schema = {"fields": fields, "missingValues": [""]}
    package: dict[str, Any] = {
        "profile": "tabular-data-package",
        "name": "bulletin-indicators",
        "title": site.title,
        "homepage": site.base_url,
        "resources": [
            {
                "name": "indicators",
                "path": "indicators.csv",
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8-sig",
                "schema": schema,
            },
            {
                "name": "indicators-json",
                "path": "indicators-rows.json",
                "profile": "tabular-data-resource",
                "format": "json",
                "mediatype": "application/json",
                "encoding": "utf-8",
                "schema": {**schema, "missingValues": []},
            },
        ],
    }
    if site.license:
        package["licenses"] = [{"name": site.license, "title": site.license}]
    return _json(package)


def publish(
    rows: Sequence[dict[str, Any]] | None,
    histories: Sequence[History],
    reports: Sequence[Report],
    catalog: Catalog | None,
    site: Publication,
    reuse: Reuse | None = None,
    stale: bool = False,
) -> Iterable[OutputFile]:
    """Every download of the site (see the module docstring). ``rows``: the data contract's (the
    dataset's, which serve keeps, so an unchanged call is known by their identity), or None: made
    here from the reports' tables (a one-shot build, which never calls again, holds none through
    the build, and gets the files one by one, as they are made, so that each can be written and
    let go before the next). ``stale``: ``reuse`` hands back the previous files whatever their rows
    (serve's quick saves), so the result is not remembered."""
    if rows is None:  # no objects to know the next call by: the last call's result is let go too
        _LAST.forget()
        return _publish(None, histories, reports, catalog, site, reuse)
    objects = (tuple(rows), tuple(histories))
    values = (tuple(r.meta for r in reports), catalog, site)
    found = None if stale else _LAST.get(objects, values)
    if found is None:
        made = tuple(_publish(rows, histories, reports, catalog, site, reuse))
        found = made if stale else _LAST.keep(objects, values, made)
    return list(found)


# serve rebuilds on every save: when no figure changed, the downloads are made of the very
# rows and histories of the last call (JSON with indentation is encoded in Python: seconds).
_LAST: LastCall[tuple[OutputFile, ...]] = LastCall()


def _publish(
    rows: Sequence[dict[str, Any]] | None,
    histories: Sequence[History],
    reports: Sequence[Report],
    catalog: Catalog | None,
    site: Publication,
    reuse: Reuse | None = None,
) -> Iterator[OutputFile]:
    by_slug = {r.slug: r for r in reports}
    by_name = {h.name: h for h in histories}
    if rows is None:
        # Each row is enriched as it is made and then sorted: the bare rows are never all held
        # beside the enriched ones (sort_rows reads only the contract's columns, which enriching keeps).
        made_rows = (row for report in reports for row in report_rows(report))
        every = sort_rows(_enrich(made_rows, by_slug, catalog, by_name, site))
    else:
        every = _enrich(rows, by_slug, catalog, by_name, site)
    made = _Files(reuse)
    # What a JSON file's head is made from besides its rows: the bulletins' front-matter and the site.
    around = _digest(site, [(r.slug, r.meta.title, r.meta.date, r.meta.period.code, r.meta.region)
                            for r in reports]) if reuse is not None else ""  # fmt: skip

    def head(rows: list[dict[str, Any]]) -> Callable[[], dict[str, Any]]:
        return lambda: _head(rows, by_slug, site)

    rows_digest = made.rows_key(every)
    yield from made.table("data/indicators", every, head(every), around, rows_digest)
    yield made.add(
        "data/indicators-rows.json", lambda: rows_digest, lambda: to_json(every, PUBLISHED_COLUMNS)
    )
    yield made.add("data/datapackage.json", lambda: _digest(site), lambda: datapackage(site))
    # The table is grouped by indicator once: a filter per indicator is quadratic in their number.
    # Rows are enriched once; sort_rows orders a group as it would the bare rows.
    by_indicator: dict[str, list[dict[str, Any]]] = {}
    for row in every:
        by_indicator.setdefault(row["indicator"], []).append(row)
    for history in histories:
        derived = _enrich([derived_row(history, p) for p in history.points if p.derived],
                          by_slug, catalog, by_name, site)  # fmt: skip
        enriched = sort_rows(by_indicator.get(history.name, []) + derived)
        yield from made.table(f"indicators/{history.slug}/data", enriched, head(enriched), around)
    # Every region gets its files, even one whose bulletins state no figure: the data page links them all.
    regions: dict[str, list[dict[str, Any]]] = {path_segment(r.meta.region): [] for r in reports}
    for row in every:
        regions.setdefault(path_segment(row["region"]), []).append(row)
    for segment, region_rows in sorted(regions.items()):
        yield from made.table(f"data/regions/{segment}", region_rows, head(region_rows), around)
