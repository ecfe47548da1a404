"""What an online order costs with its delivery (the shop's rules: docs/shop.md)."""

DELIVERY_CENTS = 495
FREE_FROM_CENTS = 5000


def order_total(goods_cents: int) -> int:
    """The goods plus delivery: 495 cents below 5000, free from 5000, none for nothing."""
    if goods_cents < 0:
        raise ValueError(f"goods cannot cost {goods_cents} cents")
    total = goods_cents
    if 0 < goods_cents < FREE_FROM_CENTS:
        total += DELIVERY_CENTS
    return total
