"""Evidence files: stored once by hash beside the database, checked when read, refused when foreign."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.errors import BadInput, StorageUnavailable
from db.models import ProgressStatus
from db.services.demo import create_demo
from db.services.evidence import (
    add_evidence,
    list_evidence,
    read_evidence,
    remove_evidence,
    set_caption,
    stored_path,
)
from db.services.rounds import (
    ProgressDraft,
    RoundLocked,
    open_round,
    record_progress,
    round_progress,
    submit_round,
)
from db.thai.fiscal import RoundKind
from tests.conftest import dump_database

JPEG = b"\xff\xd8\xff\xe0" + b"\x00\x10JFIF" + bytes(range(256)) * 4
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def reported(database):
    demo = create_demo(database)
    round_ = open_round(database, plan_uuid=demo.plan.uuid, fiscal_year=2024, kind=RoundKind.SIX_MONTH)
    item = round_progress(database, round_.uuid)[0]
    record_progress(
        database,
        round_uuid=round_.uuid,
        item_uuid=item.item_uuid,
        draft=ProgressDraft(status=ProgressStatus.DONE),
    )
    return round_, item


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_a_photo_is_stored_once_by_its_hash_and_read_back(database, reported, tmp_path: Path) -> None:
    round_, item = reported
    photo = write(tmp_path, "อบรม.jpg", JPEG)
    first = add_evidence(
        database, round_uuid=round_.uuid, item_uuid=item.item_uuid, source=photo, caption=" ภาพ  การอบรม "
    )
    again = add_evidence(database, round_uuid=round_.uuid, item_uuid=item.item_uuid, source=photo)
    assert first.sha256 == again.sha256 and first.uuid != again.uuid
    assert first.is_image and first.caption == "ภาพ การอบรม" and first.file_name == "อบรม.jpg"
    assert stored_path(database, first.sha256).read_bytes() == JPEG
    assert len(list(stored_path(database, first.sha256).parent.iterdir())) == 1
    photo.unlink()  # the clerk's copy may go: the store keeps its own
    assert read_evidence(database, first) == JPEG
    pdf = add_evidence(
        database, round_uuid=round_.uuid, item_uuid=item.item_uuid, source=write(tmp_path, "x.pdf", PDF)
    )
    assert pdf.media_type == "application/pdf" and not pdf.is_image
    assert [e.uuid for e in list_evidence(database, round_uuid=round_.uuid, item_uuid=item.item_uuid)] == [
        first.uuid,
        again.uuid,
        pdf.uuid,
    ]
    assert set_caption(database, evidence_uuid=pdf.uuid, caption="คำสั่ง").caption == "คำสั่ง"
    remove_evidence(database, evidence_uuid=first.uuid)
    assert len(list_evidence(database, round_uuid=round_.uuid, item_uuid=item.item_uuid)) == 2
    assert stored_path(database, first.sha256).is_file()  # never deleted: others may refer to it


def test_foreign_files_and_unreported_items_are_refused_with_nothing_written(
    database, reported, tmp_path: Path
) -> None:
    round_, item = reported
    before = dump_database(database.path)
    cases = [
        (write(tmp_path, "photo.jpg", b"GIF89a not really"), "ไม่ใช่ภาพ JPEG/PNG หรือ PDF"),
        (tmp_path / "missing.jpg", "อ่านไฟล์ missing.jpg ไม่ได้"),
    ]
    for source, words in cases:
        with pytest.raises(BadInput) as refused:
            add_evidence(database, round_uuid=round_.uuid, item_uuid=item.item_uuid, source=source)
        assert words in refused.value.message_th
    other = round_progress(database, round_.uuid)[1]
    with pytest.raises(BadInput) as unreported:
        add_evidence(
            database, round_uuid=round_.uuid, item_uuid=other.item_uuid, source=write(tmp_path, "a.jpg", JPEG)
        )
    assert "บันทึกผลการดำเนินงานของรายการนี้ก่อน" in unreported.value.message_th
    assert dump_database(database.path) == before


def test_a_damaged_stored_file_is_noticed(database, reported, tmp_path: Path) -> None:
    round_, item = reported
    evidence = add_evidence(
        database,
        round_uuid=round_.uuid,
        item_uuid=item.item_uuid,
        source=write(tmp_path, "a.png", b"\x89PNG\r\n\x1a\nxx"),
    )
    stored_path(database, evidence.sha256).write_bytes(b"\x89PNG\r\n\x1a\nyy")
    with pytest.raises(StorageUnavailable) as damaged:
        read_evidence(database, evidence)
    assert "เสียหายหรือถูกแก้ไข" in damaged.value.message_th
    # attaching the same photo again repairs the store
    add_evidence(
        database,
        round_uuid=round_.uuid,
        item_uuid=item.item_uuid,
        source=write(tmp_path, "b.png", b"\x89PNG\r\n\x1a\nxx"),
    )
    assert read_evidence(database, evidence) == b"\x89PNG\r\n\x1a\nxx"


def test_evidence_of_a_submitted_round_cannot_change(database, reported, tmp_path: Path) -> None:
    round_, item = reported
    evidence = add_evidence(
        database, round_uuid=round_.uuid, item_uuid=item.item_uuid, source=write(tmp_path, "a.jpg", JPEG)
    )
    submit_round(database, round_uuid=round_.uuid)
    with pytest.raises(RoundLocked):
        add_evidence(
            database, round_uuid=round_.uuid, item_uuid=item.item_uuid, source=write(tmp_path, "b.jpg", JPEG)
        )
    with pytest.raises(RoundLocked):
        remove_evidence(database, evidence_uuid=evidence.uuid)
    with pytest.raises(RoundLocked):
        set_caption(database, evidence_uuid=evidence.uuid, caption="x")


def test_a_result_with_evidence_is_not_cleared(database, reported, tmp_path: Path) -> None:
    from db.errors import UserFacingError
    from db.services.rounds import clear_progress, get_progress

    round_, item = reported
    evidence = add_evidence(
        database, round_uuid=round_.uuid, item_uuid=item.item_uuid, source=write(tmp_path, "a.jpg", JPEG)
    )
    with pytest.raises(UserFacingError) as refused:
        clear_progress(database, round_uuid=round_.uuid, item_uuid=item.item_uuid)
    assert "หลักฐานแนบอยู่ 1 ไฟล์" in refused.value.message_th
    remove_evidence(database, evidence_uuid=evidence.uuid)
    clear_progress(database, round_uuid=round_.uuid, item_uuid=item.item_uuid)
    assert not get_progress(database, round_uuid=round_.uuid, item_uuid=item.item_uuid).reported
