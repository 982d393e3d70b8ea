"""Workstation settings: one TOML file in the user's configuration directory.

Which file: `--config PATH` (the `path` argument), else the `EDUCONNECT_CONFIG`
environment variable, else `config.toml` in `paths.config_dir()`. A missing
default file means "nothing configured" (messages then wait in the outbox).

Secrets (SMTP password, SMS gateway token) are never read from or written to this
file: they live in the system keyring (see `secret_store`).

Example::

    services_url = "https://services.exemple.fr"

    [database]
    path = "/srv/educonnect/educonnect.sqlite"

    [smtp]
    host = "smtp.exemple.fr"
    port = 587
    security = "starttls"        # plain / starttls / tls
    username = "secretariat@exemple.fr"
    from_address = "Collège Exemple <secretariat@exemple.fr>"
    timeout = 30
    # ca_file = "/etc/ssl/certs/ac-etablissement.pem"   # only for a server signed by a local CA

    [sms]
    url = "https://sms.exemple.fr/v1/messages"
    timeout = 15

    [ui]
    language = "fr"              # fr / en / ar; absent: the system's language (French if neither)

    [letters]
    family_language = "ar"       # en / ar: one short line in that language on every letter
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable
from urllib.parse import urlsplit

from .errors import UserFacingError
from .paths import config_dir
from .private_files import private_directory, write_private_bytes

CONFIG_ENV = "EDUCONNECT_CONFIG"
CONFIG_FILENAME = "config.toml"

SECURITY_MODES = ("plain", "starttls", "tls")
CONTRAST_MODES = ("standard", "high")
INTERFACE_LANGUAGES = ("fr", "en", "ar")  # the catalogues in resources/translations (and French)
LETTER_LANGUAGES = ("en", "ar")  # the languages of the letters' extra line (letters/content.FAMILY_LINES)
DEFAULT_SMTP_PORTS = {"plain": 25, "starttls": 587, "tls": 465}
_LOOPBACK_HOSTS = {"localhost", "127.0.0.1", "::1"}


class ConfigError(UserFacingError):
    pass


@dataclass(frozen=True)
class SmtpConfig:
    host: str | None = None
    port: int | None = None
    security: str = "starttls"
    username: str | None = None
    from_address: str | None = None
    timeout: float = 30.0
    ca_file: Path | None = None  # extra certificate authority to trust (a school's own CA)

    @property
    def configured(self) -> bool:
        return bool(self.host and self.from_address)

    @property
    def effective_port(self) -> int:
        return self.port or DEFAULT_SMTP_PORTS[self.security]


@dataclass(frozen=True)
class SmsConfig:
    url: str | None = None
    timeout: float = 15.0

    @property
    def configured(self) -> bool:
        return bool(self.url)


@dataclass(frozen=True)
class PrivacyConfig:
    # Pupils who left are erased at the end of the N-th school year after their departure.
    left_school_years: int = 1


@dataclass(frozen=True)
class UiConfig:
    contrast: str = "standard"  # "high": white and yellow on black (ui/theme.py)
    language: str | None = None  # None: the system's language (ui/translations.default_language)


@dataclass(frozen=True)
class LettersConfig:
    # Letters stay in French (official documents); a school whose families often read another
    # language adds one short line in it to every letter (letters/content.FAMILY_LINES).
    family_language: str | None = None


@dataclass(frozen=True)
class AppConfig:
    smtp: SmtpConfig = field(default_factory=SmtpConfig)
    sms: SmsConfig = field(default_factory=SmsConfig)
    privacy: PrivacyConfig = field(default_factory=PrivacyConfig)
    ui: UiConfig = field(default_factory=UiConfig)
    letters: LettersConfig = field(default_factory=LettersConfig)
    services_url: str | None = None  # the "Services en ligne" address printed on letters
    database_path: Path | None = None
    path: Path | None = None  # the file this was read from (None: nothing on disk)
    warnings: tuple[str, ...] = ()  # unknown keys, kept so `config show` can mention them


# --- the keys, their types and checks -------------------------------------------------

def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("texte attendu")
    value = value.strip()
    if not value:
        raise ValueError("valeur vide")
    return value


def _port(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError("nombre entier attendu")
    if not 1 <= value <= 65535:
        raise ValueError("port entre 1 et 65535 attendu")
    return value


def _school_years(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError("nombre entier d'années scolaires attendu")
    if not 0 <= value <= 10:
        raise ValueError("entre 0 (fin de l'année de départ) et 10 années scolaires")
    return value


def _seconds(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError("nombre de secondes attendu")
    if not 0 < value <= 600:
        raise ValueError("durée entre 0 et 600 secondes attendue")
    return float(value)


def _security(value: Any) -> str:
    value = _text(value).lower()
    if value not in SECURITY_MODES:
        raise ValueError("valeur attendue : plain, starttls ou tls")
    return value


def _http_url(value: Any) -> str:
    value = _text(value)
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError("adresse http(s):// attendue")
    return value


def _gateway_url(value: Any) -> str:
    """The token travels with every request: HTTPS only, except to this very machine."""
    value = _http_url(value)
    parts = urlsplit(value)
    if parts.scheme != "https" and parts.hostname not in _LOOPBACK_HOSTS:
        raise ValueError("adresse https:// attendue (le jeton ne doit pas circuler en clair)")
    return value


def _contrast(value: Any) -> str:
    value = _text(value).lower()
    if value not in CONTRAST_MODES:
        raise ValueError("valeur attendue : standard ou high (contraste élevé)")
    return value


def _language(value: Any) -> str:
    value = _text(value).lower()
    if value not in INTERFACE_LANGUAGES:
        raise ValueError("valeur attendue : fr, en ou ar")
    return value


def _letter_language(value: Any) -> str:
    value = _text(value).lower()
    if value not in LETTER_LANGUAGES:
        raise ValueError("valeur attendue : en ou ar (la lettre elle-même reste en français)")
    return value


def _path(value: Any) -> Path:
    return Path(_text(value)).expanduser()


# section -> key -> (checker, dataclass attribute)
_SCHEMA: dict[str | None, dict[str, Callable[[Any], Any]]] = {
    None: {"services_url": _http_url},
    "database": {"path": _path},
    "smtp": {"host": _text, "port": _port, "security": _security, "username": _text,
             "from_address": _text, "timeout": _seconds, "ca_file": _path},
    "sms": {"url": _gateway_url, "timeout": _seconds},
    "privacy": {"left_school_years": _school_years},
    "ui": {"contrast": _contrast, "language": _language},
    "letters": {"family_language": _letter_language},
}

SETTABLE_KEYS = tuple(
    (f"{section}.{key}" if section else key)
    for section, keys in _SCHEMA.items() for key in keys
)


def default_config_path() -> Path:
    return config_dir() / CONFIG_FILENAME


def resolve_config_path(path: Path | str | None = None) -> tuple[Path, bool]:
    """The file to use, and whether it was asked for explicitly (option or environment)."""
    if path is not None:
        return Path(path).expanduser(), True
    override = os.environ.get(CONFIG_ENV)
    if override:
        return Path(override).expanduser(), True
    return default_config_path(), False


def _line_of(text: str, section: str | None, key: str) -> int | None:
    """Where `key` sits in `section` (for error messages); None when not found."""
    current: str | None = None
    header = re.compile(r"^\s*\[\s*([A-Za-z0-9_.-]+)\s*\]")
    assignment = re.compile(r"^\s*([A-Za-z0-9_-]+|\"[^\"]*\")\s*=")
    for number, line in enumerate(text.splitlines(), start=1):
        found = header.match(line)
        if found:
            current = found.group(1)
            continue
        found = assignment.match(line)
        if found and current == section and found.group(1).strip('"') == key:
            return number
    return None


def _where(path: Path, text: str, section: str | None, key: str) -> str:
    line = _line_of(text, section, key)
    name = f"{section}.{key}" if section else key
    return f"{path}, ligne {line}, « {name} »" if line else f"{path}, « {name} »"


def parse_config(text: str, path: Path) -> AppConfig:
    import tomllib  # here, once there is a file: with datetime, 5-6 ms before the first window

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        # tomllib says "... (at line 3, column 7)": keep the position, in French.
        detail = re.sub(r"\(at line (\d+), column (\d+)\)", r"(ligne \1, colonne \2)", str(exc))
        raise ConfigError(f"Le fichier de configuration {path} n'est pas un TOML valide : {detail}.") from None
    for section, key in (("smtp", "password"), ("sms", "token")):
        if isinstance(data.get(section), dict) and key in data[section]:
            raise ConfigError(
                f"Le fichier {path} contient un secret ({section}.{key}) : il doit être enregistré dans "
                f"le trousseau système (educonnect config set-secret {section}), pas dans ce fichier."
            )
    values: dict[str | None, dict[str, Any]] = {section: {} for section in _SCHEMA}
    warnings: list[str] = []
    for name, content in data.items():
        if isinstance(content, dict):
            if name not in _SCHEMA or name is None:
                warnings.append(f"section [{name}] inconnue, ignorée")
                continue
            items = [(name, key, value) for key, value in content.items()]
        else:
            items = [(None, name, content)]
        for section, key, value in items:
            checker = _SCHEMA[section].get(key)
            if checker is None:
                shown = f"{section}.{key}" if section else key
                warnings.append(f"clé « {shown} » inconnue, ignorée")
                continue
            try:
                values[section][key] = checker(value)
            except ValueError as exc:
                raise ConfigError(f"Valeur incorrecte dans {_where(path, text, section, key)} : {exc}.") from None
    return AppConfig(
        smtp=SmtpConfig(**values["smtp"]),
        sms=SmsConfig(**values["sms"]),
        privacy=PrivacyConfig(**values["privacy"]),
        ui=UiConfig(**values["ui"]),
        letters=LettersConfig(**values["letters"]),
        services_url=values[None].get("services_url"),
        database_path=values["database"].get("path"),
        path=path,
        warnings=tuple(warnings),
    )


def load_config(path: Path | str | None = None, *, missing_ok: bool | None = None) -> AppConfig:
    """Read the configuration; see the module docstring for which file.

    A missing default file is an empty configuration; a missing file that was named
    explicitly is an error, unless `missing_ok` (used by `config set`, which creates it).
    """
    target, explicit = resolve_config_path(path)
    if missing_ok is None:
        missing_ok = not explicit
    try:
        text = target.read_text(encoding="utf-8")
    except FileNotFoundError:
        if missing_ok:
            return AppConfig(path=target)
        raise ConfigError(f"Le fichier de configuration {target} n'existe pas.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"Impossible de lire le fichier de configuration {target} : {exc}.") from None
    return parse_config(text, target)


def _split_key(key: str) -> tuple[str | None, str]:
    section, dot, name = key.partition(".")
    if not dot:
        section, name = None, key
    if section not in _SCHEMA or name not in _SCHEMA[section]:
        raise ConfigError(f"Paramètre inconnu « {key} ». Paramètres possibles : {', '.join(SETTABLE_KEYS)}.")
    return section, name


def _coerce(section: str | None, name: str, raw: str) -> Any:
    """A value typed on the command line, converted to the key's type and checked."""
    checker = _SCHEMA[section][name]
    value: Any = raw
    if checker in (_port, _school_years):
        value = int(raw) if raw.strip().isdigit() else raw
    elif checker is _seconds:
        try:
            value = float(raw)
        except ValueError:
            pass
    try:
        checked = checker(value)
    except ValueError as exc:
        raise ConfigError(f"Valeur incorrecte pour « {section + '.' if section else ''}{name} » : {exc}.") from None
    return str(checked) if isinstance(checked, Path) else checked


