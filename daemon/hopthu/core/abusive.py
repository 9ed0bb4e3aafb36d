"""Abuse cues: which items abuse the mailbox, and why. Pure, no I/O.

"Lợi dụng, xúc phạm" (seed 004, "Đề nghị Công an phường"; tests/eval/privacy/GUIDE.md, "Flags"):
incitement and distortion against the state, the front or the mailbox, defamation of named people with
invented accusations, threats, gross insults. Never acted on automatically: the chair gets a notice and
decides. A false alarm costs a glance, a miss lets a threat be routed as ordinary feedback, so the cues
lean towards recall.

The cues read the text with its disguises undone ("nguuu", "n g u", "c.h.ó", "b0n c4n b0", a sentence
dotted letter by letter) and with someone else's words the writer reports blanked ("quát tôi 'đồ ngu'",
"chửi tôi là …"): `core.unmask`. Phrase lists are matched as `core.cuewords` says (a text written with
diacritics is held to them: "án đào" is not "ăn dao"). One obscenity or curse, starred ones included
("l*n", "đ*o"), is enough; other insults need two, or an insult aimed at someone ("lũ … ăn hại"), or an
accusation with it; accusations need a rumour's certainty, an insult or a call to spread them ("share
mạnh", "chia sẻ thật rộng", "để dân phán xét"), or a call to punish or shun the person ("cho ông ta nghỉ đi",
"tẩy chay"); distortion needs two of its phrases, or an insult, or a road blocked with an ultimatum. A people run
down by its origin is `core.slurs`; a call to harass and sexual harassment are `core.harass`.
"""

from __future__ import annotations

import re

from hopthu.core.cuewords import Forms, Phrases
from hopthu.core.harass import harassment
from hopthu.core.menace import menaces
from hopthu.core.oaths import unsworn
from hopthu.core.phrases import whole_words
from hopthu.core.slurs import slurs
from hopthu.core.textnorm import afold, fold, fold_case
from hopthu.core.threats import REPORT_WINDOW, REPORTED, THREAT, threats, veiled
from hopthu.core.unmask import MASKED_WORD, unmask, unquote

#: A grave crime or a slur said to be what a person is ("bà Lý là gián điệp", "nó là kẻ hiếp dâm", "con Hoa là
#: con đĩ"): thrown at someone, one is enough (with diacritics, or folded when the text has none).
_BRANDED = (
    r"là (?:kẻ |thằng |con |tên |đồ |bọn |lũ |một |một tên |một thằng |dân |người của |tay sai của |nhà )?(?:gián điệp"
    r"|phù thủy|phù thuỷ|hiếp dâm|ấu dâm|buôn người|buôn ma túy|sát nhân|giết người|gái gọi|ma cô|phản động|tay sai"
    r"|bán nước|thế lực thù địch|đầu gấu|côn đồ|lưu manh|buôn lậu|đầu nậu|bọn đầu nậu|xã hội đen|bọn xã hội đen|gái bao"
    r"|mẹ mìn|bắt cóc trẻ em|buôn trẻ em|phản quốc|chỉ điểm"
    # a snake in the kitchen asked about is no person branded: "không biết là rắn độc hay không" (r-5232)
    r"|rắn độc(?! hay)"
)
_BRANDED_MARKED = re.compile(r"(?<!\w)" + _BRANDED + r"|đĩ|điếm)(?!\w)")
#: Without diacritics, not "đĩ", "điếm": "người lạ đi" folds to "la di".
_BRANDED_PLAIN = re.compile(r"(?<!\w)" + fold(_BRANDED) + r")(?!\w)")
#: The person addressed called an animal, however politely: "em xin phép được gọi anh là con chó giữ cửa", "gọi các
#: vị là lũ đỉa". Not "nó gọi tôi là …": the writer reporting an insult (`unmask.unquote`).
_ADDRESSEES = r"(?:anh|ông|bà|chị|cô|chú|mày|các ông|các bà|các vị|các ngài|các anh|các chị|hắn|lão|mụ)(?: ta| ấy)?"
_CALLED_ANIMAL_MARKED = re.compile(r"(?<!\w)gọi " + _ADDRESSEES + r" là (?:con |đồ |thằng |lũ |bọn |mấy con |những con "
                                   r"|một con |bầy )?(?:chó|lợn|heo|bò|khỉ|đỉa|chuột|sâu|rắn|cáo|trâu)(?!\w)")
#: Bare, the head is needed and only the animals no other word folds to ("lon" is "lớn", "bo" "bố").
_CALLED_ANIMAL_PLAIN = re.compile(r"(?<!\w)goi " + fold(_ADDRESSEES) + r" la (?:con|do|thang|lu|bon|may con|nhung con"
                                  r"|mot con|bay) (?:cho|heo|dia|chuot)(?!\w)")
#: A bed traded for a post, asked about: "chị ngủ với mấy ông thì được lên nhanh thế ạ?".
_SEX_FOR_POST = (r"ngủ với (?:mấy|bao nhiêu|ai|những ai|bao người|mấy người|sếp|lãnh đạo|nửa|cả|hết|khắp)(?:\s\w+){0,6}?"
                 r"\s(?:thì|mà|để|nên)\s(?:mới\s)?(?:được\s)?(?:lên|thăng|leo|làm|vào|bầu)")
