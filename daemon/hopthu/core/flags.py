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

The abuse cues live in `core.abusive`; the phrase lists of both are matched as `core.cuewords` says:
on the diacritics-folded text, a text written with diacritics being held to them ("cầu thang" is not
"thằng", "án đào" not "ăn dao").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from hopthu.core.abusive import abuse, abuse_cues
from hopthu.core.ahead import Ahead
from hopthu.core.cuewords import Forms, Phrases
from hopthu.core.textnorm import afold
from hopthu.core.unmask import unmask

__all__ = ["AHEAD", "URL", "Cues", "abuse_cues", "assess", "combine", "spam_cues"]

#: The top-level domains a link or a bare host in a letter ends with.
_TLD = r"\.(?:example|com|vn|net|xyz|top|info|online|site|link|club|io|me|ly|cc)"
# A host is tried only from its first character (the look-behind), so a long dotted run is walked once,
# not once per dot (linear on "a.a.a…"; tests/test_linear_regex.py).
URL = re.compile(
    r"(?i)\b(?:https?://|www\.)\S+"
    r"|(?<![a-z0-9.\-])[a-z0-9\-]+(?:\.[a-z0-9\-]+)*"
    + _TLD + r"(?:\.[a-z]{2,4})?/\S*"
)
#: A bare host, no path ("vcb-sinhtrachoc.example"), not the domain of an email address; tried from its first
#: character only, like `URL`.
_DOMAIN = re.compile(r"(?i)(?<![\w@.\-])[a-z0-9\-]+(?:\.[a-z0-9\-]+)*"
                     + _TLD + r"(?![\w\-@])")
_WORD = re.compile(r"\w+")
#: A link written so that filters miss it: "h t t p s : / /", "csgt-phatnguoi[.]vn-gov[.]example", "w w w . x . example",
#: "bit . ly / w79app", "t . me / nhom". Undone before links are looked for (`_linked`).
_SPACED_SCHEME = re.compile(r"(?i)(?<!\w)h ?t ?t ?p( ?s)? ?: ?/ ?/ ?")
_SPACED_WWW = re.compile(r"(?i)(?<!\w)w w w(?!\w)")
_DEFANGED_DOT = re.compile(r"\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)")
_SPACED_DOT = re.compile(r"(?<=[A-Za-z0-9]) \. (?=[A-Za-z0-9])")
_SPACED_SLASH = re.compile(r"(?i)(" + _TLD + r") ?/ ?(?=\w)")
#: an email address, read from its start only (linear on a long run of letters)
_EMAIL_ADDRESS = re.compile(r"(?<![\w.+\-])[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")


def _linked(text: str) -> str:
    """`text` with disguised links written out (`_SPACED_SCHEME` …), for finding links and hosts only."""
    text = _SPACED_SCHEME.sub(lambda m: "https://" if m.group(1) else "http://", text)
    text = _DEFANGED_DOT.sub(".", _SPACED_WWW.sub("www", text))
    return _SPACED_SLASH.sub(r"\1/", _SPACED_DOT.sub(".", text))


# -- spam ------------------------------------------------------------------------------------------

