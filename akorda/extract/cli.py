"""``akorda extract FILE... [--out DIR]`` (the ``extract`` word is consumed by akorda.cli).

One file without --out prints its record on stdout; several print one JSON
record per line; with --out each goes to DIR/<stem>.json. Unreadable input is
reported with its file name and makes the exit status non-zero.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from akorda.extract.pipeline import extract


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="akorda extract", description="Extract release records (JSON).")
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE")
    parser.add_argument("--out", type=Path, metavar="DIR", help="write DIR/<stem>.json per input")
    parser.add_argument("--lang", choices=("ru", "kk", "en"), help="override language detection")
    args = parser.parse_args(argv)

    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
    status = 0
    for path in args.files:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            print(f"akorda extract: cannot read {path}: {err}", file=sys.stderr)
            status = 1
            continue
        record = extract(text, args.lang).to_dict()
        record["id"] = path.stem
        if args.out:
            (args.out / f"{path.stem}.json").write_text(
                json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        else:
            indent = 1 if len(args.files) == 1 else None
            try:
                print(json.dumps(record, ensure_ascii=False, indent=indent), flush=True)
            except BrokenPipeError:
                return status  # the reader (e.g. `head`) has gone; nothing more to say
    return status


if __name__ == "__main__":
    sys.exit(main())
