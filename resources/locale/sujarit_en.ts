<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="th_TH">
<context>
    <name>ApproveDialog</name>
    <message>
        <source>อนุมัติแผน</source>
        <translation>Approve plan</translation>
    </message>
    <message>
        <source>แผน</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>วันที่อนุมัติ</source>
        <translation>Approval date</translation>
    </message>
    <message>
        <source>อนุมัติ</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>กรุณากรอกวันที่อนุมัติ</source>
        <translation>Please enter the approval date.</translation>
    </message>
</context>
<context>
    <name>BudgetChart</name>
    <message>
        <source>งบประมาณ</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>ผลเบิกจ่าย</source>
        <translation>Disbursed</translation>
    </message>
    <message>
        <source>เบิกจ่าย {percent}%</source>
        <translation>{percent}% disbursed</translation>
    </message>
</context>
<context>
    <name>CalendarPopup</name>
    <message>
        <source>เดือนก่อน (Page Up)</source>
        <translation>Previous month (Page Up)</translation>
    </message>
    <message>
        <source>เดือนถัดไป (Page Down)</source>
        <translation>Next month (Page Down)</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} B.E. {year}</translation>
    </message>
</context>
<context>
    <name>CatalogPicker</name>
    <message>
        <source>พ.ศ. {year}</source>
        <translation>B.E. {year}</translation>
    </message>
    <message>
        <source>เพิ่มจากตัวอย่างของ ป.ป.ช.</source>
        <translation>Add from NACC examples</translation>
    </message>
    <message>
        <source>ไม่พบตัวอย่างที่ตรงกับ “{text}”</source>
        <translation>No example matches “{text}”</translation>
    </message>
    <message>
        <source>เลือกแล้ว {count} รายการ</source>
        <translation>Selected: {count}</translation>
    </message>
    <message>
        <source>ยังไม่ได้เลือก — ติ๊กช่องหน้าชื่อตัวอย่างที่ต้องการ</source>
        <translation>Nothing selected yet — tick the box before an example&apos;s name</translation>
    </message>
    <message>
        <source>เลือกตัวอย่างทางซ้ายเพื่อดูรายละเอียดที่จะเพิ่มในแผนของ {office}</source>
        <translation>Choose an example on the left to see what will be added to the plan of {office}</translation>
    </message>
    <message>
        <source>มีตัวอย่าง {count} รายการ</source>
        <translation>Examples: {count}</translation>
    </message>
    <message>
        <source>ประเภท</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>ข้อในกรอบแผน</source>
        <translation>Framework items</translation>
    </message>
    <message>
        <source>กลุ่มเป้าหมาย</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>ระยะเวลา</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>งบประมาณ</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>ใช้งบประมาณ</source>
        <translation>Needs a budget</translation>
    </message>
    <message>
        <source>ไม่ใช้งบประมาณ</source>
        <translation>No budget needed</translation>
    </message>
    <message>
        <source>วัตถุประสงค์</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <source>วิธีดำเนินการ</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>ผลผลิต</source>
        <translation>Outputs</translation>
    </message>
    <message>
        <source>ผลลัพธ์</source>
        <translation>Outcomes</translation>
    </message>
</context>
<context>
    <name>CatalogPickerView</name>
    <message>
        <source>ค้นหาชื่อ เช่น ร้องเรียน, No Gift หรือรหัสข้อ เช่น ๒.๒.๒</source>
        <translation>Search a name (Thai, or e.g. No Gift) or a framework code such as 2.2.2</translation>
    </message>
    <message>
        <source>ล้างที่เลือก</source>
        <translation>Clear selection</translation>
    </message>
    <message>
        <source>เพิ่มในแผน</source>
        <translation>Add to plan</translation>
    </message>
    <message>
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>ค้นหา</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>ตัวอย่างที่จะเพิ่มในแผน</source>
        <translation>What will be added to the plan</translation>
    </message>
    <message>
        <source>ใส่ในแผนปี</source>
        <translation>In the plan from</translation>
    </message>
    <message>
        <source>ถึง</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>CatalogTreeModel</name>
    <message>
        <source>มิติ / ข้อ / ตัวอย่าง</source>
        <translation>Dimension / item / example</translation>
    </message>
    <message>
        <source>จำนวน</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>สถานะ</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>มิติที่ {number} {title}</source>
        <translation>Dimension {number} {title}</translation>
    </message>
    <message>
        <source>มีในแผนแล้ว</source>
        <translation>Already in the plan</translation>
    </message>
    <message>
        <source>ตัวอย่างนี้มีในแผนแล้ว</source>
        <translation>This example is already in the plan</translation>
    </message>
    <message>
        <source>ข้ออื่นที่ไม่อยู่ในกรอบแผนนี้</source>
        <translation>Other items, not in this framework</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <source>ยินดีต้อนรับสู่โปรแกรมสุจริต</source>
        <extracomment>ส่วนราชการ most offices have; the clerk removes, renames or adds to them (data: never translated).</extracomment>
        <translation>Welcome to Sujarit</translation>
    </message>
    <message>
        <source>เริ่มจากข้อมูลของหน่วยงานคุณเอง หรือเปิดข้อมูลตัวอย่างเพื่อทดลองใช้ก่อน</source>
        <translation>Start with your own office&apos;s details, or open the demonstration data to try the program first.</translation>
    </message>
    <message>
        <source>สร้างข้อมูลหน่วยงานของฉัน</source>
        <translation>Set up my office</translation>
    </message>
    <message>
        <source>เปิดข้อมูลตัวอย่าง (demo)</source>
        <translation>Open the demonstration data</translation>
    </message>
    <message>
        <source>กรอกชื่อ ที่ตั้ง ผู้บริหาร และส่วนราชการขององค์กรปกครองส่วนท้องถิ่น แล้วเริ่มจัดทำแผน</source>
        <translation>Enter the name, location, executive and divisions of your local government office, then start the plan.</translation>
    </message>
    <message>
        <source>เทศบาลตำบลสุจริตพัฒนา (สมมติ) พร้อมแผน พ.ศ. ๒๕๖๖–๒๕๗๐ ครบทุกตัวอย่าง ใช้ทดลองโปรแกรม</source>
        <translation>A fictitious subdistrict municipality with a complete B.E. 2566–2570 plan, for trying the program.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>เพิ่ม {name}</source>
        <extracomment>the window&apos;s reload: the UUIDs of the items that may have changed, or None for everything set by the window: shows a refused or failed change to the clerk</extracomment>
        <translation>Add {name}</translation>
    </message>
    <message>
        <source>เพิ่ม {count} รายการ</source>
        <translation>Add {count} items</translation>
    </message>
    <message>
        <source>แก้ไข {name}</source>
        <translation>Edit {name}</translation>
    </message>
    <message>
        <source>ลบ {name}</source>
        <translation>Delete {name}</translation>
    </message>
    <message>
        <source>ย้ายลำดับ {name}</source>
        <translation>Move {name}</translation>
    </message>
    <message>
        <source>ยกแผนปี พ.ศ. {source} ไปปี {target}</source>
        <translation>Roll over B.E. {source} to {target}</translation>
    </message>
    <message>
        <source>อนุมัติแผน</source>
        <translation>Approve plan</translation>
    </message>
    <message>
        <source>บันทึกรายงานมาตรการ ITA ปี {year}</source>
        <translation>Save ITA measures report B.E. {year}</translation>
    </message>
    <message>
        <source>นำเข้าแบบรายงาน {count} รายการ</source>
        <translation>Import {count} items from worksheets</translation>
    </message>
</context>
<context>
    <name>CompletenessDialog</name>
    <message>
        <source>ตรวจความครบถ้วนของแผน</source>
        <translation>Completeness check of the plan</translation>
    </message>
    <message>
        <source>ข้อมูลครบถ้วน พร้อมพิมพ์</source>
        <translation>Everything is complete and ready to print.</translation>
    </message>
    <message>
        <source>พบ {findings} เรื่องที่ควรแก้ใน {items} รายการ (ดับเบิลคลิกเพื่อแก้ไข)</source>
        <translation>Issues to fix: {findings} · items affected: {items} (double-click an issue to edit its item)</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>ที่อยู่ การติดต่อ และผู้บริหาร</source>
        <translation>Address, contact and executive</translation>
    </message>
    <message>
        <source>ใช้พิมพ์ในหัวเอกสารและรายงาน เว้นว่างไว้แล้วกรอกภายหลังได้</source>
        <translation>Printed in the heading of documents and reports; you may leave them empty and fill them in later.</translation>
    </message>
    <message>
        <source>เช่น ๙๙ หมู่ ๑ ตำบลทุ่งน้อย</source>
        <translation>In Thai, e.g. 99 Moo 1, Thung Noi subdistrict</translation>
    </message>
    <message>
        <source>เช่น นายสมชาย ใจซื่อ</source>
        <translation>In Thai, e.g. Mr Somchai Jaisue</translation>
    </message>
    <message>
        <source>เช่น นายกเทศมนตรีตำบลทุ่งน้อย</source>
        <translation>In Thai, e.g. Mayor of Thung Noi Subdistrict Municipality</translation>
    </message>
    <message>
        <source>ที่อยู่</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>โทรศัพท์</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>อีเมล</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>ชื่อผู้บริหาร</source>
        <translation>Executive&apos;s name</translation>
    </message>
    <message>
        <source>ตำแหน่งผู้บริหาร</source>
        <translation>Executive&apos;s title</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>ข้อความของวัตถุประสงค์ข้อที่เลือก</source>
        <translation>Text of the selected objective</translation>
    </message>
    <message>
        <source>ข้อความของขั้นตอนที่เลือก</source>
        <translation>Text of the selected step</translation>
    </message>
    <message>
        <source>เช่น พนักงานเทศบาลและพนักงานจ้าง</source>
        <translation>e.g. municipal officers and contract staff</translation>
    </message>
    <message>
        <source>หน่วยนับ เช่น คน</source>
        <translation>Unit, e.g. persons</translation>
    </message>
    <message>
        <source>วัตถุประสงค์</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <source>วิธีดำเนินการ</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>หลักการและเหตุผล</source>
        <translation>Rationale</translation>
    </message>
    <message>
        <source>กลุ่มเป้าหมาย</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>ปริมาณงาน</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>หมายเหตุ</source>
        <translation>Remarks</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <source>ข้อมูลที่แก้ไขยังไม่ได้บันทึก ต้องการปิดโดยไม่บันทึกหรือไม่</source>
        <translation>Your changes have not been saved. Close without saving?</translation>
    </message>
