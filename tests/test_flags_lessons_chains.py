"""Abuse and spam cues for the wordings of batch p-2560 … p-2599: a mishap foretold to an official's family, a
lesson promised by the writer, a chain letter sent to a count of people by a deadline; and the near misses that
stay genuine: a list of insults quoted after the verb that reports them, a scam's victim who was lured into an
investment group. Each with and without diacritics; the rules' own opinion where a rule was changed."""

from __future__ import annotations

import sys
from datetime import datetime, timezone

import pytest

from hopthu.core.flags import assess
from hopthu.core.model import Channel, Submission

from ward import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import flags_eval


def _abuse(text: str) -> bool:
    return assess("", text).abuse


def _spam(text: str) -> bool:
    return assess("", text).spam


@pytest.fixture(scope="module")
def rule_flags():
    rules = flags_eval.ruleset()

    def flags(text: str) -> list[str]:
        sub = Submission(source_id="t", channel=Channel.FORM, received_at=datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc),
                         subject="", text=text)
        return list(rules.classify(sub).flags)
    return flags


@pytest.mark.parametrize("text", [
    # a mishap foretold to the family of the person addressed
    "Tôi khuyên thật lòng, ông nên giải quyết sớm, kẻo có chuyện gì không may xảy ra với gia đình ông thì lúc đó hối"
    " không kịp.",
    "ong nen ky som cho toi, keo co chuyen gi khong may xay ra voi gia dinh ong thi hoi khong kip",
    "Anh cứ ngâm hồ sơ đi, không thì có chuyện chẳng lành với con anh đấy.",
    # a lesson promised by the writer
    "Tôi sẽ cho bà và cả nhà bà một bài học nhớ đời, để bà biết thế nào là đụng vào người không nên đụng.",
    "tao se cho may mot bai hoc nho doi",
    "Chúng tôi sẽ cho ông chủ tịch một bài học đích đáng nếu còn cưỡng chế.",
])
def test_a_mishap_foretold_to_the_family_and_a_lesson_promised_are_threats(text):
    assert _abuse(text)


@pytest.mark.parametrize("text", [
    # a hazard warned of, someone written about (not addressed), a penalty asked for, a lesson learnt
    "Đề nghị sửa cái nắp cống sớm kẻo có chuyện gì không may xảy ra với các cháu đi học.",
    "de nghi sua nap cong som keo co chuyen khong may voi tre nho",
    "Nhà ông Tư mái sắp sập, mong phường nhắc sớm kẻo có chuyện không may với nhà ông ấy.",
    "Đề nghị xử phạt thật nặng để chủ quán có một bài học nhớ đời, không tái phạm.",
    "Vụ cháy năm ngoái là bài học nhớ đời cho cả khu, tôi mong phường kiểm tra bình chữa cháy.",
    # the threat received, quoted after "nói"
    "Hàng xóm sang nói 'mày còn báo phường thì liệu hồn, tao sẽ cho mày một bài học nhớ đời', tôi rất sợ.",
])
def test_hazards_penalties_lessons_learnt_and_lessons_quoted_are_not_threats(text):
    assert not _abuse(text)


@pytest.mark.parametrize("text", [
    # every quotation of a list after the verb that reports it is someone else's words
    "Có một nick Facebook liên tục nhắn cho con gái tôi (học lớp 10) những câu như 'đm mày ra đây gặp anh không thì anh"
    " đăng ảnh mày lên', 'vcl con này chảnh'. Đề nghị công an phường vào cuộc.",
    "Thằng đó nhắn cho vợ tôi: 'dcm con kia', rồi 'mày chết với tao'. Xin công an xử lý.",
    "co nguoi la nhan cho con toi nhung cau nhu 'dm may ra day', 'vcl' va 'tao biet nha may'. de nghi cong an vao cuoc",
])
def test_a_list_of_insults_quoted_after_the_verb_that_reports_them_is_not_abuse(text, rule_flags):
    assert not _abuse(text)
    assert "abusive" not in rule_flags(text)


def test_the_writers_own_swearing_beside_a_quotation_is_still_abuse():
    assert _abuse("đm bọn cán bộ, tôi nói thẳng 'vcl' đấy, làm ăn như cc.")
    assert _abuse("Tôi nói 'chào anh', 'cảm ơn anh' rồi đấy, còn bọn cán bộ ngu như bò thì đm.")


@pytest.mark.parametrize("text", [
    "Đây là lá bùa may mắn, ai nhận được hãy chuyển cho 15 người trong vòng 24 giờ sẽ gặp tài lộc. Đừng để đứt mạch!",
    "hay chuyen cho 20 nguoi trong vong 48h de gap may man, dung de dut mach",
    "Lá thư may mắn: ai đọc được hãy gửi cho 10 người sẽ được phù hộ.",
])
def test_a_chain_letter_sent_to_a_count_of_people_is_spam(text):
    assert _spam(text)


@pytest.mark.parametrize("text", [
    "Tiền hỗ trợ đã chuyển cho 15 người trong tổ từ tuần trước, còn nhà tôi chưa nhận được.",
    "Mẹ tôi nhận được tin nhắn bảo chuyển cho 10 người trong 24 giờ, tôi thấy vô lý, xin cảnh báo bà con.",
])
def test_money_paid_out_and_a_chain_letter_reported_are_not_spam(text):
    assert not _spam(text)


@pytest.mark.parametrize("text", [
    "Em bị dụ vào nhóm Telegram 'Đầu tư USDT lãi 2%/ngày', nạp 80 triệu thì bị khóa tài khoản. Người nhận tiền STK"
    " 0071 0002 64519. Em xin công an phường hướng dẫn làm đơn.",
    "toi bi du vao nhom telegram dau tu usdt, nap 30 trieu thi khong rut duoc, xin huong dan lam don",
    "Bố tôi đầu tư USDT qua nhóm Telegram, nạp 50 triệu không rút được, tiền bị chiếm đoạt hết.",
])
def test_an_investment_scams_victim_is_not_spam(text, rule_flags):
    assert not _spam(text)
    assert "spam" not in rule_flags(text)


def test_the_investment_offer_itself_is_still_spam():
    assert _spam("Cộng đồng đầu tư USDT lợi nhuận 2%/ngày, vào nhóm Telegram t[.]me/dautuUSDT_vn, nhắn Ms Linh để nạp vốn.")
