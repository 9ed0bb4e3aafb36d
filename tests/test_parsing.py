"""Reading email: odd charsets decode right, broken mail is reported, loops are recognised."""

from pathlib import Path

import pytest

from hopthu.core.intake import email_kind
from hopthu.core.parsing import parse_email

BROKEN = Path(__file__).resolve().parent.parent / "examples" / "broken"
DOMAIN = "mttq-luukiem.example.vn"


def parse(name: str):
    return parse_email((BROKEN / name).read_bytes())


def test_utf8_labelled_us_ascii_is_decoded_without_mojibake():
    p = parse("mislabelled-utf8.eml")
    assert "Vỉa hè trước số nhà 64 phố Trần Phú" in p.text
    assert any("us-ascii" in d for d in p.defects)


def test_windows_1258_labelled_utf8_is_decoded_body_and_subject():
    p = parse("mislabelled-cp1258.eml")
    assert p.subject == "Vỡ ống nước sạch ở TDP số 26"
    assert "Đường ống nước sạch" in p.text
    assert "\ufffd" not in p.text + p.subject


def test_windows_1258_correctly_labelled_is_nfc():
    p = parse("windows-1258.eml")
    assert p.subject == "Chó thả rông cắn trẻ em"
    assert p.from_name == "Trịnh Thị Nga"
    import unicodedata

    assert unicodedata.is_normalized("NFC", p.text)


def test_an_empty_message_cannot_be_processed_and_says_why():
    p = parse("empty.eml")
    assert p.problems and "trống" in p.problems[0]


def test_broken_mime_is_suspect_not_a_crash():
    p = parse("broken-mime.eml")
    assert p.suspect or p.problems
    assert "\x00" not in p.subject


def test_bare_lf_and_crlf_bodies_read_the_same():
    raw = b"From: a@b.vn\r\nSubject: x\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nd\xc3\xb2ng 1\r\nd\xc3\xb2ng 2\r\n"
    assert parse_email(raw).text == "dòng 1\ndòng 2"


def test_html_only_mail_becomes_readable_text():
    raw = (b"From: a@b.vn\nSubject: html\nMIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n"
           b"<html><body><p>&#272;&egrave;n &#273;&#432;&#7901;ng h&#7887;ng</p><br><p>ng&otilde; 12</p></body></html>")
    text = parse_email(raw).text
    assert "Đèn đường hỏng" in text and "ngõ 12" in text and "<p>" not in text


def test_attachment_names_cannot_escape_the_folder():
    raw = (b"From: a@b.vn\nSubject: x\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=B\n\n--B\n"
           b"Content-Type: text/plain; charset=utf-8\n\nnoi dung\n--B\nContent-Type: image/png\n"
           b"Content-Disposition: attachment; filename=\"../../etc/passwd\"\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n--B--\n")
    [att] = parse_email(raw).attachments
    assert att.filename == "passwd"


@pytest.mark.parametrize(
    "name, kind",
    [("out-of-office.eml", "autoreply"), ("bounce.eml", "bounce"), ("agency-reply.eml", "reply"),
     ("windows-1258.eml", "new")],
)
def test_what_kind_of_message_it_is(name, kind):
    assert email_kind(parse(name), DOMAIN) == kind


def test_precedence_bulk_and_list_headers_are_never_answered():
    for header in ("Precedence: bulk", "List-Id: <x.lists.example>", "X-Autoreply: yes"):
        raw = f"From: a@b.vn\nSubject: hello\n{header}\nContent-Type: text/plain\n\nhi\n".encode()
        assert email_kind(parse_email(raw), DOMAIN) == "autoreply"


def test_the_residential_group_is_read_from_an_email():
    from hopthu.core.intake import find_tdp

    assert find_tdp("Cống ở TDP số 5 bị tắc") == "TDP số 5"
    assert find_tdp("tổ dân phố 12, phố Trần Phú") == "TDP số 12"
    assert find_tdp("to dan pho so 07") == "TDP số 7"
    assert find_tdp("Tôi ở tổ 3 nhưng không nói gì thêm") == ""


