"""Complexity and urgency from the letter's evidence (issue 13): land words alone make no case complex,
the signs of a case that needs more than a desk answer do; a danger told as denied, imagined, past or
as what happened last night raises no urgent flag, a danger here and now does. Each wording is tried
with and without diacritics."""

from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import routing_eval  # noqa: E402
from hopthu.core.model import Channel, Submission  # noqa: E402
from hopthu.core.rules import load_rules  # noqa: E402
from hopthu.core.textnorm import afold  # noqa: E402
from wordings import each_way  # noqa: E402


@pytest.fixture(scope="module")
def ruleset():
    return routing_eval.load_ruleset()


def _sub(text: str, subject: str = "") -> Submission:
    return Submission(source_id="t", channel=Channel.EMAIL,
                      received_at=datetime(2026, 11, 20, 9, tzinfo=timezone(timedelta(hours=7))),
                      subject=subject, text=text)



SIMPLE = each_way([
    # "chưa có sổ" is background to a residence or policy request, not a land dispute
    "Nhà tôi chưa có sổ đỏ, giờ muốn đăng ký thường trú cho con mới sinh thì cần giấy tờ gì?",
    "Gia đình tôi ở nhờ đất của bố mẹ, chưa có sổ, chồng mất, xin xét cho vào diện hộ cận nghèo.",
    # a question about a land title is a plain information request
    "Cho tôi hỏi làm sổ đỏ lần đầu cho đất ở từ trước năm 2000 cần những giấy tờ gì, nộp ở đâu?",
    # a permit question with a number of floors is not a building beyond its permit
    "Xin hỏi thủ tục xin giấy phép xây nhà 3 tầng cần những gì.",
    # a first request for mediation, and a nuisance told "many times", are not failed mediation
    "Nước máy lạnh nhà trên nhỏ xuống mái hiên nhà tôi, bảo bao nhiêu lần rồi vẫn thế. Nhờ tổ hòa giải nói giúp.",
    # "trái phép" about burning rubbish is not a building without a permit
    "Bãi đốt rác trái phép sau chợ khói bay vào nhà dân. Đề nghị phường dẹp.",
    # questions and imagined cases: asking how compensation or an extension works is no dispute
    "Xin hỏi nếu nhà tôi bị thu hồi một phần đất để mở đường thì mức bồi thường tính thế nào?",
    "Nhà tôi ở khu tập thể muốn cơi nới thêm ban công phía sau thì có được không, phải xin phép ở đâu?",
    "Đề nghị phường phối hợp điện lực kiểm tra định kỳ hệ thống điện ở trường mầm non.",
])

COMPLEX = each_way([
    "Đất nhà tôi xin cấp sổ đỏ nộp từ năm 2021, đã ba lần bổ sung giấy tờ mà đến nay vẫn chưa được cấp.",
    "Tổ dân phố đã mời hai bên ngồi lại hai lần nhưng ông ấy không chịu trả lại phần vườn.",
    "Nhà số 21 đang đổ sàn tầng 5 trong khi giấy phép chỉ 3 tầng.",
    "Từ khi công trình bên cạnh khoan cọc nhồi, nhà tôi nứt nhiều đường ở tường bếp.",
    "Nhà ông Kiên lát gạch khoảng sân chung và bảo là đất nhà ông, không cho nhà tôi đi qua.",
    "Quán karaoke chỉ có một lối thoát. Đề nghị công an và phường cùng kiểm tra giấy phép của quán.",
    "Khoảng 20 cụ đã nộp tiền cho công ty bán thực phẩm chức năng, nay công ty đóng cửa.",
    "Phần đất vườn bị thu hồi làm đường nhưng phường tính giá đất nông nghiệp, đề nghị tính lại.",
    "Từ khi nhà ông Dũng bên cạnh hạ cốt nền xây nhà mới, nền nhà tôi bị lún, tường hồi tách ra.",
    "Ông Hải ở đầu ngõ lấn dần ra phần đất hành lang mương thoát nước, nay dựng thêm nhà kho.",
    "Tôi nghi công trình này không đúng phép vì trước đây nghe nói chỉ cho xây 5 tầng.",
    "Tổ hòa giải đã về làm việc, hai bên thỏa thuận họ sẽ nắn lại ống trong 1 tháng nhưng họ không thực hiện.",
    "Phường ra quyết định buộc gia đình tôi tháo dỡ mái che trước nhà. Đề nghị xem xét lại.",
    # a dispute told, then a question in another sentence: still a dispute
    "Nhà bên xây lấn sang đất nhà tôi 30 cm, tổ hòa giải đã ngồi hai lần. Tôi phải làm gì?",
    "Nhà số 48 xây sát ranh, mái đua sang 40 cm, báo tổ trưởng nhưng họ vẫn tiếp tục xây.",
    "Bà ấy đục tường chung để đặt dầm làm gác xép, tường bên nhà tôi bị nứt. Nói thì bà bảo tường của bà.",
    "Ông Bảy mở xưởng tái chế nhựa trong nhà ở: mùi khét, công nhân ở lại ban đêm.",
    "Khi đo vẽ lại bản đồ, đất nhà tôi bị đo thiếu 8 m2, phần đó lại tính sang thửa nhà bên.",
])


