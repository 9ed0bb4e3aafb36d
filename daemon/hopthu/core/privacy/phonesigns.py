"""A Form answer typed on a phone, signed beside its phone number and closed by a particle (for the pipeline):
"[số điện thoại] - Lan nha", "[số điện thoại] c Hương nhé", "[số điện thoại] (Hùng) nha p", "[số điện thoại] a Tuấn ạ".

Pure, no I/O, and it imports nothing of hopthu: `privacy/__init__.py` hands it the fold (one character for one) and
the test of a word that is no name. `namecues.next_to_phone` takes a name beside the phone's marker only when the
line ends right after it; a texting particle after the name ("nha", "nhé", "ạ") hid it. Here the particle may close
the line: the name is one to three capitalised words (not in capitals), after a dash, a comma, a bracket or a
one-letter honorific ("c", "a", "e"), every word a name's syllable, and the particle is written in lower case. The
honorific stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Span = tuple[int, int]  # as base.Span; no imports from the package (the import chain stays short)

# On the folded text: the marker, a separator, an optional short honorific, the name, an optional closing bracket,
# then the particle and the line's end.
_SIGNED = re.compile(
    r"\[so dien thoai\](?:\s?\(|\s?[\-–,]\s?|\s)(?:(?:a|c|e|anh|chi|em|co|chu|bac)\s)?"
    r"([^\W\d_]{1,12}(?: [^\W\d_]{1,12}){0,2}?)\)?\s(?:nha|nhe|a|nhe a|nha a|nha p|nhe p|nha ae|nhe ae)"
    r"\s?[.!]*\s?(?:[^\w\s]{1,4}\s?)?(?:\n|$)"
)


def phone_signed_names(text: str, fold: Callable[[str], str], no_name: Callable[[str], bool],
                       name_word: Callable[[str], bool]) -> list[Span]:
    """Spans of names signed beside a phone marker before a closing particle (see the module's text); `no_name`
    says whether a folded word is no name ("zalo", "sdt"), `name_word` whether it is a name's syllable or a given
    name ("- Gấp nha", "(Viettel) nha", "- Ok nha", ", Thanks nha" close no name)."""
    if "[số điện thoại]" not in text:
        return []
    folded = fold(text)
    found = []
    for m in _SIGNED.finditer(folded):
        start, end = m.span(1)
        words = text[start:end].split()
        particle = text[end : m.end()]
        if all(w[:1].isupper() and not w.isupper() for w in words) and particle == particle.lower() \
                and not any(no_name(fold(w)) or not name_word(fold(w)) for w in words):
            found.append((start, end))
    return found
