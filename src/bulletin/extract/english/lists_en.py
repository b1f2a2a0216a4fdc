"""English lists whose figures are shared out: 'A, B and C rose x, y and z percent, respectively',
'the respective added values of the primary, secondary and tertiary industries were …'.

Contract: ``respectively_en(scan, figures)`` -> where the names before an English 'respectively'
end; ``respective_en`` and ``and_respectively`` -> the figures renamed after the items a list
names (a 'respective … of' list, a phrase naming two items, a list whose figures were read for its
last item only). Pure.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bulletin.content.catalog import Catalog, Entry
from bulletin.extract import lexicon as lx
from bulletin.extract.lang import is_en
from bulletin.extract.lists.listitems import Names, named
from bulletin.extract.naming.industries import ENGLISH_LISTS
from bulletin.extract.naming.names import phrase_name
from bulletin.extract.sentence.sentences import Figure, Scan

__all__ = ["LIST_OPENER_EN", "and_respectively", "listed_words_en", "respective_en", "respectively_en"]

LIST_OPENER_EN = re.compile(r",\s+(?:with|while|including|of which)\s")


# '(Main economic indicators show that) the fixed asset investment, added value of industrial companies
# above designated size, and total retail sales of consumer goods in the city increased 5.5 percent,
# 6.1 percent, and 8.8 percent year-on-year respectively': items listed with commas, some of them no
# catalogue name, each named as written
_REPORTED_EN = re.compile(r"^.*\b(?:shows?|showed|indicates?|indicated)\s+(?:that\s+)?", re.IGNORECASE)


def listed_words_en(scan: Scan, lo: int, cut: int, catalog: Catalog) -> Names:
    """The items of an English list of names before its figures (after ``lo``, the last figure
    before them), or none when one names nothing."""
    words = _REPORTED_EN.sub("", re.split(r"[;:]", scan.text[max(lo + 1, 0) : cut])[-1]).strip()
    *firsts, last = re.split(r",\s*", words)
    ends = re.split(r"^and\s+|\s+and\s+", last, maxsplit=1)  # (a list says 'and' before its last item)
    if not firsts or len(ends) < 2:
        return []
    listed: Names = []
    for item in [*firsts, *(e for e in ends if e)]:
        name = phrase_name(item)
        if not name:
            return []
        listed.append(named(name, catalog))
    return listed


def respectively_en(scan: Scan, figures: list[Figure]) -> list[int]:
    """'A and B reached x and y respectively': the names end where the first figure after them starts."""
    word = lx.respectively_at(scan.text)
    if not is_en(scan.lang) or word is None:
        return []
    names = [n for n in scan.names if n.end <= word]
    opener = list(LIST_OPENER_EN.finditer(scan.text, 0, word))
    names = [n for n in names if not opener or n.start > opener[-1].start()]  # after 'with
    # ('X rose a to b, as the X of A and B increased c and d, respectively': the list is after the
    # figures another name stated)
    stated = [f.offset for f in figures if names and f.offset < names[-1].start]
    names = [n for n in names if not stated or n.start > max(stated)]
    if len({n.name for n in names}) < 2:
        return []
    first = min((f.offset for f in figures if f.offset > names[0].start), default=None)
    if first is None:
        return []
    return [max(n.end for n in names if n.end <= first) if any(n.end <= first for n in names) else first - 1]


# 'The respective added values of Hubei's primary, secondary, and tertiary industries were x, y and z,
# up a, b and c': the items listed after 'respective … of' share out each kind of figure in order.
_RESPECTIVE = re.compile(
    r"\brespective\s+(?P<head>[a-z][a-z -]{2,30}?)\s+of\s+(?:the\s+)?"
    r"(?:(?:[A-Z][\w-]*|city|province|region|zone|county|district|country)['’]s\s+|[A-Z][\w-]*\s+)?"
    r"(?P<items>[a-z-]+(?:,\s*[a-z-]+)*,?\s+and\s+[a-z-]+)(?:\s+(?P<kind>industries|sectors))?\b"
)


# 'The added value of Tianjin's primary, secondary and tertiary industries respectively rose …': the
# same list with 'respectively' after it.
_RESPECTIVELY_AFTER = re.compile(
    r"\b(?P<head>added values?|values?[- ]added|output)\s+(?:of|in(?=\s+(?:the\s+)?primary\b))\s+(?:the\s+)?"
    r"(?:(?:[A-Z][\w-]*|city|province|region|zone|county|district|country)['’]s\s+|its\s+)?"
    r"(?:(?P<items>[a-z-]+(?:,\s*[a-z-]+)*,?\s+and\s+[a-z-]+)(?:\s+(?P<kind>industries|sectors))?\s+respectively\b"
    # ('The added values of Jiangsu's primary, secondary and tertiary industries in the first half were
    # a, b and c, respectively')
    # (or 'the primary, secondary and tertiary industry': one industry each)
    r"|(?P<three>primary,\s+secondary,?\s+and\s+tertiary)\s+(?P<threekind>industr(?:ies|y)|sectors?)"
    r"(?=(?:[^.;]|\.\d)*\brespectively\b)"  # (past the points of the figures between)
    # ('… of the equipment manufacturing, food and pharmaceutical industries respectively increased',
    # '… of the new materials, …, and bio-industry sectors increased by …, respectively')
    r"|(?P<long>[a-z][a-z -]*?(?:,\s*[a-z][a-z -]*?)+,?\s+and\s+[a-z][a-z -]*?)"
    r"\s+(?P<longkind>industries|sectors)"
    r"(?=\s+respectively\b|[^.;]*\brespectively\b))"
)


def respective_en(scan: Scan, figures: list[Figure], catalog: Catalog) -> list[Figure]:
    found = (
        (_RESPECTIVE.search(scan.text) or _RESPECTIVELY_AFTER.search(scan.text)) if is_en(scan.lang) else None
    )
    if found is None or (found.groupdict().get("three") and found["head"] == "output"):
        return figures  # ('output in the primary, … industries': the output as written, read elsewhere)
    listed = found["items"] or found.groupdict().get("long") or found.groupdict().get("three") or ""
    items = [p.strip() for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", listed) if p.strip()]
    head = found["head"]
    head = re.sub(r"values(?=[- ]added$)", "value", head)  # each item has one
    head = head[:-1] if head.endswith(("values", "outputs")) else head
    kind_word = found["kind"] or found.groupdict().get("longkind") or found.groupdict().get("threekind") or ""
    kind = " " + re.sub(r"ies$", "y", kind_word).removesuffix("s") if kind_word else ""
    names = [f"{head} of the {item}{kind}" for item in items]
    after = [f for f in figures if f.offset > found.end()]
    renamed: dict[int, str] = {}
    for measure in ("quantity", "yoy_pct"):
        group = [f for f in after if getattr(f, measure) is not None]
        if len(group) == len(names):
            renamed.update({id(f): n for f, n in zip(group, names, strict=True)})
    return _renamed(figures, renamed, catalog)


_OWNER_EN = re.compile(r"^(?:the\s+)?(?:region|city|province|county|district|country)'s\s+", re.IGNORECASE)


def _items_before(scan: Scan, last: str, count: int) -> list[str]:
    """The items of an English list that ends with ``last`` ('with A, B, and C'), when there are
    ``count`` of them; else none."""
    at = scan.text.find(last)
    if at < 0:
        return []
    # ('the output of raw coal, crude steel and electricity': the last item was read with the one before)
    items = [p for p in re.split(r"\s+and\s+", last) if p] if last.count(" and ") == 1 else [last]
    head = ""
    for part in reversed(
        scan.text[:at].split(",")[:-1] if scan.text[:at].rstrip().endswith(("and", ",")) else []
    ):
        words = re.sub(r"^\s*(?:and\s+)?", "", part).strip()
        opener = re.match(
            r"(?:.*\b)?(?:with|including|such as|as well as|like|of which|as)\s+(?P<item>.+)$", words
        )
        item = opener["item"] if opener else words
        # ("as the region's cash deposits, …": the owner and the sentence's capital are no part of it)
        item = _OWNER_EN.sub("", item)
        item = item[0].lower() + item[1:] if item[:1].isupper() and not item.split()[0].isupper() else item
        if measured := _HEAD_OF_EN.match(item):
            item, head = measured["item"], measured["head"] + " "
        if not item or re.search(r"\d", item) or len(item.split()) > 4:
            return []
        items.insert(0, item)
        if opener or head or len(items) == count:
            break
    if len(items) != count or any(re.search(r"[“”\"]", i) for i in items):
        return []  # (quoted items hold commas of their own: where each ends is not known)
    # ('primary, secondary and tertiary industries in the city': each item is one industry)
    items[-1] = re.sub(r"\s+in the (?:city|province|county|district|zone|region)$", "", items[-1])
    # ('… and professional stores in retail units above the designated size': every item's coverage)
    items[-1] = re.sub(
        r"\s+(?:in|of) (?:retail )?(?:units|enterprises) above (?:the )?designated size$", "", items[-1]
    )
    # ('… new-generation information technology and bio-industry sectors': each item is one sector)
    if plural := _PLURAL_KIND_EN.search(items[-1]):
        kind = {"industries": "industry", "sectors": "sector"}[plural.group(1).lower()]
        items = [f"{i[: plural.start()] if n == len(items) - 1 else i} {kind}" for n, i in enumerate(items)]
    return [head + item for item in items]


_PLURAL_KIND_EN = re.compile(r"\s(industries|sectors)$", re.IGNORECASE)


# 'the output of raw coal, crude steel and electricity': what the list measures, then its first item
_HEAD_OF_EN = re.compile(
    r"^(?:(?:the|its)\s+)?(?:[\w-]+['’]s\s+)?"
    r"(?P<head>(?:output|production|added value|value[- ]added|(?:retail\s+)?sales|exports|imports)\s+of"
    r"|investment\s+in"
    r"|(?:added value|value[- ]added)\s+in(?=\s+(?:the\s+)?(?:primary|secondary|tertiary)\b))\s+"
    r"(?:the\s+)?(?:(?:city|province|county|district|region|zone|country|nation)['’]s\s+)?(?P<item>.+)$",
    re.IGNORECASE,
)


def _renamed(figures: list[Figure], names: dict[int, str], catalog: Catalog) -> list[Figure]:
    return [_named_as(f, n, catalog) if (n := names.get(id(f))) else f for f in figures]


def _named_as(f: Figure, name: str, catalog: Catalog) -> Figure:
    return replace(f, name=_canonical(name, catalog), written=name, known=_lookup(name, catalog) is not None)


_OWN_MEASURE_EN = re.compile(
    r"\b(?:supply|output|production|sales|investment|revenue|income|exports?|imports?|volume|value)$",
    re.IGNORECASE,
)


# A head noun two adjectives share: 'urban and rural residents', 'secondary and tertiary industries'
_SHARED_NOUN_EN = re.compile(
    r"^[A-Za-z-]{3,20} (?P<noun>industry|industries|sectors?|enterprises|companies|residents|areas|regions|"
    r"manufacturing)$",
    re.IGNORECASE,
)


_BOTH = re.compile(r"\band\b[^,;]*?\bboth\b", re.IGNORECASE)  # 'A and B both grew', after the names
_AMONG_EN = re.compile(r"\b(?:among (?:which|them)|of which)\b", re.IGNORECASE)


def _one_item_read(
    scan: Scan, figures: list[Figure], group: list[Figure], name: str, span: tuple[int, int]
) -> list[Figure]:
    """'power generation and the production of coal were up by a and b respectively', where only coal was
    read: its rate is the one at its place in the list (the last here, the first when the unread item
    follows it); the others are the unread items'. Where its place is not found, no rate is kept."""
    lo, word = span
    if " and " not in scan.text[lo : group[0].offset] or not _OWN_RATES.search(scan.text, lo, word):
        return figures
    at = scan.text.lower().rfind(name.lower(), lo, group[0].offset)
    follows = " and " in scan.text[at + len(name) : group[0].offset]  # (the unread item follows it)
    keep = (group[0] if follows else group[-1]) if at >= 0 else None
    drop = {id(f) for f in group if f is not keep}
    return [f for f in figures if id(f) not in drop]


