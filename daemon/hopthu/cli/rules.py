"""`hopthu rules`: which rule decides an item and why, and the rules in the order they are tried."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Any

import click

from hopthu.cli.common import _config, _fail, table


@click.group()
def rules() -> None:
    """Quy tắc phân loại và chuyển xử lý."""


@rules.command("test")
@click.argument("text", required=False)
@click.option("--file", "eml", type=click.Path(exists=True, dir_okay=False), help="Thử với một tệp .eml.")
@click.option("--subject", default="", help="Tiêu đề (khi thử bằng văn bản).")
@click.option("--channel", default="email", type=click.Choice(["email", "form", "paper", "other"]))
@click.option("--tdp", default="", help="Tổ dân phố.")
@click.option("--json", "as_json", is_flag=True, help="In một đối tượng JSON.")
@click.pass_context
def rules_test(ctx, text, eml, subject, channel, tdp, as_json) -> None:
    """Cho biết quy tắc nào quyết định một nội dung, và vì sao."""
    from hopthu.core.model import Channel, Submission
    from hopthu.core.parsing import parse_email
    from hopthu.core.rules.engine import RulesError
    from hopthu.rules_in_use import load_rules

    config = _config(ctx)
    try:
        ruleset = load_rules(config)
    except RulesError as exc:
        _fail(exc.problems)
    if eml:
        parsed = parse_email(Path(eml).read_bytes())
        sub = Submission(source_id="test", channel=Channel.EMAIL, received_at=datetime.now(config.tz),
                         subject=parsed.subject, text=parsed.text, sender=parsed.from_addr)
    elif text is not None:
        sub = Submission(source_id="test", channel=Channel(channel), received_at=datetime.now(config.tz),
                         subject=subject, text=text, tdp=config.settings.ward.tdp_list().normalise(tdp)[0])
    else:
        _fail("cho một nội dung để thử, ví dụ: hopthu rules test \"đèn đường hỏng\" (hoặc --file thu.eml)", 2)
    d = ruleset.classify(sub)
    weighing = ruleset.weigh(sub) if ruleset.settings.mode == "evidence" else None
    candidates: list[dict[str, Any]] = [
        {"agency": c.agency, "category": c.category, "score": round(c.score, 2),
         "rules": [c.match(*rs).describe() for rs in c.strongest()]}
        for c in (weighing.candidates[:3] if weighing else [])
    ]
    learned: list[dict[str, Any]] = [
        {"category": g.category, "agency": g.agency, "share": round(g.share, 3), "score": round(sc, 2)}
        for g, sc in ((weighing.learned or []) if weighing else [])]
    out = {
        "category": d.category,
        "category_name": config.category_name(d.category),
        "agency": d.agency,
        "agency_name": config.agency_name(d.agency) if d.agency else None,
        "co_agencies": d.co_agencies,
        "complex": d.complex,
        "flags": d.flags,
        "rule": d.rule or None,
        "why": d.why,
        "candidates": candidates,
        "learned": learned,
    }
    if as_json:
        click.echo(json.dumps(out, ensure_ascii=False))
        return
    click.echo(f"Lĩnh vực:    {out['category_name']} ({d.category})")
    click.echo(f"Cơ quan:     {out['agency_name'] or 'ngoài thẩm quyền phường'}" + (f" ({d.agency})" if d.agency else ""))
    if d.co_agencies:
        click.echo("Phối hợp:    " + ", ".join(config.agency_name(a) for a in d.co_agencies))
    click.echo(f"Mức độ:      {'phức tạp' if d.complex else 'thông thường'}")
    click.echo(f"Lưu ý:       {', '.join(d.flags) or 'không'}")
    click.echo(f"Quy tắc:     {d.rule or '(không quy tắc nào khớp: chờ phân loại)'}")
    click.echo(f"Vì sao:      {d.why}")
    if candidates:
        click.echo("Căn cứ của các ứng viên (điểm càng cao càng chắc):")
        for c in candidates:
            name = config.agency_name(c["agency"]) if c["agency"] else "ngoài thẩm quyền phường"
            click.echo(f"  {c['score']:5.2f}  {name} — {config.category_name(c['category'])}")
            for line in c["rules"][:3]:
                click.echo(f"         {line}")
    if learned:
        click.echo(f"Mô hình học (trọng số {ruleset.settings.learned_weight:g}; đã cộng vào điểm ở trên):")
        for g in learned:
            name = config.agency_name(g["agency"]) if g["agency"] else "ngoài thẩm quyền phường"
            click.echo(f"  {g['score']:5.2f}  {name} — {config.category_name(g['category'])} ({g['share']:.0%})")


@rules.command("list")
@click.pass_context
def rules_list(ctx) -> None:
    """Liệt kê quy tắc theo thứ tự áp dụng."""
    from hopthu.core.rules.engine import RulesError
    from hopthu.rules_in_use import load_rules

    config = _config(ctx)
    try:
        ruleset = load_rules(config)
    except RulesError as exc:
        _fail(exc.problems)
    rows = []
    for i, rule in enumerate(ruleset.rules, start=1):
        rows.append([i, getattr(rule, "name", ""), getattr(rule, "source", ""), getattr(rule, "description", "")])
    click.echo(table(["#", "Tên", "Tệp", "Mô tả"], rows))


# --------------------------------------------------------------------------- replay and upgrade


def _load_rules_from(config, rules_dir: str | Path | None, learned: Path | None = None):
    """The configured rules, or those of ``rules_dir`` with the configuration's categories and agencies
    (and its own learned model, unless ``learned`` names one)."""
    from hopthu.core.rules.engine import RulesError
    from hopthu.core.rules.loader import load_rules as load_rule_files

    s = config.settings
    try:
        return load_rule_files(
            Path(rules_dir) if rules_dir else config.rules_dir,
            categories={k: asdict(v) for k, v in s.categories.items()},
            agencies={k: asdict(v) for k, v in s.agencies.items()},
            triage_category=s.triage_category,
            routing=asdict(s.routing),
            # the configured learned model with the configured rules; another folder brings its own
            learned=learned or (config.resolve(s.routing.learned_file) if s.routing.learned_file and not rules_dir
                                else None),
        )
    except RulesError as exc:
        _fail(exc.problems)


def _replay_report(config, ruleset, since):
    """The replay of the journal's cases, or None when the ward has no journal yet."""
    from hopthu.casework.replay import replay
    from hopthu.cli.common import _journal

    if not (config.state_dir / "journal.sqlite3").exists():
        return None
    journal = _journal(config)
    try:
        return replay(journal, ruleset, tz=config.tz, since=since)
    finally:
        journal.close()


