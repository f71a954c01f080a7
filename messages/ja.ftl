### patlint's messages in Japanese: one message per id, which the source names (`message!("id", …)`,
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
list-separator = {"、"}
list-and = {"及び"}
list-or = {"又は"}

## filing.rs
nothing-found = 請求項、明細書及び譲渡データのいずれも見つかりませんでした。請求項は番号で始まります：`1.`、`Claim 1`、`【請求項1】`、`【청구항 1】`。

## message.rs
quoted = 「{ $text }」

## model/description.rs
description-title-invention = 「発明の名称」
description-cross-reference-related = 「関連出願の相互参照」
description-statement-federally-sponsored = 「連邦政府の資金による研究に関する記載」
description-parties-joint-research = 「共同研究契約の当事者」
description-incorporation-reference-sequence = 「配列表の参照による援用」
description-statement-prior-disclosures = 「先の開示に関する記載」
description-technical-field = 「技術分野」
description-background-art = 「背景技術」
description-citation-list = 「先行技術文献」
description-summary-disclosure-invention = 「発明の概要」
description-technical-problem = 「発明が解決しようとする課題」
description-solution-problem = 「課題を解決するための手段」
description-advantageous-effects = 「発明の効果」
description-brief-drawings = 「図面の簡単な説明」
description-detailed-embodiments = 「発明を実施するための形態」
description-examples = 「実施例」
description-industrial-applicability = 「産業上の利用可能性」
description-list-reference-signs = 「符号の説明」
description-deposit-biological-material = 「生物学的材料の寄託」
description-sequence-listing-free = 「配列表フリーテキスト」
description-sequence-listing = 「配列表」
description-other-section = その他の項目

## numbers/cn.rs
cn-application-twelve-digits = 出願番号は12桁とチェック文字（201710601862.3）、特許番号はZLと出願番号、公開番号はCNと9桁以内（CN112345678A）
cn-not-cnipa-application = { $number }は中国の出願番号ではありません：年又は種別番号（1、2、3、8又は9）が誤っています。
cn-check-character-application = 中国出願{ $number }のチェック文字は{ $given }ではなく{ $expected }です：数字の入力誤りと思われます。
cn-application-number-ends = 中国出願番号の末尾は、ピリオドの後の1文字のチェック文字（数字又はX）です（`{ $given }`ではありません）。
cn-not-cnipa-number = { $number }は中国の番号の形式ではありません：{ $format }。

## numbers/ep.rs
ep-application-eight-digits = 出願番号は8桁とチェックデジット（21204983.7）、公開番号又は特許番号はEPと7桁（EP1234567）
ep-check-digit-application = 欧州出願{ $number }のチェックデジットは{ $given }ではなく{ $expected }です：数字の入力誤りと思われます。
ep-application-number-ends = 欧州出願番号の末尾は、ピリオドの後の1桁のチェックデジットです（`{ $given }`ではありません）。
ep-not-number = { $number }は欧州特許の番号の形式ではありません：{ $format }。

## numbers/jp.rs
jp-application-publication-year = 出願番号及び公開番号は年と6桁（2021-123456）、特許番号は7桁（7123456）
jp-year-not-possible = 日本の番号の年として{ $year }はあり得ません：平成は1年から11年（1989～1999年）です。
jp-year-not-possible-japanese = 日本の番号の年として{ $year }はあり得ません：昭和は1年から64年です。
jp-year-not-possible-japanese-number = 日本の番号の年として{ $year }はあり得ません：2000年以降は西暦4桁（それより前は和暦の年：平11）です。
jp-japanese-application-publication = 日本の出願番号及び公開番号の連番は6桁です（{ $serial }ではありません）。
jp-not-japanese-number = { $number }は日本の番号の形式ではありません：{ $format }。
jp-japanese-patent-number = 日本の特許番号が0になることはありません。

## numbers/kr.rs
kr-application-publication-right = 出願番号及び公開番号は権利種別、年及び7桁（10-2021-0123456）、登録番号は権利種別と7桁（10-1234567）
kr-40-kipo-code = 40はKIPOにおける商標の権利種別コードであり、特許、実用新案又は意匠のコードではありません。
kr-not-kipo-right = { $code }はKIPOの権利種別コードではありません（10：特許、20：実用新案、30：意匠）。
kr-not-kipo-number = { $number }は韓国の番号の形式ではありません：{ $format }。
kr-cannot-year-kipo = 韓国の番号の年として{ $year }はあり得ません。

## numbers/mod.rs
numbers-not-written = { $office }の番号の書き方になっていません：{ $format }。
numbers-characters-long-no = { $count }文字あります。これほど長い特許番号はありません。
numbers-number-empty = 番号が空です。
numbers-not-written-like = USPTO、EPO、特許庁、KIPO、CNIPA、PCTのいずれの番号の書き方にもなっていません。
numbers-not-valid-number = { $offices }のいずれの有効な番号でもありません。庁を指定するか、番号に接頭辞（US、EP、JP、KR、CN、PCT/、WO）を付けてください。
numbers-could-number-give = { $offices }のいずれの番号とも考えられます。庁を指定するか、番号に接頭辞（US、EP、JP、KR、CN、PCT/、WO）を付けてください。

## numbers/us.rs
us-application-series-code = 出願番号はシリーズコードと6桁（16/123,456）、特許番号は8桁以内（11,147,202）、公開番号は年と7桁（2021/0049351）
us-not-number = 米国の番号の形式ではありません：{ $format }。
us-pre-grant-publications = 米国の出願公開は2001年に始まったため、{ $year }年は誤りです。
us-application-number-two = 米国出願番号は2桁のシリーズコード、スラッシュ及び6桁の数字（16/123,456）で構成されます（{ $number }ではありません）。
us-not-patent-number = { $number }は米国特許番号の形式ではありません：{ $format }。
us-patent-number-cannot = 米国特許番号が0になることはありません。
us-not-number-2 = { $number }は米国の番号の形式ではありません：{ $format }。
us-application-number-has = 米国出願番号は8桁（2桁のシリーズコードと6桁の連番、16/123,456）です（{ $number }ではありません）。
us-has-digits = { $number }は{ $count }桁です。{ $format }。
us-not-series-code = { $series }は、USPTOが出願に用いるシリーズコードではありません。

## numbers/wo.rs
wo-international-application-pct = 国際出願番号はPCT/、受理官庁、年及び6桁（PCT/US2021/012345）、国際公開番号はWO、年及び6桁（WO2021/123456）
wo-not-possible-year = 国際公開番号の年として{ $year }はあり得ません（2004年以降は4桁、それより前は2桁）。
wo-not-publication-number = { $number }は国際公開番号（WO）の形式ではありません：{ $format }。
wo-not-pct-number = { $number }はPCTの番号の形式ではありません：{ $format }。
wo-pct-not-pct = PCT/{ $number }は国際出願番号の形式ではありません：{ $format }。
wo-not-code-pct = { $code }はPCTの受理官庁のコードではありません。
wo-not-possible-year-pct = 国際出願の年として{ $year }はあり得ません（2004年以降は4桁、それより前は2桁）。

## office.rs
office-uspto = USPTO
office-epo = EPO
office-jpo = 特許庁
office-kipo = KIPO
office-cnipa = CNIPA
office-pct = PCT

## parse/assignment_json.rs
assignment-json-nests-deeper-than = JSONの入れ子がpatlintの読み取れる深さを超えています（{ $error }）
assignment-json-malformed = JSONの形式が正しくありません：{ $error }
assignment-json-not-object-holding = JSONが1件の譲渡記録を含むオブジェクトではなく、{ $kind }です
assignment-json-data-could-not = 譲渡データを読み取れませんでした：{ $reason }。
assignment-json-data-could-not-read-more = { $count ->
     [1] 譲渡データを読み取れませんでした：{ $reason }（ほかに問題が1件あります）。
    *[other] 譲渡データを読み取れませんでした：{ $reason }（ほかに問題が{ $count }件あります）。
  }
assignment-json-null = null
assignment-json-boolean = 真偽値
assignment-json-number = 数値
assignment-json-string = 文字列
assignment-json-array = 配列
assignment-json-object = オブジェクト
assignment-json-should-not = `{ $path }`は{ $actual }ではなく{ $expected }でなければなりません
assignment-json-field-not-one = フィールド`{ $field }`はpatlintが認識しないフィールドのため、無視しました（schemas/assignment.schema.jsonを参照）。
assignment-json-characters-long-more = `{ $path }`は{ $count }文字で、patlintが読み取る上限の{ $limit }文字を超えています
assignment-json-true-false = true又はfalse
assignment-json-field-which-patlint = フィールド`{ $field }`の値`{ $value }`はpatlintが認識しない値のため、無視しました（使用できる値：{ $known }）。
assignment-json-has-items-more = `{ $path }`は{ $count }項目で、patlintが読み取る上限の{ $limit }項目を超えています
assignment-json-string-most-10000 = 10000文字以内の文字列

## parse/assignment_xml.rs
assignment-xml-file-not-valid = ファイルが有効なUTF-8ではありません。UTF-8で保存してください
assignment-xml-line = { $line }行目：{ $error }
assignment-xml-nests-deeper-than = XMLの要素の入れ子が{ $limit }階層を超えています
assignment-xml-end-tag-closes = 対応する開始タグのない終了タグがあります
assignment-xml-document-ends-before = <{ $name }>が閉じられる前に文書が終わっています

## parse/claims_text.rs
claims-text = テキストの請求項の数が上限の{ $limit }を超えているため、チェックしませんでした。

## parse/claims_xml.rs
claims-xml-line-unexpected-end = { $line }行目：予期しない終了タグ</{ $name }>があります
claims-xml-line-document-ends = { $line }行目：<{ $name }>が閉じられる前に文書が終わっています
claims-xml-file-holds-no = ファイルにXML要素がありません
claims-xml-line-elements-nested = { $line }行目：要素の入れ子が上限の{ $limit }階層（xml_depth）を超えています
claims-xml-line-document-holds = { $line }行目：文書の請求項の数が上限の{ $limit }（claims）を超えています
claims-xml-text-holds-more = 請求項のテキストの請求項の数が上限の{ $limit }（claims）を超えています
claims-xml-file-encoded-which = ファイルの文字コードはpatlintが読み取れない{ $encoding }です。UTF-8で保存してください
claims-xml-line-file-not = { $line }行目：ファイルが有効なUTF-8ではありません。UTF-8で保存してください

