"""Search across the log (Ctrl+K)."""
