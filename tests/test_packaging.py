"""The wheel carries the default theme and the catalogue, so `pip install .` works outside the repository."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import REPO

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(REPO)],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("bulletin-*.whl")
    return built


def test_wheel_ships_the_default_theme_from_the_templates_folder(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for template in sorted((REPO / "templates").rglob("*")):
        if template.is_file():
            rel = template.relative_to(REPO / "templates").as_posix()
            assert f"bulletin/theme/{rel}" in names, rel


def test_wheel_ships_the_catalogue_and_the_console_script(wheel: Path) -> None:
    archive = zipfile.ZipFile(wheel)
    assert "bulletin/content/catalog.yaml" in archive.namelist()
    entry_points = next(n for n in archive.namelist() if n.endswith("entry_points.txt"))
    assert "bulletin = bulletin.cli:main" in archive.read(entry_points).decode()


def test_wheel_ships_every_module_of_the_package(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    src = REPO / "src"
    for module in sorted((src / "bulletin").rglob("*.py")):
        rel = module.relative_to(src).as_posix()
        assert rel in names, f"{rel} is not in the wheel: list its package in pyproject.toml"
