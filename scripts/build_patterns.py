"""Store the package's regular expressions compiled, so that a fresh process does not compile them again.

``src/policydiff/read/data/patterns.marshal`` holds the engine codes of every
:class:`policydiff.read.patterns.LazyPattern` of the package, as the running
Python's ``re`` makes them (see :mod:`policydiff.read.precompiled`);
``tests/test_patterns_precompiled.py`` fails when it is out of date. Rebuild it,
from the repository root, after changing a pattern or Python::

    .venv/bin/python scripts/build_patterns.py
"""

from __future__ import annotations

import marshal

from policydiff.inventory import stored_patterns
from policydiff.read.precompiled import TABLE, table_bytes


def main() -> None:
    patterns = stored_patterns()
    data = table_bytes(patterns)
    changed = not TABLE.is_file() or marshal.loads(TABLE.read_bytes()) != marshal.loads(data)
    if changed:
        TABLE.write_bytes(data)
    print(f"{TABLE}: {len(patterns)} patterns, {len(data)} bytes, {'written' if changed else 'unchanged'}")


if __name__ == "__main__":
    main()
