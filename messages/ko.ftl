### patlint's messages in Korean: one message per id, which the source names (`message!("id", …)`,
### `Message::term("id")`). Values are text shown as it is, or our own messages already put in this language.
###
### Conventions for the translations (ja / ko / zh):
### - Offices: the reader's own office in its language (特許庁 / 특허청 / 国家知识产权局), the others by acronym
###   (USPTO, EPO, JPO, KIPO, CNIPA, PCT), also where a translation names an office in its own words.
### - Drawing sheet: 「N枚目の用紙」 / "N번째 용지" / 「附图第N页」; drawing sheets as paper: 図面の用紙 / 도면 용지 /
###   附图用纸; sheet number: 用紙番号 / 용지 번호 / 页码.
### - Figure: 図 / 도 / 图 (figure label: 図番号 / 도 번호 / 图号); the drawings: 図面 / 도면 / 附图.
### - Reference sign or numeral: 符号 / 도면부호 / 附图标记.
### - Description: 明細書 / 발명의 설명 (KIPO; 명세서 only for the whole specification) / 说明书; abstract: 要約書 /
###   요약서 / 说明书摘要; claims: 特許請求の範囲, 請求項 / 청구범위, 청구항 / 权利要求书, 权利要求; title of the
###   invention: 発明の名称 / 발명의 명칭 / 发明名称.
### - Paragraph: 段落 / 단락 / 段; paragraph number: 段落番号 / 식별번호 (KIPO) / 段落编号.
### - Assignor, assignee: 譲渡人, 譲受人 / 양도인, 양수인 / 转让人, 受让人; deed of assignment: 譲渡証書 / 양도증서 /
###   转让合同; correspondent: 送付先 / 서신 수령인 / 通知收件人; name of a party: 氏名又は名称 / 성명 또는 명칭 / 姓名或名称.
### - Section names are terms with their own quotation marks, so that lists of them read clearly.
### - Punctuation: ja and zh full-width (。、：（）, zh also ；), ko ASCII; quotation marks 「」 / "" / “”; no spaces between
###   Chinese or Japanese and Latin text. Korean: after a value of unknown ending 이(가), 은(는), 을(를); after our own
###   terms the particle that fits, or a sentence built so that none is needed.

## How lists are joined: between items, and before the last one of an "and" and an "or" list.
list-separator = {", "}
list-and = {" 및 "}
list-or = {" 또는 "}

## filing.rs
nothing-found = 청구항, 발명의 설명 및 양도 데이터를 찾지 못했습니다. 청구항은 번호로 시작합니다: `1.`, `Claim 1`, `【請求項1】`, `【청구항 1】`.

## message.rs
quoted = "{ $text }"

## model/description.rs
description-title-invention = "발명의 명칭"
description-cross-reference-related = "관련 출원의 상호 참조"
description-statement-federally-sponsored = "연방정부 지원 연구에 관한 진술"
description-parties-joint-research = "공동연구계약의 당사자"
description-incorporation-reference-sequence = "서열목록의 참조에 의한 포함"
description-statement-prior-disclosures = "선행 공개에 관한 진술"
description-technical-field = "기술분야"
description-background-art = "배경기술"
description-citation-list = "선행기술문헌"
description-summary-disclosure-invention = "발명의 내용"
description-technical-problem = "해결하려는 과제"
description-solution-problem = "과제의 해결 수단"
description-advantageous-effects = "발명의 효과"
description-brief-drawings = "도면의 간단한 설명"
description-detailed-embodiments = "발명을 실시하기 위한 구체적인 내용"
description-examples = "실시예"
description-industrial-applicability = "산업상 이용가능성"
description-list-reference-signs = "부호의 설명"
description-deposit-biological-material = "생물학적 물질의 기탁"
description-sequence-listing-free = "서열목록 자유텍스트"
description-sequence-listing = "서열목록"
description-other-section = 기타 항목

## numbers/cn.rs
cn-application-twelve-digits = 출원번호는 12자리와 검사 문자(201710601862.3), 특허번호는 ZL과 출원번호, 공개번호는 CN과 9자리 이내(CN112345678A)
cn-not-cnipa-application = { $number }은(는) 중국 출원번호가 아닙니다: 연도 또는 유형 숫자(1, 2, 3, 8 또는 9)가 잘못되었습니다.
cn-check-character-application = 중국 출원 { $number }의 검사 문자는 { $given }이(가) 아니라 { $expected }입니다: 숫자를 잘못 입력한 것으로 보입니다.
cn-application-number-ends = 중국 출원번호는 마침표 뒤의 검사 문자 한 자리(숫자 또는 X)로 끝나며, `{ $given }`이(가) 아닙니다.
cn-not-cnipa-number = { $number }은(는) 중국 번호 형식이 아닙니다: { $format }.

## numbers/ep.rs
ep-application-eight-digits = 출원번호는 8자리와 검사 숫자(21204983.7), 공개번호 또는 특허번호는 EP와 7자리(EP1234567)
ep-check-digit-application = 유럽 출원 { $number }의 검사 숫자는 { $given }이(가) 아니라 { $expected }입니다: 숫자를 잘못 입력한 것으로 보입니다.
ep-application-number-ends = 유럽 출원번호는 마침표 뒤의 검사 숫자 한 자리로 끝나며, `{ $given }`이(가) 아닙니다.
ep-not-number = { $number }은(는) 유럽 특허 번호 형식이 아닙니다: { $format }.

## numbers/jp.rs
jp-application-publication-year = 출원번호 및 공개번호는 연도와 6자리(2021-123456), 특허번호는 7자리(7123456)
jp-year-not-possible = { $year }년은 일본 번호의 연도가 될 수 없습니다: 헤이세이 연호는 1년부터 11년(1989~1999년)까지입니다.
jp-year-not-possible-japanese = { $year }년은 일본 번호의 연도가 될 수 없습니다: 쇼와 연호는 1년부터 64년까지입니다.
jp-year-not-possible-japanese-number = { $year }년은 일본 번호의 연도가 될 수 없습니다: 2000년 이후는 서기 4자리 연도(그 이전은 일본 연호의 연도: 平11)입니다.
jp-japanese-application-publication = 일본 출원번호 및 공개번호의 일련번호는 6자리이며, { $serial }이(가) 아닙니다.
jp-not-japanese-number = { $number }은(는) 일본 번호 형식이 아닙니다: { $format }.
jp-japanese-patent-number = 일본 특허번호는 0일 수 없습니다.

## numbers/kr.rs
kr-application-publication-right = 출원번호 및 공개번호는 권리 구분, 연도, 7자리(10-2021-0123456), 등록번호는 권리 구분과 7자리(10-1234567)
kr-40-kipo-code = 40은 특허청의 상표 권리 구분 코드이며, 특허, 실용신안 또는 디자인의 코드가 아닙니다.
kr-not-kipo-right = { $code }은(는) 특허청의 권리 구분 코드가 아닙니다(10 특허, 20 실용신안, 30 디자인).
kr-not-kipo-number = { $number }은(는) 한국 번호 형식이 아닙니다: { $format }.
kr-cannot-year-kipo = { $year }년은 한국 번호의 연도가 될 수 없습니다.

## numbers/mod.rs
numbers-not-written = { $office } 번호 형식으로 작성되어 있지 않습니다: { $format }.
numbers-characters-long-no = { $count }자입니다. 이렇게 긴 특허번호는 없습니다.
numbers-number-empty = 번호가 비어 있습니다.
numbers-not-written-like = USPTO, EPO, JPO, 특허청, CNIPA, PCT 중 어느 번호 형식에도 맞지 않습니다.
numbers-not-valid-number = { $offices }의 유효한 번호가 아닙니다. 관청을 지정하거나 번호 앞에 접두어(US, EP, JP, KR, CN, PCT/, WO)를 붙이십시오.
numbers-could-number-give = { $offices }의 번호일 수 있습니다. 관청을 지정하거나 번호 앞에 접두어(US, EP, JP, KR, CN, PCT/, WO)를 붙이십시오.

## numbers/us.rs
us-application-series-code = 출원번호는 시리즈 코드와 6자리(16/123,456), 특허번호는 8자리 이내(11,147,202), 공개번호는 연도와 7자리(2021/0049351)
us-not-number = 미국 번호 형식이 아닙니다: { $format }.
us-pre-grant-publications = 미국 출원공개는 2001년에 시작되었으므로 { $year }년은 맞을 수 없습니다.
us-application-number-two = 미국 출원번호는 2자리 시리즈 코드, 슬래시, 6자리 숫자(16/123,456)로 이루어지며, { $number }이(가) 아닙니다.
us-not-patent-number = { $number }은(는) 미국 특허번호 형식이 아닙니다: { $format }.
us-patent-number-cannot = 미국 특허번호는 0일 수 없습니다.
us-not-number-2 = { $number }은(는) 미국 번호 형식이 아닙니다: { $format }.
us-application-number-has = 미국 출원번호는 8자리(2자리 시리즈 코드와 6자리 일련번호, 16/123,456)이며, { $number }이(가) 아닙니다.
us-has-digits = { $number }은(는) { $count }자리입니다. { $format }.
us-not-series-code = { $series }은(는) USPTO가 출원에 사용하는 시리즈 코드가 아닙니다.

## numbers/wo.rs
wo-international-application-pct = 국제출원번호는 PCT/, 수리관청, 연도, 6자리(PCT/US2021/012345), 국제공개번호는 WO, 연도, 6자리(WO2021/123456)
wo-not-possible-year = { $year }년은 WO 국제공개의 연도가 될 수 없습니다(2004년부터는 4자리, 그 이전은 2자리).
wo-not-publication-number = { $number }은(는) 국제공개번호(WO) 형식이 아닙니다: { $format }.
wo-not-pct-number = { $number }은(는) PCT 번호 형식이 아닙니다: { $format }.
wo-pct-not-pct = PCT/{ $number }은(는) 국제출원번호 형식이 아닙니다: { $format }.
wo-not-code-pct = { $code }은(는) PCT 수리관청의 코드가 아닙니다.
wo-not-possible-year-pct = { $year }년은 PCT 국제출원의 연도가 될 수 없습니다(2004년부터는 4자리, 그 이전은 2자리).

## office.rs
office-uspto = USPTO
office-epo = EPO
office-jpo = JPO
office-kipo = 특허청
office-cnipa = CNIPA
office-pct = PCT

## parse/assignment_json.rs
assignment-json-nests-deeper-than = JSON의 중첩이 patlint가 읽을 수 있는 깊이를 넘습니다({ $error })
assignment-json-malformed = JSON 형식이 잘못되었습니다: { $error }
assignment-json-not-object-holding = JSON이 양도 기록 하나를 담은 객체가 아니라 { $kind }입니다
assignment-json-data-could-not = 양도 데이터를 읽을 수 없습니다: { $reason }.
assignment-json-data-could-not-read-more = { $count ->
     [1] 양도 데이터를 읽을 수 없습니다: { $reason } (그 밖의 문제 1건).
    *[other] 양도 데이터를 읽을 수 없습니다: { $reason } (그 밖의 문제 { $count }건).
  }
assignment-json-null = null
assignment-json-boolean = 불리언 값
assignment-json-number = 숫자
assignment-json-string = 문자열
assignment-json-array = 배열
assignment-json-object = 객체
assignment-json-should-not = `{ $path }`의 값이 올바르지 않습니다(필요: { $expected }, 현재: { $actual })
assignment-json-field-not-one = 필드 `{ $field }`은(는) patlint가 알지 못하는 필드이므로 무시했습니다(schemas/assignment.schema.json 참조).
assignment-json-characters-long-more = `{ $path }`은(는) { $count }자로 patlint가 읽는 한도인 { $limit }자를 넘습니다
assignment-json-true-false = true 또는 false
assignment-json-field-which-patlint = 필드 `{ $field }`의 값 `{ $value }`은(는) patlint가 알지 못하는 값이므로 무시했습니다(사용 가능한 값: { $known }).
assignment-json-has-items-more = `{ $path }`은(는) { $count }개 항목으로 patlint가 읽는 한도인 { $limit }개를 넘습니다
assignment-json-string-most-10000 = 10000자 이하의 문자열

## parse/assignment_xml.rs
assignment-xml-file-not-valid = 파일이 유효한 UTF-8이 아닙니다. UTF-8로 저장하십시오
assignment-xml-line = { $line }행: { $error }
assignment-xml-nests-deeper-than = XML 요소의 중첩이 { $limit }단계를 넘습니다
assignment-xml-end-tag-closes = 대응하는 시작 태그가 없는 종료 태그가 있습니다
assignment-xml-document-ends-before = <{ $name }> 요소가 닫히기 전에 문서가 끝납니다

## parse/claims_text.rs
claims-text = 텍스트의 청구항이 한도인 { $limit }개를 넘어 검사하지 않았습니다.

