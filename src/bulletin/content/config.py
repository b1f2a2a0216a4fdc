"""Site configuration: ``bulletin.yaml`` plus command-line overrides -> SiteConfig.

Stage contract: ``load_config(root, ...)`` -> ``(SiteConfig, diagnostics)``;
raises :class:`ContentError` when the file is unusable. Every bad key is
reported at once; unknown keys get a "did you mean". A folder with no
``bulletin.yaml`` gets the defaults.
"""

from __future__ import annotations

import difflib
import os
import re
from pathlib import Path
from typing import Any

from bulletin.content.siteui import site_ui
from bulletin.content.sources import MAX_FILE_BYTES, decode_text
from bulletin.content.yamlsafe import load_yaml
from bulletin.core.errors import ContentError, Diagnostic, Location, error, warning
from bulletin.core.model import SiteConfig
from bulletin.core.safefs import link_problem, read_regular

__all__ = ["CONFIG_FILE", "load_config", "normalize_base_url"]

CONFIG_FILE = "bulletin.yaml"
_TEXT_KEYS = ("title", "description", "default_region", "license")
_BOOL_KEYS = ("allow_html", "show_updated")
_RUN_KEYS = ("executor", "scheduler", "scheduler_timeout", "cache_dir")  # where and how a build runs
_PER_LANGUAGE = ("title", "description")  # text, or one text per language: {zh-CN: …, en: …}
_UI_KEYS = ("menu", "logo", "footer")  # content/siteui.py
_KEYS = (*_TEXT_KEYS, "base_url", "language", *_BOOL_KEYS, "per_page", *_RUN_KEYS, "translations", *_UI_KEYS)
_LANGUAGES = {"zh-cn": "zh-CN", "zh": "zh-CN", "zh-hans": "zh-CN", "en": "en", "en-us": "en", "en-gb": "en"}
_BASE_URL = re.compile(r"^(https?://[^\s/?#]+)?(/[^\s?#]*)?$")


def normalize_base_url(value: str) -> str:
    """'https://x.org/r' -> 'https://x.org/r/', '' -> '/', 'reports' -> '/reports/'; ValueError if bad."""
    value = value.strip()
    if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", value) and not value.startswith(("http://", "https://")):
        raise ValueError(value)  # ftp:, file:, javascript: … cannot serve a site
    if value.startswith("//") or "\\" in value or re.search(r"\s", value):
        raise ValueError(value)  # '//host/' would send every link to another host
    if value and not value.startswith(("http://", "https://", "/")):
        value = "/" + value
    if not _BASE_URL.match(value):
        raise ValueError(value)
    return value.rstrip("/") + "/"


def _read(root: Path) -> tuple[dict[str, Any], dict, str]:
    path = root / CONFIG_FILE
    if not os.path.lexists(path):
        return {}, {}, CONFIG_FILE
    # The link policy first: an error about a linked file must never quote the file it points to.
    problem = link_problem(path, root, CONFIG_FILE)
    raw, _, unread = read_regular(path, CONFIG_FILE, MAX_FILE_BYTES) if problem is None else (None, 0, None)
    if raw is None:
        raise ContentError(
            [problem or unread or error("E501", "cannot read bulletin.yaml", Location(CONFIG_FILE))]
        )
    if not raw.strip(b" \t\r\n\xef\xbb\xbf"):
        return {}, {}, CONFIG_FILE  # an empty bulletin.yaml means the defaults, like a missing one
    text, problems = decode_text(raw, CONFIG_FILE)
    if text is None:
        raise ContentError(problems)
    data, lines = load_yaml(text, CONFIG_FILE, 1, code="E501")
    if data is None:
        return {}, {}, CONFIG_FILE
    if not isinstance(data, dict):
        raise ContentError(
            [
                error(
                    "E501",
                    "bulletin.yaml must hold key: value fields",
                    Location(CONFIG_FILE, 1),
                    "write title: ..., base_url: ..., one per line",
                )
            ]
        )
    return data, lines, CONFIG_FILE


