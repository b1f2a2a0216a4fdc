"""The floor: the least any Python generator of these sites must do, timed by peers.py as a process.

Run: python benchmarks/floor.py SITE_DIR OUT_DIR [--processes 2]

Front-matter with PyYAML's C loader (libyaml), the body with markdown-it-py (CommonMark + tables),
one small Jinja2 template, one file written per bulletin; the files shared out over 2 processes.
No checks, no figures read, no indicator pages, no charts: what bulletin does beyond this is what
its features cost.
"""

from __future__ import annotations

import argparse
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import jinja2
import yaml
from markdown_it import MarkdownIt

PAGE = jinja2.Template(
    """<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{{ meta.title }}</title></head>
<body><article><h1>{{ meta.title }}</h1><p>{{ meta.date }} · {{ meta.region }} · {{ meta.period }}</p>
{{ body }}
<table>{% for i in meta.indicators or () %}<tr><td>{{ i.name }}</td><td>{{ i.value }}</td>
<td>{{ i.unit }}</td><td>{{ i.yoy }}</td></tr>{% endfor %}</table></article></body></html>
""",
    autoescape=True,
)
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def build_files(paths: list[str], out: str) -> int:
    md = MarkdownIt("commonmark").enable("table")
    for name in paths:
        text = Path(name).read_text(encoding="utf-8")
        _, head, body = text.split("---\n", 2)
        meta = yaml.load(head, Loader=LOADER)
        html = PAGE.render(meta=meta, body=jinja2.utils.markupsafe.Markup(md.render(body)))
        target = Path(out) / "bulletins" / str(meta["slug"]) / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(html, encoding="utf-8")
    return len(paths)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--processes", type=int, default=2)
    args = parser.parse_args(argv)
    paths = sorted(str(p) for p in (args.site / "content").rglob("*.md"))
    chunks = [paths[i :: args.processes] for i in range(args.processes)]
    with ProcessPoolExecutor(args.processes) as pool:
        done = sum(pool.map(build_files, chunks, [str(args.out)] * len(chunks)))
    print(f"{done} pages; YAML loader: {LOADER.__name__}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
