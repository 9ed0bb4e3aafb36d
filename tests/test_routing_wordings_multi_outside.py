"""Long letters with several matters and what is outside the ward's competence, round r-4271..r-4300 (rules/140): a
call to change a national rule is outside, someone entitled but unpaid is the ward's; a meter shared by two houses is
mediation, a bill is the power company's; the ward asked to re-review the near-poor list leads over the front's
supervision asked beside it; a primary school's "voluntary" fees lead over parents' parking at the gate; a one-stop
desk's cramped waiting room with broken chairs brings the committee's office. Each with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import both, each_way, form, sub

NATIONAL_RULE = each_way([
    "Tôi kiến nghị cho các cụ từ 70 tuổi được hưởng trợ cấp xã hội hằng tháng, không phải chờ đến 75 tuổi như quy "
    "định hiện nay. Quy định như vậy là chưa công bằng, đề nghị sửa lại.",
    "Nhiều người già ở tổ tôi không có lương hưu. Tôi đề nghị sửa đổi quy định hiện hành để hạ độ tuổi hưởng trợ "
    "cấp cho người cao tuổi.",
])


@pytest.mark.parametrize("text", NATIONAL_RULE)
def test_a_call_to_change_a_national_rule_is_outside(rules_alone, text):
    d = rules_alone.classify(form(text, "Chính sách xã hội, y tế, giáo dục"))
    assert (d.category, d.agency, d.co_agencies) == ("ngoai_tham_quyen", None, []), d.why


@pytest.mark.parametrize("text", each_way([
    "Mẹ tôi đã đủ 75 tuổi từ tháng 6 như quy định hiện nay, hồ sơ nộp ở phường rồi mà vẫn chưa nhận được trợ cấp "
    "hằng tháng. Đề nghị phường xem giúp.",
]))
def test_someone_entitled_but_unpaid_is_the_wards(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("chinh_sach", "vhxh"), d.why


METER = both([
    ("Nhà tôi và nhà bên cạnh dùng chung một công tơ điện, tháng nào cũng cãi nhau chuyện chia tiền vì nhà bên dùng "
     "điều hòa cả ngày. Nhờ tổ hòa giải xuống nói giúp để tách công tơ.", "mat_tran", "mttq"),
    ("Hóa đơn tiền điện tháng này nhà tôi tăng gấp đôi, đề nghị phường yêu cầu điện lực kiểm tra lại công tơ điện.",
     "ngoai_tham_quyen", None),
])


@pytest.mark.parametrize("text,category,agency", METER)
def test_a_shared_meter_is_mediation_and_a_bill_the_companys(rules_alone, text, category, agency):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == (category, agency), d.why


@pytest.mark.parametrize("text", each_way([
    "Cuộc họp bình xét hộ cận nghèo của tổ 21 chỉ có mười người dự, hộ có ô tô lại được đưa vào danh sách. Đề nghị "
    "phường rà soát lại toàn bộ danh sách hộ cận nghèo của tổ cho đúng đối tượng.\nĐồng thời đề nghị Mặt trận giám "
    "sát việc bình xét lại.",
]))
def test_the_ward_asked_to_re_review_the_list_leads_over_the_fronts_supervision(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("chinh_sach", "vhxh") and "mttq" in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Cuộc họp bình xét hộ nghèo tổ 15 không khách quan. Đề nghị Mặt trận phường giám sát việc bình xét, cùng phòng "
    "Văn hóa - Xã hội phường xem xét lại danh sách trước khi trình.",
]))
def test_supervision_asked_of_the_front_stays_the_fronts(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("mat_tran", "mttq"), d.why


@pytest.mark.parametrize("text", each_way([
    "Trường tiểu học Hoàng Diệu đầu năm thu thêm nhiều khoản gọi là tự nguyện: quỹ lớp, tiền máy lọc nước. Đề nghị "
    "phường yêu cầu trường công khai các khoản thu.\nGiờ tan học phụ huynh dừng xe đón con tràn ra giữa đường, ách "
    "tắc, đề nghị có người điều tiết giao thông.",
]))
def test_a_schools_voluntary_fees_lead_over_parents_parking(rules_alone, text):
    d = rules_alone.classify(form(text, "Chính sách xã hội, y tế, giáo dục"))
    assert (d.category, d.agency) == ("chinh_sach", "vhxh") and "cong_an" in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Cán bộ một cửa bảo tôi muốn nhanh thì gửi 500 nghìn tiền bồi dưỡng, đề nghị Mặt trận làm rõ.\nNgoài ra phòng "
    "chờ ở bộ phận một cửa quá chật, mấy cái ghế bị hỏng, người già phải đứng.",
]))
def test_a_cramped_waiting_room_brings_the_office(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("xd_chinh_quyen", "mttq") and "vp_ubnd" in d.co_agencies, d.why
