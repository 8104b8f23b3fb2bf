"""Minimal HTML → text (for Word "web page" files saved as .doc and HTML altChunks)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCK = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li tr table ul ol blockquote pre section article header footer title dt dd".split()
)
_SPACE = re.compile(r"\s+")
_SKIP = frozenset({"script", "style", "head", "xml", "template"})


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0
        self.row_cells = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip += 1
        elif tag == "br":
            self.out.append("\n")
        elif tag == "tr":
            self.row_cells = 0
            self.out.append("\n")
        elif tag in ("td", "th"):
            if self.row_cells:
                self.out.append(" | ")
            self.row_cells += 1
        elif tag in _BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK:
            self.out.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.out.append(_SPACE.sub(" ", data))


def html_to_text(html: str) -> str:
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.out).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
