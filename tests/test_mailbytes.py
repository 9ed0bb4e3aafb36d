"""The fast header folder for outgoing mail: same meaning as the standard library's, every time."""

from __future__ import annotations

import email
import email.policy
import random

from hopthu.core.parsing import parse_email
from hopthu.mail.mailbytes import message_bytes
from hopthu.outbox.queue import Sender, build_message, header_safe

WORDS = ("đèn đường hỏng ở đầu ngõ 12 phố Trần Phú [HT-2026-0042] Re: TL: KHẨN – “trích dẫn” a b c "
         "Ủy ban MTTQ Việt Nam phường Lưu Kiếm x@y =?utf-8?q?x?= ?= =? (c) \"q\" <z> x,y").split()
NAME_WORDS = "Ủy ban MTTQ Việt Nam phường Lưu Kiếm Nguyễn Văn Thị Hòa Phòng Kinh tế Hạ tầng và Đô thị A B".split()


def parse(raw: bytes):
    return email.message_from_bytes(raw, policy=email.policy.default)


def test_subjects_and_names_survive_exactly_and_lines_stay_short():
    rng = random.Random(42)
    for _ in range(300):
        subject = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 40)))
        name = " ".join(rng.choice(NAME_WORDS) for _ in range(rng.randint(1, 14)))
        msg = build_message(Sender(name, "hopthu@mttq.example.vn", "mttq.example.vn"), "dan@gmail.example",
                            subject, "Nội dung thư.")
        raw = message_bytes(msg)
        head, body = raw.split(b"\r\n\r\n", 1)
        assert all(len(line) <= 78 for line in head.split(b"\r\n") if not line.startswith(b" <")), head
        back = parse(raw)
        assert back["Subject"] == header_safe(subject, 250)  # exactly what we wrote, even "=?utf-8?q?x?="
        assert back["From"].addresses[0].addr_spec == "hopthu@mttq.example.vn"
        assert back["Message-ID"].strip() == msg["Message-ID"]
        # Display names read as RFC 2047 says (whitespace between encoded words dropped), as hopthu's own
        # parser and mail clients do; the stdlib's policy.default keeps it in phrases (a CPython quirk).
        ours = parse_email(raw)
        assert ours.from_name == name and ours.subject == header_safe(subject, 250) and ours.from_addr == "hopthu@mttq.example.vn"
        assert back.get_content() == "Nội dung thư."  # the body arrives intact (UTF-8, base64)


def test_encoded_words_are_at_most_75_characters_and_ascii_stays_readable():
    msg = build_message(Sender("Ủy ban MTTQ Việt Nam phường Lưu Kiếm", "hopthu@mttq.example.vn", "mttq.example.vn"),
                        "dan@gmail.example", "[HT-2026-0001] Chuyển xử lý ý kiến: Hạ tầng, giao thông, chiếu sáng – KHẨN",
                        "x")
    head = message_bytes(msg).split(b"\r\n\r\n", 1)[0].decode("ascii")
    assert "Subject: [HT-2026-0001] =?utf-8?b?" in head  # the case tag stays plain text
    words = [w for w in head.split() if w.startswith("=?")]
    assert words and all(len(w) <= 75 for w in words)


def test_names_with_specials_are_left_to_the_standard_library():
    msg = build_message(Sender('Nguyễn V. "Ba", Tổ 5', "a@b.vn", "b.vn"), "c@d.vn", "x", "x")
    ours = [ln for ln in message_bytes(msg).split(b"\r\n\r\n")[0].split(b"\r\n") if ln.startswith(b"From:")]
    stdlib = [ln for ln in msg.as_bytes(policy=email.policy.SMTP).split(b"\r\n\r\n")[0].split(b"\r\n")
              if ln.startswith(b"From:")]
    assert ours == stdlib


def test_every_encoded_word_decodes_on_its_own_even_with_four_byte_characters():
    import base64

    from hopthu.mail.mailbytes import encoded_words

    rng = random.Random(7)
    alphabet = "aăâđêôơưàằầèềìòồờùừỳáắấéếíóốớúứýảẳẩẻểỉỏổởủửỷãẵẫẽễĩõỗỡũữỹạặậẹệịọộợụựỵ 😀中"
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 120)))
        words = encoded_words(text, first_room=rng.randint(0, 80))
        assert all(len(w) <= 75 for w in words)
        assert "".join(base64.b64decode(w[10:-2]).decode("utf-8") for w in words) == text
