"""Evidence of a reported item (photos, PDFs): kept in the evidence store beside the database.

A file is stored once under its SHA-256 (``evidence/ab/abcdef…``), written atomically and checked
against its hash whenever it is read back, so a damaged or swapped file is noticed rather than
printed. Removing evidence from an item never deletes the stored file (another item, another
database in the same folder, or a backup may still refer to it).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.base import utcnow
from db.errors import BadInput, StorageUnavailable
from db.files import write_bytes_atomically
from db.models import EvidenceFile, ItemProgress
from db.services.items import item_by_uuid
from db.services.progress_report import build_progress_report
from db.services.rounds import check_unlocked, round_by_uuid
from db.session import Database
from db.thai.fiscal import RoundKind

MAX_BYTES = 30 * 1024 * 1024
#: what a clerk attaches, recognised by the file's first bytes rather than its name
SIGNATURES = (
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"%PDF-", "application/pdf"),
)
IMAGE_TYPES = frozenset({"image/jpeg", "image/png"})


@dataclass(frozen=True)
class EvidenceInfo:
    uuid: str
    file_name: str
    sha256: str
    size_bytes: int
    media_type: str
    caption: str
    added_at: datetime

    @property
    def is_image(self) -> bool:
        return self.media_type in IMAGE_TYPES


def evidence_dir(database: Database) -> Path:
    return Path(database.path).parent / "evidence"


def stored_path(database: Database, sha256: str) -> Path:
    return evidence_dir(database) / sha256[:2] / sha256


def media_type_of(data: bytes) -> str | None:
    return next((kind for magic, kind in SIGNATURES if data.startswith(magic)), None)


def _info(row: EvidenceFile) -> EvidenceInfo:
    return EvidenceInfo(
        uuid=row.uuid,
        file_name=row.file_name,
        sha256=row.sha256,
        size_bytes=row.size_bytes,
        media_type=row.media_type,
        caption=row.caption,
        added_at=row.added_at,
    )


def _store(database: Database, data: bytes) -> str:
    digest = hashlib.sha256(data).hexdigest()
    target = stored_path(database, digest)
    if not (target.is_file() and hashlib.sha256(target.read_bytes()).hexdigest() == digest):
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageUnavailable(f"สร้างโฟลเดอร์เก็บหลักฐาน {target.parent} ไม่ได้") from exc
        write_bytes_atomically(target, data)
    return digest


def add_evidence(
    database: Database, *, round_uuid: str, item_uuid: str, source: Path, caption: str = ""
) -> EvidenceInfo:
    """Attach a copy of ``source`` (JPEG, PNG or PDF, up to 30 MB) to the item's result in the round."""
    source = Path(source)
    try:
        size = source.stat().st_size
        if size > MAX_BYTES:
            raise BadInput(f"ไฟล์ {source.name} ใหญ่เกิน 30 MB กรุณาย่อขนาดภาพหรือแยกไฟล์ก่อนแนบ")
        data = source.read_bytes()
    except OSError as exc:
        raise BadInput(f"อ่านไฟล์ {source.name} ไม่ได้ ไฟล์อาจถูกย้ายหรือไม่มีสิทธิ์อ่าน") from exc
    media_type = media_type_of(data)
    if media_type is None:
        raise BadInput(f"ไฟล์ {source.name} ไม่ใช่ภาพ JPEG/PNG หรือ PDF จึงแนบเป็นหลักฐานไม่ได้")
    with database.session() as session:
        round_ = round_by_uuid(session, round_uuid)
        check_unlocked(round_)
        item = item_by_uuid(session, item_uuid)
        progress = session.scalar(
            select(ItemProgress).where(
                ItemProgress.round_id == round_.id, ItemProgress.plan_item_id == item.id
            )
        )
        if progress is None:
            raise BadInput("กรุณาบันทึกผลการดำเนินงานของรายการนี้ก่อน แล้วจึงแนบหลักฐาน")
        digest = _store(database, data)
        row = EvidenceFile(
            file_name=source.name[:255],
            sha256=digest,
            size_bytes=len(data),
            media_type=media_type,
            caption=" ".join(caption.split()),
            added_at=utcnow(),
        )
        progress.evidence.append(row)
        session.flush()
        return _info(row)


