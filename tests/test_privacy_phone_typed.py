"""The detectors of core/privacy on the tuning items p-3750 … p-3779 (Form answers typed on a phone: short, texting
abbreviations, emojis, names and phones dropped mid-text): a one-letter honorific glued to a dash or inside a bracket
("-c Hoa", "(c Ngọc)") still leads to a name; an emoji or such a dash between a role and the name says the name is
the writer's sign-off, not the officer's; "trường TH"/"trường MN" is a school before the person it is named after;
"t7 cn." is Sunday, no title ("CN." cử nhân) before the next sentence's first word; a display name typed without
marks after "zalo" goes; a phone glued to its cue ("sdt0912334556") goes; a name beside a phone before a texting
particle ("0912 334 556 - Lan nha") goes. With and without diacritics."""

import pytest

from ward import each_way_cases, gone


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Mất ví ở chợ Bến Thành, ai nhặt được xin liên hệ 0376 992 410 (c Ngọc). Cảm ơn ạ", ("Ngọc", "0376 992 410"),
     ("chợ Bến Thành",)),
    ("Đèn đường hẻm 42 tắt 3 hôm rồi, nhờ phường sửa -a Tuấn", ("Tuấn",), ("hẻm 42",)),
]))
def test_a_one_letter_honorific_glued_to_a_dash_or_in_a_bracket_leads_to_a_name(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Xe máy chạy ẩu trên vỉa hè ngã tư Phú Lâm, xin p cho CSGT đứng giờ tan học 🙏 -c Hoa", ("Hoa",),
     ("ngã tư Phú Lâm", "CSGT")),
    ("Đề nghị Chủ tịch UBND phường - ông Trần Văn Bình chỉ đạo sửa cống ngõ 18.", (), ("Trần Văn Bình", "ngõ 18")),
]))
def test_an_emoji_or_a_glued_dash_closes_the_role_before_the_writers_sign_off(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Con em là bé Na học lớp 2 trường TH Lê Văn Tám, cổng trường ngập.", ("Na",), ("trường TH Lê Văn Tám",)),
    ("Cháu chuyển từ trường MN Võ Thị Sáu sang trường công lập thì cần giấy gì ạ", (), ("trường MN Võ Thị Sáu",)),
]))
def test_a_school_abbreviated_th_or_mn_keeps_the_name_it_bears(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Thanh niên nẹt pô quanh hồ, nhất là tối t7 cn. Phản hồi giúp em qua sđt 091-246-7835", ("091-246-7835",),
     ("Phản hồi",)),
    ("Hát karaoke tới khuya tối thứ 7, cn. Nhờ phường nhắc giúp", (), ("Nhờ phường",)),
]))
def test_cn_after_a_day_is_sunday_not_a_title(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", [
    ("vay tien nhanh giai ngan 30p, ib zalo Ngan Ha 0866 390 512", ("Ngan Ha", "0866 390 512"), ()),
    ("o ga truoc cong cho, nhan e qua zalo Tran Minh Thu nha", ("Tran Minh Thu",), ()),
    ("lich sinh hoat da dang tren zalo Hoi Phu Nu phuong", (), ("Hoi Phu Nu",)),
])
def test_a_display_name_typed_without_marks_after_zalo_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Cống nghẹt đầu hẻm 7, sdt0912334556", ("0912334556",), ("hẻm 7",)),
    ("Ống nước vỡ trước chợ, ĐT0912.334.556 nhé", ("0912.334.556",), ()),
    ("Mã hồ sơ HS001234567890 chưa có kết quả", ("001234567890",), ()),
]))
def test_a_phone_glued_to_its_cue_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Ống nước vỡ xì cả tuần 💦 0912 334 556 - Lan nha", ("Lan", "0912 334 556"), ()),
    ("Đèn hỏng trước nhà văn hóa, gọi 0912.334.556 (Hùng) nhé 🙏", ("Hùng",), ("nhà văn hóa",)),
    ("Rác ùn ở góc chợ, gọi 0912 334 556 c Hương ạ", ("Hương",), ("góc chợ",)),
]))
def test_a_name_beside_a_phone_before_a_texting_particle_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Có gì gọi em 0912 334 556 Zalo nha", ("0912 334 556",), ("Zalo",)),
]))
def test_a_networks_name_beside_a_phone_stays(text, personal, keep):
    gone(text, *personal, keep=keep)
