"""Names of private people: the writer's self-introduction and signature, relatives, neighbours,
victims, the private person a letter complains about. Pure, no I/O.

Rules rather than a statistical model (see README, "Personal data"): a name is
- what follows a self-introduction ("Tôi là …", "tên tôi là …", "em la …", "Người viết: …", "họ tên: …");
- a short line among the last lines of a letter that looks like a name (a signature: "Trân trọng,\\nX");
- one to four capitalised words after an honorific or kinship word ("chị Lan", "bác Tư", "cháu Minh",
  "ông Nguyễn Văn An", "thang Cuong", "Mr Hưng") or after "mang tên / chủ tài khoản / tên";
- a bare full name shaped like a Vietnamese one: a known surname, then one to three capitalised
  syllables, the second a usual middle name or three syllables in all ("Trần Thị Sen", "TRAN MINH
  QUAN"), and in lower case ("nguyen thi thu") when the second syllable is a middle name.
- a Southern birth-order name, a given name with an epithet, a nickname in quotes ("Hai Lộc", "Tuấn Sún").
What stays: officials named in their public role ("Chủ tịch UBND phường Trần Văn Bình", "tổ trưởng
TDP 5 ông Lê Văn Cường", "CSKV Đỗ Minh Tuấn") and later short references to them ("ông Bình"); public
places named after people ("đường Trần Phú", "trường THCS Chu Văn An", "phố Hoàng Hoa Thám").
The writer is never an official for this purpose: a self-introduction is always removed.
"""

from __future__ import annotations

import bisect
import re

from hopthu.core.privacy.base import Span, clause_before, fold_same_length, merge
from hopthu.core.privacy.closings import closing_names, signature_zones
from hopthu.core.privacy.joinedprivate import joined_neighbour
from hopthu.core.privacy.leadins import (
    CLOSING,
    INTRO,
    INTRO_CAPITAL,
    KIN,
    LIST_JOIN,
    NAMED_AS,
    NOT_A_NAME,
    PERSON_NOUN,
    PRIVATE_BOARD_BEFORE,
    PRIVATE_TITLE,
    ROLE_AFTER,
    SCORN,
    SCORN_UNMARKED,
    SIGN_SKIP,
    VERB,
    not_a_name,
    role_in_clause,
)
from hopthu.core.privacy.namecues import (
    ABBREVIATIONS,
    AFTER_LOWER_NAME,
    BEFORE_DO_THAT,
    BEFORE_DO_THI,
    INITIALS,
    INTRO_SKIP,
    KIN_QUALIFIERS,
    LOWER_KIN,
    LOWER_STOP,
    NAME_SYLLABLES,
    NOT_AFTER_VERB,
    NOT_NAME_START_UPPER,
    NOT_NAMES,
    PLACE_WORDS,
    PLACE_WORDS_FOLDED,
    SHOUTED_NOT_TITLE,
    WORD,
    adjacent,
    ambiguous_given,
    birth_order_name,
    bracketed_kin_names,
    cap_run,
    ends_lower_name,
    explained_name,
    is_cap,
    is_place,
    kin_names_again,
    lead_in_ends,
    lower_closing_name,
    lower_name_shape,
    lower_named,
    lower_run,
    next_to_phone,
    nickname_candidates,
    one_given_name,
    other_word,
    plausible_lower_name,
    surname_first,
    tokens,
    unmarked_uncle,
)
from hopthu.core.privacy.namewords import (
    FAMOUS,
    GIVEN_LOWER,
    HONORIFICS,
    KINSHIP_MARKED,
    LOWER_FIRST,
    LOWER_SURNAMES,
    MIDDLE,
    NOT_AFTER_HOUSE,
    NOT_LISTED,
    SURNAMES,
    SURNAMES_MARKED,
    SURNAMES_MARKED_ONLY,
)
from hopthu.core.privacy.timewords import not_given_here, sunday_title_ends

