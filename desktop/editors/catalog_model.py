"""The NACC examples as a tree: มิติ → x.y → x.y.z → example, each group with its example count.

An example listed under several codes (e.g. 3.2.1, 3.2.2 and 3.2.3) appears under each of them and
is counted once per group; checking it in one place checks it everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence, Set
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont

from db.services.catalog import CatalogExample
from db.services.frameworks import FrameworkInfo, FrameworkNode, sort_key
from desktop.i18n import digits

Index = QModelIndex | QPersistentModelIndex

IN_PLAN_COLOUR = QColor("#6b6b6b")


class _Node:
    """One row of the tree: a framework item (``seq`` None) or an example listed under ``code``."""

    __slots__ = ("children", "code", "level", "parent", "row", "seq", "seqs", "title")

    def __init__(
        self, parent: _Node | None, code: str, title: str, level: int, seq: int | None = None
    ) -> None:
        self.parent = parent
        self.code = code
        self.title = title
        self.level = level
        self.seq = seq
        self.children: list[_Node] = []
        self.seqs: frozenset[int] = frozenset()  # the examples in this subtree
        self.row = 0

    def add(self, child: _Node) -> _Node:
        child.row = len(self.children)
        self.children.append(child)
        return child


class CatalogTreeModel(QAbstractItemModel):
    COL_TITLE, COL_COUNT, COL_STATUS = range(3)

    SeqRole = Qt.ItemDataRole.UserRole + 1  # the example's catalog seq (None on a group)
    CodeRole = Qt.ItemDataRole.UserRole + 2  # the framework code of the group, or the example's listing code

    checked_changed = Signal()

    def __init__(
        self,
        *,
        framework: FrameworkInfo,
        examples: Sequence[CatalogExample],
        names: Mapping[int, str] | None = None,
        already_in_plan: Set[int] = frozenset(),
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._framework = framework
        self._examples = tuple(examples)
        self._names = dict(names or {})
        self._in_plan = frozenset(already_in_plan)
        self._checked: set[int] = set()
        self._visible: frozenset[int] | None = None
        self._root = self._build()

    # ----------------------------------------------------------------- public API

    def set_visible(self, seqs: Iterable[int] | None) -> None:
        """Show only these examples (None: all); groups left without examples disappear."""
        self.beginResetModel()
        self._visible = None if seqs is None else frozenset(seqs)
        self._root = self._build()
        self.endResetModel()

    def visible_seqs(self) -> frozenset[int]:
        return self._root.seqs

    def checked_seqs(self) -> tuple[int, ...]:
        return tuple(sorted(self._checked))

    def is_in_plan(self, seq: int) -> bool:
        return seq in self._in_plan

    def set_checked(self, seq: int, checked: bool) -> bool:
        """Tick or untick an example; examples already in the plan cannot be ticked."""
        if seq in self._in_plan or (seq in self._checked) == checked:
            return False
        if checked:
            self._checked.add(seq)
        else:
            self._checked.discard(seq)
        for node in self._nodes_of(seq):
            index = self.createIndex(node.row, self.COL_TITLE, node)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit()
        return True

    def index_for_code(self, code: str) -> QModelIndex:
        """The group row of a framework code (invalid when hidden or unknown)."""
        for node in self._walk(self._root):
            if node.seq is None and node.code == code:
                return self.createIndex(node.row, self.COL_TITLE, node)
        return QModelIndex()

    def indexes_for_seq(self, seq: int) -> list[QModelIndex]:
        return [self.createIndex(node.row, self.COL_TITLE, node) for node in self._nodes_of(seq)]

    def example_count(self, index: Index) -> int:
        node = self._node(index)
        return len(node.seqs) if node is not None else 0

    # ----------------------------------------------------------------- Qt model

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        node = self._node(parent) if parent.isValid() else self._root
        if node is None or not 0 <= row < len(node.children):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        node = self._node(index)
        if node is None or node.parent is None or node.parent is self._root:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        if parent.column() > 0:
            return 0
        node = self._node(parent) if parent.isValid() else self._root
        return len(node.children) if node is not None else 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (self.tr("มิติ / ข้อ / ตัวอย่าง"), self.tr("จำนวน"), self.tr("สถานะ"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        node = self._node(index)
        if node is None:
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if node.seq is not None and node.seq not in self._in_plan and index.column() == self.COL_TITLE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self._node(index)
        if node is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(node, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node)
        if role == Qt.ItemDataRole.CheckStateRole and column == self.COL_TITLE and node.seq is not None:
            if node.seq in self._in_plan:
                return None
            return Qt.CheckState.Checked if node.seq in self._checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.FontRole and node.seq is None and node.level == 1:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and node.seq in self._in_plan:
            return IN_PLAN_COLOUR
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.SeqRole:
            return node.seq
        if role == self.CodeRole:
            return node.code
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        node = self._node(index)
        if node is None or node.seq is None or role != Qt.ItemDataRole.CheckStateRole:
            return False
        if index.column() != self.COL_TITLE or node.seq in self._in_plan:
            return False
        state = Qt.CheckState(value.value if isinstance(value, Qt.CheckState) else int(value))
        self.set_checked(node.seq, state == Qt.CheckState.Checked)
        return True

    # ----------------------------------------------------------------- helpers

    def _node(self, index: Index) -> _Node | None:
        if not index.isValid() or index.model() is not self:
            return None
        node = index.internalPointer()
        return node if isinstance(node, _Node) else None

    def _display(self, node: _Node, column: int) -> str | None:
        if column == self.COL_TITLE:
            if node.seq is not None:
                return self._names.get(node.seq) or node.title
            if not node.code:
                return node.title
            if node.level == 1:
                return self.tr("มิติที่ {number} {title}").format(number=digits(node.code), title=node.title)
            return f"{digits(node.code)} {node.title}"
        if column == self.COL_COUNT and node.seq is None:
            return digits(str(len(node.seqs)))
        if column == self.COL_STATUS and node.seq in self._in_plan:
            return self.tr("มีในแผนแล้ว")
        return None

    def _tooltip(self, node: _Node) -> str:
        if node.seq is None:
            return self._display(node, self.COL_TITLE) or ""
        name = self._names.get(node.seq) or node.title
        if node.seq in self._in_plan:
            return name + "\n" + self.tr("ตัวอย่างนี้มีในแผนแล้ว")
        return name

    def _build(self) -> _Node:
        root = _Node(None, "", "", 0)
        listed: dict[str, list[CatalogExample]] = {}
        for example in self._examples:
            if self._visible is not None and example.seq not in self._visible:
                continue
            for code in example.codes:
                listed.setdefault(code, []).append(example)
        known = {node.code for node in self._framework.walk()}

        def visit(parent: _Node, item: FrameworkNode) -> None:
            node = _Node(parent, item.code, item.title, item.level)
            for child in item.children:
                visit(node, child)
            for example in listed.get(item.code, []):
                node.add(_Node(node, item.code, example.name, item.level + 1, example.seq))
            node.seqs = frozenset(
                {c.seq for c in node.children if c.seq is not None}.union(
                    *(c.seqs for c in node.children if c.seq is None)
                )
            )
            if node.seqs:
                parent.add(node)

        for dimension in self._framework.dimensions:
            visit(root, dimension)
        stray = sorted((code for code in listed if code not in known), key=sort_key)
        if stray:  # examples under codes the framework does not know: keep them reachable
            other = _Node(root, "", self.tr("ข้ออื่นที่ไม่อยู่ในกรอบแผนนี้"), 1)
            for code in stray:
                for example in listed[code]:
                    other.add(_Node(other, code, example.name, 2, example.seq))
            other.seqs = frozenset(c.seq for c in other.children if c.seq is not None)
            root.add(other)
        root.seqs = frozenset().union(*(c.seqs for c in root.children))
        return root

    def _walk(self, node: _Node) -> Iterable[_Node]:
        for child in node.children:
            yield child
            yield from self._walk(child)

    def _nodes_of(self, seq: int) -> list[_Node]:
        return [node for node in self._walk(self._root) if node.seq == seq]
