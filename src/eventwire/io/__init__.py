"""Reading input records and writing coded output (JSONL, CSV, terminal tables)."""

from eventwire.io.readers import read_inputs
from eventwire.io.writers import write_csv, write_jsonl, write_table

__all__ = ["read_inputs", "write_csv", "write_jsonl", "write_table"]