_SEX_FOR_POST_MARKED = re.compile(r"(?<!\w)" + _SEX_FOR_POST + r"(?!\w)")
_SEX_FOR_POST_PLAIN = re.compile(r"(?<!\w)" + fold(_SEX_FOR_POST) + r"(?!\w)")
#: A gross insult aimed at someone by its shape: a contemptuous head ("đồ", "lũ", "bọn", "thằng", "con mụ") and,
#: within three words, what they are called ("đồ khốn nạn", "lũ công an … đồ mặt dày", "cán bộ là lũ sâu bọ"),
#: or an animal comparison ("ngu như lợn"). One is enough: it is said to a person, not about a problem.
_ADDRESSED_HEADS = r"(?:đồ|lũ|bầy|bọn|đám|thằng|thg|con mụ|mụ|tụi|chúng mày|bọn mày|cái loại|loại)"
_ADDRESSED_INSULT_MARKED = re.compile(
    r"(?<!\w)(?:" + _ADDRESSED_HEADS + r"(?:\s\w+){0,3}?\s(?:khốn nạn|mặt dày|sâu bọ|sâu mọt|vô dụng|ăn hại|ăn bám"
    r"|súc vật|súc sinh|rác rưởi|mất dạy|vô học|cặn bã|bẩn thỉu|thối tha|vô liêm sỉ|đầu đất|bã đậu|ăn không ngồi rồi"
    r"|mạt hạng|vô tích sự|tay sai|chó má|hèn hạ|đê tiện|bỉ ổi|ký sinh trùng|thất đức|đội lốt người|mọt gông|ký sinh"
    r"|đạo đức giả|mặt người dạ thú)"
    # one-syllable words only right after the head: "đồ chó", but "bọn trộm chó" are dog thieves
    # "bầy" before an animal is a pack of it when what the animals do follows ("một bầy chó thả rông", r-3699);
    # people called one stay insulted ("các ông là một bầy chó, chỉ biết ăn tiền dân", "Bầy lợn phường này")
    r"|" + _ADDRESSED_HEADS + r"\s(?:khốn|ngu|hèn)|" + _ADDRESSED_HEADS + r"(?<!bầy)\s(?:chó|lợn)"
    r"|bầy\s(?:chó|lợn)(?!\s(?:thả|cắn|sủa|hoang|rượt|chạy|nuôi|đói|bới|kéo|con|mấy|vài|của nhà|nhà)(?!\w))"
    r"|đồ con (?:chó|lợn|heo|bò)|ngu như (?:chó|lợn|bò|heo)"
    r"|(?:cái thứ|thứ|loại) (?:\w+\s){0,3}?như (?:ông|bà|mày|mụ|hắn|lão|các ông|chúng mày|bọn mày) (?:thì|chỉ)"
    r"|vứt cho chó|(?:não|óc)(?:\s\w+){0,4}?\s(?:chỉ\s)?để trang trí"
    # a slur thrown in sarcasm: "loại óc lợn như ông mà cũng ngồi được ghế chủ tịch"
    r"|(?:loại|thứ|đồ) (?:óc|não) (?:lợn|heo|bò|trâu|tôm)(?: như (?:ông|bà|mày|hắn|lão|mụ|các ông|các vị))?)(?!\w)"
)
#: The same without diacritics, leaving out the words that fold to ordinary ones ("chó"/"cho", "lợn"/"lớn",
#: "ngu"/"ngủ", "đồ"/"do" as in "lý do cho").
_ADDRESSED_INSULT_PLAIN = re.compile(
    r"(?<!\w)(?:(?:lu|bay|bon|thang|thg|con mu|tui|chung may|bon may)(?:\s\w+){0,3}?\s(?:khon nan|mat day|sau bo|sau mot"
    r"|vo dung|an hai|an bam|suc vat|suc sinh|rac ruoi|mat day|vo hoc|can ba|vo liem si|dau dat|ba dau"
    r"|an khong ngoi roi|mat hang|vo tich su|tay sai"
    # bare "de tien" is as often "để tiện / để tiền" ('tu thang truoc de tien cham soc ba', r-4664) as "đê tiện"
    r"|de tien(?!\s(?:cham|lien|theo|di|ve|lam|mua|gui|tra|dong|nop|an|o|sinh|hoc|kham|cho|xem|tim|nhan|lay|giu"
    r"|dua|don|thue|tiet|chi|tieu|sua|xay|nuoi|mo|ban))|bi oi|ky sinh trung|that duc|doi lot nguoi|mot gong"
    r"|dao duc gia|mat nguoi da thu)|ngu nhu (?:cho|lon|bo|heo)"
    # "đồ" (as "do", "lý do") only right before the insult; "lũ ngu", "lũ chó" ("bọn chó" is "bốn chỗ")
    r"|do (?:khon nan|mat day|suc vat|suc sinh|vo liem si|rac ruoi|vo hoc|can ba|khon kiep|mat net|that duc|con heo"
    r"|an hai(?! san)|an bam)"  # not "đồ ăn hải sản", nor "đồ vô dụng" (junk)
    # people called a pack of dogs: "các ông là bầy chó" (not "một bầy chó thả rông")
    r"|(?:la|nhu) bay cho"
    # not the flood: "hỗ trợ lũ cho đúng", "đợt lũ cho bà con" (r-3631)
    r"|(?<!ho tro )(?<!cuu tro )(?<!dot )(?<!mua )(?<!nuoc )(?<!bao )(?<!ngap )(?<!vung )(?<!chong )(?<!sau )"
    r"(?<!xa )(?<!tran )(?<!tien )lu (?:ngu|cho))(?!\w)"
)
#: The heads of `_ADDRESSED_INSULT_PLAIN` as a text written with diacritics may write them before an insult typed
#: bare ("lũ suc vat ở phường", "bọn can bo vo dung"): the head with its own marks, or a bare form no other word
#: has ("lu" is a water jar, "bon" "bốn", "thang" a ladder, "tui" the writer, "do" "because").
_HEADS_MARKED = frozenset(("lũ", "bầy", "bọn", "thằng", "thg", "con mụ", "con mu", "tụi", "chúng mày", "chung may",
                           "bọn mày", "bon may", "đồ"))


def _mixed_insults(forms: Forms) -> list[str]:
    """Addressed insults typed without diacritics inside a text written with them ("lũ suc vat ở phường"): the
    insult's words bare as typed, its head one of `_HEADS_MARKED` (a bare insult word there is no other word)."""
    found = []
    for m in _ADDRESSED_INSULT_PLAIN.finditer(forms.folded):
        span = forms.marked[m.start():m.end()]
        words, bare = span.split(" "), m.group(0).split(" ")
        head = next((h for h in _HEADS_MARKED if span.startswith(h + " ") and afold(h) == " ".join(bare[:len(h.split())])),
                    None)
        insult = bare[-2:] if len(bare) > 2 else bare[1:]
        if head is not None and words[-len(insult):] == insult:
            found.append(span)
    return found


