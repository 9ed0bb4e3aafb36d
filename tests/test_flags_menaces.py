"""Abuse and spam cues for the wordings of batch r-1729 … r-1788: menaces without a threat word (advice, a
home said to burn, a child's school given out, stones and fire called for), a sum of money taken spread on
social media, a faith run down, fake prizes and offers answered by mail; and the near misses that stay
genuine, each with and without diacritics."""

from __future__ import annotations

import pytest

from hopthu.core.flags import assess


def _abuse(text: str, subject: str = "") -> bool:
    return assess(subject, text).abuse


def _spam(text: str, subject: str = "") -> bool:
    return assess(subject, text).spam


@pytest.mark.parametrize("text", [
    # advice that is a threat
    "Lời khuyên cho ông tổ trưởng: nhà ông lợp mái tôn, mùa khô dễ bắt lửa lắm, ông đừng ký biên bản nữa.",
    "Loi khuyen cho ong to truong: nha ong lop mai ton, mua kho de bat lua lam, ong dung ky bien ban nua.",
    "Tôi khuyên anh nên thôi lập biên bản, người làm việc ác hay gặp tai nạn lắm.",
    "Toi khuyen anh nen thoi lap bien ban, nguoi lam viec ac hay gap tai nan lam.",
    # the family named to make the addressee think twice
    "Tôi có một lời khuyên: anh còn vợ còn con, nên nghĩ lại việc niêm phong cửa hàng của tôi.",
    # a car or a home put in doubt
    "Tôi không dám chắc cái xe của ông để ngoài ngõ đêm nay còn nguyên vẹn đâu.",
    "Toi khong dam chac cai xe cua ong de ngoai ngo dem nay con nguyen ven dau.",
    # a child's school given out with a menace
    "Con gái ông ta học lớp 7B trường Ngọc Thụy, anh em nhớ mặt mà hỏi thăm nó.",
    "Con gai ong ta hoc lop 7B truong Ngoc Thuy, anh em nho mat ma hoi tham no.",
    # stones and fire called for
    "Cả xóm tối nay ném đá vào nhà nó cho nó cút đi.",
    "ca xom toi nay nem da vao nha no cho no cut di",
    "đập phăng cái trụ sở phường đi cho xong",
    "dot quach cai uy ban di",
    # a sum of money taken, spread on social media
    "Phó chủ tịch nhận 300 triệu của chủ quán, mọi người share lên TikTok cho cả nước biết.",
    "pho chu tich nhan 300tr cua chu quan, moi nguoi gui len cac group facebook di",
    # a faith or a people run down without a swear word
    "Bọn bỏ ông bỏ bà ấy phải tống cổ ra khỏi tổ.",
    "Bon bo ong bo ba ay phai tong co ra khoi to.",
    # a crowd sent to an official's home
    "Bà con cùng kéo đến tận nhà riêng ông chủ tịch, không ra thì ngồi lì ở đó cho cả phố biết mặt.",
    # a post traded for a bed, a woman called loose, a man thrown away
    "Bà trưởng ban là loại đàn bà lăng loàn, ngủ với nửa tổ nên mới được bầu.",
    "Loại cán bộ ấy chỉ đáng vứt vào sọt rác, cả họ là phường trộm cướp.",
])
def test_menaces_slurs_and_spread_sums_are_abuse_with_and_without_diacritics(text):
    assert _abuse(text)


