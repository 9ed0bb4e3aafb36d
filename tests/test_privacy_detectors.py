"""Each detector of core/privacy, with and without diacritics: what goes, and what must stay."""

import re
import time

import pytest

from hopthu.core.privacy import DETECTORS, findings, redact_text
from hopthu.core.redact import redact

from ward import gone


@pytest.mark.parametrize("phone", [
    "0912 345 678", "0912.345.678", "0912-345-678", "0912345678", "+84 912345678", "+84-903-246-135",
    "84 912 345 678", "84.912.345.679", "+84 (0) 97 222 3344", "024 3826 1234", "(024) 3826 1234",
    "0243 826 1234", "098 765 4321", "03 9999 8888", "1900 6868 99",
])
def test_phones_in_every_writing_are_masked(phone):
    out = gone(f"Liên hệ {phone} nhé, lien he {phone}", phone)
    assert out.count("[số điện thoại]") == 2


@pytest.mark.parametrize("email", [
    "an.nguyen@gmail.example", "UPPER@CASE.EXAMPLE", "x [at] gmail.example", "x(at)yahoo.example",
    "hoa.le(a)gmail.example", "quan[at]gmail[dot]example", "tien.2003 @ gmail . example",
    "hau.tran.88 a còng gmail chấm example", "hau88 a cong gmail cham example",
])
def test_emails_in_every_spelling_are_masked(email):
    out = gone(f"Email: {email}\nxin cảm ơn", email)
    assert "[email]" in out and "xin cảm ơn" in out


def test_id_passport_and_account_numbers_go_but_the_cue_and_the_bank_stay():
    text = ("CCCD số 001085012345, CMND 013456789, cccd 001 186 024 680, 031078 004 512. Hộ chiếu C4829173, "
            "ho chieu M12345678. STK 19036789012345 Techcombank; so tai khoan 3701 2056 7788 Agribank.")
    gone(text, "001085012345", "013456789", "001 186 024 680", "031078 004 512", "C4829173", "M12345678",
         "19036789012345", "3701 2056 7788", keep=("CCCD số", "Techcombank", "Agribank", "STK"))


def test_codes_dates_and_amounts_are_not_personal():
    text = "Hồ sơ HT-2026-0042, mã G22.99-261102-0417, ngày 20/11/2026, 45.000.000 đồng, 300 hộ, ngõ 15/8."
    assert redact(text) == text


def test_a_private_vehicle_goes_and_the_offenders_plate_stays():
    out = gone("Tôi gửi xe ô tô biển số 30G-111.22 ở bãi. Xe tải biển số 29C-456.78 đổ trộm phế thải.",
               "30G-111.22", keep=("29C-456.78",))
    assert "[biển số]" in out
    gone("nha toi bi mat xe SH bien 29G1-567.89 dem qua", "29G1-567.89")


@pytest.mark.parametrize("text,plate,keep", [
    ("mẹ tôi bị mất xe Wave biển số 59-X1 234.56 trước cổng trường", "59-X1 234.56", ()),
    ("me toi bi mat xe Wave bien so 59-X1 234.56 truoc cong truong", "59-X1 234.56", ()),
    ("Ô tô 30K-888.12 đỗ chắn cổng ngõ 7, xe của tôi (30E12345) không ra được.", "30E12345", ("30K-888.12",)),
    ("o to 30K-888.12 do chan cong ngo 7, xe cua toi (30E12345) khong ra duoc.", "30E12345", ("30K-888.12",)),
    ("trong ví có giấy đăng ký xe máy biển 29H1-305.71", "29H1-305.71", ()),
    ("trong vi co giay dang ky xe may bien 29H1-305.71", "29H1-305.71", ()),
])
def test_plates_in_every_writing_go_when_the_vehicle_is_a_persons(text, plate, keep):
    gone(text, plate, keep=keep)


@pytest.mark.parametrize("text", [
    "thanh niên chạy xe biển 29-B1 567.89 bốc đầu từ cầu Lưu Kiếm",
    "thanh nien chay xe bien 29-B1 567.89 boc dau tu cau Luu Kiem",
])
def test_the_racing_motorbikes_plate_in_the_new_writing_stays(text):
    assert "29-B1 567.89" in redact(text)


