"""Jinja templates -> page bytes.

Stage contract: ``Renderer(config)`` builds one Jinja environment (autoescape
on, StrictUndefined) whose loader looks in the site's own ``templates/``
first and the default theme second, by file name. ``render(page)`` returns
an :class:`OutputFile` or raises :class:`ContentError` (E701) naming the
template file and line. Templates receive plain view data only.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import jinja2
import jinja2.meta
from markupsafe import Markup

from bulletin.charts.store import showing
from bulletin.core.errors import ContentError, Diagnostic, Location, error
from bulletin.core.i18n import format_day, format_number, format_signed, lang_prefix, localized, translate
from bulletin.core.model import OutputFile, SiteConfig
from bulletin.site.pages import Page, SiteView
from bulletin.site.siteloader import SiteLoader
from bulletin.site.theme import theme_dir

__all__ = ["RenderJob", "Renderer", "job_renderer", "render_page", "theme_dir"]

_EXTERNAL = re.compile(r"^(https?|mailto):")


class Renderer:
    """One Jinja environment per build; renders pages to bytes."""

    def __init__(self, config: SiteConfig, site: SiteView, loader: jinja2.BaseLoader | None = None) -> None:
        self.config, self.site = config, site
        self.problems: tuple[Diagnostic, ...] = ()
        if loader is None:
            site_loader = SiteLoader(config)
            self.problems = site_loader.problems  # links, odd files, unreadable folders in templates/
            loader = jinja2.ChoiceLoader([site_loader, jinja2.FileSystemLoader(theme_dir())])
        self.env = jinja2.Environment(
            loader=loader,
            autoescape=jinja2.select_autoescape(["html", "xml", "svg"], default_for_string=True),
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        self.env.filters.update(num=self._num, signed=self._signed, day=self._day)
        self._closures: dict[str, str] = {}

    def _num(self, value: float | None, lang: str, decimals: int | None = None) -> str:
        return format_number(value, lang, decimals)

    def _signed(self, value: float | None, lang: str, decimals: int = 1) -> str:
        return format_signed(value, lang, decimals)

    def _day(self, value: Any, lang: str) -> str:
        return format_day(value, lang)

    def templates_digest(self, name: str) -> str:
        """Digest of the template ``name`` and every template it extends, includes or imports
        (all templates when a name is computed at run time), for the build graph's page keys."""
        if name not in self._closures:
            seen: dict[str, str] = {}
            todo = [name]
            while todo:
                current = todo.pop()
                if current in seen:
                    continue
                try:
                    source, _, _ = self.env.loader.get_source(self.env, current)  # type: ignore[union-attr]
                except jinja2.TemplateNotFound:
                    seen[current] = ""
                    continue
                seen[current] = hashlib.sha256(source.encode("utf-8")).hexdigest()
                try:
                    found = list(jinja2.meta.find_referenced_templates(self.env.parse(source)))
                except jinja2.TemplateSyntaxError:
                    found = []  # rendering reports it (E701)
                if None in found:  # a computed name: the page may use any template
                    todo.extend(self.env.list_templates())
                todo.extend(n for n in found if n is not None)
            blob = "\n".join(f"{n}:{d}" for n, d in sorted(seen.items()))
            self._closures[name] = hashlib.sha256(blob.encode("utf-8")).hexdigest()
        return self._closures[name]

    def job(self) -> RenderJob:
        """What a worker needs to render this build's pages: config, site view and every template's
        source as text (read here, so no worker depends on this machine's file system)."""
        loader = self.env.loader
        assert loader is not None
        sources: list[tuple[str, str | None, tuple[Diagnostic, ...]]] = []
        for name in loader.list_templates():
            try:
                text, _, _ = loader.get_source(self.env, name)
                sources.append((name, text, ()))
            except ContentError as exc:  # raised again where a page uses it, as locally
                sources.append((name, None, tuple(exc.diagnostics)))
            except jinja2.TemplateNotFound:
                continue
        blob = repr((self.config, self.site, sources)).encode("utf-8")
        return RenderJob(self.config, self.site, tuple(sources), hashlib.sha256(blob).hexdigest())

    def url_for(self, path: str, lang: str) -> str:
        """Site-relative path ('bulletins/x/') -> root-relative link under base_url's path, in a language."""
        return self.config.base_path + lang_prefix(lang, self.config.language) + path

    def absolute(self, path: str, lang: str | None) -> str:
        """The full URL (canonical, hreflang, Open Graph), or '' when base_url is not absolute."""
        if self.config.site_url is None:
            return ""
        return self.config.site_url + (lang_prefix(lang, self.config.language) if lang else "") + path

    def render(self, page: Page) -> OutputFile:
        """Render one page; template problems become E701 diagnostics."""
        lang = page.lang

        def t(key: str, **values: object) -> str:
            return translate(lang, key, **values)

        def url(path: str, in_lang: str | None = None) -> str:
            return self.url_for(path, in_lang or lang)

        def asset(path: str) -> str:
            return self.config.base_path + path

        def absolute(path: str, in_lang: str | None = lang) -> str:
            return self.absolute(path, in_lang)

        def name(text: str) -> str:  # a region or tag name as this page's language reads it
            return self.config.name_in(text, lang)

        site = replace(
            self.site, title=self.config.title_in(lang), description=self.config.description_in(lang)
        )
        menu = [
            {
                "title": localized(lang, dict(titles)),
                "url": target if _EXTERNAL.match(target) else url(target),
                "external": bool(_EXTERNAL.match(target)),
                "current": not _EXTERNAL.match(target) and page.url == target,
            }
            for titles, target in self.site.menu
        ]
        context = dict(
            page=page.view,
            site=site,
            absolute=absolute,
            name=name,
            tr=translate,
            lang=lang,
            path=page.url,
            t=t,
            url=url,
            asset=asset,
            alternates=page.alternates,
            safe=Markup,
            menu=menu,
            logo=asset(self.config.logo) if self.config.logo else "",
            footer=localized(lang, dict(self.config.footer)) if self.config.footer else "",
        )
        try:
            with showing(page.svgs):
                html = self.env.get_template(page.template).render(context)
        except jinja2.TemplateSyntaxError as exc:
            raise ContentError(
                [
                    error(
                        "E701",
                        f"template error: {exc.message}",
                        Location(f"templates/{exc.name or page.template}", exc.lineno),
                        "fix the template syntax on this line",
                    )
                ]
            ) from None
        except jinja2.TemplateError as exc:
            raise ContentError(
                [
                    error(
                        "E701",
                        f"template {page.template} failed: {exc}",
                        Location(f"templates/{page.template}", _template_line(exc)),
                        "a template used a value that does not exist; check its spelling",
                    )
                ]
            ) from None
        return OutputFile(page.path, html.encode("utf-8"))


