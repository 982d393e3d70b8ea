"""One guardian account for a family whose children are in several schools of the académie.

Each school's import makes its own account for a guardian. When a school pushes a new guardian
that the server already has in another school — the same names (accents and case aside) and the
same mobile or the same e-mail address — the server keeps the one account it has: the new uuid
is recorded as merged into it (`account_merge`), and the school sees the account through a view
(`account_view`). The family keeps the identifier and password it already has; each school
keeps only its own links to it (links belong to the school that made them).

Cursors: an account lives in its home school's feed (`account.version`, that school's counter).
Each other school sees it through its view, whose version is taken from *that* school's counter
every time the account changes, under that school's row lock, so each school's pull stays
gap-free (central/pull.py). The pull sends the view's rows with the home version
(`server_version`) that workstations use as the base of their next change.

What a school's import writes about itself (its SIECLE person number, whether the person is in
the school) stays with that school: not taken from another school's push, not sent to it.
"""

from __future__ import annotations

from psycopg.types.json import Jsonb

from ..core.text import fold_letters

# Per-school columns of a shared account: a school's value never overwrites another's.
SCHOOL_FIELDS = ("siecle_personne_id", "siecle_eleve_id", "in_school", "left_at")
# What a merge takes from the newcomer when the shared account has nothing there.
FILLABLE_FIELDS = ("email", "email_state", "mobile", "mobile_confirmed", "usage_name")

SHARED_RULE = ("responsable déjà connu dans un autre établissement (mêmes nom et prénom, même mobile ou même "
               "adresse) : un seul compte pour ses enfants des deux établissements, il garde son identifiant et "
               "son mot de passe ; la lettre de ce poste pour lui ne sert plus")


def _names(fields: dict) -> tuple[str, set[str]]:
    lasts = {fold_letters(str(fields.get(k) or "")) for k in ("last_name", "usage_name")} - {""}
    return fold_letters(str(fields.get("first_name") or "")), lasts


def same_person(existing: dict, incoming: dict) -> bool:
    """The same first name and a common last name (birth or usage) once folded, and the same
    mobile or the same address (schools often know one of the two; names alone would merge
    strangers)."""
    first, lasts = _names(existing)
    their_first, their_lasts = _names(incoming)
    if not first or first != their_first or not lasts & their_lasts:
        return False
    mobile = incoming.get("mobile")
    email = str(incoming.get("email") or "").strip().lower()
    return bool((mobile and mobile == existing.get("mobile"))
                or (email and email == str(existing.get("email") or "").strip().lower()))


def candidates(conn, establishment_id: int, guardians: list[dict]) -> list[dict]:
    """Guardians of other schools that a new guardian of this push may be (one query for the batch).

    Transaction-scoped advisory locks on each mobile and address make two schools pushing the same
    new guardian at the same moment take turns: the second one finds the first one's account.
    (Locks on names would make every push with a common name wait for each other.)"""
    mobiles = sorted({g["mobile"] for g in guardians if g.get("mobile")})
    emails = sorted({str(g["email"]).strip().lower() for g in guardians if g.get("email")})
    if not mobiles and not emails:
        return []
    keys = sorted({f"guardian-mobile:{m}" for m in mobiles} | {f"guardian-email:{e}" for e in emails})
    conn.execute("SELECT pg_advisory_xact_lock(hashtextextended(k, 0)) FROM unnest(%s::text[]) AS k ORDER BY k",
                 (keys,))
    return conn.execute(
        """SELECT * FROM account WHERE fields->>'kind' = 'guardian' AND NOT deleted AND establishment_id <> %(e)s
             AND (fields->>'mobile' = ANY(%(m)s) OR lower(fields->>'email') = ANY(%(a)s))
             AND NOT EXISTS (SELECT 1 FROM account_view v WHERE v.account_uuid = account.uuid
                             AND v.establishment_id = %(e)s AND NOT v.deleted)
           FOR UPDATE""", {"e": establishment_id, "m": mobiles, "a": emails}).fetchall()


def match(found: list[dict], incoming: dict) -> dict | None:
    """The one account of another school this new guardian is; None when none or several are."""
    same = [row for row in found if same_person(row["fields"], incoming)]
    return same[0] if len(same) == 1 else None


def merged_uuids(conn, establishment_id: int, uuids: list[str]) -> dict[str, str]:
    """Uuids this school's workstations made for guardians merged since: uuid -> shared account."""
    if not uuids:
        return {}
    return {r["merged_uuid"]: r["account_uuid"] for r in conn.execute(
        "SELECT merged_uuid, account_uuid FROM account_merge WHERE establishment_id = %s AND merged_uuid = ANY(%s)",
        (establishment_id, uuids)).fetchall()}


def visible_here(conn, establishment_id: int, uuids: list[str]) -> set[str]:
    """Accounts of other schools this school sees through a live view."""
    if not uuids:
        return set()
    return {r["account_uuid"] for r in conn.execute(
        "SELECT account_uuid FROM account_view WHERE establishment_id = %s AND NOT deleted AND account_uuid = ANY(%s)",
        (establishment_id, uuids)).fetchall()}


