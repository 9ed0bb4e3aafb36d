#!/usr/bin/env python3
"""Regenerate hopthu's fictional sample data (demo inbox, form responses, broken inputs).

    python examples/make_examples.py          # writes next to this file

Everything is deterministic: fixed dates, Message-IDs, MIME boundaries and
Maildir file names, so running it twice gives the same bytes (the .xlsx too).
All people, addresses, phone numbers, ID numbers and domains are fictional.

Only the standard library is needed, except for examples/form-responses.xlsx,
which needs openpyxl (skipped with a warning when it is missing).
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import quopri
import re
import struct
import sys
import unicodedata
import zipfile
import zlib
from email import charset as email_charset
from email import policy
from email.header import Header
from email.message import EmailMessage, Message
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
INBOX = HERE / "inbox"
BROKEN = HERE / "broken"

TZ = dt.timezone(dt.timedelta(hours=7))
FRONT = "hopthu@mttq-luukiem.example.vn"
FRONT_NAME = "Hòm thư số MTTQ phường Lưu Kiếm"
MX = "mx.mttq-luukiem.example.vn"

LF = policy.default.clone(linesep="\n")
CRLF = policy.default.clone(linesep="\r\n")


# --------------------------------------------------------------------------- helpers

def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def when(day: int, hh: int, mm: int, ss: int) -> dt.datetime:
    """A moment in November 2026, Vietnam time (+0700)."""
    return dt.datetime(2026, 11, day, hh, mm, ss, tzinfo=TZ)


def rfc_date(moment: dt.datetime) -> str:
    return format_datetime(moment)  # e.g. "Mon, 16 Nov 2026 07:42:18 +0700"


# Tone marks: windows-1258 has letters with circumflex, breve and horn (â ă ê ô ơ ư đ)
# precomposed, but most tone marks only as combining characters (0xCC 0xEC 0xD2 0xDE 0xF2).
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def to_cp1258(text: str) -> bytes:
    """Encode NFC Vietnamese text the way Windows does for code page 1258.

    Python's cp1258 codec refuses precomposed letters such as "ệ"; plain NFD is no good
    either ("ư" would become "u" + combining horn, which cp1258 does not have). So each
    letter that cannot be encoded as is, is split into base letter (kept precomposed)
    plus combining tone mark.
    """
    out = bytearray()
    for ch in nfc(text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        base = nfc("".join(c for c in parts if c not in _TONES))
        tones = "".join(c for c in parts if c in _TONES)
        out += (base + tones).encode("cp1258")
    data = bytes(out)
    assert nfc(data.decode("cp1258")) == nfc(text), "cp1258 roundtrip failed"
    return data


def encoded_words(text: str, encoding: str, header_name: str = "Subject") -> str:
    """RFC 2047 encoded-word(s) in UTF-8, forced to B or Q, folded with LF + space."""
    cs = email_charset.Charset("utf-8")
    cs.header_encoding = email_charset.BASE64 if encoding == "B" else email_charset.QP
    value = Header(nfc(text), cs, header_name=header_name).encode(linesep="\n")
    # Gmail and most clients spell the charset and the encoding in capitals.
    return value.replace("=?utf-8?b?", "=?UTF-8?B?").replace("=?utf-8?q?", "=?UTF-8?Q?")


def cp1258_word(text: str) -> str:
    """One =?windows-1258?Q?...?= encoded word (keep the text short: no folding)."""
    raw = to_cp1258(text)
    out = []
    for b in raw:
        c = chr(b)
        if c == " ":
            out.append("_")
        elif c.isascii() and c.isalnum():
            out.append(c)
        else:
            out.append("=%02X" % b)
    return "=?windows-1258?Q?" + "".join(out) + "?="


def replace_header(raw: bytes, name: str, value: str) -> bytes:
    """Replace the first `name:` header (with its folded lines) by `name: value`.

    Used where the email package would re-encode a header in its own way (forced B/Q
    encoded words, a one-line RFC 2231 filename). `value` may contain LF + space folds;
    they get the message's own line ending.
    """
    eol = b"\r\n" if b"\r\n" in raw else b"\n"
    pattern = re.compile(
        rb"(?im)^" + re.escape(name.encode()) + rb":[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*"
    )
    new = (name + ": " + value).encode("ascii").replace(b"\n", eol) + eol
    result, count = pattern.subn(lambda _m: new, raw, count=1)
    assert count == 1, f"header {name} not found"
    return result


def delivery_headers(msg: Message, sender: str, moment: dt.datetime, relay: str, ip: str,
                     queue_id: str) -> None:
    """Trace headers the mail server adds when it delivers into the Maildir."""
    msg["Return-Path"] = f"<{sender}>"
    msg["Delivered-To"] = FRONT
    received_at = moment + dt.timedelta(seconds=3)
    msg["Received"] = (
        f"from {relay} ({relay} [{ip}]) by {MX} (Postfix) with ESMTPS id {queue_id} "
        f"for <{FRONT}>; {rfc_date(received_at)}"
    )


def tiny_png() -> bytes:
    """A valid 48x32 RGB PNG (a fallen tree across a street, drawn very roughly)."""
    width, height = 48, 32
    rows = []
    for y in range(height):
        row = bytearray([0])  # filter type 0 (None)
        for x in range(width):
            if y < 14:
                pixel = (150, 170, 190)          # grey morning sky
            else:
                pixel = (90, 90, 95)             # wet asphalt
            if abs((y - 8) - (x * 16) // 40) <= 1 and 4 <= x <= 40:
                pixel = (101, 67, 33)            # trunk lying across the road
            if (x - 40) ** 2 + (y - 25) ** 2 <= 30:
                pixel = (34, 110, 40)            # crown of the tree
            if y == 12 + (x // 6) % 2 and x < 30:
                pixel = (10, 10, 10)             # the broken power line
            row += bytes(pixel)
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def strip_part_mime_version(msg: EmailMessage) -> None:
    """EmailMessage puts MIME-Version on sub-parts too; real clients do not."""
    for part in msg.walk():
        if part is not msg and "MIME-Version" in part:
            del part["MIME-Version"]


def to_crlf(data: bytes) -> bytes:
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


# --------------------------------------------------------------------------- demo inbox

def base_message(n: dict) -> EmailMessage:
    msg = EmailMessage(policy=LF)
    delivery_headers(msg, n["addr"], n["date"], n["relay"], n["ip"], n["qid"])
    msg["From"] = formataddr((nfc(n["name"]), n["addr"]))
    if "reply_to" in n:
        msg["Reply-To"] = formataddr((nfc(n["reply_to"][0]), n["reply_to"][1]))
    msg["To"] = n.get("to", FRONT)
    msg["Subject"] = nfc(n["subject"])
    msg["Date"] = rfc_date(n["date"])
    msg["Message-ID"] = n["mid"]
    for key, value in n.get("extra", []):
        msg[key] = value
    return msg


def render(msg: EmailMessage, n: dict, subject_encoding: str = "B",
           pol: policy.EmailPolicy = LF) -> bytes:
    """Serialise; write non-ASCII names and subject as whole encoded words, the way
    mail clients do (the email package encodes word by word and can drop the space
    between two encoded words when it folds)."""
    raw = msg.as_bytes(policy=pol)
    if not n["name"].isascii():
        raw = replace_header(raw, "From", encoded_words(n["name"], "B", "From")
                             + f" <{n['addr']}>")
    if "reply_to" in n and not n["reply_to"][0].isascii():
        raw = replace_header(raw, "Reply-To", encoded_words(n["reply_to"][0], "B", "Reply-To")
                             + f" <{n['reply_to'][1]}>")
    if not n["subject"].isascii():
        raw = replace_header(raw, "Subject", encoded_words(n["subject"], subject_encoding))
    return raw


def demo_messages() -> list[tuple[dt.datetime, bytes]]:
    out: list[tuple[dt.datetime, bytes]] = []

    # 1. Street light (đèn đường) - plain UTF-8, 8bit.
    n = dict(
        name="Nguyễn Thị Hòa", addr="hoa.nguyen78@gmail.example",
        subject="Đèn đường hỏng ở đầu ngõ 12 phố Trần Phú",
        date=when(16, 7, 42, 18), mid="<20261116-0742.k3f9q2@gmail.example>",
        relay="mail-sor-f41.gmail.example", ip="192.0.2.41", qid="4Fq2kT0x7Mz1",
    )
    body = """\