_MOVES = frozenset("ra vào vao lên len xuống xuong về qua đến den tới".split())  # "gọi Tùng, Hậu với Nga ra" (not "và Thanh tra")

def find_names(text: str) -> list[Span]:
    folded = fold_same_length(text)
    toks = tokens(text)
    spans: list[Span] = []
    officials: set[str] = set()
    private: set[str] = set()  # given names of private people met so far: a later role word never makes them officials
    zones = merge(signature_zones(text))
    intro_ends = lead_in_ends(INTRO, folded)
    capital_intro_ends = lead_in_ends(INTRO_CAPITAL, folded)
    last_line = text.rstrip().rfind("\n")
    closing_ends = {e for e in lead_in_ends(CLOSING, folded) if e > last_line}
    named_ends = lead_in_ends(NAMED_AS, folded) | lead_in_ends(PRIVATE_TITLE, folded) - sunday_title_ends(folded)
    title_starts = {s for s, _ in _title_spans(folded)}
    marked_text = _mostly_marked(toks)
    kin_ends = lead_in_ends(KIN, folded)
    lowered = text.lower() if len(text.lower()) == len(text) else ""
    verb_ends = lead_in_ends(VERB, lowered) if lowered else set()
    noun_ends = lead_in_ends(PERSON_NOUN, lowered) if lowered else set()
    # Where something can start: after a lead-in, or at a word that can begin a name (one test each below).
    lead_ends = intro_ends | capital_intro_ends | noun_ends | closing_ends | named_ends
    lower_kin: set[str] = set()  # given names found in lower case after a kinship word
    i = 0
    while i < len(toks):
        start, end, word = toks[i]
        low, cap, fw = word.lower(), word[0].isupper(), folded[start:end]  # (tested below again and again)
        if not (cap or start in lead_ends or low in _MAY_BEGIN or fw in SURNAMES):
            i += 1  # most words: nothing can start here
            continue
        intro = start in intro_ends
        if intro or start in capital_intro_ends:
            j = i
            while j < len(toks) and toks[j][2].lower() in INTRO_SKIP and j - i < 2 and not surname_first(folded, toks, j):
                j += 1
            while j < len(toks) and toks[j][0] in title_starts:  # "Ký tên: Cựu chiến binh Phạm Văn Lộc"
                after = _after_title(folded, toks, j)
                if after is None:
                    break
                j = after
            n = cap_run(text, toks, j) if j < len(toks) else 0
            if n and (not not_a_name(text, folded, toks[j][0]) or toks[j][2] == "Phương") \
                    and not _vehicle_model(text, folded, toks[j][0], toks[j + n - 1][1]) \
                    and not (toks[j][2].isupper() and folded[toks[j][0] : toks[j][1]] in NOT_NAME_START_UPPER):  # "TÔI LÀ NGƯỜI DÂN"
                spans.append((toks[j][0], toks[j + n - 1][1]))
                private.add(folded[toks[j + n - 1][0] : toks[j + n - 1][1]])
                i = j + n
                continue
            paused = i < j < len(toks) and "," in text[toks[j - 1][1] : toks[j][0]]  # "Em là sinh viên, đang ở …": no name in lower case
            n = lower_run(text, folded, toks, j) if intro and j < len(toks) and not paused else 0
            if n and plausible_lower_name(text, folded, toks[j : j + n]) \
                    and not (j > i and n == 1 and folded[toks[j][0] : toks[j][1]] in KIN_QUALIFIERS):
                spans.append((toks[j][0], toks[j + n - 1][1]))
                i = j + n
                continue
        # 1b. A name closing the letter on the closing's line: "Cảm ơn, Ngọc Anh".
        if start in closing_ends and cap:
            n = cap_run(text, toks, i)
            last = toks[i + n - 1][1]
            if n <= 4 and not _BRACKETED_TEAM.sub("", text[last:]).strip(" .!") or text[last:last + 1] == "\n" \
                    or (n <= 4 and text[last:last + 1] == "," and "\n" not in text[last:].rstrip()):  # "-- Hải Đăng, ngõ 17"
                if not not_a_name(text, folded, start) and not SIGN_SKIP.match(folded[start:]) \
                        and not (n == 1 and word.isupper() and fw in ABBREVIATIONS):  # "Em cảm ơn. TK."
                    titled = n >= 2 and low in HONORIFICS and (low != fw or low not in SURNAMES)  # "Chú Tư": the title stays
                    spans.append((toks[i + 1][0] if titled else start, last))
                    i += n
                    continue
        if start in closing_ends and word.islower():
            n = lower_closing_name(text, folded, toks, i)
            if n:
                spans.append((start, toks[i + n - 1][1]))
                i += n
                continue
        # 2. Honorific or kinship word, then capitalised words.
        if low in HONORIFICS and i + 1 < len(toks) and text[end : end + 2] == ". " and low in ("mr", "ms", "mrs"):
            toks[i] = (start, end + 1, word)  # "Ms. Thảo": the title's full stop is part of it
        if low in HONORIFICS and i + 1 < len(toks) and (initials := INITIALS.match(text, toks[i + 1][0])) \
                and "." in initials.group(0) and adjacent(text, toks[i], toks[i + 1]):
            spans.append(initials.span())  # "ông N.V.Hùng"
            while i < len(toks) and toks[i][0] < initials.end():
                i += 1
            continue
        # A one-letter honorific ("c Hoa", "a Tùng") stands alone: "đ/c Lê Thị Nga" is "đồng chí". "O Hường" is an aunt
        # (Central) where "ở" is written with its marks.
        uncle = False
        scorned = low in SCORN or (not marked_text and low in SCORN_UNMARKED)  # "lão Viên Đức Hạnh", "thằng Tý"
        titled_word = (low in HONORIFICS and (len(low) > 1 or not start or not text[start - 1].strip().strip("(-"))) or low == "lão" \
            or (low == "o" and marked_text) or (low in _AFTER_HONORIFIC and i > 0 and toks[i - 1][2].lower() in HONORIFICS
                and adjacent(text, toks[i - 1], toks[i])) \
            or (low == "cái" and one_given_name(text, toks, i + 1)) \
            or (uncle := unmarked_uncle(text, toks, i, marked_text))  # "ông già Tâm", "bà cụ Hạnh", "cái Mít" (a girl)
        titled_word = titled_word and not other_word(toks, i)  # "tái định cư", "chua co binh", "TOI DI LAM"
        dotted = len(low) == 1 and i + 1 < len(toks) and toks[i + 1][0] == end + 1 and text[end] == "."  # "A.Thắng"
        if titled_word and i + 1 < len(toks) and (adjacent(text, toks[i], toks[i + 1]) or dotted):
            n = cap_run(text, toks, i + 1)
            words = [folded[t[0] : t[1]] for t in toks[i + 1 : i + 1 + n]]
            if n and toks[i + 1][2].isupper() and (words[0] in NOT_NAME_START_UPPER or words[0] in ABBREVIATIONS
                                                   or (n == 1 and word.isupper() and low in SHOUTED_NOT_TITLE)):
                n = 0  # "CON TRAI TÔI LÀ …", "chưa có CCCD", "HUT BE PHOT" (bể phốt)
            if n == 1 and toks[i + 1][2].lower() in KINSHIP_MARKED:
                n = 0  # "Ba Mẹ tôi", "Ông Bà em": kin, no name
            if n and (not not_a_name(text, folded, toks[i + 1][0]) or _given_not_body(folded, words, toks[i + n][1])):
                first, last = toks[i + 1][0], toks[i + n][1]
                if cap and word.isascii() and fw in SURNAMES and words[0] in ("thi", "van"):
                    first = start  # "Chu Thị Hoài Thu", "Cu Van Lam": the honorific-looking word is the surname
                with_prev = ([folded[toks[i - 1][0] : toks[i - 1][1]]] if i else []) + [fw] + words
                if " ".join(with_prev) in FAMOUS or " ".join(with_prev[1:]) in FAMOUS:  # "Hai Bà Trưng"
                    pass
                elif words[-1] not in private and _is_official(folded, start, officials, words, last, scorned):
                    officials.update(words)
                elif not (is_place(text, folded, start, words) or (not uncle and is_place(text, folded, first, words))):
                    spans.append((first, last))
                    private.add(words[-1])
                i += 1 + n
                continue
        # 2b. A kinship word, then a usual given name in lower case that ends there: "bà hoa bán bún".
        if low in LOWER_KIN and i + 1 < len(toks) and adjacent(text, toks[i], toks[i + 1]) and not other_word(toks, i):
            nxt = toks[i + 1]
            name = nxt[2]
            n = birth_order_name(text, toks, i + 1) or (name.islower() and (name in GIVEN_LOWER and ends_lower_name(
                text, toks, i + 1) or ambiguous_given(text, toks, i + 1) or explained_name(text, toks, i + 1)))  # "ba hai lan nha"
            if n and not _is_official(folded, start, officials, [folded[nxt[0] : nxt[1]]], toks[i + n][1]):
                spans.append((nxt[0], toks[i + n][1]))
                lower_kin.add(name)
                i += 1 + n
                continue
        # 2c. "tên là", then a given name in lower case: "ten la hai beo hay đổ nhớt".
        if start in named_ends and not cap and (n := lower_named(text, folded, toks, i)):
            spans.append((start, toks[i + n - 1][1]))
            i += n
            continue
        # 3. "mang tên X", "chủ tài khoản X", "Con tôi X": the next capitalised words are a name.
        if cap and (start in named_ends or start in kin_ends) and fw not in ABBREVIATIONS \
                and fw not in ("toi", "tui", "em", "minh", "la"):
            n = cap_run(text, toks, i)
            words = [folded[t[0] : t[1]] for t in toks[i : i + n]]
            phuong = low == "phương" or (word == "Phuong" and n >= 2)  # "bạn em là Phuong Linh": no ward after a friend
            kin = start in kin_ends and start not in named_ends  # "tổ trưởng TDP 5, cho con rể là Khánh": his kin, no official
            if (not not_a_name(text, folded, start) or phuong) \
                    and not (words[-1] in officials if kin else _is_official(folded, start, officials, words)):
                spans.append((start, toks[i + n - 1][1]))
                i += n
                continue
        # 3b. A verb of meeting or telling, then one capitalised word that is no role or place: "gặp Toàn".
        if start in verb_ends and cap and word[1:].islower() and low not in NOT_AFTER_VERB:  # not "VNeID"
            n = cap_run(text, toks, i)
            words = [folded[t[0] : t[1]] for t in toks[i : i + n]]
            if (n == 1 or (n <= 4 and words[0] in SURNAMES)) and not not_a_name(text, folded, start) \
                    and not _is_official(folded, start, officials, words, toks[i + n - 1][1]) \
                    and not is_place(text, folded, start, words):
                spans.append((start, toks[i + n - 1][1]))
                private.add(words[-1])
                i += n
                continue
        # 3c. A noun for a person or a household, then capitalised words: "bạn trẻ Lâm", "hộ Nhẫn", "nhà Lan Hương".
        if start in noun_ends and cap and word[1:].islower() and low not in NOT_AFTER_VERB \
                and not (low in NOT_AFTER_HOUSE or low in NOT_LISTED):
            n = cap_run(text, toks, i, 3)
            words = [folded[t[0] : t[1]] for t in toks[i : i + n]]
            if not not_a_name(text, folded, start) and " ".join(words) not in FAMOUS \
                    and not _is_official(folded, start, officials, words, toks[i + n - 1][1]) \
                    and not is_place(text, folded, start, words) \
                    and not (i and is_cap(toks[i - 1][2]) and is_place(text, folded, toks[i - 1][0], words)):  # "phố Nhà Chung"
                spans.append((start, toks[i + n - 1][1]))
                private.add(words[-1])
                i += n
                continue
        # 4. A bare full name shaped like a Vietnamese one.
        if cap and low in PLACE_WORDS:
            i += 1  # "Đường Nguyễn Văn Cừ": the next words are read with the place word before them
            continue
        if cap and fw in SURNAMES:
            n = cap_run(text, toks, i)
            if any(toks[i + k][0] in intro_ends for k in range(1, n)):
                i += 1  # "TOI LA HOANG THI MEN": "LA" is "là", the name starts after it
                continue
            words = [folded[t[0] : t[1]] for t in toks[i : i + n]]
            upper = all(t[2].isupper() for t in toks[i : i + n])
            lake = toks[i][2] in ("Hồ", "HỒ")  # "Hồ Ba Mẫu": a lake named after a famous name, not Mr Hồ
            if n >= 2 and (words[0] in PLACE_WORDS_FOLDED or lake) \
                    and any(" ".join(words[1:k]) in FAMOUS for k in range(2, n + 1)):
                i += n  # "PHO KIM DONG": a street
                continue
            if n >= 3 and " ".join(words[:2]) in FAMOUS and words[2] in SURNAMES:
                i += 2  # "phường Lưu Kiếm Trịnh Xuân Bình": the place, then the name
                continue
            marked_surname = (toks[i][2].isascii() and fw not in SURNAMES_MARKED_ONLY) \
                or toks[i][2].lower() in SURNAMES_MARKED  # "HOẠT ĐỘNG MẠI DÂM": no "Đồng"
            if n >= 2 and marked_surname and (n >= 3 and not upper or words[1] in MIDDLE) and " ".join(words) not in NOT_NAMES \
                    and not not_a_name(text, folded, toks[i + 1][0]):
                scorned = i > 0 and (toks[i - 1][2].lower() in SCORN or not marked_text and toks[i - 1][2] in SCORN_UNMARKED)
                if words[-1] not in private and _is_official(folded, start, officials, words, toks[i + n - 1][1], scorned):
                    officials.update(words)
                elif is_place(text, folded, start, words):
                    pass
                else:
                    spans.append((start, toks[i + n - 1][1]))
                    private.add(words[-1])
                i += n
                continue
        # 5. A lower-case full name: surname, a middle name, one or two more syllables.
        after_title = i > 0 and toks[i - 1][2] in HONORIFICS and adjacent(text, toks[i - 1], toks[i]) and low not in SURNAMES_MARKED_ONLY
        if not cap and (fw in LOWER_SURNAMES or low in LOWER_FIRST or after_title and fw in SURNAMES):
            n = lower_run(text, folded, toks, i)
            if n == 2 and folded[toks[i + 1][0] : toks[i + 1][1]] in ("thi", "van") and i + 2 < len(toks) \
                    and adjacent(text, toks[i + 1], toks[i + 2]) and folded[toks[i + 2][0] : toks[i + 2][1]] in NAME_SYLLABLES:
                n = 3  # "luc thi nhung": after "Thị" a name syllable that is also a common word ("nhung")
            if n == 4 and folded[toks[i + 2][0] : toks[i + 2][1]] not in MIDDLE:
                n = 3  # a fourth syllable only after a second middle name ("nguyen thi thu ha"), not "au van sy tu y"
            words = [folded[t[0] : t[1]] for t in toks[i : i + n]]
            shape = [t[2] for t in toks[i : i + n]]
            named = lower_name_shape(shape, titled=after_title) or (after_title and lower_name_shape(shape))
            if named and marked_text and shape[0].isascii() and shape[1].isascii():
                named = False  # "bị lấp do thi công": words without marks in a text written with them are no name
            before = folded[toks[i - 1][0] : toks[i - 1][1]] if i else ""
            that = words[:1] == ["do"] and (before in BEFORE_DO_THAT or words[1:2] == ["thi"] and before in BEFORE_DO_THI)
            if named and not that and " ".join(words) not in FAMOUS and not NOT_NAMES.intersection(
                    " ".join(words[:k]) for k in range(2, n + 1)) \
                    and not (words[0] == "ly" and before in _BEFORE_LY):  # "khu đô thị", "ở đó"; "xu ly thi …" is "xử lý thì"
                if not is_place(text, folded, start, words) and not _is_official(folded, start, officials, words):
                    spans.append((start, toks[i + n - 1][1]))
                i += n
                continue
        # 6. A signature: a short name-shaped line among the last lines.
        if _inside(zones, start) and _line_start(text, start) and cap \
                and (not SIGN_SKIP.match(folded[start:]) or word == "Phương"):  # "Phương Thảo" signs, "Phường" does not
            n = cap_run(text, toks, i)
            last = toks[i + n - 1][1]
            rest = text[last : last + 3]
            shaped = not word.isupper() or fw in SURNAMES  # "THÔNG CỐNG NGHẸT - …" is a title
            if n and shaped and not (n == 1 and low in KINSHIP_MARKED) \
                    and (not rest or rest[0] in "\n,(-–" or rest.startswith((" -", " (", " –", " ,"))) \
                    and (not not_a_name(text, folded, start) or (low != "phường" and fw == "phuong")):  # "Phương", not "Phường"
                titled = n >= 2 and low in HONORIFICS and (low != fw or low not in SURNAMES)  # "Chú Tư": the title stays
                spans.append((toks[i + 1][0] if titled else start, last))
                i += n
                continue
        i += 1
    spans += [(s, e) for s, e, words in nickname_candidates(text, folded, toks) if not _is_official(folded, s, officials, words, e)]
    # Every other occurrence of a private full name found above (a repeated signature, "Sen" later).
    seen = {text[s:e] for s, e in spans if " " in text[s:e]}
    for name in seen:
        pos = text.find(name)
        while pos >= 0:
            spans.append((pos, pos + len(name)))
            pos = text.find(name, pos + 1)
    lower_kin.update(given for s, e in spans if (given := text[s:e]).islower() and given.isalpha())  # "ông phúc" (any lead-in)
    spans += kin_names_again(text, toks, lower_kin, officials) + bracketed_kin_names(text, folded)
    spans += next_to_phone(text, folded)
    spans += closing_names(text, folded, lambda f, s: bool(NOT_A_NAME.match(f, s) or SIGN_SKIP.match(f[s:])), FAMOUS)
    spans += _listed_after(text, folded, toks, spans, officials)
    spans += _given_names_again(text, folded, toks, spans, officials)
    return spans


