"""Review of merge-46's later routing changes (rules/139-143 and the exclusions added to older files), findings 2-9:
a resident passing on a scam warning was a chain letter (rules/142); an unmarked "da can (thiệp)" was a dog that has
bitten (rules/143); any age in a letter made an air-conditioner "thò ra ngoài cửa sổ" a child on a balcony; "trong
nhà" and "đưa bà ra" made a bedridden mother's allowance letter a flood; a bare "áo mỏng" made schoolchildren
sleepers in the cold; the police who had broken a fight up took the urgent flag from the fight going on again
(rules/13); a second letter took the ward office from a letter left unanswered (rules/57); felled trees excused a
call to boycott the election (rules/22). Narrowed; what the round meant to catch (a bite, a child on a railing, a
flood around a bedridden woman, a fight going on now) still routes as it did. Each wording with and without
diacritics. (Finding 1, core/flags.py's link baits, is mended apart.)"""

from __future__ import annotations

import pytest

from wordings import each_way, sub

# Finding 2: a resident passing on a warning about an impostor asks her neighbours to share it: no chain letter.

@pytest.mark.parametrize("text", each_way([
    "Bà con tổ 5 ơi, có kẻ giả danh cán bộ phường gọi điện bảo các cụ đọc mã OTP để nhận tiền trợ cấp. Mọi người hãy"
    " chia sẻ cho 10 nhóm Zalo khác để các cụ biết mà cảnh giác.",
]))
def test_a_scam_warning_passed_on_to_ten_groups_is_a_police_matter_not_spam(rules_alone, pipeline_flags, text):
    d = rules_alone.classify(sub(text))
    assert d.agency == "cong_an" and "spam" not in d.flags, d.why
    assert "spam" not in pipeline_flags(text)


@pytest.mark.parametrize("text", each_way([
    "Chúc mừng năm mới! Hãy chia sẻ tin nhắn này cho 10 nhóm bạn bè trong vòng 1 giờ, bạn sẽ gặp may mắn cả năm.",
]))
def test_a_chain_message_asking_for_ten_groups_stays_spam(rules_alone, text):
    assert "spam" in rules_alone.classify(sub(text)).flags


# Finding 3: unmarked "da can thiep" is "đã can thiệp" (stepped in), not "đã cắn" (has bitten).