#: What an advertiser, broker, lender or scammer writes. Two different ones make an offer.
_OFFER = Phrases(
    # advertising, services
    "giá rẻ", "gia re", "bảo hành", "giảm giá", "giảm", "xả kho", "tặng kèm", "khuyến mãi", "ưu đãi",
    "đặt hàng", "mua ngay", "chốt đơn", "freeship", "sale off", "chỉ còn", "suất", "phục vụ toàn",
    "có mặt sau", "24/24", "không đục phá", "trọn gói", "chi phí trọn gói", "bao đậu", "bao đỗ",
    "nhận làm", "dịch vụ làm", "làm bằng", "bằng lái", "bằng đại học", "chứng chỉ", "không cần thi",
    "nhận ngay", "hợp thức hóa", "có người nhà làm", "uy tín", "cam kết", "miễn phí", "tư vấn miễn phí",
    "giao hàng tận nơi", "giao tận nơi", "ship cod", "nhận thiết kế", "nhận in", "hotline", "thông tắc", "hút bể phốt", "máy lọc nước",
    # paper brokers: "làm hộ chiếu, căn cước lấy ngay không cần xếp hàng, báo giá tốt nhất"
    "lấy ngay", "không cần xếp hàng", "không phải xếp hàng", "báo giá", "giá tốt nhất", "tốt nhất thị trường",
    "khai trương", "đặt phòng", "đặt bàn",
    # land brokers
    "bán lô", "lô đất", "đất nền", "chính chủ", "sổ đỏ chính chủ", "miễn trung gian", "bán gấp",
    "cần tiền bán", "ô tô tránh", "giá chỉ", "tỷ", "m2",
    # loans
    "vay vốn", "vay tiền", "vay tiêu dùng", "vay nóng", "vay online", "không cần gặp mặt", "duyệt hồ sơ",
    "nhận tiền ngay", "tải app", "bảo toàn vốn", "vay tín chấp", "tín chấp", "giải ngân", "lãi suất",
    "không thẩm định", "không cần thế chấp", "nợ xấu", "chỉ cần cccd", "hỗ trợ vay", "công ty tài chính",
    # daily-instalment lending: "vay 5 triệu góp 200k/ngày, không cần giấy tờ, giao tiền tận nhà"
    "trả góp ngày", "góp ngày", "không cần giấy tờ", "giao tiền tận nhà", "giao tiền tận nơi",
    # investment and job scams, prizes
    "đầu tư", "sàn", "forex", "lợi nhuận", "hoàn vốn", "hoa hồng", "kiếm tiền", "việc nhẹ lương cao",
    "tại nhà", "chỉ cần điện thoại", "tuyển gấp", "xuất khẩu lao động", "không cần tiếng", "phí hồ sơ",
    "nhận nguyên liệu", "cọc nguyên liệu", "làm bao nhiêu hưởng bấy nhiêu", "đặt cọc", "giữ suất", "khoản vay",
    # multi-level marketing: "thu nhập thụ động, không cần vốn lớn, chỉ cần gói khởi đầu 12,5 triệu" (p-3875)
    "thu nhập thụ động", "không cần vốn", "gói khởi đầu", "tự do tài chính", "đăng ký giữ chỗ",
    "cần tiền gấp", "hai mặt cccd", "2 mặt cccd", "để được duyệt", "lên top", "top google", "chuẩn seo",
    "trúng thưởng", "nhận quà", "tri ân khách hàng", "phí vận chuyển", "nhận giải", "nộp phí", "phí trước bạ",
    "mã nhận thưởng", "chương trình tri ân", "stk",
    # a service offered by mail: "bên em cung cấp dịch vụ SEO tổng thể, báo giá trọn gói"
    "bên em cung cấp", "bên em nhận", "seo tổng thể", "traffic", "backlink",
    "nhà cái", "casino", "cá cược", "nạp tiền", "rút tiền", "nhận lãi", "lãi hàng ngày", "lãi mỗi ngày",
    "bitcoin", "usdt", "coin", "tiền ảo", "tiền điện tử",
    # rentals, jobs, building services
    "cho thuê", "full đồ", "vào ở ngay", "tuyển ctv", "ctv", "tuyển cộng tác viên", "bán hàng online",
    "không cần kinh nghiệm", "khảo sát miễn phí", "khóa học",
    # lottery and betting tips
    "soi cầu", "lô đề", "bạch thủ", "song thủ", "nổ hũ", "tài xỉu",
    # English
    "guaranteed", "guaranteed profit", "profit", "earn", "daily", "withdraw", "withdraw anytime", "staking",
    "crypto", "affordable", "free audit", "free trial", "services", "seo", "discount", "limited offer",
    # not a bare "loan": it is a given name ("chị Loan 0852 …" beside "nhận quà" of a longevity gift, p-4514)
    "best price", "personal loan", "loan offer", "instant loan", "fast loan", "quick loan", "payday loan",
    "loan approval", "loans", "investment",
)
#: How the offer wants to be answered (phone numbers and links counted apart).
_REACH = Phrases(
    "liên hệ", "lh", "gọi ngay", "gọi", "zalo", "inbox", "telegram", "đăng ký", "đăng ký tại", "kết bạn",
    "bấm vào", "click", "truy cập", "nhắn tin", "gặp chị", "gặp anh", "mr", "ms",
    "nạp tối thiểu", "nạp vào stk", "chuyển vào stk",  # money asked into an account: "Nạp tối thiểu 2 triệu vào STK …"
    "reply", "join", "contact us", "sign up", "register",
    # an offer by mail is answered by mail: "anh/chị cần tư vấn xin phản hồi email này"
    "phản hồi email này", "phản hồi lại email", "trả lời email này", "cần tư vấn", "ib",
)
#: The bait of a phishing message.
_PHISH = Phrases(
    "vui lòng truy cập", "vui lòng cập nhật", "cập nhật ngay", "xác thực", "bị khóa", "sẽ bị khóa",
    "mã otp", "otp", "vui lòng đăng nhập", "đăng nhập ngay",
    "xác nhận thông tin tài khoản", "tài khoản nhận tiền", "khoản hoàn thuế",
    "nhập số cccd", "số tài khoản ngân hàng", "để nhận tiền", "nhận tiền hỗ trợ",
    "bấm vào link", "bấm vào đường link", "click vào link", "trúng thưởng", "để nhận quà", "để nhận giải",
    "chuyển phí", "tránh gián đoạn", "bị tạm khóa", "sẽ bị tạm khóa", "sinh trắc học", "cập nhật sinh trắc học",
    "xác minh tài khoản", "tạm khóa", "bị phong tỏa", "đăng nhập bất thường",
    "mã xác nhận", "nộp phạt online", "phạt nguội", "tránh bị tạm giữ", "điền thông tin",
    # a bill said to be overdue: "vui lòng thanh toán ngay qua đường dẫn … để tránh bị cắt điện"
    "thanh toán ngay", "vui lòng thanh toán", "qua đường dẫn", "tại đường dẫn", "để tránh bị", "để tránh bị cắt",
    # a notice as the ward: "cập nhật tài khoản định danh … tại đường link …, chưa cập nhật sẽ bị dừng các dịch vụ công"
    "tại đường link", "sẽ bị dừng",
    # English
    "verify your", "verify your identity", "will be suspended", "has been suspended", "to avoid interruption",
    "could not be delivered", "redelivery", "pay the", "confirm your", "update your", "login", "log in",
    "claim your", "your account",
)
#: A citizen reporting, asking or complaining: never spam, whatever the letter quotes.
_COMPLAINT = Phrases(
    "phản ánh", "phan anh", "kiến nghị", "đề nghị", "tố giác", "tố cáo", "bị lừa", "lừa đảo",
    "làm phiền", "tin nhắn rác", "cuộc gọi rác", "cảnh báo", "cảnh giác", "nhận được tin nhắn",
    "nhận được cuộc gọi", "nhận được email", "nhận được thư", "xin hỏi", "cho hỏi",
    # not a bare "quảng cáo" nor "tờ rơi": an advertiser writes them ("dán" is below)
    "tờ rơi dán", "tờ rơi vứt", "trình báo", "nhận tin nhắn", "liên tục nhận", "có cách nào", "không đăng nhập được", "không vào được",
    "kính gửi", "xin cảm ơn", "bức xúc", "ô nhiễm",
    "có phải", "thật không", "giả mạo", "mạo danh", "có đúng quy định", "có hợp pháp không", "có được phép không",
    # the scam's victim: "em bị dụ vào nhóm Telegram …, nạp 80 triệu thì bị khóa, xin hướng dẫn làm đơn"
    "bị dụ", "hướng dẫn làm đơn", "không rút được", "bị chiếm đoạt",
    # the ward asked, a flyer's or a lender's victim: "tờ rơi 'vay tiền nhanh chỉ cần CCCD' dán kín cột điện, … họ gọi
    # chửi cả ngày, nhờ phường cho bóc hết" (p-3879)
    # (not a bare "xin phường": "không cần xin phường xác nhận" is a broker's selling point)
    "nhờ phường", "xin phường xuống", "xin phường cho", "xin phường xem", "xin phường kiểm tra", "xin phường xử lý",
    "xin phường giải quyết", "xin phường can thiệp", "kính xin phường", "mong phường", "dán kín", "gọi chửi",
    # English: a resident writing in English
    "complain", "complaint", "please fix", "i received", "i got", "is this", "is it true", "scam", "phishing",
    "my neighbour", "my neighbor", "i live", "broken", "noise",
)
#: A request made of the reader, as a notice (a phishing one among them) words it: "Đề nghị ông/bà truy cập đường
#: link …" (p-3872), "đề nghị công dân cập nhật tài khoản …" (p-4335); not a citizen's request of the ward (folded,
#: from where the complaint cue starts).
#: ("bạn", not "ban": "đề nghị ban quản trị nhóm chặn người này" is a citizen's.)
_NOTICE_REQUEST = re.compile(r"(?:de nghi|kien nghi) (?:ong ?/ ?ba|ba ?/ ?ong|anh ?/ ?chi|quy khach|quy vi|cong dan cap nhat)(?!\w)")
#: Baits a real notice of the ward also words ("hộ nào chưa cập nhật tại đường link … sẽ bị dừng hỗ trợ"), folded.
_WEAK_BAIT = frozenset({"tai duong link", "se bi dung"})
#: A citizen writing: the writer's pronoun or a request of the ward (held to its marks: "tới" is no "tôi").
_WRITER = Phrases("tôi", "tui", "em", "mình", "chúng tôi", "chúng em", "xin phường", "nhờ phường", "phường chỉ",
                  "phường giúp", "phường xác nhận")