def test_a_case_tag_carries_the_wards_code_prefix():
    def tag(subject: str) -> str:
        return parse_email(f"From: a@b.example\r\nSubject: {subject}\r\n\r\nx\r\n".encode()).case_tag

    assert tag("Re: [HT-2026-0042] Đèn đường") == "HT-2026-0042"
    assert tag("TL: [HT-LK-2026-0042] Đèn đường") == "HT-LK-2026-0042"
    assert tag("Re: [HT-LK-2026] Đèn đường") == "" and tag("[ht-2026-0042]") == ""


def test_the_plain_from_header_fast_path_gives_the_parsers_address_and_leaves_the_rest_to_it():
    """`sender_address` takes the address of a plain From header without the RFC 5322 parser (a third of a
    letter's parse time); wherever the parser sees more (a dot or quotes in the name, comments, groups, two
    mailboxes, 8-bit bytes, a malformed address), the parser decides as before."""
    from hopthu.core.addresses import _PLAIN_FROM, sender, sender_address

    headers = [
        "a@b.vn", "<a@b.vn>", "Nguyen Van A <a@b.vn>", "  Tran  B  <Tran.B@Mail.VN>  ",
        "=?utf-8?b?Tmd1eeG7hW4gVGjhu4sgSMOyYQ==?= <hoa.nguyen78@gmail.example>", "=?utf-8?q?a_b?= <a@b.vn>",
        "A. <a@b.vn>", "A B. <a@b.vn>", "Mr. A <a@b.vn>", ".x <a@b.vn>", '"Q, R" <a@b.vn>', "A <a..b@c.vn>",
        "A <a@b>", "A, B <a@b.vn>", "a@b.vn (x)", "A <a@b.vn>, C <c@d.vn>", "x <a@b.vn> y", "a.@b.vn",
        "<.a@b.vn>", "x <a@-b.vn>", "a <a@b.v1>", "a'b <o'brien@x.vn>", "Nhóm: a@b.vn;", "Nguyễn <a@b.vn>",
        "=?utf-8?b?Tmd1eeG7hW46IGV2aWxAYXR0YWNrZXIudm4=?= <real@b.vn>",
    ]
    for value in headers:
        assert sender_address(value) == sender(value)[1], value
    assert sum(1 for v in headers if v.isascii() and _PLAIN_FROM.fullmatch(v)) >= 8  # the fast path is taken


def test_the_plain_from_name_is_the_name_the_address_parser_reads():
    """`plain_display_name` spares `parseaddr` for the plain From of nearly every letter: it must read the same
    name wherever it answers (spaces and tabs collapsed as the parser's phrase does), and leave every other
    From to the parser (None)."""
    import random
    from email.utils import parseaddr

    from hopthu.core.addresses import plain_display_name

    headers = ["a@b.vn", "<a@b.vn>", "Nguyen Van A <a@b.vn>", "  Tran \t B  <Tran.B@Mail.VN>  ", "A<a@b.vn>",
               "=?utf-8?b?Tmd1eeG7hW4gVGjhu4sgSMOyYQ==?= <hoa.nguyen78@gmail.example>", "=?utf-8?q?a_b?= <a@b.vn>",
               "a'b {c} <o'brien@x.vn>", "A. <a@b.vn>", '"Q, R" <a@b.vn>', "a@b.vn (x)", "Nguyễn <a@b.vn>"]
    rng = random.Random(5)
    atoms = ["Nguyen", "=?utf-8?b?Tmd1eeG7hW4=?=", "=?UTF-8?Q?Tr=E1=BA=A7n?=", "a", "{x}", "~", "-", "x.y", '"q"']
    for _ in range(3000):
        name = rng.choice(["", " ", "\t"]) + rng.choice([" ", "  ", "\t"]).join(
            rng.choice(atoms) for _ in range(rng.randint(0, 4))) + rng.choice(["", " ", "\t "])
        address = rng.choice(["a@b.vn", "x.y@c", "q@d..e"])
        headers.append(name + rng.choice([f"<{address}>", f" <{address}> ", address, f" {address} "]))
    answered = 0
    for value in headers:
        name = plain_display_name(value)
        if name is not None:
            answered += 1
            assert name == parseaddr(value)[0], value
    assert answered > 500


