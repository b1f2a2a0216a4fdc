"""The editor's commands and messages: new, init, typing slips, empty sites, typos, languages."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from bulletin.cli import main
from bulletin.editor.scaffold import WORKFLOW
from conftest import REPO, bulletin_text

zh = CliRunner(env={"BULLETIN_LANG": None})  # no override: messages follow the site's language


def test_init_creates_a_site_that_builds_at_once(tmp_path: Path) -> None:
    site = tmp_path / "new-site"
    result = zh.invoke(main, ["init", str(site)])
    assert result.exit_code == 0, result.output
    for rel in ("bulletin.yaml", ".gitignore", "requirements.txt", ".github/workflows/site.yml"):
        assert (site / rel).is_file(), rel
    built = zh.invoke(main, ["build", str(site), "--strict"])
    assert built.exit_code == 0, built.output
    assert (site / "site" / "index.html").is_file()
    assert "已生成 1 篇公报" in built.output
    again = zh.invoke(main, ["init", str(site)])
    assert again.exit_code == 1 and "不是空文件夹" in again.output


def test_this_repository_publishes_with_the_workflow_init_writes() -> None:
    assert (REPO / ".github" / "workflows" / "site.yml").read_text(encoding="utf-8") == WORKFLOW
    assert "bulletin build --strict" in WORKFLOW and "deploy-pages" in WORKFLOW
    assert "refs/heads/main" in WORKFLOW


def test_new_writes_an_outline_with_last_periods_indicators_and_never_overwrites(make_site) -> None:
    body = "上半年，全区地区生产总值完成682.3亿元，同比增长8.4%。社会消费品零售总额120.5亿元，同比增长6.0%。"
    root = make_site(
        {"bulletin.yaml": "default_region: 示例区\n", "content/2023/2023-h1.md": bulletin_text(body=body)}
    )
    result = zh.invoke(main, ["new", "--period", "2024-H1", "--date", "2024-07-20", "--site", str(root)])
    assert result.exit_code == 0, result.output
    path = root / "content" / "2024" / "2024-h1.md"
    assert result.output.strip() == "content/2024/2024-h1.md"
    text = path.read_text(encoding="utf-8")
    assert "period: 2024-H1" in text and "date: 2024-07-20" in text and "region: 示例区" in text
    assert "- 地区生产总值：___亿元，同比增长___%" in text
    assert "社会消费品零售总额" in text and "## 工业生产" in text
    checked = zh.invoke(main, ["check", str(root), "--strict"])
    assert checked.exit_code == 0, checked.output  # the new file is a valid (draft) bulletin
    path.write_text("edited", encoding="utf-8")
    again = zh.invoke(main, ["new", "--period", "2024-H1", "--site", str(root)])
    assert again.exit_code == 1 and "已存在" in again.output
    assert path.read_text(encoding="utf-8") == "edited"


def test_new_uses_the_sites_own_template(make_site) -> None:
    root = make_site(
        {
            "bulletin.yaml": "default_region: 示例区\n",
            "content/2023/a.md": bulletin_text(),
            "templates/new/bulletin.md.j2": "---\ntitle: {{ title }}\n---\n本站模板 {{ period.code }}\n",
        }
    )
    result = zh.invoke(main, ["new", "标题", "--period", "2024-Q1", "--site", str(root)])
    assert result.exit_code == 0, result.output
    assert (root / "content/2024/2024-q1.md").read_text(encoding="utf-8").endswith("本站模板 2024-Q1\n")


@pytest.mark.parametrize(
    ("extra", "line", "col", "words"),
    [
        ("summary：上半年", 6, 8, ["全角冒号", "summary: ..."]),
        ("tags: [经济运行，半年报]", 6, 12, ["全角逗号", "半角逗号"]),
        (
            "indicators:\n  - {name: 地区生产总值, value: 1, unit: 亿元}\n\t- {name: b}",
            8,
            1,
            ["制表符", "空格"],
        ),
        (
            "indicators:\n  - name: 地区生产总值\n    value: 1\n    unit: 亿元\n   - name: 工业增加值",
            10,
            1,
            ["列表项缩进 3 个空格", "缩进 2 个空格"],
        ),
    ],
)
def test_typing_slips_are_named_at_their_own_line_and_column(
    make_site, extra: str, line: int, col: int, words: list[str]
) -> None:
    root = make_site({"content/a.md": bulletin_text(extra=extra)})
    result = zh.invoke(main, ["check", str(root)])
    assert result.exit_code == 1
    assert f"content/a.md:{line}:{col}" in result.output, result.output
    for word in words:
        assert word in result.output, result.output


def test_english_is_available(make_site) -> None:
    root = make_site({"content/a.md": bulletin_text(extra="summary：x")})
    result = zh.invoke(main, ["check", str(root), "--lang", "en"])
    assert "full-width colon" in result.output and "hint:" in result.output


def test_a_folder_without_content_or_bulletins_is_an_error(tmp_path: Path) -> None:
    result = zh.invoke(main, ["build", str(tmp_path)])
    assert result.exit_code == 1 and "E106" in result.output and "content/" in result.output
    (tmp_path / "content").mkdir()
    result = zh.invoke(main, ["build", str(tmp_path)])
    assert result.exit_code == 1 and "E111" in result.output and "没有公报" in result.output


def test_an_indicator_two_characters_off_is_an_error_unless_declared(make_site) -> None:
    extra = "indicators:\n  - {name: 地区生产总直, value: 682.3, unit: 亿元}"
    root = make_site({"content/a.md": bulletin_text(extra=extra)})
    result = zh.invoke(main, ["check", str(root)])
    assert result.exit_code == 1
    assert "content/a.md:7" in result.output and "E308" in result.output
    assert "您是不是想写“地区生产总值”" in result.output
    (root / "content" / "indicators.yaml").write_text(
        "indicators:\n  - {name: 地区生产总直, en: A new one, category: other}\n", encoding="utf-8"
    )
    assert zh.invoke(main, ["check", str(root)]).exit_code == 0


def test_build_formats_and_volume(make_site) -> None:
    root = make_site({"content/a.md": bulletin_text(extra="titel: x")})
    github = zh.invoke(main, ["build", str(root), "--format", "github"])
    assert (
        "::warning file=content/a.md,line=6" in github.output and "未知的 front-matter 字段" in github.output
    )
    quiet = zh.invoke(main, ["build", str(root), "--quiet"])
    assert quiet.exit_code == 0 and "W213" not in quiet.output and "1 个警告" in quiet.output
    plain = zh.invoke(main, ["build", str(root)])
    assert "W213" in plain.output and "\x1b[" not in plain.output  # not a terminal: no colour, no bar
    assert plain.output.strip().splitlines()[-1].startswith("已生成 1 篇公报")