## parse/claims_xml.rs
claims-xml-line-unexpected-end = { $line }행: 예상하지 못한 종료 태그(</{ $name }>)가 있습니다
claims-xml-line-document-ends = { $line }행: <{ $name }> 요소가 닫히기 전에 문서가 끝납니다
claims-xml-file-holds-no = 파일에 XML 요소가 없습니다
claims-xml-line-elements-nested = { $line }행: 요소의 중첩이 한도인 { $limit }단계(xml_depth)를 넘습니다
claims-xml-line-document-holds = { $line }행: 문서의 청구항이 한도인 { $limit }개(claims)를 넘습니다
claims-xml-text-holds-more = 청구항 텍스트의 청구항이 한도인 { $limit }개(claims)를 넘습니다
claims-xml-file-encoded-which = 파일이 patlint가 읽지 않는 { $encoding }(으)로 인코딩되어 있습니다. UTF-8로 저장하십시오
claims-xml-line-file-not = { $line }행: 파일이 유효한 UTF-8이 아닙니다. UTF-8로 저장하십시오

## parse/docx.rs
docx-package-has-no = 패키지에 [Content_Types].xml이 없으므로 Office 문서가 아닙니다
docx-package-holds-no = 패키지에 Word 문서가 없습니다(스프레드시트입니다)
docx-package-holds-no-word = 패키지에 Word 문서가 없습니다(프레젠테이션입니다)
docx-package-holds-no-word-document = 패키지에 Word 문서가 없습니다
docx-package-lacks-main = 패키지에 주 파트({ $part })가 없습니다
docx-package-holds-no-word-document-parts = 패키지에 Word 문서가 없습니다(파트: { $parts })
docx-content-types-xml = [Content_Types].xml: { $reason }
docx-relationships = 관계(relationships): { $reason }
docx-styles = 스타일: { $reason }
docx-numbering = 번호 매기기: { $reason }
docx-tracked-insertion = 변경 내용 추적(삽입)
docx-tracked-insertion-2 = { $author }의 변경 내용 추적(삽입)
docx-tracked-deletion = 변경 내용 추적(삭제)
docx-tracked-deletion-2 = { $author }의 변경 내용 추적(삭제)
docx-tracked-move = 변경 내용 추적(이동)
docx-tracked-move-2 = { $author }의 변경 내용 추적(이동)
docx-tracked-formatting-change = 변경 내용 추적(서식 변경)
docx-tracked-formatting-change-2 = { $author }의 변경 내용 추적(서식 변경)
docx-chart = 차트
docx-text-box = 텍스트 상자
docx-smartart-diagram = SmartArt 그래픽
docx-document-has-more = 문서의 단락 수가 한도인 { $limit }개(paragraphs)를 넘습니다
docx-comment = 메모
docx-imported-content-altchunk = 가져온 콘텐츠(altChunk)
docx-frame = 프레임
docx-document-part = 본문 파트: { $reason }
docx-main-part-not = 주 파트가 WordprocessingML 문서가 아닙니다
docx-comment-comments-part = 메모(메모 파트 내)

## parse/drawings/bmp.rs
bmp-header-cut-off = BMP 헤더가 잘려 있습니다
bmp-os-2-bitmaps = OS/2 비트맵(BITMAPCOREHEADER)은 지원하지 않습니다
bmp-image-has-no = BMP 이미지에 픽셀이 없습니다
bmp-run-length-encoded = 런렝스 인코딩 BMP는 지원하지 않습니다
bmp-compression-not-supported = BMP 압축 방식 { $compression }은(는) 지원하지 않습니다
bmp-bit-not-supported = { $bits }비트 BMP는 지원하지 않습니다
bmp-pixel-data-cut = BMP 픽셀 데이터가 잘려 있습니다

## parse/drawings/gif.rs
gif-not-file = GIF 파일이 아닙니다
gif-colour-table-cut = GIF 색상표가 잘려 있습니다
gif-file-has-no = GIF 파일에 이미지가 없습니다
gif-image-data-has = GIF 이미지 데이터의 코드 크기({ $size })가 유효하지 않습니다
gif-image-data-ends = GIF 이미지 데이터가 중간에 끝납니다

## parse/drawings/jpeg.rs
jpeg-image-data-could = JPEG 이미지 데이터를 디코딩할 수 없습니다({ $error })
jpeg-image-data-incomplete = JPEG 이미지 데이터가 불완전합니다
jpeg-file-has-no = JPEG 파일에 이미지 프레임이 없습니다
jpeg-lossless-hierarchical-arithmetic = 무손실, 계층형 및 산술 부호화 JPEG 파일은 지원하지 않습니다

## parse/drawings/mod.rs
drawings = PDF, TIFF, PNG, JPEG, GIF 또는 BMP 파일이 아닙니다

## parse/drawings/pdf/guard.rs
guard-one-streams-inflates = 스트림 중 하나가 압축 해제 시 { $mib } MiB를 넘습니다
guard-streams-inflate-more = 스트림의 압축 해제 크기 합계가 { $mib } MiB를 넘습니다
guard-page-draws-more = { $page }페이지의 그리기 연산이 { $million }백만 개를 넘거나 폼이 순환하여 중첩되어 있습니다
guard-pages-draw-more = 전체 페이지의 그리기 연산이 합계 { $million }백만 개를 넘습니다

## parse/drawings/pdf/mod.rs
pdf-not-file = PDF 파일이 아닙니다
pdf-larger-than-mib = { $mib } MiB보다 큽니다
pdf-damaged-beyond-repair = 복구할 수 없을 정도로 손상되었습니다
pdf-has-no-pages = 페이지가 없습니다
pdf-has-pages-most = { $pages }페이지가 있습니다. 한 파일에서 최대 { $limit }페이지까지 읽습니다

## parse/drawings/png.rs
png-not-file = PNG 파일이 아닙니다
png-file-has-no = PNG 파일에 헤더(IHDR)가 없습니다
png-file-s-palette = PNG 파일의 팔레트가 없습니다
png-image-data-ends = 이미지 데이터가 { $rows }행 중 { $y }행에서 끝납니다
png-header-cut-off = PNG 헤더가 잘려 있습니다
png-colour-type-bit = PNG 색상 유형 { $colour_type }과(와) { $bits }비트 샘플의 조합은 유효하지 않습니다
png-row-image-has = 이미지의 한 행에 알 수 없는 필터({ $filter })가 있습니다
png-interlaced-image-data = 인터레이스 이미지 데이터가 중간에 끝납니다

## parse/drawings/raster.rs
raster-image-has-no = 이미지에 픽셀이 없습니다
raster-image-has-pixels = 이미지가 { $width } × { $height }픽셀로 한도인 { $million }메가픽셀을 넘습니다
raster-image-pixels-more = 이미지가 { $width } × { $height }픽셀로 한 변이 { $limit }픽셀을 넘습니다

## parse/drawings/tiff.rs
tiff-not-file = TIFF 파일이 아닙니다
tiff-header-cut-off = TIFF 헤더가 잘려 있습니다
tiff-has-more-than = { $limit }페이지를 넘습니다. 한 파일에서 이 페이지 수까지만 읽습니다
tiff-page-file-cut = TIFF 파일의 { $page }페이지가 잘려 있습니다
tiff-page = { $page }페이지: { $reason }
tiff-file-has-no = TIFF 파일에 페이지가 없습니다
tiff-page-has-no = 페이지의 너비가 지정되어 있지 않습니다
tiff-page-has-no-height = 페이지의 높이가 지정되어 있지 않습니다
tiff-bit-samples-not = { $bits }비트 샘플은 지원하지 않습니다
tiff-palette-missing = 팔레트가 없습니다
tiff-colour-model-samples = 색상 모델({ $photometric }, { $bits }비트 샘플 { $samples }개)은 지원하지 않습니다
tiff-separate-colour-planes = 분리된 색상 평면은 지원하지 않습니다
tiff-tile-size-missing = 타일 크기가 없거나 비정상적입니다
tiff-image-data-incomplete = 이미지 데이터가 불완전합니다(스트립 또는 타일이 부족함)
tiff-ccitt-compression-read = CCITT 압축은 타일로 나뉘지 않은 1비트 페이지에서만 읽습니다
tiff-ccitt-image-data = CCITT 이미지 데이터가 손상되었거나 잘려 있습니다
tiff-tiles-too-large = 타일이 너무 큽니다
tiff-image-data-damaged = 이미지 데이터가 손상되었거나 잘려 있습니다
tiff-jpeg-compressed-not = JPEG 압축 TIFF는 지원하지 않습니다
tiff-compression-not-supported = TIFF 압축 방식 { $compression }은(는) 지원하지 않습니다

## parse/read.rs
read-zip-package-docx = ZIP 패키지(DOCX)
read-pdf = PDF
read-tiff-image = TIFF 이미지
read-png-image = PNG 이미지
read-jpeg-image = JPEG 이미지
read-gif-image = GIF 이미지
read-bmp-image = BMP 이미지
read-xml = XML
read-json = JSON
read-text = 텍스트
read-file-larger-than = 파일이 한도인 { $limit }바이트를 넘어 읽지 않았습니다.
read-file-was-given = 이 파일에는 알 수 없는 문서 종류가 지정되어 검사하지 않았습니다. patlint는 청구범위, 명세서, 도면, 양도 데이터 및 서열목록을 검사합니다.
read-word-document-could = Word 문서를 읽을 수 없습니다: { $reason }.
read-word-xml-could = Word XML을 읽을 수 없습니다: { $reason }.
read-xml-could-not = XML을 읽을 수 없습니다: { $reason }.
read-description-xml-could = XML에 포함된 발명의 설명을 읽을 수 없습니다: { $reason }.
read-byte-sequences-replaced = { $count ->
     [1] UTF-8 또는 UTF-16으로 유효하지 않은 바이트 시퀀스 1개를 대체했습니다. 파일을 UTF-8로 저장하십시오.
    *[other] UTF-8 또는 UTF-16으로 유효하지 않은 바이트 시퀀스 { $count }개를 대체했습니다. 파일을 UTF-8로 저장하십시오.
  }
read-json-not-valid = JSON이 유효한 UTF-8이 아닙니다. UTF-8로 저장하십시오.
read-file-json-that = 이 파일은 양도 데이터가 아닌 JSON입니다(`conveyance`, `assignors`, `assignees`, `properties` 중 어느 것도 없음). 이 버전의 patlint는 아직 이러한 파일을 검사하지 않으므로 검사하지 않았습니다.
read-file-assignment-data = 이 파일은 { $format }입니다. 양도 데이터는 JSON(schemas/assignment.schema.json) 또는 USPTO 양도 XML에서 읽습니다.
read-file-sequence-listings = 이 파일은 { $format }입니다. 서열목록은 WIPO 표준 ST.26 XML에서 읽습니다.
read-sequence-listing-could = 서열목록을 읽을 수 없습니다: { $reason }.
read-file-drawings-from = 이 파일은 { $format }입니다. 도면은 PDF, TIFF, PNG, JPEG, GIF 또는 BMP 파일에서 읽습니다.
read-drawings-could-not = 도면을 읽을 수 없습니다: { $reason }.
read-file-was-not = 이 파일은 { $format }입니다. 이 빌드의 patlint에는 도면 지원(`drawings` 기능)이 없어 검사하지 않았습니다.
read-claim-has-characters = 청구항 { $claim }은(는) { $count }자로 한도인 { $limit }자(claimChars)를 넘어 이 파일을 검사하지 않았습니다.

## parse/sax.rs
sax-unknown-markup-after = `<!` 뒤에 알 수 없는 마크업이 있습니다
sax-processing-instruction-xml = 처리 명령 또는 XML 선언이 닫히지 않았습니다(`?>` 없음)
sax-comment-not-closed = 주석이 닫히지 않았습니다(`-->` 없음)
sax-doctype-declaration-not = DOCTYPE 선언이 닫히지 않았습니다(`>` 없음)
sax-cdata-section-not = CDATA 섹션이 닫히지 않았습니다(`]]>` 없음)
sax-document-ends-inside = 태그 안에서 문서가 끝납니다
sax-xml-declaration-does = XML 선언이 `version`으로 시작하지 않습니다
sax-doctype-declaration-has = DOCTYPE 선언에 이름이 없습니다
sax-unexpected-end-tag = 예상하지 못한 종료 태그(</{ $name }>)가 있습니다
sax-end-tag-where = 종료 태그 </{ $expected }> 자리에 </{ $found }> 태그가 있습니다
sax-comment-contains = 주석에 `--`가 포함되어 있습니다
sax-entity-character-reference = 엔티티 참조 또는 문자 참조가 닫히지 않았습니다(`;` 없음)

## parse/sequences.rs
sequences-root-element-not = 루트 요소가 <ST26SequenceListing>이 아니라 <{ $name }>입니다
sequences-listing-has-more = 서열목록의 서열이 한도인 { $limit }개를 넘습니다
sequences-listing-has-more-than = 서열목록의 특징(feature)이 한도인 { $limit }개를 넘습니다

## parse/spec.rs
spec = 문서의 단락 수가 한도인 { $limit }개(paragraphs)를 넘어 검사하지 않았습니다.

