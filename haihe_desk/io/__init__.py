"""Files in and out: xlsx sheets (python-calamine to read, openpyxl to write), PDFs."""
