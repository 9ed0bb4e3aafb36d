"""The front's own work and grassroots mediation beside the offices that own their words, round r-2701..r-2730
(rules/83, with narrowed signs in rules/17, 40, 56, 58, 73 and 75): a neighbour's roof pipe or garden tree is
mediation, a contribution campaign the front's team is asked to run, the front's gifts, a member organisation's
club, a talk on preventing domestic violence, a mailbox answer overdue, the front's critique of a lane's widening
and its supervision of the rubbish fee. Each wording with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import both, each_way, sub

FRONT = both([
    ("Ống thoát nước mưa trên mái nhà bên cạnh xả thẳng sang sân nhà tôi, mưa xuống là sân ngập. Đã sang nói mấy "
     "lần mà họ không nghe. Nhờ tổ hòa giải nói giúp.", "mat_tran", "mttq"),
    ("Rễ cây si trong vườn nhà bên bò sang làm bong hết gạch sân nhà tôi. Tôi muốn nhờ người hòa giải để nhà bên "
     "chặt bớt rễ.", "mat_tran", "mttq"),
    ("Ngõ 27 tối om. Nhờ Ban công tác Mặt trận tổ vận động bà con mỗi nhà góp ít tiền để tự lắp đèn chiếu sáng "
     "trong ngõ, bà con đều đồng ý.", "mat_tran", "mttq"),
    ("Quà Tết của Mặt trận phát cho hộ khó khăn ở tổ 4 năm nay chia không đều, nhà cụ neo đơn lại không có.",
     "mat_tran", "mttq"),
    ("Câu lạc bộ dưỡng sinh của Hội Người cao tuổi tổ 12 có hơn 30 cụ mà không có chỗ tập. Xin cho các cụ mượn "
     "nhà văn hóa buổi sáng.", "mat_tran", "mttq"),
    ("Chi hội Phụ nữ tổ 5 muốn mở buổi nói chuyện về phòng chống bạo lực gia đình cho chị em, xin Mặt trận phường "
     "giới thiệu báo cáo viên.", "mat_tran", "mttq"),
    ("Ngày 3/11 tôi gửi góp ý về cái cống tắc qua mã QR, đến nay đã quá 7 ngày làm việc mà chưa nhận được trả lời "
     "nào. Đề nghị cho biết kết quả.", "mat_tran", "mttq"),
])


@pytest.mark.parametrize("text,category,agency", FRONT)
def test_the_fronts_own_work_and_mediation_go_to_the_front(rules_alone, text, category, agency):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == (category, agency), d.why


NO_CO = [
    "Ống thoát nước mưa trên mái nhà bên cạnh xả thẳng sang sân nhà tôi, mưa xuống là sân ngập. Nhờ tổ hòa giải "
    "nói giúp.",
    "Rễ cây si trong vườn nhà bên bò sang làm bong hết gạch sân nhà tôi. Tôi muốn nhờ người hòa giải.",
]


@pytest.mark.parametrize("text", each_way(NO_CO))
def test_a_neighbours_pipe_or_tree_brings_no_office(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "kt_hatang" not in d.co_agencies, d.why


CO_WORKS = [
    ("Góp ý dự thảo phương án mở rộng ngõ 60", "Tổ 10 vừa nhận dự thảo phương án mở rộng ngõ 60, nhiều hộ chưa rõ "
     "mỗi nhà phải lùi vào bao nhiêu mét và có được hỗ trợ không. Đề nghị Mặt trận tổ chức lấy ý kiến, phản biện "
     "trước khi phường phê duyệt."),
    ("Đề nghị giám sát việc thu phí rác", "Từ tháng 10 đơn vị thu gom rác tự tăng phí từ 30 lên 50 nghìn mỗi hộ, "
     "không có văn bản nào. Đề nghị Mặt trận giám sát việc thu phí này."),
]


@pytest.mark.parametrize("subject,text", [(s, t) for s0, t0 in CO_WORKS for s, t in zip(each_way([s0]), each_way([t0]))])
def test_the_fronts_critique_of_works_and_supervision_of_the_rubbish_fee_bring_the_works_office(rules_alone, subject,
                                                                                               text):
    """A draft put to the residents is no compensation dispute yet: not complex."""
    d = rules_alone.classify(sub(text, subject))
    assert (d.category, d.agency) == ("mat_tran", "mttq"), d.why
    assert "kt_hatang" in d.co_agencies and not d.complex, d.why
