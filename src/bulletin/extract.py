"""Figures in a bulletin's body -> indicator mentions with their source lines.

Stage contract: ``extract_mentions(document, period, catalog)`` ->
``tuple[Mention, ...]``. Reads the plain-text blocks that ``markup`` made from
markdown-it's token stream (paragraphs, list items, headings, table rows;
emphasis already stripped), so bold, lists and tables are read alike. Pure,
and never raises on any text: prose that is not understood yields nothing.
"""

from __future__ import annotations

import re
from itertools import pairwise

from . import lexicon as lx
from .catalog import Catalog
from .markup import Document, TextBlock
from .model import Mention
from .periods import Period, PeriodError, parse_period_text
from .sentences import Context, Figure, read_sentence
from .units import Quantity, UnitError, parse_number, quantity

__all__ = ["extract_mentions", "extract_text"]


def _sentences(text: str) -> list[tuple[int, str]]:
    """Split into sentences, keeping each one's offset in ``text``."""
    norm = lx.normalize(text)
    cuts = [0]
    for m in lx.SENTENCE_END.finditer(norm):
        cuts.append(m.end())
    cuts.append(len(text))
    return [(a, text[a:b]) for a, b in pairwise(cuts) if text[a:b].strip()]


def _mention(figure: Figure, line: int) -> Mention:
    return Mention(
        name=figure.name,
        written=figure.written,
        line=line,
        period=figure.period,
        quantity=figure.quantity,
        yoy_pct=figure.yoy_pct,
        rank=figure.rank,
        rank_of=figure.rank_of,
        known=figure.known,
    )


def _pick_basis(figures: list[Figure], catalog: Catalog) -> list[Figure]:
    """Of a nominal and a real growth rate for one figure, keep the one the catalogue's basis calls for."""
    by_key: dict[tuple[str, Period], list[Figure]] = {}
    for f in figures:
        if f.yoy_pct is not None and f.basis is not None:
            by_key.setdefault((f.name, f.period), []).append(f)
    dropped: set[int] = set()
    for (name, _), group in by_key.items():
        bases = {f.basis for f in group}
        if len(bases) < 2:
            continue
        entry = catalog.lookup(name)
        wanted = "real" if entry is not None and entry.comparable else "nominal"
        if entry is None:
            wanted = group[0].basis or wanted
        dropped.update(id(f) for f in group if f.basis != wanted)
    # A rate stated without a basis next to a real one (现价…增长9.1%; 按可比价格计算增长6.2%).
    for f in figures:
        if f.yoy_pct is not None and f.basis is None and (f.name, f.period) in by_key:
            entry = catalog.lookup(f.name)
            if (
                entry is not None
                and entry.comparable
                and any(g.basis == "real" for g in by_key[(f.name, f.period)])
            ):
                dropped.add(id(f))
    return [f for f in figures if id(f) not in dropped]


def _prose(block: TextBlock, context: Context, catalog: Catalog) -> tuple[list[Mention], Context]:
    figures_all: list[tuple[Figure, int]] = []
    for offset, sentence in _sentences(block.text):
        figures, context = read_sentence(sentence, context, catalog)
        figures_all.extend((f, block.line_at(offset + f.offset)) for f in figures)
    keep = {id(f) for f in _pick_basis([f for f, _ in figures_all], catalog)}
    mentions = [_mention(figure, line) for figure, line in figures_all if id(figure) in keep]
    return mentions, context


# --- tables ------------------------------------------------------------------------------

_NAME_HEAD = re.compile(r"指标|项目|名称|indicator|item|name", re.IGNORECASE)
_VALUE_HEAD = re.compile(r"绝对值|数值|总量|金额|完成|累计|本期|value|amount|total|level", re.IGNORECASE)
_UNIT_HEAD = re.compile(r"^(?:计量)?单位$|^unit$", re.IGNORECASE)
_YOY_HEAD = re.compile(r"同比|增长|增速|增幅|比上年|yoy|y/y|growth|change|±", re.IGNORECASE)
_RANK_HEAD = re.compile(r"排名|位次|排位|名次|rank", re.IGNORECASE)
_PAREN_UNIT = re.compile(r"[((]\s*([^()()]+?)\s*[))]\s*$")
_EMPTY = {"", "-", "—", "–", "--", "/", "…", "n/a", "na", "—/—"}


