# ट्रैकर द्वारा मतदाताओं को भेजे जाने वाले संदेश, हिन्दी में। हर संदेश में सेवा का नाम ({ $service }) होता है,
# ताकि मतदाता इसे धोखाधड़ी वाले संदेशों से अलग पहचान सकें। वेरिएबल: हर संदेश की टिप्पणी देखें।
#
# टेक्स्ट संदेश (`-sms` और `sms-*`) UCS-2 में भेजे जाते हैं (एक भाग में 70 अक्षर, कई भागों में 67):
# इन्हें जितना हो सके छोटा रखें। कॉल की स्क्रिप्ट (`-voice`) बोलकर पढ़ी जाती हैं: कोई चिह्न या संक्षिप्त रूप नहीं।

language-name = हिन्दी

# How texts in this language are sent (not words: keep as is): gsm-7 drops the accents GSM-7 lacks
# (160 characters a segment); ucs-2 carries every script (70 characters a segment).
sms-alphabet = ucs-2

## ईमेल की पुष्टि। $link: पुष्टि वाला पेज; $hours: लिंक कितने घंटे काम करता है।
email-confirm-subject = { $service } के लिए अपने ईमेल की पुष्टि करें
email-confirm-body =
    नमस्ते { $name } जी,

    किसी ने, उम्मीद है आपने ही, { $service } से अनुरोध किया है कि आपके वोट-बाय-मेल मतपत्र के बारे में अपडेट इस ईमेल पते पर भेजे जाएँ।

    इन्हें पाना शुरू करने के लिए, { $hours } घंटे के अंदर यह लिंक खोलें:
    { $link }

    अगर आपने यह अनुरोध नहीं किया था, तो इस ईमेल को अनदेखा करें: इस पते पर आगे कुछ नहीं भेजा जाएगा।

## टेक्स्ट संदेश से पुष्टि (जहाँ तक हो सके, छोटा)।
sms-confirm = { $service }: मतपत्र के टेक्स्ट पाने हेतु जवाब में हाँ (YES) भेजें। संदेश/डेटा शुल्क लग सकता है। बंद: STOP, मदद: HELP
sms-confirmed = { $service }: अब मतपत्र की स्थिति बदलने पर आपको टेक्स्ट मिलेंगे। बंद करने हेतु STOP भेजें।
sms-stopped = { $service }: अब आपको हमारे टेक्स्ट नहीं मिलेंगे। फिर से पाने हेतु START भेजें।
sms-started = { $service }: मतपत्र के टेक्स्ट फिर से चालू हैं। बंद करने हेतु STOP भेजें।
# $contact: काउंटी चुनाव कार्यालय, या राज्य की मतदाता हॉटलाइन।
sms-help = { $service }: मतपत्र की स्थिति बदलने पर टेक्स्ट, हर चुनाव में कुछ ही। संदेश/डेटा शुल्क लग सकता है। मदद: { $contact }। बंद: STOP
sms-help-contact = आपका काउंटी चुनाव कार्यालय या राज्य सचिव की हॉटलाइन 1-888-345-2692

## मतदाता जो शब्द टेक्स्ट कर सकते हैं, अल्पविराम से अलग; बड़े/छोटे अक्षर, स्पेस और विराम-चिह्न अनदेखे किए जाते हैं।
keywords-stop = रुकें, रोकें, रोको, बंद, बंद करें, बंद करो, रद्द, रद्द करें, RUKO, ROKO, BAND KARO, BAND KAREN, BAND KARE
keywords-start = शुरू, शुरू करें, फिर से शुरू करें, चालू, चालू करें, SHURU, SHURU KARO, SHURU KAREN, CHALU KARO
keywords-yes = हाँ, हां, जी हाँ, जी हां, हाँ जी, हां जी, HAAN, HAAN JI, JI HAAN
keywords-help = मदद, सहायता, जानकारी, MADAD, SAHAYATA

## एक बार इस्तेमाल होने वाला कोड। $code: छह अंक; $minutes: कोड कितने मिनट काम करता है।
code-email-subject = आपका { $service } कोड: { $code }
code-email-body =
    नमस्ते { $name } जी,

    आपका कोड { $code } है। यह { $minutes } मिनट तक काम करता है।

    अपने मतपत्र के अपडेट पाने का तरीका बदलने के लिए इसे { $service } पेज पर दर्ज करें। अगर आपने कोड नहीं माँगा था, तो हो सकता है कि आपका नाम, जन्म तिथि और ZIP कोड जानने वाला कोई व्यक्ति आपकी सूचनाएँ बदलने की कोशिश कर रहा हो: आपको कुछ करने की ज़रूरत नहीं है, और कोड के बिना कुछ नहीं बदलेगा।