## parse/docx.rs
docx-package-has-no = パッケージに[Content_Types].xmlがないため、Office文書ではありません
docx-package-holds-no = パッケージにWord文書が含まれていません（スプレッドシートです）
docx-package-holds-no-word = パッケージにWord文書が含まれていません（プレゼンテーションです）
docx-package-holds-no-word-document = パッケージにWord文書が含まれていません
docx-package-lacks-main = パッケージにメインパート{ $part }がありません
docx-package-holds-no-word-document-parts = パッケージにWord文書が含まれていません（パート：{ $parts }）
docx-content-types-xml = [Content_Types].xml：{ $reason }
docx-relationships = リレーションシップ：{ $reason }
docx-styles = スタイル：{ $reason }
docx-numbering = 段落番号の定義：{ $reason }
docx-tracked-insertion = 変更履歴（挿入）
docx-tracked-insertion-2 = { $author }による変更履歴（挿入）
docx-tracked-deletion = 変更履歴（削除）
docx-tracked-deletion-2 = { $author }による変更履歴（削除）
docx-tracked-move = 変更履歴（移動）
docx-tracked-move-2 = { $author }による変更履歴（移動）
docx-tracked-formatting-change = 変更履歴（書式の変更）
docx-tracked-formatting-change-2 = { $author }による変更履歴（書式の変更）
docx-chart = グラフ
docx-text-box = テキストボックス
docx-smartart-diagram = SmartArtグラフィック
docx-document-has-more = 文書の段落数が上限の{ $limit }（paragraphs）を超えています
docx-comment = コメント
docx-imported-content-altchunk = インポートされたコンテンツ（altChunk）
docx-frame = フレーム
docx-document-part = 本文のパート：{ $reason }
docx-main-part-not = メインパートがWordprocessingML文書ではありません
docx-comment-comments-part = コメント（コメントパート内）

## parse/drawings/bmp.rs
bmp-header-cut-off = BMPのヘッダーが途中で切れています
bmp-os-2-bitmaps = OS/2ビットマップ（BITMAPCOREHEADER）には対応していません
bmp-image-has-no = BMP画像にピクセルがありません
bmp-run-length-encoded = ランレングス圧縮のBMPには対応していません
bmp-compression-not-supported = BMPの圧縮方式{ $compression }には対応していません
bmp-bit-not-supported = { $bits }ビットのBMPには対応していません
bmp-pixel-data-cut = BMPのピクセルデータが途中で切れています

## parse/drawings/gif.rs
gif-not-file = GIFファイルではありません
gif-colour-table-cut = GIFのカラーテーブルが途中で切れています
gif-file-has-no = GIFファイルに画像がありません
gif-image-data-has = GIFの画像データのコードサイズ（{ $size }）が無効です
gif-image-data-ends = GIFの画像データが途中で終わっています

## parse/drawings/jpeg.rs
jpeg-image-data-could = JPEGの画像データをデコードできませんでした（{ $error }）
jpeg-image-data-incomplete = JPEGの画像データが不完全です
jpeg-file-has-no = JPEGファイルに画像フレームがありません
jpeg-lossless-hierarchical-arithmetic = ロスレス、階層型及び算術符号化のJPEGファイルには対応していません

## parse/drawings/mod.rs
drawings = PDF、TIFF、PNG、JPEG、GIF又はBMPファイルではありません

## parse/drawings/pdf/guard.rs
guard-one-streams-inflates = ストリームの一つが展開後に{ $mib } MiBを超えます
guard-streams-inflate-more = ストリームの展開後の合計が{ $mib } MiBを超えます
guard-page-draws-more = { $page }ページ目の描画命令が{ $million }百万個を超えているか、フォームが循環して入れ子になっています
guard-pages-draw-more = 全ページの描画命令が合計{ $million }百万個を超えています

## parse/drawings/pdf/mod.rs
pdf-not-file = PDFファイルではありません
pdf-larger-than-mib = { $mib } MiBを超えています
pdf-damaged-beyond-repair = 修復できないほど破損しています
pdf-has-no-pages = ページがありません
pdf-has-pages-most = { $pages }ページあります。1ファイルから読み取るのは{ $limit }ページまでです

## parse/drawings/png.rs
png-not-file = PNGファイルではありません
png-file-has-no = PNGファイルにヘッダー（IHDR）がありません
png-file-s-palette = PNGファイルのパレットがありません
png-image-data-ends = 画像データが{ $rows }行中{ $y }行で終わっています
png-header-cut-off = PNGのヘッダーが途中で切れています
png-colour-type-bit = PNGのカラータイプ{ $colour_type }と{ $bits }ビットのサンプルの組合せは無効です
png-row-image-has = 画像の行に不明なフィルター（{ $filter }）があります
png-interlaced-image-data = インターレース画像のデータが途中で終わっています

## parse/drawings/raster.rs
raster-image-has-no = 画像にピクセルがありません
raster-image-has-pixels = 画像は{ $width } × { $height }ピクセルで、上限の{ $million }メガピクセルを超えています
raster-image-pixels-more = 画像は{ $width } × { $height }ピクセルで、一辺が{ $limit }ピクセルを超えています

## parse/drawings/tiff.rs
tiff-not-file = TIFFファイルではありません
tiff-header-cut-off = TIFFのヘッダーが途中で切れています
tiff-has-more-than = { $limit }ページを超えています。1ファイルから読み取るのはこのページ数までです
tiff-page-file-cut = TIFFファイルの{ $page }ページ目が途中で切れています
tiff-page = { $page }ページ目：{ $reason }
tiff-file-has-no = TIFFファイルにページがありません
tiff-page-has-no = ページの幅が指定されていません
tiff-page-has-no-height = ページの高さが指定されていません
tiff-bit-samples-not = { $bits }ビットのサンプルには対応していません
tiff-palette-missing = パレットがありません
tiff-colour-model-samples = このカラーモデル（{ $photometric }、{ $bits }ビットのサンプル{ $samples }個）には対応していません
tiff-separate-colour-planes = 色プレーンを分離した形式には対応していません
tiff-tile-size-missing = タイルのサイズがないか、不正な値です
tiff-image-data-incomplete = 画像データが不完全です（ストリップ又はタイルが足りません）
tiff-ccitt-compression-read = CCITT圧縮はタイル分割されていない1ビットのページでのみ読み取れます
tiff-ccitt-image-data = CCITTの画像データが破損しているか、途中で切れています
tiff-tiles-too-large = タイルが大きすぎます
tiff-image-data-damaged = 画像データが破損しているか、途中で切れています
tiff-jpeg-compressed-not = JPEG圧縮のTIFFには対応していません
tiff-compression-not-supported = TIFFの圧縮方式{ $compression }には対応していません

## parse/read.rs
read-zip-package-docx = ZIPパッケージ（DOCX）
read-pdf = PDF
read-tiff-image = TIFF画像
read-png-image = PNG画像
read-jpeg-image = JPEG画像
read-gif-image = GIF画像
read-bmp-image = BMP画像
read-xml = XML
read-json = JSON
read-text = テキスト
read-file-larger-than = ファイルが上限の{ $limit }バイトを超えているため、読み取りませんでした。
read-file-was-given = このファイルには不明な書類の種類が指定されたため、チェックしませんでした。patlintがチェックするのは特許請求の範囲、明細書、図面、譲渡データ及び配列表です。
read-word-document-could = Word文書を読み取れませんでした：{ $reason }。
read-word-xml-could = Word XMLを読み取れませんでした：{ $reason }。
read-xml-could-not = XMLを読み取れませんでした：{ $reason }。
read-description-xml-could = XML中の明細書を読み取れませんでした：{ $reason }。
read-byte-sequences-replaced = { $count ->
     [1] UTF-8又はUTF-16として無効なバイト列が1箇所あり、置き換えました。ファイルをUTF-8で保存してください。
    *[other] UTF-8又はUTF-16として無効なバイト列が{ $count }箇所あり、置き換えました。ファイルをUTF-8で保存してください。
  }
read-json-not-valid = JSONが有効なUTF-8ではありません。UTF-8で保存してください。
read-file-json-that = このファイルは譲渡データではないJSONです（`conveyance`、`assignors`、`assignees`、`properties`のいずれもありません）。このバージョンのpatlintはこの種類のファイルにまだ対応していないため、チェックしませんでした。
read-file-assignment-data = このファイルは{ $format }です。譲渡データはJSON（schemas/assignment.schema.json）又はUSPTOの譲渡XMLから読み取ります。
read-file-sequence-listings = このファイルは{ $format }です。配列表はWIPO標準ST.26のXMLから読み込みます。
read-sequence-listing-could = 配列表を読み込めませんでした：{ $reason }。
read-file-drawings-from = このファイルは{ $format }です。図面はPDF、TIFF、PNG、JPEG、GIF又はBMPファイルから読み取ります。
read-drawings-could-not = 図面を読み取れませんでした：{ $reason }。
read-file-was-not = このファイルは{ $format }です。このビルドのpatlintは図面に対応していない（`drawings`フィーチャー）ため、チェックしませんでした。
read-claim-has-characters = 請求項{ $claim }は{ $count }文字で、上限の{ $limit }文字（claimChars）を超えているため、このファイルはチェックしませんでした。

## parse/sax.rs
sax-unknown-markup-after = `<!`の後に不明なマークアップがあります
sax-processing-instruction-xml = 処理命令又はXML宣言が閉じられていません（`?>`がありません）
sax-comment-not-closed = コメントが閉じられていません（`-->`がありません）
sax-doctype-declaration-not = DOCTYPE宣言が閉じられていません（`>`がありません）
sax-cdata-section-not = CDATAセクションが閉じられていません（`]]>`がありません）
sax-document-ends-inside = タグの途中で文書が終わっています
sax-xml-declaration-does = XML宣言が`version`で始まっていません
sax-doctype-declaration-has = DOCTYPE宣言に名前がありません
sax-unexpected-end-tag = 予期しない終了タグ</{ $name }>があります
sax-end-tag-where = </{ $expected }>があるべき位置に終了タグ</{ $found }>があります
sax-comment-contains = コメントに`--`が含まれています
sax-entity-character-reference = 実体参照又は文字参照が閉じられていません（`;`がありません）

## parse/sequences.rs
sequences-root-element-not = ルート要素が<ST26SequenceListing>ではなく<{ $name }>です
sequences-listing-has-more = 配列表の配列が上限の{ $limit }を超えています
sequences-listing-has-more-than = 配列表の特徴（feature）が上限の{ $limit }を超えています

## parse/spec.rs
spec = 文書の段落数が上限の{ $limit }（paragraphs）を超えているため、チェックしませんでした。

## parse/zip.rs
zip-package-damaged = ZIPパッケージが破損しています（{ $what }）
zip-no-central-directory = セントラルディレクトリがありません
zip-end-record = 終端レコード
zip-package-zip64-archive = パッケージはpatlintが読み取れないZIP64アーカイブです
zip-package-has-entries = パッケージのエントリ数が{ $count }で、上限の{ $limit }（zip_entries）を超えています
zip-central-directory-entry = セントラルディレクトリのエントリ
zip-entry = エントリ
zip-entry-name = エントリ名
zip-entry-encrypted = { $part }：エントリが暗号化されています
zip-local-header = ローカルヘッダー
zip-entry-data-beyond = エントリのデータがファイルの末尾を越えています
zip-parts-read-inflate = { $part }：読み取ったパートの展開後の合計が上限の{ $bytes }バイト（inflated_bytes）を超えています
zip-part-inflates-more = { $part }：パートの展開後のサイズが上限の{ $bytes }バイト（part_bytes）を超えています
zip-compressed-data-damaged = { $part }：圧縮データが破損しています
zip-compression-method-not = { $part }：圧縮方式{ $method }には対応していません
zip-data-does-not = { $part }：データがチェックサム（CRC-32）と一致しません

