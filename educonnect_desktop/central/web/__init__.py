"""The pages of the central server that families open from their e-mails (server-rendered HTML).

`routes` (the handlers), `pages` (the HTML), `security` (headers, anti-CSRF, throttles),
`store` (links and the changes they make), `password_rules` (the desktop's rule and estimate).
"""

from .routes import install

__all__ = ["install"]
