"""Wordings of round r-2099..r-2168 (rules/64 and the narrowed signs of rules/10, 13, 16, 17, 80, 94) that the
rules alone must route by the letter's content: scam messages posing as the power company, cables hanging in the
street, children out of school, a city hospital's pharmacy, steps and awnings built onto a lane, a building with no
permit sign, mosquito spraying; and the co-ordinating bodies and flags they must not add. Each is tried with and
without diacritics."""

from __future__ import annotations

import pytest

from hopthu.core.textnorm import afold
from wordings import both, sub

ROUND_TEN = both([
    # a citizen reporting texts that pose as the power company: fraud, not an electricity bill
    ("Nhà tôi liên tục nhận tin nhắn giả điện lực báo nợ tiền điện, sẽ cắt điện, bấm link để thanh toán.",
     "an_ninh", "cong_an"),
    # internet and TV cables hanging over the lane are the street's, even when the carriers are named
    ("Dây cáp internet của các nhà mạng rũ xuống chằng chịt ngang đầu ở ngõ 16, nhờ phường yêu cầu bó gọn.",
     "ha_tang", "kt_hatang"),
    # children who left school: education, the parents' divorce is only their story
    ("Hai cháu tổ 36 bố mẹ ly hôn, ở với bà, từ đầu năm nghỉ học hẳn đi nhặt ve chai. Xin giúp các cháu đi học lại.",
     "chinh_sach", "vhxh"),
    # a city hospital out of medicine: outside the ward's competence
    ("Mẹ tôi khám ở bệnh viện đa khoa thành phố, khoa dược báo hết thuốc, bảo ra ngoài mua.",
     "ngoai_tham_quyen", None),
    # steps and an awning built onto a shared lane: encroachment on public land
    ("Mấy nhà tự ý xây bậc tam cấp, mái che lấn ra ngõ chung gần 1 m. Đề nghị trả lại lòng ngõ.",
     "dat_dai", "kt_hatang"),
    # a building with no permit sign leads even when the subject speaks of noise
    ("Công trình số 15 xây trên lối đi chung, không có biển báo cấp phép, đã lên tầng 3. Đề nghị đình chỉ.",
     "dat_dai", "kt_hatang"),
    # mosquitoes and a request to spray: the health station
    ("Muỗi nhiều quá, nghe nói phường có đợt phun thuốc mà tổ 13 chưa thấy, xin cho phun.", "chinh_sach", "vhxh"),
])


@pytest.mark.parametrize("text,category,agency", ROUND_TEN)
def test_round_ten_wordings(rules_alone, text, category, agency):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == (category, agency), d.why


def test_a_ditch_of_sewage_keeps_the_mosquitoes_a_sanitation_matter(rules_alone):
    text = "Việc chính là con mương tổ 2 ứ nước thải thối um, muỗi nhiều. Ngoài ra đề nghị phun thuốc muỗi."
    for t in (text, afold(text)):
        d = rules_alone.classify(sub(t))
        assert d.category != "chinh_sach", (t, d.why)


@pytest.mark.parametrize("text, co", [
    # begging children watched by an adult: the police help the social office
    ("Tối nào cũng có mấy cháu 7-9 tuổi bán kẹo, xin tiền trước siêu thị, có người lớn đứng xa trông, tôi nghi "
     "các cháu bị lợi dụng. Đề nghị phường bảo vệ các cháu.", "cong_an"),
    # a woman beaten by her husband asks where to find counselling: the social office with the police
    ("Tôi bị chồng đánh nhiều năm, nay đã về nhà mẹ. Tôi muốn hỏi có nơi nào tư vấn, giúp đỡ phụ nữ bị bạo lực "
     "không, và có thể báo công an về những lần trước không.", "vhxh"),
])
def test_round_ten_co_agencies(rules_alone, text, co):
    for t in (text, afold(text)):
        d = rules_alone.classify(sub(t))
        assert co in d.co_agencies, (t, d.why)


@pytest.mark.parametrize("text", [
    # a family asking the mediators to come has not seen a mediation fail
    "Nhờ Mặt trận phường hoặc tổ hòa giải xuống giúp: mẹ chồng với tôi bất đồng chuyện chăm bố, anh chị em cãi "
    "nhau suốt, không ai chịu ai.",
])
def test_a_request_for_mediation_is_not_a_failed_one(rules_alone, text):
    for t in (text, afold(text)):
        d = rules_alone.classify(sub(t))
        assert not d.complex and "vp_ubnd" not in d.co_agencies, (t, d.why)
    failed = "Tổ hòa giải đã xuống hai lần, hai nhà cãi nhau, không ai chịu ai. Đề nghị phường giải quyết."
    assert rules_alone.classify(sub(failed)).complex


def test_rubbish_washed_into_a_ditch_is_no_filling_of_land(rules_alone):
    text = ("Ban đêm có xe chở xà bần đến đổ trộm ở bãi đất trống cuối ngõ, mưa xuống thì trôi lấp cả mương. "
            "Đề nghị phường dọn dẹp.")
    for t in (text, afold(text)):
        assert not rules_alone.classify(sub(t)).complex, t
    assert rules_alone.classify(sub("Nhà bên cạnh đổ đất lấp cả mương thoát nước chung của xóm.")).complex


def test_a_dilapidated_house_in_a_selection_letter_is_no_emergency(rules_alone):
    text = ("Ban công tác Mặt trận bình xét nhà Đại đoàn kết cho hộ khá giả, còn nhà bà Lụa sắp sập thì không "
            "được xét. Đề nghị Mặt trận xem lại.")
    for t in (text, afold(text)):
        assert "urgent" not in rules_alone.classify(sub(t)).flags, t


@pytest.mark.parametrize("subject, text, agency", [
    (subject, text, agency)
    for subject, text, agency in [
        # a subject that only names whom the letter is for is a salutation: the content routes it
        ("Gửi Mặt trận phường", "Tôi biết Mặt trận không phải cơ quan xử lý, nhờ chuyển giúp. Quán karaoke "
         "đầu ngõ 12 tối nào cũng hát ồn đến nửa đêm. Đề nghị cơ quan chức năng kiểm tra.", "cong_an"),
        # the front's own work still goes to the front under the same subject
        ("Gửi Mặt trận phường", "Đề nghị Mặt trận phường tổ chức hội nghị lấy ý kiến nhân dân về việc "
         "vận động quỹ vì người nghèo năm nay.", "mttq"),
    ]
    for subject, text in ((subject, text), (afold(subject), afold(text)))
])
def test_a_subject_that_only_names_the_addressee_weighs_like_a_salutation(rules_alone, subject, text, agency):
    assert rules_alone.classify(sub(text, subject)).agency == agency
