# ข้อความสำหรับเคาน์ตีและไคลเอนต์ API อื่นๆ: เหตุผลที่แถวข้อมูลในฟีดไม่ได้ถูกบันทึก ข้อผิดพลาดของแต่ละแถว
# มี `code` ที่คงที่เสมอ ข้อความเหล่านี้คือประโยคที่แสดงคู่กัน $field: ชื่อช่องของแถวตามที่ระบุในคำขอ;
# $reason: คำอธิบายของตัวแยกวิเคราะห์ (parser) เองว่าอ่านส่วนใดไม่ได้

feed-required = ต้องระบุ `{ $field }`
feed-id-format = `{ $field }` ต้องเป็นอักขระที่พิมพ์ได้ 1 ถึง 128 ตัว
feed-in-future = `{ $field }` เป็นเวลาในอนาคต
feed-instant-format = `{ $field }` ต้องเป็นวันที่และเวลาพร้อมค่าชดเชยเขตเวลา (offset) เช่น 2026-10-06T09:30:00-07:00
feed-date-format = `{ $field }` ต้องเป็นวันที่ในรูปแบบ YYYY-MM-DD
feed-election-name = `name` ต้องมีความยาว 1 ถึง 200 อักขระ
feed-before-election = `{ $field }` ต้องไม่ก่อนวันเลือกตั้ง
feed-shared-election = เคาน์ตีอื่นก็จัดการเลือกตั้งนี้ด้วย มีเพียงรัฐเท่านั้นที่เปลี่ยนชื่อหรือวันที่ของการเลือกตั้งนี้ได้
feed-imb-format = `{ $field }` ต้องเป็น Intelligent Mail barcode ขนาด 20, 25, 29 หรือ 31 หลัก
feed-imb-barcode-identifier = หลักที่สองของ barcode identifier ใน `{ $field }` ต้องเป็น 0 ถึง 4
feed-facility-zip = `facility_zip` ต้องเป็นรหัสไปรษณีย์ 5 หลัก
feed-operation-code = `operation_code` ต้องเป็นรหัสการดำเนินการ (operation code) ของ USPS เช่น 919
feed-event-id-reserved = id ของเหตุการณ์ที่ขึ้นต้นด้วย `usps:` หรือ `superseded:` สงวนไว้สำหรับระบบติดตามเท่านั้น
# $choices: คำที่ใช้ได้ คั่นด้วยจุลภาค
feed-status-unknown = `status` ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: { $choices }
# $status: สถานะที่ระบุมา
feed-reason-required = `{ $status }` ต้องระบุเหตุผล
feed-reason-not-allowed = `{ $status }` ต้องไม่ระบุเหตุผล
feed-reason-unknown = เหตุผลของ `{ $status }` ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: { $choices }
feed-source-unknown = `source` ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: { $choices }
feed-expected-delivery-required = `expected_delivery` ต้องมี `expected_delivery_date`
feed-expected-delivery-not-allowed = `expected_delivery_date` ใช้ได้กับ `expected_delivery` หรือ `in_transit` เท่านั้น
feed-delivery-method-unknown = `delivery_method` ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: { $choices }
feed-supersedes-itself = บัตรลงคะแนนไม่สามารถแทนที่ตัวเองได้
feed-supersedes-mismatch = บัตรลงคะแนนที่ถูกแทนที่เป็นของผู้มีสิทธิเลือกตั้งหรือการเลือกตั้งอื่น
feed-unknown-ballot = ไม่มีบัตรลงคะแนนของเคาน์ตีนี้ที่มี id นี้
feed-unknown-ballot-post-first = ไม่มีบัตรลงคะแนนของเคาน์ตีนี้ที่มี id นี้ กรุณาส่ง (post) ข้อมูลบัตรลงคะแนนก่อน
feed-unknown-election = เคาน์ตีนี้ไม่มีการเลือกตั้งที่มี id นี้ กรุณาส่ง (post) ข้อมูลการเลือกตั้งก่อน
feed-unknown-voter = ไม่มีผู้มีสิทธิเลือกตั้งในบัญชีรายชื่อที่มี Voter ID นี้ กรุณาส่ง (post) ข้อมูลผู้มีสิทธิเลือกตั้งก่อน
feed-ballot-voter-other-county = ผู้มีสิทธิเลือกตั้งรายนี้ขึ้นทะเบียนอยู่ในเคาน์ตีอื่น
# $county: หมายเลขสองหลักของเคาน์ตี
feed-voter-other-county = แถวนี้เป็นของเคาน์ตี { $county } กรุณาส่งไปยัง endpoint ของเคาน์ตีนั้น
feed-voter-active-elsewhere = ผู้มีสิทธิเลือกตั้งรายนี้ขึ้นทะเบียนและมีสถานะใช้งานอยู่ในเคาน์ตี { $county } การย้ายเคาน์ตีต้องมาจากฟีดของรัฐ หรือหลังจากที่เคาน์ตีนั้นยกเลิกการขึ้นทะเบียนแล้ว
# $line, $element: ตำแหน่งของแถวในเนื้อหา (บรรทัดนับจาก 1 องค์ประกอบนับจาก 0)
feed-line-unreadable = บรรทัดที่ { $line } ไม่ใช่ออบเจกต์ JSON ที่มีช่องตามที่กำหนด: { $reason }
feed-element-unreadable = องค์ประกอบที่ { $element } ไม่ใช่ออบเจกต์ที่มีช่องตามที่กำหนด: { $reason }
feed-row-not-fitting = แถวนี้ไม่ตรงกับส่วนหัว (header): { $reason }
feed-row-unreadable = ไม่สามารถอ่านแถวนี้เป็น CSV ได้: { $reason }

## การนำเข้าบัญชีรายชื่อผู้มีสิทธิเลือกตั้ง (`ballot-tracker import`)
import-county-format = เคาน์ตีต้องระบุเป็นหมายเลขสองหลัก 01 ถึง 58
import-date-of-birth = วันเดือนปีเกิดต้องอยู่ในรูปแบบ YYYY-MM-DD หรือ YYYY ตั้งแต่ปี 1900 ถึงวันนี้
import-status-format = สถานะต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: { $choices }