Kính gửi Ủy ban MTTQ Việt Nam phường Lưu Kiếm,

Tôi tên là Nguyễn Thị Hòa, nhà ở số nhà 15 ngõ 12 phố Trần Phú (TDP số 5).

Tôi xin phản ánh: cột đèn đường ở đầu ngõ 12 phố Trần Phú, ngay cạnh cửa hàng tạp hóa,
đã không sáng hơn một tuần nay (từ khoảng ngày 08/11/2026). Buổi tối đoạn ngõ này tối om,
các cháu học sinh đi học thêm về và người già đi tập thể dục buổi sáng sớm rất nguy hiểm;
hôm thứ Sáu vừa rồi có một bác bị vấp ngã vì không nhìn thấy ổ gà.

Đề nghị phường cho người kiểm tra, thay bóng đèn sớm giúp bà con.

Nếu cần thêm thông tin xin liên hệ tôi qua số điện thoại 0912 345 678.

Xin cảm ơn!
Nguyễn Thị Hòa
"""
    msg = base_message(n)
    msg.set_content(nfc(body), cte="8bit")
    out.append((n["date"], render(msg, n)))

    # 2. Garbage and smell (rác, mùi hôi) - quoted-printable, Q-encoded subject.
    n = dict(
        name="Trần Văn Minh", addr="tranvanminh.tdp12@yahoo.example",
        subject="Rác thải tồn đọng, bốc mùi hôi tại điểm tập kết cạnh chợ Lưu Kiếm (TDP số 12)",
        date=when(16, 19, 5, 44), mid="<20261116-1905.m8xv3a@yahoo.example>",
        relay="sonic305-20.consmr.mail.yahoo.example", ip="198.51.100.20", qid="4Fq3bH1y2Rz4",
        to=formataddr((FRONT_NAME, FRONT)),
        extra=[("X-Mailer", "WebService/1.1.24562 YMailNorrin")],
    )
    body = """\
Kính gửi Ban Thường trực Ủy ban MTTQ phường,

Điểm tập kết rác cạnh cổng sau chợ Lưu Kiếm (thuộc TDP số 12, đầu đường Nguyễn Trãi) đã 3 ngày nay không có xe đến thu gom. Rác thải sinh hoạt, rác của các hàng cá, hàng thịt trong chợ dồn ứ tràn ra cả lòng đường, bốc mùi hôi thối nồng nặc, ruồi nhặng rất nhiều. Trời mưa nước rỉ rác chảy xuống cống, cả khu phố phải đóng kín cửa.

Việc này năm nào cũng lặp lại vào dịp cuối năm. Đề nghị:
- yêu cầu đơn vị thu gom đến dọn ngay và thu gom đúng lịch;
- có biện pháp phun khử mùi, khử trùng;
- xem xét chuyển điểm tập kết ra xa khu dân cư.

Người phản ánh: Trần Văn Minh, số nhà 7 ngõ Chợ, TDP số 12.
Email: tranvanminh.tdp12@yahoo.example – ĐT: 0983 112 457
"""
    msg = base_message(n)
    msg.set_content(nfc(body), cte="quoted-printable")
    raw = render(msg, n, "Q")
    out.append((n["date"], raw))

    # 3. Karaoke noise late at night (tiếng ồn karaoke) - base64, B-encoded subject.
    n = dict(
        name="Lê Quang Huy", addr="quanghuy.le@gmail.example",
        subject="Phản ánh tiếng ồn karaoke sau 23 giờ tại ngõ 45 phố Hoàng Hoa Thám",
        date=when(17, 23, 48, 5), mid="<20261117-2348.p2ud7w@gmail.example>",
        relay="mail-pj1-f52.gmail.example", ip="192.0.2.52", qid="4Fr9wN2c5Kz2",
    )
    body = """\
Kính gửi Hòm thư số MTTQ phường Lưu Kiếm,

Bây giờ là gần 12 giờ đêm mà nhà số 27 ngõ 45 phố Hoàng Hoa Thám (TDP số 8) vẫn đang hát karaoke, loa kẹo kéo mở hết cỡ ngoài sân. Tình trạng này diễn ra gần như tối nào cũng vậy, có hôm đến 1 giờ sáng, nhất là tối thứ Bảy, Chủ nhật.

Nhà tôi có mẹ già 80 tuổi bị cao huyết áp và con nhỏ đang ôn thi, cả nhà không ngủ được. Tôi đã sang nhắc nhở nhưng chủ nhà nói "nhà tôi thì tôi hát". Tổ trưởng tổ dân phố cũng đã nhắc mấy lần nhưng không có tác dụng.

Đề nghị Công an phường kiểm tra, xử lý theo quy định về tiếng ồn sau 22 giờ.

Lê Quang Huy – số nhà 31 ngõ 45 phố Hoàng Hoa Thám
Điện thoại: 0987.654.321
"""
    msg = base_message(n)
    msg.set_content(nfc(body), cte="base64")
    raw = render(msg, n, "B")
    out.append((n["date"], raw))

    # 4. Illegal construction, pavement encroachment - text/html only, with entities.
    n = dict(
        name="Phạm Thị Thu Trang", addr="thutrang.pham@gmail.example",
        subject="Xây dựng trái phép, lấn chiếm vỉa hè trên đường Lưu Kiếm",
        date=when(18, 9, 30, 12), mid="<20261118-0930.7hd2xk@gmail.example>",
        relay="mail-wr1-f46.gmail.example", ip="192.0.2.46", qid="4Fs6pL3d8Qz5",
    )
    html = """\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div dir="ltr">
