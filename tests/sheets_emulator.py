"""In-memory emulator of the Google Sheets v4 REST API, for tests.

This module owns a local HTTP server that answers the Sheets v4 requests
gspread 6.x makes (metadata, values get/batchGet/update/batchUpdate/append/
clear/batchClear, spreadsheets:batchUpdate for the request kinds hopthu
uses), plus an OAuth ``/token`` endpoint, Google's per-minute quotas, error
bodies, fault injection, a request log, and a direct "officer" API that edits
the in-memory state between daemon cycles without going through HTTP.

Its answers are checked against Google's recorded answers (gspread's
cassettes, see ``tests/test_sheets_emulator.py``); where Google's behaviour
was not recorded the choice made here is documented next to the code.

Typical use::

    with SheetsEmulator() as emu:
        emu.create_spreadsheet("sheet-id", "Sổ theo dõi", sheets={"Sheet1": [["Mã", "Nội dung"]]})
        gc = emu.gspread_client()            # real gspread, real HTTP
        ws = gc.open_by_key("sheet-id").sheet1
        ws.append_rows([["HT-1", "..."]])
        assert emu.values("sheet-id", "Sheet1")[1][0] == "HT-1"

Deliberately not served (answered 400/404 so a test notices): the Drive API,
named ranges, merges, filters, row/column sizes and groups, banding,
developer metadata, copyTo, dataFilter endpoints.  Grid data (notes, formats,
validations via ``includeGridData``/``ranges``/``fields``) is served without
``effectiveFormat``; row and column sizes are always the defaults.  Formulas are
stored; only literal arithmetic, string concatenation, ``HYPERLINK``, ``SUM``
and ``CONCATENATE`` of literals are computed (cell references give ``#NAME?``).
Data-validation and protection rules are stored but not enforced.
"""

from __future__ import annotations

import base64
import collections
import copy
import datetime as _dt
import json
import math
import random
import re
import struct
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Iterable, NamedTuple
from urllib.parse import parse_qs, unquote, urlsplit

__all__ = [
    "SheetsEmulator",
    "ApiError",
    "LoggedRequest",
    "RewritingHTTPClient",
    "make_emulator_fixture",
    "col_to_letters",
    "letters_to_col",
]

SHEETS_API_BASE = "https://sheets.googleapis.com"
DEFAULT_OWNER_EMAIL = "hopthu-test@hopthu-test.iam.gserviceaccount.com"
PROJECT_NUMBER = "123456789012"

# Google's defaults for a new spreadsheet, copied from recorded answers so the
# metadata matches key for key.
_DEFAULT_FORMAT = {
    "backgroundColor": {"red": 1, "green": 1, "blue": 1},
    "padding": {"top": 2, "right": 3, "bottom": 2, "left": 3},
    "verticalAlignment": "BOTTOM",
    "wrapStrategy": "OVERFLOW_CELL",
    "textFormat": {
        "foregroundColor": {},
        "fontFamily": "arial,sans,sans-serif",
        "fontSize": 10,
        "bold": False,
        "italic": False,
        "strikethrough": False,
        "underline": False,
        "foregroundColorStyle": {"rgbColor": {}},
    },
    "backgroundColorStyle": {"rgbColor": {"red": 1, "green": 1, "blue": 1}},
}


def _theme_color(kind: str, rgb: dict) -> dict:
    return {"colorType": kind, "color": {"rgbColor": rgb}}


_SPREADSHEET_THEME = {
    "primaryFontFamily": "Arial",
    "themeColors": [
        _theme_color("TEXT", {}),
        _theme_color("BACKGROUND", {"red": 1, "green": 1, "blue": 1}),
        _theme_color("ACCENT1", {"red": 0.25882354, "green": 0.52156866, "blue": 0.95686275}),
        _theme_color("ACCENT2", {"red": 0.91764706, "green": 0.2627451, "blue": 0.20784314}),
        _theme_color("ACCENT3", {"red": 0.9843137, "green": 0.7372549, "blue": 0.015686275}),
        _theme_color("ACCENT4", {"red": 0.20392157, "green": 0.65882355, "blue": 0.3254902}),
        _theme_color("ACCENT5", {"red": 1, "green": 0.42745098, "blue": 0.003921569}),
        _theme_color("ACCENT6", {"red": 0.27450982, "green": 0.7411765, "blue": 0.7764706}),
        _theme_color("LINK", {"red": 0.06666667, "green": 0.33333334, "blue": 0.8}),
    ],
}

# Locales whose decimal separator is a comma (the thousands separator is then
# a dot); everything else is treated like en_US.
_DECIMAL_COMMA_LANGS = {"vi", "fr", "de", "es", "it", "pt", "ru", "nl", "id", "tr", "pl", "da", "nb", "sv", "fi", "cs"}
# Locales that read 01/02/2026 as January 2nd.
_MONTH_FIRST_LOCALES = {"en_US", "en_PH", "en"}

_EPOCH = _dt.datetime(1899, 12, 30)


# --------------------------------------------------------------------------
# Errors
# --------------------------------------------------------------------------


class ApiError(Exception):
    """An error answered with Google's JSON error body."""

    _STATUS = {
        400: "INVALID_ARGUMENT",
        401: "UNAUTHENTICATED",
        403: "PERMISSION_DENIED",
        404: "NOT_FOUND",
        409: "ABORTED",
        429: "RESOURCE_EXHAUSTED",
        500: "INTERNAL",
        502: "UNAVAILABLE",
        503: "UNAVAILABLE",
        504: "DEADLINE_EXCEEDED",
    }

    def __init__(self, code: int, message: str, status: str | None = None, details: list | None = None):
        super().__init__(message)
        self.code = code
        self.message = message
        self.status = status or self._STATUS.get(code, "UNKNOWN")
        self.details = details

    def body(self) -> dict:
        err: dict[str, Any] = {"code": self.code, "message": self.message, "status": self.status}
        if self.details:
            err["details"] = self.details
        return {"error": err}


def _bad_request(message: str) -> ApiError:
    return ApiError(400, message)


def _invalid_value(field: str, value: Any) -> ApiError:
    shown = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else '"%s"' % value
    message = "Invalid value at '%s' (type.googleapis.com/google.protobuf.ListValue), %s" % (field, shown)
    details = [
        {
            "@type": "type.googleapis.com/google.rpc.BadRequest",
            "fieldViolations": [{"field": field, "description": message}],
        }
    ]
    return ApiError(400, message, details=details)


def _unknown_field(name: str, where: str) -> ApiError:
    message = "Invalid JSON payload received. Unknown name \"%s\" at '%s': Cannot find field." % (name, where)
    details = [
        {
            "@type": "type.googleapis.com/google.rpc.BadRequest",
            "fieldViolations": [{"field": where, "description": message}],
        }
    ]
    return ApiError(400, message, details=details)


# --------------------------------------------------------------------------
# A1 notation
# --------------------------------------------------------------------------