@pytest.mark.parametrize("text", [
    # advice to the ward about a dark lane or a fire risk
    "Lời khuyên cho phường: ngõ 5 tối lắm, nên lắp thêm đèn.",
    "Tôi khuyên phường nên kiểm tra đường dây điện, mùa khô dễ bắt lửa lắm.",
    "Toi khuyen phuong nen kiem tra duong day dien, mua kho de bat lua lam.",
    # a threat received and reported
    "Kẻ gian nhắn tin: con gái bà học lớp 3 trường Đông Tác, bà nên cẩn thận. Đề nghị công an xác minh.",
    "Tôi bị người lạ nhắn tin đe dọa: tôi không dám chắc xe của anh còn nguyên vẹn. Đề nghị công an giúp.",
    # a stone thrown at the writer's house, reported
    "Tối qua có người ném đá vào nhà tôi vỡ kính, đề nghị công an phường điều tra.",
    # a defamatory page reported, a rumour asked to be checked
    "Trang Facebook Tin nóng đăng bài bịa đặt chủ tịch nhận hối lộ 500 triệu, kêu gọi mọi người chia sẻ. "
    "Đề nghị công an xử lý.",
    "Trên nhóm Facebook có bài nói phó chủ tịch nhận tiền, tôi không biết thật hư, đề nghị Mặt trận xác minh.",
    # a religious group's noise, an ethnic slur received and quoted
    "Điểm nhóm sinh hoạt tôn giáo ở số 30 hát qua loa to đến 10 giờ đêm, đề nghị nhắc giảm âm lượng.",
    "Cán bộ một cửa nói với vợ tôi \"dân tộc thì biết gì mà hỏi\". Đề nghị Mặt trận nhắc nhở.",
    # a child's school in a genuine letter
    "Con tôi học lớp 5A trường Gia Thụy, tan học lúc 4 rưỡi, cổng trường ùn tắc, đề nghị bố trí người phân luồng.",
])
def test_the_same_words_in_genuine_letters_are_not_abuse(text):
    assert not _abuse(text)


@pytest.mark.parametrize("subject,text", [
    ("", "Chúc mừng thuê bao của quý khách đã trúng thưởng xe máy. Để nhận giải vui lòng nộp phí trước bạ "
         "1.500.000đ vào STK 0123 456 789."),
    ("", "Chuc mung thue bao cua quy khach da trung thuong xe may. De nhan giai vui long nop phi truoc ba "
         "1.500.000d vao STK 0123 456 789."),
    ("Báo giá SEO", "Bên em cung cấp dịch vụ SEO tổng thể, lên top Google trong 3 tháng, báo giá trọn gói. "
                    "Anh/chị cần tư vấn xin phản hồi email này."),
])
def test_fake_prizes_and_offers_answered_by_mail_are_spam(subject, text):
    assert _spam(text, subject)


@pytest.mark.parametrize("text", [
    "Mẹ tôi nhận tin nhắn trúng thưởng, đòi nộp phí trước bạ vào STK 0123 456 789, bà đã chuyển. Đề nghị công an giúp.",
    "Cho hỏi số điện thoại bộ phận một cửa phường, tôi gọi 024 3827 1150 không ai nghe.",
    "Đổ trộm rác ở ngõ 91, ảnh tại https://photos.example.com/album/ngo91, cần thì gọi tôi 0913 620 448.",
])
def test_genuine_letters_with_prize_words_a_phone_or_a_link_are_not_spam(text):
    assert not _spam(text)


@pytest.mark.parametrize("text", [
    "Cầu cho cả dòng họ nhà thằng tổ trưởng chết không toàn thây.",
    "cau cho ca dong ho nha thang to truong chet khong toan thay",
    "Nếu phường không giải quyết thì cả xóm sẽ khiêng quan tài ra nằm chắn đường.",
    "neu phuong khong giai quyet thi ca xom se khieng quan tai ra nam chan duong",
    "Ông tổ phó Lã Văn Bình có đứa con gái tan học đạp xe về một mình. Ông nên bớt xía vào chuyện nhà người khác.",
    "ong to pho La Van Binh co dua con gai tan hoc dap xe ve mot minh. ong nen bot xia vao chuyen nha nguoi khac",
    "Chủ tịch phường là con 🐷, cả ủy ban toàn lũ 🐶 ăn hại.",
])
def test_family_curses_coffin_blockades_a_daughter_and_emoji_words_are_abuse(text):
    assert assess("", text).abuse


@pytest.mark.parametrize("text", [
    "Trong nhóm Zalo có vài người rủ nhau mang quan tài ra chắn đường, tôi báo để công an can ngăn.",
    "trong nhom zalo co vai nguoi ru nhau mang quan tai ra chan duong, toi bao de cong an can ngan",
    "Con chó nhà bên số 15 thả rông, 🐶 sủa cả đêm, nhờ phường nhắc chủ nhà.",
])
def test_a_blockade_others_plan_and_a_neighbours_dog_emoji_are_not_abuse(text):
    assert not assess("", text).abuse


def test_a_petition_that_asks_for_an_otp_through_a_link_is_spam():
    cues = assess("Lời kêu gọi", "Hãy ký tên ủng hộ tại https://kyten.example.top, nhập số CCCD, "
                  "số tài khoản ngân hàng và mã OTP vừa nhận được.")
    assert cues.spam