#: Obscenities masked with dots or stars ("đ.m", "c*c", "v.l", "đ**"): the masking shows the writer knew.
_MASKED = re.compile(
    r"(?<!\w)(?:[đd][.*]\s?m{1,2}|[đd][.*]c[.*]?m|[đd][.*]k[.*]?m|c\*c|l\*n|v\*c?\*?l|[đd][*.][iĩ]t|[đd]\*{2,3}|c\*{2,3}|l\*{2,3})"
    r"(?![\w*])"
)
#: Someone else's call the writer reports: "có tài khoản … kêu gọi mọi người kéo lên vây trụ sở", leaflets found
#: ("tờ truyền đơn, nội dung kêu gọi dân tẩy chay bầu cử", r-4503) (folded, before). A leaflet counts only with its
#: content described ("nội dung"): "đi rải truyền đơn kêu gọi" is the writer's own call, and a folded "tờ rơi" is also
#: "to rồi" ("chuyện đã to rồi, anh em kêu gọi ...", review 48r).
_REPORTED_CALL = re.compile(
    r"(?<!\w)(?:co nguoi|co tai khoan|tai khoan|nick|ai do|nhom|bon ho|may nguoi|ke xau|doi tuong|nguoi la"
    r"|(?:to truyen don|truyen don|to roi),?\s(?:co\s)?noi dung)"
    r"(?:\s\S+){0,8}?\s(?:keu goi|ru re|ru|xui giuc|kich dong|tuyen truyen|dang bai)(?!\w)"
)
#: Incitement and distortion against the state, the front or the mailbox.
_INCITE = Phrases(
    "lật đổ", "đứng lên lật đổ", "dân phải đứng lên", "hãy đứng lên", "phản động", "chống phá", "tẩy chay bầu cử", "tẩy chay", "chế độ này",
    "chế độ thối nát", "thối nát", "bù nhìn", "trò lừa bịp", "bịt miệng dân", "chia sẻ bài này",
    "cướp đất của dân", "ăn cướp", "việt tân", "đa đảng", "độc tài",
    "bóc lột", "bóc lột dân", "trò hề", "đừng đi bầu", "chính quyền này", "kéo lên", "đập phá",
    "bọn bán nước", "lũ bán nước", "kẻ bán nước",  # never "quân bán nước": it folds to "quán bán nước"
    "dân phải đứng lên", "đứng lên thôi", "đừng tin bọn", "theo dõi dân", "tẩy chay ngay",
    "đảng cộng sản", "xuống đường", "biểu tình", "đứng lên chống", "chống lại chính quyền", "không đóng thuế",
    "dân chủ đa nguyên", "chế độ độc tài",
    # not a bare "chặn cổng", "chặn đường", "kéo nhau": a lorry blocks the gate, parents crowd the road
    "chặn cổng ubnd", "chặn cổng ủy ban", "chặn cổng phường", "chặn cổng trụ sở", "kéo ra chặn", "kéo nhau ra chặn",
    "băng rôn", "tay sai", "đập hết xe", "bình phong", "nhà nước lừa", "chính quyền lừa", "phường lừa dân",
    "lừa dân thôi", "đừng ai tin", "làm màu", "chỉ để làm màu", "tỉnh ngộ", "hãy tỉnh ngộ",
    "bịp dân", "bọn chính quyền", "lũ chính quyền", "đừng tin lời", "chỉ để lừa dân", "góp ý cũng bằng thừa",
    "mang theo gậy gộc", "mang gậy gộc", "tập trung trước ubnd", "tập trung trước ủy ban", "tập trung trước phường",
    "tập trung trước trụ sở",
    "đảng này", "nhà nước này", "chế độ mục nát", "việt cộng", "đcs", "csvn", "dư luận viên",
    "bạo loạn", "đảng cướp", "chế độ cộng sản", "cộng sản độc tài",
    "không cho ai vào làm việc", "bịt miệng", "tập trung đông", "bao vây", "vây trụ sở", "kéo đến trụ sở",
    "kéo đến ủy ban", "kéo lên ủy ban", "chiếm trụ sở", "tụ tập trước", "không nộp thuế", "bất tuân",
    "hút máu dân", "hút máu người dân", "hút máu nhân dân", "bọn cộng sản", "lũ cộng sản", "toàn lừa dân", "cút hết", "cút hết đi",
    # distortion of a policy, of the Party, the State, the front or the mailbox, with no insult
    "tuyên truyền dối trá", "dối trá", "lừa dối nhân dân", "phản bội nhân dân", "không còn vì dân", "đảng cử dân bầu",
    "che mắt nhân dân", "che mắt dân", "đừng ai đi bầu", "móc túi dân", "chỉ lo cho quan chức", "cướp trắng",
    "danh sách đen", "bà con đừng gửi", "đừng ai gửi", "công cụ để chính quyền", "công cụ của chính quyền",
    "thực chất là để nhà nước", "thực chất là công cụ", "bán rẻ đất nước", "bán đất nước", "cho ngoại bang",
    "im lặng là đồng lõa", "đừng mất công góp ý", "làm cảnh cho vui",
    "trò bịp", "sổ đen", "trù dập người dân", "trù dập dân", "thu thập thông tin rồi",
    "sống bằng khẩu hiệu", "chỉ giỏi khẩu hiệu", "làm con rối", "tập trung trước cổng ubnd", "tập trung trước cổng ủy ban",
    "tập trung trước cổng phường", "tập trung trước cổng trụ sở", "không ai được về", "cán bộ nào ra",
    "giữ cán bộ lại", "không cho cán bộ về",
    "vây kín trụ sở", "vây kín ủy ban", "vây kín ubnd", "vây kín phường",
    # the mailbox as a trap: "hòm thư … chỉ là trò lừa, gửi vào để bọn nó biết ai chống đối rồi trù dân"
    "chỉ là trò lừa", "biết ai chống đối", "trù dân", "đừng ai dại mà",
    # "cái hòm thư số này là để công an theo dõi, bắt bớ người dân nói thật. Đừng ai quét mã"
    "để công an theo dõi", "theo dõi, bắt bớ", "đừng ai quét mã",
    "họp nhau trước cổng", "chặn hết lối vào", "livestream cho cả nước", "đông người mới có sức mạnh",
    "đông người thì chúng nó", "kéo sang phường", "kéo lên phường", "bị bịt miệng",
    # the mailbox as a show: "hộp thư chỉ là sân khấu để diễn trò, đọc xong xóa"
    "đọc xong xóa", "đọc xong rồi xóa", "chỉ để diễn kịch", "chỉ là diễn kịch", "diễn trò gần dân", "sân khấu để diễn",
    # a crowd sent to an official's home: "cùng kéo đến tận nhà riêng ông chủ tịch mà đòi, … ngồi lì ở đó"
    "kéo đến tận nhà", "kéo tới tận nhà", "kéo đến nhà riêng", "kéo tới nhà riêng", "đến tận nhà riêng",
    "ngồi lì ở đó", "ngồi lì trước", "cho cả phố biết mặt", "đập cửa cho",
    # the vote called complicity: "ai đi bầu là tiếp tay cho tụi ăn cướp", a neighbour shunned by the whole group
    "ai đi bầu là", "đi bầu là tiếp tay", "không ai đi bầu", "bầu cho nhau hết", "không ai chơi với nhà",
    # pressure on the hesitant: "đứa nào không đi coi như phản bội anh em"
    "coi như phản bội", "không đi là phản bội", "không đi là hèn",
    # the office kept from working: "kéo lên phường, chặn cổng không cho ai làm việc"
    "không cho ai làm việc", "chặn cổng không cho",
    # a policy said to be a cover and a boycott of the ward called: "chính sách sáp nhập phường thực chất là để mấy ông
    # cán bộ ăn tiền đất, … bà con đừng ai nộp giấy tờ gì cho phường nữa, tẩy chay hết"
    "thực chất là để cán bộ", "thực chất là để mấy ông", "thực chất là để bọn", "đừng ai nộp",
)
#: A crowd called to the ward's offices by its shape: "kéo hết lên phường", "kéo nhau đến trụ sở", a sit-in there
#: ("ngồi lì trong hội trường") (folded); not one that already went ("đã kéo lên phường hỏi 3 lần").
_GATHER = re.compile(r"(?<!\w)(?:(?<!da )(?<!tung )(?<!lai )keo (?:het |nhau |ca |tat ca |ca xom |ca ngo )?(?:len|den|toi"
                     r"|sang|ra|vao) (?:tan )?|ngoi li (?:o |trong |tai |truoc )(?:cong )?)(?:phuong|uy ban|ubnd|tru so"
                     r"|hoi truong)(?!\w)")
