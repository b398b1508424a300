#!/usr/bin/env python3
"""Checks the book as mdBook renders it, and photographs it.

Run after `mdbook build book`. It reads every HTML page under book/book/ and
fails if a relative link or an image points at a file that is not there, or if
a link's #anchor names no element of its page. Then, if a Chromium is found
(`chromium`, Debian's package), it opens pages in headless Chromium and saves
screenshots under target/book-screenshots/: the introduction, a code-heavy
chapter, and the event-loop chapter with its diagram. A screenshot that is
missing or blank (a tiny PNG) fails the check.

Usage: python3 book/check_rendered.py [--screenshots] [--chromium PATH]
"""

import argparse
import html.parser
import os
import shutil
import subprocess
import sys
import tempfile
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILT = os.path.join(ROOT, "book", "book")
SHOTS = os.path.join(ROOT, "target", "book-screenshots")
# The pages photographed (page, window height, picture name): the
# introduction, a code-heavy chapter, and the event-loop chapter whole, down to
# its timelines (headless Chromium photographs the window, not the page).
PAGES_TO_SHOOT = [
    ("introduction.html", 1800, "introduction.png"),
    ("grammar.html", 1800, "grammar.png"),
    ("event-loop.html", 9000, "event-loop.png"),
]


class Page(html.parser.HTMLParser):
    """Collects the ids, links and images of one HTML page."""

    def __init__(self):
        super().__init__()
        self.ids = set()
        self.links = []
        self.images = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        if tag == "img" and attrs.get("src"):
            self.images.append(attrs["src"])


def is_external(url):
    return "://" in url or url.startswith(("mailto:", "javascript:", "data:"))


def parse(path, cache):
    if path not in cache:
        page = Page()
        with open(path, encoding="utf-8") as f:
            page.feed(f.read())
        cache[path] = page
    return cache[path]


def check_links():
    problems = []
    cache = {}
    pages = []
    for folder, _, files in os.walk(BUILT):
        for name in files:
            if name.endswith(".html"):
                pages.append(os.path.join(folder, name))
    if not pages:
        return [f"no HTML pages under {BUILT}: run `mdbook build book` first"], 0
    checked = 0
    for path in sorted(pages):
        page = parse(path, cache)
        here = os.path.dirname(path)
        shown = os.path.relpath(path, BUILT)
        for url in page.links + page.images:
            if is_external(url):
                continue
            checked += 1
            target, _, anchor = url.partition("#")
            target = urllib.parse.unquote(target)
            target_path = os.path.normpath(os.path.join(here, target)) if target else path
            if os.path.isdir(target_path):
                target_path = os.path.join(target_path, "index.html")
            if not os.path.exists(target_path):
                problems.append(f"{shown}: missing {url}")
                continue
            if anchor and target_path.endswith(".html"):
                if anchor not in parse(target_path, cache).ids:
                    problems.append(f"{shown}: no #{anchor} in {target or shown}")
    return problems, checked


def find_chromium(given):
    for candidate in [given, "chromium", "chromium-browser", "google-chrome"]:
        if candidate and shutil.which(candidate):
            return shutil.which(candidate)
    return None


def screenshots(chromium):
    os.makedirs(SHOTS, exist_ok=True)
    problems = []
    profile = tempfile.mkdtemp(prefix="book-chromium-")
    try:
        for name, height, picture in PAGES_TO_SHOOT:
            page = os.path.join(BUILT, name)
            if not os.path.exists(page):
                problems.append(f"cannot photograph {name}: not built")
                continue
            out = os.path.join(SHOTS, picture)
            if os.path.exists(out):
                os.remove(out)
            command = [
                chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                "--virtual-time-budget=5000",
                f"--user-data-dir={profile}", f"--window-size=1280,{height}",
                f"--screenshot={out}", "file://" + page,
            ]
            subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           timeout=120, check=False)
            # A rendered page of text and pictures is tens of kilobytes; a blank
            # or failed one is a few hundred bytes.
            size = os.path.getsize(out) if os.path.exists(out) else 0
            if size < 20_000:
                problems.append(f"screenshot of {name} is missing or blank ({size} bytes)")
            else:
                print(f"screenshot: {os.path.relpath(out, ROOT)} ({size} bytes)")
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--screenshots", action="store_true",
                        help="also photograph pages with headless Chromium (required then)")
    parser.add_argument("--chromium", help="the Chromium binary to use")
    args = parser.parse_args()

    problems, checked = check_links()
    print(f"checked {checked} internal links and images")
    if args.screenshots:
        chromium = find_chromium(args.chromium)
        if chromium is None:
            problems.append("no chromium found (apt-get install chromium)")
        else:
            problems += screenshots(chromium)
    for problem in problems:
        print("problem:", problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
