"""The schema enforces what the services rely on: keys, exact money, closed vocabularies."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError, StatementError

from db.models import (
    Framework,
    ItemKind,
    ItemProgress,
    NotPossibleReason,
    Office,
    OfficeKind,
    Plan,
    PlanItem,
    PlanItemYear,
    ProgressStatus,
    Round,
)
from db.thai import RoundKind


def _office(session) -> Office:
    office = Office(
        name="องค์การบริหารส่วนตำบลพิปูน", kind=OfficeKind.SAO, district="พิปูน", province="นครศรีธรรมราช"
    )
    session.add(office)
    session.flush()
    return office


def _plan_with_item(session):
    framework = session.scalar(select(Framework).where(Framework.code == "nacc-2566-2570"))
    plan = Plan(office=_office(session), framework=framework, first_fiscal_year=2023, last_fiscal_year=2027)
    item = PlanItem(plan=plan, kind=ItemKind.MEASURE, name="มาตรการ NO Gift Policy")
    session.add_all([plan, item])
    session.flush()
    return plan, item


def test_pragmas_are_set_on_every_connection(database) -> None:
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_foreign_keys_are_enforced(database) -> None:
    with pytest.raises(IntegrityError), database.session() as session:
        session.execute(
            text("INSERT INTO office_units (uuid, office_id, name, position) VALUES ('u', 999, 'x', 0)")
        )


def test_every_row_gets_a_distinct_uuid(database) -> None:
    with database.session() as session:
        a, b = _office(session), Office(name="เทศบาลตำบลทุ่งน้อย", kind=OfficeKind.SUBDISTRICT_MUNICIPALITY)
        session.add(b)
        session.flush()
        assert len(a.uuid) == 36 and a.uuid != b.uuid


def test_money_is_exact_and_stored_as_satang(database) -> None:
    with database.session() as session:
        _, item = _plan_with_item(session)
        session.add(PlanItemYear(item=item, fiscal_year=2023, budget_own=Decimal("65000.50")))
    with database.session() as session:
        year = session.scalar(select(PlanItemYear))
        assert year.budget_own == Decimal("65000.50")
        raw = session.execute(text("SELECT budget_own FROM plan_item_years")).scalar()
        assert raw == 6500050


@pytest.mark.parametrize("bad", [65000.5, Decimal("1.005")])
def test_money_refuses_float_and_fractions_of_satang(database, bad) -> None:
    with pytest.raises(StatementError), database.session() as session:
        _, item = _plan_with_item(session)
        session.add(PlanItemYear(item=item, fiscal_year=2023, budget_own=bad))
        session.flush()


def test_negative_budget_is_refused_by_the_schema(database) -> None:
    with pytest.raises(IntegrityError), database.session() as session:
        _, item = _plan_with_item(session)
        session.add(PlanItemYear(item=item, fiscal_year=2023, budget_own=Decimal("-1.00")))
        session.flush()


def test_one_row_per_item_and_year(database) -> None:
    with pytest.raises(IntegrityError), database.session() as session:
        _, item = _plan_with_item(session)
        session.add_all(
            [PlanItemYear(item=item, fiscal_year=2023), PlanItemYear(item=item, fiscal_year=2023)]
        )
        session.flush()


def test_enum_values_outside_the_vocabulary_are_refused(database) -> None:
    with pytest.raises(IntegrityError), database.session() as session:
        _plan_with_item(session)
        session.execute(text("UPDATE plan_items SET kind = 'party'"))


def test_approved_plan_needs_an_approval_date(database) -> None:
    with pytest.raises(IntegrityError), database.session() as session:
        _plan_with_item(session)
        session.execute(text("UPDATE plans SET status = 'approved'"))


def test_not_possible_requires_a_reason_and_other_requires_text(database) -> None:
    with database.session() as session:
        plan, item = _plan_with_item(session)
        round_ = Round(plan=plan, fiscal_year=2023, kind=RoundKind.SIX_MONTH)
        session.add(round_)
        session.flush()
        round_id, item_id = round_.id, item.id
    cases = [
        (ProgressStatus.NOT_POSSIBLE, None, ""),
        (ProgressStatus.DONE, NotPossibleReason.NO_BUDGET, ""),
        (ProgressStatus.NOT_POSSIBLE, NotPossibleReason.OTHER, ""),
    ]
    for status, reason, note in cases:
        with pytest.raises(IntegrityError), database.session() as session:
            session.add(
                ItemProgress(
                    round_id=round_id,
                    plan_item_id=item_id,
                    status=status,
                    not_possible_reason=reason,
                    not_possible_note=note,
                )
            )
            session.flush()
    with database.session() as session:
        session.add(
            ItemProgress(
                round_id=round_id,
                plan_item_id=item_id,
                status=ProgressStatus.NOT_POSSIBLE,
                not_possible_reason=NotPossibleReason.OTHER,
                not_possible_note="น้ำท่วมพื้นที่",
            )
        )


def test_round_date_range_is_computed_from_the_fiscal_year(database) -> None:
    from datetime import date

    with database.session() as session:
        plan, _ = _plan_with_item(session)
        six = Round(plan=plan, fiscal_year=2021, kind=RoundKind.SIX_MONTH)
        twelve = Round(plan=plan, fiscal_year=2021, kind=RoundKind.TWELVE_MONTH)
        assert six.date_range == (date(2020, 10, 1), date(2021, 3, 31))
        assert twelve.date_range == (date(2020, 10, 1), date(2021, 9, 30))


def test_deleting_a_plan_removes_its_items(database) -> None:
    with database.session() as session:
        plan, _ = _plan_with_item(session)
    with database.session() as session:
        session.delete(session.get(Plan, plan.id))
    with database.session() as session:
        assert session.scalar(select(PlanItem)) is None
