"""A draft as a ready-to-send e-mail message (:meth:`Draft.to_message`).

The stdlib :mod:`email` package builds the message; it is imported on first use so that
``import followup_timing`` does not pay for it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, TypeAlias

from followup_timing._timing._recipient import Recipient, looks_like_email
from followup_timing._timing._zones import require_aware
from followup_timing.exceptions import DraftError, WrongTypeError

if TYPE_CHECKING:
    from email.headerregistry import Address
    from email.message import EmailMessage

    from followup_timing._drafts._draft import Draft

AddressLike: TypeAlias = str | Recipient

_ADDRESS_FIX = (
    "Pass an address such as 'dana.lee@globex.com' or 'Dana Lee <dana.lee@globex.com>', or a "
    "Recipient with an email"
)


def to_message(
    draft: Draft,
    *,
    to: AddressLike | Iterable[AddressLike],
    from_: AddressLike | None = None,
    cc: AddressLike | Iterable[AddressLike] = (),
    date: datetime | None = None,
) -> EmailMessage:
    """The body of :meth:`Draft.to_message <followup_timing.Draft.to_message>`."""
    from email import policy
    from email.message import EmailMessage
    from email.utils import format_datetime

    to_addresses = _addresses("to", to)
    if not to_addresses:
        raise DraftError(
            f"to is empty: a message needs at least one recipient. {_ADDRESS_FIX}.",
            what="to",
            value=to,
        )
    if "\n" in draft.subject or "\r" in draft.subject:
        raise DraftError(
            f"the subject {draft.subject!r} spans lines; a header is one line. Write it on "
            f"one line.",
            what="subject",
            value=draft.subject,
        )
    message = EmailMessage(policy=policy.default)
    if from_ is not None:
        senders = _addresses("from_", from_)
        if len(senders) != 1:
            raise DraftError(
                f"from_={from_!r} must be one address, the sender's. {_ADDRESS_FIX}.",
                what="from_",
                value=from_,
            )
        message["From"] = senders[0]
    message["To"] = to_addresses
    cc_addresses = _addresses("cc", cc)
    if cc_addresses:
        message["Cc"] = cc_addresses
    if date is not None:
        message["Date"] = format_datetime(require_aware(date, "date"))
    message["Subject"] = draft.subject
    # Outlook and Thunderbird open a message with this header as an unsent draft, ready to
    # be edited and sent, instead of as a received message.
    message["X-Unsent"] = "1"
    # The body is encoded now, under the default policy: 7-bit safe, lines of 78 at most.
    message.set_content(draft.body + "\n", charset="utf-8")
    # Headers are folded when the message is written, under this policy: CRLF as RFC 5322
    # files have it, folded only at SMTP's 998-octet limit. Folding at 78 splits a long
    # non-ASCII display name into encoded words that the stdlib reads back with a space
    # inside the name ("欧阳娜娜欧阳 娜娜").
    message.policy = policy.default.clone(linesep="\r\n", max_line_length=998)
    return message


def _addresses(what: str, value: object) -> list[Address]:
    from email.headerregistry import Address

    items: list[object]
    if isinstance(value, (str, Recipient)):
        items = [value]
    elif isinstance(value, Iterable):
        items = list(value)
    else:
        raise WrongTypeError(value, what, "an address (str), a Recipient, or a list of them")
    found: list[Address] = []
    for n, item in enumerate(items):
        label = what if isinstance(value, (str, Recipient)) else f"{what}[{n}]"
        if isinstance(item, Recipient):
            if item.email is None:
                raise DraftError(
                    f"{label} is Recipient {item.name!r}, which has no email. Pass "
                    f"Recipient({item.name!r}, email=...) or the address as text.",
                    what=label,
                    value=item,
                )
            found.append(Address(display_name=item.name, addr_spec=item.email))
        elif isinstance(item, str):
            found.extend(_parse_text(label, item, Address))
        else:
            raise WrongTypeError(item, label, "an address (str) or a Recipient")
    return found


def _parse_text(what: str, text: str, address: type[Address]) -> list[Address]:
    from email.utils import getaddresses

    if "\n" in text or "\r" in text:
        raise DraftError(f"{what}={text!r} spans lines. {_ADDRESS_FIX}.", what=what, value=text)
    pairs = getaddresses([text])
    if not text.strip() or not pairs:
        raise DraftError(f"{what}={text!r} is empty. {_ADDRESS_FIX}.", what=what, value=text)
    parsed = []
    for name, addr in pairs:
        if not looks_like_email(addr):
            raise DraftError(
                f"{what}={text!r} is not an e-mail address. {_ADDRESS_FIX}.",
                what=what,
                value=text,
            )
        parsed.append(address(display_name=name, addr_spec=addr))
    return parsed
