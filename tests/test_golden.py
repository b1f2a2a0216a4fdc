"""A small fixture site built and compared byte for byte with its golden copy.

Regenerate after an intended change with ``pytest tests/test_golden.py --update-golden`` and
review the diff like code. Charts are compared by id (their cache key's readable part) and by
their text alternative, which is generated from the chart's data, not by the SVG drawing:
a matplotlib upgrade must not fail this test, a changed figure must. Link-preview PNGs are
compared by path and pixel size (``tests/test_previews.py`` checks their bytes are stable).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from bulletin import build, load_config

HERE = Path(__file__).resolve().parent / "golden"
SOURCE = HERE / "src"
GOLDEN = HERE / "site"
_SVG = re.compile(rb'<svg\b[^>]*?\bid="([^"]+)".*?</svg>', re.DOTALL)


_PNG = b"\x89PNG\r\n\x1a\n"


def _normalised(data: bytes) -> bytes:
    if data.startswith(_PNG):  # a link preview: its size is compared, its pixels (matplotlib's) are not
        width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
        return f"PNG {width}x{height}\n".encode()
    return _SVG.sub(lambda m: b'<svg id="' + m.group(1) + b'"/>', data)


def _files(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): _normalised(p.read_bytes())
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_fixture_site_matches_its_golden_copy(tmp_path: Path, request: pytest.FixtureRequest) -> None:
    out = tmp_path / "site"
    config, problems = load_config(SOURCE, output_dir=out, jobs=1)
    assert problems == ()
    result = build(config)
    assert [str(d) for d in result.diagnostics] == []
    built = _files(out)
    if request.config.getoption("--update-golden"):
        shutil.rmtree(GOLDEN, ignore_errors=True)
        for rel, data in built.items():
            (GOLDEN / rel).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / rel).write_bytes(data)
        pytest.skip("golden copy regenerated; review and commit tests/golden/site/")
    golden = _files(GOLDEN)
    assert sorted(built) == sorted(golden), "files added or missing; run pytest --update-golden if intended"
    changed = [rel for rel in built if built[rel] != golden[rel]]
    assert changed == [], f"{len(changed)} files differ; run pytest --update-golden if intended"


def test_normalising_keeps_a_png_size_and_drops_its_pixels() -> None:
    header = _PNG + b"\x00\x00\x00\rIHDR" + (1200).to_bytes(4, "big") + (630).to_bytes(4, "big")
    assert _normalised(header + b"pixels") == _normalised(header + b"other") == b"PNG 1200x630\n"


def test_normalising_keeps_the_chart_id_and_drops_the_drawing() -> None:
    page = b'<p>a</p><svg xmlns="x" id="chart-1" class="c"><path d="M0"/></svg><p>b</p>'
    assert _normalised(page) == b'<p>a</p><svg id="chart-1"/><p>b</p>'
