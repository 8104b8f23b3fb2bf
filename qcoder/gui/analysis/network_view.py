"""The co-occurrence network drawn with a ``QGraphicsScene``: codes as circles sized by use,
edges as lines as thick as their weight (clickable: ``edge_clicked(code_a, code_b)``), and the
drawing written to PNG or SVG for a report."""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPainterPath, QPainterPathStroker, QPen, QResizeEvent
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QStyle,
    QStyleOptionGraphicsItem,
    QWidget,
)

from qcoder.analysis.network import Network
from qcoder.gui.i18n import number, translate
from qcoder.gui.themes import LIGHT, Theme
from qcoder.gui.themes import current as theme

WIDTH, HEIGHT = 760.0, 520.0  # the layout's [-1, 1] square is spread over this (scene units)
NODE_MIN, NODE_MAX = 7.0, 26.0  # radius of the least and most used code
EDGE_MIN, EDGE_MAX = 1.0, 9.0
NODE_COLOR = QColor("#2563EB")


def edge_color(t: Theme | None = None) -> QColor:
    """Edges: grey, half see-through, light on a dark theme."""
    return QColor(209, 213, 219, 150) if (t or theme()).dark else QColor(75, 85, 99, 150)


PICKED_COLOR = QColor("#DC2626")
LABEL_CHARS = 28
CLICK_WIDTH = 10.0  # an edge is clicked within this many units of its line


