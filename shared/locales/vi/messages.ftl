# Các tin mà trang theo dõi gửi cho cử tri, bằng tiếng Việt. Mọi tin đều nêu tên dịch vụ ({ $service })
# để cử tri phân biệt được với tin lừa đảo. Các biến: xem chú thích của từng tin.

language-name = Tiếng Việt

# How texts in this language are sent (not words: keep as is): gsm-7 drops the accents GSM-7 lacks
# (160 characters a segment); ucs-2 carries every script (70 characters a segment).
sms-alphabet = ucs-2

## Xác nhận email. $link: trang xác nhận; $hours: số giờ đường liên kết có hiệu lực.
email-confirm-subject = Xác nhận email của quý vị cho { $service }
email-confirm-body =
    Kính chào { $name },

    Có người, hy vọng là quý vị, đã yêu cầu { $service } gửi thông báo về lá phiếu bầu qua thư của quý vị tới địa chỉ email này.

    Để bắt đầu nhận thông báo, xin mở đường liên kết này trong vòng { $hours } giờ:
    { $link }

    Nếu quý vị không yêu cầu việc này, xin bỏ qua email này: chúng tôi sẽ không gửi gì thêm tới địa chỉ này.

## Xác nhận qua tin nhắn (gói trong một phần tin nếu được).
sms-confirm = { $service }: nhắn CÓ để nhận tin về phiếu bầu qua thư. Có thể tính phí tin nhắn/dữ liệu. Nhắn NGỪNG để hủy, GIÚP để được giúp.
sms-confirmed = { $service }: quý vị sẽ nhận tin nhắn khi tình trạng phiếu bầu qua thư thay đổi. Nhắn NGỪNG để hủy.
sms-stopped = { $service }: quý vị sẽ không nhận tin nhắn của chúng tôi nữa. Nhắn BẮT ĐẦU để nhận lại.
sms-started = { $service }: đã bật lại tin nhắn về phiếu bầu qua thư. Nhắn NGỪNG để hủy.
# $contact: văn phòng bầu cử quận, hoặc đường dây nóng cử tri của tiểu bang.
sms-help = { $service }: báo tin khi phiếu bầu qua thư đổi tình trạng, vài tin mỗi kỳ bầu cử. Có thể tính phí tin nhắn/dữ liệu. Hỗ trợ: { $contact }. Nhắn NGỪNG để hủy.
sms-help-contact = văn phòng bầu cử quận, hoặc đường dây tiếng Việt của Tổng Thư Ký Tiểu Bang 1-800-339-8163

## Các từ cử tri có thể nhắn, cách nhau bằng dấu phẩy; khi so khớp, không phân biệt chữ hoa/thường,
## khoảng trắng và dấu câu (nhưng có phân biệt dấu tiếng Việt: ghi cả dạng có dấu và không dấu).
keywords-stop = NGỪNG, NGƯNG, NGUNG, DỪNG, DỪNG LẠI, DUNG LAI, NGỪNG NHẬN TIN, NGUNG NHAN TIN, HỦY, HỦY ĐĂNG KÝ, HUY DANG KY
keywords-start = BẮT ĐẦU, BAT DAU, TIẾP TỤC, TIEP TUC
keywords-yes = CÓ, ĐỒNG Ý, DONG Y, VÂNG, DẠ
keywords-help = GIÚP, GIUP, TRỢ GIÚP, TRO GIUP, GIÚP ĐỠ, GIUP DO, HỖ TRỢ, HO TRO

## Mã dùng một lần. $code: sáu chữ số; $minutes: thời gian mã có hiệu lực.
code-email-subject = Mã { $service } của quý vị: { $code }
code-email-body =
    Kính chào { $name },

    Mã của quý vị là { $code }. Mã có hiệu lực trong { $minutes } phút.

    Xin nhập mã này trên trang { $service } để thay đổi cách quý vị nhận thông báo về lá phiếu. Nếu quý vị không yêu cầu mã, có thể một người biết tên, ngày sinh và mã ZIP của quý vị đang tìm cách thay đổi thông báo của quý vị: quý vị không cần làm gì, và sẽ không có gì thay đổi nếu không có mã này.