def _listed_after(text: str, folded: str, toks: list[tuple[int, int, str]], spans: list[Span],
                  officials: set[str]) -> list[Span]:
    """Names listed after a private person's name: "Lâm, Đạt và Khoa", "Thuận, Khôi": one capitalised
    word (not in capitals, not before another capitalised word) after a comma, "và", "với" or "hoặc"; after "và" or
    "với" a usual given name may go on with a word of going or a bracket ("gọi Tùng, Hậu với Nga ra", "Khoa và Quyên (hai …")."""
    starts = {t[0]: k for k, t in enumerate(toks)}
    found: list[Span] = []
    taken = set(spans)
    todo = sorted(taken)
    while todo:
        _, end = todo.pop()
        join = LIST_JOIN.match(text, end)
        k = starts.get(join.end()) if join else None
        if k is None:
            continue
        s, e, word = toks[k]
        if (s, e) in taken or not is_cap(word) or word.isupper() or word.lower() in NOT_LISTED or fold_same_length(word) in officials:
            continue
        after = text[e : e + 6]
        worded = join is not None and join.group(0).strip() in ("và", "va", "với", "voi") and word.lower() in GIVEN_LOWER
        if not (after[:1] in ("", ",", ".", ";", ":", "!", "?", ")", "\n", "-") or LIST_JOIN.match(text, e)
                or (k + 1 < len(toks) and adjacent(text, toks[k], toks[k + 1]) and toks[k + 1][2].lower() in AFTER_LOWER_NAME)
                or (worded and (after[:2] == " (" or (k + 1 < len(toks) and adjacent(text, toks[k], toks[k + 1])
                                                         and toks[k + 1][2] in _MOVES)))):
            continue  # "Lâm, Đạt và Khoa đã …": a pause, a join or a verb follows; "Tôi là X, Việt kiều" is no list
        if not_a_name(text, folded, s) or word.lower() in HONORIFICS or is_place(text, folded, s, [folded[s:e]]):
            continue
        taken.add((s, e))
        found.append((s, e))
        todo.append((s, e))
    return found


