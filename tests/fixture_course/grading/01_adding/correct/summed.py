def _require_int(value: object) -> None:
    if not isinstance(value, int):
        raise TypeError(f"add takes integers, not {type(value).__name__}")


def add(a: int, b: int) -> int:
    _require_int(a)
    _require_int(b)
    return sum((a, b))
