"""The ``followup-timing`` command line (also ``python -m followup_timing``).

Standard library only: :mod:`argparse` for the interface, the library for the work. Every
error the user can cause (an unknown zone or country, a date that does not parse, a file
that cannot be read or written) ends as one line on stderr and exit status 2.

One module per command (``_window``, ``_plan``, ``_check``, ``_draft``) declares its options
and runs it; ``_parser`` assembles them, ``_types`` reads option values, ``_calendar`` holds the
calendar options that ``window`` and ``plan`` share, and ``_output`` writes results.
"""

from followup_timing._cli._main import main

__all__ = ["main"]