@pytest.mark.parametrize("text", [
    # hearsay and a cover story "seen through", with grave accusations
    "Ông Lý ở ngõ 5 nghe nói từng đi tù vì buôn ma túy, giờ lại làm tín dụng đen.",
    "ong Ly o ngo 5 nghe noi tung di tu vi buon ma tuy, gio lai lam tin dung den.",
    "Ổng nói đi công tác chớ thiệt ra là đi đánh bạc, lấy tiền ngân sách lấp vô, sắp bị còng tay rồi.",
    # told to hide, maiming and arson by the writer
    "thang nao lay trom xe cua tao thi liu ma tron cho ky",
    "Thằng nào phá cửa nhà tôi mà tôi bắt được là tôi chặt tay nó.",
    "Phường còn làm khó thì tao cho cái nhà văn hóa thành tro bụi.",
    "phuong con lam kho thi tao cho cai nha van hoa thanh tro bui",
    # people set to watch, an official's schedule noted, a reckoning by proverb
    "tao đã cho anh em canh nhà mày rồi đấy",
    "Tôi biết hết giờ đi học về của con ông rồi, ông cứ chờ.",
    "toi da ghi lai gio di lam ve cua chi roi, chi cu gach ten nha toi di, roi chi se thay.",
    "Nhắn ông cán bộ địa chính: sông còn có khúc, người còn có lúc.",
    "sớm muộn gì mày cũng phải trả giá",
    # a death wish by euphemism, a sit-in called, an accusation to be shared
    "Chúc ông chủ tịch phường sớm lên bàn thờ cho dân nhờ.",
    "mong ong troi co mat cho thang can bo do som nam hom",
    "Bà con ngõ 7 sáng mai kéo hết lên phường, đứa nào không đi coi như phản bội anh em.",
    "ba con ngo 7 sang mai keo nhau len tru so, ngoi li trong hoi truong, khong di coi nhu phan bo anh em",
    "Cán bộ địa chính nhận phong bì 50 triệu, bà con nhớ share cho mọi người biết.",
    # digits for letters, 5 for s
    "th4ng ch0 tich l4 d0 5uc 5inh",
])
def test_hearsay_maiming_schedules_proverbs_euphemisms_and_sit_ins_are_abuse(text):
    assert _abuse(text)


@pytest.mark.parametrize("text", [
    "Nghe nói phường sắp làm lại đường ngõ 5, xin hỏi bao giờ thi công?",
    "Nghe nói có kẻ trộm xe máy ở ngõ 9 mấy đêm nay, đề nghị công an tăng tuần tra.",
    "Tôi đã ghi lại biển số xe của chiếc xe tải đổ trộm phế thải ở bãi đất trống, gửi phường kiểm tra.",
    "Chủ quán nói là đóng cửa lúc 10h chứ thật ra hát đến 1h sáng, đề nghị phường kiểm tra.",
    "Bà con chúng tôi đã kéo lên phường hỏi 3 lần rồi mà vẫn chưa có câu trả lời về tiền đền bù.",
    "ba con chung toi da keo len phuong hoi 3 lan roi ma chua co cau tra loi",
    "Tôi bị bọn tín dụng đen đe dọa, chúng nói nếu không trả thì liệu mà dọn nhà đi. Đề nghị công an giúp.",
    "Xin mời bà con chia sẻ để mọi người cùng biết lịch tiêm phòng dại ở nhà văn hóa TDP 3.",
    "Mẹ tôi mất rồi, giờ bà đã lên bàn thờ, tôi xin hỏi thủ tục khai tử.",
    "Nếu tuần này quán bia còn hát đến 1h sáng thì tôi sẽ gửi đơn lên quận và báo chí.",
])
def test_hearsay_asked_about_a_gathering_that_went_and_threats_received_are_not_abuse(text):
    assert not _abuse(text)


