"""The password advice of `core.strength_feedback`, marked for lupdate.

The core does not know Qt: its French sentences are repeated here so that lupdate collects
them, and `advice_text` gives them in the interface's language (a test keeps this list equal
to the core's). A sentence the core adds without listing it here stays in French."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "StrengthAdvice"
ADVICE = (
    QT_TRANSLATE_NOOP("StrengthAdvice", "Ajoutez un ou deux mots, les mots peu courants sont meilleurs."),
    QT_TRANSLATE_NOOP("StrengthAdvice", "Utilisez plusieurs mots peu courants, évitez les "
                                        "expressions toutes faites."),
    QT_TRANSLATE_NOOP("StrengthAdvice", "Évitez d'utiliser votre nom, votre prénom ou votre identifiant."),
    QT_TRANSLATE_NOOP("StrengthAdvice", "Évitez d'utiliser votre date de naissance."),
    QT_TRANSLATE_NOOP("StrengthAdvice", "Ce mot de passe contient le prénom et l'année de naissance d'un enfant."),
    QT_TRANSLATE_NOOP("StrengthAdvice", "Ce mot de passe contient le prénom d'un enfant."),
    QT_TRANSLATE_NOOP("StrengthAdvice", "Les suites de touches du clavier comme « azerty » sont "
                                        "faciles à deviner."),
    QT_TRANSLATE_NOOP("StrengthAdvice", "Les motifs courts dessinés sur le clavier sont faciles à deviner."),
    QT_TRANSLATE_NOOP("StrengthAdvice", "Évitez les suites de touches du clavier."),
    QT_TRANSLATE_NOOP("StrengthAdvice", "Les répétitions comme « aaa » sont faciles à deviner."),
    QT_TRANSLATE_NOOP("StrengthAdvice", "Les répétitions comme « abcabcabc » sont à peine plus "
                                        "difficiles à deviner que « abc »."),
    QT_TRANSLATE_NOOP("StrengthAdvice", "Évitez les mots et les caractères répétés."),
    QT_TRANSLATE_NOOP("StrengthAdvice", "Les suites comme « abc » ou « 6543 » sont faciles à deviner."),
    QT_TRANSLATE_NOOP("StrengthAdvice", "Évitez les suites de caractères."),
    QT_TRANSLATE_NOOP("StrengthAdvice", "Les années récentes sont faciles à deviner."),
    QT_TRANSLATE_NOOP("StrengthAdvice", "Évitez les années récentes."),
    QT_TRANSLATE_NOOP("StrengthAdvice", "Évitez les années qui vous concernent."),
    QT_TRANSLATE_NOOP("StrengthAdvice", "Les dates et les années sont faciles à deviner."),
    QT_TRANSLATE_NOOP("StrengthAdvice", "Évitez les dates et les années qui vous concernent."),
    QT_TRANSLATE_NOOP("StrengthAdvice", "Des chiffres ou un symbole ajoutés à un mot sont faciles à deviner."),
    QT_TRANSLATE_NOOP("StrengthAdvice", "Évitez de simplement ajouter une année ou « 123 » suivis d'un symbole."),
    QT_TRANSLATE_NOOP("StrengthAdvice", "Ceci figure parmi les 10 mots de passe les plus courants."),
    QT_TRANSLATE_NOOP("StrengthAdvice", "Ceci figure parmi les 100 mots de passe les plus courants."),
    QT_TRANSLATE_NOOP("StrengthAdvice", "Ceci est un mot de passe très courant."),
    QT_TRANSLATE_NOOP("StrengthAdvice", "Ceci ressemble à un mot de passe courant."),
    QT_TRANSLATE_NOOP("StrengthAdvice", "Un mot seul est facile à deviner."),
    QT_TRANSLATE_NOOP("StrengthAdvice", "Les noms et les prénoms seuls sont faciles à deviner."),
    QT_TRANSLATE_NOOP("StrengthAdvice", "Les noms et les prénoms courants sont faciles à deviner."),
    QT_TRANSLATE_NOOP("StrengthAdvice", "Une majuscule au début n'aide pas beaucoup."),
    QT_TRANSLATE_NOOP("StrengthAdvice", "Tout écrire en majuscules est presque aussi facile à "
                                        "deviner que tout en minuscules."),
    QT_TRANSLATE_NOOP("StrengthAdvice", "Les mots écrits à l'envers ne sont pas beaucoup plus "
                                        "difficiles à deviner."),
    QT_TRANSLATE_NOOP("StrengthAdvice", "Les substitutions prévisibles comme « @ » à la place de « a "
                                        "» n'aident pas beaucoup."),
)


def advice_text(sentence: str) -> str:
    return QCoreApplication.translate(CONTEXT, sentence)
