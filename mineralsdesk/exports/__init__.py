"""Documents made from the log (PDF, XLSX, JSON); no Qt here."""