code-sms = { $service } कोड: { $code }। { $minutes } मिनट तक मान्य। आपने नहीं माँगा हो, तो अनदेखा करें।
code-voice = नमस्ते, यह { $service } की ओर से कॉल है। आपका कोड है { $spoken }। फिर से, आपका कोड है { $spoken }।

## मतदाता से संपर्क के तरीके में बदलाव, जिसकी सूचना उन तरीकों पर दी जाती है जिनकी पुष्टि पहले हो चुकी थी।
## $what: बदलाव, एक या अधिक वाक्यों में (change-…); $undo: बदलाव वापस लेने का लिंक।
change-email-subject = { $service }: आपसे संपर्क के तरीके में बदलाव
change-email-body =
    नमस्ते { $name } जी,

    { $what }

    अगर यह बदलाव आपने किया है, तो आपको कुछ नहीं करना है।
    अगर आपने नहीं किया, तो इसे यहाँ वापस लें (लिंक एक बार, { $days } दिनों तक काम करता है): { $undo }
    बदलाव वापस लेने पर आपके नाम से साइन इन किए हुए सभी लोग भी साइन आउट हो जाएँगे।
change-sms = { $service }: { $what } आपने नहीं किया? वापस लें: { $undo }
change-voice = नमस्ते, यह { $service } की ओर से कॉल है। { $what } अगर यह बदलाव आपने नहीं किया, तो इसे वापस लेने के लिए कृपया { $site } पर जाएँ, या हमारे ईमेल या टेक्स्ट संदेश में दिया गया लिंक खोलें।
change-method-added = आपसे संपर्क का एक नया तरीका जोड़ा गया: { $method }।
change-method-replaced = आपसे संपर्क का एक तरीका बदला गया: { $old } की जगह अब { $method } है।
change-method-removed = आपसे संपर्क का एक तरीका हटाया गया: { $method }।
change-notifications-off = आपके मतपत्र के बारे में सूचनाएँ बंद कर दी गईं।
change-notifications-on = आपके मतपत्र के बारे में सूचनाएँ फिर से चालू कर दी गईं।
change-language = अब संदेश { $language } में आएँगे।
change-contact-hours = अब आपसे संपर्क का समय { $from } से { $until } ({ $zone }) तक है।
## बदलाव वापस लेने वाले लिंक ने क्या किया।
undone-method-removed = हमने { $method } को हटा दिया और आपके नाम से साइन इन किए हुए सभी लोगों को साइन आउट कर दिया।
undone-method-back = हमने { $method } को पहले जैसा कर दिया और आपके नाम से साइन इन किए हुए सभी लोगों को साइन आउट कर दिया।
undone-preferences = हमने आपकी सेटिंग्स पहले जैसी कर दीं और आपके नाम से साइन इन किए हुए सभी लोगों को साइन आउट कर दिया।
undone-nothing-to-put-back = उस बदलाव की जगह पहले ही कोई दूसरा बदलाव हो चुका था। हमने आपके नाम से साइन इन किए हुए सभी लोगों को साइन आउट कर दिया।

## कॉल वाले नंबर की पुष्टि करने वाली कॉल।
voice-confirm = नमस्ते, यह { $service } की ओर से कॉल है। अपने मतपत्र के बारे में कॉल की पुष्टि करने के लिए, वेबसाइट पर यह कोड लिखें: { $spoken }। फिर से, आपका कोड है { $spoken }। अगर आपने कॉल का अनुरोध नहीं किया था, तो फ़ोन रख दें: हम फिर कॉल नहीं करेंगे।

method-email = ईमेल { $address }
method-sms = { $address } पर टेक्स्ट संदेश
method-voice = { $address } पर कॉल

## ईमेल के अंत में
email-footer =
    आपको यह ईमेल इसलिए मिला है क्योंकि आपके वोट-बाय-मेल मतपत्र के अपडेट पाने के लिए यह पता { $service } में जोड़ा गया था।
    ये ईमेल बंद करें: { $unsubscribe }

