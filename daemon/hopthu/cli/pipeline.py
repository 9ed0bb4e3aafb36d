"""Commands that run the pipeline or prove the set-up: once, run, check, init-sheet, demo."""

from __future__ import annotations

import shutil
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING, cast

import click

from hopthu.cli.common import _app, _config, _fail, _setup_logging, print_summary
from hopthu.config import Config, ConfigError, load_config

if TYPE_CHECKING:
    from hopthu.journal import Journal


@click.command()
@click.option("--with-parent", is_flag=True, hidden=True,
              help="The daemon's start-up catch-up: the mail's part of a cycle, ended when the daemon that "
                   "started it ends (its stdin closes).")
@click.option("--hand-over", "hand_over", type=click.Path(dir_okay=False, path_type=Path), hidden=True,
              help="With --with-parent: the sheets too, and what their incremental reads remember written to this "
                   "file for the daemon.")
@click.pass_context
def once(ctx: click.Context, with_parent: bool, hand_over: Path | None) -> None:
    """Chạy một chu kỳ rồi thoát, in bảng tóm tắt."""
    from hopthu import alerts, health
    from hopthu.live_reload import Versions
    from hopthu.pipeline.cycle import run_cycle

    if with_parent:  # `hopthu run`'s catch-up child (service.Daemon.catch_up) never outlives the daemon, even killed
        import os
        import threading

        def end_with_parent() -> None:
            sys.stdin.buffer.read()  # EOF: the daemon closed the pipe or ended (every step is resumable)
            os._exit(75)

        threading.Thread(target=end_with_parent, name="parent-watch", daemon=True).start()
    app = _app(ctx, apart=True)  # an XLSX register in a child process: openpyxl's cells never held here
    try:
        # The catch-up child of a ward with a Google Form or register: the mail's part only. The daemon's own
        # first cycle reads the sheets whole anyway (its first reads know nothing yet), so they are left to it.
        # With --hand-over, the sheets too: their first whole reads (a Form's history, a register of years) are
        # this child's heap, and the daemon goes on from what they remember (service.Daemon.catch_up).
        google = any(source.on_sheet_clock for source in app.sources) or bool(app.register.coalesce)
        summary = run_cycle(app, sheets=not (with_parent and google) or hand_over is not None)
        beat = health.record_cycle(app, summary, versions=Versions.on_disk(app.config))  # for `hopthu status`
        alerts.run(app, summary, beat)
        if hand_over is not None:  # after the alerts: the status line is a write to the register's spreadsheet
            from hopthu.service import hand_over_state

            hand_over_state(app, hand_over)
        print_summary(app, summary)
    finally:
        app.close()
    if with_parent:  # not through the interpreter's shutdown, where parent-watch's read holds stdin (a fatal error)
        import logging
        import os

        from hopthu.google import remote
        from hopthu.pipeline import budget

        remote.close_all()
        budget.close_all()
        logging.shutdown()
        sys.stdout.flush()
        os._exit(1 if summary.errors else 0)
    if summary.errors:
        sys.exit(1)