#: Obscenities and curses: one is enough, unless it is
#: someone else's words the writer reports (`unmask.unquote`).
_OBSCENE_WORDS = (
    "dm", "chết đi thằng", "chết đi con", "dmm", "dcm", "dkm", "dcmm", "vcl", "vkl", "vcd", "vcc", "clm", "clgt", "cmn", "cmnr",
    "dit me", "dit con me", "dit cu", "vai l", "vai lon", "vai ca l", "nhu cc", "cc gi",
    "cai cc", "me kiep", "oc cho", "shit", "fuck", "wtf", "djt", "djt me", "dis me", "occ", "loz", "con loz",
    "vloz", "vlon", "clmm", "nhu l", "khon kiep", "con me may", "tổ sư",  # not "tỏ sự"
    # "đéo" folds to "đeo" (to wear): only in the turns that "đeo" never takes
    "deo ra gi", "deo biet", "deo ai", "deo lam", "deo hieu", "deo can", "deo thay",
)
_OBSCENE = Phrases(*_OBSCENE_WORDS, "đụ mẹ")  # not "dù mẹ tôi"
#: "fucking" is a curse, unless it only intensifies a plight: "it's fucking unbearable" is about the noise (folded).
_FUCKING = re.compile(r"(?<!\w)fucking(?!\w)(?! (?:unbearable|loud|annoying|noisy|terrible|awful|ridiculous|slow|late|hot"
                      r"|cold|dark|dirty|smelly|long|bad|frustrating|tired|impossible|dangerous|expensive|hard)(?!\w))")
#: "đụ má" typed bare, not "đủ mà" after a word of quantity ("day du ma song": "đầy đủ mà sống").
_DU_MA_PLAIN = re.compile(r"(?<!\w)(?<!day )(?<!vua )(?<!khong )(?<!chua )(?<!cung )(?<!da )du ma(?!\w)")
#: The same with their diacritics: they fold to ordinary words ("đéo" → "deo", "chó má" → "cho ma"); a dead dog
#: in a ditch ("con chó chết trôi ở mương") is no swear word.
_OBSCENE_MARKED = re.compile(r"(?<!\w)(?:đéo|địt|đụ|đĩ mẹ|đù má|đù mẹ|lồn|cặc|buồi|đm|đmm|đcm|đkm|đjt|chó má"
                             r"|(?<!con )(?<!xác )chó chết(?! trôi| rồi| nằm| ở| thối| bên| dưới| giữa)"
                             r"|con mẹ mày|mẹ mày|bố mày|cha mày|mả mẹ|mả cha|khốn kiếp|tổ sư|tiên sư|ăn cứt|đờ mờ|vờ lờ|cờ lờ|lìn)(?!\w)")
