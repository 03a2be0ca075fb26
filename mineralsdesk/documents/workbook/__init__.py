"""The Excel workbook, out and back in: written with XlsxWriter (`xlsx.py`, its sheets, summary, cells and
row tags), read back with openpyxl behind the safety checks (`xlsx_import.py`, `xlsx_read.py`,
`xlsx_safety.py`)."""
