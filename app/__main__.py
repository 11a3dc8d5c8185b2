"""Entry point: no arguments (or ``open PATH``) starts the GUI; any other subcommand runs headless."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] == "open" or (len(args) == 1 and args[0].endswith(".werkstatt")):
        from app.gui_entry import start_gui

        path = None
        if args and args[0] == "open":
            if len(args) < 2 or args[1] in ("-h", "--help"):
                print("Aufruf: werkstatt open PFAD  – öffnet eine Werkstatt-Datei in der Oberfläche.")
                return 0 if len(args) >= 2 else 2
            path = args[1]
        elif args:
            path = args[0]
        return start_gui(path)
    from app.cli import run_cli

    return run_cli(args)


if __name__ == "__main__":
    sys.exit(main())
