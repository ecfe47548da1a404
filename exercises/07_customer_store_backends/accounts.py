"""Signing customers up and closing their accounts, in whichever store the shop uses."""

from __future__ import annotations

from typing import Protocol

import mailer
from customers import Customer


class CustomerStore(Protocol):
    def add(self, name: str, email: str) -> Customer: ...
    def remove(self, customer_id: int) -> None: ...


def sign_up(store: CustomerStore, name: str, email: str) -> Customer:
    """Save a new customer and send the welcome mail."""
    customer = store.add(name, email)
    mailer.send_welcome(customer.email, customer.name)
    return customer


def close_account(store: CustomerStore, customer_id: int) -> None:
    store.remove(customer_id)