#: Short complaint words that fold to other words ("hỏi" → "hoi" as in "cơ hội"): with diacritics only.
_COMPLAINT_MARKED = re.compile(r"(?<!\w)(?:hỏi|dán|lừa|kêu|khiếu nại)(?!\w)")
#: "Cảnh báo:" opening the message is how a phishing message starts ("Cảnh báo: tài khoản của bạn sẽ bị khóa"),
#: not a citizen warning the neighbours ("Tôi xin cảnh báo:", "đề nghị phường cảnh báo bà con"): no complaint cue
#: there. Read folded (the subject's line break collapsed): only such headings before it.
_WARNING_HEADER = re.compile(r"canh bao(?: bao mat| khan)?\s?[:!]?\s?")
#: The sender's tag a phishing message opens with, before its heading: "[Cổng Dịch vụ công] Cảnh báo …".
_SENDER_TAG = re.compile(r"\[[^\]\n]{1,40}\]\s?")


def _warning_headings(folded: str) -> set[int]:
    """Where each of the headings that open the text starts (0 always), and where the last one ends: a cue
    found at one of them is such a heading. Worked out once a text (one walk from the start for each cue
    was quadratic in a text of many)."""
    at, pos = {0}, 0
    if tag := _SENDER_TAG.match(folded):
        at.add(pos := tag.end())
    while m := _WARNING_HEADER.match(folded, pos):
        pos = m.end()
        at.add(pos)
    return at


