"""The briefing PDF: `briefing.py` gathers its content from the log (redacted through `audience.py`), `pdf*.py` lay it out with reportlab."""
