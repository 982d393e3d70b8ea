""""Mon compte": the person's information, password, e-mail, mobile and (guardians) children."""


def __getattr__(name: str):
    # Loaded on first use: the staff login borrows `section`'s buttons, and importing this
    # package must not pull every tab (phonenumbers, email-validator) before the first window.
    if name == "MyAccountView":
        from .view import MyAccountView

        return MyAccountView
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["MyAccountView"]
