# ពាក្យសម្រាប់ខោនធី និង client ផ្សេងទៀតរបស់ API៖ មូលហេតុដែលជួរមួយនៃទិន្នន័យ (feed) មិនត្រូវបានរក្សាទុក។
# កំហុសជួរនីមួយៗក៏មាន `code` ថេរមួយដែរ; ទាំងនេះជាប្រយោគដែលនៅក្បែរវា។ $field៖ វាលនៃជួរ ដូចដែលមានឈ្មោះ
# នៅក្នុងសំណើ; $reason៖ ការពិពណ៌នារបស់កម្មវិធីញែក (parser) ផ្ទាល់ អំពីអ្វីដែលវាមិនអាចអានបាន។ សូមមើល en/county.ftl។

feed-required = ត្រូវការ `{ $field }`។
feed-id-format = `{ $field }` មានពី 1 ដល់ 128 តួអក្សរដែលអាចបោះពុម្ពបាន។
feed-in-future = `{ $field }` ស្ថិតនៅក្នុងពេលអនាគត។
feed-instant-format = `{ $field }` គឺជាកាលបរិច្ឆេទ និងម៉ោង ជាមួយគម្លាតម៉ោង (offset) របស់វា ឧទាហរណ៍ 2026-10-06T09:30:00-07:00។
feed-date-format = `{ $field }` គឺជាកាលបរិច្ឆេទដែលសរសេរជា YYYY-MM-DD (ឆ្នាំ-ខែ-ថ្ងៃ)។
feed-election-name = `name` មានពី 1 ដល់ 200 តួអក្សរ។
feed-before-election = `{ $field }` មិនអាចមុនថ្ងៃបោះឆ្នោតបានទេ។
feed-shared-election = ខោនធីផ្សេងទៀតក៏រៀបចំការបោះឆ្នោតនេះដែរ៖ មានតែរដ្ឋប៉ុណ្ណោះដែលអាចផ្លាស់ប្តូរឈ្មោះ ឬកាលបរិច្ឆេទរបស់វាបាន។
feed-imb-format = `{ $field }` គឺជាបាកូដ Intelligent Mail ដែលមាន 20, 25, 29 ឬ 31 ខ្ទង់។
feed-imb-barcode-identifier = ខ្ទង់ទីពីរនៃលេខសម្គាល់បាកូដ (barcode identifier) នៅក្នុង `{ $field }` គឺពី 0 ដល់ 4។
feed-facility-zip = `facility_zip` គឺជាលេខកូដ ZIP 5 ខ្ទង់។
feed-operation-code = `operation_code` គឺជាលេខកូដប្រតិបត្តិការរបស់ USPS ឧទាហរណ៍ 919។
feed-event-id-reserved = id ព្រឹត្តិការណ៍ដែលចាប់ផ្តើមដោយ `usps:` ឬ `superseded:` ជារបស់ប្រព័ន្ធតាមដានផ្ទាល់។
# $choices៖ ពាក្យដែលអនុញ្ញាត បំបែកដោយក្បៀស។
feed-status-unknown = `status` គឺជាពាក្យមួយក្នុងចំណោម { $choices }។
# $status៖ ស្ថានភាពដែលបានផ្តល់។
feed-reason-required = `{ $status }` ត្រូវការមូលហេតុ។
feed-reason-not-allowed = `{ $status }` មិនទទួលយកមូលហេតុទេ។
feed-reason-unknown = មូលហេតុសម្រាប់ `{ $status }` គឺជាពាក្យមួយក្នុងចំណោម { $choices }។
feed-source-unknown = `source` គឺជាពាក្យមួយក្នុងចំណោម { $choices }។
feed-expected-delivery-required = `expected_delivery` ត្រូវការ `expected_delivery_date`។
feed-expected-delivery-not-allowed = `expected_delivery_date` ប្រើបានតែជាមួយ `expected_delivery` ឬ `in_transit` ប៉ុណ្ណោះ។
feed-delivery-method-unknown = `delivery_method` គឺជាពាក្យមួយក្នុងចំណោម { $choices }។
feed-supersedes-itself = សន្លឹកឆ្នោតមួយមិនអាចជំនួសខ្លួនឯងបានទេ។
feed-supersedes-mismatch = សន្លឹកឆ្នោតដែលត្រូវបានជំនួស ជារបស់អ្នកបោះឆ្នោតផ្សេង ឬការបោះឆ្នោតផ្សេង។
feed-unknown-ballot = គ្មានសន្លឹកឆ្នោតណាមួយរបស់ខោនធីនេះ មាន id នេះទេ។
feed-unknown-ballot-post-first = គ្មានសន្លឹកឆ្នោតណាមួយរបស់ខោនធីនេះ មាន id នេះទេ៖ សូមផ្ញើ (post) សន្លឹកឆ្នោតជាមុនសិន។
feed-unknown-election = ខោនធីនេះមិនមានការបោះឆ្នោតដែលមាន id នេះទេ៖ សូមផ្ញើ (post) ការបោះឆ្នោតជាមុនសិន។
feed-unknown-voter = គ្មានអ្នកបោះឆ្នោតណាម្នាក់ក្នុងបញ្ជីឈ្មោះ មានលេខសម្គាល់អ្នកបោះឆ្នោតនេះទេ៖ សូមផ្ញើ (post) កំណត់ត្រាអ្នកបោះឆ្នោតជាមុនសិន។
feed-ballot-voter-other-county = អ្នកបោះឆ្នោតនេះបានចុះឈ្មោះនៅខោនធីផ្សេង។
# $county៖ លេខពីរខ្ទង់របស់ខោនធី។
feed-voter-other-county = ជួរនេះសម្រាប់ខោនធី { $county }៖ សូមផ្ញើវាទៅ endpoint របស់ខោនធីនោះ។
feed-voter-active-elsewhere = អ្នកបោះឆ្នោតនេះបានចុះឈ្មោះ និងសកម្មនៅខោនធី { $county }៖ ការប្តូរខោនធីមកពីទិន្នន័យរបស់រដ្ឋ ឬមកបន្ទាប់ពីខោនធីនោះបានលុបចោលការចុះឈ្មោះរួចហើយ។
# $line, $element៖ ទីតាំងនៃជួរក្នុងតួសំណើ (បន្ទាត់រាប់ពី 1 ធាតុរាប់ពី 0)។
feed-line-unreadable = បន្ទាត់ទី { $line } មិនមែនជាវត្ថុ JSON ដែលមានវាលដូចការរំពឹងទុកទេ៖ { $reason }។
feed-element-unreadable = ធាតុទី { $element } មិនមែនជាវត្ថុដែលមានវាលដូចការរំពឹងទុកទេ៖ { $reason }។
feed-row-not-fitting = ជួរនេះមិនត្រូវនឹងជួរក្បាល (header) ទេ៖ { $reason }។
feed-row-unreadable = មិនអាចអានជួរនេះជា CSV បានទេ៖ { $reason }។

## ការនាំចូលបញ្ជីឈ្មោះអ្នកបោះឆ្នោត (`ballot-tracker import`)។
import-county-format = ខោនធីត្រូវតែជាលេខពីរខ្ទង់របស់វា ពី 01 ដល់ 58។
import-date-of-birth = ថ្ងៃខែឆ្នាំកំណើតត្រូវតែជា YYYY-MM-DD ឬ YYYY ចាប់ពីឆ្នាំ 1900 ដល់ថ្ងៃនេះ។
import-status-format = ស្ថានភាពត្រូវតែជាពាក្យមួយក្នុងចំណោម { $choices }។
