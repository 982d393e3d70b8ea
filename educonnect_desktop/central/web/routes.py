"""The two pages a family reaches from an e-mail: "Modifier le mot de passe" (a reset link) and
"Mise à jour de l'adresse mail" (a confirmation link). See docs/sync.md, "Links e-mailed to families".

One answer for a used, expired, revoked or unknown link (410, same page); throttled per address
and per link (429); a form posted without its anti-CSRF token is refused (403) before anything
else is looked at.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from ...core.hashing import PasswordHashing
from ...core.strength import estimate_strength
from . import pages, password_rules, security, store

PASSWORD_PURPOSE, EMAIL_PURPOSE = "password_reset", "email_confirmation"
MAX_FORM_BYTES = 16_384
MAX_TOKEN_LENGTH = 128
STYLE = (Path(__file__).with_name("style.css")).read_bytes()
SCRIPT = (Path(__file__).with_name("robustesse.js")).read_bytes()


@dataclass
class Visit:
    """One request to a page: its link (hashed at once), its browser nonce, whether over TLS."""

    request: Request
    token: str
    form: dict[str, str]

    def __post_init__(self) -> None:
        self.token = self.token.strip()[:MAX_TOKEN_LENGTH]
        self.hashed = store.token_hash(self.token)
        self.https = self.request.url.scheme == "https"
        self.nonce = self.request.cookies.get(security.cookie_name(self.https))

    def page(self, html: str, status: int = 200, *, new_nonce: str | None = None) -> HTMLResponse:
        response = HTMLResponse(html, status_code=status, headers=security.headers(self.https))
        if new_nonce is not None:
            response.set_cookie(security.cookie_name(self.https), new_nonce, httponly=True, samesite="strict",
                                secure=self.https, path="/")
        return response


def install(app: FastAPI) -> None:
    @app.get(pages.STYLE_PATH, include_in_schema=False)
    def style(request: Request) -> Response:
        return Response(STYLE, media_type="text/css; charset=utf-8",
                        headers=security.headers(request.url.scheme == "https"))

    @app.get(pages.SCRIPT_PATH, include_in_schema=False)
    def script(request: Request) -> Response:
        return Response(SCRIPT, media_type="text/javascript; charset=utf-8",
                        headers=security.headers(request.url.scheme == "https"))

    @app.post(pages.ESTIMATE_PATH, include_in_schema=False)
    async def password_estimate(request: Request) -> Response:
        return await run_in_threadpool(_estimate, await _posted(request))

    @app.get(pages.PASSWORD_PATH, include_in_schema=False)
    async def password_page(request: Request, jeton: str = "") -> Response:
        return await run_in_threadpool(_show, Visit(request, jeton, {}), PASSWORD_PURPOSE)

    @app.post(pages.PASSWORD_PATH, include_in_schema=False)
    async def password_submit(request: Request) -> Response:
        return await run_in_threadpool(_submit_password, await _posted(request))

    @app.get(pages.EMAIL_PATH, include_in_schema=False)
    async def email_page(request: Request, jeton: str = "") -> Response:
        return await run_in_threadpool(_show, Visit(request, jeton, {}), EMAIL_PURPOSE)

    @app.post(pages.EMAIL_PATH, include_in_schema=False)
    async def email_submit(request: Request) -> Response:
        return await run_in_threadpool(_submit_email, await _posted(request))


async def _posted(request: Request) -> Visit:
    """A form's visit: the body read (bounded) before the database work goes to a thread."""
    form = await _form(request)
    return Visit(request, form.get("jeton", ""), form)


async def _form(request: Request) -> dict[str, str]:
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_FORM_BYTES:
            return {}  # no token, no CSRF field: refused like any form that is not ours
    try:
        fields = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True, max_num_fields=20)
    except ValueError:  # more fields than any of our forms has
        return {}
    return {name: values[0] for name, values in fields.items()}


def _pool(visit: Visit):
    return visit.request.app.state.pool.connection()


def _throttled(conn, visit: Visit) -> HTMLResponse | None:
    address = visit.request.client.host if visit.request.client else "unknown"
    # Both counters count every hit, so neither can be spent while the other one refuses.
    by_address = security.allow(conn, security.address_key(address), security.PER_ADDRESS)
    by_link = security.allow(conn, security.link_key(visit.hashed), security.PER_LINK)
    if by_address and by_link:
        return None
    return visit.page(pages.message_page("Trop de tentatives", pages.TOO_MANY), 429)


def _invalid(visit: Visit) -> HTMLResponse:
    return visit.page(pages.message_page("Lien expiré ou déjà utilisé", pages.INVALID_LINK), 410)


