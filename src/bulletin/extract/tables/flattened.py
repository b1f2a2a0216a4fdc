"""Tables flattened into one line by a web page's copy: every cell of the header and the rows run on
with ' | ' and no line breaks ('表1 主要农产品产量 产品名称 | 产量(吨) | 比上年增长(%) | 粮食 | 124735 |
3.2 | 其中:小麦 | 15669 | -3.0 | …'), often after the paragraph's last sentences.

Also a table kept one cell a line whose page broke a cell over two lines ('类' then '别 |', '全年平均'
then '|'): ``rejoined(lines)`` puts each such cell back on one line.

And a yearbook's bilingual table set with spaces ('地区生产总值 (亿元)   Gross Domestic Products
(100 million yuan)   111151.63 124369.67'): ``bilingual(lines)`` writes each such line as the Chinese
label and its numbers between pipes, and the header ('项 目 Item 2020 2021') likewise.

Contract: ``unflatten(lines)`` -> the lines with each such line split into the sentences before the
table, its caption, its header and one line a row (all with the line's number), so the plain-table
reader sees the table it was. A line is split only when its cells after the header fall exactly into
rows of a label and numbers as wide as the header. Pure.
"""

from __future__ import annotations

import re

__all__ = ["BILINGUAL_HEAD", "bilingual", "rejoined", "unflatten"]

# The header cell over the labels, which ends the caption run into it: '… 表1 主要农产品产量 产品名称'.
_LABEL_HEAD = re.compile(r"(?:产品|指标|项目)?名称$|指标$|项目$")
_NUMBER = re.compile(r"^[+-]?\d[\d,]*(?:\.\d+)?%?$|^[-—–/…]+$")
_SENTENCE_END = re.compile(r"^(?P<prose>.*[。;；!！])\s*(?P<caption>[^。;；!！]*)$")
_MIN_ROWS = 2


def _split(text: str) -> list[str] | None:
    cells = [c.strip() for c in text.strip().strip("|").split("|")]
    if len(cells) < 6:
        return None
    words = re.split(r"\s+", cells[0])
    if not _LABEL_HEAD.search(words[-1]):
        return None
    first = next((k for k, c in enumerate(cells) if _NUMBER.match(c.replace(" ", ""))), None)
    width = (first or 0) - 1  # the header: the label cell and the cells up to the first row's label
    if first is None or width < 2:
        return None
    body = cells[width:]
    if len(body) % width or len(body) // width < _MIN_ROWS:
        return None
    rows = [body[i : i + width] for i in range(0, len(body), width)]
    if any(
        _NUMBER.match(r[0].replace(" ", "")) or not all(_NUMBER.match(c.replace(" ", "")) for c in r[1:])
        for r in rows
    ):
        return None
    head = " ".join(words[:-1])
    found = _SENTENCE_END.match(head)
    prose, caption = (found["prose"], found["caption"].strip()) if found else ("", head)
    header = [words[-1], *cells[1:width]]
    table = [" | ".join(header) + " |", *(" | ".join(r) + " |" for r in rows)]
    return [t for t in (prose.strip(), caption) if t] + table


