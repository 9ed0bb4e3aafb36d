"""QR posters: each place's PNG and PDF decode back to its pre-filled Form link, and the answer that
link pre-fills is counted as a QR scan at that place when the Form's response comes back."""

from __future__ import annotations

import io
from urllib.parse import parse_qs, urlsplit

import pytest
import zxingcpp
from click.testing import CliRunner
from PIL import Image
from pypdf import PdfReader

from hopthu.config import ConfigError, load_config
from hopthu.core.model import Channel
from hopthu.reports.cases import channel_of, source_answer
from hopthu.reports.figures import FORM_UNKNOWN, LINK, QR
from hopthu.reports.links import posters, prefilled, shared_links

from ward import make_ward

FORM = "https://docs.google.com/forms/d/e/1FAIpQLSc-TEST/viewform"
REPORTS = f"""
reports:
  form: {{url: "{FORM}", source_entry: "entry.111", tdp_entry: "entry.222"}}
  places:
    tdps: 2
    others: [{{name: "Trung tâm phục vụ hành chính công phường"}}]
"""


def decode(image: Image.Image) -> str:
    found = zxingcpp.read_barcodes(image)
    assert len(found) == 1, found
    return found[0].text


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    ward = make_ward(tmp_path_factory.mktemp("ward"), extra_yaml=REPORTS)
    from hopthu.cli import main

    result = CliRunner().invoke(main, ["--config", str(ward), "qr"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    folder = ward.parent / "reports" / "ma-qr"
    assert f"3 áp phích mã QR (PDF để in, PNG) trong {folder}" in result.output
    files = [p for p in folder.iterdir() if p.suffix in (".pdf", ".png")]
    return load_config(ward), {p.name: p for p in files}, result.output


def test_one_pdf_and_one_png_per_place(made):
    _, files, output = made
    assert sorted(files) == sorted(f"ma-qr-{s}.{ext}" for s in ("tdp-so-1", "tdp-so-2",
                                                              "trung-tam-phuc-vu-hanh-chinh-cong-phuong")
                                   for ext in ("pdf", "png"))
    assert "duong-link.txt" in output
    png = Image.open(files["ma-qr-tdp-so-1.png"])
    assert png.size == (1240, 1754)  # A4 at 150 dpi


def test_each_png_decodes_to_its_place_link(made):
    config, files, _ = made
    expected = {p.slug: p.url for p in posters(config.settings.reports)}
    for slug, url in expected.items():
        assert decode(Image.open(files[f"ma-qr-{slug}.png"])) == url
    query = parse_qs(urlsplit(expected["tdp-so-2"]).query)
    assert query == {"usp": ["pp_url"], "entry.111": ["QR – TDP số 2"], "entry.222": ["TDP số 2"]}
    office = parse_qs(urlsplit(expected["trung-tam-phuc-vu-hanh-chinh-cong-phuong"]).query)
    assert office == {"usp": ["pp_url"], "entry.111": ["QR – Trung tâm phục vụ hành chính công phường"]}


def test_the_pdf_carries_the_same_code_and_readable_vietnamese(made):
    config, files, _ = made
    reader = PdfReader(files["ma-qr-tdp-so-2.pdf"])
    assert len(reader.pages) == 1
    page = reader.pages[0]
    assert round(float(page.mediabox.width) / 72 * 25.4) == 210  # A4
    text = " ".join(page.extract_text().split())
    for expected in ("HÒM THƯ SỐ", "ỦY BAN MTTQ VIỆT NAM PHƯỜNG LƯU KIẾM", "TDP số 2",
                     "1. Mở camera điện thoại hoặc Zalo, quét mã QR ở trên.",
                     "3. Bấm “Gửi”. Thông tin người góp ý được giữ bí mật.",
                     "hopthu@mttq-luukiem.example.vn"):
        assert expected in text, expected
    (image,) = page.images
    url = next(p.url for p in posters(config.settings.reports) if p.slug == "tdp-so-2")
    assert decode(Image.open(io.BytesIO(image.data))) == url


def test_a_posters_source_answer_comes_back_as_a_qr_scan_at_its_place(made):
    config, _, _ = made
    r = config.settings.reports
    url = next(p.url for p in posters(r) if p.slug == "tdp-so-1")
    answer = parse_qs(urlsplit(url).query)["entry.111"][0]
    row = {"text": "…", "tdp": "TDP số 1", "extra:Nguồn (không cần sửa)": answer}
    assert source_answer(row, r.form.source_question) == "QR – TDP số 1"
    assert channel_of(Channel.FORM, source_answer(row, "Nguồn"), r.places.links) == (QR, "TDP số 1")
    assert channel_of(Channel.FORM, "Nhóm Zalo", r.places.links) == (LINK, "")
    assert channel_of(Channel.FORM, "", r.places.links) == (FORM_UNKNOWN, "")
    assert channel_of(Channel.FORM, "bạn tôi gửi", r.places.links) == (FORM_UNKNOWN, "")
    links = dict(shared_links(r))
    assert parse_qs(urlsplit(links["Fanpage"]).query) == {"usp": ["pp_url"], "entry.111": ["Fanpage"]}


def test_uniform_qr_gives_one_poster_with_the_bare_link(tmp_path):
    ward = make_ward(tmp_path, extra_yaml=REPORTS.replace('tdp_entry: "entry.222"}',
                                                          'tdp_entry: "entry.222", uniform_qr: true}'))
    r = load_config(ward).settings.reports
    assert [(p.slug, p.url) for p in posters(r)] == [("chung", FORM)]
    assert prefilled(r.form, source="QR – TDP số 1", tdp="TDP số 1") == FORM


def test_a_wrong_entry_id_is_reported_with_its_line(tmp_path):
    ward = make_ward(tmp_path, extra_yaml=REPORTS.replace('"entry.222"', '"222"'))
    with pytest.raises(ConfigError) as err:
        load_config(ward)
    assert "reports.form.tdp_entry" in str(err.value) and "entry.1234567890" in str(err.value)
