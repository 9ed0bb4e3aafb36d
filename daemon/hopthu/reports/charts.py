"""Charts as PNG images (matplotlib, Agg backend): counts by category, the monthly trend, channels.

Imported by the rendering worker only. Labels in Vietnamese with the shipped Liberation Sans.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")
from matplotlib import font_manager
from matplotlib import pyplot as plt

from hopthu.reports.fonts import SANS

for _path in SANS.values():
    font_manager.fontManager.addfont(str(_path))
plt.rcParams.update({"font.family": "Liberation Sans", "font.size": 11, "axes.spines.top": False,
                     "axes.spines.right": False, "svg.fonttype": "none"})

BLUE, RED, GREY = "#1f5fa8", "#c62828", "#9e9e9e"


def _wrap(text: str, width: int = 28) -> str:
    words, lines, line = text.split(), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    return "\n".join(lines)


def bars(pairs: list[tuple[str, int]], title: str, path: Path, *, color: str = BLUE,
         size: tuple[float, float] = (8, 4.5), dpi: int = 110) -> Path:
    """Horizontal bars, largest on top, each with its number."""
    labels = [_wrap(str(k)) for k, _ in pairs][::-1]
    values = [int(v) for _, v in pairs][::-1]
    fig, ax = plt.subplots(figsize=size, dpi=dpi)
    if values:
        drawn = ax.barh(labels, values, color=color)
        ax.bar_label(drawn, padding=3)
        ax.set_xlim(0, max(values) * 1.15 + 0.5)
    else:
        ax.text(0.5, 0.5, "Chưa có ý kiến", ha="center", va="center", transform=ax.transAxes)
        ax.set_yticks([])
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_title(title, loc="left", fontweight="bold")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return path


def trend(points: list[dict], title: str, path: Path, *, size: tuple[float, float] = (8, 3.8), dpi: int = 110) -> Path:
    """Items received (bars) and answered (line) per month."""
    months = [p["month"] for p in points]
    fig, ax = plt.subplots(figsize=size, dpi=dpi)
    drawn = ax.bar(months, [p["received"] for p in points], color=BLUE, label="Ý kiến tiếp nhận")
    ax.bar_label(drawn, padding=2)
    ax.plot(months, [p["answered"] for p in points], color=RED, marker="o", linewidth=2, label="Ý kiến đã trả lời")
    ax.yaxis.get_major_locator().set_params(integer=True)
    top = max([p["received"] for p in points] + [p["answered"] for p in points] + [1])
    ax.set_ylim(0, top * 1.2 + 0.5)
    ax.legend(loc="upper left", frameon=False)
    ax.set_title(title, loc="left", fontweight="bold")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return path
