"""Probe: would underthesea's Vietnamese NER help the name redactor, and what would it cost?

Measures underthesea (its default CRF ``ner``, not ``deep=True``, which needs transformers/torch and
a model download) against hopthu's rule redactor on ``tests/eval/privacy/tuning.jsonl`` only (the
held-out parts are never read here). Nothing in the daemon uses underthesea; this is a measurement.

Run (underthesea lives in a separate venv so the project's venv stays clean)::

    python3 -m venv /tmp/ut-venv && /tmp/ut-venv/bin/pip install underthesea
    PYTHONPATH=daemon /tmp/ut-venv/bin/python bench/ner_probe.py

It prints:
1. memory of a fresh interpreter (a worker subprocess): VmRSS from /proc/self/status before and after
   ``import underthesea``, after the first NER call and after NER on every tuning item; VmHWM (peak);
   the model files a fresh import + first call opens and whether it connects anywhere (under strace);
   the wall time of a short-lived subprocess per letter (start, import, one NER call, exit);
2. NER time per item (``subject + "\\n" + text``, one ``ner()`` call each): median and p95;
3. recall of the labelled ``name`` strings (GUIDE.md: private people other than the submitter's
   self-introduction and signature): (a) the redactor alone (a name leaks if it still occurs exactly
   in ``redact(subject + "\\n" + text)``), (b) underthesea's PER entities alone (found if some PER
   span covers an occurrence of it; also the stricter "every occurrence covered", which is what
   masking by NER would need), (c) the union (redactor removed it, or NER found it); overall and for
   texts without diacritics (< 5 % of letters marked) vs with; the same for the self-introduction
   and signature names as a side line; and, as a sensitivity check, NER run per sentence
   (``sent_tokenize`` on each line) instead of once per item;
4. a precision proxy for NER: PER entities that overlap no labelled personal string of the item
   (officials in their role, streets named after people, organisations, ...), with 10 examples.
"""

from __future__ import annotations

import collections
import importlib.util
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TUNING = ROOT / "tests" / "eval" / "privacy" / "tuning.jsonl"
NAME_KINDS = ("name", "self_intro_name", "signature_name")
PER_LETTER_RUNS = 5


def _status(field: str) -> float:
    """A /proc/self/status field (kB) in MB (decimal)."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024 / 1e6
    raise KeyError(field)


def _load_tuning() -> list[dict]:
    with TUNING.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _fold(ch: str) -> str:
    if ch in "đĐ":
        return "d"
    return unicodedata.normalize("NFD", ch)[0].lower()


def _align(text: str, tokens: list[str]) -> tuple[list[tuple[int, int]], int]:
    """Character spans of underthesea's tokens in the original text.

    underthesea drops whitespace and normalises some spellings ("Khoẻ" → "Khỏe"), so tokens are laid
    over the text's non-space characters, compared folded (no diacritics, lower case); a token that
    does not fit there is searched forward. Returns the spans and how many tokens could not be placed.
    """
    pos = [i for i, ch in enumerate(text) if not ch.isspace()]
    dense = "".join(_fold(text[i]) for i in pos)
    spans: list[tuple[int, int]] = []
    cursor = 0
    lost = 0
    for tok in tokens:
        t = "".join(_fold(ch) for ch in tok if not ch.isspace())
        if not t:
            spans.append((-1, -1))
            continue
        if dense.startswith(t, cursor):
            start = cursor
        else:
            start = dense.find(t, cursor)
            if start < 0:
                lost += 1
                spans.append((-1, -1))
                continue
        end = start + len(t)
        spans.append((pos[start], pos[end - 1] + 1))
        cursor = end
    return spans, lost


def _per_spans(text: str, tagged: list[tuple]) -> tuple[list[tuple[int, int]], int]:
    """PER entity spans (B-PER followed by I-PER tokens) as character offsets in ``text``."""
    spans, lost = _align(text, [t[0] for t in tagged])
    entities: list[tuple[int, int]] = []
    current: list[int] | None = None
    for (start, end), tag in zip(spans, [t[-1] for t in tagged]):
        if tag == "I-PER" and current is not None and start >= 0:
            current[1] = end
            continue
        if current is not None:
            entities.append((current[0], current[1]))
            current = None
        if tag in ("B-PER", "I-PER") and start >= 0:
            current = [start, end]
    if current is not None:
        entities.append((current[0], current[1]))
    return entities, lost


def _sentence_spans(text: str, lines: list) -> tuple[list[tuple[int, int]], int]:
    """PER spans of the per-sentence run: each line's tokens laid over that line, then offset."""
    spans: list[tuple[int, int]] = []
    lost = 0
    for m, (start, toks) in zip(re.finditer(r"[^\n]+", text), lines):
        assert m.start() == start
        line_spans, line_lost = _per_spans(m.group(), toks)
        spans += [(start + a, start + b) for a, b in line_spans]
        lost += line_lost
    return spans, lost