def _given_names_again(text: str, folded: str, toks: list[tuple[int, int, str]], spans: list[Span],
                       officials: set[str]) -> list[Span]:
    """A private person's given name standing alone elsewhere ("anh Bùi Quang Huy …, số của Huy là …",
    "gặp Toàn …, Toàn bảo kệ"): capitalised, not written in capitals, not next to another capitalised
    word ("Hà Nội", "Hoa Sen" stay), not an official's name and not after a place word."""
    given = set()
    for s, e in spans:
        last = text[s:e].split()[-1] if text[s:e].split() else ""
        if len(last) >= 2 and is_cap(last) and not last.isupper() and WORD.fullmatch(last) \
                and fold_same_length(last) not in LOWER_STOP | NOT_AFTER_VERB | {"toi", "minh"}:
            given.add(last)
    if not given:
        return []
    covered = merge(spans)
    found = []
    for k, (start, end, word) in enumerate(toks):
        if word not in given or fold_same_length(word) in officials or _inside(covered, start) or not_given_here(text, start):
            continue  # "Sáng 3/12 tôi đến" beside "ông Lò Văn Sáng" is the morning; "Chau cam on." "Cháu" (`timewords`)
        if k and adjacent(text, toks[k - 1], toks[k]) and is_cap(toks[k - 1][2]):
            continue
        if k + 1 < len(toks) and adjacent(text, toks[k], toks[k + 1]) and is_cap(toks[k + 1][2]):
            continue
        if is_place(text, folded, start, [folded[start:end]]):
            continue
        found.append((start, end))
    return found