@pytest.mark.parametrize("text,name", [
    ("Hôm qua chị Lan hàng xóm bị ngã.", "Lan"),
    ("hom qua chi Lan hang xom bi nga.", "Lan"),
    ("Bác Tư xe ôm đầu ngõ bị ngã.", "Tư"),
    ("con em là cháu Minh học lớp 2", "Minh"),
    ("Cụ Hòa 92 tuổi sống một mình.", "Hòa"),
    ("ba Thoa mo cua hang", "Thoa"),
    ("thang Cuong o dau ngo say ruou", "Cuong"),
    ("Gọi ngay 0966 688 868 (anh Tuấn)", "Tuấn"),
    ("LH Mr Hưng để được tư vấn", "Hưng"),
    ("Bà Nguyễn Thị Xuyến đề nghị lắp đèn.", "Nguyễn Thị Xuyến"),
    ("chuyen tien vao tai khoan mang tên NGUYEN VAN TOAN de xac minh", "NGUYEN VAN TOAN"),
    ("chu ho la me em tran thi kim oanh", "tran thi kim oanh"),
    ("Con trai tôi là Đặng Văn Hải đi làm xa.", "Đặng Văn Hải"),
    ("Con tôi Huy suýt bị xe đâm.", "Huy"),
    ("Tôi gặp Toàn nhắc mấy lần, Toàn bảo kệ.", "Toàn"),
    ("toi gap Toan nhac may lan, Toan bao ke.", "Toan"),
    ("anh Bùi Quang Huy cho vay nặng lãi, số của Huy là", "Huy"),
    ("anh Bui Quang Huy cho vay nang lai, so cua Huy la", "Huy"),
    ("Gia đình chị Ma Thị Sinh ở ngõ 55 có hai con nhỏ", "Ma Thị Sinh"),
    ("Gia dinh chi Ma Thi Sinh o ngo 55 co hai con nho", "Ma Thi Sinh"),
    ("bà hoa bán bún đầu ngõ đổ nước thải ra cống", "hoa"),
    ("ba hoa ban bun dau ngo do nuoc thai ra cong", "hoa"),
    ("bác tư ở đầu ngõ 6 bị xe đâm", "tư"),
    ("bac tu o dau ngo 6 bi xe dam", "tu"),
    ("mái nhà cụ tâm bị cây đè.", "tâm"),
    ("mai nha cu tam bi cay de.", "tam"),
])

def test_private_peoples_names_go_with_or_without_diacritics(text, name):
    out = gone(text, name)
    assert "[họ tên]" in out


@pytest.mark.parametrize("text", [
    "cô thu tiền vệ sinh không có biên lai", "co thu tien ve sinh khong co bien lai",
    "chó nhà chị hiền, không cắn ai", "cho nha chi hien, khong can ai",
    "ông tư vấn viên gọi điện", "ong tu van vien goi dien",
])
def test_lower_case_words_after_kinship_words_are_no_names_unless_a_name_ends_there(text):
    assert "[họ tên]" not in redact(text), redact(text)


@pytest.mark.parametrize("text,name", [
    ("Kính gửi Mặt trận,\n\nTôi là Nguyễn Thị Hòa, nhà ở ngõ 12.", "Nguyễn Thị Hòa"),
    ("toi ten la pham van duc, o ngo 4", "pham van duc"),
    ("Em tên Vũ Thị Mai, sinh viên.", "Vũ Thị Mai"),
    ("toi la thanh o so 19. sdt 0912 34 56 78", "thanh"),
    ("ho ten: tang van quy, cccd 031078004512", "tang van quy"),
    ("Đề nghị xử lý.\n\nNgười viết: Dinh Van Phuc, TDP 15", "Dinh Van Phuc"),
    ("Đề nghị xử lý.\n\nTrân trọng,\nKhúc Thừa Dụ\nTDP số 16", "Khúc Thừa Dụ"),
    ("Mong phường giúp.\n\nEm Thảo, sđt 0935 222 111", "Thảo"),
    ("Mong phường giúp.\n\nNgân - 0356.789.123", "Ngân"),
    ("de nghi phuong kiem tra.\nnguyen dang khoa so 2 ngo 9 duong Tran Hung Dao", "nguyen dang khoa"),
    ("Em cảm ơn.\nPhương\nZalo 0971 305 866", "Phương"),
    ("Em cam on.\nPhuong\nZalo 0971 305 866", "Phuong"),
    ("Cảm ơn.\n\nThân,\nBảo Ngọc", "Bảo Ngọc"),
    ("KINH GUI PHUONG. TOI LA TRAN MINH QUANG O SO 25 NGO 3", "TRAN MINH QUANG"),
])
def test_self_introductions_and_signatures_go(text, name):
    gone(text, name)


@pytest.mark.parametrize("text,keep", [
    ("Đề nghị Chủ tịch UBND phường Trần Văn Bình tiếp dân; lần nào lên cũng báo ông Bình đi họp.", ("Trần Văn Bình", "ông Bình")),
    ("tổ trưởng tdp 5 ông lê văn cường không giải quyết", ("lê văn cường",)),
    ("CSKV Đỗ Minh Tuấn đã xuống lập biên bản.", ("Đỗ Minh Tuấn",)),
    ("Cảm ơn anh Hoàng Đức Thịnh bên phòng kinh tế.", ("Hoàng Đức Thịnh",)),
    ("Bà Hoa trưởng trạm y tế phường không trả lời.", ("Bà Hoa",)),
    ("ba Hoa truong tram y te phuong khong tra loi", ("ba Hoa",)),
    ("ông Sơn phó trưởng công an phường đã xuống", ("ông Sơn",)),
    ("Vỉa hè trước trường Tiểu học Nguyễn Du, đường Trần Phú, phố Hoàng Hoa Thám bị lấn chiếm.",
     ("trường Tiểu học Nguyễn Du", "đường Trần Phú", "phố Hoàng Hoa Thám")),
    ("tre con choi o cong vien Le Nin va truong THCS Chu Van An", ("cong vien Le Nin", "truong THCS Chu Van An")),
    ("ngõ 40 phố Hai Bà Trưng, ngã tư Lê Lợi - Quang Trung", ("Hai Bà Trưng", "Lê Lợi - Quang Trung")),
    ("Các anh chị Mặt trận ơi, Ban công tác Mặt trận TDP số 9 đã họp.", ("Mặt trận", "TDP số 9")),
    ("Lực lượng trật tự đô thị ra dẹp, tư vấn miễn phí, phản ánh trạm biến áp.", ("đô thị ra dẹp", "tư vấn", "phản ánh trạm")),
])
def test_officials_in_their_role_and_places_named_after_people_stay(text, keep):
    gone(text, keep=keep)