## मतपत्र की हर स्थिति और हर कारण का अर्थ (स्थिति वाला पेज, सूचनाएँ, और API का दस्तावेज़)।
status-issued = आपकी काउंटी ने आपका मतपत्र तैयार कर लिया है। इसे अभी डाक सेवा को नहीं सौंपा गया है।
status-mailed = आपकी काउंटी ने आपका मतपत्र डाक सेवा को सौंप दिया है।
status-in_transit = आपका मतपत्र आपके पास आ रहा है; डाक सेवा ने इसे स्कैन किया है।
status-expected_delivery = आपका मतपत्र रास्ते में है; डाक सेवा इसे जल्द ही पहुँचाने की उम्मीद करती है।
status-delivered = डाक सेवा ने आपका मतपत्र आपके मेलबॉक्स में पहुँचा दिया है।
status-undeliverable = डाक सेवा आपका मतपत्र नहीं पहुँचा सकी और इसे आपकी काउंटी को वापस भेज रही है। नया मतपत्र पाने के लिए अपने काउंटी चुनाव कार्यालय से संपर्क करें।
status-returned_by_voter = आपका भरा हुआ मतपत्र आपकी काउंटी को वापस जा रहा है (डाक सेवा के स्कैन या ड्रॉप बॉक्स के अनुसार)।
status-received = आपकी काउंटी को आपका भरा हुआ मतपत्र मिल गया है। यह अभी गिना नहीं गया है: काउंटी पहले इसकी जाँच करती है।
status-in_review = आपकी काउंटी आपके मतपत्र के लिफ़ाफ़े की जाँच कर रही है; उसके बाद ही मतपत्र गिना जा सकता है।
status-accepted = आपका मतपत्र गिन लिया गया है।
status-not_accepted = आपका मतपत्र नहीं गिना गया।
status-voted_in_person = आपने स्वयं जाकर मतदान किया है, इसलिए इस वोट-बाय-मेल मतपत्र का उपयोग नहीं होगा।
status-superseded = इस मतपत्र की जगह एक नया मतपत्र भेजा गया है; केवल नया मतपत्र ही मान्य है।

reason-no_signature = लिफ़ाफ़े पर हस्ताक्षर नहीं थे। अहस्ताक्षरित मतपत्र विवरण पर हस्ताक्षर करके उसे समय-सीमा तक अपनी काउंटी को लौटाएँ, ताकि आपका मतपत्र गिना जा सके।
reason-signature_mismatch = लिफ़ाफ़े पर किया गया हस्ताक्षर आपके रिकॉर्ड वाले हस्ताक्षर से मेल नहीं खाया। समय-सीमा तक अपनी काउंटी को हस्ताक्षर सत्यापन विवरण लौटाएँ, ताकि आपका मतपत्र गिना जा सके।
reason-already_voted = आपका एक और मतपत्र (स्वयं जाकर, डाक से या अनंतिम मतपत्र) पहले ही गिना जा चुका है।
reason-ballot_missing = लिफ़ाफ़ा आपकी काउंटी तक पहुँचा, लेकिन उसमें मतपत्र नहीं था।
reason-voter_deceased = काउंटी के रिकॉर्ड में मतदाता की मृत्यु दर्ज है।
reason-late = मतपत्र पर चुनाव के दिन के बाद की डाक मुहर थी, या यह समय-सीमा के बाद पहुँचा।
reason-other = आपकी काउंटी यह मतपत्र नहीं गिन सकी। कारण जानने के लिए अपने काउंटी चुनाव कार्यालय से संपर्क करें।

## हस्ताक्षर की समस्या ठीक करना। $statement: कौन-सा फ़ॉर्म; $county: काउंटी का नाम; $url: फ़ॉर्म का पता; $by: समय-सीमा।
cure-statement-no_signature = अहस्ताक्षरित मतपत्र विवरण (Unsigned Ballot Statement)
cure-statement-signature_mismatch = हस्ताक्षर सत्यापन विवरण (Signature Verification Statement)
cure-step-form = { $county } काउंटी चुनाव कार्यालय से { $statement } प्राप्त करें।
cure-step-form-link = { $statement } { $url } से, या { $county } काउंटी चुनाव कार्यालय से प्राप्त करें।
cure-step-sign = इसे भरें और इस पर हस्ताक्षर करें। अगर फ़ॉर्म में पहचान पत्र की प्रति माँगी गई हो, तो उसे भी साथ लगाएँ।
cure-step-return = इसे { $by } लौटाएँ: डाक, ईमेल, फ़ैक्स या मतपत्र ड्रॉप बॉक्स से, या चुनाव कार्यालय में स्वयं जाकर।
cure-step-after = काउंटी द्वारा आपका विवरण स्वीकार होने पर आपका मतपत्र गिना जाएगा: यह पेज इसे दिखाएगा।
cure-by-date = { $date } को शाम 5 बजे तक
cure-by-unknown = जितनी जल्दी हो सके (समय-सीमा आपकी काउंटी तय करती है, जो चुनाव के दिन के कुछ ही समय बाद होती है)

## इस भाषा में तारीखें: chrono locale और strftime पैटर्न।
date-locale = hi_IN
date-long = %A, %-d %B %Y

