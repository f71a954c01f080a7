### patlint's messages in Chinese: one message per id, which the source names (`message!("id", …)`,
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
list-and = {"和"}
list-or = {"或"}

## filing.rs
nothing-found = 未找到权利要求、说明书或转让数据。权利要求以其编号开头：`1.`、`Claim 1`、`【請求項1】`、`【청구항 1】`。

## message.rs
quoted = “{ $text }”

## model/description.rs
description-title-invention = “发明名称”
description-cross-reference-related = “相关申请的交叉引用”
description-statement-federally-sponsored = “关于联邦资助研究的声明”
description-parties-joint-research = “联合研究协议的各方”
description-incorporation-reference-sequence = “以引用方式并入序列表”
description-statement-prior-disclosures = “关于在先公开的声明”
description-technical-field = “技术领域”
description-background-art = “背景技术”
description-citation-list = “现有技术文献”
description-summary-disclosure-invention = “发明内容”
description-technical-problem = “要解决的技术问题”
description-solution-problem = “技术方案”
description-advantageous-effects = “有益效果”
description-brief-drawings = “附图说明”
description-detailed-embodiments = “具体实施方式”
description-examples = “实施例”
description-industrial-applicability = “工业实用性”
description-list-reference-signs = “附图标记说明”
description-deposit-biological-material = “生物材料保藏”
description-sequence-listing-free = “序列表自由内容”
description-sequence-listing = “序列表”
description-other-section = 其他部分

## numbers/cn.rs
cn-application-twelve-digits = 申请号为十二位数字加校验位（201710601862.3），专利号为ZL加申请号，公开号为CN加不超过九位数字（CN112345678A）
cn-not-cnipa-application = { $number }不是有效的中国申请号：年份或专利类型代码（1、2、3、8或9）有误。
cn-check-character-application = 中国申请{ $number }的校验位应为{ $expected }，而不是{ $given }：可能有数字输入错误。
cn-application-number-ends = 中国申请号以小数点后的一位校验位（数字或X）结尾，而不是`{ $given }`。
cn-not-cnipa-number = { $number }不符合中国专利号码的格式：{ $format }。

## numbers/ep.rs
ep-application-eight-digits = 申请号为八位数字加校验位（21204983.7），公开号或专利号为EP加七位数字（EP1234567）
ep-check-digit-application = 欧洲申请{ $number }的校验位应为{ $expected }，而不是{ $given }：可能有数字输入错误。
ep-application-number-ends = 欧洲申请号以小数点后的一位校验位结尾，而不是`{ $given }`。
ep-not-number = { $number }不符合欧洲专利号码的格式：{ $format }。

## numbers/jp.rs
jp-application-publication-year = 申请号和公开号为年份加六位数字（2021-123456），专利号为七位数字（7123456）
jp-year-not-possible = { $year }不可能是日本号码中的年份：平成年号为1至11年（1989～1999年）。
jp-year-not-possible-japanese = { $year }不可能是日本号码中的年份：昭和年号为1至64年。
jp-year-not-possible-japanese-number = { $year }不可能是日本号码中的年份：2000年起为四位公历年份（此前为日本年号纪年：平11）。
jp-japanese-application-publication = 日本申请号和公开号的流水号为六位数字，而不是{ $serial }。
jp-not-japanese-number = { $number }不符合日本号码的格式：{ $format }。
jp-japanese-patent-number = 日本专利号不能为0。

## numbers/kr.rs
kr-application-publication-right = 申请号和公开号为权利类型、年份加七位数字（10-2021-0123456），注册号为权利类型加七位数字（10-1234567）
kr-40-kipo-code = 40是KIPO的商标代码，而不是专利、实用新型或外观设计的代码。
kr-not-kipo-right = { $code }不是KIPO的权利类型代码（10为专利，20为实用新型，30为外观设计）。
kr-not-kipo-number = { $number }不符合韩国号码的格式：{ $format }。
kr-cannot-year-kipo = { $year }不可能是韩国号码中的年份。

## numbers/mod.rs
numbers-not-written = 这不符合{ $office }号码的写法：{ $format }。
numbers-characters-long-no = 长度为{ $count }个字符；没有这么长的专利号码。
numbers-number-empty = 号码为空。
numbers-not-written-like = 这不符合USPTO、EPO、JPO、KIPO、国家知识产权局或PCT任何一种号码的写法。
numbers-not-valid-number = 这不是{ $offices }的有效号码；请指明专利局，或在号码前加上前缀（US、EP、JP、KR、CN、PCT/、WO）。
numbers-could-number-give = 这可能是{ $offices }的号码；请指明专利局，或在号码前加上前缀（US、EP、JP、KR、CN、PCT/、WO）。

## numbers/us.rs
us-application-series-code = 申请号为系列代码加六位数字（16/123,456），专利号为不超过八位数字（11,147,202），公开号为年份加七位数字（2021/0049351）
us-not-number = 这不符合美国号码的格式：{ $format }。
us-pre-grant-publications = 美国申请公布始于2001年；年份{ $year }不可能正确。
us-application-number-two = 美国申请号由两位系列代码、斜杠和六位数字组成（16/123,456），而不是{ $number }。
us-not-patent-number = { $number }不符合美国专利号的格式：{ $format }。
us-patent-number-cannot = 美国专利号不能为0。
us-not-number-2 = { $number }不符合美国号码的格式：{ $format }。
us-application-number-has = 美国申请号为八位数字，即两位系列代码加六位序列号（16/123,456），而不是{ $number }。
us-has-digits = { $number }有{ $count }位数字；{ $format }。
us-not-series-code = { $series }不是USPTO用于申请的系列代码。

## numbers/wo.rs
wo-international-application-pct = 国际申请号为PCT/、受理局、年份加六位数字（PCT/US2021/012345），国际公布号为WO、年份加六位数字（WO2021/123456）
wo-not-possible-year = { $year }不可能是WO国际公布的年份（2004年起为四位，此前为两位）。
wo-not-publication-number = { $number }不符合国际公布号（WO）的格式：{ $format }。
wo-not-pct-number = { $number }不符合PCT号码的格式：{ $format }。
wo-pct-not-pct = PCT/{ $number }不符合国际申请号的格式：{ $format }。
wo-not-code-pct = { $code }不是PCT受理局的代码。
wo-not-possible-year-pct = { $year }不可能是PCT国际申请的年份（2004年起为四位，此前为两位）。

## office.rs
office-uspto = USPTO
office-epo = EPO
office-jpo = JPO
office-kipo = KIPO
office-cnipa = 国家知识产权局
office-pct = PCT

## parse/assignment_json.rs
assignment-json-nests-deeper-than = JSON的嵌套深度超出patlint可读取的范围（{ $error }）
assignment-json-malformed = JSON格式错误：{ $error }
assignment-json-not-object-holding = JSON是{ $kind }，而不是包含一条转让记录的对象
assignment-json-data-could-not = 无法读取转让数据：{ $reason }。
assignment-json-data-could-not-read-more = { $count ->
     [1] 无法读取转让数据：{ $reason }（另有1个问题）。
    *[other] 无法读取转让数据：{ $reason }（另有{ $count }个问题）。
  }
assignment-json-null = null
assignment-json-boolean = 布尔值
assignment-json-number = 数字
assignment-json-string = 字符串
assignment-json-array = 数组
assignment-json-object = 对象
assignment-json-should-not = `{ $path }`应为{ $expected }，而不是{ $actual }
assignment-json-field-not-one = 字段`{ $field }`不是patlint可识别的字段，已忽略（参见schemas/assignment.schema.json）。
assignment-json-characters-long-more = `{ $path }`长{ $count }个字符，超过patlint可读取的{ $limit }个字符
assignment-json-true-false = true或false
assignment-json-field-which-patlint = 字段`{ $field }`的值`{ $value }`不是patlint可识别的值（可用值：{ $known }），已忽略。
assignment-json-has-items-more = `{ $path }`有{ $count }项，超过patlint可读取的{ $limit }项
assignment-json-string-most-10000 = 不超过10000个字符的字符串

## parse/assignment_xml.rs
assignment-xml-file-not-valid = 文件不是有效的UTF-8；请另存为UTF-8
assignment-xml-line = 第{ $line }行：{ $error }
assignment-xml-nests-deeper-than = XML元素嵌套超过{ $limit }层
assignment-xml-end-tag-closes = 存在没有对应开始标记的结束标记
assignment-xml-document-ends-before = <{ $name }>尚未闭合，文档就已结束

## parse/claims_text.rs
claims-text = 文本中的权利要求超过{ $limit }项的上限，未作检查。

## parse/claims_xml.rs
claims-xml-line-unexpected-end = 第{ $line }行：意外的结束标记</{ $name }>
claims-xml-line-document-ends = 第{ $line }行：<{ $name }>尚未闭合，文档就已结束
claims-xml-file-holds-no = 文件不含任何XML元素
claims-xml-line-elements-nested = 第{ $line }行：元素嵌套超过{ $limit }层的上限（xml_depth）
claims-xml-line-document-holds = 第{ $line }行：文档中的权利要求超过{ $limit }项的上限（claims）
claims-xml-text-holds-more = 权利要求文本中的权利要求超过{ $limit }项的上限（claims）
claims-xml-file-encoded-which = 文件采用patlint无法读取的{ $encoding }编码；请另存为UTF-8
claims-xml-line-file-not = 第{ $line }行：文件不是有效的UTF-8；请另存为UTF-8