def test_an_officials_relative_is_a_private_person():
    gone("vo ong Chu tich phuong la ba Thoa cung mo cua hang", "Thoa", keep=("Chu tich phuong",))
    gone("Chủ tịch hội phụ huynh là chị Giang tự quyết thu tiền.", "Giang")
    gone("Giám đốc công ty là ông Nguyễn Văn Tâm không trả lương.", "Nguyễn Văn Tâm")


def test_a_police_officer_named_with_rank_stays():
    gone("Trưởng Công an phường, Thượng tá Nguyễn Văn Quyết đã tiếp nhận.", keep=("Nguyễn Văn Quyết",))


@pytest.mark.parametrize("text,number", [
    ("Tôi tên là Hòa, nhà ở số nhà 15 ngõ 12 phố Trần Phú.", "số nhà 15"),
    ("nha toi o so 9 duong Nguyen Trai ngay do", "so 9"),
    ("thường trú tại số 8 ngõ 3 đường Lưu Kiếm", "số 8"),
    ("Bà Nguyễn Thị Xuyến (số 14 ngõ 9) đề nghị", "số 14"),
    ("Trân trọng,\nÂu Đức Long, số 25 ngõ 77", "số 25"),
    ("Toi la Giap Van Cu, nha o SN 19 pho Phan Boi Chau", "SN 19"),
    ("nhà tôi ở số 12A ngõ 3 phố Ngô Quyền", "số 12A"),
    ("Em thấy không đúng nên phản ánh ạ.\n\nHà My (số 9B ngõ 3)", "số 9B"),
    ("chủ nhà là ông Đức ở số 33 phố khác", "số 33"),
    ("mong phường giúp. nhà em 12B hẻm 3 ngay đầu hẻm", "12B"),
    ("mong phuong giup. nha em 12B hem 3 ngay dau hem", "12B"),
    ("Tên tôi là Hà, nhà ở 37 ngõ 12 Kim Đồng.", "37"),
    ("Ten toi la Ha, nha o 37 ngo 12 Kim Dong.", "37"),
    ("Người viết: Kha Minh Đức, nhà 21 ngõ 5 phố Bạch Đằng", "21"),
    ("Phạm Văn Dũng\nSố 7 ngõ 2 phố Lê Thánh Tông", "Số 7"),
    ("Pham Van Dung\nSo 7 ngo 2 pho Le Thanh Tong", "So 7"),
    ("Toi: Kim Van Thuan - 0914 557 302 - so 2 ngo 41 pho Ngo Quyen.", "so 2"),
    ("ném mắm tôm vào nhà số 15 ngõ 8 phố Hai Bà Trưng của chị Tâm", "số 15"),
    ("nem mam tom vao nha so 15 ngo 8 pho Hai Ba Trung cua chi Tam", "so 15"),
])
def test_house_numbers_of_homes_go_and_the_lane_stays(text, number):
    out = gone(text, number)
    assert "[số nhà]" in out
    assert re.search(r"\[số nhà\]( |\))", out)


@pytest.mark.parametrize("text", [
    "Quán karaoke ở nhà số 27 ngõ 45 Hoàng Hoa Thám hát đến 12h đêm.",
    "Xưởng mộc của ông Bình tại số 22 ngõ 14 phố Trần Phú gây ồn.",
    "Đoạn ngõ 77 từ số 1 đến số 40 không có đèn.",
    "Via he truoc so 120 den so 130 pho Tran Phu bi lan chiem.",
    "nha so 56 duong Luu Kiem dang xay lan ra ngo",
    "Trong cơn bão số 3, TDP số 5 ngập; quầy số 3 đông.",
    "Nhà ông Âu Văn Chiến ở số 19 ngõ 30 nuôi 4 con chó thả rông.",
    "Nha ong Au Van Chien o so 19 ngo 30 nuoi 4 con cho tha rong.",
    "Nhà số 20 bên cạnh xây nhà 5 tầng không che chắn.",
])
def test_the_site_of_the_problem_keeps_its_number(text):
    out = redact(text)
    assert "[số nhà]" not in out, out


def test_a_clause_starting_nha_toi_is_no_longer_erased_to_its_end():
    out = redact("Nhà tôi ở số 15 ngõ 12 phố Trần Phú, đèn đường trước cửa hỏng 2 tuần, rác ùn ứ.")
    assert out == "Nhà tôi ở [số nhà] ngõ 12 phố Trần Phú, đèn đường trước cửa hỏng 2 tuần, rác ùn ứ."


