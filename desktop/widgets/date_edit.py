"""A date field in Buddhist-Era style: "21 มีนาคม 2566", "21/3/2566", "๒๑ มี.ค. ๖๖"; empty is allowed."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from db.thai import MONTHS_TH, be_year, format_date_long, parse_date
from desktop.i18n import thai_ui
from desktop.widgets.money_edit import ParsedLineEdit

_NIL = frozenset({"", "-", "–", "—"})
THAI_LOCALE = QLocale(QLocale.Language.Thai, QLocale.Country.Thailand)
ENGLISH_LOCALE = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


class DateLineEdit(ParsedLineEdit):
    """The text part of :class:`ThaiDateEdit`."""

    def _parse(self, text: str) -> date | None:
        if " ".join(text.split()) in _NIL:
            return None
        return parse_date(text)

    def _format(self, value: object) -> str:
        assert isinstance(value, date)
        if thai_ui():
            return format_date_long(value, thai_digits=False)
        return f"{value.day}/{value.month}/{be_year(value.year)}"  # read back by parse_date like the Thai


class CalendarPopup(QFrame):
    """A month calendar whose heading shows the Buddhist-Era year (Qt's own shows the CE year)."""

    picked = Signal(object)  # datetime.date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.previousButton = QToolButton()
        self.previousButton.setArrowType(Qt.ArrowType.LeftArrow)
        self.previousButton.setToolTip(self.tr("เดือนก่อน (Page Up)"))
        self.nextButton = QToolButton()
        self.nextButton.setArrowType(Qt.ArrowType.RightArrow)
        self.nextButton.setToolTip(self.tr("เดือนถัดไป (Page Down)"))
        self.heading = QLabel()
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.calendar = QCalendarWidget()
        self.calendar.setLocale(THAI_LOCALE if thai_ui() else ENGLISH_LOCALE)
        self.calendar.setNavigationBarVisible(False)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Sunday)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        bar = QHBoxLayout()
        bar.addWidget(self.previousButton)
        bar.addWidget(self.heading, 1)
        bar.addWidget(self.nextButton)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.calendar)
        self.previousButton.clicked.connect(self.calendar.showPreviousMonth)
        self.nextButton.clicked.connect(self.calendar.showNextMonth)
        self.calendar.currentPageChanged.connect(self._on_page_changed)
        self.calendar.activated.connect(self._on_picked)
        self.calendar.clicked.connect(self._on_picked)

    def showFor(self, current: date | None, below: QWidget) -> None:
        day = current or date.today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.calendar.setCurrentPage(day.year, day.month)
        self._on_page_changed(day.year, day.month)
        self.move(below.mapToGlobal(QPoint(0, below.height())))
        self.show()
        self.calendar.setFocus()

    def _on_page_changed(self, year: int, month: int) -> None:
        name = MONTHS_TH[month - 1] if thai_ui() else self.calendar.locale().standaloneMonthName(month)
        self.heading.setText(self.tr("{month} {year}").format(month=name, year=be_year(year)))

    def _on_picked(self, day: QDate) -> None:
        self.hide()
        self.picked.emit(date(day.year(), day.month(), day.day()))


class ThaiDateEdit(QWidget):
    """Type a Thai date or pick one (button or Alt+Down); bad text is kept and :meth:`error` explains."""

    errorChanged = Signal(str)
    dateChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lineEdit = DateLineEdit()
        self.lineEdit.setPlaceholderText(self.tr("เช่น 21 มีนาคม 2566"))
        self.calendarButton = QToolButton()
        self.calendarButton.setArrowType(Qt.ArrowType.DownArrow)
        self.calendarButton.setToolTip(self.tr("เลือกจากปฏิทิน (Alt+ลูกศรลง หรือ F4)"))
        self.calendarButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._popup: CalendarPopup | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.lineEdit, 1)
        layout.addWidget(self.calendarButton)
        self.setFocusProxy(self.lineEdit)
        self.lineEdit.errorChanged.connect(self.errorChanged)
        self.lineEdit.textChanged.connect(self._on_text_changed)
        self.calendarButton.clicked.connect(self.showCalendar)
        self.lineEdit.installEventFilter(self)

    def value(self) -> date | None:
        value = self.lineEdit.parsedValue()
        assert value is None or isinstance(value, date)
        return value

    def setValue(self, value: date | None) -> None:
        self.lineEdit.setParsedValue(value)

    def error(self) -> str | None:
        return self.lineEdit.error()

    def text(self) -> str:
        return self.lineEdit.text()

    def showCalendar(self) -> CalendarPopup:
        if self._popup is None:
            self._popup = CalendarPopup(self)
            self._popup.picked.connect(self._on_picked)
        self._popup.showFor(self.value(), self.lineEdit)
        return self._popup

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.lineEdit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() == Qt.KeyboardModifier.AltModifier
            if alt_down or event.key() == Qt.Key.Key_F4:
                self.showCalendar()
                return True
        return False  # QObject.eventFilter does nothing more

    def _on_picked(self, day: date) -> None:
        self.setValue(day)
        self.lineEdit.setFocus()

    def _on_text_changed(self, _text: str) -> None:
        self.dateChanged.emit()