<p>Kính gửi Ủy ban MTTQ phường Lưu Kiếm,</p>
<p>Tôi là Phạm Thị Thu Trang, ở số nhà 98 đường Lưu Kiếm, TDP số 17.&nbsp;Tôi xin phản ánh mấy việc trên đoạn đường trước nhà:</p>
<p>1. Nhà số 102 đường Lưu Kiếm đang xây thêm tầng 4 &amp; tum, trong khi giấy phép
&quot;chỉ được 3 tầng&quot; (theo lời chính chủ nhà nói với hàng xóm). Công trình làm cả
ban đêm, không có lưới che chắn, vữa rơi xuống đường.<br>
2. Cát, đá, gạch của công trình đổ tràn ra vỉa hè và một phần lòng đường, đã hơn
10 ngày. Người đi bộ, các cháu học sinh phải đi xuống lòng đường.<br>
3. Quán ăn ở số 110 đường Lưu Kiếm kê bàn ghế, dựng mái che lấn chiếm vỉa hè
&gt; 2&nbsp;m, buổi tối xe máy của khách đỗ tràn ra đường.</p>
<p>Đề nghị phường kiểm tra, xử lý việc xây dựng sai phép và lập lại trật tự vỉa hè.</p>
<p>Tr&acirc;n tr&#7885;ng,<br>
Phạm Thị Thu Trang<br>
Điện thoại: 0936&nbsp;215&nbsp;487</p>
</div></body></html>
"""
    msg = base_message(n)
    msg.set_content(nfc(html), subtype="html", cte="quoted-printable")
    out.append((n["date"], render(msg, n)))

    # 5. Administrative procedures (chứng thực, khai sinh, dịch vụ công) -
    #    multipart/alternative from Outlook, CRLF line endings, CCCD in the text.
    n = dict(
        name="Đỗ Đức Anh", addr="ducanh.do@example.vn",
        subject="Góp ý về việc chậm giải quyết thủ tục chứng thực và đăng ký khai sinh",
        date=when(18, 14, 20, 37), mid="<000001dc5a1b$3f8e2c40$bea2a84c0$@example.vn>",
        relay="mail.example.vn", ip="203.0.113.15", qid="4Fs9xR4f1Tz6",
        to=formataddr(("Ủy ban MTTQ Việt Nam phường Lưu Kiếm", FRONT)),
        extra=[("X-Mailer", "Microsoft Outlook 16.0"),
               ("Thread-Index", "AdxaGz9Oc2F1bXBsZSB0aHJlYWQgaW5kZXg="),
               ("Content-Language", "vi")],
    )
    text = """\
Kính gửi Ủy ban MTTQ Việt Nam phường Lưu Kiếm,

Tôi là Đỗ Đức Anh, CCCD số 001085012345, thường trú tại số nhà 22 ngõ 9 phố Lê Lợi, TDP số 14.

Tôi xin góp ý về việc giải quyết thủ tục hành chính tại Trung tâm phục vụ hành chính công phường:

1. Ngày 02/11/2026 tôi nộp hồ sơ đăng ký khai sinh cho con qua Cổng dịch vụ công quốc gia (mã hồ sơ G22.99-261102-0417). Theo quy định thủ tục này được giải quyết ngay trong ngày hoặc chậm nhất ngày làm việc tiếp theo, nhưng đến nay đã hơn 2 tuần hồ sơ vẫn ở trạng thái "Đang xử lý", gọi điện lên đường dây nóng thì không ai nghe máy.

2. Sáng 17/11/2026 tôi đến chứng thực bản sao bằng tốt nghiệp và giấy khai sinh, phải chờ gần 2 tiếng vì chỉ có 1 cán bộ làm chứng thực, máy lấy số thứ tự bị hỏng, người dân chen lấn.

Đề nghị phường bố trí thêm người ở quầy chứng thực vào buổi sáng và cho tôi biết hồ sơ khai sinh đang vướng ở khâu nào.

Trân trọng,
Đỗ Đức Anh
Di động: 0904 678 215
"""
    paras = nfc(text).split("\n\n")
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style><!-- p.MsoNormal {margin:0cm; font-family:"Calibri",sans-serif;} --></style>'
            '</head><body lang="VI" link="#0563C1"><div class="WordSection1">\n')
    for para in paras:
        html += ('<p class="MsoNormal">' + para.strip().replace("\n", "<br>\n")
                 .replace('"', "&quot;") + "<o:p></o:p></p>\n"
                 '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
    html += "</div></body></html>\n"
    msg = base_message(n)
    msg.policy = CRLF
    msg.set_content(nfc(text), cte="quoted-printable")
    msg.add_alternative(html, subtype="html", cte="quoted-printable")
    msg.set_boundary("----=_NextPart_000_0001_01DC5A1B.3F8E2C40")
    strip_part_mime_version(msg)
    out.append((n["date"], to_crlf(render(msg, n, pol=CRLF))))

    # 6. Residence registration (đăng ký tạm trú) - windows-1258, quoted-printable,
    #    Outlook Express, CRLF. Built with the compat32 Message: cp1258 is not a
    #    charset the email package can encode Vietnamese into by itself.
    date = when(19, 8, 5, 51)
    subject = "Hỏi về đăng ký tạm trú cho người thuê trọ"
    body = """\
Kính gửi Mặt trận phường Lưu Kiếm,

Em tên là Vũ Thị Mai, quê ở Thái Bình, hiện đang thuê trọ tại nhà bà Lan, số nhà 40 ngõ 5 đường Nguyễn Trãi, TDP số 23, làm công nhân ở khu công nghiệp.

Em đã làm đăng ký tạm trú trên ứng dụng VNeID hai lần nhưng đều bị trả về với lý do “giấy tờ chứng minh chỗ ở hợp pháp không hợp lệ”. Chủ nhà đã ký hợp đồng thuê nhà cho em rồi. Em không biết phải bổ sung giấy tờ gì, lên Công an phường thì được bảo làm lại trên mạng.

Không có tạm trú thì em không làm được thủ tục gửi con vào trường mầm non ở phường. Mong Mặt trận hướng dẫn giúp em.

Số CCCD của em: 034190004567. Điện thoại: 0368 112 233.

Em cảm ơn ạ.
Vũ Thị Mai
"""
    msg = Message()
    delivery_headers(msg, "vuthimai.tb@yahoo.example", date, "smtp.yahoo.example",
                     "198.51.100.33", "4Ft1aV5g3Wz7")
    msg["Message-ID"] = "<001a01dc59f2$7c3b5e20$0201a8c0@PCMAI>"
    msg["From"] = '"' + cp1258_word("Vũ Thị Mai") + '" <vuthimai.tb@yahoo.example>'
    msg["To"] = "<hopthu@mttq-luukiem.example.vn>"
    msg["Subject"] = cp1258_word(subject)
    msg["Date"] = rfc_date(date)
    msg["MIME-Version"] = "1.0"
    msg["Content-Type"] = 'text/plain; charset="windows-1258"'
    msg["Content-Transfer-Encoding"] = "quoted-printable"
    msg["X-Priority"] = "3"
    msg["X-MSMail-Priority"] = "Normal"
    msg["X-Mailer"] = "Microsoft Outlook Express 6.00.2900.5931"
    msg["X-MimeOLE"] = "Produced By Microsoft MimeOLE V6.00.2900.6157"
    msg.set_payload(quopri.encodestring(to_cp1258(body)).decode("ascii"))
    raw = msg.as_bytes(policy=policy.compat32.clone(linesep="\n", max_line_length=0))
    out.append((date, to_crlf(raw)))

    # 7. Poor household / health insurance (hộ cận nghèo, BHYT) - Reply-To differs
    #    from From, base64.
    n = dict(
        name="Hoàng Minh Tuấn", addr="tuan.hm@anphat.example.vn",
        reply_to=("Hoàng Minh Tuấn", "hoangminhtuan.90@gmail.example"),
        subject="Xin hỏi về chế độ hộ cận nghèo và thẻ BHYT cho bố tôi",
        date=when(19, 16, 45, 9), mid="<a41f7c2e-5b9d-4e38-9a11-2c6f0d7e8b35@anphat.example.vn>",
        relay="mx1.anphat.example.vn", ip="203.0.113.77", qid="4Ft7cX6h4Yz8",
        extra=[("User-Agent", "Mozilla Thunderbird")],
    )
    body = """\
Kính gửi Ủy ban MTTQ phường Lưu Kiếm,

Tôi viết thư này thay cho bố tôi là ông Hoàng Văn Tùng, sinh năm 1958, ở số nhà 8 ngõ 3 đường Lưu Kiếm, TDP số 31. Bố tôi không dùng email nên xin phường trả lời vào địa chỉ email cá nhân của tôi (đã đặt ở mục trả lời), đừng gửi vào email công ty.

