"""`python -m bench <part>` runs bench/<part>.py."""

import importlib
import sys

if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: python -m bench <part> [options]")
    part = sys.argv.pop(1)
    importlib.import_module(f"bench.{part}").main()