code-sms = Mã { $service }: { $code }. Hiệu lực { $minutes } phút. Nếu quý vị không yêu cầu, xin bỏ qua tin này.
code-voice = Xin chào, đây là { $service }. Mã của quý vị là { $spoken }. Xin nhắc lại, mã của quý vị là { $spoken }.

## Một thay đổi về cách liên lạc với cử tri, được báo tới các cách liên lạc cử tri đã xác nhận trước đó.
## $what: thay đổi, trong một hoặc vài câu (change-…); $undo: đường liên kết để hủy bỏ thay đổi.
change-email-subject = Thay đổi về cách { $service } liên lạc với quý vị
change-email-body =
    Kính chào { $name },

    { $what }

    Nếu quý vị đã thực hiện thay đổi này, quý vị không cần làm gì.
    Nếu không phải quý vị, xin hủy bỏ thay đổi tại đây (đường liên kết chỉ dùng được một lần, trong { $days } ngày): { $undo }
    Việc hủy bỏ cũng sẽ đăng xuất mọi người đang đăng nhập dưới danh nghĩa của quý vị.
change-sms = { $service }: { $what } Không phải quý vị? Hủy tại: { $undo }
change-voice = Xin chào, đây là { $service }. { $what } Nếu không phải quý vị thực hiện, xin vào trang { $site } hoặc mở đường liên kết trong email hay tin nhắn của chúng tôi để hủy bỏ thay đổi.
change-method-added = Một cách liên lạc mới đã được thêm: { $method }.
change-method-replaced = Một cách liên lạc đã được thay đổi: { $old } nay là { $method }.
change-method-removed = Một cách liên lạc đã bị xóa: { $method }.
change-notifications-off = Thông báo về lá phiếu của quý vị đã được tắt.
change-notifications-on = Thông báo về lá phiếu của quý vị đã được bật lại.
change-language = Từ nay các tin sẽ được gửi bằng { $language }.
change-contact-hours = Giờ liên lạc của quý vị nay là từ { $from } đến { $until } ({ $zone }).
## Việc mà một đường liên kết hủy bỏ đã làm.
undone-method-removed = Chúng tôi đã xóa { $method } và đăng xuất mọi người đang đăng nhập dưới danh nghĩa của quý vị.
undone-method-back = Chúng tôi đã khôi phục { $method } như trước và đăng xuất mọi người đang đăng nhập dưới danh nghĩa của quý vị.
undone-preferences = Chúng tôi đã khôi phục cài đặt của quý vị như trước và đăng xuất mọi người đang đăng nhập dưới danh nghĩa của quý vị.
undone-nothing-to-put-back = Thay đổi đó đã được thay thế bằng một thay đổi khác. Chúng tôi đã đăng xuất mọi người đang đăng nhập dưới danh nghĩa của quý vị.

## Cuộc gọi để xác nhận số nhận cuộc gọi.
voice-confirm = Xin chào, đây là { $service }. Để xác nhận việc nhận cuộc gọi về lá phiếu bầu qua thư, xin nhập mã này trên trang mạng: { $spoken }. Xin nhắc lại, mã của quý vị là { $spoken }. Nếu quý vị không yêu cầu nhận cuộc gọi, xin gác máy: chúng tôi sẽ không gọi lại nữa.

method-email = email { $address }
method-sms = tin nhắn tới { $address }
method-voice = cuộc gọi tới { $address }

## Phần cuối email
email-footer =
    Quý vị nhận được email này vì địa chỉ này đã được đăng ký với { $service } để nhận thông báo về lá phiếu bầu qua thư của quý vị.
    Ngừng nhận các email này: { $unsubscribe }

