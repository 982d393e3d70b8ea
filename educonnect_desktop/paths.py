"""Where things live on the workstation (per-user directories, bundled resources)."""

from __future__ import annotations

import os
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

import platformdirs

from . import APP_ID

DATABASE_ENV = "EDUCONNECT_DB"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_ID, appauthor=False))


def default_database_path() -> Path:
    """`EDUCONNECT_DB` when set, else `educonnect.sqlite` in the user's data directory."""
    override = os.environ.get(DATABASE_ENV)
    return Path(override).expanduser() if override else data_dir() / "educonnect.sqlite"


def resources_dir() -> Traversable:
    """The package's `resources/` folder, through importlib.resources.

    The same call works in a checkout, an installed wheel and the PyInstaller bundle (which
    ships the folder as data beside the frozen package), so no code looks at `sys._MEIPASS`.
    In all three it is a real directory; `importlib.resources.as_file` gives a file path
    where an API needs one (Qt's font loading).
    """
    return files("educonnect_desktop") / "resources"
