"""The small shared printing kit (ReportLab): the embedded CJK font, A4 pages, a title, tables
whose header rows repeat on every page, and "第 N 页 共 M 页" page numbers.

Every document the office prints (contact sheet, notices, certificates, result lists) builds a
"story" of flowables with ``title``/``table``/``para`` and hands it to ``build``. The font is
registered once per process and embedded (as a subset) in every PDF, so a file prints the same on
a PC without Chinese fonts.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from haihe_desk.errors import UnreadableInput
from haihe_desk.i18n import translate
from haihe_desk.paths import CJK_FONT

FONT = "WQYMicroHei"
MARGIN = 15 * mm
HEADER_GREY = colors.HexColor("#E6E6E6")
ZEBRA = colors.HexColor("#F6F6F6")
GRID = colors.HexColor("#808080")

_lock = threading.Lock()
_registered = False


def register_fonts() -> str:
    """Register the shipped WenQuanYi Micro Hei once (thread-safe); returns the font name.
    ReportLab embeds TrueType fonts as subsets, so every PDF carries the glyphs it uses."""
    global _registered
    with _lock:
        if not _registered:
            pdfmetrics.registerFont(TTFont(FONT, str(CJK_FONT)))
            pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT, italic=FONT, boldItalic=FONT)
            _registered = True
    return FONT


def styles() -> dict[str, ParagraphStyle]:
    """Paragraph styles in the CJK font; ``wordWrap="CJK"`` lets Chinese wrap between any two
    characters."""
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=10.5, leading=14, wordWrap="CJK")
    return {
        "body": base,
        "title": ParagraphStyle("title", parent=base, fontSize=18, leading=24, alignment=TA_CENTER, spaceAfter=4),
        "subtitle": ParagraphStyle(
            "subtitle",
            parent=base,
            fontSize=10,
            leading=14,
            alignment=TA_CENTER,
            textColor=colors.HexColor("#404040"),
            spaceAfter=8,
        ),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9.5, leading=12.5),
        "head": ParagraphStyle("head", parent=base, fontSize=9.5, leading=12.5, alignment=TA_CENTER),
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10),
    }


def para(text: str, style: str | ParagraphStyle = "body") -> Paragraph:
    """A paragraph of plain text (escaped; line breaks kept)."""
    st = styles()[style] if isinstance(style, str) else style
    return Paragraph(escape(text).replace("\n", "<br/>"), st)


def title(text: str, subtitle: str = "") -> list[Flowable]:
    out: list[Flowable] = [para(text, "title")]
    if subtitle:
        out.append(para(subtitle, "subtitle"))
    else:
        out.append(Spacer(1, 4 * mm))
    return out


def table(
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    col_widths: Sequence[float] | None = None,
    *,
    header_rows: int = 1,
    zebra: bool = True,
    wide: bool = False,
    extra_style: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A gridded table; ``header`` (one row) repeats at the top of every page. Cells that are
    strings become wrapping paragraphs; flowables are used as they are. ``col_widths`` may be
    fractions of the frame width (all <= 1; ``wide`` for a landscape page) or points."""
    st = styles()

    def cell(value: Any, style: ParagraphStyle) -> Any:
        if isinstance(value, Flowable):
            return value
        return Paragraph(escape("" if value is None else str(value)).replace("\n", "<br/>"), style)

    data = [[cell(h, st["head"]) for h in header]] + [[cell(v, st["cell"]) for v in r] for r in rows]
    widths = None
    if col_widths is not None:
        frame = frame_width(wide)
        widths = [w * frame if w <= 1 else w for w in col_widths]
    t = Table(data, colWidths=widths, repeatRows=header_rows, hAlign="CENTER")
    cmds: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_GREY),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if zebra:
        cmds.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, ZEBRA]))
    t.setStyle(TableStyle(cmds + list(extra_style)))
    return t


def frame_width(wide: bool = False) -> float:
    """Usable width of an A4 page (portrait, or landscape when ``wide``) inside the margins."""
    return (A4[1] if wide else A4[0]) - 2 * MARGIN


def page_label(page: int, total: int) -> str:
    return translate("Pdf", "第 {n} 页 共 {m} 页").format(n=page, m=total)


def _numbered_canvas(footer_left: str) -> type[Canvas]:
    """A canvas that holds pages back until the end so each can say how many there are."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any):
            if not kwargs.get("initialFontName"):  # else an unembedded Helvetica is declared
                kwargs["initialFontName"] = FONT
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                Canvas.showPage(self)
            Canvas.save(self)

        def _footer(self, total: int) -> None:
            width, _height = self._pagesize
            self.setFont(FONT, 8.5)
            self.setFillColor(colors.HexColor("#404040"))
            self.drawCentredString(width / 2, 9 * mm, page_label(self._pageNumber, total))
            if footer_left:
                self.drawString(MARGIN, 9 * mm, footer_left)

    return NumberedCanvas


@dataclass
class BuildResult:
    path: Path
    pages: int


def build(
    path: str | Path,
    story: list[Flowable],
    *,
    doc_title: str = "",
    author: str = "",
    wide: bool = False,
    footer_left: str = "",
    on_page: Callable[[Canvas, Any], None] | None = None,
) -> BuildResult:
    """Lay out ``story`` on A4 (``wide``: landscape) with page numbers and write ``path``."""
    register_fonts()
    target = Path(path)
    size = landscape(A4) if wide else A4
    doc = SimpleDocTemplate(
        str(target),
        pagesize=size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 6 * mm,
        initialFontName=FONT,
        title=doc_title,
        author=author,
        creator="Haihe Desk",
    )
    pages: list[int] = []

    def count(canvas: Canvas, d: Any) -> None:
        pages.append(canvas.getPageNumber())
        if on_page is not None:
            on_page(canvas, d)

    try:
        doc.build(story, onFirstPage=count, onLaterPages=count, canvasmaker=_numbered_canvas(footer_left))
    except OSError as exc:
        raise UnreadableInput(
            translate("Pdf", "无法写入文件 {path}：{err}；请关闭正在打开它的程序或换一个位置保存。").format(
                path=target, err=exc.strerror or exc
            )
        ) from None
    return BuildResult(target, len(pages))


def printed_on(when: datetime | None = None) -> str:
    when = when or datetime.now()
    return translate("Pdf", "打印时间：{t}").format(t=when.strftime("%Y-%m-%d %H:%M"))
