"""The editor's language: every diagnostic code, message and hint in zh-CN and English.

A :class:`~bulletin.core.errors.Diagnostic` keeps its code and its English
text, which is what machines (JSON, GitHub annotations, tests) read. For
people, :func:`translate` finds the catalogue entry for the code whose English
template matches the message, takes its arguments from the match and fills in
the other language's template. The stages therefore keep writing one English
sentence each, and a test checks that every message and hint written in the
source has an entry here, and every code a title in both languages.

A message with no entry (an upstream library's wording, say) is shown as the
code's title in the chosen language followed by the original detail, so an
editor never sees a message in a language they did not ask for with no
explanation at all.
"""

from __future__ import annotations

import functools
import re

from bulletin.core.hints import HINTS
from bulletin.core.titles import TITLES, WORDS_ZH
from bulletin.core.wording import MESSAGES

__all__ = ["LANGUAGES", "MESSAGES", "TITLES", "translate", "translate_hint"]


LANGUAGES = ("zh-CN", "en")


@functools.cache
def _pattern(template: str) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """An English template as a regex: {name} is a named group; braces around other text stay literal."""
    names: list[str] = []
    out = []
    for piece in re.split(r"(\{[A-Za-z_]+\})", template):
        if re.fullmatch(r"\{[A-Za-z_]+\}", piece):
            name = piece[1:-1]
            out.append(f"(?P={name})" if name in names else f"(?P<{name}>.+?)")
            names.append(name)
        else:
            out.append(re.escape(piece))
    return re.compile("".join(out), re.DOTALL), tuple(names)


def _fill(template: str, args: dict[str, str]) -> str:
    return re.sub(r"\{([A-Za-z_]+)\}", lambda m: args.get(m.group(1), m.group(0)), template)


def _words(args: dict[str, str], lang: str) -> dict[str, str]:
    if lang != "zh-CN":
        return args
    return {k: WORDS_ZH.get(v, v) for k, v in args.items()}


def _match(entries: list[tuple[str, str]], text: str, lang: str) -> str | None:
    for en, zh in entries:
        pattern, _ = _pattern(en)
        found = pattern.fullmatch(text)
        if found:
            args = {k: v for k, v in found.groupdict().items() if v is not None}
            return _fill(zh if lang == "zh-CN" else en, _words(args, lang))
    return None


def translate(code: str, message: str, lang: str) -> str:
    """The message in ``lang``; the code's title plus the original detail when it has no entry."""
    if lang != "zh-CN":
        return message
    found = _match(MESSAGES.get(code, []), message, lang)
    if found is not None:
        return found
    title = TITLES.get(code)
    return f"{title[0]}：{message}" if title else message


def translate_hint(hint: str | None, lang: str) -> str | None:
    """The hint in ``lang``; an untranslated hint is kept as written."""
    if hint is None or lang != "zh-CN":
        return hint
    found = _match(HINTS, hint, lang)
    return hint if found is None else found


def has_entry(code: str, message: str) -> bool:
    """True when a catalogue entry translates ``message`` (the test keeps source and catalogue in step)."""
    return _match(MESSAGES.get(code, []), message, "zh-CN") is not None


def has_hint(hint: str) -> bool:
    return _match(HINTS, hint, "zh-CN") is not None
