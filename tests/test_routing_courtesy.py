"""A letter's courteous closing thanks is no evidence (daemon/hopthu/core/rules/courtesy.py): a present danger closed by
"Xin cảm ơn.", "Em cảm ơn ạ!" or "Trân trọng cảm ơn." stays urgent, though a hundred safety rules exclude "cảm ơn" for
the thank-you letter whose danger is over; that thank-you letter stays not urgent, thanks that say what for stay
evidence. A courteous opening thanks (for attention, reading, listening, the mailbox itself) before a request or a
report is no evidence either: the danger after it stays urgent, the complaint after it is routed; a thanks for a
deed opening a letter stays, and a thank-you letter stays one (its "nhờ phường mà …", help given, a wish for the
officers' health, a commendation asked, a past report and a link's "?" ask nothing). The rules' patterns read the courtesy blanked, as the
keywords do. Only the body is read so (not the subject, not the Form's fields), in time linear in its length. Each
wording with and without diacritics."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest

from hopthu.core.rules.context import Context
from hopthu.core.rules.courtesy import closing_thanks, drop_closing_thanks, drop_courtesy, opening_thanks
from hopthu.core.textnorm import afold, fold_case
from wordings import both, each_way, sub

DANGER_CLOSED_POLITELY = each_way([
    "Dây điện hạ thế trước số 12 ngõ 5 bị đứt rơi xuống đường, đang tóe lửa, đề nghị phường cho người đến ngay. "
    "Xin cảm ơn.",
    "Nhà số 7 ngõ 40 đang cháy, khói đen bốc lên, đề nghị báo cứu hỏa đến ngay.\nEm cảm ơn ạ!",
    "Bức tường rào trường tiểu học ngõ 3 nghiêng hẳn ra đường, sắp đổ, học sinh vẫn đi qua hằng ngày. Đề nghị phường "
    "rào chắn gấp.\nTrân trọng cảm ơn.\nLê Văn Tâm - 0912 000 111",
])


@pytest.mark.parametrize("text", DANGER_CLOSED_POLITELY)
def test_a_present_danger_closed_by_a_courteous_thanks_stays_urgent(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "urgent" in d.flags, d.why


THANK_YOU_LETTERS = each_way([
    "Cảm ơn phường đã cho người đến ngay khi dây điện trước nhà tôi đứt, tóe lửa tối qua.",
    "Tối qua dây điện trước số 12 ngõ 5 bị đứt, tóe lửa. Điện lực và phường đã cho người đến xử lý rất nhanh.\n"
    "Xin cảm ơn.",
])


@pytest.mark.parametrize("text", THANK_YOU_LETTERS)
def test_a_thank_you_for_a_danger_dealt_with_stays_not_urgent(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "urgent" not in d.flags, d.why


def _body_thanks(rules, text: str, subject: str = "") -> dict[str, list[int]]:
    ctx = Context(sub(text, subject), rules._matcher)
    return {kw: at for kw, at in ctx.text_at.items() if "cam on" in kw or "cảm ơn" in kw}


@pytest.mark.parametrize("text", each_way([
    "Đèn đường ngõ 12 lại tắt, đề nghị phường cho thay bóng. Cảm ơn phường đã sửa đèn ngõ 10 tuần trước.",
    "Đề nghị phường thay bóng đèn ngõ 12. Cảm ơn phường vì đã quan tâm đến bà con.",
]))
def test_thanks_that_say_what_for_stay_evidence(rules_alone, text):
    assert _body_thanks(rules_alone, text), "the thanks for a deed is a matter of the letter, kept"


@pytest.mark.parametrize("text", each_way([
    "Cảm ơn phường đã sửa đèn ngõ 10. Nay cống ngõ 8 tắc, đề nghị phường cho người đến thông.",
    "Xin cảm ơn công an phường đã bắt được trộm. Đề nghị tăng cường tuần tra ngõ 5 vào ban đêm.",
]))
def test_a_thanks_for_a_deed_opening_a_request_is_kept(rules_alone, text):
    assert _body_thanks(rules_alone, text)


@pytest.mark.parametrize("text", each_way([
    "Xin cảm ơn phường. Dây điện trước số 12 ngõ 5 bị đứt, đề nghị phường cho người đến.",
    "Em cảm ơn ạ! Nhà em ở ngõ 40, đề nghị phường cho người đến xem cái cột điện nghiêng.",
    "Kính gửi UBND phường,\nTôi xin gửi lời cảm ơn đến quý cơ quan đã lắng nghe ý kiến người dân. Cống ngõ 8 tắc, "
    "đề nghị phường cho nạo vét.",
]))
def test_a_courtesy_opening_a_request_is_no_evidence(rules_alone, text):
    assert not _body_thanks(rules_alone, text)


# ---- the opening courtesy: thanks for attention, reading, listening or the mailbox, then the letter's matter

OPENING_THEN_DANGER = each_way([
    "Xin cảm ơn phường đã quan tâm. Dây điện trước nhà số 5 ngõ 12 bị đứt, đang tóe lửa, đề nghị cho người đến ngay.",
    "Trước hết em xin cảm ơn các anh chị đã lắng nghe. Dây điện hạ thế trước số 12 ngõ 5 bị đứt rơi xuống đường, đang "
    "tóe lửa, đề nghị phường cho người đến ngay.",
    "Xin chân thành cảm ơn quý cơ quan đã tạo kênh góp ý này. Dây điện trước cổng nhà tôi ở ngõ 7 bị đứt, đang tóe "
    "lửa, trẻ con đi học qua lại, đề nghị cho người đến xử lý ngay.",
])


@pytest.mark.parametrize("text", OPENING_THEN_DANGER)
def test_a_courteous_opening_thanks_before_a_present_danger_leaves_it_urgent(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "urgent" in d.flags and (d.agency, d.category) == ("kt_hatang", "ha_tang"), d.why


@pytest.mark.parametrize("text, category, agency", both([
    ("Cảm ơn ban quản lý hòm thư. Em muốn phản ánh việc đèn đường ngõ 3 hỏng cả tháng nay, tối đi lại rất khó.",
     "ha_tang", "kt_hatang"),
    ("Xin chân thành cảm ơn quý cơ quan đã tạo kênh góp ý này. Đèn đường ngõ 3 hỏng cả tháng nay, đề nghị phường "
     "cho sửa.", "ha_tang", "kt_hatang"),
    ("Em cảm ơn ad đã đọc tin nhắn. Cho em hỏi làm căn cước cho con thì cần giấy tờ gì ạ?", "thu_tuc", "cong_an"),
]))
def test_a_courteous_opening_thanks_before_a_complaint_routes_the_complaint(rules_alone, text, category, agency):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == (category, agency), d.why


@pytest.mark.parametrize("text", each_way([
    "Cảm ơn phường đã sửa đèn ngõ 10. Nay đường sáng sủa, bà con rất vui.",
    "Xin cảm ơn công an phường đã bắt được tên trộm xe máy ở ngõ 5. Cả xóm yên tâm hẳn.",
    "Cảm ơn phường đã quan tâm. Gia đình tôi rất vui vì đường ngõ nay đã sáng.",
    "Xin cảm ơn phường đã quan tâm đến bà con. Đường ngõ 5 nay đã được đổ bê tông phẳng phiu, mong phường tiếp tục "
    "quan tâm như vậy.",
]))
def test_a_thank_you_letter_opened_by_its_thanks_stays_a_thank_you(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, "urgent" in d.flags) == ("xd_chinh_quyen", False), d.why


THANKS_FOR_A_DEED_AFTER_AN_OPENING = each_way([
    "Cảm ơn phường đã quan tâm. Nhờ phường mà ngõ 5 nay đã có đèn chiếu sáng, bà con đi lại ban đêm an toàn hơn nhiều.",
    "Gia đình tôi xin chân thành cảm ơn các anh chị. Bố tôi đi lạc 2 ngày, nhờ các anh công an phường tìm kiếm suốt "
    "đêm nên đã đưa được bố về nhà an toàn.",
    "Cảm ơn phường đã quan tâm. Tối qua nhà số 8 ngõ 3 bị chập điện cháy, đội dân phòng tổ 3 đã đến ngay dập tắt kịp "
    "thời, không ai bị thương. Mong các anh luôn mạnh khỏe.",
    "Cảm ơn phường đã tạo kênh góp ý này. Tôi muốn gửi lời khen chị Lan ở bộ phận một cửa đã hướng dẫn tôi làm thủ tục "
    "rất tận tình, giúp đỡ tôi hoàn thiện hồ sơ nhanh chóng.",
    "Cảm ơn phường đã quan tâm. Tuần trước công an phường đã bắt được tên trộm chó ở ngõ 7, bà con rất phấn khởi. Đề "
    "nghị phường khen thưởng các anh công an khu vực.",
    "Xin cảm ơn phường đã lắng nghe ý kiến người dân. Sau khi tôi phản ánh, chỉ hai ngày sau quán karaoke số 15 đã "
    "không còn hát khuya nữa. Gia đình tôi rất cảm kích.",
    "Xin cảm ơn phường đã quan tâm. Đường ngõ 12 vừa được đổ bê tông phẳng phiu, bà con rất vui. Kính mong các cấp "
    "lãnh đạo phường luôn mạnh khỏe.",
])


@pytest.mark.parametrize("text", THANKS_FOR_A_DEED_AFTER_AN_OPENING)
def test_a_courteous_opening_before_thanks_for_a_deed_leaves_a_thank_you_letter(rules_alone, text):
    """After an opening courtesy, "nhờ phường mà …" / "nhờ các anh … nên …" (thanks to), help already given ("đã tận
    tình giúp đỡ"), a wish for the officers' health, a commendation asked ("đề nghị khen thưởng …") and a past report
    ("sau khi tôi phản ánh") ask nothing: the opening stays, the letter is a thank-you, not the deed it praises."""
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency, "urgent" in d.flags) == ("xd_chinh_quyen", "mttq", False), d.why


@pytest.mark.parametrize("text", each_way([
    "Cảm ơn phường đã quan tâm. Nhờ phường cho người đến thông cống ngõ 8, nước thải tràn ra đường mấy hôm nay.",
    "Cảm ơn phường đã quan tâm. Cống ngõ 8 tắc mấy hôm nay, nước thải tràn ra đường, mong phường giúp đỡ bà con.",
]))
def test_a_courteous_opening_before_a_call_for_help_still_routes_the_matter(rules_alone, text):
    """"Nhờ phường cho người đến …" and "mong phường giúp đỡ" do ask: the opening is dropped, the blocked drain
    routed to the works office."""
    d = rules_alone.classify(sub(text))
    assert d.agency == "kt_hatang" and d.category != "xd_chinh_quyen", d.why


@pytest.mark.parametrize("text", each_way([
    "Cảm ơn phường đã quan tâm. Tôi xin phản ánh: dây điện trước nhà số 5 ngõ 12 bị đứt rơi xuống đường, đang tóe "
    "lửa.",
    "Cảm ơn phường đã quan tâm. Tôi xin phản ảnh: dây điện trước nhà số 5 ngõ 12 bị đứt rơi xuống đường, đang tóe "
    "lửa.",
]))
def test_phan_anh_reports_after_an_opening_courtesy_as_written_and_misspelt(rules_alone, text):
    """"phản ánh" and its misspelling "phản ảnh" fold alike: either, written with its diacritics or without, is a
    report, so the danger after a courteous opening is urgent whichever way the letter is typed."""
    d = rules_alone.classify(sub(text))
    assert "urgent" in d.flags and (d.category, d.agency) == ("ha_tang", "kt_hatang"), d.why


@pytest.mark.parametrize("text", each_way([
    "Cảm ơn phường đã quan tâm. Đường ngõ 9 nay đã được trải nhựa phẳng phiu, bà con ai cũng vui. Ảnh con đường mới "
    "em để ở đây: https://photos.app.goo.gl/AbCd?share=1",
]))
def test_a_question_mark_inside_a_link_asks_nothing(rules_alone, text):
    """The "?" of a photo link ("…/AbCd?share=1") is no question: the thank-you letter stays one."""
    d = rules_alone.classify(sub(text))
    assert (d.category, "urgent" in d.flags) == ("xd_chinh_quyen", False), d.why


@pytest.mark.parametrize("text", each_way([
    "https://drive.google.com/drive/folders/1AbCdEf?usp=sharing. Xin cảm ơn",
    "https://www.facebook.com/photo?fbid=123456. Em cảm ơn ạ",
]))
def test_a_link_closed_by_a_citizens_thanks_is_no_bare_link_spam(rules_alone, text):
    """A link whose "?" is no question keeps its closing thanks, so the anchored "only links" spam pattern (rules/20)
    does not read the letter as a bare link; a bare link stays spam."""
    assert "spam" not in rules_alone.classify(sub(text)).flags
    assert "spam" in rules_alone.classify(sub(text.split(". ")[0])).flags


@pytest.mark.parametrize("text", each_way([
    "Xin cảm ơn phường đã quan tâm. Cống ngõ 8 tắc, đề nghị phường cho thông. Em cảm ơn ạ!",
    "Cống ngõ 8 tắc,\n đề nghị phường cho   thông.\nXin cảm ơn các anh chị!",
]))
def test_the_patterns_read_the_courtesy_blanked_as_the_keywords_do(rules_alone, text):
    """The rules' patterns search the body with its courtesy made spaces (a pattern excluding "cảm ơn" no more reads
    it than a keyword does), every other character where it was."""
    (_, subject), (_, body) = Context(sub(text, "Xin cảm ơn"), rules_alone._matcher).places
    assert len(body) == len(text) and "cam on" not in afold(body.lower()) and subject == "Xin cảm ơn"
    at = afold(text.lower()).index("cong ngo 8")
    assert body[at:at + 10] == text[at:at + 10]


@pytest.mark.parametrize("unit", ["cảm ơn anh chị ", "xin cảm ơn. đề nghị ", "cam on phuong da quan tam "])
def test_finding_an_opening_courtesy_is_linear(unit):
    text = (unit * (500_000 // len(unit) + 1))[:500_000] + "x"
    fc = fold_case(text)
    begin = time.perf_counter()
    opening_thanks(fc)
    drop_courtesy(fc, {"cảm ơn": _starts(text)[1]})
    assert time.perf_counter() - begin < 1.0


@pytest.mark.parametrize("text", each_way([
    "Dây điện trước số 12 ngõ 5 bị đứt, đang tóe lửa, đề nghị phường cho người đến ngay. Xin cảm ơn.",
]))
def test_only_the_body_loses_its_closing_thanks(rules_alone, text):
    assert not _body_thanks(rules_alone, text)
    ctx = Context(sub(text, "Xin cảm ơn"), rules_alone._matcher)
    assert any("cam on" in kw or "cảm ơn" in kw for kw in ctx.subject_at), "the subject is not a closing"
    answer = replace(sub(text), fields={"Ý kiến khác": "Xin cảm ơn."})
    assert any("cam on" in kw or "cảm ơn" in kw for kw in Context(answer, rules_alone._matcher).field_hits("Ý kiến khác"))


# ---- closing_thanks on its own: where a thanks keyword begins in a fold_case text, and which of those close it

def _starts(text: str) -> tuple[str, list[int]]:
    fc = fold_case(text)
    from hopthu.core.textnorm import afold
    f = afold(fc)
    return fc, [i for i in range(len(f)) if f.startswith("cam on", i)]


@pytest.mark.parametrize("text", each_way([
    "Cống ngõ 8 tắc, đề nghị phường cho thông. Xin cảm ơn.",
    "Cống ngõ 8 tắc, đề nghị phường cho thông.\nEm cảm ơn ạ!\nHoa",
    "Cống ngõ 8 tắc, đề nghị phường cho thông.\nTrân trọng cảm ơn.",
    "Cống ngõ 8 tắc, đề nghị phường cho thông.\nXin chân thành cảm ơn các anh chị!\nNguyễn Văn Bình\nĐT 0912 000 222",
    "Cống ngõ 8 tắc ai đến thông giúp với? Cảm ơn nhiều ạ.",
]))
def test_a_closing_formula_after_a_request_is_found(text):
    fc, starts = _starts(text)
    assert closing_thanks(fc, starts) == starts


@pytest.mark.parametrize("text", each_way([
    "Cống ngõ 8 tắc, đề nghị phường cho thông. Cảm ơn phường đã cho người xuống lần trước.",  # says what for
    "Cống ngõ 8 đã được thông sạch sẽ. Xin cảm ơn.",  # asks nothing: a thank-you letter
    "Xin cảm ơn phường. Cống ngõ 8 tắc, đề nghị cho thông.",  # opens the request
    "Cống ngõ 8 tắc, đề nghị phường cho thông, xin cảm ơn nhưng lần này phải làm kỹ.",  # goes on
]))
def test_thanks_that_are_no_mere_closing_are_not_found(text):
    fc, starts = _starts(text)
    assert starts and closing_thanks(fc, starts) == []


def test_a_thanks_followed_by_more_than_a_signature_is_not_a_closing():
    text = "Cống ngõ 8 tắc, đề nghị phường cho thông. Xin cảm ơn.\n" + "Ngoài ra ngõ 9 cũng có rác tồn đọng lâu ngày. " * 6
    fc, starts = _starts(text)
    assert closing_thanks(fc, starts) == []


def test_dropping_leaves_the_other_places_of_a_keyword():
    fc, starts = _starts("Cảm ơn phường đã sửa đèn. Nay cống ngõ 8 tắc, đề nghị cho thông. Xin cảm ơn.")
    at = {"cảm ơn": list(starts), "cống": [fc.index("cống")]}
    drop_closing_thanks(fc, at)
    assert at == {"cảm ơn": starts[:1], "cống": [fc.index("cống")]}
    only_closing = {"cảm ơn": starts[1:]}
    drop_closing_thanks(fc, only_closing)
    assert only_closing == {}


@pytest.mark.parametrize("unit", ["cảm ơn anh chị ", "cam on ", "đề nghị. cảm ơn. ", "a", "cảm ơn anh chị anh chị "])
def test_finding_closing_thanks_is_linear(unit):
    """Half a megabyte of thanks (each a start) and of almost-formulas takes well under a second: only the thanks near
    the end are looked at, each within a bounded window, and the formula's repeats are bounded."""
    text = (unit * (500_000 // len(unit) + 1))[:500_000] + "x"
    fc, starts = _starts(text)
    begin = time.perf_counter()
    closing_thanks(fc, starts)
    drop_closing_thanks(fc, {"cảm ơn": starts})
    assert time.perf_counter() - begin < 1.0
