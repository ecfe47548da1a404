"""Customers of Tessa's corner shop.

* An e-mail address is kept trimmed and in lower case, so that
  "Ann@Example.com " and "ann@example.com" are the same customer.
* An address needs exactly one "@" with something on both sides of it;
  any other is refused with ValueError.
* The shop greets a customer by first name, or with "Hello there!" when
  it has none.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Customer:
    email: str
    first_name: str = ""


def new_customer(email: str, first_name: str = "") -> Customer:
    cleaned = email.strip().lower()
    local, at, domain = cleaned.partition("@")
    if not at or not local or not domain or "@" in domain:
        raise ValueError(f"not an e-mail address: {email!r}")
    return Customer(email=cleaned, first_name=first_name.strip())


def greeting(customer: Customer) -> str:
    return f"Hello {customer.first_name or 'there'}!"
