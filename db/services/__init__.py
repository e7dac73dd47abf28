"""Use cases: one function per user intent, each one transaction, returning frozen dataclasses."""
