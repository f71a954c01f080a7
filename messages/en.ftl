### patlint's messages in English: one message per id, which the source names (`message!("id", …)`,
### `Message::term("id")`). Values are text shown as it is, or our own messages already put in this language.
### This file is the English text of every message; ja.ftl, ko.ftl and zh.ftl translate each of its ids.

## How lists are joined: between items, and before the last one of an "and" and an "or" list.
list-separator = {", "}
list-and = {" and "}
list-or = {" or "}

## filing.rs
nothing-found = No claims, description or assignment data were found. Claims start with their number: `1.`, `Claim 1`, `【請求項1】`, `【청구항 1】`.

## message.rs
quoted = "{ $text }"

## model/description.rs
description-title-invention = title of the invention
description-cross-reference-related = cross-reference to related applications
description-statement-federally-sponsored = statement on federally sponsored research
description-parties-joint-research = parties to a joint research agreement
description-incorporation-reference-sequence = incorporation by reference of a sequence listing
description-statement-prior-disclosures = statement on prior disclosures
description-technical-field = technical field
description-background-art = background art
description-citation-list = citation list
description-summary-disclosure-invention = summary (disclosure of the invention)
description-technical-problem = technical problem
description-solution-problem = solution to the problem
description-advantageous-effects = advantageous effects
description-brief-drawings = brief description of the drawings
description-detailed-embodiments = detailed description (embodiments)
description-examples = examples
description-industrial-applicability = industrial applicability
description-list-reference-signs = list of reference signs
description-deposit-biological-material = deposit of biological material
description-sequence-listing-free = sequence listing free text
description-sequence-listing = sequence listing
description-other-section = other section

## numbers/cn.rs
cn-application-twelve-digits = an application is twelve digits and a check character (201710601862.3), a patent ZL and the application number, a publication CN and up to nine digits (CN112345678A)
cn-not-cnipa-application = { $number } is not a CNIPA application number: the year or the type digit (1, 2, 3, 8 or 9) is wrong.
cn-check-character-application = The check character of CN application { $number } is { $expected }, not { $given }: a digit is probably mistyped.
cn-application-number-ends = A CN application number ends in one check character (a digit or X) after the full stop, not `{ $given }`.
cn-not-cnipa-number = { $number } is not a CNIPA number: { $format }.

## numbers/ep.rs
ep-application-eight-digits = an application is eight digits and a check digit (21204983.7), a publication or patent EP and seven digits (EP1234567)
ep-check-digit-application = The check digit of EP application { $number } is { $expected }, not { $given }: a digit is probably mistyped.
ep-application-number-ends = An EP application number ends in one check digit after the full stop, not `{ $given }`.
ep-not-number = { $number } is not an EP number: { $format }.

## numbers/jp.rs
jp-application-publication-year = an application or publication is the year and six digits (2021-123456), a patent seven digits (7123456)
jp-year-not-possible = The year { $year } is not possible in a Japanese number: Heisei years 1 to 11 (1989–1999).
jp-year-not-possible-japanese = The year { $year } is not possible in a Japanese number: Showa years 1 to 64.
jp-year-not-possible-japanese-number = The year { $year } is not possible in a Japanese number: the four-digit year since 2000 (before, the year of the era: 平11).
jp-japanese-application-publication = A Japanese application or publication number has a six-digit serial number, not { $serial }.
jp-not-japanese-number = { $number } is not a Japanese number: { $format }.
jp-japanese-patent-number = A Japanese patent number cannot be zero.

## numbers/kr.rs
kr-application-publication-right = an application or publication is the right type, the year and seven digits (10-2021-0123456), a registration the right type and seven digits (10-1234567)
kr-40-kipo-code = 40 is the KIPO code of a trademark, not of a patent, utility model or design.
kr-not-kipo-right = { $code } is not a KIPO right type (10 patent, 20 utility model, 30 design).
kr-not-kipo-number = { $number } is not a KIPO number: { $format }.
kr-cannot-year-kipo = { $year } cannot be the year of a KIPO number.

## numbers/mod.rs
numbers-not-written = This is not written as { $office } numbers are: { $format }.
numbers-characters-long-no = This is { $count } characters long; no patent number is.
numbers-number-empty = The number is empty.
numbers-not-written-like = This is not written like a patent number of the USPTO, EPO, JPO, KIPO, CNIPA or the PCT.
numbers-not-valid-number = This is not a valid number of { $offices }; give the office or write the number with its prefix (US, EP, JP, KR, CN, PCT/, WO).
numbers-could-number-give = This could be a number of { $offices }; give the office or write the number with its prefix (US, EP, JP, KR, CN, PCT/, WO).

## numbers/us.rs
us-application-series-code = an application is a series code and six digits (16/123,456), a patent up to eight digits (11,147,202), a publication a year and seven digits (2021/0049351)
us-not-number = This is not a US number: { $format }.
us-pre-grant-publications = US pre-grant publications began in 2001; the year { $year } cannot be right.
us-application-number-two = A US application number is a two-digit series code, a slash and six digits (16/123,456), not { $number }.
us-not-patent-number = { $number } is not a US patent number: { $format }.
us-patent-number-cannot = A US patent number cannot be zero.
us-not-number-2 = { $number } is not a US number: { $format }.
us-application-number-has = A US application number has eight digits, a two-digit series code and a six-digit serial number (16/123,456), not { $number }.
us-has-digits = { $number } has { $count } digits; { $format }.
us-not-series-code = { $series } is not a series code the USPTO uses for applications.

## numbers/wo.rs
wo-international-application-pct = an international application is PCT/, the receiving Office, the year and six digits (PCT/US2021/012345), a publication WO, the year and six digits (WO2021/123456)
wo-not-possible-year = { $year } is not a possible year of a WO publication (four digits from 2004, two before).
wo-not-publication-number = { $number } is not a WO publication number: { $format }.
wo-not-pct-number = { $number } is not a PCT number: { $format }.
wo-pct-not-pct = PCT/{ $number } is not a PCT application number: { $format }.
wo-not-code-pct = { $code } is not the code of a PCT receiving Office.
wo-not-possible-year-pct = { $year } is not a possible year of a PCT application (four digits from 2004, two before).

## office.rs
office-uspto = the USPTO
office-epo = the EPO
office-jpo = the JPO
office-kipo = KIPO
office-cnipa = the CNIPA
office-pct = the PCT

## parse/assignment_json.rs
assignment-json-nests-deeper-than = the JSON nests deeper than patlint reads ({ $error })
assignment-json-malformed = the JSON is malformed: { $error }
assignment-json-not-object-holding = the JSON is { $kind }, not an object holding one assignment record
assignment-json-data-could-not = The assignment data could not be read: { $reason }.
assignment-json-data-could-not-read-more = { $count ->
     [1] The assignment data could not be read: { $reason } (and one more problem).
    *[other] The assignment data could not be read: { $reason } (and { $count } more problems).
  }
assignment-json-null = null
assignment-json-boolean = a boolean
assignment-json-number = a number
assignment-json-string = a string
assignment-json-array = an array
assignment-json-object = an object
assignment-json-should-not = `{ $path }` should be { $expected }, not { $actual }
assignment-json-field-not-one = The field `{ $field }` is not one patlint knows; it was ignored (see schemas/assignment.schema.json).
assignment-json-characters-long-more = `{ $path }` is { $count } characters long, more than the { $limit } patlint reads
assignment-json-true-false = true or false
assignment-json-field-which-patlint = The field `{ $field }` is `{ $value }`, which patlint does not know ({ $known }); it was ignored.
assignment-json-has-items-more = `{ $path }` has { $count } items, more than the { $limit } patlint reads
assignment-json-string-most-10000 = a string of at most 10000 characters

## parse/assignment_xml.rs
assignment-xml-file-not-valid = the file is not valid UTF-8; save it as UTF-8
assignment-xml-line = line { $line }: { $error }
assignment-xml-nests-deeper-than = the XML nests deeper than { $limit } elements
assignment-xml-end-tag-closes = an end tag closes no element
assignment-xml-document-ends-before = the document ends before <{ $name }> is closed

## parse/claims_text.rs
claims-text = The text holds more than { $limit } claims, the limit; it was not checked.

## parse/claims_xml.rs
claims-xml-line-unexpected-end = line { $line }: unexpected end tag </{ $name }>
claims-xml-line-document-ends = line { $line }: the document ends before <{ $name }> is closed
claims-xml-file-holds-no = the file holds no XML element
claims-xml-line-elements-nested = line { $line }: elements are nested more than { $limit } deep, the limit (xml_depth)
claims-xml-line-document-holds = line { $line }: the document holds more than { $limit } claims, the limit (claims)
claims-xml-text-holds-more = the claims text holds more than { $limit } claims, the limit (claims)
claims-xml-file-encoded-which = the file is encoded in { $encoding }, which patlint does not read; save it as UTF-8
claims-xml-line-file-not = line { $line }: the file is not valid UTF-8; save it as UTF-8

