"""Outside the ward's competence beside the ward's own look-alikes, round r-2731..r-2760 (rules/84 and rules/77's
hospital): a city hospital's drugs outside the insurance list, a driving licence, a loan contract with a finance
company, a divorce, the entrance exam to grade 10 are outside; a motorbike's registration is the ward police's;
threats from debt collectors stay the police's. Each wording with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import both, each_way, sub

CASES = both([
    ("Bố tôi nằm viện Bạch Mai, bệnh viện bắt mua thuốc ngoài danh mục bảo hiểm y tế gần 10 triệu, có đúng không?",
     "ngoai_tham_quyen", None),
    ("Bằng lái xe ô tô của tôi sắp hết hạn, đổi bằng bây giờ làm ở đâu, có làm online được không?",
     "ngoai_tham_quyen", None),
    ("Tôi vay 20 triệu qua ứng dụng của một công ty tài chính, giờ họ tính lãi và phí gần gấp đôi so với hợp đồng. "
     "Phường giải quyết giúp.", "ngoai_tham_quyen", None),
    ("Tôi muốn ly hôn đơn phương vì chồng bỏ đi 2 năm không về, làm thủ tục ở phường được không?",
     "ngoai_tham_quyen", None),
    ("Con tôi thi vào lớp 10 điểm môn toán bị chấm thấp bất thường, muốn phúc khảo thì gửi đơn ở đâu?",
     "ngoai_tham_quyen", None),
    ("Tôi mới mua xe máy, muốn đăng ký biển số thì mang giấy tờ gì lên công an phường ạ?", "thu_tuc", "cong_an"),
    ("Công ty tài chính cho người gọi điện khủng bố, dọa ghép ảnh tôi đăng lên mạng vì chậm trả nợ vay qua app.",
     "an_ninh", "cong_an"),
])


@pytest.mark.parametrize("text,category,agency", CASES)
def test_outside_the_ward_or_its_own(rules_alone, text, category, agency):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == (category, agency), d.why


@pytest.mark.parametrize("text", each_way(["Tôi đã ly hôn từ năm ngoái, giờ muốn tách hộ khẩu cho hai mẹ con thì làm "
                                           "thế nào?"]))
def test_a_divorce_done_is_only_the_background_of_a_residence_question(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.category != "ngoai_tham_quyen", d.why
