"""A mistake on purpose (pytest never collects misplaced/ unless asked): pytest_plugins
in a conftest below the rootdir. Run `pytest misplaced` from the chapter's folder."""

pytest_plugins = ["tests.customers"]