Gia đình bố tôi thuộc diện hộ cận nghèo năm 2025. Thẻ bảo hiểm y tế của bố tôi hết hạn từ 31/10/2026, đi khám ở bệnh viện thì không được hưởng BHYT nữa. Cán bộ ở tổ dân phố nói năm nay phường chưa phê duyệt danh sách hộ nghèo, hộ cận nghèo nên chưa cấp thẻ mới.

Xin hỏi:
1. Bao giờ có kết quả rà soát hộ nghèo, hộ cận nghèo năm 2026?
2. Trong thời gian chờ, bố tôi đi khám chữa bệnh có được thanh toán lại chi phí không?

Số điện thoại của bố tôi: +84 903 123 456 (ông hay ở nhà buổi sáng).

Trân trọng cảm ơn,
Hoàng Minh Tuấn
"""
    msg = base_message(n)
    msg.set_content(nfc(body), cte="base64")
    out.append((n["date"], render(msg, n)))

    # 8. Conduct of a ward official (thái độ cán bộ) - plain UTF-8, 8bit.
    n = dict(
        name="Bùi Thị Ngọc Lan", addr="ngoclan.bui@gmail.example",
        subject="Phản ánh thái độ của cán bộ tiếp dân tại bộ phận một cửa",
        date=when(20, 10, 12, 27), mid="<20261120-1012.s5bn1c@gmail.example>",
        relay="mail-lf1-f44.gmail.example", ip="192.0.2.44", qid="4Fv2dZ7j5Az9",
    )
    body = """\
Kính gửi Ủy ban MTTQ phường,

Chiều ngày 19/11/2026 khoảng 15 giờ, tôi đến Trung tâm phục vụ hành chính công phường để nộp hồ sơ xin xác nhận tình trạng hôn nhân. Cán bộ nam ngồi ở quầy số 3 không hướng dẫn mà nói giọng gắt gỏng: "Thiếu giấy tờ thì về đi, hỏi lắm thế", rồi quay sang dùng điện thoại riêng trong khi nhiều người đang chờ. Tôi hỏi lại cần bổ sung giấy gì thì cán bộ không trả lời.

Tôi năm nay đã 62 tuổi, phải nghỉ buổi chiều, đi lại rất vất vả. Mong phường nhắc nhở cán bộ có thái độ đúng mực, niềm nở với dân, và niêm yết rõ danh mục giấy tờ cần có cho từng thủ tục.

Tôi không muốn bị gây khó dễ khi quay lại nộp hồ sơ, xin giữ kín thông tin của tôi.

Bùi Thị Ngọc Lan
TDP số 2
"""
    msg = base_message(n)
    msg.set_content(nfc(body), cte="8bit")
    out.append((n["date"], render(msg, n)))

    # 9. Suggestion to the front (góp ý công tác Mặt trận) - plain UTF-8, 8bit, Saturday.
    n = dict(
        name="Đặng Minh Khoa", addr="dangminhkhoa@gmail.example",
        subject="Góp ý công tác Mặt trận: mã QR ở nhà văn hóa TDP số 36 bị mờ",
        date=when(21, 20, 30, 16), mid="<20261121-2030.c7tw4e@gmail.example>",
        relay="mail-ed1-f53.gmail.example", ip="192.0.2.53", qid="4Fw8fB8k6Bz1",
    )
    body = """\
Kính gửi Ban Thường trực Ủy ban MTTQ Việt Nam phường Lưu Kiếm,

Tôi là Đặng Minh Khoa, hội viên Hội Cựu chiến binh, ở TDP số 36. Tôi rất ủng hộ mô hình "Tháng nghe dân nói – Hòm thư số đồng hành". Tôi có vài ý kiến góp ý với Mặt trận như sau:

1. Tấm bảng mã QR dán ở cửa nhà văn hóa TDP số 36 bị nắng làm mờ, nhiều người quét không được. Đề nghị in lại bằng decal chống nước, đặt ở chỗ có mái che.
2. Người cao tuổi trong tổ nhiều người không dùng điện thoại thông minh. Đề nghị Ban công tác Mặt trận bố trí đoàn viên thanh niên hỗ trợ quét mã vào buổi sinh hoạt chiều Chủ nhật.
3. Đề nghị công khai kết quả giải quyết các ý kiến hằng tháng trên nhóm Zalo của tổ dân phố để bà con theo dõi.

Chúc Mặt trận phường hoàn thành tốt nhiệm vụ.

Đặng Minh Khoa
ĐT: 0977 246 810
"""
    msg = base_message(n)
    msg.set_content(nfc(body), cte="8bit")
    out.append((n["date"], render(msg, n)))

    # 10. Outside ward competence (bản án, thuế TNCN) - quoted-printable, Sunday night.
    n = dict(
        name="Ngô Thị Hạnh", addr="hanh.ngo.1986@gmail.example",
        subject="Nhờ phường can thiệp việc thi hành bản án và hỏi về thuế thu nhập cá nhân",
        date=when(22, 21, 15, 33), mid="<20261122-2115.r9kd2m@gmail.example>",
        relay="mail-oi1-f48.gmail.example", ip="192.0.2.48", qid="4Fx3gC9m7Cz2",
    )
    body = """\
Kính gửi Ủy ban MTTQ phường Lưu Kiếm,

Tôi là Ngô Thị Hạnh, CCCD 031186009876, trú tại số nhà 12 ngõ 20 phố Trần Phú, TDP số 6.

Tôi có hai việc muốn nhờ phường giúp đỡ:

Thứ nhất, năm 2025 Tòa án nhân dân khu vực đã xử cho tôi ly hôn, bản án đã có hiệu lực pháp luật, buộc chồng cũ của tôi là anh Đinh Văn Quý cấp dưỡng nuôi con 3.000.000 đồng/tháng. Từ tháng 3/2026 đến nay anh ấy không cấp dưỡng đồng nào. Đề nghị phường buộc anh ấy phải thực hiện bản án.

Thứ hai, tôi được bố mẹ đẻ ở quê cho một mảnh đất, cán bộ thuế bảo tôi phải nộp thuế thu nhập cá nhân 2%. Tôi nghe nói cha mẹ cho con thì được miễn thuế, xin phường xem lại giúp và yêu cầu bên thuế hoàn lại tiền cho tôi.

Mong nhận được phản hồi sớm. Điện thoại: 0912.456.789, email hanh.ngo.1986@gmail.example.

Ngô Thị Hạnh
"""
    msg = base_message(n)
    msg.set_content(nfc(body), cte="quoted-printable")
    out.append((n["date"], render(msg, n)))

    # 11. Urgent danger (cây đổ, dây điện đứt) - multipart/mixed with a small PNG named
    #     in Vietnamese (RFC 2231 filename*, plus Apple-style name= encoded word).
    n = dict(
        name="Phan Văn Long", addr="phanlong.hp@gmail.example",
        subject="KHẨN: cây đổ chắn ngang đường, dây điện bị đứt ở ngõ 34 phố Lê Lợi",
        date=when(23, 5, 52, 40), mid="<8C2E4F1A-7D3B-4A6E-B915-3F0C2D7A9E41@gmail.example>",
        relay="mail-pf1-f49.gmail.example", ip="192.0.2.49", qid="4Fy5hD1n8Dz3",
        extra=[("X-Mailer", "iPhone Mail (22B83)")],
    )
    body = """\
Khẩn cấp!

