"""`python -m eventwire` runs the command line."""

import sys

from eventwire.cli import main

sys.exit(main())
