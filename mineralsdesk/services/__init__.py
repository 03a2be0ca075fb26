"""Use-cases over the store: each write is one transaction and reports what changed."""
