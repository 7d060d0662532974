"""``python -m policydiff`` runs the command-line interface."""

from .cli import main

main()
