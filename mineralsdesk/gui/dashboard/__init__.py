"""The Dashboard: one card per track and its charts."""
