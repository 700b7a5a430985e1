# Câu chữ dành cho các quận và các client khác của API: lý do một dòng của nguồn dữ liệu (feed) không được lưu.
# Mỗi lỗi của một dòng cũng có một `code` cố định; đây là các câu đi kèm mã đó. $field: trường của dòng, theo
# tên trong yêu cầu; $reason: mô tả của chính trình phân tích về phần nó không đọc được.

feed-required = `{ $field }` là bắt buộc.
feed-id-format = `{ $field }` gồm từ 1 đến 128 ký tự in được.
feed-in-future = `{ $field }` nằm ở tương lai.
feed-instant-format = `{ $field }` là ngày giờ kèm độ lệch múi giờ, ví dụ 2026-10-06T09:30:00-07:00.
feed-date-format = `{ $field }` là ngày viết theo dạng YYYY-MM-DD (năm-tháng-ngày).
feed-election-name = `name` gồm từ 1 đến 200 ký tự.
feed-before-election = `{ $field }` không thể trước ngày bầu cử.
feed-shared-election = Các quận khác cũng tổ chức cuộc bầu cử này: chỉ tiểu bang mới được thay đổi tên hoặc ngày của cuộc bầu cử.
feed-imb-format = `{ $field }` là mã vạch Intelligent Mail gồm 20, 25, 29 hoặc 31 chữ số.
feed-imb-barcode-identifier = Chữ số thứ hai của barcode identifier trong `{ $field }` phải từ 0 đến 4.
feed-facility-zip = `facility_zip` là mã ZIP gồm 5 chữ số.
feed-operation-code = `operation_code` là mã thao tác (operation code) của USPS, ví dụ 919.
feed-event-id-reserved = Id sự kiện bắt đầu bằng `usps:` hoặc `superseded:` là của riêng trang theo dõi.
# $choices: các từ được phép, cách nhau bằng dấu phẩy.
feed-status-unknown = `status` phải là một trong { $choices }.
# $status: trạng thái được gửi.
feed-reason-required = `{ $status }` cần có lý do.
feed-reason-not-allowed = `{ $status }` không nhận lý do.
feed-reason-unknown = Lý do cho `{ $status }` phải là một trong { $choices }.
feed-source-unknown = `source` phải là một trong { $choices }.
feed-expected-delivery-required = `expected_delivery` cần có `expected_delivery_date`.
feed-expected-delivery-not-allowed = `expected_delivery_date` chỉ đi kèm `expected_delivery` hoặc `in_transit`.
feed-delivery-method-unknown = `delivery_method` phải là một trong { $choices }.
feed-supersedes-itself = Một lá phiếu không thể thay thế chính nó.
feed-supersedes-mismatch = Lá phiếu bị thay thế thuộc về một cử tri khác hoặc một cuộc bầu cử khác.
feed-unknown-ballot = Quận này không có lá phiếu nào có id này.
feed-unknown-ballot-post-first = Quận này không có lá phiếu nào có id này: xin gửi (post) lá phiếu trước.
feed-unknown-election = Quận này không tổ chức cuộc bầu cử nào có id này: xin gửi (post) cuộc bầu cử trước.
feed-unknown-voter = Không có cử tri nào trong danh sách có mã số cử tri này: xin gửi (post) hồ sơ cử tri trước.
feed-ballot-voter-other-county = Cử tri này ghi danh ở một quận khác.
# $county: số hai chữ số của một quận.
feed-voter-other-county = Dòng này thuộc quận { $county }; xin gửi dòng này tới endpoint của quận đó.
feed-voter-active-elsewhere = Cử tri này đang ghi danh và còn hiệu lực ở quận { $county }: việc chuyển quận phải đến từ nguồn dữ liệu của tiểu bang, hoặc sau khi quận đó đã hủy hồ sơ ghi danh.
# $line, $element: vị trí của dòng trong nội dung (dòng đếm từ 1, phần tử đếm từ 0).
feed-line-unreadable = Dòng { $line } không phải là một đối tượng JSON gồm các trường như mong đợi: { $reason }.
feed-element-unreadable = Phần tử { $element } không phải là một đối tượng gồm các trường như mong đợi: { $reason }.
feed-row-not-fitting = Dòng không khớp với dòng tiêu đề: { $reason }.
feed-row-unreadable = Không đọc được dòng theo định dạng CSV: { $reason }.

## Nhập danh sách cử tri (`ballot-tracker import`).
import-county-format = Quận phải được ghi bằng số hai chữ số, từ 01 đến 58.
import-date-of-birth = Ngày sinh phải theo dạng YYYY-MM-DD hoặc YYYY, từ năm 1900 đến hôm nay.
import-status-format = Trạng thái phải là một trong { $choices }.
