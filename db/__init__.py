"""Storage, domain services and exchange formats of Sujarit (no Qt here)."""
