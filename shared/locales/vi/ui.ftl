# Các từ ngữ của trang web, bằng tiếng Việt. Trang web đọc mọi tập tin `ui.ftl` trong shared/locales/:
# muốn thêm một ngôn ngữ, chỉ cần thêm thư mục của ngôn ngữ đó (với tập tin này và messages.ftl, trong đó
# `language-name` là tên ngôn ngữ hiện trong trình đơn chọn ngôn ngữ). API cũng đọc các tập tin này, nên
# một id ở đây không được trùng với một id trong messages.ftl.
#
# Lỗi bên cạnh các ô nhập là `field-error-<field>[-<kind>]-<code>`: trang web và lỗi ô nhập của API dùng
# cùng câu chữ (các mã nằm trong shared/src, mỗi mã ứng với một cách một ô có thể bị sai).

## Ngày tháng: "Thứ Ba, ngày 13 tháng 10".
page-date = { $weekday }, ngày { $day } { $month }
weekday-1 = Thứ Hai
weekday-2 = Thứ Ba
weekday-3 = Thứ Tư
weekday-4 = Thứ Năm
weekday-5 = Thứ Sáu
weekday-6 = Thứ Bảy
weekday-7 = Chủ Nhật
month-1 = tháng 1
month-2 = tháng 2
month-3 = tháng 3
month-4 = tháng 4
month-5 = tháng 5
month-6 = tháng 6
month-7 = tháng 7
month-8 = tháng 8
month-9 = tháng 9
month-10 = tháng 10
month-11 = tháng 11
month-12 = tháng 12

## Mọi trang
ui-language-label = Ngôn ngữ
ui-unreachable = Hiện chúng tôi không kết nối được với trang theo dõi. Xin kiểm tra kết nối internet rồi thử lại.
ui-try-again = Thử lại
ui-start-over = Về trang chủ của trang theo dõi
ui-session-ended = Để bảo vệ quyền riêng tư của quý vị, phiên làm việc đã kết thúc vì không có hoạt động trong một thời gian. Xin tra cứu lại thông tin của quý vị để tiếp tục.
# Tiếng Việt không chia số nhiều: một câu dùng cho mọi số phút.
ui-wait-minutes = Chúng tôi vừa gửi tin cho quý vị. Xin đợi { $minutes } phút rồi thử lại.
ui-something-wrong = Đã có lỗi từ phía chúng tôi. Xin thử lại sau vài phút.

## Ghi danh theo dõi
signup-heading = Theo dõi lá phiếu bầu qua thư của quý vị
signup-intro = Trước hết, chúng tôi cần tìm quý vị trong danh sách cử tri. Xin nhập thông tin đúng y như khi quý vị ghi danh bầu cử.
signup-first-name = Tên
signup-first-name-hint = Như trong hồ sơ ghi danh cử tri của quý vị.
signup-last-name = Họ
signup-date-of-birth = Ngày sinh
signup-date-of-birth-hint = Tháng, ngày rồi đến năm, ví dụ 01-23-1980 (ngày 23 tháng 1 năm 1980).
signup-zip = Mã ZIP của địa chỉ nhà quý vị tại California
signup-zip-hint = Địa chỉ cư ngụ quý vị đã dùng khi ghi danh bầu cử, kể cả khi quý vị nhận thư ở nơi khác.
signup-voter-id = Mã số cử tri
signup-voter-id-hint = Chữ và số, không có khoảng trắng hay dấu gạch nối.
signup-submit = Tìm hồ sơ của tôi
signup-submitting = Đang tìm…
signup-check-details = Xin kiểm tra lại các thông tin này
signup-not-found-heading = Chúng tôi không tìm thấy quý vị trong danh sách cử tri
signup-check-registration = Kiểm tra hồ sơ ghi danh cử tri của quý vị