@pytest.mark.parametrize("text", SIMPLE)
def test_land_and_paper_words_in_passing_make_no_case_complex(ruleset, text):
    d = ruleset.classify(_sub(text))
    assert not d.complex, d.why


@pytest.mark.parametrize("text", COMPLEX)
def test_the_signs_of_a_case_beyond_a_desk_answer_make_it_complex(ruleset, text):
    d = ruleset.classify(_sub(text))
    assert d.complex, d.why


URGENT = each_way([
    "Cả hành lang tầng 4 nồng mùi gas từ phòng 402, gõ cửa mãi không ai mở.",
    "Con gái tôi 6 tuổi chơi ở sân nhà văn hóa từ 4 giờ chiều, cả nhà tìm khắp nơi không thấy.",
    "Xe bồn chở hóa chất bị lật ở đầu ngõ 70, mấy người đứng gần bị chóng mặt buồn nôn.",
    "Trần phòng học lớp 2A nứt và võng xuống, sáng nay vữa rơi xuống bàn học sinh.",
    "Cột điện bê tông đầu ngõ 31 bị xe tải quệt gãy, đang nghiêng đè lên dây.",
    "Mấy thanh niên lạ mặt cầm tuýp sắt đang đập cửa nhà số 14 ngõ 3, chủ nhà không dám ra.",
    "Bờ tường rào trường mầm non nghiêng ra phía ngõ, chân tường nứt toác, phụ huynh đứng sát tường đón con.",
    "Có một người đàn ông nằm sấp dưới mương cạnh cầu Mơ, gọi không đáp. Tôi đã gọi 115.",
    "Nhà số 7 ngõ 5 có tiếng nổ lớn, khói trắng bay ra từ bếp.",
    "Cụ ông khoảng 80 tuổi lang thang ở bến xe từ trưa, không nhớ nhà, trời đang mưa lạnh.",
    "Cầu thang bộ chung cư mini số 12 đang đầy khói, có mùi nhựa cháy, mọi người đang xuống tầng 1.",
    "Mẹ tôi 78 tuổi ở một mình, từ sáng sang gõ cửa không ai mở, cửa khóa trong.",
    "Nước trong hồ đang tràn qua bờ vào ngõ 3, nước lên nhanh.",
])

NOT_URGENT = each_way([
    # over: a time gone by opens the danger
    "Tối qua có đám cháy nhỏ ở bãi rác cuối ngõ 6. Đề nghị phường cấm đốt rác ở đó.",
    "Tuần trước cháu nhà tôi đi lạc ở chợ, nhờ công an khu vực mà tìm được ngay trong đêm.",
    # past, even told with a long specific phrase (its weight alone used to pass the threshold)
    "Tháng trước nhà tôi bị rò rỉ khí gas, may phát hiện kịp. Phường có lớp hướng dẫn phòng cháy không?",
    # a building falling apart over years, not failing now
    "Khu nhà tập thể A1 xây từ năm 1975, nhiều mảng vữa rơi. 24 hộ đang ở rất lo. Đề nghị kiểm định.",
    # a smell that comes back every day is pollution, not an emergency
    "Ngày nào cũng có mùi hắc từ xưởng sơn, cả nhà buồn nôn. Đề nghị kiểm tra.",
    # a nuisance that comes back every day ("ngay", written bare, also matches "ngày")
    "Một nhóm đòi nợ thuê ngày nào cũng đến đập cửa, chửi bới nhà chị Lan, bà con rất sợ.",
    # a time gone by right after the danger
    "Nhờ phường xác nhận giúp đơn xin cấp lại sổ đỏ bị mất do cháy nhà năm ngoái.",
    # "bong" (peeling) in a letter with diacritics, 113 called for noise many times
    "Vỉa hè trước số 45 bị bong gạch một đoạn 5 mét, đề nghị lát lại.",
    "Nhà số 19 mở karaoke đến 2 giờ sáng, đã gọi 113 mấy lần nhưng chỉ được vài hôm.",
    # an official who did not come nor answer the phone is no emergency
    "Cán bộ hẹn xuống đo 3 lần nhưng không đến, gọi điện không nghe. Đề nghị bố trí đo ngay cho gia đình.",
])


