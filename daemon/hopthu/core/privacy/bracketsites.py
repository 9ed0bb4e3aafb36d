"""A household's number in brackets right after its name, then what is done there (for the pipeline): "Nhà anh
[họ tên] (số 5 ngõ 27 phố Lê Lợi) tuần nào cũng đốt rác, …". `homes` reads the bracket as holding the home only
("Bà [họ tên] (số 6): bãi rác … bốc mùi"); when the clause after the bracket tells what the household does there,
the number is the complaint's site and stays (GUIDE.md: the site of the complaint, even when it is a home). Not when
the household suffers it ("Nhà bà [họ tên] (số 6 ngõ 3) bị nhà bên cạnh đốt rác": "bị"/"do"/"vì" before what is
done) nor when the deed is done on an empty lot ("… (số 5 ngõ 27) tuần nào cũng đốt rác ở bãi đất trống cuối ngõ").

Pure, no I/O; it imports nothing of hopthu: `privacy/__init__.py` hands it the fold (one character for one) and
`homes.unit_is_site`, the test of a clause telling what happens at an address, and `ownedsites.done_on_lot`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Span = tuple[int, int]  # as base.Span; no imports from the package (the import chain stays short)

# A house told by where it stands, its number in brackets next: "nhà cuối ngõ (nhà ", "nhà bên cạnh (", folded.
_WHERE_IT_STANDS = (r"nha\s(?:(?:cuoi|dau|giua)\s(?:ngo|ngach|hem|kiet|xom)|ben canh|doi dien|sat vach|ke ben)"
                    r"\s?\(\s?(?:nha\s)?$")
# "nhà anh [họ tên] (" right before the number, folded.
_NAMED_OPEN = re.compile(r"(?<!\w)nha\s(?:ong|ba|anh|chi|co|chu|bac|cu|o|a|c)\s\[ho ten\]\s?\(\s?$"
                         # ... or the household told by where it stands: "con chó của nhà cuối ngõ (nhà số 30 ngõ 5) thả
                         # rông" (p-4535): the number names the household the letter is about, not a home aside
                         r"|(?<!\w)" + _WHERE_IT_STANDS)
_CLOSE = re.compile(r"[^()\n]{0,60}\)")
_CLAUSE = re.compile(r"[,.;:\n]")
_SUFFERS = re.compile(r"(?<!\w)(?:bi|do|vi)(?!\w)")
# A dog or other animal let loose from there: "(nhà số 30 ngõ 5) thả rông lao ra cắn …".
_LET_LOOSE = re.compile(r"(?<!\w)tha (?:rong|cho|meo|ga|bo|de)(?!\w)")
# ... but not the writer's own house so told: "Nhà tôi là nhà cuối ngõ (nhà số 30 ngõ 5) thả gà trong vườn …".
_OWN_WHERE = re.compile(r"(?<!\w)(?:toi|tui|minh|em|chung toi|chung em)\s(?:(?:hien|dang|la|o|song|tai)\s){1,3}"
                        + _WHERE_IT_STANDS)


def drop_bracketed_sites(text: str, spans: list[Span], fold: Callable[[str], str],
                         site_said: Callable[[str], bool], on_lot: Callable[[str], bool]) -> list[Span]:
    """`spans` less the numbers in brackets after a named household when the clause after the bracket tells what
    is done there (see the module's text); `on_lot` tells whether a folded clause puts the deed on an empty lot."""
    kept = []
    for start, end in spans:
        close = _CLOSE.match(text, end)
        if close and _NAMED_OPEN.search(fold(text[max(0, start - 30):start])) \
                and not _OWN_WHERE.search(fold(text[max(0, start - 60):start])):
            clause = _CLAUSE.split(fold(text[close.end():close.end() + 80]), maxsplit=1)[0]
            done = _SUFFERS.split(clause, maxsplit=1)[0]
            if (site_said(done) or _LET_LOOSE.search(done)) and not on_lot(clause):
                continue
        kept.append((start, end))
    return kept
