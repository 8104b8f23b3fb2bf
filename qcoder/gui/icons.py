"""Small line icons drawn with QPainter (crisp at any scale, no image files to ship).

``icon(name)`` returns a cached QIcon; names: code-new, code-sub, edit, merge, delete, find,
undo, redo, open, new, import, coder, quick, in-vivo, star, memo, filter.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from qcoder.gui.themes import current as theme

_cache: dict[str, QIcon] = {}


def _ink() -> QColor:
    return QColor(theme().ink)


def _accent() -> QColor:
    return QColor(theme().accent)


def _danger() -> QColor:
    return QColor(theme().error)


Draw = Callable[[QPainter], None]


def _pen(color: QColor | None = None, width: float = 1.6) -> QPen:
    pen = QPen(color if color is not None else _ink(), width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _tag(p: QPainter, x: float, y: float, w: float, h: float, color: QColor | None = None) -> None:
    path = QPainterPath()
    path.moveTo(x, y)
    path.lineTo(x + w - h / 2, y)
    path.lineTo(x + w, y + h / 2)
    path.lineTo(x + w - h / 2, y + h)
    path.lineTo(x, y + h)
    path.closeSubpath()
    p.setPen(_pen(color))
    p.drawPath(path)


def _plus(p: QPainter, cx: float, cy: float, r: float = 3.2) -> None:
    p.setPen(_pen(_accent(), 1.9))
    p.drawLine(QPointF(cx - r, cy), QPointF(cx + r, cy))
    p.drawLine(QPointF(cx, cy - r), QPointF(cx, cy + r))


def _code_new(p: QPainter) -> None:
    _tag(p, 2, 4, 12, 8)
    _plus(p, 16.5, 15.5)


def _code_sub(p: QPainter) -> None:
    _tag(p, 2, 2, 10, 6)
    p.setPen(_pen())
    p.drawLine(QPointF(5, 8), QPointF(5, 14))
    p.drawLine(QPointF(5, 14), QPointF(8, 14))
    _tag(p, 8, 11, 8, 6)
    _plus(p, 17, 5, 2.6)


def _edit(p: QPainter) -> None:
    p.setPen(_pen())
    poly = QPolygonF([QPointF(4, 16), QPointF(5, 12.5), QPointF(14, 3.5), QPointF(16.5, 6), QPointF(7.5, 15)])
    p.drawPolygon(poly)
    p.drawLine(QPointF(12, 5.5), QPointF(14.5, 8))


def _merge(p: QPainter) -> None:
    p.setPen(_pen())
    p.drawLine(QPointF(3, 4), QPointF(9, 10))
    p.drawLine(QPointF(3, 16), QPointF(9, 10))
    p.drawLine(QPointF(9, 10), QPointF(17, 10))
    p.drawLine(QPointF(14, 7), QPointF(17, 10))
    p.drawLine(QPointF(14, 13), QPointF(17, 10))


def _delete(p: QPainter) -> None:
    p.setPen(_pen(_danger()))
    p.drawLine(QPointF(4, 5), QPointF(16, 5))
    p.drawLine(QPointF(8, 5), QPointF(8.5, 3))
    p.drawLine(QPointF(8.5, 3), QPointF(11.5, 3))
    p.drawLine(QPointF(11.5, 3), QPointF(12, 5))
    path = QPainterPath()
    path.moveTo(5.5, 5)
    path.lineTo(6.5, 17)
    path.lineTo(13.5, 17)
    path.lineTo(14.5, 5)
    p.drawPath(path)


def _find(p: QPainter) -> None:
    p.setPen(_pen())
    p.drawEllipse(QRectF(3, 3, 10, 10))
    p.drawLine(QPointF(11.5, 11.5), QPointF(17, 17))


def _arrow(p: QPainter, flip: bool) -> None:
    p.save()
    if flip:
        p.translate(20, 0)
        p.scale(-1, 1)
    p.setPen(_pen())
    path = QPainterPath()
    path.moveTo(6, 9)
    path.cubicTo(10, 4, 17, 6, 16, 12)
    path.cubicTo(15.5, 15, 12, 16, 10, 16)
    p.drawPath(path)
    p.drawLine(QPointF(6, 9), QPointF(6, 4))
    p.drawLine(QPointF(6, 9), QPointF(11, 9))
    p.restore()


def _open(p: QPainter) -> None:
    p.setPen(_pen())
    path = QPainterPath()
    path.moveTo(2.5, 16)
    path.lineTo(2.5, 4)
    path.lineTo(7.5, 4)
    path.lineTo(9, 6)
    path.lineTo(15.5, 6)
    path.lineTo(15.5, 8.5)
    p.drawPath(path)
    p.drawPolygon(QPolygonF([QPointF(2.5, 16), QPointF(5, 8.5), QPointF(18, 8.5), QPointF(15.5, 16)]))


def _new(p: QPainter) -> None:
    p.setPen(_pen())
    p.drawPolygon(QPolygonF([QPointF(4, 2.5), QPointF(11.5, 2.5), QPointF(15, 6), QPointF(15, 17.5), QPointF(4, 17.5)]))
    _plus(p, 9.5, 11)


def _import(p: QPainter) -> None:
    p.setPen(_pen())
    p.drawLine(QPointF(10, 2.5), QPointF(10, 12))
    p.drawLine(QPointF(6.5, 8.5), QPointF(10, 12))
    p.drawLine(QPointF(13.5, 8.5), QPointF(10, 12))
    p.drawPolyline(QPolygonF([QPointF(3, 12), QPointF(3, 17), QPointF(17, 17), QPointF(17, 12)]))


def _coder(p: QPainter) -> None:
    p.setPen(_pen())
    p.drawEllipse(QRectF(7, 2.5, 6, 6))
    path = QPainterPath()
    path.moveTo(3.5, 17.5)
    path.cubicTo(4, 11, 16, 11, 16.5, 17.5)
    p.drawPath(path)


def _quick(p: QPainter) -> None:
    p.setPen(_pen(_accent()))
    p.drawPolygon(
        QPolygonF(
            [
                QPointF(11, 2),
                QPointF(4.5, 11),
                QPointF(9.5, 11),
                QPointF(8.5, 18),
                QPointF(15.5, 8.5),
                QPointF(10.5, 8.5),
            ]
        )
    )


def _in_vivo(p: QPainter) -> None:
    p.setPen(_pen())
    f = p.font()
    f.setPixelSize(12)
    f.setBold(True)
    p.setFont(f)
    p.drawText(QRectF(0, 1, 20, 14), int(Qt.AlignmentFlag.AlignCenter), "“…”")
    _plus(p, 15.5, 16)


def _star(p: QPainter) -> None:
    import math

    pts = []
    for i in range(10):
        r = 7.5 if i % 2 == 0 else 3.2
        a = -math.pi / 2 + i * math.pi / 5
        pts.append(QPointF(10 + r * math.cos(a), 10.5 + r * math.sin(a)))
    p.setPen(_pen(QColor(theme().star_pen)))
    p.setBrush(QColor(theme().star_fill))
    p.drawPolygon(QPolygonF(pts))


def _memo(p: QPainter) -> None:
    p.setPen(_pen())
    p.drawRoundedRect(QRectF(3, 3, 14, 11), 2, 2)
    p.drawPolyline(QPolygonF([QPointF(6, 14), QPointF(6, 17.5), QPointF(10, 14)]))
    p.drawLine(QPointF(6, 7), QPointF(14, 7))
    p.drawLine(QPointF(6, 10), QPointF(12, 10))


def _filter(p: QPainter) -> None:
    p.setPen(_pen())
    p.drawPolygon(
        QPolygonF(
            [
                QPointF(3, 4),
                QPointF(17, 4),
                QPointF(11.5, 10.5),
                QPointF(11.5, 16),
                QPointF(8.5, 17.5),
                QPointF(8.5, 10.5),
            ]
        )
    )


_DRAW: dict[str, Draw] = {
    "code-new": _code_new,
    "code-sub": _code_sub,
    "edit": _edit,
    "merge": _merge,
    "delete": _delete,
    "find": _find,
    "undo": lambda p: _arrow(p, True),
    "redo": lambda p: _arrow(p, False),
    "open": _open,
    "new": _new,
    "import": _import,
    "coder": _coder,
    "quick": _quick,
    "in-vivo": _in_vivo,
    "star": _star,
    "memo": _memo,
    "filter": _filter,
}


class _LineIcon(QIconEngine):
    """Draws an icon when asked, in the ink of the theme in force (a theme change repaints
    the icons already on screen)."""

    def __init__(self, draw: Draw) -> None:
        super().__init__()
        self._draw = draw

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(QPointF(rect.topLeft()))
        painter.scale(rect.width() / 20, rect.height() / 20)
        if mode == QIcon.Mode.Disabled:
            painter.setOpacity(0.45)
        self._draw(painter)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pm = QPixmap(size)
        pm.fill(Qt.GlobalColor.transparent)
        p = QPainter(pm)
        self.paint(p, QRect(QPoint(0, 0), size), mode, state)
        p.end()
        return pm

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:  # noqa: N802
        pm = self.pixmap(size * scale, mode, state)
        pm.setDevicePixelRatio(scale)
        return pm

    def clone(self) -> QIconEngine:
        return _LineIcon(self._draw)


def icon(name: str) -> QIcon:
    cached = _cache.get(name)
    if cached is None:
        cached = _cache[name] = QIcon(_LineIcon(_DRAW[name]))
    return cached