## Trang của cử tri
portal-hello = Xin chào { $name }
portal-registered-in = ghi danh tại Quận { $county }
portal-sign-out = Đăng xuất
portal-sign-out-everywhere = Đăng xuất trên mọi thiết bị
portal-signed-out-everywhere = Quý vị đã được đăng xuất trên mọi thiết bị và trình duyệt, kể cả thiết bị này.
portal-loading = Đang tải…
portal-reload = Kiểm tra lại
portal-sections = Các phần của trang này
portal-go-ballot = Lá phiếu của quý vị
portal-go-reach = Cách chúng tôi liên lạc với quý vị
portal-go-settings = Cài đặt

## Lá phiếu
ballots-heading = Lá phiếu của quý vị
ballots-loading = Đang tải lá phiếu của quý vị…
ballots-none = Chúng tôi chưa có lá phiếu bầu qua thư nào của quý vị. Các quận gửi lá phiếu qua bưu điện khoảng một tháng trước ngày bầu cử. Xin quay lại vào lúc đó, hoặc chọn ở bên dưới cách chúng tôi báo cho quý vị khi lá phiếu được gửi đi.
ballot-election-day = Ngày bầu cử: { $date }
ballot-county = Quận { $county }
ballot-replaced = Đã được thay thế: quý vị đã được gửi một lá phiếu mới, nên lá phiếu này không còn giá trị. Xin dùng lá phiếu mới.
ballot-now = Hiện đang ở đâu
ballot-steps = Các bước của lá phiếu
ballot-step-mailed = Đã gửi cho quý vị
ballot-step-delivered = Đã giao tới
ballot-step-received = Quận đã nhận
ballot-step-counted = Đã được đếm
ballot-step-done = đã xong
ballot-step-current = hiện tại
ballot-step-upcoming = chưa tới
ballot-step-preparing = Quận đang chuẩn bị lá phiếu
ballot-step-expected = Dự kiến: { $date }
ballot-step-undeliverable = Không giao được
ballot-step-returning = Đang được gửi về quận
ballot-step-in-review = Đang được kiểm tra
ballot-step-needs-you = Cần chữ ký của quý vị
ballot-step-not-counted = Không được đếm
ballot-step-in-person = Quý vị đã bỏ phiếu trực tiếp
ballot-expected-delivery = Bưu Điện dự kiến giao lá phiếu cho quý vị vào { $date }.
ballot-return-by = Xin gửi lại lá phiếu đã bầu chậm nhất vào ngày bầu cử, { $election_day }. Nếu gửi qua bưu điện, lá phiếu phải được đóng dấu bưu điện chậm nhất vào ngày đó và phải đến nơi chậm nhất vào { $deadline }.
ballot-history = Những gì đã diễn ra
ballot-history-empty = Chưa có gì được ghi nhận.

## Từng trạng thái và lý do, bằng lời dễ hiểu.

## Khắc phục vấn đề chữ ký ("cure").
cure-heading = Quý vị cần hành động: lá phiếu của quý vị sẽ không được đếm nếu quý vị không làm gì
cure-deadline = Hạn chót: 5 giờ chiều { $date }
cure-no-deadline = Xin làm càng sớm càng tốt: hạn chót do quận ấn định, không lâu sau ngày bầu cử.
cure-steps = Việc cần làm
cure-form-link = Tải mẫu đơn
cure-contact = Có thắc mắc? { $contact }

