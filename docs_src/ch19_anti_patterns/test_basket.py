from basket import Basket


# --8<-- [start:right]
def test_adding_an_item_again_raises_its_quantity() -> None:
    basket = Basket()
    basket.add("TEA-80", 450)
    basket.add("TEA-80", 450)

    assert basket.quantity("TEA-80") == 2
    assert basket.total() == 900
# --8<-- [end:right]
