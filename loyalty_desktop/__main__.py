"""``python -m loyalty_desktop`` is the same as the ``loyalty-desktop`` command."""
import sys

from .cli import main

sys.exit(main())
