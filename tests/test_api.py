"""The public API: the names it exports, and that they work as a library user calls them."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import bulletin
from bulletin.core.errors import Severity

EXAMPLE = Path(__file__).resolve().parent.parent


def test_exported_names_are_pinned() -> None:
    assert bulletin.__all__ == [
        "BuildResult",
        "Catalog",
        "Diagnostic",
        "ReadOptions",
        "Report",
        "SiteConfig",
        "SourceFile",
        "__version__",
        "build",
        "check",
        "load_catalog",
        "load_config",
        "read_report",
    ]
    for name in bulletin.__all__:
        assert getattr(bulletin, name) is not None


def test_build_is_the_function_even_after_the_pipeline_is_imported() -> None:
    import bulletin.pipeline

    assert callable(bulletin.build) and bulletin.build.__name__ == "build"
    assert callable(bulletin.check) and bulletin.check.__name__ == "check"


def test_unknown_attribute_is_an_attribute_error() -> None:
    try:
        bulletin.nothing_here  # noqa: B018
    except AttributeError as exc:
        assert "nothing_here" in str(exc)
    else:
        raise AssertionError("expected AttributeError")


def test_import_is_light() -> None:
    code = "import sys, bulletin; assert not {'pandas', 'matplotlib', 'jinja2'} & set(sys.modules)"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_check_gives_library_users_the_cli_diagnostics(make_site) -> None:
    root = make_site(
        {
            "content/a.md": "---\ntitle: 甲\ndate: 2023-07-15\nperiod: 2023-H3\n"
            "region: 示例区\n---\n正文。\n",
        }
    )
    config, problems = bulletin.load_config(root)
    assert problems == ()
    result = bulletin.check(config)
    assert [(d.code, d.location.path, d.location.line) for d in result.diagnostics] == [
        ("E208", "content/a.md", 4)
    ]
    assert all(isinstance(d, bulletin.Diagnostic) for d in result.diagnostics)
    assert result.diagnostics[0].severity is Severity.ERROR


def test_read_report_reads_one_file() -> None:
    text = (EXAMPLE / "content" / "2023" / "2023-h1.md").read_text(encoding="utf-8")
    catalog, _ = bulletin.load_catalog(EXAMPLE)
    source = bulletin.SourceFile("content/2023/2023-h1.md", text, hashlib.sha256(text.encode()).hexdigest())
    report, problems = bulletin.read_report(
        source, catalog, bulletin.ReadOptions(default_region="滨河经开区")
    )
    assert isinstance(report, bulletin.Report)
    assert not [d for d in problems if d.severity is Severity.ERROR]
    assert any(row.name == "地区生产总值" for row in report.indicators)
