"""The frozen bundle's entry point, shared by its two executables.

`educonnect-desktop` (windowed) opens the GUI, `educonnect` (console) is the admin CLI: one
analysis and one archive of modules serve both (build.spec), and the executable's own name
says which program to run.
"""

import sys
from pathlib import Path


def main() -> int:
    if Path(sys.executable).stem.lower() == "educonnect":
        from educonnect_desktop.cli import main as run
    else:
        from educonnect_desktop.ui.app import main as run
    return run()


if __name__ == "__main__":
    sys.exit(main())
