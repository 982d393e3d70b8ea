"""The workstation's TOML configuration: which file, checked values, clear French errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from educonnect_desktop.config import (
    CONFIG_ENV, ConfigError, default_config_path, load_config, resolve_config_path, set_value,
)

GOOD = """\
services_url = "https://services.exemple.fr"

[database]
path = "~/ecole/base.sqlite"

[smtp]
host = "smtp.exemple.fr"
security = "tls"
username = "secretariat@exemple.fr"
from_address = "Collège Exemple <secretariat@exemple.fr>"

[sms]
url = "https://sms.exemple.fr/v1/messages"
timeout = 10
"""


def test_a_complete_file(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text(GOOD, encoding="utf-8")
    config = load_config(path)
    assert config.path == path and config.warnings == ()
    assert config.services_url == "https://services.exemple.fr"
    assert config.database_path == Path("~/ecole/base.sqlite").expanduser()
    assert config.smtp.configured and config.smtp.effective_port == 465 and config.smtp.timeout == 30
    assert config.sms.configured and config.sms.timeout == 10


def test_which_file_option_then_environment_then_default(tmp_path, monkeypatch):
    assert resolve_config_path() == (default_config_path(), False)
    assert str(default_config_path()).endswith("educonnect-desktop/config.toml")
    monkeypatch.setenv(CONFIG_ENV, str(tmp_path / "env.toml"))
    assert resolve_config_path() == (tmp_path / "env.toml", True)
    assert resolve_config_path(tmp_path / "opt.toml") == (tmp_path / "opt.toml", True)


def test_a_missing_default_file_is_an_empty_configuration_but_a_named_one_is_an_error(tmp_path, monkeypatch):
    config = load_config()
    assert not config.smtp.configured and not config.sms.configured
    with pytest.raises(ConfigError, match="n'existe pas"):
        load_config(tmp_path / "absent.toml")
    monkeypatch.setenv(CONFIG_ENV, str(tmp_path / "absent.toml"))
    with pytest.raises(ConfigError, match="absent.toml n'existe pas"):
        load_config()


def test_malformed_toml_names_the_file_and_the_line(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('[smtp]\nhost = "smtp.exemple.fr"\nport = = 25\n', encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        load_config(path)
    assert str(path) in error.value.message and "ligne 3" in error.value.message


@pytest.mark.parametrize("text,line,what", [
    ('[smtp]\nhost = "h"\nport = "vingt-cinq"\n', 3, "nombre entier attendu"),
    ('[smtp]\n\nsecurity = "ssl"\n', 3, "plain, starttls ou tls"),
    ('[sms]\nurl = "http://sms.exemple.fr/"\n', 2, "https://"),
    ('[sms]\ntimeout = -1\n', 2, "durée"),
    ('[ui]\ncontrast = "fluo"\n', 2, "standard ou high"),
])
def test_bad_values_name_the_file_the_line_and_the_key(tmp_path, text, line, what):
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        load_config(path)
    assert f"{path}, ligne {line}" in error.value.message and what in error.value.message


def test_a_secret_in_the_file_is_refused(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('[smtp]\nhost = "h"\npassword = "hunter2"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="trousseau") as error:
        load_config(path)
    assert "hunter2" not in error.value.message


def test_unknown_keys_are_reported_not_fatal(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('[smtp]\nhots = "h"\n[printing]\nx = 1\n', encoding="utf-8")
    assert load_config(path).warnings == ("clé « smtp.hots » inconnue, ignorée", "section [printing] inconnue, ignorée")


def test_the_loopback_gateway_may_use_plain_http(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('[sms]\nurl = "http://127.0.0.1:8080/sms"\n', encoding="utf-8")
    assert load_config(path).sms.url == "http://127.0.0.1:8080/sms"


def test_set_value_writes_typed_values_and_keeps_the_rest(tmp_path):
    path = tmp_path / "sub" / "config.toml"
    set_value(path, "smtp.host", "smtp.exemple.fr")
    set_value(path, "smtp.port", "587")
    set_value(path, "services_url", "https://services.exemple.fr")
    set_value(path, "sms.timeout", "7.5")
    text = path.read_text(encoding="utf-8")
    assert "port = 587" in text and text.startswith('services_url = "https://services.exemple.fr"')
    config = load_config(path)
    assert (config.smtp.host, config.smtp.port, config.sms.timeout) == ("smtp.exemple.fr", 587, 7.5)
    set_value(path, "smtp.port", None)
    assert load_config(path).smtp.port is None and load_config(path).smtp.host == "smtp.exemple.fr"
    with pytest.raises(ConfigError, match="Paramètre inconnu « smtp.password »"):
        set_value(path, "smtp.password", "x")
    with pytest.raises(ConfigError, match="nombre entier"):
        set_value(path, "smtp.port", "abc")
    assert not list(path.parent.glob("*.tmp"))


def test_the_high_contrast_look_is_a_setting(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('[ui]\ncontrast = "HIGH"\n', encoding="utf-8")
    assert load_config(path).ui.contrast == "high"
    assert load_config(tmp_path / "absent.toml", missing_ok=True).ui.contrast == "standard"
