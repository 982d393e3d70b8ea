"""The families' pages of the central server, from the link of a real e-mail to the workstations.

A workstation enrolled with the real server (uvicorn, PostgreSQL) sends a reset or confirmation
mail through a real SMTP server; headless Chromium opens the link and is driven with the
keyboard; the change comes back to the workstations by their normal sync.
"""

from __future__ import annotations

import asyncio
import re
from datetime import timedelta

import httpx
import pytest

from browser_support import chromium
from central_support import add_school, central_cli
from educonnect_desktop.store.models import Account, IdentifierAlias
from family_support import FAMILY_PASSWORD, family_with_confirmed_email
from smtp_support import local_smtp

pytestmark = [pytest.mark.postgres, pytest.mark.timeout(240)]

NEW_PASSWORD = "Girafe-Orange-Velours-31"


def _mailed_link(smtp, recipient: str, path: str) -> str:
    """Deliver the outbox to the SMTP server; the link of the newest mail `recipient` received."""
    asyncio.run(smtp.deliver())
    body = smtp.mailbox.to(recipient)[-1].get_body(("plain",)).get_content()
    match = re.search(rf"(http://127\.0\.0\.1:\d+{re.escape(path)}\?jeton=[A-Za-z0-9_-]{{43}})", body)
    assert match, body
    return match.group(1)


def _school(desks, new_uai, central_url, email, names=("Alpha", "Bravo")):
    uai = new_uai()
    add_school(central_url, uai, "École de test")
    a, b = desks(uai, names[0]), desks(uai, names[1])
    a.use()
    identifier = family_with_confirmed_email(a, uai, email)
    a.sync()
    b.sync()
    # The tests' schools import the same ONDE file: Fatou may already have an account in another
    # test's school, which the server then shares with this one (same name, same mobile), under
    # the identifier she had there; the one made here names it too.
    a.use()
    alias = IdentifierAlias.get_or_none(IdentifierAlias.old_identifier == identifier)
    return uai, a, b, alias.account.identifier if alias else identifier


@pytest.mark.slow
def test_a_reset_link_from_a_mail_sets_the_password_used_at_every_workstation(desks, new_uai, central_url,
                                                                              central_server, fast_hashing):
    from selenium.webdriver.common.keys import Keys

    from educonnect_desktop.services import authentication, recovery
    from educonnect_desktop.services.credentials import SecretRejected

    from outbox_support import last_code

    _uai, a, b, identifier = _school(desks, new_uai, central_url, "fatou@exemple.fr")
    a.use()
    recovery.start_password_reset(identifier, "email")
    code = last_code("fatou@exemple.fr")
    a.sync()  # the link's hash reaches the server
    with local_smtp() as smtp:
        a.use()
        link = _mailed_link(smtp, "fatou@exemple.fr", "/nouveau-mot-de-passe")
    assert link.startswith(central_server.base + "/")

    with chromium() as browser:
        browser.open(link)
        browser.wait_for_heading("Modifier le mot de passe")
        browser.screenshot_to("web-01-password.png")
        assert browser.driver.execute_script("return document.documentElement.lang") == "fr"
        browser.tab()
        assert browser.focused() == "identifier" and browser.attribute("identifier", "value") == identifier
        assert browser.focus_outline().startswith("solid 3px")  # the focus is visible
        browser.tab()
        assert browser.focused() == "password"
        assert "password-rules" in browser.attribute("password", "aria-describedby")
        browser.keys("ndiaye-2024", Keys.TAB, "ndiaye-2024", Keys.ENTER)  # her own name: refused
        browser.wait_for(".summary")
        assert "Le mot de passe n'a pas été modifié" in browser.text(".summary")
        assert browser.focused() == "password"  # the first field in error
        described = browser.attribute("password", "aria-describedby").split()
        assert "password-error" in described and "password-strength" in described
        assert browser.attribute("password", "aria-invalid") == "true"
        assert "nom" in browser.text("#password-error") and "Robustesse estimée" in browser.text("#password-strength")
        browser.screenshot_to("web-02-password-refused.png")
        browser.keys(NEW_PASSWORD)
        # While typing, the server's estimate shows in the live region tied to the field.
        browser.wait_for_text("#password-live", "Robustesse estimée : Très fort")
        assert "password-live" in browser.attribute("password", "aria-describedby")
        assert browser.attribute("password-live", "aria-live") == "polite"
        browser.keys(Keys.TAB, NEW_PASSWORD, Keys.ENTER)
        browser.wait_for_heading("Mot de passe modifié")
        assert "Votre mot de passe a été modifié" in browser.text()
        browser.open(link)  # single use
        browser.wait_for_heading("Lien expiré ou déjà utilisé")

    # Both workstations pull the new Argon2id hash: the family logs in anywhere with it.
    for desk in (b, a):
        desk.sync()
        desk.use()
        assert authentication.login(identifier, NEW_PASSWORD, hashing=fast_hashing).identifier == identifier
        with pytest.raises(Exception):
            authentication.login(identifier, FAMILY_PASSWORD, hashing=fast_hashing)
    # The code of the same mail died on the workstation that sent it.
    a.use()
    with pytest.raises(SecretRejected):
        recovery.verify_reset_code(identifier, code)


