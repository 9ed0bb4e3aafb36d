"""The spam and abuse flags as the pipeline sets them (rules + core/flags cues), measured on the tuning
halves of the labelled sets (bench/flags_eval.py prints both halves; the held-out halves are never
asserted on here, so no test failure ever invites tuning on them)."""

from __future__ import annotations

import sys

import pytest

from hopthu.core.flags import abuse_cues, assess

from ward import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import flags_eval

#: Floors on the tuning halves: the issue's targets (abuse recall 100 %, spam precision ≥ 95 %), raised to what
#: the flags reach today, so a regression shows (2026-12-02, after p-1200 … p-1299: spam precision and recall
#: 100 % on both tuning halves, abuse precision 98.0 % (145/148) on the privacy set, 100 % on the routing set;
#: after p-1300 … p-1399: the same, abuse precision 98.2 % (160/163) on the privacy set; after p-1470 … p-1549:
#: the same, abuse precision 98.4 % (181/184); after p-1550 … p-1629: the same, abuse precision 99.0 % (201/203);
#: after p-1630 … p-1709: the same, abuse precision 99.1 % (211/213); after p-1710 … p-1769: the same, abuse
#: precision 100 % (221/221) on both, the two older reported threats p-706, p-952 and the routing round's two
#: rule alarms p-846, p-848 cleared); after p-1850 … p-1909: the same, abuse precision 100 % (241/241), spam 105/105
#: (blind on the batch: spam 9/15, abuse 9/20 with one false alarm, a threat received and quoted); after r-1479 … r-1528
#: on the routing set: the same, spam 36/36, abuse 51/51 (blind on the batch: spam 6/10, abuse 14/20 with five false
#: alarms, threats and swearing quoted after "chửi", "hét", "ghi" or a call reported); after p-2560 … p-2599: the
#: same, spam 145/145, abuse 323/323 on the privacy set (blind on the batch: spam 7/8 with one false alarm, an
#: investment scam's victim; abuse 13/15 with one false alarm, a list of insults quoted after "nhắn … những câu như"); after p-2650 … p-2689: the
#: same, spam 147/147, abuse 347/347 on the privacy set (blind on the batch: abuse 20/22, a woman officer stalked and a
#: fire foretold for a neighbour's home missed, with two false alarms, a swear word an officer shouted quoted after
#: "quát" and "đỉnh vkl" praising a police officer); after p-2790 … p-2829: the same, spam 150/150, abuse 369/369 (blind
#: on the batch: spam 3/3, abuse 18/22 with no false alarm: a threat told as a warning, advice about a woman officer's
#: way home, a merger called a cover with a boycott, an officer's home given out).
FLOORS = {("spam", "precision"): 1.0, ("spam", "recall"): 1.0, ("abuse", "recall"): 1.0, ("abuse", "precision"): 1.0}


def test_the_flags_keep_their_floors_on_both_tuning_sets():
    results = flags_eval.evaluate(halves=("tuning",))
    for (name, _half), r in results.items():
        for (label, figure), floor in FLOORS.items():
            assert r[label][figure] >= floor, (name, label, figure, r[label]["errors"])


def test_a_harsh_but_genuine_complaint_is_neither_spam_nor_abuse():
    text = ("Bức xúc quá rồi! Đèn ngõ 9 hỏng 3 tháng, báo mãi chẳng ai làm. Cán bộ ngồi điều hòa không biết "
            "dân khổ à? Đề nghị sửa ngay.")
    assert assess("", text).flags == []


def test_a_dead_dog_in_a_ditch_is_no_swear_word_but_a_person_called_one_is():
    assert assess("", "Con chó chết trôi ở mương tổ 8 hai ngày chưa ai vớt, thối hết chịu").flags == []
    assert assess("", "xác chó chết nằm giữa đường ngõ 4").flags == []
    assert assess("", "Mày là thằng chó chết, cút khỏi tổ này").flags == ["abusive"]


def test_a_citizen_reporting_a_scam_message_is_not_spam():
    text = ("Tôi nhận được tin nhắn: 'Vui lòng truy cập http://vneid-xacthuc.example.top để xác thực, tài khoản sẽ "
            "bị khóa'. Đề nghị phường cảnh báo bà con.")
    assert not assess("", text).spam


def test_words_that_fold_to_insults_do_not_make_abuse():
    # "tháng" folds to "thang", "đưa" to "dua", "bữa" to "bua": the insult and sorcery cues keep diacritics.
    text = "Tháng này phường đưa xe rác đến muộn, hôm qua làm 1 2 bữa rồi thôi, em đề nghị thu gom đúng giờ."
    assert assess("", text).flags == []


