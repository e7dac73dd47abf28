"""A first main window: the office, its plans and their items by มิติ (read-only overview)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from db.services.frameworks import get_framework
from db.services.items import list_items
from db.services.offices import list_offices
from db.services.plans import list_plans
from db.thai import to_thai_digits

APP_TITLE = "สุจริต"


class OverviewWindow(QMainWindow):
    def __init__(self, database) -> None:
        super().__init__()
        self._database = database
        self.header = QLabel()
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["แผน / มิติ / รายการ", "จำนวน"])
        self.tree.setColumnWidth(0, 640)
        layout = QVBoxLayout()
        layout.addWidget(self.header)
        layout.addWidget(self.tree)
        body = QWidget()
        body.setLayout(layout)
        self.setCentralWidget(body)
        self.resize(900, 600)
        self.reload()

    def reload(self) -> None:
        offices = list_offices(self._database)
        office = offices[0] if offices else None
        self.setWindowTitle(f"{APP_TITLE} — {office.name}" if office else APP_TITLE)
        self.header.setText(f"<b>{office.name}</b> {office.location}" if office else "ยังไม่มีข้อมูล อปท. ในไฟล์นี้")
        self.tree.clear()
        for plan in list_plans(self._database):
            span = to_thai_digits(f"พ.ศ. {plan.first_fiscal_year + 543}–{plan.last_fiscal_year + 543}")
            plan_node = QTreeWidgetItem(
                [f"{plan.title} {span} ({plan.office_name})", to_thai_digits(str(plan.item_count))]
            )
            self.tree.addTopLevelItem(plan_node)
            framework = get_framework(self._database, plan.framework_code)
            items = list_items(self._database, plan.uuid)
            for dimension in framework.dimensions:
                members = [
                    i
                    for i in items
                    if i.framework_codes and i.framework_codes[0].split(".")[0] == dimension.code
                ]
                node = QTreeWidgetItem(
                    [
                        to_thai_digits(f"มิติที่ {dimension.code} {dimension.title}"),
                        to_thai_digits(str(len(members))),
                    ]
                )
                plan_node.addChild(node)
                for item in members:
                    node.addChild(
                        QTreeWidgetItem([f"{to_thai_digits(item.framework_codes[0])} {item.name}", ""])
                    )
            plan_node.setExpanded(True)