@pytest.mark.parametrize("text", URGENT)
def test_a_danger_here_and_now_is_urgent(ruleset, text):
    d = ruleset.classify(_sub(text))
    assert "urgent" in d.flags, d.why


@pytest.mark.parametrize("text", NOT_URGENT)
def test_a_danger_over_or_recurring_is_not_urgent(ruleset, text):
    d = ruleset.classify(_sub(text))
    assert "urgent" not in d.flags, d.why


CATEGORIES = {
    "an_ninh": {"name": "An ninh, trật tự", "agency": "cong_an"},
    "phan_loai": {"name": "Chờ phân loại", "agency": "mttq"},
}
AGENCIES = {a: {"name": a, "email": f"{a}@example.vn"} for a in ("cong_an", "mttq")}
RULES = """\
version: 2
rules:
  - name: chay
    when: {keywords: ["đám cháy", "rò rỉ khí gas"]}
    then: {category: an_ninh, flags: [urgent]}
  - name: chay-them
    when: {keywords: ["bốc cháy"]}
    then: {flags: [urgent]}
    stop: false
"""


@pytest.mark.parametrize("text, urgent", [
    ("Có đám cháy ở cuối ngõ 6.", True),
    ("Tối qua có đám cháy ở cuối ngõ 6.", False),
    ("Từ tối qua có đám cháy âm ỉ ở bãi rác cuối ngõ 6, vẫn còn khói.", True),  # since last night: still on
    ("Kho hàng cuối ngõ bốc cháy.", True),
    ("Hôm qua kho hàng cuối ngõ bốc cháy.", False),
    ("Tháng trước nhà bên bị rò rỉ khí gas.", False),  # a past 4-word phrase: weight 0.64, over all the same
    ("Nếu có đám cháy thì ngõ 6 không có lối thoát.", False),
])
def test_urgent_needs_a_hit_that_is_here_and_now(tmp_path, text, urgent):
    """The engine, on a bare rule file: an urgent flag, of a deciding or an adding rule, counts only when
    one of the rule's hits is neither denied, imagined, past nor opened by a time gone by."""
    (tmp_path / "10-r.yaml").write_text(RULES, encoding="utf-8")
    rs = load_rules(tmp_path, categories=CATEGORIES, agencies=AGENCIES)
    for t in (text, afold(text)):
        d = rs.classify(_sub(t))
        assert ("urgent" in d.flags) == urgent, (t, d.why)


def test_a_worry_is_not_a_hypothetical_in_a_letter_written_with_diacritics(tmp_path):
    """"lo" (to worry) carries no mark: in a letter written with diacritics it is not a stripped "lỡ"
    (what if), which used to mark the danger after it as imagined."""
    (tmp_path / "10-r.yaml").write_text(RULES, encoding="utf-8")
    rs = load_rules(tmp_path, categories=CATEGORIES, agencies=AGENCIES)
    assert "urgent" in rs.classify(_sub("Hàng xóm rất lo vì có đám cháy ở cuối ngõ 6.")).flags
    assert "urgent" not in rs.classify(_sub("Lỡ có đám cháy ở cuối ngõ 6 thì không có lối thoát.")).flags
    assert "urgent" not in rs.classify(_sub("Lo co dam chay o cuoi ngo 6 thi khong co loi thoat.")).flags


def test_a_person_who_may_be_unconscious_now_is_urgent_though_the_neighbours_worry(ruleset):
    text = ("Nhà bà Lụa khóa cửa từ hôm qua, gọi không ai thưa, bà sống một mình. Hàng xóm lo bà nằm bất tỉnh "
            "trong nhà, xin công an phường tới mở cửa ngay.")
    assert "urgent" in ruleset.classify(_sub(text)).flags


def test_why_says_when_an_urgent_flag_was_withheld(tmp_path):
    (tmp_path / "10-r.yaml").write_text(RULES, encoding="utf-8")
    rs = load_rules(tmp_path, categories=CATEGORIES, agencies=AGENCIES)
    d = rs.classify(_sub("Hôm qua kho hàng cuối ngõ bốc cháy."))
    assert "urgent" not in d.flags and "không gắn cờ khẩn" in d.why
    assert "không gắn cờ khẩn" not in rs.classify(_sub("Kho hàng cuối ngõ bốc cháy.")).why


