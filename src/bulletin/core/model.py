"""The frozen values passed from one build stage to the next.

Contract: plain data, no behaviour beyond small derived properties. Stages
never mutate these; they derive new ones with ``dataclasses.replace``.
Collections are tuples; references between objects are by slug.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bulletin.core.document import Document
from bulletin.core.errors import Diagnostic
from bulletin.core.langs import LANGS
from bulletin.core.measure import Change, Measure, Measured, Rank, Rate
from bulletin.core.periods import Period
from bulletin.core.slotstate import plain_state
from bulletin.core.units import Quantity

SOURCES = ("front-matter", "prose", "both")


def measure_of(
    amount: Quantity | None = None,
    yoy: float | None = None,
    yoy_decimals: int | None = None,
    rank: int | None = None,
    rank_of: int | None = None,
    rank_by: str = "",
    rank_field: str = "",
    change: Change | None = None,
) -> Measure:
    """The :class:`Measure` that plain values state, where a reader turns what it parsed into a
    record (decimals default to what the float shows)."""
    return Measure(
        amount,
        Rate(yoy, _decimals(yoy, 1) if yoy_decimals is None else yoy_decimals) if yoy is not None else None,
        Rank(rank, rank_of, rank_by, rank_field) if rank is not None else None,
        change,
    )


def _decimals(value: float, minimum: int) -> int:
    text = repr(float(value))
    return max(minimum, len(text.split(".")[1])) if "." in text and "e" not in text else minimum


@plain_state
@dataclass(frozen=True, slots=True)
class ReadOptions:
    """The little of the site's configuration that reading one file depends on.

    Reading a file is a pure function of (file bytes, catalogue, these options), so these
    three values, not the whole config, are part of a read cache key.
    """

    language: str = "zh-CN"
    default_region: str | None = None
    allow_html: bool = False
    base_path: str = "/"  # links to files beside a bulletin are rewritten under it


@plain_state
@dataclass(frozen=True, slots=True)
class SiteConfig:
    """Everything a build needs to know that is not content."""

    root: Path
    output_dir: Path
    title: str = "经济运行公报"
    description: str = ""
    base_url: str = "/"
    language: str = "zh-CN"
    default_region: str | None = None
    allow_html: bool = False
    show_updated: bool = False  # footer date: the newest bulletin's date, never the build time
    per_page: int = 100  # items on one page of the archive and of an indicator's table (site/paging.py)
    drafts: bool = False
    jobs: int = 1
    strict: bool = False
    config_path: Path | None = None
    cache_path: Path | None = None  # default: ROOT/.bulletin-cache (BULLETIN_CACHE_DIR overrides)
    force: bool = False  # ignore the build state and the read cache (bulletin build --force)
    executor: str = "local"  # where tasks run: "local" (a process pool; jobs == 1 in-process) or "dask"
    scheduler: str | None = None  # the Dask scheduler's address, tcp://HOST:8786
    scheduler_timeout: float = 10.0  # seconds to reach the scheduler before the build fails
    # "fresh": index the rendered pages; "previous": keep the index and the data downloads already in
    # the output folder (serve's quick rebuilds: Pagefind takes seconds and the downloads encode every
    # row, so the preview makes them again when the editor pauses).
    search: str = "fresh"
    # The reader's site: per-language title/description, English names of regions and tags, licence.
    titles: tuple[tuple[str, str], ...] = ()
    descriptions: tuple[tuple[str, str], ...] = ()
    names_en: tuple[tuple[str, str], ...] = ()
    license: str = ""
    # Header and footer (content/siteui.py): menu entries ((lang, title) pairs, target), the logo's
    # path under static/, footer text per language; a lang of '' is the text for every language.
    menu: tuple[tuple[tuple[tuple[str, str], ...], str], ...] = ()
    logo: str = ""
    footer: tuple[tuple[str, str], ...] = ()

    def title_in(self, lang: str) -> str:
        """The site title in ``lang`` (the plain title when none is given for it)."""
        return dict(self.titles).get(lang, self.title)

    def description_in(self, lang: str) -> str:
        return dict(self.descriptions).get(lang, self.description)

    def name_in(self, name: str, lang: str) -> str:
        """A region or tag as ``lang`` reads it: its English name from bulletin.yaml, else as written."""
        return name if lang.startswith("zh") else dict(self.names_en).get(name, name)

    @property
    def site_url(self) -> str | None:
        """The absolute base URL (feeds, sitemap, canonical links need one), or None."""
        return self.base_url if self.base_url.startswith(("http://", "https://")) else None

    @property
    def base_path(self) -> str:
        """base_url's path: page links are root-relative, so a site works on any host and in a preview."""
        if self.site_url is None:
            return self.base_url
        rest = self.base_url.split("://", 1)[1]
        return "/" + rest.split("/", 1)[1] if "/" in rest else "/"

    @property
    def content_dir(self) -> Path:
        return self.root / "content"

    @property
    def templates_dir(self) -> Path:
        return self.root / "templates"

    @property
    def static_dir(self) -> Path:
        return self.root / "static"

    @property
    def cache_dir(self) -> Path:
        return self.cache_path or self.root / ".bulletin-cache"

    @property
    def languages(self) -> tuple[str, ...]:
        """Site languages, the default first; every page exists in each."""
        return (self.language, *(lang for lang in LANGS if lang != self.language))

    @property
    def read_options(self) -> ReadOptions:
        """What reading one bulletin needs of this config."""
        return ReadOptions(self.language, self.default_region, self.allow_html, self.base_path)


