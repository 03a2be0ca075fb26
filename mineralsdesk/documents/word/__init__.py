"""The negotiating text as a Word document (content.py: what goes in, redacted; docx_out.py: the writing)."""