@pytest.mark.parametrize("text", each_way([
    "Tôi đã can thiệp nhiều lần nhưng nhà số 9 vẫn để con chó becgie thả rông trong ngõ, từ sáng đến giờ nó sủa inh"
    " ỏi. Đề nghị phường nhắc nhở.",
]))
def test_a_barking_dog_the_writer_stepped_in_about_is_not_urgent(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "urgent" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Con chó lạ trong ngõ 7 đã cắn cháu bé nhà số 3, miệng chảy dãi, từ sáng đến giờ vẫn lảng vảng trong ngõ. Đề nghị"
    " công an phường đến bắt ngay.",
    "Con chó hoang ở đầu ngõ 12 đã cắn vào chân 2 người đi chợ, vẫn còn trong ngõ. Đề nghị phường cho người đến ngay.",
]))
def test_a_dog_that_has_bitten_and_is_still_in_the_lane_stays_urgent(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.agency == "cong_an" and "urgent" in d.flags, d.why


# Finding 4: an age alone is no child: an adult's age beside something sticking out of a window or a balcony.

@pytest.mark.parametrize("text", each_way([
    "Nhà bên cạnh lắp cục nóng điều hòa thò ra ngoài cửa sổ, thổi thẳng hơi nóng vào nhà tôi. Mẹ tôi năm nay 75 tuổi"
    " bị mệt. Đề nghị phường kiểm tra.",
    "Quán karaoke số 15 treo biển quảng cáo thò ra ngoài ban công tầng 2, gió to là rung lắc. Ông cụ 82 tuổi nhà bên"
    " đi qua rất sợ. Đề nghị phường yêu cầu tháo dỡ.",
]))
def test_a_thing_sticking_out_beside_an_old_persons_age_is_no_child_on_a_balcony(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "tre-nho-tren-lan-can" not in d.why and "urgent" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Cháu bé khoảng 3 tuổi ở tầng 4 nhà số 12 ngõ 9 đang ngồi vắt vẻo trên lan can ban công, cửa khóa, không thấy"
    " người lớn. Đề nghị công an đến ngay.",
    # a small age still tells a child (1 to 12)
    "Con nhà số 5 mới 3 tuổi đang nhoài người ra ngoài cửa sổ tầng 5, cửa khóa, bố mẹ đi vắng. Đề nghị công an đến"
    " ngay.",
]))
def test_a_small_child_on_a_balcony_railing_or_a_window_stays_urgent(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.agency == "cong_an" and "urgent" in d.flags, d.why


# Finding 5: "trong nhà" and "đưa bà ra" are no flood: the water must be there.

@pytest.mark.parametrize("text", each_way([
    "Mẹ tôi 85 tuổi bị liệt nằm trên giường đã 3 năm, trong nhà chỉ có tôi chăm. Mỗi lần đưa bà ra trạm y tế khám rất"
    " vất vả. Đề nghị phường xem xét cho bà hưởng trợ cấp người khuyết tật.",
]))
def test_a_bedridden_mothers_allowance_letter_is_no_flood(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency, list(d.co_agencies)) == ("chinh_sach", "vhxh", []), d.why
    assert "urgent" not in d.flags


@pytest.mark.parametrize("text", each_way([
    "Nước vào nhà số 4 ngõ 12 ngang đầu gối và vẫn đang lên, bà cụ bị liệt nằm trên giường, con cháu đi làm vắng,"
    " hàng xóm không khiêng nổi. Đề nghị phường cử người đến ngay.",
]))
def test_rising_water_around_a_bedridden_woman_stays_urgent(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "urgent" in d.flags, d.why


# Finding 6: schoolchildren in thin shirts are no one sleeping rough.

@pytest.mark.parametrize("text", each_way([
    "Sáng nào học sinh trường tiểu học cũng phải đứng xếp hàng ngoài trời trước cổng, nhiều cháu mặc áo mỏng, trời"
    " lạnh. Đề nghị nhà trường cho các cháu vào sân chờ.",
]))
def test_schoolchildren_queueing_outside_in_thin_shirts_bring_in_no_police(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "cong_an" not in d.co_agencies and d.agency != "cong_an", d.why


@pytest.mark.parametrize("text", each_way([
    "Dưới gầm cầu Mai Động có một người đàn ông gầy gò nằm trên tấm bìa, run cầm cập, đêm nay trời rét đậm. Đề nghị"
    " phường đưa ông ấy vào nơi ấm.",
]))
def test_a_man_shivering_on_cardboard_under_a_bridge_is_social_care_with_the_police(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.agency == "vhxh" and "cong_an" in d.co_agencies, d.why


# Finding 7: the police broke the fight up, but it is on again now: urgent.

@pytest.mark.parametrize("text", each_way([
    "Lúc 22h, nhóm thanh niên lại tụ tập đánh nhau ở đầu ngõ 15. Công an đã đến giải tán nhưng vừa đi thì chúng quay"
    " lại, bây giờ đang cầm gậy, dao đuổi chém nhau. Đề nghị công an đến ngay.",
]))
def test_a_fight_on_again_after_the_police_broke_it_up_is_urgent(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.agency == "cong_an" and "urgent" in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Tối qua nhóm thanh niên đánh nhau ở đầu ngõ 15, công an phường đã đến giải tán, ngõ đã yên. Đề nghị công an"
    " phường tăng cường tuần tra buổi tối.",
]))
def test_a_fight_the_police_broke_up_last_night_is_not_urgent(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.agency == "cong_an" and "urgent" not in d.flags, d.why


# Finding 8: a second letter the ward left unanswered still brings the ward office in.

@pytest.mark.parametrize("text", each_way([
    "Kính gửi Chủ tịch phường. Đây là lần thứ hai gửi đơn về việc nhà số 8 xây lấn sang đất nhà tôi. Lần trước tôi gửi"
    " đơn từ tháng 3 đến nay chưa có văn bản trả lời. Đề nghị phường trả lời.",
]))
def test_a_second_letter_left_unanswered_brings_in_the_ward_office(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "vp_ubnd" in (d.agency, *d.co_agencies), d.why


@pytest.mark.parametrize("text", each_way([
    "Đây là lần thứ ba gửi đơn về điểm bán ma túy ở cuối ngõ 6. Công an phường đã kiểm tra hai lần nhưng vẫn còn người"
    " lạ ra vào mua bán ban đêm. Đề nghị công an phường xử lý dứt điểm.",
]))
def test_a_third_letter_to_the_police_about_a_drug_spot_stays_with_the_police_alone(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.agency == "cong_an" and "vp_ubnd" not in d.co_agencies, d.why


# Finding 9: felled trees excuse "mục ruỗng" only, not a call to boycott the election or to march on the ward.

@pytest.mark.parametrize("text", each_way([
    "Phường cho chặt cả hàng cây xà cừ trăm tuổi trên phố mà không hỏi ý kiến dân. Bà con đừng đi bầu cho bọn này nữa,"
    " tẩy chay bầu cử hết đi!",
    "Phường chặt hết cây bàng cây phượng trong trường mà không hỏi dân. Lũ bù nhìn trên phường chỉ biết ăn, bà con kéo"
    " lên trụ sở phường đòi lại cây.",
]))
def test_a_call_to_boycott_or_march_beside_felled_trees_stays_the_polices_and_abusive(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.agency == "cong_an" and "abusive" in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Cây xà cừ trước số 20 phố Minh Khai bị sâu mục ruỗng, gốc trồi lên làm vỡ vỉa hè, gió to là rung lắc. Đề nghị"
    " phường cho cắt tỉa.",
]))
def test_a_tree_rotten_to_the_core_is_no_slur_on_the_state(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.agency != "cong_an" and "abusive" not in d.flags, d.why