## Cách chúng tôi liên lạc với quý vị
reach-heading = Cách chúng tôi liên lạc với quý vị
reach-intro = Xin chọn cách chúng tôi báo cho quý vị mỗi khi lá phiếu chuyển sang bước mới. Quý vị có thể chọn nhiều cách.
reach-loading = Đang tải cài đặt của quý vị…
kind-email = Email
kind-sms = Tin nhắn
kind-voice = Cuộc gọi
kind-email-switch = Thông báo qua email
kind-sms-switch = Thông báo qua tin nhắn
kind-voice-switch = Thông báo qua cuộc gọi
state-none = Tắt
state-off = Tắt (đã được tắt)
state-pending = Đang chờ quý vị xác nhận
state-on = Bật
state-failed = Không hoạt động
method-sends-to = Thông báo được gửi tới { $address }.
method-from-email = Email của chúng tôi được gửi từ { $sender }. Không thấy trong hộp thư đến? Xin xem thư mục thư rác (spam hoặc junk).
method-from-sms = Tin nhắn của chúng tôi được gửi từ { $sender }.
method-from-voice = Cuộc gọi của chúng tôi đến từ { $sender }: đó là một lời nhắn thu âm ngắn.
method-pending-email = Chúng tôi đã gửi email tới { $address }. Xin mở đường liên kết trong email đó để bật thông báo qua email. Đường liên kết có hiệu lực trong 48 giờ.
method-pending-sms = Chúng tôi đã gửi tin nhắn tới { $address }. Xin trả lời CÓ (hoặc YES) cho tin nhắn đó để bật thông báo qua tin nhắn.
method-pending-voice = Chúng tôi đang gọi tới { $address } để đọc một mã gồm 6 chữ số. Xin nhập mã đó vào đây để bật thông báo qua cuộc gọi. Mã có hiệu lực trong 30 phút.
method-voice-code = Mã trong cuộc gọi
method-voice-code-hint = 6 chữ số. Cuộc gọi sẽ đọc mã hai lần.
method-voice-confirm = Xác nhận
method-failed-rejected = Chúng tôi không gửi được tới { $address }: địa chỉ này không nhận được tin của chúng tôi. Xin kiểm tra và nhập lại.
method-failed-stopped = { $address } đã trả lời yêu cầu ngừng nhận tin (STOP), nên chúng tôi không được phép nhắn tin tới số này. Để nhận lại tin nhắn, xin dùng điện thoại đó nhắn chữ START tới { $sender }, rồi bật lại tin nhắn ở đây.
method-failed-other = Không gửi được tin tới { $address }. Xin kiểm tra và nhập lại.
method-failed-invalid-number = Công ty điện thoại cho biết { $address } không nhận được tin của chúng tôi (không phải số di động, hoặc số không còn hoạt động). Xin nhập số khác.
method-failed-opted-out = Công ty điện thoại cho biết { $address } đã chặn tin nhắn của chúng tôi. Để nhận lại, xin dùng điện thoại đó nhắn chữ START tới { $sender }, rồi bật lại tin nhắn ở đây.
method-off = Thông báo tới { $address } đã được tắt.
method-resend = Gửi lại
method-resent = Đã gửi lại. Có thể mất vài phút mới nhận được.
method-check-again = Tôi đã xác nhận: kiểm tra lại
method-still-pending = Chưa được xác nhận. Xin mở đường liên kết hoặc trả lời CÓ, rồi kiểm tra lại.
method-change = Dùng địa chỉ hoặc số khác
method-save = Lưu và gửi
method-save-voice = Lưu
method-saving = Đang gửi…
method-cancel = Hủy
method-working = Đang xử lý…
address-email = Địa chỉ email
address-email-hint = Ví dụ name@example.com. Chúng tôi sẽ gửi một đường liên kết để xác nhận đây là email của quý vị.
address-sms = Số điện thoại di động
address-sms-hint = Số điện thoại tại Hoa Kỳ, ví dụ (916) 555-0123. Chúng tôi sẽ nhắn tin tới số này để xác nhận đây là số của quý vị. Có thể áp dụng phí tin nhắn và dữ liệu.
address-voice = Số điện thoại để nhận cuộc gọi
address-voice-hint = Số điện thoại tại Hoa Kỳ, ví dụ (916) 555-0123. Chúng tôi sẽ gọi ngay tới số này và đọc một mã gồm 6 chữ số để quý vị nhập vào đây.
# $language: ngôn ngữ của cử tri, gọi theo tên trong chính ngôn ngữ đó.
voice-in-english = Cuộc gọi của chúng tôi chưa nói được { $language }, nên các cuộc gọi tới quý vị sẽ bằng tiếng Anh. Email và tin nhắn sẽ bằng { $language }.