## parse/docx.rs
docx-package-has-no = the package has no [Content_Types].xml, so it is not an Office document
docx-package-holds-no = the package holds no Word document (it is a spreadsheet)
docx-package-holds-no-word = the package holds no Word document (it is a presentation)
docx-package-holds-no-word-document = the package holds no Word document
docx-package-lacks-main = the package lacks its main part { $part }
docx-package-holds-no-word-document-parts = the package holds no Word document (parts: { $parts })
docx-content-types-xml = [Content_Types].xml: { $reason }
docx-relationships = relationships: { $reason }
docx-styles = styles: { $reason }
docx-numbering = numbering: { $reason }
docx-tracked-insertion = a tracked insertion
docx-tracked-insertion-2 = a tracked insertion by { $author }
docx-tracked-deletion = a tracked deletion
docx-tracked-deletion-2 = a tracked deletion by { $author }
docx-tracked-move = a tracked move
docx-tracked-move-2 = a tracked move by { $author }
docx-tracked-formatting-change = a tracked formatting change
docx-tracked-formatting-change-2 = a tracked formatting change by { $author }
docx-chart = a chart
docx-text-box = a text box
docx-smartart-diagram = a SmartArt diagram
docx-document-has-more = the document has more than { $limit } paragraphs, the limit (paragraphs)
docx-comment = a comment
docx-imported-content-altchunk = imported content (altChunk)
docx-frame = a frame
docx-document-part = the document part: { $reason }
docx-main-part-not = the main part is not a WordprocessingML document
docx-comment-comments-part = a comment (in the comments part)

## parse/drawings/bmp.rs
bmp-header-cut-off = the BMP header is cut off
bmp-os-2-bitmaps = OS/2 bitmaps (BITMAPCOREHEADER) are not supported
bmp-image-has-no = the BMP image has no pixels
bmp-run-length-encoded = run-length-encoded BMP is not supported
bmp-compression-not-supported = BMP compression { $compression } is not supported
bmp-bit-not-supported = { $bits }-bit BMP is not supported
bmp-pixel-data-cut = the BMP pixel data is cut off

## parse/drawings/gif.rs
gif-not-file = it is not a GIF file
gif-colour-table-cut = the GIF colour table is cut off
gif-file-has-no = the GIF file has no image
gif-image-data-has = the GIF image data has an invalid code size ({ $size })
gif-image-data-ends = the GIF image data ends early

## parse/drawings/jpeg.rs
jpeg-image-data-could = the JPEG image data could not be decoded ({ $error })
jpeg-image-data-incomplete = the JPEG image data is incomplete
jpeg-file-has-no = the JPEG file has no image frame
jpeg-lossless-hierarchical-arithmetic = lossless, hierarchical and arithmetic-coded JPEG files are not supported

## parse/drawings/mod.rs
drawings = it is not a PDF, TIFF, PNG, JPEG, GIF or BMP file

## parse/drawings/pdf/guard.rs
guard-one-streams-inflates = one of its streams inflates to more than { $mib } MiB
guard-streams-inflate-more = its streams inflate to more than { $mib } MiB
guard-page-draws-more = page { $page } draws more than { $million } million operations or nests its forms in a loop
guard-pages-draw-more = its pages draw more than { $million } million operations

## parse/drawings/pdf/mod.rs
pdf-not-file = it is not a PDF file
pdf-larger-than-mib = it is larger than { $mib } MiB
pdf-damaged-beyond-repair = it is damaged beyond repair
pdf-has-no-pages = it has no pages
pdf-has-pages-most = it has { $pages } pages; at most { $limit } are read from one file

## parse/drawings/png.rs
png-not-file = it is not a PNG file
png-file-has-no = the PNG file has no header (IHDR)
png-file-s-palette = the PNG file's palette is missing
png-image-data-ends = the image data ends after { $y } of { $rows } rows
png-header-cut-off = the PNG header is cut off
png-colour-type-bit = PNG colour type { $colour_type } with { $bits }-bit samples is not valid
png-row-image-has = a row of the image has an unknown filter ({ $filter })
png-interlaced-image-data = the interlaced image data ends early

## parse/drawings/raster.rs
raster-image-has-no = the image has no pixels
raster-image-has-pixels = the image has { $width } × { $height } pixels, more than the limit of { $million } million
raster-image-pixels-more = the image is { $width } × { $height } pixels, more than { $limit } pixels on a side

## parse/drawings/tiff.rs
tiff-not-file = it is not a TIFF file
tiff-header-cut-off = the TIFF header is cut off
tiff-has-more-than = it has more than { $limit } pages; at most that many are read from one file
tiff-page-file-cut = page { $page } of the TIFF file is cut off
tiff-page = page { $page }: { $reason }
tiff-file-has-no = the TIFF file has no pages
tiff-page-has-no = the page has no width
tiff-page-has-no-height = the page has no height
tiff-bit-samples-not = { $bits }-bit samples are not supported
tiff-palette-missing = the palette is missing
tiff-colour-model-samples = the colour model ({ $photometric }, { $samples } samples of { $bits } bits) is not supported
tiff-separate-colour-planes = separate colour planes are not supported
tiff-tile-size-missing = the tile size is missing or implausible
tiff-image-data-incomplete = the image data is incomplete (too few strips or tiles)
tiff-ccitt-compression-read = CCITT compression is read only for untiled one-bit pages
tiff-ccitt-image-data = the CCITT image data is damaged or cut off
tiff-tiles-too-large = the tiles are too large
tiff-image-data-damaged = the image data is damaged or cut off
tiff-jpeg-compressed-not = JPEG-compressed TIFF is not supported
tiff-compression-not-supported = TIFF compression { $compression } is not supported

## parse/read.rs
read-zip-package-docx = a ZIP package (DOCX)
read-pdf = a PDF
read-tiff-image = a TIFF image
read-png-image = a PNG image
read-jpeg-image = a JPEG image
read-gif-image = a GIF image
read-bmp-image = a BMP image
read-xml = XML
read-json = JSON
read-text = text
read-file-larger-than = The file is larger than the limit of { $limit } bytes; it was not read.
read-file-was-given = This file was given an unknown kind of document, so it was not checked: patlint checks claims, descriptions, drawings, assignment data and sequence listings.
read-word-document-could = The Word document could not be read: { $reason }.
read-word-xml-could = The Word XML could not be read: { $reason }.
read-xml-could-not = The XML could not be read: { $reason }.
read-description-xml-could = The description in the XML could not be read: { $reason }.
read-byte-sequences-replaced = { $count ->
     [1] One byte sequence is not valid UTF-8 or UTF-16 and was replaced; save the file as UTF-8.
    *[other] { $count } byte sequences are not valid UTF-8 or UTF-16 and were replaced; save the file as UTF-8.
  }
read-json-not-valid = The JSON is not valid UTF-8; save it as UTF-8.
read-file-json-that = This file is JSON that is not assignment data (it has none of `conveyance`, `assignors`, `assignees`, `properties`); this version of patlint does not check such files yet, so it was not checked.
read-file-assignment-data = This file is { $format }; assignment data is read from JSON (schemas/assignment.schema.json) or USPTO assignment XML.
read-file-sequence-listings = This file is { $format }; sequence listings are read from WIPO ST.26 XML.
read-sequence-listing-could = The sequence listing could not be read: { $reason }.
read-file-drawings-from = This file is { $format }; drawings are read from PDF, TIFF, PNG, JPEG, GIF or BMP files.
read-drawings-could-not = The drawings could not be read: { $reason }.
read-file-was-not = This file is { $format }; it was not checked because this build of patlint has no drawing support (the `drawings` feature).
read-claim-has-characters = Claim { $claim } has { $count } characters, more than the limit of { $limit } (claimChars); the file was not checked.

## parse/sax.rs
sax-unknown-markup-after = unknown markup after `<!`
sax-processing-instruction-xml = a processing instruction or the XML declaration is not closed (`?>` is missing)
sax-comment-not-closed = a comment is not closed (`-->` is missing)
sax-doctype-declaration-not = the DOCTYPE declaration is not closed (`>` is missing)
sax-cdata-section-not = a CDATA section is not closed (`]]>` is missing)
sax-document-ends-inside = the document ends inside a tag
sax-xml-declaration-does = the XML declaration does not start with `version`
sax-doctype-declaration-has = the DOCTYPE declaration has no name
sax-unexpected-end-tag = unexpected end tag </{ $name }>
sax-end-tag-where = end tag </{ $found }> where </{ $expected }> was expected
sax-comment-contains = a comment contains `--`
sax-entity-character-reference = an entity or character reference is not closed (`;` is missing)

## parse/sequences.rs
sequences-root-element-not = the root element is <{ $name }>, not <ST26SequenceListing>
sequences-listing-has-more = the listing has more than { $limit } sequences
sequences-listing-has-more-than = the listing has more than { $limit } features

## parse/spec.rs
spec = The document has more than { $limit } paragraphs, the limit (paragraphs); it was not checked.

## parse/zip.rs
zip-package-damaged = the ZIP package is damaged ({ $what })
zip-no-central-directory = no central directory
zip-end-record = end record
zip-package-zip64-archive = the package is a ZIP64 archive, which patlint does not read
zip-package-has-entries = the package has { $count } entries, more than the limit of { $limit } (zip_entries)
zip-central-directory-entry = central directory entry
zip-entry = entry
zip-entry-name = entry name
zip-entry-encrypted = { $part }: the entry is encrypted
zip-local-header = local header
zip-entry-data-beyond = entry data beyond the end of the file
zip-parts-read-inflate = { $part }: the parts read inflate to more than { $bytes } bytes together, the limit (inflated_bytes)
zip-part-inflates-more = { $part }: the part inflates to more than { $bytes } bytes, the limit (part_bytes)
zip-compressed-data-damaged = { $part }: the compressed data is damaged
zip-compression-method-not = { $part }: compression method { $method } is not supported
zip-data-does-not = { $part }: the data does not match its checksum (CRC-32)

## rules/assignment/check_digit_mismatch.rs
check-digit-mismatch = The check digit of { $number } is wrong.

## rules/assignment/conveyance_missing.rs
conveyance-missing = The record does not say what is conveyed (assignment, security interest, merger, change of name, licence…).