def share(conn, feed, account: dict, establishment_id: int, merged_uuid: str) -> None:
    """Make `account` visible to the school, and remember the uuid its workstation had made."""
    conn.execute("INSERT INTO account_merge (merged_uuid, account_uuid, establishment_id) VALUES (%s, %s, %s) "
                 "ON CONFLICT DO NOTHING", (merged_uuid, account["uuid"], establishment_id))
    conn.execute("""INSERT INTO account_view (account_uuid, establishment_id, version) VALUES (%s, %s, %s)
                    ON CONFLICT (account_uuid, establishment_id) DO UPDATE SET deleted = false,
                    version = EXCLUDED.version""", (account["uuid"], establishment_id, feed.next(establishment_id)))
    if not account.get("shared"):
        conn.execute("UPDATE account SET shared = true WHERE uuid = %s", (account["uuid"],))
        account["shared"] = True


def fill_from(account: dict, incoming: dict) -> dict:
    """What the newcomer knows and the shared account does not (an address, a mobile)."""
    current = account["fields"]
    return {k: incoming[k] for k in FILLABLE_FIELDS
            if incoming.get(k) not in (None, "") and current.get(k) in (None, "")}


def touch_views(conn, feed, account: dict) -> None:
    """The account changed: each school that sees it gets a new version of its view."""
    if not account.get("shared"):
        return
    for view in conn.execute("SELECT establishment_id FROM account_view WHERE account_uuid = %s AND NOT deleted "
                             "ORDER BY establishment_id", (account["uuid"],)).fetchall():
        conn.execute("UPDATE account_view SET version = %s WHERE account_uuid = %s AND establishment_id = %s",
                     (feed.next(view["establishment_id"]), account["uuid"], view["establishment_id"]))


def leave(conn, feed, account: dict, establishment_id: int) -> None:
    """A school that only sees the account erases it (its pupil left, the family asked it): the
    school stops seeing it and its links go; the account lives on for the other schools."""
    conn.execute("UPDATE account_view SET deleted = true, version = %s WHERE account_uuid = %s "
                 "AND establishment_id = %s", (feed.next(establishment_id), account["uuid"], establishment_id))
    _remove_links(conn, feed, account["uuid"], establishment_id)
    conn.execute("DELETE FROM web_link WHERE account_uuid = %s AND establishment_id = %s",
                 (account["uuid"], establishment_id))


def live_views(conn, account_uuid: str) -> list[int]:
    return [r["establishment_id"] for r in conn.execute(
        "SELECT establishment_id FROM account_view WHERE account_uuid = %s AND NOT deleted ORDER BY establishment_id",
        (account_uuid,)).fetchall()]


def move_home(conn, feed, account: dict, new_home: int) -> None:
    """The home school erases an account other schools still see: it moves to the first of them.
    The old home gets a deleted view (its tombstone); the field versions restart in the new
    home's counter, so nothing later compares versions of two counters."""
    old_home, uuid = account["establishment_id"], account["uuid"]
    conn.execute("DELETE FROM account_view WHERE account_uuid = %s AND establishment_id = %s", (uuid, new_home))
    conn.execute("""INSERT INTO account_view (account_uuid, establishment_id, version, deleted) VALUES (%s, %s, %s, true)
                    ON CONFLICT (account_uuid, establishment_id) DO UPDATE SET deleted = true,
                    version = EXCLUDED.version""", (uuid, old_home, feed.next(old_home)))
    version = feed.next(new_home)
    fields = {k: v for k, v in account["fields"].items() if k not in SCHOOL_FIELDS}
    conn.execute("UPDATE account SET establishment_id = %s, version = %s, field_versions = '{}', fields = %s, "
                 "shared = EXISTS (SELECT 1 FROM account_view v WHERE v.account_uuid = %s AND NOT v.deleted) "
                 "WHERE uuid = %s", (new_home, version, Jsonb(fields), uuid, uuid))
    _remove_links(conn, feed, uuid, old_home)
    conn.execute("DELETE FROM web_link WHERE account_uuid = %s AND establishment_id = %s", (uuid, old_home))
    account.update(establishment_id=new_home, version=version, field_versions={}, fields=fields)


def _remove_links(conn, feed, account_uuid: str, establishment_id: int) -> None:
    for link in conn.execute("SELECT uuid FROM guardian_link WHERE (guardian_uuid = %(u)s OR student_uuid = %(u)s) "
                             "AND establishment_id = %(e)s AND NOT deleted FOR UPDATE",
                             {"u": account_uuid, "e": establishment_id}).fetchall():
        conn.execute("UPDATE guardian_link SET deleted = true, fields = '{}', version = %s WHERE uuid = %s",
                     (feed.next(establishment_id), link["uuid"]))