def test_a_threat_reported_by_its_victim_is_not_abuse_but_a_threat_made_is():
    reported = ("Ông hàng xóm cứ say rượu là cầm dao dọa giết vợ con, còn dọa sẽ đốt nhà. "
                "Đề nghị công an phường can thiệp.")
    assert assess("", reported).flags == []
    assert assess("", "Phường không xử lý thì tao đốt nhà nó, nói trước rồi đấy.").abuse
    assert assess("", "tao se dot nha thang Binh o ngo 5 neu no con de cho sua suot dem").abuse  # no diacritics


def test_ordinary_words_that_fold_to_threats_or_insults_do_not_make_abuse():
    for text in ("Chống thấm dột nhà văn hóa TDP 5, mưa là ướt hết.",  # "dột nhà" folds like "đốt nhà"
                 "Các hộ tự xử lý rác bằng cách đốt, khói bay vào nhà.",  # "tự xử lý", not "tự xử"
                 "Đề nghị phường đánh số nhà cho dãy nhà mới trong ngõ 21.",  # "cho dãy" folds like "chờ đấy"
                 "Xin cho biết lý do cho việc chậm cấp sổ đỏ.",  # "do cho" folds like "đồ chó"
                 "Cây xanh trước nhà văn hóa bị chết khô, đề nghị trồng lại."):
        assert assess("", text).flags == [], text


def test_teencode_insults_and_english_spam_are_flagged():
    assert assess("", "dm may thang cong an phuong, dcm lu an hai").abuse
    assert assess("", "mấy thg cán bộ phường đúng là lũ óc lợn, đkm").abuse
    assert assess("Parcel", "Your parcel could not be delivered. Pay the redelivery fee at "
                            "https://post-track.example/pay within 24 hours.").spam
    assert not assess("", "The street light in lane 5 is broken, please fix it. Please reply.").flags


def test_threats_are_found_by_their_shape_with_and_without_diacritics():
    for text in ("Lần sau tao đập chết cả chủ lẫn chó.", "lan sau tao dap chet ca chu lan cho",
                 "Tao biết nhà mày ở đâu rồi, cứ bênh bọn nó đi rồi xem.", "tao biet nha may o dau roi",
                 "Ông là kẻ tham ô, rồi ông sẽ phải trả giá.", "ong la ke tham o, roi ong se phai tra gia",
                 "Ông làm thế thì ông ra đường nhớ cẩn thận.", "may ra duong nho can than day"):
        assert assess("", text).abuse, text


def test_warnings_and_ordinary_words_shaped_like_threats_are_not_abuse():
    for text in ("Ra đường nhớ cẩn thận xe cộ nhé các cháu, đoạn ngõ 5 đang đào.",  # a warning, said to no one
                 "Đề nghị phường tạo điều kiện cho bà con, tôi đánh giá cao cán bộ một cửa.",  # "tạo" folds to "tao"
                 "Quán bán nước đầu ngõ 20 lấn hết vỉa hè, thằng con chủ quán rú ga suốt.",  # a drinks stall
                 "ban nuoc o dau ngo 20 lan het via he"):
        assert assess("", text).flags == [], text


def test_masked_obscenities_count_as_insults():
    assert assess("", "đ.m cái phường này, làm ăn như c*c, tao nói mãi không ai nghe").abuse
    assert assess("", "d.m cai phuong nay, lam an nhu c*c").abuse
    assert not assess("", "Chung cư c.c Hoàng Gia, tầng 5 bị dột.").abuse


def test_an_insult_aimed_at_someone_is_abuse_by_its_shape():
    for text in ("Thằng tổ trưởng Hùng là đồ khốn nạn.", "thang to truong Hung la do khon nan, mat day",
                 "Cán bộ phường là lũ sâu bọ, cút hết đi.", "can bo phuong la lu sau bo",
                 "Mấy con mẹ bán hàng rong ngu như lợn", "may con me ban hang rong ngu nhu lon",
                 "Tôi sẽ cho nổ tung cái trụ sở phường.", "tao se dot cai quan karaoke do"):
        assert assess("", text).abuse, text
    for text in ("Đề nghị xử lý bọn trộm chó hoạt động ban đêm ở ngõ 5.", "de nghi xu ly bon trom cho o ngo 5",
                 "Lũ trẻ con trong ngõ chơi đến khuya, bọn thanh niên ngủ ngoài đường.",
                 "Tôi sẽ đốt rác ở sau nhà có được không?", "Xin cho biết lý do cho việc chậm cấp sổ đỏ."):
        assert assess("", text).flags == [], text


