"""Review 2 of merge-42, routing findings 1 to 7: rules added by rounds 41g-41i (rules/24, 94, 122, 123, 124) whose
keywords or exclusions also took real letters: a threat the writer suffers read as the writer's threat, a call to
besiege the ward let through by "không đồng tình", a missing child or a burglary read as a lost birth certificate,
ongoing violence read as an unanswered letter, a fee complaint and a neighbourhood appeal read as spam, "MT"
(môi trường) read as the front, a bribe letter losing the land office. Narrowed; each item the rules were added
for still routes as labelled (r-3801, r-3820, r-3355, r-3745, r-3784, r-3798, r-3749 in the tuning set). Each
wording with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import each_way, sub


# Finding 1: rules/124 loi-dung-doa-can-xang-dot-nha is the writer's own threat, not one made against the writer.
@pytest.mark.parametrize("text", each_way([
    "Hàng xóm tôi say rượu nói sẽ mang can xăng qua đốt nhà tôi, cả nhà tôi đang rất sợ, đề nghị công an xuống "
    "ngay.",
    "Thằng em rể say xỉn bảo sẽ đốt nhà thằng con tôi, xin công an can thiệp."]))
def test_a_threat_against_the_writer_is_police_work_not_abuse(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("an_ninh", "cong_an") and "abusive" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Mấy người trong xóm rủ nhau sáng mai lên phường đốt vàng mã cho các cụ, xin hỏi có được không."]))
def test_burning_votive_paper_at_the_ward_is_no_threat(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "abusive" not in d.flags and d.agency != "cong_an", d.why


@pytest.mark.parametrize("text", each_way([
    "Tao nói cho chúng mày biết, tuần này không cho người xuống sửa cái mương thì tao sẽ mang can xăng qua đốt nhà "
    "thằng tổ trưởng, rồi lên phường đốt luôn.",
    "Tôi hết chịu nổi rồi, tôi sẽ xách can xăng lên đốt nhà thằng Cường tổ trưởng cho nó biết."]))
def test_the_writers_own_threat_to_burn_is_abuse(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("an_ninh", "cong_an") and "abusive" in d.flags, d.why


# Finding 2: rules/24 loi-dung-vay-chan-tru-so lets through only households who disown the sit-in.
@pytest.mark.parametrize("text", each_way([
    "Bà con ai không đồng tình với giá đền bù thì sáng thứ hai kéo nhau lên bao vây trụ sở phường, không cho một "
    "cán bộ nào vào làm việc."]))
def test_a_call_to_besiege_the_ward_of_those_who_disagree_is_abuse(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "abusive" in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Trên nhóm Zalo có người rủ nhau kéo lên phường ngồi chặn cổng, chúng tôi không đồng tình việc đó vì sẽ làm mất "
    "trật tự. Đề nghị Mặt trận tổ chức một buổi đối thoại về giá đền bù."]))
def test_households_who_disown_the_sit_in_are_no_abuse(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "abusive" not in d.flags, d.why


# Finding 3: rules/122 thu-tuc-xin-ban-sao-khai-sinh-bi-mat: "bị mất tích", "bị mất trộm" are the police's.
@pytest.mark.parametrize("text", each_way([
    "Con tôi 8 tuổi bị mất tích từ chiều nay, tôi có giấy khai sinh và ảnh của cháu, xin công an giúp tìm ngay.",
    "Đêm qua nhà tôi bị mất trộm, kẻ gian cạy tủ lấy hết tiền, cả giấy khai sinh của hai cháu. Đề nghị công an "
    "phường điều tra."]))
def test_a_missing_child_or_a_burglary_naming_a_birth_certificate_is_the_polices(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("an_ninh", "cong_an"), d.why


@pytest.mark.parametrize("text", each_way([
    "Giấy khai sinh bản chính của con tôi bị mất khi chuyển nhà, giờ muốn xin cấp bản sao trích lục thì cần giấy tờ "
    "gì?"]))
def test_a_lost_birth_certificate_is_still_the_desks_procedure(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("thu_tuc", "hcc"), d.why


# Finding 4: rules/123 don-gui-ubnd-ko-ai-tra-loi gives way to violence still going on.
@pytest.mark.parametrize("text", each_way([
    "Tôi đã làm đơn gửi ủy ban về việc hàng xóm đánh vợ con hằng đêm mà chưa hồi âm, tối qua nó lại đánh cháu bé "
    "chảy máu đầu."]))
def test_an_unanswered_letter_about_violence_still_going_on_is_the_polices(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.agency == "cong_an", d.why


@pytest.mark.parametrize("text", each_way([
    "gửi đơn lên ủy ban về cái đèn đường hẻm 9 hư 2 tháng rồi mà ko ai trả lời, có ai đọc ko vậy"]))
def test_an_unanswered_letter_about_a_lamp_is_still_the_committees_office(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("xd_chinh_quyen", "vp_ubnd"), d.why


# Finding 5: rules/124's gift with a delivery fee needs a link to register; a neighbourhood appeal is front work.
@pytest.mark.parametrize("text", each_way([
    "Tổ dân phố 5 thu phần quà Tết của Mặt trận cho hộ nghèo mà bắt mỗi nhà nộp phí vận chuyển 50 nghìn, như vậy "
    "có đúng không?"]))
def test_a_fee_charged_for_the_fronts_gift_is_a_complaint_not_spam(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("mat_tran", "mttq") and "spam" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Ủy ban Mặt trận phường tặng 3.000 phần quà Tết cho hộ nghèo. Đăng ký nhận quà tại: quatet-mttq.example/dk, "
    "quà giao tận nhà, người nhận chỉ trả phí vận chuyển 30.000đ. Đăng ký ngay kẻo hết suất!"]))
def test_a_gift_to_register_for_by_link_with_a_delivery_fee_is_spam(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "spam" in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Tổ dân phố kêu gọi bà con trong tổ chung tay ủng hộ gia đình anh Tâm bị cháy nhà tối thứ bảy, số tài khoản "
    "0123456789 của chị tổ trưởng, mọi người đọc được thì chia sẻ tiếp cho bà con trong tổ.",
    "Ban công tác Mặt trận tổ 7 kêu gọi các hộ quyên góp giúp cháu Linh bị bệnh hiểm nghèo, ai ủng hộ xin chuyển "
    "vào số tài khoản 1902 3456 7890 của chị Hạnh tổ phó, hãy chia sẻ tin này tới bà con."]))
def test_an_appeal_of_the_residential_group_is_front_work_not_spam(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("mat_tran", "mttq") and "spam" not in d.flags, d.why


# Finding 6: rules/123 mat-tran-giam-sat-viet-tat: "MT" of "cán bộ MT" is the environment.
@pytest.mark.parametrize("text", each_way([
    "nhờ cán bộ MT phường giám sát bãi rác tự phát cuối ngõ 8, bốc mùi quá"]))
def test_an_environment_officer_written_mt_is_no_front(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("moi_truong", "kt_hatang"), d.why


# Finding 7: rules/94 phoi-hop-can-bo-dia-chinh keeps the land office in a bribe letter.
@pytest.mark.parametrize("text", each_way([
    "Cán bộ địa chính phường xuống đo đất nhà tôi, gợi ý tôi đưa tiền bồi dưỡng thì làm nhanh, không đưa thì anh ấy "
    "bảo lên bộ phận một cửa mà nộp, chờ bao lâu thì chờ. Đề nghị Mặt trận xem xét."]))
def test_a_land_officer_asking_for_money_brings_the_land_office(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("xd_chinh_quyen", "mttq") and "kt_hatang" in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Tôi có hỏi anh cán bộ địa chính thì anh bảo lên bộ phận một cửa hỏi hồ sơ. Xin hướng dẫn giúp tôi hồ sơ xin "
    "giấy phép xây dựng gồm những giấy tờ gì, nộp ở đâu. Cảm ơn phường."]))
def test_a_land_officer_who_only_sent_the_writer_to_the_desk_brings_no_land_office(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "kt_hatang" not in d.co_agencies, d.why
