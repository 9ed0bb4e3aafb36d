"""Throughput of the whole pipeline on a full inbox, against bare mail-parser on the same corpus.

Run: ``.venv/bin/python bench/throughput.py [--messages 5000] [--batch 100] [--sync FULL] [--compare]``

Starts a private Dovecot and an aiosmtpd sink (tests/mailservers.py), generates N varied emails from
examples/ (bench/_mailbench.py), drops them into the inbox (a backlog: hopthu was down), then times,
in one process:

* bare parse: ``mailparser.parse_from_bytes`` over the same corpus (the floor of the pipeline's cost), and
  hopthu's parse step (``parse_email``) over the same bytes, as a ratio to it (the two interleaved letter by
  letter, three times over the corpus, so both meet the same load);
* intake: the cycle's ``collect`` — IMAP UID SEARCH/FETCH, raw copy, journal, MOVE to "Đã tiếp nhận";
* cases: ``process_pending`` — parse, loop/flood checks, rules, case + acknowledgement + routed email
  queued, one transaction per case;
* pipeline = intake + cases: messages/s, and its ratio to the bare parse rate (target ≥ 50 %);
* delivery (SMTP to the sink, two emails per case) and the register (XLSX) are timed apart; the pipeline
  with delivery is given as a ratio to the bare parse too.

``--batch`` is how many intakes share one journal transaction before their MOVE (collect.RECORD_BATCH),
``--sync`` the journal's PRAGMA synchronous; ``--compare`` first runs the previous ``collect`` (one
transaction per intake, one MOVE of everything at the end), then the current one; ``--stdlib-fold``
serialises outgoing mail with the standard library's header folder (``as_bytes(policy=SMTP)``) instead of
``mailbytes.message_bytes``, to see what that costs; ``--stages`` times the steps of making a case
(parse, rules, redaction, composing emails, journal) and prints milliseconds per message for each
(the timers add a little to the total). Prints figures, asserts nothing.
"""

from __future__ import annotations

import argparse
import gc
import logging
import tempfile
import time
from collections import Counter
from datetime import datetime
from pathlib import Path

import _mailbench

ms = _mailbench.load_mailservers()

from hopthu.config import load_config
from hopthu.pipeline import collect, cycle, incoming
from hopthu.pipeline import summary as summaries
from hopthu.wiring import build_app


def parse_rates(corpus: list[bytes], rounds: int = 3) -> tuple[float, float, float]:
    """(bare mail-parser, hopthu's parse step) in msg/s on the same bytes, and the ratio of their CPU time:
    each letter parsed by one then the other, `rounds` times over the corpus, so both meet the same load on a
    shared machine (timed one after the other, a neighbour's burst lands on one of them and the ratio swings
    by a third; CPU time leaves out the waits for a core altogether)."""
    import mailparser

    from hopthu.core.parsing import parse_email

    parse_email(corpus[0])  # imports done and mail-parser's logger quietened before the clock starts
    bare = ours = bare_cpu = ours_cpu = 0.0
    clock, cpu = time.perf_counter, time.process_time
    gc.collect()
    for _ in range(rounds):
        for raw in corpus:
            t0, c0 = clock(), cpu()
            mailparser.parse_from_bytes(raw)
            t1, c1 = clock(), cpu()
            parse_email(raw)
            t2, c2 = clock(), cpu()
            bare += t1 - t0
            ours += t2 - t1
            bare_cpu += c1 - c0
            ours_cpu += c2 - c1
    n = rounds * len(corpus)
    return n / bare, n / ours, ours_cpu / bare_cpu


def previous_collect(app, summary) -> int:
    """`collect.collect` before batching: one journal transaction (one fsync) per intake."""
    count = 0
    for source in app.sources:
        known = app.journal.known_sources(source.known_prefix())
        taken = []
        for item in source.poll(known):
            payload = {"row": item.row, "ack": item.ack} if item.row or not item.ack else {}
            if app.journal.record_intake(item.source_id, item.channel, item.fingerprint, item.raw, payload):
                count += 1
            taken.append(item)
        if taken:
            source.acknowledge(taken)
    return count


