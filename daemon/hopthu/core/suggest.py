"""Rule changes learnt from corrections: what `hopthu rules suggest` proposes.

Officers correct a case's category or lead agency in the register; agencies send cases back. From the
corrected cases' redacted text:

* **keywords** for the new category or agency: phrases (two to six syllables: a lone Vietnamese
  syllable is rarely a word) found in at least
  `min_cases` of the cases corrected *to* it and rare (at most `max_out_share` of cases) among the cases
  that are not about it;
* **exclusions** for the rule that decided wrongly: phrases found in at least `min_cases` of the cases it
  misrouted and rare among the cases it routed right.

Among phrases as good as each other the longest common run is kept ("vệ sinh an toàn thực phẩm", not
its pieces "sinh an", "toàn thực"): a phrase inside or overlapping one already chosen, in the same
cases, is left out. Phrases are compared without diacritics and shown as most often written. Masked personal data
("[họ tên]"), numbers and function words never make a phrase. Pure: the caller reads the journal.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from hopthu.core.textnorm import fold, fold_case

LIMIT = 20_000
_MASK = re.compile(r"\[[^\[\]\n]{0,40}\]")
_WORD = re.compile(r"[^\W\d_]+")
_BREAK = re.compile(r"[^\w\s]+|[\d_]+|\n")
#: Words that never begin or end a proposed phrase, as written (lower case, with diacritics: "về" is one,
#: "vệ" in "vệ sinh" is not); a word typed without diacritics is compared without them.
STOP_WORDS = frozenset(fold_case(w) for w in """
    và với của là có không được đã đang sẽ cho các những này kia đó ở tại trong ngoài trên dưới từ đến
    về theo như thì mà nên vì để khi lúc rồi còn cũng rất quá lắm nhiều ít một hai ba mỗi mọi
    tôi chúng ta chúng tôi mình bạn anh chị em ông bà cô chú bác họ nó gia đình nhà
    kính gửi thưa xin đề nghị kiến nghị mong muốn phản ánh ý kiến góp ý việc vụ vấn đề trường hợp
    phường quận thành phố ủy ban ban mặt trận tổ quốc việt nam cơ quan cán bộ người dân bà con
    ngày tháng năm hôm nay qua tuần sáng chiều tối đêm giờ cảm ơn trân trọng xin cảm ơn
    đây ai gì nào sao bao vẫn chưa hết nữa lại ra vào lên xuống đi bị hay hoặc nhưng tuy
""".split())
STOP = frozenset(fold(w) for w in STOP_WORDS)


def _stop(word: str, key: str) -> bool:
    return word in STOP_WORDS or (word.isascii() and key in STOP)


@dataclass(frozen=True)
class Example:
    """A case as the suggestions see it: its redacted text and where it is now."""

    code: str
    text: str
    category: str
    agency: str
    rule: str = ""  # the rule that decided it when it came in


@dataclass(frozen=True)
class Fix:
    """A case's routing as corrected: `field` (category | agency) went from `old` to `new`."""

    code: str
    field: str
    old: str
    new: str


@dataclass(frozen=True)
class Phrase:
    text: str      # as most often written
    cases: int     # corrected cases that hold it
    elsewhere: int  # other cases that hold it


@dataclass
class KeywordProposal:
    field: str              # category | agency
    value: str              # the id officers chose
    category: str           # the category a new rule should give (the usual one of these cases)
    agency: str             # the agency, for an agency proposal ("" for a category one)
    phrases: list[Phrase]
    cases: list[str]


@dataclass
class ExclusionProposal:
    rule: str
    phrases: list[Phrase]
    cases: list[str]


@dataclass
class Suggestions:
    keywords: list[KeywordProposal] = field(default_factory=list)
    exclusions: list[ExclusionProposal] = field(default_factory=list)


def phrases_of(text: str) -> dict[str, str]:
    """Folded phrase → as written, for every 2-6 syllable phrase of `text` that may be a keyword."""
    out: dict[str, str] = {}
    # A phrase never spans punctuation, a number or masked personal data. The opening LIMIT characters
    # are enough to learn from (a letter's matter is stated early) and bound the cost of a pasted book.
    for segment in _BREAK.split(fold_case(_MASK.sub(" . ", (text or "")[:LIMIT]))):
        words = _WORD.findall(segment)
        keys = [fold(w) for w in words]
        for size in (2, 3, 4, 5, 6):
            for i in range(len(words) - size + 1):
                if _stop(words[i], keys[i]) or _stop(words[i + size - 1], keys[i + size - 1]):
                    continue
                out.setdefault(" ".join(keys[i:i + size]), " ".join(words[i:i + size]))
    return out


