"""The product API through Flask's test client: status codes, bodies and pages."""

from http import HTTPStatus

from flask.testing import FlaskClient

APPLE = {"sku": "APPLE", "name": "Apple", "price_cents": 35}


# --8<-- [start:created]
class TestAddingAProduct:
    def test_staff_add_a_product_and_get_it_back(self, staff_client: FlaskClient) -> None:
        response = staff_client.post("/api/products", json=APPLE)

        assert response.status_code == HTTPStatus.CREATED  # 201
        assert response.get_json() == APPLE | {"added_by": "tessa@tessas-corner.shop"}
        assert staff_client.get("/api/products/APPLE").get_json()["price_cents"] == 35

    def test_without_a_token_nothing_is_added(
        self, client: FlaskClient, staff_client: FlaskClient
    ) -> None:
        response = client.post("/api/products", json=APPLE)

        assert response.status_code == HTTPStatus.UNAUTHORIZED  # 401
        # The same application, seen by the staff: the product is not there.
        assert staff_client.get("/api/products/APPLE").status_code == HTTPStatus.NOT_FOUND
# --8<-- [end:created]

    # --8<-- [start:conflict]
    def test_a_taken_sku_is_a_conflict(self, staff_client: FlaskClient) -> None:
        staff_client.post("/api/products", json=APPLE)

        response = staff_client.post("/api/products", json=APPLE | {"price_cents": 1})

        assert response.status_code == HTTPStatus.CONFLICT  # 409
        assert "APPLE" in response.get_json()["error"]
        # The first product is unchanged.
        assert staff_client.get("/api/products/APPLE").get_json()["price_cents"] == 35

    def test_every_invalid_field_is_named(self, staff_client: FlaskClient) -> None:
        response = staff_client.post(
            "/api/products", json={"sku": "apple", "name": " ", "price_cents": 0}
        )

        assert response.status_code == HTTPStatus.UNPROCESSABLE_ENTITY  # 422
        assert set(response.get_json()["errors"]) == {"sku", "name", "price_cents"}
    # --8<-- [end:conflict]


def test_an_unknown_sku_is_not_found(client: FlaskClient) -> None:
    response = client.get("/api/products/PEAR")

    assert response.status_code == HTTPStatus.NOT_FOUND  # 404
    assert response.is_json


# --8<-- [start:pages]
def test_the_second_page_holds_the_next_products(staff_client: FlaskClient) -> None:
    skus = [f"ITEM{n:02d}" for n in range(1, 26)]  # 25 products, added in this order
    for sku in skus:
        staff_client.post("/api/products", json={"sku": sku, "name": sku, "price_cents": 100})

    page = staff_client.get("/api/products", query_string={"page": 2, "per_page": 10}).get_json()

    assert [item["sku"] for item in page["items"]] == skus[10:20]
    assert (page["page"], page["per_page"], page["total"]) == (2, 10, 25)


def test_a_page_after_the_last_is_empty_but_still_counts(staff_client: FlaskClient) -> None:
    staff_client.post("/api/products", json=APPLE)

    page = staff_client.get("/api/products?page=3").get_json()

    assert page["items"] == []
    assert page["total"] == 1
# --8<-- [end:pages]
