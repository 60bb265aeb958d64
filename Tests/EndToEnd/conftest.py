"""Shared fixtures for the end-to-end tests: they run the built `townhall` binary on files."""
import os
import pathlib
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"


def _binary():
    env = os.environ.get("TOWNHALL_BIN")
    if env:
        return pathlib.Path(env)
    out = subprocess.run(["swift", "build", "--show-bin-path"], cwd=ROOT, capture_output=True, text=True)
    return pathlib.Path(out.stdout.strip()) / "townhall"


BIN = _binary()


def run(*args, cwd=None, input_bytes=None):
    """Run townhall with `args`; returns the CompletedProcess (text stdout/stderr)."""
    return subprocess.run([str(BIN), *map(str, args)], cwd=cwd, capture_output=True, text=True,
                          input=input_bytes)


@pytest.fixture(scope="session")
def townhall():
    if not BIN.exists():
        pytest.fail(f"townhall binary not built at {BIN}: run `swift build` first")
    return run


@pytest.fixture(scope="session")
def root():
    return ROOT


@pytest.fixture(scope="session")
def shared():
    """`../shared` (the reference pipeline and generator), or a visible skip when absent."""
    if not (SHARED / "bench" / "baseline.py").exists():
        pytest.skip("../shared is not beside this clone: reference cross-check skipped")
    return SHARED