## Ý nghĩa của từng trạng thái và lý do của lá phiếu (trang tình trạng, thông báo, và tài liệu của API).
status-issued = Quận của quý vị đã chuẩn bị lá phiếu. Lá phiếu chưa được giao cho Bưu Điện.
status-mailed = Quận của quý vị đã giao lá phiếu cho Bưu Điện.
status-in_transit = Lá phiếu đang trên đường tới quý vị; Bưu Điện đã quét mã lá phiếu.
status-expected_delivery = Lá phiếu đang trên đường tới quý vị; Bưu Điện dự kiến sẽ sớm giao.
status-delivered = Bưu Điện đã giao lá phiếu vào hộp thư của quý vị.
status-undeliverable = Bưu Điện không giao được lá phiếu của quý vị và đang gửi trả về quận. Xin liên lạc với văn phòng bầu cử quận để nhận lá phiếu thay thế.
status-returned_by_voter = Lá phiếu đã bầu của quý vị đang trên đường gửi về quận (Bưu Điện đã quét mã, hoặc lá phiếu đã được bỏ vào thùng bỏ phiếu).
status-received = Quận đã nhận lá phiếu đã bầu của quý vị. Lá phiếu chưa được đếm: quận sẽ kiểm tra trước.
status-in_review = Quận đang kiểm tra phong bì lá phiếu của quý vị trước khi có thể đếm.
status-accepted = Lá phiếu của quý vị đã được đếm.
status-not_accepted = Lá phiếu của quý vị không được đếm.
status-voted_in_person = Quý vị đã bỏ phiếu trực tiếp, nên lá phiếu bầu qua thư này không được dùng.
status-superseded = Lá phiếu này đã được thay bằng một lá phiếu mới; chỉ lá phiếu mới có giá trị.

reason-no_signature = Phong bì chưa được ký tên. Xin ký một bản tuyên bố lá phiếu không có chữ ký và gửi lại cho quận trong thời hạn quy định để lá phiếu của quý vị có thể được đếm.
reason-signature_mismatch = Chữ ký trên phong bì không khớp với chữ ký trong hồ sơ. Xin gửi một bản tuyên bố xác minh chữ ký cho quận trong thời hạn quy định để lá phiếu của quý vị có thể được đếm.
reason-already_voted = Một lá phiếu khác của quý vị (bỏ phiếu trực tiếp, qua thư hoặc phiếu tạm thời) đã được đếm.
reason-ballot_missing = Phong bì đến quận nhưng không có lá phiếu bên trong.
reason-voter_deceased = Hồ sơ của quận ghi nhận cử tri đã qua đời.
reason-late = Lá phiếu được đóng dấu bưu điện sau ngày bầu cử hoặc đến nơi sau hạn chót.
reason-other = Quận không thể đếm lá phiếu này. Xin liên lạc với văn phòng bầu cử quận để biết lý do.

## Khắc phục vấn đề chữ ký. $statement: mẫu đơn nào; $county: tên quận; $url: địa chỉ của mẫu đơn; $by: hạn chót.
cure-statement-no_signature = bản tuyên bố lá phiếu không có chữ ký
cure-statement-signature_mismatch = bản tuyên bố xác minh chữ ký
cure-step-form = Xin lấy { $statement } tại văn phòng bầu cử Quận { $county }.
cure-step-form-link = Xin lấy { $statement } tại { $url }, hoặc tại văn phòng bầu cử Quận { $county }.
cure-step-sign = Điền và ký tên vào bản tuyên bố. Kèm theo bản sao giấy tờ tùy thân nếu mẫu đơn yêu cầu.
cure-step-return = Gửi lại bản tuyên bố { $by }: qua bưu điện, email, fax, thùng bỏ phiếu, hoặc nộp trực tiếp tại văn phòng bầu cử.
cure-step-after = Khi quận chấp nhận bản tuyên bố, lá phiếu của quý vị sẽ được đếm: trang này sẽ cho biết.
cure-by-date = trước 5 giờ chiều { $date }
cure-by-unknown = càng sớm càng tốt: hạn chót do quận ấn định, không lâu sau ngày bầu cử

## Ngày tháng trong ngôn ngữ này: locale của chrono và mẫu strftime ("Thứ ba, ngày 3 tháng 11 năm 2026").
date-locale = vi_VN
date-long = %A, ngày %-d tháng %-m năm %Y

## Văn phòng bầu cử của một quận.
county-office = Văn phòng bầu cử Quận { $county }: { $contacts }.
county-phone = điện thoại { $phone }
county-email = email { $email }
county-website = trang mạng { $url }

