"""The dialogs that write and read documents: briefing PDF, Excel summary and its import, JSON dump, calendar."""
