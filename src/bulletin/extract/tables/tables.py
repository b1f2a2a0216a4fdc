"""Figures in Markdown tables: header cells say what each column holds.

Contract: ``table_mentions(block, period, limit_year, catalog)`` -> mentions,
one per (row, value column). Columns are recognised by their headers: the
indicator (first column or 指标/项目/名称), values (数值/绝对值/累计 or a
period such as 1-9月), unit (单位, or a unit in parentheses in the header or
the row label), YoY % (同比/增长/增速), rank (排名/位次). A YoY column
marked 累计/当月 belongs to the value column of the same kind. Pure.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bulletin.content.catalog import Catalog
from bulletin.core.document import TextBlock
from bulletin.core.model import Mention, measure_of
from bulletin.core.periods import Period
from bulletin.core.units import Quantity, UnitError, quantity
from bulletin.extract import lexicon as lx
from bulletin.extract.lang import zh
from bulletin.extract.lang.rules import is_benchmark_scope
from bulletin.extract.naming.elision import MEASURE
from bulletin.extract.naming.industries import OFFICIAL_NAMES
from bulletin.extract.naming.scope import names_other_area
from bulletin.extract.sentence.ages import population_row
from bulletin.extract.tables.columns import (
    BASE_100,
    EMPTY,
    PAREN_UNIT,
    ValueColumn,
    cell_number,
    columns,
    growth_cell,
    growth_period,
    header_rows,
    kind_period,
    yoy_for,
)
from bulletin.extract.tables.indexcols import ENGLISH_TAIL as _ENGLISH_TAIL
from bulletin.extract.tables.indexcols import INDEX_RANGE as _INDEX_RANGE
from bulletin.extract.tables.indexcols import index_columns as _index_columns
from bulletin.extract.tables.indexcols import index_row as _index_row
from bulletin.extract.tables.rowparts import (
    accounts_subject,
    covered,
    grouped_label,
    padded_place,
    part_measure,
    part_verb,
    row_span,
    section_units_of,
    trips_block,
    with_subject,
)

__all__ = ["table_mentions"]

_LABEL_PREFIX = re.compile(
    r"^(?:其中\s*[:,]?|在?(?:总计|总额|合计)中\s*[:：]?|#|\s|\u3000|-|[一二三四五六七八九十]+、|[((][一二三四五六七八九十\d]+[))][.、．]?|\d{1,2}[.、](?!\d))+"
)
# Scope words that open a row label: the area itself (全市 in a city's table) or, above its level,
# another area.
_OWN_SCOPE = re.compile(r"^(?:全国|全省|全市|全州|全县|全区|全镇|全旗)")


def _quantity(number: tuple[float, int], unit: str) -> Quantity | None:
    try:
        return quantity(number[0], unit, number[1])
    except UnitError:
        return None


# A unit or an index base stated once for a whole table: '单位:亿元、%', '(上年=100)'.
# (填报单位, 报送单位 and 制表单位 name who filled the form in, not a unit.)
_TABLE_UNIT = re.compile(r"(?<![填报送制表])单位\s*[:：]\s*(?P<unit>[^\s,，;；、%)）|]+)")
# A row that names a place is a part of the area (or another area), not one of its indicators
# (奉化区属: the firms a district owns).
_PLACE = re.compile(rf"^[{lx.CJK}]{{1,8}}(?:省|市|县|区|镇|乡|街道|旗|州|园区)属?$")


# A caption that says what every row measures: '主要农产品产量如下', '分行业增加值'.
_CAPTION_MEASURE = re.compile(
    r"(产量|总产值|产值|增加值|零售额|营业收入|销售额|出口额|进口额|投资)"
    # '规模以上工业增加值增速、产销率': its growth, and a ratio beside it, frame the same measure
    rf"(?:分[{lx.CJK}]{{1,4}}?)?(?:增速|增长速度|增长)?(?:[、和及与][{lx.CJK}]{{1,6}}率)?(?:如下|情况|表)?\s*[:：]?"
    # and the span under the title ('2020年1-3月') does not hide it
    r"(?:\s+\d{4}年[\d\s\-—~至月季度一二三四上下半年前]*)?\s*$"
)

# A unit stated after the caption's words; the label of a table's total row.
_UNIT_TAIL = re.compile(r"[((]?(?:计量|计算)?单位\s*[:：]\s*[^\s,，;；、)）]+[)）]?\s*$")
# ('… 价格指数 上年=100 (preceding year=100)': the base after the measure)
_INDEX_MEASURE = re.compile(
    r"(出厂|购进|零售)?价格(?:分类)?总?指数(?:\s*(?:[((][^()()]*[))]|[^\s()()]*=\s*100)){0,2}$"
)
_TOTAL_ROW = re.compile(r"(?<=[\u3400-\u9fff]{3})(?:合计|总计)$")  # 接待过夜人数合计: the series itself
_RATIO = re.compile(r"(?:[^汇利效频]率|亏损面|比重|占比)$")
# A part of a total takes the total's measure: 餐饮业 under 社会消费品零售总额 is 餐饮业零售额.
# A stock at a month's end ('月末商品库存总额') in a 1-4月累计 column is the stock at the end of April,
# not a total over the four months.
_MONTH_END = re.compile(r"月末|期末|月底|余额$|存款$|贷款$")
_ABBREVIATION = re.compile(r"[(（]\s*(?:GDP|CPI|PPI|PMI|FDI)\s*[)）]")
_TOTAL_TAIL = re.compile(r"(?<=[\u3400-\u9fff]{2})(?:总计|合计)$")
_PERIOD_WORD = re.compile(r"^(?:期末|月末|年末)(?=[\u3400-\u9fff]{2})")
_RATE_ROW = re.compile(r"(?P<base>[\u3400-\u9fff]{2,20}?)(?:增长率|增长速度|增速|增幅|涨幅)")
_TOP_ROW = re.compile(r"^[一二三四五六七八九十]+、")
_SUB_ROW = re.compile(r"^(?:\d{1,2}[、.](?!\d)|其中|#|[((]\d{1,2}[))])")
_NUMBERED = re.compile(r"^(?:[一二三四五六七八九十]+、|\d{1,2}[、.](?!\d)|[((]\d{1,2}[))])")


# A label set letter-spaced ('畜 肉 类', '外 国 人') is one word.
_LETTER_GAP = re.compile(r"(?<=[\u3400-\u9fff])[ \u3000]+(?=[\u3400-\u9fff])")


def _bare_label(label: str) -> str:
    return PAREN_UNIT.sub("", _LABEL_PREFIX.sub("", label)).strip()


def _row_label(cell: str) -> str:
    # ('居民消费价格指数(CPI)': the abbreviation glosses the name, it is no unit)
    return _ABBREVIATION.sub("", _LETTER_GAP.sub("", lx.normalize(cell).replace("*", "")))


# Words in parentheses after a label that say what the series covers, not its unit.
# The industries of a GDP table by industry (国民经济行业 sections, as accounts name them)
_GDP_INDUSTRIES = frozenset([
    "农林牧渔业", "工业", "建筑业", "批发和零售业", "住宿和餐饮业", "金融业", "房地产业",
    "交通运输、仓储和邮政业", "信息传输、软件和信息技术服务业", "租赁和商务服务业", "其他服务业",
])  # fmt: skip
_BY_INDUSTRY = re.compile(r"(?:分|按)?(?:国民经济)?行业(?:分)?")
_QUALIFIER = re.compile(r"(?:不含|含|剔除|扣除|不包括|包括)[^()()]*|[^()()]*口径")
_TOTAL = re.compile(r"^(?:总计|合计|总指数|总体|总额)$")
_GROWTH_ROW = re.compile(r"^[#＃]?\s*(?:比上年|比去年|较上年)(?:增长|增减|±)?\s*(?:[(（]\s*%\s*[)）])?$")
# A price basis in a label's parentheses ('工业增加值(现价)') says how the amount was valued, not its unit.
_PRICE_BASIS = re.compile(r"(?:按)?(?:现价|当年价格?|不变价格?|可比价格?)(?:计算)?")


def _titled(caption: str, catalog: Catalog) -> str:
    """The catalogue indicator a caption ends by naming ('2017年1-3月工业增加值'), if any, before an
    index base in parentheses ('9-12 工业生产者出厂价格指数 (上年=100)')."""
    words = [w for w in caption.split() if not re.fullmatch(r"[(（][^()（）]*[)）]", w)]
    text = _OWN_SCOPE.sub("", words[-1]) if words else ""
    text = re.sub(r"[(（]\d{4}年?[)）]$", "", text)  # '工业生产者购进价格指数(2015年)'
    for size in range(min(len(text), 16), 1, -1):
        entry = catalog.lookup(text[-size:])
        if entry is not None:
            return entry.name
    return ""


_SHARES = re.compile(r"(?:构成|比重|结构|占比)(?:情况|表)?\s*[:：]?\s*$")


def _framed(name: str, measure: str, catalog: Catalog) -> str:
    """A bare row label with the measure its caption frames (粮食 under 主要农产品产量: 粮食产量)."""
    core = re.sub(r"[(（][^()（）]*[)）]$", "", name)  # ('第一产业(不含农林牧渔服务业)': its scope aside)
    long = len(core) > 12 and core not in _GDP_INDUSTRIES  # (信息传输、软件和信息技术服务业 is one)
    if catalog.lookup(name) is not None or MEASURE.search(name) or long or not measure:
        return name
    framed = name + measure
    entry = catalog.lookup(framed)
    if name == "工业" and measure == "增加值" and catalog.lookup("全部工业增加值"):
        return "全部工业增加值"  # (in the accounts' table of GDP by industry, all industry)
    # never into an alias of another series (工业 + 增加值 is the catalogue's 规模以上工业增加值)
    return framed if entry is None or entry.name == framed else name


def _repeated_labels(body: tuple[tuple[str, ...], ...], catalog: Catalog) -> set[str]:
    """Labels said more than once in one table (原料 and 加工 under 重工业, again under 生产资料): each
    is a part of the row above its run, and alone it would name two series at once."""
    labels = [
        _bare_label(_ENGLISH_TAIL.sub("", _LABEL_PREFIX.sub("", _row_label(r[0])).strip())) for r in body if r
    ]
    return {b for b in labels if b and labels.count(b) > 1 and catalog.lookup(b) is None}


def table_mentions(
    block: TextBlock,
    period: Period,
    year: int,
    catalog: Catalog,
    level: str = "",
    caption: str = "",
    region: str = "",
) -> list[Mention]:
    """Mentions in one table block; ``period`` is the section's period, ``year`` the bulletin's,
    ``level`` the bulletin's own level (scope.region_level), ``caption`` the words just above it,
    ``region`` the bulletin's own area."""
    if len(block.rows) < 2:
        return []
    header, span = header_rows(block.rows)
    body = block.rows[span:]
    cols, values, yoys = columns(header, year, body)
    # '北京市 本期 | 北京市 ±% | 西城区 本期 | 西城区 ±%': the columns of another area are its figures
    elsewhere = {i for i, cell in enumerate(header) if i > 0 and names_other_area(cell, region)}
    values = [v for v in values if v.index not in elsewhere]
    yoys = [y for y in yoys if y[0] not in elsewhere]
    indices = _index_columns(header, body)
    said = " ".join((caption, *header))
    if BASE_100.search(said):
        indices |= _index_columns((*header[:1], *("=100" for _ in header[1:])), body)
    stated = _TABLE_UNIT.search(said)
    name_head = PAREN_UNIT.search(header[0]) if header else None  # '指标(亿元)': every row's unit
    name_unit = name_head.group(1) if name_head and "=100" not in name_head.group(1) else ""
    # a yearbook's series ('1995年 1997年 … 2006年'): every year is reported in its own right
    series = len({v.period for v in values if v.period is not None and v.period.months == 12}) >= 3
    if not series and any(v.period is None or v.period.year >= year for v in values):
        values = [v for v in values if v.period is None or v.period.year >= year]  # earlier: a base
    if not values and not yoys and "rank" not in cols:
        return []
    values = [
        v if v.period else replace(v, period=kind_period(header[v.index], v.cumulative, period))
        for v in values
    ]
    spans = [growth_period(header[i], year) or kind_period(header[i], kind, period) for i, kind in yoys]
    pairs = list(enumerate(zip(yoys, spans, strict=True)))
    if values and yoys and all(v.index in indices for v in values):
        # columns of indices state their own growth (累计指数 1-4月平均); a growth column beside them
        # is another span's (同比指数, the month) and gives rows of its own
        taken = {v.period or period for v in values}
        values += [ValueColumn(-1 - n, s, k, "", i) for n, ((i, k), s) in pairs if (s or period) not in taken]
    if not values:
        # growth only, one column per span (本月 | 至本月平均, 4月 | 1-4月): a row for each
        if len({s or period for s in spans}) == len(yoys) and (len(yoys) > 1 or spans[0]):
            values = [ValueColumn(-1 - n, span, kind, "", i) for n, ((i, kind), span) in pairs]
        else:
            values = [ValueColumn(-1, None, None, "")]
    # a title line copied with its empty cells, or its cells one a line ('… 指数 | (上年=100) |')
    caption = re.sub(r"\s*[|｜]+\s*", " ", lx.normalize(caption)).strip(" \t\u3000")
    caption = _UNIT_TAIL.sub("", caption).strip(" |\t\u3000")  # '工业增加值 计量单位:亿元'
    corner = PAREN_UNIT.sub("", lx.normalize(header[0])).strip() if header else ""
    if not _CAPTION_MEASURE.search(caption) and _CAPTION_MEASURE.search(corner):
        caption = corner  # the header's first cell names what the table measures: '规模以上工业增加值(亿元)'
    if _SHARES.search(caption) and not any(
        re.search(r"绝对|总量|[亿万]元|增长|[年期]末数", h) for h in header[1:]
    ):
        return []  # '本地生产总值构成': shares and their changes in points (not '绝对数(亿元)', '增长%')
    framing = _CAPTION_MEASURE.search(caption)
    measure = framing.group(1) if framing else ""
    titled = _titled(caption, catalog)
    subject = accounts_subject(caption)
    by_index = not measure and bool(indices)
    if by_index:
        # a price index table: 轻工业 under 工业生产者出厂价格指数 is 轻工业出厂价格指数, and 食品类
        # beside 居民消费价格总指数 is 食品类价格指数 (a bare category would read as its output)
        said_index = [caption, *(_ENGLISH_TAIL.sub("", lx.normalize(r[0])) for r in body if r)]
        found = [m.group(1) or "" for t in said_index if (m := _INDEX_MEASURE.search(t))]
        measure = max(found, key=len) + "价格指数" if found else ""  # 购进价格指数 over 价格指数
    # A breakdown under a total that alone states its unit ('本地生产总值(亿元)' over 第一产业,
    # 金融业 …): the parts share it. With several units in the labels, a row without one says none.
    label_units = [PAREN_UNIT.search(lx.normalize(r[0])) if r else None for r in body]
    stated_units = {m.group(1) for m in label_units if m}
    parts_unit = label_units[0].group(1) if label_units and label_units[0] and len(stated_units) == 1 else ""
    section_units = section_units_of(body)
    mentions = []
    first = _bare_label(lx.normalize(body[0][0])) if body and body[0] else ""
    # ('地区生产总值 | … | 建筑业 | 批发和零售业 | …': rows of bare industries under a total are its parts)
    labels = [_bare_label(lx.normalize(r[0])).lstrip("# ") for r in body[1:] if r]
    industries = sum(
        label.replace("、", "") in _GDP_INDUSTRIES or label in OFFICIAL_NAMES for label in labels
    )
    # (or the header says the rows are industries: '分行业 | 增长% | 结构%' under '…GDP构成表')
    industries = len(labels) if header and _BY_INDUSTRY.fullmatch(header[0].strip()) else industries
    total = first if parts_unit or (part_measure(first) and industries >= max(3, len(labels) // 2)) else ""
    # the total whose parts the rows below are ('一、社会消费品零售总额' over '1、餐饮业'; 地区生产总值)
    parent = total or (first if part_measure(first) else "")
    repeated = _repeated_labels(body, catalog)
    named = {e.name for r in body if r and (e := catalog.lookup(_bare_label(lx.normalize(r[0]))))}
    group = ""  # the last row whose label is said once: the group the repeated labels under it belong to
    places = False  # under a section heading by the area's parts
    # a yearbook states each series' growth on the line under it ('    比上年增长(%) 34.6 11.8 …')
    growth_of = {
        k: body[k + 1]
        for k in range(len(body) - 1)
        if body[k + 1] and _GROWTH_ROW.match(lx.normalize(body[k + 1][0]).strip())
    }
    spanned: Period | None = None
    in_which, upper, top, people = False, "", "", ""
    for k, (row, line) in enumerate(zip(body, block.row_lines[span:], strict=False)):
        if k - 1 in growth_of:
            continue  # read with the row above
        raw = lx.normalize(row[0] if row else "").strip()
        label = _LABEL_PREFIX.sub("", _row_label(raw)).strip()
        label, spanned = row_span(label, year, spanned)
        other = re.sub(r"\s+", "", label) in ("其它", "其他")
        if other and (below := upper if re.match(r"[((]\d", raw) else top if re.match(r"\d", raw) else ""):
            label = re.sub(r"\s+", "", label) + below.removesuffix("类")  # '(2)其它' under '2.黑色金属材料类'
        elif re.match(r"\d{1,2}[、.](?!\d)", raw):
            upper = label
        elif _TOP_ROW.match(raw):
            top, upper = label, ""
        bare = _bare_label(_ENGLISH_TAIL.sub("", label))
        if all(c.strip().lower() in EMPTY for c in row[1:]):
            places = bool(lx.PLACE_SECTION.match(bare))
        if places:
            continue
        if bare in repeated:
            label = grouped_label(group, label) if group and not trips_block(parent) else label
        elif bare:
            group = bare
        if _TOP_ROW.match(raw):
            parent = _bare_label(label)
        is_part = bool(parent) and _bare_label(label) != parent
        # ('其中:台湾同胞 | …', '香港同胞 | …': the rows after 其中 are parts until the next numbered row)
        in_which = raw.startswith("其中") or (in_which and not _NUMBERED.match(raw))
        is_part = is_part and bool(_SUB_ROW.match(raw) or (total and parent == total) or in_which)
        part = part_measure(parent) if is_part else ""
        label = _ENGLISH_TAIL.sub("", label)  # a yearbook's bilingual label: '食品烟酒 I. Food and Liquor'
        unit_in_label = PAREN_UNIT.search(label)
        if unit_in_label and _PRICE_BASIS.fullmatch(unit_in_label.group(1)):
            label, unit_in_label = PAREN_UNIT.sub("", label), None
        if unit_in_label and _QUALIFIER.fullmatch(unit_in_label.group(1)):
            unit_in_label = None  # '固定资产投资(不含农户)': the series' scope, part of its name
        name = _TOTAL_ROW.sub("", (PAREN_UNIT.sub("", label) if unit_in_label else label).strip())
        name, people = population_row(name, people)  # ('其中:0-17岁' under 户籍总人口: 0-17岁人口)
        padded = padded_place(_LABEL_PREFIX.sub("", raw).strip(), measure) and not trips_block(parent)
        if not name or (_PLACE.match(name) and catalog.lookup(name) is None) or padded:
            continue
        if _RATIO.search(name) and catalog.lookup(name) is None:
            continue  # 产销率, 亏损面: a ratio of two figures, no figure of its own (README: shares)
        if is_benchmark_scope(zh.CUES, name, level, 0, _OWN_SCOPE.sub("", name)):
            continue  # '全省 | 6.1': another area's figure quoted beside the area's own
        bare = _OWN_SCOPE.sub("", name) or name  # '全市工业总产值' over '#规模以上工业总产值': all industry
        name = name if bare != name and (e := catalog.lookup(bare)) and e.name in named else bare
        if (whole := _TOTAL_TAIL.sub("", name)) != name and catalog.lookup(whole) is not None:
            name = whole  # '工业增加值总计': the table's total row
        if by_index and (section := _INDEX_MEASURE.search(name)) and section.group(1):
            measure = section.group(1) + "价格指数"  # '(二)工业生产者购进价格指数': the classes under it
        # the total row of a table its caption names: '总计' under 工业增加值, '总指数' under 出厂价格指数
        bare_name = name
        name = titled if titled and _TOTAL.match(name) else _framed(name, measure or part, catalog)
        if is_part and catalog.lookup(name) is None:
            name = part_verb(parent, name)
            # a bare part that took the total's measure takes its coverage too; a part that names
            # its own measure ('#出口产品交货值') is a series as written
            name = covered(parent, name) if part and name == bare_name + part else name
        name = with_subject(subject, name)
        dated = _PERIOD_WORD.sub("", name)  # '期末金融机构本外币存款余额': the balance at the period's end
        at_end = dated != name and catalog.lookup(name) is None and catalog.lookup(dated) is not None
        name = dated if at_end else name
        # '地区生产总值(GDP)增长率(按可比价格计算) | % | 7.2': the row states its series' growth
        rate_of = _RATE_ROW.fullmatch(re.sub(r"\([^()]*\)", "", name))
        name = rate_of["base"] if rate_of else name
        entry = catalog.lookup(name)
        unit_cell = row[cols["unit"]].strip(" ()（）") if "unit" in cols and cols["unit"] < len(row) else ""
        for column in values:
            number = cell_number(row[column.index]) if 0 <= column.index < len(row) else None
            unit = unit_cell if unit_cell.lower() not in EMPTY else ""
            unit = unit or (unit_in_label.group(1) if unit_in_label else "") or column.unit
            unit = unit or (stated.group("unit") if stated else "") or name_unit or parts_unit
            unit = unit or section_units[k]
            own = column.index >= 0 and column.index in indices  # an index is its own growth
            yoy_index = None if own else yoy_for(values, yoys, column, period)
            yoy = growth_cell(row[yoy_index]) if yoy_index is not None and yoy_index < len(row) else None
            if yoy is None and k in growth_of and 0 <= column.index < len(growth_of[k]):
                yoy = cell_number(growth_of[k][column.index])
            yoy_in_range = yoy is not None and _INDEX_RANGE[0] <= yoy[0] <= _INDEX_RANGE[1]
            if yoy is not None and (
                yoy_index in indices or (_index_row(row, unit) and number is None and yoy_in_range)
            ):
                yoy = (round(yoy[0] - 100.0, yoy[1]), yoy[1])
            in_range = number is not None and _INDEX_RANGE[0] <= number[0] <= _INDEX_RANGE[1]
            if number is not None and (column.index in indices or (_index_row(row, unit) and in_range)):
                # an index is no value of its own: it states the growth (README: value null)
                yoy = yoy or (round(number[0] - 100.0, number[1]), number[1])
                number = None
            if rate_of and number is not None and unit in ("", "%"):
                yoy, number = yoy or number, None
            # a number with no unit anywhere (row, column, table) says nothing readable
            amount = _quantity(number, unit) if number and unit else None
            unread = number is not None and not unit  # the row's amount is there, unreadable
            rank = cell_number(row[cols["rank"]]) if "rank" in cols and cols["rank"] < len(row) else None
            if column is not values[0]:
                rank = None
            if amount is None and yoy is None and rank is None:
                continue
            at = spanned or column.period or period
            stock = at_end or _MONTH_END.search(name) or (entry is not None and entry.category == "finance")
            if stock and 1 < at.months < 12:  # a stock at the span's end; 年末 is the year (README)
                at = Period(at.year, at.last_month, at.last_month)
            mentions.append(
                Mention(
                    name=entry.name if entry else name,
                    written=name,
                    line=line,
                    period=at,
                    measure=measure_of(
                        amount,
                        yoy[0] if yoy else None,
                        yoy[1] if yoy else None,
                        int(rank[0]) if rank and rank[0].is_integer() and rank[0] >= 1 else None,
                    ),
                    known=entry is not None,
                    # a row label names its series as written (review.py)
                    rule="table-no-unit" if unread else "table",
                )
            )
    return mentions