## Thông báo về lá phiếu: một thông báo cho mỗi bước đáng báo, qua email (tiêu đề và nội dung), tin nhắn và cuộc gọi.
## Mọi thông báo đều nêu tên dịch vụ và tên quận, và không thông báo nào hỏi thông tin cá nhân.
## $service; $name: tên của cử tri; $county: tên quận; $election: tên cuộc bầu cử; $date: một ngày;
## $deadline: ngày cuối cùng để gửi lại; $link: trang tình trạng; $contact: cách liên lạc với quận;
## $callback: số điện thoại để gọi lại; $steps: việc cần làm, mỗi việc một dòng.
## $date và $deadline đã có chữ "ngày" (dạng dài: "Thứ ba, ngày 3 tháng 11 năm 2026"; trong tin nhắn: "ngày 3 tháng 11").
notice-mailed-subject = Lá phiếu của quý vị đã được gửi qua bưu điện
notice-mailed-email = Quận { $county } đã giao cho Bưu Điện lá phiếu của quý vị cho { $election }. Lá phiếu thường đến trong vòng một tuần.
notice-mailed-sms = { $service }: Quận { $county } đã gửi phiếu bầu cho quý vị. Thường đến trong 1 tuần. Theo dõi: { $link }
notice-mailed-voice = Quận { $county } đã gửi lá phiếu cho quý vị qua bưu điện. Lá phiếu thường đến trong vòng một tuần.

notice-expected_delivery-subject = Lá phiếu của quý vị dự kiến đến vào { $date }
notice-expected_delivery-email = Lá phiếu của quý vị cho { $election } đang trên đường tới. Bưu Điện dự kiến giao lá phiếu vào { $date }.
notice-expected_delivery-sms = { $service }: Bưu Điện dự kiến giao phiếu bầu Quận { $county } vào { $date }. Theo dõi: { $link }
notice-expected_delivery-voice = Lá phiếu của quý vị đang trên đường tới. Bưu Điện dự kiến giao lá phiếu vào { $date }.

notice-delivered-subject = Lá phiếu của quý vị đã được giao
notice-delivered-email = Bưu Điện đã giao lá phiếu của quý vị cho { $election }. Xin đánh dấu lá phiếu, ký tên trên phong bì, và gửi lại qua bưu điện hoặc bỏ vào thùng bỏ phiếu.
notice-delivered-sms = { $service }: phiếu bầu Quận { $county } đã được giao. Xin ký phong bì rồi gửi lại qua bưu điện hoặc thùng bỏ phiếu. { $link }
notice-delivered-voice = Bưu Điện đã giao lá phiếu cho quý vị. Xin ký tên trên phong bì và gửi lại qua bưu điện hoặc bỏ vào thùng bỏ phiếu.

notice-undeliverable-subject = Không giao được lá phiếu của quý vị
notice-undeliverable-email =
    Bưu Điện không giao được lá phiếu của quý vị cho { $election } và đang gửi trả lá phiếu về Quận { $county }.

    Xin liên lạc với quận để xin lá phiếu mới, và kiểm tra xem địa chỉ nhận thư của quý vị có đúng không. { $contact }
notice-undeliverable-sms = { $service }: không giao được phiếu bầu Quận { $county }. Xin liên lạc quận để nhận phiếu mới. { $link }
notice-undeliverable-voice = Bưu Điện không giao được lá phiếu của quý vị và đang gửi trả về quận. Xin gọi văn phòng bầu cử Quận { $county } để nhận lá phiếu mới.

notice-received-subject = Quận đã nhận lá phiếu của quý vị (chưa được đếm)
notice-received-email = Quận { $county } đã nhận lá phiếu của quý vị cho { $election }. Lá phiếu chưa được đếm: quận sẽ kiểm tra phong bì trước. Chúng tôi sẽ báo cho quý vị khi lá phiếu được đếm.
notice-received-sms = { $service }: Quận { $county } đã nhận phiếu bầu của quý vị. Phiếu chưa được đếm; quận kiểm tra trước. Sẽ báo khi phiếu được đếm.
notice-received-voice = Quận { $county } đã nhận lá phiếu của quý vị. Lá phiếu chưa được đếm. Quận sẽ kiểm tra trước, và chúng tôi sẽ báo cho quý vị khi lá phiếu được đếm.

