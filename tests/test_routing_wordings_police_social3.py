"""The police beside social affairs, round r-3141..r-3170 (rules/102): voluntary rehab, begging children, a child beaten
at home, the ward loudspeakers, a school's discipline are social affairs' (the police co-ordinate where the GUIDE says
so); a lottery den is the police's; praise of a police officer is a conduct case; a women's union inviting the police
to talk is the front's. Each with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import both, sub

CASES = both([
    ("Con trai tôi 24 tuổi nghiện ma túy đã 2 năm, nay cháu đồng ý đi cai. Gia đình muốn đăng ký cho cháu cai nghiện "
     "tự nguyện thì làm hồ sơ ở đâu?", "chinh_sach", "vhxh"),
    ("Ngã tư Nguyễn Văn Cừ có mấy cháu bé chừng 6, 7 tuổi ngày nào cũng đi bán kẹo, xin tiền đến khuya, có người lớn "
     "ngồi xe máy đứng xa trông.", "chinh_sach", "vhxh"),
    ("Quán nước đầu ngõ 12 thực chất là chỗ ghi lô đề, ngày nào cũng đông người ra vào, có cả học sinh.", "an_ninh",
     "cong_an"),
    ("Cháu bé 8 tuổi nhà hàng xóm hay bị bố dượng đánh, người lúc nào cũng có vết bầm.", "an_ninh", "cong_an"),
    ("Loa phường đặt ngay trên cột trước nhà tôi, sáng 5 giờ đã phát rất to, người già trong nhà không chịu được.",
     "chinh_sach", "vhxh"),
    ("Con nhà tôi bị trường đình chỉ học 3 ngày vì đánh nhau trong lớp, tôi thấy kỷ luật như vậy là nặng.",
     "chinh_sach", "vhxh"),
    ("Anh công an khu vực rất nhiệt tình, giúp tôi làm thủ tục tạm trú cho người thuê nhà chỉ trong một buổi.",
     "xd_chinh_quyen", "mttq"),
    ("Hội phụ nữ tổ 4 muốn mời công an phường về nói chuyện về phòng chống lừa đảo qua mạng cho hội viên.", "mat_tran",
     "mttq"),
])


@pytest.mark.parametrize("text,category,agency", CASES)
def test_the_police_beside_social_affairs(rules_alone, text, category, agency):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == (category, agency), d.why


@pytest.mark.parametrize("text", [t for t, _, _ in both([
    ("Cháu bé 8 tuổi nhà hàng xóm hay bị bố dượng đánh, người lúc nào cũng có vết bầm.", "", ""),
    ("Có một anh bị tâm thần hay đi lang thang ở chợ, thỉnh thoảng ném đá vào người đi đường.", "", ""),
])])
def test_a_child_beaten_and_a_mentally_ill_man_bring_social_affairs(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.agency == "cong_an" and "vhxh" in d.co_agencies and "urgent" not in d.flags, d.why
