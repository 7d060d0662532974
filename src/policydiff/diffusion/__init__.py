"""Diffusion: one national policy against a whole corpus of local documents, on Dask.

``tasks`` is what the workers do (read, profile, align); ``engine`` runs the
tasks (a local Dask cluster, a running one, or this process); ``index`` holds the
n-grams that find shared text without aligning every pair; ``discovery`` gives
each document its role; ``matrix`` and ``horizontal`` build the diffusion tables;
``digest`` is what the gathering process keeps of each aligned pair; ``cache``
keeps aligned pairs between runs; ``pipeline`` puts them together; ``result``
holds the types.
"""

from .digest import Digest
from .engine import SCHEDULERS
from .pipeline import corpus
from .result import (
    LEVELS,
    REASONS,
    ROLES,
    Adoption,
    Cell,
    Corpus,
    CorpusDocument,
    CorpusSubstitution,
    Evidence,
    Horizontal,
    RunStats,
    Settings,
)

__all__ = [
    "LEVELS", "REASONS", "ROLES", "SCHEDULERS", "Adoption", "Cell", "Corpus", "CorpusDocument", "CorpusSubstitution",
    "Digest", "Evidence", "Horizontal", "RunStats", "Settings", "corpus",
]
