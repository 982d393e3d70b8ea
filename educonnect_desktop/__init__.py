"""EduConnect Desktop: the account desk of a French school's secretariat."""

from importlib.metadata import PackageNotFoundError, version as _version

try:
    __version__ = _version("educonnect-desktop")
except PackageNotFoundError:  # running from a checkout that was not installed
    __version__ = "0.0.0+unknown"

APP_NAME = "EduConnect Desktop"
APP_ID = "educonnect-desktop"