class EdgeItem(QGraphicsLineItem):
    """A line between two codes; easy to hit (a wide invisible margin) and selectable."""

    def __init__(self, code_a: str, code_b: str, weight: int, width: float) -> None:
        super().__init__()
        self.codes = (code_a, code_b)
        self.weight = weight
        self._pen = QPen(edge_color(), width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        self.setPen(self._pen)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setZValue(0)

    def shape(self) -> QPainterPath:
        path = QPainterPath(self.line().p1())
        path.lineTo(self.line().p2())
        stroker = QPainterPathStroker()
        stroker.setWidth(max(CLICK_WIDTH, self._pen.widthF()))
        return stroker.createStroke(path)

    def set_color(self, color: QColor) -> None:
        self._pen.setColor(color)
        if not self.isSelected():
            self.setPen(self._pen)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        plain = QStyleOptionGraphicsItem(option)
        plain.state &= ~QStyle.StateFlag.State_Selected  # the colour shows it: no dashed box
        super().paint(painter, plain, widget)

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:  # noqa: N802
        if change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            pen = QPen(self._pen)
            if value:
                pen.setColor(PICKED_COLOR)
            self.setPen(pen)
        return super().itemChange(change, value)


def _short(name: str) -> str:
    return name if len(name) <= LABEL_CHARS else name[: LABEL_CHARS - 1] + "…"


class NetworkScene(QGraphicsScene):
    edge_clicked = Signal(str, str)  # the two code ids of the clicked edge

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.network: Network | None = None
        self.edges: list[EdgeItem] = []
        self.nodes: dict[str, QGraphicsEllipseItem] = {}
        self.labels: list[QGraphicsSimpleTextItem] = []

    def tint(self, t: Theme) -> None:
        """Edges, node outlines and labels in the colours of theme ``t``."""
        for edge in self.edges:
            edge.set_color(edge_color(t))
        for circle in self.nodes.values():
            circle.setPen(QPen(QColor(t.base), 1.5))
        for label in self.labels:
            label.setBrush(QBrush(QColor(t.text)))

    def show_network(self, network: Network, colors: dict[str, str] | None = None) -> None:
        """Draw ``network``; ``colors``: code id -> the codebook's colour (else blue)."""
        self.clear()
        self.edges, self.nodes, self.labels, self.network = [], {}, [], network
        top_use = max((n.use for n in network.nodes), default=1) or 1
        top_weight = max((e.weight for e in network.edges), default=1) or 1
        centres = [(x * WIDTH / 2, y * HEIGHT / 2) for x, y in network.positions]
        for e in network.edges:
            a, b = network.nodes[e.first], network.nodes[e.second]
            width = EDGE_MIN + (EDGE_MAX - EDGE_MIN) * e.weight / top_weight
            item = EdgeItem(a.code_id, b.code_id, e.weight, width)
            item.setLine(*centres[e.first], *centres[e.second])
            item.setToolTip(
                translate("analysis.network_view", "{code}\n{other}\nmeet {n} times — click to list where").format(
                    code=a.path, other=b.path, n=number(e.weight)
                )
            )
            self.addItem(item)
            self.edges.append(item)
        font = QFont()
        font.setPointSizeF(8.5)
        for node, (x, y) in zip(network.nodes, centres, strict=True):
            r = NODE_MIN + (NODE_MAX - NODE_MIN) * math.sqrt(node.use / top_use)
            circle = self.addEllipse(QRectF(x - r, y - r, 2 * r, 2 * r), QPen(QColor(theme().base), 1.5))
            color = QColor((colors or {}).get(node.code_id, ""))
            circle.setBrush(QBrush(color if color.isValid() else NODE_COLOR))
            circle.setZValue(2)
            circle.setToolTip(
                translate("analysis.network_view", "{code}\nused {n} times").format(code=node.path, n=number(node.use))
            )
            self.nodes[node.code_id] = circle
            label = QGraphicsSimpleTextItem(_short(node.name))
            label.setFont(font)
            label.setBrush(QBrush(QColor(theme().text)))
            label.setPos(x - label.boundingRect().width() / 2, y + r + 2)
            label.setZValue(3)
            self.addItem(label)
            self.labels.append(label)
        self.setSceneRect(self.itemsBoundingRect().adjusted(-20, -20, 20, 20))

    def edge_between(self, code_a: str, code_b: str) -> EdgeItem | None:
        return next((e for e in self.edges if set(e.codes) == {code_a, code_b}), None)

    def pick(self, edge: EdgeItem) -> None:
        """Select ``edge`` (alone) and announce it."""
        self.clearSelection()
        edge.setSelected(True)
        self.edge_clicked.emit(*edge.codes)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt override
        super().mousePressEvent(event)
        view = self.views()[0] if self.views() else None
        item = self.itemAt(event.scenePos(), view.transform()) if view is not None else None
        if isinstance(item, EdgeItem):
            self.pick(item)

    # -- export ------------------------------------------------------------------------------

    def _render(self, painter: QPainter, target: QRectF) -> None:
        """The figure for a report: light whatever the window's theme, with no highlight."""
        selected = self.selectedItems()
        self.clearSelection()
        self.tint(LIGHT)
        painter.fillRect(target, QColor(LIGHT.base))
        self.render(painter, target, self.sceneRect())
        self.tint(theme())
        for item in selected:
            item.setSelected(True)

    def write_png(self, path: str | Path, scale: float = 2.0) -> Path:
        rect = self.sceneRect()
        image = QImage(QSize(int(rect.width() * scale), int(rect.height() * scale)), QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._render(painter, QRectF(0, 0, image.width(), image.height()))
        painter.end()
        if not image.save(str(path), "PNG"):  # type: ignore[call-overload]  # the stubs say bytes; str works
            raise OSError(translate("analysis.network_view", "could not write {file}").format(file=path))
        return Path(path)

    def write_svg(self, path: str | Path, title: str = "Code co-occurrence") -> Path:
        rect = self.sceneRect()
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(QSize(int(rect.width()), int(rect.height())))
        generator.setViewBox(QRectF(0, 0, rect.width(), rect.height()))
        generator.setTitle(title)
        painter = QPainter()
        if not painter.begin(generator):
            raise OSError(translate("analysis.network_view", "could not write {file}").format(file=path))
        self._render(painter, QRectF(0, 0, rect.width(), rect.height()))
        painter.end()
        return Path(path)


class NetworkView(QGraphicsView):
    """Shows the scene fitted to the view (it scales with the window)."""

    def __init__(self, scene: NetworkScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setBackgroundBrush(QBrush(QColor(theme().base)))
        self.setMinimumSize(320, 240)

    def fit(self) -> None:
        scene = self.scene()
        if scene is not None and not scene.sceneRect().isEmpty():
            self.fitInView(scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.fit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.PaletteChange:  # a theme change
            self.setBackgroundBrush(QBrush(QColor(theme().base)))
            scene = self.scene()
            if isinstance(scene, NetworkScene):
                scene.tint(theme())
        super().changeEvent(event)