## Giờ liên lạc và ngôn ngữ
hours-heading = Thời gian chúng tôi có thể liên lạc với quý vị
hours-intro = Chúng tôi chỉ nhắn tin và gọi điện trong khoảng thời gian này. Email có thể đến bất cứ lúc nào.
hours-from = Từ
hours-until = Đến
hours-time-zone = Múi giờ
hours-save = Lưu giờ liên lạc
hours-saving = Đang lưu…
hours-saved = Đã lưu. Chúng tôi sẽ liên lạc với quý vị từ { $from } đến { $until }.
language-heading = Ngôn ngữ
language-intro = Ngôn ngữ của trang này và của các tin chúng tôi gửi cho quý vị.
language-saving = Đang lưu…
language-saved = Đã lưu.
tz-America-Los_Angeles = Giờ Thái Bình Dương (California)
tz-America-Phoenix = Arizona
tz-America-Denver = Giờ Miền Núi
tz-America-Chicago = Giờ Miền Trung
tz-America-New_York = Giờ Miền Đông
tz-America-Anchorage = Alaska
tz-Pacific-Honolulu = Hawaii
tz-America-Mexico_City = Thành phố Mexico
tz-Europe-London = Luân Đôn
tz-Europe-Berlin = Trung Âu (Berlin, Paris, Madrid)
tz-Asia-Manila = Manila
tz-Asia-Tokyo = Tokyo
tz-Australia-Sydney = Sydney

## Tất cả thông báo
notifications-heading = Tất cả thông báo
notifications-on-text = Quý vị nhận thông báo theo các cách đã chọn ở trên.
notifications-off-explained = Chúng tôi sẽ không gửi email, nhắn tin hay gọi điện cho quý vị về lá phiếu. Trang này vẫn tiếp tục cho biết lá phiếu của quý vị đang ở đâu.
notifications-turn-off = Tắt tất cả thông báo
notifications-turning-off = Đang tắt…
notifications-are-off = Thông báo đã được tắt. Chúng tôi sẽ không gửi email, nhắn tin hay gọi điện cho quý vị về lá phiếu. Trang này vẫn cho biết lá phiếu của quý vị đang ở đâu.
notifications-turn-on = Bật lại thông báo
notifications-turning-on = Đang bật…

## Xác minh đúng là quý vị (mã dùng một lần)
verify-heading = Trước hết, xin xác minh đây đúng là quý vị
verify-why = Tên, ngày sinh và mã ZIP của quý vị là hồ sơ công khai, nên ai cũng có thể nhập các thông tin này. Trước mọi thay đổi về thông báo, chúng tôi gửi một mã dùng một lần tới một cách liên lạc mà quý vị đã xác nhận ít nhất một ngày trước khi đăng nhập.
verify-choose = Chúng tôi nên gửi mã tới đâu?
verify-to-email = Email tới { $address }
verify-to-sms = Tin nhắn tới { $address }
verify-to-voice = Cuộc gọi tới { $address }
verify-send = Gửi mã
verify-sending = Đang gửi…
verify-sent = Chúng tôi đã gửi mã tới { $address }. Mã có hiệu lực trong { $minutes } phút.
verify-code = Mã
verify-code-hint = 6 chữ số
verify-check = Xác nhận
verify-checking = Đang kiểm tra…
verify-new-code = Gửi mã mới
verify-cancel = Hủy
verify-no-method = Chưa có cách liên lạc nào của quý vị nhận được mã. Để bảo vệ quý vị, mã chỉ được gửi tới một cách liên lạc mà quý vị đã xác nhận ít nhất một ngày trước khi đăng nhập.
verify-wrong-code = Mã này không đúng. Xin kiểm tra lại, hoặc yêu cầu mã mới.

