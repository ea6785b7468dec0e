"""Hypothesis profiles for the whole suite.

``default`` keeps a local run quick, ``ci`` is reproducible (derandomized, failures printed
with a blob to replay), ``thorough`` is for a deep local run. Pick one with the
``HYPOTHESIS_PROFILE`` environment variable; ``CI=true`` selects ``ci`` when none is given.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "default",
    deadline=None,
    max_examples=60,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "ci",
    parent=settings.get_profile("default"),
    derandomize=True,
    print_blob=True,
    max_examples=100,
)
settings.register_profile(
    "thorough",
    parent=settings.get_profile("default"),
    max_examples=2_000,
)

_ci = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if _ci else "default"))


def pytest_configure(config: pytest.Config) -> None:
    """Register the suite's markers (``--strict-markers`` refuses unknown ones)."""
    config.addinivalue_line(
        "markers", "docs: builds the Sphinx documentation; deselect with -m 'not docs'"
    )
