"""Every error policydiff raises on purpose.

All of them derive from :class:`PolicydiffError`, so a caller can catch one
class. Each message names the file, says what went wrong and how to fix it;
the CLI prints the message alone and exits with status 2.
"""

from __future__ import annotations


class PolicydiffError(Exception):
    """Base class of every policydiff error."""


class InputError(PolicydiffError):
    """A file or text that cannot be read as a policy document."""

    def __init__(self, source: str, cause: str, fix: str) -> None:
        self.source = source
        self.cause = cause
        self.fix = fix
        super().__init__(f"{source}: {cause}. {fix}")


class EmptyInputError(InputError):
    """The input holds no text at all (or only white space)."""


class BinaryInputError(InputError):
    """The input is a binary file (NUL bytes, a known binary format)."""


class EncodingError(InputError):
    """The bytes decode in none of the supported encodings."""


class NotAFileError(InputError):
    """The path is missing, a directory, or cannot be opened."""


class InputTooLargeError(InputError):
    """The input is larger than policydiff reads (see ``io.MAX_BYTES``)."""


class UnsupportedFormatError(InputError):
    """A file format policydiff does not read (.doc, .wps, a ZIP that is not .docx), with what to convert it to."""


class EncryptedInputError(UnsupportedFormatError):
    """A password-protected file (an encrypted PDF or .docx)."""


class NoTextLayerError(EmptyInputError):
    """A PDF whose pages are images (a scan) with no text to extract."""


class NoDocumentError(EmptyInputError):
    """An HTML page with no document in it, only the site's navigation and links."""


class NoStructureError(InputError):
    """The text has neither a title nor numbered headings."""


class ArgumentTypeError(PolicydiffError, TypeError):
    """A document was given as something policydiff cannot read (a number, None, a list …); also a TypeError."""


class OutputError(PolicydiffError):
    """An output file cannot be written (or would overwrite an input)."""