## parse/zip.rs
zip-package-damaged = ZIP 패키지가 손상되었습니다({ $what })
zip-no-central-directory = 중앙 디렉터리 없음
zip-end-record = 끝 레코드
zip-package-zip64-archive = 패키지가 patlint가 읽지 않는 ZIP64 아카이브입니다
zip-package-has-entries = 패키지의 항목 수가 { $count }개로 한도인 { $limit }개(zip_entries)를 넘습니다
zip-central-directory-entry = 중앙 디렉터리 항목
zip-entry = 항목
zip-entry-name = 항목 이름
zip-entry-encrypted = { $part }: 항목이 암호화되어 있습니다
zip-local-header = 로컬 헤더
zip-entry-data-beyond = 항목 데이터가 파일 끝을 넘어섬
zip-parts-read-inflate = { $part }: 읽은 파트의 압축 해제 크기 합계가 한도인 { $bytes }바이트(inflated_bytes)를 넘습니다
zip-part-inflates-more = { $part }: 파트의 압축 해제 크기가 한도인 { $bytes }바이트(part_bytes)를 넘습니다
zip-compressed-data-damaged = { $part }: 압축 데이터가 손상되었습니다
zip-compression-method-not = { $part }: 압축 방식 { $method }은(는) 지원하지 않습니다
zip-data-does-not = { $part }: 데이터가 체크섬(CRC-32)과 일치하지 않습니다

## rules/assignment/check_digit_mismatch.rs
check-digit-mismatch = { $number }의 검사 숫자가 잘못되었습니다.

## rules/assignment/conveyance_missing.rs
conveyance-missing = 기록에 이전 내용(양도, 담보권 설정, 합병, 명칭 변경, 라이선스 등)이 기재되어 있지 않습니다.

## rules/assignment/correspondent_missing.rs
correspondent-missing = 기록에 USPTO가 서신을 보낼 서신 수령인(성명 또는 명칭 및 주소)이 기재되어 있지 않습니다.
correspondent-missing-has-no-name = 서신 수령인의 성명 또는 명칭이 없습니다.
correspondent-missing-has-no-address = 서신 수령인의 주소가 없습니다.

## rules/assignment/country_code_invalid.rs
country-code-invalid = { $code }은(는) 국가의 ST.3 코드가 아닙니다
country-code-invalid-not-valid-write = { $party }의 거주국이 올바르지 않습니다: { $reason }. 국가의 2자리 코드(예: US, JP, DE)를 기재하십시오.
country-code-invalid-nationality-not-valid = { $party }의 국적이 올바르지 않습니다: { $reason }. 국가의 2자리 코드(예: US, JP, DE)를 기재하십시오.

## rules/assignment/country_missing.rs
country-missing = { $party }의 거주국(ST.3 코드, 예: US, JP)이 없습니다.
country-missing-has-no-nationality = { $party }의 국적(ST.3 코드, 예: US, JP)이 없습니다.

## rules/assignment/cover_sheet_signature_missing.rs
cover-sheet-signature-missing = 기록에 USPTO에 제출하고 커버시트에 서명하는 사람이 기재되어 있지 않습니다.
cover-sheet-signature-missing-submitter-who-signs = USPTO 커버시트에 서명하는 제출인의 성명이 없습니다.
cover-sheet-signature-missing-submitter-has-not = 제출인 { $name }이(가) USPTO 커버시트에 서명하지 않았습니다(전자 제출 시에는 슬래시 사이에 입력한 서명으로 충분합니다).

## rules/assignment/date_in_future.rs
date-in-future = { $date }은(는) 미래의 날짜입니다(오늘은 { $today }). 연도를 확인하십시오.

## rules/assignment/date_invalid.rs
date-invalid = { $date }은(는) 실제 날짜가 아닙니다: 존재하지 않는 날입니다.
date-invalid-not-written-yyyy = 날짜 `{ $date }`이(가) YYYY-MM-DD 형식(예: 2024-01-15)으로 기재되어 있지 않습니다.

## rules/assignment/dates_out_of_order.rs
dates-out-of-order = { $party }은(는) 양도가 등록된 { $recorded }보다 뒤인 { $signed }에 서명하였습니다.
dates-out-of-order-priority-date-after = 우선일 { $priority }이(가) 출원일 { $filed }보다 뒤입니다. 우선일은 출원일보다 늦을 수 없습니다.

## rules/assignment/deed_number_missing.rs
deed-number-missing = 양도증서에 기재된 번호가 기록에 나와 있지 않습니다. JPO는 이전되는 모든 일본 출원 및 특허를 양도증서에 기재하도록 요구합니다.
deed-number-missing-assignment-does-not = 양도증서에 일본 번호 { $number }이(가) 기재되어 있지 않습니다. JPO는 양도증서에 기재된 번호에 대해서만 이전을 등록합니다.

## rules/assignment/document_form_not_accepted.rs
document-form-not-accepted = { $party }은(는) 타자로 입력한 서명을 하였습니다. JPO는 양도증서에 날인 또는 자필 서명(온라인으로 PDF로 제출하는 양도증서는 전자서명)을 요구합니다.
document-form-not-accepted-deed-plain-copy = 양도증서가 단순 사본입니다. JPO는 원본 또는 공증받은 등본을 요구합니다.
document-form-not-accepted-power-attorney-copy = { $party }의 위임장이 사본입니다. 특허청은 원본을 요구합니다.
document-form-not-accepted-nationality-certificate-copy = { $party }의 국적증명서가 사본입니다. 특허청은 원본을 요구합니다.

## rules/assignment/entry_implausible.rs
entry-implausible = { $entry }에 기재된 { $value }은(는) 임시 입력값(자리 표시자)으로 보입니다.
entry-implausible-single-character = { $entry }에 기재된 { $value }은(는) 한 글자뿐입니다.
entry-implausible-has-no-letter = { $entry }에 기재된 { $value }에는 문자(숫자·기호 제외)가 하나도 없습니다.
entry-implausible-e-mail-address = { $entry }에 기재된 { $value }은(는) 이메일 주소입니다.
entry-implausible-too-short-postal = { $entry }에 기재된 { $value }은(는) 우편 주소로 보기에는 너무 짧습니다.
entry-implausible-name = { $party }의 성명 또는 명칭
entry-implausible-address = { $party }의 주소
entry-implausible-correspondent-s-name = 서신 수령인의 성명 또는 명칭
entry-implausible-correspondent-s-address = 서신 수령인의 주소

## rules/assignment/execution_date_missing.rs
execution-date-missing = { $party }의 서명일(서류에 서명한 날짜)이 없습니다.

## rules/assignment/mod.rs
assignment = 양도인 { $name }
assignment-assignee = 양수인 { $name }
assignment-assignor = 양도인 { $name }
assignment-assignee-2 = 양수인 { $name }
assignment-assignor-2 = { $number }번째 양도인
assignment-assignee-3 = { $number }번째 양수인
assignment-assignor-3 = { $number }번째 양도인
assignment-assignee-4 = { $number }번째 양수인
assignment-international-bureau = 국제사무국

## rules/assignment/nationality_certificate_missing.rs
nationality-certificate-missing = { $party }은(는) 외국 법인입니다. 특허청은 공증받은 국적증명서를 요구합니다.
nationality-certificate-missing-not-shown-notarised = { $party }의 국적증명서가 공증된 것으로 표시되어 있지 않습니다. 특허청은 공증받은 것을 요구합니다.

## rules/assignment/nationality_certificate_stale.rs
nationality-certificate-stale = { $party }의 국적증명서는 { $date }에 공증되어 6개월이 넘었습니다. 특허청은 6개월 이내에 공증받은 것을 요구합니다.

## rules/assignment/number_kind_mismatch.rs
number-kind-mismatch = 번호 `{ $number }`은(는) 출원번호 형식이지만 특허로 기재되어 있습니다.
number-kind-mismatch-written-application-but = 번호 `{ $number }`은(는) 출원번호 형식이지만 공개공보로 기재되어 있습니다.
number-kind-mismatch-written-patent-but = 번호 `{ $number }`은(는) 특허번호 형식이지만 출원으로 기재되어 있습니다.
number-kind-mismatch-written-patent-but-property = 번호 `{ $number }`은(는) 특허번호 형식이지만 공개공보로 기재되어 있습니다.
number-kind-mismatch-written-publication-but = 번호 `{ $number }`은(는) 공개번호 형식이지만 출원으로 기재되어 있습니다.
number-kind-mismatch-written-publication-but-property = 번호 `{ $number }`은(는) 공개번호 형식이지만 특허로 기재되어 있습니다.

## rules/assignment/number_malformed.rs
number-malformed = { $property }번째 대상 건에 관청이 기재되어 있지 않고, 번호 `{ $number }`(으)로도 알 수 없습니다. { $problem }
number-malformed-not-valid = 번호 `{ $number }`은(는) 유효하지 않습니다. { $problem }

## rules/assignment/number_office_mismatch.rs
number-office-mismatch = 번호 `{ $number }`은(는) { $listed } 아래에 기재되어 있지만 { $office }의 출원번호입니다. 관청(또는 번호)을 확인하십시오.
number-office-mismatch-listed-under-but = 번호 `{ $number }`은(는) { $listed } 아래에 기재되어 있지만 { $office }의 특허번호입니다. 관청(또는 번호)을 확인하십시오.
number-office-mismatch-listed-under-but-publication = 번호 `{ $number }`은(는) { $listed } 아래에 기재되어 있지만 { $office }의 공개번호입니다. 관청(또는 번호)을 확인하십시오.
number-office-mismatch-listed-under-but-check = 번호 `{ $number }`은(는) { $listed } 아래에 기재되어 있지만 { $office }의 번호입니다. 관청(또는 번호)을 확인하십시오.
number-office-mismatch-listed-under-but-written = 번호 `{ $number }`은(는) { $listed } 아래에 기재되어 있지만 { $office }의 번호 형식으로 작성되어 있습니다. 관청(또는 번호)을 확인하십시오.

## rules/assignment/party_address_missing.rs
party-address-missing = { $party }의 주소가 없습니다.

## rules/assignment/party_name_missing.rs
party-name-missing = 기록에 양도인이 기재되어 있지 않습니다. 권리를 이전하는 당사자의 성명 또는 명칭을 기재하십시오.
party-name-missing-record-names-no = 기록에 양수인이 기재되어 있지 않습니다. 권리를 이전받는 당사자의 성명 또는 명칭을 기재하십시오.
party-name-missing-has-no = { $party }의 성명 또는 명칭이 없습니다.

## rules/assignment/pct_change_too_late.rs
pct-change-too-late = 우선일 { $priority }부터 30개월의 기간이 { $limit }에 만료되었습니다. 국제사무국은 더 이상 출원인 변경을 기록하지 않으므로 국내단계의 각 관청에서 변경을 등록하십시오.

## rules/assignment/power_of_attorney_missing.rs
power-of-attorney-missing = { $party }은(는) 재외자로서 국내 대리인을 통해 절차를 밟습니다. 위임장을 첨부하십시오.

## rules/assignment/property_number_missing.rs
property-number-missing = 기록에 변경을 등록할 대상인 출원, 특허 또는 공개공보가 기재되어 있지 않습니다.
property-number-missing-has-no = { $property }번째 대상 건에 번호가 없습니다.

## rules/assignment/signatory_capacity_missing.rs
signatory-capacity-missing = { $party }은(는) 법인이지만, 누가 어떤 자격으로 서명하였는지 기록에 기재되어 있지 않습니다.
signatory-capacity-missing-organisation-record-does = { $party }은(는) 법인이지만, 누가 서명하였는지 기록에 기재되어 있지 않습니다.
signatory-capacity-missing-organisation-record-does-not = { $party }은(는) 법인이지만, 서명자가 어떤 자격(예: 대표이사, 이사)으로 서명하였는지 기록에 기재되어 있지 않습니다.

## rules/assignment/signature_missing.rs
signature-missing = { $party }이(가) 서류에 서명하지 않았습니다.
signature-missing-record-does-not = { $party }이(가) 서류에 서명하였는지 기록에 기재되어 있지 않습니다.

## rules/assignment/technology_export_document_missing.rs
technology-export-document-missing = 중국 본토의 양도인이 해외 당사자에게 양도합니다. CNIPA는 기술수출허가증 또는 기술수출계약등록증서를 요구합니다.

## rules/assignment/transfer_evidence_missing.rs
transfer-evidence-missing-document-competent-authority = 합병에 관한 관할 당국의 서류
transfer-evidence-missing-official-document-court = 공문서(판결문, 상속 증명서 등)
transfer-evidence-missing-document-recorded = 등록할 서류
transfer-evidence-missing-contract-signed-sealed = 양 당사자가 서명 또는 날인한 양도계약서
transfer-evidence-missing-deed-assignment = 양도증서
transfer-evidence-missing-deed-extract-declaration = 양도증서, 그 발췌본 또는 양 당사자가 서명한 양도 선언서
transfer-evidence-missing = { $office }에 { $conveyance } 등록을 신청하려면 이를 증명하는 서류가 필요합니다. { $document }를 첨부하십시오.
transfer-evidence-missing-assignment = 양도
transfer-evidence-missing-security-interest = 담보권 설정
transfer-evidence-missing-release-security-interest = 담보권 해제
transfer-evidence-missing-merger = 합병
transfer-evidence-missing-change-name = 명칭 변경
transfer-evidence-missing-licence = 라이선스
transfer-evidence-missing-change-operation-law = 법률에 의한 이전
transfer-evidence-missing-conveyance = 권리 이전