#: Gross insults.
_INSULT = Phrases(
    "lũ chó", "thằng chó", "óc chó", "mẹ kiếp", "súc sinh", "súc vật", "lũ ăn hại",
    "bọn ăn hại", "lũ ăn bám", "đĩ điếm", "con mụ", "thằng chủ tịch", "bọn cán bộ", "lũ cán bộ",
    "một lũ", "bọn chúng", "tụi mày", "chúng mày", "bọn mày", "thằng nào cũng như thằng nào",
    "cái loại", "đồ khốn", "khốn nạn", "mất dạy", "vô học", "đồ ăn hại", "chết đi", "chết hết đi",
    "chết cả lũ", "một guốc", "thằng ăn cắp", "lũ lừa đảo", "kẻ bảo kê",
    "óc lợn", "óc heo", "lũ óc", "đồ ác độc", "đồ mất nết", "mất nết", "chết sạch", "chết hết", "cầu cho cả nhà",
    "lũ ăn bám", "lũ ngu", "đồ khốn nạn", "đồ súc vật", "đồ rác rưởi",
    "thằng khốn", "đồ điên", "lũ sâu mọt", "sâu dân mọt nước", "vô liêm sỉ", "đồ hèn", "lũ hèn", "quan tham",
    "lũ tham nhũng", "bọn tham nhũng", "con hoang", "thằng ngu", "ngu như bò", "ngu như lợn", "óc bò",
    "đầu đất", "bã đậu", "não tôm", "mạt hạng", "ăn không ngồi rồi", "vô tích sự", "đồ vô liêm sỉ", "con sâu",
    "cái nghề không ra gì", "nghề không ra gì", "nhục cho dân", "ngu vcđ", "lũ ngu",
    "đồ thất đức", "thất đức", "đần độn", "ngu dốt", "lũ hề", "đồ rẻ rách", "óc trâu", "não ngắn", "cướp ngày",
    "lưu manh", "đồ lưu manh", "mồm loa mép giải", "lắm mồm", "đồ lắm mồm", "cút đi", "cút về", "cút khỏi",
    "cút xéo", "đồ con lợn", "đồ trâu bò", "não lợn",
    "đội lốt người", "lũ ăn cướp", "bọn ăn cướp", "bọn công an", "lũ công an", "bọn cảnh sát", "lũ cảnh sát",
    "ngu mới tin", "phải bị thiến", "pê đê", "bê đê", "thằng bóng", "bọn bóng", "bệnh hoạn", "nuôi báo cô",
    "ký sinh trùng", "bầy ký sinh", "ăn hại", "nhổ vào mặt", "đồ con chó", "đồ con heo",
    # fed and fattened at the people's expense, said however politely ("xin trân trọng cảm ơn các vị đã ăn no ngủ kỹ")
    "ăn no ngủ kỹ", "ăn no ngủ kĩ", "vỗ béo", "chờ ngày xuất chuồng", "chờ xuất chuồng", "đạo đức giả",
    "mặt người dạ thú", "fucking",
    # English: "your ward chairman is a corrupt pig"
    "pig", "pigs", "scum", "bastard", "bastards", "idiot", "idiots", "moron", "morons", "asshole", "assholes",
    "dirty monkey", "dirty monkeys",
    # a person thrown away or called a gang, a woman called loose: "loại cán bộ như ông … chỉ đáng vứt vào sọt rác,
    # cả họ nhà ông ta là phường trộm cướp", "loại đàn bà lăng loàn"
    "đáng vứt vào sọt rác", "đáng vứt vào thùng rác", "là phường trộm cướp", "là quân trộm cướp", "là lũ trộm cướp",
    "là bọn trộm cướp", "lăng loàn", "lẳng lơ", "loại đàn bà", "con đàn bà", "đồ đàn bà",
    # whose folded form is ordinary ("đồ chó" as "lý do cho", "bọn chó" as "bốn chỗ", "đồ ngu" as "do ngủ ít")
    "đồ chó", "bọn chó", "đồ ngu",
    # teencode (no word of Vietnamese folds to these)
    "dm", "dmm", "dcm", "dkm", "dcmm", "vl", "vcl", "vkl", "clm", "cmm", "dit me", "dit",
    *_OBSCENE_WORDS,
)
#: Short insults that fold to ordinary words: matched with their diacritics only.
_INSULT_MARKED = re.compile(r"(?<!\w)(?:thằng|thg|đứa|hắn|mụ|đéo|địt|đụ|đĩ|lồn|cặc|buồi|đm|đmm|đcm|đkm|vcl|vkl|con đĩ"
                            r"|đồ điếm|mặt chó|ngu học|con mẹ)(?!\w)")
#: Accusations that, thrown at a person, are invented more often than not.
#: An affair or bribes, in Vietnamese and English: an accusation, and one that defames when spread.
_AFFAIRS_AND_BRIBES = ("quan hệ bất chính", "quan hệ nam nữ bất chính", "quan hệ mờ ám", "takes bribes", "take bribes",
                       "took bribes", "bribes", "corrupt")
_ACCUSE = Phrases(
    "gián điệp", "phù thủy", "bùa", "bùa ngải", "nuôi quỷ", "bỏ bùa", "buôn ma túy", "hiếp dâm",
    "bỏ thuốc độc", "đầu độc", "ngủ với đàn ông", "ngủ với chồng người", "ngủ với vợ người", "ngủ với",
    "ăn cắp", "ăn cướp", "đi tù", "tù chung thân", "bảo kê", "nhận phong bì", "nhận hối lộ", "hối lộ",
    "giết người", "chôn", "tiền nước ngoài", "ma túy", "sới bạc", "lừa đảo", "đĩ điếm",
    "ăn tiền", "chia nhau", "mỗi đứa", "phản động", "nhận tiền",
    "tham nhũng", "ăn chặn", "tiền bẩn", "gái gọi", "nghiện", "nghiện hút", "đẻ con không cha", "bồ nhí",
    "bị bắt", "dân anh chị", "bọn bán nước", "phong bì", "ăn tiền của dân", "tham ô",
    "ngoại tình", "cặp bồ", "ăn hối lộ", "đút lót", "buôn người", "mại dâm", "ấu dâm", "ma cô",
    "hàng giả", "trốn thuế", "đánh bạc", "bán thuốc giả", "thuốc giả", "cặp kè", "bỏ túi", "bao che", "xã hội đen",
    "ăn bẩn", "ăn bớt", "biển thủ", "rửa tiền", "rút ruột", "vơ vét", "buôn lậu", "chạy chức", "mua quan bán chức",
    "chạy án", "lót tay", "chia chác", "ăn chia", "sân sau", "ăn hết tiền",
    "bỏ trốn", "mua biệt thự", "dùng tiền ngân sách", "thế lực thù địch", "chia rẽ", "quốc tịch",
    "gái bao", "dụ dỗ chồng", "giật chồng", "cướp chồng", "gà chết", "lợn chết", "thịt chết", "thuốc an thần",
    "ôm tiền", "truy nã", "bắt cóc", "có con riêng với", "con rơi", "con ngoài giá thú",
    *_AFFAIRS_AND_BRIBES, "embezzles", "embezzled",
    "tín dụng đen", "đánh ghen thuê", "lấy tiền ngân sách", "thua bạc", "còng tay", "trốn truy nã",
    # betting and vice thrown at a person: "chống lưng cho đường dây cá độ", "ghi lô đề", "chứa gái" (not "cho vay
    # nặng lãi": "bị bọn cho vay nặng lãi dọa" is a victim)
    "cá độ", "ghi đề", "ghi lô đề", "chống lưng", "chứa gái", "chứa chấp gái",
)
#: A call to spread an accusation: "chia sẻ thật rộng", "share lên facebook", "biết mặt thật".
_SPREAD = Phrases(
    "chia sẻ cho", "hãy chia sẻ", "chia sẻ thật", "chia sẻ rộng", "chia sẻ bài", "mọi người chia sẻ", "share mạnh",
    "share bài", "share lên", "share đi", "share cho", "share rộng", "share thật mạnh", "share thật rộng",
    "chia sẻ mạnh", "lan tỏa", "lan truyền", "biết mặt thật",
    "bộ mặt thật", "phải biết mặt", "vạch mặt", "bóc phốt", "chuyển cho người khác", "chuyển tiếp cho",
    "đăng lên hết", "ai có facebook", "kịp xóa", "phanh phui", "in ra dán", "in ra mà dán",
    "nhớ chia sẻ", "nhớ share", "chia sẻ để", "share để",
    # a chain message's urgency: "chia sẻ ngay trước khi bị xóa"
    "chia sẻ ngay", "share ngay", "trước khi bị xóa", "trước khi bị gỡ", "kẻo bị xóa",
    # a person put before the crowd: "đề nghị công khai trước dân để dân phán xét"
    "để dân phán xét", "cho dân phán xét", "để mọi người phán xét", "cho mọi người phán xét", "bêu riếu",
    "share this", "spread this", "share everywhere", "everyone should know",
)
#: Accusations that, spread about, defame a person; not the crimes a citizen warns the neighbours of
#: ("lừa đảo", "ma túy": "mọi người chia sẻ cho nhau cảnh giác lừa đảo").
_SPREAD_ACCUSE = Phrases(
    "tham nhũng", "tham ô", "ăn chặn", "ăn tiền", "bỏ túi", "nhận hối lộ", "ăn hối lộ", "hối lộ", "phong bì",
    "nhận phong bì", "bồ nhí", "cặp kè", "cặp bồ", "ngoại tình", "bao che", "xã hội đen", "ăn bẩn", "biển thủ",
    "rút ruột", "vơ vét", "chạy chức", "lót tay", "chia chác", "ăn chia", "sân sau", "ăn hết tiền", "gián điệp",
    "phản động", "bán nước", "tiền bẩn", "bảo kê", "bỏ trốn", "mua biệt thự", "thế lực thù địch", "nhận tiền của",
    *_AFFAIRS_AND_BRIBES,
)
#: Spreading by its shape: "chụp màn hình gửi lên các group facebook", "quay clip đăng TikTok", "tag hết các báo vào".
_SPREAD_SHAPE = re.compile(r"(?<!\w)(?:(?:gui|dang|share|chia se|post|tung|dua)(?: \w+){0,2}? (?:len |vao )?(?:cac |may |het cac "
                           r"|het )?(?:group|groups|nhom facebook|nhom fb|facebook|fb|tiktok|tik tok|mang xa hoi)|tag het)(?!\w)")
