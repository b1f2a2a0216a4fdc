"""Split a bulletin's front-matter from its body and type-check every field.

Stage contract: ``parse_meta(source, options)`` -> ``(ReportMeta | None,
diagnostics)``. Reports every bad field of a file at once, each at its own
line; returns None when the file cannot be a bulletin. No I/O.
"""

from __future__ import annotations

import datetime as dt
import difflib
import math
import re
import unicodedata
from pathlib import PurePosixPath
from typing import Any

from bulletin.content.fmsplit import split_front_matter
from bulletin.content.frontlint import lint_front_matter
from bulletin.content.yamlsafe import KeyLines, load_yaml
from bulletin.core.errors import ContentError, Diagnostic, Location, error, has_errors, warning
from bulletin.core.model import DeclaredIndicator, ReadOptions, ReportMeta, SourceFile, measure_of
from bulletin.core.periods import Period, PeriodError, parse_period
from bulletin.core.safefs import display_name, odd_text
from bulletin.core.slugs import is_valid_slug, slugify
from bulletin.core.units import UnitError, parse_number, parse_unit

__all__ = ["KNOWN_KEYS", "parse_meta", "split_front_matter"]

REQUIRED = ("title", "date", "period", "region")
KNOWN_KEYS = (
    *REQUIRED,
    *("slug", "summary", "tags", "author", "source", "lang", "draft", "indicators", "ignore"),
    "type",  # 'page' makes a plain page (content/plainpage.py); 'bulletin' is the default
)
INDICATOR_KEYS = ("name", "value", "unit", "yoy", "rank", "rank_of", "note", "period")
MAX_TAGS = 50  # tags per bulletin: each tag page lists the bulletin with all its tags
MAX_NUMBER = 1e15  # larger than any statistic in 元; bigger or non-finite numbers are typos or attacks
_DATE_RE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_LANG_ALIASES = {"zh": "zh-CN", "zh-cn": "zh-CN", "zh-hans": "zh-CN", "zh-hans-cn": "zh-CN", "en": "en"}
_LANG_RE = re.compile(r"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$")
_BAD_NAME_CHARS = re.compile(r"[\x00-\x1f\x7f/\\]")


