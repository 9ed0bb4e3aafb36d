"""Wordings of round r-2169..r-2238 (rules/66, the narrowed signs of rules/13, 17, 44, 49 and the cues of
`core/rules/cues.py`) that the rules alone must route by the letter's content: food hygiene at a stall, a private
condo's lift, cattle on the road, loudspeakers at night, military service, unemployment insurance, disability
papers, poles on the pavement, martyrs' graves, a ramp at the ward's premises, a community notice; and the flags
and co-ordinating bodies they must and must not add. Each is tried with and without diacritics."""

from __future__ import annotations

import pytest

from hopthu.core.textnorm import afold
from wordings import both, sub

ROUND_ELEVEN = both([
    # food hygiene of a market stall: the shop's sanitation (as r-505), not the health station
    ("Quầy bán chả cá trong chợ Đồng Tâm không che đậy, ruồi bâu kín, đề nghị kiểm tra an toàn thực phẩm.",
     "moi_truong", "kt_hatang"),
    # a commercial block's lift that the developer and the board each leave to the other: a private contract
    ("Thang máy tòa A hỏng cả tháng, chủ đầu tư bảo ban quản trị tự sửa bằng quỹ bảo trì, ban quản trị đòi chủ "
     "đầu tư sửa. Đề nghị phường can thiệp.", "ngoai_tham_quyen", None),
    # cattle loose on a dark road: traffic order, not a homeless person "lang thang"
    ("Tối nào cũng có đàn bò thả rông lang thang trên đường ven sông, xe máy tông phải mấy lần rồi.",
     "an_ninh", "cong_an"),
    # a funeral's or a festival's loudspeakers at night: noise for the police, not culture
    ("Lễ hội ở đình mở loa thùng tới 1 giờ sáng, cả xóm không ngủ được, xin nhắc giúp.", "an_ninh", "cong_an"),
    # military-service registration: a procedure at the desk, the ID card is only a paper to bring
    ("Cháu nhà tôi đủ 17 tuổi, đăng ký nghĩa vụ quân sự lần đầu ở đâu, có cần mang căn cước không?",
     "thu_tuc", "hcc"),
    # unemployment benefit: social insurance, outside the ward
    ("Tôi nộp hồ sơ hưởng trợ cấp thất nghiệp ở trung tâm dịch vụ việc làm hai tháng chưa có kết quả.",
     "ngoai_tham_quyen", None),
    # a disability paper to reissue; the bus card it serves is only the reason
    ("Giấy xác nhận khuyết tật của tôi bị mất, xin cấp lại để làm thẻ xe buýt.", "chinh_sach", "vhxh"),
    # a pole planted mid-pavement, asked to be moved: the street's, not land
    ("Nhà mạng trồng cột bê tông giữa vỉa hè trước cổng nhà tôi, đề nghị di dời cột.", "ha_tang", "kt_hatang"),
    # martyrs' graves: people with merit, even when the request is to clear the weeds
    ("Mộ liệt sĩ ở nghĩa trang phường bia bong tróc, cỏ mọc, đề nghị tu sửa và phát quang.", "chinh_sach", "vhxh"),
    # no ramp at the ward's premises: the premises, the wheelchair user is the writer
    ("Tòa nhà UBND phường không có đường dốc cho xe lăn, người khuyết tật như tôi phải nhờ khiêng lên tầng hai.",
     "xd_chinh_quyen", "vp_ubnd"),
    # a group's notice sent to the mailbox: nothing to route
    ("Thông báo: chi đoàn tổ 9 tổ chức giải bóng bàn giao hữu chủ nhật này, ai tham gia đăng ký với anh Hưng, "
     "rất mong bà con đến cổ vũ.", "khac", "mttq"),
])


@pytest.mark.parametrize("text,category,agency", ROUND_ELEVEN)
def test_round_eleven_wordings(rules_alone, text, category, agency):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == (category, agency), d.why


