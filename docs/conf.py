"""Sphinx configuration for followup_timing's documentation.

Build the HTML with ``sphinx-build -n -W --keep-going -b html docs docs/_build/html`` and
run every code sample with ``sphinx-build -b doctest docs docs/_build/doctest``;
``tests/test_docs.py`` runs both as part of the test suite.
"""

from __future__ import annotations

import builtins
import collections.abc
import datetime
import doctest
import enum
import os
import re
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

import attrs
from docutils import nodes
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective
from sphinx.util.inspect import signature as sphinx_signature
from sphinx.util.inspect import stringify_signature

import followup_timing

logger = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent

project = "followup_timing"
author = "followup_timing developers"
copyright = "2026, followup_timing developers"
release = followup_timing.__version__
version = ".".join(release.split(".")[:2])

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.intersphinx",
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
    "sphinx_copybutton",
]

exclude_patterns = ["_build", "_intersphinx"]
# Every page is reST: no Markdown parser is needed (CHANGELOG.md is converted, see below).
source_suffix = {".rst": "restructuredtext"}
root_doc = "index"
nitpicky = True

# -- autodoc and napoleon ----------------------------------------------------------------

autodoc_member_order = "bysource"
autodoc_typehints = "signature"
# Public classes report __module__ == "followup_timing", so autodoc and napoleon evaluate
# their string annotations in that module, which does not import the datetime names.
for _name in ("date", "datetime", "time", "timedelta", "tzinfo"):
    setattr(followup_timing, _name, getattr(datetime, _name))
followup_timing.Mapping = collections.abc.Mapping  # type: ignore[attr-defined]
autodoc_preserve_defaults = True
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_rtype = False
napoleon_attr_annotations = True

# -- intersphinx -------------------------------------------------------------------------
# The build must pass offline (CI has no network) with -n -W, so every cross-reference to
# Python, attrs and dateutil must resolve without fetching anything. The inventories
# Sphinx would normally download are shipped instead in docs/_intersphinx/: each holds
# exactly the objects these docs refer to, with their real addresses, and is regenerated
# by ``python docs/_intersphinx/make_inventories.py`` when a page needs one more. Links
# therefore point at the real online documentation, while the build reads only local
# files. A reference missing from them fails the build with a message saying so (see
# _hint_offline_inventory below). Set FOLLOWUP_TIMING_DOCS_ONLINE=1 to read the full
# published inventories instead (useful to check that the shipped addresses still exist).
_ONLINE = os.environ.get("FOLLOWUP_TIMING_DOCS_ONLINE") == "1"
_INVENTORIES = {
    "python": "https://docs.python.org/3/",
    "attrs": "https://www.attrs.org/en/stable/",
    "dateutil": "https://dateutil.readthedocs.io/en/stable/",
}
intersphinx_mapping = {
    name: (url, None if _ONLINE else str(HERE / "_intersphinx" / f"{name}.inv"))
    for name, url in _INVENTORIES.items()
}
intersphinx_timeout = 10
# Only explicit references such as :py:class:`datetime.datetime` go to other projects.
intersphinx_disabled_reftypes = ["std:doc"]

# -- doctest -----------------------------------------------------------------------------

# Nothing is imported for the samples: each page's samples, pasted in order into a fresh
# ``python`` started in the repository's root, run as shown, so they import what they use.
# (The docstrings' examples are checked one by one, each in a fresh namespace, by
# tests/test_docs_samples.py.) Samples read files such as examples/followup_draft.eml
# relative to the repository's root.
doctest_global_setup = f"""
import os
os.chdir({str(HERE.parent)!r})
del os
"""
doctest_test_doctest_blocks = "default"
# Error messages are part of what the samples document: compare them in full (Sphinx's
# default flags include IGNORE_EXCEPTION_DETAIL, which compares only the exception type).
doctest_default_flags = doctest.ELLIPSIS | doctest.DONT_ACCEPT_TRUE_FOR_1

# -- HTML --------------------------------------------------------------------------------

html_theme = "furo"
html_title = f"followup_timing {release}"
html_static_path: list[str] = []
copybutton_prompt_text = r">>> |\.\.\. |\$ "
copybutton_prompt_is_regexp = True
copybutton_only_copy_prompt_lines = True

