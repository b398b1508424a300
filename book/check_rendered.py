#!/usr/bin/env python3
"""Checks the book as mdBook renders it, and photographs it.

Run after `mdbook build book`. It reads every HTML page under book/book/ and
fails if a relative link or an image points at a file that is not there, or if
a link's #anchor names no element of its page.

With --screenshots it then opens three pages in headless Chromium (`chromium`,
Debian's package): the introduction, a code-heavy chapter, and the event-loop
chapter with its diagram and timelines. For each page it

- saves a screenshot under target/book-screenshots/; one that is missing or
  blank (a tiny PNG) fails the check;
- asks the browser whether every image of the page loads. A file that exists
  can still fail to show (a truncated PNG, an SVG that is not well-formed XML),
  and only a browser knows. Headless Chromium has no option to report failed
  images, but `--dump-dom` prints the document after its scripts have run. So
  the check writes a copy of the page into a temporary folder, with a
  `<base href>` pointing back at book/book/ (relative URLs resolve as in the
  real page) and a small script at the end of <body>. The script loads each
  distinct image URL again with `new Image()`, waits for `load` or `error`, and
  writes the outcome as JSON into a hidden `<pre id="nodelet-image-report">`;
  `--virtual-time-budget` makes Chromium wait for those loads before dumping
  the DOM, from which the report is read. An image that fires `error`, or a
  report that never appears, fails the check.

Two Chromium runs per page take about a second each, so the whole check stays
well under 30 seconds.

Usage: python3 book/check_rendered.py [--screenshots] [--chromium PATH]
"""

import argparse
import html
import html.parser
import json
import os
import pathlib
import re
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


# Loads every distinct image of the page again and reports, as JSON in a hidden
# element, which ones loaded. Written in old-fashioned JavaScript so that it
# runs whatever the page's own scripts do.
IMAGE_PROBE = """<script>
(function () {
  var seen = {}, pending = 0, results = [];
  function report() {
    var out = document.createElement('pre');
    out.id = 'nodelet-image-report';
    out.hidden = true;
    out.textContent = JSON.stringify(results);
    document.body.appendChild(out);
  }
  Array.prototype.forEach.call(document.images, function (img) {
    if (seen[img.src]) return;
    seen[img.src] = true;
    pending += 1;
    var probe = new Image();
    function done(ok) {
      results.push({src: img.getAttribute('src'), ok: ok});
      pending -= 1;
      if (pending === 0) report();
    }
    probe.onload = function () { done(true); };
    probe.onerror = function () { done(false); };
    probe.src = img.src;
  });
  if (pending === 0) report();
})();
</script>"""
REPORT = re.compile(r'<pre id="nodelet-image-report"[^>]*>(.*?)</pre>', re.S)


def chromium_command(chromium, profile, *extra):
    """A headless Chromium run that stays off the network and waits for the
    page (virtual time runs fast while nothing is pending)."""
    return [
        chromium, "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--hide-scrollbars",
        "--virtual-time-budget=5000", f"--user-data-dir={profile}", *extra,
    ]


def photograph(chromium, profile, page, name, height, picture):
    out = os.path.join(SHOTS, picture)
    if os.path.exists(out):
        os.remove(out)
    command = chromium_command(chromium, profile, f"--window-size=1280,{height}",
                               f"--screenshot={out}", pathlib.Path(page).as_uri())
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=120, check=False)
    # A rendered page of text and pictures is tens of kilobytes; a blank or
    # failed one is a few hundred bytes.
    size = os.path.getsize(out) if os.path.exists(out) else 0
    if size < 20_000:
        return [f"screenshot of {name} is missing or blank ({size} bytes)"]
    print(f"screenshot: {os.path.relpath(out, ROOT)} ({size} bytes)")
    return []


def check_images_in_browser(chromium, profile, page, name, scratch):
    """Whether every image of the page loads in Chromium (see the docstring)."""
    with open(page, encoding="utf-8") as f:
        text = f.read()
    folder = pathlib.Path(os.path.dirname(page)).as_uri() + "/"
    base = '<base href="' + html.escape(folder) + '">'
    text, heads = re.subn(r"<head[^>]*>", lambda m: m.group(0) + base, text, count=1)
    if heads != 1 or "</body>" not in text:
        return [f"{name}: no <head> or </body> to add the image check to"]
    head, _, tail = text.rpartition("</body>")
    probe = os.path.join(scratch, name)
    with open(probe, "w", encoding="utf-8") as f:
        f.write(head + IMAGE_PROBE + "</body>" + tail)
    command = chromium_command(chromium, profile, "--dump-dom", pathlib.Path(probe).as_uri())
    run = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    found = REPORT.search(run.stdout)
    if found is None:
        return [f"{name}: Chromium did not finish loading the page's images"]
    results = json.loads(html.unescape(found.group(1)))
    broken = [result["src"] for result in results if not result["ok"]]
    if broken:
        return [f"{name}: image {src} does not load in Chromium" for src in broken]
    if results:
        print(f"images: all {len(results)} of {name} load in Chromium")
    else:
        print(f"images: {name} has none")
    return []


def screenshots(chromium):
    os.makedirs(SHOTS, exist_ok=True)
    problems = []
    profile = tempfile.mkdtemp(prefix="book-chromium-")
    scratch = tempfile.mkdtemp(prefix="book-probe-")
    try:
        for name, height, picture in PAGES_TO_SHOOT:
            page = os.path.join(BUILT, name)
            if not os.path.exists(page):
                problems.append(f"cannot photograph {name}: not built")
                continue
            problems += photograph(chromium, profile, page, name, height, picture)
            problems += check_images_in_browser(chromium, profile, page, name, scratch)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
        shutil.rmtree(scratch, ignore_errors=True)
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
