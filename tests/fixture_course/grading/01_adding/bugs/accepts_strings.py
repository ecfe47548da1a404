def add(a: int, b: int) -> int:
    return int(a) + int(b)
