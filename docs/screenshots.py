"""Screenshot every page of the documentation site in headless Chromium, to look at it.

    python docs/screenshots.py                        # build the site, shoot every page
    python docs/screenshots.py --site site --out /tmp/shots --height 4000

It builds the site with ``mkdocs build --strict`` into a temporary folder
(or takes a built one with ``--site``), opens each page's ``index.html`` in
headless Chromium at the given window size and writes one PNG per page to
``--out`` (default ``/tmp/corpusparse-screenshots``): ``index.png``,
``performance.png``... A tall ``--height`` takes in more of a long page.
It exits 1 when Chromium is missing or a page gives no picture.

Chromium is not a dependency of the project and this script is not part of
the test suite (``tests/test_site.py`` checks the built HTML without a
browser). On Debian: ``apt-get install -y --no-install-recommends chromium``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def find_browser(option: str | None) -> str | None:
    """The Chromium to run: ``--chromium``, else the first of BROWSERS on the PATH."""
    if option:
        return option if Path(option).is_file() or shutil.which(option) else None
    return next((found for name in BROWSERS if (found := shutil.which(name))), None)


def build_site(out: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=ROOT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        check=True,
    )


def pages(site: Path) -> list[Path]:
    """Every page of the site (``index.html`` of each folder), the 404 page left out."""
    return sorted(site.rglob("index.html"))


def shot_name(site: Path, page: Path) -> str:
    folder = page.parent.relative_to(site).as_posix()
    return ("index" if folder == "." else folder.replace("/", "-")) + ".png"


def screenshot(browser: str, page: Path, png: Path, width: int, height: int) -> bool:
    """One PNG of ``page``; False when Chromium wrote none."""
    command = [browser, "--headless", "--disable-gpu", "--hide-scrollbars"]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        command.append("--no-sandbox")  # Chromium refuses to run as root otherwise
    command += [
        f"--window-size={width},{height}",
        "--virtual-time-budget=3000",  # let the theme's scripts run
        f"--screenshot={png}",
        page.as_uri(),
    ]
    png.unlink(missing_ok=True)
    subprocess.run(command, capture_output=True, timeout=120, check=False)  # dbus noise on stderr
    return png.is_file() and png.stat().st_size > 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--site", type=Path, help="a built site (default: build one)")
    parser.add_argument("--out", type=Path, default=Path("/tmp/corpusparse-screenshots"))
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=900)
    parser.add_argument("--chromium", help="the browser to run (default: found on the PATH)")
    args = parser.parse_args(argv)
    browser = find_browser(args.chromium)
    if browser is None:
        print(
            "screenshots.py: no Chromium found (--chromium PATH; on Debian:"
            " apt-get install -y --no-install-recommends chromium)",
            file=sys.stderr,
        )
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="corpusparse-site-") as scratch:
        site = args.site.resolve() if args.site else Path(scratch)
        if not args.site:
            build_site(site)
        failed = []
        for page in pages(site):
            png = args.out / shot_name(site, page)
            if screenshot(browser, page, png, args.width, args.height):
                print(png)
            else:
                failed.append(page.relative_to(site).as_posix())
    for name in failed:
        print(f"screenshots.py: no picture of {name}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