def _letter(item: dict) -> str:
    return item["subject"] + "\n" + item["text"]


def _timed(fn, *args, **kwargs):
    """``fn(*args, **kwargs)``'s value and its wall time in seconds."""
    t0 = time.perf_counter()
    value = fn(*args, **kwargs)
    return value, time.perf_counter() - t0


def worker() -> None:
    """Fresh interpreter: memory checkpoints, NER on every tuning item, files opened, network tried."""
    rss = {"start": _status("VmRSS")}
    underthesea, import_s = _timed(importlib.import_module, "underthesea")
    ner = underthesea.ner
    rss["after import underthesea"] = _status("VmRSS")
    items = _load_tuning()
    first_s = _timed(ner, "Chị Lan ở phố Trần Phú.")[1]
    rss["after first NER call"] = _status("VmRSS")
    out = []
    times = []
    for item in items:
        tagged, seconds = _timed(ner, _letter(item))
        times.append(seconds)
        out.append({"id": item["id"], "tagged": [list(t) for t in tagged]})
    rss["after NER on all tuning items"] = _status("VmRSS")
    hwm = _status("VmHWM")
    # Sensitivity: the same items split into lines, each line into sentences (underthesea's sent_tokenize)
    from underthesea import sent_tokenize

    sent_times = []
    def by_sentence(text: str) -> list:
        return [[m.start(), [list(t) for sent in sent_tokenize(m.group()) for t in ner(sent)]]
                for m in re.finditer(r"[^\n]+", text)]

    for item, rec in zip(items, out):
        rec["lines"], seconds = _timed(by_sentence, _letter(item))
        sent_times.append(seconds)
    json.dump(
        {
            "version": underthesea.__version__,
            "rss": rss,
            "hwm": hwm,
            "hwm_sent": _status("VmHWM"),
            "import_s": import_s,
            "first_s": first_s,
            "times": times,
            "sent_times": sent_times,
            "items": out,
        },
        sys.stdout,
        ensure_ascii=False,
    )


def _trace() -> tuple[list[tuple[str, int]], list[str]] | None:
    """Under strace: the files a fresh import + first ner() opens inside underthesea, and any socket use."""
    if not shutil.which("strace"):
        return None
    with tempfile.TemporaryDirectory() as tmp:
        log = Path(tmp) / "strace.log"
        code = "from underthesea import ner; ner('Chị Lan ở phố Trần Phú.')"
        subprocess.run(
            [
                "strace",
                "-f",
                "-qq",
                "-e",
                "trace=openat,socket,connect,bind",
                "-o",
                str(log),
                sys.executable,
                "-c",
                code,
            ],
            check=True,
        )
        lines = log.read_text().splitlines()
    pkg = os.path.realpath(importlib.util.find_spec("underthesea").submodule_search_locations[0])
    files = set()
    for line in lines:
        m = re.search(r'openat\([^"]*"([^"]+)"', line)
        if m and os.path.realpath(m.group(1)).startswith(pkg + "/") and "= -1" not in line:
            path = os.path.realpath(m.group(1))
            if not path.endswith((".py", ".pyc")) and os.path.isfile(path):
                files.add(path)
    sockets = [line for line in lines if re.search(r"\b(socket|connect|bind)\(", line) and "AF_UNIX" not in line]
    return sorted((str(Path(p).relative_to(pkg)), os.path.getsize(p)) for p in files), sockets


