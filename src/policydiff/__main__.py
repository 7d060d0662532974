"""``python -m policydiff`` and the ``policydiff`` command run the command-line interface.

A command's process collects reference cycles less often (:mod:`policydiff.collector`), from before the
interface is imported.
"""

from .collector import collect_less

collect_less()

from .cli import main  # noqa: E402  (after the threshold, so that the imports are not collected either)

if __name__ == "__main__":
    main()
