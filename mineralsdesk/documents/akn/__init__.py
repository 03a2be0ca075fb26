"""The negotiating text as Akoma Ntoso 3.0 (OASIS LegalDocML): `akn_out.py` writes a track's text for one round,
`akn_in.py` reads such a file safely into a neutral draft, `akn_import.py` takes that draft in through the same
preview as a Word draft (documents/draft/), and `schema.py` validates against the OASIS schema shipped in
`assets/akn/`. See docs/akn.md."""