def set_value(path: Path | str | None, key: str, raw_value: str | None) -> Path:
    """Set (or remove, with `None`) one key, keeping the rest of the file. Returns the file written."""
    section, name = _split_key(key)
    target, _ = resolve_config_path(path)
    data: dict[str, Any] = {}
    if target.exists():
        load_config(target)  # refuse to rewrite a file we cannot read correctly
        import tomllib

        data = tomllib.loads(target.read_text(encoding="utf-8"))
    table = data if section is None else data.setdefault(section, {})
    if raw_value is None:
        table.pop(name, None)
        if section is not None and not table:
            data.pop(section, None)
    else:
        table[name] = _coerce(section, name, raw_value)
    save_config(data, target)
    return target


def save_config(data: dict[str, Any], path: Path) -> None:
    """Write `data` as TOML, atomically (a crash never leaves half a file)."""
    import tomli_w

    if not path.parent.exists():
        private_directory(path.parent)
    # Plain keys first: TOML puts them before the first [section].
    ordered = {k: v for k, v in data.items() if not isinstance(v, dict)}
    ordered.update({k: v for k, v in data.items() if isinstance(v, dict)})
    temporary = path.with_name(path.name + ".tmp")
    # Private: it names the school's servers and accounts (never a secret: those are in the keyring).
    write_private_bytes(temporary, tomli_w.dumps(ordered).encode("utf-8"))
    os.replace(temporary, path)


__all__ = [
    "AppConfig", "SmtpConfig", "SmsConfig", "PrivacyConfig", "ConfigError", "CONFIG_ENV", "SETTABLE_KEYS",
    "load_config", "parse_config", "resolve_config_path", "default_config_path",
    "set_value", "save_config",
]


def resolve_database_path(explicit: Path | str | None, config: AppConfig | None) -> Path:
    """`--db`, else `EDUCONNECT_DB`, else the configuration's `[database] path`, else the default."""
    from .paths import DATABASE_ENV, default_database_path

    if explicit:
        return Path(explicit)
    if not os.environ.get(DATABASE_ENV) and config is not None and config.database_path is not None:
        return config.database_path
    return default_database_path()