## काउंटी का चुनाव कार्यालय।
county-office = { $county } काउंटी चुनाव कार्यालय: { $contacts }
county-phone = फ़ोन { $phone }
county-email = ईमेल { $email }
county-website = वेबसाइट { $url }

## मतपत्र की सूचनाएँ: संदेश के योग्य हर चरण के लिए एक, ईमेल (विषय और मुख्य भाग), टेक्स्ट संदेश और कॉल के लिए।
## हर सूचना में सेवा और काउंटी का नाम होता है, और कोई भी सूचना निजी जानकारी नहीं माँगती।
## $service; $name: मतदाता का पहला नाम; $county: काउंटी का नाम; $election: चुनाव का
## नाम; $date: एक तारीख; $deadline: लौटाने का अंतिम दिन; $link: स्थिति वाला पेज; $contact: काउंटी
## से संपर्क का तरीका; $callback: वापस कॉल करने का फ़ोन नंबर; $steps: क्या करना है, हर पंक्ति में एक कदम।
notice-mailed-subject = आपका मतपत्र डाक से भेज दिया गया है
notice-mailed-email = { $county } काउंटी ने { $election } के लिए आपका मतपत्र डाक सेवा को सौंप दिया है। यह आमतौर पर एक सप्ताह के अंदर पहुँच जाता है।
notice-mailed-sms = { $service }: { $county } काउंटी ने आपका मतपत्र डाक से भेजा। आमतौर पर एक हफ़्ते में पहुँचता है। ट्रैक: { $link }
notice-mailed-voice = { $county } काउंटी ने आपका मतपत्र डाक से भेज दिया है। यह आमतौर पर एक सप्ताह के अंदर पहुँच जाता है।

notice-expected_delivery-subject = आपका मतपत्र { $date } को पहुँचने की उम्मीद है
notice-expected_delivery-email = { $election } के लिए आपका मतपत्र रास्ते में है। डाक सेवा इसे { $date } को पहुँचाने की उम्मीद करती है।
notice-expected_delivery-sms = { $service }: डाक सेवा के अनुसार आपका { $county } काउंटी मतपत्र { $date } को पहुँचना चाहिए। ट्रैक: { $link }
notice-expected_delivery-voice = आपका मतपत्र रास्ते में है। डाक सेवा इसे { $date } को पहुँचाने की उम्मीद करती है।

notice-delivered-subject = आपका मतपत्र पहुँचा दिया गया है
notice-delivered-email = डाक सेवा ने { $election } के लिए आपका मतपत्र पहुँचा दिया है। मतपत्र पर अपनी पसंद चिह्नित करें, लिफ़ाफ़े पर हस्ताक्षर करें, और इसे डाक से या ड्रॉप बॉक्स में डालकर लौटाएँ।
notice-delivered-sms = { $service }: आपका { $county } काउंटी मतपत्र पहुँच गया। लिफ़ाफ़े पर हस्ताक्षर कर डाक या ड्रॉप बॉक्स से लौटाएँ। { $link }
notice-delivered-voice = डाक सेवा ने आपका मतपत्र पहुँचा दिया है। कृपया लिफ़ाफ़े पर हस्ताक्षर करें और इसे डाक से या ड्रॉप बॉक्स में डालकर लौटाएँ।

notice-undeliverable-subject = आपका मतपत्र पहुँचाया नहीं जा सका
notice-undeliverable-email =
    डाक सेवा { $election } के लिए आपका मतपत्र नहीं पहुँचा सकी और इसे { $county } काउंटी को वापस भेज रही है।

    काउंटी से नया मतपत्र माँगें, और जाँचें कि आपका डाक पता सही है। { $contact }
notice-undeliverable-sms = { $service }: आपका { $county } काउंटी मतपत्र पहुँचाया नहीं जा सका। काउंटी से नया माँगें। { $link }
notice-undeliverable-voice = डाक सेवा आपका मतपत्र नहीं पहुँचा सकी और इसे काउंटी को वापस भेज रही है। नया मतपत्र पाने के लिए कृपया { $county } काउंटी चुनाव कार्यालय को फ़ोन करें।

notice-received-subject = आपकी काउंटी को आपका मतपत्र मिल गया है (अभी गिना नहीं गया)
notice-received-email = { $county } काउंटी को { $election } के लिए आपका मतपत्र मिल गया है। यह अभी गिना नहीं गया है: काउंटी पहले लिफ़ाफ़े की जाँच करती है। मतपत्र गिने जाने पर हम आपको बताएँगे।
notice-received-sms = { $service }: { $county } काउंटी को आपका मतपत्र मिल गया। अभी गिना नहीं गया; पहले जाँच होगी। गिने जाने पर बताएँगे।
notice-received-voice = { $county } काउंटी को आपका मतपत्र मिल गया है। यह अभी गिना नहीं गया है। काउंटी पहले इसकी जाँच करती है, और मतपत्र गिने जाने पर हम आपको बताएँगे।

