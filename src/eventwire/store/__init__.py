"""The event database: store coded articles, deduplicate events, query trends, export."""
