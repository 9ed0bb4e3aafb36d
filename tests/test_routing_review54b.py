"""What the review of merge-49's rules/167 … 169 found (review 54b, findings 1-10), each now a specification, with and
without diacritics: a bulb or a fuse burnt out on a floor is no fire, while flames and smoke on a floor stay urgent; a
gas cylinder swapped that still leaks stays urgent; a resident checking a land listing, an owner selling their own
plot, a wife harmed by pills bought "ship COD" and a mother who got the scam call a pasted article tells of are no
spam; a beaten wife who told the women's union stays the police's; a complaint that opens "không đề nghị gì cao xa"
or "vài dòng tâm sự", or closes "Cảm ơn mọi người đã đọc", is routed; a power cut by a building site that cut the
cable is the ward's; a live danger reported again through the mailbox keeps the works office."""

from __future__ import annotations

import pytest

from wordings import each_way, sub


# finding 1: rules/167's fire on a floor
@pytest.mark.parametrize("text", each_way([
    "Bóng đèn hành lang chung cư bị cháy ở tầng 3 cả tuần nay chưa ai thay, tối đi lại rất khó.",
    "Cầu chì tổng bị cháy ở tầng 2 từ chiều, cả tầng mất điện, ban quản lý chưa thay.",
    "Bóng đèn cầu thang cháy ở tầng 5 cả tuần nay, tối om không ai thay, các cụ ra khỏi nhà rất khó khăn.",
    "Đèn hành lang bị cháy ở tầng 2 lâu rồi, buổi tối trẻ con đi học về phải soi đèn điện thoại, lựa chọn đi cầu "
    "thang bộ rất nguy hiểm.",
    "Tối nào trẻ con cũng chạy ở tầng 4 rầm rập đến 11 giờ đêm, mấy cụ tầng dưới không ngủ được, lửa giận lắm rồi.",
]))
def test_a_bulb_or_fuse_burnt_out_on_a_floor_is_no_fire(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "urgent" not in d.flags and not d.rule.startswith("khan-chay-o-tang"), d.why


@pytest.mark.parametrize("text", each_way([
    "Đang cháy ở tầng 3 nhà trọ số 12 ngõ 40, khói đen mù mịt, còn người chưa xuống được!",
    "Chập bóng đèn gây cháy ở tầng 2 nhà trọ ngõ 8, khói đen bốc ra cửa sổ, cứu với!",
    "Cháy ở tầng 4 khu trọ, lửa bốc rất to, gọi 114 rồi.",
]))
def test_a_fire_on_a_floor_with_smoke_or_flames_stays_urgent(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.agency == "cong_an" and "urgent" in d.flags, d.why


# finding 2: rules/10's "replaced" exclusion
@pytest.mark.parametrize("text", each_way([
    "Bình gas nhà bên đã đến thay rồi mà giờ vẫn nồng mùi gas khắp hành lang, gõ cửa không ai mở, sợ cháy nổ.",
]))
def test_a_gas_cylinder_swapped_that_still_leaks_stays_urgent(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.agency == "cong_an" and "urgent" in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Tối qua công tơ đầu ngõ 3 bị chập cháy, điện lực đã đến thay rồi, đề nghị phường kiểm tra các hộp công tơ cũ.",
]))
def test_a_meter_the_power_company_has_replaced_is_not_urgent(rules_alone, text):
    assert "urgent" not in rules_alone.classify(sub(text)).flags


