"""What the review of merge-47's privacy changes found (findings 1-8), each now a specification, with and without
diacritics where the finding holds both ways: a market named after a person is kept where "chợ" is said again, not
where "cho" gives or pays; a firm named after a person who is named as that person elsewhere loses the name both
times; a person joined to a firm by "và" is no part of its name; a role after "là" ("Thanh tra", "Thủ quỹ") is no
given name; a neighbour after bare "liền kề", "đất dịch vụ", "phân lô" is no place; the writer's own house, built
or rebuilt, is a home, not a building site; a shop named Tâm is a site, though "quán tâm" folds to "quan tâm"; a flat
let out ("cho thuê căn 5") is a site, not a home."""

from __future__ import annotations

import pytest

from ward import each_way_cases, gone


# finding 1: written with marks, "cho X" is "for X" unless it is "chợ X"; without marks, "cho" after a word of
# place or going ("ở chợ", "ra chợ") is the market said again
@pytest.mark.parametrize("text,personal,keep", [
    ("Tôi chuyển tiền cho Nguyễn Văn An nhưng anh ta không trả. Anh An bán hàng trong chợ Nguyễn Văn An cũ.",
     ("chuyển tiền cho Nguyễn Văn An",), ("trong chợ Nguyễn Văn An cũ",)),
    ("Bà Hoa vay tiền cho Nguyễn Văn An rồi bỏ trốn. Quầy của bà trong chợ Nguyễn Văn An đã đóng cửa.",
     ("vay tiền cho Nguyễn Văn An",), ("trong chợ Nguyễn Văn An",)),
])
def test_a_person_given_money_is_no_market_of_the_same_name(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Em mua thịt ở quầy chị Dung trong chợ Nguyễn Công Trứ, đề nghị kiểm tra ở chợ Nguyễn Công Trứ.",
     ("Dung",), ("trong chợ Nguyễn Công Trứ", "ở chợ Nguyễn Công Trứ")),
    ("Quầy cá trong chợ Nguyễn Công Trứ bốc mùi, sáng nào tôi ra chợ Nguyễn Công Trứ cũng thấy.", (),
     ("trong chợ Nguyễn Công Trứ", "ra chợ Nguyễn Công Trứ")),
]))
def test_a_market_placed_by_trong_cho_stays_where_it_is_said_again(text, personal, keep):
    gone(text, *personal, keep=keep)


# finding 2: GUIDE span rule 8, every occurrence of a personal string is personal
@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Tôi là giám đốc Công ty TNHH Xây dựng Nguyễn Văn Hùng, ông Nguyễn Văn Hùng nợ lương công nhân.",
     ("Nguyễn Văn Hùng",), ("Công ty TNHH Xây dựng", "nợ lương")),
    ("Cty TNHH MTV Trần Văn Bình giám đốc là Trần Văn Bình đã bỏ trốn.", ("Trần Văn Bình",), ("Cty TNHH MTV",)),
    # a firm's name that is no one mentioned stays, its manager goes
    ("Công ty TNHH Xây dựng Quang Minh đổ trộm phế thải, ông Lại Đức Toản là giám đốc.", ("Lại Đức Toản",),
     ("Công ty TNHH Xây dựng Quang Minh",)),
]))
def test_a_firm_named_after_a_person_named_elsewhere_loses_the_name_both_times(text, personal, keep):
    gone(text, *personal, keep=keep)


# finding 3
@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Đề nghị xử lý công ty xây dựng và Nguyễn Văn Hải đã đổ phế thải ra ngõ 5.", ("Nguyễn Văn Hải",),
     ("công ty xây dựng và",)),
    # "và" inside the firm's registered name still joins its trade words
    ("Xe tải của Cty CP Thương mại và Dịch vụ Hùng Cường đỗ chắn phố Hàng Chuối.", (),
     ("Cty CP Thương mại và Dịch vụ Hùng Cường",)),
]))
def test_a_person_joined_to_a_firm_by_va_is_no_part_of_its_name(text, personal, keep):
    gone(text, *personal, keep=keep)


# finding 4
@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Em trai bà Lan là Thanh tra xây dựng quận nên nhà bà xây sai phép không bị xử lý.", ("Lan",),
     ("là Thanh tra xây dựng quận",)),
    ("Con rể ông Tư là Thượng tá công an tỉnh nên ông ấy không sợ ai.", (), ("là Thượng tá công an",)),
    # a given name standing alone after "là" still goes
    ("Em trai anh Quân là Thọ còn quát mắng cả xóm.", ("Quân", "Thọ"), ("còn quát mắng",)),
]))
def test_a_role_after_la_is_no_given_name(text, personal, keep):
    gone(text, *personal, keep=keep)


