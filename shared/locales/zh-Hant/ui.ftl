# 網頁上的文字，繁體中文版。網頁前端會讀取 shared/locales/ 下的每個 `ui.ftl`：
# 新增語言時，只需新增該語言的資料夾（內含此檔案和 messages.ftl，其中的 `language-name`
# 是語言選單中顯示的語言名稱）。API 也會讀取這些檔案，因此此處的 id 不得與 messages.ftl 中的重複。
#
# 欄位旁的錯誤訊息 id 為 `field-error-<field>[-<kind>]-<code>`：網頁與 API 的欄位錯誤使用相同文字
# （代碼定義於 shared/src，每種欄位錯誤各一個）。

## 日期：「10月13日（週二）」（與 chrono zh_TW 的 %A 一致）。
page-date = { $month }{ $day }日（{ $weekday }）
weekday-1 = 週一
weekday-2 = 週二
weekday-3 = 週三
weekday-4 = 週四
weekday-5 = 週五
weekday-6 = 週六
weekday-7 = 週日
month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月

## 各頁通用
ui-language-label = 語言
ui-unreachable = 目前無法連線到選票追蹤服務。請檢查您的網路連線，然後再試一次。
ui-try-again = 再試一次
ui-start-over = 前往選票追蹤服務首頁
ui-session-ended = 為保護您的隱私，您一段時間沒有操作，工作階段已結束。請重新查詢您的選民資料以繼續。
ui-wait-minutes = { $minutes ->
    [1] 我們剛剛傳送了一則訊息。請等候一分鐘後再試。
   *[other] 我們最近已傳送數則訊息。請等候 { $minutes } 分鐘後再試。
}
ui-something-wrong = 我們的系統發生問題。請於數分鐘後再試。

## 登記
signup-heading = 追蹤您的郵寄選票
signup-intro = 首先，我們要在選民名冊中找到您。請完全按照您登記投票時的資料填寫。
signup-first-name = 名字
signup-first-name-hint = 須與您選民登記上的名字相同。
signup-last-name = 姓氏
signup-date-of-birth = 出生日期
signup-date-of-birth-hint = 依序為月、日、年，例如 01-23-1980。
signup-zip = 您加州住家地址的郵遞區號
signup-zip-hint = 即您登記投票時所用的居住地址，即使您的郵件寄到其他地址也一樣。
signup-voter-id = 選民編號
signup-voter-id-hint = 字母和數字，不含空格或連字號。
signup-submit = 查詢我的資料
signup-submitting = 查詢中…
signup-check-details = 請檢查以下資料
signup-not-found-heading = 我們在選民名冊中找不到您
signup-check-registration = 查詢您的選民登記

## 個人頁面
portal-hello = { $name }，您好
portal-registered-in = 登記於 { $county } 縣
portal-sign-out = 登出
portal-sign-out-everywhere = 在所有裝置上登出
portal-signed-out-everywhere = 您已在所有裝置和瀏覽器上登出，包括目前這一個。
portal-loading = 載入中…
portal-reload = 重新查看
portal-sections = 本頁內容
portal-go-ballot = 您的選票
portal-go-reach = 我們如何聯絡您
portal-go-settings = 設定

## 選票
ballots-heading = 您的選票
ballots-loading = 正在載入您的選票…
ballots-none = 我們目前還沒有您的郵寄選票資料。各縣約在選舉日前一個月寄出選票。請屆時再回來查看，或在下方選擇您的選票寄出時我們要如何通知您。
ballot-election-day = 選舉日：{ $date }
ballot-county = { $county } 縣
ballot-replaced = 已被取代：縣已寄給您一張新選票，因此這張選票不再有效。請使用新選票。
ballot-now = 目前狀態
ballot-steps = 選票處理進度
ballot-step-mailed = 已寄給您
ballot-step-delivered = 已送達
ballot-step-received = 縣已收到
ballot-step-counted = 已計入
ballot-step-done = 已完成
ballot-step-current = 目前
ballot-step-upcoming = 尚未進行
ballot-step-preparing = 您的縣正在準備選票
ballot-step-expected = 預計於{ $date }送達
ballot-step-undeliverable = 無法投遞
ballot-step-returning = 正寄回您的縣
ballot-step-in-review = 審核中
ballot-step-needs-you = 需要您的簽名
ballot-step-not-counted = 未計入
ballot-step-in-person = 您已親自投票
ballot-expected-delivery = 郵政局預計於{ $date }將您的選票送達。
ballot-return-by = 請於選舉日（{ $election_day }）當天或之前交回填好的選票。如以郵寄方式交回，郵戳日期不得晚於選舉日，且選票須於{ $deadline }當天或之前寄達。
ballot-history = 到目前為止的紀錄
ballot-history-empty = 目前還沒有任何紀錄。

