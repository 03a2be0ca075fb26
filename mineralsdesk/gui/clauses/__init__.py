"""The Clauses screen: the paged table, the detail pane (versions, redline, brackets, positions) and the clause forms."""