def col_to_letters(col: int) -> str:
    """0-based column index -> letters (0 -> A, 26 -> AA)."""
    letters = ""
    col += 1
    while col:
        col, rem = divmod(col - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def letters_to_col(letters: str) -> int:
    """Letters -> 0-based column index (A -> 0)."""
    col = 0
    for ch in letters.upper():
        col = col * 26 + (ord(ch) - 64)
    return col - 1


_ENDPOINT_RE = re.compile(r"^\$?([A-Za-z]{0,3})\$?(\d*)$")
_PLAIN_TITLE_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_CELLISH_TITLE_RE = re.compile(r"^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*)$")


def quote_title(title: str) -> str:
    """Sheet title as Google writes it in answered ranges (quoted only if needed)."""
    if _PLAIN_TITLE_RE.match(title) and not _CELLISH_TITLE_RE.match(title):
        return title
    return "'%s'" % title.replace("'", "''")


class GridBox(NamedTuple):
    """A 0-based half-open rectangle; None means "to the end of the grid"."""

    r0: int
    r1: int | None
    c0: int
    c1: int | None
    single: bool = False  # the range was written as one cell ("B3")


def _split_sheet(text: str) -> tuple[str | None, str | None]:
    """Split "'My sheet'!A1:B2" into (title, a1); either may be None."""
    if text.startswith("'"):
        i, title = 1, []
        while i < len(text):
            ch = text[i]
            if ch == "'":
                if i + 1 < len(text) and text[i + 1] == "'":
                    title.append("'")
                    i += 2
                    continue
                break
            title.append(ch)
            i += 1
        else:
            raise ValueError("unterminated quote")
        rest = text[i + 1 :]
        if not rest:
            return "".join(title), None
        if not rest.startswith("!"):
            raise ValueError("garbage after quoted title")
        return "".join(title), rest[1:]
    if "!" in text:
        title, a1 = text.rsplit("!", 1)
        return title, a1
    return None, text


def _parse_endpoint(text: str) -> tuple[int | None, int | None]:
    m = _ENDPOINT_RE.match(text.strip())
    if not m or not (m.group(1) or m.group(2)):
        raise ValueError(text)
    col = letters_to_col(m.group(1)) if m.group(1) else None
    row = int(m.group(2)) - 1 if m.group(2) else None
    if row is not None and row < 0:
        raise ValueError(text)
    return row, col


def parse_a1_box(a1: str) -> GridBox:
    """Parse the A1 part of a range ("A1", "A1:C", "A:C", "2:5", "D4:A1")."""
    if ":" not in a1:
        row, col = _parse_endpoint(a1)
        if row is None or col is None:
            raise ValueError(a1)
        return GridBox(row, row + 1, col, col + 1, single=True)
    left, right = a1.split(":", 1)
    r0, c0 = _parse_endpoint(left)
    r1, c1 = _parse_endpoint(right)
    # Reversed corners ("D4:A1") name the same rectangle.
    if r0 is not None and r1 is not None and r1 < r0:
        r0, r1 = r1, r0
    if c0 is not None and c1 is not None and c1 < c0:
        c0, c1 = c1, c0
    return GridBox(
        r0 if r0 is not None else 0,
        r1 + 1 if r1 is not None else None,
        c0 if c0 is not None else 0,
        c1 + 1 if c1 is not None else None,
    )


def a1_of_box(r0: int, r1: int, c0: int, c1: int) -> str:
    start = "%s%d" % (col_to_letters(c0), r0 + 1)
    if r1 - r0 == 1 and c1 - c0 == 1:
        return start
    return "%s:%s%d" % (start, col_to_letters(c1 - 1), r1)


# --------------------------------------------------------------------------
# Values: numbers, dates, user-entered parsing, formulas
# --------------------------------------------------------------------------


def _separators(locale: str) -> tuple[str, str]:
    """(decimal, thousands) separators of a locale."""
    lang = (locale or "en_US").split("_")[0].lower()
    return (",", ".") if lang in _DECIMAL_COMMA_LANGS else (".", ",")


def _json_number(v: float | int) -> float | int:
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return int(v)
    return v


def _general_number(v: float | int, locale: str) -> str:
    """Google's "automatic" number rendering."""
    dec, _ = _separators(locale)
    if isinstance(v, int) or (float(v).is_integer() and abs(v) < 1e15):
        return str(int(v))
    if v != 0 and (abs(v) < 1e-9 or abs(v) >= 1e15):
        mantissa, exponent = ("%.2E" % v).split("E")
        text = mantissa.rstrip("0").rstrip(".") + "E" + exponent  # 1E+20, as Sheets shows it
    else:
        text = ("%.10f" % v).rstrip("0").rstrip(".")
    return text.replace(".", dec) if dec != "." else text


_NUMBER_PATTERN_RE = re.compile(r"^(?P<pre>[^#0]*?)(?P<int>[#,0]+)(?:\.(?P<dec>[0#]+))?(?P<pct>%)?(?P<post>[^#0]*)$")
_DATE_TOKEN_RE = re.compile(r'yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am/pm|a/p|"[^"]*"|\\.|.', re.IGNORECASE)
_DATE_TYPES = {"DATE", "TIME", "DATE_TIME"}


def _is_date_format(fmt: dict | None) -> bool:
    if not fmt:
        return False
    if fmt.get("type") in _DATE_TYPES:
        return True
    pattern = (fmt.get("pattern") or "").lower()
    return fmt.get("type") in (None, "", "NUMBER_FORMAT_TYPE_UNSPECIFIED") and bool(re.search(r"[dy]|h+:m", pattern))


def serial_to_datetime(serial: float) -> _dt.datetime:
    # Round to the millisecond so 0.5833333 is exactly 14:00.
    return _EPOCH + _dt.timedelta(milliseconds=round(serial * 86400000))


def datetime_to_serial(value: _dt.datetime | _dt.date) -> float | int:
    if not isinstance(value, _dt.datetime):
        value = _dt.datetime(value.year, value.month, value.day)
    delta = value - _EPOCH
    serial = delta.days + delta.seconds / 86400 + delta.microseconds / 86400e6
    return _json_number(serial)


_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def format_date(serial: float, pattern: str) -> str:
    """Render a serial number with a Sheets date/time pattern."""
    when = serial_to_datetime(serial)
    tokens = _DATE_TOKEN_RE.findall(pattern)
    has_ampm = any(t.lower() in ("am/pm", "a/p") for t in tokens)
    out = []
    for i, tok in enumerate(tokens):
        low = tok.lower()
        if low in ("m", "mm"):
            # "m" means minutes right after hours or right before seconds.
            prev = next((t.lower() for t in reversed(tokens[:i]) if t.strip() and t not in ":/-. "), "")
            nxt = next((t.lower() for t in tokens[i + 1 :] if t.strip() and t not in ":/-. "), "")
            if prev.startswith("h") or nxt.startswith("s"):
                out.append("%02d" % when.minute if low == "mm" else str(when.minute))
            else:
                out.append("%02d" % when.month if low == "mm" else str(when.month))
        elif low == "yyyy":
            out.append("%04d" % when.year)
        elif low == "yy":
            out.append("%02d" % (when.year % 100))
        elif low == "mmmm":
            out.append(_MONTHS[when.month - 1])
        elif low == "mmm":
            out.append(_MONTHS[when.month - 1][:3])
        elif low == "dddd":
            out.append(_DAYS[when.weekday()])
        elif low == "ddd":
            out.append(_DAYS[when.weekday()][:3])
        elif low == "dd":
            out.append("%02d" % when.day)
        elif low == "d":
            out.append(str(when.day))
        elif low in ("hh", "h"):
            hour = when.hour
            if has_ampm:
                hour = hour % 12 or 12
            out.append("%02d" % hour if low == "hh" else str(hour))
        elif low == "ss":
            out.append("%02d" % when.second)
        elif low == "s":
            out.append(str(when.second))
        elif low == "am/pm":
            out.append("AM" if when.hour < 12 else "PM")
        elif low == "a/p":
            out.append("A" if when.hour < 12 else "P")
        elif tok.startswith('"'):
            out.append(tok[1:-1])
        elif tok.startswith("\\"):
            out.append(tok[1:])
        else:
            out.append(tok)
    return "".join(out)


def _format_with_pattern(v: float, pattern: str, locale: str) -> str | None:
    m = _NUMBER_PATTERN_RE.match(pattern)
    if not m:
        return None
    dec_sep, thou_sep = _separators(locale)
    if m.group("pct"):
        v = v * 100
    decimals = m.group("dec") or ""
    min_dec, max_dec = decimals.count("0"), len(decimals)
    text = "%.*f" % (max_dec, abs(v))
    int_part, _, frac = text.partition(".")
    frac = frac.rstrip("0") if max_dec > min_dec else frac
    if len(frac) < min_dec:
        frac = frac.ljust(min_dec, "0")
    int_digits = m.group("int").replace(",", "")
    if int_part == "0" and "0" not in int_digits:
        int_part = ""
    if "," in m.group("int"):
        groups = []
        while len(int_part) > 3:
            groups.insert(0, int_part[-3:])
            int_part = int_part[:-3]
        int_part = thou_sep.join([int_part] + groups) if int_part else thou_sep.join(groups)
    body = int_part + (dec_sep + frac if frac else "")
    sign = "-" if v < 0 and float(text) != 0 else ""
    return "%s%s%s%s%s" % (sign, m.group("pre").strip('"'), body, "%" if m.group("pct") else "", m.group("post").strip('"'))


def format_number(v: float | int, fmt: dict | None, locale: str) -> str:
    """FORMATTED_VALUE of a number under a cell's numberFormat."""
    if fmt:
        kind = fmt.get("type")
        pattern = fmt.get("pattern") or ""
        if _is_date_format(fmt):
            if not pattern:
                pattern = _default_date_pattern(kind, locale)
            return format_date(float(v), pattern)
        if pattern and kind not in ("TEXT",):
            text = _format_with_pattern(float(v), pattern.split(";")[0], locale)
            if text is not None:
                return text
        if kind == "PERCENT" and not pattern:
            return _format_with_pattern(float(v), "0.00%", locale) or ""
    return _general_number(v, locale)


def _default_date_pattern(kind: str | None, locale: str) -> str:
    day_first = locale not in _MONTH_FIRST_LOCALES
    date = "dd/mm/yyyy" if day_first else "M/d/yyyy"
    if kind == "TIME":
        return "H:mm:ss" if day_first else "h:mm:ss am/pm"
    if kind == "DATE_TIME":
        return date + (" H:mm:ss" if day_first else " H:mm:ss")
    return date


_ISO_DATE_RE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$")
_SLASH_DATE_RE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$")
_TIME_RE = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?$")


def _parse_user_date(text: str, locale: str) -> tuple[float, dict] | None:
    """Dates as Google recognises them under USER_ENTERED: value and inferred format."""
    m = _ISO_DATE_RE.match(text)
    parts: tuple
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        date_pattern = "yyyy-mm-dd"
        parts = m.groups()[3:]
    else:
        m = _SLASH_DATE_RE.match(text)
        if not m:
            m = _TIME_RE.match(text)
            if not m:
                return None
            h, mi, s = int(m.group(1)), int(m.group(2)), int(m.group(3) or 0)
            if h > 23 or mi > 59 or s > 59:
                return None
            pattern = "hh:mm:ss" if m.group(3) else "hh:mm"
            return (h * 3600 + mi * 60 + s) / 86400, {"type": "TIME", "pattern": pattern}
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if locale in _MONTH_FIRST_LOCALES:
            mo, d = a, b
            date_pattern = "M/d/yyyy"
        else:
            d, mo = a, b
            date_pattern = ("dd" if len(m.group(1)) == 2 else "d") + "/" + ("mm" if len(m.group(2)) == 2 else "m") + "/yyyy"
        parts = m.groups()[3:]
    try:
        when = _dt.datetime(y, mo, d)
        if parts[0] is not None:
            when = when.replace(hour=int(parts[0]), minute=int(parts[1]), second=int(parts[2] or 0))
    except ValueError:
        return None
    if parts[0] is None:
        return datetime_to_serial(when), {"type": "DATE", "pattern": date_pattern}
    time_pattern = "hh:mm:ss" if parts[2] is not None else "hh:mm"
    return datetime_to_serial(when), {"type": "DATE_TIME", "pattern": date_pattern + " " + time_pattern}


def _parse_user_number(text: str, locale: str) -> tuple[float | int, dict | None] | None:
    dec, thou = _separators(locale)
    t = text.strip()
    pct = t.endswith("%")
    if pct:
        t = t[:-1].strip()
    grouped = re.fullmatch(r"[+-]?\d{1,3}(?:%s\d{3})+(?:%s\d+)?" % (re.escape(thou), re.escape(dec)), t)
    plain = re.fullmatch(r"[+-]?(?:\d+(?:%s\d*)?|%s\d+)(?:[eE][+-]?\d+)?" % (re.escape(dec), re.escape(dec)), t)
    if not (grouped or plain):
        return None
    decimals = len(t.split(dec, 1)[1]) if dec in t else 0
    number_text = t.replace(thou, "") if grouped else t
    number_text = number_text.replace(dec, ".")
    value = float(number_text)
    fmt = None
    if pct:
        value = value / 100
        fmt = {"type": "PERCENT", "pattern": "0" + ("." + "0" * decimals if decimals else "") + "%"}
    elif grouped:
        fmt = {"type": "NUMBER", "pattern": "#,##0" + ("." + "0" * decimals if decimals else "")}
    if not pct and re.fullmatch(r"[+-]?\d+", number_text) and abs(int(number_text)) < 10**15:
        return int(number_text), fmt
    return _json_number(value), fmt


class _FormulaUnsupported(Exception):
    pass


_FORMULA_TOKEN_RE = re.compile(
    r'\s*(?:(?P<num>\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+)|(?P<str>"(?:[^"]|"")*")'
    r"|(?P<name>[A-Za-z_][A-Za-z0-9_.]*)|(?P<op><>|<=|>=|[-+*/^&(),;=<>]))"
)


def evaluate_formula(formula: str) -> Any:
    """Compute literal-only formulas; anything else gives Google's #NAME? marker."""
    text = formula[1:] if formula.startswith("=") else formula
    tokens: list[tuple[str, str]] = []
    pos = 0
    text = text.rstrip()
    while pos < len(text):
        m = _FORMULA_TOKEN_RE.match(text, pos)
        if not m or m.end() == pos:
            return "#ERROR!"
        kind = m.lastgroup or "op"
        tokens.append((kind, m.group(kind)))
        pos = m.end()
    state = {"i": 0}

    def peek() -> tuple[str, str] | None:
        return tokens[state["i"]] if state["i"] < len(tokens) else None

    def take() -> tuple[str, str]:
        tok = peek()
        if tok is None:
            raise SyntaxError("unexpected end")
        state["i"] += 1
        return tok

    def num(v: Any) -> float:
        if isinstance(v, bool):
            return float(v)
        if isinstance(v, (int, float)):
            return v
        if v == "":
            return 0
        try:
            return float(v)
        except (TypeError, ValueError):
            raise ArithmeticError("#VALUE!") from None

    def text_of(v: Any) -> str:
        if isinstance(v, bool):
            return "TRUE" if v else "FALSE"
        if isinstance(v, (int, float)):
            return _general_number(v, "en_US")
        return str(v)

    def primary() -> Any:
        kind, val = take()
        if kind == "num":
            return _json_number(float(val)) if any(c in val for c in ".eE") else int(val)
        if kind == "str":
            return val[1:-1].replace('""', '"')
        if kind == "op" and val == "(":
            v = expr()
            if take() != ("op", ")"):
                raise SyntaxError(")")
            return v
        if kind == "op" and val in "+-":
            v = num(unary_value())
            return -v if val == "-" else v
        if kind == "name":
            upper = val.upper()
            if peek() == ("op", "("):
                take()
                args: list[Any] = []
                if peek() != ("op", ")"):
                    while True:
                        args.append(expr())
                        if peek() in (("op", ","), ("op", ";")):
                            take()
                            continue
                        break
                if take() != ("op", ")"):
                    raise SyntaxError(")")
                return call(upper, args)
            if upper in ("TRUE", "FALSE"):
                return upper == "TRUE"
        raise _FormulaUnsupported(val)

    def unary_value() -> Any:
        tok = peek()
        if tok in (("op", "-"), ("op", "+")):
            take()
            v = num(unary_value())
            return -v if tok[1] == "-" else v
        return primary()

    def power() -> Any:
        v = unary_value()
        while peek() == ("op", "^"):
            take()
            v = num(v) ** num(unary_value())
        return v

    def term() -> Any:
        v = power()
        while peek() in (("op", "*"), ("op", "/")):
            op = take()[1]
            rhs = num(power())
            if op == "*":
                v = num(v) * rhs
            elif rhs == 0:
                raise ArithmeticError("#DIV/0!")
            else:
                v = num(v) / rhs
        return v

    def arith() -> Any:
        v = term()
        while peek() in (("op", "+"), ("op", "-")):
            op = take()[1]
            rhs = num(term())
            v = num(v) + rhs if op == "+" else num(v) - rhs
        return v

    def expr() -> Any:
        v = arith()
        while peek() == ("op", "&"):
            take()
            v = text_of(v) + text_of(arith())
        return v

    def call(name: str, args: list[Any]) -> Any:
        if name == "HYPERLINK" and 1 <= len(args) <= 2:
            return text_of(args[-1])
        if name == "SUM":
            return sum(num(a) for a in args)
        if name == "CONCATENATE":
            return "".join(text_of(a) for a in args)
        raise _FormulaUnsupported(name)

    try:
        value = expr()
        if peek() is not None:
            return "#ERROR!"
    except _FormulaUnsupported:
        return "#NAME?"
    except ArithmeticError as exc:
        return exc.args[0] if exc.args and str(exc.args[0]).startswith("#") else "#NUM!"
    except (SyntaxError, RecursionError, OverflowError):
        return "#ERROR!"
    if isinstance(value, float):
        return _json_number(value)
    return value


# --------------------------------------------------------------------------
# Field masks (fields=..., updateSheetProperties.fields, repeatCell.fields)
# --------------------------------------------------------------------------


def parse_field_mask(mask: str) -> dict:
    """Parse "a.b,c(d,e/f)" into a tree {"a": {"b": {}}, "c": {"d": {}, "e": {"f": {}}}}."""
    tree: dict = {}
    pos = 0

    def parse_list(node: dict, end: str | None) -> None:
        nonlocal pos
        while pos < len(mask):
            parse_path(node)
            if pos < len(mask) and mask[pos] == ",":
                pos += 1
                continue
            if end and pos < len(mask) and mask[pos] == end:
                pos += 1
                return
            if pos < len(mask):
                raise ValueError("bad field mask %r" % mask)

    def parse_path(node: dict) -> None:
        nonlocal pos
        m = re.compile(r"\s*([A-Za-z0-9_*@]+)\s*").match(mask, pos)
        if not m:
            raise ValueError("bad field mask %r" % mask)
        pos = m.end()
        child = node.setdefault(m.group(1), {})
        if pos < len(mask) and mask[pos] in "./":
            pos += 1
            parse_path(child)
        elif pos < len(mask) and mask[pos] == "(":
            pos += 1
            parse_list(child, ")")

    parse_list(tree, None)
    return tree


def _mask_paths(tree: dict, prefix: tuple = ()) -> list[tuple]:
    paths = []
    for key, sub in tree.items():
        if sub:
            paths.extend(_mask_paths(sub, prefix + (key,)))
        else:
            paths.append(prefix + (key,))
    return paths


def _prune_none(value: Any) -> Any:
    """Deep copy without null members; a message made only of nulls is itself null (a reset)."""
    if isinstance(value, dict):
        if not value:
            return {}
        pruned = {k: p for k, p in ((k, _prune_none(v)) for k, v in value.items()) if p is not None}
        return pruned or None
    if isinstance(value, list):
        return [_prune_none(v) for v in value]
    return value


def _filter_fields(obj: Any, tree: dict) -> Any:
    """Partial response: keep only the masked fields (empty parents stay, as Google does)."""
    if not tree or "*" in tree:
        return obj
    if isinstance(obj, list):
        return [_filter_fields(x, tree) for x in obj]
    if not isinstance(obj, dict):
        return obj
    return {k: _filter_fields(obj[k], sub) for k, sub in tree.items() if k in obj}


def _copy_masked(target: dict, source: dict, path: tuple) -> None:
    """Copy one field-mask path from source into target; absent in source = reset."""
    key = path[0]
    if len(path) == 1:
        value = _prune_none(source.get(key))
        if value is not None:
            target[key] = value
        else:
            target.pop(key, None)
        return
    sub_source = source.get(key) or {}
    sub_target = target.setdefault(key, {})
    if not isinstance(sub_target, dict):
        sub_target = target[key] = {}
    _copy_masked(sub_target, sub_source, path[1:])
    if not sub_target:
        target.pop(key, None)


def _colour_component(x: float) -> float | int:
    """Google keeps 8 bits per colour channel (0.5 -> 127/255) and answers float32."""
    x = math.floor(max(0.0, min(1.0, x)) * 255 + 1e-6) / 255
    f32 = struct.unpack("f", struct.pack("f", x))[0]
    for digits in range(1, 10):
        candidate = float("%.*g" % (digits, f32))
        if struct.unpack("f", struct.pack("f", candidate))[0] == f32:
            return _json_number(candidate)
    return f32


def _normalise_colours(obj: Any) -> Any:
    """Proto3 JSON: zero colour components are omitted, others are float32."""
    if isinstance(obj, list):
        return [_normalise_colours(x) for x in obj]
    if not isinstance(obj, dict):
        return obj
    out = {}
    for key, val in obj.items():
        if val is None:
            continue
        if key in ("red", "green", "blue", "alpha") and isinstance(val, (int, float)):
            if val != 0:
                out[key] = _colour_component(float(val))
        else:
            out[key] = _normalise_colours(val)
    return out


def _with_colour_styles(fmt: dict) -> dict:
    """userEnteredFormat as answered: every colour also appears as its ``*Style`` twin."""
    out = _normalise_colours(copy.deepcopy(fmt))
    if "backgroundColor" in out and "backgroundColorStyle" not in out:
        out["backgroundColorStyle"] = {"rgbColor": copy.deepcopy(out["backgroundColor"])}
    text = out.get("textFormat")
    if isinstance(text, dict) and "foregroundColor" in text and "foregroundColorStyle" not in text:
        text["foregroundColorStyle"] = {"rgbColor": copy.deepcopy(text["foregroundColor"])}
    return out


def _out_range(gr: dict) -> dict:
    """GridRange as Google answers it: a zero sheetId is omitted (proto3 default)."""
    out = {k: v for k, v in gr.items() if v is not None}
    if out.get("sheetId") == 0:
        del out["sheetId"]
    return out


# --------------------------------------------------------------------------
# Model
# --------------------------------------------------------------------------


class Cell:
    __slots__ = ("value", "formula", "fmt", "validation", "note")

    def __init__(self) -> None:
        self.value: Any = None  # str | int | float | bool | None
        self.formula: str | None = None
        self.fmt: dict | None = None  # userEnteredFormat
        self.validation: dict | None = None  # DataValidationRule
        self.note: str | None = None

    def has_value(self) -> bool:
        return self.value is not None or self.formula is not None

    def copy_format(self) -> "Cell | None":
        if not self.fmt and not self.validation:
            return None
        c = Cell()
        c.fmt = copy.deepcopy(self.fmt)
        c.validation = copy.deepcopy(self.validation)
        return c


class Sheet:
    def __init__(self, sheet_id: int, title: str, index: int, rows: int = 1000, cols: int = 26):
        self.props: dict = {
            "sheetId": sheet_id,
            "title": title,
            "index": index,
            "sheetType": "GRID",
            "gridProperties": {"rowCount": rows, "columnCount": cols},
        }
        self.rows: list[list[Cell | None]] = []
        self.protected_ranges: list[dict] = []
        self.conditional_formats: list[dict] = []

    @property
    def id(self) -> int:
        return self.props["sheetId"]

    @property
    def title(self) -> str:
        return self.props["title"]

    @property
    def row_count(self) -> int:
        return self.props["gridProperties"]["rowCount"]

    @property
    def col_count(self) -> int:
        return self.props["gridProperties"]["columnCount"]

    def cell(self, r: int, c: int, create: bool = False) -> Cell | None:
        if r < len(self.rows):
            row = self.rows[r]
            if c < len(row) and row[c] is not None:
                return row[c]
        if not create:
            return None
        while len(self.rows) <= r:
            self.rows.append([])
        row = self.rows[r]
        while len(row) <= c:
            row.append(None)
        row[c] = Cell()
        return row[c]

    def truncate_to_grid(self) -> None:
        del self.rows[self.row_count :]
        for row in self.rows:
            del row[self.col_count :]


def _rfc3339(seconds: float) -> str:
    t = _dt.datetime.fromtimestamp(seconds, _dt.timezone.utc)
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


class Spreadsheet:
    def __init__(self, spreadsheet_id: str, title: str, locale: str, time_zone: str):
        self.id = spreadsheet_id
        self.props: dict = {
            "title": title,
            "locale": locale,
            "autoRecalc": "ON_CHANGE",
            "timeZone": time_zone,
            "defaultFormat": copy.deepcopy(_DEFAULT_FORMAT),
            "spreadsheetTheme": copy.deepcopy(_SPREADSHEET_THEME),
        }
        self.sheets: list[Sheet] = []
        # Drive's view of the file: RFC 3339 UTC with milliseconds, as files.get answers
        self.created_time = _rfc3339(time.time())
        self.modified_time = self.created_time
        self._modified = time.time()

    def touch(self) -> None:
        """Any change to the file moves Drive's modifiedTime on (strictly, even within a millisecond)."""
        self._modified = max(time.time(), self._modified + 0.001)
        self.modified_time = _rfc3339(self._modified)

    @property
    def locale(self) -> str:
        return self.props.get("locale") or "en_US"

    def sheet_by_id(self, sheet_id: int) -> Sheet | None:
        return next((s for s in self.sheets if s.id == sheet_id), None)

    def sheet_by_title(self, title: str) -> Sheet | None:
        return next((s for s in self.sheets if s.title == title), None)

    def reindex(self) -> None:
        for i, sheet in enumerate(self.sheets):
            sheet.props["index"] = i


def _grid_props_out(props: dict) -> dict:
    """Sheet properties as answered: zero frozen counts and false flags are omitted."""
    out = copy.deepcopy(props)
    grid = out.get("gridProperties", {})
    for key in ("frozenRowCount", "frozenColumnCount"):
        if not grid.get(key):
            grid.pop(key, None)
    for key in ("hideGridlines", "rowGroupControlAfter", "columnGroupControlAfter"):
        if grid.get(key) is False:
            grid.pop(key, None)
    for key in ("hidden", "rightToLeft"):
        if out.get(key) is False:
            out.pop(key, None)
    return _normalise_colours(out)


class LoggedRequest(NamedTuple):
    method: str
    path: str  # decoded path, e.g. "/v4/spreadsheets/ID/values/'Sheet1'!A1:append"
    query: dict  # key -> value, or list of values when repeated
    body: Any  # parsed JSON body, or None


class _Fault:
    def __init__(self, status: int | None, count: int, method: str | None, path_contains: str | None,
                 applied: bool, drop: bool, body: Any, delay: float, headers: dict | None):
        self.status = status
        self.headers = headers or {}
        self.remaining = count
        self.method = method.upper() if method else None
        self.path_contains = path_contains
        self.applied = applied
        self.drop = drop
        self.body = body
        self.delay = delay

    def matches(self, method: str, path: str) -> bool:
        if self.remaining <= 0:
            return False
        if self.method and self.method != method:
            return False
        return not self.path_contains or self.path_contains in path


_GOOGLE_ERROR_TEXT = {
    500: "Internal error encountered.",
    502: None,  # Google's front end answers 502 with an HTML page
    503: "The service is currently unavailable.",
    504: "The service is currently unavailable.",
}

_GFE_502_HTML = (
    "<!DOCTYPE html>\n<html lang=en>\n  <meta charset=utf-8>\n  <title>Error 502 (Server Error)!!1</title>\n"
    "  <p><b>502.</b> <ins>That's an error.</ins>\n  <p>The server encountered a temporary error and could not "
    "complete your request.<p>Please try again in 30 seconds.  <ins>That's all we know.</ins>\n"
)

_SUPPORTED_BATCH_KINDS = {
    "addSheet", "deleteSheet", "updateSheetProperties", "updateSpreadsheetProperties", "setDataValidation",
    "addConditionalFormatRule", "deleteConditionalFormatRule", "addProtectedRange", "updateProtectedRange",
    "deleteProtectedRange", "repeatCell", "updateCells", "sortRange", "insertDimension", "deleteDimension",
    "appendDimension", "autoResizeDimensions",
}
# Request kinds Google knows and the emulator does not implement.
_KNOWN_UNSUPPORTED_KINDS = {
    "mergeCells", "unmergeCells", "addNamedRange", "updateNamedRange", "deleteNamedRange", "setBasicFilter",
    "clearBasicFilter", "addFilterView", "deleteFilterView", "updateFilterView", "duplicateFilterView",
    "updateDimensionProperties", "addDimensionGroup", "deleteDimensionGroup", "updateDimensionGroup",
    "copyPaste", "cutPaste", "findReplace", "duplicateSheet", "moveDimension", "insertRange", "deleteRange",
    "updateBorders", "addBanding", "updateBanding", "deleteBanding", "createDeveloperMetadata",
    "updateDeveloperMetadata", "deleteDeveloperMetadata", "randomizeRange", "addChart", "updateChartSpec",
    "deleteEmbeddedObject", "updateEmbeddedObjectPosition", "textToColumns", "pasteData", "appendCells",
    "autoFill", "trimWhitespace", "deleteDuplicates", "updateConditionalFormatRule", "addSlicer",
    "updateSlicerSpec", "refreshDataSource", "addDataSource", "updateDataSource", "deleteDataSource",
    "cancelDataSourceRefresh", "addTable", "updateTable", "deleteTable", "updateEmbeddedObjectBorder",
}


# --------------------------------------------------------------------------
# The emulator
# --------------------------------------------------------------------------


class SheetsEmulator:
    """Sheets v4 API on 127.0.0.1, state in memory.

    Knobs (plain attributes, change them any time):

    * ``clock`` -- callable returning seconds; quota windows use it.
    * ``quota_per_minute_user`` / ``quota_per_minute_project`` -- Google's 60 and
      300 over a sliding minute; the user is the bearer token, or the
      service-account email for tokens issued by ``/token``.  Read (GET) and
      write requests are counted separately, as Google does, unless
      ``quota_split_read_write`` is False.  ``None`` disables a limit.
    * ``unshared`` -- set of spreadsheet ids answering 403 PERMISSION_DENIED.
    * ``service_disabled`` -- every API call answers 403 (reason SERVICE_DISABLED).
    * ``drive_disabled`` -- the same for Drive's ``files.get`` only (a project with the Sheets API
      enabled and the Drive API not). ``files.get`` (``/drive/v3/files/{id}?fields=…``) serves
      ``id``, ``name``, ``createdTime`` and ``modifiedTime``; every change to a spreadsheet, through
      the API or the officer helpers, moves its ``modifiedTime`` on. Drive's requests are not counted
      in the Sheets quota (Drive has its own, far larger).
    * ``valid_tokens`` -- ``None`` accepts any bearer token; a set makes
      other tokens 401 (tokens issued by ``/token`` are added to it).
    * ``owner_email`` -- shown as the editor of protected ranges.

    While it runs (``block_auth_lookups=True``), google-auth's background
    "regional access boundary" lookup at iamcredentials.googleapis.com, made
    after each service-account token refresh, is switched off so tests never
    leave 127.0.0.1.
    """

    def __init__(self, host: str = "127.0.0.1", port: int = 0, *, clock: Callable[[], float] | None = None,
                 quota_per_minute_user: int | None = 60, quota_per_minute_project: int | None = 300,
                 quota_split_read_write: bool = True, seed: int | None = None,
                 owner_email: str = DEFAULT_OWNER_EMAIL, block_auth_lookups: bool = True):
        self.host = host
        self.port = port
        self.clock: Callable[[], float] = clock or time.monotonic
        self.quota_per_minute_user = quota_per_minute_user
        self.quota_per_minute_project = quota_per_minute_project
        self.quota_split_read_write = quota_split_read_write
        self.service_disabled = False
        self.drive_disabled = False  # the Drive API not enabled in the Cloud project: files.get answers 403
        self.unshared: set[str] = set()
        self.valid_tokens: set[str] | None = None
        self.owner_email = owner_email
        self.block_auth_lookups = block_auth_lookups
        self.requests: list[LoggedRequest] = []
        self.token_requests = 0
        self.quota_rejections = 0
        self._rng = random.Random(seed)
        self._lock = threading.RLock()
        self._spreadsheets: dict[str, Spreadsheet] = {}
        self._faults: list[_Fault] = []
        self._quota_log: dict[tuple, collections.deque] = collections.defaultdict(collections.deque)
        self._token_users: dict[str, str] = {}
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # ---------------------------------------------------------------- server

    def start(self) -> "SheetsEmulator":
        if self._server is not None:
            return self
        if self.block_auth_lookups:
            _block_boundary_lookup(True)
        server = ThreadingHTTPServer((self.host, self.port), _Handler)
        server.daemon_threads = True
        server.emulator = self  # type: ignore[attr-defined]
        self._server = server
        self.port = server.server_address[1]
        # A short poll interval keeps stop() fast (the default 0.5 s adds up over many tests).
        self._thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02},
                                        name="sheets-emulator", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is None:
            return
        self._server.shutdown()
        self._server.server_close()
        if self._thread:
            self._thread.join(timeout=5)
        self._server = None
        self._thread = None
        if self.block_auth_lookups:
            _block_boundary_lookup(False)

    def __enter__(self) -> "SheetsEmulator":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        return "http://%s:%d" % (self.host, self.port)

    @property
    def token_uri(self) -> str:
        return self.base_url + "/token"

    @property
    def request_count(self) -> int:
        return len(self.requests)

    def reset_counts(self) -> None:
        with self._lock:
            self.requests.clear()
            self.token_requests = 0
            self.quota_rejections = 0

    def reset_quotas(self) -> None:
        with self._lock:
            self._quota_log.clear()

    # ------------------------------------------------------ fault injection

    def inject(self, status: int | None = 500, count: int = 1, *, method: str | None = None,
               path_contains: str | None = None, applied: bool = False, drop: bool = False,
               body: Any = None, delay: float = 0.0, headers: dict | None = None) -> None:
        """Fail (or slow down) the next ``count`` API requests matching ``method``/``path_contains``.

        ``status`` 429/500/502/503/504 answer Google's error body (502 is an
        HTML page, as Google's front end sends); ``body`` and ``headers``
        (e.g. ``{"Retry-After": "7"}``) override.  ``applied=True`` performs
        the request first and then fails -- a write whose answer was lost.
        ``drop=True`` closes the connection without an answer (after applying
        it when ``applied``).  ``delay`` sleeps that long first; with
        ``status=None`` the request is then served normally (client timeouts).
        The path matched is the decoded one, e.g. ``"/values/'Sheet1'!A1"``.
        """
        with self._lock:
            self._faults.append(_Fault(status, count, method, path_contains, applied, drop, body, delay, headers))

    def clear_faults(self) -> None:
        with self._lock:
            self._faults.clear()

    def share(self, spreadsheet_id: str) -> None:
        with self._lock:
            self.unshared.discard(spreadsheet_id)

    def unshare(self, spreadsheet_id: str) -> None:
        with self._lock:
            self.unshared.add(spreadsheet_id)

    # ------------------------------------------------------------ test API

    def create_spreadsheet(self, spreadsheet_id: str, title: str = "Untitled spreadsheet",
                           sheets: dict[str, list[list[Any]]] | None = None, unshared: bool = False, *,
                           locale: str = "vi_VN", time_zone: str = "Asia/Ho_Chi_Minh",
                           rows: int = 1000, cols: int = 26) -> None:
        """Create a spreadsheet directly in memory.

        ``sheets`` maps titles to rows of values, stored as typed (RAW): strings
        stay strings, numbers stay numbers.  The first sheet gets sheetId 0 like
        a new Google spreadsheet.  Grids are ``rows`` x ``cols`` or larger.
        """
        with self._lock:
            ss = Spreadsheet(spreadsheet_id, title, locale, time_zone)
            if unshared:
                self.unshared.add(spreadsheet_id)
            else:
                self.unshared.discard(spreadsheet_id)
            for i, (name, data) in enumerate((sheets or {"Sheet1": []}).items()):
                data = data or []
                width = max((len(r) for r in data), default=0)
                sheet = Sheet(0 if i == 0 else self._new_id(), name, i, max(rows, len(data)), max(cols, width))
                ss.sheets.append(sheet)
                if data:
                    self._write_block(ss, sheet, 0, 0, [list(r) for r in data], "RAW")
            self._spreadsheets[spreadsheet_id] = ss

    def delete_spreadsheet(self, spreadsheet_id: str) -> None:
        with self._lock:
            self._spreadsheets.pop(spreadsheet_id, None)

    def spreadsheet_ids(self) -> list[str]:
        with self._lock:
            return list(self._spreadsheets)

    def add_sheet(self, spreadsheet_id: str, title: str, rows: list[list[Any]] | None = None) -> int:
        """Add a sheet (as an officer would); returns its sheetId."""
        with self._lock:
            ss = self._get(spreadsheet_id)
            reply = self._bu_addSheet(ss, {"properties": {"title": title}}, 0)
            sheet = ss.sheet_by_title(title)
            assert sheet is not None
            if rows:
                width = max(len(r) for r in rows)
                sheet.props["gridProperties"]["rowCount"] = max(sheet.row_count, len(rows))
                sheet.props["gridProperties"]["columnCount"] = max(sheet.col_count, width)
                self._write_block(ss, sheet, 0, 0, [list(r) for r in rows], "RAW")
            return reply["addSheet"]["properties"]["sheetId"]

    def values(self, spreadsheet_id: str, sheet: str, render: str = "FORMATTED_VALUE") -> list[list[Any]]:
        """The sheet's values as ``get_all_values`` answers them (trailing empties dropped)."""
        with self._lock:
            ss = self._get(spreadsheet_id)
            sh = self._sheet(ss, sheet)
            box = (0, sh.row_count, 0, sh.col_count)
            return self._read_box(ss, sh, box, render, "FORMATTED_STRING" if render == "FORMATTED_VALUE" else "SERIAL_NUMBER", "ROWS")

    def get_cell(self, spreadsheet_id: str, sheet: str, a1: str) -> dict:
        """Everything stored in one cell: value, formula, formatted value, format, validation."""
        with self._lock:
            ss = self._get(spreadsheet_id)
            sh = self._sheet(ss, sheet)
            box = parse_a1_box(a1)
            cell = sh.cell(box.r0, box.c0)
            if cell is None:
                return {"value": None, "formula": None, "formatted": "", "format": None, "validation": None, "note": None}
            return {
                "value": cell.value,
                "formula": cell.formula,
                "formatted": self._render(ss, cell, "FORMATTED_VALUE", "FORMATTED_STRING"),
                "format": copy.deepcopy(cell.fmt),
                "validation": copy.deepcopy(cell.validation),
                "note": cell.note,
            }

    def set_cell(self, spreadsheet_id: str, sheet: str, a1: str, value: Any, *, user_entered: bool = True) -> None:
        """Type into one cell as an officer would (USER_ENTERED: "4" becomes 4, "=1+1" a formula)."""
        with self._lock:
            ss = self._get(spreadsheet_id)
            sh = self._sheet(ss, sheet)
            box = parse_a1_box(a1)
            self._grow(sh, box.r0 + 1, box.c0 + 1)
            self._write_block(ss, sh, box.r0, box.c0, [[value]], "USER_ENTERED" if user_entered else "RAW")

    def set_values(self, spreadsheet_id: str, sheet: str, a1: str, rows: list[list[Any]], *,
                   user_entered: bool = True) -> None:
        """Write a block of values starting at ``a1`` (grows the grid if needed)."""
        with self._lock:
            ss = self._get(spreadsheet_id)
            sh = self._sheet(ss, sheet)
            box = parse_a1_box(a1)
            width = max((len(r) for r in rows), default=0)
            self._grow(sh, box.r0 + len(rows), box.c0 + width)
            self._write_block(ss, sh, box.r0, box.c0, rows, "USER_ENTERED" if user_entered else "RAW")

    def sort(self, spreadsheet_id: str, sheet: str, column_index: int | str, descending: bool = False,
             header_rows: int = 1) -> None:
        """Sort the rows below ``header_rows`` by one column, like "Sort sheet A→Z".

        ``column_index`` counts like the sheet's rows, from 1 (A = 1), or is a
        column letter ("C").
        """
        if isinstance(column_index, int) and column_index < 1:
            raise ValueError("column_index is 1-based (A = 1) or a letter")
        with self._lock:
            ss = self._get(spreadsheet_id)
            sh = self._sheet(ss, sheet)
            col = letters_to_col(column_index) if isinstance(column_index, str) else column_index - 1
            self._bu_sortRange(ss, {
                "range": {"sheetId": sh.id, "startRowIndex": header_rows, "endRowIndex": sh.row_count,
                          "startColumnIndex": 0, "endColumnIndex": sh.col_count},
                "sortSpecs": [{"dimensionIndex": col, "sortOrder": "DESCENDING" if descending else "ASCENDING"}],
            }, 0)

    def insert_row(self, spreadsheet_id: str, sheet: str, at_row: int, values: list[Any] | None = None, *,
                   user_entered: bool = True) -> None:
        """Insert an empty row so it becomes row ``at_row`` (1-based), then type ``values`` into it."""
        with self._lock:
            ss = self._get(spreadsheet_id)
            sh = self._sheet(ss, sheet)
            self._bu_insertDimension(ss, {
                "range": {"sheetId": sh.id, "dimension": "ROWS", "startIndex": at_row - 1, "endIndex": at_row},
                "inheritFromBefore": at_row > 1,
            }, 0)
            if values:
                self._grow(sh, at_row, len(values))
                self._write_block(ss, sh, at_row - 1, 0, [list(values)], "USER_ENTERED" if user_entered else "RAW")

    def delete_row(self, spreadsheet_id: str, sheet: str, row: int) -> None:
        """Delete row ``row`` (1-based); rows below move up."""
        with self._lock:
            ss = self._get(spreadsheet_id)
            sh = self._sheet(ss, sheet)
            self._bu_deleteDimension(ss, {
                "range": {"sheetId": sh.id, "dimension": "ROWS", "startIndex": row - 1, "endIndex": row}}, 0)

    def metadata(self, spreadsheet_id: str) -> dict:
        """The API's metadata answer, plus per sheet what only grid data would show.

        Each sheet also carries ``dataValidations`` and ``numberFormats``:
        lists of ``{"range": GridRange, "rule"|"numberFormat": ...}`` grouping
        identical adjacent cells column by column.
        """
        with self._lock:
            ss = self._get(spreadsheet_id)
            meta = self._metadata_json(ss)
            for sheet, out in zip(ss.sheets, meta["sheets"]):
                out["dataValidations"] = self._cell_runs(sheet, lambda c: c.validation, "rule")
                out["numberFormats"] = self._cell_runs(
                    sheet, lambda c: (c.fmt or {}).get("numberFormat"), "numberFormat")
                out["formats"] = self._cell_runs(sheet, lambda c: c.fmt, "userEnteredFormat")
            return meta

    # ------------------------------------------------------- gspread helper

    def gspread_client(self, token: str = "test-token") -> Any:
        """A real ``gspread.Client`` whose requests reach this emulator."""
        import functools

        import gspread
        from google.oauth2.credentials import Credentials

        factory = functools.partial(RewritingHTTPClient, api_base=self.base_url)
        return gspread.Client(Credentials(token=token), http_client=factory)

    def service_account_info(self, email: str = DEFAULT_OWNER_EMAIL) -> dict:
        """A service-account JSON (fresh RSA key) whose token_uri is this emulator."""
        return {
            "type": "service_account",
            "project_id": "hopthu-test",
            "private_key_id": "emulator-key",
            "private_key": _test_private_key_pem(),
            "client_email": email,
            "client_id": "100000000000000000000",
            "auth_uri": self.base_url + "/auth",
            "token_uri": self.token_uri,
            "auth_provider_x509_cert_url": self.base_url + "/certs",
            "client_x509_cert_url": self.base_url + "/certs/" + email,
            "universe_domain": "googleapis.com",
        }

    # ------------------------------------------------------------ internals

    def _new_id(self) -> int:
        return self._rng.randrange(1, 2**31 - 1)

    def _get(self, spreadsheet_id: str) -> Spreadsheet:
        ss = self._spreadsheets.get(spreadsheet_id)
        if ss is None:
            raise KeyError("no spreadsheet %r" % spreadsheet_id)
        return ss

    @staticmethod
    def _sheet(ss: Spreadsheet, title: str) -> Sheet:
        sheet = ss.sheet_by_title(title)
        if sheet is None:
            raise KeyError("no sheet %r in %r" % (title, ss.id))
        return sheet

    @staticmethod
    def _grow(sheet: Sheet, rows: int, cols: int) -> None:
        grid = sheet.props["gridProperties"]
        grid["rowCount"] = max(grid["rowCount"], rows)
        grid["columnCount"] = max(grid["columnCount"], cols)

    def _cell_runs(self, sheet: Sheet, getter: Callable[[Cell], Any], key: str) -> list[dict]:
        runs: list[dict] = []
        width = max((len(r) for r in sheet.rows), default=0)
        for c in range(width):
            start = None
            current = None
            for r in range(len(sheet.rows) + 1):
                cell = sheet.cell(r, c) if r < len(sheet.rows) else None
                val = getter(cell) if cell is not None else None
                if val != current:
                    if current is not None:
                        runs.append({"range": {"sheetId": sheet.id, "startRowIndex": start, "endRowIndex": r,
                                               "startColumnIndex": c, "endColumnIndex": c + 1},
                                     key: copy.deepcopy(current)})
                    start, current = r, val
        return runs

    # ------------------------------------------------------------- ranges

    def _resolve(self, ss: Spreadsheet, text: str) -> tuple[Sheet, GridBox, bool]:
        """Range text -> (sheet, box, bounded); 400 "Unable to parse range" otherwise.

        ``bounded`` is False for a bare sheet name and for a single cell, which
        Google treats as an anchor when writing.
        """
        try:
            title, a1 = _split_sheet(text)
        except ValueError:
            raise _bad_request("Unable to parse range: %s" % text) from None
        if title is None:
            sheet = ss.sheet_by_title(text)
            if sheet is not None:
                return sheet, GridBox(0, None, 0, None), False
            sheet = ss.sheets[0] if ss.sheets else None
        else:
            sheet = ss.sheet_by_title(title)
        if sheet is None:
            raise _bad_request("Unable to parse range: %s" % text)
        if a1 is None or a1 == "":
            return sheet, GridBox(0, None, 0, None), False
        try:
            box = parse_a1_box(a1)
        except ValueError:
            raise _bad_request("Unable to parse range: %s" % text) from None
        return sheet, box, not box.single

    @staticmethod
    def _exceeds(sheet: Sheet, r0: int, r1: int, c0: int, c1: int) -> ApiError:
        return _bad_request("Range (%s!%s) exceeds grid limits. Max rows: %d, max columns: %d" % (
            quote_title(sheet.title), a1_of_box(r0, r1, c0, c1), sheet.row_count, sheet.col_count))

    def _clip(self, sheet: Sheet, box: GridBox) -> tuple[int, int, int, int]:
        r1 = sheet.row_count if box.r1 is None else min(box.r1, sheet.row_count)
        c1 = sheet.col_count if box.c1 is None else min(box.c1, sheet.col_count)
        if box.r0 >= sheet.row_count or box.c0 >= sheet.col_count:
            raise self._exceeds(sheet, box.r0, max(box.r0 + 1, box.r1 or 0), box.c0, max(box.c0 + 1, box.c1 or 0))
        return box.r0, r1, box.c0, c1

    @staticmethod
    def _range_text(sheet: Sheet, r0: int, r1: int, c0: int, c1: int) -> str:
        return "%s!%s" % (quote_title(sheet.title), a1_of_box(r0, r1, c0, c1))

    # --------------------------------------------------------- reading

    def _render(self, ss: Spreadsheet, cell: Cell | None, value_render: str, dt_render: str) -> Any:
        if cell is None or not cell.has_value():
            return ""
        if value_render == "FORMULA" and cell.formula is not None:
            return cell.formula
        v = cell.value
        if v is None:
            return ""
        if isinstance(v, bool):
            return ("TRUE" if v else "FALSE") if value_render == "FORMATTED_VALUE" else v
        if isinstance(v, (int, float)):
            fmt = (cell.fmt or {}).get("numberFormat")
            if value_render == "FORMATTED_VALUE":
                return format_number(v, fmt, ss.locale)
            if dt_render == "FORMATTED_STRING" and _is_date_format(fmt):
                return format_number(v, fmt, ss.locale)
            return _json_number(v)
        return v

    def _read_box(self, ss: Spreadsheet, sheet: Sheet, box: tuple[int, int, int, int], value_render: str,
                  dt_render: str, major: str) -> list[list[Any]]:
        r0, r1, c0, c1 = box
        rows: list[list[Any]] = []
        for r in range(r0, min(r1, len(sheet.rows))):
            row = sheet.rows[r]
            vals = [self._render(ss, row[c], value_render, dt_render) for c in range(c0, min(c1, len(row)))]
            while vals and vals[-1] == "":
                vals.pop()
            rows.append(vals)
        if major == "COLUMNS":
            width = max((len(r) for r in rows), default=0)
            rows = [[r[c] if c < len(r) else "" for r in rows] for c in range(width)]
            for col in rows:
                while col and col[-1] == "":
                    col.pop()
        while rows and not rows[-1]:
            rows.pop()
        return rows

    def _value_range(self, ss: Spreadsheet, text: str, query: dict) -> dict:
        sheet, box, _ = self._resolve(ss, text)
        clipped = self._clip(sheet, box)
        value_render = query.get("valueRenderOption") or "FORMATTED_VALUE"
        dt_render = query.get("dateTimeRenderOption") or "SERIAL_NUMBER"
        major = query.get("majorDimension") or "ROWS"
        if value_render not in ("FORMATTED_VALUE", "UNFORMATTED_VALUE", "FORMULA"):
            raise _bad_request("Invalid value at 'value_render_option' "
                               "(type.googleapis.com/google.apps.sheets.v4.ValueRenderOption), \"%s\"" % value_render)
        out: dict[str, Any] = {"range": self._range_text(sheet, *clipped), "majorDimension": major}
        values = self._read_box(ss, sheet, clipped, value_render, dt_render, major)
        if values:
            out["values"] = values
        return out

    # --------------------------------------------------------- writing

    def _store(self, ss: Spreadsheet, sheet: Sheet, r: int, c: int, value: Any, input_option: str) -> bool:
        """Store one written value; returns False for null (cell left alone)."""
        if value is None:
            return False
        if value == "":
            cell = sheet.cell(r, c)
            if cell is not None:
                cell.value = None
                cell.formula = None
            return True
        cell = sheet.cell(r, c, create=True)
        assert cell is not None
        cell.formula = None
        if isinstance(value, bool) or isinstance(value, (int, float)):
            cell.value = _json_number(value) if not isinstance(value, bool) else value
            return True
        if isinstance(value, (_dt.date, _dt.datetime)):
            # Only the test API can pass dates; store them as Google does (serial + format).
            cell.value = datetime_to_serial(value)
            if not (cell.fmt or {}).get("numberFormat"):
                timed = isinstance(value, _dt.datetime)
                cell.fmt = dict(cell.fmt or {})
                cell.fmt["numberFormat"] = {"type": "DATE_TIME" if timed else "DATE",
                                            "pattern": "dd/mm/yyyy hh:mm" if timed else "dd/mm/yyyy"}
            return True
        text = str(value)
        if input_option == "RAW":
            cell.value = text
            return True
        if text.startswith("="):
            cell.formula = text
            cell.value = evaluate_formula(text)
            return True
        if text.startswith("'"):
            cell.value = text[1:]
            return True
        if text.upper() in ("TRUE", "FALSE"):
            cell.value = text.upper() == "TRUE"
            return True
        parsed = _parse_user_date(text.strip(), ss.locale) or _parse_user_number(text, ss.locale)
        if parsed is None:
            cell.value = text
            return True
        number, inferred = parsed
        cell.value = number
        current = (cell.fmt or {}).get("numberFormat")
        # A typed date/number keeps the column's own format if it has one.
        if inferred and not current:
            cell.fmt = dict(cell.fmt or {})
            cell.fmt["numberFormat"] = inferred
        return True

    def _write_block(self, ss: Spreadsheet, sheet: Sheet, r0: int, c0: int, rows: list[list[Any]],
                     input_option: str) -> tuple[int, set[int], set[int]]:
        """Write values; returns (cells, rows, columns) actually written (nulls skipped)."""
        ss.touch()
        count, touched_rows, touched_cols = 0, set(), set()
        for i, row in enumerate(rows):
            for j, value in enumerate(row):
                if self._store(ss, sheet, r0 + i, c0 + j, value, input_option):
                    count += 1
                    touched_rows.add(r0 + i)
                    touched_cols.add(c0 + j)
        return count, touched_rows, touched_cols

    @staticmethod
    def _check_values(values: Any, field: str) -> list[list[Any]]:
        if values is None:
            return []
        if not isinstance(values, list):
            raise _invalid_value(field, values)
        for i, row in enumerate(values):
            if not isinstance(row, list):
                raise _invalid_value("%s[%d]" % (field, i), row)
            for j, v in enumerate(row):
                if isinstance(v, (dict, list)):
                    raise _invalid_value("%s[%d].values[%d]" % (field, i, j), v)
        return values

    @staticmethod
    def _orient(values: list[list[Any]], major: str | None) -> list[list[Any]]:
        if major != "COLUMNS":
            return values
        height = max((len(c) for c in values), default=0)
        return [[col[r] if r < len(col) else None for col in values] for r in range(height)]

    @staticmethod
    def _input_option(value: Any) -> str:
        if value in ("RAW", "USER_ENTERED"):
            return value
        if value in (None, ""):
            raise _bad_request("'valueInputOption' is required but not specified")
        raise _bad_request("Invalid value at 'value_input_option' (type.googleapis.com/google.apps.sheets.v4.ValueInputOption), \"%s\"" % value)

    def _update(self, ss: Spreadsheet, range_text: str, body: dict, input_option: str, include_values: bool,
                field: str = "data.values", touched: list | None = None) -> dict:
        # Google validates the body before it parses the range.
        values = self._orient(self._check_values(body.get("values"), field), body.get("majorDimension"))
        sheet, box, bounded = self._resolve(ss, range_text)
        height = len(values)
        width = max((len(r) for r in values), default=0)
        out: dict[str, Any] = {"spreadsheetId": ss.id}
        if not height or not width:
            out["updatedRange"] = self._range_text(sheet, box.r0, box.r0 + 1, box.c0, box.c0 + 1)
            return out
        r1, c1 = box.r0 + height, box.c0 + width
        if bounded:
            if box.r1 is not None and r1 > box.r1:
                raise _bad_request("Requested writing within range [%s], but tried writing to row [%d]" % (range_text, r1))
            if box.c1 is not None and c1 > box.c1:
                raise _bad_request("Requested writing within range [%s], but tried writing to column [%s]"
                                   % (range_text, col_to_letters(c1 - 1)))
        if r1 > sheet.row_count or c1 > sheet.col_count:
            raise self._exceeds(sheet, box.r0, r1, box.c0, c1)
        cells, rows, cols = self._write_block(ss, sheet, box.r0, box.c0, values, input_option)
        if touched is not None:
            touched.append((sheet.id, rows, cols))
        # The range spans the whole block; the counts only what was written (nulls skipped).
        out.update({
            "updatedRange": self._range_text(sheet, box.r0, r1, box.c0, c1),
            "updatedRows": len(rows),
            "updatedColumns": len(cols),
            "updatedCells": cells,
        })
        if include_values:
            out["updatedData"] = self._value_range(ss, out["updatedRange"], {})
        return out

    def _find_table(self, sheet: Sheet, box: tuple[int, int, int, int]) -> tuple[int, int, int, int] | None:
        """Google's table detection for append: the block of data the range points into.

        The seed is the last non-empty cell of the range (row-major); the table
        is the bounding box of the cells 4-connected to it.  Recorded answers:
        row 1 = [x, "", y] with range 'Sheet1' gives tableRange C1; range A1
        gives A1; an empty single-cell range gives no table.
        """
        r0, r1, c0, c1 = box
        seed = None
        for r in range(min(r1, len(sheet.rows)) - 1, r0 - 1, -1):
            row = sheet.rows[r]
            for c in range(min(c1, len(row)) - 1, c0 - 1, -1):
                if row[c] is not None and row[c].has_value():
                    seed = (r, c)
                    break
            if seed:
                break
        if seed is None:
            return None

        def filled(r: int, c: int) -> bool:
            cell = sheet.cell(r, c)
            return cell is not None and cell.has_value()

        seen = {seed}
        stack = [seed]
        while stack:
            r, c = stack.pop()
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if nr >= 0 and nc >= 0 and (nr, nc) not in seen and filled(nr, nc):
                    seen.add((nr, nc))
                    stack.append((nr, nc))
        rows = [p[0] for p in seen]
        cols = [p[1] for p in seen]
        return min(rows), max(rows) + 1, min(cols), max(cols) + 1

    def _append(self, ss: Spreadsheet, range_text: str, body: dict, query: dict) -> dict:
        input_option = self._input_option(query.get("valueInputOption"))
        insert_option = query.get("insertDataOption") or "OVERWRITE"
        if insert_option not in ("OVERWRITE", "INSERT_ROWS"):
            raise _bad_request("Invalid value at 'insert_data_option' "
                               "(type.googleapis.com/google.apps.sheets.v4.InsertDataOption), \"%s\"" % insert_option)
        sheet, box, _ = self._resolve(ss, range_text)
        values = self._orient(self._check_values(body.get("values"), "data.values"), body.get("majorDimension"))
        clipped = self._clip(sheet, box)
        table = self._find_table(sheet, clipped)
        out: dict[str, Any] = {"spreadsheetId": ss.id}
        if table is not None:
            out["tableRange"] = self._range_text(sheet, *table)
            start_r, start_c = table[1], table[2]
        else:
            start_r, start_c = clipped[0], clipped[2]
        height = len(values)
        width = max((len(r) for r in values), default=0)
        updates: dict[str, Any] = {"spreadsheetId": ss.id}
        if height and width:
            if insert_option == "INSERT_ROWS":
                self._insert_dimension(sheet, "ROWS", start_r, height, inherit_from_before=start_r > 0)
            # Append grows the grid instead of failing (unlike update).
            self._grow(sheet, start_r + height, start_c + width)
            cells, rows, cols = self._write_block(ss, sheet, start_r, start_c, values, input_option)
            updates.update({
                "updatedRange": self._range_text(sheet, start_r, start_r + height, start_c, start_c + width),
                "updatedRows": len(rows),
                "updatedColumns": len(cols),
                "updatedCells": cells,
            })
            if str(query.get("includeValuesInResponse", "")).lower() == "true":
                updates["updatedData"] = self._value_range(ss, updates["updatedRange"], {
                    "valueRenderOption": query.get("responseValueRenderOption"),
                    "dateTimeRenderOption": query.get("responseDateTimeRenderOption")})
        out["updates"] = updates
        return out

    def _clear(self, ss: Spreadsheet, range_text: str) -> str:
        sheet, box, _ = self._resolve(ss, range_text)
        r0, r1, c0, c1 = self._clip(sheet, box)
        for r in range(r0, min(r1, len(sheet.rows))):
            row = sheet.rows[r]
            for c in range(c0, min(c1, len(row))):
                cell = row[c]
                if cell is not None:
                    cell.value = None
                    cell.formula = None
        return self._range_text(sheet, r0, r1, c0, c1)

    # ----------------------------------------------------------- metadata

    def _sheet_json(self, sheet: Sheet) -> dict:
        out: dict[str, Any] = {"properties": _grid_props_out(sheet.props)}
        if sheet.conditional_formats:
            rules = []
            for rule in sheet.conditional_formats:
                r = _normalise_colours(copy.deepcopy(rule))
                r["ranges"] = [_out_range(g) for g in rule.get("ranges", [])]
                rules.append(r)
            out["conditionalFormats"] = rules
        if sheet.protected_ranges:
            out["protectedRanges"] = [self._protected_out(p, in_metadata=True) for p in sheet.protected_ranges]
        return out

    def _metadata_json(self, ss: Spreadsheet) -> dict:
        return {
            "spreadsheetId": ss.id,
            "properties": copy.deepcopy(ss.props),
            "sheets": [self._sheet_json(s) for s in ss.sheets],
            "spreadsheetUrl": "https://docs.google.com/spreadsheets/d/%s/edit" % ss.id,
        }

    def _protected_out(self, pr: dict, in_metadata: bool) -> dict:
        out: dict[str, Any] = {"protectedRangeId": pr["protectedRangeId"]}
        if pr.get("range") is not None:
            out["range"] = _out_range(pr["range"])
        if pr.get("namedRangeId"):
            out["namedRangeId"] = pr["namedRangeId"]
        if pr.get("description"):
            out["description"] = pr["description"]
        if pr.get("warningOnly"):
            out["warningOnly"] = True
        out["requestingUserCanEdit"] = True
        if pr.get("unprotectedRanges"):
            out["unprotectedRanges"] = [_out_range(g) for g in pr["unprotectedRanges"]]
        if in_metadata:
            # Google always lists the requesting user among the editors.
            editors = dict(pr.get("editors") or {})
            users = [self.owner_email] + [u for u in editors.get("users") or [] if u != self.owner_email]
            out_editors: dict[str, Any] = {"users": users}
            if editors.get("groups"):
                out_editors["groups"] = editors["groups"]
            if editors.get("domainUsersCanEdit"):
                out_editors["domainUsersCanEdit"] = True
            out["editors"] = out_editors
        else:
            out["editors"] = {}
        return out

    # --------------------------------------------------- batchUpdate kinds

    def _batch_update(self, ss: Spreadsheet, body: dict) -> dict:
        requests = body.get("requests")
        if not isinstance(requests, list) or not requests:
            raise _bad_request("Must specify at least one request.")
        for i, req in enumerate(requests):
            if not isinstance(req, dict) or len(req) != 1:
                raise _bad_request("Invalid requests[%d]: exactly one kind of request must be set." % i)
            kind = next(iter(req))
            if kind not in _SUPPORTED_BATCH_KINDS:
                if kind in _KNOWN_UNSUPPORTED_KINDS:
                    raise _bad_request("Invalid requests[%d].%s: not supported by the Sheets emulator." % (i, kind))
                raise _unknown_field(kind, "requests[%d]" % i)
        # Google applies a batch atomically: restore the snapshot on any error.
        snapshot = copy.deepcopy((ss.props, ss.sheets)) if len(requests) > 1 else None
        try:
            replies = []
            for i, req in enumerate(requests):
                kind, args = next(iter(req.items()))
                try:
                    replies.append(getattr(self, "_bu_" + kind)(ss, args or {}, i) or {})
                except ApiError as exc:
                    if not exc.message.startswith("Invalid requests["):
                        exc = ApiError(exc.code, "Invalid requests[%d].%s: %s" % (i, kind, exc.message), exc.status, exc.details)
                    raise exc
        except ApiError:
            if snapshot is not None:
                ss.props, ss.sheets = snapshot
            raise
        ss.touch()
        out: dict[str, Any] = {"spreadsheetId": ss.id, "replies": replies}
        if body.get("includeSpreadsheetInResponse"):
            out["updatedSpreadsheet"] = self._metadata_json(ss)
        return out

    def _grid_sheet(self, ss: Spreadsheet, gr: dict) -> Sheet:
        sheet = ss.sheet_by_id(gr.get("sheetId", 0) or 0)
        if sheet is None:
            raise _bad_request("No grid with id: %s" % gr.get("sheetId", 0))
        return sheet

    @staticmethod
    def _grid_box(sheet: Sheet, gr: dict) -> tuple[int, int, int, int]:
        r0 = gr.get("startRowIndex") or 0
        r1 = gr.get("endRowIndex")
        c0 = gr.get("startColumnIndex") or 0
        c1 = gr.get("endColumnIndex")
        r1 = sheet.row_count if r1 is None else r1
        c1 = sheet.col_count if c1 is None else c1
        if r1 > sheet.row_count or c1 > sheet.col_count:
            raise _bad_request("Range (%s!%s) exceeds grid limits. Max rows: %d, max columns: %d" % (
                quote_title(sheet.title), a1_of_box(r0, r1, c0, c1), sheet.row_count, sheet.col_count))
        if r0 > r1 or c0 > c1:
            raise _bad_request("The start index of the range must be less than or equal to the end index.")
        return r0, r1, c0, c1

    def _bu_addSheet(self, ss: Spreadsheet, args: dict, i: int) -> dict:
        props = copy.deepcopy(args.get("properties") or {})
        title = props.get("title")
        if title is None:
            n = len(ss.sheets) + 1
            while ss.sheet_by_title("Sheet%d" % n):
                n += 1
            title = "Sheet%d" % n
        if ss.sheet_by_title(title):
            raise _bad_request('A sheet with the name "%s" already exists. Please enter another name.' % title)
        sheet_id = props.get("sheetId")
        if sheet_id is None:
            sheet_id = self._new_id()
            while ss.sheet_by_id(sheet_id):
                sheet_id = self._new_id()
        elif ss.sheet_by_id(sheet_id):
            raise _bad_request("Sheet with id %s already exists." % sheet_id)
        grid = props.get("gridProperties") or {}
        index = props.get("index", len(ss.sheets))
        index = max(0, min(index, len(ss.sheets)))
        sheet = Sheet(sheet_id, title, index, grid.get("rowCount", 1000), grid.get("columnCount", 26))
        for key, val in props.items():
            if key not in ("sheetId", "title", "index", "gridProperties", "sheetType"):
                sheet.props[key] = val
        for key in ("frozenRowCount", "frozenColumnCount", "hideGridlines"):
            if key in grid:
                sheet.props["gridProperties"][key] = grid[key]
        ss.sheets.insert(index, sheet)
        ss.reindex()
        return {"addSheet": {"properties": _grid_props_out(sheet.props)}}

    def _bu_deleteSheet(self, ss: Spreadsheet, args: dict, i: int) -> None:
        sheet = ss.sheet_by_id(args.get("sheetId", 0) or 0)
        if sheet is None:
            raise _bad_request("No sheet with id: %s" % args.get("sheetId"))
        if len(ss.sheets) == 1:
            raise _bad_request("You can't remove all the sheets in a document.")
        ss.sheets.remove(sheet)
        ss.reindex()

    def _bu_updateSheetProperties(self, ss: Spreadsheet, args: dict, i: int) -> None:
        props = args.get("properties") or {}
        sheet = ss.sheet_by_id(props.get("sheetId", 0) or 0)
        if sheet is None:
            raise _bad_request("No grid with id: %s" % props.get("sheetId", 0))
        fields = args.get("fields")
        if not fields:
            raise _bad_request("At least one field must be updated, but none were specified.")
        tree = parse_field_mask(fields)
        paths = [p for p in _mask_paths(tree) if p[0] != "sheetId"] if "*" not in tree else [
            (k,) for k in props if k != "sheetId"]
        new = copy.deepcopy(sheet.props)
        for path in paths:
            if path[0] == "index":
                continue
            _copy_masked(new, props, path)
        new.setdefault("gridProperties", {})
        grid = new["gridProperties"]
        grid.setdefault("rowCount", 0)
        grid.setdefault("columnCount", 0)
        if new.get("title") != sheet.title:
            title = new.get("title")
            if not title:
                raise _bad_request("The sheet name cannot be empty.")
            if ss.sheet_by_title(title):
                raise _bad_request('A sheet with the name "%s" already exists. Please enter another name.' % title)
        if new.get("hidden") and not sheet.props.get("hidden"):
            if all(s.props.get("hidden") for s in ss.sheets if s is not sheet):
                raise _bad_request("You can't hide all the sheets in a document.")
        if grid.get("frozenRowCount", 0) >= grid["rowCount"] and grid.get("frozenRowCount"):
            raise _bad_request("You can't freeze all visible rows on the sheet.")
        if grid.get("frozenColumnCount", 0) >= grid["columnCount"] and grid.get("frozenColumnCount"):
            raise _bad_request("You can't freeze all visible columns on the sheet.")
        if grid["rowCount"] < 1 or grid["columnCount"] < 1:
            raise _bad_request("Sheet must have at least one row and one column.")
        # tabColor and tabColorStyle are two views of one colour.
        if any(p[0] == "tabColorStyle" for p in paths):
            rgb = (new.get("tabColorStyle") or {}).get("rgbColor")
            if rgb is None:
                new.pop("tabColor", None)
            else:
                new["tabColor"] = copy.deepcopy(rgb)
        elif any(p[0] == "tabColor" for p in paths):
            if new.get("tabColor") is None:
                new.pop("tabColorStyle", None)
            else:
                new["tabColorStyle"] = {"rgbColor": copy.deepcopy(new["tabColor"])}
        sheet.props = new
        sheet.truncate_to_grid()
        if any(p[0] == "index" for p in paths) and "index" in props:
            ss.sheets.remove(sheet)
            ss.sheets.insert(max(0, min(props["index"], len(ss.sheets))), sheet)
        ss.reindex()

    def _bu_updateSpreadsheetProperties(self, ss: Spreadsheet, args: dict, i: int) -> None:
        props = args.get("properties") or {}
        fields = args.get("fields")
        if not fields:
            raise _bad_request("At least one field must be updated, but none were specified.")
        tree = parse_field_mask(fields)
        paths = _mask_paths(tree) if "*" not in tree else [(k,) for k in props]
        for path in paths:
            _copy_masked(ss.props, props, path)

    def _bu_setDataValidation(self, ss: Spreadsheet, args: dict, i: int) -> None:
        gr = args.get("range") or {}
        sheet = self._grid_sheet(ss, gr)
        r0, r1, c0, c1 = self._grid_box(sheet, gr)
        rule = args.get("rule")
        for r in range(r0, r1):
            for c in range(c0, c1):
                cell = sheet.cell(r, c, create=rule is not None)
                if cell is not None:
                    cell.validation = copy.deepcopy(rule) if rule else None

    def _bu_addConditionalFormatRule(self, ss: Spreadsheet, args: dict, i: int) -> None:
        rule = copy.deepcopy(args.get("rule") or {})
        ranges = rule.get("ranges") or []
        if not ranges:
            raise _bad_request("ConditionalFormatRule must have at least one range.")
        if not (rule.get("booleanRule") or rule.get("gradientRule")):
            raise _bad_request("ConditionalFormatRule must have a boolean or gradient rule.")
        sheet = self._grid_sheet(ss, ranges[0])
        for gr in ranges:
            self._grid_box(self._grid_sheet(ss, gr), gr)
        index = args.get("index", 0) or 0
        sheet.conditional_formats.insert(min(index, len(sheet.conditional_formats)), rule)

    def _bu_deleteConditionalFormatRule(self, ss: Spreadsheet, args: dict, i: int) -> dict:
        sheet = ss.sheet_by_id(args.get("sheetId", 0) or 0)
        if sheet is None:
            raise _bad_request("No grid with id: %s" % args.get("sheetId", 0))
        index = args.get("index", 0) or 0
        if index >= len(sheet.conditional_formats):
            raise _bad_request("No conditional format on sheet: %s at index: %d" % (sheet.id, index))
        rule = sheet.conditional_formats.pop(index)
        return {"deleteConditionalFormatRule": {"rule": rule}}

    def _bu_addProtectedRange(self, ss: Spreadsheet, args: dict, i: int) -> dict:
        pr = copy.deepcopy(args.get("protectedRange") or {})
        gr = pr.get("range")
        if gr is None:
            raise _bad_request("ProtectedRange must have a range or a namedRangeId.")
        sheet = self._grid_sheet(ss, gr)
        self._grid_box(sheet, gr)
        pr["protectedRangeId"] = pr.get("protectedRangeId") or self._new_id()
        pr = {k: v for k, v in pr.items() if v is not None}
        sheet.protected_ranges.append(pr)
        return {"addProtectedRange": {"protectedRange": self._protected_out(pr, in_metadata=False)}}

    def _find_protected(self, ss: Spreadsheet, pr_id: Any) -> tuple[Sheet, dict]:
        for sheet in ss.sheets:
            for pr in sheet.protected_ranges:
                if pr["protectedRangeId"] == pr_id:
                    return sheet, pr
        raise _bad_request("No protected range with id: %s" % pr_id)

    def _bu_updateProtectedRange(self, ss: Spreadsheet, args: dict, i: int) -> None:
        new = args.get("protectedRange") or {}
        sheet, pr = self._find_protected(ss, new.get("protectedRangeId"))
        tree = parse_field_mask(args.get("fields") or "*")
        paths = _mask_paths(tree) if "*" not in tree else [(k,) for k in new if k != "protectedRangeId"]
        for path in paths:
            _copy_masked(pr, new, path)

    def _bu_deleteProtectedRange(self, ss: Spreadsheet, args: dict, i: int) -> None:
        sheet, pr = self._find_protected(ss, args.get("protectedRangeId"))
        sheet.protected_ranges.remove(pr)

    def _apply_cell_data(self, ss: Spreadsheet, sheet: Sheet, r: int, c: int, data: dict, paths: list[tuple]) -> None:
        cell = sheet.cell(r, c, create=True)
        assert cell is not None
        for path in paths:
            top = path[0]
            if top == "userEnteredFormat":
                fmt = dict(cell.fmt or {})
                src = data.get("userEnteredFormat") or {}
                if len(path) == 1:
                    fmt = copy.deepcopy(src)
                else:
                    _copy_masked(fmt, src, path[1:])
                cell.fmt = fmt or None
            elif top == "dataValidation":
                cell.validation = copy.deepcopy(data.get("dataValidation"))
            elif top == "note":
                cell.note = data.get("note") or None  # "" removes the note
            elif top == "userEnteredValue":
                uev = data.get("userEnteredValue") or {}
                cell.value, cell.formula = None, None
                if "formulaValue" in uev:
                    cell.formula = uev["formulaValue"]
                    cell.value = evaluate_formula(uev["formulaValue"])
                elif "numberValue" in uev:
                    cell.value = _json_number(uev["numberValue"])
                elif "boolValue" in uev:
                    cell.value = bool(uev["boolValue"])
                elif "stringValue" in uev:
                    cell.value = uev["stringValue"]
            # Other CellData fields (textFormatRuns, pivotTable...) are ignored.

    @staticmethod
    def _cell_paths(fields: str | None) -> list[tuple]:
        if not fields:
            raise _bad_request("At least one field must be updated, but none were specified.")
        tree = parse_field_mask(fields)
        if "*" in tree:
            return [("userEnteredValue",), ("userEnteredFormat",), ("dataValidation",), ("note",)]
        return _mask_paths(tree)

    def _bu_repeatCell(self, ss: Spreadsheet, args: dict, i: int) -> None:
        gr = args.get("range") or {}
        sheet = self._grid_sheet(ss, gr)
        r0, r1, c0, c1 = self._grid_box(sheet, gr)
        data = args.get("cell") or {}
        paths = self._cell_paths(args.get("fields"))
        for r in range(r0, r1):
            for c in range(c0, c1):
                self._apply_cell_data(ss, sheet, r, c, data, paths)

    def _bu_updateCells(self, ss: Spreadsheet, args: dict, i: int) -> None:
        rows = args.get("rows") or []
        paths = self._cell_paths(args.get("fields"))
        if "start" in args:
            start = args["start"] or {}
            sheet = self._grid_sheet(ss, start)
            r0, c0 = start.get("rowIndex", 0) or 0, start.get("columnIndex", 0) or 0
            r1 = r0 + len(rows)
            c1 = c0 + max((len(r.get("values") or []) for r in rows), default=0)
            self._grid_box(sheet, {"startRowIndex": r0, "endRowIndex": r1, "startColumnIndex": c0, "endColumnIndex": c1})
            limit = None
        else:
            gr = args.get("range") or {}
            sheet = self._grid_sheet(ss, gr)
            r0, r1, c0, c1 = self._grid_box(sheet, gr)
            limit = (r1, c1)
        for i_row, row in enumerate(rows):
            for j, data in enumerate(row.get("values") or []):
                r, c = r0 + i_row, c0 + j
                if limit and (r >= limit[0] or c >= limit[1]):
                    continue
                self._apply_cell_data(ss, sheet, r, c, data or {}, paths)

    @staticmethod
    def _sort_key(cell: Cell | None, descending: bool) -> tuple:
        # Google's order: numbers < text (case-insensitive) < booleans; blanks always last.
        if cell is None or not cell.has_value() or cell.value in (None, ""):
            return (1, 0, 0)
        v = cell.value
        if isinstance(v, bool):
            rank, key = 2, int(v)
        elif isinstance(v, (int, float)):
            rank, key = 0, v
        else:
            rank, key = 1, str(v).casefold()
        if descending:
            return (0, -rank, _Reverse(key))
        return (0, rank, key)

    def _bu_sortRange(self, ss: Spreadsheet, args: dict, i: int) -> None:
        ss.touch()
        gr = args.get("range") or {}
        sheet = self._grid_sheet(ss, gr)
        r0, r1, c0, c1 = self._grid_box(sheet, gr)
        specs = args.get("sortSpecs") or [{"dimensionIndex": c0, "sortOrder": "ASCENDING"}]
        r1 = min(r1, len(sheet.rows))
        if r1 <= r0:
            return
        block = []
        for r in range(r0, r1):
            row = sheet.rows[r]
            while len(row) < c1:
                row.append(None)
            block.append(row[c0:c1])

        def key(cells: list[Cell | None]) -> tuple:
            parts = []
            for spec in specs:
                col = (spec.get("dimensionIndex") or 0) - c0
                desc = spec.get("sortOrder") == "DESCENDING"
                parts.append(self._sort_key(cells[col] if 0 <= col < len(cells) else None, desc))
            return tuple(parts)

        block.sort(key=key)  # stable, as Google's sort is
        for offset, cells in enumerate(block):
            sheet.rows[r0 + offset][c0:c1] = cells

    def _insert_dimension(self, sheet: Sheet, dim: str, start: int, count: int, inherit_from_before: bool) -> None:
        grid = sheet.props["gridProperties"]
        if dim == "ROWS":
            template_row = start - 1 if inherit_from_before else start
            template = sheet.rows[template_row] if 0 <= template_row < len(sheet.rows) else []
            if start < len(sheet.rows):
                for _ in range(count):
                    sheet.rows.insert(start, [c.copy_format() if c else None for c in template])
            elif any(c is not None and c.copy_format() for c in template):
                while len(sheet.rows) < start:
                    sheet.rows.append([])
                for _ in range(count):
                    sheet.rows.insert(start, [c.copy_format() if c else None for c in template])
            grid["rowCount"] += count
        else:
            template_col = start - 1 if inherit_from_before else start
            for row in sheet.rows:
                tpl = row[template_col] if 0 <= template_col < len(row) else None
                if start < len(row):
                    for _ in range(count):
                        row.insert(start, tpl.copy_format() if tpl else None)
            grid["columnCount"] += count
        self._shift_ranges(sheet, dim, start, count, insert=True)

    def _bu_insertDimension(self, ss: Spreadsheet, args: dict, i: int) -> None:
        ss.touch()
        rng = args.get("range") or {}
        sheet = self._grid_sheet(ss, rng)
        dim = rng.get("dimension")
        start, end = rng.get("startIndex", 0) or 0, rng.get("endIndex", 0) or 0
        limit = sheet.row_count if dim == "ROWS" else sheet.col_count
        if dim not in ("ROWS", "COLUMNS"):
            raise _bad_request("dimension must be ROWS or COLUMNS")
        if end <= start:
            raise _bad_request("The end index of the range must be greater than the start index.")
        if start > limit:
            raise _bad_request("Cannot insert %s at index %d: the sheet only has %d." % (dim.lower(), start, limit))
        if args.get("inheritFromBefore") and start == 0:
            raise _bad_request("Cannot inherit from before when inserting at index 0.")
        self._insert_dimension(sheet, dim, start, end - start, bool(args.get("inheritFromBefore")))

    def _bu_deleteDimension(self, ss: Spreadsheet, args: dict, i: int) -> None:
        ss.touch()
        rng = args.get("range") or {}
        sheet = self._grid_sheet(ss, rng)
        dim = rng.get("dimension")
        limit = sheet.row_count if dim == "ROWS" else sheet.col_count
        start = rng.get("startIndex", 0) or 0
        end = rng.get("endIndex", limit)
        end = limit if end is None else end
        if dim not in ("ROWS", "COLUMNS"):
            raise _bad_request("dimension must be ROWS or COLUMNS")
        if end > limit:
            raise _bad_request("Range (%s!%s) exceeds grid limits." % (quote_title(sheet.title), dim))
        if end - start >= limit:
            raise _bad_request("You can't delete all the %s on the sheet." % ("rows" if dim == "ROWS" else "columns"))
        grid = sheet.props["gridProperties"]
        if dim == "ROWS":
            del sheet.rows[start:end]
            grid["rowCount"] -= end - start
        else:
            for row in sheet.rows:
                del row[start:end]
            grid["columnCount"] -= end - start
        self._shift_ranges(sheet, dim, start, end - start, insert=False)

    def _bu_appendDimension(self, ss: Spreadsheet, args: dict, i: int) -> None:
        sheet = self._grid_sheet(ss, args)
        length = args.get("length") or 0
        if length <= 0:
            raise _bad_request("length must be positive")
        key = "rowCount" if args.get("dimension") == "ROWS" else "columnCount"
        sheet.props["gridProperties"][key] += length

    def _bu_autoResizeDimensions(self, ss: Spreadsheet, args: dict, i: int) -> None:
        dims = args.get("dimensions") or {}
        self._grid_sheet(ss, dims)  # column widths are not modelled

    def _shift_ranges(self, sheet: Sheet, dim: str, start: int, count: int, insert: bool) -> None:
        """Move protected and conditional-format ranges after a row/column insert or delete."""
        s_key, e_key = ("startRowIndex", "endRowIndex") if dim == "ROWS" else ("startColumnIndex", "endColumnIndex")

        def shift(gr: dict) -> dict | None:
            gr = dict(gr)
            s, e = gr.get(s_key), gr.get(e_key)
            if insert:
                if s is not None and start <= s:
                    gr[s_key] = s + count
                    if e is not None:
                        gr[e_key] = e + count
                elif e is not None and start < e:
                    gr[e_key] = e + count
                return gr
            end = start + count

            def f(x: int) -> int:
                return x if x <= start else (start if x <= end else x - count)

            if s is not None:
                gr[s_key] = f(s)
            if e is not None:
                gr[e_key] = f(e)
                if gr[e_key] <= gr.get(s_key, 0):
                    return None
            return gr

        kept = []
        for pr in sheet.protected_ranges:
            new = shift(pr["range"]) if pr.get("range") else None
            if new is not None:
                pr["range"] = new
                kept.append(pr)
        sheet.protected_ranges = kept
        rules = []
        for rule in sheet.conditional_formats:
            ranges = [g for g in (shift(gr) for gr in rule.get("ranges", [])) if g is not None]
            if ranges:
                rule["ranges"] = ranges
                rules.append(rule)
        sheet.conditional_formats = rules

    # ------------------------------------------------------------ HTTP side

    def _user_key(self, handler: BaseHTTPRequestHandler) -> str:
        auth = handler.headers.get("Authorization") or ""
        if not auth.lower().startswith("bearer "):
            raise ApiError(401, "Request is missing required authentication credential. Expected OAuth 2 access "
                                "token, login cookie or other valid authentication credential. See "
                                "https://developers.google.com/identity/sign-in/web/devconsole-project.")
        token = auth[7:].strip()
        if self.valid_tokens is not None and token not in self.valid_tokens:
            raise ApiError(401, "Request had invalid authentication credentials. Expected OAuth 2 access token, "
                                "login cookie or other valid authentication credential. See "
                                "https://developers.google.com/identity/sign-in/web/devconsole-project.")
        return self._token_users.get(token, token)

    def _drive_file(self, method: str, file_id: str, query: dict) -> dict:
        """Drive v3 files.get (metadata only), as gspread's get_file_drive_metadata asks it."""
        if self.drive_disabled:
            raise self._service_disabled_error("drive", "Google Drive API")
        if method != "GET":
            raise ApiError(404, "Method not found.")
        ss = self._spreadsheets.get(file_id)
        if ss is None or file_id in self.unshared:
            raise ApiError(404, "File not found: %s." % file_id, "NOT_FOUND")
        full = {"kind": "drive#file", "id": ss.id, "name": ss.props["title"],
                "mimeType": "application/vnd.google-apps.spreadsheet",
                "createdTime": ss.created_time, "modifiedTime": ss.modified_time}
        fields = query.get("fields")
        if not fields:
            return {k: full[k] for k in ("kind", "id", "name", "mimeType")}
        return {k: full[k] for k in (f.strip() for f in str(fields).split(",")) if k in full}

    @staticmethod
    def _service_disabled_error(api: str = "sheets", title: str = "Google Sheets API") -> ApiError:
        url = "https://console.developers.google.com/apis/api/%s.googleapis.com/overview?project=%s" % (api, PROJECT_NUMBER)
        message = ("%s has not been used in project %s before or it is disabled. Enable it by "
                   "visiting %s then retry. If you enabled this API recently, wait a few minutes for the action "
                   "to propagate to our systems and retry." % (title, PROJECT_NUMBER, url))
        details = [
            {"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "SERVICE_DISABLED",
             "domain": "googleapis.com",
             "metadata": {"consumer": "projects/%s" % PROJECT_NUMBER, "service": "%s.googleapis.com" % api,
                          "serviceTitle": title, "activationUrl": url,
                          "containerInfo": PROJECT_NUMBER}},
            {"@type": "type.googleapis.com/google.rpc.LocalizedMessage", "locale": "en-US",
             "message": message},
            {"@type": "type.googleapis.com/google.rpc.Help",
             "links": [{"description": "Google developers console API activation", "url": url}]},
        ]
        return ApiError(403, message, "PERMISSION_DENIED", details)

    @staticmethod
    def _quota_error(kind: str, scope: str, limit: int) -> ApiError:
        metric = "Read requests" if kind == "read" else "Write requests"
        per = "per minute per user" if scope == "user" else "per minute"
        limit_name = ("%s%sPerMinute%s" % ("Read" if kind == "read" else "Write", "Requests",
                                           "PerUser" if scope == "user" else ""))
        message = ("Quota exceeded for quota metric '%s' and limit '%s %s' of service 'sheets.googleapis.com' "
                   "for consumer 'project_number:%s'." % (metric, metric, per, PROJECT_NUMBER))
        details = [
            {"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "RATE_LIMIT_EXCEEDED",
             "domain": "googleapis.com",
             "metadata": {"quota_location": "global", "quota_limit_value": str(limit),
                          "quota_metric": "sheets.googleapis.com/%s_requests" % kind,
                          "quota_limit": limit_name, "consumer": "projects/%s" % PROJECT_NUMBER,
                          "service": "sheets.googleapis.com"}},
            {"@type": "type.googleapis.com/google.rpc.Help",
             "links": [{"description": "Request a higher quota limit.",
                        "url": "https://cloud.google.com/docs/quotas/help/request_increase"}]},
        ]
        return ApiError(429, message, "RESOURCE_EXHAUSTED", details)

    def _charge_quota(self, user: str, kind: str) -> None:
        now = self.clock()
        windows = []
        for scope, key, limit in (("user", ("user", user, kind), self.quota_per_minute_user),
                                  ("project", ("project", kind), self.quota_per_minute_project)):
            log = self._quota_log[key]
            while log and log[0] <= now - 60.0:
                log.popleft()
            if limit is not None and len(log) >= limit:
                self.quota_rejections += 1
                raise self._quota_error(kind, scope, limit)
            windows.append(log)
        for log in windows:
            log.append(now)

    def _handle_token(self, raw: bytes) -> tuple[int, Any]:
        """OAuth token endpoint: any grant succeeds; a JWT's issuer becomes the quota user."""
        form = {k: v[0] for k, v in parse_qs(raw.decode("utf-8", "replace")).items()}
        email = "user"
        assertion = form.get("assertion")
        if assertion:
            try:
                payload = assertion.split(".")[1]
                payload += "=" * (-len(payload) % 4)
                email = json.loads(base64.urlsafe_b64decode(payload)).get("iss") or email
            except (IndexError, ValueError):
                return 400, {"error": "invalid_grant", "error_description": "Invalid JWT."}
        with self._lock:
            self.token_requests += 1
            token = "emu-token-%d-%s" % (self.token_requests, self._rng.randrange(10**9))
            self._token_users[token] = email
            if self.valid_tokens is not None:
                self.valid_tokens.add(token)
        return 200, {"access_token": token, "expires_in": 3599, "token_type": "Bearer"}

    def _route(self, method: str, raw_path: str, query: dict, body: Any) -> Any:
        m = re.match(r"^/v4/spreadsheets/([^/:]+)(.*)$", raw_path)
        if not m:
            raise ApiError(404, "Method not found.")
        ss_id, rest = unquote(m.group(1)), m.group(2)
        if ss_id in self.unshared:
            raise ApiError(403, "The caller does not have permission")
        ss = self._spreadsheets.get(ss_id)
        if ss is None:
            raise ApiError(404, "Requested entity was not found.")
        if body is not None and not isinstance(body, dict):
            raise _bad_request("Invalid JSON payload received. Expected an object.")
        body = body or {}
        if rest == "" and method == "GET":
            return self._get_spreadsheet(ss, query)
        if rest == ":batchUpdate" and method == "POST":
            return self._batch_update(ss, body)
        if rest == "/values:batchGet" and method == "GET":
            ranges = query.get("ranges") or []
            if isinstance(ranges, str):
                ranges = [ranges]
            return {"spreadsheetId": ss.id, "valueRanges": [self._value_range(ss, r, query) for r in ranges]}
        if rest == "/values:batchUpdate" and method == "POST":
            return self._values_batch_update(ss, body)
        if rest == "/values:batchClear" and method == "POST":
            return {"spreadsheetId": ss.id, "clearedRanges": [self._clear(ss, r) for r in body.get("ranges") or []]}
        if rest.startswith("/values/"):
            enc = rest[len("/values/"):]
            for suffix, handler_name in ((":append", "append"), (":clear", "clear")):
                if enc.endswith(suffix) and method == "POST":
                    range_text = unquote(enc[: -len(suffix)])
                    if handler_name == "append":
                        return self._append(ss, range_text, body, query)
                    return {"spreadsheetId": ss.id, "clearedRange": self._clear(ss, range_text)}
            range_text = unquote(enc)
            if method == "GET":
                return self._value_range(ss, range_text, query)
            if method == "PUT":
                option = self._input_option(query.get("valueInputOption"))
                if body.get("range") and not self._same_range(ss, body["range"], range_text):
                    raise _bad_request("Requested writing within range [%s], but tried writing to [%s]" % (range_text, body["range"]))
                return self._update(ss, range_text, body, option,
                                    str(query.get("includeValuesInResponse", "")).lower() == "true")
        raise ApiError(404, "Method not found.")

    def _get_spreadsheet(self, ss: Spreadsheet, query: dict) -> dict:
        """spreadsheets.get: metadata, plus grid data when asked for (includeGridData or a data field mask)."""
        tree = None
        if query.get("fields"):
            try:
                tree = parse_field_mask(query["fields"])
            except ValueError:
                raise _bad_request("Invalid field selection %s" % query["fields"]) from None
        meta = self._metadata_json(ss)
        sheet_tree = (tree or {}).get("sheets", {})
        wants_data = ("data" in sheet_tree) if tree is not None else str(query.get("includeGridData", "")).lower() == "true"
        ranges = query.get("ranges") or []
        if isinstance(ranges, str):
            ranges = [ranges]
        if wants_data or ranges:
            cell_tree = sheet_tree.get("data", {}).get("rowData", {}).get("values", {}) if tree is not None else {}
            per_sheet: dict[int, list[dict]] = {}
            if ranges:
                for text in ranges:
                    sheet, box, _ = self._resolve(ss, text)
                    per_sheet.setdefault(sheet.id, []).append(self._grid_data(ss, sheet, self._clip(sheet, box), cell_tree))
            else:
                for sheet in ss.sheets:
                    per_sheet[sheet.id] = [self._grid_data(ss, sheet, (0, sheet.row_count, 0, sheet.col_count), cell_tree)]
            # With ranges, only the sheets they touch are answered.
            meta["sheets"] = [dict(out, data=per_sheet[sheet.id]) if wants_data else out
                              for sheet, out in zip(ss.sheets, meta["sheets"])
                              if sheet.id in per_sheet or not ranges]
        if tree is not None:
            meta = _filter_fields(meta, tree)
        return meta

    def _cell_data(self, ss: Spreadsheet, cell: Cell | None) -> dict:
        if cell is None:
            return {}
        out: dict[str, Any] = {}
        if cell.has_value():
            v = cell.value
            if cell.formula is not None:
                out["userEnteredValue"] = {"formulaValue": cell.formula}
            elif isinstance(v, bool):
                out["userEnteredValue"] = {"boolValue": v}
            elif isinstance(v, (int, float)):
                out["userEnteredValue"] = {"numberValue": _json_number(v)}
            else:
                out["userEnteredValue"] = {"stringValue": v}
            if isinstance(v, bool):
                out["effectiveValue"] = {"boolValue": v}
            elif isinstance(v, (int, float)):
                out["effectiveValue"] = {"numberValue": _json_number(v)}
            elif isinstance(v, str) and v.startswith("#") and cell.formula is not None:
                out["effectiveValue"] = {"errorValue": {"type": "ERROR", "message": v}}
            elif v is not None:
                out["effectiveValue"] = {"stringValue": v}
            out["formattedValue"] = self._render(ss, cell, "FORMATTED_VALUE", "FORMATTED_STRING")
        if cell.fmt:
            out["userEnteredFormat"] = _with_colour_styles(cell.fmt)
        if cell.validation:
            out["dataValidation"] = copy.deepcopy(cell.validation)
        if cell.note:
            out["note"] = cell.note
        return out

    def _grid_data(self, ss: Spreadsheet, sheet: Sheet, box: tuple[int, int, int, int], cell_tree: dict) -> dict:
        """GridData for a rectangle; cells are masked first, then trailing empties dropped (as Google does)."""
        r0, r1, c0, c1 = box
        rows: list[dict] = []
        for r in range(r0, min(r1, len(sheet.rows))):
            row = sheet.rows[r]
            cells = [_filter_fields(self._cell_data(ss, row[c]), cell_tree) for c in range(c0, min(c1, len(row)))]
            while cells and not cells[-1]:
                cells.pop()
            rows.append({"values": cells} if cells else {})
        while rows and not rows[-1]:
            rows.pop()
        out: dict[str, Any] = {}
        if r0:
            out["startRow"] = r0
        if c0:
            out["startColumn"] = c0
        if rows:
            out["rowData"] = rows
        out["rowMetadata"] = [{"pixelSize": 21} for _ in range(r0, r1)]
        out["columnMetadata"] = [{"pixelSize": 100} for _ in range(c0, c1)]
        return out

    def _same_range(self, ss: Spreadsheet, a: str, b: str) -> bool:
        try:
            sa, ba, _ = self._resolve(ss, a)
            sb, bb, _ = self._resolve(ss, b)
        except ApiError:
            return False
        return sa is sb and ba[:4] == bb[:4]

    def _values_batch_update(self, ss: Spreadsheet, body: dict) -> dict:
        option = body.get("valueInputOption")
        if option not in ("RAW", "USER_ENTERED"):
            raise _bad_request("Invalid valueInputOption: %s" % (option or "INPUT_VALUE_OPTION_UNSPECIFIED"))
        data = body.get("data") or []
        snapshot = copy.deepcopy(ss.sheets)
        responses = []
        rows, cols, cells, sheets = set(), set(), 0, set()
        try:
            for i, vr in enumerate(data):
                touched: list = []
                resp = self._update(ss, vr.get("range") or "", vr, option,
                                    bool(body.get("includeValuesInResponse")), "data[%d].values" % i, touched)
                responses.append(resp)
                for sheet_id, written_rows, written_cols in touched:
                    if written_rows:
                        rows.update((sheet_id, r) for r in written_rows)
                        cols.update((sheet_id, c) for c in written_cols)
                        cells += resp["updatedCells"]
                        sheets.add(sheet_id)
        except ApiError:
            ss.sheets = snapshot
            raise
        out: dict[str, Any] = {"spreadsheetId": ss.id}
        if responses and cells:
            out.update({"totalUpdatedRows": len(rows), "totalUpdatedColumns": len(cols),
                        "totalUpdatedCells": cells, "totalUpdatedSheets": len(sheets)})
        out["responses"] = responses
        return out

    def _take_fault(self, method: str, path: str) -> _Fault | None:
        for fault in self._faults:
            if fault.matches(method, path):
                fault.remaining -= 1
                return fault
        self._faults = [f for f in self._faults if f.remaining > 0]
        return None

    def _fault_response(self, fault: _Fault, method: str) -> tuple[int, Any, str]:
        status = fault.status or 500
        if fault.body is not None:
            return status, fault.body, "json"
        if status == 502:
            return status, _GFE_502_HTML, "html"
        if status == 429:
            kind = "read" if method == "GET" else "write"
            return status, self._quota_error(kind, "user", self.quota_per_minute_user or 60).body(), "json"
        message = _GOOGLE_ERROR_TEXT.get(status) or "Error %d" % status
        return status, ApiError(status, message).body(), "json"

    def _handle(self, handler: BaseHTTPRequestHandler) -> None:
        method = handler.command
        split = urlsplit(handler.path)
        length = int(handler.headers.get("Content-Length") or 0)
        raw = handler.rfile.read(length) if length else b""
        if split.path.endswith("/token") and method == "POST":
            status, payload = self._handle_token(raw)
            _send(handler, status, payload)
            return
        query_lists = parse_qs(split.query, keep_blank_values=True)
        query = {k: (v[0] if len(v) == 1 else v) for k, v in query_lists.items()}
        if "ranges" in query_lists:
            query["ranges"] = query_lists["ranges"]
        try:
            body = json.loads(raw.decode("utf-8")) if raw.strip() else None
            bad_json = None
        except ValueError as exc:
            body, bad_json = None, exc
        decoded_path = unquote(split.path)
        with self._lock:
            self.requests.append(LoggedRequest(method, decoded_path, {k: (v[0] if len(v) == 1 else v) for k, v in query_lists.items()}, body))
            fault = self._take_fault(method, decoded_path)
        if fault is not None and fault.delay:
            time.sleep(fault.delay)
        if fault is not None and fault.status is None and not fault.drop:
            fault = None  # only slow: serve normally
        if fault is not None and not fault.applied:
            if fault.drop:
                handler.close_connection = True
                return
            status, payload, kind = self._fault_response(fault, method)
            _send(handler, status, payload, kind, fault.headers)
            return
        try:
            with self._lock:
                user = self._user_key(handler)
                if split.path.startswith("/drive/v3/files/"):
                    result = self._drive_file(method, unquote(split.path[len("/drive/v3/files/"):]), query)
                    _send(handler, 200, result)
                    return
                if self.service_disabled:
                    raise self._service_disabled_error()
                kind = "read" if method == "GET" or not self.quota_split_read_write else "write"
                self._charge_quota(user, kind)
                if bad_json is not None:
                    raise _bad_request("Invalid JSON payload received. %s" % bad_json)
                result = self._route(method, split.path, query, body)
            status, payload = 200, result
        except ApiError as exc:
            status, payload = exc.code, exc.body()
        except Exception as exc:  # a bug in the emulator: answer like Google's 500
            status, payload = 500, ApiError(500, "Emulator error: %r" % exc).body()
        if fault is not None:  # applied, then the answer is lost
            if fault.drop:
                handler.close_connection = True
                return
            status, payload, kind = self._fault_response(fault, method)
            _send(handler, status, payload, kind, fault.headers)
            return
        _send(handler, status, payload)