## parse/docx.rs
docx-package-has-no = 该包中没有[Content_Types].xml，因此不是Office文档
docx-package-holds-no = 该包中没有Word文档（这是电子表格）
docx-package-holds-no-word = 该包中没有Word文档（这是演示文稿）
docx-package-holds-no-word-document = 该包中没有Word文档
docx-package-lacks-main = 该包缺少主部件{ $part }
docx-package-holds-no-word-document-parts = 该包中没有Word文档（部件：{ $parts }）
docx-content-types-xml = [Content_Types].xml：{ $reason }
docx-relationships = 关系（relationships）：{ $reason }
docx-styles = 样式：{ $reason }
docx-numbering = 编号：{ $reason }
docx-tracked-insertion = 修订（插入）
docx-tracked-insertion-2 = { $author }的修订（插入）
docx-tracked-deletion = 修订（删除）
docx-tracked-deletion-2 = { $author }的修订（删除）
docx-tracked-move = 修订（移动）
docx-tracked-move-2 = { $author }的修订（移动）
docx-tracked-formatting-change = 修订（格式更改）
docx-tracked-formatting-change-2 = { $author }的修订（格式更改）
docx-chart = 图表
docx-text-box = 文本框
docx-smartart-diagram = SmartArt图形
docx-document-has-more = 文档的段落数超过{ $limit }段的上限（paragraphs）
docx-comment = 批注
docx-imported-content-altchunk = 导入的内容（altChunk）
docx-frame = 图文框
docx-document-part = 正文部件：{ $reason }
docx-main-part-not = 主部件不是WordprocessingML文档
docx-comment-comments-part = 批注（位于批注部件中）

## parse/drawings/bmp.rs
bmp-header-cut-off = BMP文件头不完整
bmp-os-2-bitmaps = 不支持OS/2位图（BITMAPCOREHEADER）
bmp-image-has-no = BMP图像没有像素
bmp-run-length-encoded = 不支持游程编码的BMP
bmp-compression-not-supported = 不支持BMP压缩方式{ $compression }
bmp-bit-not-supported = 不支持{ $bits }位BMP
bmp-pixel-data-cut = BMP像素数据不完整

## parse/drawings/gif.rs
gif-not-file = 不是GIF文件
gif-colour-table-cut = GIF颜色表不完整
gif-file-has-no = GIF文件中没有图像
gif-image-data-has = GIF图像数据的编码长度（{ $size }）无效
gif-image-data-ends = GIF图像数据提前结束

## parse/drawings/jpeg.rs
jpeg-image-data-could = 无法解码JPEG图像数据（{ $error }）
jpeg-image-data-incomplete = JPEG图像数据不完整
jpeg-file-has-no = JPEG文件中没有图像帧
jpeg-lossless-hierarchical-arithmetic = 不支持无损、分层和算术编码的JPEG文件

## parse/drawings/mod.rs
drawings = 不是PDF、TIFF、PNG、JPEG、GIF或BMP文件

## parse/drawings/pdf/guard.rs
guard-one-streams-inflates = 其中一个流解压后超过{ $mib } MiB
guard-streams-inflate-more = 其流解压后合计超过{ $mib } MiB
guard-page-draws-more = 第{ $page }页的绘制操作超过{ $million }百万次，或其表单循环嵌套
guard-pages-draw-more = 其各页的绘制操作合计超过{ $million }百万次

## parse/drawings/pdf/mod.rs
pdf-not-file = 不是PDF文件
pdf-larger-than-mib = 文件大于{ $mib } MiB
pdf-damaged-beyond-repair = 已损坏且无法修复
pdf-has-no-pages = 没有页面
pdf-has-pages-most = 共有{ $pages }页；每个文件最多读取{ $limit }页

## parse/drawings/png.rs
png-not-file = 不是PNG文件
png-file-has-no = PNG文件没有文件头（IHDR）
png-file-s-palette = PNG文件缺少调色板
png-image-data-ends = 图像数据在{ $rows }行中的{ $y }行之后结束
png-header-cut-off = PNG文件头不完整
png-colour-type-bit = PNG颜色类型{ $colour_type }与{ $bits }位样本的组合无效
png-row-image-has = 图像的某一行使用了未知的滤波器（{ $filter }）
png-interlaced-image-data = 隔行扫描图像数据提前结束

## parse/drawings/raster.rs
raster-image-has-no = 图像没有像素
raster-image-has-pixels = 图像为{ $width } × { $height }像素，超过{ $million }百万像素的上限
raster-image-pixels-more = 图像为{ $width } × { $height }像素，单边超过{ $limit }像素

## parse/drawings/tiff.rs
tiff-not-file = 不是TIFF文件
tiff-header-cut-off = TIFF文件头不完整
tiff-has-more-than = 超过{ $limit }页；每个文件最多读取这么多页
tiff-page-file-cut = TIFF文件的第{ $page }页不完整
tiff-page = 第{ $page }页：{ $reason }
tiff-file-has-no = TIFF文件没有页面
tiff-page-has-no = 页面未指定宽度
tiff-page-has-no-height = 页面未指定高度
tiff-bit-samples-not = 不支持{ $bits }位样本
tiff-palette-missing = 缺少调色板
tiff-colour-model-samples = 不支持该颜色模型（{ $photometric }，{ $samples }个{ $bits }位样本）
tiff-separate-colour-planes = 不支持分离的颜色平面
tiff-tile-size-missing = 缺少图块尺寸或其值不合理
tiff-image-data-incomplete = 图像数据不完整（条带或图块不足）
tiff-ccitt-compression-read = CCITT压缩仅支持未分块的1位页面
tiff-ccitt-image-data = CCITT图像数据已损坏或不完整
tiff-tiles-too-large = 图块过大
tiff-image-data-damaged = 图像数据已损坏或不完整
tiff-jpeg-compressed-not = 不支持JPEG压缩的TIFF
tiff-compression-not-supported = 不支持TIFF压缩方式{ $compression }

## parse/read.rs
read-zip-package-docx = ZIP包（DOCX）
read-pdf = PDF
read-tiff-image = TIFF图像
read-png-image = PNG图像
read-jpeg-image = JPEG图像
read-gif-image = GIF图像
read-bmp-image = BMP图像
read-xml = XML
read-json = JSON
read-text = 文本
read-file-larger-than = 文件超过{ $limit }字节的上限，未读取。
read-file-was-given = 该文件被指定为未知的文件类型，因此未作检查：patlint检查权利要求书、说明书、附图、转让数据和序列表。
read-word-document-could = 无法读取Word文档：{ $reason }。
read-word-xml-could = 无法读取Word XML：{ $reason }。
read-xml-could-not = 无法读取XML：{ $reason }。
read-description-xml-could = 无法读取XML中的说明书：{ $reason }。
read-byte-sequences-replaced = { $count ->
     [1] 有1处字节序列不是有效的UTF-8或UTF-16，已被替换；请将文件另存为UTF-8。
    *[other] 有{ $count }处字节序列不是有效的UTF-8或UTF-16，已被替换；请将文件另存为UTF-8。
  }
read-json-not-valid = JSON不是有效的UTF-8；请另存为UTF-8。
read-file-json-that = 该文件是非转让数据的JSON（不含`conveyance`、`assignors`、`assignees`、`properties`中的任何一项）；此版本的patlint尚不检查此类文件，因此未作检查。
read-file-assignment-data = 该文件是{ $format }；转让数据须为JSON（schemas/assignment.schema.json）或USPTO转让XML。
read-file-sequence-listings = 该文件是{ $format }；序列表从WIPO标准ST.26的XML中读取。
read-sequence-listing-could = 无法读取序列表：{ $reason }。
read-file-drawings-from = 该文件是{ $format }；附图须为PDF、TIFF、PNG、JPEG、GIF或BMP文件。
read-drawings-could-not = 无法读取附图：{ $reason }。
read-file-was-not = 该文件是{ $format }；此构建版本的patlint不支持附图（`drawings`功能），因此未作检查。
read-claim-has-characters = 权利要求{ $claim }有{ $count }个字符，超过{ $limit }个字符的上限（claimChars）；未检查该文件。

## parse/sax.rs
sax-unknown-markup-after = `<!`之后存在未知标记
sax-processing-instruction-xml = 处理指令或XML声明未闭合（缺少`?>`）
sax-comment-not-closed = 注释未闭合（缺少`-->`）
sax-doctype-declaration-not = DOCTYPE声明未闭合（缺少`>`）
sax-cdata-section-not = CDATA节未闭合（缺少`]]>`）
sax-document-ends-inside = 文档在标记内部结束
sax-xml-declaration-does = XML声明未以`version`开头
sax-doctype-declaration-has = DOCTYPE声明缺少名称
sax-unexpected-end-tag = 意外的结束标记</{ $name }>
sax-end-tag-where = 应为</{ $expected }>的位置出现了结束标记</{ $found }>
sax-comment-contains = 注释中包含`--`
sax-entity-character-reference = 实体引用或字符引用未闭合（缺少`;`）

## parse/sequences.rs
sequences-root-element-not = 根元素是<{ $name }>，而不是<ST26SequenceListing>
sequences-listing-has-more = 序列表中的序列超过上限{ $limit }条
sequences-listing-has-more-than = 序列表中的特征（feature）超过上限{ $limit }个

## parse/spec.rs
spec = 文档的段落数超过{ $limit }段的上限（paragraphs），未作检查。

## parse/zip.rs
zip-package-damaged = ZIP包已损坏（{ $what }）
zip-no-central-directory = 无中央目录
zip-end-record = 目录结束记录
zip-package-zip64-archive = 该包是patlint无法读取的ZIP64归档
zip-package-has-entries = 该包有{ $count }个条目，超过{ $limit }个的上限（zip_entries）
zip-central-directory-entry = 中央目录条目
zip-entry = 条目
zip-entry-name = 条目名称
zip-entry-encrypted = { $part }：条目已加密
zip-local-header = 本地文件头
zip-entry-data-beyond = 条目数据超出文件末尾
zip-parts-read-inflate = { $part }：已读取部件解压后合计超过{ $bytes }字节的上限（inflated_bytes）
zip-part-inflates-more = { $part }：该部件解压后超过{ $bytes }字节的上限（part_bytes）
zip-compressed-data-damaged = { $part }：压缩数据已损坏
zip-compression-method-not = { $part }：不支持压缩方式{ $method }
zip-data-does-not = { $part }：数据与其校验和（CRC-32）不符

## rules/assignment/check_digit_mismatch.rs
check-digit-mismatch = { $number }的校验位有误。

## rules/assignment/conveyance_missing.rs
conveyance-missing = 记录未说明转移的内容（转让、担保权益、合并、名称变更、许可等）。

## rules/assignment/correspondent_missing.rs
correspondent-missing = 记录未写明USPTO的通知收件人（姓名或名称及地址）。
correspondent-missing-has-no-name = 通知收件人未填写姓名或名称。
correspondent-missing-has-no-address = 通知收件人未填写地址。

