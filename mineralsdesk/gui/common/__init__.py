"""Widgets every screen shares: the form dialog, paged table model, tables, in-place cells, combos, the shortcut sheet."""
