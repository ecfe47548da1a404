def add(a: int, b: int) -> int:
    for value in (a, b):
        if not isinstance(value, int):
            raise TypeError("add takes two integers")
    return sum((a, b))