## rules/assignment/country_code_invalid.rs
country-code-invalid = { $code }不是国家的ST.3代码
country-code-invalid-not-valid-write = { $party }的居住国无效：{ $reason }；请填写国家的两位字母代码（如US、JP、DE）。
country-code-invalid-nationality-not-valid = { $party }的国籍无效：{ $reason }；请填写国家的两位字母代码（如US、JP、DE）。

## rules/assignment/country_missing.rs
country-missing = { $party }未填写居住国（ST.3代码，如US、JP）。
country-missing-has-no-nationality = { $party }未填写国籍（ST.3代码，如US、JP）。

## rules/assignment/cover_sheet_signature_missing.rs
cover-sheet-signature-missing = 记录未写明向USPTO提交并在封面页上签字的人。
cover-sheet-signature-missing-submitter-who-signs = 未写明在USPTO封面页上签字的提交人姓名。
cover-sheet-signature-missing-submitter-has-not = 提交人“{ $name }”未在USPTO封面页上签字（电子提交时，以斜杠括起的键入签名即可）。

## rules/assignment/date_in_future.rs
date-in-future = { $date }是未来的日期（今天是{ $today }）；请检查年份。

## rules/assignment/date_invalid.rs
date-invalid = { $date }不是真实的日期：该日不存在。
date-invalid-not-written-yyyy = 日期`{ $date }`未按YYYY-MM-DD格式书写（如2024-01-15）。

## rules/assignment/dates_out_of_order.rs
dates-out-of-order = { $party }于{ $signed }签字，晚于转让的登记日{ $recorded }。
dates-out-of-order-priority-date-after = 优先权日{ $priority }晚于申请日{ $filed }；优先权日不可能晚于申请日。

## rules/assignment/deed_number_missing.rs
deed-number-missing = 记录未说明转让合同列明了哪些号码；JPO要求列明所转让的全部日本申请和专利。
deed-number-missing-assignment-does-not = 转让合同未列明日本号码{ $number }；JPO仅对转让合同所列号码登记转让。

## rules/assignment/document_form_not_accepted.rs
document-form-not-accepted = { $party }采用键入的签名；JPO要求转让合同盖章或亲笔签名（以PDF在线提交的转让合同则为电子签名）。
document-form-not-accepted-deed-plain-copy = 转让合同仅为普通复印件；JPO要求提交原件或经公证的副本。
document-form-not-accepted-power-attorney-copy = { $party }的委托书为复印件；KIPO要求提交原件。
document-form-not-accepted-nationality-certificate-copy = { $party }的国籍证明为复印件；KIPO要求提交原件。

## rules/assignment/entry_implausible.rs
entry-implausible = { $entry }一栏填写的{ $value }似乎是占位文字。
entry-implausible-single-character = { $entry }一栏填写的{ $value }只有一个字符。
entry-implausible-has-no-letter = { $entry }一栏填写的{ $value }不含任何文字（数字和符号除外）。
entry-implausible-e-mail-address = { $entry }一栏填写的{ $value }是电子邮件地址。
entry-implausible-too-short-postal = { $entry }一栏填写的{ $value }太短，不像是邮寄地址。
entry-implausible-name = { $party }的姓名或名称
entry-implausible-address = { $party }的地址
entry-implausible-correspondent-s-name = 通知收件人的姓名或名称
entry-implausible-correspondent-s-address = 通知收件人的地址

## rules/assignment/execution_date_missing.rs
execution-date-missing = { $party }未填写签署日期（签署文件的日期）。

## rules/assignment/mod.rs
assignment = 转让人“{ $name }”
assignment-assignee = 受让人“{ $name }”
assignment-assignor = 转让人“{ $name }”
assignment-assignee-2 = 受让人“{ $name }”
assignment-assignor-2 = 第{ $number }个转让人
assignment-assignee-3 = 第{ $number }个受让人
assignment-assignor-3 = 第{ $number }个转让人
assignment-assignee-4 = 第{ $number }个受让人
assignment-international-bureau = 国际局

## rules/assignment/nationality_certificate_missing.rs
nationality-certificate-missing = { $party }是外国公司：KIPO要求提交经公证的国籍证明。
nationality-certificate-missing-not-shown-notarised = { $party }的国籍证明未注明经过公证；KIPO要求经公证的国籍证明。

## rules/assignment/nationality_certificate_stale.rs
nationality-certificate-stale = { $party }的国籍证明于{ $date }公证，已超过六个月；KIPO要求六个月内公证的国籍证明。

## rules/assignment/number_kind_mismatch.rs
number-kind-mismatch = 号码`{ $number }`是申请号的格式，但被列为专利。
number-kind-mismatch-written-application-but = 号码`{ $number }`是申请号的格式，但被列为公开文本。
number-kind-mismatch-written-patent-but = 号码`{ $number }`是专利号的格式，但被列为申请。
number-kind-mismatch-written-patent-but-property = 号码`{ $number }`是专利号的格式，但被列为公开文本。
number-kind-mismatch-written-publication-but = 号码`{ $number }`是公开号的格式，但被列为申请。
number-kind-mismatch-written-publication-but-property = 号码`{ $number }`是公开号的格式，但被列为专利。

## rules/assignment/number_malformed.rs
number-malformed = 第{ $property }项申请或专利未写明专利局，从其号码`{ $number }`也无法判断。{ $problem }
number-malformed-not-valid = 号码`{ $number }`无效。{ $problem }

## rules/assignment/number_office_mismatch.rs
number-office-mismatch = 号码`{ $number }`列在{ $listed }下，但它是{ $office }的申请号：请检查专利局（或号码）。
number-office-mismatch-listed-under-but = 号码`{ $number }`列在{ $listed }下，但它是{ $office }的专利号：请检查专利局（或号码）。
number-office-mismatch-listed-under-but-publication = 号码`{ $number }`列在{ $listed }下，但它是{ $office }的公开号：请检查专利局（或号码）。
number-office-mismatch-listed-under-but-check = 号码`{ $number }`列在{ $listed }下，但它是{ $office }的号码：请检查专利局（或号码）。
number-office-mismatch-listed-under-but-written = 号码`{ $number }`列在{ $listed }下，但其写法像是{ $office }的号码：请检查专利局（或号码）。

## rules/assignment/party_address_missing.rs
party-address-missing = { $party }未填写地址。

## rules/assignment/party_name_missing.rs
party-name-missing = 记录未写明转让人：请填写转让权利一方的姓名或名称。
party-name-missing-record-names-no = 记录未写明受让人：请填写受让权利一方的姓名或名称。
party-name-missing-has-no = { $party }未填写姓名或名称。

## rules/assignment/pct_change_too_late.rs
pct-change-too-late = 自优先权日{ $priority }起30个月的期限已于{ $limit }届满：国际局不再记录申请人的变更；请在国家阶段的各专利局办理变更登记。

## rules/assignment/power_of_attorney_missing.rs
power-of-attorney-missing = { $party }居住在国外，须通过当地代理人办理：请附上委托书。

## rules/assignment/property_number_missing.rs
property-number-missing = 记录未列出要办理变更登记的申请、专利或公开文本。
property-number-missing-has-no = 第{ $property }项申请或专利没有号码。

## rules/assignment/signatory_capacity_missing.rs
signatory-capacity-missing = { $party }为组织，但记录未说明由谁以何种职务代表其签字。
signatory-capacity-missing-organisation-record-does = { $party }为组织，但记录未说明由谁代表其签字。
signatory-capacity-missing-organisation-record-does-not = { $party }为组织，但记录未说明签字人以何种职务（如总裁、董事）签字。

## rules/assignment/signature_missing.rs
signature-missing = { $party }未在文件上签字。
signature-missing-record-does-not = 记录未说明{ $party }是否已在文件上签字。

## rules/assignment/technology_export_document_missing.rs
technology-export-document-missing = 中国内地的转让人向境外当事人转让：国家知识产权局要求提交技术出口许可证或技术出口合同登记证书。

## rules/assignment/transfer_evidence_missing.rs
transfer-evidence-missing-document-competent-authority = 主管机关出具的合并证明文件
transfer-evidence-missing-official-document-court = 官方文件（法院判决书、继承证明等）
transfer-evidence-missing-document-recorded = 需登记的文件
transfer-evidence-missing-contract-signed-sealed = 双方签字或盖章的转让合同
transfer-evidence-missing-deed-assignment = 转让合同
transfer-evidence-missing-deed-extract-declaration = 转让合同、其摘录或双方签字的转让声明
transfer-evidence-missing = 在{ $office }登记{ $conveyance }须提供证明文件：请附上{ $document }。
transfer-evidence-missing-assignment = 转让
transfer-evidence-missing-security-interest = 担保权益设立
transfer-evidence-missing-release-security-interest = 担保权益解除
transfer-evidence-missing-merger = 合并
transfer-evidence-missing-change-name = 名称变更
transfer-evidence-missing-licence = 许可
transfer-evidence-missing-change-operation-law = 依法律规定的转移
transfer-evidence-missing-conveyance = 权利转移

## rules/claims/antecedent_basis_missing.rs
antecedent-basis-missing = 权利要求{ $claim }：“{ $phrase }”缺乏引用基础：本权利要求及其所引用的权利要求中均未在前文引入“{ $name }”。

## rules/claims/cancelled_claim_has_text.rs
cancelled-claim-has-text = 权利要求{ $claim }已删除（Canceled）或未录入（Not entered），但仍列出了其文本；请仅列出其编号和状态。

## rules/claims/dependency_cycle.rs
dependency-cycle = 权利要求{ $claims }相互循环引用，均无法追溯到独立权利要求。

## rules/claims/dependency_on_cancelled_claim.rs
dependency-on-cancelled-claim = 权利要求{ $claim }引用的权利要求{ $targets }在权利要求列表中被标为已删除（Canceled）或未录入（Not entered）。

## rules/claims/dependency_on_itself.rs
dependency-on-itself = 权利要求{ $claim }引用了其自身。

## rules/claims/dependency_on_later_claim.rs
dependency-on-later-claim = 权利要求{ $claim }引用了在其之后的权利要求{ $targets }；权利要求只能引用在其之前的权利要求。