## rules/assignment/correspondent_missing.rs
correspondent-missing = The record names no correspondent (name and address) for the USPTO to write to.
correspondent-missing-has-no-name = The correspondent has no name.
correspondent-missing-has-no-address = The correspondent has no address.

## rules/assignment/country_code_invalid.rs
country-code-invalid = { $code } is not the ST.3 code of a state
country-code-invalid-not-valid-write = The country of { $party } is not valid: { $reason }; write the state's two-letter code (e.g. US, JP, DE).
country-code-invalid-nationality-not-valid = The nationality of { $party } is not valid: { $reason }; write the state's two-letter code (e.g. US, JP, DE).

## rules/assignment/country_missing.rs
country-missing = { $party } has no country of residence (its ST.3 code, e.g. US, JP).
country-missing-has-no-nationality = { $party } has no nationality (its ST.3 code, e.g. US, JP).

## rules/assignment/cover_sheet_signature_missing.rs
cover-sheet-signature-missing = The record does not name who submits it to the USPTO and signs the cover sheet.
cover-sheet-signature-missing-submitter-who-signs = The submitter who signs the USPTO cover sheet is not named.
cover-sheet-signature-missing-submitter-has-not = The submitter { $name } has not signed the USPTO cover sheet (electronically, a typed signature between slashes will do).

## rules/assignment/date_in_future.rs
date-in-future = { $date } is in the future (today is { $today }); check the year.

## rules/assignment/date_invalid.rs
date-invalid = { $date } is not a real date: that day does not exist.
date-invalid-not-written-yyyy = The date `{ $date }` is not written YYYY-MM-DD (e.g. 2024-01-15).

## rules/assignment/dates_out_of_order.rs
dates-out-of-order = { $party } signed on { $signed }, after the assignment was recorded on { $recorded }.
dates-out-of-order-priority-date-after = The priority date { $priority } is after the filing date { $filed }; a priority date is never later.

## rules/assignment/deed_number_missing.rs
deed-number-missing = The record does not say which numbers the deed names; the JPO requires it to name every Japanese application and patent transferred.
deed-number-missing-assignment-does-not = The deed of assignment does not name the Japanese number { $number }; the JPO records the transfer only for the numbers the deed lists.

## rules/assignment/document_form_not_accepted.rs
document-form-not-accepted = { $party } signed with a typed signature; on a deed of assignment the JPO asks for a seal or a handwritten signature (or, on a deed filed online as PDF, an electronic signature).
document-form-not-accepted-deed-plain-copy = The deed is a plain copy; the JPO asks for the original or a notarised true copy.
document-form-not-accepted-power-attorney-copy = The power of attorney of { $party } is a copy; KIPO asks for the original.
document-form-not-accepted-nationality-certificate-copy = The nationality certificate of { $party } is a copy; KIPO asks for the original.

## rules/assignment/entry_implausible.rs
entry-implausible = The entry { $value } for { $entry } looks like a placeholder.
entry-implausible-single-character = The entry { $value } for { $entry } is a single character.
entry-implausible-has-no-letter = The entry { $value } for { $entry } has no letter.
entry-implausible-e-mail-address = The entry { $value } for { $entry } is an e-mail address.
entry-implausible-too-short-postal = The entry { $value } for { $entry } is too short to be a postal address.
entry-implausible-name = the name of { $party }
entry-implausible-address = the address of { $party }
entry-implausible-correspondent-s-name = the correspondent's name
entry-implausible-correspondent-s-address = the correspondent's address

## rules/assignment/execution_date_missing.rs
execution-date-missing = { $party } has no execution date (the date the document was signed).

## rules/assignment/mod.rs
assignment = the assignor { $name }
assignment-assignee = the assignee { $name }
assignment-assignor = The assignor { $name }
assignment-assignee-2 = The assignee { $name }
assignment-assignor-2 = Assignor { $number }
assignment-assignee-3 = Assignee { $number }
assignment-assignor-3 = assignor { $number }
assignment-assignee-4 = assignee { $number }
assignment-international-bureau = the International Bureau

## rules/assignment/nationality_certificate_missing.rs
nationality-certificate-missing = { $party } is a foreign company: KIPO asks for a notarised certificate of its nationality.
nationality-certificate-missing-not-shown-notarised = The nationality certificate of { $party } is not shown as notarised; KIPO asks for a notarised one.

## rules/assignment/nationality_certificate_stale.rs
nationality-certificate-stale = The nationality certificate of { $party } was notarised on { $date }, more than six months ago; KIPO asks for one notarised within six months.

## rules/assignment/number_kind_mismatch.rs
number-kind-mismatch = The number `{ $number }` is written as an application number, but the property is listed as a patent.
number-kind-mismatch-written-application-but = The number `{ $number }` is written as an application number, but the property is listed as a publication.
number-kind-mismatch-written-patent-but = The number `{ $number }` is written as a patent number, but the property is listed as an application.
number-kind-mismatch-written-patent-but-property = The number `{ $number }` is written as a patent number, but the property is listed as a publication.
number-kind-mismatch-written-publication-but = The number `{ $number }` is written as a publication number, but the property is listed as an application.
number-kind-mismatch-written-publication-but-property = The number `{ $number }` is written as a publication number, but the property is listed as a patent.

## rules/assignment/number_malformed.rs
number-malformed = Property { $property } gives no office, and its number `{ $number }` does not tell it. { $problem }
number-malformed-not-valid = The number `{ $number }` is not valid. { $problem }

## rules/assignment/number_office_mismatch.rs
number-office-mismatch = The number `{ $number }` is listed under { $listed }, but it is an application number of { $office }: check the office (or the number).
number-office-mismatch-listed-under-but = The number `{ $number }` is listed under { $listed }, but it is a patent number of { $office }: check the office (or the number).
number-office-mismatch-listed-under-but-publication = The number `{ $number }` is listed under { $listed }, but it is a publication number of { $office }: check the office (or the number).
number-office-mismatch-listed-under-but-check = The number `{ $number }` is listed under { $listed }, but it is a number of { $office }: check the office (or the number).
number-office-mismatch-listed-under-but-written = The number `{ $number }` is listed under { $listed }, but it is written like a number of { $office }: check the office (or the number).

## rules/assignment/party_address_missing.rs
party-address-missing = { $party } has no address.

## rules/assignment/party_name_missing.rs
party-name-missing = The record names no assignor: give the name of the party that conveys the interest.
party-name-missing-record-names-no = The record names no assignee: give the name of the party that receives the interest.
party-name-missing-has-no = { $party } has no name.

## rules/assignment/pct_change_too_late.rs
pct-change-too-late = 30 months from the priority date { $priority } ended on { $limit }: the International Bureau no longer records a change in the applicant; record it at each office of the national phase.

## rules/assignment/power_of_attorney_missing.rs
power-of-attorney-missing = { $party } resides abroad and acts through a local attorney: include a power of attorney.

## rules/assignment/property_number_missing.rs
property-number-missing = The record lists no application, patent or publication to record the change against.
property-number-missing-has-no = Property { $property } has no number.

## rules/assignment/signatory_capacity_missing.rs
signatory-capacity-missing = { $party } is an organisation; the record does not say who signed for it, and in what capacity.
signatory-capacity-missing-organisation-record-does = { $party } is an organisation; the record does not say who signed for it.
signatory-capacity-missing-organisation-record-does-not = { $party } is an organisation; the record does not say in what capacity its signatory signed (e.g. President, Director).

## rules/assignment/signature_missing.rs
signature-missing = { $party } has not signed the document.
signature-missing-record-does-not = The record does not say whether { $party } signed the document.

## rules/assignment/technology_export_document_missing.rs
technology-export-document-missing = An assignor in mainland China assigns to a party abroad: CNIPA needs the Technology Export Licence or the Technology Export Contract Registration Certificate.

## rules/assignment/transfer_evidence_missing.rs
transfer-evidence-missing-document-competent-authority = a document of the competent authority on the merger
transfer-evidence-missing-official-document-court = the official document (court decision, certificate of inheritance)
transfer-evidence-missing-document-recorded = the document to be recorded
transfer-evidence-missing-contract-signed-sealed = the transfer contract signed or sealed by both parties
transfer-evidence-missing-deed-assignment = the deed of assignment
transfer-evidence-missing-deed-extract-declaration = the deed, an extract of it, or a declaration of transfer signed by both parties
transfer-evidence-missing = To record { $conveyance }, { $office } needs evidence of it: include { $document }.
transfer-evidence-missing-assignment = an assignment
transfer-evidence-missing-security-interest = a security interest
transfer-evidence-missing-release-security-interest = the release of a security interest
transfer-evidence-missing-merger = a merger
transfer-evidence-missing-change-name = a change of name
transfer-evidence-missing-licence = a licence
transfer-evidence-missing-change-operation-law = a change by operation of law
transfer-evidence-missing-conveyance = the conveyance

## rules/claims/antecedent_basis_missing.rs
antecedent-basis-missing = Claim { $claim }: "{ $phrase }" has no antecedent: nothing earlier in this claim or in the claims it depends on introduces "{ $name }".

## rules/claims/cancelled_claim_has_text.rs
cancelled-claim-has-text = Claim { $claim } is cancelled or not entered but its text is still shown; list only its number and status.

## rules/claims/dependency_cycle.rs
dependency-cycle = Claims { $claims } depend on each other in a circle; none of them leads back to an independent claim.

## rules/claims/dependency_on_cancelled_claim.rs
dependency-on-cancelled-claim = Claim { $claim } refers to { $count ->
    [one] claim
   *[other] claims
} { $targets }, which the listing marks as cancelled or not entered.