# (without marks "Thu quy" was cut by another detector before merge-47 too: not this finding)
@pytest.mark.parametrize("text,personal,keep", [
    ("Vợ anh Tuấn là Thủ quỹ hội phụ nữ đã làm mất tiền quỹ.", ("Tuấn",), ("là Thủ quỹ hội phụ nữ",)),
    # a name followed by a verb written with its marks is no role: "về" is no "vệ" (Bảo vệ), "khó" no "kho"
    ("Vợ anh Tuấn tên là Lan về quê từ tháng trước, để con cho hàng xóm trông.", ("Lan",), ("về quê",)),
    ("Con dâu bà Tư là Hoa khó tính, ngày nào cũng chửi bới.", ("Hoa",), ("khó tính",)),
])
def test_a_treasurer_after_la_is_no_given_name_but_a_name_before_a_verb_is(text, personal, keep):
    gone(text, *personal, keep=keep)


# finding 5
@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Nhà tôi liền kề Nguyễn Văn Hùng, ông ấy xây lấn sang đất tôi.", ("Nguyễn Văn Hùng",), ("Nhà tôi liền kề",)),
    ("Tôi mua đất phân lô của ông Nguyễn Văn Hùng, đất liền kề Trần Văn Bình cũng bị lấn.",
     ("Nguyễn Văn Hùng", "Trần Văn Bình"), ("đất liền kề",)),
    ("Tôi được giao đất dịch vụ Trần Văn Bình đã bán lại trái phép.", ("Trần Văn Bình",), ("đất dịch vụ",)),
    # a named estate after "khu …" is a place and stays
    ("Khu phân lô Đồng Mai chưa có đường điện, khu đất dịch vụ Đồng Mai ngập nước.", (),
     ("Khu phân lô Đồng Mai", "khu đất dịch vụ Đồng Mai")),
]))
def test_a_neighbour_after_bare_lien_ke_or_phan_lo_is_no_place(text, personal, keep):
    gone(text, *personal, keep=keep)


# finding 6
@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Năm ngoái tôi mới xây nhà ở số 15 ngõ 8 phố Tân Mai, nay xe tải chạy qua làm nứt tường.", ("số 15",),
     ("ngõ 8 phố Tân Mai",)),
    ("Nhà tôi vừa xây lại nhà ở số 27 ngõ 12, đề nghị phường cho đấu nối thoát nước.", ("số 27",), ("ngõ 12",)),
    ("Tôi mới xây nhà ở số 15 ngõ 8, xin hỏi thủ tục hoàn công.", ("số 15",), ("thủ tục hoàn công",)),
    # the house built in a comma clause before: the owner's own home after the comma goes
    ("Ông Hùng xây nhà cho con trai ở số 30 ngõ 9, còn ông ở số 32 ngõ 9.", ("số 32",), ("còn ông ở",)),
    # someone else's house going up is the site and stays
    ("Gia đình ông Phạm Quang Vinh xây nhà bốn tầng tại số 21 ngõ 27 lấn ra lối đi chung.", ("Phạm Quang Vinh",),
     ("số 21 ngõ 27",)),
]))
def test_the_writers_own_house_built_or_rebuilt_is_a_home_not_a_site(text, personal, keep):
    gone(text, *personal, keep=keep)


# finding 7
@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Quán Tâm ở số 12 ngõ 5 bán rượu cho học sinh.", (), ("Quán Tâm ở số 12 ngõ 5",)),
    # "quan tâm" (to care about) a person living there: her home goes
    ("Nhờ phường quan tâm bà Sáu ở số 3 ngõ 7 sống một mình.", ("Sáu", "số 3"), ("quan tâm",)),
]))
def test_a_shop_named_tam_is_a_site_though_it_folds_to_quan_tam(text, personal, keep):
    gone(text, *personal, keep=keep)


# finding 8 (without marks "cho thue" is "cho thuê", letting out; "thue can" alone is renting to live in)
@pytest.mark.parametrize("text,personal,keep", [
    ("Ong Hai cho thue can 5 lam kho chua son, rat nguy hiem.", (), ("cho thue can 5",)),
    # renting it to live in, it is a home
    ("Toi thue can 12 o tu nam ngoai, chu nha cat nuoc suot.", ("can 12",), ("chu nha cat nuoc",)),
    ("Bac toi o can 16 khu phan lo Dong Mai bi nut tuong.", ("can 16",), ("khu phan lo Dong Mai",)),
])
def test_a_flat_let_out_is_the_site_not_a_home(text, personal, keep):
    gone(text, *personal, keep=keep)
