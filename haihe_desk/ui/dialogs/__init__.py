"""Dialogs loaded from Designer forms."""
