"""The briefing PDF: `briefing.py` gathers its content from the log, already redacted through
`documents/audience.py`; `pdf.py` and the `pdf_*.py` modules lay it out with reportlab."""