# After "Hội" (an association), the words that name one: "chị Hội phụ nữ", "ông Hội cựu chiến binh".
_BODY_AFTER = re.compile(r"\s(?:phu nu|nong dan|cuu|nguoi|cha me|khuyen|chu thap|doanh|luat|thanh nien|lien|sinh vien|dong"
                         r"|truong|phuong|tdp|to\b)")


def _given_not_body(folded: str, words: list[str], end: int) -> bool:
    """"ông Hội", "Nhà ông Hội xây lấn": after an honorific, "Hội" alone is a given name unless a body's name
    follows it ("chị Hội phụ nữ phường")."""
    return words == ["hoi"] and not _BODY_AFTER.match(folded, end)


#: Words that make "lý" a word's second half, not a surname: "xử lý", "quản lý", "hợp lý" (folded).
_BEFORE_LY = frozenset("xu quan tro dai vo hop tam dia giai thu ban".split())


def _inside(spans: list[Span], pos: int) -> bool:
    """Whether pos lies in one of the merged, sorted spans."""
    k = bisect.bisect_right(spans, pos, key=lambda span: span[0]) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


# A vehicle's model before its plate: "Xe nhà tôi là Innova 30A-113.47", "xe của em là Vision 29E1-…".
_MODEL_BEFORE = re.compile(r"\b(?:xe|o to|oto)(?:\s\w+){0,2}\s(?:nha|cua)\s(?:\w+\s){0,2}la\s$")
_PLATE_NEXT = re.compile(r"\s(?:\d{2}(?:\s?-\s?)?[A-Z]|\[biển số\])")  # the plate, or its mark when plates went first


