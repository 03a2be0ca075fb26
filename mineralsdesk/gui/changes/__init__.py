"""The Changes screen: the change log, searchable, with each entry's record."""
