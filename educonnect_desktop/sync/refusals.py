"""What the workstation says of the central server's refusals a person reads, in its own words.

The server answers with a code and a French message (it has no window language, and its own
command line and logs speak French). For the codes a secretary may meet, the workstation says
it itself, as `core.messages.Text`, so that a window in English shows it in English; any other
code (a malformed request, which is a bug, or a refusal that names data) keeps the server's French.
"""

from __future__ import annotations

from ..core.messages import QT_TRANSLATE_NOOP
from ..protocol import ERR_AUTH, ERR_CURSOR_TOO_OLD, ERR_ENROLL, ERR_REVOKED, ERR_TOO_OLD

_OWN_WORDS = {
    (ERR_REVOKED, None): QT_TRANSLATE_NOOP(
        "StaffMessages", "Ce poste a été révoqué par l'administrateur du serveur central. Il continue de "
                         "fonctionner hors ligne ; pour reprendre la synchronisation, demandez un nouveau code "
                         "d'inscription."),
    (ERR_AUTH, None): QT_TRANSLATE_NOOP(
        "StaffMessages", "Identification du poste refusée par le serveur central. Inscrivez ce poste à nouveau."),
    (ERR_ENROLL, None): QT_TRANSLATE_NOOP(
        "StaffMessages", "Code d'inscription inconnu, expiré ou déjà utilisé. Demandez un nouveau code à "
                         "l'administrateur du serveur."),
    (ERR_CURSOR_TOO_OLD, None): QT_TRANSLATE_NOOP(
        "StaffMessages", "Les changements depuis la dernière synchronisation de ce poste ne sont plus conservés "
                         "par le serveur central : une copie complète de l'établissement va être reprise (les "
                         "opérations du poste sont envoyées d'abord)."),
    # The same code says "too old" with 426 and "too new" with 400 (the server is the older one).
    (ERR_TOO_OLD, 426): QT_TRANSLATE_NOOP(
        "StaffMessages", "Ce poste utilise une version trop ancienne d'EduConnect Desktop pour se synchroniser. "
                         "Il continue de fonctionner hors ligne : mettez l'application à jour pour reprendre la "
                         "synchronisation."),
    (ERR_TOO_OLD, 400): QT_TRANSLATE_NOOP(
        "StaffMessages", "Ce poste est plus récent que le serveur central : le serveur doit être mis à jour."),
}


def refusal_text(status: int, code: str, server_message: str) -> str:
    """The workstation's own words for (`status`, `code`), else what the server said."""
    return _OWN_WORDS.get((code, status)) or _OWN_WORDS.get((code, None)) or server_message
