"""End to end with the real CLIs in subprocesses: two workstations of one school share a family,
a second school sees nothing of it."""

from __future__ import annotations

from pathlib import Path

import pytest

from central_support import central_cli, desk_cli

DATA = Path(__file__).resolve().parents[1] / "importers" / "data"
SIECLE = [str(DATA / "ElevesSansAdresses.xml"), str(DATA / "ResponsablesAvecAdresses.xml")]
SIECLE_UAI = "0751234A"  # the UAI written in the SIECLE sample files
PASSWORD = "Un-mot-de-passe-solide-42!\n"

pytestmark = [pytest.mark.postgres, pytest.mark.slow, pytest.mark.timeout(300)]


def _ok(result):
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def _enroll_code(url, uai, name) -> str:
    out = _ok(central_cli(url, "workstation", "enroll", "--establishment", uai, "--name", name))
    return out.strip().splitlines()[-1]


def _workstation(tmp_path, name, admin_last_name, server, code) -> Path:
    home = tmp_path / name
    home.mkdir()
    _ok(desk_cli(home, "init", "--first-name", "Admin", "--last-name", admin_last_name, stdin=PASSWORD))
    out = _ok(desk_cli(home, "--as", f"a.{admin_last_name.lower()}1", "sync", "enroll", "--server", server.base,
                       "--code", code, stdin=PASSWORD))
    assert "inscrit" in out
    return home


def _identifiers(listing: str) -> set[str]:
    return {line.split("\t")[0] for line in listing.splitlines() if "\t" in line}


def test_two_workstations_share_a_family_and_another_school_sees_nothing(central_url, central_server, tmp_path,
                                                                         new_uai):
    other_uai = new_uai()
    existing = central_cli(central_url, "establishment", "list").stdout
    if SIECLE_UAI not in existing:
        _ok(central_cli(central_url, "establishment", "add", SIECLE_UAI, "Collège Jean Moulin"))
    _ok(central_cli(central_url, "establishment", "add", other_uai, "École Voltaire"))
    a = _workstation(tmp_path, "a", "Alpha", central_server, _enroll_code(central_url, SIECLE_UAI, f"a-{tmp_path.name}"))
    b = _workstation(tmp_path, "b", "Bravo", central_server, _enroll_code(central_url, SIECLE_UAI, f"b-{tmp_path.name}"))
    c = _workstation(tmp_path, "c", "Charlie", central_server, _enroll_code(central_url, other_uai, f"c-{tmp_path.name}"))

    _ok(desk_cli(a, "--as", "a.alpha1", "import", "siecle", *SIECLE, stdin=PASSWORD))  # a named administrator imports
    status = _ok(desk_cli(a, "sync", "status"))
    assert "Opérations en attente : 2" in status and "Dernière synchronisation réussie : —" in status
    out = _ok(desk_cli(a, "sync", "run"))
    assert "Opérations envoyées : 2" in out and "Conflits : 0" in out
    assert "Opérations en attente : 0" in _ok(desk_cli(a, "sync", "status"))

    _ok(desk_cli(b, "sync", "run"))
    _ok(desk_cli(c, "sync", "run"))
    _ok(desk_cli(a, "sync", "run"))  # a receives b's administrator

    on_a, on_b = _ok(desk_cli(a, "accounts", "list")), _ok(desk_cli(b, "accounts", "list"))
    assert _identifiers(on_a) == _identifiers(on_b)
    lea = [line.split("\t") for line in on_b.splitlines() if "\tMARTIN\tLéa\t3 A" in line]
    assert len(lea) == 1 and lea[0][0].startswith("l.martin")  # p.nom + a number of a's leased block
    show = _ok(desk_cli(b, "accounts", "show", lea[0][0]))
    assert "Représentants légaux" in show and "s.martin" in show and "Sophie MARTIN" in show
    on_c = _identifiers(_ok(desk_cli(c, "accounts", "list")))
    assert on_c == {"a.charlie1"}  # its own administrator only (made before enrollment)

    server_side = _identifiers(_ok(central_cli(central_url, "accounts", "list", "--establishment", other_uai)))
    assert server_side == {"a.charlie1"}
    assert "Aucun conflit ouvert." in _ok(central_cli(central_url, "conflicts", "list", "--establishment", SIECLE_UAI))
    # Nothing secret reached the server's logs (hashes travel in bodies, never logged).
    logs = central_server.logs()
    assert "argon2" not in logs and "credential" not in logs.lower()