@plain_state
@dataclass(frozen=True, slots=True)
class SourceFile:
    """A content file as read: path relative to the site root (POSIX), text, digest."""

    path: str
    text: str
    digest: str


@plain_state
@dataclass(frozen=True, slots=True)
class DeclaredIndicator(Measured):
    """One entry of a bulletin's front-matter ``indicators`` list, type-checked.

    ``measure`` holds what the entry states completely on its own: the growth rate with its written
    decimals and the rank among ``rank_of``. The value stays as written (``value``, ``decimals``,
    ``unit``) and ``measure.quantity`` is None: the unit may be left out for the catalogue to supply,
    and the catalogue is only known when the table is merged (extract/merge.py builds the quantity
    there). A ``rank_of`` written without a rank is no :class:`Rank`; ``field_size`` keeps it to size
    the rank the prose states.
    """

    name: str
    line: int
    measure: Measure = field(default_factory=Measure)
    value: float | None = None
    decimals: int = 0
    unit: str = ""
    field_size: int | None = None
    note: str = ""
    period: Period | None = None


@plain_state
@dataclass(frozen=True, slots=True)
class ReportMeta:
    """A bulletin's front-matter, validated."""

    path: str
    slug: str
    title: str
    date: dt.date
    period: Period
    region: str
    summary: str = ""
    tags: tuple[str, ...] = ()
    author: str = ""
    source: str = ""
    lang: str = "zh-CN"
    draft: bool = False
    indicators: tuple[DeclaredIndicator, ...] = ()
    line: int = 1  # line of the opening ---
    ignore: tuple[str, ...] = ()  # prose readings of these indicators are silenced


@plain_state
@dataclass(frozen=True, slots=True)
class PlainPage:
    """A page that is not a bulletin (关于本站, 数据说明): no date, period or figures."""

    path: str
    slug: str
    title: str
    document: Document
    lang: str = "zh-CN"
    summary: str = ""
    menu: bool = True  # listed in the site menu
    weight: int = 0  # menu order, then title
    draft: bool = False


@plain_state
@dataclass(frozen=True, slots=True)
class Mention(Measured):
    """A figure read from the prose: one indicator's value, growth or rank in one place."""

    name: str  # canonical name when the catalogue knows it, else as written
    written: str  # the name as it appears in the text
    line: int
    period: Period
    measure: Measure = field(default_factory=Measure)
    known: bool = True
    rule: str = ""  # what judged the reading (extract/review.py)
    confidence: float = 1.0


@plain_state
@dataclass(frozen=True, slots=True)
class Indicator(Measured):
    """One row of a bulletin's indicator table, after merging front-matter and prose."""

    name: str
    name_en: str
    slug: str
    category: str
    order: int
    period: Period
    source: str  # one of SOURCES
    line: int
    measure: Measure = field(default_factory=Measure)
    note: str = ""
    known: bool = True

    @property
    def value(self) -> float | None:
        return self.quantity.value if self.quantity else None

    @property
    def unit(self) -> str:
        return self.quantity.unit if self.quantity else ""


@plain_state
@dataclass(frozen=True, slots=True)
class Report:
    """A parsed bulletin: its metadata, rendered body and indicator table."""

    meta: ReportMeta
    document: Document
    indicators: tuple[Indicator, ...] = ()
    mentions: tuple[Mention, ...] = field(default=(), repr=False)

    @property
    def slug(self) -> str:
        return self.meta.slug


@plain_state
@dataclass(frozen=True, slots=True)
class Point(Measured):
    """One period of one indicator in one region, as the series shows it: the bulletin row's
    measure (data/dataset.py), or for a derived period only the computed quantity."""

    region: str
    period: Period
    bulletin: str
    line: int
    source: str
    measure: Measure = field(default_factory=Measure)
    derived: bool = False
    implied_yoy: float | None = None
    previous_value: float | None = None
    revisions: tuple[tuple[str, float | None, float | None], ...] = ()  # (bulletin, value, yoy) superseded

    @property
    def value(self) -> float | None:
        return self.quantity.value if self.quantity else None

    @property
    def unit(self) -> str:
        return self.quantity.unit if self.quantity else ""

    @property
    def value_decimals(self) -> int | None:
        return self.quantity.decimals if self.quantity else None


@plain_state
@dataclass(frozen=True, slots=True)
class History:
    """An indicator across all regions and periods."""

    name: str
    name_en: str
    slug: str
    category: str
    order: int
    comparable: bool
    key: bool
    points: tuple[Point, ...]

    @property
    def regions(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(p.region for p in self.points))


@plain_state
@dataclass(frozen=True, slots=True)
class OutputFile:
    """One file of the built site: a path relative to the output folder and its bytes."""

    path: str
    data: bytes
    # A static file is copied from here by streaming, never held in memory (data is then b""); a
    # page written by a streaming build points at its written copy the same way.
    source: Path | None = None
    # A file whose bytes are known by digest before they are read (a link-preview PNG in the chart
    # cache): ``load`` reads them only when the file must be written, so an unchanged one is
    # hard-linked without being read and the client never holds them all. Client-side only.
    digest: str | None = None
    load: Callable[[], bytes] | None = None

    def content(self) -> bytes:
        """The file's bytes, read from ``source`` (or loaded) when it has one."""
        if self.load is not None:
            return self.load()
        return self.data if self.source is None else self.source.read_bytes()


@plain_state
@dataclass(frozen=True, slots=True)
class BuildResult:
    """What a build produced and found."""

    files: tuple[OutputFile, ...]
    diagnostics: tuple[Diagnostic, ...]
    reports: tuple[Report, ...] = ()
    stats: dict[str, float] = field(default_factory=dict)
