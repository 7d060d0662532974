"""Reading: bytes or text in, :class:`~policydiff.model.Document` objects out.

``formats`` holds one reader per input format (text, HTML, .docx, PDF) and
picks one by the content; ``decoding`` turns bytes into text; ``boundaries``
finds where each document of a file begins and ends; ``metadata`` reads
numbers, titles, issuers and dates; ``outline`` builds the section tree from ``numbering`` markers, ``headings``
(run-in heading ends) and ``notes`` (agency notes); ``loading`` puts them
together.
"""

from .decoding import Decoded, decode_bytes
from .formats import Extracted, PageMetadata, extract, read_file
from .loading import Source, decode_source, load, load_all, load_documents, main_document, parse, parse_text

__all__ = [
    "Decoded", "Extracted", "PageMetadata", "Source", "decode_bytes", "decode_source", "extract", "load", "load_all",
    "load_documents", "main_document", "parse", "parse_text", "read_file",
]
