"""Entry script of the bundled program (PyInstaller needs a script, not a package)."""

import sys

from app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