# two or more rates in a row before 'respectively' ('were up by 12.0 percent and 12.8 percent')
_OWN_RATES = re.compile(r"[\d.]+\s*(?:%|percent|per cent)?,?\s+and\s+[\d.]+\s*(?:%|percent|per cent)")


def and_respectively(scan: Scan, figures: list[Figure], catalog: Catalog) -> list[Figure]:
    """'The output of mining and manufacturing grew by 2.1 percent and 8.3 percent, respectively':
    one phrase naming two items (no catalogue names to split at) shares out the figures read for it."""
    figures = [twin for f in figures for twin in _both_of(f, catalog)] if is_en(scan.lang) else figures
    first = lx.respectively_at(scan.text)
    # ('industrial output of A and B both went up 6.1 percent': one rate, each item's)
    first = first if first is not None or not _BOTH.search(scan.text) else len(scan.text)
    if not is_en(scan.lang) or first is None:
        return figures
    # ('A, B and C rose a, b and c percent respectively, and D and E fell d and e percent respectively')
    words = [m.start() for m in re.finditer(r"\brespectively\b", scan.text)] or [first]
    spans = zip([-1, *words], words, strict=False)
    for lo, word, kind in [(lo, w, k) for lo, w in spans for k in ("quantity", "yoy_pct")]:
        lo = max(lo, scan.text.rfind(";", 0, word))  # ('…was a; that of A and B were b, c, … respectively')
        group = [f for f in figures if lo < f.offset < word and getattr(f, kind) is not None]
        run = list(group)
        while len(run) > 1 and run[0].written != run[-1].written:
            run = run[1:]  # ('X rose a, of which A, B and C grew b, c and d': the run of the list's own)
        written = {f.written for f in group}
        listed = _items_before(scan, run[-1].written, len(run)) if len(run) >= 3 else []
        if listed:
            group, written = run, {run[-1].written}
            # 'with service robots, new energy vehicles, and integrated circuits surging a, b, and c,
            # respectively': the figures were read for the last item only
            shared = dict(zip(map(id, group), listed, strict=True))
            # ('… stood at a, b, and c, respectively, rising x, y, and z': the rates after it too)
            rates = [f for f in figures if f.offset > word and f.quantity is None and f.written in written]
            if kind == "quantity" and len(rates) == len(listed):
                shared.update(zip(map(id, rates), listed, strict=True))
            figures = _renamed(figures, shared, catalog)
            continue
        among = len(group) > 2 and _AMONG_EN.search(scan.text, group[0].offset, run[0].offset)
        if len(run) == 2 and among:  # ('X rose a, among which A and B grew b and c, respectively')
            group, written = run, {run[0].written}
        if kind == "yoy_pct" and len(group) == 1 and _BOTH.search(scan.text, 0, group[0].offset):
            twin = replace(group[0])  # ('A and B both grew by 8.8 percent to x and y, respectively')
            figures, group = [*figures, twin], [group[0], twin]
        if len(group) >= 2 and len(written) == 1 and " and " not in (only := next(iter(written))):
            figures = _one_item_read(scan, figures, group, only, (max(lo, 0), word))
            continue
        if len(group) != 2 or len(written) != 1 or " and " not in (phrase := written.pop()):
            continue
        # ('the output of mining and …', 'investment in high-tech and equipment manufacturing')
        joint = " of " if " of " in phrase else " in " if re.match(r"investment in ", phrase, re.I) else ""
        joint = " for " if re.match(r"prices? for ", phrase, re.I) else joint  # ('prices for A and B')
        head, _, items = phrase.rpartition(joint) if joint else ("", "", phrase)
        head = re.sub(r"\b(?:added values|values added)\b", "added value", head)  # (each item has one)
        if " and " in head:  # ('biological industry and new generation of information technology')
            head, joint, items = "", "", phrase
        parts = _items_of(items)
        if len(parts) != 2:
            continue
        # ('of provincial high-processing and high-tech industries': the area's adjective is no item's)
        parts[0] = re.sub(r"^(?:the\s+)?(?:provincial|municipal)?\s*", "", parts[0], flags=re.I)
        if len(parts[0].split()) == 1 and (noun := _SHARED_NOUN_EN.match(parts[1])):
            parts[0] += " " + noun["noun"]  # 'secondary and tertiary industries': both are industries
            # (each is one industry: 'secondary industry', as the catalogue names it; a name it lacks
            # stays as written: 'high-tech industries')
            one = [re.sub(r"\bindustries$", "industry", re.sub(r"\bsectors$", "sector", p)) for p in parts]
            ordinal = re.match(r"(?:primary|secondary|tertiary)\b", parts[0], re.I)
            parts = one if ordinal or any(_lookup(f"{head}{joint}{p}", catalog) for p in one) else parts
        # 'the number of hogs for slaughter and pork supply': an item that names its own measure keeps it
        names = [f"{head}{joint}{p}" if head and not _OWN_MEASURE_EN.search(p) else p for p in parts]
        shared = {id(f): n for f, n in zip(group, names, strict=True)}
        figures = _renamed(figures, shared, catalog)
    return figures


