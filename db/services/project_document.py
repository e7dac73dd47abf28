"""Data of the project document: one sheet per item, with the NACC example's numbered headings."""

from __future__ import annotations

from dataclasses import dataclass

from db.services.frameworks import FrameworkNode, get_framework
from db.services.items import ItemDetail, get_item
from db.services.offices import OfficeInfo, list_offices
from db.services.plans import get_plan
from db.session import Database


@dataclass(frozen=True)
class ProjectDocument:
    office: OfficeInfo
    item: ItemDetail
    framework_path: tuple[FrameworkNode, ...]  # มิติ → x.y → x.y.z of the item's primary code
    other_codes: tuple[str, ...]
    plan_first_fiscal_year: int
    plan_last_fiscal_year: int


def _path(nodes: tuple[FrameworkNode, ...], code: str) -> tuple[FrameworkNode, ...]:
    for node in nodes:
        if node.code == code:
            return (node,)
        if code.startswith(node.code + "."):
            return (node, *_path(node.children, code))
    return ()


def build_project_document(database: Database, *, item_uuid: str) -> ProjectDocument:
    item = get_item(database, item_uuid)
    plan = get_plan(database, item.plan_uuid)
    office = next(o for o in list_offices(database) if o.uuid == plan.office_uuid)
    framework = get_framework(database, plan.framework_code)
    return ProjectDocument(
        office=office,
        item=item,
        framework_path=_path(framework.dimensions, item.framework_codes[0]),
        other_codes=item.framework_codes[1:],
        plan_first_fiscal_year=plan.first_fiscal_year,
        plan_last_fiscal_year=plan.last_fiscal_year,
    )