## rules/claims/dependency_target_missing.rs
dependency-target-missing = 权利要求{ $claim }引用的权利要求{ $targets }在权利要求书中不存在。

## rules/claims/final_period_missing.rs
final-period-missing = 权利要求{ $claim }未以句号结尾。
final-period-missing-add-claim = 在权利要求{ $claim }末尾添加句点

## rules/claims/independent_claims_same_category.rs
independent-claims-same-category = 权利要求{ $claims }均为产品独立权利要求；EPO仅在涉及相互关联的产品、不同用途或替代解决方案时才允许这种情况。
independent-claims-same-category-all-product-epo = 权利要求{ $claims }均为产品独立权利要求；EPO仅在涉及相互关联的产品、不同用途或替代解决方案时才允许这种情况。
independent-claims-same-category-both-apparatus-epo = 权利要求{ $claims }均为装置独立权利要求；EPO仅在涉及相互关联的产品、不同用途或替代解决方案时才允许这种情况。
independent-claims-same-category-all-apparatus-epo = 权利要求{ $claims }均为装置独立权利要求；EPO仅在涉及相互关联的产品、不同用途或替代解决方案时才允许这种情况。
independent-claims-same-category-both-method-epo = 权利要求{ $claims }均为方法独立权利要求；EPO仅在涉及相互关联的产品、不同用途或替代解决方案时才允许这种情况。
independent-claims-same-category-all-method-epo = 权利要求{ $claims }均为方法独立权利要求；EPO仅在涉及相互关联的产品、不同用途或替代解决方案时才允许这种情况。
independent-claims-same-category-both-use-epo = 权利要求{ $claims }均为用途独立权利要求；EPO仅在涉及相互关联的产品、不同用途或替代解决方案时才允许这种情况。
independent-claims-same-category-all-use-epo = 权利要求{ $claims }均为用途独立权利要求；EPO仅在涉及相互关联的产品、不同用途或替代解决方案时才允许这种情况。

## rules/claims/lowercase_start.rs
lowercase-start = 权利要求{ $claim }以小写字母开头；权利要求应以大写字母开头。

## rules/claims/multiple_dependency_not_alternative.rs
multiple-dependency-not-alternative = 权利要求{ $claim }以累加方式（“和”）引用权利要求{ $targets }；多项从属权利要求应以择一方式引用，例如“权利要求1或2”或“权利要求1至3中任一项”。
multiple-dependency-not-alternative-claim-refers-claims = 权利要求{ $claim }引用权利要求{ $targets }时未表明是择一引用；多项从属权利要求应以择一方式引用，例如“权利要求1或2”或“权利要求1至3中任一项”。
multiple-dependency-not-alternative-claim-refers-claims-separate = 权利要求{ $claim }通过多处单独引用累加地引用了权利要求{ $targets }；多项从属权利要求应以择一方式引用，例如“权利要求1或2”或“权利要求1至3中任一项”。

## rules/claims/multiple_dependency_on_multiple.rs
multiple-dependency-on-multiple = 多项从属权利要求{ $claim }引用了同为多项从属权利要求的权利要求{ $targets }。
multiple-dependency-on-multiple-indirect = { $count ->
     [1] 多项从属权利要求{ $claim }引用了权利要求{ $targets }，该权利要求是多项从属权利要求或从属于多项从属权利要求。
    *[other] 多项从属权利要求{ $claim }引用了权利要求{ $targets }，这些权利要求是多项从属权利要求或从属于多项从属权利要求。
  }

## rules/claims/no_independent_claim.rs
no-independent-claim = 所有权利要求均引用其他权利要求，权利要求书中没有独立权利要求。

## rules/claims/number_duplicated.rs
number-duplicated = 有两项权利要求的编号均为{ $number }；每项权利要求应有各自的编号。

## rules/claims/numbering_not_consecutive.rs
numbering-not-consecutive = 第一项权利要求的编号为{ $number }；权利要求应从1开始编号。
numbering-not-consecutive-claim-follows-claim = 权利要求{ $claim }紧接在权利要求{ $previous }之后：缺少权利要求{ $missing }。权利要求应连续编号。
numbering-not-consecutive-claim-follows-claim-claims = 权利要求{ $claim }紧接在权利要求{ $previous }之后：缺少权利要求{ $first }和{ $last }。权利要求应连续编号。
numbering-not-consecutive-claim-follows-claim-claims-missing = 权利要求{ $claim }紧接在权利要求{ $previous }之后：缺少权利要求{ $first }至{ $last }。权利要求应连续编号。
numbering-not-consecutive-claim-follows-claim-claims-numbered = 权利要求{ $claim }位于权利要求{ $previous }之后；权利要求应按撰写顺序编号。

## rules/claims/reference_not_by_number.rs
reference-not-by-number = 权利要求{ $claim }引用权利要求{ $target }时未写明编号；请写作“权利要求{ $target }”。
reference-not-by-number-claim-refers-earlier = 权利要求{ $claim }引用在前的权利要求时未写明编号；请以编号引用，例如“权利要求1或2”。
reference-not-by-number-claim-refers-earlier-claims = 权利要求{ $claim }引用在前的权利要求时未写明编号；请以编号引用，例如“权利要求1至{ $last }中任一项”。

## rules/claims/reference_sign_without_parentheses.rs
reference-sign-without-parentheses = 权利要求{ $claim }中有未加括号的附图标记；应写作“({ $sign })”。

## rules/claims/reference_to_description.rs
reference-to-description = 权利要求{ $claim }引用了说明书或附图；权利要求应以其自身的文字限定发明。

## rules/claims/renumber.rs
renumber = 将权利要求重新编号为1至{ $count }，并更新引用

## rules/claims/several_sentences.rs
several-sentences = 权利要求{ $claim }中间有结束句子的句号；一项权利要求只能是一句话。

## rules/claims/status_identifier_invalid.rs
status-identifier-invalid = 权利要求{ $claim }的状态“({ $status })”不是Original、Currently amended、Canceled、Withdrawn、Previously presented、New或Not entered中的任何一种。

## rules/claims/status_identifier_missing.rs
status-identifier-missing = 权利要求{ $claim }没有状态标识，而权利要求列表中的其他权利要求有；请添加(Original)或(Currently amended)等标识。

## rules/description/abstract_figure_not_indicated.rs
abstract-figure-not-indicated = 说明书摘要未写明选择图；请在末尾写明【選択図】及随摘要公布的图，例如【選択図】図１（如无合适的图，写【選択図】なし）。

## rules/description/abstract_legal_phraseology.rs
abstract-legal-phraseology = 说明书摘要使用了权利要求式用语（{ $phrases }）；请以平实的叙述方式撰写。

## rules/description/abstract_reference_sign_without_parentheses.rs
abstract-reference-sign-without-parentheses = 说明书摘要中有未加括号的附图标记；请写作“({ $sign })”。

## rules/description/abstract_several_paragraphs.rs
abstract-several-paragraphs = 说明书摘要分为{ $count }段；请写成一段。

## rules/description/abstract_too_long.rs
abstract-too-long = { $binding ->
     [preferred] { $unit ->
         [words] 说明书摘要有{ $count }个单词；{ $office }建议不超过{ $max }个单词。请删减。
        *[characters] 说明书摘要有{ $count }个字；{ $office }建议不超过{ $max }个字。请删减。
      }
     [reported] { $unit ->
         [words] 说明书摘要有{ $count }个词；据报道{ $office }的上限为{ $max }个词（未经核实：未能查阅该局的原文规定）。为稳妥起见请删减。
        *[characters] 说明书摘要有{ $count }个字；据报道{ $office }的上限为{ $max }个字（未经核实：未能查阅该局的原文规定）。为稳妥起见请删减。
      }
    *[required] { $unit ->
         [words] 说明书摘要有{ $count }个单词；{ $office }规定不得超过{ $max }个单词。请删减。
        *[characters] 说明书摘要有{ $count }个字；{ $office }规定不得超过{ $max }个字。请删减。
      }
  }

## rules/description/claim_reference_sign_not_in_description.rs
claim-reference-sign-not-in-description = 权利要求{ $claim }中的附图标记（{ $sign }）未出现在说明书（{ $file }）中；请使用说明书中的附图标记。

## rules/description/comments_present.rs
comments-present = 文档中含有{ $what }；提交前请删除批注。

## rules/description/docx_macro_enabled.rs
docx-macro-enabled = 该Word包启用了宏（像.docm一样含有宏）；提交前请另存为普通Word文档（.docx）。

## rules/description/docx_not_strict.rs
docx-not-strict = 该Word文档为Word默认的Transitional格式Office Open XML；EPO对DOCX的定义要求Strict格式。以DOCX向EPO提交前，请另存为“Strict Open XML 文档”，或提交PDF。

## rules/description/element_several_reference_numerals.rs
element-several-reference-numerals = 部件“{ $name }”在此处的附图标记为{ $numeral }，在本段前文中为{ $first_numeral }；如为同一部件，请使用同一附图标记。
element-several-reference-numerals-has-numeral-here = 部件“{ $name }”在此处的附图标记为{ $numeral }，在第{ $first }段中为{ $first_numeral }；如为同一部件，请使用同一附图标记。

## rules/description/embedded_object_present.rs
embedded-object-present-ole = 嵌入对象（OLE）
embedded-object-present = 文档中含有Equation.3对象：USPTO支持该对象，但生成它的公式编辑器3.0自2018年1月起已从Word中移除，因此无法再编辑；请用Word的公式工具或MathType（Equation.DSMT4）重写该公式。
embedded-object-present-document-contains-which = 文档中含有嵌入的{ $program }对象，它不属于USPTO支持的OLE对象（Visio.Drawing.11、Equation.DSMT4、ACD.ChemSketch.20、ChemDraw.Document.6.0、Equation.3）；请改为以图片形式粘贴或用文字表述。
embedded-object-present-document-contains-paste = 文档中含有{ $what }；请改为以图片形式粘贴或用文字表述。

## rules/description/figure_not_described.rs
figure-not-described = 说明书提及附图（此处为图{ $figure }），但没有附图说明。
figure-not-described-fig-referred-here = 此处提及的图{ $figure }未在附图说明中说明。
figure-not-described-brief-description-drawings = 附图说明描述至图{ $last }，但缺少图{ $figure }的说明。
figure-not-described-brief-description-drawings-describes = 附图说明描述至图{ $last }，但缺少图{ $figures }的说明。

