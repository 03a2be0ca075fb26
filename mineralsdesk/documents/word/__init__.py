"""The negotiating text as Word: out (content.py: what goes in, redacted; docx_out.py: the writing) and in
(docx_in.py: a chair's draft or a delegation's markup read into documents/draft/)."""
