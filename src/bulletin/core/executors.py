"""The executor seam: where a build runs its independent tasks (one process, a pool, a cluster).

Interface (stable; other stages build on it)::

    with open_executor("local", jobs=4) as ex:          # or "dask", scheduler="tcp://HOST:8786"
        for result in ex.map(fn, items, common=(config, catalog)):
            ...                                          # results arrive in the order of ``items``

- ``fn`` is a *top-level* function (pickled by reference), called as ``fn(item, *common)``. It
  must be pure: its result depends only on its arguments, never on the file system, the clock or
  which process runs it, so every backend gives the same bytes.
- ``items`` and ``common`` are bytes, strings or frozen dataclasses (they are pickled). ``common``
  is sent once per chunk (pool) or once per map (Dask scatters it), not once per item.
- ``map`` yields results lazily and strictly in input order, whatever order tasks finish in. At
  most ``window`` chunks are in flight, waiting to be yielded or being used by the caller (the
  next chunk is submitted when the caller asks for more), so the caller holds a bounded number
  of results in memory however many items there are.
- A task that raises does not kill the others silently: ``map`` raises :class:`TaskError` at that
  item's position, with its index and the error text (the caller turns it into a diagnostic
  naming the file). :class:`ExecutorUnavailable` means the backend could not start (the Dask
  extra is missing, the scheduler is unreachable within the timeout).

Backends: :class:`InlineExecutor` (``--jobs 1``: this process, nothing pickled);
:class:`ProcessExecutor` (the default: a local process pool sized to the cores, started lazily;
a map that fits in one chunk runs inline, since starting workers would cost more than it saves);
:class:`DaskExecutor` (``dask.distributed``; optional extra ``bulletin[dask]``; a worker that
dies has its tasks retried by Dask).

This module imports nothing from bulletin, so every layer may use it (like ``core``); Dask is
imported only when a Dask executor is opened.
"""

from __future__ import annotations

import collections
import contextlib
import os
import threading
import traceback
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

if TYPE_CHECKING:
    from concurrent.futures import Executor as _PoolExecutor

__all__ = [
    "KINDS",
    "DaskExecutor",
    "Executor",
    "ExecutorUnavailable",
    "InlineExecutor",
    "ProcessExecutor",
    "TaskError",
    "open_executor",
]

T = TypeVar("T")
R = TypeVar("R")

KINDS = ("local", "dask")
# Imported once in the pool's fork server, so workers start with them loaded.
PRELOAD = ("bulletin.read", "bulletin.charts.draw", "bulletin.site.render")
DEFAULT_WINDOW = 64  # chunks in flight or waiting to be yielded, per map


class TaskError(Exception):
    """A task raised: ``index`` is the item's position in the map, ``message`` the error text."""

    def __init__(self, index: int, message: str, details: str = "") -> None:
        self.index, self.message, self.details = index, message, details
        super().__init__(f"task {index} failed: {message}")


class ExecutorUnavailable(Exception):
    """The backend cannot run tasks (missing extra, unreachable scheduler); the message says why."""


@dataclass(frozen=True, slots=True)
class _Failed:
    """What a task that raised returns instead of its result (exceptions themselves may not pickle)."""

    message: str
    details: str


def _call_chunk(fn: Callable[..., Any], chunk: Sequence[Any], *common: Any) -> list[Any]:
    """Run ``fn`` on each item of a chunk in a worker; an exception becomes a _Failed value."""
    results: list[Any] = []
    for item in chunk:
        try:
            results.append(fn(item, *common))
        except Exception as exc:  # reported by the caller with the item it belongs to
            results.append(_Failed(f"{type(exc).__name__}: {exc}", traceback.format_exc()))
    return results


