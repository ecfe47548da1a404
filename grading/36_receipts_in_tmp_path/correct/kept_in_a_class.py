"""The till's receipt archive: one text file per order, kept in a folder.

Another correct version: an Archive class does the work, and the two functions of the
module hand it over.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass
class Archive:
    folder: Path

    def path_of(self, order_id: int) -> Path:
        return self.folder / f"receipt-{order_id}.txt"

    def save(self, order_id: int, lines: list[tuple[str, int, int]]) -> Path:
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.path_of(order_id)
        body = [f"{sku} x{qty} {self.money(qty * price)}" for sku, qty, price in lines]
        body.append("TOTAL " + self.money(sum(qty * price for _, qty, price in lines)))
        try:
            with open(path, "x", encoding="utf-8") as file:
                file.write("\n".join(body) + "\n")
        except FileExistsError:
            raise FileExistsError(f"{path.name} is already in the archive") from None
        return path

    def orders(self) -> list[int]:
        try:
            names = [p.name for p in self.folder.iterdir()]
        except FileNotFoundError:
            return []
        ids = {
            int(name.removeprefix("receipt-").removesuffix(".txt"))
            for name in names
            if name.startswith("receipt-")
            and name.endswith(".txt")
            and name.removeprefix("receipt-").removesuffix(".txt").isdecimal()
        }
        return sorted(ids)

    @staticmethod
    def money(cents: int) -> str:
        return "€{}.{:02d}".format(*divmod(cents, 100))


def save_receipt(folder: Path, order_id: int, lines: list[tuple[str, int, int]]) -> Path:
    return Archive(Path(folder)).save(order_id, lines)


def receipts_in(folder: Path) -> list[int]:
    return Archive(Path(folder)).orders()