@pytest.mark.parametrize("text", [
    # defamation packaged as a suggestion, with a call to remove the person
    "Góp ý: phường nên cho ông tổ trưởng nghỉ đi, ai cũng biết ông ta ăn chặn tiền hộ nghèo. Đề nghị làm rõ.",
    "gop y: phuong nen cho ong to truong nghi di, ai cung biet ong ta an chan tien ho ngheo. de nghi lam ro.",
    # a rumoured affair put before the crowd
    "Cả phường đều đồn bà hiệu trưởng có quan hệ bất chính với cấp trên, đề nghị công khai để dân phán xét.",
    # friends sent to the person addressed
    "Ông còn lập biên bản quán tôi thì tụi nó ghé nhà ông chơi một bữa.",
    "ong con lap bien ban quan toi thi tui no ghe nha ong choi mot bua.",
    # the family of the person written about, left alone, with a warning
    "noi voi thang can bo la vo no sang nao cung ngoi ban hang mot minh, lieu ma ky giay cho tao.",
    # a road blocked with an ultimatum
    "Sáng mai cả khu ra nằm chắn ngang đường Tam Trinh, khi nào phường ra đối thoại mới giải tán.",
    "sang mai ca khu ra nam chan ngang duong Tam Trinh, khi nao phuong ra doi thoai moi giai tan.",
    # a call to harass a person whose home and phone are given out
    "Nhà nó số 26 ngõ 91, sđt 0947 315 862, ae gọi điện hỏi thăm nó ngày đêm, đặt đồ ship cod về nhà nó cho vui.",
    "nha no so 26 ngo 91, ae goi dien hoi tham no ngay dem cho vui",
    # sexual harassment of an officer
    "Em cán bộ quầy số 2 mông to ngực đẹp, cho anh xin Zalo đi nhé.",
    "em can bo quay so 2 mong to nguc dep, cho anh xin zalo di nhe",
    # English and mixed
    "The ward chairman is a corrupt pig who takes bribes, share this everywhere.",
    "Bọn foreigner ở tầng 3 toàn lũ da đen buôn hàng cấm, dirty monkeys, phải tống cổ về nước.",
])
def test_suggested_defamation_friends_sent_blockades_harassment_and_english_are_abuse(text):
    assert _abuse(text)


@pytest.mark.parametrize("text", [
    "Bọn tín dụng đen gọi điện đòi nợ ngày đêm, nhắn tin khủng bố cả nhà tôi. Đề nghị công an phường xử lý.",
    "bon tin dung den goi dien doi no ngay dem, de nghi cong an phuong xu ly",
    "Hôm qua có người ngồi chặn đường trước chợ, mãi đến 10h mới giải tán, xe cứu thương không qua được.",
    "Sáng nay một nhóm người kéo ra ngồi chặn đường Tam Trinh, đề nghị phường và công an xử lý.",
    "Nếu cần thì anh em đến nhà ông Tư lấy chìa khóa nhà văn hóa.",
    "Vợ ông ta ở nhà một mình với con nhỏ, tối nào ông ta cũng say về đánh vợ. Mọi người cẩn thận.",
    "Ông ta nói với tôi 'em mông to ngực đẹp thế, đi nhà nghỉ với anh không', tôi rất sợ. Đề nghị phường xử lý.",
    "Nghe nói ông tổ trưởng ăn chặn tiền hỗ trợ, đề nghị phường kiểm tra sổ sách, nếu đúng thì cách chức.",
    "Is it true the ward chairman takes bribes? Please check, I do not want to accuse anyone.",
    "The karaoke bar plays music until 2am, it's fucking unbearable, please send someone.",
    "Can bo dia chinh phuong di lam muon, 9h moi den, dan den tu 7h30 ngoi cho.",
    "Đề nghị cơ quan có thẩm quyền làm rõ nguồn gốc tài sản của cán bộ địa chính theo Luật Phòng, chống tham nhũng.",
])
def test_harassment_suffered_blockades_reported_and_checks_asked_are_not_abuse(text):
    assert not _abuse(text)


