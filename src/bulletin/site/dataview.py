"""View data of the data-dictionary page (data/): every column explained, downloads by region."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bulletin.core.model import History
from bulletin.core.slugs import path_segment
from bulletin.site.views import display_names, indicator_url, is_chinese


def data_view(histories: Sequence[History], regions: Sequence[str], lang: str) -> dict[str, Any]:
    """The data dictionary page: every column of the downloads, and every download."""
    from bulletin.data.dictionary import FIELDS

    return {
        "fields": [
            {
                "name": f.name,
                "type": f.type,
                "text": f.zh if is_chinese(lang) else f.en,
                "allowed": ", ".join(f.values),
            }
            for f in FIELDS
        ],
        "regions": [
            {
                "name": r,
                "csv": f"data/regions/{path_segment(r)}.csv",
                "json": f"data/regions/{path_segment(r)}.json",
            }
            for r in regions
        ],
        "indicators": [
            {
                **display_names(h.name, h.name_en, lang),
                "csv": f"{indicator_url(h.slug)}data.csv",
                "json": f"{indicator_url(h.slug)}data.json",
            }
            for h in histories
        ],
    }
