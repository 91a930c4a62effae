"""The participants list: search, status, agenda preview, contact, absent."""