# findings 3-5: rules/168's spam
@pytest.mark.parametrize("text", each_way([
    "Tôi thấy tin đăng bán lô đất ở tổ 7, sổ đỏ riêng, bao sang tên. Nhờ cán bộ địa chính kiểm tra giúp lô đất này "
    "có nằm trong quy hoạch không trước khi tôi xuống tiền.",
    "Gia đình tôi cần bán gấp lô đất ở tổ 3 để chữa bệnh cho con, giá thương lượng, nhưng sổ đỏ riêng đứng tên bố "
    "tôi mà bố đã mất. Thủ tục sang tên thế nào ạ?",
]))
def test_a_resident_checking_a_listing_or_selling_their_own_plot_is_no_spam(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "spam" not in d.flags and (d.category, d.agency) == ("dat_dai", "kt_hatang"), d.why


@pytest.mark.parametrize("text", each_way([
    "Vợ tôi mua thuốc giảm cân ship COD toàn quốc trên mạng, uống vào bị tim đập nhanh phải đi cấp cứu.",
]))
def test_a_wife_harmed_by_pills_bought_ship_cod_is_no_spam(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "spam" not in d.flags and d.category != "khac", d.why


@pytest.mark.parametrize("text", each_way([
    "Lừa đảo giả danh công an gọi điện yêu cầu chuyển tiền để \"xác minh tài khoản\" đang gia tăng. (Nguồn: báo Công "
    "an nhân dân). Mẹ tôi ở tổ 4 chiều nay cũng nhận cuộc gọi y như vậy, mong công an phường xuống tuyên truyền cho "
    "các cụ.",
]))
def test_a_pasted_article_with_the_writers_own_mother_and_request_is_no_spam(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "spam" not in d.flags and d.agency == "cong_an", d.why


@pytest.mark.parametrize("text", each_way([
    "Cần bán gấp lô đất nền 80m2 tổ 9, sổ đỏ riêng, bao sang tên, công chứng trong ngày, miễn trung gian. LH chính "
    "chủ 0912xxxxxx.",
    "Thuốc xương khớp gia truyền, uống 1 liệu trình khỏi hẳn. Ship COD toàn quốc, inbox zalo 09xx để được tư vấn.",
    "Lừa đảo giả danh công an gọi điện yêu cầu chuyển tiền để \"xác minh tài khoản\" đang gia tăng. (Nguồn: báo Công "
    "an nhân dân).",
]))
def test_a_brokers_ad_a_pill_ad_and_a_bare_pasted_article_stay_spam(rules_alone, text):
    assert "spam" in rules_alone.classify(sub(text)).flags


# finding 6: rules/169's joining an association
@pytest.mark.parametrize("text", each_way([
    "Tôi bị chồng đánh nhiều lần, đã báo vào hội phụ nữ tổ dân phố nhưng chồng tôi vẫn đánh, tối qua còn cầm dao dọa.",
]))
def test_a_beaten_wife_who_told_the_womens_union_stays_the_polices(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("an_ninh", "cong_an"), d.why


@pytest.mark.parametrize("text", each_way(["Mẹ tôi muốn tham gia hội người cao tuổi của tổ 6 thì đăng ký với ai ạ?"]))
def test_joining_an_association_stays_the_fronts(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("mat_tran", "mttq"), d.why


# findings 7-8: rules/169's "nothing asked" and "thanks to all"
@pytest.mark.parametrize(("text", "agency"), [(t, agency) for text, agency in [
    ("Tôi không đề nghị gì cao xa, chỉ mong đèn đường ngõ 12 được sửa sớm vì tối đến tối om, các cháu đi học về rất "
     "sợ.", "kt_hatang"),
    ("Tôi viết vài dòng tâm sự: con trai tôi nghiện ma túy, đêm nào cũng đập phá đồ đạc, dọa giết bố mẹ để đòi tiền, "
     "tôi rất sợ.", "cong_an"),
    ("Tôi xin bày tỏ tâm tư về việc đất nhà tôi bị thu hồi làm đường mà đến nay chưa được bồi thường, gia đình phải ở "
     "nhờ nhà người thân.", "kt_hatang"),
    ("Ngõ 9 cống tắc, nước bẩn tràn lên mặt đường cả tuần nay, mùi hôi không chịu nổi. Mong sớm được khơi thông. Cảm "
     "ơn mọi người đã đọc.", "kt_hatang"),
] for t in each_way([text])])
def test_a_matter_told_as_a_confidence_or_closed_with_thanks_is_routed(rules_alone, text, agency):
    d = rules_alone.classify(sub(text))
    assert d.category != "khac" and d.agency == agency and "mttq" not in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Tôi không đề nghị gì, chỉ viết vài dòng tâm sự cho vui.",
    "Cảm ơn tất cả mọi người ở phường đã giúp đỡ gia đình tôi trong năm qua. Chúc mọi người luôn khỏe mạnh.",
]))
def test_a_bare_confidence_or_thanks_stays_khac(rules_alone, text):
    assert rules_alone.classify(sub(text)).category == "khac"


# finding 9: rules/167's area power cut
@pytest.mark.parametrize("text", each_way([
    "Mất điện cả ngõ vì công trình nhà số 5 đào móng làm đứt cáp ngầm, đề nghị phường xử lý chủ công trình.",
]))
def test_a_power_cut_by_a_building_site_is_the_wards(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.agency == "kt_hatang" and "outside" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way(["Mất điện cả khu từ 8 giờ tối, bao giờ có điện lại vậy?"]))
def test_a_bare_area_power_cut_stays_outside(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.category == "ngoai_tham_quyen" and "outside" in d.flags, d.why


# finding 10: rules/167's mailbox not answered
@pytest.mark.parametrize("text", each_way([
    "Tôi đã phản ánh qua hòm thư này về dây điện đứt rủ xuống sát đầu người ở ngõ 7 từ hôm kia mà chưa ai trả lời, "
    "bây giờ dây đang tóe lửa.",
]))
def test_a_live_danger_reported_again_keeps_the_works_office(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "urgent" in d.flags and "kt_hatang" in d.co_agencies, d.why
