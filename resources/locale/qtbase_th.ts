<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>QPlatformTheme</name>
    <message><source>OK</source><translation>ตกลง</translation></message>
    <message><source>Save</source><translation>บันทึก</translation></message>
    <message><source>Save All</source><translation>บันทึกทั้งหมด</translation></message>
    <message><source>Open</source><translation>เปิด</translation></message>
    <message><source>&amp;Yes</source><translation>ใช่</translation></message>
    <message><source>Yes to &amp;All</source><translation>ใช่ทั้งหมด</translation></message>
    <message><source>&amp;No</source><translation>ไม่ใช่</translation></message>
    <message><source>N&amp;o to All</source><translation>ไม่ใช่ทั้งหมด</translation></message>
    <message><source>Abort</source><translation>ยกเลิกการทำงาน</translation></message>
    <message><source>Retry</source><translation>ลองอีกครั้ง</translation></message>
    <message><source>Ignore</source><translation>ข้าม</translation></message>
    <message><source>Close</source><translation>ปิด</translation></message>
    <message><source>Cancel</source><translation>ยกเลิก</translation></message>
    <message><source>Discard</source><translation>ไม่บันทึก</translation></message>
    <message><source>Don&apos;t Save</source><translation>ไม่บันทึก</translation></message>
    <message><source>Close without Saving</source><translation>ปิดโดยไม่บันทึก</translation></message>
    <message><source>Help</source><translation>วิธีใช้</translation></message>
    <message><source>Apply</source><translation>ใช้</translation></message>
    <message><source>Reset</source><translation>ตั้งค่าใหม่</translation></message>
    <message><source>Restore Defaults</source><translation>คืนค่าเริ่มต้น</translation></message>
</context>
<context>
    <name>QWizard</name>
    <message><source>&lt; &amp;Back</source><translation>&lt; ย้อนกลับ</translation></message>
    <message><source>&amp;Next &gt;</source><translation>ถัดไป &gt;</translation></message>
    <message><source>&amp;Next</source><translation>ถัดไป</translation></message>
    <message><source>&amp;Finish</source><translation>เสร็จสิ้น</translation></message>
    <message><source>Cancel</source><translation>ยกเลิก</translation></message>
    <message><source>&amp;Help</source><translation>วิธีใช้</translation></message>
    <message><source>Go Back</source><translation>ย้อนกลับ</translation></message>
    <message><source>Continue</source><translation>ต่อไป</translation></message>
    <message><source>Commit</source><translation>ยืนยัน</translation></message>
    <message><source>Done</source><translation>เสร็จสิ้น</translation></message>
</context>
<context>
    <name>QLineEdit</name>
    <message><source>&amp;Undo</source><translation>เลิกทำ</translation></message>
    <message><source>&amp;Redo</source><translation>ทำซ้ำ</translation></message>
    <message><source>Cu&amp;t</source><translation>ตัด</translation></message>
    <message><source>&amp;Copy</source><translation>คัดลอก</translation></message>
    <message><source>&amp;Paste</source><translation>วาง</translation></message>
    <message><source>Delete</source><translation>ลบ</translation></message>
    <message><source>Select All</source><translation>เลือกทั้งหมด</translation></message>
</context>
</TS>