def _value_label(config, field: str, value: Any) -> str:
    if field == "category":
        return config.category_name(value)
    if field == "agency":
        return config.agency_name(value)
    if field == "co_agencies":
        return ", ".join(config.agency_name(a) for a in value) or "không có"
    return "có" if value else "không"


def _print_replay(config, report, *, header: str) -> None:
    from hopthu.casework.replay import FIELD_LABELS, REDACTED

    if report is None:
        click.echo("Chưa có nhật ký: phường chưa có hồ sơ nào để chạy lại.")
        return
    click.echo(header)
    for c in report.changed:
        via = " (theo bản đã ẩn thông tin cá nhân)" if c.text_from == REDACTED else ""
        click.echo(f"{c.code} ({c.received_at.astimezone(config.tz):%d/%m/%Y}){via}:")
        for ch in c.changes:
            click.echo(f"    {FIELD_LABELS[ch.field]}: {_value_label(config, ch.field, ch.before)}"
                       f" → {_value_label(config, ch.field, ch.after)}")
        click.echo(f"    Quy tắc: {c.rule_before or '(không có)'} → {c.rule_after or '(không có: chờ phân loại)'}")
    totals = report.totals()
    click.echo("")
    click.echo(f"Đã chạy lại {len(report.cases)} hồ sơ: {len(report.changed)} hồ sơ sẽ thay đổi.")
    if report.changed:
        click.echo("  " + "; ".join(f"{FIELD_LABELS[f]}: {n}" for f, n in totals.items()))
    redacted = sum(1 for c in report.cases if c.text_from == REDACTED)
    if redacted:
        click.echo(f"  {redacted} hồ sơ chỉ còn bản đã ẩn thông tin cá nhân (đã hết thời hạn lưu bản gốc): "
                   "kết quả có thể khác đôi chút so với bản gốc.")
    click.echo("Không có gì được ghi vào sổ theo dõi hay nhật ký.")


