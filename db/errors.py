"""Errors the user can act on, each carrying a Thai message."""

from __future__ import annotations

from dataclasses import dataclass


class UserFacingError(Exception):
    """Base for errors whose message is written for the clerk, in Thai."""

    def __init__(self, message_th: str) -> None:
        super().__init__(message_th)
        self.message_th = message_th


class StorageUnavailable(UserFacingError):
    """The database file cannot be used now: locked, read-only, disk full, corrupt or missing."""


class BadInput(UserFacingError):
    """Input from a file or the command line was refused; nothing was written."""


@dataclass(frozen=True)
class FieldError:
    field: str
    message_th: str


class ValidationFailed(Exception):
    """A service refused the values; ``errors`` says which field is wrong and why, in Thai."""

    def __init__(self, errors: tuple[FieldError, ...]) -> None:
        super().__init__(errors)
        self.errors = tuple(errors)

    def __str__(self) -> str:
        return "; ".join(f"{e.field}: {e.message_th}" for e in self.errors)

    def for_field(self, name: str) -> list[str]:
        return [e.message_th for e in self.errors if e.field == name]
