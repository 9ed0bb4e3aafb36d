"""The Form's links: one base link, and for each poster or shared link the same link with a visible
pre-filled "Nguồn" answer (and a TDP's own name). Pure: configuration in, URLs out.

Google Forms pre-fills a question from `entry.<id>=<answer>` after `usp=pp_url`; it has no hidden
questions, so the citizen sees the source and may change it (the plan wants one link and one QR
design: the design stays one, only the answer differs). `uniform_qr: true` gives the bare link.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

from hopthu.core.textnorm import fold
from hopthu.reports.cases import qr_source
from hopthu.reports.settings import Place, ReportForm, Reports


@dataclass(frozen=True)
class Poster:
    name: str  # the place, as the poster prints it
    slug: str  # for file names
    url: str


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "chung"


def prefilled(form: ReportForm, *, source: str = "", tdp: str = "") -> str:
    if not form.url:
        raise ValueError("reports.form.url is empty: copy the Form's link into hopthu.yaml (docs/google-form.md)")
    if form.uniform_qr:
        return form.url
    params = [(form.source_entry, source), (form.tdp_entry, tdp)]
    params = [(k, v) for k, v in params if k and v]
    if not params:
        return form.url
    sep = "&" if "?" in form.url else "?"
    return form.url + sep + "usp=pp_url&" + "&".join(f"{k}={quote(v, safe='')}" for k, v in params)


def posters(reports: Reports) -> list[Poster]:
    """One poster per place (TDPs, then the other places); a single common one with `uniform_qr`."""
    form = reports.form
    if form.uniform_qr:
        return [Poster("Hòm thư số", "chung", prefilled(form))]
    return [Poster(p.name, slug(p.name), prefilled(form, source=qr_source(p.name), tdp=p.tdp))
            for p in reports.places.all()]


def shared_links(reports: Reports) -> list[tuple[str, str]]:
    """(where, link) for the website, fanpage and Zalo groups: each its own "Nguồn" answer, no TDP."""
    return [(name, prefilled(reports.form, source=name)) for name in reports.places.links]


__all__ = ["Place", "Poster", "posters", "prefilled", "shared_links", "slug"]