def unflatten(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    for number, text in lines:
        parts = _split(text) if text.count("|") >= 6 else None
        out.extend((number, part) for part in parts) if parts else out.append((number, text))
    return out


_ONE_CELL = re.compile(r"^\|?[^|]*\|+\s*$")
_CELL_PIECE = re.compile(r"^[^|\d]{1,8}$")


def rejoined(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A short line with no pipe between one-cell lines is the start of the next line's cell."""
    out: list[tuple[int, str]] = []
    for k, (number, text) in enumerate(lines):
        before = out[-1][1] if out else ""
        after = lines[k + 1][1] if k + 1 < len(lines) else ""
        piece = _CELL_PIECE.match(text) and _ONE_CELL.match(before) and _ONE_CELL.match(after)
        if piece and k + 1 < len(lines):
            lines[k + 1] = (number, text + after)
            continue
        out.append((number, text))
    return out


# '  食品烟酒   Food,Tobacco and Liquor 98.9 99.0 98.5', '货运量 (万吨)   Freight Traffic (10000 tons)   356'
_BILINGUAL_ROW = re.compile(
    r"^\s*(?P<zh>[\u3400-\u9fff][\u3400-\u9fff、,()()\s]*?)\s*(?P<unit>[((][^()()A-Za-z]*[))])?\s+"
    r"(?P<en>[A-Za-z][^\u3400-\u9fff]*?)(?P<nums>(?:\s+-?[\d,]+(?:\.\d+)?)+)\s*$"
)
_CJK_CELL = re.compile(r"[\u3400-\u9fff][^|]*\|\s*$")
_ENGLISH_LINE = re.compile(r"[^\u3400-\u9fff]*[A-Za-z]{2}[^\u3400-\u9fff]*")
_BARE_LABEL = re.compile(r"^\s*[\u3400-\u9fff][\u3400-\u9fff、]*\s+[A-Za-z][A-Za-z ,.'&()/-]*$")
# ('  Item 2018 2019 …': a header that kept only its English word)
BILINGUAL_HEAD = re.compile(
    r"^\s*(?:(?P<zh>项\s*目|指\s*标|类\s*别)\s+)?(?:Items?|Indicators?)\s+(?P<heads>\S.*?)\s*$"
)


def bilingual(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A bilingual yearbook table's lines as pipe rows; other lines as they are."""
    out: list[tuple[int, str]] = []
    width = 0  # the header's value columns: a row with fewer numbers cannot be placed under them
    for number, text in lines:
        if out and out[-1][1].endswith(" |") and re.fullmatch(r"[A-Za-z][A-Za-z ]*", text.strip()):
            continue  # the header's English line ('Total Urban Rural')
        if out and _CJK_CELL.search(out[-1][1]) and _ENGLISH_LINE.fullmatch(text.strip().rstrip("|").strip()):
            continue  # a Chinese table kept one cell a line, each label's English on a line of its own
        if head := BILINGUAL_HEAD.match(text):
            heads = [h + "年" if re.fullmatch(r"(?:19|20)\d\d", h) else h for h in head["heads"].split()]
            width = len(heads)
            text = " | ".join([re.sub(r"\s+", "", head["zh"] or "项目"), *heads]) + " |"  # (a year is a head)
        elif "|" in text and _GLOSSED.search(text):
            text = _unglossed(text)
        elif (row := _BILINGUAL_ROW.match(text)) and not re.search(r"[\u3400-\u9fff]", row["en"]):
            label = re.sub(r"\s+", "", row["zh"]) + (row["unit"] or "")
            nums = row["nums"].split()
            if len(nums) < width:
                continue  # ('森林工业 Forest Industry 100.0 100.0' under five years: which years?)
            text = " | ".join([label, *nums]) + " |"
        elif width and _BARE_LABEL.match(text):
            continue  # a row with no figures ('皮革工业   Leather Industry') or a label's second line
        out.append((number, text))
    return out


# '商品零售价格总指数 | General Retail Price Indices | 102.3 |', '全 省 Total Province Indices |': an English
# label column or gloss in a pipe table
_ENGLISH_CELL = re.compile(r"[A-Za-z][A-Za-z ,.'&()/-]*")
_GLOSSED = re.compile(r"\|\s*[A-Za-z][A-Za-z ,.'&()/-]*\s*\||[\u3400-\u9fff]\s+[A-Za-z][A-Za-z ]*\s*\|")


def _unglossed(text: str) -> str:
    cells = text.split("|")
    if (
        len(cells) >= 3
        and _ENGLISH_CELL.fullmatch(cells[1].strip())
        and re.search(r"[\u3400-\u9fff]", cells[0])
    ):
        del cells[1]
    return "|".join(
        re.sub(r"(?<=[\u3400-\u9fff])\s+[A-Za-z][A-Za-z ]*$", "", c.rstrip()) + " " * (c != c.rstrip())
        for c in cells
    )
