"""Where things live on the workstation (per-user directories, bundled resources)."""

from __future__ import annotations

import os
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


def resources_dir() -> Path:
    """The top-level `resources/` folder (beside the package in a checkout or a bundle)."""
    return Path(__file__).resolve().parent.parent / "resources"
