"""An abuse flag mended on merge-48 (p-4636), as the pipeline sets it: typed without diacritics, "vo be bon cau" is
"vỡ bệ bồn cầu" (a broken toilet base), not "vợ bé" (a concubine): a tenant's deposit dispute that mentions the
group's mediation is no slander of an official. The slander itself stays flagged, with and without diacritics."""

from __future__ import annotations

import pytest

from hopthu.core.textnorm import afold


@pytest.mark.parametrize("text", [
    "Chủ nhà nói em làm vỡ bệ bồn cầu nên giữ 16 triệu tiền cọc, tổ hòa giải và cán bộ tư pháp chưa giải quyết được.",
    "Vợ ông ấy bảo tôi làm vỡ bệ xí, đòi trừ tiền cọc; nhờ cán bộ phường hòa giải giúp.",
])
def test_a_broken_toilet_is_no_concubine(pipeline_flags, text):
    for t in (text, afold(text)):
        assert "abusive" not in pipeline_flags(t, ""), t


@pytest.mark.parametrize("text", [
    "Cán bộ địa chính phường có vợ bé ở phố trên, tiền đâu mà nuôi, ai cũng biết.",
])
def test_a_concubine_pinned_on_an_official_stays_abuse(pipeline_flags, text):
    for t in (text, afold(text)):
        assert "abusive" in pipeline_flags(t, ""), t
