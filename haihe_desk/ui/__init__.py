"""Qt only: the main window, one module per tab, table models, dialogs, background operations."""
