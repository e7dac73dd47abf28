"""The office profile (อปท.) and its units."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.errors import FieldError, ValidationFailed
from db.models import Office, OfficeKind, OfficeUnit
from db.session import Database
from db.thai import to_arabic_digits

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_KIND_PREFIXES = sorted(((k.label_th, k) for k in OfficeKind), key=lambda pair: -len(pair[0]))
_SHORT_PREFIXES = {
    "อบต.": OfficeKind.SAO,
    "ทต.": OfficeKind.SUBDISTRICT_MUNICIPALITY,
    "ทม.": OfficeKind.TOWN_MUNICIPALITY,
    "ทน.": OfficeKind.CITY_MUNICIPALITY,
    "อบจ.": OfficeKind.PAO,
}


@dataclass(frozen=True)
class OfficeDraft:
    name: str
    kind: OfficeKind
    district: str = ""
    province: str = ""
    dla_code: str | None = None
    address: str = ""
    phone: str = ""
    fax: str = ""
    email: str = ""
    website: str = ""
    executive_name: str = ""
    executive_title: str = ""
    units: tuple[str, ...] = ()


@dataclass(frozen=True)
class OfficeInfo(OfficeDraft):
    uuid: str = ""

    @property
    def location(self) -> str:
        """ "อำเภอโพทะเล จังหวัดพิจิตร" as on the form titles."""
        parts = []
        if self.district:
            parts.append(f"อำเภอ{self.district}")
        if self.province:
            parts.append(f"จังหวัด{self.province}")
        return " ".join(parts)


def infer_office_kind(name: str) -> OfficeKind | None:
    """The kind named at the start of an office name, e.g. "เทศบาลตำบลทุ่งน้อย" → เทศบาลตำบล."""
    compact = "".join(name.split())
    for prefix, kind in _KIND_PREFIXES:
        if compact.startswith(prefix):
            return kind
    for prefix, kind in _SHORT_PREFIXES.items():
        if compact.startswith(prefix):
            return kind
    return None


def clean_text(value: str) -> str:
    """Trim and fold runs of white space, as typed names often carry stray spaces."""
    return " ".join(value.split())


def validate_office(draft: OfficeDraft) -> list[FieldError]:
    errors: list[FieldError] = []
    name = clean_text(draft.name)
    if not name:
        errors.append(FieldError("name", "กรุณากรอกชื่อองค์กรปกครองส่วนท้องถิ่น"))
    elif name in {k.label_th for k in OfficeKind}:
        errors.append(FieldError("name", "กรุณากรอกชื่อเต็ม เช่น เทศบาลตำบลทุ่งน้อย ไม่ใช่เฉพาะประเภท"))
    if draft.dla_code:
        code = to_arabic_digits(draft.dla_code.strip())
        if not code.isdigit() or not 5 <= len(code) <= 10:
            errors.append(FieldError("dla_code", "รหัส อปท. ต้องเป็นตัวเลข ๕–๑๐ หลัก"))
    if draft.email and not _EMAIL.match(draft.email.strip()):
        errors.append(FieldError("email", "รูปแบบอีเมลไม่ถูกต้อง เช่น saraban@example.go.th"))
    seen: set[str] = set()
    for index, unit in enumerate(draft.units):
        key = "".join(unit.split())
        if not key:
            errors.append(FieldError(f"units[{index}]", "ชื่อส่วนราชการต้องไม่ว่าง"))
        elif key in seen:
            errors.append(FieldError(f"units[{index}]", f'ส่วนราชการ "{clean_text(unit)}" ซ้ำกัน'))
        seen.add(key)
    return errors


def _apply(office: Office, draft: OfficeDraft) -> None:
    office.name = clean_text(draft.name)
    office.kind = draft.kind
    office.district = clean_text(draft.district)
    office.province = clean_text(draft.province)
    office.dla_code = to_arabic_digits(draft.dla_code.strip()) if draft.dla_code else None
    for name in ("address", "phone", "fax", "email", "website", "executive_name", "executive_title"):
        setattr(office, name, getattr(draft, name).strip())
    current = {u.name: u for u in office.units}
    office.units = [current.get(clean_text(n)) or OfficeUnit(name=clean_text(n)) for n in draft.units]
    for position, unit in enumerate(office.units):
        unit.position = position


def to_info(office: Office) -> OfficeInfo:
    values = {f.name: getattr(office, f.name) for f in fields(OfficeDraft) if f.name != "units"}
    return OfficeInfo(**values, units=tuple(u.name for u in office.units), uuid=office.uuid)


def add_office(session: Session, draft: OfficeDraft) -> Office:
    """Validate and add an office inside an open transaction."""
    errors = validate_office(draft)
    if errors:
        raise ValidationFailed(tuple(errors))
    office = Office()
    _apply(office, draft)
    session.add(office)
    session.flush()
    return office


def create_office(database: Database, draft: OfficeDraft) -> OfficeInfo:
    with database.session() as session:
        return to_info(add_office(session, draft))


def update_office(database: Database, office_uuid: str, draft: OfficeDraft) -> OfficeInfo:
    errors = validate_office(draft)
    if errors:
        raise ValidationFailed(tuple(errors))
    with database.session() as session:
        office = office_by_uuid(session, office_uuid)
        _apply(office, draft)
        session.flush()
        return to_info(office)


def office_by_uuid(session: Session, office_uuid: str) -> Office:
    office = session.scalar(select(Office).where(Office.uuid == office_uuid))
    if office is None:
        raise KeyError(office_uuid)
    return office


def list_offices(database: Database) -> tuple[OfficeInfo, ...]:
    with database.session() as session:
        return tuple(to_info(o) for o in session.scalars(select(Office).order_by(Office.id)))


def office_named(session: Session, name: str) -> Office | None:
    """Match ignoring spacing, so "เทศบาลตำบล ทุ่งน้อย" finds "เทศบาลตำบลทุ่งน้อย"."""
    wanted = "".join(name.split())
    for office in session.scalars(select(Office).order_by(Office.id)):
        if "".join(office.name.split()) == wanted:
            return office
    return None


def find_office_by_name(database: Database, name: str) -> OfficeInfo | None:
    with database.session() as session:
        office = office_named(session, name)
        return to_info(office) if office is not None else None