## rules/claims/dependency_on_itself.rs
dependency-on-itself = Claim { $claim } refers to itself.

## rules/claims/dependency_on_later_claim.rs
dependency-on-later-claim = Claim { $claim } refers to { $count ->
    [one] claim
   *[other] claims
} { $targets }, written after it; a claim may only refer to claims before it.

## rules/claims/dependency_target_missing.rs
dependency-target-missing = Claim { $claim } refers to { $count ->
    [one] claim
   *[other] claims
} { $targets }, which the claim set does not contain.

## rules/claims/final_period_missing.rs
final-period-missing = Claim { $claim } does not end with a period.
final-period-missing-add-claim = Add the final period to claim { $claim }

## rules/claims/independent_claims_same_category.rs
independent-claims-same-category = Claims { $claims } are both independent product claims; the EPO allows this only for interrelated products, different uses or alternative solutions.
independent-claims-same-category-all-product-epo = Claims { $claims } are all independent product claims; the EPO allows this only for interrelated products, different uses or alternative solutions.
independent-claims-same-category-both-apparatus-epo = Claims { $claims } are both independent apparatus claims; the EPO allows this only for interrelated products, different uses or alternative solutions.
independent-claims-same-category-all-apparatus-epo = Claims { $claims } are all independent apparatus claims; the EPO allows this only for interrelated products, different uses or alternative solutions.
independent-claims-same-category-both-method-epo = Claims { $claims } are both independent method claims; the EPO allows this only for interrelated products, different uses or alternative solutions.
independent-claims-same-category-all-method-epo = Claims { $claims } are all independent method claims; the EPO allows this only for interrelated products, different uses or alternative solutions.
independent-claims-same-category-both-use-epo = Claims { $claims } are both independent use claims; the EPO allows this only for interrelated products, different uses or alternative solutions.
independent-claims-same-category-all-use-epo = Claims { $claims } are all independent use claims; the EPO allows this only for interrelated products, different uses or alternative solutions.

## rules/claims/lowercase_start.rs
lowercase-start = Claim { $claim } begins with a lower-case letter; a claim begins with a capital.

## rules/claims/multiple_dependency_not_alternative.rs
multiple-dependency-not-alternative = Claim { $claim } refers to claims { $targets } together ("and"); a multiple dependent claim must refer to them in the alternative, e.g. "claim 1 or 2" or "any one of claims 1 to 3".
multiple-dependency-not-alternative-claim-refers-claims = Claim { $claim } refers to claims { $targets } without saying they are alternatives; a multiple dependent claim must refer to them in the alternative, e.g. "claim 1 or 2" or "any one of claims 1 to 3".
multiple-dependency-not-alternative-claim-refers-claims-separate = Claim { $claim } refers to claims { $targets } in separate references that add up; a multiple dependent claim must refer to them in the alternative, e.g. "claim 1 or 2" or "any one of claims 1 to 3".

## rules/claims/multiple_dependency_on_multiple.rs
multiple-dependency-on-multiple = Claim { $claim } is a multiple dependent claim and refers to { $count ->
    [one] claim { $targets }, which is
   *[other] claims { $targets }, which are
} multiple dependent too.
multiple-dependency-on-multiple-indirect = Claim { $claim } is a multiple dependent claim and refers to { $count ->
    [one] claim { $targets }, which is multiple dependent or depends
   *[other] claims { $targets }, which are multiple dependent or depend
} on a multiple dependent claim.

## rules/claims/no_independent_claim.rs
no-independent-claim = Every claim refers to another claim: the claim set has no independent claim.

## rules/claims/number_duplicated.rs
number-duplicated = Two claims are numbered { $number }; each claim needs its own number.

## rules/claims/numbering_not_consecutive.rs
numbering-not-consecutive = The first claim is numbered { $number }; claims are numbered from 1.
numbering-not-consecutive-claim-follows-claim = Claim { $claim } follows claim { $previous }: claim { $missing } is missing. Claims are numbered consecutively.
numbering-not-consecutive-claim-follows-claim-claims = Claim { $claim } follows claim { $previous }: claims { $first } and { $last } are missing. Claims are numbered consecutively.
numbering-not-consecutive-claim-follows-claim-claims-missing = Claim { $claim } follows claim { $previous }: claims { $first } to { $last } are missing. Claims are numbered consecutively.
numbering-not-consecutive-claim-follows-claim-claims-numbered = Claim { $claim } follows claim { $previous }: claims are numbered in the order they are written.

## rules/claims/reference_not_by_number.rs
reference-not-by-number = Claim { $claim } refers to claim { $target } without its number; cite it as "claim { $target }".
reference-not-by-number-claim-refers-earlier = Claim { $claim } refers to earlier claims without naming them; cite them by number, e.g. "claim 1 or 2".
reference-not-by-number-claim-refers-earlier-claims = Claim { $claim } refers to earlier claims without naming them; cite them by number, e.g. "any one of claims 1 to { $last }".

## rules/claims/reference_sign_without_parentheses.rs
reference-sign-without-parentheses = Claim { $claim } has a reference sign without parentheses; write it as "({ $sign })".

## rules/claims/reference_to_description.rs
reference-to-description = Claim { $claim } refers to the description or the drawings; claims should define the invention in their own words.

## rules/claims/renumber.rs
renumber = Renumber claims as 1 to { $count }, with their references

## rules/claims/several_sentences.rs
several-sentences = Claim { $claim } has a period inside it that ends a sentence; a claim is one sentence.

## rules/claims/status_identifier_invalid.rs
status-identifier-invalid = Claim { $claim } has the status "({ $status })", which is not one of Original, Currently amended, Canceled, Withdrawn, Previously presented, New or Not entered.

## rules/claims/status_identifier_missing.rs
status-identifier-missing = Claim { $claim } has no status identifier, though other claims of the listing do; add one such as (Original) or (Currently amended).

## rules/description/abstract_figure_not_indicated.rs
abstract-figure-not-indicated = The abstract names no selected figure; end it with 【選択図】 and the figure to publish with it, e.g. 【選択図】図１ (or 【選択図】なし if none suits).

## rules/description/abstract_legal_phraseology.rs
abstract-legal-phraseology = The abstract uses claim language ({ $phrases }); write it in plain narrative form.

## rules/description/abstract_reference_sign_without_parentheses.rs
abstract-reference-sign-without-parentheses = The abstract has a reference sign without parentheses; write it as "({ $sign })".

## rules/description/abstract_several_paragraphs.rs
abstract-several-paragraphs = The abstract has { $count } paragraphs; write it as a single paragraph.

## rules/description/abstract_too_long.rs
abstract-too-long = { $binding ->
     [preferred] { $unit ->
         [words] The abstract has { $count } words; { $office } prefers at most { $max } words. Shorten it.
        *[characters] The abstract has { $count } characters; { $office } prefers at most { $max } characters. Shorten it.
      }
     [reported] { $unit ->
         [words] The abstract has { $count } words; { $office } is reported to allow at most { $max } words (unconfirmed: the office's own text could not be read). Shorten it to be safe.
        *[characters] The abstract has { $count } characters; { $office } is reported to allow at most { $max } characters (unconfirmed: the office's own text could not be read). Shorten it to be safe.
      }
    *[required] { $unit ->
         [words] The abstract has { $count } words; { $office } allows at most { $max } words. Shorten it.
        *[characters] The abstract has { $count } characters; { $office } allows at most { $max } characters. Shorten it.
      }
  }

## rules/description/claim_reference_sign_not_in_description.rs
claim-reference-sign-not-in-description = Reference sign ({ $sign }) in claim { $claim } does not appear in the description ({ $file }); use the description's signs.

## rules/description/comments_present.rs
comments-present = The document contains { $what }; delete the comments before filing.

## rules/description/docx_macro_enabled.rs
docx-macro-enabled = The Word package is macro-enabled (it holds macros, as a .docm does); save it as a plain Word Document (.docx) before filing.

## rules/description/docx_not_strict.rs
docx-not-strict = The Word document is Transitional Office Open XML, Word's default; the EPO's definition of DOCX asks for the Strict variant. Save it as "Strict Open XML Document" before filing it at the EPO as DOCX, or file a PDF.

## rules/description/element_several_reference_numerals.rs
element-several-reference-numerals = The element "{ $name }" has reference numeral { $numeral } here but { $first_numeral } earlier in this paragraph; if it is the same element, use one numeral.
element-several-reference-numerals-has-numeral-here = The element "{ $name }" has reference numeral { $numeral } here but { $first_numeral } in paragraph { $first }; if it is the same element, use one numeral.

## rules/description/embedded_object_present.rs
embedded-object-present-ole = an embedded object (OLE)
embedded-object-present = The document contains an Equation.3 object: the USPTO supports it, but Word has not had the Equation Editor 3.0 that makes it since January 2018, so it can no longer be edited; rewrite the equation with Word's equation tools or MathType (Equation.DSMT4).
embedded-object-present-document-contains-which = The document contains an embedded { $program } object, which is not among the OLE objects the USPTO supports (Visio.Drawing.11, Equation.DSMT4, ACD.ChemSketch.20, ChemDraw.Document.6.0, Equation.3); paste it as a picture or write it as text instead.
embedded-object-present-document-contains-paste = The document contains { $what }; paste it as a picture or write it as text instead.

## rules/description/figure_not_described.rs
figure-not-described = The description refers to figures (FIG. { $figure } here) but has no brief description of the drawings.
figure-not-described-fig-referred-here = FIG. { $figure } is referred to here but not described in the brief description of the drawings.
figure-not-described-brief-description-drawings = The brief description of the drawings describes figures up to FIG. { $last } but not FIG. { $figure }.
figure-not-described-brief-description-drawings-describes = The brief description of the drawings describes figures up to FIG. { $last } but not FIGS. { $figures }.

## rules/description/font_not_accepted.rs
font-not-accepted = The text is set in { $font } ({ $runs } runs), which practitioners report is not on the EPO's list of fonts for DOCX filing (Aptos is Word's default since 2023); set it in another font before filing the DOCX at the EPO.
font-not-accepted-text-set-runs = The text is set in { $font } ({ $runs } runs; styles { $styles }), which practitioners report is not on the EPO's list of fonts for DOCX filing (Aptos is Word's default since 2023); set it in another font before filing the DOCX at the EPO.