@pytest.mark.parametrize("text,home", [
    ("Nhà em ở căn hộ 1205 tòa B chung cư Hoàng Gia", "căn hộ 1205 tòa B"),
    ("em o can 1508 toa A chung cu Hoa Binh", "can 1508 toa A"),
    ("em ở trọ phòng số 6 dãy trọ bà Lụa ngõ 88", "phòng số 6 dãy trọ bà Lụa"),
    ("em dang o tro o phong 302 day tro co Hoa ngo 17", "phong 302 day tro co Hoa"),
    ("gia đình ở lô C7 nhà số 12 khu tái định cư", "lô C7 nhà số 12"),
    ("Bà Mận ở P.302 nhà A5 tập thể ngõ 88", "P.302 nhà A5"),
    ("ba Man o P.302 nha A5 tap the ngo 17", "P.302 nha A5"),
])
def test_flats_rooms_and_lodgings_go(text, home):
    out = gone(text, home)
    assert any(place in out for place in ("chung cư Hoàng Gia", "chung cu Hoa Binh", "ngõ 88", "ngo 17", "khu tái định cư"))


def test_a_nha_toi_bare_number_never_takes_a_count_or_a_code():
    for text in ("nhà tôi 3 người, xây nhà 5 tầng", "nha toi 3 nguoi, xay nha 5 tang",
                 "Mã khách hàng của tôi là PD0300112233.", "Ma khach hang cua toi la PD0300112233."):
        assert redact(text) == text, redact(text)


def test_street_titles_and_place_words_in_capitals_are_no_names():
    for text, keep in (("Đường Nguyễn Văn Cừ đoạn trước chợ đêm bị cày nát", "Đường Nguyễn Văn Cừ"),
                       ("CONG TRINH XAY DUNG O SO 1 NGO 3 PHO KIM DONG DE VAT LIEU", "PHO KIM DONG DE VAT LIEU"),
                       ("THÔNG CỐNG NGHẸT - HÚT BỂ PHỐT", "THÔNG CỐNG NGHẸT"), ("PHAN ANH\nxin xử lý", "PHAN ANH")):
        assert keep in redact(text), redact(text)


def test_every_detector_is_named_explained_and_marked_visibly():
    names = [d.name for d in DETECTORS]
    assert len(names) == len(set(names))
    for d in DETECTORS:
        assert d.why and d.marker.startswith("[") and d.marker.endswith("]")
    found = findings("Tôi là Lê Văn An, sđt 0912345678, email an@x.example")
    assert ("name", "Lê Văn An") in found and ("phone", "0912345678") in found and ("email", "an@x.example") in found


@pytest.mark.parametrize("unit", ["1 ", "x@", "anh Lan ", "a còng ", "hộ Nhẫn, ", "(a) ", "lô B2 ", "Lan <a@b.example> ",
                                  "BHYT 0", "em la cháu bà Tư, ", "On 1 wrote:\nLan\n",
                                  "- xe 29A-123.45 ", "BKS 29A-123.45 "])
