"""The options of the comparison that ``collate`` and ``align`` share: the folds and the thresholds."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import click

from .errors import PolicydiffError
from .normalize import Folds

if TYPE_CHECKING:
    from .alignment import Thresholds

FOLDS = tuple(f.name for f in dataclasses.fields(Folds))
"""The folds of the comparison form (see policydiff.Folds), as --fold and --no-fold name them."""


def fold_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """``--fold NAME``, ``--no-fold NAME`` (each repeatable) and ``--script-fold``: the Folds of the comparison."""
    names = click.Choice(FOLDS)
    options = [
        click.option("--fold", "folds_on", multiple=True, type=names, metavar="NAME",
                     help=f"Ignore a difference, one of {', '.join(FOLDS)} (all but script are on)."),
        click.option("--no-fold", "folds_off", multiple=True, type=names, metavar="NAME",
                     help="Keep a difference the comparison ignores by default, e.g. --no-fold width."),
        click.option("--script-fold", is_flag=True,
                     help="Read traditional and simplified script as the same (short for --fold script)."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def folds(on: tuple[str, ...], off: tuple[str, ...], script: bool = False) -> Folds:
    """The Folds that ``--fold``, ``--no-fold`` and ``--script-fold`` ask for.

    >>> f = folds(("script",), ("width", "quotes"))
    >>> f.script, f.width, f.quotes, f.brackets
    (True, False, False, True)
    """
    both = (set(on) | ({"script"} if script else set())) & set(off)
    if both:
        raise PolicydiffError(f"--fold and --no-fold both name {', '.join(sorted(both))}; give each fold once")
    wanted = set(on) | ({"script"} if script else set())
    return Folds(**{name: name in wanted or (getattr(Folds(), name) and name not in off) for name in FOLDS})


def thresholds(settings: tuple[str, ...]) -> Thresholds:
    """Thresholds with ``NAME=VALUE`` settings applied.

    >>> thresholds(("inherited=0.8", "seed=6")).inherited, thresholds(()).seed
    (0.8, 8)
    """
    from .alignment import Thresholds

    defaults = Thresholds()
    known = {f.name for f in dataclasses.fields(Thresholds)}
    changes: dict[str, Any] = {}
    for setting in settings:
        name, _, value = (part.strip() for part in setting.partition("="))
        if name not in known or not value:
            raise PolicydiffError(f"--set {setting!r}: expected NAME=VALUE with NAME one of {', '.join(sorted(known))}")
        kind = type(getattr(defaults, name))
        try:
            changes[name] = kind(value)
        except ValueError:
            raise PolicydiffError(f"--set {setting!r}: {value!r} is not a valid {kind.__name__}") from None
    return dataclasses.replace(defaults, **changes)
