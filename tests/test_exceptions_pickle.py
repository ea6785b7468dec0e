"""Every library error pickles, so one raised in a worker process reaches the caller intact."""

from __future__ import annotations

import pickle
from concurrent.futures import ProcessPoolExecutor

import pytest

import followup_timing as ft


def _errors() -> list[ft.FollowupTimingError]:
    """One instance of each error the email half raises, caught from real calls."""
    found: list[ft.FollowupTimingError] = []
    for call in (
        lambda: ft.validate_email(b"Thanks"),  # type: ignore[arg-type]
        lambda: ft.Rules(min_words=0),
        lambda: ft.validate_email("x" * 20, rules=ft.Rules(max_chars=10)),
        lambda: ft.validate_message("text"),  # type: ignore[arg-type]
    ):
        try:
            call()
        except ft.FollowupTimingError as error:
            found.append(error)
    return found


@pytest.mark.parametrize("error", _errors(), ids=lambda e: type(e).__name__)
def test_errors_round_trip_through_pickle(error: ft.FollowupTimingError) -> None:
    """An error keeps its type, message and attributes through pickle."""
    clone = pickle.loads(pickle.dumps(error))
    assert type(clone) is type(error)
    assert str(clone) == str(error)
    assert clone.args == error.args
    assert vars(clone) == vars(error)


def _check_bytes(raw: bytes) -> ft.EmailReport:
    return ft.validate_email(raw)  # type: ignore[arg-type]


def test_an_error_in_a_worker_reaches_the_caller() -> None:
    """A worker's EmailTypeError is re-raised in the parent as itself, message intact."""
    with ProcessPoolExecutor(max_workers=1) as pool:
        future = pool.submit(_check_bytes, b"Thanks")
        with pytest.raises(ft.EmailTypeError, match=r"^text must be a str .*got bytes\.$"):
            future.result(timeout=60)