def _per_letter_cost(text: str) -> list[float]:
    """Wall time of a subprocess per letter: start the interpreter, import, one ner() call, exit."""
    code = "import sys; from underthesea import ner; ner(sys.stdin.read())"
    return [_timed(subprocess.run, [sys.executable, "-c", code], input=text, text=True, check=True)[1]
            for _ in range(PER_LETTER_RUNS)]


def _no_diacritics(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    marked = sum(1 for ch in letters if ch in "đĐ" or len(unicodedata.normalize("NFD", ch)) > 1)
    return not letters or marked / len(letters) < 0.05


def _pct(a: int, b: int) -> str:
    return f"{a}/{b} ({100 * a / b:.1f} %)" if b else "0/0"


def _p95(xs: list[float]) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(0.95 * (len(xs) - 1)))]


def main() -> None:
    from hopthu.core.redact import redact
    from privacy_eval import occurrences  # imports hopthu, which the worker's interpreter need not have

    items = _load_tuning()
    proc = subprocess.run(
        [sys.executable, __file__, "--worker"], capture_output=True, text=True, check=True, env=os.environ
    )
    w = json.loads(proc.stdout)
    tagged = {x["id"]: x["tagged"] for x in w["items"]}
    by_sentence = {x["id"]: x["lines"] for x in w["items"]}

    print(f"underthesea {w['version']} (default CRF ner), tuning part: {len(items)} items")
    print("\n== 1. Memory (fresh interpreter, VmRSS from /proc/self/status, MB decimal)")
    for label, mb in w["rss"].items():
        print(f"  {label:<32} {mb:6.1f} MB")
    print(f"  {'peak (VmHWM)':<32} {w['hwm']:6.1f} MB   ({w['hwm_sent']:.1f} MB after the per-sentence run of 3)")
    print(f"  import underthesea {w['import_s']:.2f} s; first NER call (loads the models) {w['first_s']:.2f} s")
    traced = _trace()
    if traced is None:
        print("  (strace not found: model files and network not traced)")
    else:
        models, sockets = traced
        total = sum(size for _, size in models)
        print(f"  files opened inside the package by import + first ner() (strace; {total / 1e6:.1f} MB on disk):")
        for path, size in models:
            print(f"    {path}  {size / 1e6:.2f} MB")
        connects = [line for line in sockets if "connect(" in line]
        print(f"  network during import + first ner(): connect() to a non-Unix address: {len(connects) or 'none'}")
        for line in sockets[:6]:
            print(f"    {line.split(None, 1)[1]}")
    sample = next(it for it in items if len(it["text"]) > 400)
    runs = _per_letter_cost(sample["subject"] + "\n" + sample["text"])
    print(
        f"  subprocess per letter (start, import, one ner(), exit; {len(sample['text'])}-char text, "
        f"{PER_LETTER_RUNS} runs): median {statistics.median(runs):.2f} s, max {max(runs):.2f} s"
    )

    times = w["times"]
    print("\n== 2. Speed (one ner() per item on subject + '\\n' + text, 2 cores)")
    print(
        f"  NER per item: median {1000 * statistics.median(times):.0f} ms, p95 {1000 * _p95(times):.0f} ms, "
        f"max {1000 * max(times):.0f} ms, total {sum(times):.1f} s"
    )

    # 3. recall; 4. precision proxy
    # (kinds, group) -> [total, redactor, ner_some, ner_all, union_some, union_all]
    counts: dict[tuple[str, str], list[int]] = {}
    recovered: list[str] = []
    fps: list[tuple[str, str, bool]] = []
    n_per = 0
    # per-sentence run: group -> [names, found, union]; PER entities; not personal
    sent_counts: dict[str, list[int]] = {}
    sent_per = sent_fp = 0
    lost_tokens = 0
    red_times = []
    for item in items:
        text = _letter(item)
        out, seconds = _timed(redact, text)
        red_times.append(seconds)
        spans, lost = _per_spans(text, tagged[item["id"]])
        lost_tokens += lost
        n_per += len(spans)
        group = "without diacritics" if _no_diacritics(text) else "with diacritics"
        seen: set[tuple[str, str]] = set()
        for p in item["personal"]:
            if p["kind"] not in NAME_KINDS or (p["s"], p["kind"]) in seen:
                continue
            seen.add((p["s"], p["kind"]))
            occ = occurrences(text, p["s"])
            covered = [any(a <= s and e <= b for a, b in spans) for s, e in occ]
            removed = p["s"] not in out
            some, every = any(covered), bool(occ) and all(covered)
            kinds = "name" if p["kind"] == "name" else "self-intro + signature"
            for g in ("all", group):
                c = counts.setdefault((kinds, g), [0] * 6)
                for i, hit in enumerate((True, removed, some, every, removed or some, removed or every)):
                    c[i] += hit
            if kinds == "name" and not removed and some:
                recovered.append(f"{item['id']}: {p['s']}")
        personal_occ = [o for p in item["personal"] for o in occurrences(text, p["s"])]
        s_spans, lost = _sentence_spans(text, by_sentence[item["id"]])
        lost_tokens += lost
        sent_per += len(s_spans)
        sent_fp += sum(1 for a, b in s_spans if not any(s < b and a < e for s, e in personal_occ))
        for p in {p["s"] for p in item["personal"] if p["kind"] == "name"}:
            found = any(a <= s and e <= b for s, e in occurrences(text, p) for a, b in s_spans)
            for g in ("all", group):
                c = sent_counts.setdefault(g, [0, 0, 0])
                c[0] += 1
                c[1] += found
                c[2] += found or p not in out
        keep_occ = [o for k in item["keep"] for o in occurrences(text, k)]
        for a, b in spans:
            if not any(s < b and a < e for s, e in personal_occ):
                fps.append((item["id"], text[a:b], any(s <= a and b <= e for s, e in keep_occ)))

    print(
        f"\n== 3. Recall of labelled names (redactor: redact(subject + '\\n' + text), no names given; "
        f"redactor time per item median {1000 * statistics.median(red_times):.1f} ms)"
    )
    print(f"  NER tokens that could not be placed back in the text: {lost_tokens}")
    for kinds in ("name", "self-intro + signature"):
        for g in ("all", "with diacritics", "without diacritics"):
            total_, red, some, every, u_some, u_all = counts.get((kinds, g), [0] * 6)
            print(f"  {kinds} — {g}: {total_} strings")
            print(f"    (a) redactor alone          {_pct(red, total_)}")
            print(
                f"    (b) NER PER alone           {_pct(some, total_)}   every occurrence covered: {_pct(every, total_)}"
            )
            print(f"    (c) union                   {_pct(u_some, total_)}   every occurrence: {_pct(u_all, total_)}")
    print(f"  names the redactor leaked and NER found ({len(recovered)}): {'; '.join(recovered) or '-'}")
    st = w["sent_times"]
    print(
        "  sensitivity, NER per sentence (each line through sent_tokenize, one ner() per sentence; "
        f"median {1000 * statistics.median(st):.0f} ms, p95 {1000 * _p95(st):.0f} ms per item):"
    )
    for g in ("all", "with diacritics", "without diacritics"):
        n, found, union = sent_counts.get(g, [0, 0, 0])
        print(f"    name — {g}: (b) NER {_pct(found, n)}, (c) union {_pct(union, n)}")
    print(f"    PER entities {sent_per}, overlapping no labelled personal string {sent_fp}")

    in_keep = sum(1 for _, _, k in fps if k)
    print("\n== 4. Precision proxy for NER")
    print(
        f"  PER entities: {n_per}; overlapping no labelled personal string: {len(fps)} "
        f"({100 * len(fps) / n_per:.1f} %), of which inside a keep string (officials, streets, places): {in_keep}"
    )
    first: dict[str, tuple[str, bool]] = {}
    for item_id, ent, k in fps:
        first.setdefault(ent, (item_id, k))
    distinct = list(first.items())
    print(f"  {len(distinct)} distinct strings; 10 examples, spread over the set:")
    for ent, (item_id, k) in distinct[:: max(1, len(distinct) // 10)][:10]:
        print(f"    {item_id}: {ent!r}{'  (inside a keep string)' if k else ''}")
    common = collections.Counter(ent for _, ent, _ in fps).most_common(8)
    print("  most frequent: " + ", ".join(f"{ent!r} ×{n}" for ent, n in common))


if __name__ == "__main__":
    if sys.argv[1:] == ["--worker"]:
        worker()
    else:
        main()