@pytest.mark.parametrize("subject,text", [
    ("", "Vay nóng online không cần gặp mặt, duyệt hồ sơ 5 phút. Tải app tại https://vayvui.example/app"),
    ("", "vay nong online khong can gap mat, duyet ho so 5 phut. tai app tai https://vayvui.example/app"),
    ("Thông báo hoàn thuế", "Quý khách có khoản hoàn thuế. Vui lòng đăng nhập https://hoanthue.example để xác "
                             "nhận thông tin tài khoản nhận tiền."),
    ("Thong bao hoan thue", "Quy khach co khoan hoan thue. Vui long dang nhap https://hoanthue.example de xac "
                            "nhan thong tin tai khoan nhan tien."),
    ("Quảng cáo", "HÚT BỂ PHỐT GIÁ RẺ, không đục phá, bảo hành 1 năm. Gọi 0988 667 120"),
    ("Quang cao", "HUT BE PHOT GIA RE, khong duc pha, bao hanh 1 nam. Goi 0988 667 120"),
    ("", "TUYỂN GẤP lao động đi Nhật, không cần tiếng, nộp phí hồ sơ 15 triệu. LH 0978 111 234"),
    ("", "tuyen gap xuat khau lao dong nhat ban, khong can tieng, nop phi ho so 15 trieu. lh 0978 111 234"),
    ("Cơ hội", "Tham gia dự án đào coin XYZ, lãi 2%/ngày, giới thiệu bạn bè nhận hoa hồng. https://xyz.example/r"),
    ("", "Nhận in ấn tờ rơi giá rẻ, giao hàng tận nơi. Zalo 0934 567 890"),  # flyers on offer, not complained of
    ("", "nhan in an to roi gia re, giao hang tan noi. zalo 0934 567 890"),
])
def test_loan_job_phishing_and_crypto_offers_are_spam(subject, text):
    cues = assess(subject, text)
    assert cues.spam and not cues.abuse, text  # "án đào" is not "ăn dao" (a threat)


@pytest.mark.parametrize("text", [
    "Gần đây tôi liên tục nhận tin nhắn mời vay tiền, lãi suất 0%, giải ngân trong ngày từ số 0588 999 111. "
    "Có cách nào chặn không?",
    "gan day toi lien tuc nhan tin nhan moi vay tien, lai suat 0%, giai ngan trong ngay tu so 0588 999 111. "
    "co cach nao chan khong?",
    "Tôi không đăng nhập được vào https://dichvucong.example để nộp hồ sơ, vui lòng đăng nhập lại cũng không được.",
    "Tờ rơi dán đầy cột điện ngõ 5, toàn quảng cáo giá rẻ, giao hàng tận nơi, zalo 0934 567 890. Đề nghị xử lý.",
])
def test_a_citizen_bothered_by_loan_offers_or_a_login_is_not_spam(text):
    assert not assess("", text).spam


def test_a_citizen_leaving_a_zalo_number_is_not_spam_but_a_recruiter_is():
    rules = flags_eval.ruleset()

    def flags(text: str) -> list[str]:
        return flags_eval.flags_of(rules, {"id": "t", "channel": "form", "subject": "", "text": text})

    assert flags("Có ai mất con chó phốc sóc màu vàng không, nó lạc vào nhà tôi ở ngõ 6. "
                 "Liên hệ Zalo 0936 221 009 gặp cô Thắm nhé.") == []
    assert flags("ai nhat duoc vi da mau nau roi o cho sang nay xin lien he zalo 0987.654.321") == []
    assert flags("Tuyển cộng tác viên bán hàng online tại nhà, thu nhập 500k/ngày. Nhắn Zalo 0389 123 456.") == ["spam"]


def test_a_phishing_message_that_opens_with_a_warning_is_spam_but_a_citizen_asking_about_one_is_not():
    assert assess("Canh bao", "Canh bao: tai khoan dinh danh VNeID cua ban se bi khoa. Vui long cap nhat ngay tai "
                  "https://vneid-capnhat.example").spam
    assert assess("", "CẢNH BÁO! Tài khoản của bạn sẽ bị khóa. Vui lòng cập nhật ngay tại https://x.example").spam
    assert not assess("", "Tôi xin cảnh báo: có tin nhắn 'vui lòng cập nhật ngay tại https://x.example'").spam
    rules = flags_eval.ruleset()
    asked = {"id": "t", "channel": "form", "subject": "",
             "text": "Phường cho hỏi tin nhắn 'tài khoản VNeID của bạn sẽ bị khóa, cập nhật tại https://vneid-x.example' "
                     "có phải của công an không ạ?"}
    assert flags_eval.flags_of(rules, asked) == []