#: Money said to have been taken, with its sum: "nhận 500tr để cấp phép", "bán … lấy 200 tỷ" (folded).
_TAKEN_SUM = re.compile(r"(?<!\w)(?:nhan|an|lay|bo tui|dut tui|om|am|chuyen het)(?: \w+){0,2}? \d[\d.,]*\s?(?:tr|trieu|ty|ti"
                        r"|cay vang|nghin do|usd)(?!\w)")
#: The writer disowns the accusation passed on: "bài viết bịa đặt", "tôi thấy đây là tin giả".
_DISOWNED = Phrases("bịa đặt", "tin giả", "vu khống", "xuyên tạc", "thật hư", "không biết thực hư")
#: A rumour passed on as a warning or with a request to check it is no defamation ("người ta đồn quán đó bán ma túy,
#: mọi người chia sẻ cho nhau cảnh giác", "đề nghị công an xác minh").
_CHECK_ASKED = Phrases("cảnh giác", "đề phòng", "đề nghị", "kiểm tra", "xác minh", "làm rõ", "điều tra", "xin hỏi")
#: The state as the subject of a rumour spread ("tin mật từ người trong cuộc: nhà nước đang cho pha hóa chất …, chia
#: sẻ ngay trước khi bị xóa"): distortion. Not "đảng" (bare, "đang").
_STATE = Phrases("nhà nước", "chính quyền", "chính phủ", "nhà cầm quyền", "cấp trên giấu", "bọn cầm quyền")
#: Sorcery and the like: thrown at a neighbour, never a matter for an agency (with diacritics: "bùa"
#: folds to "bua" as in "bữa").
_SUPERNATURAL = whole_words(tuple(fold_case(p) for p in (
    "phù thủy", "phù thuỷ", "bùa", "bùa ngải", "bỏ bùa", "yểm bùa", "nuôi quỷ", "ma quỷ", "trù ếm", "bùa chú",
    "thư ếm", "tà thuật", "ma thuật", "phu thuy", "bua ngai", "nuoi quy", "yem bua", "ta thuat",
)))
#: Certainty without evidence, the mark of a rumour.
_RUMOUR = Phrases(
    "tôi biết chắc", "biết chắc", "cả xóm đều biết", "cả xóm biết", "cả phường đều biết", "ai cũng biết",
    "tao thấy tận mắt", "tận mắt thấy", "có người tận mắt", "toàn là", "toàn bọn", "toàn lũ", "nhà nó toàn",
    "toàn phản động", "toàn một lũ", "cả họ nhà nó", "cả nhà nó",
    "mà không ai dám nói", "chắc chắn là", "không ai dám nói", "biết chắc chắn", "bộ mặt thật",
    "cả xóm đều biết", "ai chả biết", "người ta đồn", "thiên hạ đồn", "cả phố biết", "ai cũng bảo",
    "tránh xa", "cả phường biết", "cả phường biết hết", "tin chuẩn", "ai chẳng biết", "không cần bằng chứng",
    "nghe người ta nói", "nghe đồn", "không có bằng chứng nhưng", "chưa có bằng chứng nhưng",
    "cũng rõ cả rồi", "ai cũng rõ",
    # news made up: "theo nguồn tin riêng của chúng tôi", "nguồn tin đáng tin cậy từ người trong cuộc"
    "nguồn tin riêng", "theo nguồn tin", "nguồn tin đáng tin cậy", "người trong cuộc", "tin nóng", "tin mật",
    # hearsay, a cover story "seen through", an arrest foretold: "nghe nói ở quê từng giết người", "nói là đi công tác
    # chớ thiệt ra là …", "ai hổng tin thì ráng chờ coi, ổng sắp bị còng tay"
    "ai cũng đồn", "đều đồn", "đồn ầm", "đang đồn",
    "nghe nói", "chứ thật ra", "chứ thực ra", "chớ thiệt ra", "chứ thiệt ra", "ai không tin thì", "ai hổng tin",
    "ai ko tin", "ai không tin cứ", "sắp bị còng tay", "sắp bị còng", "sắp bị bắt", "sắp đi tù", "sắp vào tù",
)
#: The same certainty with a place between: "ai ở TDP 18 cũng biết", "cả cái phố này đều biết" (folded).
_RUMOUR_SHAPE = re.compile(r"(?<!\w)(?:ai (?:o|trong) (?:\w+ ){1,4}?(?:cung|deu)|ca (?:to|khu|xom|pho|ngo|phuong)(?: \w+){0,2}"
                           r" (?:deu|cung)) (?:biet|ro)(?!\w)")

