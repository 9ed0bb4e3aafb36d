"""The Form's responses: found by header name, taken once, edits go to the case's history."""

from __future__ import annotations

import csv
from datetime import datetime

import pytest

from hopthu.core.timestamps import parse_timestamp
from hopthu.pipeline.cycle import run_cycle
from hopthu.sources.formcolumns import CHECKED
from hopthu.sources.formfile import FormColumnsError, FormFileSource, map_columns

from ward import EXAMPLES, TZ


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def write_csv(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)


def test_google_forms_vietnamese_timestamps_parse_in_the_ward_zone():
    assert parse_timestamp("20/11/2026 08:15:32", TZ) == datetime(2026, 11, 20, 8, 15, 32, tzinfo=TZ)


def test_columns_are_found_by_name_whatever_their_order():
    headers = ["Thông tin liên hệ (email hoặc số điện thoại, không bắt buộc)", "Nội dung góp ý, phản ánh",
               "Câu hỏi mới thêm", "Dấu thời gian"]
    mapping = map_columns(headers)
    assert mapping.fields["timestamp"] == 3 and mapping.fields["text"] == 1 and mapping.fields["contact"] == 0
    assert mapping.extras == {"Câu hỏi mới thêm": 2}


def test_a_renamed_required_column_is_a_clear_error():
    with pytest.raises(FormColumnsError) as err:
        map_columns(["Dấu thời gian", "Câu hỏi 2"], where="form.csv")
    message = str(err.value)
    assert "Nội dung góp ý, phản ánh" in message and "form.columns" in message and "Câu hỏi 2" in message


def test_questions_worded_otherwise_are_found_by_meaning():
    headers = ["Timestamp", "TDP", "Lĩnh vực", "Ý kiến của bạn", "Họ tên", "Số điện thoại hoặc email để nhận phản hồi"]
    mapping = map_columns(headers, need=CHECKED)
    assert mapping.fields == {"timestamp": 0, "tdp": 1, "category": 2, "text": 3, "name": 4, "contact": 5}
    assert mapping.extras == {}


def test_accents_case_and_punctuation_do_not_matter():
    headers = ["DAU THOI GIAN", "noi dung:", "Linh vuc?", "E-mail / SĐT (lien he)"]
    assert map_columns(headers, need=CHECKED).fields == {"timestamp": 0, "text": 1, "category": 2, "contact": 3}


def test_a_configured_header_wins_over_meaning():
    headers = ["Dấu thời gian", "Nội dung", "Lĩnh vực", "Số điện thoại", "Email"]
    mapping = map_columns(headers, {"contact": "Email"}, need=CHECKED)
    assert mapping.fields["contact"] == 4 and mapping.extras == {"Số điện thoại": 3}


def test_two_headers_that_compete_are_named_and_none_is_taken():
    headers = ["Dấu thời gian", "Nội dung", "Lĩnh vực", "Số điện thoại", "Email"]
    mapping = map_columns(headers)  # intake needs only the timestamp and the content
    assert "contact" not in mapping.fields and mapping.competing == {"contact": ["Số điện thoại", "Email"]}
    with pytest.raises(FormColumnsError) as err:
        map_columns(headers, need=CHECKED)
    assert "«Số điện thoại», «Email»" in str(err.value) and "form.columns.contact" in str(err.value)


def test_the_check_needs_contact_and_category():
    headers = ["Dấu thời gian", "Nội dung góp ý, phản ánh", "Ghi chú"]
    map_columns(headers)
    with pytest.raises(FormColumnsError) as err:
        map_columns(headers, need=CHECKED)
    message = str(err.value)
    assert "thông tin liên hệ" in message and "lĩnh vực" in message and "«Ghi chú»" in message


def test_sorting_the_response_file_takes_nothing_twice(app, ward):
    run_cycle(app)
    n = len(app.journal.cases())
    path = ward.parent / "data" / "form-responses.csv"
    rows = read_csv(path)
    write_csv(path, [rows[0]] + sorted(rows[1:], key=lambda r: r[0], reverse=True))
    assert run_cycle(app).new_cases == []
    assert len(app.journal.cases()) == n