# 'prices of both vegetables and fruits climbed 6.5 percent': the figure of each of the two
_BOTH_OF = re.compile(
    r"^(?P<head>[a-z][a-z -]{2,40}? of )both (?P<a>[a-z-]+(?: [a-z-]+)?) and (?P<b>[a-z-]+(?: [a-z-]+)?)$"
)


def _both_of(f: Figure, catalog: Catalog) -> list[Figure]:
    pair = _BOTH_OF.match(f.written)
    if pair is None:
        return [f]
    return [_named_as(f, pair["head"] + pair[item], catalog) for item in ("a", "b")]


def _items_of(items: str) -> list[str]:
    """'health care and other supplies and services' -> the two items: a name that holds 'and' stays whole."""
    kept = [m.group() for m in ENGLISH_LISTS.finditer(items)]
    masked = ENGLISH_LISTS.sub(lambda m: f"\x00{kept.index(m.group())}\x00", items)
    parts = [p.strip() for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", masked) if p.strip()]
    return [re.sub(r"\x00(\d+)\x00", lambda m: kept[int(m.group(1))], p) for p in parts]


def _canonical(name: str, catalog: Catalog) -> str:
    entry = _lookup(name, catalog)
    return entry.name if entry else name


_OWNER = re.compile(r"\bof\s+(?:the\s+)?[A-Z][\w-]*['’]s\s+")


def _lookup(name: str, catalog: Catalog) -> Entry | None:
    """The entry of ``name``, or of it without an owner after 'of' ('added value of Taizhou's primary
    industry' is the area's own 第一产业增加值)."""
    return catalog.lookup(name) or (catalog.lookup(_OWNER.sub("of ", name)) if "'s " in name else None)
