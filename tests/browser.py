"""Headless Chromium (Debian's chromium and chromium-driver, installed by .ci/run) for the browser tests."""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path
from typing import Iterator

import pytest

CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
ARTIFACTS = Path(os.environ.get("CRYOSCAPE_ARTIFACTS", Path(__file__).resolve().parents[1] / "test-artifacts"))
# software WebGL (SwiftShader) where the machine has no GPU, as in CI
WEBGL_FLAGS = ("--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--ignore-gpu-blocklist")


@contextlib.contextmanager
def chromium(profile: Path, width: int = 1280, height: int = 900, webgl: bool = False) -> Iterator:
    """Yield a Selenium driver of headless Chromium with its profile in ``profile`` (removed afterwards)."""
    if not (CHROMIUM.is_file() and CHROMEDRIVER.is_file()):
        pytest.fail("the headless Chromium tests need Debian's chromium and chromium-driver (see .ci/run)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    flags = ["--headless=new", "--no-sandbox", "--disable-quic", "--no-first-run", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", f"--window-size={width},{height}",
             f"--user-data-dir={profile}"]
    flags += list(WEBGL_FLAGS) if webgl else ["--disable-gpu"]
    for flag in flags:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
