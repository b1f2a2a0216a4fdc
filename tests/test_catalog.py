"""Tests for bulletin.catalog: aliases, lookup, the site's content/indicators.yaml, E306."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bulletin.cli import main
from bulletin.content.catalog import Catalog, Entry, load_catalog, normalize_name
from bulletin.core.errors import Severity
from conftest import REPO, bulletin_text

SITE_FILE = "content/indicators.yaml"

# --- the built-in catalogue -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("spelling", "canonical"),
    [
        ("规模以上工业增加值", "规模以上工业增加值"),
        ("规上工业增加值", "规模以上工业增加值"),
        ("industrial value added", "规模以上工业增加值"),
        ("Industrial value added above designated size", "规模以上工业增加值"),
        ("GDP", "地区生产总值"),
        ("gdp", "地区生产总值"),
        ("gross regional product", "地区生产总值"),
        ("Gross domestic product (GDP)", "地区生产总值"),
        ("生产总值", "地区生产总值"),
        ("CPI", "居民消费价格指数"),
        ("consumer prices", "居民消费价格指数"),
        ("居民消费价格", "居民消费价格指数"),
        ("登记失业率", "城镇登记失业率"),
        ("registered unemployment rate", "城镇登记失业率"),
        ("urban unemployment rate", "城镇调查失业率"),
        ("fixed-asset investment", "固定资产投资"),
        ("fixed asset investment", "固定资产投资"),
        ("社零额", "社会消费品零售总额"),
        ("综合考评排名", "综合排名"),
    ],
)
def test_aliases_lead_to_one_entry(catalog: Catalog, spelling: str, canonical: str) -> None:
    entry = catalog.lookup(spelling)
    assert entry is not None
    assert entry.name == canonical


def test_industrial_value_added_spellings_are_the_same_entry(catalog: Catalog) -> None:
    entries = {
        id(catalog.lookup(s)) for s in ("规上工业增加值", "规模以上工业增加值", "industrial value added")
    }
    assert len(entries) == 1
    assert catalog.lookup("规上工业增加值") is catalog.lookup("industrial value added")


@pytest.mark.parametrize(
    "spelling",
    [
        "Industrial Value Added",
        "INDUSTRIAL VALUE ADDED",
        "industrial  value   added",
        " industrial value added ",
        "industrial\tvalue\nadded",
        "industrialvalueadded",
        "Industrial value added",
    ],
)
def test_english_lookup_ignores_case_and_spaces(catalog: Catalog, spelling: str) -> None:
    entry = catalog.lookup(spelling)
    assert entry is not None and entry.name == "规模以上工业增加值"


@pytest.mark.parametrize(
    "spelling",
    [
        "城乡居民储蓄存款余额",
        "高技术制造业增加值",
        "网上零售额",
        "制造业投资",
        "online retail sales",
        "GDPR",
        "",
    ],
)
def test_longer_or_unknown_names_are_not_found(catalog: Catalog, spelling: str) -> None:
    # a longer name that contains an alias is another series: unknown, or a catalogue entry of its own
    # (网上零售额, online retail sales), never the shorter name's entry
    entry = catalog.lookup(spelling)
    assert entry is None or spelling.lower() in (entry.name, entry.en.lower())


def test_no_spelling_belongs_to_two_entries(catalog: Catalog) -> None:
    owner: dict[str, str] = {}
    for entry in catalog.entries:
        for spelling in (entry.name, entry.en, *entry.aliases):
            key = normalize_name(spelling)
            assert owner.setdefault(key, entry.name) == entry.name, spelling


def test_every_spelling_looks_up_its_own_entry(catalog: Catalog) -> None:
    for entry in catalog.entries:
        for spelling in (entry.name, entry.en, *entry.aliases):
            assert catalog.lookup(spelling) is entry, spelling


def test_names_are_longest_first_and_complete(catalog: Catalog) -> None:
    names = catalog.names()
    assert [len(n) for n in names] == sorted((len(n) for n in names), reverse=True)
    assert {"规上工业增加值", "GDP", "industrial value added", "地区生产总值"} <= set(names)


def test_entry_for_an_unknown_name_is_an_ad_hoc_entry(catalog: Catalog) -> None:
    entry = catalog.entry_for("新签约亿元以上项目")
    assert entry.name == "新签约亿元以上项目"
    assert entry.category == "other"
    assert catalog.lookup("新签约亿元以上项目") is None
    assert catalog.entry_for("GDP") is catalog.lookup("地区生产总值")


_english = [(s, e.name) for e in load_catalog(None)[0].entries for s in (e.en, *e.aliases) if s.isascii()]


@settings(max_examples=300, derandomize=True, deadline=None)
@given(
    pair=st.sampled_from(_english),
    flips=st.lists(st.booleans(), min_size=80, max_size=80),
    pad=st.sampled_from(["", " ", "  ", "\t", "\u3000"]),
)
def test_english_lookup_property(pair: tuple[str, str], flips: list[bool], pad: str) -> None:
    """Any English spelling, in any mix of case and with any padding, finds its entry."""
    catalog = load_catalog(None)[0]
    spelling, canonical = pair
    mixed = "".join(c.upper() if f else c.lower() for c, f in zip(spelling, flips, strict=False))
    mixed += spelling[len(flips) :]
    spaced = pad + mixed.replace(" ", " " + pad) + pad
    entry = catalog.lookup(spaced)
    assert entry is not None and entry.name == canonical


# --- content/indicators.yaml in a site ---------------------------------------------------------

EXTEND_AND_OVERRIDE = """\
indicators:
  - name: 新签约亿元以上项目
    en: Newly signed projects over 100 million yuan
    slug: big-new-projects
    aliases: [亿元以上新签约项目, big new projects]
    unit: 个
    category: investment
    order: 36
  - name: 地区生产总值
    en: Gross regional product
    aliases: [本区GDP, GDP of the zone]
    unit: 万元
