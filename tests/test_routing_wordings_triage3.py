"""Nothing to route yet, round r-3081..r-3110 (phrases added to rules/88, rules/100, exclusions in rules/42 and 90): a
letter to the front that announces an opinion, points to an attachment or a phone call, or asks the front to look at
"our case" without naming it waits for triage; a lone "test" is a test; a matter named after such an opening decides.
Each with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import both, each_way, sub

VAGUE = each_way([
    "Kính gửi Ban Thường trực Ủy ban MTTQ phường, tôi xin có ý kiến như sau. Trân trọng.",
    "Kính gửi Mặt trận phường, tôi gửi kèm đơn trong file đính kèm, mong Mặt trận xem xét giải quyết.",
    "Mặt trận xem giúp vụ của nhà em với ạ",
    "Như tôi đã trình bày với cán bộ Mặt trận hôm họp tổ, đề nghị giải quyết sớm.",
    "Đề nghị Mặt trận phường can thiệp giúp, gia đình tôi bị đối xử bất công quá.",
    "Mặt trận ơi, tôi cần gặp gấp, số tôi đã để lại, gọi lại giúp.",
    "Nhờ Mặt trận giải quyết dứt điểm cho nhà tôi, đã kéo dài quá lâu rồi.",
])


@pytest.mark.parametrize("text", VAGUE)
def test_a_letter_to_the_front_that_names_no_matter_waits_for_triage(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.category == "phan_loai", d.why


@pytest.mark.parametrize("text", ["test", "Test", " thử "])
def test_a_lone_test_is_nothing_to_route(rules_alone, text):
    assert rules_alone.classify(sub(text)).category == "khac"


NAMED = both([
    ("Mặt trận xem giúp: hộ nhà tôi bị loại khỏi danh sách cận nghèo năm nay mà không ai giải thích.", "chinh_sach",
     "vhxh"),
    ("Như đã trình bày trong đơn, nhà tôi bị nhà bên xây lấn 30 phân, đề nghị phường giải quyết.", "dat_dai",
     "kt_hatang"),
    ("Tôi có ý kiến: đèn đường ngõ 21 hỏng 2 tuần rồi.", "ha_tang", "kt_hatang"),
])


@pytest.mark.parametrize("text,category,agency", NAMED)
def test_a_matter_named_after_a_vague_opening_decides(rules_alone, text, category, agency):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == (category, agency), d.why
