"""Fixtures for the deliveries' tests. Yours to write: the tests ask for them by name.

scratch_db.py gives you scratch_database(server_url, folder), a context manager for a
database nobody else uses, and make_engine(url), an engine whose SAVEPOINTs work on
SQLite too.
"""

import os

import pytest
from sqlalchemy.orm import Session

from models import Base
from scratch_db import make_engine, scratch_database

# TODO: `database_url`, once for the whole run: the URL of this run's own database.
#       Enter scratch_database(...) with the value of the environment variable
#       TEST_DATABASE_URL (None when it is not set) and a folder from tmp_path_factory,
#       and yield the URL inside the `with`, so that the database is dropped at the end.

# TODO: `engine`, once for the whole run, built on `database_url`: make_engine(url),
#       create the tables of Base.metadata, yield the engine, then dispose of it.

# TODO: `db_session`, for each test, built on `engine`: connect, begin a transaction on
#       that connection, and yield a Session bound to the connection that joins it with
#       join_transaction_mode="create_savepoint". Afterwards close the session, roll the
#       transaction back and close the connection: everything the test committed is gone.

# TODO: `empty_database`, for each test: the URL of another scratch database with no
#       tables at all (the migrations test builds them itself). tmp_path is a folder.
