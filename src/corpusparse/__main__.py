"""``python -m corpusparse``: the same as the ``corpusparse`` command."""

import sys

from corpusparse.cli import main

sys.exit(main())