Sau trận mưa giông đêm qua, cây xà cừ to ở đầu ngõ 34 phố Lê Lợi (TDP số 19) bị bật gốc, đổ chắn ngang hết lòng đường, đè lên đường dây điện. Một đoạn dây điện bị đứt, rơi xuống sát mặt đường chỗ nước còn đọng, thỉnh thoảng có tia lửa.

Bây giờ sắp đến giờ người dân đi làm, học sinh đi học, rất nguy hiểm. Tôi đã gọi tổng đài điện lực nhưng chưa có ai đến. Đề nghị phường cho lực lượng đến phong tỏa khu vực và báo điện lực cắt điện ngay.

Tôi ở số nhà 3 ngõ 34 phố Lê Lợi, cần gì gọi tôi: 0904 555 888.
Ảnh chụp lúc 5 giờ 45 gửi kèm.

Phan Văn Long

Gửi từ iPhone của tôi
"""
    filename = nfc("ảnh cây đổ ngõ 34.png")
    msg = base_message(n)
    msg.set_content(nfc(body), cte="8bit")
    msg.add_attachment(tiny_png(), maintype="image", subtype="png", filename=filename)
    msg.set_boundary("Apple-Mail-5B1E3C7D-2F4A-4E8B-9C6D-1A2B3C4D5E6F")
    strip_part_mime_version(msg)
    raw = render(msg, n)
    quoted = "".join(c if c.isascii() and (c.isalnum() or c in ".-_") else
                     "".join("%%%02X" % b for b in c.encode("utf-8")) for c in filename)
    raw = replace_header(raw, "Content-Disposition",
                         "attachment;\n filename*=utf-8''" + quoted)
    name_word = encoded_words(filename, "B", header_name="Content-Type")
    raw = raw.replace(b"Content-Type: image/png\n",
                      b'Content-Type: image/png;\n name="' + name_word.encode() + b'"\n', 1)
    out.append((n["date"], raw))

    # 12. Written without diacritics (a near-duplicate of no. 1) - us-ascii, 7bit.
    n = dict(
        name="Trinh Xuan Bach", addr="bach.trinhxuan@yahoo.example",
        subject="den duong hong o ngo 12 pho Tran Phu",
        date=when(24, 12, 10, 2), mid="<20261124-1210.b4hq8z@yahoo.example>",
        relay="sonic311-14.consmr.mail.yahoo.example", ip="198.51.100.14", qid="4Fz2jF2p9Ez4",
    )
    body = """\
Kinh gui Mat tran phuong,

den duong hong o ngo 12 pho Tran Phu (doan tu dau ngo vao den nha van hoa TDP so 5) da hon 2 tuan chua ai sua. Toi di lam ve muon, ngo toi om, hom truoc suyt dam vao xe may do ben duong.

De nghi phuong som cho nguoi den thay bong.

Trinh Xuan Bach, so nha 40 ngo 12 pho Tran Phu
sdt 0912.888.999
"""
    msg = base_message(n)
    msg.set_content(body, charset="us-ascii", cte="7bit")
    out.append((n["date"], render(msg, n)))

    return out


def write_inbox() -> list[Path]:
    for sub in ("cur", "new", "tmp"):
        (INBOX / sub).mkdir(parents=True, exist_ok=True)
    for old in (INBOX / "new").glob("*.hopthu-demo"):
        old.unlink()
    paths = []
    for i, (moment, raw) in enumerate(demo_messages(), start=1):
        name = f"{int(moment.timestamp())}.M{i}P{4200 + i}.hopthu-demo"
        path = INBOX / "new" / name
        path.write_bytes(raw)
        paths.append(path)
    return paths


# --------------------------------------------------------------------------- Google Form

FORM_HEADER = [
    "Dấu thời gian",
    "Tổ dân phố",
    "Lĩnh vực góp ý",
    "Nội dung góp ý, phản ánh",
    "Địa điểm xảy ra sự việc",
    "Họ và tên (không bắt buộc)",
    "Thông tin liên hệ (email hoặc số điện thoại, không bắt buộc)",
]

LONG_TEXT = """\
Tôi xin góp ý về việc bình xét hộ nghèo, hộ cận nghèo năm 2026 ở TDP số 27:

1. Cuộc họp bình xét tổ chức vào sáng thứ Tư 11/11 trong giờ hành chính nên phần lớn người lao động không đi họp được, chủ yếu chỉ có các cụ cao tuổi.
2. Có hộ nhà 3 tầng, có ô tô nhưng vẫn có tên trong danh sách đề nghị hộ cận nghèo, trong khi gia đình bà Trần Thị Sen (bị liệt, sống một mình) thì không có tên.
3. Danh sách dự kiến chỉ dán ở nhà văn hóa 2 ngày rồi bóc đi, nhiều người không kịp xem.

Đề nghị phường:
- Tổ chức bình xét lại công khai, vào buổi tối hoặc cuối tuần;
- Niêm yết danh sách đủ thời gian theo quy định;
- Rà soát lại trường hợp bà Sen.

