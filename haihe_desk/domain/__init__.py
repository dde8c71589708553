"""Contest rules in pure Python: no Qt, no database session. Each rule lives in one function."""