#: A call to punish or shun the person accused ("phường nên cho ông tổ trưởng … nghỉ đi", "tẩy chay cho nó sập
#: tiệm"): with accusations and a rumour's certainty, defamation even when "đề nghị làm rõ" dresses it (folded).
_PUNISH = re.compile(r"(?<!\w)(?:cho (?:ong|ba|anh|chi|thang|con|mu|lao|no|han)(?: \w+){0,8}? nghi (?:di|viec|luon|ngay|het)"
                     r"|cach chuc|duoi viec|bat ngay|tay chay|duoi (?:no|han|mu|lao) (?:ra|di|khoi)|sap tiem|dung ai mua"
                     r"|het duong song)(?!\w)")
#: A penalty asked for only if the check bears the accusation out: "đề nghị kiểm tra, nếu đúng thì cách chức".
_IF_TRUE = re.compile(r"(?<!\w)neu (?:dung|co|that|sai|dung vay|dung nhu vay|co sai pham)(?!\w)")
#: A road or bridge blocked by a crowd called to it, with an ultimatum: "ra nằm chắn ngang đường Tam Trinh, chặn
#: hết xe cộ, khi nào phường ra đối thoại mới giải tán" (folded). Not a blockade reported ("một nhóm người kéo ra
#: ngồi chặn đường, … mãi đến 10h mới giải tán"): it sets no condition.
_BLOCK = re.compile(r"(?<!\w)(?:nam|ngoi|dung|do|dung xe|keo xe) (?:chan|chang) (?:ngang |het |kin )?(?:duong|loi|cau|dau cau"
                    r"|quoc lo|nga tu|xe)(?!\w)")
_ULTIMATUM = re.compile(r"(?<!\w)(?:(?:khi nao|bao gio)(?: \w+){0,8}? moi (?:giai tan|chiu ve|ve|thoi)|khong (?:ai )?giai tan"
                        r"|cho den khi (?:phuong|uy ban|chinh quyen))(?!\w)")


#: Insinuation: a fault hinted at and left to the reader ("giàu lên nhờ đâu", "cứ để dân tự hiểu"). Two, or one with
#: a rumour's certainty or an accusation, defame the person hinted at.
_INSINUATE = Phrases(
    "giàu lên nhờ đâu", "giàu nhờ đâu", "nhờ đâu mà giàu", "giàu nhanh thế", "lấy đâu ra tiền", "tiền ở đâu ra",
    "tiền đâu ra", "dân tự hiểu", "để dân tự hiểu", "mọi người tự hiểu", "tự hiểu với nhau",
    "không cần nói ai cũng biết", "nói ra thì ai cũng biết", "ai cũng tự hiểu", "ăn không ít", "ăn không ít tiền",
    "nhìn cái xe là biết", "nhìn cái nhà là biết", "nhìn nhà là biết", "nhìn xe là biết", "nhìn là biết ngay",
    "chui vào túi", "đút túi", "vào túi ai", "lương cán bộ mà", "lương ba cọc ba đồng", "lương mười mấy triệu mà",
    # "Lương công chức được bao nhiêu? Hỏi thế thôi, ai hiểu thì tự hiểu."
    "ai hiểu thì tự hiểu", "hiểu thì tự hiểu", "hỏi thế thôi", "hỏi vậy thôi", "lương công chức được bao nhiêu",
    "lương cán bộ được bao nhiêu", "là loại người gì", "là hạng người gì",
)
#: The insinuations that leave the fault to the reader's guess: hinted, never asked about. The others are questions
#: ("tiền ở đâu ra", "lương công chức được bao nhiêu", "vào túi ai") that a citizen also asks while asking for a
#: check (`_CHECK_ASKED`): "Lương công chức được bao nhiêu mà …? Đề nghị thanh tra kiểm tra" is a complaint.
_LEFT_TO_GUESS = Phrases(
    "dân tự hiểu", "để dân tự hiểu", "mọi người tự hiểu", "tự hiểu với nhau", "không cần nói ai cũng biết",
    "nói ra thì ai cũng biết", "ai cũng tự hiểu", "ai hiểu thì tự hiểu", "hiểu thì tự hiểu", "nhìn cái xe là biết",
    "nhìn cái nhà là biết", "nhìn nhà là biết", "nhìn xe là biết", "nhìn là biết ngay", "là loại người gì",
    "là hạng người gì",
)


#: Words the cues know, for reading a sentence written letter by letter ("c h ế t h ế t đ i"): `core.unmask`.
VOCABULARY = frozenset().union(*(p.words() for p in (THREAT, _INCITE, _OBSCENE, _INSULT, _ACCUSE, _SPREAD, _RUMOUR)),
                               fold_case("bọn cán bộ phường ủy ban công an mày tao nó là đi hết cả lũ").split())


def _found(pattern: re.Pattern[str], text: str) -> list[str]:
    return list(dict.fromkeys(m.group(0) for m in pattern.finditer(text)))


def _own_call(folded: str, at: int) -> bool:
    """The call found at `at` is the writer's, not one reported in the 80 characters before (`_REPORTED_CALL`)."""
    return not _REPORTED_CALL.search(folded, max(0, at - 80), at)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def abuse_cues(subject: str, text: str) -> list[str]:
    """Why the item abuses the mailbox, or [] when it does not."""
    return abuse(Forms(f"{subject}\n{text}"))


#: Teen-code swearing that only intensifies praise, aimed at no one: "anh CSKV giúp bà cụ về tận nhà, đỉnh vkl luôn
#: ạ" (folded; group 1 is the intensifier, blanked before the cues read).
_PRAISED = re.compile(r"(?<!\w)(?:dinh|hay|tuyet|xin|dep|gioi|tot|ngon|chat|xuat sac|tan tinh|nhiet tinh)\s(vkl|vcl|vl)(?!\w)")


def _unpraised(marked: str) -> tuple[str, str]:
    """`marked` and its accent-free form (same length), the intensifiers of praise (`_PRAISED`) blanked in both."""
    folded = afold(marked)
    for m in _PRAISED.finditer(folded):
        blank = " " * (m.end(1) - m.start(1))
        marked = marked[:m.start(1)] + blank + marked[m.end(1):]
        folded = folded[:m.start(1)] + blank + folded[m.end(1):]
    return marked, folded


def _read(forms: Forms) -> Forms:
    """The forms the abuse cues read: disguises undone, someone else's reported words blanked (`core.unmask`),
    the intensifiers of praise blanked (`_PRAISED`)."""
    marked, folded = _unpraised(fold_case(unmask(forms.whole, VOCABULARY)))
    return Forms(forms.whole, unquote(folded, marked))


