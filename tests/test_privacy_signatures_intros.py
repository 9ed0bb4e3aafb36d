"""The detectors of core/privacy on the tuning items p-4290 … p-4319 (signatures and self-introductions in every
style): the official who signs a confirmation whose heading names his role ("Xác nhận của Tổ trưởng TDP số 4", the
statement, "(đã ký)", then the name) stays while the writer's own signature and a household named under the heading
go; a place's name after "cau"/"cho"/
"den" that the text also places elsewhere ("cau Kim Nguu" beside "pho Kim Nguu") is no uncle's name; "có mấy thằng đi
xe" is a count of riders, not "cô" owning the vehicle, so the racers' plates stay. With and without diacritics."""

import pytest

from ward import each_way_cases, gone


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Tôi tên: Lã Thị Bích Ngọc\n\nXác nhận của Tổ trưởng TDP số 4\nBà Ngọc có hoàn cảnh đúng như trình bày.\n"
     "(đã ký)\nTạ Quang Vinh\n\nNgười làm đơn\n(đã ký)\nLã Thị Bích Ngọc",
     ("Lã Thị Bích Ngọc", "Ngọc"), ("Tạ Quang Vinh",)),
    ("Kính gửi UBND phường\nGia đình tôi xin xác nhận cư trú.\n\nXác nhận của Cảnh sát khu vực\n"
     "Xác nhận hộ ông Đoàn Văn Tú cư trú tại tổ 9.\n(ký, ghi rõ họ tên)\nPhí Minh Khôi\n\nNgười làm đơn\nĐoàn Văn Tú",
     ("Đoàn Văn Tú",), ("Phí Minh Khôi",)),
]))
def test_the_official_signing_under_a_heading_that_names_his_role_stays(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Người làm đơn\nLã Thị Bích Ngọc\n\nXác nhận của Tổ trưởng TDP số 4\n(đã ký)\nTạ Quang Vinh",
     ("Lã Thị Bích Ngọc",), ("Tạ Quang Vinh",)),
    ("Xác nhận của Ban đại diện cha mẹ học sinh\nGia đình có hoàn cảnh khó khăn.\n(đã ký)\nKhúc Thị Dung",
     ("Khúc Thị Dung",), ()),
    ("Xác nhận của Tổ trưởng TDP số 2\nHộ gia đình:\nKhúc Văn Lâm\ncư trú tại tổ 2 từ năm 2010.", ("Khúc Văn Lâm",), ()),
]))
def test_the_writers_closing_a_private_bodys_head_and_a_name_not_signed_under_the_heading_still_go(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("e o so 9B ngo 30 pho Kim Nguu. Toi nao cung dua xe tren pho doan tu cau Kim Nguu den nga tu Lo Duc.",
     ("so 9B",), ("cau Kim Nguu",)),
    ("Rác đổ thành đống ở góc chợ Mai Động, sáng nào cũng thấy xe ba gác chở rác tới gần cho Mai Động.",
     (), ("cho Mai Động",)),
]))
def test_a_place_named_again_after_an_ambiguous_place_word_stays(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Em gửi tiền học cho cậu Minh Khoa rồi mà trung tâm vẫn đòi, đề nghị kiểm tra.", ("Minh Khoa",), ()),
    ("Bác sĩ Lê Văn Hùng ở phố Kim Ngưu bị cậu Đào Văn Thắng đánh trước nhà.", ("Đào Văn Thắng",), ("phố Kim Ngưu",)),
]))
def test_a_name_after_cau_that_no_place_word_ever_leads_still_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Đêm nào cũng có mấy thằng đi xe máy độ, biển 29H1-888.66, 29K1-203.47, đua xe trên phố Kim Ngưu.",
     (), ("29H1-888.66", "29K1-203.47")),
    ("Tối qua có một nhóm đi xe máy biển 29X2-417.05 từ đầu phố tới cuối phố Kim Ngưu.", (), ("29X2-417.05",)),
]))
def test_riders_counted_after_co_are_no_owner_and_their_plates_stay(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Cô tôi đi xe máy biển 29H1-123.45 về quê thì bị giữ giấy tờ, xin hỏi thủ tục.", ("29H1-123.45",), ()),
]))
def test_a_relatives_vehicle_after_co_still_goes(text, personal, keep):
    gone(text, *personal, keep=keep)