Tôi sẵn sàng cung cấp thêm thông tin nếu cần."""

FORM_ROWS = [
    ["17/11/2026 06:58:10", "TDP số 3", "Môi trường, vệ sinh",
     "Cống thoát nước trước cửa nhà văn hóa TDP số 3 bị tắc, mỗi lần mưa là nước tràn lên "
     "mặt đường, bốc mùi hôi thối. Đề nghị cho nạo vét sớm.",
     "Trước nhà văn hóa TDP số 3, phố Trần Phú", "Lương Văn Thắng", "0915 224 466"],
    # Wrong category on purpose: noise belongs to "An ninh, trật tự". Anonymous.
    ["17/11/2026 21:37:45", "TDP số 8", "Khác",
     "Quán karaoke ở nhà số 27 ngõ 45 Hoàng Hoa Thám tối nào cũng hát đến 12 giờ đêm, "
     "loa để ngoài sân, cả xóm không ngủ được.",
     "Ngõ 45 phố Hoàng Hoa Thám", "", ""],
    # Without diacritics, wrong category (a street light is infrastructure).
    ["18/11/2026 07:20:03", "TDP số 14", "An ninh, trật tự",
     "Den duong o ngo 7 pho Le Loi tat ca tuan nay, toi di lam ca dem ve rat so, "
     "de nghi phuong cho sua gap",
     "ngo 7 pho Le Loi", "Nguyen Thi Thu", "thu.nguyen.tdp14@gmail.example"],
    # Formula injection / phishing spam.
    ["18/11/2026 10:45:51", "TDP số 21", "Thủ tục hành chính",
     '=HYPERLINK("http://evil.example","bấm vào đây") để nhận quà tặng 500.000đ '
     "từ UBND phường",
     "", "", ""],
    # Long multi-line text.
    ["18/11/2026 15:02:17", "TDP số 27", "Chính sách xã hội, y tế, giáo dục",
     LONG_TEXT, "TDP số 27", "Trương Thị Bích Ngọc", "0983 456 127"],
    ["19/11/2026 09:11:40", "TDP số 1", "Xây dựng chính quyền, cán bộ",
     "Đề nghị phường công khai lịch tiếp công dân của lãnh đạo UBND phường trên bảng tin "
     "và nhóm Zalo, vì nhiều lần tôi đến thì được báo lãnh đạo đi họp.",
     "Trụ sở UBND phường", "Cao Văn Sơn", "caovanson@yahoo.example"],
    # Without diacritics, anonymous.
    ["19/11/2026 18:26:09", "TDP số 33", "Đất đai, xây dựng",
     "nha so 56 duong Luu Kiem dang xay them tang 4, vat lieu do het ra via he, "
     "xe may phai di xuong long duong, buoi toi khong co den bao",
     "so 56 duong Luu Kiem", "", ""],
    ["20/11/2026 08:15:32", "TDP số 5", "Công tác Mặt trận",
     "Nhân ngày Nhà giáo Việt Nam 20/11, đề nghị Mặt trận phường phối hợp với Ban công tác "
     "Mặt trận tổ dân phố tổ chức thăm hỏi các thầy cô giáo đã nghỉ hưu đang sống ở TDP số 5, "
     "có mấy cụ neo đơn.",
     "TDP số 5", "Đinh Thị Lụa", "luadt@gmail.example"],
    # Outside competence (personal income tax), category "Khác".
    ["21/11/2026 13:40:27", "TDP số 40", "Khác",
     "Nhà tôi được bố mẹ cho đất, nay làm thủ tục sang tên thì bên thuế bảo phải nộp thuế "
     "thu nhập cá nhân 2%. Xin hỏi như vậy có đúng không, phường có can thiệp được không?",
     "", "Mạc Văn Dũng", "0912.777.345"],
    # Without diacritics, duplicate of an email (garbage at the market).
    ["22/11/2026 19:55:00", "TDP số 12", "Môi trường, vệ sinh",
     "rac o diem tap ket canh cho Luu Kiem 3 ngay chua cho di, ruoi nhang, mui hoi thoi "
     "khong chiu duoc",
     "cong sau cho Luu Kiem, dau duong Nguyen Trai", "", "0904123456"],
    # Urgent; the contact begins with "+", which spreadsheets also read as a formula.
    ["23/11/2026 06:03:14", "TDP số 19", "Hạ tầng, giao thông, chiếu sáng",
     "Cây đổ ở đầu ngõ 34 Lê Lợi đè lên dây điện, dây điện đứt rơi xuống đường, "
     "đề nghị báo cắt điện gấp!!!",
     "Đầu ngõ 34 phố Lê Lợi", "Phan Thị Yến", "+84 975 310 642"],
    ["24/11/2026 11:30:48", "TDP số 38", "Thủ tục hành chính",
     "Tôi nộp hồ sơ đăng ký khai sinh cho con trên Cổng dịch vụ công từ ngày 10/11, "
     "đến nay đã quá hạn mà chưa nhận được kết quả, cũng không có tin nhắn báo bổ sung.",
     "Trung tâm phục vụ hành chính công phường", "Kiều Thị Phương",
     "kieuphuong.88@gmail.example; 0936 802 917"],
]


def write_form() -> list[Path]:
    rows = [[nfc(cell) for cell in row] for row in FORM_ROWS]
    csv_path = HERE / "form-responses.csv"
    buf = io.StringIO(newline="")
    writer = csv.writer(buf)  # QUOTE_MINIMAL, CRLF between rows, like Google's export
    writer.writerow(FORM_HEADER)
    writer.writerows(rows)
    csv_path.write_bytes(buf.getvalue().encode("utf-8"))
    written = [csv_path]

    try:
        import openpyxl
        from openpyxl.styles import Alignment, Font
    except ImportError:
        print("openpyxl is not installed: form-responses.xlsx not written", file=sys.stderr)
        return written

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Câu trả lời biểu mẫu 1"
    ws.append(FORM_HEADER)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in rows:
        ws.append(row)
    for row in ws.iter_rows(min_row=2):
        row[0].number_format = "@"  # timestamp kept as text, as Google shows it
        for cell in row:
            # A response starting with "=" is text, not a formula: never let it run.
            cell.data_type = "s"
            if isinstance(cell.value, str) and "\n" in cell.value:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    for letter, width in zip("ABCDEFG", (20, 12, 30, 80, 35, 25, 35)):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = "A2"
    fixed = dt.datetime(2026, 11, 24, 11, 31, 0)
    wb.properties.creator = "Google Forms"
    wb.properties.created = fixed
    tmp = io.BytesIO()
    wb.save(tmp)
    xlsx_path = HERE / "form-responses.xlsx"
    xlsx_path.write_bytes(_deterministic_zip(tmp.getvalue(), fixed))
    written.append(xlsx_path)
    return written


def _deterministic_zip(data: bytes, fixed: dt.datetime) -> bytes:
    """Rewrite the xlsx with fixed member dates and a fixed 'modified' property."""
    stamp = fixed.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(<)",
                                 rb"\g<1>" + stamp + rb"\g<2>", content)
            member = zipfile.ZipInfo(info.filename, date_time=fixed.timetuple()[:6])
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o644 << 16
            dst.writestr(member, content)
    return out.getvalue()


# --------------------------------------------------------------------------- broken inputs

CASE1_SUBJECT = "[HT-2026-0001] Chuyển xử lý phản ánh: đèn đường hỏng đầu ngõ 12 phố Trần Phú"
CASE1_FORWARD = """\
Kính gửi: Phòng Kinh tế, Hạ tầng và Đô thị

Hòm thư số của Ủy ban MTTQ Việt Nam phường Lưu Kiếm tiếp nhận phản ánh số HT-2026-0001 ngày 16/11/2026 qua kênh email:

Lĩnh vực: Hạ tầng, giao thông, chiếu sáng
Địa điểm: đầu ngõ 12 phố Trần Phú, TDP số 5
Nội dung: Cột đèn đường ở đầu ngõ 12 phố Trần Phú, cạnh cửa hàng tạp hóa, không sáng hơn một tuần nay (từ khoảng ngày 08/11/2026); buổi tối ngõ tối, người đi đường đã có người bị ngã.

Đề nghị Quý Phòng xem xét, giải quyết theo thẩm quyền và phản hồi kết quả trước ngày 25/11/2026 bằng cách trả lời thư này (giữ nguyên mã HT-2026-0001 ở tiêu đề).