"""


def test_site_catalogue_adds_a_new_entry(make_site) -> None:
    root = make_site({SITE_FILE: EXTEND_AND_OVERRIDE})
    catalog, problems = load_catalog(root)
    assert problems == ()
    entry = catalog.lookup("亿元以上新签约项目")
    assert entry is not None
    assert entry == Entry(
        name="新签约亿元以上项目",
        en="Newly signed projects over 100 million yuan",
        slug="big-new-projects",
        aliases=("亿元以上新签约项目", "big new projects"),
        unit="个",
        category="investment",
        order=36,
    )
    assert catalog.lookup("Big New Projects") is entry
    assert catalog.lookup("新签约亿元以上项目") is entry


def test_site_catalogue_overrides_field_by_field_and_merges_aliases(make_site, catalog: Catalog) -> None:
    builtin = catalog.lookup("地区生产总值")
    assert builtin is not None
    root = make_site({SITE_FILE: EXTEND_AND_OVERRIDE})
    site_catalog, problems = load_catalog(root)
    assert problems == ()
    entry = site_catalog.lookup("地区生产总值")
    assert entry is not None
    # the fields the site gives win ...
    assert entry.en == "Gross regional product"
    assert entry.unit == "万元"
    # ... the others are the built-in ones ...
    for field in ("slug", "category", "order", "growth_basis", "additive", "key", "description"):
        assert getattr(entry, field) == getattr(builtin, field), field
    # ... and the aliases are the union, built-in ones first.
    assert entry.aliases == (*builtin.aliases, "本区GDP", "GDP of the zone")
    for spelling in ("GDP", "gross regional product", "本区GDP", "gdp of the zone", "Gross regional product"):
        assert site_catalog.lookup(spelling) is entry, spelling
    # one entry, not two
    assert sum(e.name == "地区生产总值" for e in site_catalog.entries) == 1
    assert len(site_catalog.entries) == len(catalog.entries) + 1


def test_override_without_aliases_keeps_the_builtin_aliases(make_site, catalog: Catalog) -> None:
    root = make_site({SITE_FILE: "indicators:\n  - {name: 规模以上工业增加值, key: false}\n"})
    site_catalog, problems = load_catalog(root)
    assert problems == ()
    entry = site_catalog.lookup("规上工业增加值")
    builtin = catalog.lookup("规上工业增加值")
    assert entry is not None and builtin is not None
    assert entry.key is False and builtin.key is True
    assert entry.aliases == builtin.aliases


def test_the_example_site_catalogue_loads_cleanly() -> None:
    catalog, problems = load_catalog(REPO)
    assert problems == ()
    entry = catalog.lookup("中欧班列")
    assert entry is not None and entry.name == "中欧班列开行"


def test_no_site_file_is_the_builtin_catalogue(make_site, catalog: Catalog) -> None:
    root = make_site({})
    site_catalog, problems = load_catalog(root)
    assert problems == ()
    assert site_catalog.entries == catalog.entries


def test_site_catalogue_entry_is_used_when_extracting(make_site, runner) -> None:
    root = make_site(
        {
            SITE_FILE: EXTEND_AND_OVERRIDE,
            "content/a.md": bulletin_text("上半年,新签约亿元以上项目12个,同比增长20%。"),
        }
    )
    result = runner.invoke(main, ["extract", str(root / "content/a.md"), "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [(r["indicator"], r["indicator_en"], r["value"], r["unit"], r["yoy_pct"]) for r in rows] == [
        ("新签约亿元以上项目", "Newly signed projects over 100 million yuan", 12, "个", 20)
    ]


# --- a malformed content/indicators.yaml is an E306 diagnostic, never an exception ---------------

MALFORMED = [
    ("not-a-list", "indicators: 5\n", 1),
    ("top-level-list", "- name: 地区生产总值\n", 1),
    ("entry-without-name", "indicators:\n  - en: Something\n", 2),
    ("entry-not-a-mapping", "indicators:\n  - 5\n", 2),
    ("name-not-text", "indicators:\n  - {name: 5}\n", 2),
    ("unknown-field", "indicators:\n  - {name: 新指标, colour: red}\n", 2),
    ("bad-growth-basis", "indicators:\n  - {name: 新指标, growth_basis: real}\n", 2),
    ("bad-slug", "indicators:\n  - {name: 新指标, slug: Bad Slug}\n", 2),
    ("bad-order", "indicators:\n  - {name: 新指标, order: high}\n", 2),
    ("aliases-not-a-list", "indicators:\n  - {name: 新指标, aliases: 别名}\n", 2),
    ("en-not-text", "indicators:\n  - {name: 新指标, en: 5}\n", 2),
    ("key-not-bool", "indicators:\n  - {name: 新指标, key: 'yes'}\n", 2),
    ("second-entry-bad", "indicators:\n  - {name: 新指标}\n  - {name: 另一个, order: x}\n", 3),
    ("categories-a-list", "indicators: []\ncategories: [a, b]\n", None),
    ("categories-a-number", "indicators: []\ncategories: 5\n", None),
    ("category-order-not-a-number", "indicators: []\ncategories:\n  x: {zh: 甲, order: high}\n", None),
    ("yaml-syntax-error", "indicators:\n  - name: [unclosed\n", None),
]


@pytest.mark.parametrize(("text", "line"), [m[1:] for m in MALFORMED], ids=[m[0] for m in MALFORMED])
def test_malformed_site_catalogue_is_e306(make_site, catalog: Catalog, text: str, line: int | None) -> None:
    root = make_site({SITE_FILE: text})
    site_catalog, problems = load_catalog(root)
    assert [(d.severity, d.code, d.location.path) for d in problems] == [(Severity.ERROR, "E306", SITE_FILE)]
    if line is not None:
        assert problems[0].location.line == line
    # the built-in catalogue still works
    assert site_catalog.lookup("规上工业增加值") is not None


@pytest.mark.parametrize(
    "text",
    [
        "indicators: []\ncategories: [a, b]\n",
        "indicators:\n  - {name: 新指标, order: high}\n",
    ],
    ids=["categories-a-list", "bad-order"],
)
def test_check_reports_a_malformed_site_catalogue(make_site, runner, text: str) -> None:
    root = make_site({SITE_FILE: text, "content/a.md": bulletin_text()})
    result = runner.invoke(main, ["check", str(root), "--format", "json"])
    assert result.exit_code == 1, result.output  # a content error, not an internal error (3)
    assert "E306" in result.stdout
    assert SITE_FILE in result.stdout


def test_the_overall_index_is_the_index(catalog: Catalog) -> None:
    # price tables head their first row 居民消费价格总指数: the catalogue's 居民消费价格指数
    pairs = [("居民消费价格总指数", "居民消费价格指数"), ("商品零售价格总指数", "商品零售价格指数")]
    for written, name in pairs:
        found = catalog.lookup(written)
        assert found is not None and found.name == name
        assert written in catalog.names()  # and prose is scanned for it
    assert catalog.lookup("居民消费总指数价格") is None
