"""The indicator catalogue: canonical names, aliases, English names, metadata.

Stage contract: ``load_catalog(site_root)`` -> ``(Catalog, diagnostics)``.
The built-in catalogue ships as ``data/catalog.yaml``; a site may extend or
override it with ``content/indicators.yaml`` (an entry with an existing
``name`` is updated field by field; new names are added). ``Catalog.lookup``
maps any alias, in any case and with or without spaces, to its entry.
"""

from __future__ import annotations

import functools
import os
import re
import unicodedata
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

from bulletin.content.sources import MAX_FILE_BYTES, decode_text
from bulletin.content.yamlsafe import load_yaml
from bulletin.core.errors import ContentError, Diagnostic, Location, error
from bulletin.core.safefs import display_name, link_problem, odd_text, read_regular
from bulletin.core.slugs import is_valid_slug, path_segment

__all__ = ["Catalog", "Category", "Entry", "load_catalog", "normalize_name"]

SITE_FILE = "content/indicators.yaml"
MAX_NAME_CHARS = 100  # an indicator name or alias; the longest official name is ~30
_FIELDS = (
    "name",
    "en",
    "slug",
    "aliases",
    "unit",
    "category",
    "order",
    "growth_basis",
    "additive",
    "key",
    "description",
)


@dataclass(frozen=True, slots=True)
class Entry:
    """One catalogue indicator."""

    name: str
    en: str
    slug: str
    aliases: tuple[str, ...] = ()
    unit: str = ""
    category: str = "other"
    order: int = 1000
    growth_basis: str = "nominal"
    additive: bool = False
    key: bool = False
    description: str = ""

    @property
    def comparable(self) -> bool:
        """Official growth is at comparable prices or on a comparable basis."""
        return self.growth_basis == "comparable"


@dataclass(frozen=True, slots=True)
class Category:
    """A group of indicators, with its names and position."""

    key: str
    zh: str
    en: str
    order: int


def spellings(entry: Entry) -> tuple[str, ...]:
    """Every name of an entry, with the 总指数 form of each index (居民消费价格总指数 is the overall
    居民消费价格指数, as price tables head their first row)."""
    names = (entry.name, entry.en, *entry.aliases)
    return names + tuple(n[:-2] + "总指数" for n in names if n.endswith("指数") and not n.endswith("总指数"))


@functools.lru_cache(maxsize=1 << 16)
def normalize_name(name: str) -> str:
    """The form aliases are matched in: NFKC, lower case, no spaces or quotes. (Pure and called
    for every name a sentence might hold: remembered.)"""
    text = " ".join(unicodedata.normalize("NFKC", name).lower().split())  # (so '  added  value' is read)
    # 'added value in the services sector' is 'value added of the services sector': one measure
    text = _ADDED_IN.sub("value added of", _ADDED_VALUE.sub("value added", text))
    # 'the production of raw coal' and '830 million tons of raw coal were produced' (raw coal
    # production): one series, however the sentence turns it
    text = _GOODS_OF.sub(r"\g<goods> \g<what>", text)
    text = _GOODS_VOLUME.sub(r"\g<what>", text)
    text = _PER_CAPITA_AFTER.sub(r"per capita \1", text)  # 'disposable income per capita of …'
    # an article names nothing: 'above (a|the) designated size', '(the) total volume of …'
    text = _NOT_IN_NAMES.sub("", _ARTICLE.sub(" ", _RECORD.sub("", text)))
    text = _FIRMS_INDUSTRY.sub(r"\1工业", text)  # 规模以上工业企业工业增加值 is 规模以上工业增加值
    text = re.sub(r"(?<=投资)额$", "", text)  # 完成投资额 is 完成投资: one series
    text = re.sub(r"(?<=产业)企业(?=增加值$)", "", text)  # an industry's firms' value added is the industry's
    return _SHORT_INDUSTRY.sub(r"第\1产业", text)  # 一产用电量 is 第一产业用电量


_GOODS_OF = re.compile(
    r"^(?:the )?(?P<what>production|output|processing|imports|exports|consumption) of "
    r"(?:the )?(?P<goods>[a-z][a-z -]*)$"
)
_GOODS_VOLUME = re.compile(
    r"(?<= )(?P<what>production|output|processing|imports|exports|consumption) volume$"
)
_PER_CAPITA_AFTER = re.compile(
    r"^((?:net |disposable |consumption )?(?:income|expenditure|spending)) per capita\b"
)
_ADDED_VALUE = re.compile(r"^(?:added value|value-added)\b")
_ADDED_IN = re.compile(r"^value added in\b")
_ARTICLE = re.compile(r"\b(?:the|a)\b(?=\s)")
# 'a historical high grain output of …': how it compares says nothing of which series it is
_RECORD = re.compile(r"^(?:(?:a|an|the)\s+)?(?:(?:historical|historic|record|all-time|new)[- ]high|record)\s")
# (and 规模以上工业工业总产值, 工业 written twice, is 规模以上工业总产值)
_FIRMS_INDUSTRY = re.compile(r"^(规模以上|规上)工业(?:企业)?工业(?=增加值|总产值|产值)")
_SHORT_INDUSTRY = re.compile(r"^([一二三])产(?![业品值量])")
_NOT_IN_NAMES = re.compile(r"[\s'’\"“”()()\-_]")


