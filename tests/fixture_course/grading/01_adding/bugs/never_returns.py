def add(a: int, b: int) -> int:
    if not isinstance(a, int) or not isinstance(b, int):
        raise TypeError("add takes two integers")
    total = a
    while b:
        # Counts up one at a time: fine for positive b, never ends for negative b.
        total += 1
        b -= 1
    return total
