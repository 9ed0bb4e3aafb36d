"""How far a denial ("không có", "chưa có", "không bị"...) and an imagined case ("nếu", "lỡ", "đề phòng"...) reach
in their sentence (`core.rules.place`): to the end of their own clause, not into a clause that opens a new act (a
request "đề nghị / xin / mong...", after a comma or a link such as "thì", "nên"), a contrast ("nhưng"), nor, for a
denial, a comma bringing a new speaker ("..., tôi bị ..."). A list after a denial ("không có đèn, biển báo, rào
chắn") and the consequence of an imagined case ("nếu mưa to, nước sẽ tràn vào") stay in its scope. Each wording
with and without diacritics; the rules alone decide."""

from __future__ import annotations

import re

import pytest

from wordings import each_way, sub

DENIED, IMAGINED = "bị phủ định", "chỉ là giả định"


def note(why: str, keyword: str) -> str:
    """The note the explanation gives the rule clause naming ``keyword`` ("" when it has none)."""
    m = re.search(rf'"{re.escape(keyword)}"[^()]*\(điểm [0-9.]+(?:; ([^)]*))?\)', why)
    assert m, f"{keyword!r} not in: {why}"
    return m.group(1) or ""


# --- where the scope ends ---

@pytest.mark.parametrize("text", each_way([
    "Cụ Lan năm nay 85 tuổi, sống một mình, không có ai thân thích, đề nghị Phòng Văn hóa - Xã hội xem xét trợ "
    "cấp cho cụ.",
]))
def test_a_request_after_a_denied_clause_is_the_letters_own(rules_alone, text):
    d = rules_alone.classify(sub(text))  # the report: "không có ai thân thích" denied the request that follows
    assert (d.category, d.agency) == ("chinh_sach", "vhxh"), d.why
    assert DENIED not in d.why, d.why


@pytest.mark.parametrize("text", each_way([
    "Bà cụ không có ai thân thích, đề nghị công an phường giúp tìm người nhà.",
]))
def test_the_office_a_request_names_after_a_denial_counts(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.agency == "cong_an", d.why


@pytest.mark.parametrize("text", each_way([
    "Ngõ không có đèn, tôi bị cướp giật điện thoại ngay đầu ngõ.",
]))
def test_a_new_speaker_after_a_comma_ends_the_denial(rules_alone, text):
    d = rules_alone.classify(sub(text))  # the theft is told, not denied; the missing lamp is its setting
    assert d.agency == "cong_an", d.why


@pytest.mark.parametrize("text", each_way([
    "Không có ai bị thương nhưng cột điện vẫn nghiêng ra giữa đường, dây điện đang võng sát đầu người đi.",
]))
def test_a_contrast_ends_the_denial(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.agency == "kt_hatang" and "urgent" in d.flags, d.why
    assert DENIED not in d.why, d.why


@pytest.mark.parametrize("text", each_way([
    "Nếu mưa to thì nước tràn vào nhà, đề nghị phường nạo vét cống.",
]))
def test_a_request_after_an_imagined_case_is_real_and_the_case_stays_imagined(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.agency == "kt_hatang" and "urgent" not in d.flags, d.why
    assert note(d.why, "nạo vét") == "trong câu đề nghị", d.why
    assert note(d.why, "nước tràn vào nhà") == IMAGINED, d.why  # "thì" opens the consequence, still imagined


@pytest.mark.parametrize("text", each_way([
    "Lỡ cây đổ thì nguy hiểm lắm, xin phường cho người cắt tỉa cây xà cừ trước số 12.",
    "Đề phòng cháy nổ, đề nghị công an kiểm tra bình chữa cháy ở chợ.",
]))
def test_a_request_to_prevent_an_imagined_danger_is_no_danger_now(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "urgent" not in d.flags, d.why
    assert d.agency in ("kt_hatang", "cong_an") and IMAGINED in d.why, d.why


# --- where the scope goes on ---

@pytest.mark.parametrize("text", each_way([
    "Đoạn ngõ này không có đèn, biển báo, rào chắn gì cả, tối rất nguy hiểm.",
    "Không có đèn, không có rào chắn quanh hố sâu ở đầu ngõ.",
]))
def test_a_list_after_a_denial_stays_denied(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert note(d.why, "rào chắn") == DENIED, d.why


@pytest.mark.parametrize("text,keyword", [(t, k) for text, k in [
    ("Nếu mưa to, nước sẽ tràn vào nhà dân vì cống bị tắc.", "cống bị"),
    ("Lỡ mưa to, nhà tôi sẽ bị nước tràn vào.", "nước tràn vào"),  # a speaker after the comma: still imagined
] for t in each_way([text])])
def test_the_consequence_of_an_imagined_case_stays_imagined(rules_alone, text, keyword):
    d = rules_alone.classify(sub(text))
    assert "urgent" not in d.flags, d.why
    assert note(d.why, keyword) == IMAGINED, d.why


@pytest.mark.parametrize("text", each_way([
    "Nhà bên không bị ngập, nhà tôi bị nước tràn vào gần nửa mét.",
]))
def test_a_denial_keeps_its_own_clause_before_a_new_statement(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert note(d.why, "ngập") == DENIED, d.why  # the house next door: not flooded
    assert note(d.why, "nước tràn vào") == "", d.why  # the writer's own: told as it is