## rules/description/font_size_invalid.rs
font-size-invalid = This paragraph has text in { $size } pt; { $office } requires { $min }–{ $max } pt.
font-size-invalid-paragraphs-have-text = { $count } paragraphs have text in a size outside the limits, the first of them here in { $size } pt; { $office } requires { $min }–{ $max } pt.
font-size-invalid-paragraph-has-text = This paragraph has text in { $size } pt; { $office } requires capital letters at least { $cap } cm high (a font of about { $min } pt or more).
font-size-invalid-paragraphs-have-text-outside = { $count } paragraphs have text in a size outside the limits, the first of them here in { $size } pt; { $office } requires capital letters at least { $cap } cm high (a font of about { $min } pt or more).

## rules/description/landscape_page.rs
landscape-page = Pages from here on are in landscape orientation; { $office } requires portrait pages.

## rules/description/line_spacing_invalid.rs
line-spacing-invalid = This paragraph is set at { $spacing }-line spacing; { $office } requires { $min }- to { $max }-line spacing.
line-spacing-invalid-paragraphs-set-outside = { $count } paragraphs are set at a line spacing outside the limits, the first of them here at { $spacing }-line spacing; { $office } requires { $min }- to { $max }-line spacing.
line-spacing-invalid-paragraph-set-requires = This paragraph is set at { $spacing }-line spacing; { $office } requires at least { $min }-line spacing.
line-spacing-invalid-paragraphs-set-outside-limits = { $count } paragraphs are set at a line spacing outside the limits, the first of them here at { $spacing }-line spacing; { $office } requires at least { $min }-line spacing.

## rules/description/margins_invalid.rs
margins-invalid = The page margins do not meet { $office }'s limits: { $margins }.
margins-invalid-too-small = { $side ->
     [bottom] bottom margin { $margin } cm (at least { $min } cm)
     [left] left margin { $margin } cm (at least { $min } cm)
     [top] top margin { $margin } cm (at least { $min } cm)
    *[right] right margin { $margin } cm (at least { $min } cm)
  }
margins-invalid-too-large = { $side ->
     [bottom] bottom margin { $margin } cm (at most { $max } cm)
     [left] left margin { $margin } cm (at most { $max } cm)
     [top] top margin { $margin } cm (at most { $max } cm)
    *[right] right margin { $margin } cm (at most { $max } cm)
  }
margins-invalid-text-page-comes = The text of page { $page } comes too near the edge for { $office }: { $margins }.
margins-invalid-text-page-more = The text of page { $page } and of { $more } more pages comes too near the edge for { $office }: { $margins } on page { $page }.

## rules/description/mod.rs
description = The document contains { $more } more; only the first { $listed } are listed.
description-2 = { $heading } ({ $name })

## rules/description/page_size_invalid.rs
page-size-invalid = The page is { $width } × { $height } cm; { $office } requires { $sizes }.
page-size-invalid-cm-requires = Page { $page } is { $width } × { $height } cm; { $office } requires { $sizes }.
page-size-invalid-pages-first-them = { $count } pages, the first of them page { $page }, are { $width } × { $height } cm; { $office } requires { $sizes }.

## rules/description/pages_not_numbered.rs
pages-not-numbered = The text pages carry no page numbers; number them consecutively from 1, at the top or the bottom of each page.
pages-not-numbered-carry-no-page = Pages { $pages } carry no page number; number every text page consecutively from 1.
pages-not-numbered-first-text-page = The first text page is numbered { $number }; number the pages from 1.
pages-not-numbered-page-number-consecutively = Page { $page } is numbered { $number }, not { $expected }; number the pages consecutively.

## rules/description/paragraph_number_malformed.rs
paragraph-number-malformed = Paragraph number { $label } is not in { $office }'s form; write it as { $number }.

## rules/description/paragraph_number_missing.rs
paragraph-number-missing = The description has no paragraph numbers; { $office } requires one before each paragraph, such as { $example }.
paragraph-number-missing-has-no-every = This paragraph has no paragraph number; number every paragraph of the description, such as { $example }.

## rules/description/paragraph_numbers_not_consecutive.rs
paragraph-numbers-not-consecutive = Paragraph number { $number } repeats or goes back; { $expected } was expected.
paragraph-numbers-not-consecutive-numbering-starts-should = Paragraph numbering starts at { $number }; it should start at 1.
paragraph-numbers-not-consecutive-number-follows-missing = Paragraph number { $number } follows { $previous }; { $missing } is missing.
paragraph-numbers-not-consecutive-number-follows-missing-2 = Paragraph number { $number } follows { $previous }; { $first } and { $last } are missing.
paragraph-numbers-not-consecutive-number-follows-missing-3 = Paragraph number { $number } follows { $previous }; { $first } to { $last } are missing.

## rules/description/part_not_on_new_sheet.rs
part-not-on-new-sheet = The claims start on page { $page }, below the end of the part before them; they must start on a new sheet.
part-not-on-new-sheet-abstract-starts-page = The abstract starts on page { $page }, below the end of the part before it; it must start on a new sheet.
part-not-on-new-sheet-description-starts-page = The description starts on page { $page }, below the end of the part before it; it must start on a new sheet.

## rules/description/profile.rs
profile-a4-21-0 = A4 (21.0 × 29.7 cm)
profile-us-letter-21 = US Letter (21.6 × 27.9 cm)

## rules/description/reference_numeral_several_elements.rs
reference-numeral-several-elements = Reference numeral { $numeral } names "{ $name }" here but "{ $first_name }" earlier in this paragraph; one numeral should name one element.
reference-numeral-several-elements-names-here-but = Reference numeral { $numeral } names "{ $name }" here but "{ $first_name }" in paragraph { $first }; one numeral should name one element.

## rules/description/section_missing.rs
section-missing = The description has no section headed { $section }.
section-missing-description-lacks-sections = The description lacks the sections headed { $sections }.

## rules/description/sections_out_of_order.rs
sections-out-of-order-claims = claims
sections-out-of-order-abstract = abstract
sections-out-of-order = The { $section } section comes after the { $previous } section; { $office } puts it before.

## rules/description/title_improper_form.rs
title-improper-form = The title has { $words }, which the USPTO deletes from titles.
title-improper-form-too-general-name = The title "{ $title }" is too general; name the technical subject.
title-improper-form-contains-which-must = The title contains { $words }, which a title must not contain.
title-improper-form-too-general-name-subject = The title "{ $title }" is too general; name the subject and its type.
title-improper-form-contains-vague-commercial = The title contains { $words }, vague or commercial wording that a title must not contain.
title-improper-form-has-half-width = The title has half-width characters ({ $characters }); write them full-width in { $heading }.

## rules/description/title_too_long.rs
title-too-long = { $binding ->
     [required] { $unit ->
         [words] The title has { $count } words; { $office } allows at most { $max }. Shorten it.
        *[characters] The title has { $count } characters; { $office } allows at most { $max }. Shorten it.
      }
    *[preferred] { $unit ->
         [words] The title has { $count } words; { $office } prefers at most { $max }. Shorten it.
        *[characters] The title has { $count } characters; { $office } prefers at most { $max }. Shorten it.
      }
  }

## rules/description/tracked_changes_present.rs
tracked-changes-present = The document contains { $what }; accept or reject every tracked change before filing.

## rules/description/unsupported_word_content.rs
unsupported-word-content = The text is set in { $columns } columns; a specification is one column of text.
unsupported-word-content-document-contains-put = The document contains { $what }; put its text in ordinary paragraphs.

## rules/drawings/colour_content.rs
colour-content-uspto-accepts-drawings = the USPTO accepts colour drawings only on a granted petition (37 CFR 1.17(h) fee, and the colour paragraph at the start of the brief description of the drawings)
colour-content-epo-publishes-drawings = the EPO publishes drawings in black and white, so details shown only in colour are lost
colour-content-drawings-must-black = drawings must be black and white, without colourings
colour-content = Sheet { $sheet } is in colour; { $reason }.
colour-content-sheets = Sheets { $sheets } are in colour; { $reason }.

## rules/drawings/figure_label_form.rs
figure-label-form = Sheet { $sheet } labels a figure "{ $label }"; { $form }.

## rules/drawings/figure_not_described.rs
figure-not-described-sheet-labels-but = Sheet { $sheet } labels "{ $label }", but the description ({ $description }) never mentions figure { $figure }; the brief description of the drawings describes every figure.

## rules/drawings/figure_not_drawn.rs
figure-not-drawn = The description refers to FIG. { $figure }, but no drawing sheet ({ $drawings }) labels a figure { $figure }; the drawings label { $count ->
    [one] only figure
   *[other] figures
} { $figures }.