def test_a_deleted_row_loses_nothing_and_a_new_row_is_one_new_case(app, ward):
    run_cycle(app)
    n = len(app.journal.cases())
    path = ward.parent / "data" / "form-responses.csv"
    rows = read_csv(path)
    rows = rows[:1] + rows[2:]  # an officer deletes a row
    rows.append(["23/11/2026 10:00:00", "TDP số 9", "Khác", "Cống ngõ 9 tắc", "", "", ""])
    write_csv(path, rows)
    summary = run_cycle(app)
    assert len(summary.new_cases) == 1 and len(app.journal.cases()) == n + 1


def test_an_edited_response_goes_into_the_history_not_a_new_case(app, ward):
    run_cycle(app)
    path = ward.parent / "data" / "form-responses.csv"
    rows = read_csv(path)
    original_ts = rows[1][0]
    rows[1][3] = rows[1][3] + " Bổ sung: nước đã tràn vào nhà dân."
    write_csv(path, rows)
    summary = run_cycle(app)
    assert summary.new_cases == [] and summary.linked == 1
    case = next(c for c in app.journal.cases() if c.source_id.startswith(f"form:{original_ts}|"))
    assert any("sửa câu trả lời" in h for h in case.history)


def test_an_extra_form_question_is_carried_along(tmp_path):
    path = tmp_path / "f.csv"
    write_csv(path, [["Dấu thời gian", "Nội dung góp ý, phản ánh", "Bạn biết hòm thư qua đâu?"],
                     ["20/11/2026 08:15:32", "Đèn đường hỏng", "Loa phường"]])
    [item] = list(FormFileSource(path).poll(set()))
    assert item.row["extra:Bạn biết hòm thư qua đâu?"] == "Loa phường"


def test_the_xlsx_export_reads_like_the_csv(tmp_path):
    csv_items = list(FormFileSource(EXAMPLES / "form-responses.csv").poll(set()))
    xlsx_items = list(FormFileSource(EXAMPLES / "form-responses.xlsx").poll(set()))
    assert [i.source_id for i in csv_items] == [i.source_id for i in xlsx_items]


def test_intake_goes_on_without_the_contact_question_but_says_so_once_in_the_log(caplog):
    headers = ["Dấu thời gian", "Nội dung góp ý, phản ánh", "Lĩnh vực", "Câu hỏi lạ"]
    with caplog.at_level("WARNING", logger="hopthu.sources"):
        map_columns(headers, where="form.csv")
        map_columns(headers, where="form.csv")
    warned = [r for r in caplog.records if "contact" in r.getMessage()]
    assert len(warned) == 1 and "hopthu check" in warned[0].getMessage()


def test_a_poll_asks_the_journal_by_timestamp_and_never_loads_the_whole_history(app, ward, monkeypatch):
    """Issue 15: a Form with years of answers is polled every minute; the ids the journal knows are looked up
    for the rows read (by timestamp), not loaded whole into a set each poll. An edit is still an edit."""
    run_cycle(app)

    def whole(prefix):
        raise AssertionError(f"the whole history of {prefix!r} loaded")

    monkeypatch.setattr(app.journal, "known_sources", whole)
    path = ward.parent / "data" / "form-responses.csv"
    rows = read_csv(path)
    rows[1][3] = rows[1][3] + " Bổ sung: nước đã tràn vào nhà dân."
    rows.append(["23/11/2026 10:00:00", "TDP số 9", "Khác", "Cống ngõ 9 tắc", "", "", ""])
    write_csv(path, rows)
    summary = run_cycle(app)
    assert summary.errors == [] and len(summary.new_cases) == 1 and summary.linked == 1
    assert len(run_cycle(app).new_cases) == 0  # and nothing twice
