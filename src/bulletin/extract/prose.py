"""Figures in a bulletin's body -> indicator mentions with their source lines.

Stage contract: ``extract_mentions(document, period, catalog)`` ->
``tuple[Mention, ...]``. Reads the plain-text blocks that ``markup`` made from
markdown-it's token stream (paragraphs, list items, headings, table rows;
emphasis already stripped), so bold, lists and tables are read alike. Pure,
and never raises on any text: prose that is not understood yields nothing.
"""

from __future__ import annotations

import re

from bulletin.content.catalog import Catalog
from bulletin.core.document import Document, TextBlock
from bulletin.core.model import Mention, measure_of
from bulletin.core.period_text import parse_period_text
from bulletin.core.periods import Period, PeriodError
from bulletin.extract import lexicon as lx
from bulletin.extract.english.bases_en import latest_base_en
from bulletin.extract.english.forlist_en import items_first_en
from bulletin.extract.english.numlists_en import percent_lists_en
from bulletin.extract.english.prices_en import price_items_en
from bulletin.extract.lists.categories import retail_classes
from bulletin.extract.naming.namedgroups import named_group, with_items
from bulletin.extract.naming.scope import region_level
from bulletin.extract.sentence.populations import qualified_parts
from bulletin.extract.sentence.reader import read_sentence
from bulletin.extract.sentence.sentences import Context, Figure
from bulletin.extract.tables.cellruns import cell_tables, growth_column
from bulletin.extract.tables.colgroups import measure_groups
from bulletin.extract.tables.flattened import BILINGUAL_HEAD
from bulletin.extract.tables.plaintables import split_plain_tables
from bulletin.extract.tables.tables import table_mentions
from bulletin.extract.text.asides import aside_after_rate
from bulletin.extract.text.headlines import is_headline, shortened
from bulletin.extract.text.pasted import pasted_lines
from bulletin.extract.text.splitting import sentences_of

__all__ = ["extract_mentions", "extract_text"]


# How much of the text above a table may speak for it (a title with '单位:亿元' or '上年=100').
_CAPTION = 60


def _mention(figure: Figure, line: int) -> Mention:
    return Mention(
        name=figure.name,
        written=figure.written,
        line=line,
        period=figure.period,
        # Where the extractor's working figure becomes a record: the one place its parts become a Measure.
        measure=measure_of(
            figure.quantity,
            figure.yoy_pct,
            figure.yoy_decimals,
            figure.rank,
            figure.rank_of,
            figure.rank_by,
            figure.rank_field,
            figure.change,
        ),
        known=figure.known,
    )


def _basis_key(f: Figure) -> tuple[str, Period]:
    # ('the average annual wage … a nominal increase of 3.7%. … the annual average wage … increased by
    # 1.7% in real terms': one series, its words in either order)
    return re.sub(r"\bannual average\b", "average annual", f.name), f.period


def _pick_basis(figures: list[Figure], catalog: Catalog) -> list[Figure]:
    """Of a nominal and a real growth rate for one figure, keep the one the catalogue's basis calls for."""
    by_key: dict[tuple[str, Period], list[Figure]] = {}
    for f in figures:
        if f.yoy_pct is not None and f.basis is not None:
            by_key.setdefault(_basis_key(f), []).append(f)
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
        if f.yoy_pct is not None and f.basis is None and _basis_key(f) in by_key:
            entry = catalog.lookup(f.name)
            if (
                entry is not None
                and entry.comparable
                and any(g.basis == "real" for g in by_key[_basis_key(f)])
            ):
                dropped.add(id(f))
    return [f for f in figures if id(f) not in dropped]


# Text taken from a PDF keeps a space where a line broke, inside words: '林 业总产值', '增 长 3.4%',
# '人 均地区生产总值'. Between two Chinese characters of a sentence (one with Chinese punctuation,
# not a table row of space-separated cells) such a space is no word boundary.
_PDF_GAP = re.compile(rf"(?<=[{lx.CJK}]) {{1,2}}(?=[{lx.CJK}])")
_PROSE_MARK = re.compile(r"[,。;:，；：]")


# A note on the price basis in brackets, (现价,下同): its comma would split the name from its figure.
_PRICE_NOTE = re.compile(r"[(（](?:(?:按)?(?:现价|当年价格?)(?:计算)?[,，、]?)?(?:下同)?[)）]")


