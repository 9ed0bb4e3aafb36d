"""The same complaint twice: which open case a new item resembles (`casework.Likeness`), across email,
Form and paper.

Merged ("Trùng lặp", linked to the first case) when the texts are near-identical (`duplicates.same_text`)
whoever wrote, or similar (`duplicates.similar_text`) and from the same email address or phone number;
a similar text from someone else is only proposed to the officers. Only open cases received within
`duplicates.window_days` count. Texts are compared after `redact`, as the register holds them.

One index per batch of intakes (`Recent`): the open cases' word sets, with the cases opened in the
batch added as they are made, so the email and the Form answer of the same morning meet."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from typing import TYPE_CHECKING

from hopthu.core.model import FINISHED, QUIET_FLAGS, Case, Contact, Submission
from hopthu.core.redact import redact
from hopthu.core.similar import Likeness, similarity, words

if TYPE_CHECKING:
    from hopthu.app import App


def case_text(case: Case) -> str:
    return "\n".join(p for p in (case.subject, case.summary) if p)


class Recent:
    """Open cases that a new item may repeat, indexed by word."""

    def __init__(self, app: App):
        self.app = app
        self.cases: dict[str, tuple[Case, Contact]] = {}
        self.index: dict[str, list[str]] = {}
        self.loaded = False

    def _load(self) -> None:
        self.loaded = True
        if self.app.settings.duplicates.window_days <= 0:
            return
        for case in self.app.journal.cases():
            self.add(case)

    def add(self, case: Case) -> None:
        if case.status in FINISHED or QUIET_FLAGS & set(case.flags) or case.code in self.cases:
            return
        self.cases[case.code] = (case, self.app.journal.contact(case.code))
        for w in words(case_text(case)):
            self.index.setdefault(w, []).append(case.code)

    def likeness(self, sub: Submission) -> Likeness | None:
        settings = self.app.settings.duplicates
        if settings.window_days <= 0:
            return None
        if not self.loaded:
            self._load()
        names = [sub.contact.name] if sub.contact.name else []
        text = redact("\n".join(p for p in (sub.subject, sub.text) if p), names=names)
        mine = words(text)
        hits = Counter(code for w in mine for code in self.index.get(w, ()))
        window = timedelta(days=settings.window_days)
        best: Likeness | None = None
        for code, common in hits.most_common(50):
            if common < len(mine) * settings.similar_text / 2:
                break  # too few words in common to reach the threshold
            case, contact = self.cases[code]
            if abs(sub.received_at - case.received_at) > window:
                continue
            score = similarity(text, case_text(case))
            if score < settings.similar_text:
                continue
            same = _same_contact(sub.contact, contact)
            found = Likeness(code, round(score, 2), same, merge=score >= settings.same_text or same)
            if best is None or (found.merge, found.score, best.code) > (best.merge, best.score, found.code):
                best = found
        return best


def _same_contact(a: Contact, b: Contact) -> bool:
    return bool((a.email and a.email.lower() == b.email.lower()) or (a.phone and a.phone == b.phone))
