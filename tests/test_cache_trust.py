"""The build cache is untrusted: a planted pickle runs nothing, an entry under another key's name is
a miss, and entries are never written through a link. After any of these the build equals a
clean one."""

from __future__ import annotations

import builtins
import os
import pickle
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from bulletin import build
from bulletin.cache import CACHE_VERSION, Store, loads
from bulletin.content.config import load_config
from bulletin.core.errors import Location, error
from bulletin.core.model import BuildResult
from conftest import EXAMPLE

pytestmark = pytest.mark.slow


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def charts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example's charts, drawn once: each test starts with them so it draws none."""
    cache = tmp_path_factory.mktemp("charts")
    root = _copy_example(cache / "src")
    previous = os.environ.get("BULLETIN_CACHE_DIR")
    os.environ["BULLETIN_CACHE_DIR"] = str(cache / "cache")
    try:
        _build(root, cache / "out")
    finally:
        if previous is None:
            os.environ.pop("BULLETIN_CACHE_DIR", None)
        else:
            os.environ["BULLETIN_CACHE_DIR"] = previous
    return cache / "cache" / "charts"


def _copy_example(root: Path) -> Path:
    shutil.copytree(EXAMPLE / "content", root / "content")
    shutil.copy(EXAMPLE / "bulletin.yaml", root / "bulletin.yaml")
    return root


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, charts: Path) -> Path:
    shutil.copytree(charts, tmp_path / "cache" / "charts")
    monkeypatch.setenv("BULLETIN_CACHE_DIR", str(tmp_path / "cache"))
    return _copy_example(tmp_path / "src")


def _build(root: Path, out: Path, force: bool = False) -> BuildResult:
    config, _ = load_config(root, output_dir=out, jobs=1)
    result = build(replace(config, force=force))
    assert result.files, [str(d) for d in result.diagnostics]
    return result


def _clean(root: Path, tmp: Path) -> dict[str, bytes]:
    out = tmp / "clean"
    shutil.rmtree(out, ignore_errors=True)
    _build(root, out, force=True)
    return _tree(out)


def _entries(cache: Path, kind: str = "*") -> list[Path]:
    return sorted(cache.glob(f"{kind}-v{CACHE_VERSION}/*/*.pkl"))


def _sealed(key: str, payload: bytes) -> bytes:
    """An entry as Store writes it: a careful attacker who knows the format can forge this."""
    name = key.encode()
    return name + Store._check(name, payload) + payload


class _Plant:
    def __init__(self, call: tuple[object, tuple[object, ...]]) -> None:
        self.call = call

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        return self.call  # type: ignore[return-value]


def _payloads(marker: Path) -> dict[str, bytes]:
    return {
        "os.system": pickle.dumps(_Plant((os.system, (f"touch '{marker}'",)))),
        "builtins.exec": pickle.dumps(_Plant((builtins.exec, (f"open({str(marker)!r}, 'w').close()",)))),
        "subprocess": pickle.dumps(_Plant((subprocess.call, (["touch", str(marker)],)))),
    }


@pytest.mark.parametrize("kind", ["os.system", "builtins.exec", "subprocess"])
def test_a_planted_pickle_is_not_executed(site: Path, tmp_path: Path, kind: str) -> None:
    # The payload is real: an ordinary unpickler runs it.
    probe = tmp_path / "probe"
    pickle.loads(_payloads(probe)[kind])
    assert probe.exists()

    marker = tmp_path / "pwned"
    out = tmp_path / "out"
    _build(site, out)
    entries = _entries(tmp_path / "cache")
    assert {p.parent.parent.name.split("-")[0] for p in entries} == {"reads", "datasets", "builds"}
    for path in entries:  # every entry: the build state, every read, the dataset
        path.write_bytes(_sealed(path.stem, _payloads(marker)[kind]))
    result = _build(site, out)
    assert not marker.exists()
    assert result.stats["pages_reused"] == 0  # the planted build state was a miss
    assert _tree(out) == _clean(site, tmp_path)
    assert not marker.exists()


def test_the_unpickler_refuses_functions_even_from_bulletin_modules() -> None:
    from bulletin.cache import digest, read_reports

    for target in (os.system, builtins.eval, shutil.rmtree, digest, read_reports):
        with pytest.raises(pickle.UnpicklingError):
            loads(pickle.dumps(_Plant((target, ("x",)))))


def test_the_allowed_types_are_what_entries_are_made_of(site: Path, tmp_path: Path) -> None:
    """Every entry a build writes loads back (the allow-list is not too narrow), diagnostics too."""
    _build(site, tmp_path / "out")
    entries = _entries(tmp_path / "cache")
    assert len(entries) >= 3
    for path in entries:
        assert Store(path.parent.parent).get(path.stem) is not None, path
    found = (error("E102", "x", Location("a.md", 3), "hint"),)
    assert loads(pickle.dumps(found, protocol=pickle.HIGHEST_PROTOCOL)) == found


def test_an_entry_under_another_keys_name_is_a_miss(site: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    _build(site, out)
    cache = tmp_path / "cache"
    reads = _entries(cache, "reads")
    assert len(reads) >= 2
    first, second = reads[0].read_bytes(), reads[1].read_bytes()
    reads[0].write_bytes(second)  # two bulletins' reads swapped: each page would show the other
    reads[1].write_bytes(first)
    store = Store(reads[0].parent.parent)
    assert store.get(reads[0].stem) is None and store.get(reads[1].stem) is None
    shutil.rmtree(cache / f"builds-v{CACHE_VERSION}")  # so the reads are needed again
    _build(site, out)
    assert _tree(out) == _clean(site, tmp_path)


def test_store_round_trip_and_damage(tmp_path: Path) -> None:
    store = Store(tmp_path / "c" / "things-v1")
    key = "ab" + "0" * 62
    store.put(key, ("value", frozenset({1})))
    assert store.get(key) == ("value", frozenset({1}))
    path = tmp_path / "c" / "things-v1" / "ab" / f"{key}.pkl"
    path.write_bytes(path.read_bytes()[:-1])
    assert store.get(key) is None


@pytest.mark.parametrize("where", ["cache", "kind", "shard", "entry"])
def test_the_cache_is_never_written_through_a_link(tmp_path: Path, where: str) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    victim = elsewhere / "victim"
    victim.write_bytes(b"keep me")
    cache = tmp_path / "cache"
    key = "cd" + "1" * 62
    folders = {"cache": cache, "kind": cache / "reads-v1", "shard": cache / "reads-v1" / "cd"}
    if where == "entry":
        (cache / "reads-v1" / "cd").mkdir(parents=True)
        entry = cache / "reads-v1" / "cd" / f"{key}.pkl"
        entry.symlink_to(victim)
    else:
        folders[where].parent.mkdir(parents=True, exist_ok=True)
        folders[where].symlink_to(elsewhere)
    store = Store(cache / "reads-v1")
    store.put(key, ("planted",))
    assert victim.read_bytes() == b"keep me"
    assert sorted(p.name for p in elsewhere.rglob("*")) == ["victim"]
    if where == "entry":  # the link itself was replaced by a fresh entry
        assert not entry.is_symlink() and store.get(key) == ("planted",)
    else:
        assert store.get(key) is None  # nor read through the link


def test_a_build_with_a_linked_cache_folder_writes_nothing_through_it(site: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (tmp_path / "cache" / f"reads-v{CACHE_VERSION}").symlink_to(elsewhere)
    out = tmp_path / "out"
    _build(site, out)
    assert list(elsewhere.iterdir()) == []
    assert _tree(out) == _clean(site, tmp_path)
