"""Who may do what on a shared screen: the facilitator (PIN-protected) and participants in kiosk mode.

In kiosk mode people add cards, vote and comment, but they cannot delete what others wrote, change settings,
export, see hidden results, or leave the mode without the facilitator's PIN. The UI asks these functions before
it enables an action, and the operations that the kiosk can reach ask them again.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from enum import StrEnum


class Role(StrEnum):
    FACILITATOR = "facilitator"
    PARTICIPANT = "participant"


class Action(StrEnum):
    ADD_CARD = "add_card"
    EDIT_OWN_CARD = "edit_own_card"
    EDIT_OTHERS_CARD = "edit_others_card"
    DELETE_OWN_CARD = "delete_own_card"
    DELETE_OTHERS_CONTENT = "delete_others_content"
    VOTE = "vote"
    COMMENT = "comment"
    CHANGE_SETTINGS = "change_settings"
    EXPORT = "export"
    SEE_HIDDEN_RESULTS = "see_hidden_results"
    MANAGE_ROUNDS = "manage_rounds"
    LEAVE_KIOSK = "leave_kiosk"
    REVEAL_PRIVATE = "reveal_private"


_PARTICIPANT_MAY = frozenset({Action.ADD_CARD, Action.EDIT_OWN_CARD, Action.DELETE_OWN_CARD, Action.VOTE,
                              Action.COMMENT})

REFUSAL = {
    Action.DELETE_OTHERS_CONTENT: "Im Teilnahme-Modus können nur eigene Karten gelöscht werden.",
    Action.EDIT_OTHERS_CARD: "Im Teilnahme-Modus können nur eigene Karten bearbeitet werden.",
    Action.CHANGE_SETTINGS: "Einstellungen kann nur die Moderation ändern.",
    Action.EXPORT: "Exportieren kann nur die Moderation.",
    Action.SEE_HIDDEN_RESULTS: "Die Ergebnisse sind verdeckt, bis die Moderation die Runde schließt.",
    Action.MANAGE_ROUNDS: "Abstimmungsrunden steuert die Moderation.",
    Action.LEAVE_KIOSK: "Zum Verlassen des Teilnahme-Modus ist die PIN der Moderation nötig.",
    Action.REVEAL_PRIVATE: "Verdeckte Karten deckt die Moderation auf.",
}


def allowed(role: Role, action: Action) -> bool:
    return role is Role.FACILITATOR or action in _PARTICIPANT_MAY


def refusal(action: Action) -> str:
    return REFUSAL.get(action, "Das ist im Teilnahme-Modus nicht möglich.")


# ---------------------------------------------------------------------------------------------------- the PIN
_N, _R, _P = 2**14, 8, 1
MIN_PIN_LENGTH = 4


def validate_pin(pin: str) -> list[str]:
    problems = []
    if len(pin) < MIN_PIN_LENGTH:
        problems.append(f"Die PIN muss mindestens {MIN_PIN_LENGTH} Zeichen haben.")
    if pin.strip() != pin:
        problems.append("Die PIN darf nicht mit Leerzeichen beginnen oder enden.")
    return problems


def hash_pin(pin: str, *, salt: bytes | None = None) -> str:
    """A salted scrypt hash, stored as text: ``scrypt$N$r$p$salt$hash`` (base64)."""
    problems = validate_pin(pin)
    if problems:
        raise ValueError(problems[0])
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    enc = base64.b64encode
    return f"scrypt${_N}${_R}${_P}${enc(salt).decode()}${enc(digest).decode()}"


def verify_pin(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt_b64, hash_b64 = stored.split("$")
        if scheme != "scrypt":
            return False
        salt, expected = base64.b64decode(salt_b64), base64.b64decode(hash_b64)
        digest = hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=int(n), r=int(r), p=int(p), dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(digest, expected)