@dataclass(frozen=True, slots=True)
class Catalog:
    """All known indicators, looked up by any of their names."""

    entries: tuple[Entry, ...]
    categories: tuple[Category, ...]
    # Built once in __post_init__ and never changed after: lookups are pure, so reading one
    # file never depends on which files were read before it.
    _index: dict[str, Entry] = field(default_factory=dict, repr=False, compare=False)
    _names: list[tuple[str, ...]] = field(default_factory=list, repr=False, compare=False)

    def __post_init__(self) -> None:
        for entry in self.entries:
            for alias in (*entry.aliases, entry.en, entry.name, *spellings(entry)[2 + len(entry.aliases) :]):
                self._index.setdefault(normalize_name(alias), entry)
        for entry in self.entries:  # canonical names win over another entry's alias
            self._index[normalize_name(entry.name)] = entry

    def lookup(self, name: str) -> Entry | None:
        """The entry ``name`` (canonical, alias or English) refers to, if any."""
        return self._index.get(normalize_name(name))

    def names(self) -> tuple[str, ...]:
        """Every spelling the catalogue knows, longest first (for scanning text)."""
        if not self._names:  # computed once per catalogue, and the same tuple every time after
            every = {s for e in self.entries for s in spellings(e)}
            self._names.append(tuple(sorted(every, key=lambda s: (-len(s), s))))
        return self._names[0]

    def category(self, key: str) -> Category:
        """The category ``key``, or a plain one named after it."""
        for cat in self.categories:
            if cat.key == key:
                return cat
        return Category(key, key, key, 99)

    def entry_for(self, name: str) -> Entry:
        """The catalogue entry, or an ad-hoc one spelled from ``name`` for an indicator it lacks."""
        found = self.lookup(name)
        if found is not None:
            return found
        return Entry(name=name, en=name, slug=path_segment(name), category="other", order=5000)

    def series_key(self, name: str) -> str:
        """What makes two spellings one series: the canonical name, or the folded unknown name
        ('GDP zone' and 'gdp Zone' are one series)."""
        found = self.lookup(name)
        return found.name if found is not None else path_segment(normalize_name(name))


def _entry(raw: Any, where: str, line: int, base: Entry | None) -> Entry:
    def bad(message: str, hint: str | None = None) -> ContentError:
        return ContentError([error("E306", message, Location(where, line), hint)])

    if not isinstance(raw, dict) or not isinstance(raw.get("name"), str):
        raise bad("each catalogue entry must be a mapping with a name", "write - name: 地区生产总值")
    unknown = sorted(set(raw) - set(_FIELDS))
    if unknown:
        raise bad(f"unknown catalogue field '{unknown[0]}'", f"known fields: {', '.join(_FIELDS)}")
    values = {k: v for k, v in raw.items() if v is not None}
    for text in (raw["name"], *(values.get("aliases") or []), values.get("en") or "x"):
        if isinstance(text, str) and (not text.strip() or len(text) > MAX_NAME_CHARS or odd_text(text)):
            raise bad(
                f"names and aliases must be 1 to {MAX_NAME_CHARS} visible characters (limit MAX_NAME_CHARS), "
                f"without control, bidi or invisible characters: {display_name(text)[:40]!r}",
                "remove the empty, over-long or odd name",
            )
    if "aliases" in values:
        if not isinstance(values["aliases"], list) or not all(isinstance(a, str) for a in values["aliases"]):
            raise bad(f"aliases of '{raw['name']}' must be a list of names")
        values["aliases"] = tuple(values["aliases"])
    for key in ("en", "slug", "unit", "category", "description", "growth_basis"):
        if key in values and not isinstance(values[key], str):
            raise bad(f"'{key}' of '{raw['name']}' must be text")
    for key in ("additive", "key"):
        if key in values and not isinstance(values[key], bool):
            raise bad(f"'{key}' of '{raw['name']}' must be true or false")
    if "order" in values and (not isinstance(values["order"], int) or isinstance(values["order"], bool)):
        raise bad(f"'order' of '{raw['name']}' must be a whole number")
    if values.get("growth_basis", "nominal") not in ("comparable", "nominal"):
        raise bad(f"growth_basis of '{raw['name']}' must be comparable or nominal")
    if "slug" in values and not is_valid_slug(values["slug"]):
        raise bad(f"invalid slug '{values['slug']}'", "use lowercase ASCII letters, digits and hyphens")
    if base is not None:
        if "aliases" in values:
            values["aliases"] = tuple(dict.fromkeys((*base.aliases, *values["aliases"])))
        return replace(base, **values)
    values.setdefault("en", values["name"])
    values.setdefault("slug", path_segment(values["name"]))
    return Entry(**values)