## rules/drawings/figure_numbers_not_consecutive.rs
figure-numbers-not-consecutive = { $labelled ->
     [one] { $count ->
         [1] The drawings label only figure { $figures }, so figure { $missing } is missing; figures are numbered consecutively from 1.
        *[other] The drawings label only figure { $figures }, so figures { $missing } are missing; figures are numbered consecutively from 1.
      }
    *[many] { $count ->
         [1] The drawings label figures { $figures }, so figure { $missing } is missing; figures are numbered consecutively from 1.
        *[other] The drawings label figures { $figures }, so figures { $missing } are missing; figures are numbered consecutively from 1.
      }
  }
figure-numbers-not-consecutive-labelled-twice-sheet = Figure { $figure } ("{ $label }") is labelled twice on sheet { $sheet }; each figure has its own number.
figure-numbers-not-consecutive-labelled-sheet-again = Figure { $figure } ("{ $label }") is labelled on sheet { $first_sheet } and again on sheet { $sheet }; each figure has its own number.

## rules/drawings/font_not_embedded.rs
font-not-embedded = { $embedding ->
     [all-but-standard] { $count ->
         [1] The font { $fonts } is not embedded in the PDF; all fonts but the 14 standard PDF fonts must be embedded: export the drawings with it embedded.
        *[other] The fonts { $fonts } are not embedded in the PDF; all fonts but the 14 standard PDF fonts must be embedded: export the drawings with them embedded.
      }
    *[all] { $count ->
         [1] The font { $fonts } is not embedded in the PDF; all fonts must be embedded, the standard ones included: export the drawings with it embedded.
        *[other] The fonts { $fonts } are not embedded in the PDF; all fonts must be embedded, the standard ones included: export the drawings with them embedded.
      }
  }
font-not-embedded-first-sheet = { $font } (first on sheet { $sheet })

## rules/drawings/frame_present.rs
frame-present-practitioners-advise-against = practitioners advise against frames at KIPO
frame-present-frames-around-drawings = frames around the drawings are not allowed
frame-present = Sheet { $sheet } has a frame (a rectangle of { $width } × { $height }) drawn around the drawings; { $reason }: remove it.
frame-present-sheets-have-drawn = Sheets { $sheets } have a frame drawn around the drawings; { $reason }: remove them.

## rules/drawings/greyscale_content.rs
greyscale-content-uspto-accepts-photographs = the USPTO accepts photographs only where they are the only practicable medium for showing the invention, and grey shading may not reproduce
greyscale-content-epo-accepts-photographs = the EPO accepts photographs only where the subject cannot be drawn, and publishes drawings in black and white, so grey details may be lost
greyscale-content-grey-tones-photographs = grey tones and photographs are exceptional under the PCT and may be lost when the application is published in black and white
greyscale-content-jpo-takes-grey = the JPO takes grey only in greyscale JPEG images of photographs in place of drawings (図面代用写真); draw line drawings in black and white
greyscale-content-drawings-drawn-black = drawings are to be drawn in black lines; grey tones and photographs may be objected to
greyscale-content = Sheet { $sheet } holds grey tones (a photograph, greyscale rendering or grey fill); { $reason }.
greyscale-content-sheets-hold-grey = Sheets { $sheets } hold grey tones (photographs, greyscale renderings or grey fills); { $reason }.

## rules/drawings/image_format_not_accepted.rs
image-format-not-accepted = The drawings are a { $format } file; the JPO takes drawings in online filing only as images, one per figure: PNG, GIF or BMP in black and white, or greyscale JPEG for photographs.
image-format-not-accepted-sheet-animated-gif = Sheet { $sheet } is an animated GIF ({ $frames } frames); the JPO's filing software rejects animated images: save a single black-and-white image.
image-format-not-accepted-sheet-black-white = Sheet { $sheet } is a { $format } image in { $pixels }, not black and white (1 bit); the JPO's filing software converts it to black and white, which can lose fine lines and lettering: save it in black and white.
image-format-not-accepted-sheet-bmp-black = Sheet { $sheet } is a BMP image in { $pixels }, not black and white (1 bit); the JPO's filing software rejects it: save it as a black-and-white (monochrome) bitmap.
image-format-not-accepted-bit-samples = { $bits }-bit samples
image-format-not-accepted-progressive-encoding = progressive encoding
image-format-not-accepted-no-jfif-header = no JFIF header
image-format-not-accepted-sheet-jpeg-jpo = Sheet { $sheet } is a JPEG image with { $faults }; the JPO takes JPEG only in 8-bit greyscale, baseline, with a JFIF header.
image-format-not-accepted-sheet-tiff-page = Sheet { $sheet } is a TIFF page with { $compression }; PCT electronic filing expects TIFF drawings in black and white, compressed with CCITT Group 4.
image-format-not-accepted-sheets-tiff-pages = Sheets { $sheets } are TIFF pages with { $compression }; PCT electronic filing expects TIFF drawings in black and white, compressed with CCITT Group 4.
image-format-not-accepted-black-white = black and white
image-format-not-accepted-greyscale = greyscale
image-format-not-accepted-palette-colours = palette colours
image-format-not-accepted-rgb-colour = RGB colour
image-format-not-accepted-cmyk-colour = CMYK colour
image-format-not-accepted-unusual-colour-mode = an unusual colour mode
image-format-not-accepted-no-compression = no compression
image-format-not-accepted-ccitt-group-3 = CCITT Group 3 compression
image-format-not-accepted-ccitt-group-4 = CCITT Group 4 compression
image-format-not-accepted-lzw-compression = LZW compression
image-format-not-accepted-deflate-zip-compression = Deflate (ZIP) compression
image-format-not-accepted-packbits-compression = PackBits compression
image-format-not-accepted-jpeg-compression = JPEG compression
image-format-not-accepted-unusual-compression-method = an unusual compression method

## rules/drawings/law.rs
law-a4-210-297 = A4 (210 × 297 mm)
law-us-letter-216 = US letter (216 × 279 mm)
law-centred-top = centred at the top
law-centred-top-bottom = centred at the top or the bottom
law-right-end-top = at the right end of the top margin
law-centred-bottom = centred at the bottom
law-sheet-total-1 = sheet/total (1/3, 2/3, 3/3), centred at the top inside the sight
law-consecutive-arabic-numerals = consecutive Arabic numerals, centred at the top but not in the top margin
law-sheet-total-1-3 = sheet/total (1/3, 2/3, 3/3; a single sheet 1/1), centred at the top or bottom, not in the margin
law-page-numbers-right = page numbers at the right end of the top margin
law-page-numbers-centred = page numbers centred at the bottom
law-consecutive-arabic-numerals-centred = consecutive Arabic numerals centred at the bottom
law-uspto-labels-views = the USPTO labels views "FIG." and the number, with a capital letter for partial views (FIG. 1, FIG. 4A)
law-epo-labels-figures = the EPO labels figures "FIG" and the number whatever the language, with a capital letter for partial figures (FIG 1, FIG 7A)
law-pct-drawings-label = PCT drawings label figures "Fig." and the number whatever the language, with a capital letter for partial figures (Fig. 1, Fig. 7B)
law-jpo-labels-figures = the JPO labels figures 【図１】, in lenticular brackets, above each figure
law-kipo-labels-figures = KIPO labels figures 【도 1】, in lenticular brackets
law-cnipa-labels-figures = the CNIPA labels figures 图1, 图2 … directly below each figure
law-least-0-32 = at least 0.32 cm (1/8 inch) high
law-least-0-32-cm = at least 0.32 cm high
law-about-5-mm = about 5 mm square

## rules/drawings/margin_too_small.rs
margin-too-small = On sheet { $sheet }, the drawing comes within { $distances }.
margin-too-small-top-edge-least = { $distance } of the top edge (at least { $minimum } required)
margin-too-small-left-edge-least = { $distance } of the left edge (at least { $minimum } required)
margin-too-small-right-edge-least = { $distance } of the right edge (at least { $minimum } required)
margin-too-small-bottom-edge-least = { $distance } of the bottom edge (at least { $minimum } required)

## rules/drawings/pdf_content_not_accepted.rs
pdf-content-not-accepted-javascript = JavaScript
pdf-content-not-accepted-attached-files = attached files
pdf-content-not-accepted-form-fields = form fields
pdf-content-not-accepted-digital-signature = a digital signature
pdf-content-not-accepted = annotations (first on page { $page })
pdf-content-not-accepted-holds-filing-systems = The PDF holds { $what }; filing systems strip or refuse them, and only the pages' own content is filed: flatten the PDF (print it to a new PDF) before filing.

## rules/drawings/pdf_encrypted.rs
pdf-encrypted = The PDF is encrypted (protected by a password or security settings); filing systems refuse or cannot process protected PDFs: save an unprotected copy before filing.

## rules/drawings/pdf_version_too_old.rs
pdf-version-too-old = The PDF is version { $version }; PCT electronic filing takes PDF { $minimum } or later: re-save the drawings as a newer PDF.
pdf-version-too-old-electronic-filing-takes = The PDF is version { $version }; electronic filing at { $office } takes PDF { $minimum } or later: re-save the drawings as a newer PDF.

## rules/drawings/pixel_size_exceeded.rs
pixel-size-exceeded = Sheet { $sheet } is { $width } × { $height } px at { $dpi } dpi; at that resolution the JPO takes images of at most { $max_width } × { $max_height } px (width × height, 170 × 255 mm): crop the image to the figure or scale it down.
pixel-size-exceeded-sheet-px-states = Sheet { $sheet } is { $width } × { $height } px and states no resolution; even at { $dpi } dpi, the highest the JPO takes, an image may be at most { $max_width } × { $max_height } px (width × height): crop the image to the figure or scale it down.