## rules/assignment/check_digit_mismatch.rs
check-digit-mismatch = { $number }のチェックデジットが誤っています。

## rules/assignment/conveyance_missing.rs
conveyance-missing = 記録に移転の内容（譲渡、担保権の設定、合併、名称変更、ライセンス等）が記載されていません。

## rules/assignment/correspondent_missing.rs
correspondent-missing = 記録に、USPTOからの通知の送付先（氏名又は名称及び住所）が記載されていません。
correspondent-missing-has-no-name = 送付先の氏名又は名称がありません。
correspondent-missing-has-no-address = 送付先の住所がありません。

## rules/assignment/country_code_invalid.rs
country-code-invalid = { $code }は国のST.3コードではありません
country-code-invalid-not-valid-write = { $party }の居住国が正しくありません：{ $reason }。国の2文字コード（例：US、JP、DE）を記載してください。
country-code-invalid-nationality-not-valid = { $party }の国籍が正しくありません：{ $reason }。国の2文字コード（例：US、JP、DE）を記載してください。

## rules/assignment/country_missing.rs
country-missing = { $party }の居住国（ST.3コード、例：US、JP）がありません。
country-missing-has-no-nationality = { $party }の国籍（ST.3コード、例：US、JP）がありません。

## rules/assignment/cover_sheet_signature_missing.rs
cover-sheet-signature-missing = 記録に、USPTOに提出してカバーシートに署名する者が記載されていません。
cover-sheet-signature-missing-submitter-who-signs = USPTOのカバーシートに署名する提出者の氏名がありません。
cover-sheet-signature-missing-submitter-has-not = 提出者「{ $name }」がUSPTOのカバーシートに署名していません（電子提出の場合は、スラッシュで囲んだタイプ入力の署名で足ります）。

## rules/assignment/date_in_future.rs
date-in-future = { $date }は将来の日付です（本日は{ $today }）。年を確認してください。

## rules/assignment/date_invalid.rs
date-invalid = { $date }は実在の日付ではありません：その日は存在しません。
date-invalid-not-written-yyyy = 日付`{ $date }`がYYYY-MM-DD形式（例：2024-01-15）で記載されていません。

## rules/assignment/dates_out_of_order.rs
dates-out-of-order = { $party }の署名日{ $signed }は、譲渡の登録日{ $recorded }より後です。
dates-out-of-order-priority-date-after = 優先日{ $priority }が出願日{ $filed }より後になっています。優先日が出願日より後になることはありません。

## rules/assignment/deed_number_missing.rs
deed-number-missing = 譲渡証書に記載された番号が記録からわかりません。特許庁は、移転するすべての日本の出願及び特許を譲渡証書に記載するよう求めています。
deed-number-missing-assignment-does-not = 譲渡証書に日本の番号{ $number }が記載されていません。特許庁は、譲渡証書に記載された番号についてのみ移転を登録します。

## rules/assignment/document_form_not_accepted.rs
document-form-not-accepted = { $party }はタイプ入力の署名をしています。特許庁は、譲渡証書に押印又は自筆の署名（オンラインでPDFとして提出する譲渡証書では電子署名）を求めています。
document-form-not-accepted-deed-plain-copy = 譲渡証書が単なる写しです。特許庁は、原本又は公証を受けた謄本を求めています。
document-form-not-accepted-power-attorney-copy = { $party }の委任状が写しです。KIPOは原本を求めています。
document-form-not-accepted-nationality-certificate-copy = { $party }の国籍証明書が写しです。KIPOは原本を求めています。

## rules/assignment/entry_implausible.rs
entry-implausible = { $entry }として記載された{ $value }は、仮の記入（プレースホルダー）のようです。
entry-implausible-single-character = { $entry }として記載された{ $value }は1文字しかありません。
entry-implausible-has-no-letter = { $entry }として記載された{ $value }には文字（数字・記号以外）が含まれていません。
entry-implausible-e-mail-address = { $entry }として記載された{ $value }はメールアドレスです。
entry-implausible-too-short-postal = { $entry }として記載された{ $value }は、住所としては短すぎます。
entry-implausible-name = { $party }の氏名又は名称
entry-implausible-address = { $party }の住所
entry-implausible-correspondent-s-name = 送付先の氏名又は名称
entry-implausible-correspondent-s-address = 送付先の住所

## rules/assignment/execution_date_missing.rs
execution-date-missing = { $party }の署名日（書類に署名した日）がありません。

## rules/assignment/mod.rs
assignment = 譲渡人「{ $name }」
assignment-assignee = 譲受人「{ $name }」
assignment-assignor = 譲渡人「{ $name }」
assignment-assignee-2 = 譲受人「{ $name }」
assignment-assignor-2 = { $number }番目の譲渡人
assignment-assignee-3 = { $number }番目の譲受人
assignment-assignor-3 = { $number }番目の譲渡人
assignment-assignee-4 = { $number }番目の譲受人
assignment-international-bureau = 国際事務局

## rules/assignment/nationality_certificate_missing.rs
nationality-certificate-missing = { $party }は外国法人です。KIPOは、公証を受けた国籍証明書を求めています。
nationality-certificate-missing-not-shown-notarised = { $party }の国籍証明書が公証済みとされていません。KIPOは公証を受けたものを求めています。

## rules/assignment/nationality_certificate_stale.rs
nationality-certificate-stale = { $party }の国籍証明書は{ $date }に公証されたもので、6か月以上経過しています。KIPOは6か月以内に公証されたものを求めています。

## rules/assignment/number_kind_mismatch.rs
number-kind-mismatch = 番号`{ $number }`は出願番号の形式ですが、特許として記載されています。
number-kind-mismatch-written-application-but = 番号`{ $number }`は出願番号の形式ですが、公開公報として記載されています。
number-kind-mismatch-written-patent-but = 番号`{ $number }`は特許番号の形式ですが、出願として記載されています。
number-kind-mismatch-written-patent-but-property = 番号`{ $number }`は特許番号の形式ですが、公開公報として記載されています。
number-kind-mismatch-written-publication-but = 番号`{ $number }`は公開番号の形式ですが、出願として記載されています。
number-kind-mismatch-written-publication-but-property = 番号`{ $number }`は公開番号の形式ですが、特許として記載されています。

## rules/assignment/number_malformed.rs
number-malformed = { $property }番目の対象案件に庁の記載がなく、番号`{ $number }`からも判別できません。{ $problem }
number-malformed-not-valid = 番号`{ $number }`は有効ではありません。{ $problem }

## rules/assignment/number_office_mismatch.rs
number-office-mismatch = 番号`{ $number }`は{ $listed }の下に記載されていますが、{ $office }の出願番号です。庁（又は番号）を確認してください。
number-office-mismatch-listed-under-but = 番号`{ $number }`は{ $listed }の下に記載されていますが、{ $office }の特許番号です。庁（又は番号）を確認してください。
number-office-mismatch-listed-under-but-publication = 番号`{ $number }`は{ $listed }の下に記載されていますが、{ $office }の公開番号です。庁（又は番号）を確認してください。
number-office-mismatch-listed-under-but-check = 番号`{ $number }`は{ $listed }の下に記載されていますが、{ $office }の番号です。庁（又は番号）を確認してください。
number-office-mismatch-listed-under-but-written = 番号`{ $number }`は{ $listed }の下に記載されていますが、{ $office }の番号の形式で書かれています。庁（又は番号）を確認してください。

## rules/assignment/party_address_missing.rs
party-address-missing = { $party }の住所がありません。

## rules/assignment/party_name_missing.rs
party-name-missing = 記録に譲渡人が記載されていません。権利を移転する者の氏名又は名称を記載してください。
party-name-missing-record-names-no = 記録に譲受人が記載されていません。権利を譲り受ける者の氏名又は名称を記載してください。
party-name-missing-has-no = { $party }の氏名又は名称がありません。

## rules/assignment/pct_change_too_late.rs
pct-change-too-late = 優先日{ $priority }から30か月の期間は{ $limit }に満了しました。国際事務局は出願人の変更をもう記録しません。国内段階の各庁で変更を登録してください。

## rules/assignment/power_of_attorney_missing.rs
power-of-attorney-missing = { $party }は在外者であり、国内の代理人を通じて手続をします。委任状を添付してください。

## rules/assignment/property_number_missing.rs
property-number-missing = 記録に、変更を登録する対象の出願、特許又は公開公報が記載されていません。
property-number-missing-has-no = { $property }番目の対象案件に番号がありません。

## rules/assignment/signatory_capacity_missing.rs
signatory-capacity-missing = { $party }は法人ですが、誰がどの資格で署名したかが記録に記載されていません。
signatory-capacity-missing-organisation-record-does = { $party }は法人ですが、誰が署名したかが記録に記載されていません。
signatory-capacity-missing-organisation-record-does-not = { $party }は法人ですが、署名者がどの資格（例：代表取締役、取締役）で署名したかが記録に記載されていません。

## rules/assignment/signature_missing.rs
signature-missing = { $party }が書類に署名していません。
signature-missing-record-does-not = { $party }が書類に署名したかどうかが記録に記載されていません。

## rules/assignment/technology_export_document_missing.rs
technology-export-document-missing = 中国本土の譲渡人が国外の者に譲渡しています。CNIPAは、技術輸出許可証又は技術輸出契約登録証書を求めています。

## rules/assignment/transfer_evidence_missing.rs
transfer-evidence-missing-document-competent-authority = 合併に関する主管官庁の書類
transfer-evidence-missing-official-document-court = 公的書類（判決書、相続を証する書面など）
transfer-evidence-missing-document-recorded = 登録を受ける書類
transfer-evidence-missing-contract-signed-sealed = 双方が署名又は押印した譲渡契約書
transfer-evidence-missing-deed-assignment = 譲渡証書
transfer-evidence-missing-deed-extract-declaration = 譲渡証書、その抄本又は双方が署名した譲渡宣言書
transfer-evidence-missing = { $office }に{ $conveyance }を登録するには、その証明となる書類が必要です。{ $document }を添付してください。
transfer-evidence-missing-assignment = 譲渡
transfer-evidence-missing-security-interest = 担保権の設定
transfer-evidence-missing-release-security-interest = 担保権の解除
transfer-evidence-missing-merger = 合併
transfer-evidence-missing-change-name = 名称変更
transfer-evidence-missing-licence = ライセンス
transfer-evidence-missing-change-operation-law = 法律の規定による移転
transfer-evidence-missing-conveyance = 権利の移転

## rules/claims/antecedent_basis_missing.rs
antecedent-basis-missing = 請求項{ $claim }：「{ $phrase }」に先行する記載（antecedent basis）がありません。この請求項にも、その引用する請求項にも、先に「{ $name }」を導入する記載がありません。

## rules/claims/cancelled_claim_has_text.rs
cancelled-claim-has-text = 請求項{ $claim }は削除（Canceled）又は不受理（Not entered）とされていますが、本文が記載されたままです。番号とステータスのみを記載してください。

## rules/claims/dependency_cycle.rs
dependency-cycle = 請求項{ $claims }は互いに循環して引用しており、いずれも独立請求項に行き着きません。