# -- The changelog -----------------------------------------------------------------------
# CHANGELOG.md is Markdown (Keep a Changelog). Rather than add a Markdown parser for one
# page, its small subset (ATX headings, paragraphs, nested "-" lists, `code`, [links](url) and
# [reference]: url definitions) is converted to reST and appended to changelog.rst
# when that page is read.

CHANGELOG = HERE.parent / "CHANGELOG.md"
_UNDERLINES = {1: "=", 2: "-", 3: "~", 4: "^"}
_CODE = re.compile(r"`([^`]+)`")
_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
_REFERENCE_DEFINITION = re.compile(r"^\[([^\]]+)\]:\s*(\S+)\s*$")
_HEADING = re.compile(r"^(#{1,4})\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^( *)[-*+] ")


def _inline(text: str, references: dict[str, str]) -> str:
    """Markdown inline markup of one line, as reST."""
    parts = []
    for index, piece in enumerate(_CODE.split(text)):
        if index % 2:
            parts.append(f"``{piece}``")
            continue
        piece = piece.replace("\\", "\\\\")
        piece = re.sub(r"(?<=\w)_(?=\W|$)", r"\\_", piece)  # "name_" is a reST reference
        piece = _LINK.sub(lambda m: f"`{m[1]} <{m[2]}>`__", piece)
        piece = re.sub(
            r"\[([^\]]+)\]",
            lambda m: f"`{m[1]} <{references[m[1]]}>`__" if m[1] in references else m[0],
            piece,
        )
        parts.append(piece)
    joined = ""
    for part in parts:
        # reST inline markup must not touch a letter or digit: separate it with "\ ".
        opens_code = part.startswith("``") and joined[-1:].isalnum()
        closes_code = joined.endswith("``") and part[:1].isalnum()
        if opens_code or closes_code:
            joined += "\\ "
        joined += part
    return joined


def markdown_to_rst(markdown: str) -> str:
    """The Keep a Changelog subset of Markdown, as reST."""
    lines = markdown.splitlines()
    references = {}
    for line in lines:
        match = _REFERENCE_DEFINITION.match(line)
        if match:
            references[match[1]] = match[2]
    out: list[str] = []
    bullet_indent = None
    for line in lines:
        if _REFERENCE_DEFINITION.match(line):
            continue
        heading = _HEADING.match(line)
        if heading:
            title = _inline(heading[2], references)
            out += ["", title, _UNDERLINES[len(heading[1])] * len(title), ""]
            bullet_indent = None
            continue
        bullet = _BULLET.match(line)
        if bullet:
            # Markdown nests lists without blank lines; reST needs one wherever the
            # nesting level changes.
            indent = len(bullet[1])
            if bullet_indent is not None and indent != bullet_indent and out and out[-1]:
                out.append("")
            bullet_indent = indent
        elif not line.strip():
            bullet_indent = None
        out.append(_inline(line, references))
    return "\n".join(out) + "\n"


def _include_changelog(app: object, docname: str, source: list[str]) -> None:
    if docname == "changelog":
        source[0] += "\n" + markdown_to_rst(CHANGELOG.read_text(encoding="utf-8"))


class FindingCodes(SphinxDirective):
    """``.. finding-codes::``: a table of every finding code, read from the code itself."""

    def run(self) -> list[nodes.Node]:
        # The one table of codes: every column comes from the same record.
        from followup_timing._email._codes import CODES

        rows = [".. list-table::", "   :header-rows: 1", "   :widths: 20 8 40 32", ""]
        rows += ["   * - Code", "     - Severity", "     - Meaning", "     - Suggestion"]
        for code in CODES.values():
            rows += [
                f"   * - ``{code.name}``",
                f"     - {code.severity}",
                f"     - {code.description}",
                f"     - {code.suggestion}",
            ]
        return self.parse_text_to_nodes("\n".join(rows))