@pytest.mark.parametrize("text", [
    # a death wish with a title and a name between ("cầu trời cho thằng cha phó công an phường … bị xe tông")
    "Cầu trời cho thằng cha phó công an phường Mai Văn Sang ra đường bị xe tông, ở ác có ngày quả báo.",
    "cau troi cho thang cha pho cong an phuong Mai Van Sang ra duong bi xe tong",
    # looking over one's shoulder advised, a face learnt
    "Camera đầu ngõ tao trích xuất rồi, mặt mũi mày tao thuộc lòng. Ra đường nhớ nhìn trước ngó sau.",
    "mat mui may tao thuoc long roi, ra duong nho nhin truoc ngo sau",
    # an official addressed as "đồng chí", the children's way to school, thinking twice asked for
    "Hai cháu nhà đồng chí học mầm non, sáng nào cũng qua đoạn đường vắng cạnh kênh. Mong đồng chí suy nghĩ lại cho kỹ.",
    "hai chau nha dong chi hoc mam non, sang nao cung qua doan duong vang. mong dong chi suy nghi lai cho ky",
    # a calamity tied to the writer's own money or file
    "Nếu tiền đền bù của nhà tôi vẫn không về thì tôi e là sẽ có một đám cháy rất to ở trụ sở.",
    "neu ho so dat cua toi tuan sau van chua duoc ky thi se co an mang o phuong",
    # betting and vice thrown at an official with a rumour's certainty
    "Phó Chủ tịch phường chống lưng cho đường dây cá độ, nhà ông ta ghi lô đề, ai cũng biết mà không ai dám nói.",
    # a rumour about the state, spread in haste
    "TIN MẬT TỪ NGƯỜI TRONG CUỘC: nhà nước cho pha hóa chất vào nước máy, chia sẻ ngay trước khi bị xóa!",
    "tin mat tu nguoi trong cuoc: chinh quyen dang ban dat cho nuoc ngoai, chia se ngay truoc khi bi xoa",
])
def test_death_wishes_veiled_forecasts_and_state_rumours_are_abuse(text):
    assert _abuse(text)


@pytest.mark.parametrize("text", [
    "Dây điện trước nhà tôi chập chờn, nếu không sửa thì sẽ có đám cháy. Đề nghị điện lực xử lý.",
    "Bà con nhớ nhìn trước ngó sau khi qua đường tàu, đề nghị phường làm rào chắn.",
    "Cháu nhà anh Tuấn đi học về một mình qua đường vắng, đề nghị phường lắp đèn.",
    "Có tin đồn chính quyền sắp thu hồi đất TDP 8, đề nghị phường làm rõ để dân yên tâm.",
    "Bà Ba bán chè bị bọn cho vay nặng lãi dọa tạt sơn vào nhà, bà sợ không dám về.",
    "Quán cà phê đầu ngõ 5 tổ chức cá độ bóng đá mỗi tối, đề nghị công an kiểm tra.",
    # an insult and a threat shouted at the writer's door, quoted
    "ong hang xom say ruou dung truoc cua nha toi chui 'do cho de, tao giet ca nha may', xin phuong giup",
    "Em bị tín dụng đen đe dọa, tụi nó nhắn 'không trả thì tạt sơn cả nhà mày'. Xin công an phường giúp em.",
])
def test_hazards_rumours_checked_and_threats_received_are_not_abuse(text):
    assert not _abuse(text)


@pytest.mark.parametrize("text", [
    # a link spaced out or defanged
    "Ban co 01 bien ban phat nguoi chua nop. Nop phat tai h t t p s : / / csgt-phatnguoi[.]vn-gov[.]example de tranh bi"
    " khoa bang lai.",
    "Bạn có biên bản phạt nguội chưa nộp, tra cứu tại w w w . phatnguoi-vn . example để tránh bị khóa bằng lái.",
    # a phone spaced digit by digit
    "ho tro vay tien tra gop ngay, vay 5 trieu gop 200k/ngay, khong can giay to. a Hai 0 7 0 3 - 8 8 6 - 1 4 1",
    "Hỗ trợ vay tiền trả góp ngày, không cần giấy tờ, giao tiền tận nhà. Gọi 0 9 8 8 - 2 1 2 - 3 4 5",
])
def test_disguised_links_and_spaced_phones_are_spam(text):
    assert _spam(text)


@pytest.mark.parametrize("text", [
    "me em bi dinh vao tin dung den, vay 20 trieu goc ma gio tui no doi 80 trieu. sdt em 0976 554 312",
    "Mẹ tôi nhận tin nhắn giả danh công an phường bảo bấm link vneid-capnhat.example để cập nhật, mất 32 triệu.",
    "Ảnh hiện trường: h t t p s : / / drive . google . com / abc, đề nghị phường xử lý rác ở ngõ 4.",
])
def test_loan_victims_phishing_reported_and_evidence_links_are_not_spam(text):
    assert not _spam(text)
