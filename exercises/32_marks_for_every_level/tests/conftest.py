"""For every level of the suite: give each test the mark of the folder it sits in."""

from __future__ import annotations

import pytest

# TODO: implement the hook pytest_collection_modifyitems(items). For every collected
#       test (an item), find the folder it sits in under tests/ (item.path is its
#       file, a pathlib.Path) and add the mark of that level with item.add_marker(...):
#       "unit" for tests/unit/, "integration" for tests/integration/, "e2e" for tests/e2e/.
