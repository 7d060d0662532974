"""``python -m policydiff`` and the ``policydiff`` command run the command-line interface.

A command's process collects reference cycles only every :data:`YOUNG_OBJECTS`
objects, from before the interface is imported.
"""

import gc

YOUNG_OBJECTS = 100_000
"""How many objects the process makes (net) before the collector first looks for cycles among the young ones:
a hundred times Python's default (700), so that a command on a pair of documents (about 50,000: the modules
imported, then the documents' spans and sections) is over before the first collection, which would find no
garbage (the seventy collections took 15-20 ms of a fresh ``collate``); a long run is still collected, at
most this many objects' worth of cycles apart."""

gc.set_threshold(YOUNG_OBJECTS, *gc.get_threshold()[1:])

from .cli import main  # noqa: E402  (after the threshold, so that the imports are not collected either)

if __name__ == "__main__":
    main()