def _parse_since(value: str | None):
    if not value:
        return None
    from datetime import date

    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    _fail(f'ngày "{value}" không đọc được; viết 2026-11-01 hoặc 01/11/2026', 2)
    return date.min  # not reached


@rules.command("replay")
@click.option("--since", help="Chỉ các hồ sơ nhận từ ngày này (2026-11-01 hoặc 01/11/2026).")
@click.option("--rules", "rules_dir", type=click.Path(exists=True, file_okay=False),
              help="Thư mục quy tắc để thử (mặc định: thư mục trong cấu hình).")
@click.option("--json", "as_json", is_flag=True, help="In một đối tượng JSON.")
@click.pass_context
def rules_replay(ctx, since, rules_dir, as_json) -> None:
    """Chạy thử quy tắc trên các hồ sơ cũ trong nhật ký: hồ sơ nào sẽ đổi lĩnh vực, cơ quan, mức độ (không ghi gì)."""
    config = _config(ctx)
    day = _parse_since(since)
    ruleset = _load_rules_from(config, rules_dir)
    report = _replay_report(config, ruleset, day)
    if as_json:
        out = report.as_dict() if report else {"replayed": 0, "changed": 0, "cases": []}
        out["rules"] = str(rules_dir or config.rules_dir)
        out["warnings"] = ruleset.warnings
        click.echo(json.dumps(out, ensure_ascii=False))
        return
    for warning in ruleset.warnings:
        click.echo(f"Lưu ý: {warning}")
    _print_replay(config, report, header=f"Chạy lại quy tắc trong {rules_dir or config.rules_dir}"
                  + (f" trên các hồ sơ nhận từ {day:%d/%m/%Y}" if day else "") + ":")


@rules.command("upgrade")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--dry-run", is_flag=True, help="Chỉ in tệp mới và báo cáo, không ghi.")
@click.option("--json", "as_json", is_flag=True, help="In một đối tượng JSON.")
@click.pass_context
def rules_upgrade(ctx, file, dry_run, as_json) -> None:
    """Nâng cấp một tệp quy tắc cũ lên định dạng mới (giữ nguyên ghi chú) và báo cáo hồ sơ cũ sẽ đổi thế nào."""
    import shutil
    import tempfile

    from hopthu.core.rules.upgrade import UpgradeError, upgrade_text
    from hopthu.core.rules.yamlnodes import CURRENT_RULE_FORMAT

    config = _config(ctx)
    path = Path(file)
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
        new_text = upgrade_text(text)
    except UnicodeDecodeError:
        _fail(f"{path}: tệp không phải UTF-8; lưu lại dạng UTF-8 rồi chạy lại")
    except UpgradeError as exc:
        _fail(f"{path}: {exc}")
    # the folder the file belongs to, with the upgraded file in its place: what the ward would run
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for other in sorted(path.parent.glob("*.y*ml")):
            if other.name != path.name and not other.name.startswith("."):
                shutil.copy(other, folder / other.name)
        (folder / path.name).write_text(new_text, encoding="utf-8")
        # the learned model the file's folder runs with (the configured one, or the folder's own)
        from hopthu.core.rules.learned import LEARNED_FILE

        learned = config.resolve(config.settings.routing.learned_file) if config.settings.routing.learned_file \
            else path.parent / LEARNED_FILE
        ruleset = _load_rules_from(config, folder, learned)
    report = _replay_report(config, ruleset, None)
    if not dry_run:
        backup = path.with_name(path.name + ".v1.bak")
        backup.write_bytes(raw)
        path.write_bytes(new_text.encode("utf-8"))
    if as_json:
        out = report.as_dict() if report else {"replayed": 0, "changed": 0, "cases": []}
        out.update({"file": str(path), "version": CURRENT_RULE_FORMAT, "written": not dry_run,
                    "comments_kept": True})
        click.echo(json.dumps(out, ensure_ascii=False))
        return
    if dry_run:
        click.echo(new_text)
        click.echo(f"(chạy thử: {path} chưa được ghi)")
    else:
        click.echo(f"Đã nâng cấp {path} lên định dạng {CURRENT_RULE_FORMAT} (ghi chú giữ nguyên); "
                   f"bản cũ lưu ở {path.name}.v1.bak")
    _print_replay(config, report, header="Với tệp đã nâng cấp, các hồ sơ cũ trong nhật ký sẽ thay đổi như sau "
                  "(so với lĩnh vực, cơ quan hồ sơ đang có):")