def abuse(forms: Forms) -> list[str]:
    """Why the item (its forms) abuses the mailbox, or []."""
    forms = unsworn(_read(forms))
    folded, marked, strict = forms.folded, forms.marked, forms.strict
    why: list[str] = []
    if threat := threats(forms):
        why.append("đe dọa (" + ", ".join(threat[:3]) + ")")
    called = [span for span in _INCITE.spans(forms) if _own_call(folded, span[0])]
    # a gathering by its shape, where no listed phrase already stands ("kéo lên phường" is one)
    called += [m.span() for m in _GATHER.finditer(folded) if _own_call(folded, m.start())
               and not any(a < m.end() and m.start() < b for a, b in called)]
    blocked = [m.span() for m in _BLOCK.finditer(folded) if _own_call(folded, m.start())]
    if blocked and (ultimatum := _ULTIMATUM.search(folded)):
        called += [blocked[0], ultimatum.span()]
    incite = list(dict.fromkeys(marked[a:b] for a, b in called))
    insult = _INSULT.found(forms) + _found(_INSULT_MARKED, marked) + _found(_MASKED, marked)
    # "bọn chúng" is how a letter names the people it complains about ("bọn chúng đánh nhau lúc nửa đêm", r-3927):
    # it insults only beside a call to rise ("đừng để bọn chúng cướp trắng", p-2216)
    incite_insult, insult = insult, [w for w in insult if afold(w.lower()) != "bon chung"]
    addressed = (_found(_ADDRESSED_INSULT_MARKED, marked) + _mixed_insults(forms)) if strict \
        else _found(_ADDRESSED_INSULT_PLAIN, folded)
    accuse = _ACCUSE.found(forms)
    rumour = _RUMOUR.found(forms) + _found(_RUMOUR_SHAPE, folded)
    checked = bool(_CHECK_ASKED.found(forms))  # a check asked for: a rumour or a question passed on, not spread
    strong_insults = [w for w in insult if w not in ("thằng", "đứa", "hắn", "mụ")]
    # not "đứa" beside incitement: "đứa bé hét lên" while a drunk neighbour "đập phá" at home; nor "thằng", "hắn",
    # "mụ" beside "đập phá" alone: "em trai tôi là thằng … nghiện, về nhà đập phá" is a family's report (p-3562)
    weak = {"đứa", "thằng", "hắn", "mụ"} if incite == ["đập phá"] else {"đứa"}
    if len(incite) >= 2 or (incite and set(incite_insult) - weak):
        why.append("xuyên tạc, kích động (" + ", ".join((incite + incite_insult)[:3]) + ")")
    obscene = _OBSCENE.found(forms) + _found(_OBSCENE_MARKED, marked) + _found(_FUCKING, folded)
    obscene += [] if strict else _found(_DU_MA_PLAIN, folded)
    obscene += _found(MASKED_WORD, marked) if "*" in marked else []
    obscene += _found(_MASKED, marked)
    if obscene:
        why.append("lời lẽ thô tục (" + ", ".join(obscene[:3]) + ")")
    if addressed or len(strong_insults) >= 2 or (strong_insults and (accuse or incite)):
        strong_insults = list(dict.fromkeys(addressed + strong_insults))
        why.append("lời lẽ xúc phạm (" + ", ".join(strong_insults[:3]) + ")")
    supernatural = _found(_SUPERNATURAL, marked)
    branded = _found(_BRANDED_MARKED, marked) if strict else _found(_BRANDED_PLAIN, folded)
    branded += _found(_CALLED_ANIMAL_MARKED, marked) if strict else _found(_CALLED_ANIMAL_PLAIN, folded)
    branded += _found(_SEX_FOR_POST_MARKED, marked) if strict else _found(_SEX_FOR_POST_PLAIN, folded)
    if branded:
        why.append("gán cho người khác tội danh hoặc lời miệt thị (" + ", ".join(branded[:3]) + ")")
    if exposed := veiled(forms):
        why.append("đe dọa kín đáo người nhà (" + exposed + ")")
    if menace := menaces(forms, REPORTED, REPORT_WINDOW):
        why.append("đe dọa trá hình (" + ", ".join(menace[:2]) + ")")
    if harassed := harassment(forms, REPORTED, REPORT_WINDOW):
        why.append("quấy rối, kêu gọi quấy rối (" + ", ".join(harassed[:2]) + ")")
    if slurred := slurs(forms):
        why.append("miệt thị vùng miền, dân tộc (" + ", ".join(slurred[:3]) + ")")
    insinuate = _INSINUATE.found(forms)
    spread = [marked[a:b] for a, b in _SPREAD.spans(forms) if _own_call(folded, a)]
    spread += [m.group(0) for m in _SPREAD_SHAPE.finditer(folded) if _own_call(folded, m.start())]
    if (len(insinuate) >= 2 or (insinuate and (rumour or accuse or spread))) \
            and (not checked or spread or _LEFT_TO_GUESS.found(forms)):
        why.append("bóng gió bôi nhọ (" + ", ".join((insinuate + rumour)[:3]) + ")")
    if spread and rumour and not checked and (state := _STATE.found(forms)) and not _DISOWNED.found(forms):
        why.append("xuyên tạc, tung tin bịa đặt về nhà nước (" + ", ".join([*rumour[:1], *state[:1], *spread[:1]]) + ")")
    taken = _found(_TAKEN_SUM, folded)
    spread_rumour = spread and rumour and not checked  # "ai cũng biết … share thật mạnh"
    # two accusations with a rumour's certainty, unless a check is asked and nothing calls to spread them
    rumoured = rumour and (not checked or spread)
    if len(accuse) >= 2 and (rumoured or insult) or (accuse and (set(insult) - {"thằng", "đứa"} and rumour or spread_rumour)) \
            or len(supernatural) >= 2 \
            or (accuse and rumour and any(not _IF_TRUE.search(folded, max(0, m.start() - 40), m.start())
                                          for m in _PUNISH.finditer(folded))) \
            or (spread and (_SPREAD_ACCUSE.found(forms) or taken) and not _DISOWNED.found(forms)):
        said = list(dict.fromkeys(accuse + supernatural + taken + spread))
        why.append("bôi nhọ bằng lời buộc tội không có căn cứ (" + ", ".join(said[:3]) + ")")
    return why