def _closed_up(sentence: str) -> tuple[str, list[int]]:
    """The sentence without spaces inside Chinese words or notes on the price basis, and where
    each of its characters was."""
    if not _PROSE_MARK.search(sentence) or not (_PDF_GAP.search(sentence) or _PRICE_NOTE.search(sentence)):
        return sentence, list(range(len(sentence)))
    gaps = {i for m in _PDF_GAP.finditer(sentence) for i in range(m.start(), m.end())}
    gaps.update(
        i for m in _PRICE_NOTE.finditer(sentence) if m.end() - m.start() > 2 for i in range(*m.span())
    )
    where = [i for i in range(len(sentence)) if i not in gaps]
    return "".join(sentence[i] for i in where), where


# '2018-2022年全市生产总值 2018-2022年末全市常住人口数 年末全市常住人口…': a page's chart titles run
# into the sentence after them, numbered or not ('图1全县2019~2020年地区生产总值及其增长速度 全年…')
# ('二、农业 全年农林牧渔业增加值…': so does a numbered section heading)
_CHART_TITLES = re.compile(
    r"^(?:\s*(?:图\s*\d{1,2}\s*[\u3400-\u9fff]{0,3}?)?\d{4}\s*[-—–~至]\s*\d{4}年[^\s,;:，；：。]{0,30}\s+)+(?=\S)"
    r"|^\s*[一二三四五六七八九十]{1,3}、[\u3400-\u9fff]{2,8}[ \u3000]+(?=\S)"
)


# '…分别增长24.8%,20.3%,24.6%': rates shared out by 分别 and set apart by commas are one list
_RATE_COMMAS = re.compile(r"(?<=分别)[^,;。\d]{0,4}?-?\d+(?:\.\d+)?%(?:,-?\d+(?:\.\d+)?%)+(?![\d.])")


# 'expanded5.6percent year on year': an English page that lost the spaces around its numbers
_RUN_TOGETHER = re.compile(r"(?<=[a-z]{3}|\sby)(?=\d)|(?<=\d)(?=(?:percent|billion|million|trillion)\b)")


def _spaced(sentence: str) -> tuple[str, list[int]]:
    """The sentence with a space where a number runs into a word, and where each character was."""
    cuts = [m.start() for m in _RUN_TOGETHER.finditer(sentence)]
    parts = [sentence[a:b] for a, b in zip([0, *cuts], [*cuts, len(sentence)], strict=True)]
    where = list(range(len(parts[0])))
    for cut, part in zip(cuts, parts[1:], strict=True):
        where += [cut, *range(cut, cut + len(part))]
    return " ".join(parts), where


def _prose(block: TextBlock, context: Context, catalog: Catalog) -> tuple[list[Mention], Context]:
    figures_all: list[tuple[Figure, int]] = []
    group = None  # the last counted group a sentence listed by name ('…和…四大行业')
    for offset, written in sentences_of(block.text, block.breaks):
        if titles := _CHART_TITLES.match(written):  # (the sentence starts after them)
            offset, written = offset + titles.end(), written[titles.end() :]
        sentence, where = _closed_up(written)
        if ("percent" in sentence or " by" in sentence) and _RUN_TOGETHER.search(sentence):
            sentence, spaced = _spaced(sentence)
            where = [where[i] for i in spaced]
        if "分别" in sentence:  # (one character for one: each keeps its place)
            sentence = _RATE_COMMAS.sub(lambda m: m.group().replace(",", "、"), sentence)
            sentence, moved = with_items(sentence, group)
            where = [where[i] for i in moved] if moved is not None else where
        group = named_group(sentence) if "大" in sentence or "个" in sentence else group
        if " for " in sentence or " in " in sentence or " by " in sentence or " of " in sentence:
            if "rice" in sentence:
                sentence, moved = price_items_en(sentence)
                where = [where[i] for i in moved] if moved is not None else where
            if "respectively" in sentence:
                sentence, moved = latest_base_en(sentence)
                where = [where[i] for i in moved] if moved is not None else where
                sentence, moved = percent_lists_en(sentence)
                where = [where[i] for i in moved] if moved is not None else where
            sentence, moved = items_first_en(sentence)
            where = [where[i] for i in moved] if moved is not None else where
        if any(w in sentence for w in _ASIDE_MARKS):
            sentence, moved = aside_after_rate(sentence)
            where = [where[i] for i in moved] if moved is not None else where
        figures, context = read_sentence(sentence, context, catalog)
        figures = retail_classes(sentence, figures) if "零售" in sentence or "限" in sentence else figures
        figures_all.extend((f, block.line_at(offset + where[min(f.offset, len(where) - 1)])) for f in figures)
    keep = {id(f) for f in _pick_basis([f for f, _ in figures_all], catalog)}
    mentions = [_mention(figure, line) for figure, line in figures_all if id(figure) in keep]
    return mentions, context


