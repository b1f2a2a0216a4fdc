"""Every diagnostic code used in the source is documented once, in errors.CODES and in the README."""

from __future__ import annotations

import re

from bulletin.core.errors import CODES
from conftest import REPO

SOURCE = REPO / "src" / "bulletin"
CODE = re.compile(r"""["']([EWI]\d{3})["']""")


def _used() -> set[str]:
    found: set[str] = set()
    for path in SOURCE.rglob("*.py"):
        if path.name != "errors.py":
            found.update(CODE.findall(path.read_text(encoding="utf-8")))
    return found


def test_every_code_used_is_documented() -> None:
    assert _used() - set(CODES) == set()


def test_every_documented_code_is_used() -> None:
    assert set(CODES) - _used() == set()


def test_readme_lists_every_code() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    missing = [code for code in CODES if f"`{code}`" not in readme]
    assert missing == []


def test_severity_follows_the_first_letter() -> None:
    from bulletin.core.errors import Location, error, info, warning

    for code in CODES:
        make = {"E": error, "W": warning, "I": info}[code[0]]
        assert make(code, "m", Location("x")).severity.label[0].upper() == code[0]
