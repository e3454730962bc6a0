"""Import dictionaries written for other coders (TABARI, PETRARCH) into eventwire data."""