</context>
<context>
    <name>EvidenceBox</name>
    <message>
        <source>หลักฐาน (ภาพถ่าย/เอกสาร PDF)</source>
        <translation>Evidence (photos/PDF documents)</translation>
    </message>
    <message>
        <source>แนบไฟล์…</source>
        <translation>Attach file…</translation>
    </message>
    <message>
        <source>แนบภาพถ่าย (JPEG/PNG) หรือเอกสาร PDF ไม่เกิน ๓๐ MB</source>
        <translation>Attach a photo (JPEG/PNG) or a PDF document of up to 30 MB</translation>
    </message>
    <message>
        <source>นำออก</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>แก้คำบรรยาย</source>
        <translation>Edit caption</translation>
    </message>
    <message>
        <source>บันทึกผลก่อน แล้วจึงแนบหลักฐาน</source>
        <translation>Save the progress first, then attach evidence</translation>
    </message>
    <message>
        <source>แนบ นำออก หรือแก้คำบรรยายแล้ว บันทึกทันที ไม่ต้องกดบันทึก</source>
        <translation>Attaching, removing and captioning are saved at once; there is no need to press Save</translation>
    </message>
    <message>
        <source>รอบนี้ล็อกแล้ว ดูหลักฐานได้อย่างเดียว</source>
        <translation>This round is locked: the evidence can only be viewed</translation>
    </message>
    <message>
        <source>เปิดภาพ {name} ไม่ได้ ไฟล์อาจเสียหาย</source>
        <translation>Cannot open the picture {name}; the file may be damaged</translation>
    </message>
    <message>
        <source>แนบหลักฐาน</source>
        <translation>Attach evidence</translation>
    </message>
    <message>
        <source>ภาพหรือ PDF (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>Pictures or PDF (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <source>คำบรรยาย</source>
        <translation>Caption</translation>
    </message>
    <message>
        <source>คำบรรยายของ {name} (เว้นว่างได้)</source>
        <translation>Caption of {name} (may be left blank)</translation>
    </message>
    <message>
        <source>นำ {name} ออกจากหลักฐานของรายการนี้หรือไม่</source>
        <translation>Remove {name} from this item&apos;s evidence?</translation>
    </message>
    <message>
        <source>คำบรรยายของ {name}</source>
        <translation>Caption of {name}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>ค้นหาชื่อ หน่วยงาน หรือรหัส (Ctrl+F)</source>
        <translation>Search name, unit or code (Ctrl+F)</translation>
    </message>
    <message>
        <source>ประเภท: ทั้งหมด</source>
        <translation>Type: all</translation>
    </message>
    <message>
        <source>มิติ: ทั้งหมด</source>
        <translation>Dimension: all</translation>
    </message>
    <message>
        <source>มิติที่ {n}</source>
        <translation>Dimension {n}</translation>
    </message>
    <message>
        <source>ไตรมาส: ทั้งหมด</source>
        <translation>Quarter: all</translation>
    </message>
    <message>
        <source>ไตรมาส {n}</source>
        <translation>Quarter {n}</translation>
    </message>
    <message>
        <source>เฉพาะที่ยังไม่ครบ</source>
        <translation>Incomplete only</translation>
    </message>
    <message>
        <source>หน่วยงาน: ทั้งหมด</source>
        <translation>Unit: all</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>ข้อสังเกต (ไม่ขัดการบันทึก):</source>
        <translation>Findings (they do not stop saving):</translation>
    </message>
    <message>
        <source>แก้ไขแล้วหลังการตรวจ กด ตรวจ เพื่อตรวจใหม่</source>
        <translation>Edited since the last check: press Check to check again</translation>
    </message>
    <message>
        <source>ตรวจ</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>ตรวจว่าคะแนนขัดกับข้อความว่าได้คะแนนไม่ต่ำกว่าร้อยละ ๘๕ หรือไม่ (ตรวจอีกครั้งเมื่อกดบันทึก)</source>
        <translation>Check whether a score contradicts a claim of at least 85 percent (checked again on Save)</translation>
    </message>
    <message>
        <source>ดับเบิลคลิกหรือกด Enter เพื่อไปยังข้ออ้างอิงนั้น</source>
        <translation>Double-click or press Enter to go to that reference</translation>
    </message>
    <message>
        <source>พบ {n} เรื่องที่ผู้อ่านรายงานอาจสงสัย</source>
        <translation>{n} things a reader of the report may question</translation>
    </message>
    <message>
        <source>ไม่พบข้อสังเกต</source>
        <translation>No findings</translation>
    </message>
</context>
<context>
    <name>FrameworkPicker</name>
    <message>
        <source>ค้นหาข้อ: พิมพ์รหัส เช่น 2.2.2 หรือคำในชื่อข้อ</source>
        <translation>Find an item: type a code such as 2.2.2 or a word of its title</translation>
    </message>
    <message>
        <source>ข้อที่เลือก ข้อแรกเป็นข้อหลักที่ใช้จัดกลุ่มในแผน</source>
        <translation>The chosen items; the first is the main item, under which the plan lists it</translation>
    </message>
    <message>
        <source>ตั้งเป็นข้อหลัก</source>
        <translation>Make main item</translation>
    </message>
    <message>
        <source>นำออก</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>มิติที่ {code} {title}</source>
        <translation>Dimension {code} {title}</translation>
    </message>
    <message>
        <source>{code} (ไม่มีข้อนี้ในกรอบแผนของแผนนี้)</source>
        <translation>{code} (not in this plan&apos;s framework)</translation>
    </message>
    <message>
        <source>ข้อหลัก: {text}</source>
        <translation>Main: {text}</translation>
    </message>
</context>
<context>
    <name>IndicatorList</name>
    <message>
        <source>เพิ่มตัวชี้วัด</source>
        <translation>Add indicator</translation>
    </message>
    <message>
        <source>ตัวชี้วัดที่ {n}</source>
        <translation>Indicator {n}</translation>
    </message>
</context>
<context>
    <name>IndicatorResultRow</name>
    <message>
        <source>ตัวชี้วัดที่ {n} ({kind})</source>
        <translation>Indicator {n} ({kind})</translation>
    </message>
    <message>
        <source>เป้าหมาย: {target}</source>
        <translation>Target: {target}</translation>
    </message>
    <message>
        <source>เช่น เป็นไปตามเป้าหมาย</source>
        <translation>In Thai, e.g. target met</translation>
    </message>
    <message>
        <source>ผล</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>ผล (ข้อความ)</source>
        <translation>Result (text)</translation>
    </message>
    <message>
        <source>หมายเหตุ</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>IndicatorRow</name>
    <message>
        <source>เช่น ร้อยละของผู้เข้าร่วมที่มีความรู้เพิ่มขึ้น</source>
        <extracomment>Units offered for a target (data: the chosen one is printed in the Thai plan, so never translated).</extracomment>
        <translation>e.g. percentage of participants whose knowledge increased</translation>
    </message>
    <message>
        <source>ไม่ระบุ</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>ถ้าเป็นร้อยละ: ร้อยละของอะไร</source>
        <translation>For a percentage: percentage of what</translation>
    </message>
    <message>
        <source>ขึ้น</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>เลื่อนตัวชี้วัดนี้ขึ้น (Alt+Shift+ลูกศรขึ้น)</source>
        <translation>Move this indicator up (Alt+Shift+Up)</translation>
    </message>
    <message>
        <source>ลง</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>เลื่อนตัวชี้วัดนี้ลง (Alt+Shift+ลูกศรลง)</source>
        <translation>Move this indicator down (Alt+Shift+Down)</translation>
    </message>
    <message>
        <source>ลบ</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>ลบตัวชี้วัดนี้</source>
        <translation>Delete this indicator</translation>
    </message>
    <message>
        <source>ประเภท</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>ตัวชี้วัด</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>เกณฑ์</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>ค่าเป้าหมาย</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>หน่วยนับ</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>ช่วงเวลา</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>ค่าฐาน</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>ฐานของร้อยละ (ตัวหาร)</source>
        <translation>Percentage of (denominator)</translation>
    </message>
    <message>
        <source>วิธีการวัด</source>
        <translation>How it is measured</translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <source>ผลผลิต คือสิ่งที่ได้จากการดำเนินการ (เช่น จำนวนผู้เข้าร่วม) ผลลัพธ์ คือผลที่เกิดขึ้นตามมา (เช่น ร้อยละของผู้ที่มีความรู้เพิ่มขึ้น)</source>
        <translation>An output is what the work produces (e.g. the number of participants); an outcome is the effect that follows (e.g. the percentage of people whose knowledge increased).</translation>
    </message>
</context>
<context>
    <name>ItaEditor</name>
    <message>
        <source>รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน พ.ศ. {year}</source>
        <translation>Report on integrity and transparency measures, B.E. {year}</translation>
    </message>
    <message>
        <source>{office} · ปีงบประมาณ พ.ศ. {year}</source>
        <translation>{office} · fiscal year B.E. {year}</translation>
    </message>
    <message>
        <source>ยังไม่มีมาตรการ กด เพิ่ม ใต้รายการทางซ้ายเพื่อเริ่ม</source>
        <translation>No measures yet: press Add under the list on the left to begin</translation>
    </message>
    <message>
        <source>บันทึก</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>บันทึก (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>อ่านค่าที่กรอกบางช่องไม่ได้ กรุณาแก้ไขช่องที่มีข้อความสีแดง</source>
        <translation>Some entries cannot be read: please correct the fields with red messages</translation>
    </message>
    <message>
        <source>ยังบันทึกไม่ได้ กรุณาแก้ไขตามข้อความสีแดง</source>
        <translation>Cannot save yet: please correct what the red messages say</translation>
    </message>
    <message>
        <source>มีข้อสังเกตที่ยังไม่ได้ตรวจดู (ด้านล่าง) กด บันทึก อีกครั้งเพื่อบันทึกตามที่กรอกไว้</source>
        <translation>There are findings you have not looked at yet (below): press Save again to save as entered</translation>
    </message>
    <message>
        <source>มาตรการที่ {n}</source>
        <translation>Measure {n}</translation>
    </message>
    <message>
        <source>ผลลัพธ์ของข้อ {range}</source>
        <translation>result of actions {range}</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>แก้ไขรายการในแผน</source>
        <translation>Edit plan item</translation>
    </message>
    <message>
        <source>เพิ่มรายการในแผน</source>
        <translation>Add plan item</translation>
    </message>
    <message>
        <source>ข้อมูลหลัก</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>รายละเอียด</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>งบประมาณและระยะเวลา</source>
        <translation>Budget and schedule</translation>
    </message>
    <message>
        <source>ตัวชี้วัด</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>บันทึก</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>บันทึก (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>อ่านค่าที่กรอกบางช่องไม่ได้ กรุณาแก้ไขช่องที่มีข้อความสีแดง</source>
        <translation>Some values cannot be read; please correct the fields with a red message.</translation>
    </message>
    <message>
        <source>ยังบันทึกไม่ได้ กรุณาแก้ไขตามข้อความสีแดง</source>
        <translation>Not saved yet; please correct what the red messages point out.</translation>
    </message>
    <message>
        <source>ข้อ {n}: </source>
        <translation>Entry {n}: </translation>
    </message>
</context>
<context>
    <name>ItemProblem</name>
    <message>
        <source>ตัวชี้วัด</source>
        <extracomment>Source texts (translated when shown): what an incomplete item lacks, in a word and in a sentence.</extracomment>
        <translation>indicator</translation>
    </message>
    <message>
        <source>ไตรมาส</source>
        <translation>quarter</translation>
    </message>
    <message>
        <source>ผู้รับผิดชอบ</source>
        <translation>responsible unit</translation>
    </message>
    <message>
        <source>งบประมาณ</source>
        <translation>budget</translation>
    </message>
    <message>
        <source>ชื่อหน่วยงาน</source>
        <translation>office name</translation>
    </message>
    <message>
        <source>ยังไม่มีตัวชี้วัด (ผลผลิตหรือผลลัพธ์)</source>
        <translation>No indicator yet (output or outcome)</translation>
    </message>
    <message>
        <source>ยังไม่ได้เลือกไตรมาสที่ดำเนินการ</source>
        <translation>No quarter chosen for the work</translation>
    </message>
    <message>
        <source>ยังไม่ได้ระบุหน่วยงานรับผิดชอบ</source>
        <translation>No responsible unit given</translation>
    </message>
    <message>
        <source>ยังไม่ได้ระบุงบประมาณ (หรือทำเครื่องหมาย ไม่ใช้งบประมาณ)</source>
        <translation>No budget given (or tick “No budget needed”)</translation>
    </message>
    <message>
        <source>ชื่อหน่วยงานสะกดต่างจากข้อมูลหน่วยงาน</source>
        <translation>The office name is spelt differently from the office profile</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <source>ไตรมาส</source>
        <translation>Quarters</translation>
    </message>
    <message>
        <source>ที่</source>
        <extracomment>source texts, translated in headerData()</extracomment>
        <translation>No.</translation>
    </message>
    <message>
        <source>ประเภท</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>ชื่อโครงการ/กิจกรรม/มาตรการ</source>
        <translation>Project / activity / measure</translation>
    </message>
    <message>
        <source>มิติ/ข้อ</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>หน่วยงานรับผิดชอบ</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>งบประมาณ (บาท)</source>
        <translation>Budget (baht)</translation>
    </message>
    <message>
        <source>ตรวจความครบถ้วน</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <source>ครบ</source>
        <extracomment>a comparable value for sorting; and the ItemRow itself</extracomment>
        <translation>Complete</translation>
    </message>
    <message>
        <source>ขาด {missing}</source>
        <translation>Missing {missing}</translation>
    </message>
</context>
<context>
    <name>MainPage</name>
    <message>
        <source>เช่น โครงการอบรมคุณธรรมจริยธรรมสำหรับบุคลากร</source>
        <extracomment>Offered besides the office&apos;s own units; anything else may be typed (data: never translated).</extracomment>
        <translation>In Thai, e.g. a project training staff in ethics</translation>
    </message>
    <message>
        <source>เลือกหรือพิมพ์ชื่อหน่วยงาน</source>
        <translation>Choose or type a unit</translation>
    </message>
    <message>
        <source>ประเภท</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>ชื่อ</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>มิติ/ข้อของกรอบแผน</source>
        <translation>Framework items</translation>
    </message>
    <message>
        <source>หน่วยงานรับผิดชอบ</source>
        <translation>Responsible unit</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>สุจริต</source>
        <translation>Sujarit</translation>
    </message>
    <message>
        <source>ประวัติการแก้ไข</source>
        <translation>Edit history</translation>
    </message>
    <message>
        <source>หลัก</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>แผน:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <source>ปี:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>ไฟล์</source>
        <translation>File</translation>
    </message>
    <message>
        <source>เปิดไฟล์ข้อมูล…</source>
        <translation>Open data file…</translation>
    </message>
    <message>
        <source>ไฟล์ที่เปิดล่าสุด</source>
        <translation>Recent files</translation>
    </message>
    <message>
        <source>ออกจากโปรแกรม</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>แก้ไข</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>เลิกทำ</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>ทำซ้ำ</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>เพิ่มรายการ</source>
        <translation>Add item</translation>
    </message>
    <message>
        <source>เพิ่มจากตัวอย่าง ป.ป.ช.…</source>
        <translation>Add from NACC examples…</translation>
    </message>
    <message>
        <source>แก้ไขรายการ…</source>
        <translation>Edit item…</translation>
    </message>
    <message>
        <source>ลบรายการ</source>
        <translation>Delete item</translation>
    </message>
    <message>
        <source>เลื่อนขึ้น</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>เลื่อนลง</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>ค้นหา</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>แผน</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>รายงานผล</source>
        <translation>Reporting</translation>
    </message>
    <message>
        <source>&lt;ยังไม่มีการแก้ไข&gt;</source>
        <translation>&lt;no changes yet&gt;</translation>
    </message>
    <message>
        <source>ตรวจความครบถ้วน</source>
        <translation>Completeness check</translation>
    </message>
    <message>
        <source>ยกแผนไปปีถัดไป…</source>
        <translation>Roll over to next year…</translation>
    </message>
    <message>
        <source>อนุมัติแผน…</source>
        <translation>Approve plan…</translation>
    </message>
    <message>
        <source>ไปหน้าแผน</source>
        <translation>Go to plan</translation>
    </message>
    <message>
        <source>ตั้งค่า</source>
        <extracomment>what acts on the plan table: off while the reporting tab (which has its own) is shown</extracomment>
        <translation>Settings</translation>
    </message>
    <message>
        <source>ภาษา / Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>พ.ศ. {first}–{last}</source>
        <translation>B.E. {first}–{last}</translation>
    </message>
    <message>
        <source>ทั้งแผน (ทุกปี)</source>
        <translation>Whole plan (all years)</translation>
    </message>
    <message>
        <source>ปีงบประมาณ {year}</source>
        <translation>Fiscal year B.E. {year}</translation>
    </message>
    <message>
        <source>ยังไม่มีแผนในไฟล์นี้</source>
        <translation>This file has no plan yet</translation>
    </message>
    <message>
        <source>แผนอนุมัติแล้ว {date}</source>
        <translation>Plan approved on {date}</translation>
    </message>
    <message>
        <source>แผนร่าง</source>
        <translation>Draft plan</translation>
    </message>
    <message>
        <source>{count} รายการ · งบประมาณรวม {total} บาท · ไตรมาส 1–4: {quarters} · ยังไม่ครบ {incomplete} รายการ · {state}</source>
        <translation>Items: {count} · Total budget: {total} baht · Quarters 1–4: {quarters} · Incomplete: {incomplete} · {state}</translation>
    </message>
    <message>
        <source>บันทึกไม่ได้</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>ลบ &quot;{name}&quot; ออกจากแผน?
(เลิกทำได้ด้วย Ctrl+Z)</source>
        <translation>Delete &quot;{name}&quot; from the plan?
(Ctrl+Z undoes it.)</translation>
    </message>
    <message>
        <source>เพิ่มจากตัวอย่าง {count} รายการ</source>
        <translation>Add NACC examples ({count})</translation>
    </message>
    <message>
        <source>พ.ศ. {source} → {target}</source>
        <translation>B.E. {source} → {target}</translation>
    </message>
    <message>
        <source>ยกแผนไปปีถัดไป</source>
        <translation>Roll over to next year</translation>
    </message>
    <message>
        <source>คัดลอกรายการของปี</source>
        <translation>Copy the items of</translation>
    </message>
    <message>
        <source>คัดลอกไปปี {year} แล้ว {count} รายการ</source>
        <translation>Items copied to B.E. {year}: {count}</translation>
    </message>
    <message>
        <source>(ยังไม่มี)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>เปิดไฟล์ข้อมูล</source>
        <translation>Open data file</translation>
    </message>
    <message>
        <source>ฐานข้อมูลสุจริต (*.db);;ทุกไฟล์ (*)</source>
        <translation>Sujarit database (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>เปิดไฟล์ไม่ได้</source>
        <translation>Cannot open the file</translation>
    </message>
</context>
<context>
    <name>MeasureList</name>
    <message>
        <source>เพิ่ม</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>เพิ่มมาตรการต่อจากมาตรการที่เลือก (Insert)</source>
        <translation>Add a measure after the selected one (Insert)</translation>
    </message>
    <message>
        <source>ลบ</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>ลบมาตรการที่เลือก (Delete)</source>
        <translation>Remove the selected measure (Delete)</translation>
    </message>
    <message>
        <source>ขึ้น</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>เลื่อนมาตรการที่เลือกขึ้น (Ctrl+ลูกศรขึ้น)</source>
        <translation>Move the selected measure up (Ctrl+Up)</translation>
    </message>
    <message>
        <source>ลง</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>เลื่อนมาตรการที่เลือกลง (Ctrl+ลูกศรลง)</source>
        <translation>Move the selected measure down (Ctrl+Down)</translation>
    </message>
    <message>
        <source>มาตรการ</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>ลบมาตรการที่ {n} พร้อมรายละเอียดและผลลัพธ์ทั้งหมดหรือไม่</source>
        <translation>Remove measure {n} with all its actions and results?</translation>
    </message>
    <message>
        <source>(ยังไม่มีชื่อ)</source>
        <translation>(no title yet)</translation>
    </message>
</context>
<context>
    <name>MeasurePage</name>
    <message>
        <source>เช่น มาตรการสร้างความโปร่งใสในการใช้งบประมาณและการจัดซื้อจัดจ้าง</source>
        <translation>In Thai, e.g. a measure for transparent budget spending and procurement</translation>
    </message>
    <message>
        <source>ข้อความของข้อที่เลือก รายละเอียดย่อย (๑) (๒) … ให้ขึ้นบรรทัดใหม่ทีละข้อ</source>
        <translation>Text of the selected action; start each detail (1) (2) … on a new line</translation>
    </message>
    <message>
        <source>มาตรการหรือกิจกรรมที่ดำเนินการ</source>
        <translation>Measure or activity carried out</translation>
    </message>
    <message>
        <source>รายละเอียดการดำเนินการ</source>
        <translation>Actions carried out</translation>
    </message>
    <message>
        <source>ผลลัพธ์หรือความสำเร็จของการดำเนินการ</source>
        <translation>Results or achievements</translation>
    </message>
    <message>
        <source>ข้อ {n}: </source>
        <translation>Action {n}: </translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>ข้อมูลองค์กรปกครองส่วนท้องถิ่น</source>
        <translation>Local government office</translation>
    </message>
    <message>
        <source>ชื่อตามที่ใช้ในหนังสือราชการ ประเภทจะเลือกให้จากชื่อ (แก้ได้)</source>
        <translation>The name as used in official letters; the type is chosen from the name (you can change it).</translation>
    </message>
    <message>
        <source>เช่น เทศบาลตำบลทุ่งน้อย</source>
        <translation>In Thai, e.g. Thung Noi Subdistrict Municipality</translation>
    </message>
    <message>
        <source>เลือกประเภท</source>
        <translation>Choose a type</translation>
    </message>
    <message>
        <source>ไม่ต้องพิมพ์คำว่า อำเภอ เช่น โพทะเล</source>
        <translation>Name only, without the word “district”, e.g. Pho Thale</translation>
    </message>
    <message>
        <source>ไม่ต้องพิมพ์คำว่า จังหวัด เช่น พิจิตร</source>
        <translation>Name only, without the word “province”, e.g. Phichit</translation>
    </message>
    <message>
        <source>ตัวเลข ๕–๑๐ หลัก (ถ้ามี) พิมพ์เลขไทยได้</source>
        <translation>5 to 10 digits (if any); Thai digits are fine</translation>
    </message>
    <message>
        <source>ชื่อ อปท.</source>
        <translation>Office name</translation>
    </message>
    <message>
        <source>ประเภท</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>อำเภอ</source>
        <translation>District</translation>
    </message>
    <message>
        <source>จังหวัด</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>รหัส อปท. (สถ.)</source>
        <translation>DLA office code</translation>
    </message>
</context>
<context>
    <name>OfficeWizard</name>
    <message>
        <source>เริ่มต้นใช้งานโปรแกรมสุจริต</source>
        <translation>Getting started with Sujarit</translation>
    </message>
    <message>
        <source>&lt; ย้อนกลับ</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <source>ถัดไป &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <source>เสร็จสิ้น</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>กรุณาเลือกประเภทองค์กรปกครองส่วนท้องถิ่น</source>
        <translation>Please choose the type of local government office.</translation>
    </message>
    <message>
        <source>ลำดับที่ {number}: {message}</source>
        <translation>Row {number}: {message}</translation>
    </message>
</context>
<context>
    <name>OrderedListEdit</name>
    <message>
        <source>ข้อความของข้อที่เลือก</source>
        <translation>Text of the selected entry</translation>
    </message>
    <message>
        <source>เพิ่ม</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>เพิ่มข้อใหม่ต่อจากข้อที่เลือก (Insert)</source>
        <translation>Add an entry after the selected one (Insert)</translation>
    </message>
    <message>
        <source>ลบ</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>ลบข้อที่เลือก (Delete)</source>
        <translation>Delete the selected entry (Delete)</translation>
    </message>
    <message>
        <source>ขึ้น</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>เลื่อนข้อที่เลือกขึ้น (Alt+ลูกศรขึ้น)</source>
        <translation>Move the selected entry up (Alt+Up)</translation>
    </message>
    <message>
        <source>ลง</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>เลื่อนข้อที่เลือกลง (Alt+ลูกศรลง)</source>
        <translation>Move the selected entry down (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>PlanTreeModel</name>
    <message>
        <source>มิติ / ข้อ / รายการ</source>
        <translation>Dimension / item / project</translation>
    </message>
    <message>
        <source>จำนวน</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>งบประมาณ (บาท)</source>
        <translation>Budget (baht)</translation>
    </message>
    <message>
        <source>มิติที่ {code}</source>
        <translation>Dimension {code}</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>ตัวอย่างก่อนพิมพ์ — {title}</source>
        <translation>Print preview — {title}</translation>
    </message>
    <message>
        <source>พิมพ์…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>บันทึก PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>บันทึก Excel…</source>
        <translation>Save Excel…</translation>
    </message>
    <message>
        <source>บันทึก PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>บันทึก Excel</source>
        <translation>Save Excel</translation>
    </message>
    <message>
        <source>บันทึกไม่สำเร็จ</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>พิมพ์ไม่สำเร็จ</source>
        <translation>Could not print</translation>
    </message>
    <message>
        <source>เปิดเครื่องพิมพ์ไม่ได้ กรุณาตรวจสอบเครื่องพิมพ์แล้วลองอีกครั้ง</source>
        <translation>Cannot open the printer. Please check it and try again.</translation>
    </message>
</context>
<context>
    <name>PrintMenu</name>
    <message>
        <source>พิมพ์</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>ตารางแผนประจำปี…</source>
        <translation>Annual plan table…</translation>
    </message>
    <message>
        <source>แผนหลายปีและตารางสรุป…</source>
        <translation>Multi-year plan and summary…</translation>
    </message>
    <message>
        <source>รายละเอียดโครงการที่เลือก…</source>
        <translation>Selected project document…</translation>
    </message>
    <message>
        <source>รายงานผลการดำเนินงานของรอบที่เลือก…</source>
        <translation>Progress report of the selected round…</translation>
    </message>
    <message>
        <source>ประกาศรายงานผล…</source>
        <translation>Announcement of the results…</translation>
    </message>
    <message>
        <source>ภาคผนวกภาพถ่ายและหลักฐาน…</source>
        <translation>Photo and evidence appendix…</translation>
    </message>
    <message>
        <source>บันทึกการแก้ไขหลังปลดล็อก…</source>
        <translation>Changes made after unlocking…</translation>
    </message>
    <message>
        <source>รายงานมาตรการส่งเสริมคุณธรรมและความโปร่งใส (ITA)…</source>
        <translation>ITA integrity and transparency measures report…</translation>
    </message>
    <message>
        <source>กำลังจัดหน้าเอกสาร…</source>
        <translation>Laying out the document…</translation>
    </message>
    <message>
        <source>พิมพ์ไม่สำเร็จ</source>
        <translation>Could not print</translation>
    </message>
    <message>
        <source>ตารางแผนปฏิบัติการป้องกันการทุจริต ประจำปี พ.ศ. {year}</source>
        <translation>Anti-corruption action plan table, fiscal year B.E. {year}</translation>
    </message>
    <message>
        <source>แผน-{years}</source>
        <translation>plan-{years}</translation>
    </message>
    <message>
        <source>แผนปฏิบัติการป้องกันการทุจริต พ.ศ. {span}</source>
        <translation>Anti-corruption action plan B.E. {span}</translation>
    </message>
    <message>
        <source>พิมพ์รายละเอียดโครงการ</source>
        <translation>Print project document</translation>
    </message>
    <message>
        <source>กรุณาเลือกรายการในตารางก่อน</source>
        <translation>Please select an item in the table first.</translation>
    </message>
    <message>
        <source>โครงการ-{number}</source>
        <translation>project-{number}</translation>
    </message>
    <message>
        <source>พิมพ์รายงานผล</source>
        <translation>Print progress report</translation>
    </message>
    <message>
        <source>กรุณาเลือกรอบรายงานในหน้ารายงานผลก่อน</source>
        <translation>Please choose a round on the Reporting tab first.</translation>
    </message>
    <message>
        <source>พ.ศ. {year} รอบ {months} เดือน</source>
        <translation>B.E. {year}, {months}-month round</translation>
    </message>
    <message>
        <source>รายงานผลการดำเนินงานป้องกันการทุจริต {round}</source>
        <translation>Anti-corruption progress report, {round}</translation>
    </message>
    <message>
        <source>รายงานผล-{stem}</source>
        <translation>progress-{stem}</translation>
    </message>
    <message>
        <source>ประกาศรายงานผลการดำเนินการป้องกันการทุจริต {round}</source>
        <translation>Announcement of the anti-corruption results, {round}</translation>
    </message>
    <message>
        <source>ประกาศ-{stem}</source>
        <translation>announcement-{stem}</translation>
    </message>
    <message>
        <source>ภาคผนวกภาพถ่ายและหลักฐาน {round}</source>
        <translation>Photo and evidence appendix, {round}</translation>
    </message>
    <message>
        <source>หลักฐาน-{stem}</source>
        <translation>evidence-{stem}</translation>
    </message>
    <message>
        <source>บันทึกการแก้ไขรายงานผล {round}</source>
        <translation>Changes to the progress report, {round}</translation>
    </message>
    <message>
        <source>บันทึกการแก้ไข-{stem}</source>
        <translation>changes-{stem}</translation>
    </message>
    <message>
        <source>รายงานมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ พ.ศ. {year}</source>
        <translation>Integrity and transparency measures report, fiscal year B.E. {year}</translation>
    </message>
    <message>
        <source>ยังไม่มีรายงานมาตรการ ITA ของปีงบประมาณ พ.ศ. {year} (จัดทำได้ที่หน้ารายงานผล)</source>
        <translation>There is no ITA measures report for fiscal year B.E. {year} yet (write it from the Reporting tab).</translation>
    </message>
</context>
<context>
    <name>ProgressEditor</name>
    <message>
        <source>ผลการดำเนินงาน {label}</source>
        <translation>Progress of {label}</translation>
    </message>
    <message>
        <source>รอบนี้ส่งรายงานแล้ว (ล็อก) แก้ไขไม่ได้ — ปลดล็อกก่อนหากต้องแก้ไข</source>
        <translation>This round has been submitted (locked) and cannot be edited — unlock it first if changes are needed</translation>
    </message>
    <message>
        <source>รายการนี้ไม่มีตัวชี้วัด</source>
        <translation>This item has no indicators</translation>
    </message>
    <message>
        <source>ผลตามตัวชี้วัด</source>
        <translation>Results by indicator</translation>
    </message>
    <message>
        <source>ปิด</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>บันทึก</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>บันทึก (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>บันทึกผลของรอบนี้ไว้แล้ว</source>
        <translation>Progress for this round has been saved</translation>
    </message>
    <message>
        <source>ยังไม่ได้บันทึกในรอบนี้: ค่าที่แสดงยกมาจากรอบ ๖ เดือน รอบ ๑๒ เดือนเป็นผลงานสะสมทั้งปี กรุณาปรับให้เป็นผลทั้งปีแล้วบันทึก</source>
        <translation>Not yet saved in this round: the values shown are carried over from the 6-month round. The 12-month round is cumulative for the whole year; please adjust them to the full-year results and save</translation>
    </message>
    <message>
        <source>ยังไม่ได้รายงานในรอบนี้: งบประมาณที่แสดงมาจากแผน</source>
        <translation>Not yet reported in this round: the budget shown comes from the plan</translation>
    </message>
    <message>
        <source>อ่านค่าที่กรอกบางช่องไม่ได้ กรุณาแก้ไขช่องที่มีข้อความสีแดง</source>
        <translation>Some entries cannot be read; please correct the fields with red messages</translation>
    </message>
    <message>
        <source>ยังบันทึกไม่ได้ กรุณาแก้ไขตามข้อความสีแดง</source>
        <translation>Cannot save yet; please correct what the red messages say</translation>
    </message>
</context>
<context>
    <name>ProgressFields</name>
    <message>
        <source>ยังไม่รายงาน</source>
        <translation>Not reported yet</translation>
    </message>
    <message>
        <source>เลือกเหตุผล</source>
        <translation>Choose a reason</translation>
    </message>
    <message>
        <source>ระบุเหตุผล เมื่อเลือก อื่น ๆ</source>
        <translation>State the reason when Other is chosen</translation>
    </message>
    <message>
        <source>ดำเนินการอะไร เมื่อใด กับใคร</source>
        <translation>What was done, when and with whom</translation>
    </message>
    <message>
        <source>ผลที่เกิดขึ้นจากการดำเนินการ</source>
        <translation>What the actions achieved</translation>
    </message>
    <message>
        <source>สร้างจิตสำนึกและปลูกฝังความซื่อสัตย์สุจริต</source>
        <translation>Building awareness and instilling integrity</translation>
    </message>
    <message>
        <source>สร้างกลไกการป้องกันการทุจริต</source>
        <translation>Building mechanisms to prevent corruption</translation>
    </message>
    <message>
        <source>สร้างประสิทธิภาพในการป้องกันการทุจริต</source>
        <translation>Making corruption prevention more effective</translation>
    </message>
    <message>
        <source>เหตุผลที่ไม่สามารถดำเนินการได้</source>
        <translation>Reason it could not be carried out</translation>
    </message>
    <message>
        <source>เหตุผลอื่น ๆ</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <source>งบบูรณาการ</source>
        <translation>Integrated budget</translation>
    </message>
    <message>
        <source>งบหน่วยงาน</source>
        <translation>Own budget</translation>
    </message>
    <message>
        <source>ผลเบิกจ่าย</source>
        <translation>Disbursed</translation>
    </message>
    <message>
        <source>สถานะ</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>การดำเนินการ</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>ผลการดำเนินการ</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>งบประมาณ (บาท)</source>
        <translation>Budget (baht)</translation>
    </message>
    <message>
        <source>แนวทางการดำเนินงาน</source>
        <translation>Approach</translation>
    </message>
    <message>
        <source>หมายเหตุ</source>
        <translation>Remarks</translation>
    </message>
</context>
<context>
    <name>ProgressStatus</name>
    <message>
        <source>ดำเนินการแล้วเสร็จ</source>
        <extracomment>the status filter&apos;s &quot;not reported yet&quot; (a row whose status is None) Source texts of the statuses (the Thai labels of db), translated when shown; None: not reported.</extracomment>
        <translation>Completed</translation>
    </message>
    <message>
        <source>อยู่ระหว่างดำเนินการ</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>บรรจุไว้ในข้อบัญญัติ/เทศบัญญัติ</source>
        <translation>In budget ordinance</translation>
    </message>
    <message>
        <source>ไม่สามารถดำเนินการได้</source>
        <translation>Could not be carried out</translation>
    </message>
    <message>
        <source>ยังไม่รายงาน</source>
        <translation>Not reported yet</translation>
    </message>
</context>
<context>
    <name>ProgressTableModel</name>
    <message>
        <source>(ยกมาจากรอบ ๖ เดือน)</source>
        <extracomment>the order of the charts&apos; legend and of the status filter</extracomment>
        <translation>(carried over from the 6-month round)</translation>
    </message>
    <message>
        <source>ข้อ</source>
        <extracomment>source texts, translated in headerData()</extracomment>
        <translation>No.</translation>
    </message>
    <message>
        <source>ชื่อโครงการ/กิจกรรม/มาตรการ</source>
        <translation>Project/activity/measure</translation>
    </message>
    <message>
        <source>หน่วยงานรับผิดชอบ</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>สถานะ</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>งบประมาณ (บาท)</source>
        <translation>Budget (baht)</translation>
    </message>
    <message>
        <source>ผลเบิกจ่าย (บาท)</source>
        <translation>Disbursed (baht)</translation>
    </message>
</context>
<context>
    <name>QuarterTicks</name>
    <message>
        <source>ต.ค.–ธ.ค.</source>
        <extracomment>Months of each fiscal quarter (the fiscal year starts on 1 October); source texts, shown translated.</extracomment>
        <translation>Oct–Dec</translation>
    </message>
    <message>
        <source>ม.ค.–มี.ค.</source>
        <translation>Jan–Mar</translation>
    </message>
    <message>
        <source>เม.ย.–มิ.ย.</source>
        <translation>Apr–Jun</translation>
    </message>
    <message>
        <source>ก.ค.–ก.ย.</source>
        <translation>Jul–Sep</translation>
    </message>
    <message>
        <source>ไตรมาส {n}</source>
        <translation>Quarter {n}</translation>
    </message>
    <message>
        <source>ไตรมาส {n} ({months})</source>
        <translation>Quarter {n} ({months})</translation>
    </message>
</context>
<context>
    <name>ReferenceRow</name>
    <message>
        <source>เช่น e๙</source>
        <extracomment>Widths of the fixed columns (code, claim, score, remove); the item&apos;s name takes the rest.</extracomment>
        <translation>e.g. e9</translation>
    </message>
    <message>
        <source>รหัสข้อ เช่น ตัวชี้วัดที่ ๖, e๙, i๑๔, o๒๘ หรือ ภาพรวม</source>
        <translation>Item code, e.g. IND-6, e9, i14, o28 or ITA (overall score)</translation>
    </message>
    <message>
        <source>ชื่อตัวชี้วัดหรือข้อ (ถ้ามี)</source>
        <translation>Name of the indicator or item (if any)</translation>
    </message>
    <message>
        <source>พิมพ์ว่า {claim}</source>
        <translation>Prints “{claim}”</translation>
    </message>
    <message>
        <source>คะแนน ๐–๑๐๐ ทศนิยมไม่เกิน ๒ ตำแหน่ง เว้นว่างถ้าไม่มีคะแนน</source>
        <translation>Score 0–100 with at most 2 decimals; leave blank when there is no score</translation>
    </message>
    <message>
        <source>ลบ</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>ลบข้ออ้างอิงนี้</source>
        <translation>Remove this reference</translation>
    </message>
    <message>
        <source>พิมพ์ว่า: {text}</source>
        <translation>Prints: {text}</translation>
    </message>
</context>
<context>
    <name>ReferenceTable</name>
    <message>
        <source>รหัส</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>ชื่อข้อ</source>
        <translation>Item name</translation>
    </message>
    <message>
        <source>อ้างผ่านเกณฑ์ ๘๕</source>
        <translation>Claims 85 pass mark</translation>
    </message>
    <message>
        <source>คะแนน</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>เพิ่มข้ออ้างอิง</source>
        <translation>Add reference</translation>
    </message>
    <message>
        <source>เพิ่มตัวชี้วัดหรือข้อของการประเมิน ITA ที่ผลลัพธ์นี้อ้างถึง</source>
        <translation>Add an ITA indicator or item that this result cites</translation>
    </message>
</context>
<context>
    <name>ReportingSide</name>
    <message>
        <source>รายงานผล</source>
        <translation>Reporting</translation>
    </message>
    <message>
        <source>ไปหน้ารายงานผล</source>
        <translation>Go to reporting</translation>
    </message>
    <message>
        <source>สรุปผลและผู้รายงาน…</source>
        <translation>Summary and reporter…</translation>
    </message>
    <message>
        <source>ตรวจความครบถ้วนของรอบ</source>
        <translation>Check round completeness</translation>
    </message>
    <message>
        <source>ส่งรายงาน (ล็อก)…</source>
        <translation>Submit (lock)…</translation>
    </message>
    <message>
        <source>ปลดล็อก…</source>
        <translation>Unlock…</translation>
    </message>
    <message>
        <source>ส่งออกแบบรายงานให้หน่วยงาน…</source>
        <translation>Export worksheets for the units…</translation>
    </message>
    <message>
        <source>นำเข้าแบบรายงานที่กรอกแล้ว…</source>
        <translation>Import filled-in worksheets…</translation>
    </message>
    <message>
        <source>รายงานมาตรการส่งเสริมคุณธรรมและความโปร่งใส (ITA)…</source>
        <translation>ITA integrity and transparency measures…</translation>
    </message>
</context>
<context>
    <name>ResultBlockBox</name>
    <message>
        <source>ข้อแรกของรายละเอียดการดำเนินการที่ผลลัพธ์นี้ครอบคลุม</source>
        <translation>The first action this result covers</translation>
    </message>
    <message>
        <source>ข้อสุดท้ายของรายละเอียดการดำเนินการที่ผลลัพธ์นี้ครอบคลุม</source>
        <translation>The last action this result covers</translation>
    </message>
    <message>
        <source>ลบผลลัพธ์นี้</source>
        <translation>Remove this result</translation>
    </message>
    <message>
        <source>ลบผลลัพธ์นี้พร้อมข้ออ้างอิง</source>
        <translation>Remove this result with its references</translation>
    </message>
    <message>
        <source>ผลลัพธ์หรือความสำเร็จของการดำเนินการตามข้อเหล่านี้</source>
        <translation>Results or achievements of these actions</translation>
    </message>
    <message>
        <source>ผลลัพธ์หรือความสำเร็จ</source>
        <translation>Result or achievement</translation>
    </message>
    <message>
        <source>อ้างอิงผลการประเมิน ITA</source>
        <translation>ITA assessment references</translation>
    </message>
    <message>
        <source>ครอบคลุมข้อ</source>
        <translation>Covers actions</translation>
    </message>
    <message>
        <source>ถึงข้อ</source>
        <translation>to</translation>
    </message>
    <message>
        <source>ผลลัพธ์ของข้อ {range}</source>
        <translation>Result of actions {range}</translation>
    </message>
</context>
<context>
    <name>ResultBlockList</name>
    <message>
        <source>เพิ่มผลลัพธ์</source>
        <translation>Add result</translation>
    </message>
    <message>
        <source>เพิ่มผลลัพธ์ของข้อถัดไปที่ยังไม่มีผลลัพธ์</source>
        <translation>Add a result for the next action that has none</translation>
    </message>
    <message>
        <source>ยังไม่มีผลลัพธ์ของมาตรการนี้</source>
        <translation>This measure has no results yet</translation>
    </message>
</context>
<context>
    <name>RoundCheckDialog</name>
    <message>
        <source>ตรวจความครบถ้วนของรายงาน</source>
        <translation>Check the report for completeness</translation>
    </message>
    <message>
        <source>สรุปผลและผู้รายงาน</source>
        <translation>Summary and reporter</translation>
    </message>
    <message>
        <source>พบ {findings} เรื่องที่ควรแก้ใน {items} รายการ (ดับเบิลคลิกเพื่อไปที่รายการนั้น)</source>
        <translation>{findings} things to fix in {items} items (double-click to go to the item)</translation>
    </message>
    <message>
        <source>รายงานรอบนี้ครบถ้วน พร้อมส่ง</source>
        <translation>This round&apos;s report is complete and ready to submit</translation>
    </message>
    <message>
        <source>ปิด</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>RoundCommands</name>
    <message>
        <source>บันทึกผล {name}</source>
        <translation>Record progress of {name}</translation>
    </message>
    <message>
        <source>บันทึกผลการดำเนินงาน</source>
        <translation>Record progress</translation>
    </message>
    <message>
        <source>แก้ไขสรุปผลและผู้รายงาน</source>
        <translation>Edit summary and reporter</translation>
    </message>
</context>
<context>
    <name>RoundSummaryDialog</name>
    <message>
        <source>สรุปผลและผู้รายงาน</source>
        <translation>Summary and reporter</translation>
    </message>
    <message>
        <source>ว่างไว้ จะใช้ชื่อผู้บริหารในข้อมูลหน่วยงาน</source>
        <translation>If left empty, the executive&apos;s name from the office profile is used</translation>
    </message>
    <message>
        <source>สรุปผลการดำเนินงาน</source>
        <translation>Summary of the results</translation>
    </message>
    <message>
        <source>ปัจจัยสนับสนุน</source>
        <translation>Supporting factors</translation>
    </message>
    <message>
        <source>ปัญหา/อุปสรรค</source>
        <translation>Problems/obstacles</translation>
    </message>
    <message>
        <source>ข้อเสนอแนะ</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>ผู้รายงาน</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>ชื่อ-สกุล</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ตำแหน่ง</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>โทรศัพท์</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>โทรสาร</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>อีเมล</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>วันที่รายงาน</source>
        <translation>Report date</translation>
    </message>
    <message>
        <source>ประกาศผลการดำเนินงาน</source>
        <translation>Announcement of the results</translation>
    </message>
    <message>
        <source>วันที่ประกาศ</source>
        <translation>Announcement date</translation>
    </message>
    <message>
        <source>ผู้ลงนามประกาศ</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>ปิด</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>บันทึก</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>รอบนี้ส่งรายงานแล้ว (ล็อกไว้) แก้ไขได้หลังปลดล็อกพร้อมระบุเหตุผล</source>
        <translation>This round has been submitted (locked). It can be edited after unlocking it with a reason.</translation>
    </message>
    <message>
        <source>ยังบันทึกไม่ได้ กรุณาแก้ไขช่องที่มีข้อความสีแดง</source>
        <translation>Not saved yet: please correct the fields with a red message</translation>
    </message>
</context>
<context>
    <name>RoundView</name>
    <message>
        <source>แก้ไขผล…</source>
        <extracomment>the round shown now (RoundInfo), or None; also emitted when it is submitted or unlocked</extracomment>
        <translation>Edit progress…</translation>
    </message>
    <message>
        <source>แก้ไขผลการดำเนินงานของรายการที่เลือก (Enter หรือ F2)</source>
        <translation>Edit the progress of the selected item (Enter or F2)</translation>
    </message>
    <message>
        <source>สรุปผลและผู้รายงาน…</source>
        <translation>Summary and reporter…</translation>
    </message>
    <message>
        <source>ตรวจความครบถ้วน</source>
        <translation>Check completeness</translation>
    </message>
    <message>
        <source>ส่งรายงาน (ล็อก)…</source>
        <translation>Submit (lock)…</translation>
    </message>
    <message>
        <source>ปลดล็อก…</source>
        <translation>Unlock…</translation>
    </message>
    <message>
        <source>รอบรายงาน:</source>
        <translation>Round:</translation>
    </message>
    <message>
        <source>ค้นหาชื่อ หน่วยงาน หรือข้อ (Ctrl+F)</source>
        <translation>Search name, unit or number (Ctrl+F)</translation>
    </message>
    <message>
        <source>สถานะ: ทั้งหมด</source>
        <translation>Status: all</translation>
    </message>
    <message>
        <source>มิติ: ทั้งหมด</source>
        <translation>Dimension: all</translation>
    </message>
    <message>
        <source>มิติที่ {n}</source>
        <translation>Dimension {n}</translation>
    </message>
    <message>
        <source>สถานะรายการตามมิติ</source>
        <translation>Item status by dimension</translation>
    </message>
    <message>
        <source>งบประมาณและผลเบิกจ่ายตามมิติ (บาท)</source>
        <translation>Budget and disbursement by dimension (baht)</translation>
    </message>
    <message>
        <source>ภาพรวม</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>หน่วยงาน: ทั้งหมด</source>
        <translation>Unit: all</translation>
    </message>
    <message>
        <source>ปีงบประมาณ {year} · รอบ ๖ เดือน</source>
        <translation>Fiscal year B.E. {year} · 6-month round</translation>
    </message>
    <message>
        <source>ปีงบประมาณ {year} · รอบ ๑๒ เดือน (ผลงานสะสม)</source>
        <translation>Fiscal year B.E. {year} · 12-month round (cumulative)</translation>
    </message>
    <message>
        <source>ไม่มีรายการในรอบนี้</source>
        <translation>No items in this round</translation>
    </message>
    <message>
        <source>{count} รายการ · ดำเนินการแล้วเสร็จ {done} ({percent}%)</source>
        <translation>{count} items · {done} completed ({percent}%)</translation>
    </message>
    <message>
        <source>ยังไม่รายงาน {count} รายการ</source>
        <translation>{count} not reported yet</translation>
    </message>
    <message>
        <source>งบประมาณ {amount} บาท</source>
        <translation>Budget {amount} baht</translation>
    </message>
    <message>
        <source>ผลเบิกจ่าย {amount} บาท ({percent}%)</source>
        <translation>Disbursed {amount} baht ({percent}%)</translation>
    </message>
    <message>
        <source>ตัวเอียง: ยกมาจากรอบ ๖ เดือน {count} รายการ</source>
        <translation>Italic: {count} items carried over (6-month round)</translation>
    </message>
    <message>
        <source>ส่งแล้ว {date}</source>
        <translation>Submitted {date}</translation>
    </message>
    <message>
        <source>ส่งรายงานแล้ว (ล็อก) แก้ไขได้หลังปลดล็อกพร้อมระบุเหตุผล</source>
        <translation>Submitted (locked); it can be edited after unlocking it with a reason</translation>
    </message>
    <message>
        <source>ร่าง</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>ยังไม่ได้ส่งรายงาน แก้ไขได้</source>
        <translation>Not submitted yet; it can be edited</translation>
    </message>
    <message>
        <source>ปลดล็อกโดย {name}: {reason}
ทุกการแก้ไขถูกบันทึกไว้และพิมพ์ได้</source>
        <translation>Unlocked by {name}: {reason}
Every change is recorded and can be printed</translation>
    </message>
    <message>
        <source>ยังมี {count} เรื่องที่ควรแก้ (ดูได้จาก ตรวจความครบถ้วน)</source>
        <translation>There are still {count} things to fix (see Check completeness)</translation>
    </message>
    <message>
        <source>ตรวจแล้ว ข้อมูลครบถ้วน</source>
        <translation>Checked: the report is complete</translation>
    </message>
    <message>
        <source>ส่งรายงาน {round} และล็อกไว้?

{state}

หลังส่งแล้วจะแก้ไขไม่ได้ จนกว่าจะปลดล็อกพร้อมระบุเหตุผล</source>
        <translation>Submit the report of {round} and lock it?

{state}

Once submitted it cannot be edited until it is unlocked with a reason.</translation>
    </message>
    <message>
        <source>ส่งรายงาน</source>
        <translation>Submit report</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>เช่น ตลอดปีงบประมาณ หรือ ไตรมาสที่ ๒ ของทุกปี</source>
        <translation>In Thai, e.g. the whole fiscal year, or the 2nd quarter of every year</translation>
    </message>
    <message>
        <source>ไม่ใช้งบประมาณ</source>
        <translation>No budget needed</translation>
    </message>
    <message>
        <source>ทำเครื่องหมายเมื่อรายการนี้ไม่ต้องใช้งบประมาณ ช่องงบประมาณจะปิดไว้</source>
        <translation>Tick when this item needs no budget; the budget fields are then closed.</translation>
    </message>
    <message>
        <source>ระยะเวลาดำเนินการ</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>งบประมาณ</source>
        <translation>Budget</translation>
    </message>
</context>
<context>
    <name>ThaiDateEdit</name>
    <message>
        <source>เช่น 21 มีนาคม 2566</source>
        <translation>e.g. 21/3/2566 (B.E.)</translation>
    </message>
    <message>
        <source>เลือกจากปฏิทิน (Alt+ลูกศรลง หรือ F4)</source>
        <translation>Pick from the calendar (Alt+Down or F4)</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>ส่วนราชการ</source>
        <translation>Divisions</translation>
    </message>
    <message>
        <source>ใช้เลือกหน่วยงานที่รับผิดชอบแต่ละโครงการ ลบ เพิ่ม หรือแก้ชื่อให้ตรงกับโครงสร้างของหน่วยงาน</source>
        <translation>Each project names the division responsible for it. Delete, add or rename them to match your office.</translation>
    </message>
    <message>
        <source>ชื่อส่วนราชการที่จะเพิ่ม เช่น กองสวัสดิการสังคม</source>
        <translation>Division to add, in Thai, e.g. Social Welfare Division</translation>
    </message>
    <message>
        <source>เพิ่ม</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>แก้ชื่อ</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>ลบ</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>เลื่อนขึ้น</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>เลื่อนลง</source>
        <translation>Move down</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>ปลดล็อกรายงาน</source>
        <translation>Unlock the report</translation>
    </message>
    <message>
        <source>{round} ส่งรายงานแล้ว การปลดล็อกจะเปิดให้แก้ไขได้อีกครั้ง

ทุกการแก้ไขหลังปลดล็อกจะถูกบันทึกไว้ (ใคร แก้อะไร เมื่อไร จากค่าใดเป็นค่าใด พร้อมเหตุผลนี้) และพิมพ์เป็นรายงานการแก้ไขได้</source>
        <translation>{round} has been submitted. Unlocking it allows editing again.

Every change after unlocking is recorded (who changed what, when, from which value to which, with this reason) and can be printed as a change report.</translation>
    </message>
    <message>
        <source>ชื่อ-สกุล ผู้ปลดล็อก</source>
        <translation>Name of the person unlocking</translation>
    </message>
    <message>
        <source>เช่น แก้ไขผลเบิกจ่ายตามที่กองคลังแจ้ง</source>
        <translation>In Thai, e.g. correcting the disbursement as reported by the finance division</translation>
    </message>
    <message>
        <source>ชื่อผู้ปลดล็อก</source>
        <translation>Unlocked by</translation>
    </message>
    <message>
        <source>เหตุผล</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>ปลดล็อก</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>กรุณาระบุชื่อผู้ปลดล็อก</source>
        <translation>Please give the name of the person unlocking</translation>
    </message>
    <message>
        <source>กรุณาระบุเหตุผลที่ต้องปลดล็อก</source>
        <translation>Please give the reason for unlocking</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>โครงการ</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>กิจกรรม</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>มาตรการ</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>แนวปฏิบัติ</source>
        <translation>Guideline</translation>
    </message>
    <message>
        <source>ผลผลิต</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>ผลลัพธ์</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>ไม่น้อยกว่า</source>
        <translation>At least</translation>
    </message>
    <message>
        <source>ไม่เกิน</source>
        <translation>At most</translation>
    </message>
    <message>
        <source>เท่ากับ</source>
        <translation>Equal to</translation>
    </message>
    <message>
        <source>ลดลง</source>
        <translation>Decrease by</translation>
    </message>
    <message>
        <source>ลดลงไม่น้อยกว่า</source>
        <translation>Decrease by at least</translation>
    </message>
    <message>
        <source>เพิ่มขึ้น</source>
        <translation>Increase by</translation>
    </message>
    <message>
        <source>ลดลง (ไม่ระบุค่า)</source>
        <translation>Decrease (no value)</translation>
    </message>
    <message>
        <source>เพิ่มขึ้น (ไม่ระบุค่า)</source>
        <translation>Increase (no value)</translation>
    </message>
    <message>
        <source>เชิงคุณภาพ</source>
        <translation>Qualitative</translation>
    </message>
    <message>
        <source>ต่อปี</source>
        <translation>Per year</translation>
    </message>
    <message>
        <source>ต่อไตรมาส</source>
        <translation>Per quarter</translation>
    </message>
    <message>
        <source>ต่อรอบการรายงาน</source>
        <translation>Per reporting round</translation>
    </message>
    <message>
        <source>ตลอดระยะเวลาแผน</source>
        <translation>Whole plan period</translation>
    </message>
    <message>
        <source>องค์การบริหารส่วนตำบล</source>
        <translation>Subdistrict Administrative Organization</translation>
    </message>
    <message>
        <source>เทศบาลตำบล</source>
        <translation>Subdistrict municipality</translation>
    </message>
    <message>
        <source>เทศบาลเมือง</source>
        <translation>Town municipality</translation>
    </message>
    <message>
        <source>เทศบาลนคร</source>
        <translation>City municipality</translation>
    </message>
    <message>
        <source>องค์การบริหารส่วนจังหวัด</source>
        <translation>Provincial Administrative Organization</translation>
    </message>
    <message>
        <source>ดำเนินการแล้วเสร็จ</source>
        <extracomment>The Thai labels of the two round vocabularies, repeated so that lupdate sees them (checked in the tests).</extracomment>
        <translation>Completed</translation>
    </message>
    <message>
        <source>อยู่ระหว่างดำเนินการ</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>บรรจุไว้ในข้อบัญญัติ/เทศบัญญัติ</source>
        <translation>In budget ordinance</translation>
    </message>
    <message>
        <source>ไม่สามารถดำเนินการได้</source>
        <translation>Could not be carried out</translation>
    </message>
    <message>
        <source>ไม่ได้รับงบประมาณ</source>
        <translation>No budget received</translation>
    </message>
    <message>
        <source>นโยบายผู้บริหารเปลี่ยนแปลง</source>
        <translation>Executive policy changed</translation>
    </message>
    <message>
        <source>บุคลากรไม่เพียงพอ</source>
        <translation>Not enough staff</translation>
    </message>
    <message>
        <source>อื่น ๆ</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>WorksheetPreview</name>
    <message>
        <source>ตรวจก่อนบันทึกผลจากแบบรายงาน</source>
        <translation>Review the worksheets before saving</translation>
    </message>
    <message>
        <source>รายการที่จะเปลี่ยน {changed} รายการ · ไม่เปลี่ยน {same} รายการ</source>
        <translation>{changed} items will change · {same} unchanged</translation>
    </message>
    <message>
        <source>รายการ / ข้อมูล</source>
        <translation>Item / field</translation>
    </message>
    <message>
        <source>เดิม</source>
        <translation>Current</translation>
    </message>
    <message>
        <source>ใหม่</source>
        <translation>New</translation>
    </message>
    <message>
        <source>บันทึกทั้งหมด</source>
        <translation>Save all</translation>
    </message>
    <message>
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Worksheets</name>
    <message>
        <source>เลือกโฟลเดอร์ที่จะบันทึกแบบรายงานของแต่ละหน่วยงาน</source>
        <translation>Choose a folder for the units&apos; worksheets</translation>
    </message>
    <message>
        <source>ส่งออกแบบรายงานแล้ว</source>
        <translation>Worksheets exported</translation>
    </message>
    <message>
        <source>เขียนแบบรายงาน {count} ไฟล์ ที่ {folder}</source>
        <translation>Wrote {count} worksheet files to {folder}</translation>
    </message>
    <message>
        <source>เปิดโฟลเดอร์</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>กำลังเขียนแบบรายงาน…</source>
        <translation>Writing worksheets…</translation>
    </message>
    <message>
        <source>เลือกแบบรายงานที่หน่วยงานกรอกแล้ว</source>
        <translation>Choose the worksheets filled in by the units</translation>
    </message>
    <message>
        <source>แบบรายงาน Excel (*.xlsx)</source>
        <translation>Excel worksheets (*.xlsx)</translation>
    </message>
    <message>
        <source>นำเข้าแบบรายงาน</source>
        <translation>Import worksheets</translation>
    </message>
    <message>
        <source>ข้อมูลในแบบรายงานตรงกับที่บันทึกไว้แล้ว ไม่มีสิ่งที่ต้องเปลี่ยน</source>
        <translation>The worksheets match what is already saved; there is nothing to change.</translation>
    </message>
    <message>
        <source>กำลังอ่านแบบรายงาน…</source>
        <translation>Reading worksheets…</translation>
    </message>
    <message>
        <source>แบบรายงาน</source>
        <translation>Worksheets</translation>
    </message>
</context>
<context>
    <name>YearGrid</name>
    <message>
        <source>ดำเนินการในปีนี้</source>
        <translation>Carried out this year</translation>
    </message>
    <message>
        <source>งบหน่วยงาน (บาท)</source>
        <translation>Own budget (baht)</translation>
    </message>
    <message>
        <source>งบบูรณาการ (บาท)</source>
        <translation>Integrated budget (baht)</translation>
    </message>
    <message>
        <source>งบแหล่งอื่น (บาท)</source>
        <translation>Other sources (baht)</translation>
    </message>
    <message>
        <source>รวม (บาท)</source>
        <translation>Total (baht)</translation>
    </message>
    <message>
        <source>ไตรมาสที่ดำเนินการ</source>
        <translation>Quarters</translation>
    </message>
    <message>
        <source>วันเริ่ม (ตามแผน)</source>
        <translation>Start (planned)</translation>
    </message>
    <message>
        <source>วันสิ้นสุด (ตามแผน)</source>
        <translation>End (planned)</translation>
    </message>
    <message>
        <source>วันเริ่ม (จริง)</source>
        <translation>Start (actual)</translation>
    </message>
    <message>
        <source>วันสิ้นสุด (จริง)</source>
        <translation>End (actual)</translation>
    </message>
    <message>
        <source>พ.ศ. {year}</source>
        <translation>B.E. {year}</translation>
    </message>
    <message>
        <source>ดำเนินการ</source>
        <translation>Carried out</translation>
    </message>
    <message>
        <source>{field} ปี พ.ศ. {year}</source>
        <translation>{field}, B.E. {year}</translation>
    </message>
    <message>
        <source>ไม่ใช้งบประมาณ</source>
        <translation>No budget needed</translation>
    </message>
</context>
<context>
    <name>_Chart</name>
    <message>
        <source>ยังไม่มีข้อมูล</source>
        <translation>No data yet</translation>
    </message>
</context>
</TS>