# Words of a sentence that asides.aside_after_rate may drop or move (most sentences hold none)
_ASIDE_MARKS = (")", "简称", "价", "转", "、", "产品中", "such as", "including", "like", ", a ", ", an ")


def _heading_period(block: TextBlock, context: Context) -> Period | None:
    """A heading such as '前三季度主要指标' sets the period of the section below it."""
    for offset, sentence in sentences_of(block.text, block.breaks):
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


# An English sentence a page broke into paragraphs: '… the gross domestic product (GDP) of Beijing', a
# blank line, 'hit RMB 4,026.96 billion …' (the first ends in a word, the next opens in lower case or
# on its figure, or the first ends on a word that cannot end one: 'that of the', 'Secondary Industry …').
_BROKEN_EN = re.compile(r"[A-Za-z][A-Za-z)]*\s*$")
_OPEN_END_EN = re.compile(r"\b(?:the|of|to|and|by|at|in|with|from|for|an?)\s*$")
_GOES_ON_EN = re.compile(r"[a-z0-9]|(?:RMB|CNY|US\$)\s?\d")


def _rejoined(blocks: list[TextBlock]) -> list[TextBlock]:
    """Paragraphs one blank line apart that are one English sentence, joined (the blank line kept as an
    empty line of the joined block, so every source line stays where it was)."""
    out: list[TextBlock] = []
    for block in blocks:
        previous = out[-1] if out else None
        if (
            previous is not None
            and previous.kind == block.kind == "paragraph"
            and block.line == previous.line + len(previous.breaks) + 1
            and _BROKEN_EN.search(previous.text)
            and (_GOES_ON_EN.match(block.text) or _OPEN_END_EN.search(previous.text))
        ):
            shift = len(previous.text) + 1
            breaks = (*previous.breaks, shift - 1, *(b + shift for b in block.breaks))
            out[-1] = TextBlock("paragraph", previous.line, previous.text + " " + block.text, breaks)
            continue
        out.append(block)
    return out


def _with_code(blocks: tuple[TextBlock, ...]) -> list[TextBlock]:
    """Indented blocks read as paragraphs, joined to a paragraph that follows on the next line: a table
    whose header line was indented ('     1994年 比上年增长%') continues in the rows below it."""
    out: list[TextBlock] = []
    for block in blocks:
        previous = out[-1] if out else None
        after = previous is not None and block.line == previous.line + len(previous.breaks)
        # ('项    目   Item   2020 2021', a line of spaces, then the rows: a yearbook's bilingual header)
        headed = previous is not None and BILINGUAL_HEAD.search(previous.text[previous.breaks[-1] :])
        if (
            block.kind == "paragraph"
            and previous is not None
            and (
                (previous.kind == "code" and after)
                or (headed and block.line == previous.line + len(previous.breaks) + 1)
            )
        ):
            joined = previous.text + " " + block.text
            shift = len(previous.text) + 1
            out[-1] = TextBlock(
                "paragraph", previous.line, joined, (*previous.breaks, *(b + shift for b in block.breaks))
            )
            continue
        out.append(block)
    return [TextBlock("paragraph", b.line, b.text, b.breaks) if b.kind == "code" else b for b in out]


def _cell_headings(blocks: list[TextBlock]) -> list[TextBlock]:
    """A pipe table kept one cell a line whose '# 工业 |' line (the tables' sign for 'of which')
    Markdown took for a heading: the heading and the paragraph after it rejoin the paragraph before."""
    out: list[TextBlock] = []
    joining = False  # the last block is a paragraph a heading cell was just joined to
    for block in blocks:
        previous = out[-1] if out else None
        next_line = previous is not None and block.line == previous.line + len(previous.breaks)
        cells = previous is not None and previous.kind == "paragraph" and previous.text.rstrip().endswith("|")
        heading = block.kind == "heading" and block.text.rstrip().endswith("|")
        if (
            previous is not None
            and next_line
            and cells
            and (heading or (joining and block.kind == "paragraph"))
        ):
            text = ("# " if heading else "") + block.text
            shift = len(previous.text) + 1
            breaks = (*previous.breaks, *(b + shift for b in block.breaks))
            out[-1] = TextBlock("paragraph", previous.line, previous.text + " " + text, breaks)
            joining = heading
            continue
        joining = False
        out.append(block)
    return out


def _pasted(block: TextBlock) -> list[TextBlock]:
    """A paragraph's lines as paragraphs when it was pasted line by line, unless they hold a table."""
    if block.kind == "paragraph" and split_plain_tables(block)[0]:
        return [block]
    return pasted_lines(block)