@pytest.mark.slow
def test_a_confirmation_link_confirms_the_new_address_shown_at_every_workstation(desks, new_uai, central_url,
                                                                                central_server, fast_hashing):
    from selenium.webdriver.common.keys import Keys

    from educonnect_desktop.services import authentication, my_account
    from educonnect_desktop.services.credentials import SecretRejected

    from outbox_support import last_code

    _uai, a, b, identifier = _school(desks, new_uai, central_url, "fatou@exemple.fr")
    a.use()
    session = authentication.login(identifier, FAMILY_PASSWORD, hashing=fast_hashing)
    preview = my_account.preview_email_change(session, "fatou.ndiaye@exemple.org", "fatou.ndiaye@exemple.org")
    my_account.send_email_change(session, preview)
    code = last_code("fatou.ndiaye@exemple.org")
    a.sync()
    with local_smtp() as smtp:
        a.use()
        link = _mailed_link(smtp, "fatou.ndiaye@exemple.org", "/confirmer-adresse")

    with chromium() as browser:
        browser.open(link)
        browser.wait_for_heading("Mise à jour de l'adresse mail")
        browser.screenshot_to("web-03-address.png")
        labels = browser.text("form")
        assert "Identifiant" in labels and "Ancienne adresse" in labels and "Nouvelle adresse" in labels
        browser.tab(3)
        assert browser.focused() == "new-address"
        assert browser.attribute("old-address", "value") == "fatou@exemple.fr"
        assert browser.attribute("new-address", "value") == "fatou.ndiaye@exemple.org"
        browser.keys(Keys.TAB)
        assert browser.driver.execute_script("return document.activeElement.textContent") == "Envoyer"
        browser.enter()
        browser.wait_for_heading("Adresse e-mail confirmée")
        assert "fatou.ndiaye@exemple.org" in browser.text()

    for desk in (b, a):
        desk.sync()
        accounts = {v[0]: v for v in desk.accounts().values()}
        assert accounts[identifier][4] == "fatou.ndiaye@exemple.org"

        row = Account.get(Account.identifier == identifier)
        assert (row.email_state, row.pending_email) == ("confirmed", None)
    # The code of the same mail no longer confirms anything on the workstation that sent it.
    a.use()
    session = authentication.login(identifier, FAMILY_PASSWORD, hashing=fast_hashing)
    with pytest.raises(SecretRejected):
        my_account.confirm_email_code(session, code)


def _reset_link(desks, new_uai, central_url, smtp_recipient="awa@exemple.fr", names=("Alpha", "Bravo")):
    from educonnect_desktop.services import recovery

    _uai, a, _b, identifier = _school(desks, new_uai, central_url, smtp_recipient, names)
    a.use()
    recovery.start_password_reset(identifier, "email")
    a.sync()
    with local_smtp() as smtp:
        a.use()
        return a, identifier, _mailed_link(smtp, smtp_recipient, "/nouveau-mot-de-passe")


def _form_fields(page: str) -> dict[str, str]:
    return dict(re.findall(r'type="hidden" name="(\w+)" value="([^"]*)"', page))


