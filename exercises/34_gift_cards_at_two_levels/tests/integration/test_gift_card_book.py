"""Your integration tests: GiftCardBook on a real SQLite file. See README.md."""

from __future__ import annotations

# TODO: issuing a card and reading its balance, whatever the case of the code.
# TODO: an unknown code; a code issued twice (and the first card afterwards).
# TODO: paying: what is left to pay, the new balance, and the other cards.
# TODO: saved: open a second GiftCardBook on the same file and look.