Trân trọng,
Ban Thường trực Ủy ban MTTQ Việt Nam phường Lưu Kiếm
"""


def broken_files() -> dict[str, bytes]:
    files: dict[str, bytes] = {}

    # Truncated multipart: no closing boundary, cut in the middle of base64, garbage
    # headers (undecodable encoded words, raw 8-bit bytes, a bad date, a line with no
    # colon, a duplicate Content-Type, a Message-ID without angle brackets).
    files["broken-mime.eml"] = (
        b"Return-Path: <>\n"
        b"Received: from unknown (HELO ???) ([203.0.113.250])\n"
        b"\tby mx.mttq-luukiem.example.vn; 32 Nov 2026 25:61:00 +0700\n"
        b"From: =?utf-8?B?invalid base64!!?= <nobody@@example>\n"
        b"To: hopthu@mttq-luukiem.example.vn,,;\n"
        b"Subject: =?utf-8?Q?Ph=E1=BA=A3n_=E1=BA=A3nh_r=C3=A1c?= =?unknown-8bit?B?AAAA?= "
        b"=?utf-8?Q?=E1=BA\n"
        b"Date: Th\xe1\xbb\xa9 N\xc4\x83m, 32/13/2026 25:61\n"
        b"Message-ID: broken-1@nowhere\n"
        b"X-Garbage: \x00\xff\xfe\xc3\x28\n"
        b"Content-Type: multipart/mixed; boundary=\"----=_Part_0_trunc\"\n"
        b"this line is garbage without a colon\n"
        b"Content-Type: text/plain; charset=utf-8\n"
        b"MIME-Version: 1.0\n"
        b"\n"
        b"This is a multi-part message in MIME format.\n"
        b"\n"
        b"------=_Part_0_trunc\n"
        b"Content-Type: text/plain; charset=utf-8\n"
        b"Content-Transfer-Encoding: quoted-printable\n"
        b"\n"
        b"Ph=E1=BA=A3n =E1=BA=A3nh r=C3=A1c th=E1=BA=A3i =E1=BB=9F TDP s=E1=BB=91 9, =\n"
        b"c=E1=BA=A1nh tr=C6=B0=E1=BB=9Dng ti=E1=BB=83u h=E1=BB=8Dc, r=C3=A1c =\n"
        b"=E1=BA\n"
        b"------=_Part_0_trunc\n"
        b"Content-Type: image/jpeg; name=\"anh.jpg\"\n"
        b"Content-Transfer-Encoding: base64\n"
        b"Content-Disposition: attachment; filename=\"anh.jpg\n"
        b"\n"
        b"/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAMCAgMCAgMDAwMEAwMEBQgFBQQEBQoHBwYIDAoMDAsK\n"
        b"CwsNDhIQDQ4RDgsLEBYQERMUFRUVDA8XGBYUGBIUFRT/wAALCAAQABABAREA/8QAFgABAQEAAAAA"
    )

    # Headers only: empty subject, no body at all (not even the blank separator line).
    files["empty.eml"] = (
        b"Return-Path: <tdp17.bancongtac@gmail.example>\n"
        b"Delivered-To: hopthu@mttq-luukiem.example.vn\n"
        b"From: tdp17.bancongtac@gmail.example\n"
        b"To: hopthu@mttq-luukiem.example.vn\n"
        b"Subject: \n"
        b"Date: Wed, 18 Nov 2026 06:12:44 +0700\n"
        b"Message-ID: <20261118-0612.e0e0e0@gmail.example>\n"
        b"MIME-Version: 1.0\n"
        b"Content-Type: text/plain; charset=\"UTF-8\"\n"
    )

    # UTF-8 bytes that claim to be us-ascii.
    body = nfc("""\
Chào Mặt trận phường,

Vỉa hè trước số nhà 64 phố Trần Phú (TDP số 4) bị sụt lún một hố sâu khoảng nửa mét sau trận mưa, chưa có biển cảnh báo. Tối qua có cháu bé đi xe đạp bị ngã.

Đề nghị phường cho rào chắn và sửa sớm.
Đinh Quốc Bảo – 0967 432 118
""").encode("utf-8")
    files["mislabelled-utf8.eml"] = (
        b"Return-Path: <quocbao.dinh@gmail.example>\n"
        b"Delivered-To: hopthu@mttq-luukiem.example.vn\n"
        b"From: Dinh Quoc Bao <quocbao.dinh@gmail.example>\n"
        b"To: hopthu@mttq-luukiem.example.vn\n"
        b"Subject: " + encoded_words("Vỉa hè sụt lún trước số 64 phố Trần Phú", "B").encode()
        + b"\n"
        b"Date: Thu, 19 Nov 2026 07:03:29 +0700\n"
        b"Message-ID: <20261119-0703.u8a5c1@gmail.example>\n"
        b"MIME-Version: 1.0\n"
        b"Content-Type: text/plain; charset=us-ascii\n"
        b"Content-Transfer-Encoding: 8bit\n"
        b"X-Mailer: old-webmail 0.9\n"
        b"\n" + body
    )

    # windows-1258 bytes that claim to be utf-8; the subject is raw 8-bit cp1258 too.
    text_1258 = """\
Kính gửi Ủy ban MTTQ phường Lưu Kiếm,

Đường ống nước sạch trước nhà văn hóa TDP số 26 bị vỡ từ sáng thứ Hai, nước chảy lênh láng ra đường, các hộ cuối ngõ bị mất nước ba ngày nay.

Đề nghị phường báo công ty cấp nước đến sửa gấp.
Lý Văn Thành, số nhà 11 ngõ 2 đường Nguyễn Trãi, điện thoại 0945 771 203
"""
    files["mislabelled-cp1258.eml"] = to_crlf(
        b"Return-Path: <lyvanthanh@yahoo.example>\n"
        b"Delivered-To: hopthu@mttq-luukiem.example.vn\n"
        b"From: Ly Van Thanh <lyvanthanh@yahoo.example>\n"
        b"To: hopthu@mttq-luukiem.example.vn\n"
        b"Subject: " + to_cp1258("Vỡ ống nước sạch ở TDP số 26") + b"\n"
        b"Date: Fri, 20 Nov 2026 09:47:03 +0700\n"
        b"Message-ID: <003101dc5b0e$1a2b3c40$0a01a8c0@THANH-PC>\n"
        b"MIME-Version: 1.0\n"
        b"Content-Type: text/plain; charset=\"utf-8\"\n"
        b"Content-Transfer-Encoding: 8bit\n"
        b"X-Mailer: Microsoft Outlook Express 6.00.2900.5931\n"
        b"\n" + to_cp1258(text_1258)
    )

    # Correctly labelled windows-1258, 8bit, CRLF.
    text_1258 = """\
Kính gửi Mặt trận phường,

Tôi xin phản ánh: chó nuôi thả rông ở khu vực TDP số 29, gần trường mầm non Hoa Sen, đã cắn hai cháu nhỏ trong tháng này. Chủ nuôi không rọ mõm, không xích.

Đề nghị phường nhắc nhở và xử lý theo quy định.
Trịnh Thị Nga, điện thoại 0389 654 120
"""
    files["windows-1258.eml"] = to_crlf(
        b"Return-Path: <trinhnga.tdp29@yahoo.example>\n"
        b"Delivered-To: hopthu@mttq-luukiem.example.vn\n"
        b"From: \"" + cp1258_word("Trịnh Thị Nga").encode() + b"\" <trinhnga.tdp29@yahoo.example>\n"
        b"To: <hopthu@mttq-luukiem.example.vn>\n"
        b"Subject: " + cp1258_word("Chó thả rông cắn trẻ em").encode() + b"\n"
        b"Date: Fri, 20 Nov 2026 15:22:18 +0700\n"
        b"Message-ID: <004201dc5b3c$5d6e7f80$0b01a8c0@NGA-PC>\n"
        b"MIME-Version: 1.0\n"
        b"Content-Type: text/plain; charset=\"windows-1258\"\n"
        b"Content-Transfer-Encoding: 8bit\n"
        b"X-Mailer: Microsoft Outlook Express 6.00.2900.5931\n"
        b"\n" + to_cp1258(text_1258)
    )

    # Out-of-office reply from an agency officer to one of our routing messages.
    msg = EmailMessage(policy=LF)
    msg["Return-Path"] = "<>"
    msg["Delivered-To"] = FRONT
    msg["From"] = formataddr(("Phòng Văn hóa - Xã hội", "vanhoa-xahoi@luukiem.example.vn"))
    msg["To"] = formataddr((FRONT_NAME, FRONT))
    msg["Subject"] = nfc("Trả lời tự động: [HT-2026-0007] Chuyển xử lý phản ánh: "
                         "thẻ BHYT hộ cận nghèo TDP số 31")
    msg["Date"] = rfc_date(when(20, 8, 1, 7))
    msg["Message-ID"] = "<zimbra.1763600467123.auto@luukiem.example.vn>"
    msg["In-Reply-To"] = "<hopthu-out-2@mttq-luukiem.example.vn>"
    msg["References"] = "<hopthu-out-2@mttq-luukiem.example.vn>"
    msg["Auto-Submitted"] = "auto-replied (vacation)"
    msg["X-Autoreply"] = "yes"
    msg["Precedence"] = "bulk"
    msg["X-Mailer"] = "Zimbra 9.0.0_GA_4583"
    msg.set_content(nfc("""\