notice-in_review-subject = Cần quý vị hành động: lá phiếu của quý vị chưa thể được đếm
notice-in_review-email =
    Quận { $county } chưa thể đếm lá phiếu của quý vị cho { $election }. { $reason }

    Việc cần làm:
    { $steps }
notice-in_review-sms = { $service }: CẦN HÀNH ĐỘNG. Quận { $county } chỉ đếm phiếu bầu của quý vị khi quý vị sửa lỗi chữ ký, { $deadline }. Mẫu đơn: { $form }
notice-in_review-voice = Quận { $county } chưa thể đếm lá phiếu của quý vị, vì có vấn đề với chữ ký trên phong bì. Quý vị có thể khắc phục việc này { $deadline }. Xin gọi văn phòng bầu cử quận để biết cách làm.

notice-accepted-subject = Lá phiếu của quý vị đã được đếm
notice-accepted-email = Quận { $county } đã đếm lá phiếu của quý vị cho { $election }. Cảm ơn quý vị đã bỏ phiếu.
notice-accepted-sms = { $service }: Quận { $county } đã đếm phiếu bầu của quý vị. Cảm ơn quý vị đã bỏ phiếu.
notice-accepted-voice = Quận { $county } đã đếm lá phiếu của quý vị. Cảm ơn quý vị đã bỏ phiếu.

notice-not_accepted-subject = Lá phiếu của quý vị không được đếm
notice-not_accepted-email = Quận { $county } đã không đếm lá phiếu của quý vị cho { $election }. { $reason }
notice-not_accepted-sms = { $service }: Quận { $county } đã không đếm phiếu bầu của quý vị. Xem lý do và quý vị có thể làm gì: { $link }
notice-not_accepted-voice = Quận { $county } đã không đếm lá phiếu của quý vị. Xin gọi văn phòng bầu cử quận để biết lý do.

notice-reminder-subject = Nhắc nhở: xin gửi lại lá phiếu chậm nhất vào { $date }
notice-reminder-email = Quận { $county } chưa nhận được lá phiếu của quý vị cho { $election }. Nếu gửi qua bưu điện, lá phiếu phải được đóng dấu bưu điện chậm nhất vào { $date } và đến nơi chậm nhất vào { $deadline }. Hoặc xin mang lá phiếu tới thùng bỏ phiếu hay địa điểm bỏ phiếu trước 8 giờ tối { $date }. Nếu quý vị đã gửi rồi, xin cảm ơn: lá phiếu có thể mất vài ngày mới đến nơi.
notice-reminder-sms = { $service }: Quận { $county } chưa nhận được phiếu bầu của quý vị. Xin gửi qua bưu điện chậm nhất { $date }, hoặc bỏ vào thùng bỏ phiếu trước 8 giờ tối hôm đó.
notice-reminder-voice = Quận { $county } chưa nhận được lá phiếu của quý vị. Xin gửi qua bưu điện chậm nhất vào { $date }, hoặc bỏ vào thùng bỏ phiếu trước 8 giờ tối ngày hôm đó.

notice-email-greeting = Kính chào { $name },
notice-email-track = Xem từng bước của lá phiếu tại { $link }
notice-email-contact = Có thắc mắc? { $contact }
notice-email-contact-unknown = Có thắc mắc? Xin gọi văn phòng bầu cử Quận { $county }.
notice-email-trust = { $service } gửi các thông báo này thay mặt quận của quý vị. Chúng tôi không bao giờ hỏi số An Sinh Xã Hội, mật khẩu, hay yêu cầu quý vị trả tiền.
notice-voice-open = Xin chào, đây là { $service }, xin báo tin về lá phiếu bầu qua thư của quý vị từ Quận { $county }.
notice-voice-close = Nếu có thắc mắc, xin gọi số { $callback }. Xin nhắc lại, số điện thoại là { $callback }. Xin cảm ơn và chào tạm biệt.
## Ngày ngắn cho tin nhắn ("ngày 3 tháng 11": ghi rõ chữ "tháng" để không ai đọc nhầm tháng và ngày).
date-short = ngày %-d tháng %-m