notice-in_review-subject = कार्रवाई ज़रूरी: आपका मतपत्र अभी गिना नहीं जा सकता
notice-in_review-email =
    { $county } काउंटी { $election } के लिए आपका मतपत्र अभी नहीं गिन सकती। { $reason }

    क्या करें:
    { $steps }
notice-in_review-sms = { $service }: कार्रवाई ज़रूरी। हस्ताक्षर की समस्या { $deadline } ठीक करें, तभी { $county } काउंटी आपका मतपत्र गिन सकेगी। फ़ॉर्म: { $form }
notice-in_review-voice = { $county } काउंटी अभी आपका मतपत्र नहीं गिन सकती, क्योंकि लिफ़ाफ़े पर किए गए हस्ताक्षर में समस्या है। आप इसे { $deadline } ठीक कर सकते हैं। यह कैसे करें, यह जानने के लिए कृपया काउंटी चुनाव कार्यालय को फ़ोन करें।

notice-accepted-subject = आपका मतपत्र गिन लिया गया है
notice-accepted-email = { $county } काउंटी ने { $election } के लिए आपका मतपत्र गिन लिया है। मतदान करने के लिए धन्यवाद।
notice-accepted-sms = { $service }: { $county } काउंटी ने आपका मतपत्र गिन लिया है। मतदान करने के लिए धन्यवाद।
notice-accepted-voice = { $county } काउंटी ने आपका मतपत्र गिन लिया है। मतदान करने के लिए धन्यवाद।

notice-not_accepted-subject = आपका मतपत्र नहीं गिना गया
notice-not_accepted-email = { $county } काउंटी ने { $election } के लिए आपका मतपत्र नहीं गिना। { $reason }
notice-not_accepted-sms = { $service }: { $county } काउंटी ने आपका मतपत्र नहीं गिना। कारण और आगे क्या करें: { $link }
notice-not_accepted-voice = { $county } काउंटी ने आपका मतपत्र नहीं गिना। कारण जानने के लिए कृपया काउंटी चुनाव कार्यालय को फ़ोन करें।

notice-reminder-subject = अनुस्मारक: अपना मतपत्र { $date } तक लौटाएँ
notice-reminder-email = { $county } काउंटी को { $election } के लिए आपका मतपत्र अभी तक नहीं मिला है। इसे डाक से ऐसे भेजें कि इस पर { $date } या उससे पहले की डाक मुहर लगे और यह { $deadline } तक पहुँच जाए, या इसे { $date } को रात 8 बजे तक किसी ड्रॉप बॉक्स या मतदान स्थल पर जमा करें। अगर आप इसे पहले ही भेज चुके हैं, तो धन्यवाद: इसे पहुँचने में कुछ दिन लग सकते हैं।
notice-reminder-sms = { $service }: { $county } काउंटी को अभी आपका मतपत्र नहीं मिला। { $date } तक डाक से भेजें, या उस दिन रात 8 बजे तक ड्रॉप बॉक्स में डालें।
notice-reminder-voice = { $county } काउंटी को अभी तक आपका मतपत्र नहीं मिला है। कृपया इसे { $date } तक डाक से भेजें, या उस दिन रात 8 बजे तक किसी ड्रॉप बॉक्स में डालें।

notice-email-greeting = नमस्ते { $name } जी,
notice-email-track = अपने मतपत्र का हर चरण यहाँ देखें: { $link }
notice-email-contact = कोई प्रश्न? { $contact }
notice-email-contact-unknown = कोई प्रश्न? { $county } काउंटी चुनाव कार्यालय को फ़ोन करें।
notice-email-trust = { $service } द्वारा ये अपडेट आपकी काउंटी की ओर से भेजे जाते हैं। हम कभी भी आपका सोशल सिक्योरिटी नंबर, पासवर्ड या कोई भुगतान नहीं माँगते।
notice-voice-open = नमस्ते, यह { $service } की ओर से कॉल है। आपके डाक मतपत्र के बारे में { $county } काउंटी से एक सूचना है।
notice-voice-close = अगर आपके कोई प्रश्न हैं, तो { $callback } पर फ़ोन करें। फिर से, वह नंबर है { $callback }। धन्यवाद।
## टेक्स्ट संदेशों के लिए छोटी तारीखें।
date-short = %-d %b

