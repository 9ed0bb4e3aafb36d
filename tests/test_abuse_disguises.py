"""Abuse however it is written (core.unmask, core.flags): disguised obscenities, veiled threats, defamation
with a call to spread it, with and without diacritics; and the complaints that only report such words."""

from __future__ import annotations

import sys

import pytest

from hopthu.core.flags import assess
from hopthu.core.textnorm import fold, fold_case
from hopthu.core.unmask import unmask, unquote

from ward import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import flags_eval


def test_unmask_undoes_repeated_spaced_dotted_letters_and_digits_for_letters():
    assert unmask("nguuuuu như bòòò") == "ngu như bò"
    assert " ".join(unmask("lũ n g u, đ ồ  c h ó").split()) == "lũ ngu, đồ chó"  # two spaces end a spaced word
    assert unmask("c.h.ó m.á thật") == "chó má thật"
    assert unmask("b0n c4n b0 la lu 4n h4i, d3o") == "bon can bo la lu an hai, deo"


def test_unmask_cuts_a_sentence_written_letter_by_letter_into_the_words_the_cues_know():
    from hopthu.core.abusive import VOCABULARY

    assert unmask("C H Ế T H Ế T Đ I lũ cán bộ", VOCABULARY) == "CHẾT HẾT ĐI lũ cán bộ"
    assert unmask("c h e t h e t d i", VOCABULARY) == "chet het di"
    assert unmask("b.ọ.n.c.á.n.b.ộ.l.ừ.a.đ.ả.o", VOCABULARY) == "bọn cán bộ lừa đảo"
    assert unmask("n g u", VOCABULARY) == "ngu"
    assert unmask("U B N D phường", VOCABULARY) == "UBND phường"  # no words in it: only joined


@pytest.mark.parametrize("text", ["Kính thư,\nĐ.M.Khải", "Kinh thu,\nD.M.Khai", "Ý kiến của ông Đ.M.Hùng: đề nghị sửa đường."])
def test_a_names_dotted_initials_are_no_dotted_swear_word(text):
    assert assess("", text).flags == [], text


@pytest.mark.parametrize("text", ["Đ.M.Bọn cán bộ ăn hại", "D.M.Bon can bo an hai", "đ.m bọn cán bộ"])
def test_a_dotted_swear_word_before_a_word_of_the_cues_stays_one(text):
    assert assess("", text).abuse, text


def test_unmask_leaves_codes_numbers_and_ordinary_words_alone():
    text = "Lô 12A, phòng 301, ngõ 15/8, 0912 345 678, HT-2026-0042, giấy A4 hỏng 3 tháng, xe 4 chỗ"
    assert fold(unmask(text)).replace("aa", "a4") == fold(text)
    assert unmask("Đường ngõ 5 ngập sâu") == "Đường ngõ 5 ngập sâu"


def test_unquote_blanks_words_reported_after_a_verb_of_speech_but_not_the_writers_own():
    def reported(text: str) -> str:
        marked = fold_case(text)
        return unquote(fold(marked), marked)

    assert "đồ ngu" not in reported("Anh cán bộ quát tôi 'đồ ngu, về đi' trước mặt mọi người.")
    assert "đồ chó" not in reported("Hàng xóm chửi tôi là đồ chó, cả ngõ nghe thấy.")
    assert "đồ ngu" in reported("Tôi nói thẳng: 'đồ ngu' là các ông đấy.")