## Các lỗi: điều API trả lời khi không thể làm việc được yêu cầu (`title` và `detail`).
problem-invalid-fields-title = Một số trường chưa được điền đúng
problem-invalid-fields-detail = Xin sửa các trường được liệt kê trong `errors` rồi gửi lại yêu cầu.
problem-malformed-json-title = Không đọc được nội dung yêu cầu
problem-malformed-json-detail = Nội dung không phải là JSON hợp lệ cho endpoint này: { $reason }.
problem-unreadable-body-title = Không đọc được nội dung yêu cầu
problem-unreadable-body-detail = Không đọc được nội dung: { $reason }.
problem-unreadable-form-title = Không đọc được nội dung yêu cầu
problem-unreadable-form-detail = Không đọc được biểu mẫu: { $reason }.
problem-not-a-json-array-title = Không đọc được nội dung yêu cầu
problem-not-a-json-array-detail = Nội dung không phải là một mảng JSON gồm các đối tượng: { $reason }.
problem-not-utf8-title = Không đọc được nội dung yêu cầu
problem-not-utf8-detail = Nội dung không phải là văn bản UTF-8: { $reason }.
problem-csv-header-title = Không đọc được nội dung yêu cầu
problem-csv-header-detail = Không đọc được dòng tiêu đề CSV: { $reason }.
problem-unsupported-media-type-title = Loại nội dung không được hỗ trợ
problem-unsupported-media-type-detail = Xin gửi nội dung yêu cầu với một `Content-Type` mà endpoint này chấp nhận: { $expected }.
problem-payload-too-large-title = Nội dung yêu cầu quá lớn
problem-payload-too-large-detail = Endpoint này chỉ chấp nhận tối đa { $limit } byte.
problem-unauthorized-title = Xin đăng nhập lại
problem-unauthorized-detail = Phiên làm việc của quý vị đã kết thúc hoặc không hợp lệ. Xin tra cứu lại thông tin của quý vị để tiếp tục.
problem-missing-scope-title = Không được phép
problem-missing-scope-detail = Endpoint này cần phạm vi quyền (scope) `{ $scope }`, mà token của quý vị không có.
problem-other-county-title = Không được phép
problem-other-county-detail = Client của quý vị chỉ hoạt động cho quận { $own }, không phải cho quận { $county }.
problem-bad-signature-title = Không được phép
problem-bad-signature-detail = Chữ ký của yêu cầu không khớp.
problem-oauth-bad-basic-title = Yêu cầu cấp token bị từ chối
problem-oauth-bad-basic-detail = Header Authorization không phải là thông tin xác thực HTTP Basic hợp lệ.
problem-oauth-no-grant-title = Yêu cầu cấp token bị từ chối
problem-oauth-no-grant-detail = Xin gửi grant_type=client_credentials.
problem-oauth-grant-title = Yêu cầu cấp token bị từ chối
problem-oauth-grant-detail = Chỉ hỗ trợ loại cấp quyền (grant) client_credentials.
problem-oauth-two-credentials-title = Yêu cầu cấp token bị từ chối
problem-oauth-two-credentials-detail = Xin xác thực bằng HTTP Basic hoặc bằng các trường của biểu mẫu, không dùng cả hai.
problem-oauth-no-credentials-title = Yêu cầu cấp token bị từ chối
problem-oauth-no-credentials-detail = Xin xác thực bằng client id và secret của quý vị.
problem-oauth-unknown-scope-title = Yêu cầu cấp token bị từ chối
problem-oauth-unknown-scope-detail = Các phạm vi quyền là ballots:write, voters:write, stats:read và ballots:read.
problem-oauth-bad-client-title = Yêu cầu cấp token bị từ chối
problem-oauth-bad-client-detail = Client id hoặc secret không đúng, hoặc client đã bị thu hồi.
problem-oauth-scope-not-allowed-title = Yêu cầu cấp token bị từ chối
problem-oauth-scope-not-allowed-detail = Client không được cấp tất cả các phạm vi quyền đã yêu cầu.
problem-no-such-county-title = Không có quận này
problem-no-such-county-detail = Các quận được đánh số từ 01 (Alameda) đến 58 (Yuba).
problem-no-such-election-title = Không có cuộc bầu cử này
problem-no-such-election-detail = Quận này không tổ chức cuộc bầu cử nào có id này.
problem-batch-too-large-title = Lô dữ liệu quá lớn
problem-batch-too-large-detail = Xin gửi tối đa { $rows } dòng mỗi yêu cầu; hãy chia nhỏ các lô lớn hơn.
# $url: nơi cử tri kiểm tra hồ sơ ghi danh.
problem-voter-not-found-title = Chúng tôi không tìm thấy quý vị trong danh sách cử tri
problem-voter-not-found-detail = Xin kiểm tra xem tên, họ, ngày sinh và mã ZIP của quý vị có được nhập đúng y như trong hồ sơ ghi danh cử tri không. Nếu quý vị mới ghi danh hoặc thay đổi hồ sơ ghi danh trong vài ngày qua, có thể thông tin chưa đến được chỗ chúng tôi: xin thử lại sau. Quý vị có thể kiểm tra hồ sơ ghi danh tại { $url }.
# $help: nơi tìm mã số cử tri; $office: cách liên lạc với văn phòng bầu cử quận (có thể để trống).
problem-voter-id-needed-title = Cần mã số cử tri của quý vị
problem-voter-id-needed-detail = Có nhiều hơn một cử tri đã ghi danh có cùng các thông tin này. Xin thêm mã số cử tri để chúng tôi phân biệt được quý vị. { $help } { $office }
problem-voter-id-help = Mã số cử tri của quý vị có trên thẻ thông báo cử tri và trên lá phiếu mẫu. Văn phòng bầu cử quận, hoặc đường dây nóng cử tri của Tổng Thư Ký Tiểu Bang, cũng có thể cho quý vị biết.
problem-too-many-requests-title = Quá nhiều lần thử
problem-too-many-requests-detail = Để bảo vệ quyền riêng tư của mọi người, số lần tra cứu có giới hạn. Xin thử lại sau { $minutes } phút.
problem-too-many-messages-title = Tạm thời đã gửi quá nhiều tin
problem-too-many-messages-detail = Chúng tôi giới hạn số tin xác nhận và mã được gửi đi, để không ai có thể làm tràn ngập hộp thư hay điện thoại của người khác. Xin thử lại sau { $minutes } phút.
problem-verification-needed-title = Xin nhập trước mã chúng tôi gửi cho quý vị
problem-verification-needed-detail = Khi đã có một cách liên lạc được xác nhận, việc thay đổi thông báo cần một mã dùng một lần: chúng tôi gửi mã tới một cách liên lạc đã được xác nhận ít nhất một ngày trước khi quý vị đăng nhập. Tên, ngày sinh và mã ZIP của quý vị là hồ sơ công khai, nên chỉ những thông tin đó không đủ để bảo vệ các thay đổi này.
problem-no-such-message-title = Không có tin này
problem-no-such-message-detail = Báo cáo này không liên quan đến tin nào mà dịch vụ này đã gửi.
# $sender: số điện thoại gửi tin nhắn.
problem-number-stopped-title = Số này đã yêu cầu chúng tôi ngừng nhắn tin
problem-number-stopped-detail = Có người đã trả lời yêu cầu ngừng nhận tin (STOP) từ số này, nên chúng tôi không được phép nhắn tin tới số này. Để nhận lại tin nhắn, xin dùng điện thoại này nhắn chữ START tới { $sender }, rồi thêm số này ở đây.
problem-nothing-to-confirm-title = Không có gì để xác nhận
problem-nothing-to-confirm-detail = Chỉ cách liên lạc đang chờ xác nhận mới có thể được gửi lại tin xác nhận.
problem-no-such-method-title = Không có cách liên lạc này
problem-no-such-method-detail = Không có { $kind ->
        [email] địa chỉ email
        [sms] số nhận tin nhắn
       *[voice] số nhận cuộc gọi
    } nào để xóa.