def test_a_threat_the_writer_received_and_reports_is_not_flagged_by_the_rules_either():
    rules = flags_eval.ruleset()
    reported = {"id": "t", "channel": "form", "subject": "",
                "text": "Hàng xóm tên Dậu chửi bới suốt ngày, còn dọa 'tao đốt nhà mày'. Đề nghị công an phường hòa giải."}
    made = {"id": "t", "channel": "form", "subject": "", "text": "Nó mà còn đỗ xe chắn cửa thì tao đốt nhà nó."}
    assert flags_eval.flags_of(rules, reported) == []
    assert "abusive" in flags_eval.flags_of(rules, made)


def test_violence_suffered_and_incitement_reported_are_complaints_but_made_ones_are_abuse():
    # "bị … chặn đánh": the writer's husband suffered it; "mày sẽ bị tao chém": a threat in the passive
    assert assess("", "Anh Vỹ chồng em bị một nhóm thanh niên chặn đánh ở gầm cầu tối qua.").flags == []
    assert assess("", "anh Vy chong em bi mot nhom thanh nien chan danh o gam cau toi qua.").flags == []
    assert assess("", "Mày sẽ bị tao chém chết nếu còn báo phường.").abuse
    assert assess("", "Không rút đơn thì bị đánh chết đấy.").abuse
    reported = ("Trong nhóm Zalo có tài khoản tên Hoàng Long kêu gọi mọi người kéo lên vây trụ sở phường, đập phá. "
                "Tôi thấy nguy hiểm nên báo.")
    assert assess("", reported).flags == []
    assert assess("", "Bà con tối thứ bảy kéo lên vây trụ sở phường, đập phá hết cho chúng nó biết.").abuse


def test_veiled_threats_passed_on_distortion_of_the_mailbox_and_bodies_insulted_are_abuse():
    assert assess("", "Nhắn giùm thằng tổ trưởng là dạo này đi đêm về nên cẩn thận, xe cộ hay mất phanh lắm.").abuse
    assert assess("", "Cái hộp thư góp ý này chỉ là trò bịp, ai góp ý là bị đưa vào sổ đen. Đừng ai tin bọn họ.").abuse
    assert assess("", "cán bộ phường toàn lũ ăn cướp đội lốt người").abuse
    assert assess("", "bon canh sat toan an hoi lo, dan ngu moi tin").abuse
    # a warning about a road is no threat
    assert assess("", "Đoạn đường này đi đêm nên cẩn thận, ổ gà rất sâu, hôm qua có người ngã.").flags == []


@pytest.mark.parametrize("text", [
    "Tôi mà gặp thằng cán bộ địa chính ngoài đường thì nó không còn răng mà ăn cơm.",
    "Cứ làm khó dân đi, rồi có ngày cả nhà ông ra đường không ai nhận ra.",
    "Phường mà không giải quyết thì tôi sẽ tưới xăng trước cổng ủy ban.",
    "Bà Thu tổ trưởng là con mẹ tham lam, ăn chặn tiền hỗ trợ, đi khắp nơi ngủ với đàn ông.",
    "Anh em ơi, tối nay tập trung trước UBND phường, mang theo gậy gộc.",
    "Bọn chính quyền cộng sản chỉ giỏi bịp dân, đừng tin lời chúng nó.",
    "Cái thứ tổ trưởng như ông thì vứt cho chó ăn.",
    "Mụ Lan bán bánh mì bỏ thuốc độc vào bánh, ai ăn cũng đau bụng, cả phố biết rồi.",
    "Chúc cả nhà ông tổ trưởng đi đường gặp nạn.",
    "Ai bênh thằng chủ quán thì coi như xác định.",
    "Tháng sau mà không xong thì cả họ nhà ông chủ tịch đừng hòng sống yên.",
    "ong to pho la thang dau gau, nha no toan buon lau",
])
def test_indirect_threats_death_wishes_contempt_and_one_rumoured_accusation_are_abuse(text):
    assert assess("", text).abuse, text


@pytest.mark.parametrize("text", [
    "Chồng tôi đi làm về, tôi sẽ đổ xăng cho xe rồi đi.",  # refuelling
    "Có kẻ tưới xăng đốt xe nhà tôi đêm qua, đề nghị công an điều tra.",  # a crime reported
    "Rồi có ngày ông bà mình cũng già, phường nên làm thêm ghế đá.",
    "Ông lão bị lừa đảo mất 50 triệu, ai cũng biết, đề nghị công an vào cuộc.",
    "Đây là tin nhắn lừa đảo, bọn lừa đảo lừa dân lấy tiền, đừng ai tin.",
])
def test_the_same_words_in_ordinary_complaints_are_not_abuse(text):
    assert assess("", text).flags == [], text


