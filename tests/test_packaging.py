"""What pip installs with okrlint: a compiled dependency only where it ships a wheel, so no install needs a compiler."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from packaging.markers import default_environment
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]


def dawg2() -> Requirement:
    dependencies = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    found = [Requirement(text) for text in dependencies if Requirement(text).name.lower() == "dawg2"]
    assert len(found) == 1 and found[0].marker is not None
    return found[0]


def environment(python: str, sys_platform: str, machine: str, implementation: str = "CPython") -> dict[str, str]:
    return {**default_environment(), "python_version": python, "python_full_version": f"{python}.0",
            "sys_platform": sys_platform, "platform_machine": machine, "platform_python_implementation": implementation}


# dawg2 0.13.3's wheels: CPython 3.9-3.14 on Linux x86_64 (manylinux, musllinux), macOS (universal2), Windows x86/x64
@pytest.mark.parametrize("python,sys_platform,machine", [
    ("3.11", "linux", "x86_64"), ("3.14", "linux", "x86_64"), ("3.12", "darwin", "arm64"), ("3.11", "darwin", "x86_64"),
    ("3.11", "win32", "AMD64"), ("3.13", "win32", "x86"),
])
def test_pymorphy3s_c_reader_comes_where_it_has_a_wheel(python: str, sys_platform: str, machine: str) -> None:
    assert dawg2().marker.evaluate(environment(python, sys_platform, machine))


@pytest.mark.parametrize("python,sys_platform,machine,implementation", [
    ("3.11", "linux", "aarch64", "CPython"), ("3.12", "win32", "ARM64", "CPython"),
    ("3.15", "linux", "x86_64", "CPython"), ("3.11", "linux", "x86_64", "PyPy"),
])
def test_elsewhere_pymorphy3_reads_its_dictionaries_without_it(python: str, sys_platform: str, machine: str,
                                                              implementation: str) -> None:
    assert not dawg2().marker.evaluate(environment(python, sys_platform, machine, implementation))
