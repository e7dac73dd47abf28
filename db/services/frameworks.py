"""Framework versions: loaded from the data files in ``resources/frameworks`` and read as trees."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.errors import BadInput
from db.models import Framework, FrameworkItem
from db.paths import resource_path
from db.session import Database

FORMAT_NAME = "sujarit-framework"


@dataclass(frozen=True)
class FrameworkNode:
    uuid: str
    code: str
    level: int
    title: str
    title_alt: str | None
    children: tuple[FrameworkNode, ...]

    @property
    def dimension(self) -> int:
        return int(self.code.split(".")[0])


@dataclass(frozen=True)
class FrameworkInfo:
    uuid: str
    code: str
    title: str
    first_fiscal_year: int
    last_fiscal_year: int
    dimensions: tuple[FrameworkNode, ...]

    def walk(self) -> list[FrameworkNode]:
        """Every node, depth first, in code order."""
        out: list[FrameworkNode] = []

        def visit(node: FrameworkNode) -> None:
            out.append(node)
            for child in node.children:
                visit(child)

        for dimension in self.dimensions:
            visit(dimension)
        return out

    def node(self, code: str) -> FrameworkNode:
        for candidate in self.walk():
            if candidate.code == code:
                return candidate
        raise KeyError(code)

    def covers(self, fiscal_year: int) -> bool:
        return self.first_fiscal_year <= fiscal_year <= self.last_fiscal_year


def sort_key(code: str) -> str:
    """ "2.10" sorts after "2.9": pad every segment."""
    return ".".join(f"{int(part):03d}" for part in code.split("."))


def framework_files() -> list[Path]:
    return sorted(resource_path("frameworks").glob("*.json"))


def read_framework_file(path: Path) -> tuple[dict[str, Any], str]:
    raw = path.read_bytes()
    data = json.loads(raw)
    if data.get("format") != FORMAT_NAME or data.get("format_version") != 1:
        raise BadInput(f"ไฟล์กรอบแผน {path.name} ไม่ใช่รูปแบบที่โปรแกรมรู้จัก")
    return data, hashlib.sha256(raw).hexdigest()


def _flatten(data: dict[str, Any]) -> list[tuple[str, str | None, str, str | None]]:
    """(code, parent code, title, alt title) for every node, parents first."""
    rows: list[tuple[str, str | None, str, str | None]] = []

    def visit(node: dict[str, Any], parent: str | None) -> None:
        rows.append((node["code"], parent, node["title_th"], node.get("title_th_alt")))
        for child in node.get("items", []):
            visit(child, node["code"])

    for dimension in data["dimensions"]:
        visit({**dimension, "code": str(dimension["number"])}, None)
    return rows


def sync_framework(session: Session, data: dict[str, Any], digest: str) -> None:
    """Insert a framework version, or bring its titles up to date; items are never deleted."""
    framework = session.scalar(select(Framework).where(Framework.code == data["code"]))
    if framework is not None and framework.data_sha256 == digest:
        return
    if framework is None:
        framework = Framework(code=data["code"])
        session.add(framework)
    framework.title = data["title_th"]
    framework.first_fiscal_year = data["first_fiscal_year"]
    framework.last_fiscal_year = data["last_fiscal_year"]
    framework.source = data.get("source", "")
    framework.data_sha256 = digest
    session.flush()
    existing = {item.code: item for item in framework.items}
    for code, parent_code, title, title_alt in _flatten(data):
        item = existing.get(code)
        if item is None:
            item = FrameworkItem(framework=framework, code=code, level=code.count(".") + 1)
            session.add(item)
            existing[code] = item
        item.parent = existing[parent_code] if parent_code else None
        item.title = title
        item.title_alt = title_alt
        item.sort_key = sort_key(code)
    session.flush()


def sync_frameworks(database: Database) -> None:
    with database.session() as session:
        for path in framework_files():
            data, digest = read_framework_file(path)
            sync_framework(session, data, digest)


def _to_info(framework: Framework) -> FrameworkInfo:
    children: dict[int | None, list[FrameworkItem]] = {}
    for item in sorted(framework.items, key=lambda i: i.sort_key):
        children.setdefault(item.parent_id, []).append(item)

    def node(item: FrameworkItem) -> FrameworkNode:
        return FrameworkNode(
            uuid=item.uuid,
            code=item.code,
            level=item.level,
            title=item.title,
            title_alt=item.title_alt,
            children=tuple(node(child) for child in children.get(item.id, [])),
        )

    return FrameworkInfo(
        uuid=framework.uuid,
        code=framework.code,
        title=framework.title,
        first_fiscal_year=framework.first_fiscal_year,
        last_fiscal_year=framework.last_fiscal_year,
        dimensions=tuple(node(item) for item in children.get(None, [])),
    )


def list_frameworks(database: Database) -> tuple[FrameworkInfo, ...]:
    with database.session() as session:
        frameworks = session.scalars(select(Framework).order_by(Framework.first_fiscal_year)).all()
        return tuple(_to_info(f) for f in frameworks)


def get_framework(database: Database, code: str) -> FrameworkInfo:
    with database.session() as session:
        framework = session.scalar(select(Framework).where(Framework.code == code))
        if framework is None:
            raise KeyError(code)
        return _to_info(framework)


def framework_for_year(database: Database, fiscal_year: int) -> FrameworkInfo:
    """The newest framework whose span covers ``fiscal_year`` (CE)."""
    candidates = [f for f in list_frameworks(database) if f.covers(fiscal_year)]
    if not candidates:
        raise BadInput(f"ไม่มีกรอบแผนที่ครอบคลุมปีงบประมาณ พ.ศ. {fiscal_year + 543}")
    return candidates[-1]
