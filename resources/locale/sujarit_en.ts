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
        <source>ข้อมูลที่แก้ไขยังไม่ได้บันทึก ต้องการปิดโดยไม่บันทึกหรือไม่</source>
        <translation>Your changes are not saved. Close without saving?</translation>
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
        <source>ตั้งค่า</source>
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
</TS>