## rules/description/font_not_accepted.rs
font-not-accepted = 正文使用{ $font }（{ $runs }个文字块），据从业者报告该字体不在EPO的DOCX申请字体清单中（Aptos是Word自2023年起的默认字体）；以DOCX向EPO提交前请改用其他字体。
font-not-accepted-text-set-runs = 正文使用{ $font }（{ $runs }个文字块；样式{ $styles }），据从业者报告该字体不在EPO的DOCX申请字体清单中（Aptos是Word自2023年起的默认字体）；以DOCX向EPO提交前请改用其他字体。

## rules/description/font_size_invalid.rs
font-size-invalid = 该段文字为{ $size }磅；{ $office }要求{ $min }至{ $max }磅。
font-size-invalid-paragraphs-have-text = 有{ $count }段的字号不符合要求，第一段在此处，为{ $size }磅；{ $office }要求{ $min }至{ $max }磅。
font-size-invalid-paragraph-has-text = 该段文字为{ $size }磅；{ $office }要求大写字母高度至少为{ $cap } cm（约{ $min }磅或更大的字号）。
font-size-invalid-paragraphs-have-text-outside = 有{ $count }段的字号不符合要求，第一段在此处，为{ $size }磅；{ $office }要求大写字母高度至少为{ $cap } cm（约{ $min }磅或更大的字号）。

## rules/description/landscape_page.rs
landscape-page = 自此处起的页面为横向；{ $office }要求纵向页面。

## rules/description/line_spacing_invalid.rs
line-spacing-invalid = 该段行距为{ $spacing }倍；{ $office }要求行距为{ $min }至{ $max }倍。
line-spacing-invalid-paragraphs-set-outside = 有{ $count }段的行距不符合要求，第一段在此处，为{ $spacing }倍；{ $office }要求行距为{ $min }至{ $max }倍。
line-spacing-invalid-paragraph-set-requires = 该段行距为{ $spacing }倍；{ $office }要求行距至少为{ $min }倍。
line-spacing-invalid-paragraphs-set-outside-limits = 有{ $count }段的行距不符合要求，第一段在此处，为{ $spacing }倍；{ $office }要求行距至少为{ $min }倍。

## rules/description/margins_invalid.rs
margins-invalid = 页边距不符合{ $office }的要求：{ $margins }。
margins-invalid-too-small = { $side ->
     [bottom] 下边距{ $margin } cm（应至少为{ $min } cm）
     [left] 左边距{ $margin } cm（应至少为{ $min } cm）
     [top] 上边距{ $margin } cm（应至少为{ $min } cm）
    *[right] 右边距{ $margin } cm（应至少为{ $min } cm）
  }
margins-invalid-too-large = { $side ->
     [bottom] 下边距{ $margin } cm（应不超过{ $max } cm）
     [left] 左边距{ $margin } cm（应不超过{ $max } cm）
     [top] 上边距{ $margin } cm（应不超过{ $max } cm）
    *[right] 右边距{ $margin } cm（应不超过{ $max } cm）
  }
margins-invalid-text-page-comes = 第{ $page }页的文字离纸边过近，不符合{ $office }的页边距要求：{ $margins }。
margins-invalid-text-page-more = 第{ $page }页及另外{ $more }页的文字离纸边过近，不符合{ $office }的页边距要求：第{ $page }页为{ $margins }。

## rules/description/mod.rs
description = 文档中还有{ $more }处；仅列出前{ $listed }处。
description-2 = { $heading }（{ $name }）

## rules/description/page_size_invalid.rs
page-size-invalid = 页面尺寸为{ $width } × { $height } cm；{ $office }要求使用{ $sizes }。
page-size-invalid-cm-requires = 第{ $page }页的尺寸为{ $width } × { $height } cm；{ $office }要求使用{ $sizes }。
page-size-invalid-pages-first-them = 共{ $count }页（第一页为第{ $page }页）的尺寸为{ $width } × { $height } cm；{ $office }要求使用{ $sizes }。

## rules/description/pages_not_numbered.rs
pages-not-numbered = 文字页没有页码；请在每页的顶部或底部从1开始连续编号。
pages-not-numbered-carry-no-page = 第{ $pages }页没有页码；请对所有文字页从1开始连续编号。
pages-not-numbered-first-text-page = 第一页文字页的页码为{ $number }；请从1开始编号。
pages-not-numbered-page-number-consecutively = 第{ $page }页的页码为{ $number }而不是{ $expected }；请连续编号。

## rules/description/paragraph_number_malformed.rs
paragraph-number-malformed = 段落编号{ $label }不符合{ $office }的格式；请写作{ $number }。

## rules/description/paragraph_number_missing.rs
paragraph-number-missing = 说明书没有段落编号；{ $office }要求在每一段前标注段落编号，例如{ $example }。
paragraph-number-missing-has-no-every = 该段没有段落编号；请为说明书的每一段标注段落编号，例如{ $example }。

## rules/description/paragraph_numbers_not_consecutive.rs
paragraph-numbers-not-consecutive = 段落编号{ $number }重复或倒退；此处应为{ $expected }。
paragraph-numbers-not-consecutive-numbering-starts-should = 段落编号从{ $number }开始；应从1开始。
paragraph-numbers-not-consecutive-number-follows-missing = 段落编号{ $number }紧接在{ $previous }之后；缺少{ $missing }。
paragraph-numbers-not-consecutive-number-follows-missing-2 = 段落编号{ $number }紧接在{ $previous }之后；缺少{ $first }和{ $last }。
paragraph-numbers-not-consecutive-number-follows-missing-3 = 段落编号{ $number }紧接在{ $previous }之后；缺少{ $first }至{ $last }。

## rules/description/part_not_on_new_sheet.rs
part-not-on-new-sheet = 权利要求书在第{ $page }页紧接前一部分的末尾开始；应当另起一页。
part-not-on-new-sheet-abstract-starts-page = 说明书摘要在第{ $page }页紧接前一部分的末尾开始；应当另起一页。
part-not-on-new-sheet-description-starts-page = 说明书在第{ $page }页紧接前一部分的末尾开始；应当另起一页。

## rules/description/profile.rs
profile-a4-21-0 = A4（21.0 × 29.7 cm）
profile-us-letter-21 = 美国信纸（21.6 × 27.9 cm）

## rules/description/reference_numeral_several_elements.rs
reference-numeral-several-elements = 附图标记{ $numeral }在此处指“{ $name }”，而在本段前文中指“{ $first_name }”；一个附图标记应只对应一个部件。
reference-numeral-several-elements-names-here-but = 附图标记{ $numeral }在此处指“{ $name }”，而在第{ $first }段中指“{ $first_name }”；一个附图标记应只对应一个部件。

## rules/description/section_missing.rs
section-missing = 说明书中没有标题为{ $section }的部分。
section-missing-description-lacks-sections = 说明书中缺少标题为{ $sections }的部分。

## rules/description/sections_out_of_order.rs
sections-out-of-order-claims = “权利要求书”
sections-out-of-order-abstract = “说明书摘要”
sections-out-of-order = { $section }部分位于{ $previous }部分之后；{ $office }要求将其置于该部分之前。

## rules/description/title_improper_form.rs
title-improper-form = 发明名称中含有{ $words }，USPTO会从名称中删除这些词。
title-improper-form-too-general-name = 发明名称“{ $title }”过于笼统；请写明技术主题。
title-improper-form-contains-which-must = 发明名称中含有{ $words }，发明名称中不得使用此类用语。
title-improper-form-too-general-name-subject = 发明名称“{ $title }”过于笼统；请写明主题及其类型。
title-improper-form-contains-vague-commercial = 发明名称中含有{ $words }，属于含糊或商业性用语，发明名称中不得使用。
title-improper-form-has-half-width = 发明名称中有半角字符（{ $characters }）；{ $heading }中请使用全角字符。

## rules/description/title_too_long.rs
title-too-long = { $binding ->
     [required] { $unit ->
         [words] 发明名称有{ $count }个单词；{ $office }规定不得超过{ $max }个单词。请删减。
        *[characters] 发明名称有{ $count }个字；{ $office }规定不得超过{ $max }个字。请删减。
      }
    *[preferred] { $unit ->
         [words] 发明名称有{ $count }个单词；{ $office }建议不超过{ $max }个单词。请删减。
        *[characters] 发明名称有{ $count }个字；{ $office }建议一般不超过{ $max }个字。请删减。
      }
  }

## rules/description/tracked_changes_present.rs
tracked-changes-present = 文档中含有{ $what }；提交前请接受或拒绝所有修订。

## rules/description/unsupported_word_content.rs
unsupported-word-content = 正文设置为{ $columns }栏；说明书应为单栏文字。
unsupported-word-content-document-contains-put = 文档中含有{ $what }；请将其中的文字放入普通段落。

## rules/drawings/colour_content.rs
colour-content-uspto-accepts-drawings = USPTO仅在请愿（petition）获批准后才接受彩色附图（须缴纳37 CFR 1.17(h)规定的费用，并在附图说明开头加入关于彩色附图的段落）
colour-content-epo-publishes-drawings = EPO以黑白形式公布附图，仅以彩色显示的细节将会丢失
colour-content-drawings-must-black = 附图应为黑白，不得着色
colour-content = 附图第{ $sheet }页为彩色；{ $reason }。
colour-content-sheets = 附图第{ $sheets }页为彩色；{ $reason }。

## rules/drawings/figure_label_form.rs
figure-label-form = 附图第{ $sheet }页的图号“{ $label }”不符合规定格式；{ $form }。

## rules/drawings/figure_not_described.rs
figure-not-described-sheet-labels-but = 附图第{ $sheet }页标有“{ $label }”，但说明书（{ $description }）从未提及图{ $figure }；附图说明应当对每一幅附图作出说明。