## समस्याएँ: जब API अनुरोध पूरा नहीं कर पाता, तब उसका जवाब (`title` और `detail`)।
problem-invalid-fields-title = कुछ फ़ील्ड सही तरीके से नहीं भरे गए हैं
problem-invalid-fields-detail = `errors` में दिए गए फ़ील्ड ठीक करें और अनुरोध फिर से भेजें।
problem-malformed-json-title = अनुरोध की सामग्री पढ़ी नहीं जा सकी
problem-malformed-json-detail = सामग्री इस एंडपॉइंट के लिए मान्य JSON नहीं है: { $reason }।
problem-unreadable-body-title = अनुरोध की सामग्री पढ़ी नहीं जा सकी
problem-unreadable-body-detail = सामग्री पढ़ी नहीं जा सकी: { $reason }।
problem-unreadable-form-title = अनुरोध की सामग्री पढ़ी नहीं जा सकी
problem-unreadable-form-detail = फ़ॉर्म पढ़ा नहीं जा सका: { $reason }।
problem-not-a-json-array-title = अनुरोध की सामग्री पढ़ी नहीं जा सकी
problem-not-a-json-array-detail = सामग्री ऑब्जेक्ट्स का JSON ऐरे नहीं है: { $reason }।
problem-not-utf8-title = अनुरोध की सामग्री पढ़ी नहीं जा सकी
problem-not-utf8-detail = सामग्री UTF-8 टेक्स्ट नहीं है: { $reason }।
problem-csv-header-title = अनुरोध की सामग्री पढ़ी नहीं जा सकी
problem-csv-header-detail = CSV हेडर पढ़ा नहीं जा सकता: { $reason }।
problem-unsupported-media-type-title = असमर्थित सामग्री प्रकार
problem-unsupported-media-type-detail = अनुरोध की सामग्री ऐसे `Content-Type` के साथ भेजें जिसे यह एंडपॉइंट स्वीकार करता है: { $expected }।
problem-payload-too-large-title = अनुरोध की सामग्री बहुत बड़ी है
problem-payload-too-large-detail = यह एंडपॉइंट अधिकतम { $limit } बाइट स्वीकार करता है।
problem-unauthorized-title = कृपया फिर से साइन इन करें
problem-unauthorized-detail = आपका सत्र समाप्त हो गया है या मान्य नहीं है। जारी रखने के लिए अपनी जानकारी फिर से खोजें।
problem-missing-scope-title = अनुमति नहीं है
problem-missing-scope-detail = इस एंडपॉइंट के लिए स्कोप `{ $scope }` ज़रूरी है, जो आपके टोकन में नहीं है।
problem-other-county-title = अनुमति नहीं है
problem-other-county-detail = आपका क्लाइंट केवल काउंटी { $own } के लिए काम करता है, काउंटी { $county } के लिए नहीं।
problem-bad-signature-title = अनुमति नहीं है
problem-bad-signature-detail = अनुरोध का हस्ताक्षर मेल नहीं खाता।
problem-oauth-bad-basic-title = टोकन का अनुरोध अस्वीकार कर दिया गया
problem-oauth-bad-basic-detail = Authorization हेडर मान्य HTTP Basic क्रेडेंशियल नहीं है।
problem-oauth-no-grant-title = टोकन का अनुरोध अस्वीकार कर दिया गया
problem-oauth-no-grant-detail = grant_type=client_credentials भेजें।
problem-oauth-grant-title = टोकन का अनुरोध अस्वीकार कर दिया गया
problem-oauth-grant-detail = केवल client_credentials grant समर्थित है।
problem-oauth-two-credentials-title = टोकन का अनुरोध अस्वीकार कर दिया गया
problem-oauth-two-credentials-detail = HTTP Basic से या फ़ॉर्म फ़ील्ड से प्रमाणित करें, दोनों से नहीं।
problem-oauth-no-credentials-title = टोकन का अनुरोध अस्वीकार कर दिया गया
problem-oauth-no-credentials-detail = अपने client id और secret से प्रमाणित करें।
problem-oauth-unknown-scope-title = टोकन का अनुरोध अस्वीकार कर दिया गया
problem-oauth-unknown-scope-detail = मान्य स्कोप ये हैं: ballots:write, voters:write, stats:read और ballots:read
problem-oauth-bad-client-title = टोकन का अनुरोध अस्वीकार कर दिया गया
problem-oauth-bad-client-detail = client id या secret गलत है, या क्लाइंट रद्द कर दिया गया है।
problem-oauth-scope-not-allowed-title = टोकन का अनुरोध अस्वीकार कर दिया गया
problem-oauth-scope-not-allowed-detail = यह क्लाइंट माँगे गए सभी स्कोप नहीं ले सकता।
problem-no-such-county-title = ऐसी कोई काउंटी नहीं है
problem-no-such-county-detail = काउंटियों के नंबर 01 (Alameda) से 58 (Yuba) तक हैं।
problem-no-such-election-title = ऐसा कोई चुनाव नहीं है
problem-no-such-election-detail = इस काउंटी में इस id वाला कोई चुनाव नहीं है।
problem-batch-too-large-title = बैच बहुत बड़ा है
problem-batch-too-large-detail = एक अनुरोध में अधिकतम { $rows } पंक्तियाँ भेजें; बड़े बैच को कई हिस्सों में बाँटें।
# $url: जहाँ मतदाता अपना पंजीकरण जाँचते हैं।
problem-voter-not-found-title = हम आपको मतदाता सूची में नहीं खोज पाए
problem-voter-not-found-detail = जाँचें कि आपका पहला नाम, अंतिम नाम, जन्म तिथि और ZIP कोड ठीक वैसे ही लिखे हैं जैसे आपके मतदाता पंजीकरण में हैं। अगर आपने पिछले कुछ दिनों में पंजीकरण कराया है या उसमें बदलाव किया है, तो हो सकता है कि वह अभी तक हम तक न पहुँचा हो: बाद में फिर से कोशिश करें। आप अपना पंजीकरण यहाँ जाँच सकते हैं: { $url }
# $help: मतदाता ID कहाँ मिलती है; $office: काउंटी के चुनाव कार्यालय से संपर्क का तरीका (खाली हो सकता है)।
problem-voter-id-needed-title = आपकी मतदाता ID ज़रूरी है
problem-voter-id-needed-detail = इन विवरणों वाले एक से अधिक पंजीकृत मतदाता हैं। अपनी मतदाता ID जोड़ें, ताकि हम आपको पहचान सकें। { $help } { $office }
problem-voter-id-help = आपकी मतदाता ID आपके मतदाता सूचना कार्ड और आपके नमूना मतपत्र पर होती है। आपका काउंटी चुनाव कार्यालय या राज्य सचिव की मतदाता हॉटलाइन भी आपको यह बता सकती है।
problem-too-many-requests-title = बहुत अधिक प्रयास
problem-too-many-requests-detail = सभी की गोपनीयता के लिए, खोजों की संख्या सीमित है। { $minutes } मिनट बाद फिर से कोशिश करें।
problem-too-many-messages-title = अभी के लिए बहुत अधिक संदेश
problem-too-many-messages-detail = हम सीमित संख्या में पुष्टि संदेश और कोड भेजते हैं, ताकि कोई किसी के इनबॉक्स या फ़ोन को संदेशों से न भर सके। { $minutes } मिनट बाद फिर से कोशिश करें।
problem-verification-needed-title = पहले हमारा भेजा हुआ कोड दर्ज करें
problem-verification-needed-detail = संपर्क के किसी तरीके की पुष्टि हो जाने के बाद, अपनी सूचनाएँ बदलने के लिए एक बार इस्तेमाल होने वाला कोड ज़रूरी है: हम इसे संपर्क के ऐसे तरीके पर भेजते हैं जिसकी पुष्टि आपके साइन इन करने से कम से कम एक दिन पहले हुई थी। आपका नाम, जन्म तिथि और ZIP कोड सार्वजनिक रिकॉर्ड हैं, इसलिए केवल इनसे इन बदलावों की सुरक्षा नहीं हो सकती।
problem-no-such-message-title = ऐसा कोई संदेश नहीं है
problem-no-such-message-detail = यह रिपोर्ट इस सेवा द्वारा भेजे गए किसी संदेश के बारे में नहीं है।
# $sender: वह नंबर जिससे टेक्स्ट संदेश आते हैं।
problem-number-stopped-title = इस नंबर ने हमसे टेक्स्ट संदेश बंद करने को कहा है
problem-number-stopped-detail = इस नंबर से किसी ने STOP (रोकें) का जवाब दिया था, इसलिए हम इस पर टेक्स्ट संदेश नहीं भेज सकते। फिर से टेक्स्ट पाने के लिए, इसी फ़ोन से { $sender } पर START (शुरू) लिखकर भेजें, फिर यह नंबर यहाँ जोड़ें।
problem-nothing-to-confirm-title = पुष्टि के लिए कुछ नहीं है
problem-nothing-to-confirm-detail = पुष्टि संदेश फिर से केवल उसी तरीके पर भेजा जा सकता है जिसकी पुष्टि अभी बाकी है।
problem-no-such-method-title = संपर्क का ऐसा कोई तरीका नहीं है
problem-no-such-method-detail = हटाने के लिए कोई { $kind ->
        [email] ईमेल पता
        [sms] टेक्स्ट संदेश वाला नंबर
       *[voice] कॉल वाला नंबर
    } नहीं है।