def test_the_main_items_announcement_is_no_danger_now(rules_alone):
    """'1. Việc cần làm ngay: ...' names the main item of a list; its 'ngay' makes no recurring flood urgent, and
    the second item for another body co-ordinates."""
    text = ("Chúng tôi là tiểu thương chợ Gạo. 1. Việc cần làm ngay: mái tôn thủng, cống trong chợ tắc, mỗi lần "
            "mưa nước tràn vào lối đi. Đề nghị sửa mái, nạo vét cống. 2. Có nhóm móc túi trong chợ buổi sáng, đề "
            "nghị công an tăng cường tuần tra.")
    for t in (text, afold(text)):
        d = rules_alone.classify(sub(t))
        assert "urgent" not in d.flags, (t, d.why)
        assert (d.agency, d.co_agencies) == ("kt_hatang", ["cong_an"]), (t, d.why)


def test_a_further_request_opened_by_cung_xin_de_nghi(rules_alone):
    """'Cũng xin đề nghị Mặt trận ...' after the letter's own request is a further point: it co-ordinates and
    does not tie with the main matter."""
    text = ("Ngõ 12 có ba bóng đèn chiếu sáng cháy từ tháng trước, tối om. Đề nghị phường thay bóng. "
            "Cũng xin đề nghị Mặt trận phường tổ chức hội nghị lấy ý kiến cử tri ở tổ.")
    for t in (text, afold(text)):
        d = rules_alone.classify(sub(t))
        assert (d.category, d.agency) == ("ha_tang", "kt_hatang"), (t, d.why)
        assert "mttq" in d.co_agencies, (t, d.why)


@pytest.mark.parametrize("text", [
    # a lift the operator runs without its inspection is no building to inspect
    "Thang máy nhà tái định cư B2 chạy giật, tuần trước có người bị kẹt, ban quản lý cho chạy tiếp mà không kiểm định.",
])
def test_a_lifts_inspection_is_no_construction_case(rules_alone, text):
    for t in (text, afold(text)):
        d = rules_alone.classify(sub(t))
        assert d.category == "ha_tang" and not d.complex, (t, d.why)


def test_an_unemployment_dossier_is_no_social_allowance(rules_alone):
    """A residence paper asked for an unemployment dossier: the police's procedure, with no social office."""
    text = ("Xin hỏi làm giấy xác nhận thông tin cư trú ở đâu? Tôi cần nộp cho hồ sơ hưởng trợ cấp thất nghiệp.")
    for t in (text, afold(text)):
        d = rules_alone.classify(sub(t, "Xin xác nhận thông tin cư trú"))
        assert (d.category, d.agency) == ("thu_tuc", "cong_an"), (t, d.why)
        assert "vhxh" not in d.co_agencies, (t, d.why)


def test_closing_the_road_at_a_leaning_pole_is_no_one_followed(rules_alone):
    text = ("Xe tải va vào cột viễn thông đầu ngõ 15, cột nghiêng hẳn, sắp đổ xuống lòng ngõ, học sinh sắp tan học. "
            "Đề nghị phường cử người xuống chặn đường ngay.")
    for t in (text, afold(text)):
        d = rules_alone.classify(sub(t))
        assert (d.category, d.agency) == ("ha_tang", "kt_hatang"), (t, d.why)


def test_a_veiled_threat_with_invented_embezzlement_is_abuse(rules_alone):
    text = ("Cả cái Mặt trận phường này là một lũ ăn cháo đá bát, tiền bà con góp cứu trợ lũ chia nhau mua đất, "
            "cưới vợ cho con. Ông chủ tịch với lão phó ngồi mát ăn bát vàng. Cứ chờ đấy, tối nào đi họp về cũng nên "
            "nhìn trước nhìn sau cho cẩn thận, đến lúc dân không nhịn nữa thì đừng trách.")
    for t in (text, afold(text)):
        d = rules_alone.classify(sub(t))
        assert "abusive" in d.flags, (t, d.why)
    reported = ("Tôi bị một người nhắn cho tôi: 'cứ chờ đấy, nhìn trước nhìn sau', vì tôi nói cả lũ đó ăn chặn. "
                "Đề nghị công an xử lý.")
    assert "abusive" not in rules_alone.classify(sub(reported)).flags


def test_a_culture_family_review_chaired_by_the_front_team(rules_alone):
    text = ("Gia đình tôi bị loại khỏi danh sách gia đình văn hóa trong cuộc họp bình xét do Ban công tác Mặt trận "
            "tổ chủ trì, tôi không được nói. Đề nghị xem xét lại.")
    for t in (text, afold(text)):
        d = rules_alone.classify(sub(t))
        assert (d.agency, d.co_agencies) == ("vhxh", ["mttq"]), (t, d.why)