## rules/drawings/figure_not_drawn.rs
figure-not-drawn = { $count ->
     [1] 说明书提及图{ $figure }，但附图（{ $drawings }）的各页均未标注图{ $figure }；附图中仅标注了图{ $figures }。
    *[other] 说明书提及图{ $figure }，但附图（{ $drawings }）的各页均未标注图{ $figure }；附图中标注的是图{ $figures }。
  }

## rules/drawings/figure_numbers_not_consecutive.rs
figure-numbers-not-consecutive = { $labelled ->
     [one] { $count ->
         [1] 附图仅标注了图{ $figures }，缺少图{ $missing }；各图应从1开始连续编号。
        *[other] 附图仅标注了图{ $figures }，缺少图{ $missing }；各图应从1开始连续编号。
      }
    *[many] { $count ->
         [1] 附图标注了图{ $figures }，缺少图{ $missing }；各图应从1开始连续编号。
        *[other] 附图标注了图{ $figures }，缺少图{ $missing }；各图应从1开始连续编号。
      }
  }
figure-numbers-not-consecutive-labelled-twice-sheet = 图{ $figure }（“{ $label }”）在附图第{ $sheet }页中标注了两次；每幅图应有各自的编号。
figure-numbers-not-consecutive-labelled-sheet-again = 图{ $figure }（“{ $label }”）在附图第{ $first_sheet }页和第{ $sheet }页中均有标注；每幅图应有各自的编号。

## rules/drawings/font_not_embedded.rs
font-not-embedded = { $embedding ->
     [all-but-standard] { $count ->
         [1] 字体{ $fonts }未嵌入PDF；除14种PDF标准字体外，所有字体均须嵌入：请在导出附图时嵌入该字体。
        *[other] 字体{ $fonts }未嵌入PDF；除14种PDF标准字体外，所有字体均须嵌入：请在导出附图时嵌入这些字体。
      }
    *[all] { $count ->
         [1] 字体{ $fonts }未嵌入PDF；所有字体（包括标准字体）均须嵌入：请在导出附图时嵌入该字体。
        *[other] 字体{ $fonts }未嵌入PDF；所有字体（包括标准字体）均须嵌入：请在导出附图时嵌入这些字体。
      }
  }
font-not-embedded-first-sheet = { $font }（首次出现于附图第{ $sheet }页）

## rules/drawings/frame_present.rs
frame-present-practitioners-advise-against = 实务中建议向KIPO提交的附图不设边框
frame-present-frames-around-drawings = 附图周围不得设置边框
frame-present = 附图第{ $sheet }页绘有围绕附图的边框（{ $width } × { $height }的矩形）；{ $reason }：请删除该边框。
frame-present-sheets-have-drawn = 附图第{ $sheets }页绘有围绕附图的边框；{ $reason }：请删除这些边框。

## rules/drawings/greyscale_content.rs
greyscale-content-uspto-accepts-photographs = USPTO仅在照片是展示发明的唯一可行方式时才接受照片，且灰色阴影可能无法再现
greyscale-content-epo-accepts-photographs = EPO仅在对象无法绘制时才接受照片，并以黑白形式公布附图，灰色细节可能丢失
greyscale-content-grey-tones-photographs = 在PCT下，灰度色调和照片仅属例外情形，申请以黑白形式公布时可能丢失
greyscale-content-jpo-takes-grey = JPO仅在代替附图的照片（図面代用写真）的灰度JPEG图像中接受灰色；线条图应以黑白绘制
greyscale-content-drawings-drawn-black = 附图应使用黑色线条绘制；灰度色调和照片可能被要求补正
greyscale-content = 附图第{ $sheet }页含有灰度色调（照片、灰度渲染或灰色填充）；{ $reason }。
greyscale-content-sheets-hold-grey = 附图第{ $sheets }页含有灰度色调（照片、灰度渲染或灰色填充）；{ $reason }。

## rules/drawings/image_format_not_accepted.rs
image-format-not-accepted = 附图为{ $format }文件；JPO在线申请仅接受每幅图一个图像形式的附图：黑白PNG、GIF或BMP，或用于照片的灰度JPEG。
image-format-not-accepted-sheet-animated-gif = 附图第{ $sheet }页为动画GIF（{ $frames }帧）；JPO的申请软件拒收动画图像：请保存为单幅黑白图像。
image-format-not-accepted-sheet-black-white = 附图第{ $sheet }页为{ $pixels }的{ $format }图像，而非黑白（1位）；JPO的申请软件会将其转换为黑白，可能丢失细线和文字：请以黑白格式保存。
image-format-not-accepted-sheet-bmp-black = 附图第{ $sheet }页为{ $pixels }的BMP图像，而非黑白（1位）；JPO的申请软件拒收此类图像：请保存为黑白（单色）位图。
image-format-not-accepted-bit-samples = { $bits }位采样
image-format-not-accepted-progressive-encoding = 渐进式编码
image-format-not-accepted-no-jfif-header = 无JFIF头
image-format-not-accepted-sheet-jpeg-jpo = 附图第{ $sheet }页的JPEG图像不符合要求（{ $faults }）；JPO仅接受8位灰度、基线格式且带JFIF头的JPEG。
image-format-not-accepted-sheet-tiff-page = 附图第{ $sheet }页为TIFF页面（{ $compression }）；PCT电子申请要求TIFF附图为黑白并采用CCITT Group 4压缩。
image-format-not-accepted-sheets-tiff-pages = 附图第{ $sheets }页为TIFF页面（{ $compression }）；PCT电子申请要求TIFF附图为黑白并采用CCITT Group 4压缩。
image-format-not-accepted-black-white = 黑白
image-format-not-accepted-greyscale = 灰度
image-format-not-accepted-palette-colours = 调色板颜色
image-format-not-accepted-rgb-colour = RGB彩色
image-format-not-accepted-cmyk-colour = CMYK彩色
image-format-not-accepted-unusual-colour-mode = 非常规颜色模式
image-format-not-accepted-no-compression = 无压缩
image-format-not-accepted-ccitt-group-3 = CCITT Group 3压缩
image-format-not-accepted-ccitt-group-4 = CCITT Group 4压缩
image-format-not-accepted-lzw-compression = LZW压缩
image-format-not-accepted-deflate-zip-compression = Deflate（ZIP）压缩
image-format-not-accepted-packbits-compression = PackBits压缩
image-format-not-accepted-jpeg-compression = JPEG压缩
image-format-not-accepted-unusual-compression-method = 非常规压缩方式

## rules/drawings/law.rs
law-a4-210-297 = A4（210 × 297 mm）
law-us-letter-216 = 美国信纸（216 × 279 mm）
law-centred-top = 顶部中央
law-centred-top-bottom = 顶部或底部中央
law-right-end-top = 上边距的右端
law-centred-bottom = 底部中央
law-sheet-total-1 = 在顶部中央、可用区域内标注“页码/总页数”（1/3、2/3、3/3）
law-consecutive-arabic-numerals = 在顶部中央（不得位于上边距内）标注连续的阿拉伯数字
law-sheet-total-1-3 = 在顶部或底部中央（不得位于页边距内）标注“页码/总页数”（1/3、2/3、3/3；仅一页时为1/1）
law-page-numbers-right = 在上边距的右端标注页码
law-page-numbers-centred = 在底部中央标注页码
law-consecutive-arabic-numerals-centred = 在底部中央标注连续的阿拉伯数字
law-uspto-labels-views = USPTO要求以“FIG.”加编号标注各视图，局部视图加大写字母（FIG. 1、FIG. 4A）
law-epo-labels-figures = EPO要求无论使用何种语言均以“FIG”加编号标注各图，局部图加大写字母（FIG 1、FIG 7A）
law-pct-drawings-label = PCT附图无论使用何种语言均以“Fig.”加编号标注各图，局部图加大写字母（Fig. 1、Fig. 7B）
law-jpo-labels-figures = JPO要求在各幅图的上方用方头括号标注【図１】
law-kipo-labels-figures = KIPO要求用方头括号标注【도 1】
law-cnipa-labels-figures = 国家知识产权局要求在各幅图的正下方标注图1、图2……
law-least-0-32 = 高度不小于0.32 cm（1/8英寸）
law-least-0-32-cm = 高度不小于0.32 cm
law-about-5-mm = 约5 mm见方

## rules/drawings/margin_too_small.rs
margin-too-small = 附图第{ $sheet }页的图形距纸边过近：{ $distances }。
margin-too-small-top-edge-least = 距上边缘{ $distance }（至少须{ $minimum }）
margin-too-small-left-edge-least = 距左边缘{ $distance }（至少须{ $minimum }）
margin-too-small-right-edge-least = 距右边缘{ $distance }（至少须{ $minimum }）
margin-too-small-bottom-edge-least = 距下边缘{ $distance }（至少须{ $minimum }）

## rules/drawings/pdf_content_not_accepted.rs
pdf-content-not-accepted-javascript = JavaScript
pdf-content-not-accepted-attached-files = 附件
pdf-content-not-accepted-form-fields = 表单域
pdf-content-not-accepted-digital-signature = 数字签名
pdf-content-not-accepted = 注释（首次出现在第{ $page }页）
pdf-content-not-accepted-holds-filing-systems = PDF中含有{ $what }；电子申请系统会删除或拒收这些内容，只有页面本身的内容被提交：请在提交前将PDF平面化（重新打印为新的PDF）。

## rules/drawings/pdf_encrypted.rs
pdf-encrypted = PDF已加密（受密码或安全设置保护）；申请系统会拒收或无法处理受保护的PDF：请在提交前另存一份未加密的副本。

## rules/drawings/pdf_version_too_old.rs
pdf-version-too-old = PDF版本为{ $version }；PCT电子申请仅接受PDF { $minimum }或更高版本：请将附图另存为较新版本的PDF。
pdf-version-too-old-electronic-filing-takes = PDF版本为{ $version }；{ $office }电子申请仅接受PDF { $minimum }或更高版本：请将附图另存为较新版本的PDF。

## rules/drawings/pixel_size_exceeded.rs
pixel-size-exceeded = 附图第{ $sheet }页在{ $dpi } dpi下为{ $width } × { $height } px；在该分辨率下，JPO接受的图像最大为{ $max_width } × { $max_height } px（宽 × 高，170 × 255 mm）：请将图像裁剪至图的范围或将其缩小。
pixel-size-exceeded-sheet-px-states = 附图第{ $sheet }页为{ $width } × { $height } px，且未标明分辨率；即使按JPO接受的最高分辨率{ $dpi } dpi计算，图像最大也只能为{ $max_width } × { $max_height } px（宽 × 高）：请将图像裁剪至图的范围或将其缩小。