def _per_language(raw: dict) -> tuple[tuple[tuple[str, str], ...], str | None]:
    """{zh-CN: …, en: …} -> ((lang, text), …) with canonical language codes."""
    out = []
    for lang, text in raw.items():
        code = _LANGUAGES.get(str(lang).lower())
        if code is None:
            return (), f"unknown language '{lang}'"
        if not isinstance(text, str) or not text.strip():
            return (), f"the {code} text must be non-empty text"
        out.append((code, text.strip()))
    return tuple(sorted(out)), None


def _translations(raw: object) -> tuple[tuple[tuple[str, str], ...], str | None]:
    """translations: {regions: {中文: English}, tags: {…}} -> one name map for the English pages."""
    if not isinstance(raw, dict) or set(map(str, raw)) - {"regions", "tags"}:
        return (), "must hold 'regions' and/or 'tags', each a map of Chinese name: English name"
    names: dict[str, str] = {}
    for group in raw.values():
        if not isinstance(group, dict):
            return (), "each of 'regions' and 'tags' must be a map of Chinese name: English name"
        for zh, en in group.items():
            if not isinstance(en, str | int | float) or isinstance(en, bool) or not str(en).strip():
                return (), f"the English name of '{zh}' must be text"
            names[str(zh).strip()] = str(en).strip()
    return tuple(sorted(names.items())), None


def load_config(
    root: Path,
    output_dir: Path | None = None,
    base_url: str | None = None,
    drafts: bool = False,
    jobs: int | None = None,
    executor: str | None = None,
    scheduler: str | None = None,
) -> tuple[SiteConfig, tuple[Diagnostic, ...]]:
    """Read bulletin.yaml under ``root`` (optional) and apply the CLI overrides."""
    root = root.resolve()
    data, lines, name = _read(root)
    found: list[Diagnostic] = []

    def loc(*key: str | int) -> Location:
        while len(key) > 1 and key not in lines:
            key = key[:-1]  # an item's line when known, else its key's
        return Location(name, lines.get(key, 1))

    for key in sorted(set(map(str, data)) - set(_KEYS)):
        close = difflib.get_close_matches(key, _KEYS, n=1)
        found.append(
            warning(
                "W502",
                f"unknown configuration key '{key}'",
                loc(key),
                f"did you mean '{close[0]}'?" if close else f"known keys: {', '.join(_KEYS)}",
            )
        )
    values: dict[str, Any] = {}
    for key in _PER_LANGUAGE:
        if isinstance(data.get(key), dict):
            texts, problem = _per_language(data[key])
            if problem:
                found.append(error("E501", f"'{key}': {problem}", loc(key), "write zh-CN: … and en: …"))
            values[key + "s"] = texts
            default = _LANGUAGES.get(str(data.get("language", "zh-CN")).lower(), "zh-CN")
            # The plain value is the default language's text (or the first given).
            data = {**data, key: dict(texts).get(default, next(iter(dict(texts).values()), None))}
    if data.get("translations") is not None:
        names, problem = _translations(data["translations"])
        if problem:
            hint = "write regions: {滨河经开区: Binhe EDZ} and tags: {经济运行: Economy}"
            found.append(error("E501", f"'translations': {problem}", loc("translations"), hint))
        values["names_en"] = names
    for key in _TEXT_KEYS:
        if data.get(key) is not None:
            if not isinstance(data[key], str | int | float) or isinstance(data[key], bool):
                found.append(error("E501", f"'{key}' must be text", loc(key)))
            elif str(data[key]).strip():
                values[key] = str(data[key]).strip()
    language = str(data.get("language", "zh-CN"))
    if language.lower() not in _LANGUAGES:
        found.append(error("E501", f"unsupported language '{language}'", loc("language"), "use zh-CN or en"))
    values["language"] = _LANGUAGES.get(language.lower(), "zh-CN")
    for key in _BOOL_KEYS:
        if not isinstance(data.get(key, False), bool):
            found.append(error("E501", f"'{key}' must be true or false", loc(key)))
        values[key] = data.get(key) is True
    per_page = data.get("per_page")  # absent: SiteConfig's default
    if per_page is not None and (
        isinstance(per_page, bool) or not isinstance(per_page, int) or not 5 <= per_page <= 10_000
    ):
        hint = "the archive and each indicator's table show this many items a page, e.g. per_page: 100"
        message = "'per_page' must be a whole number from 5 to 10000"
        found.append(error("E501", message, loc("per_page"), hint))
    elif per_page is not None:
        values["per_page"] = per_page
    raw_base = base_url if base_url is not None else str(data.get("base_url") or "/")
    try:
        values["base_url"] = normalize_base_url(raw_base)
    except ValueError:
        found.append(
            error(
                "E501",
                f"invalid base_url '{raw_base}'",
                loc("base_url"),
                "use a path like /reports/ or a URL like https://example.org/reports/",
            )
        )
    ui, problems = site_ui(root, data, loc)
    values.update(ui)
    found.extend(problems)
    out, cache = _checked_paths(root, output_dir, found)
    values.update(_run_settings(root, data, loc, found, executor, scheduler))
    if any(d.code.startswith("E") for d in found):
        raise ContentError(found)
    cache_path = values.pop("cache_path", None)
    config = SiteConfig(
        root=root,
        output_dir=out,
        drafts=drafts,
        jobs=jobs or os.cpu_count() or 1,
        config_path=root / CONFIG_FILE if (root / CONFIG_FILE).is_file() else None,
        cache_path=cache or cache_path,
        **values,
    )
    return config, tuple(found)


