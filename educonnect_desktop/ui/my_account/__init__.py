""""Mon compte": the person's information, password, e-mail, mobile and (guardians) children."""

from .view import MyAccountView

__all__ = ["MyAccountView"]