## rules/drawings/reference_sign_enclosed.rs
reference-sign-enclosed = 附图第{ $sheet }页中有用括号、引号或圆圈括起的附图标记：“{ $sign }”；附图标记应单独标注，不得使用括号、圆圈或引号。
reference-sign-enclosed-sheet-shows-signs = 附图第{ $sheet }页中有用括号、引号或圆圈括起的附图标记：{ $signs }；附图标记应单独标注，不得使用括号、圆圈或引号。

## rules/drawings/reference_sign_not_in_description.rs
reference-sign-not-in-description = 附图第{ $sheet }页的附图标记“{ $sign }”在说明书（{ $description }）和权利要求书中均未提及；附图中的每个附图标记都必须在文字部分中加以说明。
reference-sign-not-in-description-sheet-mentioned-every = 附图第{ $sheet }页的附图标记“{ $sign }”在说明书（{ $description }）中未提及；附图中的每个附图标记都必须在说明书中加以说明。
reference-sign-not-in-description-drawings-hold-one = 附图中还有1个附图标记在说明书中未提及；仅列出前{ $listed }个。
reference-sign-not-in-description-drawings-hold-more = 附图中还有{ $more }个附图标记在说明书中未提及；仅列出前{ $listed }个。

## rules/drawings/reference_sign_not_in_drawings.rs
reference-sign-not-in-drawings = 附图标记{ $numeral }（{ $name }）在说明书中使用，但未出现在任何附图（{ $drawings }）中；请在示出{ $name }的图中加注该附图标记，或更正该附图标记。
reference-sign-not-in-drawings-description-uses-one = 说明书中还有1个附图标记未出现在任何附图中；仅列出前{ $listed }个。
reference-sign-not-in-drawings-description-uses-more = 说明书中还有{ $more }个附图标记未出现在任何附图中；仅列出前{ $listed }个。

## rules/drawings/resolution_invalid.rs
resolution-invalid = 附图第{ $sheet }页（{ $format }图像）未标明分辨率；JPO仅接受文件中标明分辨率为{ $allowed } dpi的图像。
resolution-invalid-sheet-image-dpi = 附图第{ $sheet }页（{ $format }图像）的分辨率为{ $dpi } dpi；JPO仅接受文件中标明分辨率为{ $allowed } dpi的图像。
resolution-invalid-sheet-image-dpi-across = 附图第{ $sheet }页（{ $format }图像）的分辨率为水平{ $across } dpi、垂直{ $down } dpi；JPO仅接受文件中标明分辨率为{ $allowed } dpi的图像。

## rules/drawings/scale_indication.rs
scale-indication = 附图第{ $sheet }页以文字标明了比例“{ $scale }”；附图不得用文字标明比例或“实际尺寸”（比例只能以绘制的比例尺表示）。

## rules/drawings/sheet_number_malformed.rs
sheet-number-malformed = 附图第{ $sheet }页的页码为“{ $written }”，仅有一个数字，但{ $office }要求采用“页码/总页数”的形式（{ $position }/{ $count }）。
sheet-number-malformed-numbered-but-sheets = 附图第{ $sheet }页的页码为“{ $written }”，但该页是共{ $count }页中的第{ $position }页；各页应从1开始连续编号。
sheet-number-malformed-numbered-but-drawings = 附图第{ $sheet }页的页码为“{ $written }”，但附图共1页，而非{ $total }页。
sheet-number-malformed-numbered-but-drawings-have = 附图第{ $sheet }页的页码为“{ $written }”，但附图共{ $count }页，而非{ $total }页。

## rules/drawings/sheet_number_misplaced.rs
sheet-number-misplaced = 附图第{ $sheet }页的页码“{ $written }”位于{ $place }；{ $office }要求页码位于{ $wanted }。
sheet-number-misplaced-s-stands-puts = 附图第{ $sheet }页的页码“{ $written }”位于{ $place }；{ $office }要求页码位于{ $wanted }，且不得位于页边距内。
sheet-number-misplaced-s-stands-margin = 附图第{ $sheet }页的页码“{ $written }”位于{ $place }的页边距内；{ $office }要求页码位于{ $wanted }，且不得位于页边距内。
sheet-number-misplaced-top-left = 左上角
sheet-number-misplaced-top-centre = 顶部中央
sheet-number-misplaced-top-right = 右上角
sheet-number-misplaced-bottom-left = 左下角
sheet-number-misplaced-bottom-centre = 底部中央
sheet-number-misplaced-bottom-right = 右下角
sheet-number-misplaced-left-edge = 左侧边缘
sheet-number-misplaced-middle = 页面中部
sheet-number-misplaced-right-edge = 右侧边缘

## rules/drawings/sheet_number_missing.rs
sheet-number-missing = 附图第{ $sheet }页的文字中没有页码；{ $office }对附图各页的编号要求为：{ $form }。

## rules/drawings/sheet_size_invalid.rs
sheet-size-invalid = 附图第{ $sheet }页为{ $width } × { $height }的图像，而非整页用纸；附图用纸应为纵向放置的{ $sizes }（图可在纸上横向放置）。
sheet-size-invalid-turned-sideways-landscape = 附图第{ $sheet }页为{ $width } × { $height }，用纸为横向放置；附图用纸应为纵向放置的{ $sizes }（图可在纸上横向放置）。
sheet-size-invalid-drawing-sheets-must = 附图第{ $sheet }页的尺寸为{ $width } × { $height }；附图用纸应为纵向放置的{ $sizes }（图可在纸上横向放置）。

## rules/drawings/sheet_sizes_differ.rs
sheet-sizes-differ = 附图第{ $sheet }页为{ $size }，而附图第{ $usual_sheet }页为{ $usual_size }；所有附图用纸的尺寸必须相同。

## rules/drawings/single_figure_labelled.rs
single-figure-labelled = 附图第{ $sheet }页仅有一幅图，却标注了“{ $label }”；仅有一幅图时不编号，也不标注“{ $word }”。

## rules/drawings/size_unknown.rs
size-unknown = 附图第{ $sheet }页（{ $width } × { $height } px）未标明分辨率，因此无法测量其在纸面上的尺寸、页边距和文字高度，未予检查；请在保存图像时标明分辨率（例如300 dpi）。
size-unknown-sheets-do-not = 附图第{ $sheets }页未标明分辨率，因此无法测量其在纸面上的尺寸、页边距和文字高度，未予检查；请在保存图像时标明分辨率（例如300 dpi）。

## rules/drawings/text_layer_missing.rs
text-layer-missing = 附图第{ $sheet }页没有文本层（为图像或扫描件），因此无法读取页码、图号、附图标记和文字高度，未予检查：请人工核对。
text-layer-missing-sheets-have-no = 附图第{ $sheets }页没有文本层（为图像或扫描件），因此无法读取页码、图号、附图标记和文字高度，未予检查：请人工核对。

## rules/drawings/text_too_small.rs
text-too-small = { $text }（{ $height }）
text-too-small-more = 另外{ $count }处
text-too-small-sheet-reference-signs = 附图第{ $sheet }页中有小于{ $minimum }的附图标记：{ $runs }；{ $office }要求附图标记{ $stated }。
text-too-small-sheet-lettering-smaller = 附图第{ $sheet }页中有小于{ $minimum }的文字：{ $runs }；附图中的数字和字母要求{ $stated }。

## rules/drawings/usable_area_exceeded.rs
usable-area-exceeded = { $over ->
     [height] 附图第{ $sheet }页的图形高{ $height }（最大{ $max_height }）；必须在{ $max_width } × { $max_height }（宽 × 高）以内：请缩小。
     [width] 附图第{ $sheet }页的图形宽{ $width }（最大{ $max_width }）；必须在{ $max_width } × { $max_height }（宽 × 高）以内：请缩小。
    *[both] 附图第{ $sheet }页的图形宽{ $width }（最大{ $max_width }）、高{ $height }（最大{ $max_height }）；必须在{ $max_width } × { $max_height }（宽 × 高）以内：请缩小。
  }

## rules/input/filing_date_from_document.rs
filing-date-from-document = 已将文件所载的申请日 { $date } 用于自某一日期起适用的规则；如需按其他日期检查，请指定申请日。

## rules/input/pages_not_read.rs
pages-not-read = { $count ->
     [1] 第{ $pages }页是文字页之间没有文本层的扫描页；不经OCR无法读取其文字，因此未检查。
    *[other] { $count }页（{ $pages }）是文字页之间没有文本层的扫描页；不经OCR无法读取其文字，因此未检查。
  }

## rules/input/publication_layout_not_checked.rs
publication-layout-not-checked = 此PDF是公布文本（{ $publication }），不是申请文件：已检查其权利要求、说明书和摘要；其版面由专利局排版，未检查。

## rules/input/route_from_document.rs
route-from-document = 该文件是国际申请的国家阶段，因此按该途径检查：未适用仅约束直接国家申请的要求。

## rules/sequences/character_not_allowed.rs
character-not-allowed = { $element }中不允许使用字符{ $character }（{ $code }）：除申请人和发明人姓名及发明名称外，序列表只使用基本拉丁字母的可打印字符（附件IV）。
character-not-allowed-more-characters-outside = 另有{ $count }个附件IV范围以外的字符，未逐一列出。

## rules/sequences/division_invalid.rs
division-invalid = SEQ ID NO { $id }没有INSDSeq_division；它必须是PAT。
division-invalid-insdseq-seq-id = SEQ ID NO { $id }的INSDSeq_division为{ $value }；它必须是PAT。