## rules/claims/dependency_on_cancelled_claim.rs
dependency-on-cancelled-claim = 請求項{ $claim }が引用する請求項{ $targets }は、クレームリストで削除（Canceled）又は不受理（Not entered）とされています。

## rules/claims/dependency_on_itself.rs
dependency-on-itself = 請求項{ $claim }が自身を引用しています。

## rules/claims/dependency_on_later_claim.rs
dependency-on-later-claim = 請求項{ $claim }が後に記載された請求項{ $targets }を引用しています。請求項は、それより前に記載された請求項のみを引用できます。

## rules/claims/dependency_target_missing.rs
dependency-target-missing = 請求項{ $claim }が引用する請求項{ $targets }は、特許請求の範囲にありません。

## rules/claims/final_period_missing.rs
final-period-missing = 請求項{ $claim }の末尾にピリオドがありません。
final-period-missing-add-claim = 請求項{ $claim }の末尾にピリオドを追加

## rules/claims/independent_claims_same_category.rs
independent-claims-same-category = 請求項{ $claims }はともに物の独立請求項です。EPOがこれを認めるのは、相互に関連する複数の物、異なる用途又は択一的な解決手段の場合に限られます。
independent-claims-same-category-all-product-epo = 請求項{ $claims }はいずれも物の独立請求項です。EPOがこれを認めるのは、相互に関連する複数の物、異なる用途又は択一的な解決手段の場合に限られます。
independent-claims-same-category-both-apparatus-epo = 請求項{ $claims }はともに装置の独立請求項です。EPOがこれを認めるのは、相互に関連する複数の物、異なる用途又は択一的な解決手段の場合に限られます。
independent-claims-same-category-all-apparatus-epo = 請求項{ $claims }はいずれも装置の独立請求項です。EPOがこれを認めるのは、相互に関連する複数の物、異なる用途又は択一的な解決手段の場合に限られます。
independent-claims-same-category-both-method-epo = 請求項{ $claims }はともに方法の独立請求項です。EPOがこれを認めるのは、相互に関連する複数の物、異なる用途又は択一的な解決手段の場合に限られます。
independent-claims-same-category-all-method-epo = 請求項{ $claims }はいずれも方法の独立請求項です。EPOがこれを認めるのは、相互に関連する複数の物、異なる用途又は択一的な解決手段の場合に限られます。
independent-claims-same-category-both-use-epo = 請求項{ $claims }はともに使用の独立請求項です。EPOがこれを認めるのは、相互に関連する複数の物、異なる用途又は択一的な解決手段の場合に限られます。
independent-claims-same-category-all-use-epo = 請求項{ $claims }はいずれも使用の独立請求項です。EPOがこれを認めるのは、相互に関連する複数の物、異なる用途又は択一的な解決手段の場合に限られます。

## rules/claims/lowercase_start.rs
lowercase-start = 請求項{ $claim }が小文字で始まっています。請求項は大文字で始めます。

## rules/claims/multiple_dependency_not_alternative.rs
multiple-dependency-not-alternative = 請求項{ $claim }は請求項{ $targets }を累積的に（「及び」で）引用しています。多数項従属請求項は、「請求項1又は2」、「請求項1から3のいずれか1項」のように択一的に引用しなければなりません。
multiple-dependency-not-alternative-claim-refers-claims = 請求項{ $claim }は請求項{ $targets }を、択一的であることを示さずに引用しています。多数項従属請求項は、「請求項1又は2」、「請求項1から3のいずれか1項」のように択一的に引用しなければなりません。
multiple-dependency-not-alternative-claim-refers-claims-separate = 請求項{ $claim }は別々の引用により請求項{ $targets }を累積的に引用しています。多数項従属請求項は、「請求項1又は2」、「請求項1から3のいずれか1項」のように択一的に引用しなければなりません。

## rules/claims/multiple_dependency_on_multiple.rs
multiple-dependency-on-multiple = 多数項従属請求項である請求項{ $claim }が、同じく多数項従属請求項である請求項{ $targets }を引用しています。
multiple-dependency-on-multiple-indirect = 多数項従属請求項である請求項{ $claim }が、多数項従属請求項であるか又は多数項従属請求項に従属する請求項{ $targets }を引用しています。

## rules/claims/no_independent_claim.rs
no-independent-claim = すべての請求項が他の請求項を引用しており、独立請求項がありません。

## rules/claims/number_duplicated.rs
number-duplicated = 2つの請求項に同じ番号{ $number }が付されています。請求項ごとに別の番号が必要です。

## rules/claims/numbering_not_consecutive.rs
numbering-not-consecutive = 最初の請求項の番号が{ $number }です。請求項には1から番号を付します。
numbering-not-consecutive-claim-follows-claim = 請求項{ $previous }の次が請求項{ $claim }で、請求項{ $missing }が欠けています。請求項には連続した番号を付します。
numbering-not-consecutive-claim-follows-claim-claims = 請求項{ $previous }の次が請求項{ $claim }で、請求項{ $first }及び{ $last }が欠けています。請求項には連続した番号を付します。
numbering-not-consecutive-claim-follows-claim-claims-missing = 請求項{ $previous }の次が請求項{ $claim }で、請求項{ $first }から{ $last }までが欠けています。請求項には連続した番号を付します。
numbering-not-consecutive-claim-follows-claim-claims-numbered = 請求項{ $previous }の次に請求項{ $claim }が記載されています。請求項には記載順に番号を付します。

## rules/claims/reference_not_by_number.rs
reference-not-by-number = 請求項{ $claim }は番号を示さずに請求項{ $target }を引用しています。「請求項{ $target }」と番号で引用してください。
reference-not-by-number-claim-refers-earlier = 請求項{ $claim }は番号を示さずに先の請求項を引用しています。「請求項1又は2」のように番号で引用してください。
reference-not-by-number-claim-refers-earlier-claims = 請求項{ $claim }は番号を示さずに先の請求項を引用しています。「請求項1から{ $last }のいずれか1項」のように番号で引用してください。

## rules/claims/reference_sign_without_parentheses.rs
reference-sign-without-parentheses = 請求項{ $claim }に括弧で囲まれていない符号があります。「({ $sign })」と記載してください。

## rules/claims/reference_to_description.rs
reference-to-description = 請求項{ $claim }は明細書又は図面の記載を引用しています。請求項は、それ自体の記載によって発明を特定すべきです。

## rules/claims/renumber.rs
renumber = 請求項の番号を1〜{ $count }に振り直し、引用も更新

## rules/claims/several_sentences.rs
several-sentences = 請求項{ $claim }の途中に文を終えるピリオドがあります。請求項は1つの文で記載します。

## rules/claims/status_identifier_invalid.rs
status-identifier-invalid = 請求項{ $claim }のステータス「({ $status })」は、Original、Currently amended、Canceled、Withdrawn、Previously presented、New、Not enteredのいずれでもありません。

## rules/claims/status_identifier_missing.rs
status-identifier-missing = クレームリストの他の請求項にはステータス識別子がありますが、請求項{ $claim }にはありません。(Original)、(Currently amended)などの識別子を付けてください。

## rules/description/abstract_figure_not_indicated.rs
abstract-figure-not-indicated = 要約書に選択図が記載されていません。末尾に【選択図】と公報に掲載する図を記載してください（例：【選択図】図１。適当な図がなければ【選択図】なし）。

## rules/description/abstract_legal_phraseology.rs
abstract-legal-phraseology = 要約書に請求項特有の表現（{ $phrases }）が使われています。平易な説明文で記載してください。

## rules/description/abstract_reference_sign_without_parentheses.rs
abstract-reference-sign-without-parentheses = 要約書に括弧で囲まれていない符号があります。「({ $sign })」と記載してください。

## rules/description/abstract_several_paragraphs.rs
abstract-several-paragraphs = 要約書が{ $count }段落に分かれています。1段落で記載してください。

## rules/description/abstract_too_long.rs
abstract-too-long = { $binding ->
     [preferred] { $unit ->
         [words] 要約書が{ $count }語あります。{ $office }では{ $max }語以内が望ましいとされています。短くしてください。
        *[characters] 要約書が{ $count }字あります。{ $office }では{ $max }字以内が望ましいとされています。短くしてください。
      }
     [reported] { $unit ->
         [words] 要約書が{ $count }語あります。{ $office }の上限は{ $max }語と伝えられています（未確認：官庁自身の規定を確認できませんでした）。念のため短くしてください。
        *[characters] 要約書が{ $count }字あります。{ $office }の上限は{ $max }字と伝えられています（未確認：官庁自身の規定を確認できませんでした）。念のため短くしてください。
      }
    *[required] { $unit ->
         [words] 要約書が{ $count }語あります。{ $office }では{ $max }語以内とされています。短くしてください。
        *[characters] 要約書が{ $count }字あります。{ $office }では{ $max }字以内とされています。短くしてください。
      }
  }

## rules/description/claim_reference_sign_not_in_description.rs
claim-reference-sign-not-in-description = 請求項{ $claim }の符号（{ $sign }）が明細書（{ $file }）にありません。明細書の符号を使用してください。

## rules/description/comments_present.rs
comments-present = 文書に{ $what }が含まれています。提出前にコメントを削除してください。

## rules/description/docx_macro_enabled.rs
docx-macro-enabled = Wordパッケージはマクロ有効です（.docmのようにマクロを含みます）。出願前に通常のWord文書（.docx）として保存してください。

## rules/description/docx_not_strict.rs
docx-not-strict = このWord文書はWordの既定であるTransitional形式のOffice Open XMLです。EPOのDOCXの定義はStrict形式を求めています。EPOにDOCXで出願する前に「Strict Open XML ドキュメント」として保存するか、PDFで出願してください。

## rules/description/element_several_reference_numerals.rs
element-several-reference-numerals = 要素「{ $name }」の符号が、ここでは{ $numeral }、この段落の前の箇所では{ $first_numeral }です。同じ要素であれば符号を一つにしてください。
element-several-reference-numerals-has-numeral-here = 要素「{ $name }」の符号が、ここでは{ $numeral }、第{ $first }段落では{ $first_numeral }です。同じ要素であれば符号を一つにしてください。

## rules/description/embedded_object_present.rs
embedded-object-present-ole = 埋め込みオブジェクト（OLE）
embedded-object-present = 文書にEquation.3オブジェクトが含まれています。USPTOはこれをサポートしていますが、これを作成する数式エディター3.0は2018年1月からWordにないため、もう編集できません。Wordの数式ツールまたはMathType（Equation.DSMT4）で数式を書き直してください。
embedded-object-present-document-contains-which = 文書に埋め込み{ $program }オブジェクトが含まれていますが、USPTOがサポートするOLEオブジェクト（Visio.Drawing.11、Equation.DSMT4、ACD.ChemSketch.20、ChemDraw.Document.6.0、Equation.3）ではありません。代わりに画像として貼り付けるか、テキストで記載してください。
embedded-object-present-document-contains-paste = 文書に{ $what }が含まれています。代わりに画像として貼り付けるか、テキストで記載してください。

