"""Word documents: the negotiating text in (docx_in) and out."""
