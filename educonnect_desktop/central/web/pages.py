"""The families' pages as HTML: small functions, every value escaped with `html.escape`.

No external resource and no inline script: our stylesheet (`style.css`) and, on the password
page, our script (`robustesse.js`, the live strength estimate; the page works without it). Each field has its
label; hints and errors are tied to their field by `aria-describedby`; an error summary is
announced (`role="alert"`) and the first field in error gets the focus.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape

from ...core.passwords import check_policy
from ...core.strength import Strength

PASSWORD_PATH = "/nouveau-mot-de-passe"
EMAIL_PATH = "/confirmer-adresse"
STYLE_PATH = "/pages/style.css"
SCRIPT_PATH = "/pages/robustesse.js"
ESTIMATE_PATH = "/nouveau-mot-de-passe/robustesse"

INVALID_LINK = ("Ce lien n'est plus valable : il a déjà servi, il a expiré, il a été remplacé par un message "
                "plus récent ou il est incomplet. S'il vient d'arriver, l'établissement ne l'a peut-être pas "
                "encore transmis : réessayez dans quelques minutes. Sinon, recommencez la démarche ou saisissez "
                "le code du message sur un poste de l'établissement.")
TOO_MANY = "Trop de tentatives. Patientez quelques minutes avant de réessayer."
FORM_REFUSED = ("Le formulaire n'a pas pu être vérifié (il a été envoyé depuis une autre page, ou les "
                "cookies sont bloqués). Rouvrez le lien reçu par e-mail et recommencez.")


def _e(value: object) -> str:
    return escape(str(value), quote=True)


def layout(title: str, body: str, *, script: bool = False) -> str:
    scripts = f"<script src=\"{SCRIPT_PATH}\" defer></script>" if script else ""
    return ("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            "<meta name=\"robots\" content=\"noindex\">"
            f"<title>{_e(title)} – EduConnect</title><link rel=\"stylesheet\" href=\"{STYLE_PATH}\">{scripts}"
            "</head>\n"
            "<body><header><p class=\"brand\">EduConnect</p></header>\n"
            f"<main>\n<h1>{_e(title)}</h1>\n{body}\n</main></body></html>\n")


def message_page(title: str, text: str) -> str:
    return layout(title, f"<p class=\"notice\">{_e(text)}</p>")


@dataclass
class FieldErrors:
    """Errors per field id, in the order of the form."""

    by_field: dict[str, list[str]] = field(default_factory=dict)

    def add(self, field_id: str, message: str) -> None:
        self.by_field.setdefault(field_id, []).append(message)

    def __bool__(self) -> bool:
        return bool(self.by_field)


def _summary(errors: FieldErrors, heading: str) -> str:
    if not errors:
        return ""
    items = "".join(f"<li><a href=\"#{_e(fid)}\">{_e(m)}</a></li>"
                    for fid, messages in errors.by_field.items() for m in messages)
    return (f"<div class=\"summary\" role=\"alert\" aria-labelledby=\"summary-title\">"
            f"<h2 id=\"summary-title\">{_e(heading)}</h2><ul>{items}</ul></div>\n")


def _readonly(field_id: str, name: str, label: str, value: str, autocomplete: str = "off") -> str:
    return (f"<div class=\"field\"><label for=\"{field_id}\">{_e(label)}</label>"
            f"<input id=\"{field_id}\" name=\"{name}\" value=\"{_e(value)}\" readonly "
            f"autocomplete=\"{autocomplete}\"></div>\n")


def _password_input(field_id: str, name: str, label: str, errors: FieldErrors, hints: list[str],
                    focus: bool, after: str = "") -> str:
    messages = errors.by_field.get(field_id, [])
    described = hints + ([f"{field_id}-error"] if messages else [])
    attributes = [f"id=\"{field_id}\"", f"name=\"{name}\"", "type=\"password\"", "autocomplete=\"new-password\"",
                  "required", "maxlength=\"256\""]
    if described:
        attributes.append(f"aria-describedby=\"{' '.join(described)}\"")
    if messages:
        attributes.append("aria-invalid=\"true\"")
    if focus:
        attributes.append("autofocus")
    error = (f"<p id=\"{field_id}-error\" class=\"error\">{'<br>'.join(_e(m) for m in messages)}</p>"
             if messages else "")
    return (f"<div class=\"field\"><label for=\"{field_id}\">{_e(label)}</label>"
            f"<input {' '.join(attributes)}>{after}{error}</div>\n")


def _hidden(token: str, csrf: str) -> str:
    return (f"<input type=\"hidden\" name=\"jeton\" value=\"{_e(token)}\">"
            f"<input type=\"hidden\" name=\"csrf\" value=\"{_e(csrf)}\">\n")


def _rules() -> str:
    items = "".join(f"<li>{_e(c.label)}</li>" for c in check_policy("").criteria if c.key not in
                    ("lower", "upper", "digit", "special"))
    return (f"<div id=\"password-rules\" class=\"hint\"><p>Le mot de passe doit comporter :</p><ul>{items}</ul>"
            "<p>Types de caractères : minuscules, majuscules, chiffres, caractères spéciaux.</p></div>\n")


def strength_text(strength: Strength) -> str:
    advice = " ".join(x for x in (strength.warning, *strength.suggestions) if x)
    return f"Robustesse estimée : {strength.label}{'. ' + advice if advice else ''}"


def _strength(strength: Strength | None) -> str:
    if strength is None:
        return ""
    return (f"<p id=\"password-strength\" class=\"strength score-{strength.score}\">"
            f"{_e(strength_text(strength))}</p>\n")


def password_form(identifier: str, token: str, csrf: str, errors: FieldErrors | None = None,
                  strength: Strength | None = None) -> str:
    errors = errors or FieldErrors()
    first_error = next(iter(errors.by_field), None)
    hints = ["password-rules"] + (["password-strength"] if strength else []) + ["password-live"]
    # Filled while typing by robustesse.js (the server's estimate); empty without script.
    live = "<p id=\"password-live\" class=\"live\" aria-live=\"polite\"></p>"
    body = (_summary(errors, "Le mot de passe n'a pas été modifié")
            + "<p>Choisissez le nouveau mot de passe de votre compte EduConnect.</p>\n"
            + f"<form method=\"post\" action=\"{PASSWORD_PATH}\" data-strength=\"{ESTIMATE_PATH}\">\n"
            + _hidden(token, csrf)
            + _readonly("identifier", "identifiant", "Identifiant", identifier, "username")
            + _rules() + _strength(strength)
            + _password_input("password", "mot_de_passe", "Nouveau mot de passe", errors, hints,
                              first_error == "password", live)
            + _password_input("confirmation", "confirmation", "Confirmation du nouveau mot de passe", errors, [],
                              first_error == "confirmation")
            + "<button type=\"submit\">Envoyer</button>\n</form>")
    return layout("Modifier le mot de passe", body, script=True)


def password_done(strength: Strength) -> str:
    body = ("<p class=\"notice\" role=\"status\">Votre mot de passe a été modifié. Utilisez-le désormais pour "
            "vous connecter à EduConnect, sur les postes de l'établissement comme ici.</p>\n"
            + _strength(strength)
            + "<p>Le lien reçu par e-mail ne sert plus. Si vous n'êtes pas à l'origine de ce changement, "
              "prévenez l'établissement.</p>")
    return layout("Mot de passe modifié", body)


def email_form(identifier: str, old: str | None, new: str, token: str, csrf: str) -> str:
    body = ("<p>Vérifiez les informations ci-dessous, puis confirmez la nouvelle adresse de votre compte "
            "EduConnect.</p>\n"
            + f"<form method=\"post\" action=\"{EMAIL_PATH}\">\n" + _hidden(token, csrf)
            + _readonly("identifier", "identifiant", "Identifiant", identifier, "username")
            + _readonly("old-address", "ancienne_adresse", "Ancienne adresse", old or "(aucune)")
            + _readonly("new-address", "nouvelle_adresse", "Nouvelle adresse", new, "email")
            + "<button type=\"submit\">Envoyer</button>\n</form>")
    return layout("Mise à jour de l'adresse mail", body)


def email_done(address: str) -> str:
    body = (f"<p class=\"notice\" role=\"status\">L'adresse <strong>{_e(address)}</strong> est confirmée : "
            "les prochains messages d'EduConnect y seront envoyés.</p>\n"
            "<p>Le lien reçu par e-mail ne sert plus.</p>")
    return layout("Adresse e-mail confirmée", body)