## rules/claims/antecedent_basis_missing.rs
antecedent-basis-missing = 청구항 { $claim }: "{ $phrase }"에 대한 선행 기재(antecedent basis)가 없습니다. 이 청구항에도, 이 청구항이 인용하는 청구항에도 앞서 "{ $name }"을(를) 도입하는 기재가 없습니다.

## rules/claims/cancelled_claim_has_text.rs
cancelled-claim-has-text = 청구항 { $claim }은(는) 삭제(Canceled) 또는 미반영(Not entered) 상태이지만 본문이 그대로 기재되어 있습니다. 번호와 상태만 기재하십시오.

## rules/claims/dependency_cycle.rs
dependency-cycle = 청구항 { $claims }이(가) 서로 순환하여 인용하고 있어, 어느 것도 독립항으로 이어지지 않습니다.

## rules/claims/dependency_on_cancelled_claim.rs
dependency-on-cancelled-claim = 청구항 { $claim }이(가) 인용하는 청구항 { $targets }은(는) 청구항 목록에서 삭제(Canceled) 또는 미반영(Not entered)으로 표시되어 있습니다.

## rules/claims/dependency_on_itself.rs
dependency-on-itself = 청구항 { $claim }이(가) 자기 자신을 인용하고 있습니다.

## rules/claims/dependency_on_later_claim.rs
dependency-on-later-claim = 청구항 { $claim }이(가) 뒤에 기재된 청구항 { $targets }을(를) 인용하고 있습니다. 청구항은 앞에 기재된 청구항만 인용할 수 있습니다.

## rules/claims/dependency_target_missing.rs
dependency-target-missing = 청구항 { $claim }이(가) 인용하는 청구항 { $targets }은(는) 청구범위에 없습니다.

## rules/claims/final_period_missing.rs
final-period-missing = 청구항 { $claim }이(가) 마침표로 끝나지 않습니다.
final-period-missing-add-claim = 청구항 { $claim }의 끝에 마침표 추가

## rules/claims/independent_claims_same_category.rs
independent-claims-same-category = 청구항 { $claims }은(는) 둘 다 물건에 관한 독립항입니다. EPO는 상호 관련된 물건, 서로 다른 용도 또는 대안적 해결 수단인 경우에만 이를 허용합니다.
independent-claims-same-category-all-product-epo = 청구항 { $claims }은(는) 모두 물건에 관한 독립항입니다. EPO는 상호 관련된 물건, 서로 다른 용도 또는 대안적 해결 수단인 경우에만 이를 허용합니다.
independent-claims-same-category-both-apparatus-epo = 청구항 { $claims }은(는) 둘 다 장치에 관한 독립항입니다. EPO는 상호 관련된 물건, 서로 다른 용도 또는 대안적 해결 수단인 경우에만 이를 허용합니다.
independent-claims-same-category-all-apparatus-epo = 청구항 { $claims }은(는) 모두 장치에 관한 독립항입니다. EPO는 상호 관련된 물건, 서로 다른 용도 또는 대안적 해결 수단인 경우에만 이를 허용합니다.
independent-claims-same-category-both-method-epo = 청구항 { $claims }은(는) 둘 다 방법에 관한 독립항입니다. EPO는 상호 관련된 물건, 서로 다른 용도 또는 대안적 해결 수단인 경우에만 이를 허용합니다.
independent-claims-same-category-all-method-epo = 청구항 { $claims }은(는) 모두 방법에 관한 독립항입니다. EPO는 상호 관련된 물건, 서로 다른 용도 또는 대안적 해결 수단인 경우에만 이를 허용합니다.
independent-claims-same-category-both-use-epo = 청구항 { $claims }은(는) 둘 다 용도에 관한 독립항입니다. EPO는 상호 관련된 물건, 서로 다른 용도 또는 대안적 해결 수단인 경우에만 이를 허용합니다.
independent-claims-same-category-all-use-epo = 청구항 { $claims }은(는) 모두 용도에 관한 독립항입니다. EPO는 상호 관련된 물건, 서로 다른 용도 또는 대안적 해결 수단인 경우에만 이를 허용합니다.

## rules/claims/lowercase_start.rs
lowercase-start = 청구항 { $claim }이(가) 소문자로 시작합니다. 청구항은 대문자로 시작해야 합니다.

## rules/claims/multiple_dependency_not_alternative.rs
multiple-dependency-not-alternative = 청구항 { $claim }이(가) 청구항 { $targets }을(를) 누적적으로("및") 인용하고 있습니다. 다중 종속항은 "청구항 1 또는 2", "청구항 1 내지 3 중 어느 한 항"과 같이 택일적으로 인용해야 합니다.
multiple-dependency-not-alternative-claim-refers-claims = 청구항 { $claim }이(가) 청구항 { $targets }을(를) 택일적임을 밝히지 않고 인용하고 있습니다. 다중 종속항은 "청구항 1 또는 2", "청구항 1 내지 3 중 어느 한 항"과 같이 택일적으로 인용해야 합니다.
multiple-dependency-not-alternative-claim-refers-claims-separate = 청구항 { $claim }이(가) 별개의 인용을 통해 청구항 { $targets }을(를) 누적적으로 인용하고 있습니다. 다중 종속항은 "청구항 1 또는 2", "청구항 1 내지 3 중 어느 한 항"과 같이 택일적으로 인용해야 합니다.

## rules/claims/multiple_dependency_on_multiple.rs
multiple-dependency-on-multiple = 다중 종속항인 청구항 { $claim }이(가) 역시 다중 종속항인 청구항 { $targets }을(를) 인용하고 있습니다.
multiple-dependency-on-multiple-indirect = 다중 종속항인 청구항 { $claim }이(가) 다중 종속항이거나 다중 종속항에 종속하는 청구항 { $targets }을(를) 인용하고 있습니다.

## rules/claims/no_independent_claim.rs
no-independent-claim = 모든 청구항이 다른 청구항을 인용하고 있어 독립항이 없습니다.

## rules/claims/number_duplicated.rs
number-duplicated = 두 청구항에 같은 번호 { $number }이(가) 붙어 있습니다. 청구항마다 고유한 번호가 있어야 합니다.

## rules/claims/numbering_not_consecutive.rs
numbering-not-consecutive = 첫 번째 청구항의 번호가 { $number }입니다. 청구항 번호는 1부터 매깁니다.
numbering-not-consecutive-claim-follows-claim = 청구항 { $previous } 다음에 청구항 { $claim }이(가) 와서 청구항 { $missing }이(가) 빠져 있습니다. 청구항 번호는 연속해야 합니다.
numbering-not-consecutive-claim-follows-claim-claims = 청구항 { $previous } 다음에 청구항 { $claim }이(가) 와서 청구항 { $first } 및 { $last }이(가) 빠져 있습니다. 청구항 번호는 연속해야 합니다.
numbering-not-consecutive-claim-follows-claim-claims-missing = 청구항 { $previous } 다음에 청구항 { $claim }이(가) 와서 청구항 { $first }부터 { $last }까지가 빠져 있습니다. 청구항 번호는 연속해야 합니다.
numbering-not-consecutive-claim-follows-claim-claims-numbered = 청구항 { $previous } 다음에 청구항 { $claim }이(가) 기재되어 있습니다. 청구항 번호는 기재 순서대로 매깁니다.

## rules/claims/reference_not_by_number.rs
reference-not-by-number = 청구항 { $claim }이(가) 번호를 밝히지 않고 청구항 { $target }을(를) 인용하고 있습니다. "청구항 { $target }"과 같이 번호로 인용하십시오.
reference-not-by-number-claim-refers-earlier = 청구항 { $claim }이(가) 번호를 밝히지 않고 앞의 청구항을 인용하고 있습니다. "청구항 1 또는 2"와 같이 번호로 인용하십시오.
reference-not-by-number-claim-refers-earlier-claims = 청구항 { $claim }이(가) 번호를 밝히지 않고 앞의 청구항을 인용하고 있습니다. "청구항 1 내지 { $last } 중 어느 한 항"과 같이 번호로 인용하십시오.

## rules/claims/reference_sign_without_parentheses.rs
reference-sign-without-parentheses = 청구항 { $claim }에 괄호로 묶지 않은 도면부호가 있습니다. "({ $sign })" 형식으로 기재하십시오.

## rules/claims/reference_to_description.rs
reference-to-description = 청구항 { $claim }이(가) 발명의 설명 또는 도면을 인용하고 있습니다. 청구항은 그 자체의 기재로 발명을 특정해야 합니다.

## rules/claims/renumber.rs
renumber = 청구항 번호를 1부터 { $count }까지 다시 매기고 인용도 수정

## rules/claims/several_sentences.rs
several-sentences = 청구항 { $claim } 중간에 문장을 끝내는 마침표가 있습니다. 청구항은 하나의 문장이어야 합니다.

## rules/claims/status_identifier_invalid.rs
status-identifier-invalid = 청구항 { $claim }의 상태 "({ $status })"은(는) Original, Currently amended, Canceled, Withdrawn, Previously presented, New, Not entered 중 어느 것도 아닙니다.

## rules/claims/status_identifier_missing.rs
status-identifier-missing = 청구항 목록의 다른 청구항에는 상태 식별자가 있으나 청구항 { $claim }에는 없습니다. (Original), (Currently amended) 등의 식별자를 추가하십시오.

## rules/description/abstract_figure_not_indicated.rs
abstract-figure-not-indicated = 요약서에 선택도가 기재되어 있지 않습니다. 끝에 【選択図】와 공보에 게재할 도면을 기재하십시오(예: 【選択図】図１, 적당한 도면이 없으면 【選択図】なし).

## rules/description/abstract_legal_phraseology.rs
abstract-legal-phraseology = 요약서에 청구항식 표현({ $phrases })이 사용되었습니다. 평이한 서술문으로 작성하십시오.

## rules/description/abstract_reference_sign_without_parentheses.rs
abstract-reference-sign-without-parentheses = 요약서에 괄호로 묶지 않은 도면부호가 있습니다. "({ $sign })" 형식으로 기재하십시오.

## rules/description/abstract_several_paragraphs.rs
abstract-several-paragraphs = 요약서가 { $count }개 단락으로 되어 있습니다. 하나의 단락으로 작성하십시오.

## rules/description/abstract_too_long.rs
abstract-too-long = { $binding ->
     [preferred] { $unit ->
         [words] 요약서가 { $count }단어입니다. { $office }에서는 { $max }단어 이하를 권장합니다. 줄이십시오.
        *[characters] 요약서가 { $count }자입니다. { $office }에서는 { $max }자 이하를 권장합니다. 줄이십시오.
      }
     [reported] { $unit ->
         [words] 요약서가 { $count }단어입니다. { $office }의 상한은 { $max }단어로 알려져 있습니다(미확인: 관청의 규정 원문을 확인하지 못했습니다). 안전을 위해 줄이십시오.
        *[characters] 요약서가 { $count }자입니다. { $office }의 상한은 { $max }자로 알려져 있습니다(미확인: 관청의 규정 원문을 확인하지 못했습니다). 안전을 위해 줄이십시오.
      }
    *[required] { $unit ->
         [words] 요약서가 { $count }단어입니다. { $office }에서는 최대 { $max }단어까지 허용됩니다. 줄이십시오.
        *[characters] 요약서가 { $count }자입니다. { $office }에서는 최대 { $max }자까지 허용됩니다. 줄이십시오.
      }
  }

## rules/description/claim_reference_sign_not_in_description.rs
claim-reference-sign-not-in-description = 청구항 { $claim }의 도면부호({ $sign })가 발명의 설명({ $file })에 나오지 않습니다. 발명의 설명에 있는 도면부호를 사용하십시오.

## rules/description/comments_present.rs
comments-present = 문서에 다음이 포함되어 있습니다: { $what }. 제출 전에 메모를 삭제하십시오.

## rules/description/docx_macro_enabled.rs
docx-macro-enabled = Word 패키지가 매크로 사용 형식입니다(.docm처럼 매크로를 포함). 출원 전에 일반 Word 문서(.docx)로 저장하십시오.

## rules/description/docx_not_strict.rs
docx-not-strict = 이 Word 문서는 Word의 기본값인 Transitional 형식의 Office Open XML입니다. EPO의 DOCX 정의는 Strict 형식을 요구합니다. EPO에 DOCX로 출원하기 전에 "Strict Open XML 문서"로 저장하거나 PDF로 출원하십시오.

## rules/description/element_several_reference_numerals.rs
element-several-reference-numerals = 구성요소 "{ $name }"의 도면부호가 여기서는 { $numeral }, 이 단락의 앞부분에서는 { $first_numeral }입니다. 같은 구성요소라면 하나의 도면부호를 사용하십시오.
element-several-reference-numerals-has-numeral-here = 구성요소 "{ $name }"의 도면부호가 여기서는 { $numeral }, { $first }번째 단락에서는 { $first_numeral }입니다. 같은 구성요소라면 하나의 도면부호를 사용하십시오.