problem-code-to-unconfirmed-title = Mã chỉ được gửi tới các cách liên lạc đã xác nhận
problem-code-to-unconfirmed-detail = Xin chọn một cách liên lạc đang bật (đã xác nhận). Nếu quý vị không có cách nào như vậy, thì không có việc gì cần mã.
problem-confirmation-expired-title = Đường liên kết này đã hết hạn
problem-confirmation-expired-detail = Đường liên kết xác nhận có hiệu lực trong { $hours } giờ. Xin tra cứu lại thông tin của quý vị và chọn "Gửi lại" bên cạnh địa chỉ email.
problem-confirmation-invalid-title = Đường liên kết này không hợp lệ
problem-confirmation-invalid-detail = Có thể đường liên kết đã được dùng, hoặc đã được thay bằng một đường liên kết mới hơn. Xin tra cứu lại thông tin của quý vị để xem địa chỉ email đã được xác nhận chưa.
problem-unsubscribe-invalid-title = Đường liên kết ngừng nhận email này không hợp lệ
problem-unsubscribe-invalid-detail = Xin tra cứu thông tin của quý vị trên trang mạng để tắt thông báo.
problem-method-too-new-title = Cách liên lạc này chưa thể nhận mã
problem-method-too-new-detail = Để bảo vệ quý vị, mã chỉ được gửi tới một cách liên lạc đã được xác nhận ít nhất { $hours } giờ trước khi quý vị đăng nhập. Xin chọn cách khác, hoặc đăng nhập lại sau khoảng { $wait } giờ.
problem-undo-invalid-title = Đường liên kết hủy bỏ này không hợp lệ
problem-undo-invalid-detail = Xin kiểm tra xem quý vị đã mở toàn bộ đường liên kết trong tin của chúng tôi chưa.
problem-undo-by-newer-method-title = Đường liên kết này không thể hủy bỏ thay đổi đó
problem-undo-by-newer-method-detail = Thay đổi đó được thực hiện bằng một mã gửi tới một cách liên lạc đã được xác nhận trước cách liên lạc này, nên chỉ đường liên kết gửi tới một cách liên lạc như vậy mới có thể hủy bỏ thay đổi. Xin đăng nhập và yêu cầu mã để thay đổi.
problem-undo-used-title = Thay đổi này đã được hủy bỏ
problem-undo-used-detail = Mỗi đường liên kết hủy bỏ chỉ dùng được một lần. Khi đó, mọi người đang đăng nhập dưới danh nghĩa của quý vị đã bị đăng xuất.
problem-undo-expired-title = Đường liên kết hủy bỏ này đã hết hạn
problem-undo-expired-detail = Đường liên kết hủy bỏ có hiệu lực trong { $days } ngày. Xin đăng nhập và yêu cầu mã để thay đổi, hoặc gọi văn phòng bầu cử quận của quý vị.
problem-unsubscribe-outdated-title = Đường liên kết ngừng nhận email này đã cũ
problem-unsubscribe-outdated-detail = Địa chỉ mà đường liên kết này được gửi tới đã thay đổi hoặc đã bị xóa. Xin tra cứu thông tin của quý vị trên trang mạng để tắt thông báo.
problem-text-replies-not-set-up-title = Dịch vụ tạm thời không hoạt động
problem-text-replies-not-set-up-detail = Hệ thống này chưa được thiết lập để nhận tin nhắn trả lời. Xin thử lại sau vài phút.
problem-database-unreachable-title = Dịch vụ tạm thời không hoạt động
problem-database-unreachable-detail = Không kết nối được với cơ sở dữ liệu. Xin thử lại sau vài phút.
problem-unexpected-title = Lỗi máy chủ nội bộ
problem-unexpected-detail = Đã có lỗi từ phía chúng tôi. Xin thử lại sau vài phút.
problem-no-such-endpoint-title = Không có endpoint này
problem-no-such-endpoint-detail = Không có nội dung nào tại địa chỉ này. API được mô tả tại /api/v1/openapi.yaml.
