"""Message catalogs: one dict per language, the same keys in each (a test checks)."""