## 各項狀態和原因的淺白說明。

## 更正簽名問題（"cure"）。
cure-heading = 需要您處理：如您不採取行動，您的選票將不會被計入
cure-deadline = 截止時間：{ $date }下午5時
cure-no-deadline = 請盡快處理：截止日期由您的縣訂定，在選舉日後不久。
cure-steps = 處理步驟
cure-form-link = 下載表格
cure-contact = 有疑問？{ $contact }

## 我們如何聯絡您
reach-heading = 我們如何聯絡您
reach-intro = 請選擇您的選票狀態有變時，我們以哪些方式通知您。您可以選擇多種方式。
reach-loading = 正在載入您的設定…
kind-email = 電子郵件
kind-sms = 簡訊
kind-voice = 語音電話
kind-email-switch = 電子郵件通知
kind-sms-switch = 簡訊通知
kind-voice-switch = 語音電話通知
state-none = 關閉
state-off = 關閉（已停用）
state-pending = 等待您確認
state-on = 開啟
state-failed = 無法使用
method-sends-to = 通知將傳送至 { $address }。
method-from-email = 我們的電子郵件寄件者為 { $sender }。收件匣中找不到嗎？請查看垃圾郵件資料夾。
method-from-sms = 我們的簡訊來自 { $sender }。
method-from-voice = 我們的電話來自 { $sender }，內容是一段簡短的錄音訊息。
method-pending-email = 我們已寄送電子郵件至 { $address }。請開啟郵件中的連結，以開啟電子郵件通知。連結在 48 小時內有效。
method-pending-sms = 我們已傳送簡訊至 { $address }。請以「是」回覆該簡訊，以開啟簡訊通知。
method-pending-voice = 我們正在撥打 { $address }，並會告知一組 6 位數代碼。請在此輸入代碼，以開啟語音電話通知。代碼在 30 分鐘內有效。
method-voice-code = 電話中告知的代碼
method-voice-code-hint = 6 位數字。電話中會讀出兩次。
method-voice-confirm = 確認
method-failed-rejected = 我們無法傳送至 { $address }：此地址或號碼無法接收我們的訊息。請檢查後重新輸入。
method-failed-stopped = { $address } 已回覆要求停止（STOP），因此我們不得再傳簡訊給此號碼。如要再次接收簡訊，請用該電話傳送「開始」至 { $sender }，然後在此開啟簡訊通知。
method-failed-other = 無法將訊息送達 { $address }。請檢查後重新輸入。
method-failed-invalid-number = 電話公司表示 { $address } 無法接收我們的訊息（不是手機號碼，或已停用）。請輸入其他號碼。
method-failed-opted-out = 電話公司表示 { $address } 已封鎖我們的簡訊。如要再次接收，請用該電話傳送「開始」至 { $sender }，然後在此開啟簡訊通知。
method-off = 傳送至 { $address } 的通知已關閉。
method-resend = 重新傳送
method-resent = 已重新傳送。可能需要幾分鐘才會收到。
method-check-again = 我已確認，重新查看
method-still-pending = 尚未確認。請開啟連結或回覆「是」，然後重新查看。
method-change = 改用其他地址或號碼
method-save = 儲存並傳送
method-save-voice = 儲存
method-saving = 傳送中…
method-cancel = 取消
method-working = 處理中…
address-email = 電子郵件地址
address-email-hint = 例如 name@example.com。我們會寄送連結，以確認這是您的地址。
address-sms = 手機號碼
address-sms-hint = 美國號碼，例如 (916) 555-0123。我們會傳送簡訊，以確認這是您的號碼。可能需支付簡訊及數據費用。
address-voice = 接聽電話的號碼
address-voice-hint = 美國號碼，例如 (916) 555-0123。我們會立即撥打此號碼，告知一組 6 位數代碼，請在此輸入。
# $language: 選民的語言，以該語言本身的名稱表示。
voice-in-english = 我們的語音電話目前尚未提供{ $language }，因此打給您的電話將使用英語。電子郵件和簡訊會使用{ $language }。

