"""The set-up scripts: what they say and do before anything is built."""
import os
import shutil
import subprocess
import time


def test_setup_says_first_when_there_is_no_swift(root, tmp_path):
    bin_dir = tmp_path / "bin"       # a PATH with the basic tools and no swift
    bin_dir.mkdir()
    for tool in ("sed", "head", "cat", "grep", "dpkg-query", "apt-get"):
        found = shutil.which(tool)
        if found:
            os.symlink(found, bin_dir / tool)
    r = subprocess.run(["/bin/bash", str(root / "scripts" / "setup")], capture_output=True, text=True,
                       env={"PATH": str(bin_dir), "HOME": str(tmp_path)}, timeout=60)
    assert r.returncode == 1
    assert r.stderr.startswith("setup: no Swift toolchain found")
    assert "https://www.swift.org/install/linux/" in r.stderr
    assert r.stdout == ""


def test_setup_installs_only_what_running_townhall_needs(root):
    text = (root / "scripts" / "setup").read_text()
    code = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
    for package in ("libxlsxwriter-dev", "pkg-config", "libsqlite3-dev"):
        assert package in code
    for test_only in ("chromium", "libreoffice", "poppler", "openpyxl", "pytest"):
        assert test_only not in code


def test_the_test_command_installs_its_packages_and_is_quick_when_they_are_there(root):
    assert "bash scripts/setup-tests" in (root / "scripts" / "test").read_text()
    assert "fonts-noto-cjk" in (root / "scripts" / "setup-tests").read_text()
    subprocess.run(["bash", str(root / "scripts" / "setup-tests")], capture_output=True, check=True, timeout=900)
    started = time.monotonic()
    r = subprocess.run(["bash", str(root / "scripts" / "setup-tests")], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert time.monotonic() - started < 20
    assert "apt-get" not in r.stderr
