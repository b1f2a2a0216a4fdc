"""Builds that race on one output folder, and builds killed at random moments.

Both run the real CLI in separate processes (``python -m bulletin``), so the lock file, the
swap and the repair are exercised as a user meets them. Random moments come from a seeded
generator, so a failure can be replayed.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from test_hostile import GOOD_TEXT, snapshot

pytestmark = pytest.mark.slow

FIGURES = GOOD_TEXT.replace(
    "上半年,全区经济运行总体平稳,重点项目有序推进。",
    "上半年,全区地区生产总值完成682.3亿元,同比增长8.4%,固定资产投资增长5.1%。",
)


def _site(root: Path, bulletins: int) -> Path:
    (root / "content").mkdir(parents=True)
    for i in range(bulletins):
        text = FIGURES.replace("slug: good", f"slug: b{i}").replace("2023-H1", f"{2000 + i}-H1")
        (root / "content" / f"b{i}.md").write_text(text, encoding="utf-8")
    return root


def _build(root: Path, out: Path, cache: Path, **kwargs: object) -> subprocess.Popen[bytes]:
    env = {**os.environ, "BULLETIN_CACHE_DIR": str(cache)}
    return subprocess.Popen(
        [sys.executable, "-m", "bulletin", "build", str(root), "-o", str(out), "-j", "2"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        **kwargs,  # type: ignore[call-overload]
    )


def _complete(out: Path, reference: dict[str, bytes | None]) -> None:
    assert snapshot(out) == reference
    leftovers = [
        p.name for p in out.parent.iterdir() if p.name.startswith(f".{out.name}.") and "lock" not in p.name
    ]
    assert leftovers == []


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, bytes | None]]:
    base = tmp_path_factory.mktemp("races")
    root = _site(base / "site", 12)
    cache = base / "cache"
    reference = base / "reference"
    done = _build(root, reference, cache)
    assert done.wait(600) == 0, done.stderr.read() if done.stderr else b""
    return root, cache, snapshot(reference)


@pytest.mark.parametrize("round_", range(3))
def test_two_builds_racing_on_one_output_both_succeed_and_leave_a_complete_site(
    site: tuple[Path, Path, dict[str, bytes | None]], tmp_path: Path, round_: int
) -> None:
    root, cache, reference = site
    out = tmp_path / "out"
    first = _build(root, out, cache)
    time.sleep(random.Random(round_).uniform(0, 0.5))
    second = _build(root, out, cache)
    assert first.wait(600) == 0 and second.wait(600) == 0
    _complete(out, reference)


@pytest.mark.parametrize("seed", range(4))
def test_a_build_killed_at_a_random_moment_leaves_nothing_running_and_the_next_build_completes(
    site: tuple[Path, Path, dict[str, bytes | None]], tmp_path: Path, seed: int
) -> None:
    root, _, reference = site
    out = tmp_path / "out"
    cache = tmp_path / "cache"  # cold: the kill may land while charts are drawn in the pool
    assert _build(root, out, cache).wait(600) == 0
    moment = random.Random(seed).uniform(0.2, 6.0)
    victim = _build(root, out, cache, start_new_session=True)
    time.sleep(moment)
    os.killpg(victim.pid, signal.SIGKILL) if victim.poll() is None else None
    victim.wait()
    # No process of the killed build outlives it (its chart pool watches for it).
    deadline = time.monotonic() + 10
    while _session_members(victim.pid) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _session_members(victim.pid) == []
    # The previous or the new site, never a mix, as soon as any command has run.
    after = _build(root, out, cache)
    assert after.wait(600) == 0, after.stderr.read() if after.stderr else b""
    _complete(out, reference)


def test_a_build_killed_with_sigkill_alone_leaves_no_pool_process(
    site: tuple[Path, Path, dict[str, bytes | None]], tmp_path: Path
) -> None:
    """Only the build process is killed (not its group): the pool and forkserver must notice and end."""
    root, _, _ = site
    victim = _build(root, tmp_path / "out", tmp_path / "cold-cache", start_new_session=True)
    deadline = time.monotonic() + 60
    while len(_session_members(victim.pid)) < 3 and time.monotonic() < deadline and victim.poll() is None:
        time.sleep(0.1)
    if victim.poll() is not None:
        pytest.fail("the build finished before its chart pool started")
    os.kill(victim.pid, signal.SIGKILL)
    victim.wait()
    deadline = time.monotonic() + 15
    while _session_members(victim.pid) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _session_members(victim.pid) == []


def _session_members(sid: int) -> list[int]:
    """Live processes in session ``sid`` (Linux /proc); zombies do not count."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        state, session = fields[0], int(fields[3])
        if session == sid and state != "Z":
            found.append(int(entry.name))
    return found


def test_a_lock_file_removed_by_a_failed_first_build_still_excludes_the_next_two(tmp_path: Path) -> None:
    """The holder of a lock it created removes the file when its build fails; a build that was
    waiting on that file locks the one now at the path, so a third build still waits for it."""
    import fcntl
    import threading

    from bulletin.site.swap import lock_path, output_lock

    out = tmp_path / "site"
    events: list[str] = []
    waiting = threading.Event()

    def second() -> None:
        with output_lock(out, notify=lambda message: waiting.set()):
            events.append("second holds")
            fd = os.open(lock_path(out), os.O_RDWR)
            try:  # the file at the path is the one held: another opener cannot lock it
                with pytest.raises(BlockingIOError):
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            finally:
                os.close(fd)
            events.append("second checked")

    with output_lock(out) as lock:
        assert lock.created
        thread = threading.Thread(target=second)
        thread.start()
        assert waiting.wait(10)
        lock.discard()  # the first build failed: it leaves no lock file behind
    thread.join(10)
    assert events == ["second holds", "second checked"]
    assert lock_path(out).exists()  # the second build's own file: not a failed build's, kept
