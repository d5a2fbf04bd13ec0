"""Typed stubs of the extension module ``zhfacts._zhfacts`` (re-exported by ``zhfacts``)."""

import os
from typing import Any, Dict, Iterable, List, Optional, Union, final

#: A row of facts.csv: column name → int (sentence, start, end) or str (the rest).
_Row = Dict[str, Any]
_Path = Union[str, "os.PathLike[str]"]

__all__ = ["Error", "Extractor", "extract", "fact_row_template", "run"]

class Error(Exception):
    """A zhfacts error (bad rules, options or paths), with the message the CLI prints."""

def extract(
    text: str,
    *,
    id: str = "",
    numbers: bool = False,
    region: Optional[str] = None,
    place: Optional[str] = None,
) -> List[_Row]:
    """The facts of one text with the built-in rules, as rows of facts.csv.

    ``id`` fills the ``doc`` column; ``numbers`` adds bare numerals (``--numbers``);
    ``region`` is ``"CN"``, ``"TW"``, ``"HK"``, ``"MO"``, or None/``"auto"`` to detect it
    (another value raises ValueError); ``place`` is the text's own place, a division's
    name or code as ``--place`` (an unknown or ambiguous one raises ValueError). The GIL
    is released while the text is extracted.
    """

@final
class Extractor:
    """The rules compiled and jieba's dictionary loaded, once: built-in rules, or the
    rule files of ``patterns`` (a folder, as ``--patterns DIR``; a broken rule file
    raises ``Error`` with ``file:line: reason``)."""

    def __new__(cls, patterns: Optional[_Path] = None) -> "Extractor": ...
    def extract(
        self,
        text: str,
        *,
        id: str = "",
        numbers: bool = False,
        region: Optional[str] = None,
        place: Optional[str] = None,
    ) -> List[_Row]:
        """The fact rows of one text, as ``zhfacts.extract``."""
    def extract_many(
        self,
        texts: Iterable[str],
        ids: Optional[Iterable[str]] = None,
        *,
        numbers: bool = False,
        region: Optional[str] = None,
        place: Optional[str] = None,
        threads: int = 0,
    ) -> List[_Row]:
        """The fact rows of many texts as one list, in input order (the rows
        ``zhfacts --stdin-jsonl`` writes for them): ``doc`` is the text's id, or its
        1-based position when ``ids`` is None. Extracted in parallel on ``threads``
        threads (0: all cores) with the GIL released. A non-str item raises TypeError,
        ids of another length ValueError."""

def run(
    inputs: Union[_Path, Iterable[_Path]],
    out: _Path,
    format: str = "csv",
    *,
    check: bool = False,
    numbers: bool = False,
    patterns: Optional[_Path] = None,
    threads: int = 0,
    bom: bool = True,
    region: Optional[str] = None,
    encoding: Optional[str] = None,
    quiet: bool = True,
    place: Optional[str] = None,
) -> Dict[str, Any]:
    """The CLI's main job, ``zhfacts INPUTS --out OUT --format FORMAT``: the tables
    facts, entities, documents and summary in ``out`` (``"csv"``, ``"jsonl"`` or
    ``"xlsx"``), each keyword being the option of the same name. Returns the summary:
    documents, facts, entities, skipped, unsupported, errors (int), stale (list of str, with
    ``check``), seconds (float). Bad options, rules or paths raise ``Error``."""

def fact_row_template() -> _Row:
    """An empty row (``""`` and ``0``): the columns in order and their types."""
