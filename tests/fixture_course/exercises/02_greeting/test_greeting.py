def test_the_greeting_names_the_shop(greeting: str) -> None:
    assert greeting == "Welcome to the shop"