def test_every_detector_is_linear_on_adversarial_text(unit):
    """Four times the text costs about four times the time: a quadratic pattern (PITFALLS: 7 s on
    100 k characters) would cost sixteen times and blow the bound. 200 kB keeps the suite quick;
    bench/privacy_eval.py users can raise it to 1 MB by hand (about 5-13 s per string here)."""
    def cost(size: int) -> float:
        text = unit * (size // len(unit))
        started = time.perf_counter()
        redact_text(text)
        return time.perf_counter() - started

    small, large = cost(50_000), cost(200_000)
    assert large < 10 and large < 8 * small + 0.5, (small, large)


# -- house numbers, passports, plates and self-introductions by structure, not by phrase --------------------

@pytest.mark.parametrize("text,number,keep", [
    ("Nhà bố mẹ tôi số 19 ngõ 40 Trần Phú bị nhà bên cạnh xây lấn.", "số 19", "ngõ 40 Trần Phú"),
    ("nha bo me toi so 19 ngo 40 Tran Phu bi nha ben canh xay lan.", "so 19", "ngo 40 Tran Phu"),
    ("Mẹ em sống một mình ở nhà số 7 trong ngõ, tối không dám ra ngoài đổ rác.", "số 7", "trong ngõ"),
    ("me em song mot minh o nha so 7 trong ngo, toi khong dam ra ngoai do rac.", "so 7", "trong ngo"),
    ("Nhà tui ở 12/3 hẻm 45 Nguyễn Trãi, đầu hẻm có bãi rác.", "12/3", "hẻm 45 Nguyễn Trãi"),
    ("nha tui o 12/3 hem 45 Nguyen Trai, dau hem co bai rac.", "12/3", "hem 45 Nguyen Trai"),
    ("Địa chỉ: Số 5, ngõ 7 phố Hoàng Hoa Thám.", "Số 5", "ngõ 7 phố Hoàng Hoa Thám"),
    ("Dia chi: So 5, ngo 7 pho Hoang Hoa Tham.", "So 5", "ngo 7 pho Hoang Hoa Tham"),
    ("Số nhà: 22, ngõ 4 Lê Lợi", "22", "ngõ 4 Lê Lợi"),
    ("so nha toi la 88, ngo 5 pho Le Loi", "88", "ngo 5 pho Le Loi"),
    ("Tôi là Mai Thị Dung, thường trú tại tổ dân phố số 6, nhà số 31 ngõ 12.", "số 31", "tổ dân phố số 6"),
    ("toi thuong tru tai to dan pho so 6, nha so 31 ngo 12.", "so 31", "to dan pho so 6"),
    ("Mình thuê trọ ở dãy trọ số 14 ngõ 11 Nguyễn Trãi.", "số 14", "ngõ 11 Nguyễn Trãi"),
    ("Nhà số 44 ngõ 17 Lê Lợi (nhà ông bà ngoại em) bị nứt tường.", "số 44", "ngõ 17 Lê Lợi"),
    ("nha so 44 ngo 17 Le Loi (nha ong ba ngoai em) bi nut tuong.", "so 44", "ngo 17 Le Loi"),
    ("nhà số 12 của tôi ở ngõ 3 bị thấm", "số 12", "ngõ 3"),
    ("Gia đình tôi cư trú tại số 25 ngách 4 phố Lê Lợi.", "số 25", "ngách 4 phố Lê Lợi"),
    ("tôi trú ở 25 ngách 4/2 Lê Lợi", "25", "ngách 4/2 Lê Lợi"),
    ("toi tru o 25 ngach 4/2 Le Loi", "25", "ngach 4/2 Le Loi"),
    ("Tôi ở 15 Lê Lợi, phản ánh đèn hỏng ở đầu phố.", "15", "Lê Lợi"),
    ("địa chỉ tạm trú: 12 Lê Lợi", "12", "Lê Lợi"),
    ("Người gửi: Trần Thị Mơ, 12 ngõ 3 Trần Phú", "12", "ngõ 3 Trần Phú"),
    ("Hàng xóm tôi ở số 18 ngõ 6, con cháu đi vắng cả.", "số 18", "ngõ 6"),
])
def test_house_numbers_of_homes_go_in_every_phrasing(text, number, keep):
    out = redact(text)
    assert not re.search(r"(?<![\w/])" + re.escape(number) + r"(?![\w/])", out), out
    assert keep in out, out


@pytest.mark.parametrize("text", [
    "Quán karaoke số 8 ngõ 3 hát đến 2h sáng.",
    "Công trình số 14 ngõ 5 Lê Lợi xây không phép.",
    "Nhà số 9 ngõ 4 đổ nước thải ra ngõ.",
    "nha so 9 ngo 4 do nuoc thai ra ngo.",
    "cho tôi phản ánh số 16 ngõ 8 có mùi hôi từ cống bốc lên",
    "de nghi kiem tra so 25 ngo 6 Tran Phu, chu nha cho thue kho chua hoa chat.",
    "Cây đổ trước nhà số 12 ngõ 9, chắn lối đi.",
    "Hộ kinh doanh ở số 30 phố Quang Trung để hàng ra vỉa hè.",
    "hàng xóm số 18 ngõ 6 nuôi chó sủa suốt đêm",
    "Nhà tôi ở ngõ 9, bị nhà số 12 bên cạnh xây lấn.",
])
def test_an_address_that_is_the_problems_site_keeps_its_number(text):
    assert redact(text) == text


@pytest.mark.parametrize("text,number", [
    ("Tôi cần gia hạn hộ chiếu cũ số B 7654321.", "B 7654321"),
    ("so ho chieu cua bo em: c9876543, can xac nhan cu tru", "c9876543"),
    ("Hộ chiếu C-1234567 của tôi bị mất.", "C-1234567"),
    ("Passport No. E12345678, quốc tịch Nhật.", "E12345678"),
    ("HC: N2345678 mất ở chợ", "N2345678"),
    ("hộ chiếu C 123 4567 của tôi", "C 123 4567"),
    ("ho chieu so c 123 4567 cua toi", "c 123 4567"),
])
def test_passports_after_a_cue_go_in_any_case_or_spacing(text, number):
    out = redact(text)
    assert number not in out and "[số giấy tờ]" in out, out


@pytest.mark.parametrize("text,plate", [
    ("Xe máy của em biển 29A-123.45 để trong nhà xe bị mất yên.", "29A-123.45"),
    ("xe may cua em bien 29A-123.45 de trong nha xe bi mat yen.", "29A-123.45"),
    ("Bố em đi xe máy biển số 30F1-567.89 bị một ô tô quệt ngã.", "30F1-567.89"),
    ("bo em di xe may bien so 30F1-567.89 bi mot o to quet nga.", "30F1-567.89"),
])
def test_a_persons_or_a_victims_vehicle_loses_its_plate(text, plate):
    assert plate not in redact(text)


@pytest.mark.parametrize("text,plate", [
    ("Ô tô 30A-123.45 của ông Hải đỗ chắn cửa ngõ 6 suốt ngày.", "30A-123.45"),
    ("o to 30A-123.45 cua ong Hai do chan cua ngo 6 suot ngay.", "30A-123.45"),
    ("Xe tải biển 29C-888.99 chở đất chạy qua cổng trường.", "29C-888.99"),
])
def test_the_offending_vehicle_keeps_its_plate_even_when_its_owner_is_named(text, plate):
    assert plate in redact(text)


@pytest.mark.parametrize("text,name", [
    ("tui la Bay, ban ca o cho", "Bay"),
    ("Tui là Bảy, bán cá ở chợ", "Bảy"),
    ("Cháu là Vy, học sinh lớp 9.", "Vy"),
    ("chau la Vy, hoc sinh lop 9.", "Vy"),
    ("em la ngoc anh, sv nam 2 thue tro", "ngoc anh"),
    ("em là ngọc anh, sv năm 2 thuê trọ", "ngọc anh"),
    ("e là Quyên ạ, nhà ở ngõ 5", "Quyên"),
    ("mk là Toàn, sv năm 3", "Toàn"),
])
def test_self_introductions_in_short_and_lower_case_forms_go(text, name):
    assert name not in redact(text)


@pytest.mark.parametrize("text", ["em là kế toán, làm ở phường", "toi la ke toan, lam o phuong", "em là học sinh, lớp 9"])
def test_an_occupation_after_an_introduction_is_no_name(text):
    assert redact(text) == text


@pytest.mark.parametrize("text,name", [
    ("Đèn hỏng ở ngõ 5. Cảm ơn, Ngọc Anh", "Ngọc Anh"),
    ("den hong o ngo 5. cam on, Ngoc Anh", "Ngoc Anh"),
    ("Chào thân ái, Tuấn", "Tuấn"),
    ("chao than ai, Tuan", "Tuan"),
    ("Đèn hỏng.\n-- Tùng", "Tùng"),
    ("Ký: Nam", "Nam"),
    ("Em cảm ơn ạ!\nPhương Thảo", "Phương Thảo"),
])
def test_a_name_closing_the_letter_goes(text, name):
    assert name not in redact(text)


@pytest.mark.parametrize("text", [
    "Cảm ơn, Chúc mọi người sức khỏe", "Trân trọng, Ủy ban MTTQ", "Đèn hỏng.\nCảm ơn!\nPhường Lưu Kiếm cố lên",
    "Cảm ơn, Hà Nội ngày 5/11",
])
def test_a_closing_before_a_wish_a_body_or_a_place_takes_no_name(text):
    assert redact(text) == text


@pytest.mark.parametrize("text,number", [
    ("Bà ngoại tôi ở số 12 Trần Phú bị ngã.", "số 12"), ("ba ngoai toi o so 12 Tran Phu bi nga.", "so 12"),
    ("Hàng xóm số 8 Nguyễn Trãi, con cháu đi vắng cả.", "số 8"),
])
def test_a_number_before_a_capitalised_street_is_a_home_unless_a_site_says_otherwise(text, number):
    assert number not in redact(text)


@pytest.mark.parametrize("text", [
    "Trường Tiểu học số 1 Lưu Kiếm", "truong mam non so 2 Hoa Sen", "Quán phở số 12 Trần Phú lấn vỉa hè.",
    "quan pho so 12 Tran Phu lan via he.",
])
def test_numbered_schools_and_sites_before_a_capitalised_name_stay(text):
    assert redact(text) == text


@pytest.mark.parametrize("text,plate", [
    ("xe cua toi bien 29 A1 123.45 bi mat", "29 A1 123.45"), ("Xe của tôi biển 29 A1 123.45 bị mất", "29 A1 123.45"),
    ("xe toi 29a1 12345 bi mat", "29a1 12345"),
])
def test_plates_written_with_spaces_or_in_lower_case_go_when_the_vehicle_is_a_persons(text, plate):
    assert plate not in redact(text)


def test_the_writers_own_car_further_on_does_not_take_the_offenders_plate():
    for text in ("Xe tải 29C 456 78 đổ trộm phế thải, xe của tôi bị chắn.",
                 "xe tai 29C 456 78 do trom phe thai, xe cua toi bi chan."):
        assert "29C 456 78" in redact(text)


@pytest.mark.parametrize("text,home", [
    ("tôi ở căn hộ số 1205 tòa B", "1205"), ("căn 12-05 tòa A2", "12-05"), ("nhà tôi P1204 chung cư Sông Hồng", "P1204"),
    ("căn hộ A-1205 chung cư Hoàng Gia", "A-1205"), ("can ho B2.08 toa C", "B2.08"), ("phòng 3.12 ký túc xá", "3.12"),
    ("gia đình tôi ở căn hộ 12A05", "12A05"), ("gia dinh toi o can ho 12A05", "12A05"),
])
def test_flats_numbered_in_every_writing_go(text, home):
    assert home not in redact(text)


@pytest.mark.parametrize("text", ["Tôi đến phòng 5 UBND phường nộp hồ sơ.", "toi den phong 5 UBND phuong nop ho so.",
                                  "Phòng 12 bộ phận một cửa đông quá.", "Nhà tôi là căn 2 tầng cũ."])
def test_an_office_room_or_a_house_size_is_no_home(text):
    assert redact(text) == text


# -- names in lists, after verbs and person nouns, in quotes and apposition; units, odd contacts --------------

@pytest.mark.parametrize("text,names", [
    ("Em nhờ Khôi nhà bên gọi công an.", ("Khôi",)),
    ("Em nho Khoi nha ben goi cong an.", ("Khoi",)),
    ("Tối qua tôi thấy Thành bẻ gương xe, đã dặn Hòa khóa cổng.", ("Thành", "Hòa")),
    ("Tôi muốn cảm ơn ba bạn trẻ Lâm, Đạt và Khoa đã cứu cháu bé.", ("Lâm", "Đạt", "Khoa")),
    ("Toi muon cam on ba ban tre Lam, Dat va Khoa da cuu chau be.", ("Lam", "Dat", "Khoa")),
    ("Các hộ bị ngập: hộ ông Phát, hộ bà Mơ, hộ Nhẫn, hộ Quyết ở cuối ngõ.", ("Phát", "Mơ", "Nhẫn", "Quyết")),
    ("Nhà Lan Hương tối nào cũng mở loa hát đến 12h đêm.", ("Lan Hương",)),
    ("Có một người đàn ông tên \"Hải Béo\" thuê phòng ở dãy trọ.", ("Hải Béo",)),
    ("Tôi, Giang Thị Ngân, cư trú tại TDP 11, xin phản ánh.", ("Giang Thị Ngân",)),
    ("Toi, Giang Thi Ngan, cu tru tai TDP 11, xin phan anh.", ("Giang Thi Ngan",)),
    ("Bố tôi, Yên Đức Quế, năm nay 85 tuổi, bị ngã.", ("Yên Đức Quế",)),
    ("ba luc thi nhung o cuoi ngo 3 do rac", ("luc thi nhung",)),
    ("bà lục thị nhung ở cuối ngõ 3 đổ rác", ("lục thị nhung",)),
    ("hàng xóm là chị nhàn với anh khải hay đổ nước ra ngõ", ("nhàn", "khải")),
    ("e ten la trinh bao ngoc, sv nam 2", ("trinh bao ngoc",)),
    ("minh ten la nguyen hoang bao anh, sinh vien", ("nguyen hoang bao anh",)),
    ("bac sau ban nuoc o goc cay da bi xe dam", ("sau",)),
    ("Nắp hố ga bị bật.\nNgười liên hệ: Cù Minh Hiếu - 0905 332 118", ("Cù Minh Hiếu",)),
    ("Nap ho ga bi bat.\nNguoi lien he: Cu Minh Hieu - 0905 332 118", ("Cu Minh Hieu",)),
])
def test_names_in_lists_after_verbs_and_nouns_in_quotes_and_apposition_go(text, names):
    gone(text, *names)


@pytest.mark.parametrize("text,keep", [
    ("Cảm ơn Chủ tịch UBND phường Phạm Đức Hậu và chị Hương cán bộ tư pháp đã hướng dẫn.", ("Phạm Đức Hậu", "Hương")),
    ("em da len gap anh dung can bo dia chinh phuong hoi so do", ("anh dung can bo dia chinh",)),
    ("Đoạn phố Bà Triệu gần chợ Ông Tạ bị đào lên.", ("phố Bà Triệu", "chợ Ông Tạ")),
    ("chó nhà chị hiền, không cắn ai; ông tư vấn viên gọi; bà ta thì nói", ("chị hiền", "tư vấn", "bà ta thì")),
    ("ong tu van vien goi; ba ta thi noi", ("tu van vien", "ba ta thi")),
    ("Tôi là Âu Minh Triết, Việt kiều về thăm nhà.", ("Việt kiều",)),
    ("Nhà Văn hóa TDP 3 và nhà Thờ Lớn", ("Nhà Văn hóa", "nhà Thờ")),
    ("Cho em hỏi thủ tục ạ.\nThanks,\nThu Trang", ("Thanks",)),
    ("Hộ chiếu của con tôi HC số C 1234 567 sắp hết hạn", ("HC",)),
    ("Rác ở đầu ngõ 9.\nThân ái,\nChú Tư", ("Chú",)),
    ("TOI LA HOANG THI MEN, NHA O NGO 14", ("TOI LA",)),
    ("Tôi là cựu chiến binh.\nNgười viết đơn\nĐỗ Văn Lực", ("Người viết đơn",)),
])
def test_officials_places_pronouns_and_closings_stay(text, keep):
    out = redact(text)
    for s in keep:
        assert s in out, (s, out)


@pytest.mark.parametrize("text,home,keep", [
    ("Em bán rau ở ki-ốt 15 chợ Lưu Kiếm. Mái che dãy ki-ốt bị thủng.", "ki-ốt 15", ("chợ Lưu Kiếm", "dãy ki-ốt")),
    ("Em ban rau o ki-ot 15 cho Luu Kiem.", "ki-ot 15", ("cho Luu Kiem",)),
    ("nhà em ở lô B2, đèn đường dãy lô B khu tái định cư tắt hết", "lô B2", ("dãy lô B",)),
    ("nha em o lo B2, den duong day lo B tat het", "lo B2", ("day lo B",)),
    ("Gia đình chị Phí Thị Thủy ở lô C12 khu tái định cư có chồng mất.", "lô C12", ("khu tái định cư",)),
    ("Tôi tên Vi Thị Lan, hiện ở trọ tại ki ốt 3 cuối chợ Lưu Kiếm.", "ki ốt 3", ("chợ Lưu Kiếm",)),
    ("Em bán giày ở sạp 27 chợ Lưu Kiếm.", "sạp 27", ("chợ Lưu Kiếm",)),
    ("Nhà tôi ở căn 12 dãy C khu tập thể. Mái khu vệ sinh của dãy C bị tốc.", "căn 12 dãy C", ("của dãy C",)),
    ("Thang máy hỏng.\nHạnh - P.402 A1", "P.402 A1", ()),
])
def test_the_writers_stall_lot_or_flat_goes_and_the_row_stays(text, home, keep):
    gone(text, home, keep=keep)


@pytest.mark.parametrize("text", [
    "Ki-ốt số 12 chợ Lưu Kiếm lấn chiếm lối đi.", "Ki-ot so 12 cho Luu Kiem lan chiem loi di.",
    "Lô B2 khu tái định cư có đống rác to.",
])
def test_a_stall_or_lot_that_is_the_problem_stays(text):
    assert redact(text) == text


@pytest.mark.parametrize("text,number", [
    ("Người gửi: Quách Thị Diệu Linh\nĐ/c: 45 ngõ 12 phố Kim Đồng", "45"),
    ("toi muon hoi tro cap. dc: so 15 ngo 7 pho hoang hoa tham", "so 15"),
    ("DC: số 9 ngõ 3 phố Lê Lợi", "số 9"),
])
def test_a_number_after_an_abbreviated_address_cue_goes(text, number):
    out = gone(text, number)
    assert "[số nhà]" in out


def test_a_lodging_house_the_complaint_is_about_keeps_its_number():
    text = "nhà trọ của bà Chu Thị Lành ở số 70 ngõ 9 Nguyễn Trãi cho hơn 20 người thuê mà không khai báo tạm trú"
    gone(text, "Chu Thị Lành", keep=("số 70 ngõ 9 Nguyễn Trãi",))
    gone(text.replace("Chu Thị Lành", "Chu Thi Lanh").replace("số", "so").replace("ngõ", "ngo").replace("Trãi", "Trai"),
         "Chu Thi Lanh", keep=("so 70 ngo 9",))


@pytest.mark.parametrize("email", [
    "thuytien2k AT yahoo DOT example", "ngoc.han (a còng) yahoo.example", "le.hoa[@]gmail.example",
    "lehuong85 [a còng] gmail [chấm] example", "nguyenvana (@) gmail . example", "tuyendungvn[at]mail.example",
    "hoangnam.88 (at) gmail chấm example", "hoangnam.88 (at) gmail cham example", "x {at} yahoo {dot} example",
])
def test_emails_with_bracketed_or_bare_at_and_dot_go(email):
    out = gone(f"Phản hồi qua {email} giúp mình, phan hoi qua {email} nhe", email)
    assert out.count("[email]") == 2


@pytest.mark.parametrize("text", ["Tôi sẽ gặp lúc 8 giờ at nhà", "ngày 20 . 11 . 2026 lúc 09 . 30", "năm 2025 - 2026 có 300 - 400 hộ"])
def test_bare_at_dates_and_ranges_are_no_contacts(text):
    assert redact(text) == text


@pytest.mark.parametrize("phone", ["0968 . 123 . 456", "(+84) 912 468 024", "(+84)912345678", "0 9 7 6 5 4 3 2 1 0",
                                   "+84-91-234-5678", "0912-34-56-78", "024.38.261.234"])
def test_phones_with_spaced_dots_and_bracketed_country_code_go(phone):
    gone(f"Gọi {phone} nhé, goi {phone} nhe", phone)


def test_a_phone_never_swallows_the_next_lines_number():
    out = redact("Số điện thoại của tôi: 0362 118 907.\n1. Hố ga mất nắp.")
    assert "\n1. Hố ga" in out and "[số điện thoại]" in out


@pytest.mark.parametrize("text,number,keep", [
    ("cccd so 034-095-012-678 va the ATM", "034-095-012-678", ()),
    ("CCCD số định danh 0010-8501-2399 và CMND 12 345 6789", "0010-8501-2399", ()),
    ("chuyển vào Vietcombank 0451 0001 23456 chủ tài khoản", "0451 0001 23456", ("Vietcombank",)),
    ("chuyen vao so 1903 6688 2468 01 (Techcombank) cho chu nha", "1903 6688 2468 01", ("Techcombank",)),
    ("qua tài khoản cá nhân của cô: BIDV 2151 0000 8765 43.", "2151 0000 8765 43", ("BIDV",)),
])
def test_hyphenated_ids_and_accounts_next_to_a_banks_name_go_whole(text, number, keep):
    out = gone(text, number, keep=keep)
    assert not any(group in out for group in number.replace("-", " ").split() if len(group) >= 3)


def test_a_dossier_codes_dashed_digits_are_no_id():
    text = "mã hồ sơ 000.00.26.H26-260905-0112, phiếu CSKH-2026-118452, ngày 2026-11-20"
    assert redact(text) == text