def _distinctive(inside: list[dict[str, str]], outside: list[dict[str, str]], *, min_cases: int,
                 max_out_share: float, top: int) -> list[Phrase]:
    """Phrases common inside and rare outside, best first, the longer first among equals; a phrase inside,
    holding or overlapping one already chosen in as many cases is left out (a piece of the same run)."""
    held = Counter(k for doc in inside for k in doc)
    elsewhere = Counter(k for doc in outside for k in doc)
    spelled: dict[str, Counter[str]] = defaultdict(Counter)
    for doc in inside:
        for k, v in doc.items():
            spelled[k][v] += 1
    n_out = max(len(outside), 1)
    found = [(k, n) for k, n in held.items() if n >= min_cases and elsewhere[k] / n_out <= max_out_share]
    found.sort(key=lambda kn: (-(kn[1] / len(inside) - elsewhere[kn[0]] / n_out), -len(kn[0].split()), kn[0]))
    chosen: list[str] = []
    for k, n in found:
        if any(_contained(k, c) or (held[c] == n and _overlap(k, c)) for c in chosen):
            continue
        chosen.append(k)
        if len(chosen) == top:
            break
    return [Phrase(spelled[k].most_common(1)[0][0], held[k], elsewhere[k]) for k in chosen]


def _contained(a: str, b: str) -> bool:
    return f" {a} " in f" {b} " or f" {b} " in f" {a} "


def _overlap(a: str, b: str) -> bool:
    """The end of one phrase is the start of the other ("an toàn thực" / "thực phẩm kém")."""
    x, y = a.split(), b.split()
    return any(x[-n:] == y[:n] or y[-n:] == x[:n] for n in range(1, min(len(x), len(y))))


def suggest(examples: list[Example], fixes: list[Fix], *, min_cases: int = 2, max_out_share: float = 0.05,
            top: int = 8) -> Suggestions:
    """Keyword and exclusion proposals from `fixes` (the last one per case and field counts)."""
    by_code = {e.code: e for e in examples}
    docs = {e.code: phrases_of(e.text) for e in examples}
    final: dict[tuple[str, str], Fix] = {}
    first: dict[tuple[str, str], Fix] = {}
    for fix in fixes:
        if fix.code in by_code and fix.field in ("category", "agency"):
            final[(fix.code, fix.field)] = fix
            first.setdefault((fix.code, fix.field), fix)
    out = Suggestions()
    targets: dict[tuple[str, str], list[str]] = defaultdict(list)
    for (code, fld), fix in sorted(final.items()):
        if fix.new and fix.new != first[(code, fld)].old:
            targets[(fld, fix.new)].append(code)
    for (fld, value), codes in sorted(targets.items()):
        inside = [docs[c] for c in codes]
        outside = [docs[e.code] for e in examples if getattr(e, fld) != value and e.code not in codes]
        phrases = _distinctive(inside, outside, min_cases=min_cases, max_out_share=max_out_share, top=top)
        if phrases:
            usual = Counter(by_code[c].category for c in codes).most_common(1)[0][0]
            out.keywords.append(KeywordProposal(fld, value, value if fld == "category" else usual,
                                                value if fld == "agency" else "", phrases, codes))
    misled: dict[str, set[str]] = defaultdict(set)
    for (code, _), fix in final.items():
        rule = by_code[code].rule
        if rule and first[(code, fix.field)].old != fix.new:
            misled[rule].add(code)
    for rule, wrong in sorted(misled.items()):
        inside = [docs[c] for c in sorted(wrong)]
        right = [docs[e.code] for e in examples if e.rule == rule and e.code not in wrong]
        phrases = _distinctive(inside, right, min_cases=min_cases, max_out_share=max_out_share, top=top)
        if phrases:
            out.exclusions.append(ExclusionProposal(rule, phrases, sorted(wrong)))
    return out
