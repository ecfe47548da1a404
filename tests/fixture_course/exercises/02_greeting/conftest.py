# TODO: a fixture named greeting.