def _checked_paths(root: Path, output_dir: Path | None, found: list[Diagnostic]) -> tuple[Path, Path | None]:
    """The output and cache folders, resolved under the link policy (core.safefs).

    The default output (site/) and cache (.bulletin-cache/) may be links only within the site;
    an output given with -o or a BULLETIN_CACHE_DIR is the user's choice, but never a link loop.
    """
    out = output_dir if output_dir is not None else root / "site"
    if output_dir is None and (problem := link_problem(out, root, "site")):
        found.append(problem)
    cache = Path(os.environ["BULLETIN_CACHE_DIR"]) if os.environ.get("BULLETIN_CACHE_DIR") else None
    if cache is None and (problem := link_problem(root / ".bulletin-cache", root, ".bulletin-cache")):
        found.append(problem)
    resolved = []
    for path, name in ((out, "output folder"), (cache, "BULLETIN_CACHE_DIR")):
        try:
            resolved.append(path.resolve() if path is not None else None)
        except (OSError, RuntimeError):  # RuntimeError: a link loop (Python < 3.13)
            found.append(
                error("E601", f"the {name} is a link loop", Location(CONFIG_FILE), "choose a real folder")
            )
            resolved.append(path)
    return resolved[0] or out, resolved[1]


def _run_settings(
    root: Path,
    data: dict[str, Any],
    loc: Any,
    found: list[Diagnostic],
    executor: str | None,
    scheduler: str | None,
) -> dict[str, Any]:
    """executor, scheduler, scheduler_timeout, cache_dir; the command line wins over the file."""
    values: dict[str, Any] = {}
    kind = executor or data.get("executor") or "local"
    if kind not in ("local", "dask"):
        found.append(error("E501", f"unknown executor '{kind}'", loc("executor"), "use local or dask"))
    values["executor"] = str(kind)
    address = scheduler or data.get("scheduler")
    if address is not None and (not isinstance(address, str) or not address.strip()):
        found.append(error("E501", "'scheduler' must be an address", loc("scheduler"), "tcp://HOST:8786"))
    elif address:
        values["scheduler"] = address.strip()
    if values["executor"] == "dask" and not values.get("scheduler"):
        found.append(
            error(
                "E501",
                "the dask executor needs a scheduler address",
                loc("executor"),
                "add scheduler: tcp://HOST:8786 to bulletin.yaml, or pass --scheduler",
            )
        )
    timeout = data.get("scheduler_timeout", 10)
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0:
        found.append(
            error("E501", "'scheduler_timeout' must be a number of seconds", loc("scheduler_timeout"))
        )
    else:
        values["scheduler_timeout"] = float(timeout)
    cache = data.get("cache_dir")
    if cache is not None:
        if not isinstance(cache, str) or not cache.strip():
            found.append(error("E501", "'cache_dir' must be a folder", loc("cache_dir")))
        else:
            values["cache_path"] = (root / cache.strip()).resolve()
    return values