## rules/drawings/reference_sign_enclosed.rs
reference-sign-enclosed = Sheet { $sheet } shows a reference sign enclosed in brackets, inverted commas or a circle: "{ $sign }"; reference signs stand alone, without brackets, circles or inverted commas.
reference-sign-enclosed-sheet-shows-signs = Sheet { $sheet } shows reference signs enclosed in brackets, inverted commas or a circle: { $signs }; reference signs stand alone, without brackets, circles or inverted commas.

## rules/drawings/reference_sign_not_in_description.rs
reference-sign-not-in-description = Reference sign "{ $sign }" on sheet { $sheet } is mentioned neither in the description ({ $description }) nor in the claims; every sign in the drawings must be explained in the text.
reference-sign-not-in-description-sheet-mentioned-every = Reference sign "{ $sign }" on sheet { $sheet } is not mentioned in the description ({ $description }); every sign in the drawings must be explained in the description.
reference-sign-not-in-description-drawings-hold-one = The drawings hold one more reference sign the description does not mention; only the first { $listed } are listed.
reference-sign-not-in-description-drawings-hold-more = The drawings hold { $more } more reference signs the description does not mention; only the first { $listed } are listed.

## rules/drawings/reference_sign_not_in_drawings.rs
reference-sign-not-in-drawings = Reference numeral { $numeral } ({ $name }) is used in the description but appears in no drawing ({ $drawings }); add it to the figure that shows the { $name } or correct the numeral.
reference-sign-not-in-drawings-description-uses-one = The description uses one more reference numeral that no drawing shows; only the first { $listed } are listed.
reference-sign-not-in-drawings-description-uses-more = The description uses { $more } more reference numerals that no drawing shows; only the first { $listed } are listed.

## rules/drawings/resolution_invalid.rs
resolution-invalid = Sheet { $sheet } (a { $format } image) does not state its resolution; the JPO takes images of { $allowed } dpi only, stated in the file.
resolution-invalid-sheet-image-dpi = Sheet { $sheet } (a { $format } image) is { $dpi } dpi; the JPO takes images of { $allowed } dpi only, stated in the file.
resolution-invalid-sheet-image-dpi-across = Sheet { $sheet } (a { $format } image) is { $across } dpi across and { $down } dpi down; the JPO takes images of { $allowed } dpi only, stated in the file.

## rules/drawings/scale_indication.rs
scale-indication = Sheet { $sheet } states a scale, "{ $scale }"; drawings must not state a scale or "actual size" in words (a scale may be shown only as a drawn scale bar).

## rules/drawings/sheet_number_malformed.rs
sheet-number-malformed = Sheet { $sheet } is numbered "{ $written }", a lone number, but { $office } writes sheet/total ({ $position }/{ $count }).
sheet-number-malformed-numbered-but-sheets = Sheet { $sheet } is numbered "{ $written }", but it is sheet { $position } of { $count }; sheets are numbered consecutively from 1.
sheet-number-malformed-numbered-but-drawings = Sheet { $sheet } is numbered "{ $written }", but the drawings have one sheet, not { $total }.
sheet-number-malformed-numbered-but-drawings-have = Sheet { $sheet } is numbered "{ $written }", but the drawings have { $count } sheets, not { $total }.

## rules/drawings/sheet_number_misplaced.rs
sheet-number-misplaced = Sheet { $sheet }'s number "{ $written }" stands { $place }; { $office } puts sheet numbers { $wanted }.
sheet-number-misplaced-s-stands-puts = Sheet { $sheet }'s number "{ $written }" stands { $place }; { $office } puts sheet numbers { $wanted }, not in the margin.
sheet-number-misplaced-s-stands-margin = Sheet { $sheet }'s number "{ $written }" stands { $place }, in the margin; { $office } puts sheet numbers { $wanted }, not in the margin.
sheet-number-misplaced-top-left = at the top left
sheet-number-misplaced-top-centre = at the top centre
sheet-number-misplaced-top-right = at the top right
sheet-number-misplaced-bottom-left = at the bottom left
sheet-number-misplaced-bottom-centre = at the bottom centre
sheet-number-misplaced-bottom-right = at the bottom right
sheet-number-misplaced-left-edge = at the left edge
sheet-number-misplaced-middle = in the middle of the sheet
sheet-number-misplaced-right-edge = at the right edge

## rules/drawings/sheet_number_missing.rs
sheet-number-missing = Sheet { $sheet } has no sheet number in its text; { $office } numbers drawing sheets with { $form }.

## rules/drawings/sheet_size_invalid.rs
sheet-size-invalid = Sheet { $sheet } is an image of { $width } × { $height }, not a whole sheet; drawing sheets must be { $sizes }, upright (figures may be turned on the sheet).
sheet-size-invalid-turned-sideways-landscape = Sheet { $sheet } is { $width } × { $height }, a sheet turned sideways (landscape); drawing sheets must be { $sizes }, upright (figures may be turned on the sheet).
sheet-size-invalid-drawing-sheets-must = Sheet { $sheet } is { $width } × { $height }; drawing sheets must be { $sizes }, upright (figures may be turned on the sheet).

## rules/drawings/sheet_sizes_differ.rs
sheet-sizes-differ = Sheet { $sheet } is { $size }, while sheet { $usual_sheet } is { $usual_size }; all drawing sheets must be the same size.

## rules/drawings/single_figure_labelled.rs
single-figure-labelled = Sheet { $sheet } holds a single figure, labelled "{ $label }"; a single figure is not numbered and carries no "{ $word }" label.

## rules/drawings/size_unknown.rs
size-unknown = Sheet { $sheet } ({ $width } × { $height } px) does not state its resolution, so its size on paper, its margins and the height of its lettering cannot be measured and were not checked; save images with their resolution (e.g. 300 dpi).
size-unknown-sheets-do-not = Sheets { $sheets } do not state their resolution, so their size on paper, their margins and the height of their lettering cannot be measured and were not checked; save images with their resolution (e.g. 300 dpi).

## rules/drawings/text_layer_missing.rs
text-layer-missing = Sheet { $sheet } has no text layer (it is an image or a scan), so sheet numbers, figure labels, reference signs and the height of lettering could not be read there and were not checked: check them by eye.
text-layer-missing-sheets-have-no = Sheets { $sheets } have no text layer (they are images or scans), so sheet numbers, figure labels, reference signs and the height of lettering could not be read there and were not checked: check them by eye.

## rules/drawings/text_too_small.rs
text-too-small = { $text } ({ $height })
text-too-small-more = { $count } more
text-too-small-sheet-reference-signs = On sheet { $sheet }, reference signs are smaller than { $minimum }: { $runs }; { $office } asks for reference signs { $stated }.
text-too-small-sheet-lettering-smaller = On sheet { $sheet }, lettering is smaller than { $minimum }: { $runs }; numbers and letters in drawings must be { $stated }.

## rules/drawings/usable_area_exceeded.rs
usable-area-exceeded = { $over ->
     [height] The drawing on sheet { $sheet } is { $height } high (at most { $max_height }); it must fit within { $max_width } × { $max_height } (width × height): scale it down.
     [width] The drawing on sheet { $sheet } is { $width } wide (at most { $max_width }); it must fit within { $max_width } × { $max_height } (width × height): scale it down.
    *[both] The drawing on sheet { $sheet } is { $width } wide (at most { $max_width }) and { $height } high (at most { $max_height }); it must fit within { $max_width } × { $max_height } (width × height): scale it down.
  }

## rules/input/filing_date_from_document.rs
filing-date-from-document = The filing date the document states, { $date }, was used for the rules that apply from a date; give a filing date to check against another.

## rules/input/pages_not_read.rs
pages-not-read = { $count ->
     [1] Page { $pages } is a scan without a text layer among the text pages; its text could not be read without OCR, so it was not checked.
    *[other] { $count } pages ({ $pages }) are scans without a text layer among the text pages; their text could not be read without OCR, so it was not checked.
  }

## rules/input/publication_layout_not_checked.rs
publication-layout-not-checked = This PDF is a publication ({ $publication }), not a filing: its claims, description and abstract were checked; its page layout is the office's own and was not.

## rules/input/route_from_document.rs
route-from-document = The document is the national phase of an international application, so it was checked on that route: requirements that bind only direct national filings were not applied.

## rules/sequences/character_not_allowed.rs
character-not-allowed = Character { $character } ({ $code }) is not allowed in { $element }: outside the applicant's and inventor's names and the title, a listing uses the printable characters of Basic Latin only (Annex IV).
character-not-allowed-more-characters-outside = { $count } more characters outside Annex IV were found and are not listed one by one.

## rules/sequences/division_invalid.rs
division-invalid = SEQ ID NO { $id } has no INSDSeq_division; it must be PAT.
division-invalid-insdseq-seq-id = INSDSeq_division of SEQ ID NO { $id } is { $value }; it must be PAT.

## rules/sequences/doctype_invalid.rs
doctype-invalid = The listing has no DOCTYPE declaration; ST.26 requires <!DOCTYPE ST26SequenceListing PUBLIC "-//WIPO//DTD Sequence Listing 1.3//EN" "ST26SequenceListing_V1_3.dtd">.
doctype-invalid-names-not-st26sequencelisting = The DOCTYPE names { $name }, not ST26SequenceListing.
doctype-invalid-declares-entities-own = The DOCTYPE declares entities of its own; an ST.26 listing refers to WIPO's DTD only (patlint expands no entity, so references to them stay as written).
doctype-invalid-has-internal-subset = The DOCTYPE has an internal subset; an ST.26 listing refers to WIPO's DTD only.
doctype-invalid-does-not-refer = The DOCTYPE does not refer to WIPO's DTD by its public identifier "-//WIPO//DTD Sequence Listing 1.3//EN".