#: A link a citizen sends as evidence or to show the place ("Ảnh hiện trường: https://…", "vị trí cống vỡ: …"): not
#: a link-only message.
_EVIDENCE = re.compile(r"(?i)(?<!\w)(?:ảnh|hình|video|clip|hiện trường|vị trí|chỗ|ngõ|ngách|phố|đường|cống|đèn|rác"
                       r"|hinh anh|anh chup|hien truong|vi tri|photo|picture|location)(?!\w)")
#: A chain message: "gửi tin nhắn này cho 20 người", "chuyển tiếp tin này cho 10 người trong 24h" (folded).
_CHAIN = re.compile(r"(?<!\w)(?:(?:gui|chuyen|chuyen tiep|chia se|share|forward)\s(?:tin nhan|tin|bai|thu|la thu)"
                    r"(?:\s(?:nay|nay di))?|chuyen tiep|forward)\s(?:cho|toi|den)\s(?:\d+\s(?:nguoi|nhom|ban)"
                    # "… cho tất cả người thân và các nhóm Zalo": this message, to everyone
                    r"|(?:tat ca|toan bo|het|moi|cang nhieu)(?:\s(?:nguoi|nguoi than|ban be|ban|nhom|cac nhom))?)(?!\w)"
                    # bare, to a count of people and a deadline or told to: "hãy chuyển cho 15 người trong vòng 24 giờ"
                    r"|(?<!\w)(?:hay\s)?(?:chuyen|gui|chia se|share|forward)(?:\stiep)?\scho\s\d+\s(?:nguoi|nhom|ban)"
                    r"\strong(?:\svong)?\s\d+\s?(?:gio|h|tieng|ngay)(?!\w)"
                    r"|(?<!\w)hay\s(?:chuyen|gui|chia se|share|forward)(?:\stiep)?\scho\s\d+\s(?:nguoi|nhom|ban)(?!\w)")
#: Digits may be spaced one by one: "0 7 0 3 - 8 8 6 - 1 4 1".
_PHONE_LIKE = re.compile(r"(?<!\d)(?:(?:\+?84|0)(?:[\s.\-()]{0,3}\d){8,10}|1[89]00(?:[\s.\-()]{0,3}\d){5,8})(?!\d)")