## Trang mở ra từ đường liên kết xác nhận trong email
confirm-heading = Xác nhận địa chỉ email của quý vị
confirm-working = Xin chờ một chút: chúng tôi đang xác nhận địa chỉ email của quý vị…
confirm-intro = Xin bấm nút để bật thông báo qua email cho địa chỉ này.
confirm-button = Xác nhận địa chỉ email của tôi
confirm-done-heading = Địa chỉ email của quý vị đã được xác nhận
confirm-done = Thông báo qua email đã được bật. Chúng tôi sẽ gửi email cho quý vị mỗi khi lá phiếu chuyển sang bước mới.
confirm-back = Nếu trang theo dõi vẫn còn mở ở một thẻ khác, xin quay lại thẻ đó và chọn "kiểm tra lại". Hoặc mở trang theo dõi để xem lá phiếu của quý vị.
confirm-expired-heading = Đường liên kết này đã hết hạn
confirm-expired = Đường liên kết xác nhận có hiệu lực trong 48 giờ. Xin tra cứu lại thông tin của quý vị và chọn "Gửi lại" bên cạnh địa chỉ email.
confirm-invalid-heading = Đường liên kết này không còn dùng được
confirm-invalid = Có thể đường liên kết đã được dùng, hoặc đã được thay bằng một đường liên kết mới hơn. Nếu quý vị đã xác nhận email, quý vị không cần làm gì thêm. Xin tra cứu lại thông tin của quý vị để kiểm tra.
confirm-missing = Trang này cần đường liên kết trong email của chúng tôi. Xin mở đường liên kết trong email chúng tôi đã gửi cho quý vị.
confirm-open-tracker = Mở trang theo dõi

## Trang mở ra từ đường liên kết ngừng nhận email
unsubscribe-heading = Ngừng nhận email về lá phiếu của quý vị
undo-heading = Hủy bỏ một thay đổi
undo-intro = Thao tác này hủy bỏ thay đổi mà tin của chúng tôi đã báo cho quý vị, và đăng xuất mọi người đang đăng nhập dưới danh nghĩa của quý vị.
undo-button = Hủy bỏ thay đổi này
undo-working = Đang hủy bỏ…
undo-done-heading = Đã hủy bỏ
undo-next = Nếu người khác đã thực hiện thay đổi đó, quý vị có thể đăng nhập lại và kiểm tra cài đặt của mình.
undo-invalid = Đường liên kết hủy bỏ này không hợp lệ. Xin kiểm tra xem quý vị đã mở toàn bộ đường liên kết trong tin của chúng tôi chưa.
unsubscribe-intro = Xin bấm nút để ngừng nhận email của chúng tôi tại địa chỉ này. Quý vị có thể bật lại bất cứ lúc nào trên trang mạng này.
unsubscribe-button = Ngừng nhận các email này
unsubscribe-working = Đang ngừng…
unsubscribe-done-heading = Xong: quý vị sẽ không nhận email nữa
unsubscribe-done = Chúng tôi sẽ không gửi thêm email về lá phiếu của quý vị tới địa chỉ này nữa. Quý vị vẫn có thể xem lá phiếu của mình đang ở đâu trên trang mạng này, và bật lại email tại đó.
unsubscribe-invalid = Đường liên kết ngừng nhận email này không dùng được. Xin tra cứu thông tin của quý vị trên trang mạng này để tắt thông báo.

## Trang không tồn tại
not-found-heading = Không tìm thấy trang
not-found = Trang này không tồn tại. Xin về trang chủ của trang theo dõi để xem lá phiếu của quý vị.