@pytest.mark.parametrize("text", [
    # teen-code and disguised obscenities
    "đ.m mấy ông ở phường, nộp hồ sơ 3 lần vẫn trả về, làm việc như cc",
    "dit me cai phuong nay, goi khong ai nghe may",
    "clgt cái hòm thư này, gửi 5 lần k ai rep",
    "mấy th*ng cán bộ phường đ*o biết làm gì",
    "Thằng bảo vệ UBND phường mặt l*n",
    "c.h.ó m.á thật, đóng tiền rác rồi mà tuần thu có một lần",
    "Cán bộ một cửa là lũ n g u",
    "b0n c4n b0 phuong la lu 4n h4i",
    "vklllll cái phường này",
    "DCM PHUONG",
    "co ai thay cai phuong nay nhu l khong",
    # insults without an obscenity
    "Phường gì mà như cái chợ, toàn lũ ăn không ngồi rồi",
    "Cảm ơn các quan phường nhé, giỏi ăn của dân, đồ vô liêm sỉ.",
    "mấy ông cán bộ phường đúng là một lũ đầu đất",
    "du ma bon can bo phuong nhan tien roi ngoi im",
    "Đù mẹ cái phường này, làm ăn như hạch.",
    # veiled threats
    "Ông tổ trưởng liệu hồn, còn ghi tên nhà tôi thì đừng để tôi gặp ngoài đường.",
    "lieu hon may dua hay chup anh nha tao gui phuong, dung de tao gap",
    "Nhắn với ông cán bộ địa chính: đêm đi về nhớ nhìn trước nhìn sau.",
    "Bà mà còn không ký giấy cho tôi thì bà xác định đi, nhà bà ở đâu tôi biết cả.",
    "Nhà ông Tùng cứ đổ nước thải ra ngõ đi, sẽ có người xử giúp phường.",
    "Thằng công an khu vực mà còn lên nhà tao thì tao không chịu trách nhiệm đâu.",
    "Nếu thứ Sáu không trả lời đơn, tôi sẽ mang can xăng lên trụ sở phường, lúc đó đừng ai ngăn.",
    "thang nao to cao nha tao thi cu cho day, tao ma biet mat thi no khong song yen dau",
    "Mong cho cả lũ cán bộ phường bị xe tông hết.",
    "Chuc ca nha thang can bo dia chinh chet het",
    # defamation with a call to spread it, incitement
    "Phó Chủ tịch phường nhận 500 triệu, tham nhũng có hệ thống, share mạnh để ông ta phải từ chức!",
    "to truong TDP 2 an chan tien cuu tro, bo tui ca tram trieu, share len facebook cho ca phuong biet",
    "Sáng thứ Hai bà con mang băng rôn kéo ra chặn cổng UBND phường, ai không đi là tay sai.",
    "anh em oi toi nay keo nhau ra chan duong Tran Phu, dap het xe cua bon thi cong",
    "Cái hòm thư này chỉ để làm màu, nhà nước lừa dân, đừng ai tin.",
    "Dân ơi hãy tỉnh ngộ, đảng này chỉ toàn tham nhũng, hãy xuống đường",
    # a grave crime or a slur said to be what someone is; a death wish
    "Bà Lý ở ngõ 3 là gián điệp của nước ngoài, tối nào cũng chụp ảnh trụ sở công an phường.",
    "ong Hai to truong la ke hiep dam tre em",
    "Con Hoa bán hàng ăn ở chợ là con đĩ, ngủ với cả chồng người khác",
    "Mấy thằng cán bộ phường chết hết đi cho rảnh nợ",
    # without diacritics, where the words fold to ordinary ones only in other turns
    "Can bo mot cua la lu n g u",
    "Do khon nan, can bo gi ma hach dich the",
    "Phuong nay deo ra gi",
    "to su cai phuong nay",
    # a sentence spaced or dotted letter by letter
    "C H Ế T H Ế T Đ I lũ cán bộ phường",
    "c h e t h e t d i lu can bo phuong",
    "b.ọ.n.c.á.n.b.ộ.p.h.ư.ờ.n.g.l.ừ.a.đ.ả.o.ă.n.h.ạ.i",
    "b.o.n.c.a.n.b.o.p.h.u.o.n.g.l.u.a.d.a.o.a.n.h.a.i",
    # distortion of a policy or of the state, no insult
    "Chính sách thu hồi đất thực chất là để Nhà nước cướp trắng đất của dân, toàn tuyên truyền dối trá.",
    "chinh sach thu hoi dat thuc chat la de nha nuoc cuop trang dat cua dan, toan tuyen truyen doi tra.",
    "Hòm thư số là công cụ để chính quyền lập danh sách đen những ai lên tiếng.",
    "hom thu so la cong cu de chinh quyen lap danh sach den nhung ai len tieng",
    # invented accusations against an official, said to be certain
    "Phó Chủ tịch phường dùng tiền ngân sách mua biệt thự, sắp bỏ trốn ra nước ngoài, tin chuẩn.",
    "pho chu tich phuong dung tien ngan sach mua biet thu, sap bo tron ra nuoc ngoai, tin chuan.",
    "Bà chủ tịch Mặt trận phường là người của thế lực thù địch.",
    "ba chu tich mat tran phuong la nguoi cua the luc thu dich",
    # veiled threats, death wishes, an insult by its shape
    "Ông còn trả hồ sơ của tôi lần nữa thì ra đường nhớ để ý.",
    "ong con tra ho so cua toi lan nua thi ra duong nho de y",
    "Chúc cả nhà lão cán bộ địa chính ra đường gặp xe tải.",
    "chuc ca nha lao can bo dia chinh ra duong gap xe tai.",
    "Rác ba ngày không ai thu, cán bộ môi trường phường là đồ con lợn.",
    "rac ba ngay khong ai thu, can bo moi truong phuong la do con heo.",
    "Cảm ơn các đầy tớ của dân, đúng là một bầy ký sinh trùng.",
    "cam on cac day to cua dan, dung la mot bay ky sinh trung",
    "Đảng và Nhà nước đang bán rẻ đất nước cho ngoại bang, ai còn im lặng là đồng lõa.",
    "dang va nha nuoc dang ban re dat nuoc cho ngoai bang, ai con im lang la dong loa.",
    "Ông trưởng công an phường là thằng ăn tiền của dân, cả phường biết hết, ai gặp thì nhổ vào mặt.",
    "ong truong cong an phuong la thang an tien cua dan, ca phuong biet het, ai gap thi nho vao mat.",
    # an insult typed without diacritics inside a text written with them
    "Đường ngõ 5 hỏng cả năm, lũ suc vat ở phường chỉ biết ngồi ăn lương.",
    "Cống ở đầu ngõ 31 tắc 2 tuần, đúng là bọn can bo vo dung.",
    "Nói mãi không nghe, đúng là đồ khon nan.",
    "Loa phường bật từ 5h sáng, thằng cha phụ trách đúng là đồ an hai.",
    "thang cha phu trach loa phuong dung la do an hai",
])
def test_abuse_is_flagged_however_it_is_written(text):
    assert assess("", text).abuse, text


