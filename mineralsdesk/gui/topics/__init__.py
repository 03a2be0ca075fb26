"""The Topics screen: one topic across tracks, a column per track, stances under each, a redline of any two clauses."""
