"""``python -m qcoder.cli COMMAND ...``"""

import sys

from qcoder.cli import main

sys.exit(main())
