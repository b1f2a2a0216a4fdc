"""How the search index is cut into shards: every page in one shard, shards near their size and kept
across edits and insertions, cache entries that are a miss when damaged."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from bulletin.site.searchshards import MAX_SHARDS, SHARD_PAGES, chunks, load, save, shard_size

PATHS = st.lists(st.from_regex(r"(en/)?bulletins/[a-z0-9-]{1,12}/index\.html", fullmatch=True), unique=True)


@settings(max_examples=200, deadline=None)
@given(PATHS, st.sampled_from([1, 2, 4, 8, 64]))
def test_every_path_is_in_one_shard_in_order_and_shards_keep_their_bounds(
    paths: list[str], size: int
) -> None:
    paths.sort()
    parts = chunks(paths, size)
    assert [p for part in parts for p in part] == paths
    assert all(part for part in parts)
    assert all(len(part) <= 4 * size for part in parts)
    assert all(len(part) >= size // 2 for part in parts[:-1])


@settings(max_examples=200, deadline=None)
@given(
    PATHS,
    st.from_regex(r"bulletins/[a-z0-9-]{1,12}/index\.html", fullmatch=True),
    st.sampled_from([2, 8, 64]),
)
def test_a_new_page_leaves_every_shard_before_it_as_it_was(paths: list[str], new: str, size: int) -> None:
    paths = sorted(set(paths) - {new})
    before = chunks(paths, size)
    after = chunks(sorted([*paths, new]), size)
    ahead = [part for part in before[:-1] if part[-1] < new]  # the last may be open: not a boundary
    assert after[: len(ahead)] == ahead
    assert [new in part for part in after].count(True) == 1


def test_an_insertion_mostly_changes_one_shard() -> None:
    # Content-defined: a boundary belongs to a path, so shards after an insertion fall back into step.
    import random

    rng = random.Random(3)
    changed = []
    for _ in range(100):
        paths = sorted({f"bulletins/r{rng.randrange(10**7)}/index.html" for _ in range(1500)})
        new = f"bulletins/r{rng.randrange(10**7)}x/index.html"
        before = {tuple(part) for part in chunks(paths, 64)}
        after = chunks(sorted([*paths, new]), 64)
        changed.append(sum(tuple(part) not in before for part in after))
    assert changed.count(1) >= 95 and max(changed) <= 3  # measured: 99 of 100 one shard, one two


def test_shards_per_language_stay_few_as_an_archive_grows() -> None:
    assert shard_size(10) == SHARD_PAGES
    for pages in (100, 1_000, 10_000, 100_000, 600_000):
        size = shard_size(pages)
        assert pages <= size * MAX_SHARDS and (size == SHARD_PAGES or pages > size // 2 * MAX_SHARDS)
        expected = len(chunks([f"bulletins/{n:07d}/index.html" for n in range(pages)], size))
        assert expected <= MAX_SHARDS


def test_cache_entries_round_trip_and_a_damaged_one_is_a_miss(tmp_path: Path) -> None:
    folder = tmp_path / "cache" / "search"
    files = [("pagefind-entry.json", b"{}"), ("index/a.pf_index", bytes(range(256)) * 3), ("empty", b"")]
    save(folder, "ab" * 32, files)
    assert load(folder, "ab" * 32) == files
    assert load(folder, "cd" * 32) is None  # another key
    entry = folder / "ab" / ("ab" * 32)
    blob = entry.read_bytes()
    (folder / "cd").mkdir()
    (folder / "cd" / ("cd" * 32)).write_bytes(blob)  # copied under another key's name
    assert load(folder, "cd" * 32) is None
    for damaged in (blob[:-1], blob[:-1] + bytes([blob[-1] ^ 1]), blob + b"x"):
        entry.write_bytes(damaged)
        assert load(folder, "ab" * 32) is None


def test_entries_unused_for_weeks_are_deleted_and_links_never_followed(tmp_path: Path) -> None:
    import os

    from bulletin.site.searchshards import UNUSED_DAYS, prune

    folder = tmp_path / "cache" / "search"
    now = 1_800_000_000.0
    old = now - (UNUSED_DAYS + 1) * 86400
    for name, mtime in (("aa" * 32, old), ("bb" * 32, old), ("cc" * 32, now - 3600)):
        save(folder, name, [("f", name.encode())])
        os.utime(folder / name[:2] / name, (mtime, mtime))
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / ("dd" * 32)).write_bytes(b"not the cache's")
    os.utime(outside / ("dd" * 32), (old, old))
    (folder / "dd").symlink_to(outside)  # a linked bucket
    (folder / "aa" / ("ee" * 32)).symlink_to(outside / ("dd" * 32))  # a linked entry
    prune(folder, {"aa" * 32}, now)
    assert load(folder, "aa" * 32) == [("f", b"aa" * 32)]  # used: kept, and marked as used now
    assert (folder / "aa" / ("aa" * 32)).stat().st_mtime == now
    assert not (folder / "bb" / ("bb" * 32)).exists()  # unused for weeks: deleted
    assert load(folder, "cc" * 32) is not None  # unused for an hour: kept (another site's, maybe)
    assert (outside / ("dd" * 32)).read_bytes() == b"not the cache's"
    assert (folder / "aa" / ("ee" * 32)).is_symlink()
    linked = tmp_path / "linked"
    linked.symlink_to(outside)
    prune(linked, set(), now)  # a linked cache folder is left alone
    assert (outside / ("dd" * 32)).exists()
