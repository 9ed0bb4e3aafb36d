"""The detectors of core/privacy on the tuning items p-4440 … p-4469 (homes and plates typed as a phone capitalises
them, often without diacritics): a house number's marker "So"/"Số"/"Sn" or a flat's "Can ho" capitalised after "nhà
em" is no name and the home after it goes; a stolen vehicle described by model and colour later in the sentence that
told its theft loses its plate, while a truck of the same colour seen in another sentence keeps it; a landlord's own
home after "chủ nhà trọ là bà X ở" goes though the lodging is the unsafe site; the home of a household where a wife
is beaten goes when it stands after a comma. With and without diacritics."""

import pytest

from ward import each_way_cases, gone


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Nhà em Số 31 ngách 15/8 ngõ 60.", ("Số 31",), ("ngách 15/8 ngõ 60",)),
    ("Nhà em Căn hộ 1203 tòa A chung cư Hoàng Gia.", ("Căn hộ 1203 tòa A", "1203"), ("chung cư Hoàng Gia",)),
    ("Nhà em SỐ 12 ngõ 4, đèn đường đầu ngõ 4 hỏng.", ("SỐ 12",), ("đầu ngõ 4",)),
]))
def test_a_capitalised_marker_after_nha_em_is_no_name_and_the_home_goes(text, personal, keep):
    out = gone(text, *personal, keep=keep)
    assert "[họ tên]" not in out, out


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Sn 15 ngõ 7 phố Khâm Thiên, nhà tôi bị nứt do công trình bên cạnh đóng cọc.", ("Sn 15",), ("ngõ 7 phố Khâm Thiên",)),
]))
def test_sn_capitalised_at_a_sentences_start_is_a_house_number(text, personal, keep):
    gone(text, *personal, keep=keep)


def test_sn_before_a_birth_year_stays_a_year():
    out = gone("Tôi tên Lan, Sn 1962, ở ngõ 7.", "Lan", keep=("1962",))
    assert out.count("[số nhà]") == 0, out


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Xe Của Em Biển Số 29A1-234.56 Bị Mất.", ("29A1-234.56",), ("Biển Số",)),
]))
def test_a_plates_lead_in_typed_in_title_case_is_no_name(text, personal, keep):
    out = gone(text, *personal, keep=keep)
    assert "[họ tên]" not in out, out


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Xe máy của em bị mất trộm lúc 2h sáng tại bãi xe trước nhà văn hóa TDP số 5, xe Wave màu đỏ biển số 29B1 123 45.",
     ("29B1 123 45",), ("bãi xe trước nhà văn hóa TDP số 5",)),
]))
def test_a_stolen_vehicle_described_by_model_and_colour_later_in_the_sentence_loses_its_plate(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Xe máy của em bị mất trộm ở chợ hôm qua. Sáng nay em thấy một xe máy màu đen biển 29X1-123.45 chạy quanh ngõ.",
     (), ("29X1-123.45",)),
    ("Nhà tôi bị mất trộm xe hôm qua. Sáng nay xe tải màu xanh biển 29C-123.45 đổ trộm rác ở đầu ngõ.",
     (), ("29C-123.45",)),
]))
def test_a_coloured_vehicle_in_another_sentence_or_offending_keeps_its_plate(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Dãy trọ ở số 5 ngõ 62 phố Chùa Bộc không có bình chữa cháy, dây điện chằng chịt. Chủ nhà trọ là bà Nhung ở"
     " số 33 phố Tây Sơn, gọi báo thì bà bảo tự sửa.", ("Nhung", "số 33"), ("số 5 ngõ 62 phố Chùa Bộc",)),
]))
def test_the_landlords_own_home_goes_while_the_unsafe_lodging_stays(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Khu trọ của ông Tâm ở số 19 ngõ 8, điện câu chằng chịt, rất dễ cháy.", ("Tâm",), ("số 19 ngõ 8",)),
]))
def test_a_lodging_told_by_its_owner_stays_the_site(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Nhà bên cạnh em, Số 41 ngõ 9 phố Đông Các, tối nào ông chồng cũng say rượu đánh vợ.", ("Số 41",), ()),
]))
def test_a_beaten_wifes_home_after_a_comma_goes(text, personal, keep):
    gone(text, *personal, keep=keep)
