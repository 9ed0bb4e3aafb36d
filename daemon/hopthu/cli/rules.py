"""`hopthu rules`: which rule decides an item and why, and the rules in the order they are tried."""

from __future__ import annotations

import json
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
    from hopthu.wiring import load_rules

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


@rules.command("list")
@click.pass_context
def rules_list(ctx) -> None:
    """Liệt kê quy tắc theo thứ tự áp dụng."""
    from hopthu.core.rules.engine import RulesError
    from hopthu.wiring import load_rules

    config = _config(ctx)
    try:
        ruleset = load_rules(config)
    except RulesError as exc:
        _fail(exc.problems)
    rows = []
    for i, rule in enumerate(ruleset.rules, start=1):
        rows.append([i, getattr(rule, "name", ""), getattr(rule, "source", ""), getattr(rule, "description", "")])
    click.echo(table(["#", "Tên", "Tệp", "Mô tả"], rows))


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