def test_a_link_sent_as_evidence_is_no_link_only_spam_but_a_bare_link_is():
    assert not assess("", "Ảnh hiện trường: https://photos.example/x1").spam
    assert not assess("", "vi tri cong vo: https://maps.example/abc").spam
    assert assess("", "https://bit.example/xX9aQ2").spam
    assert assess("", "Khóa học tiếng Anh giảm giá 50% cho cư dân, đăng ký tại https://eng.example/dk").spam


@pytest.mark.parametrize("text", [
    "Dân xứ đó bản chất đã gian, phường đừng cho thuê trọ nữa.",  # a people run down by its origin
    "mấy hộ đó mọi rợ lắm, không biết gì.",
    "Vợ ông đi chợ một mình qua đoạn đường vắng lắm. Ông nên xem lại cách trả lời đơn.",  # a family left exposed
    "Mong là nhà anh không bao giờ bị cháy, nhất là ban đêm.",
    "Chúc ông ăn bao nhiêu tiền của dân, rồi sớm về với tổ tiên.",
    "Phải chăng tiền đều chui vào túi ông ta? Bà con hãy lan truyền câu hỏi này.",
])
def test_slurs_on_a_people_veiled_family_threats_and_spread_insinuations_are_abuse(text):
    assert assess("", text).abuse, text


@pytest.mark.parametrize("text", [
    "Chủ trọ người Thanh Hóa thu tiền điện 4.000đ/số, đề nghị phường kiểm tra.",
    "Mẹ tôi đã về với tổ tiên, xin hỏi thủ tục khai tử.",
    "Mẹ ông Tư sống một mình, đề nghị phường hỗ trợ.",
    "Tài khoản dichvucong của tôi bị khóa, xin hỏi mở lại ở đâu?",
])
def test_origins_deaths_a_lonely_parent_and_a_locked_account_in_complaints_are_not_flagged(text):
    assert assess("", text).flags == [], text


def test_a_phishing_message_with_a_sender_tag_or_a_bare_host_is_spam():
    assert assess("[Cổng Dịch vụ công] Cảnh báo", "Vui lòng xác minh tài khoản tại http://x.example/login để tránh bị khóa.").spam
    assert assess("", "Ngân hàng thông báo: tài khoản tạm khóa, xác minh tài khoản tại nh-xacminh.example ngay.").spam


@pytest.mark.parametrize("text", [
    "Mọi người có biết vì sao bà ấy xây được biệt thự không? Lương công chức được bao nhiêu? Hỏi thế thôi, ai hiểu thì tự hiểu.",
    "Gửi thằng cán bộ địa chính: mày có con gái học trường THCS Chu Văn An. Tan học nó đi bộ về một mình. Tao chỉ nhắc thế thôi.",
    "Chúc các vị lãnh đạo ăn nhiều tiền dân cho nghẹn, đi đường cẩn thận kẻo xe tông không ai nhặt xác.",
    "Ông Lực chuyên đi đêm với bọn buôn người. Tôi không có bằng chứng nhưng ai cũng biết. Share thật mạnh nhé.",
])
def test_insinuation_a_child_exposed_a_passing_death_wish_and_a_spread_rumour_are_abuse(text):
    assert assess("", text).abuse, text


@pytest.mark.parametrize("text", [
    "Nhà tôi hết đường sống vì quán karaoke xây lấn ngõ, đề nghị phường xử lý.",
    "Xin hỏi lương công chức được bao nhiêu một tháng ạ? Em định thi công chức.",
    "Tôi không có bằng chứng nhưng nghi quán đó bán ma túy, mọi người chia sẻ cho nhau cảnh giác.",
])
def test_a_plight_a_salary_question_and_a_rumour_passed_on_as_a_warning_are_not_flagged(text):
    assert assess("", text).flags == [], text


def test_an_investment_scam_asking_for_a_deposit_is_spam():
    assert assess("", "Cơ hội đầu tư vàng lợi nhuận 5%/ngày. Nạp tối thiểu 2 triệu vào STK 8801 2233 4455, "
                      "nhận lãi hàng ngày.").spam


def test_a_question_about_pay_or_a_rumour_passed_on_with_a_check_asked_is_a_complaint():
    # Insinuating questions and rumoured accusations with a request to check them: not abuse (privacy round 4).
    for text in ("Lương công chức được bao nhiêu mà nhà cán bộ địa chính xây 5 tầng? Tôi chỉ đề nghị thanh tra kiểm "
                 "tra xem có ăn chặn tiền đền bù không.",
                 "Nghe đồn tổ trưởng TDP 4 ăn chặn tiền hỗ trợ lũ, đề nghị phường xác minh và công khai danh sách "
                 "nhận tiền.",
                 "Hỏi thế thôi: phí gửi xe ở chợ thu vào túi ai? Đề nghị công khai."):
        assert assess("", text).flags == [], text


