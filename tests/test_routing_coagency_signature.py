"""The writer's signature block names no co-ordinating agency (rt-s44l).

"Thay mặt Chi hội người cao tuổi tổ 19: Trần Văn Kỳ, 0904 716 328" at a letter's end says who signs, like the
introduction "Tôi là ..." says who writes: the signer's organisation is no second matter for the front or the
social office, and weighs like a secondary point (`core/rules/signature.py`, its sentences in `Place.intro`). The
block runs from a sign-off line ("Thay mặt ...", "TM. ...", "Người đề nghị: ...", "Trân trọng,", a closing "Xin
cảm ơn!" with a line after it, a short line with a phone) to the end. The front's own work signed by a front team
keeps its evidence from the body; the same association raised as a further point still brings the front in; a
Form answer without a signature and a text that is only a sign-off keep what they say. Each wording with and
without diacritics.
"""

from __future__ import annotations

import pytest

import routing_eval
from hopthu.core.rules.signature import signature
from hopthu.core.textnorm import fold_case
from wordings import each_way, form, sub

# the matter: strangers selling water filters to the elders door to door (the police), asked plainly
SCAM = ("Kính gửi công an phường,\nMấy tuần nay có người lạ đến từng nhà các cụ ở tổ 19 mời mua máy lọc nước giá 20 "
        "triệu, nói là chương trình của phường. Đề nghị công an phường kiểm tra, xử lý.\n")

SIGNED_ON_BEHALF = each_way([f"{SCAM}Thay mặt Chi hội người cao tuổi tổ 19: Trần Văn Kỳ, 0904 716 328"])
SIGNED_AFTER_THANKS = each_way([f"{SCAM}Xin cảm ơn!\nChi hội người cao tuổi tổ 19"])
SIGNED_AS_THE_ONE_WHO_ASKS = each_way([
    f"{SCAM}Người đề nghị: Trần Văn Kỳ, Chi hội trưởng Chi hội người cao tuổi tổ 19",
])
FRONT_WORK_SIGNED_BY_A_FRONT_TEAM = each_way([
    "Kính gửi Ủy ban MTTQ phường,\nBan công tác Mặt trận khu dân cư số 3 đề nghị Ủy ban MTTQ phường hướng dẫn cách tổ "
    "chức Ngày hội Đại đoàn kết toàn dân tộc năm nay và hỗ trợ kinh phí cho khu dân cư.\n"
    "TM. Ban công tác Mặt trận khu dân cư số 3\nNguyễn Hữu Tiến",
])
ASSOCIATION_AS_A_FURTHER_POINT = each_way([
    "Kính gửi UBND phường,\nĐèn đường ngõ 45 phố Tân Mai đã hỏng 3 tuần nay, đề nghị phường cho thay bóng đèn sớm. "
    "Ngoài ra, chi hội người cao tuổi tổ 19 chưa có chỗ sinh hoạt, đề nghị Mặt trận phường giúp.\n"
    "Người viết: Trần Văn Kỳ",
])
ONLY_A_SIGN_OFF = each_way(["Thay mặt Chi hội người cao tuổi tổ 19: Trần Văn Kỳ, 0904 716 328"])
FORM_WITHOUT_SIGNATURE = each_way(["Chi hội người cao tuổi tổ 19 chưa có chỗ sinh hoạt, nhờ phường xem giúp."])


@pytest.mark.parametrize("text", SIGNED_ON_BEHALF)
def test_a_letter_signed_on_behalf_of_the_elders_association_brings_in_neither_front_nor_social_office(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency, d.co_agencies) == ("an_ninh", "cong_an", []), d.why


@pytest.mark.parametrize("text", SIGNED_AFTER_THANKS)
def test_the_association_signing_after_a_closing_thanks_does_not_take_the_lead(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency, d.co_agencies) == ("an_ninh", "cong_an", []), d.why


@pytest.mark.parametrize("text", SIGNED_AS_THE_ONE_WHO_ASKS)
def test_the_association_of_the_person_who_asks_does_not_take_the_lead(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency, d.co_agencies) == ("an_ninh", "cong_an", []), d.why


@pytest.mark.parametrize("text", FRONT_WORK_SIGNED_BY_A_FRONT_TEAM)
def test_the_fronts_own_work_signed_by_a_front_team_stays_with_the_front(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency, d.co_agencies) == ("mat_tran", "mttq", []), d.why


