"""Downloads an analyst can use without asking: rows that explain themselves, a Frictionless Data
package, per-indicator and per-region files, JSON with its metadata around the rows.

Contract: ``publish(dataset, reports, catalog, site) -> list[OutputFile]``; pure (no pandas, no I/O).
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

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from bulletin.content.catalog import Catalog
from bulletin.core.lastcall import LastCall
from bulletin.core.model import History, OutputFile, Report
from bulletin.core.slugs import path_segment
from bulletin.data.dictionary import FIELDS, PUBLISHED_COLUMNS
from bulletin.data.export import derived_row, sort_rows, to_csv, to_json

__all__ = ["Publication", "publish"]


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


def _document(rows: Sequence[dict[str, Any]], reports: Sequence[Report], site: Publication) -> bytes:
    used = sorted({r["bulletin"] for r in rows})
    by_slug = {r.slug: r for r in reports}
    return _record_lines(
        {
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
            "rows": [{c: row[c] for c in PUBLISHED_COLUMNS} for row in rows],
        }
    )


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
    rows: Sequence[dict[str, Any]],
    histories: Sequence[History],
    reports: Sequence[Report],
    catalog: Catalog | None,
    site: Publication,
) -> list[OutputFile]:
    """Every download of the site (see the module docstring)."""
    objects = (tuple(rows), tuple(histories))
    values = (tuple(r.meta for r in reports), catalog, site)
    found = _LAST.get(objects, values)
    if found is None:
        found = _LAST.keep(objects, values, tuple(_publish(rows, histories, reports, catalog, site)))
    return list(found)


# serve rebuilds on every save: when no figure changed, the downloads are made of the very
# rows and histories of the last call (JSON with indentation is encoded in Python: seconds).
_LAST: LastCall[tuple[OutputFile, ...]] = LastCall()


def _publish(
    rows: Sequence[dict[str, Any]],
    histories: Sequence[History],
    reports: Sequence[Report],
    catalog: Catalog | None,
    site: Publication,
) -> list[OutputFile]:
    by_slug = {r.slug: r for r in reports}
    by_name = {h.name: h for h in histories}
    every = _enrich(rows, by_slug, catalog, by_name, site)
    files = [
        OutputFile("data/indicators.csv", to_csv(every, PUBLISHED_COLUMNS)),
        OutputFile("data/indicators.json", _document(every, reports, site)),
        OutputFile("data/indicators-rows.json", to_json(every, PUBLISHED_COLUMNS)),
        OutputFile("data/datapackage.json", datapackage(site)),
    ]
    # The table is grouped by indicator once: a filter per indicator is quadratic in their number.
    by_indicator: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        by_indicator.setdefault(row["indicator"], []).append(row)
    for history in histories:
        mine = by_indicator.get(history.name, [])
        mine = mine + [derived_row(history, p) for p in history.points if p.derived]
        enriched = _enrich(sort_rows(mine), by_slug, catalog, by_name, site)
        files.append(OutputFile(f"indicators/{history.slug}/data.csv", to_csv(enriched, PUBLISHED_COLUMNS)))
        files.append(OutputFile(f"indicators/{history.slug}/data.json", _document(enriched, reports, site)))
    # Every region gets its files, even one whose bulletins state no figure: the data page links them all.
    regions: dict[str, list[dict[str, Any]]] = {path_segment(r.meta.region): [] for r in reports}
    for row in every:
        regions.setdefault(path_segment(row["region"]), []).append(row)
    for segment, region_rows in sorted(regions.items()):
        files.append(OutputFile(f"data/regions/{segment}.csv", to_csv(region_rows, PUBLISHED_COLUMNS)))
        files.append(OutputFile(f"data/regions/{segment}.json", _document(region_rows, reports, site)))
    return files
