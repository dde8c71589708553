"""Command-line front over the services. No Qt is imported here (the GUI is loaded on demand)."""
