"""Pure domain: dataclasses, enums and rules with no Qt and no SQL."""