def _caption(paragraphs: list[TextBlock], line: int) -> str:
    """The words above a table in its paragraph; a bilingual title's English lines left out, so the
    Chinese caption ('工业生产者出厂价格指数') stays within reach."""
    words = [p.text for p in paragraphs if p.line <= line]
    chinese = [w for w in words if re.search(f"[{lx.CJK}]", w)]
    return " ".join(chinese if chinese else words)


_SPAN_LINE = re.compile(r"\d{4}年[\d\-—~至月份季度一二三四上下半年前]*")
_HEADER_LINE = re.compile(r"(?:指\s*标|项\s*目)(?:名\s*称)?\s+\D{2,14}")  # ('指 标 比上年增长%')


def extract_text(
    blocks: tuple[TextBlock, ...], period: Period, catalog: Catalog, region: str = ""
) -> tuple[Mention, ...]:
    """Mentions in a sequence of text blocks, read in order, for a bulletin of ``period`` about ``region``."""
    mentions: list[Mention] = []
    section = period
    level = region_level(region)
    heads: set[tuple[int, str]] = set()  # the figures of subheadings
    caption = ""  # the words just above a table: its title, '单位:亿元', '(上年=100)'
    # Lines pasted one paragraph per line are read as the paragraphs they are (extract.text.pasted).
    lines = [line for b in _cell_headings(_rejoined(_with_code(blocks))) for line in _pasted(b)]
    opened: Period | None = None  # the period the last paragraph opened on ('In April, …'), for
    # a paragraph of its parts after it ('To be specific, …'; read only in English)
    for block in cell_tables(lines):
        context = Context(section, period, level=level, region=region, opened=opened)
        opened = None
        if block.kind == "heading":
            section = _heading_period(block, context) or (period if block.level <= 2 else section)
            context = Context(section, period, level=level, region=region)
        if block.kind == "table":
            block = growth_column(block, caption)
            for table in measure_groups(block) or [block]:
                mentions.extend(
                    table_mentions(table, context.period, period.year, catalog, level, caption, region)
                )
            continue
        # a header word on a line of its own ('项    目') keeps the caption above it ('单位:万元')
        # and so does the span under a title ('2021年1-6月')
        short = (len(block.text.strip()) <= 8 and not re.search(r"\d", block.text)) or bool(
            _SPAN_LINE.fullmatch(block.text.strip()) or _HEADER_LINE.fullmatch(block.text.strip())
        )
        above_block, caption = caption, ((caption + " " if short else "") + block.text)[-_CAPTION:]
        tables, paragraphs = split_plain_tables(block) if block.kind == "paragraph" else ([], [block])
        for table in tables:
            # (a table flattened into one line shares its number with the words before it)
            above = _caption(paragraphs, table.line)[-_CAPTION:] or above_block
            for part in measure_groups(table) or [table]:
                mentions.extend(
                    table_mentions(part, context.period, period.year, catalog, level, above, region)
                )
        if tables:
            for paragraph in paragraphs:
                found, _ = _prose(paragraph, context, catalog)
                mentions.extend(found)
            continue
        found, after = _prose(block, context, catalog)
        mentions.extend(found)
        opened = after.opened if after.opened is not context.opened else None  # one paragraph on
        if is_headline(block.text):
            heads.update((m.line, m.name) for m in found)
    mentions = qualified_parts(mentions)
    return tuple(m for m in mentions if not _named_twice(m, mentions) and not shortened(m, mentions, heads))


def _same(a: Mention, b: Mention) -> bool:
    qa, qb = a.quantity, b.quantity
    return qa is not None and qb is not None and (qa.value, qa.unit) == (qb.value, qb.unit)


def _named_twice(m: Mention, mentions: list[Mention]) -> bool:
    """A table row the catalogue does not know that states exactly a known indicator's value and growth
    ('现价工业总产值 | 281.5 | 4.9' beside '规模以上工业企业…工业总产值281.5亿元,同比增长4.9%'): one figure
    named twice, which the catalogue name says better."""
    if m.known or not m.rule.startswith("table") or m.quantity is None or m.yoy_pct is None:
        return False
    named = {k.name for k in mentions if k.known and k.period == m.period and _same(k, m)}
    return any(k.name in named and k.period == m.period and k.yoy_pct == m.yoy_pct for k in mentions)


def extract_mentions(
    document: Document, period: Period, catalog: Catalog, region: str = ""
) -> tuple[Mention, ...]:
    """Every figure the body of a bulletin of ``period`` about ``region`` states, in reading order.

    ``region`` decides which scope words name the area itself (全国 in a national release)."""
    return extract_text(document.blocks, period, catalog, region)
