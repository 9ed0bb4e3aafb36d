"""One message as the rules read it, prepared once: the keyword hits per place, lazily the Form fields,
the sender, and the NFC places the regular expressions search. Pure, no I/O.

The conditions that ask about it are `conditions.py` (leaves) and `combinators.py` (all / any / not);
the keyword matcher that scans it is `matcher.py`; a hit's weight is `evidence.py`.
"""

from __future__ import annotations

from email.utils import parseaddr
from typing import TYPE_CHECKING, Any

from hopthu.core.rules.courtesy import blank, drop_courtesy
from hopthu.core.textnorm import afold, fold_case, nfc, unwrap

if TYPE_CHECKING:
    from hopthu.core.model import Submission
    from hopthu.core.rules.matcher import Matcher
    from hopthu.core.rules.safe_regex import Prefilter


class Context:
    """One message, prepared once: keyword hits per place, lazily the Form fields."""

    __slots__ = ("sub", "matcher", "subject_fc", "text_fc", "subject_at", "text_at", "subject_hits",
                 "text_hits", "present", "_field_hits", "channel", "_sender", "_nfc", "prefilter", "_ruled_out",
                 "_courtesy")

    def __init__(self, sub: Submission, matcher: Matcher, prefilter: Prefilter | None = None):
        self.sub = sub
        self.matcher = matcher
        self.prefilter = prefilter  # which officers' patterns cannot match a place (skipped, not searched)
        self._ruled_out: tuple[frozenset[Any], ...] | None = None
        # keyword -> where it starts in fold_case(subject / text): weighing looks at the words around it
        self.subject_fc, self.subject_at = matcher.scan_text(sub.subject or "")
        self.text_fc, self.text_at = matcher.scan_text(sub.text or "")
        # the body's courtesy ("Xin cảm ơn phường đã quan tâm." opening a request, "Xin cảm ơn." closing it): no
        # evidence, neither for the keywords nor for the patterns (courtesy.py)
        self._courtesy = drop_courtesy(self.text_fc, self.text_at)
        self.subject_hits: frozenset[str] = frozenset(self.subject_at)
        self.text_hits: frozenset[str] = frozenset(self.text_at)
        self.present: frozenset[str] = self.subject_hits | self.text_hits
        self._field_hits: dict[str, frozenset[str]] = {}
        channel = sub.channel
        self.channel = str(getattr(channel, "value", channel) or "")  # a Channel, or its value as typed
        self._sender: str | None = None
        self._nfc: tuple[tuple[str, str], ...] | None = None

    @property
    def places(self) -> tuple[tuple[str, str], ...]:
        """(("subject", NFC subject), ("text", NFC text, its wrapped lines joined, its courtesy blanked)), for
        regular expressions."""
        if self._nfc is None:
            text = nfc(unwrap(self.sub.text or ""))
            self._nfc = (("subject", nfc(self.sub.subject or "")), ("text", blank(text, self.text_fc, self._courtesy)))
        return self._nfc

    @property
    def ruled_out(self) -> tuple[frozenset[Any], ...]:
        """Per place of `places`, the patterns that cannot match there (`safe_regex.Prefilter`)."""
        if self._ruled_out is None:
            prefilter = self.prefilter
            self._ruled_out = tuple(prefilter.ruled_out(value) if prefilter is not None else frozenset()
                                    for _, value in self.places)
        return self._ruled_out

    @property
    def sender(self) -> str:
        """The sender's bare address, lower case ("" when unknown); parsed only when asked."""
        if self._sender is None:
            raw = (self.sub.sender or "").strip()
            self._sender = (parseaddr(raw)[1] if "<" in raw or " " in raw else raw).strip().lower()
        return self._sender

    @property
    def all_hits(self) -> frozenset[str]:
        return self.present

    def field_value(self, name: str) -> str:
        sub = self.sub
        if name == "tdp":
            return sub.tdp or ""
        if name == "picked_category":
            return sub.picked_category or ""
        fields = sub.fields or {}
        if name in fields:
            return fields[name] or ""
        key = afold(fold_case(name))
        for k, v in fields.items():
            if afold(fold_case(k)) == key:
                return v or ""
        return ""

    def field_hits(self, name: str) -> frozenset[str]:
        hits = self._field_hits.get(name)
        if hits is None:
            hits = self._field_hits[name] = self.matcher.scan(self.field_value(name))
        return hits
