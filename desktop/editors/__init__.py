"""Data-entry dialogs and wizards (Qt "editors"; "forms" means the printed forms)."""