def _parse(text: str, where: str, base: dict[str, Entry]) -> tuple[dict[str, Entry], dict[str, Category]]:
    data, lines = load_yaml(text, where, 1, code="E306")
    if data is None:
        return {}, {}
    if not isinstance(data, dict) or not isinstance(data.get("indicators", []), list):
        raise ContentError(
            [error("E306", "the catalogue must have an 'indicators' list", Location(where, 1))]
        )
    entries: dict[str, Entry] = {}
    first_line: dict[str, int] = {}
    for i, raw in enumerate(data.get("indicators") or []):
        line = lines.get(("indicators", i), 1)
        name = raw.get("name") if isinstance(raw, dict) else None
        entry = _entry(raw, where, line, base.get(name) if isinstance(name, str) else None)
        if entry.name in entries:  # the second entry would silently win
            raise ContentError(
                [
                    error(
                        "E307",
                        f"'{entry.name}' is declared twice in this catalogue "
                        f"(first on line {first_line[entry.name]})",
                        Location(where, line),
                        "merge the two entries into one",
                    )
                ]
            )
        entries[entry.name] = entry
        first_line[entry.name] = line
    _check_unique_slugs({**base, **entries}, entries, where, first_line)
    return entries, _categories(data.get("categories"), where, lines)


def _check_unique_slugs(
    merged: dict[str, Entry], own: dict[str, Entry], where: str, lines: dict[str, int]
) -> None:
    """Two indicators with one slug would share a page and a download: E307 at the site's entry."""
    owner: dict[str, str] = {}
    for entry in merged.values():
        other = owner.setdefault(entry.slug, entry.name)
        if other != entry.name:
            mine = entry.name if entry.name in own else other
            raise ContentError(
                [
                    error(
                        "E307",
                        f"slug '{entry.slug}' of '{mine}' is already used by "
                        f"'{other if mine == entry.name else entry.name}'",
                        Location(where, lines.get(mine, 1)),
                        "give this entry another slug: slug: my-indicator",
                    )
                ]
            )


def _categories(raw: Any, where: str, lines: dict) -> dict[str, Category]:
    if raw is None:
        return {}
    line = lines.get(("categories",), 1)
    if not isinstance(raw, dict):
        raise ContentError(
            [
                error(
                    "E306",
                    "'categories' must map a key to {zh, en, order}",
                    Location(where, line),
                    "write categories: {trade: {zh: 外贸外资, en: Trade, order: 6}}",
                )
            ]
        )
    categories = {}
    for key, value in raw.items():
        order = value.get("order", 99) if isinstance(value, dict) else None
        if not isinstance(order, int) or isinstance(order, bool):
            raise ContentError(
                [
                    error(
                        "E306",
                        f"category '{key}' must be {{zh, en, order}} with a whole-number order",
                        Location(where, lines.get(("categories", str(key)), line)),
                    )
                ]
            )
        categories[str(key)] = Category(str(key), str(value.get("zh", key)), str(value.get("en", key)), order)
    return categories


@functools.lru_cache(maxsize=1)
def _builtin(text: str) -> tuple[dict[str, Entry], dict[str, Category]]:
    # Parsing the built-in catalogue's YAML takes a long-lived process (serve) ~0.2 s a build;
    # its entries are frozen, and the caller gets its own copies of the two dicts.
    return _parse(text, "catalog.yaml", {})


def load_catalog(site_root: Path | None = None) -> tuple[Catalog, tuple[Diagnostic, ...]]:
    """The built-in catalogue, extended by the site's content/indicators.yaml if present."""
    builtin = resources.files("bulletin.content").joinpath("catalog.yaml").read_text(encoding="utf-8")
    parsed = _builtin(builtin)
    entries, categories = dict(parsed[0]), dict(parsed[1])
    if site_root is not None and os.path.lexists(site_root / SITE_FILE):
        path = site_root / SITE_FILE
        problem = link_problem(path, site_root, SITE_FILE)
        raw, _, unread = read_regular(path, SITE_FILE, MAX_FILE_BYTES) if problem is None else (None, 0, None)
        if raw is None:
            found = problem or unread
            return Catalog(tuple(entries.values()), tuple(categories.values())), (found,) if found else ()
        text, problems = decode_text(raw, SITE_FILE)
        if text is None:
            return Catalog(tuple(entries.values()), tuple(categories.values())), tuple(problems)
        try:
            extra, extra_categories = _parse(text, SITE_FILE, entries)
        except ContentError as exc:
            return Catalog(tuple(entries.values()), tuple(categories.values())), exc.diagnostics
        entries.update(extra)
        categories.update(extra_categories)
    ordered = sorted(entries.values(), key=lambda e: (e.order, e.name))
    return Catalog(tuple(ordered), tuple(sorted(categories.values(), key=lambda c: (c.order, c.key)))), ()