@pytest.mark.parametrize("strip", [False, True])
def test_a_subject_naming_last_weekends_fight_is_not_a_fight_now(ruleset, strip):
    """The subject's "đánh nhau" is the same fight the body says happened on Saturday night."""
    subject, text = ("Vụ đánh nhau ở quán nét",
                     "Tối thứ bảy vừa rồi có nhóm thanh niên đánh nhau ở quán nét ngõ 90, công an đã đến giải tán. "
                     "Tôi đề nghị kiểm tra quán này mở quá giờ, tụ tập học sinh.")
    if strip:
        subject, text = afold(subject), afold(text)
    d = ruleset.classify(_sub(text, subject))
    assert "urgent" not in d.flags, d.why


COMPLEX_RULES = """\
version: 2
rules:
  - name: dat
    when: {keywords: ["bồi thường"]}
    then: {category: an_ninh, complex: true}
  - name: kho
    when: {keywords: ["tranh chấp"]}
    then: {complex: true}
    stop: false
"""


@pytest.mark.parametrize("text, complex_", [
    ("Nhà tôi bị thu hồi đất, bồi thường quá thấp.", True),
    ("Xin hỏi bồi thường khi thu hồi đất tính thế nào?", False),  # a question
    ("Bồi thường khi thu hồi đất tính thế nào?", False),  # a sentence ending with "?"
    ("Nếu bị thu hồi đất thì bồi thường ra sao.", False),  # imagined
    ("Hai nhà tranh chấp lối đi. Tôi phải làm gì?", True),  # the question is another sentence
    ("Hai nhà không có tranh chấp gì, chỉ muốn đo lại.", False),  # denied
])
def test_complexity_needs_an_actual_case_not_a_question_or_a_supposition(tmp_path, text, complex_):
    """The engine, on a bare rule file: complexity of a deciding or an adding rule counts only when most
    of the rule's hits are neither denied, imagined nor in a question."""
    (tmp_path / "10-r.yaml").write_text(COMPLEX_RULES, encoding="utf-8")
    rs = load_rules(tmp_path, categories=CATEGORIES, agencies=AGENCIES)
    for t in (text, afold(text)):
        d = rs.classify(_sub(t))
        assert d.complex == complex_, (t, d.why)


def test_a_time_gone_by_right_after_the_danger_makes_it_over(tmp_path):
    (tmp_path / "10-r.yaml").write_text(RULES, encoding="utf-8")
    rs = load_rules(tmp_path, categories=CATEGORIES, agencies=AGENCIES)
    for text, urgent in (("Kho hàng bốc cháy tối qua, nay còn mùi khét.", False),
                         ("Kho hàng bốc cháy từ tối qua, vẫn còn khói.", True),
                         ("Sổ bị mất do đám cháy năm ngoái.", False)):
        for t in (text, afold(text)):
            assert ("urgent" in rs.classify(_sub(t)).flags) == urgent, t


@pytest.mark.parametrize("text, complex_", [
    # a house number before an unaccented "cu" ("cứ": every 5 a.m.) is not a count of old people
    ("xe cho vat lieu cong trinh nha so 27 cu 5h sang da do cat, rung ca ngo", False),
    ("Xe chở vật liệu nhà số 27 cứ 5 giờ sáng đổ cát, rung cả ngõ.", False),
    # a count of old people is still one
    ("Khu tập thể có 40 cụ già sống một mình, mất nước cả tuần nay.", True),
])
def test_a_house_number_before_cu_is_no_count_of_people(ruleset, text, complex_):
    for t in (text, afold(text)):
        assert ruleset.classify(_sub(t)).complex == complex_, t


def test_a_thanks_in_the_subject_brings_no_co_ordinating_agency(ruleset):
    """"Cảm ơn trạm y tế, phản ánh chó thả rông": the thanks is the old matter, told as past."""
    subject = "Cảm ơn trạm y tế, phản ánh chó thả rông"
    text = ("Tháng trước trạm y tế phường tiêm vắc xin cho trẻ em, tôi xin gửi lời cảm ơn.\n\n"
            "Nay tôi xin phản ánh việc chó thả rông ở vườn hoa tổ 16, không rọ mõm, trẻ con chơi rất đông. "
            "Đề nghị phường kiểm tra, xử phạt các hộ thả rông chó.")
    for s, t in ((subject, text), (afold(subject), afold(text))):
        d = ruleset.classify(_sub(t, s))
        assert d.agency == "cong_an" and "vhxh" not in d.co_agencies, (s, d.why)
