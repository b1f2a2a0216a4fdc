"""Starting points for editors: ``bulletin new`` (one bulletin) and ``bulletin init`` (a whole site).

``new`` fills a Jinja template (``templates/new/bulletin.md.j2``; a site's own
copy overrides the theme's) with complete front-matter and the usual outline
of an economic review, listing the headline indicators this region published
in its latest bulletin so the editor knows what to report. Neither command
ever overwrites a file.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import jinja2

from bulletin.core.model import Report, SiteConfig
from bulletin.core.periods import Period
from bulletin.core.slugs import path_segment, slugify
from bulletin.site.render import theme_dir

__all__ = ["GITIGNORE", "WORKFLOW", "Placeholder", "init_site", "new_bulletin", "placeholders"]

NEW_TEMPLATE = "new/bulletin.md.j2"
_MAX_PLACEHOLDERS = 8


@dataclass(frozen=True)
class Placeholder:
    """A headline indicator to report again: its names and unit, and whether it had a growth rate."""

    name: str
    en: str
    unit: str
    yoy: bool


def placeholders(reports: tuple[Report, ...], region: str, period: Period) -> tuple[Placeholder, ...]:
    """The indicators of this region's latest bulletin before ``period`` (key indicators first)."""
    earlier = [r for r in reports if r.meta.region == region and r.meta.period.sort_key() < period.sort_key()]
    if not earlier:
        return ()
    latest = max(earlier, key=lambda r: (r.meta.period.sort_key(), r.meta.date, r.meta.path))
    rows = [i for i in latest.indicators if i.period.same_span(latest.meta.period)]
    rows.sort(key=lambda i: (i.order, i.line))
    seen: dict[str, Placeholder] = {}
    for row in rows:
        seen.setdefault(row.name, Placeholder(row.name, row.name_en, row.unit, row.yoy_pct is not None))
    return tuple(seen.values())[:_MAX_PLACEHOLDERS]


def _template(config: SiteConfig) -> jinja2.Template:
    # Markdown, not HTML: nothing to escape, and escaping would corrupt names like R&D.
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(config.templates_dir), str(theme_dir())]),
        autoescape=jinja2.select_autoescape(["html", "xml"]),
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    return env.get_template(NEW_TEMPLATE)


def new_bulletin(
    config: SiteConfig,
    title: str,
    period: Period,
    region: str,
    date: dt.date,
    lang: str,
    indicators: tuple[Placeholder, ...],
) -> Path:
    """Write ``content/<year>/<slug>.md``; FileExistsError when it is there already."""
    slug = period.code.lower()
    if config.default_region and region != config.default_region:
        slug = f"{slugify(region) or path_segment(region)}-{slug}"
    path = config.content_dir / str(period.year) / f"{slug}.md"
    text = _template(config).render(
        title=title,
        date=date.isoformat(),
        period=period,
        region=region,
        lang=lang,
        site_language=config.language,
        indicators=indicators,
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("x", encoding="utf-8") as handle:  # "x": never overwrite an editor's work
        handle.write(text)
    return path


WORKFLOW = """\
# Build the site on every push; publish site/ to GitHub Pages from main.
# Settings > Pages > Source: GitHub Actions. Set base_url in bulletin.yaml to /<repository>/
# (or / with a custom domain).
name: site

on:
  push:
  pull_request:
  workflow_dispatch:

permissions:
  contents: read
  pages: write
  id-token: write

concurrency:
  group: site-${{ github.ref }}
  cancel-in-progress: true

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - name: Install bulletin
        # The bulletin repository installs itself; a site lists bulletin in requirements.txt.
        run: if [ -f pyproject.toml ]; then pip install .; else pip install -r requirements.txt; fi
      - name: Build (a warning fails the build too)
        run: bulletin build --strict --format github
      - name: Upload the site
        if: github.ref == 'refs/heads/main' && github.event_name != 'pull_request'
        uses: actions/upload-pages-artifact@v3
        with:
          path: site

  deploy:
    if: github.ref == 'refs/heads/main' && github.event_name != 'pull_request'
    needs: build
    runs-on: ubuntu-latest
    environment:
      name: github-pages
      url: ${{ steps.deployment.outputs.page_url }}
    steps:
      - id: deployment
        uses: actions/deploy-pages@v4
"""

GITIGNORE = "/site/\n/.site-*/\n.bulletin-cache/\n.venv/\n__pycache__/\n"

_CONFIG = """\
title: {title}
description: {title}历期经济运行分析报告与主要指标数据
language: zh-CN
default_region: {region}
# GitHub Pages without a custom domain serves the site under /<repository>/:
base_url: /
"""

_EXAMPLE = """\
---
title: {year}年上半年经济运行情况
date: {year}-07-20
period: {year}-H1
region: {region}
summary: 上半年，全区经济运行稳中有进。
tags: [经济运行, 半年报]
---

## 总体情况

上半年，全区实现地区生产总值120.5亿元，同比增长6.2%。

## 工业与投资

规模以上工业增加值同比增长7.1%。固定资产投资同比增长5.3%。

## 消费

社会消费品零售总额45.8亿元，同比增长8.0%。
"""


_ABOUT = """\
---
title: 关于本站
summary: 本站发布{region}历期经济运行公报和主要指标数据。
---

本站发布{region}的经济运行分析报告（公报）及其中的主要指标数据。

## 数据来源

公报中的数据来自{region}统计部门。每个指标页面都注明了数据出自哪一篇公报。

## 联系我们

如发现数据有误，请联系本站编辑。
"""


def init_site(
    target: Path, title: str = "经济运行公报", region: str = "示例区", year: int = 2024
) -> list[Path]:
    """Create a site that builds at once; FileExistsError if ``target`` has files already."""
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise FileExistsError(str(target))
    files = {
        "bulletin.yaml": _CONFIG.format(title=title, region=region),
        f"content/{year}/{year}-h1.md": _EXAMPLE.format(year=year, region=region),
        "content/pages/about.md": _ABOUT.format(region=region),
        ".gitignore": GITIGNORE,
        "requirements.txt": "bulletin\n",
        ".github/workflows/site.yml": WORKFLOW,
    }
    written = []
    for rel, text in files.items():
        path = target / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