class _Checker:
    """Collects every field problem of one file; one instance per file."""

    def __init__(self, path: str, lines: KeyLines) -> None:
        self.path, self.lines = path, lines
        self.found: list[Diagnostic] = []

    def loc(self, *key: str | int) -> Location:
        while key and key not in self.lines:
            key = key[:-1]
        return Location(self.path, self.lines.get(key, self.lines.get((), 1)))

    def fail(self, code: str, message: str, key: tuple[str | int, ...], hint: str | None = None) -> None:
        self.found.append(error(code, message, self.loc(*key), hint))

    def text(self, data: dict, key: str, required: bool = False) -> str:
        value = data.get(key)
        if value is None:
            if required:
                self.fail("E205", f"required field '{key}' is missing", (), f"add a line '{key}: ...'")
            return ""
        if isinstance(value, bool) or not isinstance(value, str | int) or _huge(value):
            # A YAML float (title: .nan, 1e309) would publish 'nan' or 'inf': text must be text.
            self.fail(
                "E206",
                f"'{key}' must be text, not {_kind(value)}",
                (key,),
                "write it as one line of text; put quotes around a number: '2023'",
            )
            return ""
        value = str(value).strip()
        if required and not value:
            self.fail("E205", f"required field '{key}' is empty", (key,), f"give '{key}' a value")
        return value

    def date(self, data: dict) -> dt.date | None:
        raw = self.text(data, "date", required=True)
        if not raw:
            return None
        match = _DATE_RE.match(unicodedata.normalize("NFKC", raw))
        if not match:
            self.fail("E207", f"date '{raw}' is not YYYY-MM-DD", ("date",), "write the date like 2023-08-19")
            return None
        year, month, day = (int(g) for g in match.groups())
        try:
            return dt.date(year, month, day)
        except ValueError as exc:
            self.fail("E207", f"date '{raw}' does not exist ({exc})", ("date",), "check the month and day")
            return None

    def period(self, value: Any, key: tuple[str | int, ...]) -> Period | None:
        if isinstance(value, bool) or not isinstance(value, str | int) or _huge(value):
            self.fail("E208", f"period must be a code like 2023-H1, not {_kind(value)}", key)
            return None
        try:
            return parse_period(str(value))
        except PeriodError as exc:
            self.fail("E208", f"invalid period '{value}': {exc.message}", key, exc.hint)
            return None

    def number(self, value: Any, key: tuple[str | int, ...], what: str) -> tuple[float, int] | None:
        if isinstance(value, bool) or not isinstance(value, str | int | float) or _huge(value):
            self.fail("E301", f"{what} must be a number, not {_kind(value)}", key)
            return None
        try:
            parsed = parse_number(str(value)) if isinstance(value, str) else (float(value), _decimals(value))
        except (ValueError, OverflowError):
            self.fail(
                "E301", f"{what} '{str(value)[:40]}' is not a number", key, "write digits only, e.g. 682.3"
            )
            return None
        if not math.isfinite(parsed[0]) or abs(parsed[0]) > MAX_NUMBER:
            self.fail(
                "E301",
                f"{what} '{str(value)[:40]}' is not a finite number up to {MAX_NUMBER:.0e} "
                "(limit MAX_NUMBER)",
                key,
                "write the figure in digits, e.g. 682.3; .inf and .nan are not figures",
            )
            return None
        return parsed

    def integer(self, value: Any, key: tuple[str | int, ...], what: str) -> int | None:
        parsed = self.number(value, key, what)
        if parsed is None:
            return None
        if parsed[0] != int(parsed[0]) or parsed[0] < 1:
            self.fail("E301", f"{what} must be a whole number of 1 or more, not {value}", key)
            return None
        return int(parsed[0])


def _huge(value: Any) -> bool:
    """An int with more digits than any figure (str() of one with 4,300+ digits even raises)."""
    return isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**18


def _kind(value: Any) -> str:
    if _huge(value):
        return "a number with too many digits"
    return {bool: "true/false", list: "a list", dict: "a mapping", type(None): "empty"}.get(
        type(value), type(value).__name__
    )


def _decimals(value: int | float) -> int:
    if isinstance(value, int):
        return 0
    text = repr(value)
    return len(text.split(".", 1)[1]) if "." in text and "e" not in text else 0


def _name(check: _Checker, value: Any, key: tuple[str | int, ...], what: str) -> str | None:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        check.fail("E214", f"{what} must be text, not {_kind(value)}", key)
        return None
    if _huge(value) or isinstance(value, float):
        check.fail("E214", f"{what} must be text, not {_kind(value)}", key, "put quotes around it")
        return None
    raw = str(value).strip()
    # NFKC: names that look the same are the same ('ＧＤＰ' is 'GDP'); invisible and bidi characters
    # are refused, so no two names that look identical get two pages.
    name = unicodedata.normalize("NFKC", raw)
    if not name or _BAD_NAME_CHARS.search(name) or name in (".", "..") or len(name) > 60 or odd_text(name):
        check.fail(
            "E214",
            f"invalid {what} '{display_name(name[:60])}'",
            key,
            "use a short name without / \\, control, bidi or invisible characters",
        )
        return None
    return raw if unicodedata.normalize("NFKC", raw) == raw else name


def _tags(check: _Checker, data: dict) -> tuple[str, ...]:
    raw = data.get("tags")
    if raw is None:
        return ()
    if isinstance(raw, str):
        raw = [t for t in re.split(r"[,，、]", raw) if t.strip()]
    if not isinstance(raw, list):
        check.fail(
            "E206", f"'tags' must be a list, not {_kind(raw)}", ("tags",), "write tags: [经济运行, 半年报]"
        )
        return ()
    if len(raw) > MAX_TAGS:
        check.fail(
            "E109",
            f"{len(raw):,} tags, over the limit of {MAX_TAGS} per bulletin (limit MAX_TAGS)",
            ("tags",),
            "keep the few tags readers browse by",
        )
        return ()
    names = (_name(check, tag, ("tags", i), "tag") for i, tag in enumerate(raw))
    return tuple(dict.fromkeys(n for n in names if n))


