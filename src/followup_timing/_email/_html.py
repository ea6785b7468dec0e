"""HTML bodies turned into text, for :func:`~followup_timing.html_to_text`.

Kept apart from :mod:`followup_timing._email._message` so that :mod:`html.parser` is
imported the first time an HTML body is converted, not at ``import followup_timing``.
"""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Final

# Elements whose content is never the writer's own text.
_DROPPED_TAGS: Final = frozenset({"script", "style", "blockquote", "head", "title", "template"})
# Classes and ids mail clients put on quoted replies, forwarded messages and signatures.
_DROPPED_MARKERS: Final = frozenset(
    {
        "gmail_quote",
        "gmail_quote_container",
        "moz-cite-prefix",
        "yahoo_quoted",
        "outlookmessageheader",
        "protonmail_quote",
        "zmail_extra",
        "gmail_signature",
        "gmail_signature_prefix",
        "moz-signature",
    }
)
# Ids Outlook puts on the header of the message replied to ("From: ... Sent: ...") or just
# before it. The quoted message itself follows in the next sibling elements, not inside, so
# everything from the marker to the end of the document is dropped.
_CUT_MARKERS: Final = frozenset({"divrplyfwdmsg", "appendonsend"})
# Outlook desktop's reply separator: a borderless div with a thin grey top border, e.g.
# style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in".
_SEPARATOR_COLOURS: Final = ("#e1e1e1", "#b5c4df")
_VOID_TAGS: Final = frozenset(
    {
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    }
)
_BLOCK_TAGS: Final = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "header",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "table",
        "tr",
        "pre",
        "address",
        "main",
        "aside",
        "nav",
        "dl",
        "dt",
        "dd",
        "figure",
        "hr",
        "form",
        "fieldset",
    }
)
_PARAGRAPH_TAGS: Final = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table"})


class _HTMLToText(HTMLParser):
    """Collect the visible text of an HTML body, one line per block, quoted parts dropped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.stack: list[tuple[str, bool]] = []  # (tag, dropped)
        self.open_count: dict[str, int] = {}
        self.dropping = 0
        self.cut = False  # past the header of the message replied to: nothing more is kept
        self.rule_at: int | None = None  # len(parts) at the last <hr> with no text after it

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.cut:
            return
        if not self.dropping and _starts_quoted_rest(tag, attrs):
            if self.rule_at is not None:
                del self.parts[self.rule_at :]  # the <hr> Outlook draws above the header
            self.cut = True
            return
        if tag in _VOID_TAGS:
            if not self.dropping:
                if tag == "br":
                    self.parts.append("\n")
                elif tag == "hr":
                    self.rule_at = len(self.parts)
                    self.parts.append("\n\n")
            return
        dropped = tag in _DROPPED_TAGS or _is_quote_container(attrs)
        self.stack.append((tag, dropped))
        self.open_count[tag] = self.open_count.get(tag, 0) + 1
        if dropped:
            self.dropping += 1
        elif not self.dropping:
            self._block_break(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _VOID_TAGS:
            # <div/> opens and closes nothing worth keeping, unless it marks the quoted rest.
            if not self.cut and not self.dropping and _starts_quoted_rest(tag, attrs):
                self.handle_starttag(tag, attrs)
            elif tag == "br" and not self.dropping and not self.cut:
                self.parts.append("\n")
            return
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if self.cut or not self.open_count.get(tag):
            return  # a stray end tag: ignore it in O(1)
        while self.stack:
            name, dropped = self.stack.pop()
            self.open_count[name] -= 1
            if dropped:
                self.dropping -= 1
            elif not self.dropping:
                self._block_break(name, opening=False)
            if name == tag:
                break

    def handle_data(self, data: str) -> None:
        if not self.dropping and not self.cut:
            if not data.isspace():
                self.rule_at = None
            self.parts.append(" ".join(data.split()) if not data.isspace() else " ")
            if data[:1].isspace() and not data.isspace():
                self.parts[-1] = " " + self.parts[-1]
            if data[-1:].isspace() and not data.isspace():
                self.parts[-1] += " "

    def _block_break(self, tag: str, *, opening: bool = True) -> None:
        if tag in _PARAGRAPH_TAGS:
            self.parts.append("\n\n")
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")
        elif tag == "li" and opening:
            self.parts.append("\n- ")

    def text(self) -> str:
        lines = [" ".join(line.split()) for line in "".join(self.parts).split("\n")]
        out: list[str] = []
        blank = 0
        for line in lines:
            if line:
                if blank and out:
                    out.append("")
                out.append(line)
                blank = 0
            else:
                blank += 1
        return "\n".join(out)


def _is_quote_container(attrs: list[tuple[str, str | None]]) -> bool:
    for name, value in attrs:
        if name in {"class", "id", "data-smartmail"} and value:
            for token in value.lower().split():
                if token in _DROPPED_MARKERS:
                    return True
        if name == "type" and value and value.lower() == "cite":
            return True
    return False


def _starts_quoted_rest(tag: str, attrs: list[tuple[str, str | None]]) -> bool:
    """Whether this element opens Outlook's header of the message replied to."""
    for name, value in attrs:
        if not value:
            continue
        if name == "id" and value.lower() in _CUT_MARKERS:
            return True
        if name == "style" and tag == "div":
            style = value.lower().replace(" ", "")
            if (
                "border:none" in style
                and "border-top:solid" in style
                and any(colour in style for colour in _SEPARATOR_COLOURS)
            ):
                return True
    return False


def convert(html: str) -> str:
    """Return the visible text of *html* (already type-checked)."""
    parser = _HTMLToText()
    try:
        parser.feed(html)
        parser.close()
    except (AssertionError, ValueError):  # pragma: no cover - html.parser is lenient today
        pass
    return parser.text()
