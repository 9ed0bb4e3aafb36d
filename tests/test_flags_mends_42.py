"""Spam and abuse flags mended after the labelled items of merge-42 (p-3787, p-3838, p-3872, p-3875, p-3879, r-3631,
r-3699, r-3859, r-3876), as the pipeline sets them (the rules' flags and `core.flags`' cues): words that fold to an
insult, a slur or an advert in a genuine letter ("hỗ trợ lũ cho đúng", "một bầy chó thả rông", "lắc lư mỗi lần",
"Phan Quốc Đạt", "mưa ngày 03/11", a scrap yard the ward is asked to see, a loan flyer quoted by its victim's
grandson) are no abuse nor spam; a notice's "Đề nghị ông/bà truy cập đường link" and a multi-level marketing
invitation are spam. Each with and without diacritics, beside the wordings that stay flagged."""

from __future__ import annotations

import pytest

from hopthu.core.textnorm import afold


@pytest.fixture(scope="module")
def flags(pipeline_flags):
    return pipeline_flags


def each_way(text: str) -> tuple[str, str]:
    return text, afold(text)


@pytest.mark.parametrize("text", [
    # the flood, not a pack of dogs (r-3631)
    "Đề nghị phường rà soát lại danh sách hỗ trợ lũ cho đúng và bổ sung các hộ còn thiếu.",
    "Sau đợt lũ cho đến nay tổ 36 vẫn chưa nhận được gạo cứu trợ.",
    # a pack of real dogs (r-3699)
    "Mấy tháng nay có một bầy chó thả rông, chiều tối hay rượt người đi xe đạp. Nhờ công an nhắc chủ nuôi.",
    # a pole swaying each time a lorry passes (r-3876): "lắc lư mọi lần" typed bare is "lac lu moi lan"
    "Cột điện nghiêng ra giữa đường, cứ lắc lư mỗi lần có xe lớn chạy qua, đề nghị phường cho người tới ngay.",
    "Cây xà cừ trước cổng trường lắc lư mọi lúc có gió, mong phường cho cắt tỉa.",
    # a signature, not "phản quốc" (r-3859)
    "Đêm qua hai nhóm thanh niên đánh nhau ở quán nhậu đầu hẻm, đề nghị công an tăng tuần tra.\nPhan Quốc Đạt",
])
def test_words_that_fold_to_an_insult_or_a_slur_are_no_abuse(flags, text):
    for t in each_way(text):
        assert "abusive" not in flags(t), t


@pytest.mark.parametrize("text", [
    "Cán bộ phường các ông là bầy chó giữ nhà cho bọn có tiền.",
    "Cán bộ phường toàn lũ chó, chỉ biết ăn tiền của dân.",
    "Xóm trọ cuối hẻm toàn lũ mọi dưới quê lên, đuổi hết về quê đi.",
    "Bọn cán bộ phản quốc, bán rẻ đất nước cho ngoại bang.",
])
def test_the_insults_and_slurs_themselves_stay_abuse(flags, text):
    for t in each_way(text):
        assert "abusive" in flags(t), t


@pytest.mark.parametrize("text", [
    # rain on a date (p-3787)
    "Từ đợt mưa ngày 03/11, mái cầu thang nhà B2 bị dột, nước chảy xuống tận tầng 1, hộp điện cầu thang chập.",
    # a neighbour's scrap yard the ward is asked to come and see (p-3838)
    "Nhà số 18 trong kiệt thu mua phế liệu, chất ve chai cao kín cả kiệt, chuột bò sang các nhà, xe cứu hỏa không vô"
    " được. Tôi đã góp ý mà chủ vựa nói kệ. Xin phường xuống coi.",
    # a loan flyer quoted by its victim's grandson (p-3879)
    "Cột điện đầu ngõ 12 dán kín tờ rơi 'vay tiền nhanh chỉ cần CCCD, tư vấn viên 0912 345 670'. Bà nội em gọi vay"
    " 5 triệu, giờ bị trừ 'phí hồ sơ' 1,5 triệu còn họ gọi chửi cả ngày. Nhờ phường cho bóc hết tờ rơi.",
])
def test_a_genuine_letter_with_an_adverts_words_is_no_spam(flags, text):
    for t in each_way(text):
        assert "spam" not in flags(t), t


@pytest.mark.parametrize("subject,text", [
    # a phishing notice asking the reader (p-3872): its "Đề nghị ông/bà" is no citizen's request
    ("Thông báo khẩn: xác thực tài khoản định danh",
     "Tài khoản định danh điện tử của ông/bà chưa được xác thực và sẽ bị khóa sau 24 giờ. Đề nghị ông/bà truy cập"
     " http://dinhdanh-xacthuc.example/capnhat để cập nhật, nhập số CCCD và mã OTP gửi về điện thoại."),
    # multi-level marketing (p-3875)
    ("Hội thảo thu nhập thụ động",
     "Bạn muốn có thu nhập thụ động 40 triệu/tháng? Không cần vốn lớn, chỉ cần gói khởi đầu 10 triệu, giới thiệu"
     " 3 người là hoàn vốn. Đăng ký giữ chỗ qua Zalo 0377 123 456."),
    # an advert's "mua ngay" as written
    ("Khuyến mãi cuối năm", "Nồi chiên không dầu giảm 50%, mua ngay kẻo lỡ!"),
])
def test_a_notice_asking_the_reader_and_a_marketing_invitation_are_spam(flags, subject, text):
    for s, t in zip(each_way(subject), each_way(text)):
        assert "spam" in flags(t, s), t
