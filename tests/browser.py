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
# Software WebGL (SwiftShader) where the machine has no GPU, as in CI. By default as Chromium runs on a
# machine without a GPU ("all software mode, SwiftShader only for WebGL content", Chromium's
# docs/gpu/swiftshader.md): the page is composited in software. With ``gpu_compositing`` Chromium
# behaves as on a GPU with SwiftShader as that GPU, compositing every frame through it too (about
# 0.06-0.09 s of CPU per frame of a 1400×900 page, against 0.01-0.02 s in software).
WEBGL_FLAGS = ("--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--ignore-gpu-blocklist")
SOFTWARE_COMPOSITING = ("--disable-gpu-compositing",)


@contextlib.contextmanager
def chromium(profile: Path, width: int = 1280, height: int = 900, webgl: bool = False,
             gpu_compositing: bool = False) -> Iterator:
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
    if webgl:
        flags += list(WEBGL_FLAGS) + ([] if gpu_compositing else list(SOFTWARE_COMPOSITING))
    else:
        flags.append("--disable-gpu")
    for flag in flags:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