class _Reverse:
    """Sort key wrapper that inverts ordering (for DESCENDING with stable sort)."""

    __slots__ = ("v",)

    def __init__(self, v: Any):
        self.v = v

    def __lt__(self, other: "_Reverse") -> bool:
        return other.v < self.v

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Reverse) and self.v == other.v


def _send(handler: BaseHTTPRequestHandler, status: int, payload: Any, kind: str = "json",
          headers: dict | None = None) -> None:
    if kind == "html":
        data = str(payload).encode("utf-8")
        ctype = "text/html; charset=UTF-8"
    else:
        data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        ctype = "application/json; charset=UTF-8"
    handler.send_response(status)
    handler.send_header("Content-Type", ctype)
    handler.send_header("Content-Length", str(len(data)))
    for name, value in (headers or {}).items():
        handler.send_header(name, str(value))
    handler.end_headers()
    handler.wfile.write(data)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as Google's front end
    disable_nagle_algorithm = True  # without it each keep-alive request costs ~40 ms
    server_version = "ESF"
    sys_version = ""

    def log_message(self, format: str, *args: Any) -> None:  # the stdlib's signature, builtin name and all
        pass

    def _dispatch(self) -> None:
        try:
            self.server.emulator._handle(self)  # type: ignore[attr-defined]
        except (TimeoutError, BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _dispatch


# --------------------------------------------------------------------------
# gspread and pytest glue
# --------------------------------------------------------------------------


def _rewriting_client_class() -> type:
    from gspread.http_client import HTTPClient

    class _RewritingHTTPClient(HTTPClient):
        """gspread HTTP client sending Sheets requests to ``api_base``.

        gspread copies its URL constants at import, so patching gspread.urls
        has no effect; rewriting in ``request`` does.
        """

        def __init__(self, auth: Any, session: Any = None, *, api_base: str):
            super().__init__(auth, session)
            self.api_base = api_base.rstrip("/")

        def request(self, method: str, endpoint: str, *args: Any, **kwargs: Any) -> Any:
            if endpoint.startswith(SHEETS_API_BASE):
                endpoint = self.api_base + endpoint[len(SHEETS_API_BASE):]
            return super().request(method, endpoint, *args, **kwargs)

    return _RewritingHTTPClient


class _LazyClass:
    """Defers importing gspread until the class is first used."""

    def __init__(self, factory: Callable[[], type]):
        self._factory = factory
        self._cls: type | None = None

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if self._cls is None:
            self._cls = self._factory()
        return self._cls(*args, **kwargs)


RewritingHTTPClient = _LazyClass(_rewriting_client_class)

_KEY_CACHE: list[str] = []
_BOUNDARY_PATCH = {"depth": 0, "original": None}
_BOUNDARY_LOCK = threading.Lock()


def _block_boundary_lookup(enable: bool) -> None:
    """Refcounted switch for google-auth's regional-access-boundary lookup (a call to Google)."""
    try:
        from google.auth import credentials as google_credentials
    except ImportError:
        return
    cls = getattr(google_credentials, "CredentialsWithRegionalAccessBoundary", None)
    name = "_is_regional_access_boundary_lookup_required"
    if cls is None or name not in cls.__dict__:
        return  # older google-auth: no such lookup
    with _BOUNDARY_LOCK:
        if enable:
            if _BOUNDARY_PATCH["depth"] == 0:
                _BOUNDARY_PATCH["original"] = cls.__dict__[name]
                setattr(cls, name, lambda self: False)
            _BOUNDARY_PATCH["depth"] += 1
        elif _BOUNDARY_PATCH["depth"] > 0:
            _BOUNDARY_PATCH["depth"] -= 1
            if _BOUNDARY_PATCH["depth"] == 0:
                setattr(cls, name, _BOUNDARY_PATCH["original"])


def _test_private_key_pem() -> str:
    if not _KEY_CACHE:
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric import rsa

        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        _KEY_CACHE.append(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                            serialization.NoEncryption()).decode("ascii"))
    return _KEY_CACHE[0]


def make_emulator_fixture(scope: str = "function", **kwargs: Any) -> Any:
    """A pytest fixture yielding a started :class:`SheetsEmulator`.

    In a test module: ``sheets_emu = make_emulator_fixture()``.
    """
    import pytest

    @pytest.fixture(scope=scope)
    def _fixture() -> Iterable[SheetsEmulator]:
        with SheetsEmulator(**kwargs) as emu:
            yield emu

    return _fixture