## rules/sequences/english_free_text_missing.rs
english-free-text-missing = The { $name } of feature { $key } in SEQ ID NO { $id } is given only in another language ("{ $value }"); the USPTO requires its English text in INSDQualifier_value as well.

## rules/sequences/feature_key_not_allowed.rs
sequence-kind-nucleotide = nucleotide
sequence-kind-amino-acid = amino acid
feature-key-not-allowed = Feature key { $key } of SEQ ID NO { $id } is not among the keys for { $kind } sequences of Annex I (patlint's table of them could not be confirmed against the Annex itself).

## rules/sequences/file_name_invalid.rs
file-name-invalid = The file name { $name } is not accepted by the USPTO: a Sequence Listing XML is named with 1 to 60 letters, digits, hyphens and underscores, then .xml.

## rules/sequences/general_information_missing.rs
general-information-missing = The listing has neither ApplicationIdentification nor ApplicantFileReference: one of them identifies the application.
general-information-missing-listing-has-no = The listing has no ApplicantName.
general-information-missing-applicant-s-name = The applicant's name { $name } is not in Latin characters and ApplicantNameLatin is missing.
general-information-missing-listing-has-no-inventiontitle = The listing has no InventionTitle.

## rules/sequences/length_mismatch.rs
length-mismatch = SEQ ID NO { $id } has no INSDSeq_length.
length-mismatch-insdseq-seq-id = INSDSeq_length of SEQ ID NO { $id } is { $declared }, but the sequence has { $count } residues.

## rules/sequences/location_invalid.rs
location-invalid = The location { $location } of feature { $key } in SEQ ID NO { $id } is not a well-formed location.
location-invalid-feature-seq-id = The location { $location } of feature { $key } in SEQ ID NO { $id } reaches position { $position }, outside the sequence's { $count } residues.

## rules/sequences/mod_base_invalid.rs
mod-base-invalid = The mod_base value "{ $value }" of SEQ ID NO { $id } is not an abbreviation of Annex I, Table 2; write the table's abbreviation ("m5c" for 5-methylcytidine), or OTHER with the full name in a note qualifier.
mod-base-invalid-modified-seq-id = The modified base of SEQ ID NO { $id } is OTHER without a note qualifier; give its complete name in a note.

## rules/sequences/mol_type_invalid.rs
mol-type-invalid = mol_type { $value } of SEQ ID NO { $id } is not a value for { $moltype }: use one of { $allowed }.

## rules/sequences/moltype_invalid.rs
moltype-invalid = SEQ ID NO { $id } has no INSDSeq_moltype; it must be DNA, RNA or AA.
moltype-invalid-insdseq-seq-id = INSDSeq_moltype of SEQ ID NO { $id } is { $value }; it must be DNA, RNA or AA.

## rules/sequences/non_english_language_invalid.rs
non-english-language-invalid = The listing has free text in another language than English (the { $name } of SEQ ID NO { $id }, "{ $text }") but no nonEnglishFreeTextLanguageCode on its root to say which language.
non-english-language-invalid-feature-seq-id = The { $name } of feature { $key } in SEQ ID NO { $id } ("{ $text }") is not written in the script of the language the listing declares for its non-English free text ({ $code }).

## rules/sequences/numbering_not_consecutive.rs
numbering-not-consecutive-sequenceidnumber-whole-number = sequenceIDNumber { $id } is not a whole number.
numbering-not-consecutive-first-sequence-seq = The first sequence is SEQ ID NO { $number }; numbering starts at 1.
numbering-not-consecutive-seq-id-no = SEQ ID NO { $number } follows SEQ ID NO { $previous }; sequence identification numbers run 1, 2, 3… without gaps or repeats.

## rules/sequences/other_seqids_present.rs
other-seqids-present = SEQ ID NO { $id } has INSDSeq_other-seqids, which only offices fill in; remove it.

## rules/sequences/qualifier_not_allowed.rs
qualifier-not-allowed = Qualifier { $name } of feature { $key } in SEQ ID NO { $id } is not among the qualifiers for { $kind } sequences of Annex I (patlint's table of them could not be confirmed against the Annex itself).

## rules/sequences/qualifier_value_invalid.rs
qualifier-value-invalid = codon_start of feature { $key } in SEQ ID NO { $id } is "{ $value }"; it must be 1, 2 or 3.
qualifier-value-invalid-transl-table-feature = transl_table of feature { $key } in SEQ ID NO { $id } is "{ $value }", which is not the number of a genetic code table of Annex I, Section 9 (1 is the standard code).

## rules/sequences/residue_invalid.rs
residue-invalid = SEQ ID NO { $id } has u at position { $position } ({ $count } in all); ST.26 writes uracil as t, in RNA as in DNA.
residue-invalid-seq-id-no = SEQ ID NO { $id } has { $residue } at position { $position } ({ $count } in all); nucleotides are written in lower case.
residue-invalid-seq-id-no-has = SEQ ID NO { $id } has { $residue } at position { $position } ({ $count } in all); amino acids are written in upper case.
residue-invalid-seq-id-no-has-position = SEQ ID NO { $id } has { $residue } at position { $position } ({ $count } in all), which is not a symbol of Annex I for { $moltype }.

## rules/sequences/root_attribute_invalid.rs
root-attribute-invalid = The root element has no dtdVersion attribute (V1_3 for the current DTD).
root-attribute-invalid-productiondate-not-date = productionDate { $value } is not a date written YYYY-MM-DD.
root-attribute-invalid-not-two-letter = { $attribute } { $value } is not a two-letter language code (ISO 639-1).

## rules/sequences/seq_id_not_in_listing.rs
seq-id-not-in-listing = SEQ ID NO { $number } is cited here, but the sequence listing { $listing } has no such sequence.

## rules/sequences/sequence_not_cited.rs
sequence-not-cited = SEQ ID NO { $id } is in the listing, but neither the description nor the claims cite it.

## rules/sequences/sequence_without_seq_id.rs
sequence-without-seq-id = A sequence of { $count } specifically defined nucleotides is written out here without a SEQ ID NO; ST.26 requires it in the sequence listing, cited by its SEQ ID NO.
sequence-without-seq-id-specifically-defined-amino = A sequence of { $count } specifically defined amino acids is written out here without a SEQ ID NO; ST.26 requires it in the sequence listing, cited by its SEQ ID NO.

## rules/sequences/skipped_sequence_malformed.rs
skipped-sequence-malformed = Skipped SEQ ID NO { $id } has a feature table; an intentionally skipped sequence has none.
skipped-sequence-malformed-seq-id-no = Skipped SEQ ID NO { $id } gives { $element } { $value }; for an intentionally skipped sequence it is left empty.

## rules/sequences/source_feature_missing.rs
source-feature-missing = SEQ ID NO { $id } has no source feature; every sequence has one, with organism and mol_type.
source-feature-missing-seq-id-no = The source feature of SEQ ID NO { $id } is at { $location }; it must span the whole sequence, { $whole }.
source-feature-missing-seq-id-no-has = The source feature of SEQ ID NO { $id } has no { $qualifier } qualifier.

## rules/sequences/title_differs.rs
title-differs = The sequence listing's title "{ $listed }" differs from the title of { $file }, "{ $title }"; a listing should name the application it belongs to.

## rules/sequences/total_quantity_mismatch.rs
total-quantity-mismatch = The listing has no SequenceTotalQuantity; it has one SequenceData element.
total-quantity-mismatch-listing-has-no = The listing has no SequenceTotalQuantity; it has { $count } SequenceData elements.
total-quantity-mismatch-sequencetotalquantity-but-listing = SequenceTotalQuantity is { $declared }, but the listing has one SequenceData element.
total-quantity-mismatch-sequencetotalquantity-but-listing-has = SequenceTotalQuantity is { $declared }, but the listing has { $count } SequenceData elements.

## rules/sequences/xml_declaration_invalid.rs
xml-declaration-invalid = The listing has no XML declaration; it must start with <?xml version="1.0" encoding="UTF-8"?>.
xml-declaration-invalid-gives-version-sequence = The XML declaration gives version { $version }; a sequence listing is XML 1.0.
xml-declaration-invalid-gives-encoding-sequence = The XML declaration gives the encoding { $encoding }; a sequence listing is encoded in UTF-8.
xml-declaration-invalid-listing-not-encoded = The listing is not encoded in UTF-8; save it as UTF-8.

## st3.rs
st3-african-regional-intellectual = the African Regional Intellectual Property Organization (ARIPO)
st3-benelux-office-intellectual = the Benelux Office for Intellectual Property
st3-eurasian-patent-organization = the Eurasian Patent Organization
st3-european-union-intellectual = the European Union Intellectual Property Office
st3-european-patent-office = the European Patent Office
st3-patent-office-gulf = the Patent Office of the Gulf Cooperation Council
st3-international-bureau-wipo = the International Bureau of WIPO
st3-african-intellectual-property = the African Intellectual Property Organization (OAPI)
st3-community-plant-variety = the Community Plant Variety Office
st3-world-intellectual-property = the World Intellectual Property Organization
st3-nordic-patent-institute = the Nordic Patent Institute
st3-upov = UPOV
st3-visegrad-patent-institute = the Visegrad Patent Institute
st3-czechoslovakia = Czechoslovakia
st3-german-democratic-republic = the German Democratic Republic
st3-soviet-union = the Soviet Union
st3-yugoslavia = Yugoslavia
st3-zaire = Zaire
st3-code-not-country = { $code } is the code of { $name }, not of a country
st3-was-code = { $code } was the code of { $name }