@dataclass(frozen=True, slots=True)
class RenderJob:
    """A build's rendering inputs as plain values; ``key`` names them for the worker's renderer cache."""

    config: SiteConfig
    site: SiteView
    templates: tuple[tuple[str, str | None, tuple[Diagnostic, ...]], ...]  # name, text or problems
    key: str


class _Shipped(jinja2.BaseLoader):
    """Templates travelling with a RenderJob; one that could not be read raises what reading it raised."""

    def __init__(self, templates: tuple[tuple[str, str | None, tuple[Diagnostic, ...]], ...]) -> None:
        self.templates = {name: (text, problems) for name, text, problems in templates}

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str | None, Callable[[], bool] | None]:
        if template not in self.templates:
            raise jinja2.TemplateNotFound(template)
        text, problems = self.templates[template]
        if text is None:
            raise ContentError(problems)
        return text, None, lambda: True

    def list_templates(self) -> list[str]:
        return sorted(self.templates)


# One renderer per worker process and build: building the Jinja environment and compiling
# templates costs more than rendering a batch of pages.
_RENDERERS: dict[str, Renderer] = {}


def job_renderer(job: RenderJob) -> Renderer:
    """The renderer of ``job``: made once per process for the same templates, config and site view
    (a long-lived process such as serve also keeps its parsed templates and their digests)."""
    renderer = _RENDERERS.get(job.key)
    if renderer is None:
        _RENDERERS.clear()
        renderer = _RENDERERS[job.key] = Renderer(job.config, job.site, _Shipped(job.templates))
    return renderer


def render_page(page: Page, job: RenderJob) -> OutputFile | tuple[Diagnostic, ...]:
    """An executor task: one page's bytes, or the diagnostics of a template that failed on it."""
    renderer = job_renderer(job)
    try:
        return renderer.render(page)
    except ContentError as exc:
        return tuple(exc.diagnostics)


def _template_line(exc: BaseException) -> int | None:
    tb = exc.__traceback__
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename.endswith(".html"):
            line = tb.tb_lineno
        tb = tb.tb_next
    return line