## rules/description/figure_not_described.rs
figure-not-described = 明細書は図（ここでは図{ $figure }）に言及していますが、「図面の簡単な説明」がありません。
figure-not-described-fig-referred-here = ここで言及されている図{ $figure }が「図面の簡単な説明」に記載されていません。
figure-not-described-brief-description-drawings = 「図面の簡単な説明」は図{ $last }までを説明していますが、図{ $figure }の説明がありません。
figure-not-described-brief-description-drawings-describes = 「図面の簡単な説明」は図{ $last }までを説明していますが、図{ $figures }の説明がありません。

## rules/description/font_not_accepted.rs
font-not-accepted = 本文は{ $font }（{ $runs }ラン）で組まれていますが、実務家の報告によればこのフォントはEPOのDOCX出願用フォント一覧にありません（Aptosは2023年からのWordの既定フォント）。EPOにDOCXで出願する前に別のフォントにしてください。
font-not-accepted-text-set-runs = 本文は{ $font }（{ $runs }ラン、スタイル{ $styles }）で組まれていますが、実務家の報告によればこのフォントはEPOのDOCX出願用フォント一覧にありません（Aptosは2023年からのWordの既定フォント）。EPOにDOCXで出願する前に別のフォントにしてください。

## rules/description/font_size_invalid.rs
font-size-invalid = この段落の文字は{ $size }ポイントです。{ $office }では{ $min }～{ $max }ポイントとされています。
font-size-invalid-paragraphs-have-text = { $count }段落の文字サイズが基準外です（最初の段落はここで、{ $size }ポイント）。{ $office }では{ $min }～{ $max }ポイントとされています。
font-size-invalid-paragraph-has-text = この段落の文字は{ $size }ポイントです。{ $office }では大文字の高さが{ $cap } cm以上（おおむね{ $min }ポイント以上のフォント）必要です。
font-size-invalid-paragraphs-have-text-outside = { $count }段落の文字サイズが基準外です（最初の段落はここで、{ $size }ポイント）。{ $office }では大文字の高さが{ $cap } cm以上（おおむね{ $min }ポイント以上のフォント）必要です。

## rules/description/landscape_page.rs
landscape-page = ここから後のページが横向きです。{ $office }では縦向きのページとされています。

## rules/description/line_spacing_invalid.rs
line-spacing-invalid = この段落の行間は{ $spacing }行です。{ $office }では{ $min }～{ $max }行の行間とされています。
line-spacing-invalid-paragraphs-set-outside = { $count }段落の行間が基準外です（最初の段落はここで、{ $spacing }行）。{ $office }では{ $min }～{ $max }行の行間とされています。
line-spacing-invalid-paragraph-set-requires = この段落の行間は{ $spacing }行です。{ $office }では{ $min }行以上の行間が必要です。
line-spacing-invalid-paragraphs-set-outside-limits = { $count }段落の行間が基準外です（最初の段落はここで、{ $spacing }行）。{ $office }では{ $min }行以上の行間が必要です。

## rules/description/margins_invalid.rs
margins-invalid = 余白が{ $office }の基準を満たしていません：{ $margins }。
margins-invalid-too-small = { $side ->
     [bottom] 下余白{ $margin } cm（{ $min } cm以上が必要）
     [left] 左余白{ $margin } cm（{ $min } cm以上が必要）
     [top] 上余白{ $margin } cm（{ $min } cm以上が必要）
    *[right] 右余白{ $margin } cm（{ $min } cm以上が必要）
  }
margins-invalid-too-large = { $side ->
     [bottom] 下余白{ $margin } cm（{ $max } cm以下が必要）
     [left] 左余白{ $margin } cm（{ $max } cm以下が必要）
     [top] 上余白{ $margin } cm（{ $max } cm以下が必要）
    *[right] 右余白{ $margin } cm（{ $max } cm以下が必要）
  }
margins-invalid-text-page-comes = { $page }ページの文字が用紙の端に近すぎ、{ $office }の余白を満たしていません：{ $margins }。
margins-invalid-text-page-more = { $page }ページほか{ $more }ページの文字が用紙の端に近すぎ、{ $office }の余白を満たしていません：{ $page }ページでは{ $margins }。

## rules/description/mod.rs
description = 文書にはほかに{ $more }件あります。最初の{ $listed }件のみを表示しています。
description-2 = { $heading }（{ $name }）

## rules/description/page_size_invalid.rs
page-size-invalid = ページの大きさが{ $width } × { $height } cmです。{ $office }では{ $sizes }とされています。
page-size-invalid-cm-requires = { $page }ページの大きさが{ $width } × { $height } cmです。{ $office }では{ $sizes }とされています。
page-size-invalid-pages-first-them = { $count }ページ（最初は{ $page }ページ）の大きさが{ $width } × { $height } cmです。{ $office }では{ $sizes }とされています。

## rules/description/pages_not_numbered.rs
pages-not-numbered = 文字のページにページ番号がありません。各ページの上部または下部に1から連続した番号を付けてください。
pages-not-numbered-carry-no-page = { $pages }ページにページ番号がありません。文字のページすべてに1から連続した番号を付けてください。
pages-not-numbered-first-text-page = 最初の文字のページの番号が{ $number }です。1から番号を付けてください。
pages-not-numbered-page-number-consecutively = { $page }ページの番号が{ $expected }ではなく{ $number }です。連続した番号を付けてください。

## rules/description/paragraph_number_malformed.rs
paragraph-number-malformed = 段落番号{ $label }は{ $office }の形式に合っていません。{ $number }と記載してください。

## rules/description/paragraph_number_missing.rs
paragraph-number-missing = 明細書に段落番号がありません。{ $office }では各段落の前に{ $example }のような段落番号が必要です。
paragraph-number-missing-has-no-every = この段落に段落番号がありません。明細書の各段落に{ $example }のような段落番号を付してください。

## rules/description/paragraph_numbers_not_consecutive.rs
paragraph-numbers-not-consecutive = 段落番号{ $number }が重複しているか、前の番号に戻っています。ここは{ $expected }のはずです。
paragraph-numbers-not-consecutive-numbering-starts-should = 段落番号が{ $number }から始まっています。1から始めてください。
paragraph-numbers-not-consecutive-number-follows-missing = 段落番号{ $number }が{ $previous }の次にあります。{ $missing }が抜けています。
paragraph-numbers-not-consecutive-number-follows-missing-2 = 段落番号{ $number }が{ $previous }の次にあります。{ $first }及び{ $last }が抜けています。
paragraph-numbers-not-consecutive-number-follows-missing-3 = 段落番号{ $number }が{ $previous }の次にあります。{ $first }～{ $last }が抜けています。

## rules/description/part_not_on_new_sheet.rs
part-not-on-new-sheet = 特許請求の範囲が{ $page }ページで前の書類の末尾に続けて始まっています。新しい用紙から始める必要があります。
part-not-on-new-sheet-abstract-starts-page = 要約書が{ $page }ページで前の書類の末尾に続けて始まっています。新しい用紙から始める必要があります。
part-not-on-new-sheet-description-starts-page = 明細書が{ $page }ページで前の書類の末尾に続けて始まっています。新しい用紙から始める必要があります。

## rules/description/profile.rs
profile-a4-21-0 = A4（21.0 × 29.7 cm）
profile-us-letter-21 = USレター（21.6 × 27.9 cm）

## rules/description/reference_numeral_several_elements.rs
reference-numeral-several-elements = 符号{ $numeral }が、ここでは「{ $name }」を、この段落の前の箇所では「{ $first_name }」を指しています。一つの符号は一つの要素を指すようにしてください。
reference-numeral-several-elements-names-here-but = 符号{ $numeral }が、ここでは「{ $name }」を、第{ $first }段落では「{ $first_name }」を指しています。一つの符号は一つの要素を指すようにしてください。

## rules/description/section_missing.rs
section-missing = 明細書に{ $section }の見出しがありません。
section-missing-description-lacks-sections = 明細書に{ $sections }の見出しがありません。

## rules/description/sections_out_of_order.rs
sections-out-of-order-claims = 「特許請求の範囲」
sections-out-of-order-abstract = 「要約書」
sections-out-of-order = { $section }が{ $previous }の後にあります。{ $office }ではその前に記載します。

## rules/description/title_improper_form.rs
title-improper-form = 発明の名称に{ $words }が含まれています。USPTOはこれらの語を名称から削除します。
title-improper-form-too-general-name = 発明の名称「{ $title }」は一般的すぎます。技術的な主題を示してください。
title-improper-form-contains-which-must = 発明の名称に{ $words }が含まれています。これらの語は名称に使用できません。
title-improper-form-too-general-name-subject = 発明の名称「{ $title }」は一般的すぎます。主題とその類型を示してください。
title-improper-form-contains-vague-commercial = 発明の名称に{ $words }が含まれています。曖昧な語や商業的な語は名称に使用できません。
title-improper-form-has-half-width = 発明の名称に半角文字（{ $characters }）があります。{ $heading }では全角で記載してください。

## rules/description/title_too_long.rs
title-too-long = { $binding ->
     [required] { $unit ->
         [words] 発明の名称が{ $count }語あります。{ $office }では{ $max }語以内とされています。短くしてください。
        *[characters] 発明の名称が{ $count }字あります。{ $office }では{ $max }字以内とされています。短くしてください。
      }
    *[preferred] { $unit ->
         [words] 発明の名称が{ $count }語あります。{ $office }では{ $max }語以内が望ましいとされています。短くしてください。
        *[characters] 発明の名称が{ $count }字あります。{ $office }では{ $max }字以内が望ましいとされています。短くしてください。
      }
  }

## rules/description/tracked_changes_present.rs
tracked-changes-present = 文書に{ $what }が含まれています。提出前にすべての変更履歴を承諾するか元に戻してください。

## rules/description/unsupported_word_content.rs
unsupported-word-content = 本文が{ $columns }段組みになっています。明細書は1段組みで作成してください。
unsupported-word-content-document-contains-put = 文書に{ $what }が含まれています。その文章は通常の段落に記載してください。

## rules/drawings/colour_content.rs
colour-content-uspto-accepts-drawings = USPTOはカラー図面を請願（petition）が認められた場合にのみ受け付けます（37 CFR 1.17(h)の手数料、及び「図面の簡単な説明」の冒頭にカラー図面に関する段落が必要です）
colour-content-epo-publishes-drawings = EPOは図面を白黒で公開するため、カラーでしか示されていない細部は失われます
colour-content-drawings-must-black = 図面は着色せず白黒で作成しなければなりません
colour-content = { $sheet }枚目の用紙がカラーです。{ $reason }。
colour-content-sheets = { $sheets }枚目の用紙がカラーです。{ $reason }。

## rules/drawings/figure_label_form.rs
figure-label-form = { $sheet }枚目の用紙の図番号「{ $label }」は所定の形式ではありません。{ $form }。

## rules/drawings/figure_not_described.rs
figure-not-described-sheet-labels-but = { $sheet }枚目の用紙に「{ $label }」がありますが、明細書（{ $description }）には図{ $figure }への言及がありません。「図面の簡単な説明」にはすべての図を記載します。