Tôi đang nghỉ phép từ ngày 20/11/2026 đến hết ngày 27/11/2026 và sẽ trả lời thư khi trở lại.
Việc gấp xin liên hệ đồng chí Phó trưởng phòng qua số máy bàn của Phòng.

Phòng Văn hóa - Xã hội, UBND phường Lưu Kiếm
"""), cte="quoted-printable")
    # The RFC 3834 header must read exactly "auto-replied" for simple matchers.
    raw = replace_header(msg.as_bytes(), "Auto-Submitted", "auto-replied")
    files["out-of-office.eml"] = replace_header(raw, "Subject", encoded_words(msg["Subject"], "B"))

    # RFC 3464 delivery status notification (Postfix style) for hopthu-out-1: the copy to
    # a former officer's address bounced; the main recipient (the agency) got it.
    bounce_date = when(16, 9, 12, 9)
    orig_date = when(16, 9, 12, 5)
    orig_headers = (
        "Return-Path: <hopthu@mttq-luukiem.example.vn>\n"
        "Received: from hopthu-host (localhost [127.0.0.1])\n"
        "\tby mail.mttq-luukiem.example.vn (Postfix) with ESMTPSA id 4Fq5nK3r1Fz6;\n"
        f"\t{rfc_date(orig_date)}\n"
        "From: " + encoded_words(FRONT_NAME, "B", "From") + " <hopthu@mttq-luukiem.example.vn>\n"
        "To: " + encoded_words("Phòng Kinh tế, Hạ tầng và Đô thị", "B", "To")
        + " <kinhte-hatang@luukiem.example.vn>\n"
        "Cc: " + encoded_words("Trần Văn Hải", "B", "Cc") + " <hai.tv@luukiem.example.vn>\n"
        "Subject: " + encoded_words(CASE1_SUBJECT, "B") + "\n"
        f"Date: {rfc_date(orig_date)}\n"
        "Message-ID: <hopthu-out-1@mttq-luukiem.example.vn>\n"
        "X-Hopthu-Case: HT-2026-0001\n"
        "MIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=\"utf-8\"\n"
        "Content-Transfer-Encoding: 8bit\n"
    )
    boundary = "4Fq5nL0s2Gz7.1763259129/mail.mttq-luukiem.example.vn"
    files["bounce.eml"] = f"""\
Return-Path: <>
Delivered-To: hopthu@mttq-luukiem.example.vn
Received: by mail.mttq-luukiem.example.vn (Postfix)
\tid 4Fq5nL0s2Gz7; {rfc_date(bounce_date)}
Date: {rfc_date(bounce_date)}
From: MAILER-DAEMON@mail.mttq-luukiem.example.vn (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: hopthu@mttq-luukiem.example.vn
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="{boundary}"
Content-Transfer-Encoding: 8bit
Message-Id: <20261116021209.4Fq5nL0s2Gz7@mail.mttq-luukiem.example.vn>

This is a MIME-encapsulated message.

--{boundary}
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.mttq-luukiem.example.vn.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<hai.tv@luukiem.example.vn>: host mx.luukiem.example.vn[203.0.113.10] said:
    550 5.1.1 <hai.tv@luukiem.example.vn>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)

--{boundary}
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.mttq-luukiem.example.vn
X-Postfix-Queue-ID: 4Fq5nK3r1Fz6
X-Postfix-Sender: rfc822; hopthu@mttq-luukiem.example.vn
Arrival-Date: {rfc_date(orig_date)}

Final-Recipient: rfc822; hai.tv@luukiem.example.vn
Original-Recipient: rfc822;hai.tv@luukiem.example.vn
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.luukiem.example.vn
Diagnostic-Code: smtp; 550 5.1.1 <hai.tv@luukiem.example.vn>: Recipient address
    rejected: User unknown in virtual mailbox table

--{boundary}
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers
Content-Transfer-Encoding: 8bit

{orig_headers}
--{boundary}--
""".encode("ascii")

    # The agency's answer to hopthu-out-1 (Zimbra style: original quoted below).
    reply_date = when(20, 8, 40, 55)
    quoted = "\n".join(("> " + line) if line else ">" for line in CASE1_FORWARD.splitlines())
    reply = f"""\
Kính gửi Ban Thường trực Ủy ban MTTQ phường,

Phòng Kinh tế, Hạ tầng và Đô thị trả lời phản ánh HT-2026-0001 như sau:

Ngày 18/11/2026, Phòng đã phối hợp với đơn vị quản lý hệ thống chiếu sáng công cộng kiểm tra cột đèn tại đầu ngõ 12 phố Trần Phú (TDP số 5). Nguyên nhân: bóng đèn LED và bộ điều khiển bị hỏng do mưa ngấm. Ngày 19/11/2026 đơn vị đã thay bóng đèn và bộ điều khiển mới, đèn đã sáng bình thường từ tối 19/11/2026.

Đồng thời, Phòng đã đề nghị đơn vị rà soát các cột đèn khác trong ngõ 12 và vá ổ gà đoạn đầu ngõ trong tháng 12/2026.

Đề nghị Ủy ban MTTQ phường thông tin để người dân được biết.

Trân trọng,
Nguyễn Hữu Phúc
Phó Trưởng phòng Kinh tế, Hạ tầng và Đô thị
UBND phường Lưu Kiếm

----- Thư gốc -----
Từ: "{FRONT_NAME}" <{FRONT}>
Đến: "Phòng Kinh tế, Hạ tầng và Đô thị" <kinhte-hatang@luukiem.example.vn>
Cc: "Trần Văn Hải" <hai.tv@luukiem.example.vn>
Đã gửi: Thứ Hai, 16 Tháng 11 2026 9:12:05
Chủ đề: {CASE1_SUBJECT}

{quoted}
"""
    msg = EmailMessage(policy=LF)
    msg["Return-Path"] = "<kinhte-hatang@luukiem.example.vn>"
    msg["Delivered-To"] = FRONT
    msg["From"] = formataddr(("Phòng Kinh tế, Hạ tầng và Đô thị",
                              "kinhte-hatang@luukiem.example.vn"))
    msg["To"] = formataddr((FRONT_NAME, FRONT))
    msg["Subject"] = nfc("Re: " + CASE1_SUBJECT)
    msg["Date"] = rfc_date(reply_date)
    msg["Message-ID"] = "<1127390418.2218.1763602855321.JavaMail.zimbra@luukiem.example.vn>"
    msg["In-Reply-To"] = "<hopthu-out-1@mttq-luukiem.example.vn>"
    msg["References"] = "<hopthu-out-1@mttq-luukiem.example.vn>"
    msg["X-Mailer"] = "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - GC131 (Win)/9.0.0_GA_4583)"
    msg["Thread-Topic"] = nfc(CASE1_SUBJECT)
    msg.set_content(nfc(reply), cte="quoted-printable")
    raw = replace_header(msg.as_bytes(), "Subject", encoded_words("Re: " + CASE1_SUBJECT, "B"))
    files["agency-reply.eml"] = replace_header(raw, "Thread-Topic",
                                               encoded_words(CASE1_SUBJECT, "B", "Thread-Topic"))

    return files


def write_broken() -> list[Path]:
    BROKEN.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, data in broken_files().items():
        path = BROKEN / name
        path.write_bytes(data)
        paths.append(path)
    return paths


def main() -> None:
    written = write_inbox() + write_form() + write_broken()
    for path in written:
        print(f"{path.relative_to(HERE.parent)}  ({path.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
