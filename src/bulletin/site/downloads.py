"""File generator: the data downloads (the data contract), site-wide and per indicator.

``data_files(site, pages)`` -> ``data/indicators.{csv,json}`` and
``indicators/<slug>/data.{csv,json}``, the latter with derived single quarters.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Any

from bulletin.core.model import OutputFile
from bulletin.data.export import contract_rows, derived_rows, sort_rows, to_csv, to_json
from bulletin.site.state import Page, SiteData

__all__ = ["data_files"]


def data_files(site: SiteData, pages: Sequence[Page] = ()) -> Iterator[OutputFile]:
    """The whole table, then one table per indicator series (grouped in one pass). With a
    ``site.publication`` (every build has one): rows that explain themselves, the JSON as an object,
    a Frictionless data package and per-region files (data.publish)."""
    if site.publication is not None:
        from bulletin.data.publish import publish

        stale = site.config.search == "previous"  # serve's quick save kept the downloads as they were
        yield from publish(
            site.rows, site.histories, site.reports, site.catalog, site.publication, site.reuse, stale
        )
        return
    # The contract's rows are made from the reports unless the site holds the dataset's (serve).
    rows = site.rows if site.rows is not None else contract_rows(site.reports)
    yield OutputFile("data/indicators.csv", to_csv(rows))
    yield OutputFile("data/indicators.json", to_json(rows))
    by_name: dict[str, list[dict[str, Any]]] = defaultdict(list)
    # Derived single quarters are made here from the series, not held through the build (a few KB a
    # bulletin); with a publication they come from the series in data.publish the same way.
    for row in (*rows, *derived_rows(site.histories)):
        by_name[row["indicator"]].append(row)
    for history in site.histories:
        rows = sort_rows(by_name.get(history.name, []))
        yield OutputFile(f"indicators/{history.slug}/data.csv", to_csv(rows))
        yield OutputFile(f"indicators/{history.slug}/data.json", to_json(rows))
