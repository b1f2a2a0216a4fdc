"""What a build shows while it runs and the one line it ends with.

A rich progress bar by stage, only on a terminal and only for a site of more
than a few bulletins (a small build is over before a bar means anything);
piped output and CI logs get no animation, just the summary line.
"""

from __future__ import annotations

from collections.abc import Iterable
from types import TracebackType
from typing import TYPE_CHECKING

from rich.console import Console

from bulletin.content.sources import find_bulletins
from bulletin.core.errors import Diagnostic
from bulletin.core.model import BuildResult, SiteConfig
from bulletin.reporting import summary_line

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

__all__ = ["STAGES", "BuildDisplay", "stage_of"]

# The stages a build reports through Progress.step, in order, with their labels.
STAGES: tuple[tuple[str, str, str], ...] = (
    ("reading", "读取公报", "reading"),
    ("data", "整理数据", "dataset"),
    ("charts", "绘制图表", "charts"),
    ("pages", "生成页面", "pages"),
    ("writing", "写入网站", "writing"),
)
_MIN_FILES = 5


def stage_of(message: str) -> int:
    """The stage index a build's step message belongs to."""
    for i, words in enumerate((("reading", "parsing"), ("dataset",), ("charts",), ("pages",), ("writing",))):
        if any(word in message for word in words):
            return i
    return 0


def _enough_files(config: SiteConfig) -> bool:
    return config.content_dir.is_dir() and len(find_bulletins(config.content_dir)) > _MIN_FILES


class BuildDisplay:
    """Drives the progress bar from a build's step messages and words the summary line."""

    def __init__(self, console: Console, config: SiteConfig, enabled: bool = True) -> None:
        self.console = console
        self.output = config.output_dir
        # Counting the bulletins walks content/: only worth it when a bar may be drawn (a no-op
        # rebuild in CI would pay for it every time).
        self.animated = enabled and console.is_terminal and _enough_files(config)
        self._bar: Progress | None = None
        self._task: TaskID | None = None

    def __enter__(self) -> BuildDisplay:
        if self.animated:
            from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

            self._bar = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                TextColumn("{task.completed}/{task.total}"),
                TimeElapsedColumn(),
                console=self.console,
                transient=True,
            )
            self._bar.start()
            self._task = self._bar.add_task(STAGES[0][1], total=len(STAGES))
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._bar is not None:
            self._bar.stop()

    def step(self, message: str) -> None:
        if self._bar is not None and self._task is not None:
            index = stage_of(message)
            self._bar.update(self._task, completed=index, description=STAGES[index][1])

    @staticmethod
    def summary_line(result: BuildResult, diagnostics: Iterable[Diagnostic], lang: str) -> str:
        """One line: bulletins, pages, charts drawn and reused, time, problems."""
        bulletins = len(result.reports) or int(result.stats.get("bulletins", 0))  # a no-op loads none
        pages = sum(f.path.endswith(".html") for f in result.files)
        drawn = int(result.stats.get("chart_misses", 0))
        reused = int(result.stats.get("chart_hits", 0))
        seconds = result.stats.get("seconds", 0.0)
        problems = summary_line(diagnostics, lang)
        if lang == "zh-CN":
            return (
                f"[green]已生成[/] {bulletins} 篇公报，{pages} 个页面，"
                f"图表新绘 {drawn} 张、复用 {reused} 张，用时 {seconds:.1f} 秒（{problems}）"
            )
        return (
            f"[green]built[/] {_count(bulletins, 'bulletin')}, {_count(pages, 'page')}, "
            f"{_count(drawn, 'chart')} drawn and {reused} reused in {seconds:.1f}s ({problems})"
        )

    @staticmethod
    def failed_line(diagnostics: Iterable[Diagnostic], lang: str) -> str:
        problems = summary_line(diagnostics, lang)
        if lang == "zh-CN":
            return f"[bold red]生成失败[/]：{problems}；网站没有改动"
        return f"[bold red]build failed[/]: {problems}; the site was not changed"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'s' * (n != 1)}"
