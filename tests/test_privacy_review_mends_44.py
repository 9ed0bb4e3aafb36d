"""What the review of merge-44's privacy detectors found (findings 1-6), each now a specification, with and without
diacritics: only a confirmation by a public body ("Xác nhận của tổ trưởng …") keeps the official signing under it,
never a private one's ("Xác nhận của Ban đại diện cha mẹ học sinh") nor the writer's own closing; a genuine letter
that mentions the ward's link and app keeps the officer it names; an owner's name in upper-case text goes; "hồ sơ
125" is no household number; a "nick" handle stops at the sentence's pronoun and is no page's name; the confirmation
blocks are looked up once per name, not once per heading."""

import time

import pytest

from hopthu.core.privacy.base import fold_same_length
from hopthu.core.privacy.confirmers import drop_confirming_officials

from ward import each_way_cases, gone

WRITER_SIGNS_AS_LEADER = (
    "Kính gửi: UBND phường Lưu Kiếm\n\nÝ kiến của tôi về việc đổ rác tại bãi đất trống đầu ngõ 45 phố Hoàng Hoa Thám"
    " như sau: hàng đêm có xe ba gác đổ phế thải xây dựng, bốc mùi, đề nghị phường xử lý.\n\nTrân trọng,\nNgười viết\n"
    "Tổ trưởng TDP số 7\nNguyễn Văn Hải\n")


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    (WRITER_SIGNS_AS_LEADER, ("Nguyễn Văn Hải",), ("Tổ trưởng TDP số 7",)),
    ("XÁC NHẬN CỦA BAN ĐẠI DIỆN CHA MẸ HỌC SINH\nTrưởng ban đại diện cha mẹ học sinh lớp 5A\nPhạm Thị Thu\n",
     ("Phạm Thị Thu",), ("Trưởng ban",)),
    ("XÁC NHẬN CỦA BAN QUẢN TRỊ NHÀ CHUNG CƯ HOÀNG GIA\nTrưởng ban quản trị chung cư Hoàng Gia\nĐặng Quốc Việt\n",
     ("Đặng Quốc Việt",), ("Trưởng ban quản trị",)),
    ("Ý kiến của doanh nghiệp:\nChủ tịch HĐQT Công ty CP Xây dựng Hưng Thịnh\nLại Văn Thịnh\n", ("Lại Văn Thịnh",),
     ("Chủ tịch HĐQT",)),
    ("Ý kiến của các hộ dân liền kề:\nChủ tịch Hội cựu chiến binh tổ 3\nLê Văn Tâm\n", ("Lê Văn Tâm",),
     ("Chủ tịch Hội",)),
    # the writer's own closing between a public body's heading and the name: the writer signs, even as a leader
    ("XÁC NHẬN CỦA TỔ TRƯỞNG TỔ DÂN PHỐ SỐ 8\n\nNgười làm đơn\nTổ trưởng TDP số 8\nHà Văn Sơn", ("Hà Văn Sơn",), ()),
]))
def test_a_signer_under_a_private_bodys_heading_or_the_writers_closing_is_private(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("XÁC NHẬN CỦA TỔ TRƯỞNG TỔ DÂN PHỐ SỐ 8\nTổ trưởng TDP số 8\nHà Văn Sơn", (), ("Hà Văn Sơn",)),
    ("Xác nhận của tổ trưởng TDP số 11:\nTổ trưởng\nChu Văn Bình", (), ("Chu Văn Bình",)),
]))
def test_the_leader_confirming_a_petition_in_role_stays(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Tháng trước phường gửi link https://dichvucong.gov.vn cho bà con để cài app VNeID và nộp hồ sơ. Tôi làm theo"
     " nhưng bị lỗi, liên hệ cán bộ phụ trách Trịnh Thu Hà ở bộ phận một cửa thì chị Hà hướng dẫn rất nhiệt tình.",
     (), ("Trịnh Thu Hà", "chị Hà")),
    ("Kính gửi phường, em tải app VNeID theo đường link phường đăng trên nhóm Zalo TDP 5 nhưng không vào được. Em liên"
     " hệ cán bộ tiếp nhận Nguyễn Văn Hùng ở bộ phận một cửa thì anh Hùng bảo chờ 3 ngày.", (), ("Nguyễn Văn Hùng",)),
    ("Tôi đăng ký tạm trú tại ứng dụng VNeID theo link hướng dẫn của phường, liên hệ cán bộ xử lý Lê Minh Đức (Công an"
     " phường) nhưng hồ sơ vẫn treo 2 tuần.", (), ("Lê Minh Đức",)),
    ("Em muốn làm lại CCCD cho mẹ nhưng phường chỉ đưa đường link đặt lịch. Trên bảng tin ghi: thắc mắc liên hệ cán bộ"
     " phụ trách Tư pháp - Hộ tịch hoặc liên hệ cán bộ tiếp nhận Văn phòng một cửa.", (),
     ("Tư pháp - Hộ tịch", "Văn phòng một cửa")),
    ("Cài app VNeID theo link của phường bị lỗi hoài. Liên hệ cán bộ phụ trách Địa chính thì bảo sang Công an, liên hệ"
     " cán bộ xử lý Tư pháp thì bảo chờ.", (), ("Địa chính", "Tư pháp")),
    # a phishing message that asks to install its app still loses the officer it makes up
    ("Bấm link http://vneid-capnhat.com để cài đặt ứng dụng VNeID và nhập CCCD, liên hệ cán bộ phụ trách Trịnh Thu Hà",
     ("Trịnh Thu Hà",), ()),
    ("Vui lòng tải ứng dụng tại http://dvc-phuong.example rồi liên hệ cán bộ hỗ trợ Lương Văn Hào để kích hoạt.",
     ("Lương Văn Hào",), ()),
]))
def test_a_genuine_letter_about_the_wards_link_and_app_keeps_the_officer_and_the_office(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("PHẢN ÁNH: BÀ CHỦ LÀ HOA ĐỔ NƯỚC THẢI RA NGÕ 12 PHỐ LÊ LỢI HÀNG NGÀY", ("HOA",), ("NGÕ 12",)),
    ("Quán ăn ở đầu ngõ 12 phố Lê Lợi lấn chiếm vỉa hè, ÔNG CHỦ LÀ BÌNH nói mãi không nghe.", ("BÌNH",),
     ("nói mãi",)),
]))
def test_an_owners_name_in_upper_case_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Danh sách ký tên:\nNguyễn Văn An (hồ sơ 125/2024, chưa được giải quyết)\nTrần Thị Bích (hồ sơ 126/2024)",
     ("Nguyễn Văn An", "Trần Thị Bích"), ("hồ sơ 125/2024", "hồ sơ 126/2024")),
    ("Danh sách ký tên:\nLê Văn Ba (tổ trưởng TDP số 5, ký với tư cách hộ dân số 18)", ("Lê Văn Ba", "số 18"),
     ("hộ dân",)),
]))
def test_a_file_number_is_no_household_number(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Em bị kẻ gian hack nick\nMai em lên phường trình báo được không ạ", (), ("Mai em lên",)),
    ("Em bị lừa qua mạng, nick Thanh Niên Lưu Kiếm mời em tham gia nhóm đầu tư. Nick Hoa Sen Vàng cũng nhắn tin.", (),
     ("Thanh Niên Lưu Kiếm", "Hoa Sen Vàng")),
    ("Tôi xin phản ánh: nick Nam Định Quê Tôi đăng tin bán đất phân lô trái phép ở bãi đất trống cuối ngõ 45. Tôi đề"
     " nghị phường kiểm tra.", (), ("Tôi xin phản ánh", "Nam Định Quê Tôi", "Tôi đề nghị")),
    # a person's handle still goes
    ("Trong nhóm có nick Hai Cá Phao cho vay lãi ngày.", ("Hai Cá Phao",), ("cho vay",)),
    ("Có nick: Thảo Vy nhắn tin cho em.", ("Thảo Vy",), ("nhắn tin",)),
]))
def test_a_nick_handle_needs_a_name_after_it_and_is_no_page(text, personal, keep):
    gone(text, *personal, keep=keep)


def test_confirmation_headings_are_looked_up_once_per_name():
    n = 8000
    heading, name = "Xác nhận của tổ trưởng\n", "Trần Văn Hùng\n"
    text = heading * n + name * n
    start = len(heading) * n
    spans = [(start + i * len(name), start + (i + 1) * len(name) - 1) for i in range(n)]
    began = time.perf_counter()
    kept = drop_confirming_officials(text, spans, fold_same_length)
    assert time.perf_counter() - began < 1.0
    assert kept == spans