## rules/description/embedded_object_present.rs
embedded-object-present-ole = 삽입된 개체(OLE)
embedded-object-present = 문서에 Equation.3 개체가 포함되어 있습니다. USPTO는 이를 지원하지만, 이를 만드는 수식 편집기 3.0이 2018년 1월부터 Word에 없어 더 이상 편집할 수 없습니다. Word의 수식 도구 또는 MathType(Equation.DSMT4)으로 수식을 다시 작성하십시오.
embedded-object-present-document-contains-which = 문서에 포함된 { $program } 개체가 있으나, USPTO가 지원하는 OLE 개체(Visio.Drawing.11, Equation.DSMT4, ACD.ChemSketch.20, ChemDraw.Document.6.0, Equation.3)가 아닙니다. 대신 그림으로 붙여 넣거나 텍스트로 작성하십시오.
embedded-object-present-document-contains-paste = 문서에 다음이 포함되어 있습니다: { $what }. 대신 그림으로 붙여 넣거나 텍스트로 작성하십시오.

## rules/description/figure_not_described.rs
figure-not-described = 발명의 설명에서 도(여기서는 도 { $figure })를 언급하고 있으나 도면의 간단한 설명이 없습니다.
figure-not-described-fig-referred-here = 여기서 언급된 도 { $figure }이(가) 도면의 간단한 설명에 기재되어 있지 않습니다.
figure-not-described-brief-description-drawings = 도면의 간단한 설명이 도 { $last }까지 설명하고 있으나 도 { $figure }에 대한 설명이 없습니다.
figure-not-described-brief-description-drawings-describes = 도면의 간단한 설명이 도 { $last }까지 설명하고 있으나 도 { $figures }에 대한 설명이 없습니다.

## rules/description/font_not_accepted.rs
font-not-accepted = 본문이 { $font }({ $runs }개 런)로 설정되어 있으나, 실무자들에 따르면 이 글꼴은 EPO의 DOCX 출원용 글꼴 목록에 없습니다(Aptos는 2023년부터 Word의 기본 글꼴). EPO에 DOCX로 출원하기 전에 다른 글꼴로 바꾸십시오.
font-not-accepted-text-set-runs = 본문이 { $font }({ $runs }개 런, 스타일 { $styles })로 설정되어 있으나, 실무자들에 따르면 이 글꼴은 EPO의 DOCX 출원용 글꼴 목록에 없습니다(Aptos는 2023년부터 Word의 기본 글꼴). EPO에 DOCX로 출원하기 전에 다른 글꼴로 바꾸십시오.

## rules/description/font_size_invalid.rs
font-size-invalid = 이 단락의 글자 크기는 { $size }pt입니다. { $office }에서는 { $min }~{ $max }pt를 요구합니다.
font-size-invalid-paragraphs-have-text = { $count }개 단락의 글자 크기가 기준을 벗어납니다(첫 단락은 여기이며 { $size }pt). { $office }에서는 { $min }~{ $max }pt를 요구합니다.
font-size-invalid-paragraph-has-text = 이 단락의 글자 크기는 { $size }pt입니다. { $office }에서는 대문자 높이가 { $cap } cm 이상(약 { $min }pt 이상의 글꼴)이어야 합니다.
font-size-invalid-paragraphs-have-text-outside = { $count }개 단락의 글자 크기가 기준을 벗어납니다(첫 단락은 여기이며 { $size }pt). { $office }에서는 대문자 높이가 { $cap } cm 이상(약 { $min }pt 이상의 글꼴)이어야 합니다.

## rules/description/landscape_page.rs
landscape-page = 여기서부터의 페이지가 가로 방향입니다. { $office }에서는 세로 방향 페이지를 요구합니다.

## rules/description/line_spacing_invalid.rs
line-spacing-invalid = 이 단락의 줄 간격은 { $spacing }줄입니다. { $office }에서는 { $min }~{ $max }줄 간격을 요구합니다.
line-spacing-invalid-paragraphs-set-outside = { $count }개 단락의 줄 간격이 기준을 벗어납니다(첫 단락은 여기이며 { $spacing }줄). { $office }에서는 { $min }~{ $max }줄 간격을 요구합니다.
line-spacing-invalid-paragraph-set-requires = 이 단락의 줄 간격은 { $spacing }줄입니다. { $office }에서는 { $min }줄 이상의 줄 간격이 필요합니다.
line-spacing-invalid-paragraphs-set-outside-limits = { $count }개 단락의 줄 간격이 기준을 벗어납니다(첫 단락은 여기이며 { $spacing }줄). { $office }에서는 { $min }줄 이상의 줄 간격이 필요합니다.

## rules/description/margins_invalid.rs
margins-invalid = 여백이 { $office }의 기준에 맞지 않습니다: { $margins }.
margins-invalid-too-small = { $side ->
     [bottom] 아래쪽 여백 { $margin } cm(최소 { $min } cm)
     [left] 왼쪽 여백 { $margin } cm(최소 { $min } cm)
     [top] 위쪽 여백 { $margin } cm(최소 { $min } cm)
    *[right] 오른쪽 여백 { $margin } cm(최소 { $min } cm)
  }
margins-invalid-too-large = { $side ->
     [bottom] 아래쪽 여백 { $margin } cm(최대 { $max } cm)
     [left] 왼쪽 여백 { $margin } cm(최대 { $max } cm)
     [top] 위쪽 여백 { $margin } cm(최대 { $max } cm)
    *[right] 오른쪽 여백 { $margin } cm(최대 { $max } cm)
  }
margins-invalid-text-page-comes = { $page }페이지의 글자가 용지 가장자리에 너무 가까워 { $office }의 여백을 충족하지 않습니다: { $margins }.
margins-invalid-text-page-more = { $page }페이지 외 { $more }개 페이지의 글자가 용지 가장자리에 너무 가까워 { $office }의 여백을 충족하지 않습니다: { $page }페이지에서 { $margins }.

## rules/description/mod.rs
description = 문서에 { $more }건이 더 있습니다. 처음 { $listed }건만 표시합니다.
description-2 = { $heading }({ $name })

## rules/description/page_size_invalid.rs
page-size-invalid = 페이지 크기가 { $width } × { $height } cm입니다. { $office }에서는 { $sizes } 용지를 요구합니다.
page-size-invalid-cm-requires = { $page }페이지의 크기가 { $width } × { $height } cm입니다. { $office }에서는 { $sizes } 용지를 요구합니다.
page-size-invalid-pages-first-them = { $count }개 페이지(첫 페이지는 { $page }페이지)의 크기가 { $width } × { $height } cm입니다. { $office }에서는 { $sizes } 용지를 요구합니다.

## rules/description/pages_not_numbered.rs
pages-not-numbered = 글자 페이지에 페이지 번호가 없습니다. 각 페이지의 위쪽이나 아래쪽에 1부터 연속된 번호를 붙이십시오.
pages-not-numbered-carry-no-page = { $pages }페이지에 페이지 번호가 없습니다. 모든 글자 페이지에 1부터 연속된 번호를 붙이십시오.
pages-not-numbered-first-text-page = 첫 글자 페이지의 번호가 { $number }입니다. 1부터 번호를 붙이십시오.
pages-not-numbered-page-number-consecutively = { $page }페이지의 번호가 { $expected }이(가) 아니라 { $number }입니다. 연속된 번호를 붙이십시오.

## rules/description/paragraph_number_malformed.rs
paragraph-number-malformed = 식별번호 { $label }이(가) { $office }의 형식에 맞지 않습니다. { $number }(으)로 기재하십시오.

## rules/description/paragraph_number_missing.rs
paragraph-number-missing = 발명의 설명에 식별번호가 없습니다. { $office }에서는 각 단락 앞에 { $example } 형식의 식별번호가 필요합니다.
paragraph-number-missing-has-no-every = 이 단락에 식별번호가 없습니다. 발명의 설명의 모든 단락에 { $example } 형식의 식별번호를 붙이십시오.

## rules/description/paragraph_numbers_not_consecutive.rs
paragraph-numbers-not-consecutive = 식별번호 { $number }이(가) 중복되거나 앞 번호로 되돌아갑니다. 여기에는 { $expected }이(가) 와야 합니다.
paragraph-numbers-not-consecutive-numbering-starts-should = 식별번호가 { $number }부터 시작합니다. 1부터 시작해야 합니다.
paragraph-numbers-not-consecutive-number-follows-missing = 식별번호 { $number }이(가) { $previous } 다음에 있습니다. { $missing }이(가) 누락되었습니다.
paragraph-numbers-not-consecutive-number-follows-missing-2 = 식별번호 { $number }이(가) { $previous } 다음에 있습니다. { $first } 및 { $last }이(가) 누락되었습니다.
paragraph-numbers-not-consecutive-number-follows-missing-3 = 식별번호 { $number }이(가) { $previous } 다음에 있습니다. { $first }부터 { $last }까지가 누락되었습니다.

## rules/description/part_not_on_new_sheet.rs
part-not-on-new-sheet = 청구범위가 { $page }페이지에서 앞 부분의 끝에 이어서 시작됩니다. 새 용지에서 시작해야 합니다.
part-not-on-new-sheet-abstract-starts-page = 요약서가 { $page }페이지에서 앞 부분의 끝에 이어서 시작됩니다. 새 용지에서 시작해야 합니다.
part-not-on-new-sheet-description-starts-page = 명세서가 { $page }페이지에서 앞 부분의 끝에 이어서 시작됩니다. 새 용지에서 시작해야 합니다.

## rules/description/profile.rs
profile-a4-21-0 = A4(21.0 × 29.7 cm)
profile-us-letter-21 = US 레터(21.6 × 27.9 cm)

## rules/description/reference_numeral_several_elements.rs
reference-numeral-several-elements = 도면부호 { $numeral }이(가) 여기서는 "{ $name }"을(를), 이 단락의 앞부분에서는 "{ $first_name }"을(를) 가리킵니다. 하나의 도면부호는 하나의 구성요소만 가리켜야 합니다.
reference-numeral-several-elements-names-here-but = 도면부호 { $numeral }이(가) 여기서는 "{ $name }"을(를), { $first }번째 단락에서는 "{ $first_name }"을(를) 가리킵니다. 하나의 도면부호는 하나의 구성요소만 가리켜야 합니다.

## rules/description/section_missing.rs
section-missing = 발명의 설명에 { $section } 표제가 없습니다.
section-missing-description-lacks-sections = 발명의 설명에 { $sections } 표제가 없습니다.

## rules/description/sections_out_of_order.rs
sections-out-of-order-claims = "청구범위"
sections-out-of-order-abstract = "요약서"
sections-out-of-order = { $section } 항목이 { $previous } 항목 뒤에 있습니다. { $office }에서는 그 앞에 기재합니다.

## rules/description/title_improper_form.rs
title-improper-form = 발명의 명칭에 { $words }이(가) 포함되어 있습니다. USPTO는 명칭에서 이러한 단어를 삭제합니다.
title-improper-form-too-general-name = 발명의 명칭 "{ $title }"은(는) 너무 포괄적입니다. 기술적 대상을 나타내십시오.
title-improper-form-contains-which-must = 발명의 명칭에 { $words }이(가) 포함되어 있습니다. 이러한 표현은 명칭에 사용할 수 없습니다.
title-improper-form-too-general-name-subject = 발명의 명칭 "{ $title }"은(는) 너무 포괄적입니다. 대상과 그 유형을 나타내십시오.
title-improper-form-contains-vague-commercial = 발명의 명칭에 { $words }이(가) 포함되어 있습니다. 모호하거나 상업적인 표현은 명칭에 사용할 수 없습니다.
title-improper-form-has-half-width = 발명의 명칭에 반각 문자({ $characters })가 있습니다. { $heading }에는 전각으로 기재하십시오.

## rules/description/title_too_long.rs
title-too-long = { $binding ->
     [required] { $unit ->
         [words] 발명의 명칭이 { $count }단어입니다. { $office }에서는 최대 { $max }단어까지 허용됩니다. 줄이십시오.
        *[characters] 발명의 명칭이 { $count }자입니다. { $office }에서는 최대 { $max }자까지 허용됩니다. 줄이십시오.
      }
    *[preferred] { $unit ->
         [words] 발명의 명칭이 { $count }단어입니다. { $office }에서는 { $max }단어 이하를 권장합니다. 줄이십시오.
        *[characters] 발명의 명칭이 { $count }자입니다. { $office }에서는 { $max }자 이하를 권장합니다. 줄이십시오.
      }
  }

## rules/description/tracked_changes_present.rs
tracked-changes-present = 문서에 다음이 포함되어 있습니다: { $what }. 제출 전에 모든 변경 내용을 적용하거나 거부하십시오.

## rules/description/unsupported_word_content.rs
unsupported-word-content = 본문이 { $columns }단으로 설정되어 있습니다. 명세서는 1단으로 작성하십시오.
unsupported-word-content-document-contains-put = 문서에 다음이 포함되어 있습니다: { $what }. 그 텍스트를 일반 단락에 작성하십시오.

