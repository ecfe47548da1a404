"""A demo, not collected: a test that only passes on one laptop."""

from pathlib import Path

from settings import api_url, load_settings


# --8<-- [start:wrong]
def test_the_settings_name_the_shop() -> None:
    settings = load_settings(Path("/home/tessa/shop/tests/data/settings.toml"))
    assert settings["shop_name"] == "Tessa's corner shop"


def test_an_endpoint_on_the_staging_api() -> None:
    assert api_url("orders") == "http://localhost:8000/orders"  # if SHOP_API_URL says so
# --8<-- [end:wrong]
