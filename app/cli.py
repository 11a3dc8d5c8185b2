"""Headless command line for organisers and scripts. Bad input: one German line on stderr, non-zero exit."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from app import __version__

#: Subcommand modules register here: name -> (help, configure(parser), run(args) -> int)
Command = tuple[str, Callable[[argparse.ArgumentParser], None], Callable[[argparse.Namespace], int]]


def _commands() -> dict[str, Command]:
    from app.commands import registry

    return registry()


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"Fehler: {message}", file=sys.stderr)
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="werkstatt", description="QuartiersWerkstatt – Kommandozeile")
    parser.add_argument("--version", action="version", version=f"QuartiersWerkstatt {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="BEFEHL", parser_class=_Parser)
    op = sub.add_parser("open", help="Werkstatt-Datei in der Oberfläche öffnen")
    op.add_argument("path", metavar="PFAD")
    for name, (help_text, configure, _run) in _commands().items():
        p = sub.add_parser(name, help=help_text, description=help_text)
        configure(p)
    return parser


def run_cli(argv: list[str]) -> int:
    import sqlite3

    from app.store.disk_errors import disk_error, user_message
    from app.store.errors import WorkspaceError

    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return 0
    _help, _configure, run = _commands()[args.command]
    try:
        return run(args)
    except (WorkspaceError, OSError, ValueError) as exc:
        print(f"Fehler: {user_message(exc)}", file=sys.stderr)  # OS errors in German, never errno text
        return 1
    except sqlite3.Error as exc:
        print(f"Fehler: {user_message(exc)}", file=sys.stderr)
        return 1
    except Exception as exc:
        found = disk_error(exc) if hasattr(exc, "orig") else None  # SQLAlchemy's wrapper of a full disk
        if found is None:
            raise
        print(f"Fehler: {found}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Abgebrochen.", file=sys.stderr)
        return 130
