"""patch replaces a name in one namespace: the one where the code under test looks it up."""

from unittest.mock import ANY, call, patch

import mailer
import welcome

REAL_SEND_EMAIL = mailer.send_email


# --8<-- [start:right]
def test_welcome_sends_its_emails_through_the_patched_name() -> None:
    # welcome.py did `from mailer import send_email`: the name it calls is welcome.send_email.
    with patch("welcome.send_email", autospec=True) as send_email:
        welcome.welcome_customer("Ann", "ann@example.com")

    send_email.assert_has_calls([
        call("ann@example.com", "Welcome to Tessa's corner shop", ANY),
        call("tessa@tessas-corner.shop", "New customer", "Ann <ann@example.com> just signed up."),
    ])
# --8<-- [end:right]


# --8<-- [start:wrong]
def test_patching_where_it_is_defined_leaves_welcome_untouched() -> None:
    with patch("mailer.send_email") as send_email:
        assert mailer.send_email is send_email  # replaced here...
        assert welcome.send_email is REAL_SEND_EMAIL  # ...but welcome kept its own name
# --8<-- [end:wrong]