## rules/drawings/colour_content.rs
colour-content-uspto-accepts-drawings = USPTO는 청원(petition)이 승인된 경우에만 컬러 도면을 인정합니다(37 CFR 1.17(h) 수수료 및 도면의 간단한 설명 첫머리에 컬러 도면에 관한 문단 필요)
colour-content-epo-publishes-drawings = EPO는 도면을 흑백으로 공개하므로 컬러로만 표시된 세부 사항은 사라집니다
colour-content-drawings-must-black = 도면은 채색 없이 흑백이어야 합니다
colour-content = { $sheet }번째 용지가 컬러입니다. { $reason }.
colour-content-sheets = { $sheets }번째 용지가 컬러입니다. { $reason }.

## rules/drawings/figure_label_form.rs
figure-label-form = { $sheet }번째 용지의 도 번호 "{ $label }"이(가) 정해진 형식이 아닙니다. { $form }.

## rules/drawings/figure_not_described.rs
figure-not-described-sheet-labels-but = { $sheet }번째 용지에 "{ $label }"이(가) 있으나 발명의 설명({ $description })에는 도 { $figure }에 대한 언급이 없습니다. 도면의 간단한 설명에는 모든 도를 설명해야 합니다.

## rules/drawings/figure_not_drawn.rs
figure-not-drawn = { $count ->
     [1] 발명의 설명에서는 도 { $figure }을(를) 언급하지만 도면({ $drawings })의 어느 용지에도 도 { $figure } 표시가 없습니다. 도면에 표시된 것은 도 { $figures }뿐입니다.
    *[other] 발명의 설명에서는 도 { $figure }을(를) 언급하지만 도면({ $drawings })의 어느 용지에도 도 { $figure } 표시가 없습니다. 도면에 표시된 것은 도 { $figures }입니다.
  }

## rules/drawings/figure_numbers_not_consecutive.rs
figure-numbers-not-consecutive = { $labelled ->
     [one] { $count ->
         [1] 도면에는 도 { $figures }만 표시되어 있어 도 { $missing }이(가) 빠져 있습니다. 도 번호는 1부터 연속하여 매깁니다.
        *[other] 도면에는 도 { $figures }만 표시되어 있어 도 { $missing }이(가) 빠져 있습니다. 도 번호는 1부터 연속하여 매깁니다.
      }
    *[many] { $count ->
         [1] 도면에는 도 { $figures }이(가) 표시되어 있어 도 { $missing }이(가) 빠져 있습니다. 도 번호는 1부터 연속하여 매깁니다.
        *[other] 도면에는 도 { $figures }이(가) 표시되어 있어 도 { $missing }이(가) 빠져 있습니다. 도 번호는 1부터 연속하여 매깁니다.
      }
  }
figure-numbers-not-consecutive-labelled-twice-sheet = 도 { $figure }("{ $label }")이(가) { $sheet }번째 용지에 두 번 표시되어 있습니다. 각 도에는 고유한 번호를 매깁니다.
figure-numbers-not-consecutive-labelled-sheet-again = 도 { $figure }("{ $label }")이(가) { $first_sheet }번째 용지와 { $sheet }번째 용지에 모두 표시되어 있습니다. 각 도에는 고유한 번호를 매깁니다.

## rules/drawings/font_not_embedded.rs
font-not-embedded = { $embedding ->
     [all-but-standard] { $count ->
         [1] 글꼴 { $fonts }이(가) PDF에 임베드되어 있지 않습니다. PDF 표준 글꼴 14종을 제외한 모든 글꼴을 임베드해야 합니다. 이 글꼴을 임베드하여 도면을 다시 내보내십시오.
        *[other] 글꼴 { $fonts }이(가) PDF에 임베드되어 있지 않습니다. PDF 표준 글꼴 14종을 제외한 모든 글꼴을 임베드해야 합니다. 해당 글꼴을 임베드하여 도면을 다시 내보내십시오.
      }
    *[all] { $count ->
         [1] 글꼴 { $fonts }이(가) PDF에 임베드되어 있지 않습니다. 표준 글꼴을 포함한 모든 글꼴을 임베드해야 합니다. 이 글꼴을 임베드하여 도면을 다시 내보내십시오.
        *[other] 글꼴 { $fonts }이(가) PDF에 임베드되어 있지 않습니다. 표준 글꼴을 포함한 모든 글꼴을 임베드해야 합니다. 해당 글꼴을 임베드하여 도면을 다시 내보내십시오.
      }
  }
font-not-embedded-first-sheet = { $font }({ $sheet }번째 용지에서 처음 사용)

## rules/drawings/frame_present.rs
frame-present-practitioners-advise-against = 실무상 특허청에 제출하는 도면에는 테두리를 두지 않도록 권장됩니다
frame-present-frames-around-drawings = 도면을 둘러싼 테두리는 허용되지 않습니다
frame-present = { $sheet }번째 용지에 도면을 둘러싼 테두리({ $width } × { $height } 사각형)가 그려져 있습니다. { $reason }. 테두리를 삭제하십시오.
frame-present-sheets-have-drawn = { $sheets }번째 용지에 도면을 둘러싼 테두리가 그려져 있습니다. { $reason }. 테두리를 삭제하십시오.

## rules/drawings/greyscale_content.rs
greyscale-content-uspto-accepts-photographs = USPTO는 사진이 발명을 나타내는 유일한 실용적 수단인 경우에만 사진을 인정하며, 회색 음영은 재현되지 않을 수 있습니다
greyscale-content-epo-accepts-photographs = EPO는 대상을 도면으로 나타낼 수 없는 경우에만 사진을 인정하고 도면을 흑백으로 공개하므로, 회색 세부 사항이 사라질 수 있습니다
greyscale-content-grey-tones-photographs = PCT에서 회색 톤과 사진은 예외적으로만 인정되며, 출원이 흑백으로 공개될 때 사라질 수 있습니다
greyscale-content-jpo-takes-grey = JPO는 도면 대용 사진(図面代用写真)의 그레이스케일 JPEG 이미지에서만 회색을 인정합니다. 선도는 흑백으로 그리십시오
greyscale-content-drawings-drawn-black = 도면은 검은 선으로 그려야 하며, 회색 톤과 사진은 보정요구를 받을 수 있습니다
greyscale-content = { $sheet }번째 용지에 회색 톤(사진, 그레이스케일 렌더링 또는 회색 채우기)이 포함되어 있습니다. { $reason }.
greyscale-content-sheets-hold-grey = { $sheets }번째 용지에 회색 톤(사진, 그레이스케일 렌더링 또는 회색 채우기)이 포함되어 있습니다. { $reason }.

## rules/drawings/image_format_not_accepted.rs
image-format-not-accepted = 도면이 { $format } 파일입니다. JPO의 온라인 출원에서는 도면을 각 도마다 이미지 1개로만 받습니다(흑백 PNG, GIF 또는 BMP, 또는 사진용 그레이스케일 JPEG).
image-format-not-accepted-sheet-animated-gif = { $sheet }번째 용지는 애니메이션 GIF({ $frames }프레임)입니다. JPO의 출원 소프트웨어는 애니메이션 이미지를 거부합니다. 단일 흑백 이미지로 저장하십시오.
image-format-not-accepted-sheet-black-white = { $sheet }번째 용지는 { $pixels } { $format } 이미지로, 흑백(1비트)이 아닙니다. JPO의 출원 소프트웨어가 이를 흑백으로 변환하므로 가는 선과 문자가 사라질 수 있습니다. 흑백으로 저장하십시오.
image-format-not-accepted-sheet-bmp-black = { $sheet }번째 용지는 { $pixels } BMP 이미지로, 흑백(1비트)이 아닙니다. JPO의 출원 소프트웨어는 이를 거부합니다. 흑백(단색) 비트맵으로 저장하십시오.
image-format-not-accepted-bit-samples = { $bits }비트 샘플
image-format-not-accepted-progressive-encoding = 프로그레시브 방식
image-format-not-accepted-no-jfif-header = JFIF 헤더 없음
image-format-not-accepted-sheet-jpeg-jpo = { $sheet }번째 용지의 JPEG 이미지가 요건에 맞지 않습니다({ $faults }). JPO는 8비트 그레이스케일, 베이스라인 방식, JFIF 헤더가 있는 JPEG만 받습니다.
image-format-not-accepted-sheet-tiff-page = { $sheet }번째 용지는 TIFF 페이지({ $compression })입니다. PCT 전자출원에서는 TIFF 도면이 흑백이고 CCITT Group 4로 압축되어 있어야 합니다.
image-format-not-accepted-sheets-tiff-pages = { $sheets }번째 용지는 TIFF 페이지({ $compression })입니다. PCT 전자출원에서는 TIFF 도면이 흑백이고 CCITT Group 4로 압축되어 있어야 합니다.
image-format-not-accepted-black-white = 흑백
image-format-not-accepted-greyscale = 그레이스케일
image-format-not-accepted-palette-colours = 팔레트 컬러
image-format-not-accepted-rgb-colour = RGB 컬러
image-format-not-accepted-cmyk-colour = CMYK 컬러
image-format-not-accepted-unusual-colour-mode = 특수한 색상 모드
image-format-not-accepted-no-compression = 비압축
image-format-not-accepted-ccitt-group-3 = CCITT Group 3 압축
image-format-not-accepted-ccitt-group-4 = CCITT Group 4 압축
image-format-not-accepted-lzw-compression = LZW 압축
image-format-not-accepted-deflate-zip-compression = Deflate(ZIP) 압축
image-format-not-accepted-packbits-compression = PackBits 압축
image-format-not-accepted-jpeg-compression = JPEG 압축
image-format-not-accepted-unusual-compression-method = 특수한 방식의 압축

## rules/drawings/law.rs
law-a4-210-297 = A4(210 × 297 mm)
law-us-letter-216 = US 레터(216 × 279 mm)
law-centred-top = 위쪽 가운데
law-centred-top-bottom = 위쪽 또는 아래쪽 가운데
law-right-end-top = 위쪽 여백의 오른쪽 끝
law-centred-bottom = 아래쪽 가운데
law-sheet-total-1 = 위쪽 가운데, 사용 가능 영역 안에 "용지 번호/총 매수"(1/3, 2/3, 3/3)
law-consecutive-arabic-numerals = 위쪽 가운데(위쪽 여백 제외)에 연속된 아라비아 숫자
law-sheet-total-1-3 = 위쪽 또는 아래쪽 가운데(여백 제외)에 "용지 번호/총 매수"(1/3, 2/3, 3/3, 용지가 1장뿐이면 1/1)
law-page-numbers-right = 위쪽 여백의 오른쪽 끝에 쪽 번호
law-page-numbers-centred = 아래쪽 가운데에 쪽 번호
law-consecutive-arabic-numerals-centred = 아래쪽 가운데에 연속된 아라비아 숫자
law-uspto-labels-views = USPTO에서는 각 도를 "FIG."와 번호로 표시하고, 부분도에는 대문자를 붙입니다(FIG. 1, FIG. 4A)
law-epo-labels-figures = EPO에서는 언어와 관계없이 각 도를 "FIG"와 번호로 표시하고, 부분도에는 대문자를 붙입니다(FIG 1, FIG 7A)
law-pct-drawings-label = PCT 도면에서는 언어와 관계없이 각 도를 "Fig."와 번호로 표시하고, 부분도에는 대문자를 붙입니다(Fig. 1, Fig. 7B)
law-jpo-labels-figures = JPO에서는 각 도의 위에 【図１】과 같이 【】 괄호로 도 번호를 표시합니다
law-kipo-labels-figures = 특허청에서는 각 도를 【도 1】과 같이 【】 괄호로 표시합니다
law-cnipa-labels-figures = CNIPA에서는 각 도의 바로 아래에 图1, 图2 …와 같이 표시합니다
law-least-0-32 = 높이 0.32 cm(1/8인치) 이상
law-least-0-32-cm = 높이 0.32 cm 이상
law-about-5-mm = 약 5 mm 정사각형

## rules/drawings/margin_too_small.rs
margin-too-small = { $sheet }번째 용지에서 도면이 용지 가장자리에 너무 가깝습니다: { $distances }.
margin-too-small-top-edge-least = 위쪽 가장자리에서 { $distance }(최소 { $minimum } 필요)
margin-too-small-left-edge-least = 왼쪽 가장자리에서 { $distance }(최소 { $minimum } 필요)
margin-too-small-right-edge-least = 오른쪽 가장자리에서 { $distance }(최소 { $minimum } 필요)
margin-too-small-bottom-edge-least = 아래쪽 가장자리에서 { $distance }(최소 { $minimum } 필요)

## rules/drawings/pdf_content_not_accepted.rs
pdf-content-not-accepted-javascript = JavaScript
pdf-content-not-accepted-attached-files = 첨부 파일
pdf-content-not-accepted-form-fields = 양식 필드
pdf-content-not-accepted-digital-signature = 전자 서명
pdf-content-not-accepted = 주석(첫 번째는 { $page }페이지)
pdf-content-not-accepted-holds-filing-systems = PDF에 { $what }이(가) 포함되어 있습니다. 출원 시스템은 이를 제거하거나 거부하며 페이지 자체의 내용만 출원됩니다. 출원 전에 PDF를 평면화하십시오(새 PDF로 다시 인쇄).

