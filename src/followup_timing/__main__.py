"""``python -m followup_timing``: the same command line as ``followup-timing``."""

from __future__ import annotations

import sys

from followup_timing._cli import main

if __name__ == "__main__":
    sys.exit(main(prog="python -m followup_timing"))