@pytest.mark.parametrize("text", [
    # insults and threats the writer reports
    "Sáng 25/11 anh cán bộ trực một cửa quát tôi 'đồ ngu, về đi'. Đề nghị xem lại thái độ.",
    "Tôi bị một số lạ nhắn tin đe dọa 'liệu hồn, tao biết nhà mày rồi'. Đề nghị công an bảo vệ tôi.",
    "Ông hàng xóm đã nói với mẹ tôi 'cứ chờ đấy, tao cho mày biết tay'. Đề nghị công an làm việc.",
    "Tôi đòi lại tiền thì đối tượng nhắn 'tao đ.m cả nhà mày'. Đề nghị công an phường vào cuộc.",
    "Trên nhóm Zalo có người đăng bài kêu gọi 'kéo lên phường đập phá'. Tôi báo để phường ngăn chặn.",
    "Con tôi bị các bạn trong lớp gọi là đồ ngu, cháu rất buồn, đề nghị nhà trường quan tâm.",
    # harsh but genuine complaints, ordinary words near the new cues
    "Xin cảm ơn phường đã 'quan tâm' đến ngõ 27: ổ gà to như cái ao, báo 4 lần. Đề nghị sửa ngay.",
    "Đề nghị phường cử người xuống, hứa sẽ có người xử lý mà 2 tuần chưa thấy.",
    "Tôi đi làm về lúc 11h đêm, ngõ tối, phải nhìn trước nhìn sau vì sợ cướp giật.",
    "Bà cụ có tiền sử bệnh tim, còn đi lại được, xin hỗ trợ. Giấy A4 đã nộp ở lô 12A.",
    "Đề nghị công khai tiền quỹ, bà con nghi có ăn chia, bỏ túi, đề nghị kiểm tra sổ sách.",
    "Hàng xóm mang can xăng về cất trong nhà, rất nguy hiểm cháy nổ, đề nghị kiểm tra.",
    "Mưa to quááá, ngõ 7 ngập hết rồi ạ, đề nghị nạo vét cống",
    "den duong ngo 9 hong ca thang roi, bao mai ma ko ai lam, chan that su",
    # slander the writer suffered; "người lạ đi" folds to "là đĩ"
    "Bà hàng xóm vu cho tôi là phù thủy, đi khắp xóm nói xấu, đề nghị Mặt trận hòa giải.",
    "Tôi bị người ta đồn là gái gọi, rất khổ tâm, xin phường giúp.",
    "chieu nao cung co nguoi la di xe may vao ngo ban hang rong, de nghi tang cuong tuan tra",
    "nguoi di cho khong deo khau trang, de nghi nhac nho",
    "Xe bốn chỗ đỗ tràn ra đường, các cháu mệt do ngủ ít vì ồn ào.",
    "Cảm ơn chị ở một cửa đã làm xong giấy tờ cho mẹ tôi dù mẹ tôi đi lại khó khăn, dù má tôi yếu.",
    # blocking, crowding, warning the neighbours: ordinary words of the incitement and spreading cues
    "Xe tải chặn cổng trường, phụ huynh kéo nhau ra đường đứng chờ, rất nguy hiểm.",
    "Đây là tin nhắn lừa đảo, bọn lừa đảo lừa dân lấy tiền, đừng ai tin. Mọi người chia sẻ cho nhau cảnh giác.",
    "Cầu gỗ qua kênh mục nát, nguy hiểm, công trình làm màu làm xong 1 tháng đã hỏng.",
    # bare words that fold to insults and threats, in a text written with diacritics
    "Cầu thang khu tập thể C2 hỏng tay vịn, thang máy hỏng, bức xúc quá, ai cũng biết mà chẳng ai sửa.",
    "Nhà có bon suc vat thả rông ngoài đường, đề nghị nhắc chủ nuôi.",
    "Cái lu nước để ngoài sân vo dung, muỗi đẻ trứng đầy, đề nghị phun thuốc.",
    "quan ban do an hai san o ngo 5 xa nuoc thai ra cong",
    "nha ben canh vut do vo dung ra ngo, de nghi nhac nho",
    "Con chó nhà bên cắn cháu tôi, đề nghị nhắc nhà đó rọ mõm khi dắt chó ra đường.",
    "Tham gia dự án đào coin, tôi mất 50 triệu, đề nghị công an điều tra.",
    "Tôi xin bày tỏ sự bức xúc về việc chậm cấp sổ đỏ.",
    "Cột điện ngõ 12 nghiêng sắp đổ, không xử lý sớm thì sẽ có người chết đấy.",
    "cot dien ngo 12 nghieng sap do, khong xu ly som thi se co nguoi chet day",
    "Tôi thấy chính sách bồi thường chưa hợp lý, giá đền bù thấp. Đề nghị Mặt trận tổng hợp ý kiến gửi lên trên.",
    "toi thay chinh sach boi thuong chua hop ly, gia den bu thap. de nghi mat tran tong hop y kien",
])
def test_reported_words_and_genuine_complaints_are_not_abuse(text):
    assert not assess("", text).abuse, text


def test_a_request_for_mediation_quoting_the_neighbours_curses_is_not_flagged_by_the_rules_either():
    rules = flags_eval.ruleset()
    item = {"id": "x", "channel": "form", "subject": "",
            "text": "hang xom nha toi chui toi la do cho, con di, nguoi ta nghe het ca ngo. toi muon phuong hoa giai giup"}
    assert "abusive" not in flags_eval.flags_of(rules, item)
