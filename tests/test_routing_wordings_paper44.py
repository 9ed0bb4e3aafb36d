"""Paper letters typed in by officers, round r-4541..r-4570 (rules/149, an exclusion in rules/102): an official who
made appointments again and again and never came is a matter of conduct, even when the visit was a land measurement;
a police officer at the desk who shouted at a citizen brings the police as co-ordinator; asking that a voters'
meeting be announced early on the ward loudspeakers is about the meeting, not the loudspeakers. Each wording as the
officer typed it and with its diacritics stripped."""

from __future__ import annotations

from dataclasses import replace

import pytest

from hopthu.core.model import Channel, Submission
from wordings import each_way, sub


def paper(text: str) -> Submission:
    """A letter from the paper box, typed in by an officer."""
    return replace(sub(text), channel=Channel.PAPER)


NO_SHOWS = each_way([
    "Nội dung: bà Hồ Thị Lan (tổ 6) phản ánh cán bộ địa chính phường đã 3 lần hẹn xuống đo thửa đất để làm hồ sơ cấp "
    "GCN nhưng đều không đến, không báo trước. Kiến nghị: lãnh đạo UBND nhắc nhở cán bộ.",
    "Công dân phản ánh: đ/c địa chính hẹn đi hẹn lại việc đo đạc ranh giới, lần nào gia đình cũng nghỉ làm chờ mà cán "
    "bộ vẫn không đến. Đề nghị xem xét trách nhiệm.",
])


@pytest.mark.parametrize("text", NO_SHOWS)
def test_a_land_officers_repeated_no_shows_are_conduct_with_the_works_office(rules_alone, text):
    d = rules_alone.classify(paper(text))
    assert (d.category, d.agency) == ("xd_chinh_quyen", "mttq") and "kt_hatang" in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Ông Lê Văn Hòa phản ánh thợ của công ty cấp nước 3 lần hẹn đến thay đồng hồ nước nhưng đều không đến, không báo "
    "trước.",
]))
def test_a_company_that_never_came_is_no_official(rules_alone, text):
    assert rules_alone.classify(paper(text)).category != "xd_chinh_quyen"


RUDE_DESK = each_way([
    "Công dân phản ánh: khi đến làm CCCD cho bố, anh Phạm Văn Tú bị đ/c CA trực quầy quát, nói to trước đông người. "
    "Đề nghị nhắc nhở thái độ cán bộ.",
    "Chị Vũ Thị Hà phản ánh đồng chí công an ở quầy tiếp dân nói to, thiếu tôn trọng mẹ chị, 80 tuổi, khi làm thủ tục "
    "cấp đổi căn cước. Đề nghị lãnh đạo nhắc nhở.",
])


@pytest.mark.parametrize("text", RUDE_DESK)
def test_a_police_officer_shouting_at_the_desk_brings_the_police(rules_alone, text):
    d = rules_alone.classify(paper(text))
    assert (d.category, d.agency) == ("xd_chinh_quyen", "mttq") and "cong_an" in d.co_agencies, d.why


VOTERS = each_way([
    "Kính gửi Ban Thường trực MTTQ phường, hội nghị tiếp xúc cử tri của khu phố 3 lần nào cũng báo muộn, tổ chức "
    "giờ hành chính. Đề nghị Mặt trận thông báo sớm trên loa phường và tổ chức vào tối thứ bảy.",
])


@pytest.mark.parametrize("text", VOTERS)
def test_an_early_notice_on_the_loudspeakers_is_about_the_voters_meeting(rules_alone, text):
    d = rules_alone.classify(paper(text))
    assert (d.category, d.agency) == ("mat_tran", "mttq") and "vhxh" not in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Công dân phản ánh loa phường đặt trên cột điện trước số nhà 12 ngõ 40 phát quá to từ 5 giờ sáng, người già mất "
    "ngủ. Kiến nghị quay loa hướng khác, giảm âm lượng.",
]))
def test_a_loudspeaker_too_loud_stays_the_social_offices(rules_alone, text):
    d = rules_alone.classify(paper(text))
    assert (d.category, d.agency) == ("chinh_sach", "vhxh"), d.why