def test_insinuation_left_to_the_reader_or_spread_is_still_abuse():
    for text in ("Ai ở TDP 18 cũng biết vợ ông Chủ tịch phường đi Lexus. Lương cán bộ thì ai hiểu thì tự hiểu.",
                 "Xin hỏi phường: có phải bà bán bánh cuốn đầu ngõ từng đi tù vì tội đầu độc chồng không? Mọi "
                 "người chia sẻ để ai cũng biết mà tránh."):
        assert assess("", text).abuse, text


def test_a_child_bullied_and_filmed_is_a_report_but_the_writers_own_threat_is_not():
    assert not assess("", "Con gái tôi bị nhóm bạn trong lớp bắt nạt, quay clip tung lên mạng. Đề nghị nhà "
                          "trường can thiệp.").abuse
    assert assess("", "Mày bị điên à, tao chém chết mày.").abuse
    assert assess("", "Thằng tổ trưởng bị cả phố chửi, lần này tung lên mạng cho nó chừa.").abuse


@pytest.mark.parametrize("text", [
    # defamation dressed as news, with or without diacritics
    "TIN NÓNG: theo nguồn tin riêng, Chủ tịch phường Lê Văn Tâm vừa bị bắt vì đánh bạc ở sòng bài Hạ Long.",
    "ban tin: can bo tu phap phuong om tien cua dan, nguon tin dang tin cay, ky sau se phanh phui het.",
    # a gathering to block the office; a death wished in a euphemism; a child's pick-up exposed
    "Sáng mai họp nhau trước cổng UBND, chặn hết lối vào, livestream cho cả nước xem.",
    "chuc cac vi lanh dao som duoc ve nghi huu duoi ba tac dat cho dan nho.",
    "Chị cán bộ một cửa ơi, con gái chị học mầm non Hoa Sen đúng không, chiều nào cũng ông ngoại đón. Nhớ để ý nhé.",
    "bo me ong o que gia roi, di cho mot minh. ong nghi ky truoc khi lap bien ban.",
    # slurs and sarcasm without swear words; an invented crime with a call to post it up
    "Đừng cho bọn pê đê đứng quầy một cửa, nhìn bệnh hoạn.",
    "Chúc mừng phường đạt danh hiệu nuôi báo cô, não các vị chỉ để trang trí.",
    "Bà bán tạp hóa ngõ 9 là mẹ mìn, phụ huynh cẩn thận.",
    "Hòm thư góp ý chỉ để diễn kịch, đọc xong xóa, ai gửi là tự làm trò hề.",
    "Tổ trưởng ôm quỹ khuyến học bỏ trốn rồi, bà con in ra dán khắp ngõ, gặp hắn thì đánh cho nhớ đời.",
])
def test_news_style_defamation_blockades_euphemisms_exposed_children_and_slurs_are_abuse(text):
    assert assess("", text).abuse, text


@pytest.mark.parametrize("text", [
    "Theo nguồn tin của bà con, có người bị bắt vì đánh bạc ở quán nước đầu ngõ 8, đề nghị công an kiểm tra thêm.",
    "Chủ nhà trọ ôm tiền cọc của 6 sinh viên bỏ trốn, đề nghị công an phường điều tra.",
    "Xe tải chặn hết lối vào ngõ 5 phố Lưu Kiếm cả buổi sáng, đề nghị phường xử lý.",
    "Mẹ tôi bị kẻ gian nhắn tin: con gái bà học lớp 3 đúng không, bà nên cẩn thận. Đề nghị công an vào cuộc.",
    "Từ hôm tôi báo phường, có số lạ nhắn cho tôi: \"nhà mày ở đâu tao biết cả\". Đề nghị công an can thiệp.",
    "Nhà văn hóa cho thuê làm đám cưới, đặt cọc 2 triệu, giá rẻ, có đúng quy định không?",
    "Phường cứ diễn kịch mãi, tôi gửi 3 lần về hố ga ngõ 5 mà không ai trả lời, đúng là trò hề. Đề nghị sửa ngay.",
])
def test_rumours_checked_runaway_landlords_blocked_lanes_and_threats_received_are_not_flagged(text):
    assert assess("", text).flags == [], text