problem-code-to-unconfirmed-title = कोड केवल पुष्टि किए गए तरीकों पर भेजे जाते हैं
problem-code-to-unconfirmed-detail = संपर्क का ऐसा तरीका चुनें जो चालू (पुष्टि किया हुआ) हो। अगर आपके पास ऐसा कोई तरीका नहीं है, तो किसी भी चीज़ के लिए कोड की ज़रूरत नहीं है।
problem-confirmation-expired-title = इस लिंक की समय-सीमा समाप्त हो गई है
problem-confirmation-expired-detail = पुष्टि के लिंक { $hours } घंटे तक काम करते हैं। अपनी जानकारी फिर से खोजें और अपने ईमेल पते के पास "फिर से भेजें" चुनें।
problem-confirmation-invalid-title = यह लिंक मान्य नहीं है
problem-confirmation-invalid-detail = हो सकता है इसका उपयोग पहले ही हो चुका हो, या इसकी जगह नया लिंक भेजा गया हो। यह देखने के लिए कि आपके ईमेल पते की पुष्टि हुई है या नहीं, अपनी जानकारी फिर से खोजें।
problem-unsubscribe-invalid-title = ईमेल बंद करने का यह लिंक मान्य नहीं है
problem-unsubscribe-invalid-detail = सूचनाएँ बंद करने के लिए साइट पर अपनी जानकारी खोजें।
problem-method-too-new-title = संपर्क का यह तरीका अभी कोड प्राप्त नहीं कर सकता
problem-method-too-new-detail = आपकी सुरक्षा के लिए, कोड केवल संपर्क के ऐसे तरीके पर भेजा जाता है जिसकी पुष्टि आपके साइन इन करने से कम से कम { $hours } घंटे पहले हुई थी। कोई दूसरा तरीका चुनें, या लगभग { $wait } घंटे बाद फिर से साइन इन करें।
problem-undo-invalid-title = बदलाव वापस लेने का यह लिंक मान्य नहीं है
problem-undo-invalid-detail = जाँचें कि आपने हमारे संदेश का पूरा लिंक खोला है।
problem-undo-by-newer-method-title = यह लिंक उस बदलाव को वापस नहीं ले सकता
problem-undo-by-newer-method-detail = यह बदलाव ऐसे कोड से किया गया था जो संपर्क के किसी ऐसे तरीके पर भेजा गया था जिसकी पुष्टि इस तरीके से पहले हुई थी, इसलिए केवल वैसे तरीके पर भेजा गया लिंक ही इसे वापस ले सकता है। इसे बदलने के लिए साइन इन करें और कोड माँगें।
problem-undo-used-title = यह बदलाव पहले ही वापस लिया जा चुका है
problem-undo-used-detail = बदलाव वापस लेने का हर लिंक एक ही बार काम करता है। उस समय आपके नाम से साइन इन किए हुए सभी लोग साइन आउट कर दिए गए थे।
problem-undo-expired-title = बदलाव वापस लेने के इस लिंक की समय-सीमा समाप्त हो गई है
problem-undo-expired-detail = बदलाव वापस लेने के लिंक { $days } दिनों तक काम करते हैं। बदलाव करने के लिए साइन इन करके कोड माँगें, या अपने काउंटी चुनाव कार्यालय को फ़ोन करें।
problem-unsubscribe-outdated-title = ईमेल बंद करने का यह लिंक पुराना हो चुका है
problem-unsubscribe-outdated-detail = जिस पते पर यह भेजा गया था, वह तब से बदल गया है या हटा दिया गया है। सूचनाएँ बंद करने के लिए साइट पर अपनी जानकारी खोजें।
problem-text-replies-not-set-up-title = सेवा अस्थायी रूप से उपलब्ध नहीं है
problem-text-replies-not-set-up-detail = इस इंस्टॉलेशन पर टेक्स्ट संदेशों के जवाब की व्यवस्था नहीं की गई है। कुछ मिनट बाद फिर से कोशिश करें।
problem-database-unreachable-title = सेवा अस्थायी रूप से उपलब्ध नहीं है
problem-database-unreachable-detail = डेटाबेस से संपर्क नहीं हो पा रहा है। कुछ मिनट बाद फिर से कोशिश करें।
problem-unexpected-title = आंतरिक सर्वर त्रुटि
problem-unexpected-detail = हमारी ओर से कुछ गड़बड़ हो गई। कुछ मिनट बाद फिर से कोशिश करें।
problem-no-such-endpoint-title = ऐसा कोई एंडपॉइंट नहीं है
problem-no-such-endpoint-detail = इस पते पर कुछ उपलब्ध नहीं है। API का विवरण /api/v1/openapi.yaml पर है।
