"""bulletin: static report sites for economic bulletins that understand their figures.

The public API, for scripts and other tools (the CLI is built on the same calls and prints
the same diagnostics)::

    import bulletin

    config, problems = bulletin.load_config(Path("my-site"))
    result = bulletin.check(config)          # everything a build checks, nothing written
    result = bulletin.build(config)          # writes the site only when nothing is wrong
    for d in result.diagnostics: print(d)    # Diagnostic: severity, code, message, location, hint

    report, problems = bulletin.read_report(source, catalog)  # one file -> one Report, pure

Names are loaded on first use, so ``import bulletin`` stays cheap for ``bulletin --help``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "BuildResult",
    "Catalog",
    "Diagnostic",
    "ReadOptions",
    "Report",
    "SiteConfig",
    "SourceFile",
    "__version__",
    "build",
    "check",
    "load_catalog",
    "load_config",
    "read_report",
]

_HOMES = {
    "BuildResult": "bulletin.core.model",
    "ReadOptions": "bulletin.core.model",
    "Report": "bulletin.core.model",
    "SiteConfig": "bulletin.core.model",
    "SourceFile": "bulletin.core.model",
    "Diagnostic": "bulletin.core.errors",
    "Catalog": "bulletin.content.catalog",
    "load_catalog": "bulletin.content.catalog",
    "load_config": "bulletin.content.config",
    "read_report": "bulletin.read",
    "build": "bulletin.pipeline",
    "check": "bulletin.pipeline",
}

if TYPE_CHECKING:
    from bulletin.content.catalog import Catalog, load_catalog
    from bulletin.content.config import load_config
    from bulletin.core.errors import Diagnostic
    from bulletin.core.model import BuildResult, ReadOptions, Report, SiteConfig, SourceFile
    from bulletin.pipeline import build, check
    from bulletin.read import read_report


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'bulletin' has no attribute {name!r}")
    return getattr(importlib.import_module(home), name)


def __dir__() -> list[str]:
    return sorted(__all__)