@pytest.mark.parametrize("text", [
    "Gửi tin nhắn này cho 20 người trong danh bạ, bạn sẽ được tặng 100GB data miễn phí.",
    "chuyen tiep tin nay cho 10 nguoi trong 24h thi gia dinh ban se gap may man ca nam.",
    "Website chuẩn SEO, lên top Google sau 30 ngày tại webchuan.example, đang khuyến mãi.",
    "Tuyển người đóng gói tại nhà, nhận nguyên liệu về làm, cọc nguyên liệu 1 triệu. Liên hệ chị Quyên 0392 771 058.",
    "ban can tien gap? khoan vay 70 trieu giai ngan trong ngay, gui anh 2 mat CCCD, nhan Zalo 0568 249 301.",
    "UBND phuong thong bao: xe cua ong/ba bi phat nguoi, nop phat online tai phatnguoi-phuong.example.",
])
def test_chain_messages_seo_with_a_bare_host_job_and_loan_scams_and_fake_fines_are_spam(text):
    assert assess("", text).spam, text


def test_a_forwarded_chain_message_or_fine_is_a_warning_not_spam():
    for text in ("Tôi nhận được tin nhắn \"gửi tin nhắn này cho 20 người sẽ được tặng data\", đề nghị phường cảnh báo.",
                 "Tôi bị phạt nguội, xin hỏi nộp phạt online ở trang nào?"):
        assert assess("", text).flags == [], text


def test_an_officer_coming_to_a_home_to_return_a_wallet_is_thanks_and_coming_to_settle_a_score_is_a_threat():
    thanks = "Anh công an phường nhặt được ví của tôi, đã tìm đến tận nhà trả lại. Xin cảm ơn anh."
    assert assess("Cảm ơn", thanks).flags == []
    assert assess("Cam on", "Anh cong an nhat duoc vi, da tim den tan nha tra lai. Xin cam on.").flags == []
    assert assess("", "Mày cứ bênh nó đi, tao sẽ tìm đến tận nhà mày.").abuse
    assert assess("", "May cu benh no di, tao se tim den tan nha may.").abuse


def test_a_child_crying_while_a_drunk_smashes_things_at_home_is_an_emergency_not_incitement():
    text = ("Nhà bên cạnh ông chồng say rượu đang đập phá đồ đạc, vừa nghe tiếng đứa bé hét lên. "
            "Xin công an đến ngay.")
    assert not assess("", text).abuse
    assert not assess("", "Nha ben canh ong chong say ruou dang dap pha do dac, nghe tieng dua be het len.").abuse
    assert assess("", "Thằng chủ tịch phường bù nhìn, dân phải đứng lên thôi.").abuse


# -- round r-1479 … r-1528: insults in polite form, a routine known, homes published; quoted shouting; chain messages

@pytest.mark.parametrize("text", [
    "Kính chúc các vị lãnh đạo tiếp tục ăn no ngủ kỹ bằng tiền thuế, béo tốt như lợn chờ ngày xuất chuồng.",
    "kinh chuc cac vi tiep tuc an no ngu ky bang tien thue, beo tot cho ngay xuat chuong.",
    "Em xin phép được gọi anh là con chó giữ cửa của phường, ngày nào cũng ngồi đó.",
    "em xin phep duoc goi anh la con cho giu cua, ngay nao cung ngoi do.",
    "Chị ngủ với mấy ông thì được lên phó phòng nhanh thế ạ?",
    "chi ngu voi may ong thi duoc len pho phong nhanh the a?",
    "Ông trưởng công an có con riêng với cô bán bia đầu chợ, loại đạo đức giả ấy mà dạy dân.",
])
def test_insults_in_polite_form_an_animal_name_and_a_bed_for_a_post_are_abuse(text):
    assert assess("", text).abuse, text


@pytest.mark.parametrize("text", [
    "Tôi biết tối nào bà cũng đi bộ về một mình qua con hẻm vắng lắm. Tôi khuyên bà nên nghĩ lại.",
    "toi biet toi nao ba cung di bo ve mot minh qua con hem vang lam. toi khuyen ba nen nghi lai.",
    "Tôi có đủ địa chỉ nhà và số điện thoại của tất cả cán bộ một cửa, sẽ đăng hết lên mạng.",
    "toi co du dia chi nha va so dien thoai cua tat ca can bo mot cua, se dang het len mang.",
    "Tôi sẽ mời anh em đến \"thăm hỏi\" tận nhà từng người.",
])
def test_a_routine_known_with_advice_and_officials_homes_to_be_published_are_threats(text):
    assert assess("", text).abuse, text