## rules/drawings/pdf_encrypted.rs
pdf-encrypted = PDF가 암호화되어 있습니다(비밀번호 또는 보안 설정으로 보호됨). 출원 시스템은 보호된 PDF를 거부하거나 처리할 수 없습니다. 출원 전에 보호를 해제한 사본을 저장하십시오.

## rules/drawings/pdf_version_too_old.rs
pdf-version-too-old = PDF 버전이 { $version }입니다. PCT 전자출원은 PDF { $minimum } 이상만 받습니다. 도면을 더 새로운 버전의 PDF로 다시 저장하십시오.
pdf-version-too-old-electronic-filing-takes = PDF 버전이 { $version }입니다. { $office } 전자출원은 PDF { $minimum } 이상만 받습니다. 도면을 더 새로운 버전의 PDF로 다시 저장하십시오.

## rules/drawings/pixel_size_exceeded.rs
pixel-size-exceeded = { $sheet }번째 용지는 { $dpi } dpi에서 { $width } × { $height } px입니다. 이 해상도에서 JPO가 받는 이미지는 최대 { $max_width } × { $max_height } px(폭 × 높이, 170 × 255 mm)입니다. 이미지를 도 부분만 남도록 자르거나 축소하십시오.
pixel-size-exceeded-sheet-px-states = { $sheet }번째 용지는 { $width } × { $height } px이며 해상도가 기록되어 있지 않습니다. JPO가 받는 최고 해상도인 { $dpi } dpi에서도 이미지는 최대 { $max_width } × { $max_height } px(폭 × 높이)입니다. 이미지를 도 부분만 남도록 자르거나 축소하십시오.

## rules/drawings/reference_sign_enclosed.rs
reference-sign-enclosed = { $sheet }번째 용지에 괄호, 따옴표 또는 원으로 둘러싸인 도면부호가 있습니다: "{ $sign }". 도면부호는 괄호, 원 또는 따옴표로 둘러싸지 않고 적습니다.
reference-sign-enclosed-sheet-shows-signs = { $sheet }번째 용지에 괄호, 따옴표 또는 원으로 둘러싸인 도면부호가 있습니다: { $signs }. 도면부호는 괄호, 원 또는 따옴표로 둘러싸지 않고 적습니다.

## rules/drawings/reference_sign_not_in_description.rs
reference-sign-not-in-description = { $sheet }번째 용지의 도면부호 "{ $sign }"은(는) 발명의 설명({ $description })에도 청구범위에도 언급되어 있지 않습니다. 도면의 모든 도면부호는 본문에서 설명해야 합니다.
reference-sign-not-in-description-sheet-mentioned-every = { $sheet }번째 용지의 도면부호 "{ $sign }"은(는) 발명의 설명({ $description })에 언급되어 있지 않습니다. 도면의 모든 도면부호는 발명의 설명에서 설명해야 합니다.
reference-sign-not-in-description-drawings-hold-one = 도면에 발명의 설명에서 언급하지 않은 도면부호가 1개 더 있습니다. 처음 { $listed }개만 표시합니다.
reference-sign-not-in-description-drawings-hold-more = 도면에 발명의 설명에서 언급하지 않은 도면부호가 { $more }개 더 있습니다. 처음 { $listed }개만 표시합니다.

## rules/drawings/reference_sign_not_in_drawings.rs
reference-sign-not-in-drawings = 도면부호 { $numeral }({ $name })은(는) 발명의 설명에 사용되었으나 도면({ $drawings }) 어디에도 없습니다. { $name }을(를) 나타내는 도에 도면부호를 추가하거나 도면부호를 바로잡으십시오.
reference-sign-not-in-drawings-description-uses-one = 발명의 설명에 어느 도면에도 없는 도면부호가 1개 더 있습니다. 처음 { $listed }개만 표시합니다.
reference-sign-not-in-drawings-description-uses-more = 발명의 설명에 어느 도면에도 없는 도면부호가 { $more }개 더 있습니다. 처음 { $listed }개만 표시합니다.

## rules/drawings/resolution_invalid.rs
resolution-invalid = { $sheet }번째 용지({ $format } 이미지)에 해상도가 기록되어 있지 않습니다. JPO는 파일에 해상도가 { $allowed } dpi로 기록된 이미지만 받습니다.
resolution-invalid-sheet-image-dpi = { $sheet }번째 용지({ $format } 이미지)의 해상도는 { $dpi } dpi입니다. JPO는 파일에 해상도가 { $allowed } dpi로 기록된 이미지만 받습니다.
resolution-invalid-sheet-image-dpi-across = { $sheet }번째 용지({ $format } 이미지)의 해상도는 가로 { $across } dpi, 세로 { $down } dpi입니다. JPO는 파일에 해상도가 { $allowed } dpi로 기록된 이미지만 받습니다.

## rules/drawings/scale_indication.rs
scale-indication = { $sheet }번째 용지에 축척 표시 "{ $scale }"이(가) 있습니다. 도면에는 축척이나 "실물 크기"를 글로 적어서는 안 됩니다(축척은 그려 넣은 축척 막대로만 나타낼 수 있습니다).

## rules/drawings/sheet_number_malformed.rs
sheet-number-malformed = { $sheet }번째 용지의 번호 "{ $written }"은(는) 숫자 하나뿐이지만, { $office }에서는 "용지 번호/총 매수" 형식({ $position }/{ $count })으로 적습니다.
sheet-number-malformed-numbered-but-sheets = { $sheet }번째 용지의 번호가 "{ $written }"(으)로 되어 있지만, 이 용지는 전체 { $count }장 중 { $position }번째입니다. 용지 번호는 1부터 연속하여 매깁니다.
sheet-number-malformed-numbered-but-drawings = { $sheet }번째 용지의 번호가 "{ $written }"(으)로 되어 있지만, 도면은 { $total }장이 아니라 1장입니다.
sheet-number-malformed-numbered-but-drawings-have = { $sheet }번째 용지의 번호가 "{ $written }"(으)로 되어 있지만, 도면은 { $total }장이 아니라 { $count }장입니다.

## rules/drawings/sheet_number_misplaced.rs
sheet-number-misplaced = { $sheet }번째 용지의 번호 "{ $written }"이(가) { $place }에 있습니다. { $office }에서는 용지 번호를 { $wanted }에 표시합니다.
sheet-number-misplaced-s-stands-puts = { $sheet }번째 용지의 번호 "{ $written }"이(가) { $place }에 있습니다. { $office }에서는 용지 번호를 여백이 아닌 { $wanted }에 표시합니다.
sheet-number-misplaced-s-stands-margin = { $sheet }번째 용지의 번호 "{ $written }"이(가) { $place }의 여백 안에 있습니다. { $office }에서는 용지 번호를 여백이 아닌 { $wanted }에 표시합니다.
sheet-number-misplaced-top-left = 왼쪽 위
sheet-number-misplaced-top-centre = 위쪽 가운데
sheet-number-misplaced-top-right = 오른쪽 위
sheet-number-misplaced-bottom-left = 왼쪽 아래
sheet-number-misplaced-bottom-centre = 아래쪽 가운데
sheet-number-misplaced-bottom-right = 오른쪽 아래
sheet-number-misplaced-left-edge = 왼쪽 가장자리
sheet-number-misplaced-middle = 용지 가운데
sheet-number-misplaced-right-edge = 오른쪽 가장자리

## rules/drawings/sheet_number_missing.rs
sheet-number-missing = { $sheet }번째 용지의 텍스트에 용지 번호가 없습니다. { $office }에서는 도면 용지 번호를 다음과 같이 매깁니다: { $form }.

## rules/drawings/sheet_size_invalid.rs
sheet-size-invalid = { $sheet }번째 용지는 { $width } × { $height } 이미지로, 용지 전체가 아닙니다. 도면 용지는 { $sizes } 세로 방향이어야 합니다(도는 용지 위에서 가로로 배치해도 됩니다).
sheet-size-invalid-turned-sideways-landscape = { $sheet }번째 용지는 { $width } × { $height }로, 가로 방향(landscape)입니다. 도면 용지는 { $sizes } 세로 방향이어야 합니다(도는 용지 위에서 가로로 배치해도 됩니다).
sheet-size-invalid-drawing-sheets-must = { $sheet }번째 용지의 크기는 { $width } × { $height }입니다. 도면 용지는 { $sizes } 세로 방향이어야 합니다(도는 용지 위에서 가로로 배치해도 됩니다).

## rules/drawings/sheet_sizes_differ.rs
sheet-sizes-differ = { $sheet }번째 용지는 { $size }이지만 { $usual_sheet }번째 용지는 { $usual_size }입니다. 모든 도면 용지는 같은 크기여야 합니다.

## rules/drawings/single_figure_labelled.rs
single-figure-labelled = { $sheet }번째 용지에는 도가 하나뿐인데 "{ $label }"(으)로 표시되어 있습니다. 도가 하나뿐이면 번호를 매기지 않고 "{ $word }" 표시도 하지 않습니다.

## rules/drawings/size_unknown.rs
size-unknown = { $sheet }번째 용지({ $width } × { $height } px)에 해상도가 기록되어 있지 않아 용지상의 크기, 여백 및 문자 높이를 측정할 수 없으므로 검사하지 않았습니다. 이미지를 해상도(예: 300 dpi)와 함께 저장하십시오.
size-unknown-sheets-do-not = { $sheets }번째 용지에 해상도가 기록되어 있지 않아 용지상의 크기, 여백 및 문자 높이를 측정할 수 없으므로 검사하지 않았습니다. 이미지를 해상도(예: 300 dpi)와 함께 저장하십시오.

## rules/drawings/text_layer_missing.rs
text-layer-missing = { $sheet }번째 용지에 텍스트 레이어가 없습니다(이미지 또는 스캔). 따라서 용지 번호, 도 번호, 도면부호 및 문자 높이를 읽을 수 없어 검사하지 않았습니다. 육안으로 확인하십시오.
text-layer-missing-sheets-have-no = { $sheets }번째 용지에 텍스트 레이어가 없습니다(이미지 또는 스캔). 따라서 용지 번호, 도 번호, 도면부호 및 문자 높이를 읽을 수 없어 검사하지 않았습니다. 육안으로 확인하십시오.

## rules/drawings/text_too_small.rs
text-too-small = { $text }({ $height })
text-too-small-more = 그 밖의 { $count }건
text-too-small-sheet-reference-signs = { $sheet }번째 용지에 { $minimum } 미만인 도면부호가 있습니다: { $runs }. { $office }에서 요구하는 도면부호 크기는 { $stated }입니다.
text-too-small-sheet-lettering-smaller = { $sheet }번째 용지에 { $minimum } 미만인 문자가 있습니다: { $runs }. 도면의 숫자와 문자는 { $stated }이어야 합니다.

## rules/drawings/usable_area_exceeded.rs
usable-area-exceeded = { $over ->
     [height] { $sheet }번째 용지의 도면은 높이가 { $height }입니다(최대 { $max_height }). { $max_width } × { $max_height }(폭 × 높이) 이내여야 합니다. 축소하십시오.
     [width] { $sheet }번째 용지의 도면은 폭이 { $width }입니다(최대 { $max_width }). { $max_width } × { $max_height }(폭 × 높이) 이내여야 합니다. 축소하십시오.
    *[both] { $sheet }번째 용지의 도면은 폭 { $width }(최대 { $max_width }), 높이 { $height }(최대 { $max_height })입니다. { $max_width } × { $max_height }(폭 × 높이) 이내여야 합니다. 축소하십시오.
  }

## rules/input/filing_date_from_document.rs
filing-date-from-document = 문서에 적힌 출원일 { $date }을(를) 날짜부터 적용되는 규칙에 사용했습니다. 다른 날짜로 검사하려면 출원일을 지정하십시오.

## rules/input/pages_not_read.rs
pages-not-read = { $count ->
     [1] { $pages }페이지는 텍스트 계층이 없는 스캔 이미지로 글자 페이지 사이에 있습니다. OCR 없이는 읽을 수 없어 검사하지 않았습니다.
    *[other] { $count }개 페이지({ $pages })는 텍스트 계층이 없는 스캔 이미지로 글자 페이지 사이에 있습니다. OCR 없이는 읽을 수 없어 검사하지 않았습니다.
  }

## rules/input/publication_layout_not_checked.rs
publication-layout-not-checked = 이 PDF는 출원 서류가 아니라 공보({ $publication })입니다. 청구범위·명세서·요약은 검사했지만 페이지 레이아웃은 특허청이 만든 것이므로 검사하지 않았습니다.

## rules/input/route_from_document.rs
route-from-document = 이 문서는 국제출원의 국내단계이므로 그 경로로 검사했습니다. 직접 국내출원에만 적용되는 요건은 적용하지 않았습니다.