## rules/sequences/doctype_invalid.rs
doctype-invalid = 序列表没有DOCTYPE声明；ST.26要求<!DOCTYPE ST26SequenceListing PUBLIC "-//WIPO//DTD Sequence Listing 1.3//EN" "ST26SequenceListing_V1_3.dtd">。
doctype-invalid-names-not-st26sequencelisting = DOCTYPE的名称是{ $name }，而不是ST26SequenceListing。
doctype-invalid-declares-entities-own = DOCTYPE声明了自己的实体；ST.26序列表只引用WIPO的DTD（patlint不展开任何实体，对它们的引用保持原样）。
doctype-invalid-has-internal-subset = DOCTYPE含有内部子集；ST.26序列表只引用WIPO的DTD。
doctype-invalid-does-not-refer = DOCTYPE未以公共标识符"-//WIPO//DTD Sequence Listing 1.3//EN"引用WIPO的DTD。

## rules/sequences/english_free_text_missing.rs
english-free-text-missing = SEQ ID NO { $id }中特征{ $key }的{ $name }仅以其他语言（“{ $value }”）给出；USPTO还要求在INSDQualifier_value中给出英文。

## rules/sequences/feature_key_not_allowed.rs
sequence-kind-nucleotide = 核苷酸
sequence-kind-amino-acid = 氨基酸
feature-key-not-allowed = SEQ ID NO { $id }的特征键{ $key }不在附件I中{ $kind }序列的键之列（patlint的键表未能与附件本身核对）。

## rules/sequences/file_name_invalid.rs
file-name-invalid = 文件名{ $name }不被USPTO接受：Sequence Listing XML的文件名由1至60个字母、数字、连字符和下划线组成，后接.xml。

## rules/sequences/general_information_missing.rs
general-information-missing = 序列表既无ApplicationIdentification也无ApplicantFileReference：需以其中之一标识申请。
general-information-missing-listing-has-no = 序列表没有ApplicantName。
general-information-missing-applicant-s-name = 申请人名称{ $name }不是拉丁字母，且缺少ApplicantNameLatin。
general-information-missing-listing-has-no-inventiontitle = 序列表没有InventionTitle。

## rules/sequences/length_mismatch.rs
length-mismatch = SEQ ID NO { $id }没有INSDSeq_length。
length-mismatch-insdseq-seq-id = SEQ ID NO { $id }的INSDSeq_length为{ $declared }，但序列有{ $count }个残基。

## rules/sequences/location_invalid.rs
location-invalid = SEQ ID NO { $id }中特征{ $key }的位置{ $location }格式不正确。
location-invalid-feature-seq-id = SEQ ID NO { $id }中特征{ $key }的位置{ $location }到达位置{ $position }，超出了序列的{ $count }个残基。

## rules/sequences/mod_base_invalid.rs
mod-base-invalid = SEQ ID NO { $id }的mod_base值“{ $value }”不是附件一表2中的缩写；请填写表中的缩写（5-甲基胞苷为“m5c”），或填写OTHER并在note限定词中给出全称。
mod-base-invalid-modified-seq-id = SEQ ID NO { $id }的修饰碱基为OTHER，但没有note限定词；请在note中给出其全称。

## rules/sequences/mol_type_invalid.rs
mol-type-invalid = SEQ ID NO { $id }的mol_type { $value }不是{ $moltype }的取值：请使用{ $allowed }之一。

## rules/sequences/moltype_invalid.rs
moltype-invalid = SEQ ID NO { $id }没有INSDSeq_moltype；它必须是DNA、RNA或AA。
moltype-invalid-insdseq-seq-id = SEQ ID NO { $id }的INSDSeq_moltype为{ $value }；它必须是DNA、RNA或AA。

## rules/sequences/non_english_language_invalid.rs
non-english-language-invalid = 序列表含有英语以外的自由文本（SEQ ID NO { $id }的{ $name }“{ $text }”），但根元素上没有说明其语言的nonEnglishFreeTextLanguageCode。
non-english-language-invalid-feature-seq-id = SEQ ID NO { $id }中特征{ $key }的{ $name }（“{ $text }”）不是用序列表为非英语自由文本声明的语言（{ $code }）的文字书写的。

## rules/sequences/numbering_not_consecutive.rs
numbering-not-consecutive-sequenceidnumber-whole-number = sequenceIDNumber { $id }不是整数。
numbering-not-consecutive-first-sequence-seq = 第一条序列是SEQ ID NO { $number }；编号从1开始。
numbering-not-consecutive-seq-id-no = SEQ ID NO { $previous }之后是SEQ ID NO { $number }；序列标识号应为1、2、3……连续，无缺号或重复。

## rules/sequences/other_seqids_present.rs
other-seqids-present = SEQ ID NO { $id }有INSDSeq_other-seqids，该元素只由专利局填写；请删除。

## rules/sequences/qualifier_not_allowed.rs
qualifier-not-allowed = SEQ ID NO { $id }中特征{ $key }的限定词{ $name }不在附件一的{ $kind }序列限定词之列（patlint的该表未能与附件本身核对）。

## rules/sequences/qualifier_value_invalid.rs
qualifier-value-invalid = SEQ ID NO { $id }中特征{ $key }的codon_start为“{ $value }”；必须为1、2或3。
qualifier-value-invalid-transl-table-feature = SEQ ID NO { $id }中特征{ $key }的transl_table“{ $value }”不是附件一第9节遗传密码表的编号（1为标准密码）。

## rules/sequences/residue_invalid.rs
residue-invalid = SEQ ID NO { $id }的位置{ $position }处有u（共{ $count }个）；ST.26中尿嘧啶在RNA和DNA中一样写作t。
residue-invalid-seq-id-no = SEQ ID NO { $id }的位置{ $position }处有{ $residue }（共{ $count }个）；核苷酸用小写字母书写。
residue-invalid-seq-id-no-has = SEQ ID NO { $id }的位置{ $position }处有{ $residue }（共{ $count }个）；氨基酸用大写字母书写。
residue-invalid-seq-id-no-has-position = SEQ ID NO { $id }的位置{ $position }处有{ $residue }（共{ $count }个），这不是附件I中{ $moltype }的符号。

## rules/sequences/root_attribute_invalid.rs
root-attribute-invalid = 根元素没有dtdVersion属性（现行DTD为V1_3）。
root-attribute-invalid-productiondate-not-date = productionDate { $value }不是YYYY-MM-DD格式的日期。
root-attribute-invalid-not-two-letter = { $attribute } { $value }不是两个字母的语言代码（ISO 639-1）。

## rules/sequences/seq_id_not_in_listing.rs
seq-id-not-in-listing = 此处引用了SEQ ID NO { $number }，但序列表{ $listing }中没有该序列。

## rules/sequences/sequence_not_cited.rs
sequence-not-cited = SEQ ID NO { $id }在序列表中，但说明书和权利要求书均未引用。

## rules/sequences/sequence_without_seq_id.rs
sequence-without-seq-id = 此处写出了由{ $count }个具体定义的核苷酸组成的序列，但没有SEQ ID NO；ST.26要求将其列入序列表并以其SEQ ID NO引用。
sequence-without-seq-id-specifically-defined-amino = 此处写出了由{ $count }个具体定义的氨基酸组成的序列，但没有SEQ ID NO；ST.26要求将其列入序列表并以其SEQ ID NO引用。

## rules/sequences/skipped_sequence_malformed.rs
skipped-sequence-malformed = 跳过的SEQ ID NO { $id }有特征表；有意跳过的序列没有特征表。
skipped-sequence-malformed-seq-id-no = 跳过的SEQ ID NO { $id }给出了{ $element } { $value }；有意跳过的序列应将其留空。

## rules/sequences/source_feature_missing.rs
source-feature-missing = SEQ ID NO { $id }没有source特征；每条序列都有一个带organism和mol_type的source特征。
source-feature-missing-seq-id-no = SEQ ID NO { $id }的source特征位于{ $location }；它必须覆盖整条序列，即{ $whole }。
source-feature-missing-seq-id-no-has = SEQ ID NO { $id }的source特征没有{ $qualifier }限定词。

## rules/sequences/title_differs.rs
title-differs = 序列表的发明名称“{ $listed }”与{ $file }的发明名称“{ $title }”不同；序列表应写明其所属的申请。

## rules/sequences/total_quantity_mismatch.rs
total-quantity-mismatch = 序列表没有SequenceTotalQuantity；它有1个SequenceData元素。
total-quantity-mismatch-listing-has-no = 序列表没有SequenceTotalQuantity；它有{ $count }个SequenceData元素。
total-quantity-mismatch-sequencetotalquantity-but-listing = SequenceTotalQuantity为{ $declared }，但序列表有1个SequenceData元素。
total-quantity-mismatch-sequencetotalquantity-but-listing-has = SequenceTotalQuantity为{ $declared }，但序列表有{ $count }个SequenceData元素。

## rules/sequences/xml_declaration_invalid.rs
xml-declaration-invalid = 序列表没有XML声明；必须以<?xml version="1.0" encoding="UTF-8"?>开头。
xml-declaration-invalid-gives-version-sequence = XML声明的版本为{ $version }；序列表应为XML 1.0。
xml-declaration-invalid-gives-encoding-sequence = XML声明的编码为{ $encoding }；序列表应采用UTF-8编码。
xml-declaration-invalid-listing-not-encoded = 序列表未采用UTF-8编码；请以UTF-8保存。

## st3.rs
st3-african-regional-intellectual = 非洲地区知识产权组织（ARIPO）
st3-benelux-office-intellectual = 比荷卢知识产权局
st3-eurasian-patent-organization = 欧亚专利组织
st3-european-union-intellectual = 欧盟知识产权局
st3-european-patent-office = 欧洲专利局
st3-patent-office-gulf = 海湾阿拉伯国家合作委员会专利局
st3-international-bureau-wipo = WIPO国际局
st3-african-intellectual-property = 非洲知识产权组织（OAPI）
st3-community-plant-variety = 欧盟植物品种局
st3-world-intellectual-property = 世界知识产权组织
st3-nordic-patent-institute = 北欧专利局
st3-upov = 国际植物新品种保护联盟（UPOV）
st3-visegrad-patent-institute = 维谢格拉德专利局
st3-czechoslovakia = 捷克斯洛伐克
st3-german-democratic-republic = 德意志民主共和国
st3-soviet-union = 苏联
st3-yugoslavia = 南斯拉夫
st3-zaire = 扎伊尔
st3-code-not-country = { $code }是{ $name }的代码，而不是国家的代码
st3-was-code = { $code }是{ $name }过去使用的代码
