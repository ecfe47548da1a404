def check_truth() -> None:
    assert True is not False
