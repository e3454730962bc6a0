"""The web app and HTTP API: thin shells over the Python API, served by `eventwire serve`."""
