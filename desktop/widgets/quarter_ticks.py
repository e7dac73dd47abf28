"""Four tick boxes for the fiscal quarters in which an item is carried out."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QWidget

from desktop.i18n import digits

#: Months of each fiscal quarter (the fiscal year starts on 1 October); source texts, shown translated.
QUARTER_MONTHS = (
    QT_TRANSLATE_NOOP("QuarterTicks", "ต.ค.–ธ.ค."),
    QT_TRANSLATE_NOOP("QuarterTicks", "ม.ค.–มี.ค."),
    QT_TRANSLATE_NOOP("QuarterTicks", "เม.ย.–มิ.ย."),
    QT_TRANSLATE_NOOP("QuarterTicks", "ก.ค.–ก.ย."),
)

Quarters = tuple[bool, bool, bool, bool]


class QuarterTicks(QWidget):
    """ไตรมาส ๑–๔ as check boxes; ``compact`` shows only the digits (for narrow table cells)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self.boxes: tuple[QCheckBox, ...] = tuple(QCheckBox() for _ in range(4))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4 if compact else 12)
        for number, (box, months) in enumerate(zip(self.boxes, QUARTER_MONTHS, strict=True), start=1):
            digit = digits(str(number))
            box.setText(digit if compact else self.tr("ไตรมาส {n}").format(n=digit))
            box.setToolTip(self.tr("ไตรมาส {n} ({months})").format(n=digit, months=self.tr(months)))
            box.setAccessibleName(self.tr("ไตรมาส {n}").format(n=digit))
            box.toggled.connect(self._on_toggled)
            layout.addWidget(box)
        layout.addStretch(1)

    def value(self) -> Quarters:
        a, b, c, d = (box.isChecked() for box in self.boxes)
        return (a, b, c, d)

    def setValue(self, quarters: Quarters) -> None:
        if len(quarters) != 4:
            raise ValueError(f"four quarters expected, got {quarters!r}")
        changed = False
        for box, ticked in zip(self.boxes, quarters, strict=True):
            if box.isChecked() != bool(ticked):
                box.blockSignals(True)
                box.setChecked(bool(ticked))
                box.blockSignals(False)
                changed = True
        if changed:
            self.changed.emit()

    def _on_toggled(self, _checked: bool) -> None:
        self.changed.emit()