def _vehicle_model(text: str, folded: str, start: int, end: int) -> bool:
    return bool(_MODEL_BEFORE.search(folded, max(0, start - 30), start) and _PLATE_NEXT.match(text, end))


_BRACKETED_TEAM = re.compile(r"^\s?\([^()\n]{1,20}\)")  # "— Lan (tổ 4)"


def _line_start(text: str, pos: int) -> bool:
    line_start = text.rfind("\n", 0, pos) + 1
    return text[line_start:pos].strip() in ("", "Em", "em", "Phụ huynh", "phụ huynh")


def _title_spans(folded: str) -> list[tuple[int, int]]:
    sundays = sunday_title_ends(folded)  # "t7 cn" is Sunday: found once (per title it rescanned the text: quadratic)
    return [m.span() for m in _TITLE_AT.finditer(folded) if m.end() not in sundays]  # "luật sư", "ThS.", "cựu chiến binh"


_TITLE_AT = re.compile(PRIVATE_TITLE.pattern.removesuffix("$"))


def _after_title(folded: str, toks: list[tuple[int, int, str]], j: int) -> int | None:
    """The index of the word right after the title that starts at toks[j], if one follows on its line."""
    title = _TITLE_AT.match(folded, toks[j][0])
    end = title.end() if title else toks[j][1]
    k = j
    while k < len(toks) and toks[k][0] < end:
        k += 1
    return k if k < len(toks) and toks[k][0] == end else None  # None: the title ends its line ("Tôi là cựu chiến binh.")


