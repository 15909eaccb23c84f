"""`python -m cancelcheck.cli …` is `cancelcheck …`."""
import sys

from . import main

sys.exit(main())
