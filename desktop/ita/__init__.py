"""The ITA measures report editor: measures, their numbered actions, results and ITA references."""

from desktop.ita.ita_editor import ItaEditor

__all__ = ["ItaEditor"]