def pipeline(corpus: list[bytes], *, batch: int, sync: str, previous: bool = False) -> dict[str, float]:
    from zoneinfo import ZoneInfo

    d = ms.Dovecot()
    d.start()
    sink = ms.SmtpSink().start()
    base = Path(tempfile.mkdtemp(prefix="hopthu-bench-"))
    try:
        for raw in corpus:
            d.deliver(raw)
        with d.client() as c:  # let Dovecot index the new mail before the clock starts
            c.select_folder("INBOX")
        ward = _mailbench.write_ward(base / "ward", d, sink)
        def clock() -> datetime:
            return datetime(2026, 11, 23, 6, 30, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))  # no reminders

        app = build_app(load_config(ward), clock=clock)
        app.journal._db.execute(f"PRAGMA synchronous={sync}")
        collect.RECORD_BATCH = batch
        summary = summaries.Summary()
        gc.collect()
        c0, t0 = time.process_time(), time.perf_counter()
        collected = (previous_collect if previous else collect.collect)(app, summary)
        c1, t1 = time.process_time(), time.perf_counter()
        incoming.process_pending(app, summary)
        c2, t2 = time.process_time(), time.perf_counter()
        report = app.outbox.deliver(app.now())
        t3 = time.perf_counter()
        cycle.sync_register(app, summary)
        t4 = time.perf_counter()
        cases = len(summary.new_cases)
        assert collected == len(corpus) and not summary.errors, (collected, summary.errors[:3])
        left = len(d.messages())
        app.close()
        return {
            "n": len(corpus), "cases": cases, "quarantined": len(summary.quarantined), "left_in_inbox": left,
            "intake_s": t1 - t0, "cases_s": t2 - t1, "pipeline_s": t2 - t0,
            "intake_cpu": c1 - c0, "cases_cpu": c2 - c1,
            "emails": report.sent, "delivery_s": t3 - t2, "register_s": t4 - t3,
        }
    finally:
        sink.stop()
        d.close()


STAGES: Counter = Counter()


def time_stages() -> None:
    """Wrap the steps of `incoming.process_pending` in timers (``--stages``)."""
    import functools

    from hopthu import casework, journal
    from hopthu.casework import opening
    from hopthu.core.rules import engine as rules
    from hopthu.pipeline import budget, duplicates

    def timed(owner, name: str, label: str) -> None:
        inner = getattr(owner, name)

        @functools.wraps(inner)
        def wrapper(*args, **kwargs):
            t = time.perf_counter()
            try:
                return inner(*args, **kwargs)
            finally:
                STAGES[label] += time.perf_counter() - t

        setattr(owner, name, wrapper)

    # The letter's parse, submission and the pure work of its case (redaction, cues) run in the worker
    # process, the next letter's while this one's case is made: timed here is the wait for its answer
    # (wrapping `parse_email` itself would send the wrapper, which does not pickle, to the worker).
    timed(budget.Ticket, "result", "waiting for the worker (parse, submission, work ahead)")
    timed(incoming, "_flooding", "flood check (journal)")
    timed(casework, "classify", "classification (rules + spam/abuse cues)")
    timed(rules.RuleSet, "classify", "  of which rules")
    timed(opening, "assess", "  of which spam/abuse cues")
    timed(duplicates.Recent, "likeness", "duplicates (incl. its redaction)")
    timed(duplicates, "redact", "  of which redaction")
    timed(opening, "redact", "redaction (summary, subject)")
    timed(casework.letters, "compose", "composing emails (render, headers, bytes)")  # routing, alerts
    timed(opening, "compose", "composing emails (render, headers, bytes)")  # acknowledgements
    timed(journal.Journal, "create_case", "case transaction (incl. composing and redaction)")


def show_stages(n: int) -> None:
    print("\n  where a case's time goes (ms per message, --stages):")
    for label, seconds in STAGES.most_common():
        print(f"    {label:48s} {1000 * seconds / n:6.2f}")