def _form_page(conn, visit: Visit, link: store.LiveLink, purpose: str, nonce: str, status: int = 200,
               errors=None, strength=None, new_nonce: str | None = None) -> HTMLResponse:
    csrf = security.form_token(security.csrf_key(conn), nonce, visit.hashed, purpose)
    if purpose == PASSWORD_PURPOSE:
        html = pages.password_form(link.identifier, visit.token, csrf, errors, strength)
    else:
        html = pages.email_form(link.identifier, link.confirmed_address, link.address, visit.token, csrf)
    return visit.page(html, status, new_nonce=new_nonce)


def _show(visit: Visit, purpose: str) -> Response:
    with _pool(visit) as conn:
        refused = _throttled(conn, visit)
        if refused is not None:
            return refused
        link = store.live_link(conn, visit.hashed, purpose)
        if link is None:
            return _invalid(visit)
        fresh = None if visit.nonce else security.new_browser_nonce()
        return _form_page(conn, visit, link, purpose, visit.nonce or fresh, new_nonce=fresh)


def _checked_post(conn, visit: Visit, purpose: str) -> Response | store.LiveLink:
    refused = _throttled(conn, visit)
    if refused is not None:
        return refused
    if not security.form_token_ok(security.csrf_key(conn), visit.nonce, visit.form.get("csrf"), visit.hashed,
                                  purpose):
        return visit.page(pages.message_page("Formulaire refusé", pages.FORM_REFUSED), 403)
    link = store.live_link(conn, visit.hashed, purpose)
    return link if link is not None else _invalid(visit)


def _estimate(visit: Visit) -> Response:
    """The live estimate while typing: the same checks as a post (CSRF, live link), its own throttle."""
    with _pool(visit) as conn:
        if not security.allow(conn, security.link_key(visit.hashed, "estimate"), security.ESTIMATES_PER_LINK):
            return JSONResponse({"text": pages.TOO_MANY}, status_code=429, headers=security.headers(visit.https))
        if not security.form_token_ok(security.csrf_key(conn), visit.nonce, visit.form.get("csrf"), visit.hashed,
                                      PASSWORD_PURPOSE):
            return JSONResponse({"text": pages.FORM_REFUSED}, status_code=403, headers=security.headers(visit.https))
        link = store.live_link(conn, visit.hashed, PASSWORD_PURPOSE)
        if link is None:
            return JSONResponse({"text": pages.INVALID_LINK}, status_code=410, headers=security.headers(visit.https))
    strength = estimate_strength(visit.form.get("mot_de_passe", ""),
                                 user_inputs=password_rules.user_inputs(link.identifier, link.fields))
    return JSONResponse({"text": pages.strength_text(strength)}, headers=security.headers(visit.https))


def _submit_password(visit: Visit) -> Response:
    hashing = PasswordHashing()
    with _pool(visit) as conn:
        checked = _checked_post(conn, visit, PASSWORD_PURPOSE)
        if not isinstance(checked, store.LiveLink):
            return checked
        password = visit.form.get("mot_de_passe", "")
        errors, strength = password_rules.check(checked.identifier, checked.fields, password,
                                                visit.form.get("confirmation", ""), hashing)
        if errors:
            return _form_page(conn, visit, checked, PASSWORD_PURPOSE, visit.nonce, 422, errors, strength)
        new_hash = hashing.hash(password)  # before the transaction: no lock held while Argon2 works
        used = store.use_link(conn, visit.hashed, PASSWORD_PURPOSE, lambda link: _password_fields(link, new_hash))
        if used is None:
            return _invalid(visit)
        return visit.page(pages.password_done(strength))


def _password_fields(link: store.LiveLink, new_hash: str) -> dict:
    """As services/recovery.finish_password_reset does on a workstation."""
    write = {"password_hash": new_hash, "must_change_password": False, "provisional_expires_at": None,
             "updated_at": store.now_text()}
    if link.fields.get("state") == "provisional" and link.fields.get("charter_accepted_at"):
        write["state"] = "active"
    return write


def _submit_email(visit: Visit) -> Response:
    with _pool(visit) as conn:
        checked = _checked_post(conn, visit, EMAIL_PURPOSE)
        if not isinstance(checked, store.LiveLink):
            return checked
        used = store.use_link(conn, visit.hashed, EMAIL_PURPOSE, lambda link: {
            "email": link.address, "pending_email": None, "email_state": "confirmed",
            "updated_at": store.now_text()})
        if used is None:
            return _invalid(visit)
        return visit.page(pages.email_done(used.address))