## 聯絡時間和語言
hours-heading = 我們可以聯絡您的時間
hours-intro = 我們只在這段時間內傳送簡訊和撥打電話。電子郵件可能隨時寄達。
hours-from = 從
hours-until = 至
hours-time-zone = 時區
hours-save = 儲存聯絡時間
hours-saving = 儲存中…
hours-saved = 已儲存。我們會在 { $from } 至 { $until } 之間聯絡您。
language-heading = 語言
language-intro = 本網頁及我們傳送給您的訊息所使用的語言。
language-saving = 儲存中…
language-saved = 已儲存。
tz-America-Los_Angeles = 太平洋時間（加州）
tz-America-Phoenix = 亞利桑那州
tz-America-Denver = 山區時間
tz-America-Chicago = 中部時間
tz-America-New_York = 東部時間
tz-America-Anchorage = 阿拉斯加
tz-Pacific-Honolulu = 夏威夷
tz-America-Mexico_City = 墨西哥城
tz-Europe-London = 倫敦
tz-Europe-Berlin = 中歐（柏林、巴黎、馬德里）
tz-Asia-Manila = 馬尼拉
tz-Asia-Tokyo = 東京
tz-Australia-Sydney = 雪梨

## 所有通知
notifications-heading = 所有通知
notifications-on-text = 您會透過上方選擇的方式收到通知。
notifications-off-explained = 我們將不會以電子郵件、簡訊或電話通知您選票的狀態。本網頁會繼續顯示您選票的位置。
notifications-turn-off = 關閉所有通知
notifications-turning-off = 正在關閉…
notifications-are-off = 通知已關閉。我們將不會以電子郵件、簡訊或電話通知您選票的狀態。本網頁仍會顯示您選票的位置。
notifications-turn-on = 重新開啟通知
notifications-turning-on = 正在開啟…

## 確認您的身分（一次性代碼）
verify-heading = 首先，我們需要確認是您本人
verify-why = 您的姓名、出生日期和郵遞區號屬於公開紀錄，任何人都可以輸入。變更您的通知設定之前，我們會將一次性代碼傳送到您在登入前至少一天已確認的聯絡方式。
verify-choose = 我們要將代碼傳送到哪裡？
verify-to-email = 寄電子郵件至 { $address }
verify-to-sms = 傳簡訊至 { $address }
verify-to-voice = 撥打電話至 { $address }
verify-send = 傳送代碼
verify-sending = 傳送中…
verify-sent = 我們已將代碼傳送至 { $address }。代碼在 { $minutes } 分鐘內有效。
verify-code = 代碼
verify-code-hint = 6 位數字
verify-check = 確認
verify-checking = 檢查中…
verify-new-code = 傳送新代碼
verify-cancel = 取消
verify-no-method = 您的聯絡方式目前都無法接收代碼。為保護您，代碼只會傳送到您在登入前至少一天已確認的聯絡方式。
verify-wrong-code = 此代碼無效。請檢查代碼，或索取新代碼。

## 電子郵件確認連結開啟的網頁
confirm-heading = 確認您的電子郵件地址
confirm-working = 請稍候，我們正在確認您的電子郵件地址…
confirm-intro = 請按下按鈕，為此地址開啟電子郵件通知。
confirm-button = 確認我的電子郵件地址
confirm-done-heading = 您的電子郵件地址已確認
confirm-done = 電子郵件通知現已開啟。您的選票狀態有變時，我們會寄電子郵件通知您。
confirm-back = 如果選票追蹤服務仍在其他分頁中開啟，請回到該分頁並選擇「重新查看」。您也可以開啟選票追蹤服務查看您的選票。
confirm-expired-heading = 此連結已過期
confirm-expired = 確認連結在 48 小時內有效。請重新查詢您的選民資料，然後選擇電子郵件地址旁的「重新傳送」。
confirm-invalid-heading = 此連結已失效
confirm-invalid = 此連結可能已使用過，或已由較新的連結取代。如果您已確認電子郵件地址，就不需要再做任何事。請重新查詢您的選民資料以確認。
confirm-missing = 此網頁需要使用我們電子郵件中的連結。請開啟我們寄給您的電子郵件中的連結。
confirm-open-tracker = 開啟選票追蹤服務

## 取消訂閱連結開啟的網頁
unsubscribe-heading = 停止接收有關您選票的電子郵件
undo-heading = 復原變更
undo-intro = 這會復原我們訊息中告知您的變更，並將所有以您身分登入的人登出。
undo-button = 復原此變更
undo-working = 復原中…
undo-done-heading = 已復原
undo-next = 如果變更是其他人做的，您可以重新登入並檢查您的設定。
undo-invalid = 此復原連結無效。請確認您開啟的是我們訊息中的完整連結。
unsubscribe-intro = 請按下按鈕，停止寄送電子郵件到此地址。您可以隨時在本網站重新開啟。
unsubscribe-button = 停止接收這些電子郵件
unsubscribe-working = 處理中…
unsubscribe-done-heading = 完成：不會再寄送電子郵件
unsubscribe-done = 我們將不會再寄送有關您選票的電子郵件到此地址。您仍可在本網站查看您選票的位置，也可以在網站上重新開啟電子郵件通知。
unsubscribe-invalid = 此取消訂閱連結無效。請在本網站查詢您的選民資料，以關閉通知。

