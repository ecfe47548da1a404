"""Your tests for orders_api.py. Run `checker check 15` to see how thorough they are."""

from http import HTTPStatus

from orders_api import create_app


def test_a_request_without_a_token_is_refused() -> None:
    app = create_app({"TESTING": True, "STAFF_TOKENS": {"till-token-tessa": "tessa@tessas-corner.shop"}})
    client = app.test_client()

    answer = client.get("/api/orders")

    assert answer.status_code == HTTPStatus.UNAUTHORIZED


# TODO: the app and its clients in every test? Write fixtures that build on each other:
#       `app` (a new one per test), `client` (no token) and a staff client that sends
#       "Authorization: Bearer till-token-tessa" (its environ_base).
# TODO: a valid order: status, total (quantities count) and reading it back by the id
#       the answer gave you (never guess an id: other correct versions number differently).
# TODO: invalid orders, one field at a time and all at once: one test body, the cases
#       in @pytest.mark.parametrize with ids. Which keys does `errors` hold? Was anything
#       stored?
# TODO: a reference used twice; an id nobody has.
# TODO: pages: enough orders for two pages, the default page size, and the largest one.
