"""EduConnect Desktop: the account desk of a French school's secretariat."""

APP_NAME = "EduConnect Desktop"
APP_ID = "educonnect-desktop"


def __getattr__(name: str) -> str:
    # The version is read from the installed package's metadata on first use: importing
    # importlib.metadata costs 70-100 ms, which the first window does not need to wait for.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            value = version("educonnect-desktop")
        except PackageNotFoundError:  # running from a checkout that was not installed
            value = "0.0.0+unknown"
        globals()["__version__"] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
