"""How alike two complaints are (core/similar.py): the score, and numbers telling two places apart."""

from hopthu.core.similar import contained, other_numbers, similarity

LAMP = "Đèn đường ngõ {n} phố Lê Lợi hỏng đã hai tuần, buổi tối đi lại rất nguy hiểm"


def test_the_same_letter_with_other_punctuation_and_accents_is_near_identical():
    a = LAMP.format(n=18)
    b = "den duong ngo 18 pho Le Loi hong da hai tuan; buoi toi di lai rat nguy hiem!"
    assert similarity(a, b) >= 0.85 and not other_numbers(a, b)


def test_the_same_words_about_another_lane_are_alike_but_name_other_numbers():
    a, b = LAMP.format(n=5), LAMP.format(n=7)
    assert similarity(a, b) >= 0.85  # alike: proposed to the officers, never merged
    assert other_numbers(a, b)
    assert not other_numbers(a, LAMP.format(n=5) + " Tôi đã báo ngày 20/11.")  # a number in common
    assert not other_numbers(a, "Đèn đường ở phố Lê Lợi hỏng đã lâu")  # only one names a number


def test_personal_data_masks_are_not_numbers():
    assert not other_numbers("Ngõ 5 mất điện, gọi [số điện thoại]", "Ngõ 5 mất điện từ sáng")


TREE_EMAIL = ("KHẨN: cây đổ chắn ngang đường, dây điện bị đứt ở ngõ 34 phố Lê Lợi. Sau trận mưa giông đêm qua, cây "
              "xà cừ to ở đầu ngõ 34 phố Lê Lợi (TDP số 19) bị bật gốc, đổ chắn ngang hết lòng đường, đè lên đường "
              "dây điện. Một đoạn dây điện bị đứt, rơi xuống sát mặt đường chỗ nước còn đọng, thỉnh thoảng có tia "
              "lửa. Bây giờ sắp đến giờ người dân đi làm, học sinh đi học, rất nguy hiểm. Tôi đã gọi tổng đài "
              "điện lực nhưng chưa có ai đến. Đề nghị phường cho lực lượng đến phong tỏa khu vực và báo điện lực "
              "cắt điện ngay. Ảnh chụp lúc 5 giờ 45 gửi kèm.")
TREE_FORM = "Cây đổ ở đầu ngõ 34 Lê Lợi đè lên dây điện, dây điện đứt rơi xuống đường, đề nghị báo cắt điện gấp!!!"


def test_a_short_report_a_long_letter_holds_almost_whole_is_contained_though_not_similar():
    assert similarity(TREE_EMAIL, TREE_FORM) < 0.6  # too unlike in length to merge
    assert contained(TREE_EMAIL, TREE_FORM) and contained(TREE_FORM, TREE_EMAIL)
    assert not contained(TREE_EMAIL, "Cây đổ ở đầu ngõ 34 Lê Lợi")  # too short to say
    assert not contained(TREE_EMAIL, "Rác tồn đọng ở đầu ngõ 34 Lê Lợi bốc mùi, đề nghị phường cho xe thu gom sớm")


def test_scores_from_an_index_s_counts_are_the_scores_of_the_texts():
    """The duplicates' index counts, per open case, the words a new text shares with it: the similarity and
    containment made from those counts are exactly those of the two texts (no set intersected again)."""
    import json
    from collections import Counter
    from itertools import chain
    from pathlib import Path

    from hopthu.core.similar import contained_of, similarity_of, words

    lines = (Path(__file__).parent / "eval" / "routing" / "tuning.jsonl").read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line)["text"] for line in lines if line.strip()][:150]
    texts += [texts[3] + " Xin cảm ơn.", texts[7][: len(texts[7]) // 2]]  # near copies and a part of one
    by_word: dict[str, list[int]] = {}
    for i, text in enumerate(texts):
        for w in words(text):
            by_word.setdefault(w, []).append(i)
    alike = 0
    for text in texts[-40:]:
        mine = words(text)
        hits = Counter(chain.from_iterable(by_word.get(w, ()) for w in mine))
        for i, theirs in enumerate(texts):
            score = similarity_of(len(mine), len(words(theirs)), hits.get(i, 0))
            assert score == similarity(text, theirs)
            assert contained_of(len(mine), len(words(theirs)), hits.get(i, 0)) == contained(text, theirs)
            alike += score >= 0.6
    assert alike > 40  # each text with itself, and the near copies