@pytest.mark.parametrize("text", [
    "Quán karaoke số 45 hát đến 2 giờ sáng, khách say hét \"đ.m\" ầm ĩ. Đề nghị xử lý.",
    "Tụi nhỏ hát mấy bài rap la \"chém chết mẹ mày\" om sòm tới khuya, mong công an nhắc.",
    "Sáng nay có tờ giấy nhét dưới cửa ghi \"trả tiền không thì đốt nhà\". Đề nghị công an điều tra.",
    "Có một tài khoản lạ rủ mọi người kéo lên phường \"bao vây\". Tôi báo để phường nắm.",
    "Hàng xóm gọi tôi là con chó trước mặt cả ngõ, đề nghị hòa giải.",
    "Tôi biết anh bảo vệ đi về một mình qua đoạn vắng lắm, đề nghị phường lắp đèn.",
    "Kẻ lừa đảo có số điện thoại của tôi và đăng lên mạng, đề nghị công an xử lý.",
])
def test_shouting_and_songs_quoted_a_note_received_a_call_reported_and_an_insult_suffered_are_not_abuse(text):
    assert not assess("", text).abuse, text


def test_a_shouting_verb_quotes_only_in_a_text_written_with_diacritics():
    # bare, "het" is "hết" and "la" is "là": the writer's own words in quotes stay theirs
    assert assess("", 'bon can bo phuong het cach roi, la "lu suc vat an hai"').abuse


@pytest.mark.parametrize("text", [
    "Đây là lá thư may mắn. Hãy chuyển tiếp cho 10 người trong 24 giờ, đừng xóa!",
    "KHẨN: ai chưa tích hợp thẻ BHYT sẽ bị phạt. Hãy gửi tin này cho tất cả người thân, càng nhanh càng tốt!",
    "dich vu lam ho chieu, can cuoc lay ngay khong can xep hang, bao gia tot. ib zalo 0968 213 557",
    "EVN: quý khách nợ tiền điện, vui lòng thanh toán ngay qua đường dẫn https://evn-tt.example.vip để tránh bị cắt.",
    "Karaoke Hoàng Gia khai trương, giảm 30% giờ hát, tặng bia. Đặt phòng 0937 661 204.",
])
def test_chain_messages_without_a_number_paper_brokers_bill_phishing_and_openings_are_spam(text):
    assert assess("", text).spam, text


@pytest.mark.parametrize("text", [
    "Mẹ tôi nhận được tin nhắn \"vui lòng thanh toán ngay qua đường dẫn https://evn-tt.example.vip\", có phải lừa đảo?",
    "Đề nghị phường gửi tin này cho tất cả các tổ để bà con cảnh giác.",
    "Cho tôi hỏi làm căn cước có lấy ngay được không? Số tôi 0912 345 678.",
    "Quán karaoke mới khai trương ở ngõ 30 hát đến 1 giờ sáng, đề nghị công an nhắc nhở.",
])
def test_asking_about_a_bill_message_a_warning_to_pass_on_and_a_new_karaoke_are_not_spam(text):
    assert not assess("", text).spam, text


def test_the_rules_route_the_rounds_abuse_and_spam_and_a_phishing_report():
    from hopthu.core.model import Channel, Submission

    rules = flags_eval.ruleset()

    def decide(text: str):
        sub = Submission(source_id="t", channel=Channel("form"), received_at=flags_eval.datetime(2026, 11, 20),
                         subject="", text=text, picked_category="")
        return rules.classify(sub)

    d = decide("Hẹn bà con 7 giờ sáng thứ bảy tập trung trước trụ sở phường, mang theo gậy gộc để tự vệ.")
    assert (d.category, d.agency, "abusive" in d.flags) == ("an_ninh", "cong_an", True)
    d = decide("Đây là lá thư may mắn, hãy chuyển tiếp cho 10 người, đừng xóa.")
    assert (d.category, "spam" in d.flags) == ("khac", True)
    d = decide("Mẹ tôi nhận được tin nhắn giả danh VNeID bảo bấm vào link, tôi đã cản. Đề nghị cảnh báo bà con.")
    assert (d.category, d.agency, d.flags) == ("an_ninh", "cong_an", [])


@pytest.mark.parametrize("text", [
    "Má tui 80 tuổi ở một mình trong hẻm 19. Phường có ai ghé coi chừng má tui giùm được không?",
    "ma tui 80 tuoi o mot minh trong hem 19. phuong co ai ghe coi chung ma tui gium duoc khong?",
    "Coi chừng nhà tui dùm mấy bữa tui về quê nghen.",
])
def test_coi_chung_as_the_south_says_looking_after_is_no_threat(text):
    assert not abuse_cues("", text)


@pytest.mark.parametrize("text", [
    "Mày coi chừng đấy, tao biết nhà mày rồi.",
    "Ông chủ tịch coi chừng con ông đó.",
    "ong chu tich coi chung con ong do.",
])
def test_coi_chung_said_to_the_person_threatened_stays_a_threat(text):
    assert abuse_cues("", text)
