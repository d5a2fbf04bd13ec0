"""zhfacts: facts (figures with units, subjects, entities) from Chinese news releases.

The Rust library behind the ``zhfacts`` command, in Python::

    import zhfacts
    rows = zhfacts.extract("全县已累计建成326个充电桩。")
    rows[0]["value"], rows[0]["unit"], rows[0]["subject"]   # ('326', '个', '充电桩')

A row is a row of facts.csv as ``zhfacts --stdin-jsonl`` writes it: a dict with the
columns in their order (``COLUMNS``), offsets and sentence numbers as int, ``value`` and
``value_max`` as strings (exact decimals, ISO dates, ratios). Build an ``Extractor`` once
to reuse it (the dictionary load takes a moment) and ``extract_many`` texts in parallel;
``to_frame`` turns rows into a pandas DataFrame; ``run`` is the command's batch job.
Core errors (bad rules, options, paths) raise ``zhfacts.Error`` with the CLI's message.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any, Dict, Iterable, Tuple

from ._zhfacts import Error, Extractor, extract, fact_row_template, run

__all__ = [
    "COLUMNS",
    "COLUMN_TYPES",
    "Error",
    "Extractor",
    "extract",
    "run",
    "to_frame",
]

_TEMPLATE: Dict[str, Any] = fact_row_template()

#: The columns of facts.csv, in order (taken from the library's row, never listed here).
COLUMNS: Tuple[str, ...] = tuple(_TEMPLATE)

#: Each column's Python type in a row (``int`` for sentence and offsets, else ``str``).
COLUMN_TYPES: Dict[str, type] = {k: type(v) for k, v in _TEMPLATE.items()}

# The two columns holding values: plain decimals, or ISO dates and ratios.
_VALUE_COLUMNS = ("value", "value_max")
_DECIMAL = re.compile(r"-?[0-9]+(\.[0-9]+)?")


def _decimal_or_text(s: str, kind: str) -> Any:
    if not s:
        return None
    return Decimal(s) if kind != "date" and _DECIMAL.fullmatch(s) else s


def _float_or_nan(s: str, kind: str) -> float:
    return float(s) if kind != "date" and _DECIMAL.fullmatch(s) else float("nan")


def to_frame(rows: Iterable[Dict[str, Any]], *, values: str = "decimal") -> Any:
    """Rows (from ``extract``, ``extract_many``, or JSONL) as a pandas DataFrame.

    Columns are ``COLUMNS`` in order; the int columns (sentence, start, end) are int64,
    the others text. ``values`` says what ``value`` and ``value_max`` hold:

    - ``"decimal"`` (default): ``decimal.Decimal`` for numbers (exact), the string for
      dates (kind ``date``: 2026, 2026-03) and ratios (9.1:40.2:50.7), None when empty
      (object column);
    - ``"float"``: float64, NaN for dates, ratios and empty cells (numbers beyond 15-16
      significant digits are rounded);
    - ``"str"``: the strings as in the CSV.

    pandas is imported here, only when called (``import zhfacts`` never imports it).
    """
    try:
        import pandas as pd
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise ImportError("zhfacts.to_frame needs pandas: pip install pandas") from e
    if values not in ("decimal", "float", "str"):
        raise ValueError(f"values must be 'decimal', 'float' or 'str', not {values!r}")
    rows = list(rows)
    extra = [k for row in rows[:1] for k in row if k not in COLUMN_TYPES]
    frame = pd.DataFrame.from_records(rows, columns=list(COLUMNS) + extra)
    for col, ty in COLUMN_TYPES.items():
        if ty is int:
            frame[col] = frame[col].astype("int64")
    for col in _VALUE_COLUMNS:
        if col not in frame.columns or values == "str":
            continue
        if values == "decimal":
            cells = [_decimal_or_text(s, k) for s, k in zip(frame[col], frame["kind"])]
            frame[col] = pd.Series(cells, index=frame.index, dtype=object)
        else:
            cells = [_float_or_nan(s, k) for s, k in zip(frame[col], frame["kind"])]
            frame[col] = pd.Series(cells, index=frame.index, dtype="float64")
    return frame