@pytest.mark.slow
def test_headers_csrf_and_one_answer_for_used_expired_or_unknown_links(desks, new_uai, central_url,
                                                                       central_server, central_conn):
    a, identifier, link = _reset_link(desks, new_uai, central_url)
    with httpx.Client(timeout=30) as client:
        page = client.get(link)
        assert page.status_code == 200
        csp = page.headers["content-security-policy"]
        assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp
        assert "script-src 'self';" in csp and "unsafe" not in csp  # our file only, never inline
        assert page.headers["referrer-policy"] == "no-referrer"
        assert page.headers["cache-control"] == "no-store"
        assert page.headers["x-content-type-options"] == "nosniff"
        assert "strict-transport-security" not in page.headers  # plain HTTP on 127.0.0.1
        assert re.findall(r"<script[^>]*>", page.text) == ['<script src="/pages/robustesse.js" defer>']
        assert "http" not in page.text  # nothing from elsewhere
        cookie = page.headers["set-cookie"]
        assert "HttpOnly" in cookie and "SameSite=strict" in cookie
        fields = _form_fields(page.text)
        post = {"jeton": fields["jeton"], "mot_de_passe": NEW_PASSWORD, "confirmation": NEW_PASSWORD}
        target = f"{central_server.base}/nouveau-mot-de-passe"

        # Without the form's token, or from another browser (no cookie): refused, nothing changes.
        assert client.post(target, data=post).status_code == 403
        with httpx.Client(timeout=30) as stranger:
            assert stranger.post(target, data={**post, "csrf": fields["csrf"]}).status_code == 403
        assert client.post(target, data={**post, "csrf": "x" * 43}).status_code == 403
        assert client.get(link).status_code == 200  # the link still works
        estimate_at = f"{central_server.base}/nouveau-mot-de-passe/robustesse"
        estimate = client.post(estimate_at, data={**post, "csrf": fields["csrf"]})
        assert estimate.status_code == 200 and estimate.json()["text"].startswith("Robustesse estimée : ")
        assert estimate.headers["cache-control"] == "no-store"
        assert client.post(estimate_at, data=post).status_code == 403

        done = client.post(target, data={**post, "csrf": fields["csrf"]})
        assert done.status_code == 200 and "Mot de passe modifié" in done.text
        used = client.get(link)
        unknown = client.get(f"{central_server.base}/nouveau-mot-de-passe?jeton={'A' * 43}")
        missing = client.get(f"{central_server.base}/nouveau-mot-de-passe")

    # An expired one (its expiry moved to the past, as an hour would).
    _a2, _ident2, expiring = _reset_link(desks, new_uai, central_url, "ibrahim@exemple.fr", ("Charlie", "Delta"))
    token = expiring.split("jeton=")[1]
    import hashlib

    central_conn.execute("UPDATE web_link SET expires_at = now() - %s WHERE token_hash = %s",
                         (timedelta(seconds=1), hashlib.sha256(token.encode()).hexdigest()))
    expired = httpx.get(expiring, timeout=30)
    answers = {(r.status_code, r.text) for r in (used, unknown, missing, expired)}
    assert len(answers) == 1 and next(iter(answers))[0] == 410
    assert "Ce lien n&#x27;est plus valable" in expired.text
    assert expired.headers["referrer-policy"] == "no-referrer"
    # The server stored the hash only; its access log never shows a token.
    assert token not in central_server.logs() and link.split("jeton=")[1] not in central_server.logs()
    assert "jeton=[masqué]" in central_server.logs()
    row = central_conn.execute("SELECT * FROM web_link WHERE token_hash = %s",
                               (hashlib.sha256(token.encode()).hexdigest(),)).fetchone()
    assert token not in str(row)


@pytest.mark.slow
def test_pages_are_throttled_per_link_and_per_address(desks, new_uai, central_url, central_server):
    _a, _identifier, link = _reset_link(desks, new_uai, central_url, "throttle@exemple.fr")
    with httpx.Client(timeout=30, headers={"X-Forwarded-For": "198.51.100.8"}) as client:
        statuses = [client.get(link).status_code for _ in range(21)]
    assert statuses[:20] == [200] * 20 and statuses[20] == 429
    # Another address (through the loopback proxy uvicorn trusts) guessing tokens is stopped too.
    with httpx.Client(timeout=30, headers={"X-Forwarded-For": "198.51.100.7"}) as guesser:
        answers = [guesser.get(f"{central_server.base}/nouveau-mot-de-passe?jeton={n:043d}").status_code
                   for n in range(61)]
    assert set(answers[:60]) == {410} and answers[60] == 429


@pytest.mark.slow
def test_a_newer_mail_or_the_code_typed_at_the_workstation_kills_the_link_on_the_server(desks, new_uai, central_url,
                                                                                        central_server):
    from educonnect_desktop.services import recovery

    a, identifier, first = _reset_link(desks, new_uai, central_url, "awa@exemple.fr", ("Echo", "Foxtrot"))
    recovery.start_password_reset(identifier, "email")  # a second request replaces the first mail
    a.sync()
    with local_smtp() as smtp:
        a.use()
        second = _mailed_link(smtp, "awa@exemple.fr", "/nouveau-mot-de-passe")
        body = smtp.mailbox.to("awa@exemple.fr")[-1].get_body(("plain",)).get_content()
        code = re.search(r"^\s*(\d{6})\s*$", body, re.MULTILINE).group(1)
    headers = {"X-Forwarded-For": "198.51.100.9"}
    assert httpx.get(first, headers=headers, timeout=30).status_code == 410
    assert httpx.get(second, headers=headers, timeout=30).status_code == 200
    # The family types the code at the school instead: the link of the same mail dies on the server.
    a.use()
    recovery.verify_reset_code(identifier, code)
    a.sync()
    assert httpx.get(second, headers=headers, timeout=30).status_code == 410