@rules.command("suggest")
@click.option("--since", default="", help="Chỉ học từ các lần sửa từ ngày này (yyyy-mm-dd).")
@click.option("--min-cases", default=2, show_default=True, type=click.IntRange(1),
              help="Một từ khóa phải có trong ít nhất chừng này hồ sơ đã sửa.")
@click.option("--json", "as_json", is_flag=True, help="In một đối tượng JSON.")
@click.pass_context
def rules_suggest(ctx, since, min_cases, as_json) -> None:
    """Đề xuất sửa quy tắc (từ khóa mới, từ loại trừ) từ những lần cán bộ sửa lĩnh vực, cơ quan chủ trì
    trong sổ theo dõi và những hồ sơ cơ quan trả lại. In đoạn YAML để cán bộ xem rồi dán vào tệp quy tắc."""
    from hopthu.cli.common import _journal
    from hopthu.core.suggest import Example, Fix, suggest

    config = _config(ctx)
    if since:
        try:
            datetime.strptime(since, "%Y-%m-%d")
        except ValueError:
            _fail(f'--since "{since}": dùng dạng yyyy-mm-dd', 2)
    journal = _journal(config)
    try:
        corrections = journal.corrections(since)
        examples = [Example(c.code, "\n".join(p for p in (c.subject, c.summary) if p), c.category, c.agency or "",
                            c.rule) for c in journal.cases()]
    finally:
        journal.close()
    fixes = [Fix(c.case_code, c.field, c.old, c.new) for c in corrections]
    found = suggest(examples, fixes, min_cases=min_cases)
    snippet = suggestion_yaml(config, found, len(corrections))
    if as_json:
        click.echo(json.dumps({
            "corrections": len(corrections),
            "keywords": [{"field": k.field, "value": k.value, "category": k.category, "agency": k.agency or None,
                          "phrases": [vars(p) for p in k.phrases], "cases": k.cases} for k in found.keywords],
            "exclusions": [{"rule": e.rule, "phrases": [vars(p) for p in e.phrases], "cases": e.cases}
                           for e in found.exclusions],
            "yaml": snippet,
        }, ensure_ascii=False))
        return
    click.echo(snippet, nl=False)


def suggestion_yaml(config, found, corrections: int) -> str:
    """The proposals as YAML an officer can read, check and paste into a rule file (comments in Vietnamese)."""
    q = lambda s: json.dumps(s, ensure_ascii=False)  # noqa: E731  (a JSON string is a YAML string)
    lines = [f"# Đề xuất từ {corrections} lần sửa phân loại (hopthu rules suggest). Xem kỹ từng từ khóa, thử bằng",
             "# `hopthu rules test`, rồi mới dán vào một tệp trong thư mục rules/."]
    if not found.keywords and not found.exclusions:
        lines.append("# Chưa đủ căn cứ để đề xuất: cần ít nhất vài hồ sơ được sửa giống nhau.")
    for k in found.keywords:
        what = (f"lĩnh vực {config.category_name(k.value)}" if k.field == "category"
                else f"cơ quan chủ trì {config.agency_name(k.value)}")
        lines += ["", f"# Cán bộ đã đổi {len(k.cases)} hồ sơ sang {what}: {', '.join(k.cases)}",
                  "# (số trong ngoặc: số hồ sơ đã sửa có từ này / số hồ sơ khác có từ này)",
                  f"- name: de-xuat-{k.value.replace('_', '-')}",
                  f"  description: {q('Đề xuất từ các lần cán bộ sửa: ' + ', '.join(k.cases))}",
                  "  when:", "    keywords:"]
        lines += [f"      - {q(p.text)}  # ({p.cases}/{p.elsewhere})" for p in k.phrases]
        lines += ["  then:", f"    category: {k.category}"] + ([f"    agency: {k.agency}"] if k.agency else [])
    for e in found.exclusions:
        lines += ["", f"# Quy tắc «{e.rule}» đã phân loại sai {len(e.cases)} hồ sơ: {', '.join(e.cases)}.",
                  f"# Thêm các cụm sau vào exclude của quy tắc «{e.rule}» (có trong các hồ sơ sai, hiếm ở hồ sơ đúng):",
                  "# exclude: [" + ", ".join(q(p.text) for p in e.phrases) + "]"]
    return "\n".join(lines) + "\n"