def _mostly_marked(toks: list[tuple[int, int, str]]) -> bool:
    """Whether the text is written with diacritics (a third of its words or more carry them)."""
    if len(toks) < 8:
        return False
    return len([1 for t in toks if not t[2].isascii()]) * 3 >= len(toks)


# Words between an honorific and a name that say age or trade: "ông già Tâm", "bà lão Mơ", "cô giáo Hương".
_AFTER_HONORIFIC = frozenset("già lão giáo nhỏ gia lao giao nho nội ngoại dâu rể họ cả út noi ngoai dau re".split())  # "bà nội Lan"
#: Lower-case words a name, or the title before one, can begin with (`find_names`' first test of a word).
_MAY_BEGIN = HONORIFICS | LOWER_FIRST | _AFTER_HONORIFIC | {"cái", "o"}  # "o Hường" (Central: aunt)

def _signs_with_role(folded: str, start: int, end: int) -> bool:
    """A name alone on its line with a role on the next ("Trân trọng,\nĐinh Công Bằng\nTổ trưởng tổ dân phố số 10"):
    the writer signing, whose identity stays confidential whatever their role (GUIDE.md)."""
    return folded[end : end + 1] == "\n" and (start == 0 or folded[start - 1] == "\n")


def _is_official(folded: str, start: int, officials: set[str], words: list[str], end: int = -1, scorned: bool = False) -> bool:
    if words and words[-1] in officials and (len(words) == 1 or all(w in officials for w in words)):
        return True  # "ông Bình" after "Chủ tịch Trần Văn Bình"; not "Đồng Xuân Hải" after "đồng chí Trương Minh Hải"
    if end >= 0 and ROLE_AFTER.match(folded, end) and not _signs_with_role(folded, start, end) \
            and not PRIVATE_BOARD_BEFORE.search(clause_before(folded, start, 50)):
        return True
    return role_in_clause(clause_before(folded, start, 70), scorned) and not joined_neighbour(folded, start, end)