## 不存在的網頁
not-found-heading = 找不到網頁
not-found = 此網頁不存在。請前往選票追蹤服務首頁查看您的選票。

## 欄位旁的錯誤訊息。
field-error-first_name-required = 請輸入您選民登記上的名字。
field-error-first_name-too_long = 名字最多 64 個字元。
field-error-first_name-characters = 名字只能包含字母、空格、連字號 (-)、撇號 (') 和句點 (.)。
field-error-last_name-required = 請輸入您選民登記上的姓氏。
field-error-last_name-too_long = 姓氏最多 64 個字元。
field-error-last_name-characters = 姓氏只能包含字母、空格、連字號 (-)、撇號 (') 和句點 (.)。
field-error-date_of_birth-required = 請輸入您的出生日期。
field-error-date_of_birth-format = 請以 MM-DD-YYYY（月-日-年）格式輸入出生日期，並加上連字號，例如 01-23-1980。
field-error-date_of_birth-not_a_date = 此日期不存在。請檢查月份 (MM) 和日期 (DD)。
field-error-date_of_birth-too_early = 出生日期不得早於 01-01-1900。請使用 MM-DD-YYYY（月-日-年）格式，例如 01-23-1980。
field-error-date_of_birth-in_future = 出生日期不得為未來的日期。
field-error-date_of_birth-too_young = 選民名冊上的人至少年滿 16 歲。請檢查您輸入的年份。
field-error-birth_year-required = 請輸入您的出生年份。
field-error-birth_year-format = 請以四位數字輸入出生年份，例如 1980。
field-error-birth_year-too_early = 出生年份不得早於 1900 年。
field-error-birth_year-in_future = 出生年份不得為未來的年份。
field-error-birth_year-too_young = 選民名冊上的人至少年滿 16 歲。請檢查您輸入的年份。
field-error-birth_year-conflict = 請提供完整出生日期或出生年份其中一項，不要兩項都提供。
field-error-zip-required = 請輸入您加州住家地址的郵遞區號。
field-error-zip-format = 郵遞區號為 5 位數字，例如 95814（或 95814-1234）。
field-error-zip-not_california = 請使用您登記投票時所用加州住家地址的郵遞區號，即使您住在國外或在其他地址收取郵件也一樣。
field-error-voter_id-required = 請輸入您的選民編號。
field-error-voter_id-format = 選民編號最多 20 個字母和數字，不含空格或連字號。
field-error-address-email-required = 請輸入您的電子郵件地址。
field-error-address-email-format = 請輸入有效的電子郵件地址，例如 name@example.com。
field-error-address-phone-required = 請輸入您的電話號碼。
field-error-address-phone-format = 請輸入 10 位數的美國電話號碼，例如 (916) 555-0123。
field-error-address-phone-not_assignable = 這不是有效的美國電話號碼：請檢查區號及其後的三位數字。
field-error-contact_hours-from-format = 請以 24 小時制的 HH:MM（時:分）格式輸入時間，例如 08:00 或 20:30。
field-error-contact_hours-until-format = 請以 24 小時制的 HH:MM（時:分）格式輸入時間，例如 08:00 或 20:30。
field-error-contact_hours-until-too_short = 聯絡時間至少須有 3 小時，以確保您能收到通知。
field-error-contact_hours-time_zone-unknown_time_zone = 請從清單中選擇時區，例如 America/Los_Angeles。
field-error-language-unsupported = 請從清單中選擇一種語言。
field-error-code-format = 請輸入我們傳送給您的 6 位數代碼。
field-error-code-not_accepted = 此代碼無效。請檢查代碼，或索取新代碼。
# 代碼未被接受的原因。$left：剩餘的嘗試次數。
field-error-code-none_waiting = 目前沒有待用的代碼：請索取新代碼。
field-error-code-used_up = 此代碼已過期或嘗試次數過多：請索取新代碼。
field-error-code-wrong = 此代碼與我們傳送的不符。剩餘嘗試次數：{ $left }。
field-error-code-wrong_last = 此代碼與我們傳送的不符，且已無法再嘗試：請索取新代碼。
