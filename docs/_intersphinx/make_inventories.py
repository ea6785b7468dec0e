"""Write the intersphinx inventories the documentation reads offline.

The docs build runs without network access (``-n -W`` in CI), so Sphinx cannot download
``objects.inv`` from Python, attrs and dateutil. This script writes small inventories in
Sphinx's own format (version 2, zlib-compressed) holding exactly the objects the docs
refer to, each with its real address in the published documentation. Add an entry when
a page or a docstring refers to one more object, then run::

    python docs/_intersphinx/make_inventories.py

``FOLLOWUP_TIMING_DOCS_ONLINE=1 sphinx-build ...`` reads the full published inventories
instead, which checks that no entry here names an object that does not exist.
"""

from __future__ import annotations

import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent

# name -> (domain:role, page#anchor); "$" in the anchor stands for the name, as in Sphinx.
PYTHON = {
    "collections.abc.Iterable": ("py:class", "library/collections.abc.html#$"),
    "collections.abc.Iterator": ("py:class", "library/collections.abc.html#$"),
    "collections.abc.Mapping": ("py:class", "library/collections.abc.html#$"),
    "concurrent.futures.ProcessPoolExecutor": ("py:class", "library/concurrent.futures.html#$"),
    "concurrent.futures.ThreadPoolExecutor": ("py:class", "library/concurrent.futures.html#$"),
    "datetime": ("py:module", "library/datetime.html#module-$"),
    "datetime.date": ("py:class", "library/datetime.html#$"),
    "datetime.date.weekday": ("py:method", "library/datetime.html#$"),
    "datetime.datetime": ("py:class", "library/datetime.html#$"),
    "datetime.datetime.astimezone": ("py:method", "library/datetime.html#$"),
    "datetime.datetime.fold": ("py:attribute", "library/datetime.html#$"),
    "datetime.datetime.now": ("py:method", "library/datetime.html#$"),
    "datetime.time": ("py:class", "library/datetime.html#$"),
    "datetime.timedelta": ("py:class", "library/datetime.html#$"),
    "datetime.timezone": ("py:class", "library/datetime.html#$"),
    "datetime.tzinfo": ("py:class", "library/datetime.html#$"),
    "email": ("py:module", "library/email.html#module-$"),
    "email.message.EmailMessage": ("py:class", "library/email.message.html#$"),
    "email.message.Message": ("py:class", "library/email.compat32-message.html#$"),
    "email.policy.default": ("py:data", "library/email.policy.html#$"),
    "enum.Enum": ("py:class", "library/enum.html#$"),
    "Exception": ("py:exception", "library/exceptions.html#$"),
    "LookupError": ("py:exception", "library/exceptions.html#$"),
    "OverflowError": ("py:exception", "library/exceptions.html#$"),
    "TypeError": ("py:exception", "library/exceptions.html#$"),
    "ValueError": ("py:exception", "library/exceptions.html#$"),
    "bool": ("py:class", "library/functions.html#$"),
    "bytes": ("py:class", "library/stdtypes.html#$"),
    "dict": ("py:class", "library/stdtypes.html#$"),
    "float": ("py:class", "library/functions.html#$"),
    "html.parser": ("py:module", "library/html.parser.html#module-$"),
    "int": ("py:class", "library/functions.html#$"),
    "json.dumps": ("py:function", "library/json.html#$"),
    "ImportError": ("py:exception", "library/exceptions.html#$"),
    "list": ("py:class", "library/stdtypes.html#$"),
    "os.PathLike": ("py:class", "library/os.html#$"),
    "pickle": ("py:module", "library/pickle.html#module-$"),
    "str": ("py:class", "library/stdtypes.html#$"),
    "str.splitlines": ("py:method", "library/stdtypes.html#$"),
    "tuple": ("py:class", "library/stdtypes.html#$"),
    "zoneinfo": ("py:module", "library/zoneinfo.html#module-$"),
    "zoneinfo.ZoneInfo": ("py:class", "library/zoneinfo.html#$"),
    "zoneinfo.available_timezones": ("py:function", "library/zoneinfo.html#$"),
}
ATTRS = {
    "attrs.asdict": ("py:function", "api.html#$"),
    "attrs.evolve": ("py:function", "api.html#$"),
    "attrs.frozen": ("py:function", "api.html#$"),
}
DATEUTIL = {
    "dateutil.parser": ("py:module", "parser.html#module-$"),
    "dateutil.parser.parse": ("py:function", "parser.html#$"),
}

INVENTORIES = {
    "python": ("Python", "3", PYTHON),
    "attrs": ("attrs", "stable", ATTRS),
    "dateutil": ("dateutil", "stable", DATEUTIL),
}


def inventory(project: str, version: str, entries: dict[str, tuple[str, str]]) -> bytes:
    """The bytes of an ``objects.inv`` (version 2) listing *entries*."""
    header = (
        "# Sphinx inventory version 2\n"
        f"# Project: {project}\n"
        f"# Version: {version}\n"
        "# The remainder of this file is compressed using zlib.\n"
    ).encode()
    lines = [
        f"{name} {role} {0 if role == 'py:module' else 1} {uri} -\n"
        for name, (role, uri) in sorted(entries.items())
    ]
    return header + zlib.compress("".join(lines).encode())


def main() -> None:
    for name, (project, version, entries) in INVENTORIES.items():
        (HERE / f"{name}.inv").write_bytes(inventory(project, version, entries))


if __name__ == "__main__":
    main()