def _chunks(items: Sequence[T], size: int) -> list[Sequence[T]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def _unpack(chunks: Iterator[list[Any]]) -> Iterator[Any]:
    """Flatten chunk results in order, raising TaskError at the first failed item."""
    index = 0
    for results in chunks:
        for result in results:
            if isinstance(result, _Failed):
                raise TaskError(index, result.message, result.details)
            yield result
            index += 1


class Executor(Protocol):
    """Runs ``fn(item, *common)`` for every item and yields the results in input order."""

    name: str
    workers: int
    # True when tasks run on other machines: a step that drives its own subprocesses (Pagefind) runs
    # them from this process on a local executor, and hands them out as tasks on a cluster.
    distributed: bool

    def map(
        self,
        fn: Callable[..., R],
        items: Sequence[Any],
        *,
        common: tuple[Any, ...] = (),
        chunksize: int | None = None,
        window: int = DEFAULT_WINDOW,
    ) -> Iterator[R]: ...

    def close(self) -> None: ...

    def warm(self) -> None: ...

    @property
    def started(self) -> bool: ...

    def __enter__(self) -> Executor: ...

    def __exit__(self, *exc: object) -> None: ...


class _Base:
    name = "base"
    workers = 1
    distributed = False

    def __enter__(self) -> Executor:
        return self  # type: ignore[return-value]

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        pass

    def warm(self) -> None:
        """Start the workers now, in the background, for work that will come (nothing to start here)."""

    @property
    def started(self) -> bool:
        """True when tasks handed over now start without waiting for workers to come up."""
        return self.workers > 1

    def _chunksize(self, n: int, chunksize: int | None) -> int:
        # Few round trips, still balanced: about four chunks per worker.
        return max(1, chunksize or n // (self.workers * 4))


class InlineExecutor(_Base):
    """Everything in this process, one item after another (``--jobs 1``)."""

    name = "inline"

    def map(
        self,
        fn: Callable[..., R],
        items: Sequence[Any],
        *,
        common: tuple[Any, ...] = (),
        chunksize: int | None = None,
        window: int = DEFAULT_WINDOW,
    ) -> Iterator[R]:
        # Lazy: one item is run when the caller asks for the next result, so at most one is held.
        return _unpack(_call_chunk(fn, [item], *common) for item in items)


def _pool_start() -> str:
    # forkserver where the platform has it (not on Windows): workers fork from a clean single-threaded
    # server process, so threads in this process (the CLI's rich spinner) are never forked while
    # holding a lock, as with "fork"; modules preloaded in the server make workers start warm.
    # Imported here: multiprocessing costs every start of the CLI ~10 ms, and most never need a pool.
    import multiprocessing

    return "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"


def _nothing() -> None:
    """A task that only makes the pool start its workers."""


def _watch_build(build_pid: int) -> None:
    """Pool initializer: end this worker when the build that started it is gone (killed with -9).

    A worker blocks reading its task queue, whose write end it holds itself, so it would never
    see end-of-file: a daemon thread checks twice a second that the build still lives.
    """
    import time

    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(0.5)
            try:
                os.kill(build_pid, 0)
            except (ProcessLookupError, PermissionError):  # gone, or its pid reused by another user
                os._exit(1)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="bulletin-watchdog", daemon=True).start()


class ProcessExecutor(_Base):
    """A local process pool of ``jobs`` workers, started on the first map that needs more than one chunk."""

    name = "local"

    def __init__(self, jobs: int | None = None, preload: Sequence[str] = PRELOAD) -> None:
        self.workers = max(1, jobs or os.cpu_count() or 1)
        self._preload = list(preload)
        self._pool: _PoolExecutor | None = None
        self._starting = threading.Lock()

    def _get_pool(self) -> _PoolExecutor:
        with self._starting:  # one pool, whether warm() or a map starts it
            return self._start()

    def _start(self) -> _PoolExecutor:
        if self._pool is None:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            start = _pool_start()
            context = multiprocessing.get_context(start)
            if start == "forkserver":
                context.set_forkserver_preload(self._preload)
            self._pool = ProcessPoolExecutor(
                self.workers, mp_context=context, initializer=_watch_build, initargs=(os.getpid(),)
            )
        return self._pool

    def warm(self) -> None:
        # A pool takes most of a second to come up (the fork server imports the reading and drawing
        # modules, and starting a worker waits for that): a build that will need it starts it from
        # a thread while it makes its dataset and plans.
        if self.workers > 1 and self._pool is None:
            threading.Thread(target=self._warm_up, name="bulletin-pool-start", daemon=True).start()

    def _warm_up(self) -> None:
        with contextlib.suppress(RuntimeError):  # the build ended (and shut the pool down) first
            self._get_pool().submit(_nothing)

    @property
    def started(self) -> bool:
        return self._pool is not None

    def map(
        self,
        fn: Callable[..., R],
        items: Sequence[Any],
        *,
        common: tuple[Any, ...] = (),
        chunksize: int | None = None,
        window: int = DEFAULT_WINDOW,
    ) -> Iterator[R]:
        chunks = _chunks(items, self._chunksize(len(items), chunksize))
        if self.workers == 1 or len(chunks) <= 1:
            return _unpack(_call_chunk(fn, chunk, *common) for chunk in chunks)
        pool = self._get_pool()
        return _unpack(_windowed(chunks, lambda chunk: pool.submit(_call_chunk, fn, chunk, *common), window))

    def close(self) -> None:
        with self._starting:  # a pool being started by warm() is shut down too
            if self._pool is not None:
                self._pool.shutdown(wait=True, cancel_futures=True)
                self._pool = None


def _windowed(chunks: Sequence[Any], submit: Callable[[Any], Any], window: int) -> Iterator[Any]:
    """Submit at most ``window`` chunks ahead of the one being yielded; yield their results in order."""
    pending: collections.deque[Any] = collections.deque()
    queue = iter(chunks)
    try:
        for chunk in queue:
            pending.append(submit(chunk))
            if len(pending) >= window:
                break
        while pending:
            head = pending.popleft()
            result = head.result()
            del head  # let Dask release the result on the cluster
            yield result
            del result  # the caller is done with it: only now is the next chunk submitted
            for chunk in queue:
                pending.append(submit(chunk))
                break
    finally:
        for future in pending:
            future.cancel()


class DaskExecutor(_Base):
    """Tasks on a ``dask.distributed`` cluster; ``scheduler`` is its address (tcp://HOST:8786)."""

    name = "dask"
    distributed = True

    def __init__(self, scheduler: str, timeout: float = 10.0) -> None:
        try:
            from distributed import Client
        except ImportError:
            raise ExecutorUnavailable(
                "the Dask executor needs the optional extra: pip install 'bulletin[dask]'"
            ) from None
        self.scheduler = scheduler
        try:
            self._client = Client(scheduler, timeout=timeout, set_as_default=False)
        except (OSError, TimeoutError) as exc:
            raise ExecutorUnavailable(
                f"cannot reach the Dask scheduler at {scheduler} within {timeout:g} s ({exc})"
            ) from None
        workers = len(self._client.scheduler_info().get("workers", {}))
        self.workers = max(1, workers)

    def map(
        self,
        fn: Callable[..., R],
        items: Sequence[Any],
        *,
        common: tuple[Any, ...] = (),
        chunksize: int | None = None,
        window: int = DEFAULT_WINDOW,
    ) -> Iterator[R]:
        if not items:
            return iter(())
        chunks = _chunks(items, self._chunksize(len(items), chunksize))
        # Shared inputs go to the cluster once, not with every task.
        shared = self._client.scatter(list(common), broadcast=True, hash=True) if common else []

        def submit(chunk: Sequence[Any]) -> Any:
            return self._client.submit(_call_chunk, fn, chunk, *shared, pure=True)

        return _unpack(_windowed(chunks, submit, window))

    def close(self) -> None:
        self._client.close()


def open_executor(
    kind: str = "local", jobs: int | None = None, scheduler: str | None = None, timeout: float = 10.0
) -> Executor:
    """The executor a build uses: ``local`` (a pool; ``jobs == 1`` in-process) or ``dask``."""
    if kind == "dask":
        if not scheduler:
            raise ExecutorUnavailable(
                "the Dask executor needs a scheduler address: --scheduler tcp://HOST:8786"
            )
        return DaskExecutor(scheduler, timeout)
    if kind != "local":
        raise ExecutorUnavailable(f"unknown executor '{kind}' (expected one of {', '.join(KINDS)})")
    if jobs == 1:
        return InlineExecutor()
    return ProcessExecutor(jobs)
