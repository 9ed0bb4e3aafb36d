"""The same complaint twice: which open case a new item resembles (`casework.Likeness`), across email,
Form and paper.

Merged ("Trùng lặp", linked to the first case) when the texts are near-identical (`duplicates.same_text`)
whoever wrote, or similar (`duplicates.similar_text`) and from the same email address or phone number;
a similar text from someone else, texts naming different numbers (ngõ 5, ngõ 7: two places), or a short
report a longer one holds almost whole (`similar.contained`) is only proposed to the officers. Only open cases received within
`duplicates.window_days` count. Texts are compared after `redact`, as the register holds them.

One index per batch of intakes (`Recent`), read in one query of the texts and contacts of the open cases
received within the window (not their histories, not years of open cases), by word and by contact, with the
cases opened in the batch added as they are made, so the email and the Form answer of the same morning meet.
A new item is compared only with the cases that share enough words with it or its contact, and only within
the window: its cost does not grow with the number of past cases."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta
from itertools import chain
from typing import TYPE_CHECKING

from hopthu.core.model import FINISHED, QUIET_FLAGS, Case, Contact, Submission
from hopthu.core.redact import redact
from hopthu.core.similar import CONTAINED, Likeness, contained_of, other_numbers, similarity_of, words

if TYPE_CHECKING:
    from hopthu.app import App

#: `similar.words` without its cache, for indexing (`Recent._index`)
_index_words = getattr(words, "__wrapped__", words)

#: At most this many cases, those sharing the most words with a new item, are scored against it.
CANDIDATES = 50


def case_text(case: Case) -> str:
    return "\n".join(p for p in (case.subject, case.summary) if p)


def _contact_keys(contact: Contact) -> list[str]:
    return [k for k in ((contact.email or "").lower(), contact.phone or "") if k]


class Recent:
    """Open cases that a new item may repeat, indexed by word and by contact."""

    def __init__(self, app: App):
        self.app = app
        # code → received, text (UTF-8: Vietnamese costs 2 bytes a letter as str), its number of words, contact
        self.cases: dict[str, tuple[datetime, bytes, int, Contact]] = {}
        self.by_word: dict[str, list[str]] = {}
        self.by_contact: dict[str, list[str]] = {}
        self.loaded = False
        self.since: datetime | None = None  # the open cases received from then on are indexed
        self._last: tuple[str, frozenset[str]] = ("", frozenset())  # the last item's text compared, its words

    def _load(self, since: datetime) -> None:
        """The open cases received from `since` on (a day's margin for the journal's text comparison across
        offsets); called again, for the older ones only, when an item of the batch reaches further back."""
        self.loaded = True
        self.since = since
        for row in self.app.journal.open_case_texts((since - timedelta(days=1)).astimezone(self.app.config.tz).isoformat()):
            if not QUIET_FLAGS & set(row.flags):  # a case indexed already is left (`_index`)
                self._index(row.code, row.received_at, row.text, row.contact)

    def _index(self, code: str, received_at: datetime, text: str, contact: Contact) -> None:
        if code in self.cases:
            return
        # Not through `words`' cache: 4,096 cached word sets of open cases' texts were 37 MB of a daemon's heap
        # at 10,000 open cases (bench/idle_rss.py --google 10000), for texts the index below already holds.
        # the case just compared (`likeness`) is indexed with the same text most often: its words are not made again
        last_text, last_words = self._last
        indexed = last_words if text == last_text else _index_words(text)
        self.cases[code] = (received_at, text.encode("utf-8"), len(indexed), contact)
        for w in indexed:
            self.by_word.setdefault(w, []).append(code)
        for key in _contact_keys(contact):
            self.by_contact.setdefault(key, []).append(code)

    def add(self, case: Case, contact: Contact) -> None:
        """A case opened in this batch (a duplicate or a quiet one is not a first case for later items)."""
        if self.loaded and case.status not in FINISHED and not QUIET_FLAGS & set(case.flags):
            self._index(case.code, case.received_at, case_text(case), contact)

    def likeness(self, sub: Submission) -> Likeness | None:
        settings = self.app.settings.duplicates
        if settings.window_days <= 0:
            return None
        window = timedelta(days=settings.window_days)
        if self.since is None or sub.received_at - window < self.since:  # the window of this item, read once
            self._load(sub.received_at - window)
        names = [sub.contact.name] if sub.contact.name else []
        text = redact("\n".join(p for p in (sub.subject, sub.text) if p), names=names)
        mine = words(text)
        self._last = (text, mine)
        # The codes' lists chained, counted in C (a generator over them cost as much again as the counting).
        hits = Counter(chain.from_iterable(self.by_word.get(w, ()) for w in mine))
        # Too few words in common cannot reach the threshold; the same contact's cases are always looked at.
        # A short earlier report that this text holds almost whole is looked at too (`contained`).
        enough = len(mine) * settings.similar_text / 2
        candidates = [code for code, common in hits.most_common(CANDIDATES)
                      if common >= enough or common >= CONTAINED * self.cases[code][2]]
        candidates += [c for k in _contact_keys(sub.contact) for c in self.by_contact.get(k, ()) if c not in candidates]
        best: Likeness | None = None
        for code in candidates:
            received_at, their_bytes, theirs, contact = self.cases[code]
            if abs(sub.received_at - received_at) > window:
                continue
            # the words in common are what the index counted, their number of words too: no set is made again
            common = hits.get(code, 0)
            score = similarity_of(len(mine), theirs, common)
            alike = score >= settings.similar_text
            # their text only where its numbers are asked (most candidates are left on their score alone)
            if not alike and not (contained_of(len(mine), theirs, common)
                                  and not other_numbers(text, their_bytes.decode("utf-8"))):
                continue
            same = _same_contact(sub.contact, contact)
            merge = alike and (score >= settings.same_text or same) and not other_numbers(text, their_bytes.decode("utf-8"))
            found = Likeness(code, round(score, 2), same, merge=merge)
            if best is None or (found.merge, found.score, best.code) > (best.merge, best.score, found.code):
                best = found
        return best


def _same_contact(a: Contact, b: Contact) -> bool:
    return bool((a.email and a.email.lower() == b.email.lower()) or (a.phone and a.phone == b.phone))