def test_the_server_keeps_only_well_formed_links_of_its_own_school(desks, new_uai, central_url, central_conn):
    """Forged web_link operations: refused into the conflicts list, never stored."""
    from educonnect_desktop.protocol import WEB_LINK, Change, Operation, PushRequest, to_wire
    from educonnect_desktop.sync import outgoing

    ours, theirs = new_uai(), new_uai()
    add_school(central_url, ours)
    add_school(central_url, theirs)
    a, other = desks(ours, "Golf"), desks(theirs, "Hotel")
    other.sync()
    other.use()
    foreign_account = other.admin_uuid
    a.sync()
    a.use()
    seq = outgoing.state.int_value(outgoing.NEXT_SEQ_KEY, 1)
    good = {"purpose": "password_reset", "account": a.admin_uuid, "expires_at": "2999-01-01T00:00:00"}
    changes = [
        Change(WEB_LINK, "b" * 64, "insert", None, {**good, "account": foreign_account}),  # another school's
        Change(WEB_LINK, "not-a-hash", "insert", None, good),
        Change(WEB_LINK, "c" * 64, "insert", None, {**good, "purpose": "anything"}),
        Change(WEB_LINK, "d" * 64, "insert", None, {**good, "token": "x"}),  # a secret field
        Change(WEB_LINK, "e" * 64, "insert", None, good),  # fine, but its expiry is cut
    ]
    from educonnect_desktop import __version__

    op = Operation(seq=seq, name="forged", actor=None, app_version=__version__, schema_version=1, changes=changes)
    answer = a.transport().call("POST", "/v1/push", to_wire(PushRequest([op])))
    assert answer["acknowledged_through"] == seq
    stored = central_conn.execute("SELECT token_hash, expires_at < now() + interval '2 hours 1 minute' AS cut "
                                  "FROM web_link WHERE token_hash IN (%s, %s, %s, %s)",
                                  ("b" * 64, "c" * 64, "d" * 64, "e" * 64)).fetchall()
    assert [(r["token_hash"], r["cut"]) for r in stored] == [("e" * 64, True)]
    refused = central_conn.execute("SELECT count(*) AS n FROM sync_conflict WHERE workstation_id = %s AND seq = %s "
                                   "AND status = 'open'", (outgoing.state.get("workstation_id"), seq)).fetchone()
    assert refused["n"] == 4
    # Spent for more than a day: `changes prune` forgets it.
    central_conn.execute("UPDATE web_link SET used_at = now() - interval '2 days' WHERE token_hash = %s", ("e" * 64,))
    assert central_cli(central_url, "changes", "prune", "--establishment", ours).returncode == 0
    assert central_conn.execute("SELECT 1 FROM web_link WHERE token_hash = %s", ("e" * 64,)).fetchone() is None


@pytest.mark.slow
def test_over_tls_the_pages_send_hsts_and_a_host_only_secure_cookie(desks, new_uai, central_url, central_server,
                                                                     tmp_path):
    import ssl

    from central_support import Server
    from tls_support import make_self_signed

    _a, _identifier, link = _reset_link(desks, new_uai, central_url, "tls@exemple.fr", ("India", "Juliet"))
    cert, key = make_self_signed(tmp_path)
    server = Server(central_url, tmp_path / "tls.log", tls=(cert, key)).start()
    try:
        secure_link = link.replace(central_server.base, server.base)  # the same database behind both
        with httpx.Client(verify=ssl.create_default_context(cafile=cert), timeout=30,
                          headers={"X-Forwarded-For": "198.51.100.10"}) as client:
            page = client.get(secure_link)
            assert page.status_code == 200
            assert page.headers["strict-transport-security"].startswith("max-age=")
            cookie = page.headers["set-cookie"]
            assert cookie.startswith("__Host-educonnect_csrf=") and "Secure" in cookie and "Path=/" in cookie
            style = client.get(f"{server.base}/pages/style.css")
            assert style.headers["content-type"].startswith("text/css")
            assert style.headers["x-content-type-options"] == "nosniff"
            # The address page refuses a post without its form token, whatever the link.
            refused = client.post(f"{server.base}/confirmer-adresse", data={"jeton": "A" * 43})
            assert refused.status_code == 403 and "Formulaire refusé" in refused.text
    finally:
        server.kill()
