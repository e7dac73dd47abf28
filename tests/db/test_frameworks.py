"""Framework versions are data: loaded from resources, complete, and kept up to date."""

from __future__ import annotations

import json
from collections import Counter

from db.services import frameworks
from db.services.frameworks import get_framework, list_frameworks, sort_key, sync_frameworks


def test_both_bundled_versions_are_loaded(database) -> None:
    codes = [f.code for f in list_frameworks(database)]
    assert codes == ["nacc-2561-2564", "nacc-2566-2570"]


def test_2566_2570_has_4_dimensions_12_items_and_32_sub_items(database) -> None:
    framework = get_framework(database, "nacc-2566-2570")
    levels = Counter(node.level for node in framework.walk())
    assert levels == {1: 4, 2: 12, 3: 32}
    assert (framework.first_fiscal_year, framework.last_fiscal_year) == (2023, 2027)
    assert [d.title for d in framework.dimensions] == [
        "การสร้างวัฒนธรรมสุจริต",
        "การบริหารราชการด้วยความโปร่งใส",
        "การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน",
        "การยกระดับกลไกการตรวจสอบการดำเนินงานขององค์กรปกครองส่วนท้องถิ่น",
    ]
    assert framework.node("2.2.2").title == "การจัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
    assert [c.code for c in framework.node("3.2").children] == ["3.2.1", "3.2.2", "3.2.3"]


def test_2561_2564_keeps_its_own_names(database) -> None:
    framework = get_framework(database, "nacc-2561-2564")
    assert framework.dimensions[0].title == "การสร้างสังคมที่ไม่ทนต่อการทุจริต"
    assert framework.node("2.5").title.startswith("มาตรการจัดการในกรณีได้ทราบ")
    assert len([n for n in framework.walk() if n.level == 2]) == 15


def test_no_title_carries_the_source_typo(database) -> None:
    for framework in list_frameworks(database):
        for node in framework.walk():
            assert "มติ" not in node.title.replace("มิติ", "")


def test_codes_sort_numerically() -> None:
    assert sorted(["2.10", "2.9", "10.1", "2.1.3"], key=sort_key) == ["2.1.3", "2.9", "2.10", "10.1"]


def test_sync_is_idempotent_and_updates_titles_without_losing_items(database, tmp_path, monkeypatch) -> None:
    sync_frameworks(database)
    assert len(get_framework(database, "nacc-2566-2570").walk()) == 48

    source = next(p for p in frameworks.framework_files() if p.name == "nacc-2566-2570.json")
    data = json.loads(source.read_text(encoding="utf-8"))
    data["dimensions"][0]["title_th"] = "ชื่อใหม่ของมิติที่หนึ่ง"
    del data["dimensions"][3]  # a later file that drops items must not delete them here
    changed = tmp_path / "nacc-2566-2570.json"
    changed.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(frameworks, "framework_files", lambda: [changed])

    sync_frameworks(database)
    framework = get_framework(database, "nacc-2566-2570")
    assert framework.dimensions[0].title == "ชื่อใหม่ของมิติที่หนึ่ง"
    assert len(framework.walk()) == 48
