"""The detectors of core/privacy on the writings of the tuning items p-2920 … p-2931 (homes beside the site of the
problem: a relative's home next to a workshop, given in brackets; a named household whose address is put in
apposition before what it does there; a lot with its house number), with and without diacritics."""

import pytest

from ward import gone


@pytest.mark.parametrize("text,personal,keep", [
    # someone living in the house next to the site, its number in brackets: the home goes, the site stays
    ("Xưởng cơ khí ở số 31 ngõ 40 Trần Phú kêu cả ngày. Mẹ em là bà Sen, 80 tuổi, ở căn cạnh xưởng (nhà số 33) "
     "không ngủ được.", ("số 33", "Sen"), ("số 31 ngõ 40 Trần Phú",)),
    ("Xuong co khi o so 31 ngo 40 Tran Phu keu ca ngay. Me em la ba Sen, 80 tuoi, o can canh xuong (nha so 33) "
     "khong ngu duoc.", ("so 33", "Sen"), ("so 31 ngo 40 Tran Phu",)),
])
def test_a_home_next_to_the_site_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", [
    # the named household's address in apposition, then what it does there: the address is the site
    ("Nhà ông Sáu Lắng, số 5 xóm Chùa, nuôi 20 con lợn sát vách nhà tôi, nước thải bốc mùi. Nhà tôi số 7.",
     ("Sáu Lắng", "số 7"), ("số 5 xóm Chùa",)),
    ("Nha ong Sau Lang, so 5 xom Chua, nuoi 20 con lon sat vach nha toi, nuoc thai boc mui. Nha toi so 7.",
     ("Sau Lang", "so 7"), ("so 5 xom Chua",)),
    # ... but not when what it does happens elsewhere: the home goes
    ("Nhà ông Sáu Lắng, số 5 xóm Chùa, đổ rác ra đầu ngõ mỗi tối.", ("Sáu Lắng", "số 5"), ("đầu ngõ",)),
    ("Nha ong Sau Lang, so 5 xom Chua, do rac ra dau ngo moi toi.", ("Sau Lang", "so 5"), ("dau ngo",)),
])
def test_a_household_apposed_before_what_it_does(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", [
    # a lot and its house number: the whole lot goes, even though the house number was masked first
    ("Nhà em mới chuyển về lô B4 nhà số 20 khu tái định cư Đồng Mai.", ("lô B4", "số 20"), ("khu tái định cư Đồng Mai",)),
    ("Nha em moi chuyen ve lo B4 nha so 20 khu tai dinh cu Dong Mai.", ("lo B4", "so 20"), ("khu tai dinh cu Dong Mai",)),
])
def test_a_lot_with_its_house_number_goes_whole(text, personal, keep):
    gone(text, *personal, keep=keep)