@rules.command("learn")
@click.option("--base", "base", type=click.Path(exists=True, dir_okay=False),
              help="Bộ mẫu đã gán nhãn (JSON lines); mặc định tests/eval/routing/tuning.jsonl của hopthu.")
@click.option("--since", default="", help="Chỉ học từ các lần sửa từ ngày này (yyyy-mm-dd).")
@click.option("--out", "out", type=click.Path(dir_okay=False),
              help="Tệp trọng số (mặc định: routing.learned_file, hoặc learned/routing.json trong thư mục quy tắc).")
@click.option("--json", "as_json", is_flag=True, help="In một đối tượng JSON.")
@click.pass_context
def rules_learn(ctx, base, since, out, as_json) -> None:
    """Học lại mô hình phân loại từ bộ mẫu và những hồ sơ cán bộ đã sửa lĩnh vực, cơ quan chủ trì; ghi tệp
    trọng số cạnh các quy tắc. Mô hình chỉ là một căn cứ cộng thêm: quy tắc vẫn quyết định."""
    from hopthu.casework.learning import LearnError, corrected_cases, read_labelled, train
    from hopthu.cli.common import _journal, learned_path
    from hopthu.core.rules.learned import LearnedModel

    config = _config(ctx)
    s = config.settings
    base_path = Path(base) if base else Path(__file__).resolve().parents[3] / "tests" / "eval" / "routing" / "tuning.jsonl"
    examples = read_labelled(base_path) if base_path.is_file() else []
    fixed = []
    if (config.state_dir / "journal.sqlite3").exists():
        journal = _journal(config)
        try:
            fixed = corrected_cases(journal, config.tz, since=since)
        finally:
            journal.close()
    target = Path(out) if out else learned_path(config)
    trained_on = (f"{base_path.name} ({len(examples)} mục)" if examples else "") + \
        (f"{' + ' if examples else ''}{len(fixed)} hồ sơ đã sửa" if fixed else "")
    try:
        text = train([*examples, *fixed], trained_on=trained_on)
    except LearnError as exc:
        _fail(str(exc))
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(target)  # the running daemon reloads the rules with the new weights at its next cycle
    features, labels = LearnedModel(lambda: text).size
    weight = s.routing.learned_weight
    if as_json:
        click.echo(json.dumps({"file": str(target), "examples": len(examples), "corrected_cases": len(fixed),
                               "features": features, "labels": labels, "learned_weight": weight,
                               "bytes": len(text.encode("utf-8"))}, ensure_ascii=False))
        return
    if not examples:
        click.echo(f"Lưu ý: không thấy bộ mẫu {base_path}; chỉ học từ các hồ sơ đã sửa (chỉ ra bộ mẫu bằng --base).")
    click.echo(f"Đã học từ {trained_on}: {features} đặc trưng, {labels} nhãn (lĩnh vực, cơ quan); ghi {target}.")
    if weight > 0:
        click.echo(f"Mô hình được cân cùng các quy tắc với trọng số {weight:g} (routing.learned_weight); "
                   "xem đóng góp của nó bằng hopthu rules test.")
    else:
        click.echo("Mô hình chưa được dùng: routing.learned_weight đang là 0.")