## rules/drawings/figure_not_drawn.rs
figure-not-drawn = { $count ->
     [1] 明細書は図{ $figure }に言及していますが、図面（{ $drawings }）のどの用紙にも図{ $figure }の表示がありません。図面に表示されているのは図{ $figures }のみです。
    *[other] 明細書は図{ $figure }に言及していますが、図面（{ $drawings }）のどの用紙にも図{ $figure }の表示がありません。図面に表示されているのは図{ $figures }です。
  }

## rules/drawings/figure_numbers_not_consecutive.rs
figure-numbers-not-consecutive = { $labelled ->
     [one] { $count ->
         [1] 図面に表示されているのは図{ $figures }のみであり、図{ $missing }が欠けています。図には1から連続して番号を付します。
        *[other] 図面に表示されているのは図{ $figures }のみであり、図{ $missing }が欠けています。図には1から連続して番号を付します。
      }
    *[many] { $count ->
         [1] 図面に表示されているのは図{ $figures }であり、図{ $missing }が欠けています。図には1から連続して番号を付します。
        *[other] 図面に表示されているのは図{ $figures }であり、図{ $missing }が欠けています。図には1から連続して番号を付します。
      }
  }
figure-numbers-not-consecutive-labelled-twice-sheet = 図{ $figure }（「{ $label }」）が{ $sheet }枚目の用紙に2回表示されています。図にはそれぞれ異なる番号を付します。
figure-numbers-not-consecutive-labelled-sheet-again = 図{ $figure }（「{ $label }」）が{ $first_sheet }枚目の用紙と{ $sheet }枚目の用紙の両方に表示されています。図にはそれぞれ異なる番号を付します。

## rules/drawings/font_not_embedded.rs
font-not-embedded = { $embedding ->
     [all-but-standard] { $count ->
         [1] フォント{ $fonts }がPDFに埋め込まれていません。PDFの標準14フォント以外のすべてのフォントを埋め込む必要があります。このフォントを埋め込んで図面を書き出してください。
        *[other] フォント{ $fonts }がPDFに埋め込まれていません。PDFの標準14フォント以外のすべてのフォントを埋め込む必要があります。これらのフォントを埋め込んで図面を書き出してください。
      }
    *[all] { $count ->
         [1] フォント{ $fonts }がPDFに埋め込まれていません。標準フォントを含むすべてのフォントを埋め込む必要があります。このフォントを埋め込んで図面を書き出してください。
        *[other] フォント{ $fonts }がPDFに埋め込まれていません。標準フォントを含むすべてのフォントを埋め込む必要があります。これらのフォントを埋め込んで図面を書き出してください。
      }
  }
font-not-embedded-first-sheet = { $font }（{ $sheet }枚目の用紙で初出）

## rules/drawings/frame_present.rs
frame-present-practitioners-advise-against = KIPOに提出する図面には枠を設けないよう実務上推奨されています
frame-present-frames-around-drawings = 図面を囲む枠は認められません
frame-present = { $sheet }枚目の用紙に図を囲む枠（{ $width } × { $height }の矩形）が描かれています。{ $reason }。枠を削除してください。
frame-present-sheets-have-drawn = { $sheets }枚目の用紙に図を囲む枠が描かれています。{ $reason }。枠を削除してください。

## rules/drawings/greyscale_content.rs
greyscale-content-uspto-accepts-photographs = USPTOは写真が発明を示す唯一の実用的な手段である場合にのみ写真を受け付けます。また、灰色の濃淡は再現されないおそれがあります
greyscale-content-epo-accepts-photographs = EPOは対象を図で表せない場合にのみ写真を受け付け、図面を白黒で公開するため、灰色の細部は失われるおそれがあります
greyscale-content-grey-tones-photographs = PCTでは灰色の階調や写真は例外的にのみ認められ、出願が白黒で公開される際に失われるおそれがあります
greyscale-content-jpo-takes-grey = 特許庁が灰色を認めるのは図面代用写真のグレースケールJPEG画像のみです。線図は白黒で作成してください
greyscale-content-drawings-drawn-black = 図面は黒色の線で描く必要があり、灰色の階調や写真は指摘を受けるおそれがあります
greyscale-content = { $sheet }枚目の用紙に灰色の階調（写真、グレースケールの描画又は灰色の塗りつぶし）が含まれています。{ $reason }。
greyscale-content-sheets-hold-grey = { $sheets }枚目の用紙に灰色の階調（写真、グレースケールの描画又は灰色の塗りつぶし）が含まれています。{ $reason }。

## rules/drawings/image_format_not_accepted.rs
image-format-not-accepted = 図面が{ $format }ファイルです。特許庁のオンライン出願では、図面は図ごとに1つの画像としてのみ受け付けられます（白黒のPNG、GIF若しくはBMP、又は写真用のグレースケールJPEG）。
image-format-not-accepted-sheet-animated-gif = { $sheet }枚目の用紙はアニメーションGIF（{ $frames }フレーム）です。特許庁のインターネット出願ソフトはアニメーション画像を受け付けません。1枚の白黒画像として保存してください。
image-format-not-accepted-sheet-black-white = { $sheet }枚目の用紙は{ $pixels }の{ $format }画像で、白黒（1ビット）ではありません。特許庁のインターネット出願ソフトはこれを白黒に変換するため、細い線や文字が失われるおそれがあります。白黒で保存してください。
image-format-not-accepted-sheet-bmp-black = { $sheet }枚目の用紙は{ $pixels }のBMP画像で、白黒（1ビット）ではありません。特許庁のインターネット出願ソフトはこれを受け付けません。白黒（モノクロ）のビットマップとして保存してください。
image-format-not-accepted-bit-samples = { $bits }ビットのサンプル
image-format-not-accepted-progressive-encoding = プログレッシブ方式
image-format-not-accepted-no-jfif-header = JFIFヘッダーなし
image-format-not-accepted-sheet-jpeg-jpo = { $sheet }枚目の用紙のJPEG画像は要件を満たしていません（{ $faults }）。特許庁が受け付けるJPEGは、8ビットグレースケール、ベースライン方式、JFIFヘッダー付きのものに限られます。
image-format-not-accepted-sheet-tiff-page = { $sheet }枚目の用紙は{ $compression }のTIFFページです。PCTの電子出願では、TIFFの図面は白黒でCCITT Group 4により圧縮されていることが求められます。
image-format-not-accepted-sheets-tiff-pages = { $sheets }枚目の用紙は{ $compression }のTIFFページです。PCTの電子出願では、TIFFの図面は白黒でCCITT Group 4により圧縮されていることが求められます。
image-format-not-accepted-black-white = 白黒
image-format-not-accepted-greyscale = グレースケール
image-format-not-accepted-palette-colours = パレットカラー
image-format-not-accepted-rgb-colour = RGBカラー
image-format-not-accepted-cmyk-colour = CMYKカラー
image-format-not-accepted-unusual-colour-mode = 特殊なカラーモード
image-format-not-accepted-no-compression = 非圧縮
image-format-not-accepted-ccitt-group-3 = CCITT Group 3圧縮
image-format-not-accepted-ccitt-group-4 = CCITT Group 4圧縮
image-format-not-accepted-lzw-compression = LZW圧縮
image-format-not-accepted-deflate-zip-compression = Deflate（ZIP）圧縮
image-format-not-accepted-packbits-compression = PackBits圧縮
image-format-not-accepted-jpeg-compression = JPEG圧縮
image-format-not-accepted-unusual-compression-method = 特殊な方式による圧縮

## rules/drawings/law.rs
law-a4-210-297 = A4（210 × 297 mm）
law-us-letter-216 = USレター（216 × 279 mm）
law-centred-top = 上部中央
law-centred-top-bottom = 上部又は下部の中央
law-right-end-top = 上部余白の右端
law-centred-bottom = 下部中央
law-sheet-total-1 = 上部中央の使用可能領域内に付す「用紙番号/総数」（1/3、2/3、3/3）
law-consecutive-arabic-numerals = 上部中央（上部余白を除く）に付す連続したアラビア数字
law-sheet-total-1-3 = 上部又は下部の中央（余白を除く）に付す「用紙番号/総数」（1/3、2/3、3/3。1枚のみのときは1/1）
law-page-numbers-right = 上部余白の右端に付すページ番号
law-page-numbers-centred = 下部中央に付すページ番号
law-consecutive-arabic-numerals-centred = 下部中央に付す連続したアラビア数字
law-uspto-labels-views = USPTOでは、図は「FIG.」と番号で表示し、部分図には大文字を付します（FIG. 1、FIG. 4A）
law-epo-labels-figures = EPOでは、言語を問わず図は「FIG」と番号で表示し、部分図には大文字を付します（FIG 1、FIG 7A）
law-pct-drawings-label = PCTの図面では、言語を問わず図は「Fig.」と番号で表示し、部分図には大文字を付します（Fig. 1、Fig. 7B）
law-jpo-labels-figures = 特許庁では、各図の上に隅付き括弧で【図１】のように表示します
law-kipo-labels-figures = KIPOでは、図は【도 1】のように隅付き括弧で表示します
law-cnipa-labels-figures = CNIPAでは、各図の直下に图1、图2…のように表示します
law-least-0-32 = 高さ0.32 cm（1/8インチ）以上
law-least-0-32-cm = 高さ0.32 cm以上
law-about-5-mm = 約5 mm角

## rules/drawings/margin_too_small.rs
margin-too-small = { $sheet }枚目の用紙では、描画範囲が用紙の端に近すぎます：{ $distances }。
margin-too-small-top-edge-least = 上端から{ $distance }（{ $minimum }以上必要）
margin-too-small-left-edge-least = 左端から{ $distance }（{ $minimum }以上必要）
margin-too-small-right-edge-least = 右端から{ $distance }（{ $minimum }以上必要）
margin-too-small-bottom-edge-least = 下端から{ $distance }（{ $minimum }以上必要）

## rules/drawings/pdf_content_not_accepted.rs
pdf-content-not-accepted-javascript = JavaScript
pdf-content-not-accepted-attached-files = 添付ファイル
pdf-content-not-accepted-form-fields = フォームフィールド
pdf-content-not-accepted-digital-signature = 電子署名
pdf-content-not-accepted = 注釈（最初は{ $page }ページ）
pdf-content-not-accepted-holds-filing-systems = PDFに{ $what }が含まれています。出願システムはこれらを除去するか受け付けず、ページ自体の内容だけが出願されます。出願前にPDFを平坦化してください（新しいPDFに印刷し直す）。

## rules/drawings/pdf_encrypted.rs
pdf-encrypted = PDFが暗号化されています（パスワード又はセキュリティ設定による保護）。出願システムは保護されたPDFを受け付けないか、処理できません。出願前に保護を解除したコピーを保存してください。

## rules/drawings/pdf_version_too_old.rs
pdf-version-too-old = PDFのバージョンが{ $version }です。PCTの電子出願ではPDF { $minimum }以降のみ受け付けられます。図面を新しいバージョンのPDFとして保存し直してください。
pdf-version-too-old-electronic-filing-takes = PDFのバージョンが{ $version }です。{ $office }の電子出願ではPDF { $minimum }以降のみ受け付けられます。図面を新しいバージョンのPDFとして保存し直してください。

