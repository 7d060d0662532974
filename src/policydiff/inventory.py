"""The package's regular expressions, found by importing every one of its modules: what
``scripts/build_patterns.py`` stores compiled (:mod:`policydiff.read.precompiled`), and what its test checks
the stored table against. Nothing of the package imports this module: it stands above all of it.
"""

from __future__ import annotations

from importlib import import_module

from .read.patterns import LazyPattern

__all__ = ["stored_patterns"]


def stored_patterns() -> list[tuple[str | bytes, int]]:
    """``(pattern, flags)`` of every :class:`LazyPattern` that the package's modules hold (in their
    names, classes, containers and own objects), importing every module.

    >>> (r"[\\u3400-\\u9fff]", 0) in stored_patterns()
    True
    """
    import pkgutil  # here, for the build script and the tests: a run needs no walk over the package

    package = import_module("policydiff")
    names = [m.name for m in pkgutil.walk_packages(package.__path__, "policydiff.") if m.name[-8:] != "__main__"]
    found: dict[tuple[str | bytes, int], None] = {}
    seen: set[int] = set()
    for name in sorted(names):
        _held(vars(import_module(name)), found, seen)
    return sorted(found, key=repr)


def _held(value: object, found: dict[tuple[str | bytes, int], None], seen: set[int]) -> None:
    """Add to ``found`` the patterns that ``value`` is or holds."""
    if id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, LazyPattern):
        found[value.pattern, int(value.flags)] = None
    elif isinstance(value, dict):
        for item in value.values():
            _held(item, found, seen)
    elif isinstance(value, tuple | list | set | frozenset):
        for item in value:
            _held(item, found, seen)
    elif (value if isinstance(value, type) else type(value)).__module__.startswith("policydiff.") and hasattr(
            value, "__dict__"):
        _held(vars(value), found, seen)
