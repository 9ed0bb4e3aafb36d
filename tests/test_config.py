"""Configuration is validated once; every mistake names file, line, key and what to do."""

import pytest

from hopthu.config import ConfigError, load_config

from ward import ROOT


def write(tmp_path, text):
    path = tmp_path / "hopthu.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def example():
    return (ROOT / "hopthu.example.yaml").read_text(encoding="utf-8")


def with_imap_inbox(text: str) -> str:
    return text.replace('''inbox:
  backend: maildir            # maildir | imap
  path: "data/inbox"''', '''inbox:
  backend: imap
  host: imap.example.vn
  username: hopthu@example.vn''')


def test_the_example_configuration_is_valid():
    config = load_config(ROOT / "hopthu.example.yaml")
    assert config.settings.deadlines.working_days == 7
    assert config.agency_name("cong_an") == "Công an phường"


def test_every_mistake_is_reported_at_once_with_its_line(tmp_path):
    text = example().replace("front_email:", "front_emial:").replace("working_days: 7 ", "workingdays: 7 ")
    with pytest.raises(ConfigError) as err:
        load_config(write(tmp_path, text))
    problems = err.value.problems
    assert any('unknown key "front_emial" — did you mean "front_email"?' in p for p in problems)
    assert any("workingdays" in p and 'did you mean "working_days"' in p for p in problems)
    line = next(i for i, ln in enumerate(text.splitlines(), 1) if "workingdays" in ln)
    assert any(p.startswith(f"{tmp_path / 'hopthu.yaml'}:{line}:") for p in problems)


def test_an_unknown_agency_in_a_category_lists_the_known_ones(tmp_path):
    text = example().replace("agency: cong_an}", "agency: congan}")
    with pytest.raises(ConfigError) as err:
        load_config(write(tmp_path, text))
    assert "congan" in str(err.value) and "cong_an" in str(err.value)


def test_yaml_syntax_errors_name_the_line(tmp_path):
    with pytest.raises(ConfigError) as err:
        load_config(write(tmp_path, "ward:\n  name: [unclosed\n"))
    assert ":3:" in str(err.value) or ":2:" in str(err.value)


def test_a_missing_password_says_where_to_put_it(tmp_path, monkeypatch):
    monkeypatch.delenv("HOPTHU_IMAP_PASSWORD", raising=False)
    text = with_imap_inbox(example())
    with pytest.raises(ConfigError) as err:
        load_config(write(tmp_path, text))
    assert "HOPTHU_IMAP_PASSWORD" in str(err.value) and ".env" in str(err.value)


def test_secrets_come_from_dotenv_next_to_the_config(tmp_path, monkeypatch):
    monkeypatch.delenv("HOPTHU_IMAP_PASSWORD", raising=False)
    (tmp_path / ".env").write_text("HOPTHU_IMAP_PASSWORD=s3cret\n")
    text = with_imap_inbox(example())
    assert load_config(write(tmp_path, text)).secrets.imap_password == "s3cret"


def test_a_missing_file_says_how_to_start(tmp_path):
    with pytest.raises(ConfigError) as err:
        load_config(tmp_path / "nope.yaml")
    assert "hopthu.example.yaml" in str(err.value)


def test_values_their_types_accept_but_the_ward_cannot_use_are_each_shown_at_their_own_line(tmp_path):
    text = example().replace('code_prefix: "HT"', 'code_prefix: "ht lk"').replace(
        'timezone: "Asia/Ho_Chi_Minh"', 'timezone: "Mars/Olympus"')
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as err:
        load_config(path)
    line = {key: next(i for i, ln in enumerate(text.splitlines(), 1) if f"{key}:" in ln)
            for key in ("code_prefix", "timezone")}
    assert err.value.problems == [
        f'{path}:{line["code_prefix"]}: ward.code_prefix: "ht lk" is not a case-code prefix: capital letters and '
        'digits, parts joined by "-", e.g. "HT" or "HT-LK"',
        f'{path}:{line["timezone"]}: ward.timezone: unknown time zone "Mars/Olympus"; use "Asia/Ho_Chi_Minh"',
    ]