def test_utf8_encoded_words_decode_as_the_standard_library_decodes_them():
    """The fast decoding of a header of UTF-8 encoded words gives what `make_header(decode_header())` gives,
    and fails where it fails (the header is then kept raw); any other header goes to the standard library."""
    from email.header import decode_header, make_header

    from hopthu.core.parsing import _decode_header_value, _utf8_words

    def stdlib(value: str) -> str:
        try:
            return str(make_header(decode_header(value)))
        except Exception:
            return "<fails>"

    def fast(value: str) -> str | None:
        try:
            return _utf8_words(value)
        except Exception:
            return "<fails>"

    cases = ["=?utf-8?b?R8OzcCDDvSB24buBIMSRw6huIMSRxrDhu51uZw==?=", "=?UTF-8?B?R8OzcCDDvQ?=",
             "  =?utf-8?q?G=C3=B3p_=C3=BD?=\t=?utf-8?b?IHbhu4E=?=", "=?utf-8?q?a=C3?= =?utf-8?q?=A0?=",
             "=?utf-8?q?=FF?=", "=?utf-8?b?/w==?=", "=?utf-8?b?w6A?=", "=?utf-8?b?!!!?=", "=?utf-8?b?w6?=",
             "=?utf-8?q?a?==?utf-8?q?b?=", "=?utf-8?b?R8OzcCDDvQ==?=\r\n =?utf-8?b?IHbhu4E=?=",
             "=?utf-8?b?R8OzcCDDvQ==?= \r\n\t=?utf-8?q?_v=E1=BB=81?=", "\r\n =?utf-8?b?w6A=?="]
    for value in cases:
        assert fast(value) == stdlib(value), value
    for other in ["=?utf8?b?w6A=?=", "=?utf-8?b?w6A=?= x", "x =?utf-8?b?w6A=?=", "=?utf-8?b?w6A=?= ",
                  "=?utf-8?b?w6A=?=\r\n", "=?utf-8?b?w6A=?=\x0c=?utf-8?b?w6A=?=",
                  "=?iso-8859-1?q?=E0?=", "=?utf-8?q?a b?=", "plain"]:
        assert _utf8_words(other) is None, other
    assert _decode_header_value("=?utf-8?q?=FF?=") == "=?utf-8?q?=FF?="  # undecodable: kept raw, as before


def test_a_text_part_named_in_its_content_type_is_text_and_an_attachment():
    """A text part's filename is looked for only where one can be (`_no_filename`): one named in its
    Content-Type is still kept as an attachment as well as read, and a defect in a text part's parameters
    is still noted."""
    named = (b"From: a@b.vn\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n"
             b"--B\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nN\xe1\xbb\x99i dung\r\n"
             b"--B\r\nContent-Type: text/plain; charset=utf-8; NAME=\"ghi-chu.txt\"\r\n\r\nghi ch\xc3\xba\r\n--B--\r\n")
    parsed = parse_email(named)
    assert parsed.text == "Nội dung\n\nghi chú"
    assert [a.filename for a in parsed.attachments] == ["ghi-chu.txt"]
    broken = (b"From: a@b.vn\r\nSubject: x\r\nContent-Type: text/plain; charset*=us-ascii\x00x''utf-8\r\n\r\nhello\r\n")
    assert "undecodable header parameter: ValueError" in parse_email(broken).defects
