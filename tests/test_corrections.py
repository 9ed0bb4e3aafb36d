"""Learning from corrections: what agencies' replies mean (a send-back), and the rule changes
`hopthu rules suggest` proposes from corrected cases (keywords for the new category or agency,
exclusions for the rule that misled). End to end on both backends: test_gsheets.py and
test_mail_integration.py."""

from __future__ import annotations

import pytest

from hopthu.core.replies import agency_intent
from hopthu.core.suggest import Example, Fix, phrases_of, suggest


@pytest.mark.parametrize("reply", [
    "TRẢ LẠI: vụ việc thuộc thẩm quyền UBND phường.",
    "Kính gửi Mặt trận,\n\ntra lai ho so: day la viec cua Cong an.",
    "KHÔNG THUỘC THẨM QUYỀN: tranh chấp đất do UBND giải quyết.",
    "Chuyển lại Mặt trận: không phải việc của phòng.",
    "Kính gửi Mặt trận,\nVụ việc không thuộc thẩm quyền của Công an phường, đề nghị chuyển UBND.",
    "khong thuoc chuc nang cua don vi, de nghi chuyen phong Van hoa",
])
def test_a_send_back_is_read_with_or_without_diacritics_and_keeps_its_reason(reply):
    intent, reason = agency_intent(reply)
    assert intent == "sendback" and reason and "Kính gửi" not in reason


@pytest.mark.parametrize("reply", [
    "Đã sửa xong đèn đường. Việc này không thuộc thẩm quyền của phòng nhưng chúng tôi đã phối hợp.",
    "Vụ việc không thuộc thẩm quyền của phường; đã hướng dẫn công dân gửi Tòa án nhân dân thành phố.",
    "Trả lời: đã nạo vét cống ngõ 9.",
    "Chúng tôi đã trả lại tiền đặt cọc cho người dân.",
])
def test_an_answer_that_mentions_competence_in_passing_stays_an_answer(reply):
    assert agency_intent(reply)[0] == "answer"


def ex(code, text, category="moi_truong", agency="kt_hatang", rule="moi-truong-o-nhiem"):
    return Example(code, text, category, agency, rule)


NOISE = [  # rightly routed by the same rule
    ex("HT-1", "Cống ngõ 9 bốc mùi hôi thối cả tuần nay."),
    ex("HT-2", "Nước thải từ chợ chảy ra đường, mùi hôi."),
    ex("HT-3", "Bãi rác cuối ngõ 3 bốc mùi, ruồi muỗi nhiều."),
    ex("HT-4", "Khói đốt rác mỗi tối làm cả xóm ho.", rule="moi-truong-rac-thai"),
    ex("HT-5", "Đèn đường ngõ 12 hỏng đã một tuần.", "ha_tang", rule="ha-tang-den"),
]
MISLED = [  # the smell was from a food stall: officers moved them to health (chinh_sach)
    ex("HT-6", "Quán bún đầu ngõ bốc mùi hôi, vệ sinh an toàn thực phẩm kém, [họ tên] bán thức ăn ôi thiu.",
       "chinh_sach", "vhxh"),
    ex("HT-7", "Bếp ăn tập thể của công ty bốc mùi, thức ăn ôi thiu, mất vệ sinh an toàn thực phẩm.",
       "chinh_sach", "vhxh"),
]


def test_keywords_for_the_new_category_and_exclusions_for_the_misleading_rule():
    fixes = [Fix("HT-6", "category", "moi_truong", "chinh_sach"), Fix("HT-7", "category", "moi_truong", "chinh_sach"),
             Fix("HT-6", "agency", "kt_hatang", "vhxh"), Fix("HT-7", "agency", "kt_hatang", "vhxh")]
    found = suggest(NOISE + MISLED, fixes)
    by_target = {(k.field, k.value): k for k in found.keywords}
    health = by_target[("category", "chinh_sach")]
    texts = [p.text for p in health.phrases]
    # the longest common runs, not their pieces ("sinh an", "toàn thực"); "vệ" is not the function word "về"
    assert texts == ["vệ sinh an toàn thực phẩm", "thức ăn ôi thiu"] and health.cases == ["HT-6", "HT-7"]
    assert "bốc mùi" not in texts  # common in the rule's right cases too: not a keyword for health
    assert all(p.cases == 2 and p.elsewhere == 0 for p in health.phrases)
    agency = by_target[("agency", "vhxh")]
    assert agency.category == "chinh_sach" and agency.agency == "vhxh"
    (exclusion,) = found.exclusions
    assert exclusion.rule == "moi-truong-o-nhiem" and exclusion.cases == ["HT-6", "HT-7"]
    assert "vệ sinh an toàn thực phẩm" in [p.text for p in exclusion.phrases]
    assert "bốc mùi" not in [p.text for p in exclusion.phrases]