## rules/sequences/character_not_allowed.rs
character-not-allowed = { $element }에는 문자 { $character }({ $code })를 쓸 수 없습니다. 출원인 및 발명자의 성명과 발명의 명칭 외에는 서열목록은 기본 라틴 문자의 인쇄 가능한 문자만 씁니다(부속서 IV).
character-not-allowed-more-characters-outside = 부속서 IV 범위 밖의 문자가 { $count }개 더 있으며 하나씩 나열하지 않았습니다.

## rules/sequences/division_invalid.rs
division-invalid = 서열번호 { $id }에 INSDSeq_division이 없습니다. PAT여야 합니다.
division-invalid-insdseq-seq-id = 서열번호 { $id }의 INSDSeq_division이 { $value }입니다. PAT여야 합니다.

## rules/sequences/doctype_invalid.rs
doctype-invalid = 서열목록에 DOCTYPE 선언이 없습니다. ST.26은 <!DOCTYPE ST26SequenceListing PUBLIC "-//WIPO//DTD Sequence Listing 1.3//EN" "ST26SequenceListing_V1_3.dtd">를 요구합니다.
doctype-invalid-names-not-st26sequencelisting = DOCTYPE의 이름이 ST26SequenceListing이 아니라 { $name }입니다.
doctype-invalid-declares-entities-own = DOCTYPE이 자체 엔터티를 선언하고 있습니다. ST.26 서열목록은 WIPO의 DTD만 참조합니다(patlint는 엔터티를 확장하지 않으므로 그 참조는 적힌 그대로 남습니다).
doctype-invalid-has-internal-subset = DOCTYPE에 내부 서브셋이 있습니다. ST.26 서열목록은 WIPO의 DTD만 참조합니다.
doctype-invalid-does-not-refer = DOCTYPE이 공개 식별자 "-//WIPO//DTD Sequence Listing 1.3//EN"로 WIPO의 DTD를 참조하지 않습니다.

## rules/sequences/english_free_text_missing.rs
english-free-text-missing = 서열번호 { $id }의 특징 { $key }의 { $name }이(가) 다른 언어("{ $value }")로만 기재되어 있습니다. USPTO는 INSDQualifier_value에 영어 기재도 요구합니다.

## rules/sequences/feature_key_not_allowed.rs
sequence-kind-nucleotide = 뉴클레오타이드
sequence-kind-amino-acid = 아미노산
feature-key-not-allowed = 서열번호 { $id }의 특징 키 { $key }는 부속서 I의 { $kind } 서열용 키에 없습니다(patlint의 키 표는 부속서 자체로 확인하지 못했습니다).

## rules/sequences/file_name_invalid.rs
file-name-invalid = 파일명 { $name }은 USPTO에서 받아들여지지 않습니다. Sequence Listing XML의 파일명은 1~60자의 영문자, 숫자, 하이픈 및 밑줄 뒤에 .xml을 붙입니다.

## rules/sequences/general_information_missing.rs
general-information-missing = 서열목록에 ApplicationIdentification도 ApplicantFileReference도 없습니다. 둘 중 하나로 출원을 특정합니다.
general-information-missing-listing-has-no = 서열목록에 ApplicantName이 없습니다.
general-information-missing-applicant-s-name = 출원인 성명 { $name }은 라틴 문자가 아니며 ApplicantNameLatin이 없습니다.
general-information-missing-listing-has-no-inventiontitle = 서열목록에 InventionTitle이 없습니다.

## rules/sequences/length_mismatch.rs
length-mismatch = 서열번호 { $id }에 INSDSeq_length가 없습니다.
length-mismatch-insdseq-seq-id = 서열번호 { $id }의 INSDSeq_length는 { $declared }이지만 서열의 잔기는 { $count }개입니다.

## rules/sequences/location_invalid.rs
location-invalid = 서열번호 { $id }의 특징 { $key }의 위치 { $location }는 올바른 형식의 위치가 아닙니다.
location-invalid-feature-seq-id = 서열번호 { $id }의 특징 { $key }의 위치 { $location }는 위치 { $position }에 이르러 서열의 { $count }개 잔기 밖에 있습니다.

## rules/sequences/mod_base_invalid.rs
mod-base-invalid = 서열번호 { $id }의 mod_base 값 "{ $value }"은(는) 부속서 I 표 2의 약어가 아닙니다. 표의 약어(5-메틸시티딘은 "m5c")를 쓰거나, OTHER로 하고 note 한정어에 전체 이름을 쓰십시오.
mod-base-invalid-modified-seq-id = 서열번호 { $id }의 변형 염기가 OTHER인데 note 한정어가 없습니다. note에 전체 이름을 쓰십시오.

## rules/sequences/mol_type_invalid.rs
mol-type-invalid = 서열번호 { $id }의 mol_type { $value }는 { $moltype }의 값이 아닙니다. { $allowed } 중 하나를 쓰십시오.

## rules/sequences/moltype_invalid.rs
moltype-invalid = 서열번호 { $id }에 INSDSeq_moltype이 없습니다. DNA, RNA 또는 AA여야 합니다.
moltype-invalid-insdseq-seq-id = 서열번호 { $id }의 INSDSeq_moltype이 { $value }입니다. DNA, RNA 또는 AA여야 합니다.

## rules/sequences/non_english_language_invalid.rs
non-english-language-invalid = 서열목록에 영어 이외의 자유 기재(서열번호 { $id }의 { $name } "{ $text }")가 있으나, 루트에 그 언어를 나타내는 nonEnglishFreeTextLanguageCode가 없습니다.
non-english-language-invalid-feature-seq-id = 서열번호 { $id }의 특징 { $key }의 { $name }("{ $text }")이(가) 서열목록이 영어 이외의 자유 기재에 대해 선언한 언어({ $code })의 문자로 쓰여 있지 않습니다.

## rules/sequences/numbering_not_consecutive.rs
numbering-not-consecutive-sequenceidnumber-whole-number = sequenceIDNumber { $id }는 정수가 아닙니다.
numbering-not-consecutive-first-sequence-seq = 첫 서열이 서열번호 { $number }입니다. 번호는 1부터 시작합니다.
numbering-not-consecutive-seq-id-no = 서열번호 { $previous } 다음이 서열번호 { $number }입니다. 서열번호는 1, 2, 3…으로 빠짐이나 중복 없이 이어집니다.

## rules/sequences/other_seqids_present.rs
other-seqids-present = 서열번호 { $id }에 INSDSeq_other-seqids가 있습니다. 이는 관청만 기입하는 요소이므로 삭제하십시오.

## rules/sequences/qualifier_not_allowed.rs
qualifier-not-allowed = 서열번호 { $id }의 특징 { $key }의 한정어 { $name }은(는) 부속서 I의 { $kind } 서열 한정어에 없습니다(patlint의 표는 부속서 자체와 대조하지 못했습니다).

## rules/sequences/qualifier_value_invalid.rs
qualifier-value-invalid = 서열번호 { $id }의 특징 { $key }의 codon_start가 "{ $value }"입니다. 1, 2 또는 3이어야 합니다.
qualifier-value-invalid-transl-table-feature = 서열번호 { $id }의 특징 { $key }의 transl_table "{ $value }"은(는) 부속서 I 제9절의 유전 암호표 번호가 아닙니다(1이 표준 암호).

## rules/sequences/residue_invalid.rs
residue-invalid = 서열번호 { $id }의 위치 { $position }에 u가 있습니다(모두 { $count }개). ST.26은 우라실을 DNA에서와 마찬가지로 RNA에서도 t로 적습니다.
residue-invalid-seq-id-no = 서열번호 { $id }의 위치 { $position }에 { $residue }가 있습니다(모두 { $count }개). 뉴클레오타이드는 소문자로 적습니다.
residue-invalid-seq-id-no-has = 서열번호 { $id }의 위치 { $position }에 { $residue }가 있습니다(모두 { $count }개). 아미노산은 대문자로 적습니다.
residue-invalid-seq-id-no-has-position = 서열번호 { $id }의 위치 { $position }에 { $residue }가 있습니다(모두 { $count }개). 이는 { $moltype }에 대한 부속서 I의 기호가 아닙니다.

## rules/sequences/root_attribute_invalid.rs
root-attribute-invalid = 루트 요소에 dtdVersion 속성이 없습니다(현행 DTD는 V1_3).
root-attribute-invalid-productiondate-not-date = productionDate { $value }는 YYYY-MM-DD 형식의 날짜가 아닙니다.
root-attribute-invalid-not-two-letter = { $attribute } { $value }는 두 글자 언어 코드(ISO 639-1)가 아닙니다.

## rules/sequences/seq_id_not_in_listing.rs
seq-id-not-in-listing = 여기서 서열번호 { $number }를 인용하지만 서열목록 { $listing }에는 그 서열이 없습니다.

## rules/sequences/sequence_not_cited.rs
sequence-not-cited = 서열번호 { $id }는 서열목록에 있지만 명세서와 청구범위 어디에서도 인용되지 않습니다.

## rules/sequences/sequence_without_seq_id.rs
sequence-without-seq-id = 여기에 구체적으로 정의된 뉴클레오타이드 { $count }개의 서열이 서열번호 없이 적혀 있습니다. ST.26은 이 서열을 서열목록에 넣고 서열번호로 인용하도록 요구합니다.
sequence-without-seq-id-specifically-defined-amino = 여기에 구체적으로 정의된 아미노산 { $count }개의 서열이 서열번호 없이 적혀 있습니다. ST.26은 이 서열을 서열목록에 넣고 서열번호로 인용하도록 요구합니다.

## rules/sequences/skipped_sequence_malformed.rs
skipped-sequence-malformed = 건너뛴 서열번호 { $id }에 특징 테이블이 있습니다. 의도적으로 건너뛴 서열에는 특징 테이블이 없습니다.
skipped-sequence-malformed-seq-id-no = 건너뛴 서열번호 { $id }의 { $element }가 { $value }입니다. 의도적으로 건너뛴 서열에서는 비워 둡니다.

## rules/sequences/source_feature_missing.rs
source-feature-missing = 서열번호 { $id }에 source 특징이 없습니다. 모든 서열에는 organism과 mol_type을 갖춘 source 특징이 있어야 합니다.
source-feature-missing-seq-id-no = 서열번호 { $id }의 source 특징 위치가 { $location }입니다. source 특징은 서열 전체({ $whole })에 걸쳐야 합니다.
source-feature-missing-seq-id-no-has = 서열번호 { $id }의 source 특징에 { $qualifier } 한정자가 없습니다.

## rules/sequences/title_differs.rs
title-differs = 서열목록의 발명의 명칭 "{ $listed }"이(가) { $file }의 발명의 명칭 "{ $title }"과(와) 다릅니다. 서열목록은 해당 출원을 나타내야 합니다.

## rules/sequences/total_quantity_mismatch.rs
total-quantity-mismatch = 서열목록에 SequenceTotalQuantity가 없습니다. SequenceData 요소는 1개입니다.
total-quantity-mismatch-listing-has-no = 서열목록에 SequenceTotalQuantity가 없습니다. SequenceData 요소는 { $count }개입니다.
total-quantity-mismatch-sequencetotalquantity-but-listing = SequenceTotalQuantity는 { $declared }이지만 서열목록의 SequenceData 요소는 1개입니다.
total-quantity-mismatch-sequencetotalquantity-but-listing-has = SequenceTotalQuantity는 { $declared }이지만 서열목록의 SequenceData 요소는 { $count }개입니다.

## rules/sequences/xml_declaration_invalid.rs
xml-declaration-invalid = 서열목록에 XML 선언이 없습니다. <?xml version="1.0" encoding="UTF-8"?>로 시작해야 합니다.
xml-declaration-invalid-gives-version-sequence = XML 선언의 버전이 { $version }입니다. 서열목록은 XML 1.0입니다.
xml-declaration-invalid-gives-encoding-sequence = XML 선언의 인코딩이 { $encoding }입니다. 서열목록은 UTF-8로 인코딩합니다.
xml-declaration-invalid-listing-not-encoded = 서열목록이 UTF-8로 인코딩되어 있지 않습니다. UTF-8로 저장하십시오.

## st3.rs
st3-african-regional-intellectual = 아프리카지역지식재산기구(ARIPO)
st3-benelux-office-intellectual = 베네룩스 지식재산청
st3-eurasian-patent-organization = 유라시아특허기구
st3-european-union-intellectual = 유럽연합지식재산청
st3-european-patent-office = 유럽특허청
st3-patent-office-gulf = 걸프협력회의 특허청
st3-international-bureau-wipo = WIPO 국제사무국
st3-african-intellectual-property = 아프리카지식재산기구(OAPI)
st3-community-plant-variety = 유럽연합 식물품종청
st3-world-intellectual-property = 세계지식재산기구
st3-nordic-patent-institute = 북유럽특허청
st3-upov = 국제식물신품종보호연맹(UPOV)
st3-visegrad-patent-institute = 비셰그라드 특허청
st3-czechoslovakia = 체코슬로바키아
st3-german-democratic-republic = 독일민주공화국
st3-soviet-union = 소련
st3-yugoslavia = 유고슬라비아
st3-zaire = 자이르
st3-code-not-country = { $code }은(는) { $name }의 코드이며 국가 코드가 아닙니다
st3-was-code = { $code }은(는) 과거 { $name }의 코드였습니다
