"""Abuse and spam round 13, r-3551..r-3580 (rules/116, exclusions in rules/13 and 16): a threat to throw acid at an
official's family and slander about a neighbour's private life with a demand to drive the whole family out are
abuse; a chain message "pass it to 15 people" and a bank's fake "account locked" notice are spam; the same threat or
message told by the citizen who received it is not, a car parked "ngay cửa" (right at the door) is no "at once", a
fruit stall ("sạp") is no collapse, and a group of youths counted "khoảng 10 người" is no crowd of victims. Each with
and without diacritics."""

from __future__ import annotations

import pytest

from wordings import each_way, sub


@pytest.mark.parametrize("text", each_way([
    "Thằng Toàn kia, mày mà còn đo đất nhà tao thì tao sẽ cho người tạt axit vào mặt vợ mày, đốt luôn cái nhà mày.",
    "Gửi ông cán bộ địa chính: tao biết con gái mày học lớp 10, ông không rút đơn thì đừng trách tao, tạt axit "
    "một cái là xong.",
]))
def test_a_threat_to_throw_acid_is_abuse(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "abusive" in d.flags and (d.category, d.agency) == ("an_ninh", "cong_an"), d.why
    assert "urgent" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Con mụ Hạnh tổ 8 là gái bao, đi khách suốt, cả nhà nó bị HIV. Phường phải đuổi cả nhà nó ra khỏi tổ ngay.",
    "Bà Liên nhà số 5 làm gái, còn bỏ bùa hàng xóm. Loại người như vậy phải đuổi ra khỏi khu phố, không thì dân "
    "sẽ tự làm.",
]))
def test_slander_with_a_demand_to_drive_a_family_out_is_abuse(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "abusive" in d.flags and (d.category, d.agency) == ("an_ninh", "cong_an"), d.why


@pytest.mark.parametrize("text", each_way([
    "Tối qua có số lạ nhắn tin dọa sẽ tạt axit vào mặt con gái tôi nếu không trả nợ. Đề nghị công an phường bảo vệ "
    "gia đình tôi.",
    "Bà Sáu nhà bên tung tin tôi làm gái, đòi đuổi cả nhà tôi ra khỏi tổ. Tôi nhờ tổ hòa giải giúp.",
]))
def test_the_same_words_told_by_the_one_who_received_them_are_no_abuse(rules_alone, text):
    assert "abusive" not in rules_alone.classify(sub(text)).flags


@pytest.mark.parametrize("text,subject", [(t, "") for t in each_way([
    "Hãy chuyển tin này cho 9 người trong hôm nay, bạn sẽ gặp may mắn, phát tài. Ai xóa sẽ gặp hạn.",
])] + [(t, "Thông báo: tài khoản của Quý khách tạm thời bị khóa") for t in each_way([
    "Hệ thống phát hiện giao dịch bất thường trên tài khoản của Quý khách. Vui lòng xác thực danh tính tại "
    "https://nh-xacthuc.example để mở khóa.",
])])
def test_a_chain_message_and_a_fake_banks_notice_are_spam(rules_alone, text, subject):
    d = rules_alone.classify(sub(text, subject))
    assert "spam" in d.flags and (d.category, d.agency) == ("khac", "mttq"), d.why


@pytest.mark.parametrize("text", each_way([
    "Tôi nhận được tin nhắn bảo chuyển cho 10 người sẽ gặp may mắn, mẹ tôi tin lắm. Có phải lừa đảo không?",
    "Hôm qua tôi nhận được email báo tài khoản tạm thời bị khóa, vui lòng xác thực danh tính tại một đường link. Tôi "
    "bấm vào và mất 20 triệu. Đề nghị công an giúp.",
]))
def test_a_citizen_reporting_such_a_message_is_heard(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "spam" not in d.flags and (d.category, d.agency) == ("an_ninh", "cong_an"), d.why


@pytest.mark.parametrize("text", each_way([
    "Tối 3/12 xe anh Dũng nhà đối diện lại đậu chắn ngay cửa. Tôi nhờ dời xe thì anh ta chửi tôi rồi cầm cây tuýp "
    "sắt đứng trước cửa một lúc mới vào. Đề nghị công an phường mời anh Dũng lên làm việc.",
]))
def test_a_car_right_at_the_door_is_no_danger_now(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.agency == "cong_an" and "urgent" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Bà Đặng Thị Nguyệt nhà bên có sạp bán trái cây, từ tháng 9 tới nay sáng nào cũng để giỏ lấn qua cửa nhà tôi, "
    "gặp nhau là bà chửi. Mong tổ hòa giải gọi hai bên ngồi lại nói chuyện.",
]))
def test_a_fruit_stall_is_no_collapse(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("mat_tran", "mttq") and "urgent" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Ở nhà số 8 hẻm 22 có một nhóm thanh niên khoảng 10 người tụ tập cá độ bóng đá qua mạng đến 2 giờ sáng. Đề "
    "nghị công an phường kiểm tra.",
]))
def test_the_troublemakers_counted_are_no_crowd_of_victims(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("an_ninh", "cong_an") and not d.complex, d.why