## Lỗi bên cạnh các ô nhập.
field-error-first_name-required = Xin nhập tên của quý vị như trong hồ sơ ghi danh cử tri.
field-error-first_name-too_long = Tên chỉ được dài tối đa 64 ký tự.
field-error-first_name-characters = Tên chỉ được có chữ cái, khoảng trắng, dấu gạch nối (-), dấu nháy đơn (') và dấu chấm (.).
field-error-last_name-required = Xin nhập họ của quý vị như trong hồ sơ ghi danh cử tri.
field-error-last_name-too_long = Họ chỉ được dài tối đa 64 ký tự.
field-error-last_name-characters = Họ chỉ được có chữ cái, khoảng trắng, dấu gạch nối (-), dấu nháy đơn (') và dấu chấm (.).
field-error-date_of_birth-required = Xin nhập ngày sinh của quý vị.
field-error-date_of_birth-format = Xin nhập ngày sinh theo dạng MM-DD-YYYY (tháng-ngày-năm), có dấu gạch nối: ví dụ 01-23-1980.
field-error-date_of_birth-not_a_date = Ngày này không có thật. Xin kiểm tra tháng (MM) và ngày (DD).
field-error-date_of_birth-too_early = Ngày sinh không thể trước 01-01-1900. Xin dùng dạng MM-DD-YYYY (tháng-ngày-năm): ví dụ 01-23-1980.
field-error-date_of_birth-in_future = Ngày sinh không thể ở trong tương lai.
field-error-date_of_birth-too_young = Người có tên trong danh sách cử tri phải từ 16 tuổi trở lên. Xin kiểm tra năm quý vị đã nhập.
field-error-birth_year-required = Xin nhập năm sinh của quý vị.
field-error-birth_year-format = Xin nhập năm sinh gồm bốn chữ số: ví dụ 1980.
field-error-birth_year-too_early = Năm sinh không thể trước năm 1900.
field-error-birth_year-in_future = Năm sinh không thể ở trong tương lai.
field-error-birth_year-too_young = Người có tên trong danh sách cử tri phải từ 16 tuổi trở lên. Xin kiểm tra năm quý vị đã nhập.
field-error-birth_year-conflict = Xin nhập ngày sinh đầy đủ hoặc năm sinh, không nhập cả hai.
field-error-zip-required = Xin nhập mã ZIP của địa chỉ nhà quý vị tại California.
field-error-zip-format = Mã ZIP gồm 5 chữ số, ví dụ 95814 (hoặc 95814-1234).
field-error-zip-not_california = Xin dùng mã ZIP của địa chỉ nhà tại California mà quý vị đã dùng khi ghi danh bầu cử, kể cả khi quý vị sống ở nước ngoài hoặc nhận thư ở địa chỉ khác.
field-error-voter_id-required = Xin nhập mã số cử tri của quý vị.
field-error-voter_id-format = Mã số cử tri gồm tối đa 20 chữ và số, không có khoảng trắng hay dấu gạch nối.
field-error-address-email-required = Xin nhập địa chỉ email của quý vị.
field-error-address-email-format = Xin nhập địa chỉ email theo dạng name@example.com.
field-error-address-phone-required = Xin nhập số điện thoại của quý vị.
field-error-address-phone-format = Xin nhập số điện thoại Hoa Kỳ gồm 10 chữ số, ví dụ (916) 555-0123.
field-error-address-phone-not_assignable = Đây không phải là số điện thoại Hoa Kỳ hợp lệ: xin kiểm tra mã vùng và ba chữ số ngay sau mã vùng.
field-error-contact_hours-from-format = Xin nhập giờ theo dạng HH:MM, tính theo đồng hồ 24 giờ, ví dụ 08:00 hoặc 20:30.
field-error-contact_hours-until-format = Xin nhập giờ theo dạng HH:MM, tính theo đồng hồ 24 giờ, ví dụ 08:00 hoặc 20:30.
field-error-contact_hours-until-too_short = Khoảng giờ liên lạc phải dài ít nhất 3 giờ, để thông báo có thể đến được với quý vị.
field-error-contact_hours-time_zone-unknown_time_zone = Xin chọn một múi giờ trong danh sách, ví dụ America/Los_Angeles.
field-error-language-unsupported = Xin chọn một ngôn ngữ trong danh sách.
field-error-code-format = Xin nhập mã gồm 6 chữ số mà chúng tôi đã gửi cho quý vị.
field-error-code-not_accepted = Mã này không đúng. Xin kiểm tra lại hoặc yêu cầu mã mới.
# Lý do một mã không được chấp nhận. $left: số lần thử còn lại.
field-error-code-none_waiting = Không có mã nào đang chờ: xin yêu cầu mã mới.
field-error-code-used_up = Mã này đã hết hạn hoặc đã bị thử quá nhiều lần: xin yêu cầu mã mới.
field-error-code-wrong = Đây không phải là mã chúng tôi đã gửi. Số lần thử còn lại: { $left }.
field-error-code-wrong_last = Đây không phải là mã chúng tôi đã gửi, và không thể thử lại mã này nữa: xin yêu cầu mã mới.