def _line_of(listing: str, last: str, first: str) -> list[str]:
    lines = [line.split("\t") for line in listing.splitlines() if f"\t{last}\t{first}\t" in line + "\t"]
    assert len(lines) == 1, listing
    return lines[0]


def test_a_father_in_the_college_and_the_ecole_files_is_one_account_with_each_schools_children(
        central_url, central_server, tmp_path, new_uai):
    """Moussa N'DIAYE is in the collège's SIECLE export and in the école's ONDE export, with the
    same mobile: each school imports him, and after their syncs he is one account, one identifier,
    each school showing only its own children behind it."""
    ecole_uai = new_uai()
    if SIECLE_UAI not in central_cli(central_url, "establishment", "list").stdout:
        _ok(central_cli(central_url, "establishment", "add", SIECLE_UAI, "Collège Jean Moulin"))
    _ok(central_cli(central_url, "establishment", "add", ecole_uai, "École Jules Ferry"))
    college = _workstation(tmp_path, "college", "Colle", central_server,
                           _enroll_code(central_url, SIECLE_UAI, f"college-{tmp_path.name}"))
    ecole = _workstation(tmp_path, "ecole", "Ecole", central_server,
                         _enroll_code(central_url, ecole_uai, f"ecole-{tmp_path.name}"))
    _ok(desk_cli(college, "sync", "run"))  # the collège's accounts made by other tests' workstations come first
    _ok(desk_cli(college, "--as", "a.colle1", "import", "siecle", *SIECLE, stdin=PASSWORD))
    _ok(desk_cli(college, "sync", "run"))
    _ok(desk_cli(ecole, "--as", "a.ecole1", "import", "onde", str(DATA / "onde_utf8_bom.csv"), "--uai", ecole_uai,
                 stdin=PASSWORD))
    made_at_ecole = _line_of(_ok(desk_cli(ecole, "accounts", "list")), "N'DIAYE", "Moussa")[0]
    out = _ok(desk_cli(ecole, "sync", "run"))
    _ok(desk_cli(college, "sync", "run"))

    at_college = _line_of(_ok(desk_cli(college, "accounts", "list")), "N'DIAYE", "Moussa")[0]
    at_ecole = _line_of(_ok(desk_cli(ecole, "accounts", "list")), "N'DIAYE", "Moussa")[0]
    assert at_college == at_ecole, "one identifier in both schools"
    if made_at_ecole != at_ecole:  # (another test's school may have had him first: then the collège joined it)
        assert f"Responsable {made_at_ecole} : il a déjà le compte {at_ecole}" in out
    college_pupils = _identifiers(_ok(desk_cli(college, "accounts", "list", "--kind", "student")))
    ecole_pupils = _identifiers(_ok(desk_cli(ecole, "accounts", "list", "--kind", "student")))
    assert college_pupils and ecole_pupils and not college_pupils & ecole_pupils
    shown_at_ecole = _ok(desk_cli(ecole, "accounts", "show", at_ecole))
    shown_at_college = _ok(desk_cli(college, "accounts", "show", at_college))
    assert "Awa" in shown_at_ecole and "Awa" not in shown_at_college
    for pupil in college_pupils:
        assert pupil not in shown_at_ecole
    listed = _ok(central_cli(central_url, "accounts", "list", "--establishment", ecole_uai))
    assert at_ecole in _identifiers(listed)


def test_unreachable_server_exits_3_and_keeps_the_work(central_url, tmp_path, new_uai):
    from central_support import Server

    server = Server(central_url, tmp_path / "server.log").start()
    uai = new_uai()
    _ok(central_cli(central_url, "establishment", "add", uai, "Lycée Hugo"))
    home = _workstation(tmp_path, "w", "Delta", server, _enroll_code(central_url, uai, f"w-{tmp_path.name}"))
    server.kill()  # the server goes down after the enrollment
    result = desk_cli(home, "sync", "run")
    assert result.returncode == 3, result.stderr
    assert "injoignable" in result.stderr and "conservé" in result.stderr and "Traceback" not in result.stderr
    assert "Opérations en attente : 1" in _ok(desk_cli(home, "sync", "status"))
    server.start()
    assert "Opérations envoyées : 1" in _ok(desk_cli(home, "sync", "run"))
    server.kill()