def show(label: str, r: dict[str, float], parse_rate: float) -> None:
    n = r["n"]
    rate = n / r["pipeline_s"]
    print(f"\n{label}")
    print(f"  intake  (IMAP fetch, journal, MOVE):    {r['intake_s']:7.2f} s  {n / r['intake_s']:8.0f} msg/s")
    print(f"  cases   (parse, rules, case + emails):  {r['cases_s']:7.2f} s  {n / r['cases_s']:8.0f} msg/s")
    print(f"  pipeline (intake + cases):              {r['pipeline_s']:7.2f} s  {rate:8.0f} msg/s"
          f"  = {100 * rate / parse_rate:.0f} % of bare parse (target ≥ 50 %)")
    print(f"  delivery (SMTP, {r['emails']} emails):          {r['delivery_s']:7.2f} s  "
          f"{r['emails'] / r['delivery_s']:8.0f} emails/s")
    whole = n / (r["pipeline_s"] + r["delivery_s"])
    print(f"  pipeline + delivery (to aiosmtpd):      {r['pipeline_s'] + r['delivery_s']:7.2f} s  {whole:8.0f} msg/s"
          f"  = {100 * whole / parse_rate:.0f} % of bare parse")
    print(f"  register (XLSX, {r['cases']} rows):           {r['register_s']:7.2f} s")
    print(f"  CPU of the daemon's process per message: intake {1000 * r['intake_cpu'] / n:.2f} ms, cases "
          f"{1000 * r['cases_cpu'] / n:.2f} ms (the letters' worker not counted; on a loaded machine the wall "
          f"clock above is mostly waiting for a core)")
    print(f"  → {r['cases']} cases, {r['quarantined']} quarantined, {r['left_in_inbox']} left in the inbox")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--messages", type=int, default=5000)
    ap.add_argument("--batch", type=int, default=collect.RECORD_BATCH)
    ap.add_argument("--sync", default="FULL", choices=["FULL", "NORMAL"])
    ap.add_argument("--compare", action="store_true", help="also run with one transaction per intake (batch 1)")
    ap.add_argument("--stdlib-fold", action="store_true", help="outgoing headers folded by the standard library")
    ap.add_argument("--stages", action="store_true", help="time each step of making a case")
    args = ap.parse_args()
    if args.stdlib_fold:
        import email.policy

        from hopthu.outbox import queue as outbox

        outbox.message_bytes = lambda msg: msg.as_bytes(policy=email.policy.SMTP)
    logging.basicConfig(level=logging.ERROR)

    t = time.perf_counter()
    corpus = _mailbench.corpus(args.messages)
    print(f"corpus: {len(corpus)} emails, {sum(map(len, corpus)) / len(corpus) / 1024:.1f} KB average "
          f"(generated in {time.perf_counter() - t:.1f} s)")
    parse_rate, ours, cpu_ratio = parse_rates(corpus)
    print(f"bare mailparser.parse_from_bytes: {parse_rate:.0f} msg/s = {1000 / parse_rate:.2f} ms per message")
    print(f"hopthu's parse step (parse_email):  {ours:.0f} msg/s = {1000 / ours:.2f} ms per message "
          f"= {parse_rate / ours:.2f}× bare mail-parser (target ≤ 1.3×; the two interleaved letter by letter), "
          f"{cpu_ratio:.2f}× in CPU time")
    if args.compare:
        result = pipeline(corpus, batch=1, sync=args.sync, previous=True)
        show(f"before: one journal transaction per intake, synchronous={args.sync}:", result, parse_rate)
    if args.stages:
        time_stages()
    result = pipeline(corpus, batch=args.batch, sync=args.sync)
    fold = ", stdlib header folding" if args.stdlib_fold else ""
    show(f"now: {args.batch} intakes per journal transaction, synchronous={args.sync}{fold}:", result, parse_rate)
    if args.stages:
        show_stages(result["n"])


if __name__ == "__main__":
    main()
