"""Residential groups (tổ dân phố, TDP): what a citizen or an officer typed, as the ward's list names it.

"Tổ 7", "tdp7", "TDP số 7", "to dan pho so 07" and a bare "7" are one group: each value is matched
against the ward's list (`ward.tdp`: a name and its aliases) with accents, case, spaces and
punctuation ignored, then by its number. A value the list does not know is kept as typed and
reported as unknown, for an officer to look at. Without a list, numbered forms are written
"TDP số N" (as the sample Form writes them) and anything else is kept.

When the TDP field is empty the text is searched ("tổ dân phố số 7", "tdp 7", "tổ 7", an alias).
Pure: no configuration, no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from hopthu.core.textnorm import fold, fold_case, nfc

#: A numbered group in folded text: "to dan pho so 7", "tdp 07", "tdp7", "to 7", "to so 7".
NUMBERED = re.compile(r"\b(?:to dan pho|tdp|to)[ .:]{0,3}(?:so[ .:]{0,3})?0{0,2}(\d{1,3})\b")
#: A numbered group in running text, with its diacritics (lower case): a bare "to" is "big" ("nhà to 3
#: tầng"), so without diacritics only "to dan pho 7", "tdp 7" or "to so 7" count.
IN_TEXT = re.compile(r"\b(?:tổ dân phố|to dan pho|tdp|tổ|to(?=[ .:]{1,3}so\b))[ .:]{0,3}(?:(?:số|so)[ .:]{0,3})?"
                     r"0{0,2}(\d{1,3})\b")
#: A value that is only a number ("7", "07", "số 7").
BARE_NUMBER = re.compile(r"^(?:so\s?)?0{0,2}(\d{1,3})$")
_NOT_WORD = re.compile(r"[^0-9a-z]+")


def key(text: str) -> str:
    """The matching key of a name or alias: folded, without spaces or punctuation ("tdpso7")."""
    return _NOT_WORD.sub("", fold(text))


def number(text: str) -> int | None:
    """The group number a value names on its own ("Tổ 7", "TDP số 07", "7"), or None."""
    folded = _words(text)
    match = BARE_NUMBER.match(folded) or NUMBERED.fullmatch(folded)
    if match is None and folded:
        match = NUMBERED.fullmatch(folded.replace(" ", "")) or NUMBERED.fullmatch(folded.replace(" so ", " so"))
    return int(match.group(1)) if match else None


@dataclass
class TdpList:
    """The ward's groups: each name with its aliases. Build with `TdpList.build`, which says what clashes."""

    names: list[str] = field(default_factory=list)
    by_key: dict[str, str] = field(default_factory=dict)
    by_number: dict[int, str] = field(default_factory=dict)
    phrases: dict[str, str] = field(default_factory=dict)  # an unnumbered alias as folded words → its group

    @classmethod
    def build(cls, entries: list[tuple[str, list[str]]]) -> "TdpList":
        """Raises ValueError naming the two groups when a name, alias or number belongs to both."""
        out = cls()
        for name, aliases in entries:
            name = nfc(name).strip()
            out.names.append(name)
            for value in [name, *aliases]:
                k = key(value)
                if not k:
                    raise ValueError(f'tổ dân phố «{name}»: tên hoặc tên gọi khác trống / an empty name or alias')
                other = out.by_key.get(k)
                if other is not None and other != name:
                    raise ValueError(f'«{value}» vừa là của «{other}» vừa là của «{name}» / "{value}" names two groups')
                out.by_key[k] = name
                n = number(value)
                if n is not None:
                    other = out.by_number.get(n)
                    if other is not None and other != name:
                        raise ValueError(f'số {n} vừa là của «{other}» vừa là của «{name}» / number {n} names two groups')
                    out.by_number[n] = name
                elif len(k) >= 4:
                    out.phrases[_words(value)] = name
        return out

    def normalise(self, value: str) -> tuple[str, bool]:
        """(the group's name, True) for a value the list knows or "" ; (the value as typed, False) otherwise.
        Without a list a numbered value becomes "TDP số N" and counts as known."""
        value = " ".join(nfc(value or "").split())
        if not value:
            return "", True
        n = number(value)
        if not self.names:
            return (f"TDP số {n}", True) if n is not None else (value, True)
        found = self.by_key.get(key(value)) or (self.by_number.get(n) if n is not None else None)
        return (found, True) if found else (value, False)

    def from_text(self, text: str) -> str:
        """The group a letter names ("tổ dân phố số 7", "tdp 7", "tổ 7" or an alias), as the list names it;
        "" when it names none (or names one the list does not know)."""
        folded = _words(text or "")
        for match in IN_TEXT.finditer(" ".join(fold_case(text or "").split())):
            name, known = self.normalise(f"TDP {match.group(1)}")
            if known:
                return name
        padded = f" {folded} "
        return next((name for phrase, name in self.phrases.items() if f" {phrase} " in padded), "")


def _words(text: str) -> str:
    return " ".join(_NOT_WORD.sub(" ", fold(text)).split())
