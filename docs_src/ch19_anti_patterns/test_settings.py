from pathlib import Path

import pytest

from settings import api_url, load_settings


# --8<-- [start:right]
DATA = Path(__file__).parent / "data"  # next to this file, wherever it was cloned


def test_the_settings_name_the_shop() -> None:
    settings = load_settings(DATA / "settings.toml")
    assert settings["shop_name"] == "Tessa's corner shop"


def test_settings_written_by_the_test(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text('shop_name = "Test shop"\n', encoding="utf-8")
    assert load_settings(path) == {"shop_name": "Test shop"}


def test_an_endpoint_on_the_api_the_environment_names(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SHOP_API_URL", "http://127.0.0.1:8000/")
    assert api_url("orders") == "http://127.0.0.1:8000/orders"


def test_an_endpoint_on_the_default_api(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SHOP_API_URL", raising=False)
    assert api_url("/orders") == "https://api.tessas-corner.shop/orders"
# --8<-- [end:right]
