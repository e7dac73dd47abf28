"""Fixtures of the db tests: an office with a 2566–2570 plan."""

from __future__ import annotations

import pytest

from db.models import OfficeKind
from db.services.offices import OfficeDraft, create_office
from db.services.plans import create_plan


@pytest.fixture
def plan(database):
    office = create_office(
        database,
        OfficeDraft(
            name="เทศบาลตำบลทุ่งน้อย", kind=OfficeKind.SUBDISTRICT_MUNICIPALITY, units=("สำนักปลัด", "กองคลัง")
        ),
    )
    return create_plan(
        database,
        office_uuid=office.uuid,
        framework_code="nacc-2566-2570",
        first_fiscal_year=2023,
        last_fiscal_year=2027,
    )
