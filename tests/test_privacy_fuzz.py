"""The redactor never fails and only ever replaces: texts cut at every word (a detector reading past its cue meets
the text's end), texts made of the words detectors look for, in any order. A failure here would take a letter's
redaction down with it; the daemon would set the letter aside, but the agency would never get it. The long run
over every tuning item's cuts, with figures, is bench/privacy_fuzz.py."""

from __future__ import annotations

import zlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hopthu.core.privacy import redact_text
from privacyfuzz import cuts, only_replaced, tuning_texts

# a fixed sample of the tuning items (a hash of the id, so the sample does not move when items are added)
SAMPLE = [(i, t) for i, t in tuning_texts() if zlib.crc32(i.encode()) % 97 == 0]


def test_the_sample_holds_items_of_both_sets():
    ids = [i for i, _ in SAMPLE]
    assert len(ids) >= 40 and any(i.startswith("p-") for i in ids) and any(i.startswith("r-") for i in ids)


def test_every_cut_of_the_sampled_items_redacts_without_error():
    for item, text in SAMPLE:
        for piece in cuts(text):
            out = redact_text(piece)
            assert only_replaced(piece, out), (item, piece[-60:], out[-60:])


def test_a_text_ending_right_after_a_cue_redacts():
    for text in ("Tôi là giáo viên", "vo toi la giao vien", "Em là sinh viên", "tôi là", "Tôi là bà", "ông", "số",
                 "nhà tôi số", "Trân trọng,", "Người viết:", "BKS", "sdt", "CCCD", "chị", "cháu nội tôi là"):
        assert only_replaced(text, redact_text(text))


def test_the_check_itself_refuses_dropped_added_or_changed_text():
    before = "Tôi là Lan, nhà số 5"
    assert only_replaced(before, "Tôi là [họ tên], nhà [số nhà]")
    assert only_replaced(before, before)
    for after in ("", "Tôi", "Tôi là", "Tôi là Lan, nhà số 5[họ tên]", "Tôi là [họ tên], nhà số 6", "[họ tên]Tôi là Lan, nhà số 5",
                  "Tôi là [họ tên], nhà", "[họ tên] Lan, nhà số 5 [số nhà]"):
        assert not only_replaced(before, after), after


# Words the detectors look for, in any order: honorifics, kinship, cues of homes and numbers, names with and
# without marks, officials' roles, places, punctuation and line ends.
WORDS = ["tôi", "là", "toi", "la", "em", "ông", "bà", "anh", "chị", "c", "a", "cháu", "con", "vợ", "nhà", "số", "so",
         "ngõ", "ngách", "hẻm", "kiệt", "phòng", "P.305", "12", "12/4A", "25", "bis", "45B1", "tổ", "TDP", "7",
         "Nguyễn", "Văn", "An", "Lan", "lan", "Hùng", "nguyen", "van", "hung", "Trần", "Phú", "đường", "trường",
         "Chủ", "tịch", "phường", "Tổ", "trưởng", "công", "an", "Trân", "trọng", ",", ".", ":", "-", "(", ")",
         "\n", "sdt", "0912345678", "09.8765.4321", "+84", "CCCD", "001234567890", "STK", "1903", "BKS", "29A-123.45",
         "zalo", "@", "lan@x.example", "(đã", "ký)", "Kính", "thư", "nha", "ạ", "🙏", "thằng", "Tý", "lão", "mụ",
         "[họ tên]", "[số nhà]"]


@settings(derandomize=True, max_examples=400, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=14), st.sampled_from([" ", "", "  "]))
def test_any_sequence_of_cue_words_redacts_without_error(words, glue):
    text = glue.join(words) if glue else " ".join(words).replace(" \n ", "\n")
    assert only_replaced(text, redact_text(text))
