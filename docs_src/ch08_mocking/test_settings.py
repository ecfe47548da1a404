"""patch.dict sets environment variables for one block and restores them afterwards."""

import os
from unittest.mock import patch

from settings import DEFAULT_URL, gateway_settings


# --8<-- [start:patch-dict]
def test_the_timeout_comes_from_the_environment() -> None:
    with patch.dict(os.environ, {"SHOP_GATEWAY_TIMEOUT": "3"}):
        assert gateway_settings().timeout_seconds == 3


def test_defaults_apply_when_nothing_is_set() -> None:
    # clear=True empties os.environ for the block: the machine's own settings cannot leak in.
    with patch.dict(os.environ, clear=True):
        assert gateway_settings().url == DEFAULT_URL
        assert gateway_settings().timeout_seconds == 10
    assert os.environ  # everything is back
# --8<-- [end:patch-dict]
