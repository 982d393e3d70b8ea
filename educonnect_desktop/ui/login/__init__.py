"""Journey 2/4: log in (or activate with the school's letter), owed first-login steps, home."""

from .wizard import LoginWizard

__all__ = ["LoginWizard"]
