"""Which of the two configuration files does pytest read?"""

import pytest


def test_pytest_reads_the_ini_file_alone(pytestconfig: pytest.Config) -> None:
    assert pytestconfig.inipath is not None
    assert pytestconfig.inipath.name == "pytest.ini"
    assert "--strict-markers" not in pytestconfig.getini("addopts")