@dataclass
class Cues:
    """What the cues found in one item; `why` says it in Vietnamese for the case history."""

    spam: bool = False
    abuse: bool = False
    why: list[str] = field(default_factory=list)

    @property
    def flags(self) -> list[str]:
        return [f for f, on in (("spam", self.spam), ("abusive", self.abuse)) if on]


def spam_cues(subject: str, text: str) -> list[str]:
    """Why the item is spam, or [] when it is not (or reads like a citizen's complaint)."""
    return _spam_read(Forms(f"{subject}\n{text}"))


def _spam(forms: Forms) -> list[str]:
    whole = forms.whole
    linked = _linked(whole)
    urls = URL.findall(linked)
    words = _WORD.findall(URL.sub(" ", linked))
    if urls and len(words) <= 3 and not _EVIDENCE.search(URL.sub(" ", linked)):
        return ["chỉ có đường link, không có nội dung"]
    headings = _warning_headings(forms.folded)
    complaint = any(c[0] not in headings and not _NOTICE_REQUEST.match(forms.folded, c[0])
                    for c in _COMPLAINT.spans(forms))
    phish = _PHISH.found(forms)
    # the ward's own wording of a deadline ("tại đường link", "sẽ bị dừng") is bait only where no citizen writes
    if any(_WRITER.spans(forms)):
        phish = [p for p in phish if afold(p) not in _WEAK_BAIT]
    # three baits and a link are phishing even when a short complaint word ("kêu" in "lời kêu gọi") dresses it
    if complaint or (_COMPLAINT_MARKED.search(forms.marked) and not (urls and len(phish) >= 3)):
        return []
    # a bare host asks for two baits: "tài khoản … bị khóa, vào dichvucong.gov.vn" may be a citizen's trouble
    if phish and (urls or len(phish) >= 2 and _DOMAIN.search(linked)):
        return ["lừa đảo qua đường link (" + ", ".join(phish[:3]) + ")"]
    if chain := _CHAIN.search(forms.folded):
        return [f"tin nhắn dây chuyền ({chain.group(0)})"]
    offer = _OFFER.found(forms)
    # a bare host is a way to answer too: "website chuẩn SEO tại webchuan.example"
    reach = bool(urls or _PHONE_LIKE.search(whole) or _REACH.found(forms) or _DOMAIN.search(linked))
    if len(offer) >= 2 and reach:
        return ["quảng cáo, môi giới, cho vay hoặc mời chào (" + ", ".join(offer[:4]) + ")"]
    return []


def _spam_read(forms: Forms) -> list[str]:
    """`_spam` on the text as written, then undotted when that finds nothing: an advert dotted letter by letter
    ("V.A.Y T.I.E.N N.H.A.N.H … Z.a.l.o") is read as "VAY TIEN NHANH … Zalo" (`core.unmask`)."""
    if found := _spam(forms):
        return found
    undotted = unmask(forms.whole)
    return _spam(Forms(undotted)) if undotted != forms.whole else []


#: Cues the letters' worker read ahead for a new letter, by (subject, text) (`core.ahead`).
AHEAD = Ahead()


def assess(subject: str, text: str) -> Cues:
    """Both opinions for one item (subject and text as the citizen wrote them)."""
    made = AHEAD.take((subject, text))
    if isinstance(made, Cues):
        return made
    whole = f"{subject}\n{text}"
    forms = Forms(whole)
    # an email address is nobody's words: "khoa.dm@thumau.example" holds no "đm" (r-4032)
    abusive = abuse(Forms(_EMAIL_ADDRESS.sub(lambda m: " " * len(m.group()), whole)) if "@" in whole else forms)
    # an advert dotted letter by letter ("V.A.Y T.I.E.N N.H.A.N.H") read undotted
    spam = [] if abusive else _spam_read(forms)
    return Cues(spam=bool(spam), abuse=bool(abusive), why=abusive or spam)


def combine(rule_flags: list[str], cues: Cues, order: Sequence[str]) -> list[str]:
    """The rules' flags with the cues' added, in `order` (`model.FLAGS`). Abuse wins over spam: the chair
    must see a threat even when it came with an advertisement."""
    found = set(rule_flags) | set(cues.flags)
    if "abusive" in found:
        found.discard("spam")
    return [f for f in order if f in found]
