"""Documents made from the log, one folder per kind owning its writing and reading; no Qt here.

`audience.py` is the one place redaction is decided, for every kind; `progress.py` holds the progress
callbacks the long jobs report through. The briefing PDF lives in `briefing/`, the Excel workbook (out and
back in) in `workbook/`, the JSON dump in `dump/`; a new kind (Word, Akoma Ntoso, calendar) is a new folder.
"""