# -- Signatures of attrs classes ---------------------------------------------------------
# attrs generates each class's __init__, so autodoc's reading of its source shows attrs'
# internals as defaults ("attr_dict['min_delay'].default", "NOTHING" for a factory) and a
# converter's parameter type as the field's type. The signature is rebuilt here from the
# attrs fields: each default as the value a reader would type, and the type a converter
# accepts, or the field's own type when the converter takes any object.


class _Shown:
    """A default value that autodoc prints as the given source text."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return self.text


def _timedelta_text(value: timedelta) -> str:
    seconds = value.total_seconds()
    for unit, size in (("days", 86400 * 7), ("hours", 3600), ("minutes", 60)):
        if unit == "days" and seconds % size == 0 and seconds >= size:
            return f"timedelta(weeks={int(seconds // size)})"
        if unit != "days" and seconds % size == 0:
            return f"timedelta({unit}={int(seconds // size)})"
    return f"timedelta(seconds={seconds:g})"


def default_text(default: object) -> str:
    """A field's default as a reader would write it: ``timedelta(hours=24)``, ``{}``."""
    if isinstance(default, attrs.Factory):
        factory = default.factory
        if isinstance(factory, type) and factory.__module__.startswith("followup_timing"):
            return f"{factory.__name__}()"
        return default_text(factory())
    if isinstance(default, timedelta):
        return _timedelta_text(default)
    if isinstance(default, int) and not isinstance(default, bool) and abs(default) >= 10_000:
        return f"{default:_}"
    if isinstance(default, enum.Enum):
        return f"{type(default).__name__}.{default.name}"
    # "datetime.time(9, 0)" is written "time(9, 0)" after "from datetime import time".
    return re.sub(r"\bdatetime\.(?=(?:time|date|datetime|timedelta)\()", "", repr(default))


def _field_type(field: Any) -> Any:
    """The field's declared type, evaluated where its converter was written when possible."""
    declared = field.type
    namespace = getattr(field.converter, "__globals__", None)
    if not isinstance(declared, str) or namespace is None:
        return declared
    try:
        return eval(declared, dict(namespace))  # the source's own annotation, not user input
    except Exception:  # a name imported only for type checking: show the text as written
        return declared


def _attrs_signature(
    app: Any,
    what: str,
    name: str,
    obj: Any,
    options: Any,
    signature: str | None,
    return_annotation: str | None,
) -> tuple[str, str | None] | None:
    if what not in {"class", "exception"} or not (isinstance(obj, type) and attrs.has(obj)):
        return None
    sig = sphinx_signature(
        obj.__init__, bound_method=True, type_aliases=app.config.autodoc_type_aliases
    )
    fields = {field.alias: field for field in attrs.fields(obj) if field.init}
    parameters = []
    for parameter in sig.parameters.values():
        field = fields.get(parameter.name)
        if field is None:
            parameters.append(parameter)
            continue
        annotation = parameter.annotation
        if annotation in (object, "object"):
            annotation = _field_type(field)
        default = parameter.default
        if field.default is not attrs.NOTHING:
            default = _Shown(default_text(field.default))
        parameters.append(parameter.replace(annotation=annotation, default=default))
    text = stringify_signature(
        sig.replace(parameters=parameters),
        show_return_annotation=False,
        unqualified_typehints=app.config.autodoc_typehints_format == "short",
    )
    return text, return_annotation


def _hint_offline_inventory(app: Any, domain: Any, node: Any) -> bool | None:
    """Say how to fix a broken reference to Python, attrs or dateutil: add it to the list."""
    target = node.get("reftarget", "")
    top = target.split(".")[0]
    external = top in sys.stdlib_module_names or hasattr(builtins, top)
    if domain.name != "py" or not (external or top in {"attr", "attrs", "dateutil"}):
        return None
    logger.warning(
        "py:%s reference target not found: %s. The docs build offline: add it to "
        "docs/_intersphinx/make_inventories.py and run that script.",
        node.get("reftype"),
        target,
        location=node,
        type="ref",
        subtype=node.get("reftype"),
    )
    return True


def setup(app: Any) -> None:
    app.connect("source-read", _include_changelog)
    app.connect("warn-missing-reference", _hint_offline_inventory)
    app.connect("autodoc-process-signature", _attrs_signature)
    app.add_directive("finding-codes", FindingCodes)
