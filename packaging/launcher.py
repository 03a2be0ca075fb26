"""Entry script of the frozen app: the same `main` as the `mineralsdesk` console script."""

import sys

from mineralsdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