def _ignore(check: _Checker, data: dict) -> tuple[str, ...]:
    """Indicator names whose prose readings the editor silences: ignore: [比全省, 税金]."""
    raw = data.get("ignore")
    if raw is None:
        return ()
    if isinstance(raw, str):
        raw = [raw]
    if not isinstance(raw, list) or not all(isinstance(n, str) and n.strip() for n in raw):
        check.fail(
            "E206", "'ignore' must be a list of indicator names", ("ignore",), "write ignore: [比全省]"
        )
        return ()
    return tuple(dict.fromkeys(n.strip() for n in raw))


def _indicator(check: _Checker, item: Any, index: int) -> DeclaredIndicator | None:
    key: tuple[str | int, ...] = ("indicators", index)
    if not isinstance(item, dict):
        check.fail(
            "E206",
            f"indicator {index + 1} must be a mapping, not {_kind(item)}",
            key,
            "write - {name: 地区生产总值, value: 682.3, unit: 亿元, yoy: 8.4}",
        )
        return None
    for unknown in sorted(set(map(str, item)) - set(INDICATOR_KEYS)):
        close = difflib.get_close_matches(unknown, INDICATOR_KEYS, n=1)
        check.found.append(
            warning(
                "W213",
                f"unknown indicator key '{unknown}'",
                check.loc(*key, unknown),
                f"did you mean '{close[0]}'?" if close else f"known keys: {', '.join(INDICATOR_KEYS)}",
            )
        )
    name = _name(check, item.get("name"), (*key, "name"), "indicator name") if "name" in item else None
    if "name" not in item:
        check.fail("E205", f"indicator {index + 1} has no name", key, "add name: 地区生产总值")
    value = check.number(item["value"], (*key, "value"), "value") if item.get("value") is not None else None
    yoy = check.number(item["yoy"], (*key, "yoy"), "yoy") if item.get("yoy") is not None else None
    rank = check.integer(item["rank"], (*key, "rank"), "rank") if item.get("rank") is not None else None
    rank_of = (
        check.integer(item["rank_of"], (*key, "rank_of"), "rank_of")
        if item.get("rank_of") is not None
        else None
    )
    unit = check.text(item, "unit")
    if unit:
        try:
            parse_unit(unit)
        except UnitError as exc:
            check.fail("E302", exc.message, (*key, "unit"), exc.hint)
    if rank and rank_of and rank > rank_of:
        check.fail("E301", f"rank {rank} is larger than rank_of {rank_of}", (*key, "rank"))
    if all(item.get(k) is None for k in ("value", "yoy", "rank")):
        check.fail("E301", f"indicator '{name}' has no value, yoy or rank", key, "give at least one of them")
    period = check.period(item["period"], (*key, "period")) if item.get("period") is not None else None
    if name is None:
        return None
    return DeclaredIndicator(
        name=name,
        line=check.loc(*key).line or 1,
        measure=measure_of(None, yoy[0] if yoy else None, yoy[1] if yoy else None, rank, rank_of),
        value=value[0] if value else None,
        decimals=value[1] if value else 0,
        unit=unit,
        field_size=rank_of if rank is None else None,
        note=check.text(item, "note"),
        period=period,
    )


