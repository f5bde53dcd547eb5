"""Allow ``python -m cryoscape``."""

import sys

from cryoscape.cli import main

sys.exit(main())