## rules/drawings/pixel_size_exceeded.rs
pixel-size-exceeded = { $sheet }枚目の用紙は{ $dpi } dpiで{ $width } × { $height } pxです。この解像度で特許庁が受け付ける画像は最大{ $max_width } × { $max_height } px（幅 × 高さ、170 × 255 mm）です。画像を図の部分に切り抜くか、縮小してください。
pixel-size-exceeded-sheet-px-states = { $sheet }枚目の用紙は{ $width } × { $height } pxで、解像度が記録されていません。特許庁が受け付ける最高解像度の{ $dpi } dpiでも、画像は最大{ $max_width } × { $max_height } px（幅 × 高さ）です。画像を図の部分に切り抜くか、縮小してください。

## rules/drawings/reference_sign_enclosed.rs
reference-sign-enclosed = { $sheet }枚目の用紙に、括弧、引用符又は丸で囲まれた符号があります：「{ $sign }」。符号は括弧、丸又は引用符で囲まずに記載します。
reference-sign-enclosed-sheet-shows-signs = { $sheet }枚目の用紙に、括弧、引用符又は丸で囲まれた符号があります：{ $signs }。符号は括弧、丸又は引用符で囲まずに記載します。

## rules/drawings/reference_sign_not_in_description.rs
reference-sign-not-in-description = { $sheet }枚目の用紙の符号「{ $sign }」は、明細書（{ $description }）にも特許請求の範囲にも記載されていません。図面の符号はすべて本文で説明しなければなりません。
reference-sign-not-in-description-sheet-mentioned-every = { $sheet }枚目の用紙の符号「{ $sign }」は明細書（{ $description }）に記載されていません。図面の符号はすべて明細書で説明しなければなりません。
reference-sign-not-in-description-drawings-hold-one = 図面には、明細書に記載のない符号がほかに1個あります。示しているのは最初の{ $listed }個のみです。
reference-sign-not-in-description-drawings-hold-more = 図面には、明細書に記載のない符号がほかに{ $more }個あります。示しているのは最初の{ $listed }個のみです。

## rules/drawings/reference_sign_not_in_drawings.rs
reference-sign-not-in-drawings = 符号{ $numeral }（{ $name }）は明細書で使われていますが、図面（{ $drawings }）のどこにもありません。{ $name }を示す図に符号を加えるか、符号を訂正してください。
reference-sign-not-in-drawings-description-uses-one = 明細書には、どの図面にもない符号がほかに1個あります。示しているのは最初の{ $listed }個のみです。
reference-sign-not-in-drawings-description-uses-more = 明細書には、どの図面にもない符号がほかに{ $more }個あります。示しているのは最初の{ $listed }個のみです。

## rules/drawings/resolution_invalid.rs
resolution-invalid = { $sheet }枚目の用紙（{ $format }画像）には解像度が記録されていません。特許庁が受け付けるのは、ファイルに解像度{ $allowed } dpiが記録された画像のみです。
resolution-invalid-sheet-image-dpi = { $sheet }枚目の用紙（{ $format }画像）の解像度は{ $dpi } dpiです。特許庁が受け付けるのは、ファイルに解像度{ $allowed } dpiが記録された画像のみです。
resolution-invalid-sheet-image-dpi-across = { $sheet }枚目の用紙（{ $format }画像）の解像度は横{ $across } dpi、縦{ $down } dpiです。特許庁が受け付けるのは、ファイルに解像度{ $allowed } dpiが記録された画像のみです。

## rules/drawings/scale_indication.rs
scale-indication = { $sheet }枚目の用紙に縮尺の記載「{ $scale }」があります。図面には縮尺や「原寸」を文字で記載してはなりません（縮尺は図示したスケールバーでのみ示すことができます）。

## rules/drawings/sheet_number_malformed.rs
sheet-number-malformed = { $sheet }枚目の用紙の番号「{ $written }」は数字のみですが、{ $office }では「用紙番号/総数」の形式（{ $position }/{ $count }）で記載します。
sheet-number-malformed-numbered-but-sheets = { $sheet }枚目の用紙の番号は「{ $written }」ですが、この用紙は全{ $count }枚中の{ $position }枚目です。用紙番号は1から連続して付します。
sheet-number-malformed-numbered-but-drawings = { $sheet }枚目の用紙の番号は「{ $written }」ですが、図面は{ $total }枚ではなく1枚です。
sheet-number-malformed-numbered-but-drawings-have = { $sheet }枚目の用紙の番号は「{ $written }」ですが、図面は{ $total }枚ではなく{ $count }枚です。

## rules/drawings/sheet_number_misplaced.rs
sheet-number-misplaced = { $sheet }枚目の用紙の番号「{ $written }」は{ $place }にあります。{ $office }では、用紙番号は{ $wanted }に付します。
sheet-number-misplaced-s-stands-puts = { $sheet }枚目の用紙の番号「{ $written }」は{ $place }にあります。{ $office }では、用紙番号は余白ではなく{ $wanted }に付します。
sheet-number-misplaced-s-stands-margin = { $sheet }枚目の用紙の番号「{ $written }」は{ $place }の余白内にあります。{ $office }では、用紙番号は余白ではなく{ $wanted }に付します。
sheet-number-misplaced-top-left = 左上
sheet-number-misplaced-top-centre = 上部中央
sheet-number-misplaced-top-right = 右上
sheet-number-misplaced-bottom-left = 左下
sheet-number-misplaced-bottom-centre = 下部中央
sheet-number-misplaced-bottom-right = 右下
sheet-number-misplaced-left-edge = 左端
sheet-number-misplaced-middle = 用紙の中央
sheet-number-misplaced-right-edge = 右端

## rules/drawings/sheet_number_missing.rs
sheet-number-missing = { $sheet }枚目の用紙のテキストに用紙番号がありません。{ $office }では、図面の用紙番号は{ $form }とします。

## rules/drawings/sheet_size_invalid.rs
sheet-size-invalid = { $sheet }枚目の用紙は{ $width } × { $height }の画像で、用紙全体ではありません。図面の用紙は{ $sizes }の縦置きでなければなりません（図は用紙上で横向きにしてもかまいません）。
sheet-size-invalid-turned-sideways-landscape = { $sheet }枚目の用紙は{ $width } × { $height }で、横置き（ランドスケープ）になっています。図面の用紙は{ $sizes }の縦置きでなければなりません（図は用紙上で横向きにしてもかまいません）。
sheet-size-invalid-drawing-sheets-must = { $sheet }枚目の用紙のサイズは{ $width } × { $height }です。図面の用紙は{ $sizes }の縦置きでなければなりません（図は用紙上で横向きにしてもかまいません）。

## rules/drawings/sheet_sizes_differ.rs
sheet-sizes-differ = { $sheet }枚目の用紙は{ $size }ですが、{ $usual_sheet }枚目の用紙は{ $usual_size }です。図面の用紙はすべて同じサイズでなければなりません。

## rules/drawings/single_figure_labelled.rs
single-figure-labelled = { $sheet }枚目の用紙には図が1つしかなく、「{ $label }」と表示されています。図が1つだけのときは番号を付さず、「{ $word }」の表示もしません。

## rules/drawings/size_unknown.rs
size-unknown = { $sheet }枚目の用紙（{ $width } × { $height } px）には解像度が記録されていないため、用紙上のサイズ、余白及び文字の高さを測定できず、チェックしていません。画像は解像度（例：300 dpi）を記録して保存してください。
size-unknown-sheets-do-not = { $sheets }枚目の用紙には解像度が記録されていないため、用紙上のサイズ、余白及び文字の高さを測定できず、チェックしていません。画像は解像度（例：300 dpi）を記録して保存してください。

## rules/drawings/text_layer_missing.rs
text-layer-missing = { $sheet }枚目の用紙にはテキストレイヤーがありません（画像又はスキャン）。そのため、用紙番号、図番号、符号及び文字の高さを読み取れず、チェックしていません。目視で確認してください。
text-layer-missing-sheets-have-no = { $sheets }枚目の用紙にはテキストレイヤーがありません（画像又はスキャン）。そのため、用紙番号、図番号、符号及び文字の高さを読み取れず、チェックしていません。目視で確認してください。

## rules/drawings/text_too_small.rs
text-too-small = { $text }（{ $height }）
text-too-small-more = その他{ $count }件
text-too-small-sheet-reference-signs = { $sheet }枚目の用紙に{ $minimum }未満の符号があります：{ $runs }。{ $office }では、符号の大きさは{ $stated }とされています。
text-too-small-sheet-lettering-smaller = { $sheet }枚目の用紙に{ $minimum }未満の文字があります：{ $runs }。図面中の数字及び文字は{ $stated }でなければなりません。

## rules/drawings/usable_area_exceeded.rs
usable-area-exceeded = { $over ->
     [height] { $sheet }枚目の用紙の描画範囲の高さは{ $height }です（最大{ $max_height }）。{ $max_width } × { $max_height }（幅 × 高さ）以内に収める必要があります。縮小してください。
     [width] { $sheet }枚目の用紙の描画範囲の幅は{ $width }です（最大{ $max_width }）。{ $max_width } × { $max_height }（幅 × 高さ）以内に収める必要があります。縮小してください。
    *[both] { $sheet }枚目の用紙の描画範囲は幅{ $width }（最大{ $max_width }）、高さ{ $height }（最大{ $max_height }）です。{ $max_width } × { $max_height }（幅 × 高さ）以内に収める必要があります。縮小してください。
  }

## rules/input/filing_date_from_document.rs
filing-date-from-document = 文書に記載された出願日 { $date } を、日付から適用される規則に使いました。別の日付で検査するには出願日を指定してください。

## rules/input/pages_not_read.rs
pages-not-read = { $count ->
     [1] { $pages }ページはテキスト層のないスキャン画像で、文字のページの間にあります。OCRなしでは読み取れないため、検査していません。
    *[other] { $count }ページ（{ $pages }）はテキスト層のないスキャン画像で、文字のページの間にあります。OCRなしでは読み取れないため、検査していません。
  }

## rules/input/publication_layout_not_checked.rs
publication-layout-not-checked = このPDFは出願書類ではなく公報（{ $publication }）です。請求項・明細書・要約は検査しましたが、ページのレイアウトは特許庁によるものなので検査していません。

## rules/input/route_from_document.rs
route-from-document = この文書は国際出願の国内段階であるため、その経路で検査しました。直接の国内出願にのみ適用される要件は適用していません。

## rules/sequences/character_not_allowed.rs
character-not-allowed = { $element }に文字{ $character }（{ $code }）は使用できません。出願人名、発明者名及び発明の名称以外では、配列表は基本ラテン文字の印字可能文字のみを使用します（附属書IV）。
character-not-allowed-more-characters-outside = 附属書IVの範囲外の文字がさらに{ $count }個あり、個別には示していません。

## rules/sequences/division_invalid.rs
division-invalid = 配列番号{ $id }にINSDSeq_divisionがありません。PATである必要があります。
division-invalid-insdseq-seq-id = 配列番号{ $id }のINSDSeq_divisionが{ $value }です。PATである必要があります。