@pytest.mark.parametrize("text", ASSOCIATION_AS_A_FURTHER_POINT)
def test_the_association_raised_as_a_further_point_still_brings_in_the_front(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang") and "mttq" in d.co_agencies, d.why


@pytest.mark.parametrize("text", ONLY_A_SIGN_OFF)
def test_a_text_that_is_only_a_sign_off_keeps_what_it_names(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("mat_tran", "mttq"), d.why


@pytest.mark.parametrize("text", FORM_WITHOUT_SIGNATURE)
def test_a_short_form_answer_without_a_signature_is_untouched(rules_alone, text):
    d = rules_alone.classify(form(text, "Công tác Mặt trận"))
    assert (d.category, d.agency, d.co_agencies) == ("mat_tran", "mttq", []), d.why


def _signed(text: str) -> list[str]:
    """The sentences `signature` finds in a text: its lines joined by a space, as the engine folds a letter."""
    lines = [fold_case(line) for line in text.split("\n")]
    value = " ".join(lines)
    starts = {0, *(i + 1 for i, c in enumerate(value) if c in ".!?;")}
    at = 0
    for line in lines:
        starts.add(at)
        at += len(line) + 1
    order = sorted(s for s in starts if s < len(value))
    ends = [*order[1:], len(value)]
    return [value[order[i]:ends[i]].strip() for i in sorted(signature(value, order, set(), set(), set()))]


@pytest.mark.parametrize("text", each_way(["Đèn ngõ 5 hỏng. Đề nghị thay bóng.\nTrân trọng,\nNguyễn Văn An\nTổ 5"]))
def test_the_block_runs_from_its_sign_off_line_to_the_end(text):
    found = _signed(text)
    assert len(found) == 3 and found[0].startswith(("trân trọng", "tran trong")) and found[-1] in ("tổ 5", "to 5")


@pytest.mark.parametrize("text", each_way(["Đèn ngõ 5 hỏng đã hai tuần.\nNguyễn Văn An\nTổ 5",
                                           "Hố ga trước cổng chợ đã được thay nắp mới. Cảm ơn phường."]))
def test_no_sign_off_line_no_block_and_a_last_thanks_is_no_block(text):
    assert _signed(text) == []


def test_r_4594_the_elders_defrauded_need_the_police_and_the_social_office_not_the_front(rules_alone):
    (item,) = [it for it in routing_eval.read_items("tuning") if it["id"] == "r-4594"]
    d = rules_alone.classify(routing_eval.submission(item))
    assert (d.category, d.agency, d.co_agencies) == ("an_ninh", "cong_an", ["vhxh"]), d.why


# Review 52s: what follows a sign-off may still be the letter's. A postscript, a further point, a Form's content
# field (finding 1), a short line that tells what happened (finding 2) end the block; a short "Đại diện …" line that
# tells a matter anchors none (finding 3).
GOES_ON = each_way([
    "Kính gửi phường.\nĐề nghị phường cho người sửa đèn đường ngõ 7, đã hỏng mấy tuần nay.\nTrân trọng.\nTrần Thị Mai\n"
    "P/S: quán karaoke số 15 hát đến 2 giờ sáng.",
    "Kính gửi phường.\nXin hỏi thủ tục đăng ký khai sinh cho con.\nCảm ơn anh chị.\nCòn việc hàng xóm đánh vợ đêm nào "
    "cũng vậy",
    "Họ tên: Nguyễn Văn An\nSĐT: 0912 345 678\nNội dung: Dây điện ngõ 5 đứt rơi xuống đường đang tóe lửa",
])


@pytest.mark.parametrize("text", GOES_ON)
def test_a_postscript_a_further_point_or_a_forms_content_after_a_sign_off_is_no_signature(text):
    assert not any(s.startswith(("p/s", "còn việc", "con viec", "nội dung", "noi dung")) for s in _signed(text))


@pytest.mark.parametrize("text", each_way([
    "Kính gửi phường.\nXin hỏi thủ tục đăng ký khai sinh cho con.\nCảm ơn anh chị.\nCòn việc hàng xóm đánh vợ đêm nào "
    "cũng vậy",
]))
def test_a_further_point_after_a_closing_thanks_still_brings_in_the_police(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("thu_tuc", "hcc") and "cong_an" in d.co_agencies, d.why


def test_a_crime_told_on_a_last_line_after_the_thanks_keeps_the_lead(rules_alone):
    # with its marks: "bị", "đã", "đang" tell; without them the bare forms are names too (only "bi", "khong", …)
    text = ("Đề nghị phường cho người sửa đèn ngõ 5 đã hỏng mấy tuần nay, tối đi lại rất khó khăn.\nXin cảm ơn!\n"
            "Tối qua nhà số 7 bị kẻ gian cạy cửa lấy trộm")
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("an_ninh", "cong_an"), d.why
    assert _signed(text) == []


@pytest.mark.parametrize("text", each_way([
    "Kính gửi phường.\nChúng tôi đã gửi đơn hai lần về việc nạo vét cống.\nĐại diện công ty điện lực đã hẹn mà không "
    "đến.",
]))
def test_a_short_line_that_tells_what_a_representative_did_is_no_sign_off(text):
    assert _signed(text) == []


@pytest.mark.parametrize("text", each_way([
    "Đèn ngõ 5 hỏng. Đề nghị thay bóng.\nTrân trọng,\nCựu chiến binh Nguyễn Văn Tư, tổ 7",
    "Đèn ngõ 5 hỏng. Đề nghị thay bóng.\nKính thư,\nĐặng Văn Lại, tổ 19",  # bare "Dang", "Lai" are names
    "Đèn ngõ 5 hỏng. Đề nghị thay bóng.\nĐại diện hộ dân: Nguyễn Văn An",
]))
def test_real_signature_blocks_keep_their_extent(text):
    assert _signed(text), text
