"""Delegation sync: identity of each laptop, sync files out and in, the field-level merge and the conflict queue."""
