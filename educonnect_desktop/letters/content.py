"""The words of a letter, as the rich-text HTML that QTextDocument understands (no Qt here).

The steps follow the EduConnect activation guide and the buttons of our own start screen.
"""

from __future__ import annotations

from html import escape

from .data import LetterData
from .fonts import MONO

GUARDIAN = "guardian"

SECURITY_ADVICE = (
    "Ne communiquez jamais votre mot de passe, à personne, pas même à un camarade ou à un proche.",
    "L'établissement ne vous demandera jamais votre mot de passe, ni par téléphone, ni par "
    "e-mail, ni par SMS.",
    "Choisissez un mot de passe que vous n'utilisez sur aucun autre site.",
    "Une fois votre compte activé, détruisez cette lettre ou rangez-la en lieu sûr.",
)


# The short line a school may add in its families' language (config `[letters] family_language`):
# the letter itself stays French, this says what it is and where to find help.
FAMILY_LINES = {
    "en": ("This letter gives you the identifier and the temporary password of your EduConnect account. "
           "To activate it, follow the steps below, or ask the school's reception for help."),
    "ar": ("تتضمّن هذه الرسالة المعرّف وكلمة المرور المؤقتة لحسابك في EduConnect. "
           "لتفعيله، اتّبع الخطوات أدناه أو اطلب المساعدة من استقبال المؤسسة."),
}


def title(letter: LetterData) -> str:
    who = "représentant légal" if letter.kind == GUARDIAN else "élève"
    return f"Votre compte EduConnect ({who})"


# The fields each shared part reads: a batch lays a part out once per distinct value of these
# (letters.pdf), without even building its HTML again; tests/letters/test_refill.py checks
# that no other field changes the part.
def header_inputs(letter: LetterData) -> tuple:
    return letter.establishment_name, letter.establishment_uai, letter.kind


def qr_caption_inputs(letter: LetterData) -> tuple:
    return (letter.services_url,)


def common_body_inputs(letter: LetterData) -> tuple:
    return letter.services_url, letter.kind, letter.family_language


def header_html(letter: LetterData) -> str:
    school = escape(letter.establishment_name or "Établissement")
    uai = f"<p style='font-size:9pt; color:#555555'>UAI {escape(letter.establishment_uai)}</p>" \
        if letter.establishment_uai else ""
    return (
        f"<p style='font-size:13pt; font-weight:bold'>{school}</p>{uai}"
        f"<p style='font-size:18pt; font-weight:bold; margin-top:18px'>{escape(title(letter))}</p>"
        f"<p style='font-size:10pt'>Lettre de notification : identifiant et mot de passe provisoire</p>"
    )


def qr_caption_html(letter: LetterData) -> str:
    return (f"<p align='center' style='font-size:7pt'>Services en ligne<br/>"
            f"{escape(letter.services_url)}</p>")


def _person_rows(letter: LetterData) -> list[tuple[str, str]]:
    if letter.kind == GUARDIAN:
        rows = [("Représentant légal", letter.full_name)]
        if letter.children:
            label = "Enfants rattachés" if len(letter.children) > 1 else "Enfant rattaché"
            rows.append((label, ", ".join(letter.children)))
        return rows
    rows = [("Élève", letter.full_name)]
    if letter.class_code:
        rows.append(("Classe", letter.class_code))
    return rows


def _credentials_table(identifier: str, password: str) -> str:
    """The boxed identifier and password; both already HTML-escaped."""
    mono = f"font-family:'{MONO}'; font-weight:bold"
    return (
        "<table border='1' cellspacing='0' cellpadding='10' width='100%' "
        "style='border-color:#333333; border-style:solid; border-collapse:collapse; "
        "margin-top:12px; margin-bottom:6px'>"
        "<tr><td bgcolor='#f2f2f2' width='40%' valign='middle'>Identifiant</td>"
        f"<td style=\"{mono}; font-size:15pt\">{identifier}</td></tr>"
        "<tr><td bgcolor='#f2f2f2' valign='middle'>Mot de passe provisoire</td>"
        f"<td style=\"{mono}; font-size:17pt\">{password}</td></tr>"
        "</table>"
    )


