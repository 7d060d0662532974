"""Build the language model the verdicts read: character n-gram counts of policy Chinese.

``src/policydiff/collation/data/language-model.bin`` holds the n-grams (one to
four characters, in the comparison form) of two sources:

- the bodies of the public official documents named in
  ``scripts/language-model-documents.txt`` (a fixed, committed list: the
  benchmark tests only on documents outside it, or rebuilds the model without
  the document under test), read with :func:`policydiff.load_all` from the
  folders given, each n-gram counted ``DOCUMENT_WEIGHT`` times;
- jieba's dictionary (``dict.txt``, which ships in the jieba package): the n-grams
  inside each word, counted as often as the word.

N-grams rarer than ``KEEP`` are dropped, so the resource stays small. After the
table comes jieba's whole word list with its frequencies (:func:`policydiff.words.pack_words`),
which the segmenter of :mod:`policydiff.words` reads: jieba is needed to build the
resource, not to run the package (``pip install -e ".[model]"``). Rebuild it, from
the repository root, after changing the list, the comparison form or jieba::

    .venv/bin/python scripts/build_language_model.py ../shared/seeds ../shared/corpus/govcn-dev
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path

import jieba

from policydiff import load_all
from policydiff.collation.language import DATA, ORDER, pack
from policydiff.normalize import normalize
from policydiff.words import pack_words

LIST = Path(__file__).resolve().parent / "language-model-documents.txt"
DOCUMENT_WEIGHT = 40.0
"""How many times an n-gram of a policy document counts against one of the dictionary's words."""
KEEP = {1: 1.0, 2: 3.0, 3: 40.0, 4: 40.0}
"""The smallest count kept, by length (n-grams of the documents alone are kept from their first occurrence)."""


def listed(folders: Iterable[Path], names: Iterable[str]) -> list[Path]:
    """The files named in the list, each found in one of the folders (an error if one is missing)."""
    found = {p.name: p for folder in folders for p in folder.iterdir()}
    missing = [n for n in names if n not in found]
    if missing:
        raise SystemExit(f"not found in the folders given: {', '.join(missing)}")
    return [found[n] for n in names]


def document_texts(paths: Iterable[Path]) -> list[str]:
    """The comparison form of the body of every document in the files."""
    return [normalize(d.text, start=d.body[0], end=d.body[1], skip=d.skipped).text
            for p in paths for d in load_all(p)]


def text_counts(texts: Iterable[str]) -> Counter[str]:
    """The n-grams of the texts, one to ``ORDER`` characters."""
    counts: Counter[str] = Counter()
    for t in texts:
        for n in range(1, ORDER + 1):
            counts.update(t[i : i + n] for i in range(len(t) - n + 1))
    return counts


def jieba_words() -> dict[str, int]:
    """jieba's bundled dictionary as ``{word: frequency}``, words of frequency 0 left out."""
    text = (Path(jieba.__file__).parent / "dict.txt").read_text(encoding="utf-8")
    return {word: int(freq) for word, freq in _DICTIONARY_LINE.findall(text)}


_DICTIONARY_LINE = re.compile(r"^(\S+) ([1-9]\d*)", re.M)
"""A word and its (non-zero) frequency at the start of a line of jieba's dict.txt."""


def dictionary_counts(words: Mapping[str, int]) -> Counter[str]:
    """The n-grams inside the words, each counted as often as its word."""
    counts: Counter[str] = Counter()
    for word, f in words.items():
        for n in range(1, min(ORDER, len(word)) + 1):
            for i in range(len(word) - n + 1):
                counts[word[i : i + n]] += f
    return counts


def model_counts(documents: Counter[str], dictionary: Counter[str]) -> dict[str, float]:
    """The counts the resource keeps: the documents' weighted, the dictionary's, the rare ones dropped."""
    out: dict[str, float] = {}
    for gram in documents.keys() | dictionary.keys():
        n = documents.get(gram, 0) * DOCUMENT_WEIGHT + dictionary.get(gram, 0)
        if n >= KEEP[len(gram)]:
            out[gram] = n
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", type=Path, nargs="+", help="the folders that hold the listed documents")
    parser.add_argument("-o", "--output", type=Path, default=DATA, help=f"where to write (default: {DATA})")
    args = parser.parse_args()
    names = [line.strip() for line in LIST.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    texts = document_texts(listed(args.folders, names))
    words = jieba_words()
    data = pack(model_counts(text_counts(texts), dictionary_counts(words))) + pack_words(words)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_bytes(data)
    print(f"{args.output}: {len(names)} files, {len(texts)} documents, {sum(map(len, texts))} characters, "
          f"{len(data) / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