def _columns(header: tuple[str, ...], year: int) -> dict[str, int]:
    cols: dict[str, int] = {}
    for i, raw in enumerate(header):
        cell = lx.normalize(raw)
        if "name" not in cols and _NAME_HEAD.search(cell) and i == 0:
            cols["name"] = i
        elif "rank" not in cols and _RANK_HEAD.search(cell):
            cols["rank"] = i
        elif "yoy" not in cols and _YOY_HEAD.search(cell):
            cols["yoy"] = i
        elif "unit" not in cols and _UNIT_HEAD.match(cell.strip()):
            cols["unit"] = i
        elif "value" not in cols and (_VALUE_HEAD.search(cell) or _header_period(cell, year)):
            cols["value"] = i
    cols.setdefault("name", 0)
    return cols


def _header_period(cell: str, year: int) -> Period | None:
    text = _PAREN_UNIT.sub("", cell).strip()
    try:
        return parse_period_text(text, year) if text else None
    except PeriodError:
        return None


def _number(cell: str) -> tuple[float, int] | None:
    text = lx.normalize(cell).replace("*", "").replace("_", "").strip().rstrip("%").strip()
    if text.lower() in _EMPTY:
        return None
    try:
        return parse_number(text)
    except ValueError:
        return None


def _table(block: TextBlock, context: Context, catalog: Catalog) -> list[Mention]:
    if len(block.rows) < 2:
        return []
    header = block.rows[0]
    cols = _columns(header, context.limit.year)
    if "value" not in cols and "yoy" not in cols:
        return []
    period = context.period
    if "value" in cols and (p := _header_period(lx.normalize(header[cols["value"]]), context.limit.year)):
        period = p
    value_unit = _PAREN_UNIT.search(lx.normalize(header[cols["value"]])) if "value" in cols else None
    mentions = []
    for row, line in zip(block.rows[1:], block.row_lines[1:], strict=False):
        if len(row) <= max(cols.values()):
            continue
        label = lx.normalize(row[cols["name"]]).replace("*", "").strip()
        unit_in_label = _PAREN_UNIT.search(label)
        name_text = _PAREN_UNIT.sub("", label).strip()
        if not name_text:
            continue
        entry = catalog.lookup(name_text)
        amount = None
        if "value" in cols and (number := _number(row[cols["value"]])):
            unit = (
                (row[cols["unit"]].strip() if "unit" in cols else "")
                or (unit_in_label.group(1) if unit_in_label else "")
                or (value_unit.group(1) if value_unit else "")
            )
            if unit.lower() in _EMPTY:
                unit = ""
            amount = _quantity(number, unit)
        yoy = _number(row[cols["yoy"]]) if "yoy" in cols else None
        rank = _number(row[cols["rank"]]) if "rank" in cols else None
        if amount is None and yoy is None and rank is None:
            continue
        mentions.append(
            Mention(
                name=entry.name if entry else name_text,
                written=name_text,
                line=line,
                period=period,
                quantity=amount,
                yoy_pct=yoy[0] if yoy else None,
                rank=int(rank[0]) if rank and rank[0].is_integer() and rank[0] >= 1 else None,
                known=entry is not None,
            )
        )
    return mentions


def _quantity(number: tuple[float, int], unit: str) -> Quantity | None:
    try:
        return quantity(number[0], unit, number[1])
    except UnitError:
        return None


def _heading_period(block: TextBlock, context: Context) -> Period | None:
    """A heading such as '前三季度主要指标' sets the period of the section below it."""
    for offset, sentence in _sentences(block.text):
        del offset
        for candidate in re.findall(
            r"\d{4}年|全年|上半年|下半年|[一二三四1-4]季度|前三季度|\d{1,2}\s*[-—至]\s*\d{1,2}月", sentence
        ):
            try:
                period = parse_period_text(candidate, context.limit.year)
            except PeriodError:
                continue
            if period.end <= context.limit.end and period.year == context.limit.year:
                return period
    return None


def extract_text(blocks: tuple[TextBlock, ...], period: Period, catalog: Catalog) -> tuple[Mention, ...]:
    """Mentions in a sequence of text blocks, read in order, for a bulletin of ``period``."""
    mentions: list[Mention] = []
    section = period
    for block in blocks:
        context = Context(section, period)
        if block.kind == "heading":
            section = _heading_period(block, context) or (period if block.level <= 2 else section)
            context = Context(section, period)
        if block.kind == "table":
            mentions.extend(_table(block, context, catalog))
            continue
        found, _ = _prose(block, context, catalog)
        mentions.extend(found)
    return tuple(mentions)


def extract_mentions(document: Document, period: Period, catalog: Catalog) -> tuple[Mention, ...]:
    """Every figure the body of a bulletin of ``period`` states, in reading order."""
    return extract_text(document.blocks, period, catalog)
