"""The JSON dump, out and back in: `jsondump.py` writes and imports it, `jsonsafe.py` reads a dump file
within bounds (`docs/json-format.md`)."""
