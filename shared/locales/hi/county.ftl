# काउंटियों और API के दूसरे क्लाइंट के लिए शब्द: फ़ीड की कोई पंक्ति सहेजी क्यों नहीं गई। पंक्ति की हर
# त्रुटि का एक स्थायी `code` भी होता है; ये वाक्य उसके साथ दिखते हैं। $field: पंक्ति का फ़ील्ड, जैसा अनुरोध में
# उसका नाम है; $reason: पार्सर का अपना विवरण कि वह क्या नहीं पढ़ सका।

feed-required = `{ $field }` ज़रूरी है।
feed-id-format = `{ $field }` में 1 से 128 तक प्रिंट होने योग्य अक्षर होते हैं।
feed-in-future = `{ $field }` भविष्य में है।
feed-instant-format = `{ $field }` ऑफ़सेट सहित तारीख और समय होता है, जैसे 2026-10-06T09:30:00-07:00
feed-date-format = `{ $field }` YYYY-MM-DD के रूप में लिखी गई तारीख होती है।
feed-election-name = `name` में 1 से 200 अक्षर होते हैं।
feed-before-election = `{ $field }` चुनाव के दिन से पहले का नहीं हो सकता।
feed-shared-election = यह चुनाव दूसरी काउंटियों में भी हो रहा है: केवल राज्य ही इसका नाम या तारीखें बदल सकता है।
feed-imb-format = `{ $field }` 20, 25, 29 या 31 अंकों का Intelligent Mail barcode होता है।
feed-imb-barcode-identifier = `{ $field }` में barcode identifier का दूसरा अंक 0 से 4 तक होता है।
feed-facility-zip = `facility_zip` 5 अंकों का ZIP कोड होता है।
feed-operation-code = `operation_code` USPS का operation code होता है, जैसे 919।
feed-event-id-reserved = `usps:` या `superseded:` से शुरू होने वाली event id ट्रैकर की अपनी होती हैं।
# $choices: अनुमत शब्द, अल्पविराम से अलग।
feed-status-unknown = `status` इनमें से एक होता है: { $choices }।
# $status: दिया गया status।
feed-reason-required = `{ $status }` के लिए कारण ज़रूरी है।
feed-reason-not-allowed = `{ $status }` के साथ कोई कारण नहीं दिया जाता।
feed-reason-unknown = `{ $status }` का कारण इनमें से एक होता है: { $choices }।
feed-source-unknown = `source` इनमें से एक होता है: { $choices }।
feed-expected-delivery-required = `expected_delivery` के लिए `expected_delivery_date` ज़रूरी है।
feed-expected-delivery-not-allowed = `expected_delivery_date` केवल `expected_delivery` या `in_transit` के साथ दिया जाता है।
feed-delivery-method-unknown = `delivery_method` इनमें से एक होता है: { $choices }।
feed-supersedes-itself = कोई मतपत्र खुद अपनी जगह नहीं ले सकता।
feed-supersedes-mismatch = जिस मतपत्र की जगह ली जा रही है, वह किसी दूसरे मतदाता या चुनाव का है।
feed-unknown-ballot = इस काउंटी के किसी मतपत्र की यह id नहीं है।
feed-unknown-ballot-post-first = इस काउंटी के किसी मतपत्र की यह id नहीं है: पहले मतपत्र भेजें (POST)।
feed-unknown-election = इस काउंटी में इस id वाला कोई चुनाव नहीं है: पहले चुनाव भेजें (POST)।
feed-unknown-voter = मतदाता सूची में किसी मतदाता की यह मतदाता ID नहीं है: पहले मतदाता का रिकॉर्ड भेजें (POST)।
feed-ballot-voter-other-county = मतदाता किसी दूसरी काउंटी में पंजीकृत है।
# $county: किसी काउंटी का दो अंकों वाला नंबर।
feed-voter-other-county = यह पंक्ति काउंटी { $county } की है; इसे उसी काउंटी के एंडपॉइंट पर भेजें।
feed-voter-active-elsewhere = यह मतदाता काउंटी { $county } में पंजीकृत और सक्रिय है: काउंटी बदलने की जानकारी राज्य के फ़ीड से आती है, या तब आ सकती है जब वह काउंटी पंजीकरण रद्द कर दे।
# $line, $element: अनुरोध की सामग्री में पंक्ति कहाँ है (पंक्तियाँ 1 से, एलिमेंट 0 से गिने जाते हैं)।
feed-line-unreadable = पंक्ति { $line } अपेक्षित फ़ील्ड वाला JSON ऑब्जेक्ट नहीं है: { $reason }।
feed-element-unreadable = एलिमेंट { $element } अपेक्षित फ़ील्ड वाला ऑब्जेक्ट नहीं है: { $reason }।
feed-row-not-fitting = पंक्ति हेडर से मेल नहीं खाती: { $reason }।
feed-row-unreadable = पंक्ति को CSV के रूप में पढ़ा नहीं जा सकता: { $reason }।

## मतदाता सूची का आयात (`ballot-tracker import`)।
import-county-format = काउंटी उसका दो अंकों वाला नंबर होना चाहिए, 01 से 58 तक।
import-date-of-birth = जन्म तिथि YYYY-MM-DD या YYYY होनी चाहिए, 1900 से आज तक।
import-status-format = स्थिति इनमें से एक होनी चाहिए: { $choices }।
