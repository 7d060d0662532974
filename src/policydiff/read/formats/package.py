"""The parts of a Word package the ``.docx`` reader needs, found as python-docx finds them, and parsed alone.

A ``.docx`` is a ZIP of XML parts tied together by relationships
(``_rels/.rels``, ``word/_rels/document.xml.rels``) and typed by
``[Content_Types].xml``. ``python-docx`` opens every part of the package, the
styles twice over (``styles.xml`` and ``stylesWithEffects.xml``, hundreds of
kilobytes in a document Word made) and the theme, settings and fonts, to read a
body of a few dozen: four fifths of a ten-thousand-character document's reading.
:class:`Package` follows the same relationships to the main document, checks
its content type as python-docx does, and parses only the parts asked for, with
python-docx's parser settings (blank text between elements dropped, entities not
resolved), so the elements the reader walks are the same.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from typing import Any

from lxml import etree

from ...errors import BinaryInputError, InputTooLargeError, UnsupportedFormatError
from .. import decoding

_RELATIONSHIP = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_TYPES = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_RELATIONSHIP_TYPES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
MAIN_DOCUMENT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
"""The content type of a Word document's main part (a template's or a macro document's differs)."""
_PARSER = etree.XMLParser(remove_blank_text=True, resolve_entities=False)
"""python-docx's parser settings (``docx.oxml.parser.oxml_parser``)."""


class Package:
    """An open Word package: its parts by name (``/word/document.xml``), parsed when asked for.

    >>> import io
    >>> buffer = io.BytesIO()
    >>> with zipfile.ZipFile(buffer, "w") as z:
    ...     z.writestr("_rels/.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
    ...                'relationships"><Relationship Id="r" Type="http://schemas.openxmlformats.org/'
    ...                'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    ...                '</Relationships>')
    >>> Package(zipfile.ZipFile(buffer)).related("/", "officeDocument")
    '/word/document.xml'
    """

    def __init__(self, archive: zipfile.ZipFile) -> None:
        self._archive = archive

    def xml(self, partname: str) -> Any:
        """The root element of a part (``KeyError`` when the package holds none of that name)."""
        return etree.fromstring(self._archive.read(partname[1:]), _PARSER)

    def related(self, source: str, kind: str) -> str | None:
        """The name of the part ``source`` (``/`` for the package) relates to as ``kind`` (``styles``), or None."""
        base, name = posixpath.split(source)
        try:
            rels = self.xml(posixpath.join(base, "_rels", f"{name}.rels"))
        except KeyError:
            return None
        for rel in rels.iterchildren(_RELATIONSHIP):
            if rel.get("Type") == _RELATIONSHIP_TYPES + kind:
                return posixpath.abspath(posixpath.join(base, rel.get("Target", "")))
        return None

    def main_document(self) -> str:
        """The name of the main document part, as ``docx.Document`` finds it (and refuses what it refuses: no
        such part raises ``KeyError``, another content type ``ValueError``)."""
        partname = self.related("/", "officeDocument")
        if partname is None:
            raise KeyError("no relationship of type 'officeDocument'")
        content_type = self._content_type(partname)
        if content_type != MAIN_DOCUMENT:
            raise ValueError(f"not a Word file, content type is '{content_type}'")
        return partname

    def _content_type(self, partname: str) -> str:
        """A part's content type: its override in ``[Content_Types].xml``, else its extension's default (names
        and extensions compared regardless of case, as python-docx compares them)."""
        types = self.xml("/[Content_Types].xml")
        for override in types.iterchildren(f"{_TYPES}Override"):
            if override.get("PartName", "").lower() == partname.lower():
                return str(override.get("ContentType"))
        extension = posixpath.splitext(partname)[1][1:].lower()
        for default in types.iterchildren(f"{_TYPES}Default"):
            if default.get("Extension", "").lower() == extension:
                return str(default.get("ContentType"))
        raise KeyError(f"no content type for partname '{partname}' in [Content_Types].xml")


def archive(data: bytes, source: str) -> zipfile.ZipFile:
    """The ZIP archive of ``data``; refused when it is not a Word document, or would unpack to more than policydiff
    reads."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise BinaryInputError(source, "this ZIP archive is damaged", "Check that the file was saved in full") from None
    entries = archive.infolist()
    if not any(e.filename == "word/document.xml" for e in entries):
        raise UnsupportedFormatError(
            source,
            "this is a ZIP archive but not a Word .docx document (it holds no word/document.xml)",
            "Unpack it and give the document inside, or save the document as .docx, .html, .pdf or .txt",
        )
    unpacked = sum(e.file_size for e in entries)
    if unpacked > 4 * decoding.MAX_BYTES:
        raise InputTooLargeError(source, f"it unpacks to {unpacked / 2**20:.0f} MiB",
                                 "Save the document's text as .txt and read that")
    return archive


def damaged(source: str, exc: Exception) -> BinaryInputError:
    """The error for a package that python-docx or lxml could not read."""
    return BinaryInputError(
        source, f"this .docx is damaged ({type(exc).__name__})", "Open it in Word or WPS and save it again")
