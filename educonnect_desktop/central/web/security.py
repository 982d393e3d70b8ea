"""What protects the families' pages: response headers, the forms' anti-CSRF token, throttles.

Every counter and the CSRF key live in PostgreSQL, so any number of server processes agree.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import timedelta

import psycopg

# Nothing but our own stylesheet, our own script file (no inline script) and our own form
# target and estimate endpoint: no frame, no base, nothing from elsewhere.
CSP = ("default-src 'none'; style-src 'self'; script-src 'self'; connect-src 'self'; img-src 'self'; "
       "form-action 'self'; frame-ancestors 'none'; base-uri 'none'")


def headers(https: bool) -> dict[str, str]:
    """The headers of every page. `no-referrer`: the link's token is in the page's address."""
    values = {
        "Content-Security-Policy": CSP,
        "Referrer-Policy": "no-referrer",
        "Cache-Control": "no-store",
        "Pragma": "no-cache",
        "X-Content-Type-Options": "nosniff",
        "X-Frame-Options": "DENY",
        "Cross-Origin-Opener-Policy": "same-origin",
        "Cross-Origin-Resource-Policy": "same-origin",
        "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
    }
    if https:  # only over TLS: HSTS sent over plain HTTP means nothing, and must not pin 127.0.0.1
        values["Strict-Transport-Security"] = "max-age=31536000"
    return values


# -- anti-CSRF: a cookie bound to this browser, and a form field bound to the cookie and the link -

def cookie_name(https: bool) -> str:
    # `__Host-` makes the browser refuse the cookie unless Secure, from this host, for path /.
    return "__Host-educonnect_csrf" if https else "educonnect_csrf"


def new_browser_nonce() -> str:
    return secrets.token_urlsafe(32)


def form_token(key: bytes, nonce: str, token_hash: str, purpose: str) -> str:
    """What the form carries: valid only with this browser's cookie, for this link and this page."""
    mac = hmac.new(key, f"{purpose}|{token_hash}|{nonce}".encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(mac).decode().rstrip("=")


def form_token_ok(key: bytes, nonce: str | None, sent: str | None, token_hash: str, purpose: str) -> bool:
    if not nonce or not sent:
        return False
    return hmac.compare_digest(form_token(key, nonce, token_hash, purpose), sent)


def csrf_key(conn: psycopg.Connection) -> bytes:
    """The server-wide key, made by whichever process needs it first."""
    conn.execute("INSERT INTO server_secret (name, value) VALUES ('csrf', %s) ON CONFLICT DO NOTHING",
                 (secrets.token_bytes(32),))
    return bytes(conn.execute("SELECT value FROM server_secret WHERE name = 'csrf'").fetchone()["value"])


# -- throttles ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Limit:
    hits: int
    window: timedelta


# One address opening links: a family retrying is a handful; a guesser is stopped quickly
# (a 256-bit token cannot be guessed anyway: this bounds the load and the noise).
PER_ADDRESS = Limit(60, timedelta(minutes=10))
# One link: opening it, a few refused passwords, then success.
PER_LINK = Limit(20, timedelta(hours=1))
# The live estimate asks once per pause in the typing: counted apart, more generously.
ESTIMATES_PER_LINK = Limit(300, timedelta(hours=1))


def allow(conn: psycopg.Connection, key: str, limit: Limit) -> bool:
    """Count one hit on `key`; False once the limit of its window is reached."""
    hits = conn.execute(
        """INSERT INTO web_throttle (key, window_start, hits) VALUES (%(k)s, now(), 1)
           ON CONFLICT (key) DO UPDATE SET
             hits = CASE WHEN web_throttle.window_start < now() - %(w)s THEN 1 ELSE web_throttle.hits + 1 END,
             window_start = CASE WHEN web_throttle.window_start < now() - %(w)s THEN now()
                                 ELSE web_throttle.window_start END
           RETURNING hits""", {"k": key, "w": limit.window}).fetchone()["hits"]
    return hits <= limit.hits


def address_key(ip: str) -> str:
    # Hashed: the throttle table need not keep the families' IP addresses.
    return "ip:" + hashlib.sha256(ip.encode()).hexdigest()


def link_key(token_hash: str, what: str = "link") -> str:
    return f"{what}:{token_hash}"
