"""Spam and abuse cues: which items are not ordinary feedback, and why. Pure, no I/O.

The rules (`core/rules/`) may already flag an item; these cues are a second, independent opinion that
`casework` adds to the rules' flags. The two errors do not cost the same (seed 004, "Đề nghị Công an
phường"; tests/eval/privacy/GUIDE.md, "Flags"):

* **abuse** ("Lợi dụng, xúc phạm": incitement against the state or the mailbox, defamation of named
  people with invented accusations, threats, gross insults) is never acted on automatically: the
  chair gets a notice and decides. A false alarm costs a glance, a miss lets a threat be routed as
  ordinary feedback, so the cues lean towards recall.
* **spam** ("Thư rác": advertising, land and paper brokers, loans, investment and job scams, phishing,
  link-only messages) is never routed nor answered. A genuine complaint marked spam would never be
  answered, so the cues lean towards precision: a text that reads like a citizen's complaint
  (it reports, asks, was cheated, was bothered) is never spam, whatever it quotes.

Matching is on the diacritics-folded text for phrases long enough not to collide, and on the
case-folded text (diacritics kept) for short insults that fold to ordinary words ("đĩ" → "di").
The abuse cues read the text with its disguises undone ("nguuu", "n g u", "c.h.ó", "b0n c4n b0") and with
someone else's words the writer reports blanked ("quát tôi 'đồ ngu'", "chửi tôi là …"): `core.unmask`.
One obscenity or curse, starred ones included ("l*n", "đ*o"), is enough; other insults need two, or an
insult aimed at someone ("lũ … ăn hại"), or an accusation with it; accusations need a rumour's certainty,
an insult or a call to spread them ("share mạnh", "chia sẻ thật rộng").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from hopthu.core.ahead import Ahead
from hopthu.core.phrases import whole_words
from hopthu.core.textnorm import fold, fold_case
from hopthu.core.unmask import MASKED_WORD, unmask, unquote

# A host is tried only from its first character (the look-behind), so a long dotted run is walked once,
# not once per dot (linear on "a.a.a…"; tests/test_linear_regex.py).
URL = re.compile(
    r"(?i)\b(?:https?://|www\.)\S+"
    r"|(?<![a-z0-9.\-])[a-z0-9\-]+(?:\.[a-z0-9\-]+)*"
    r"\.(?:example|com|vn|net|xyz|top|info|online|site|link|club|io|me|ly|cc)(?:\.[a-z]{2,4})?/\S*"
)
_WORD = re.compile(r"\w+")


def _phrases(*items: str) -> tuple[str, ...]:
    return tuple(fold(i) for i in items)


def _compile(phrases: tuple[str, ...]) -> re.Pattern[str]:
    # One trie, not an alternation of every phrase tried at every position (core.phrases).
    return whole_words(phrases)


# -- spam ------------------------------------------------------------------------------------------

#: What an advertiser, broker, lender or scammer writes (folded). Two different ones make an offer.
_OFFER = _compile(_phrases(
    # advertising, services
    "giá rẻ", "gia re", "bảo hành", "giảm giá", "giảm", "xả kho", "tặng kèm", "khuyến mãi", "ưu đãi",
    "đặt hàng", "mua ngay", "chốt đơn", "freeship", "sale off", "chỉ còn", "suất", "phục vụ toàn",
    "có mặt sau", "24/24", "không đục phá", "trọn gói", "chi phí trọn gói", "bao đậu", "bao đỗ",
    "nhận làm", "dịch vụ làm", "làm bằng", "bằng lái", "bằng đại học", "chứng chỉ", "không cần thi",
    "nhận ngay", "hợp thức hóa", "có người nhà làm", "uy tín", "cam kết", "miễn phí", "tư vấn miễn phí",
    "hotline", "thông tắc", "hút bể phốt", "máy lọc nước",
    # land brokers
    "bán lô", "lô đất", "đất nền", "chính chủ", "sổ đỏ chính chủ", "miễn trung gian", "bán gấp",
    "cần tiền bán", "ô tô tránh", "giá chỉ", "tỷ", "m2",
    # loans
    "vay vốn", "vay tiền", "vay tiêu dùng", "vay tín chấp", "tín chấp", "giải ngân", "lãi suất",
    "không thẩm định", "không cần thế chấp", "nợ xấu", "chỉ cần cccd", "hỗ trợ vay", "công ty tài chính",
    # investment and job scams, prizes
    "đầu tư", "sàn", "forex", "lợi nhuận", "hoàn vốn", "hoa hồng", "kiếm tiền", "việc nhẹ lương cao",
    "tại nhà", "chỉ cần điện thoại", "trúng thưởng", "nhận quà", "tri ân khách hàng", "phí vận chuyển",
    "nhà cái", "casino", "cá cược", "nạp tiền", "rút tiền", "bitcoin", "usdt", "coin", "tiền ảo", "tiền điện tử",
    # rentals, jobs, building services
    "cho thuê", "full đồ", "vào ở ngay", "tuyển ctv", "ctv", "không cần kinh nghiệm", "khảo sát miễn phí",
    # English
    "guaranteed", "guaranteed profit", "profit", "earn", "daily", "withdraw", "withdraw anytime", "staking",
    "crypto", "affordable", "free audit", "free trial", "services", "seo", "discount", "limited offer",
    "best price", "loan", "investment",
))
#: How the offer wants to be answered (folded; phone numbers and links counted apart).
_REACH = _compile(_phrases(
    "liên hệ", "lh", "gọi ngay", "gọi", "zalo", "inbox", "telegram", "đăng ký", "đăng ký tại", "kết bạn",
    "bấm vào", "click", "truy cập", "nhắn tin", "gặp chị", "gặp anh", "mr", "ms",
    "reply", "join", "contact us", "sign up", "register",
))
#: The bait of a phishing message (folded).
_PHISH = _compile(_phrases(
    "vui lòng truy cập", "vui lòng cập nhật", "cập nhật ngay", "xác thực", "bị khóa", "sẽ bị khóa",
    "mã otp", "otp", "nhập số cccd", "số tài khoản ngân hàng", "để nhận tiền", "nhận tiền hỗ trợ",
    "bấm vào link", "bấm vào đường link", "click vào link", "trúng thưởng", "để nhận quà",
    "chuyển phí", "tránh gián đoạn", "bị tạm khóa", "sẽ bị tạm khóa", "sinh trắc học", "cập nhật sinh trắc học",
    # English
    "verify your", "verify your identity", "will be suspended", "has been suspended", "to avoid interruption",
    "could not be delivered", "redelivery", "pay the", "confirm your", "update your", "login", "log in",
    "claim your", "your account",
))
#: A citizen reporting, asking or complaining (folded): never spam, whatever the letter quotes.
_COMPLAINT = _compile(_phrases(
    "phản ánh", "phan anh", "kiến nghị", "đề nghị", "tố giác", "tố cáo", "bị lừa", "lừa đảo",
    "làm phiền", "tin nhắn rác", "cuộc gọi rác", "cảnh báo", "cảnh giác", "nhận được tin nhắn",
    "nhận được cuộc gọi", "nhận được email", "nhận được thư", "xin hỏi", "cho hỏi",
    "tờ rơi", "quảng cáo", "trình báo", "kính gửi", "xin cảm ơn", "bức xúc", "ô nhiễm",
    "có phải", "thật không", "giả mạo", "mạo danh",
    # English: a resident writing in English
    "complain", "complaint", "please fix", "i received", "i got", "is this", "is it true", "scam", "phishing",
    "my neighbour", "my neighbor", "i live", "broken", "noise",
))
#: Short complaint words that fold to other words ("hỏi" → "hoi" as in "cơ hội"): with diacritics only.
_COMPLAINT_MARKED = re.compile(r"(?<!\w)(?:hỏi|dán|lừa|kêu|khiếu nại)(?!\w)")
_PHONE_LIKE = re.compile(r"(?<!\d)(?:\+?84|0|1[89]00)[\d\s.\-()]{7,14}\d(?!\d)")


@dataclass
class Cues:
    """What the cues found in one item; `why` says it in Vietnamese for the case history."""

    spam: bool = False
    abuse: bool = False
    why: list[str] = field(default_factory=list)

    @property
    def flags(self) -> list[str]:
        return [f for f, on in (("spam", self.spam), ("abusive", self.abuse)) if on]


def _found(pattern: re.Pattern[str], text: str) -> list[str]:
    return list(dict.fromkeys(m.group(0) for m in pattern.finditer(text)))


def spam_cues(subject: str, text: str) -> list[str]:
    """Why the item is spam, or [] when it is not (or reads like a citizen's complaint)."""
    return _spam(_Forms(f"{subject}\n{text}"))


class _Forms:
    """One item's text and its folded forms, each made once when first asked (both cues read them)."""

    def __init__(self, whole: str):
        self.whole = whole
        self._folded: str | None = None
        self._marked: str | None = None

    @property
    def folded(self) -> str:
        if self._folded is None:
            self._folded = fold(self.whole)
        return self._folded

    @property
    def marked(self) -> str:
        if self._marked is None:
            self._marked = fold_case(self.whole)
        return self._marked


def _spam(forms: _Forms) -> list[str]:
    whole = forms.whole
    urls = URL.findall(whole)
    words = _WORD.findall(URL.sub(" ", whole))
    if urls and len(words) <= 3:
        return ["chỉ có đường link, không có nội dung"]
    folded = forms.folded
    if _found(_COMPLAINT, folded) or _COMPLAINT_MARKED.search(forms.marked):
        return []
    phish = _found(_PHISH, folded)
    if urls and phish:
        return ["lừa đảo qua đường link (" + ", ".join(phish[:3]) + ")"]
    offer = _found(_OFFER, folded)
    reach = bool(urls or _PHONE_LIKE.search(whole) or _found(_REACH, folded))
    if len(offer) >= 2 and reach:
        return ["quảng cáo, môi giới, cho vay hoặc mời chào (" + ", ".join(offer[:4]) + ")"]
    return []


# -- abuse -----------------------------------------------------------------------------------------

#: Threats of violence or of public shaming (folded).
_THREAT = _compile(_phrases(
    "cho nó biết tay", "cho biết tay", "cho nó một nhát", "cho một nhát", "cho nó một trận",
    "đừng trách tôi", "đừng trách tao", "đừng có trách", "coi chừng", "hãy coi chừng", "liệu hồn",
    "nói trước rồi đấy", "nói trước rồi đó", "tao cho nó", "tao cho mày", "tao sẽ cho",
    "xử nó", "xử đẹp", "xử lý nó luôn", "giết nó", "giết cả nhà",
    "tung lên mạng", "đăng lên mạng cho", "bóc phốt", "ảnh ghép", "cho cả nước biết", "đăng ngay lên",
    "đánh chết", "không yên đâu", "không để yên", "biết tay tao",
    "biết tay", "sẽ biết tay", "chém chết", "tao chém", "đánh cho gãy", "cho gãy chân", "đập nát", "banh xác",
    "mang quan tài", "tôi giết", "tao giết", "giết nó", "giết cả", "ra đường cẩn thận nhé", "ra đường cẩn thận đấy",
    "ra đường cho cẩn thận",
    "biết mặt rồi", "qua hỏi thăm", "rồi sẽ biết", "rồi các ông sẽ biết",
    "phải hối hận", "sẽ hối hận", "làm liều", "đừng trách", "không sợ đi tù", "đứa nào động vào",
    "cho bọn nó biết", "cho chúng nó biết", "tung lên mạng cho", "tung ảnh", "ảnh nóng",
    "liệu thần hồn", "coi chừng cái mạng", "không còn đường sống", "chết với tao",
    "nhớ nhìn trước nhìn sau", "liệu mà nhìn trước nhìn sau", "đi đêm có ngày", "lúc đấy đừng hỏi", "lúc đó đừng hỏi", "lúc ấy đừng hỏi",
    "lúc đấy đừng trách", "lúc đó đừng trách", "đừng bảo không báo trước", "đừng bảo tôi không báo trước",
    "đừng bảo tao không báo trước", "đừng nói không báo trước", "đừng trách không báo trước",
    "không nói nhiều đâu", "đừng ai ngăn", "đừng ai cản", "có sẵn con dao", "có sẵn dao", "tao mà biết mặt",
    "cẩn thận cái mồm", "coi chừng cái thân", "liệu mà giữ mồm",
    "cho mày chết", "mày chết chắc", "chết chắc rồi", "cho ăn đòn", "ăn dao", "sẽ lãnh đủ", "lãnh đủ", "tao trả thù",
    "sẽ trả thù", "tao thề sẽ", "đừng hòng yên", "sẽ đổ máu", "có đổ máu", "đặt bom", "đánh bom", "bom xăng",
    "đón đường mày", "đón đường nó", "tao đón đường", "sẽ đón đường", "chặn đánh", "tìm đến tận nhà", "đến tận nhà xử",
    "tao bắn", "bắn bỏ", "cho nổ bình gas", "tạt xăng",
    "chết hết đi", "chết đi cho", "chết hết cho", "chết sạch đi", "đi chết đi",
    "chất nổ", "thuê giang hồ", "gọi giang hồ", "tao đâm", "đâm mày", "đâm cho", "chém cho", "xin tí tiết",
    "dạy cho một bài học", "cho một bài học", "đánh cho nhừ", "nhừ đòn", "không xong với tao", "không tha đâu",
    "tao không tha", "tạt axit", "lấy mạng", "thuê người đánh", "cho người đến xử", "xã hội đen",
))
#: Threats whose folded form is an ordinary phrase ("đốt nhà" → "dot nha" as in "dột nhà", a leaking
#: roof; "cho ra đường" as "chó ra đường", a dog let out): matched with their diacritics, or folded when the
#: whole text has none.
# (not a bare "chém": a witness writes "đang đuổi chém nhau"; "tao chém", "chém chết" are in _THREAT)
_THREAT_WORDS = ("cho ra đường", "đốt nhà", "đốt nó", "đốt trụ sở", "đốt xe", "chém mày", "chém nó", "đâm chết", "cứ chờ đấy", "cứ đợi đấy",
                 "chờ đấy mà xem")
_THREAT_MARKED = _compile(tuple(fold_case(p) for p in _THREAT_WORDS))
_THREAT_PLAIN = _compile(_phrases(*_THREAT_WORDS))
#: Threats by their shape rather than by a fixed phrase: the writer ("tao", "tôi") doing violence that kills or
#: maims ("tao đập chết", "tôi sẽ đánh cho gãy chân"), "biết nhà mày ở đâu", "ra đường nhớ cẩn thận", "mày sẽ
#: phải trả giá", "cứ bênh đi rồi xem". Written with diacritics ("tao" folds to "tạo" as in "tạo điều kiện"),
#: and folded when the whole text has none.
_THREAT_SHAPES = (
    r"(?:tao|tôi|tui|bọn tao|chúng tao)\s(?:sẽ\s|phải\s|cho\s|mà\s)?(?:đập|đánh|chém|đâm|bắn|giết|tạt|xử)"
    r"\s(?:\w+\s){0,3}?(?:chết|nát|gãy|tan xác|què|tàn phế|nhừ)",
    r"biết nhà (?:mày|nó|ông|bà|chúng mày|bọn mày|mụ|thằng)",
    r"(?:mày|ông|bà|mụ|hắn|chúng mày|bọn mày)(?:\s\w+){0,3}?\sra đường(?:\s\w+){0,2}\scẩn thận",
    r"(?:mày|ông|bà|nó|chúng mày|bọn mày|các ông|bọn nó|chúng nó|mụ|hắn)\s(?:sẽ\s)?(?:phải\s)?trả giá",
    r"(?:đi|đấy|đó)\srồi (?:xem|biết)(?!\w)|rồi (?:mày|chúng mày|bọn mày) (?:xem|biết)",
    # the writer destroying or burning something, or themselves: "tao sẽ đốt cái quán", "tôi sẽ cho nổ tung trụ sở"
    r"(?:tao(?:\s(?:sẽ|cho|mà))?|(?:tôi|tui|chúng tôi) sẽ(?:\s(?:cho|mang xăng|mang))?)\s(?:đốt|cho nổ|nổ tung|tự thiêu|thiêu|san bằng)"
    r"(?!\s(?:rác|lá|vàng mã|nhang|hương))",
    r"tự thiêu",
    # veiled: "nhà bà ở đâu tôi biết cả", "bà xác định đi", "đừng để tôi gặp", "sẽ có người xử", "tao không chịu
    # trách nhiệm đâu", "tôi sẽ mang can xăng lên", "nó không sống yên đâu"
    r"nhà (?:mày|ông|bà|nó|mụ|hắn|chúng mày|bọn mày) ở đâu (?:tao|tôi|tui) (?:cũng |đều )?biết",
    r"(?:mày|ông|bà|mụ|nó|hắn|chúng mày|bọn mày|các ông|các bà) (?:cứ |thì )?xác định đi",
    r"(?:tao|tôi|tui) không chịu trách nhiệm (?:đâu|gì đâu|gì hết)",
    r"đừng để (?:tao|tôi|tui|bọn tao|anh em tao) (?:gặp|bắt được|thấy mặt|tóm được|biết mặt)",
    r"sẽ có người (?:đến |tới )?(?:xử(?! lý)|dạy|hỏi thăm|nói chuyện|xử đẹp)",
    r"(?:tao|tôi|tui) (?:sẽ )?mang (?:can |chai |bình )?xăng",
    r"(?:mày|nó|hắn|chúng mày|bọn mày|chúng nó)(?:\s\w+){0,3}?\skhông (?:sống|ở) yên",
    # a death wish: "mong cho cả lũ cán bộ phường bị xe tông hết", "cầu cho nó chết"
    r"(?:mong|cầu|chúc|trù)(?: cho)? (?:cả )?(?:lũ|bọn|nhà|họ nhà|thằng|con mụ|mụ|mấy thằng|chúng nó|tụi nó|nó"
    r"|chúng mày|bọn mày|hắn)(?:\s\w+){0,6}?\s(?:bị\s)?(?:chết|xe tông|xe cán|tai nạn|ung thư|tuyệt tự)",
)
#: A grave crime or a slur said to be what a person is ("bà Lý là gián điệp", "nó là kẻ hiếp dâm", "con Hoa là
#: con đĩ"): thrown at someone, one is enough (with diacritics, or folded when the text has none).
_BRANDED = (
    r"là (?:kẻ |thằng |con |tên |đồ |bọn |lũ |một |một tên |một thằng |dân )?(?:gián điệp|phù thủy|phù thuỷ|hiếp dâm"
    r"|ấu dâm|buôn người|buôn ma túy|sát nhân|giết người|gái gọi|ma cô|phản động|tay sai|bán nước"
)
_BRANDED_MARKED = re.compile(r"(?<!\w)" + _BRANDED + r"|đĩ|điếm)(?!\w)")
#: Without diacritics, not "đĩ", "điếm": "người lạ đi" folds to "la di".
_BRANDED_PLAIN = re.compile(r"(?<!\w)" + fold(_BRANDED) + r")(?!\w)")
_THREAT_SHAPE_MARKED = re.compile(r"(?<!\w)(?:" + "|".join(_THREAT_SHAPES) + r")(?!\w)")
_THREAT_SHAPE_PLAIN = re.compile(r"(?<!\w)(?:" + "|".join(fold(p) for p in _THREAT_SHAPES) + r")(?!\w)")
#: A gross insult aimed at someone by its shape: a contemptuous head ("đồ", "lũ", "bọn", "thằng", "con mụ") and,
#: within three words, what they are called ("đồ khốn nạn", "lũ công an … đồ mặt dày", "cán bộ là lũ sâu bọ"),
#: or an animal comparison ("ngu như lợn"). One is enough: it is said to a person, not about a problem.
_ADDRESSED_HEADS = r"(?:đồ|lũ|bọn|thằng|thg|con mụ|mụ|tụi|chúng mày|bọn mày|cái loại|loại)"
_ADDRESSED_INSULT_MARKED = re.compile(
    r"(?<!\w)(?:" + _ADDRESSED_HEADS + r"(?:\s\w+){0,3}?\s(?:khốn nạn|mặt dày|sâu bọ|sâu mọt|vô dụng|ăn hại|ăn bám"
    r"|súc vật|súc sinh|rác rưởi|mất dạy|vô học|cặn bã|bẩn thỉu|thối tha|vô liêm sỉ|đầu đất|bã đậu|ăn không ngồi rồi"
    r"|mạt hạng|vô tích sự|tay sai|chó má|hèn hạ|đê tiện|bỉ ổi)"
    # one-syllable words only right after the head: "đồ chó", but "bọn trộm chó" are dog thieves
    r"|" + _ADDRESSED_HEADS + r"\s(?:khốn|ngu|chó|lợn|hèn)|ngu như (?:chó|lợn|bò|heo))(?!\w)"
)
#: The same without diacritics, leaving out the words that fold to ordinary ones ("chó"/"cho", "lợn"/"lớn",
#: "ngu"/"ngủ", "đồ"/"do" as in "lý do cho").
_ADDRESSED_INSULT_PLAIN = re.compile(
    r"(?<!\w)(?:(?:lu|bon|thang|thg|con mu|tui|chung may|bon may)(?:\s\w+){0,3}?\s(?:khon nan|mat day|sau bo|sau mot"
    r"|vo dung|an hai|an bam|suc vat|suc sinh|rac ruoi|mat day|vo hoc|can ba|vo liem si|dau dat|ba dau"
    r"|an khong ngoi roi|mat hang|vo tich su|tay sai|de tien|bi oi)|ngu nhu (?:cho|lon|bo|heo)"
    # "đồ" (as "do", "lý do") only right before the insult; "lũ ngu", "lũ chó" ("bọn chó" is "bốn chỗ")
    r"|do (?:khon nan|mat day|suc vat|suc sinh|vo liem si|rac ruoi|vo hoc|can ba|khon kiep|mat net|that duc)"
    r"|lu (?:ngu|cho))(?!\w)"
)
#: Obscenities masked with dots or stars ("đ.m", "c*c", "v.l", "đ**"): the masking shows the writer knew.
_MASKED = re.compile(
    r"(?<!\w)(?:[đd][.*]\s?m{1,2}|[đd][.*]c[.*]?m|[đd][.*]k[.*]?m|c\*c|l\*n|v\*c?\*?l|[đd][*.][iĩ]t|[đd]\*{2,3}|c\*{2,3}|l\*{2,3})"
    r"(?![\w*])"
)
#: "Tự xử" is a threat, "tự xử lý" is how a household handles its rubbish.
_TU_XU = re.compile(r"(?<!\w)tu xu(?!\w)(?! ly(?!\w))")
#: A threat reported, not made: "dọa giết", "còn dọa sẽ đốt nhà", "nói nếu … thì cho biết tay" (folded, just
#: before the threat).
_REPORTED = re.compile(r"(?<!\w)(?:doa|de doa|ham doa|noi neu|noi se|bao neu|bao se|tuyen bo|nhan tin)(?!\w)")
REPORT_WINDOW = 60
#: Incitement and distortion against the state, the front or the mailbox (folded).
_INCITE = _compile(_phrases(
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
    "đảng này", "nhà nước này", "chế độ mục nát", "việt cộng", "đcs", "csvn", "dư luận viên",
    "bạo loạn", "đảng cướp", "chế độ cộng sản", "cộng sản độc tài",
    "không cho ai vào làm việc", "bịt miệng", "tập trung đông", "bao vây", "vây trụ sở", "kéo đến trụ sở",
    "kéo đến ủy ban", "kéo lên ủy ban", "chiếm trụ sở", "tụ tập trước", "không nộp thuế", "bất tuân",
    "hút máu dân", "bọn cộng sản", "lũ cộng sản", "toàn lừa dân", "cút hết", "cút hết đi",
))
#: Obscenities and curses (folded; no word of Vietnamese folds to these): one is enough, unless it is
#: someone else's words the writer reports (`unmask.unquote`).
_OBSCENE_WORDS = (
    "dm", "dmm", "dcm", "dkm", "dcmm", "vcl", "vkl", "vcd", "vcc", "clm", "clgt", "cmn", "cmnr",
    "dit me", "dit con me", "dit cu", "vai l", "vai lon", "vai ca l", "nhu cc", "cc gi",
    "cai cc", "me kiep", "oc cho", "shit", "fuck", "wtf", "djt", "djt me", "dis me", "occ", "loz", "con loz",
    "vloz", "vlon", "clmm", "nhu l", "khon kiep", "con me may", "to su",
    # "đéo" folds to "đeo" (to wear): only in the turns that "đeo" never takes
    "deo ra gi", "deo biet", "deo ai", "deo lam", "deo hieu", "deo can", "deo thay",
)
_OBSCENE = _compile(_phrases(*_OBSCENE_WORDS))
#: The same with their diacritics: they fold to ordinary words ("đéo" → "deo", "chó má" → "cho ma").
_OBSCENE_MARKED = re.compile(r"(?<!\w)(?:đéo|địt|đụ|đĩ mẹ|đù má|đù mẹ|lồn|cặc|buồi|đm|đmm|đcm|đkm|đjt|chó má|chó chết"
                             r"|con mẹ mày|mẹ mày|bố mày|cha mày|mả mẹ|mả cha|khốn kiếp|tổ sư|tiên sư|ăn cứt|đờ mờ|vờ lờ|cờ lờ|lìn)(?!\w)")
#: Curses whose folded form is ordinary ("đù mẹ" → "du me" as in "dù mẹ tôi đi lại khó khăn"): folded only
#: when the whole text has no diacritics; with them, `_OBSCENE_MARKED` reads them.
_OBSCENE_PLAIN = _compile(_phrases("đụ má", "đụ mẹ"))
#: Gross insults (folded phrases long enough not to collide).
_INSULT = _compile(_phrases(
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
    # teencode (no word of Vietnamese folds to these)
    "dm", "dmm", "dcm", "dkm", "dcmm", "vl", "vcl", "vkl", "clm", "cmm", "dit me", "dit",
    *_OBSCENE_WORDS,
))
#: Insults whose folded form is ordinary ("đồ chó" → "do cho" as in "lý do cho"): matched with their
#: diacritics, or folded when the whole text has none.
_INSULT_WORDS = ("đồ chó", "bọn chó", "đồ ngu")  # "bốn chỗ", "do ngủ ít"
_INSULT_AMBIG_MARKED = _compile(tuple(fold_case(p) for p in _INSULT_WORDS))
_INSULT_AMBIG_PLAIN = _compile(_phrases(*_INSULT_WORDS))
#: Short insults that fold to ordinary words: matched with their diacritics only.
_INSULT_MARKED = re.compile(r"(?<!\w)(?:thằng|thg|đứa|hắn|mụ|đéo|địt|đụ|đĩ|lồn|cặc|buồi|đm|đmm|đcm|đkm|vcl|vkl|con đĩ"
                            r"|đồ điếm|mặt chó|ngu học)(?!\w)")
#: Accusations that, thrown at a person, are invented more often than not (folded).
_ACCUSE = _compile(_phrases(
    "gián điệp", "phù thủy", "bùa", "bùa ngải", "nuôi quỷ", "bỏ bùa", "buôn ma túy", "hiếp dâm",
    "ăn cắp", "ăn cướp", "đi tù", "tù chung thân", "bảo kê", "nhận phong bì", "nhận hối lộ", "hối lộ",
    "giết người", "chôn", "tiền nước ngoài", "ma túy", "sới bạc", "lừa đảo", "đĩ điếm",
    "ăn tiền", "chia nhau", "mỗi đứa", "phản động", "nhận tiền",
    "tham nhũng", "ăn chặn", "tiền bẩn", "gái gọi", "nghiện", "nghiện hút", "đẻ con không cha", "bồ nhí",
    "bị bắt", "dân anh chị", "bọn bán nước", "phong bì", "ăn tiền của dân", "tham ô",
    "ngoại tình", "cặp bồ", "ăn hối lộ", "đút lót", "buôn người", "mại dâm", "ấu dâm", "ma cô",
    "hàng giả", "trốn thuế", "đánh bạc", "bán thuốc giả", "thuốc giả", "cặp kè", "bỏ túi", "bao che", "xã hội đen",
    "ăn bẩn", "ăn bớt", "biển thủ", "rửa tiền", "rút ruột", "vơ vét", "buôn lậu", "chạy chức", "mua quan bán chức",
    "chạy án", "lót tay", "chia chác", "ăn chia", "sân sau", "ăn hết tiền",
))
#: A call to spread an accusation (folded): "chia sẻ thật rộng", "share lên facebook", "biết mặt thật".
_SPREAD = _compile(_phrases(
    "chia sẻ cho", "hãy chia sẻ", "chia sẻ thật", "chia sẻ rộng", "chia sẻ bài", "mọi người chia sẻ", "share mạnh",
    "share bài", "share lên", "share đi", "share cho", "share rộng", "lan tỏa", "lan truyền", "biết mặt thật",
    "bộ mặt thật", "phải biết mặt", "vạch mặt", "bóc phốt",
))
#: Accusations that, spread about, defame a person; not the crimes a citizen warns the neighbours of
#: ("lừa đảo", "ma túy": "mọi người chia sẻ cho nhau cảnh giác lừa đảo").
_SPREAD_ACCUSE = _compile(_phrases(
    "tham nhũng", "tham ô", "ăn chặn", "ăn tiền", "bỏ túi", "nhận hối lộ", "ăn hối lộ", "hối lộ", "phong bì",
    "nhận phong bì", "bồ nhí", "cặp kè", "cặp bồ", "ngoại tình", "bao che", "xã hội đen", "ăn bẩn", "biển thủ",
    "rút ruột", "vơ vét", "chạy chức", "lót tay", "chia chác", "ăn chia", "sân sau", "ăn hết tiền", "gián điệp",
    "phản động", "bán nước", "tiền bẩn", "bảo kê",
))
#: Sorcery and the like: thrown at a neighbour, never a matter for an agency (with diacritics: "bùa"
#: folds to "bua" as in "bữa").
_SUPERNATURAL = _compile(tuple(fold_case(p) for p in (
    "phù thủy", "phù thuỷ", "bùa", "bùa ngải", "bỏ bùa", "yểm bùa", "nuôi quỷ", "ma quỷ", "trù ếm", "bùa chú",
    "thư ếm", "tà thuật", "ma thuật", "phu thuy", "bua ngai", "nuoi quy",
)))
#: Certainty without evidence, the mark of a rumour (folded).
_RUMOUR = _compile(_phrases(
    "tôi biết chắc", "biết chắc", "cả xóm đều biết", "cả xóm biết", "cả phường đều biết", "ai cũng biết",
    "tao thấy tận mắt", "tận mắt thấy", "có người tận mắt", "toàn là", "toàn bọn", "toàn lũ", "nhà nó toàn",
    "toàn phản động", "toàn một lũ", "cả họ nhà nó", "cả nhà nó",
    "mà không ai dám nói", "chắc chắn là", "không ai dám nói", "biết chắc chắn", "bộ mặt thật",
    "cả xóm đều biết", "ai chả biết", "người ta đồn", "thiên hạ đồn", "cả phố biết", "ai cũng bảo",
    "tránh xa", "cả phường biết", "cả phường biết hết",
))


def _threats(text: str, pattern: re.Pattern[str]) -> list[str]:
    """The threats in `text` (folded or case-folded: the same length as the folded text, so positions
    agree) that are made, not reported: "dọa sẽ đốt nhà" is a citizen telling of someone else's threat."""
    found: list[str] = []
    for m in pattern.finditer(text):
        before = fold(text[max(0, m.start() - REPORT_WINDOW):m.start()])
        if not _REPORTED.search(before) and m.group(0) not in found:
            found.append(m.group(0))
    return found


def abuse_cues(subject: str, text: str) -> list[str]:
    """Why the item abuses the mailbox, or [] when it does not."""
    return _abuse(_Forms(f"{subject}\n{text}"))


def _read(forms: _Forms) -> _Forms:
    """The forms the abuse cues read: disguises undone, someone else's reported words blanked (`core.unmask`)."""
    marked = fold_case(unmask(forms.whole))
    return _Forms(unquote(fold(marked), marked))


def _abuse(forms: _Forms) -> list[str]:
    forms = _read(forms)
    folded, marked = forms.folded, forms.marked
    why: list[str] = []
    plain = marked == folded  # no diacritics at all: the ambiguous words are matched folded
    threat = _threats(folded, _THREAT) + _threats(folded, _TU_XU)
    threat += _threats(folded, _THREAT_PLAIN) if plain else _threats(marked, _THREAT_MARKED)
    threat += _threats(folded, _THREAT_SHAPE_PLAIN) if plain else _threats(marked, _THREAT_SHAPE_MARKED)
    if threat:
        why.append("đe dọa (" + ", ".join(threat[:3]) + ")")
    incite = _found(_INCITE, folded)
    insult = _found(_INSULT, folded) + _found(_INSULT_MARKED, marked) + _found(_MASKED, marked)
    addressed = _found(_ADDRESSED_INSULT_PLAIN, folded) if plain else _found(_ADDRESSED_INSULT_MARKED, marked)
    insult += _found(_INSULT_AMBIG_PLAIN, folded) if plain else _found(_INSULT_AMBIG_MARKED, marked)
    accuse = _found(_ACCUSE, folded)
    rumour = _found(_RUMOUR, folded)
    if len(incite) >= 2 or (incite and insult):
        why.append("xuyên tạc, kích động (" + ", ".join((incite + insult)[:3]) + ")")
    strong_insults = [w for w in insult if w not in ("thằng", "đứa", "hắn", "mụ")]
    obscene = _found(_OBSCENE, folded) + _found(_OBSCENE_MARKED, marked)
    obscene += _found(_OBSCENE_PLAIN, folded) if plain else []
    obscene += _found(MASKED_WORD, marked) if "*" in marked else []
    obscene += _found(_MASKED, marked)
    if obscene:
        why.append("lời lẽ thô tục (" + ", ".join(obscene[:3]) + ")")
    if addressed or len(strong_insults) >= 2 or (strong_insults and (accuse or incite)):
        strong_insults = addressed + strong_insults
        why.append("lời lẽ xúc phạm (" + ", ".join(strong_insults[:3]) + ")")
    supernatural = _found(_SUPERNATURAL, marked)
    branded = _found(_BRANDED_PLAIN, folded) if plain else _found(_BRANDED_MARKED, marked)
    if branded:
        why.append("gán cho người khác tội danh hoặc lời miệt thị (" + ", ".join(branded[:3]) + ")")
    if len(accuse) >= 2 and (rumour or insult) or len(supernatural) >= 2 or (
            _found(_SPREAD, folded) and _found(_SPREAD_ACCUSE, folded)):
        why.append("bôi nhọ bằng lời buộc tội không có căn cứ (" + ", ".join((accuse + supernatural)[:3]) + ")")
    return why


#: Cues the letters' worker read ahead for a new letter, by (subject, text) (`core.ahead`).
AHEAD = Ahead()


def assess(subject: str, text: str) -> Cues:
    """Both opinions for one item (subject and text as the citizen wrote them)."""
    made = AHEAD.take((subject, text))
    if isinstance(made, Cues):
        return made
    forms = _Forms(f"{subject}\n{text}")
    abuse = _abuse(forms)
    spam = [] if abuse else _spam(forms)
    return Cues(spam=bool(spam), abuse=bool(abuse), why=abuse or spam)


def combine(rule_flags: list[str], cues: Cues, order: Sequence[str]) -> list[str]:
    """The rules' flags with the cues' added, in `order` (`model.FLAGS`). Abuse wins over spam: the chair
    must see a threat even when it came with an advertisement."""
    found = set(rule_flags) | set(cues.flags)
    if "abusive" in found:
        found.discard("spam")
    return [f for f in order if f in found]
