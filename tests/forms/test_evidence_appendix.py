"""The evidence appendix: photos two per page under their item and above their caption."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from PIL import Image as PILImage

from db.models import ProgressStatus
from db.services.demo import create_demo
from db.services.evidence import add_evidence, build_evidence_appendix, stored_path
from db.services.progress_report import build_progress_report
from db.services.rounds import ProgressDraft, open_round, record_progress, round_progress
from db.thai import to_thai_digits
from db.thai.fiscal import RoundKind
from forms.evidence_appendix import TITLE, render_evidence_appendix
from tests.forms.pdf_tools import pdf_pages, requires_poppler

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def picture(tmp_path: Path, name: str, size: tuple[int, int], kind: str) -> Path:
    buffer = BytesIO()
    PILImage.new("RGB", size, (30, 120, 200)).save(buffer, format=kind)
    path = tmp_path / name
    path.write_bytes(buffer.getvalue())
    return path


@requires_poppler
def test_photos_print_two_per_page_with_item_and_caption(database, tmp_path: Path) -> None:
    demo = create_demo(database)
    round_ = open_round(database, plan_uuid=demo.plan.uuid, fiscal_year=2024, kind=RoundKind.SIX_MONTH)
    first, second = round_progress(database, round_.uuid)[:2]
    for item in (first, second):
        record_progress(
            database,
            round_uuid=round_.uuid,
            item_uuid=item.item_uuid,
            draft=ProgressDraft(status=ProgressStatus.DONE),
        )
    attach = [
        (first, picture(tmp_path, "wide.jpg", (1600, 900), "JPEG"), "การอบรมวันที่ ๑"),
        (first, picture(tmp_path, "tall.png", (600, 1400), "PNG"), "ป้ายประชาสัมพันธ์"),
        (second, picture(tmp_path, "small.jpg", (120, 90), "JPEG"), ""),
    ]
    for item, path, caption in attach:
        add_evidence(database, round_uuid=round_.uuid, item_uuid=item.item_uuid, source=path, caption=caption)
    document = tmp_path / "คำสั่ง.pdf"
    document.write_bytes(PDF)
    orders = add_evidence(database, round_uuid=round_.uuid, item_uuid=second.item_uuid, source=document)
    stored_path(database, orders.sha256).unlink()  # lost from the store: printed as a notice, not a crash

    appendix = build_evidence_appendix(database, round_uuid=round_.uuid)
    assert [e.evidence.file_name for e in appendix.photos] == ["wide.jpg", "tall.png", "small.jpg"]
    pages = pdf_pages(render_evidence_appendix(appendix), tmp_path)
    assert all(TITLE in page for page in pages)
    photo_pages = [p for p in pages if "ภาพที่" in p]
    assert [p.count("ภาพที่") for p in photo_pages] == [2, 1]
    assert "ภาพที่ ๑ การอบรมวันที่ ๑" in photo_pages[0] and "ภาพที่ ๒ ป้ายประชาสัมพันธ์" in photo_pages[0]
    labels = {
        row.item_uuid: row.label for row in build_progress_report(database, round_uuid=round_.uuid).rows
    }
    assert "".join(to_thai_digits(labels[first.item_uuid]).split()) in "".join(photo_pages[0].split())
    documents = pages[-1]
    assert "เอกสารแนบ" in documents and "คำสั่ง.pdf" in documents and "ไม่พบไฟล์หลักฐาน" in documents


@requires_poppler
def test_a_round_without_evidence_says_so(database, tmp_path: Path) -> None:
    demo = create_demo(database)
    round_ = open_round(database, plan_uuid=demo.plan.uuid, fiscal_year=2024, kind=RoundKind.TWELVE_MONTH)
    pdf = render_evidence_appendix(build_evidence_appendix(database, round_uuid=round_.uuid))
    (page,) = pdf_pages(pdf, tmp_path)
    assert "ไม่มีภาพถ่ายหรือเอกสารหลักฐานแนบในรอบนี้" in page and "รอบ ๑๒ เดือน (ผลงานสะสม)" in page