## rules/sequences/doctype_invalid.rs
doctype-invalid = 配列表にDOCTYPE宣言がありません。ST.26では<!DOCTYPE ST26SequenceListing PUBLIC "-//WIPO//DTD Sequence Listing 1.3//EN" "ST26SequenceListing_V1_3.dtd">が必要です。
doctype-invalid-names-not-st26sequencelisting = DOCTYPEの名前がST26SequenceListingではなく{ $name }です。
doctype-invalid-declares-entities-own = DOCTYPEが独自の実体を宣言しています。ST.26の配列表はWIPOのDTDのみを参照します（patlintは実体を展開しないため、その参照は記載のまま残ります）。
doctype-invalid-has-internal-subset = DOCTYPEに内部サブセットがあります。ST.26の配列表はWIPOのDTDのみを参照します。
doctype-invalid-does-not-refer = DOCTYPEが公開識別子"-//WIPO//DTD Sequence Listing 1.3//EN"でWIPOのDTDを参照していません。

## rules/sequences/english_free_text_missing.rs
english-free-text-missing = 配列番号{ $id }のフィーチャー{ $key }の{ $name }は他の言語（「{ $value }」）でのみ記載されています。USPTOはINSDQualifier_valueに英語の記載も求めます。

## rules/sequences/feature_key_not_allowed.rs
sequence-kind-nucleotide = ヌクレオチド
sequence-kind-amino-acid = アミノ酸
feature-key-not-allowed = 配列番号{ $id }の特徴キー{ $key }は附属書Iの{ $kind }配列用のキーにありません（patlintのキー表は附属書そのものでは確認できていません）。

## rules/sequences/file_name_invalid.rs
file-name-invalid = ファイル名{ $name }はUSPTOで受理されません。Sequence Listing XMLのファイル名は1〜60文字の英字、数字、ハイフン及びアンダースコアに.xmlを付けたものです。

## rules/sequences/general_information_missing.rs
general-information-missing = 配列表にApplicationIdentificationもApplicantFileReferenceもありません。いずれかで出願を特定します。
general-information-missing-listing-has-no = 配列表にApplicantNameがありません。
general-information-missing-applicant-s-name = 出願人名{ $name }はラテン文字ではなく、ApplicantNameLatinがありません。
general-information-missing-listing-has-no-inventiontitle = 配列表にInventionTitleがありません。

## rules/sequences/length_mismatch.rs
length-mismatch = 配列番号{ $id }にINSDSeq_lengthがありません。
length-mismatch-insdseq-seq-id = 配列番号{ $id }のINSDSeq_lengthは{ $declared }ですが、配列の残基は{ $count }個です。

## rules/sequences/location_invalid.rs
location-invalid = 配列番号{ $id }の特徴{ $key }の位置{ $location }は正しい形式の位置ではありません。
location-invalid-feature-seq-id = 配列番号{ $id }の特徴{ $key }の位置{ $location }は位置{ $position }に及び、配列の{ $count }残基の範囲外です。

## rules/sequences/mod_base_invalid.rs
mod-base-invalid = 配列番号{ $id }のmod_baseの値「{ $value }」は附属書I表2の略号ではありません。表の略号（5-メチルシチジンは「m5c」）を書くか、OTHERとしてnote修飾語に完全な名称を書いてください。
mod-base-invalid-modified-seq-id = 配列番号{ $id }の修飾塩基はOTHERですがnote修飾語がありません。noteに完全な名称を書いてください。

## rules/sequences/mol_type_invalid.rs
mol-type-invalid = 配列番号{ $id }のmol_type { $value }は{ $moltype }の値ではありません。{ $allowed }のいずれかを使用してください。

## rules/sequences/moltype_invalid.rs
moltype-invalid = 配列番号{ $id }にINSDSeq_moltypeがありません。DNA、RNA又はAAである必要があります。
moltype-invalid-insdseq-seq-id = 配列番号{ $id }のINSDSeq_moltypeが{ $value }です。DNA、RNA又はAAである必要があります。

## rules/sequences/non_english_language_invalid.rs
non-english-language-invalid = 配列表には英語以外の自由記載（配列番号{ $id }の{ $name }「{ $text }」）がありますが、ルートにその言語を示すnonEnglishFreeTextLanguageCodeがありません。
non-english-language-invalid-feature-seq-id = 配列番号{ $id }のフィーチャー{ $key }の{ $name }（「{ $text }」）は、配列表が英語以外の自由記載について宣言した言語（{ $code }）の文字で書かれていません。

## rules/sequences/numbering_not_consecutive.rs
numbering-not-consecutive-sequenceidnumber-whole-number = sequenceIDNumberの{ $id }は整数ではありません。
numbering-not-consecutive-first-sequence-seq = 最初の配列が配列番号{ $number }です。番号は1から始まります。
numbering-not-consecutive-seq-id-no = 配列番号{ $previous }の次が配列番号{ $number }です。配列番号は1、2、3…と欠番や重複なく続きます。

## rules/sequences/other_seqids_present.rs
other-seqids-present = 配列番号{ $id }にINSDSeq_other-seqidsがあります。これは庁のみが記入する要素です。削除してください。

## rules/sequences/qualifier_not_allowed.rs
qualifier-not-allowed = 配列番号{ $id }のフィーチャー{ $key }の修飾語{ $name }は、附属書Iの{ $kind }配列の修飾語にありません（patlintの表は附属書そのものと照合できていません）。

## rules/sequences/qualifier_value_invalid.rs
qualifier-value-invalid = 配列番号{ $id }のフィーチャー{ $key }のcodon_startが「{ $value }」です。1、2または3でなければなりません。
qualifier-value-invalid-transl-table-feature = 配列番号{ $id }のフィーチャー{ $key }のtransl_table「{ $value }」は附属書I第9節の遺伝暗号表の番号ではありません（1が標準遺伝暗号）。

## rules/sequences/residue_invalid.rs
residue-invalid = 配列番号{ $id }の位置{ $position }にuがあります（全部で{ $count }個）。ST.26ではウラシルはDNAでもRNAでもtと記載します。
residue-invalid-seq-id-no = 配列番号{ $id }の位置{ $position }に{ $residue }があります（全部で{ $count }個）。ヌクレオチドは小文字で記載します。
residue-invalid-seq-id-no-has = 配列番号{ $id }の位置{ $position }に{ $residue }があります（全部で{ $count }個）。アミノ酸は大文字で記載します。
residue-invalid-seq-id-no-has-position = 配列番号{ $id }の位置{ $position }に{ $residue }があります（全部で{ $count }個）。これは{ $moltype }についての附属書Iの記号ではありません。

## rules/sequences/root_attribute_invalid.rs
root-attribute-invalid = ルート要素にdtdVersion属性がありません（現行のDTDではV1_3）。
root-attribute-invalid-productiondate-not-date = productionDateの{ $value }はYYYY-MM-DD形式の日付ではありません。
root-attribute-invalid-not-two-letter = { $attribute }の{ $value }は2文字の言語コード（ISO 639-1）ではありません。

## rules/sequences/seq_id_not_in_listing.rs
seq-id-not-in-listing = ここで配列番号{ $number }が引用されていますが、配列表{ $listing }にその配列はありません。

## rules/sequences/sequence_not_cited.rs
sequence-not-cited = 配列番号{ $id }は配列表にありますが、明細書にも特許請求の範囲にも引用されていません。

## rules/sequences/sequence_without_seq_id.rs
sequence-without-seq-id = ここに具体的に定義された{ $count }個のヌクレオチドの配列が配列番号なしで記載されています。ST.26では、この配列を配列表に含め、配列番号で引用する必要があります。
sequence-without-seq-id-specifically-defined-amino = ここに具体的に定義された{ $count }個のアミノ酸の配列が配列番号なしで記載されています。ST.26では、この配列を配列表に含め、配列番号で引用する必要があります。

## rules/sequences/skipped_sequence_malformed.rs
skipped-sequence-malformed = スキップされた配列番号{ $id }に特徴テーブルがあります。意図的にスキップした配列には特徴テーブルはありません。
skipped-sequence-malformed-seq-id-no = スキップされた配列番号{ $id }の{ $element }が{ $value }です。意図的にスキップした配列では空にします。

## rules/sequences/source_feature_missing.rs
source-feature-missing = 配列番号{ $id }にsource特徴がありません。すべての配列にorganism及びmol_typeを伴うsource特徴が必要です。
source-feature-missing-seq-id-no = 配列番号{ $id }のsource特徴の位置が{ $location }です。source特徴は配列全体（{ $whole }）にわたらなければなりません。
source-feature-missing-seq-id-no-has = 配列番号{ $id }のsource特徴に{ $qualifier }修飾子がありません。

## rules/sequences/title_differs.rs
title-differs = 配列表の発明の名称「{ $listed }」は{ $file }の発明の名称「{ $title }」と異なります。配列表は属する出願を示すべきです。

## rules/sequences/total_quantity_mismatch.rs
total-quantity-mismatch = 配列表にSequenceTotalQuantityがありません。SequenceData要素は1個です。
total-quantity-mismatch-listing-has-no = 配列表にSequenceTotalQuantityがありません。SequenceData要素は{ $count }個です。
total-quantity-mismatch-sequencetotalquantity-but-listing = SequenceTotalQuantityは{ $declared }ですが、配列表のSequenceData要素は1個です。
total-quantity-mismatch-sequencetotalquantity-but-listing-has = SequenceTotalQuantityは{ $declared }ですが、配列表のSequenceData要素は{ $count }個です。

## rules/sequences/xml_declaration_invalid.rs
xml-declaration-invalid = 配列表にXML宣言がありません。<?xml version="1.0" encoding="UTF-8"?>で始める必要があります。
xml-declaration-invalid-gives-version-sequence = XML宣言のバージョンが{ $version }です。配列表はXML 1.0です。
xml-declaration-invalid-gives-encoding-sequence = XML宣言の符号化方式が{ $encoding }です。配列表はUTF-8で符号化します。
xml-declaration-invalid-listing-not-encoded = 配列表がUTF-8で符号化されていません。UTF-8で保存してください。

## st3.rs
st3-african-regional-intellectual = アフリカ広域知的財産機関（ARIPO）
st3-benelux-office-intellectual = ベネルクス知的財産庁
st3-eurasian-patent-organization = ユーラシア特許機構
st3-european-union-intellectual = 欧州連合知的財産庁
st3-european-patent-office = 欧州特許庁
st3-patent-office-gulf = 湾岸協力会議特許庁
st3-international-bureau-wipo = WIPO国際事務局
st3-african-intellectual-property = アフリカ知的所有権機関（OAPI）
st3-community-plant-variety = 欧州共同体植物品種庁
st3-world-intellectual-property = 世界知的所有権機関
st3-nordic-patent-institute = 北欧特許庁
st3-upov = 植物新品種保護国際同盟（UPOV）
st3-visegrad-patent-institute = ヴィシェグラード特許庁
st3-czechoslovakia = チェコスロバキア
st3-german-democratic-republic = ドイツ民主共和国
st3-soviet-union = ソビエト連邦
st3-yugoslavia = ユーゴスラビア
st3-zaire = ザイール
st3-code-not-country = { $code }は{ $name }のコードであり、国のコードではありません
st3-was-code = { $code }はかつての{ $name }のコードです
