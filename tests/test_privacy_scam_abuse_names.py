"""The detectors of core/privacy on the tuning items p-4080 … p-4109 (names in spam, scam and abuse items beside
officials named in their public role): a loan shark's chat nickname after a bare "nick" goes; the "officer in
charge" a phishing message sends the reader to ("liên hệ cán bộ phụ trách X") goes when the message asks the
reader to install an app from its link, while an officer a citizen says they contacted stays; a TDP leader whose
surname is "Lã" stays (no "cô chủ là …" read into "có chú Lã …"), and "Ong chu la Binh" still goes. With and without
diacritics."""

import pytest

from ward import each_way_cases, gone


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Trong nhóm Zalo của TDP 9 có nick Hải Cá Pháo suốt ngày mời vay tiền không thế chấp, lãi ngày.",
     ("Hải Cá Pháo",), ("TDP 9",)),
    ("Tối qua nick Thảo Vy nhắn tin dọa sẽ đến tận nhà đòi nợ, em sợ lắm.", ("Thảo Vy",), ()),
]))
def test_a_persons_nickname_after_nick_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Em đã nhắn vào nick Zalo của phường mà chưa thấy trả lời.", (), ("nick Zalo của phường",)),
    ("Tôi đã nhắn vào nick Tiktok của cửa hàng mà không ai trả lời.", (), ("nick Tiktok của cửa hàng",)),
]))
def test_a_network_or_a_group_after_nick_stays(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Để nhận tiền, đề nghị ông/bà cài đặt ứng dụng theo đường dẫn http://bhxh-hoantra.example/app và liên hệ cán bộ "
     "phụ trách Trịnh Thu Hà, số máy 0707 215 938, trong vòng 48 giờ.", ("Trịnh Thu Hà", "0707 215 938"), ()),
    ("Vui lòng tải ứng dụng tại http://dvc-phuong.example rồi liên hệ cán bộ hỗ trợ Lương Văn Hào để kích hoạt.",
     ("Lương Văn Hào",), ()),
]))
def test_the_officer_a_phishing_message_sends_to_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Tôi đã liên hệ cán bộ phụ trách Trần Văn Bình ở bộ phận một cửa nhưng hồ sơ vẫn chưa có kết quả.",
     (), ("Trần Văn Bình",)),
    ("Phường hướng dẫn cài đặt ứng dụng định danh, tôi đã hỏi cán bộ tư pháp Nguyễn Thị Hạnh và được chỉ rất tận tình.",
     (), ("Nguyễn Thị Hạnh",)),
]))
def test_an_officer_a_citizen_contacted_stays(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("May có chú Lã Văn Quý tổ trưởng TDP số 2 thấy lạ chụp được ảnh người đó.", (), ("Lã Văn Quý",)),
    ("Ông chủ là Bình, tối nào cũng mở nhạc to đến khuya.", ("Bình",), ()),
]))
def test_a_leader_named_la_stays_and_an_owner_after_chu_la_goes(text, personal, keep):
    out = gone(text, *personal, keep=keep)
    assert "[họ tên] Quý" not in out