def steps(letter: LetterData) -> list[str]:
    url = escape(letter.services_url)
    items = [
        f"Rendez-vous sur <b>{url}</b> (ou scannez le code QR) ou à l'accueil de l'établissement.",
        "Cliquez sur « Je n'ai pas de compte EduConnect », puis sur "
        "« J'ai reçu une lettre de l'établissement ».",
        "Saisissez votre identifiant et votre mot de passe provisoire, tels qu'ils sont écrits "
        "ci-dessus (majuscules et minuscules comprises).",
        "Acceptez la charte d'utilisation, choisissez votre mot de passe, puis indiquez et "
        "confirmez votre adresse e-mail.",
    ]
    if letter.kind == GUARDIAN:
        items.append("Confirmez vos enfants en indiquant leur date de naissance.")
    return items


def body_html(letter: LetterData) -> str:
    return personal_body_html(letter) + common_body_html(letter)


def personal_shape(letter: LetterData) -> tuple[str, ...]:
    """The labels of the person's rows: letters of one shape differ only by `personal_texts`."""
    return tuple(label for label, _ in _person_rows(letter))


def personal_texts(letter: LetterData) -> tuple[str, ...]:
    """The plain texts proper to the person, in their order on the page: one per row of
    `personal_shape`, then the identifier, the password and the end of validity."""
    return (*(value for _, value in _person_rows(letter)), letter.identifier, letter.provisional_password,
            letter.valid_until_text)


def personal_body_html(letter: LetterData) -> str:
    """The part of the body proper to the person: names, credentials, validity."""
    return personal_html(personal_shape(letter), tuple(escape(text) for text in personal_texts(letter)))


def personal_html(shape: tuple[str, ...], texts: tuple[str, ...]) -> str:
    """The personal part from its row labels and its texts (HTML-escaped, in `personal_texts` order)."""
    rows, (identifier, password, valid_until) = texts[:len(shape)], texts[len(shape):]
    people = "".join(f"<tr><td width='30%'>{escape(label)} :</td><td><b>{value}</b></td></tr>"
                     for label, value in zip(shape, rows))
    return (
        f"<table cellspacing='0' cellpadding='2' width='100%'>{people}</table>"
        f"{_credentials_table(identifier, password)}"
        f"<p><b>Ce mot de passe provisoire est valable jusqu'au {valid_until}.</b> "
        "Passé cette date, adressez-vous à l'établissement pour recevoir une nouvelle lettre. "
        "Votre identifiant, lui, ne change pas : conservez-le.</p>"
    )


def family_line_html(letter: LetterData) -> str:
    line = FAMILY_LINES.get(letter.family_language or "")
    if line is None:
        return ""
    direction = "rtl" if letter.family_language == "ar" else "ltr"
    align = "right" if direction == "rtl" else "left"
    return (f"<p dir='{direction}' align='{align}' lang='{letter.family_language}' "
            f"style='margin-top:12px'>{escape(line)}</p>")


def common_body_html(letter: LetterData) -> str:
    """The steps and the advice: the same on every letter of one kind (laid out once per batch)."""
    steps_html = "".join(f"<li style='margin-bottom:4px'>{step}</li>" for step in steps(letter))
    advice = "".join(f"<li>{escape(line)}</li>" for line in SECURITY_ADVICE)
    return (
        f"{family_line_html(letter)}"
        "<p style='font-size:12pt; font-weight:bold; margin-top:14px'>Activer votre compte</p>"
        f"<ol>{steps_html}</ol>"
        "<p>Vous utiliserez ensuite votre identifiant et le mot de passe que vous aurez choisi "
        "pour accéder aux services en ligne de l'établissement.</p>"
        "<table border='1' cellspacing='0' cellpadding='8' width='100%' "
        "style='border-color:#999999; border-style:solid; border-collapse:collapse; margin-top:14px'>"
        "<tr><td bgcolor='#fff8e1'>"
        "<p style='font-weight:bold'>Conseils de sécurité</p>"
        f"<ul>{advice}</ul></td></tr></table>"
    )
