"""The one error an operation raises when the rules refuse a user action.

``str(exc)`` is a complete German sentence (or several) that the UI shows as it is. An operation that raises it
has stored nothing: the check runs before the first write of the action's session.
"""

from __future__ import annotations

from app.operations.messages import translate_message


class OperationRefused(Exception):
    """A user action the rules do not allow; nothing was changed."""

    def __init__(self, message: str | list[str]) -> None:
        # a refusal the catalogues know is said in the user's language (see app.operations.messages)
        messages = [translate_message(m) for m in ([message] if isinstance(message, str) else list(message))]
        self.messages: list[str] = messages
        super().__init__(" ".join(messages))
