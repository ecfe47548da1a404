"""Not collected (the name does not start with test_): run it by name to see it fail.

    pytest demo_wrong_target.py
"""

from unittest.mock import patch

import welcome


def test_welcome_with_the_mailer_patched_in_the_wrong_place() -> None:
    with patch("mailer.send_email") as send_email:
        welcome.welcome_customer("Ann", "ann@example.com")
    send_email.assert_called()
