"""Plans of an office: create, list, find the one covering a fiscal year."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.errors import FieldError, ValidationFailed
from db.models import Framework, Office, Plan, PlanItem, PlanStatus
from db.session import Database

DEFAULT_TITLE = "แผนปฏิบัติการป้องกันการทุจริต"


@dataclass(frozen=True)
class PlanInfo:
    uuid: str
    office_uuid: str
    office_name: str
    framework_code: str
    title: str
    first_fiscal_year: int
    last_fiscal_year: int
    status: PlanStatus
    approved_on: date | None
    data_as_of: date | None
    prepared_by: str
    item_count: int

    @property
    def fiscal_years(self) -> range:
        return range(self.first_fiscal_year, self.last_fiscal_year + 1)


def plan_by_uuid(session: Session, plan_uuid: str) -> Plan:
    plan = session.scalar(select(Plan).where(Plan.uuid == plan_uuid))
    if plan is None:
        raise KeyError(plan_uuid)
    return plan


def to_info(session: Session, plan: Plan) -> PlanInfo:
    count = session.scalar(select(func.count()).select_from(PlanItem).where(PlanItem.plan_id == plan.id))
    return PlanInfo(
        uuid=plan.uuid,
        office_uuid=plan.office.uuid,
        office_name=plan.office.name,
        framework_code=plan.framework.code,
        title=plan.title,
        first_fiscal_year=plan.first_fiscal_year,
        last_fiscal_year=plan.last_fiscal_year,
        status=plan.status,
        approved_on=plan.approved_on,
        data_as_of=plan.data_as_of,
        prepared_by=plan.prepared_by,
        item_count=count or 0,
    )


def add_plan(
    session: Session,
    *,
    office: Office,
    framework: Framework,
    first_fiscal_year: int,
    last_fiscal_year: int,
    title: str = DEFAULT_TITLE,
) -> Plan:
    """Validate and add a plan inside an open transaction."""
    errors = []
    if first_fiscal_year > last_fiscal_year:
        errors.append(FieldError("last_fiscal_year", "ปีสุดท้ายของแผนต้องไม่ก่อนปีแรก"))
    if not (
        framework.first_fiscal_year <= first_fiscal_year and last_fiscal_year <= framework.last_fiscal_year
    ):
        errors.append(
            FieldError(
                "first_fiscal_year",
                f"ปีของแผนต้องอยู่ในช่วงของกรอบแผน พ.ศ. {framework.first_fiscal_year + 543}"
                f"–{framework.last_fiscal_year + 543}",
            )
        )
    if errors:
        raise ValidationFailed(tuple(errors))
    plan = Plan(
        office=office,
        framework=framework,
        title=title,
        first_fiscal_year=first_fiscal_year,
        last_fiscal_year=last_fiscal_year,
    )
    session.add(plan)
    session.flush()
    return plan


def create_plan(
    database: Database,
    *,
    office_uuid: str,
    framework_code: str,
    first_fiscal_year: int,
    last_fiscal_year: int,
    title: str = DEFAULT_TITLE,
) -> PlanInfo:
    with database.session() as session:
        office = session.scalar(select(Office).where(Office.uuid == office_uuid))
        framework = session.scalar(select(Framework).where(Framework.code == framework_code))
        if office is None or framework is None:
            raise KeyError(office_uuid if office is None else framework_code)
        plan = add_plan(
            session,
            office=office,
            framework=framework,
            first_fiscal_year=first_fiscal_year,
            last_fiscal_year=last_fiscal_year,
            title=title,
        )
        return to_info(session, plan)


def list_plans(database: Database, office_uuid: str | None = None) -> tuple[PlanInfo, ...]:
    with database.session() as session:
        query = select(Plan).order_by(Plan.first_fiscal_year, Plan.id)
        if office_uuid is not None:
            query = query.join(Plan.office).where(Office.uuid == office_uuid)
        return tuple(to_info(session, plan) for plan in session.scalars(query))


def get_plan(database: Database, plan_uuid: str) -> PlanInfo:
    with database.session() as session:
        return to_info(session, plan_by_uuid(session, plan_uuid))


def plan_covering(session: Session, office: Office, fiscal_year: int) -> Plan | None:
    """The office's (first) plan whose span includes ``fiscal_year``."""
    return session.scalar(
        select(Plan)
        .where(
            Plan.office_id == office.id,
            Plan.first_fiscal_year <= fiscal_year,
            Plan.last_fiscal_year >= fiscal_year,
        )
        .order_by(Plan.first_fiscal_year, Plan.id)
        .limit(1)
    )


def find_plan_covering(database: Database, *, office_uuid: str, fiscal_year: int) -> PlanInfo | None:
    with database.session() as session:
        office = session.scalar(select(Office).where(Office.uuid == office_uuid))
        plan = plan_covering(session, office, fiscal_year) if office is not None else None
        return to_info(session, plan) if plan is not None else None


def set_report_details(
    database: Database, *, plan_uuid: str, data_as_of: date | None, prepared_by: str
) -> PlanInfo:
    """The "ข้อมูล ณ วันที่" date and the preparer printed under the plan table."""
    with database.session() as session:
        plan = plan_by_uuid(session, plan_uuid)
        record_report_details(plan, data_as_of=data_as_of, prepared_by=prepared_by)
        session.flush()
        return to_info(session, plan)


def record_report_details(plan: Plan, *, data_as_of: date | None, prepared_by: str) -> None:
    plan.data_as_of = data_as_of
    plan.prepared_by = " ".join(prepared_by.split())
