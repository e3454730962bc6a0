"""Text before parsing: splitting articles into sentences and reading wire datelines."""
