"""An abuse flag mended on merge-46 (p-4206), as the pipeline sets it: "cặn bã" (scum) folds to "can ba", the
words of a dog that bit a woman ("chó cắn bà Tư", "can ba hang xom"). Each with and without diacritics, beside the
insult that stays flagged."""

from __future__ import annotations

import pytest

from hopthu.core.textnorm import afold


@pytest.mark.parametrize("text", [
    "Nhà cô Lan ở ngõ 4 thả rông 5 con chó ra ngõ, sáng nay chó cắn bà Tư hàng xóm phải đi tiêm phòng dại. Đề nghị"
    " phường kiểm tra việc nuôi nhốt và tiêm phòng.",
    "Con chó nhà bên cắn bà cụ tổ 3 chảy máu chân, đề nghị phường nhắc chủ nhà rọ mõm chó.",
    "Chó thả rông cắn bà hàng xóm, đề nghị phường xử lý chủ nuôi.",
])
def test_a_dog_that_bit_a_woman_is_no_insult(pipeline_flags, text):
    for t in (text, afold(text)):
        assert "abusive" not in pipeline_flags(t, ""), t


@pytest.mark.parametrize("text", [
    "Lũ cán bộ phường là đồ cặn bã, chỉ biết ăn tiền của dân.",
    "Bọn cặn bã xã hội ở phường này không đáng làm cán bộ.",
])
def test_scum_said_of_officers_stays_abuse(pipeline_flags, text):
    for t in (text, afold(text)):
        assert "abusive" in pipeline_flags(t, ""), t


@pytest.mark.parametrize("text", [
    # parents told to mind their children on a fast lane (review of merge-46): a road-safety letter, no threat
    "Xe tải chở vật liệu chạy rất nhanh qua ngõ 15, phụ huynh phải coi chừng con nhỏ. Đề nghị phường tạo điều kiện"
    " làm gờ giảm tốc.",
    "Ngõ 8 có nhiều xe máy phóng nhanh, các bà mẹ đi chợ phải coi chừng con. Mong phường lắp biển báo và gờ giảm tốc.",
])
def test_parents_told_to_mind_their_children_are_no_threat(pipeline_flags, text):
    for t in (text, afold(text)):
        assert "abusive" not in pipeline_flags(t, ""), t


@pytest.mark.parametrize("text", [
    "Tao nói cho mày biết, con mụ tổ trưởng kia, tao coi chừng đấy.",
    "Mày nên coi chừng con mày đấy, đi học về một mình đường vắng lắm.",
    "Bà con đừng tin con mụ đó, còn mày thì coi chừng, tao biết nhà mày rồi.",
])
def test_a_warning_to_the_person_addressed_stays_a_threat(pipeline_flags, text):
    for t in (text, afold(text)):
        assert "abusive" in pipeline_flags(t, ""), t
