"""`python -m mineralsdesk`: the same as the `mineralsdesk` command."""

import sys

from .cli import main

sys.exit(main())