def test_central_cli_bad_input_is_french_and_exits_2(central_url):
    for args in (["establishment", "add", "123", "X"], ["workstation", "enroll", "--establishment", "9999999Z",
                                                         "--name", "x"], ["workstation", "revoke", "nobody"],
                 ["accounts", "list", "--establishment", "pas-un-uai"], ["conflicts", "resolve", "999999",
                                                                          "--keep", "server"]):
        result = central_cli(central_url, *args)
        assert result.returncode == 2, (args, result.stdout, result.stderr)
        assert result.stderr.startswith("Erreur : ") and "Traceback" not in result.stderr
    result = central_cli("postgresql://postgres@127.0.0.1:1/nothing", "establishment", "list")
    assert result.returncode == 2 and "PostgreSQL" in result.stderr
    result = central_cli(central_url, "serve", "--tls-cert", "/nonexistent.pem", "--tls-key", "/nonexistent.key")
    assert result.returncode == 2 and "TLS illisible" in result.stderr


def test_workstation_bad_server_url_and_code(tmp_path, central_server):
    home = tmp_path / "w"
    home.mkdir()
    _ok(desk_cli(home, "init", "--first-name", "Eve", "--last-name", "Echo", stdin=PASSWORD))
    result = desk_cli(home, "sync", "enroll", "--server", central_server.base, "--code", "AAAA-BBBB-CCCC-DDDD")
    assert result.returncode == 2 and "--as" in result.stderr  # enrolling names its administrator
    result = desk_cli(home, "--as", "e.echo1", "sync", "enroll", "--server", "http://example.org", "--code", "X",
                      stdin=PASSWORD)
    assert result.returncode == 2 and "https" in result.stderr
    result = desk_cli(home, "--as", "e.echo1", "sync", "enroll", "--server", central_server.base,
                      "--code", "AAAA-BBBB-CCCC-DDDD", stdin=PASSWORD)
    assert result.returncode == 2 and "Code d'inscription inconnu" in result.stderr
    result = desk_cli(home, "sync", "run")
    assert result.returncode == 2 and "inscrit" in result.stderr
    assert "synchronisation désactivée" in _ok(desk_cli(home, "sync", "status"))


def test_enrollment_without_a_keyring_keeps_the_code_unspent(central_url, central_server, tmp_path, new_uai):
    import subprocess

    from central_support import VENV_BIN, workstation_env

    uai = new_uai()
    _ok(central_cli(central_url, "establishment", "add", uai, "Collège sans trousseau"))
    home = tmp_path / "w"
    home.mkdir()
    _ok(desk_cli(home, "init", "--first-name", "Kim", "--last-name", "Nokey", stdin=PASSWORD))
    code = _enroll_code(central_url, uai, f"nokey-{tmp_path.name}")
    env = dict(workstation_env(home), PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    result = subprocess.run([str(VENV_BIN / "educonnect"), "--db", str(home / "educonnect.sqlite"), "--as", "k.nokey1",
                             "sync", "enroll", "--server", central_server.base, "--code", code], capture_output=True,
                            text=True, input=PASSWORD, env=env, timeout=60)
    assert result.returncode == 2 and "trousseau" in result.stderr and "Traceback" not in result.stderr
    _ok(desk_cli(home, "--as", "k.nokey1", "sync", "enroll", "--server", central_server.base, "--code", code,
                 stdin=PASSWORD))  # still valid


def test_tls_is_verified_and_a_private_authority_can_be_given(central_url, tmp_path, new_uai):
    from central_support import Server
    from tls_support import make_self_signed

    as_tiel = ("--as", "t.tiel1")
    cert, key = make_self_signed(tmp_path)
    server = Server(central_url, tmp_path / "tls.log", tls=(cert, key)).start()
    try:
        uai = new_uai()
        _ok(central_cli(central_url, "establishment", "add", uai, "Lycée TLS"))
        home = tmp_path / "w"
        home.mkdir()
        _ok(desk_cli(home, "init", "--first-name", "Tess", "--last-name", "Tiel", stdin=PASSWORD))
        code = _enroll_code(central_url, uai, f"tls-{tmp_path.name}")
        refused = desk_cli(home, *as_tiel, "sync", "enroll", "--server", server.base, "--code", code, stdin=PASSWORD)
        assert refused.returncode == 2 and "certificat" in refused.stderr and "--ca-file" in refused.stderr
        missing = desk_cli(home, *as_tiel, "sync", "enroll", "--server", server.base, "--code", code, "--ca-file",
                           str(tmp_path / "absent.pem"), stdin=PASSWORD)
        assert missing.returncode == 2 and "illisible" in missing.stderr and "Traceback" not in missing.stderr
        _ok(desk_cli(home, *as_tiel, "sync", "enroll", "--server", server.base, "--code", code, "--ca-file", cert,
                     stdin=PASSWORD))
        out = _ok(desk_cli(home, "sync", "run"))
        assert "Opérations envoyées : 1" in out
    finally:
        server.kill()
