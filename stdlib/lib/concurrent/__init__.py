"""The `concurrent` package: concurrent.futures lives here."""
