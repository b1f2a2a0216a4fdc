"""Results remembered by the identity of their inputs (core/memo.py): reused only for the very same
objects and equal plain values, never for equal-looking objects or values of another type."""

from __future__ import annotations

from dataclasses import dataclass

from bulletin.core.memo import by_identity
from bulletin.site.views import bulletin_card, indicator_row


@dataclass(frozen=True)
class _Box:
    value: float


def test_a_result_is_reused_for_the_same_object_and_equal_plain_values_only() -> None:
    calls: list[tuple] = []

    @by_identity()
    def show(box: _Box, lang: str, wide: bool | int) -> str:
        calls.append((box, lang, wide))
        return f"{box.value}/{lang}/{wide!r}"

    box = _Box(1.0)
    assert show(box, "en", True) == "1.0/en/True"
    assert show(box, "e" + "n", True) == "1.0/en/True"  # an equal string, another object: reused
    assert len(calls) == 1
    assert show(_Box(1.0), "en", True) == "1.0/en/True"  # an equal box is not the same box
    assert show(box, "en", 1) == "1.0/en/1"  # 1 == True, but not the same value to show
    assert show(box, "zh-CN", True) == "1.0/zh-CN/True"
    assert len(calls) == 4


def test_floats_are_compared_by_identity_so_the_sign_of_zero_is_kept() -> None:
    @by_identity()
    def signed(x: float) -> str:
        return f"{x:+.1f}"

    assert signed(0.0) == "+0.0"
    assert signed(-0.0) == "-0.0"


def test_the_memory_is_bounded() -> None:
    @by_identity(limit=3)
    def same(box: _Box) -> _Box:
        return box

    boxes = [_Box(float(i)) for i in range(10)]
    for box in boxes:
        assert same(box) is box
    assert same(boxes[-1]) is boxes[-1]


def test_views_of_an_unchanged_report_share_their_rows_and_a_changed_one_gets_new_ones(
    tmp_path, catalog
) -> None:
    from bulletin.core.model import SiteConfig, SourceFile
    from bulletin.read import parse_report
    from conftest import bulletin_text

    config = SiteConfig(root=tmp_path, output_dir=tmp_path / "site")
    text = bulletin_text("上半年,全区地区生产总值完成682.3亿元,同比增长8.4%。")
    report, _ = parse_report(SourceFile("content/2023/h1.md", text, "0"), config, catalog)
    again, _ = parse_report(
        SourceFile("content/2023/h1.md", text.replace("8.4", "8.5"), "1"), config, catalog
    )
    assert report is not None and again is not None
    assert bulletin_card(report, "zh-CN") is bulletin_card(report, "zh-CN")
    assert bulletin_card(report, "en") is not bulletin_card(report, "zh-CN")
    assert bulletin_card(report, "en")["period"] != bulletin_card(report, "zh-CN")["period"]
    row, changed = report.indicators[0], again.indicators[0]
    assert indicator_row(row, "zh-CN") is indicator_row(row, "zh-CN")
    assert indicator_row(row, "zh-CN")["yoy"].endswith("8.4")
    assert indicator_row(changed, "zh-CN")["yoy"].endswith("8.5")