@click.command()
@click.option("--ward", "wards", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Cấu hình của một phường nữa chạy trong cùng tiến trình (lặp lại được). / Another ward's config.")
@click.pass_context
def run(ctx: click.Context, wards: tuple[Path, ...]) -> None:
    """Chạy liên tục (dịch vụ systemd): kiểm tra hộp thư và Form theo lịch; dừng bằng SIGTERM."""
    from hopthu.core.rules.engine import RulesError
    from hopthu.service import Daemon, keep_optional_imports_out, run_wards
    from hopthu.wiring import build_app

    keep_optional_imports_out()
    _config(ctx, apart=True)  # the configuration checked in a child: pydantic never loads into the daemon
    first = _app(ctx, apart=True)  # an XLSX register in a child process: openpyxl never loaded here
    if not wards:
        daemon = Daemon(first)
        daemon.catch_up_apart = True  # letters waiting, a Form's history: taken by a short-lived child first
        daemon.run()
        return
    apps = [first]
    prefixes = {first.settings.ward.code_prefix: first.config.path}
    try:
        for path in wards:
            try:
                config = load_config(path, apart=True)
            except ConfigError as exc:
                _fail(exc.problems)
            prefix = config.settings.ward.code_prefix
            if prefix in prefixes:
                _fail(f"{path}: ward.code_prefix «{prefix}» trùng với {prefixes[prefix]}: mỗi phường một tiền tố "
                      f"mã hồ sơ, để mã của hai phường không bao giờ trùng. / Two wards share the case-code prefix "
                      f"«{prefix}»: give each ward its own ward.code_prefix.")
            prefixes[prefix] = config.path
            try:
                apps.append(build_app(config, apart=True))
            except RulesError as exc:
                _fail(exc.problems)
    except SystemExit:
        for app in apps:
            app.close()
        raise
    run_wards(apps)  # catch-up in process: the wards' lines stay in one log, each naming its ward (WardTag)


@click.command()
@click.pass_context
def check(ctx: click.Context) -> None:
    """Kiểm tra cấu hình, quy tắc và mọi kết nối; in danh sách đạt/không đạt. Không thay đổi gì trên đĩa."""
    from hopthu.core.rules.engine import RulesError
    from hopthu.rules_in_use import load_rules
    from hopthu.wiring import build_register, build_sources, build_transport

    try:
        config = load_config(ctx.obj.get("config_path"))
    except ConfigError as exc:
        click.echo("KHÔNG ĐẠT  cấu hình")
        for p in exc.problems:
            click.echo(f"           {p}")
        sys.exit(1)
    _setup_logging(None, ctx.obj.get("verbose", False))  # no log file: `check` changes nothing on disk
    results: list[tuple[bool, str, str]] = [(True, "cấu hình", str(config.path))]
    try:
        rules = load_rules(config)
        results.append((True, "quy tắc", "\n".join([f"{len(rules.rules)} quy tắc trong {config.rules_dir}",
                                                    *(f"lưu ý: {w}" for w in rules.warnings)])))
    except RulesError as exc:
        results.append((False, "quy tắc", "\n".join(exc.problems)))

    def probe(name: str, fn) -> None:
        try:
            results.append((True, name, fn()))
        except Exception as exc:
            results.append((False, name, str(exc)))

    from hopthu.layout import secrets_file_report

    probe("tệp bí mật", lambda: secrets_file_report(config.secrets_path))
    s = config.settings
    if (s.inbox.backend == "imap" and s.inbox.auth == "xoauth2") or \
            (s.outbox.backend == "smtp" and s.outbox.smtp and s.outbox.smtp.auth == "xoauth2"):
        from hopthu.mail.oauth import provider_for

        probe("OAuth (XOAUTH2)", provider_for(config).check)
    try:  # with the journal (read only): the IMAP source also reports letters it has not taken
        reader = _JournalReader.open(config.state_dir / "journal.sqlite3")
        sources = build_sources(config, journal=cast("Journal | None", reader))  # it asks known_sources only
    except Exception as exc:  # e.g. a setting the source cannot use
        results.append((False, "nguồn", str(exc)))
        sources = []
    for source in sources:
        probe(f"nguồn {source.name}", source.check)
    probe("sổ theo dõi", lambda: build_register(config).check())
    probe("thư đi", lambda: build_transport(config).check())
    probe("mẫu thư", lambda: _check_templates(config))
    probe("mô hình học", lambda: _check_learned(config))
    ok = all(r[0] for r in results)
    for passed, name, detail in results:
        lines = detail.splitlines() or [""]
        click.echo(f"{'ĐẠT      ' if passed else 'KHÔNG ĐẠT'}  {name}: {lines[0]}")
        for more in lines[1:]:
            click.echo(f"           {more}")
    click.echo("\nMọi kiểm tra đều đạt." if ok else "\nCó mục không đạt: sửa theo hướng dẫn ở trên rồi chạy lại `hopthu check`.")
    sys.exit(0 if ok else 1)


class _JournalReader:
    """What `check` asks the journal (which letters it holds), read only: `check` changes nothing on disk."""

    def __init__(self, db: sqlite3.Connection):
        self._db = db

    @classmethod
    def open(cls, path: Path) -> "_JournalReader | None":
        if not path.exists():
            return None
        return cls(sqlite3.connect(f"file:{path}?mode=ro", uri=True))

    def known_sources(self, prefix: str) -> set[str]:
        rows = self._db.execute("SELECT source_id FROM intake WHERE source_id LIKE ?", (prefix + "%",))
        return {r[0] for r in rows}


def _check_templates(config: Config) -> str:
    from hopthu.outbox.queue import Templates

    names = ["ack.txt.j2", "routed.txt.j2", "answer.txt.j2", "ngoai-tham-quyen.txt.j2", "alert.txt.j2",
             "hoi-bo-sung.txt.j2", "tra-loi-bo-sung.txt.j2", "bao-loi-gui.txt.j2",
             "nhac-han.txt.j2", "qua-han.txt.j2", "tong-hop-can-bo.txt.j2",
             "canh-bao-he-thong.txt.j2", "gui-that-bai.txt.j2", "tra-lai.txt.j2"]
    t = Templates(config.templates_dir)
    for name in names:
        t.env.get_template(name)
    return f"{len(names)} mẫu trong {config.templates_dir}"


def _check_learned(config: Config) -> str:
    """The learned routing model's weights file: there, readable, of this format, its labels configured."""
    from hopthu.cli.common import learned_path
    from hopthu.core.rules.learned import LearnedError, LearnedModel

    s = config.settings
    if s.routing.learned_weight <= 0:
        return "không dùng (routing.learned_weight: 0): định tuyến chỉ theo quy tắc"
    path = learned_path(config)
    again = ("Cách sửa: chạy lại `hopthu rules learn` để tạo lại tệp trọng số (cần scikit-learn), hoặc đặt "
             "routing.learned_weight: 0 để chỉ định tuyến theo quy tắc. Trong lúc chờ, hệ thống bỏ qua mô hình "
             "và định tuyến theo quy tắc.")
    if not path.is_file():
        raise ValueError(f"không có tệp trọng số {path}.\n{again}")
    model = LearnedModel(lambda: path.read_text(encoding="utf-8"), str(path),
                         (set(s.categories), set(s.agencies)))
    try:
        features, labels = model.size
    except LearnedError as exc:
        raise ValueError(f"{exc}.\n{again}") from exc
    lines = [f"{path}: {features} đặc trưng, {labels} nhãn (học từ {model.trained_on or 'không rõ'}), "
             f"trọng số {s.routing.learned_weight:g}"]
    learned = {c for c, _ in model.labels}
    unseen = [c for c in s.categories if c not in learned and c != s.triage_category]
    if unseen:
        lines.append(f"lưu ý: mô hình chưa học lĩnh vực {', '.join(unseen)} (chỉ quy tắc định tuyến vào đó); "
                     "chạy lại `hopthu rules learn` khi đã có hồ sơ của các lĩnh vực này")
    return "\n".join(lines)


@click.command("init-sheet")
@click.pass_context
def init_sheet(ctx: click.Context) -> None:
    """Tạo (hoặc hoàn thiện) sổ theo dõi trên Google Sheets: tiêu đề, cố định dòng đầu, danh sách
    trạng thái, tô màu quá hạn/sắp đến hạn, cảnh báo khi sửa cột của hopthu, định dạng ngày.
    Chạy lại an toàn: chỉ thêm phần còn thiếu."""
    from hopthu.errors import OperatorError
    from hopthu.wiring import build_register

    config = _config(ctx)
    reg = config.settings.register
    if reg.backend != "sheet":
        _fail("register.backend là xlsx: sổ theo dõi XLSX được tạo tự động ở lần chạy đầu, không cần init-sheet. "
              "Để dùng Google Sheets, đặt register.backend: sheet và register.sheet_id (xem docs/google-sheets.md). "
              "/ The register is the XLSX file: nothing to initialise.", 2)
    register = build_register(config)
    try:
        done = register.init_sheet()
    except OperatorError as exc:
        _fail(str(exc))
    click.echo(f"Sổ theo dõi: {register.where}")
    for line in done:
        click.echo(f"  - {line}")
    click.echo(f"Xong. Tài khoản dịch vụ: {register.email}. Chạy `hopthu check` để kiểm tra mọi kết nối.")


@click.command()
@click.option("--dir", "target", default="demo", type=click.Path(file_okay=False),
              help="Thư mục làm việc của bản chạy thử (mặc định ./demo).")
@click.pass_context
def demo(ctx, target: str) -> None:
    """Chạy thử trên dữ liệu mẫu, không cần tài khoản Google hay máy chủ thư."""
    from hopthu.core.rules.engine import RulesError
    from hopthu.pipeline.cycle import run_cycle
    from hopthu.wiring import build_app

    root = _repo_root()
    target_dir = Path(target).resolve()
    config_path = target_dir / "hopthu.yaml"
    if not config_path.exists():
        _make_demo(root, target_dir)
        click.echo(f"Tạo bản chạy thử trong {target_dir}")
    try:
        config = load_config(config_path)
    except ConfigError as exc:
        _fail(exc.problems)
    _setup_logging(config, ctx.obj.get("verbose", False))
    try:
        app = build_app(config)
    except RulesError as exc:
        _fail(exc.problems)
    try:
        summary = run_cycle(app)
        print_summary(app, summary)
    finally:
        app.close()
    s = config.settings
    click.echo("")
    click.echo(f"Sổ theo dõi (XLSX): {config.resolve(s.register.path)}")
    click.echo(f"Thư đi (.eml):      {config.resolve(s.outbox.path)}")
    click.echo(f"Hộp thư đến:        {config.resolve(s.inbox.path)}")
    click.echo(f"Nhật ký, trạng thái: {config.state_dir}")
    click.echo(f"Chạy lại một chu kỳ: hopthu --config {config_path} once")


def _repo_root() -> Path:
    here = Path(__file__).resolve()
    for parent in here.parents:
        if (parent / "examples" / "inbox").is_dir() and (parent / "rules").is_dir():
            return parent
    _fail("không tìm thấy thư mục examples/ và rules/ của hopthu: chạy lệnh này trong bản clone của dự án")


def _make_demo(root: Path, target: Path) -> None:
    data = target / "data"
    data.mkdir(parents=True, exist_ok=True)
    shutil.copytree(root / "examples" / "inbox", data / "inbox", dirs_exist_ok=True)
    for sub in ("new", "cur", "tmp"):
        (data / "inbox" / sub).mkdir(exist_ok=True)
    shutil.copy(root / "examples" / "form-responses.csv", data / "form-responses.csv")
    (target / "hopthu.yaml").write_text(example_config(root), encoding="utf-8")


def example_config(root: Path) -> str:
    """hopthu.example.yaml with the project's rules and templates by absolute path, for a ward folder
    anywhere on disk (the demo, and the tests' and benchmarks' wards)."""
    text = (root / "hopthu.example.yaml").read_text(encoding="utf-8")
    text = text.replace('rules_dir: "rules"', f'rules_dir: "{root / "rules"}"')
    return text.replace('templates_dir: "templates"', f'templates_dir: "{root / "templates"}"')