def _slug(check: _Checker, data: dict, path: str, period: Period | None) -> str:
    if data.get("slug") is not None:
        slug = check.text(data, "slug")
        if not is_valid_slug(slug):
            suggestion = slugify(slug) or "2023-h1"
            check.fail(
                "E209",
                f"invalid slug '{slug[:80]}'",
                ("slug",),
                f"use lowercase ASCII letters, digits and hyphens, e.g. {suggestion}"
                + (" (con, aux, nul, prn, com1, lpt1 … are reserved names on Windows)" if slug else ""),
            )
            return ""
        return slug
    derived = slugify(PurePosixPath(path).stem)
    if not derived and period is not None:
        derived = period.code.lower()
    if derived and not is_valid_slug(derived):  # a file named con.md: its page could not exist on Windows
        derived += "-page"
    return derived or "bulletin"


def _lang(check: _Checker, data: dict, default: str) -> str:
    raw = check.text(data, "lang") or default
    lang = _LANG_ALIASES.get(raw.lower(), raw)
    if not _LANG_RE.match(lang):
        check.fail("E206", f"invalid language '{raw}'", ("lang",), "use zh-CN or en")
        return default
    return lang


def parse_meta(source: SourceFile, options: ReadOptions) -> tuple[ReportMeta | None, tuple[Diagnostic, ...]]:
    """Validate a file's front-matter into ReportMeta, collecting every problem."""
    try:
        yaml_text, first_line = split_front_matter(source.text, source.path)
        slips = lint_front_matter(yaml_text, source.path, first_line)
        if slips:  # YAML would misreport these, or read them as something else
            return None, slips
        data, lines = load_yaml(yaml_text, source.path, first_line)
    except ContentError as exc:
        return None, exc.diagnostics
    if data is None:
        data = {}
    if not isinstance(data, dict):
        return None, (
            error(
                "E204",
                f"front-matter must be fields (key: value), not {_kind(data)}",
                Location(source.path, first_line),
                "write title: ..., date: ..., period: ... one per line",
            ),
        )
    check = _Checker(source.path, lines)
    for unknown in sorted(set(map(str, data)) - set(KNOWN_KEYS)):
        close = difflib.get_close_matches(unknown, KNOWN_KEYS, n=1)
        check.found.append(
            warning(
                "W213",
                f"unknown front-matter key '{unknown}'",
                check.loc(unknown),
                f"did you mean '{close[0]}'?" if close else f"known keys: {', '.join(KNOWN_KEYS)}",
            )
        )
    title = check.text(data, "title", required=True)
    date = check.date(data)
    period = check.period(data["period"], ("period",)) if data.get("period") is not None else None
    if data.get("period") is None:
        check.fail("E205", "required field 'period' is missing", (), "add a line like 'period: 2023-H1'")
    region = _name(check, data["region"], ("region",), "region") if data.get("region") is not None else None
    region = region or options.default_region
    if region is None and data.get("region") is None:
        check.fail(
            "E205",
            "required field 'region' is missing",
            (),
            "add 'region: ...' or set default_region in bulletin.yaml",
        )
    draft = data.get("draft", False)
    if not isinstance(draft, bool):
        check.fail("E206", f"'draft' must be true or false, not {draft!r}", ("draft",))
        draft = False
    raw_indicators = data.get("indicators") or []
    if not isinstance(raw_indicators, list):
        check.fail("E206", f"'indicators' must be a list, not {_kind(raw_indicators)}", ("indicators",))
        raw_indicators = []
    indicators = tuple(filter(None, (_indicator(check, item, i) for i, item in enumerate(raw_indicators))))
    meta_fields = dict(
        slug=_slug(check, data, source.path, period),
        tags=_tags(check, data),
        ignore=_ignore(check, data),
        lang=_lang(check, data, options.language),
        summary=check.text(data, "summary"),
        author=check.text(data, "author"),
        source=check.text(data, "source"),
    )
    if has_errors(check.found) or not (title and date and period and region):
        return None, tuple(check.found)
    meta = ReportMeta(
        path=source.path,
        title=title,
        date=date,
        period=period,
        region=region,
        draft=draft,
        indicators=indicators,
        line=1,
        **meta_fields,  # type: ignore[arg-type]
    )
    return meta, tuple(check.found)