def list_evidence(database: Database, *, round_uuid: str, item_uuid: str) -> tuple[EvidenceInfo, ...]:
    with database.session() as session:
        round_ = round_by_uuid(session, round_uuid)
        item = item_by_uuid(session, item_uuid)
        rows = session.scalars(
            select(EvidenceFile)
            .join(ItemProgress)
            .where(ItemProgress.round_id == round_.id, ItemProgress.plan_item_id == item.id)
            .order_by(EvidenceFile.added_at, EvidenceFile.id)
        )
        return tuple(_info(r) for r in rows)


def _evidence_in_open_round(session: Session, evidence_uuid: str) -> EvidenceFile:
    row = session.scalar(select(EvidenceFile).where(EvidenceFile.uuid == evidence_uuid))
    if row is None:
        raise KeyError(evidence_uuid)
    progress = session.get(ItemProgress, row.progress_id)
    check_unlocked(progress.round)
    return row


def set_caption(database: Database, *, evidence_uuid: str, caption: str) -> EvidenceInfo:
    with database.session() as session:
        row = _evidence_in_open_round(session, evidence_uuid)
        row.caption = " ".join(caption.split())
        return _info(row)


def remove_evidence(database: Database, *, evidence_uuid: str) -> None:
    """Detach the evidence from its item; the stored file stays (see the module's docstring)."""
    with database.session() as session:
        session.delete(_evidence_in_open_round(session, evidence_uuid))


def read_evidence(database: Database, evidence: EvidenceInfo) -> bytes:
    """The stored bytes, checked against their hash; a missing or damaged file is a Thai error."""
    path = stored_path(database, evidence.sha256)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise StorageUnavailable(
            f"ไม่พบไฟล์หลักฐาน {evidence.file_name} ในโฟลเดอร์ {evidence_dir(database)} "
            "(โฟลเดอร์หลักฐานต้องอยู่คู่กับไฟล์ข้อมูลเสมอ)"
        ) from exc
    if hashlib.sha256(data).hexdigest() != evidence.sha256:
        raise StorageUnavailable(f"ไฟล์หลักฐาน {evidence.file_name} เสียหายหรือถูกแก้ไข ไม่ตรงกับที่แนบไว้")
    return data


@dataclass(frozen=True)
class AppendixEntry:
    """One piece of evidence as the appendix prints it, with the bytes read (and checked) or why not."""

    item_label: str
    evidence: EvidenceInfo
    data: bytes | None
    problem: str = ""


@dataclass(frozen=True)
class EvidenceAppendix:
    office_name: str
    office_location: str
    fiscal_year: int
    kind: RoundKind
    entries: tuple[AppendixEntry, ...]

    @property
    def photos(self) -> tuple[AppendixEntry, ...]:
        return tuple(e for e in self.entries if e.evidence.is_image)

    @property
    def documents(self) -> tuple[AppendixEntry, ...]:
        return tuple(e for e in self.entries if not e.evidence.is_image)


def build_evidence_appendix(database: Database, *, round_uuid: str) -> EvidenceAppendix:
    """Every piece of evidence of the round, in the order of the report's rows."""
    report = build_progress_report(database, round_uuid=round_uuid)
    entries = []
    for row in report.rows:
        for evidence in list_evidence(database, round_uuid=round_uuid, item_uuid=row.item_uuid):
            try:
                data, problem = read_evidence(database, evidence), ""
            except StorageUnavailable as exc:
                data, problem = None, exc.message_th
            entries.append(AppendixEntry(row.label, evidence, data, problem))
    return EvidenceAppendix(
        office_name=report.office.name,
        office_location=report.office.location,
        fiscal_year=report.fiscal_year,
        kind=report.kind,
        entries=tuple(entries),
    )
