"""The ``akorda`` console command.

Only the extraction engine is exposed here, so the command works without
Django settings (the engine is a plain Python package; see README).
"""
from __future__ import annotations

import sys

from akorda.extract.cli import main as extract_main

USAGE = "usage: akorda extract FILE... [--out DIR]"


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in {"-h", "--help"}:
        print(USAGE)
        return 0 if args else 2
    command, rest = args[0], args[1:]
    if command == "extract":
        return extract_main(rest)
    print(f"akorda: unknown command {command!r}\n{USAGE}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