def test_one_correction_is_not_enough_and_a_correction_undone_counts_for_nothing():
    assert suggest(NOISE + MISLED, [Fix("HT-6", "category", "moi_truong", "chinh_sach")]).keywords == []
    undone = [Fix(c, "category", "moi_truong", "chinh_sach") for c in ("HT-6", "HT-7")] + \
             [Fix(c, "category", "chinh_sach", "moi_truong") for c in ("HT-6", "HT-7")]
    found = suggest(NOISE + MISLED, undone)
    assert found.keywords == [] and found.exclusions == []


def test_a_send_back_then_a_new_agency_teaches_that_agency():
    fixes = [Fix(c, "agency", "kt_hatang", "") for c in ("HT-6", "HT-7")]  # sent back: nobody yet
    assert suggest(NOISE + MISLED, fixes).keywords == []
    found = suggest(NOISE + MISLED, fixes + [Fix(c, "agency", "", "vhxh") for c in ("HT-6", "HT-7")])
    (proposal,) = found.keywords
    assert (proposal.field, proposal.value) == ("agency", "vhxh") and found.exclusions[0].rule == "moi-truong-o-nhiem"


def test_masked_personal_data_numbers_and_function_words_never_make_a_phrase():
    found = phrases_of("Tôi là [họ tên], [số nhà] ngõ 5, điện thoại [số điện thoại]: của và đã")
    assert not [k for k in found if "ho ten" in k or "so nha" in k or "5" in k]
    assert "dien thoai" in found and not [k for k in found if k.startswith(("cua", "va")) or k.endswith(("cua", "da"))]


def test_a_phrase_never_spans_punctuation_numbers_or_masks():
    found = phrases_of("Nhà [họ tên] bốc mùi. Hôi thối ngõ 5 phố Huế")
    assert "nha boc" not in found and "mui hoi" not in found and "ngo pho" not in found and "hoi thoi" in found


def test_the_agency_table_counts_send_backs_and_shows_the_column_only_when_there_are_some():
    from datetime import date

    from hopthu.reports import view
    from hopthu.reports.figures import ReportCase, compute
    from hopthu.reports.periods import parse_period

    def case(n, agency, status, back=()):
        return ReportCase(code=f"HT-2026-{n:04d}", received=date(2026, 11, n), channel_group="Email", place="",
                          tdp="", category="Khác", agency=agency, status=status, complex=False, flags=(),
                          deadline=date(2026, 11, 20), answered_on=None, on_time=None, summary="x", answer="",
                          sent_back_by=tuple(back))
    period = parse_period("month", "2026-11")
    plain = [case(1, "Công an phường", "Đang xử lý"), case(2, "Ủy ban MTTQ phường", "Đang xử lý")]
    fig = compute(plain, period).as_json()
    assert view.agency_headers(fig) == view.AGENCY_HEADERS and all(len(r) == 5 for r in view.agency_rows(fig))
    returned = plain + [case(3, "", "Chờ phân loại", ["Công an phường"]), case(4, "Trung tâm HCC", "Đã chuyển xử lý",
                                                                            ["Công an phường"])]
    fig = compute(returned, period).as_json()
    assert view.agency_headers(fig)[-1] == view.SENT_BACK_HEADER
    rows = {r[0]: r for r in view.agency_rows(fig)}
    assert rows["Công an phường"][-1] == "2" and rows["Trung tâm HCC"][-1] == "0"


def test_the_suggestion_is_yaml_an_officer_can_paste_into_a_rule_file():
    import yaml

    from hopthu.cli.rules import suggestion_yaml

    class Names:
        def category_name(self, cid):
            return {"chinh_sach": "Chính sách xã hội, y tế, giáo dục"}.get(cid, cid)

        def agency_name(self, aid):
            return {"vhxh": "Phòng Văn hóa - Xã hội"}.get(aid, aid)

    fixes = [Fix(c, f, o, n) for c in ("HT-6", "HT-7") for f, o, n in
             (("category", "moi_truong", "chinh_sach"), ("agency", "kt_hatang", "vhxh"))]
    text = suggestion_yaml(Names(), suggest(NOISE + MISLED, fixes), len(fixes))
    rules = yaml.safe_load(text)
    assert [r["then"] for r in rules] == [{"category": "chinh_sach", "agency": "vhxh"}, {"category": "chinh_sach"}]
    assert all("vệ sinh an toàn thực phẩm" in r["when"]["keywords"] for r in rules)
    assert "HT-6, HT-7" in text and '# exclude: ["' in text and "moi-truong-o-nhiem" in text
