// Translations of the messages about reading files (src/rules/input/, src/parse/: read.rs and the readers), keyed by their English template (see index.js).

export default {
  'a ZIP package (DOCX)': {
    ja: 'ZIPパッケージ（DOCX）',
    ko: 'ZIP 패키지(DOCX)',
    zh: 'ZIP包（DOCX）',
  },
  'a PDF': {
    ja: 'PDF',
    ko: 'PDF',
    zh: 'PDF',
  },
  'a TIFF image': {
    ja: 'TIFF画像',
    ko: 'TIFF 이미지',
    zh: 'TIFF图像',
  },
  'a PNG image': {
    ja: 'PNG画像',
    ko: 'PNG 이미지',
    zh: 'PNG图像',
  },
  'a JPEG image': {
    ja: 'JPEG画像',
    ko: 'JPEG 이미지',
    zh: 'JPEG图像',
  },
  'a GIF image': {
    ja: 'GIF画像',
    ko: 'GIF 이미지',
    zh: 'GIF图像',
  },
  'a BMP image': {
    ja: 'BMP画像',
    ko: 'BMP 이미지',
    zh: 'BMP图像',
  },
  XML: {
    ja: 'XML',
    ko: 'XML',
    zh: 'XML',
  },
  JSON: {
    ja: 'JSON',
    ko: 'JSON',
    zh: 'JSON',
  },
  text: {
    ja: 'テキスト',
    ko: '텍스트',
    zh: '文本',
  },
  'The file is larger than the limit of {limit} bytes; it was not read.': {
    ja: 'ファイルが上限の{limit}バイトを超えているため、読み取りませんでした。',
    ko: '파일이 한도인 {limit}바이트를 넘어 읽지 않았습니다.',
    zh: '文件超过{limit}字节的上限，未读取。',
  },
  'No claims, description or assignment data were found. Claims start with their number: `1.`, `Claim 1`, `【請求項1】`, `【청구항 1】`.':
    {
      ja: '請求項、明細書及び譲渡データのいずれも見つかりませんでした。請求項は番号で始まります：`1.`、`Claim 1`、`【請求項1】`、`【청구항 1】`。',
      ko: '청구항, 발명의 설명 및 양도 데이터를 찾지 못했습니다. 청구항은 번호로 시작합니다: `1.`, `Claim 1`, `【請求項1】`, `【청구항 1】`.',
      zh: '未找到权利要求、说明书或转让数据。权利要求以其编号开头：`1.`、`Claim 1`、`【請求項1】`、`【청구항 1】`。',
    },
  'This file was given an unknown kind of document, so it was not checked: patlint checks claims, descriptions, drawings, assignment data and sequence listings.':
    {
      ja: 'このファイルには不明な書類の種類が指定されたため、チェックしませんでした。patlintがチェックするのは特許請求の範囲、明細書、図面、譲渡データ及び配列表です。',
      ko: '이 파일에는 알 수 없는 문서 종류가 지정되어 검사하지 않았습니다. patlint는 청구범위, 명세서, 도면, 양도 데이터 및 서열목록을 검사합니다.',
      zh: '该文件被指定为未知的文件类型，因此未作检查：patlint检查权利要求书、说明书、附图、转让数据和序列表。',
    },
  'The Word document could not be read: {reason}.': {
    ja: 'Word文書を読み取れませんでした：{reason}。',
    ko: 'Word 문서를 읽을 수 없습니다: {reason}.',
    zh: '无法读取Word文档：{reason}。',
  },
  'The Word XML could not be read: {reason}.': {
    ja: 'Word XMLを読み取れませんでした：{reason}。',
    ko: 'Word XML을 읽을 수 없습니다: {reason}.',
    zh: '无法读取Word XML：{reason}。',
  },
  'The XML could not be read: {reason}.': {
    ja: 'XMLを読み取れませんでした：{reason}。',
    ko: 'XML을 읽을 수 없습니다: {reason}.',
    zh: '无法读取XML：{reason}。',
  },
  'The description in the XML could not be read: {reason}.': {
    ja: 'XML中の明細書を読み取れませんでした：{reason}。',
    ko: 'XML에 포함된 발명의 설명을 읽을 수 없습니다: {reason}.',
    zh: '无法读取XML中的说明书：{reason}。',
  },
  'One byte sequence is not valid UTF-8 or UTF-16 and was replaced; save the file as UTF-8.': {
    ja: 'UTF-8又はUTF-16として無効なバイト列が1箇所あり、置き換えました。ファイルをUTF-8で保存してください。',
    ko: 'UTF-8 또는 UTF-16으로 유효하지 않은 바이트 시퀀스 1개를 대체했습니다. 파일을 UTF-8로 저장하십시오.',
    zh: '有1处字节序列不是有效的UTF-8或UTF-16，已被替换；请将文件另存为UTF-8。',
  },
  '{count} byte sequences are not valid UTF-8 or UTF-16 and were replaced; save the file as UTF-8.': {
    ja: 'UTF-8又はUTF-16として無効なバイト列が{count}箇所あり、置き換えました。ファイルをUTF-8で保存してください。',
    ko: 'UTF-8 또는 UTF-16으로 유효하지 않은 바이트 시퀀스 {count}개를 대체했습니다. 파일을 UTF-8로 저장하십시오.',
    zh: '有{count}处字节序列不是有效的UTF-8或UTF-16，已被替换；请将文件另存为UTF-8。',
  },
  'The JSON is not valid UTF-8; save it as UTF-8.': {
    ja: 'JSONが有効なUTF-8ではありません。UTF-8で保存してください。',
    ko: 'JSON이 유효한 UTF-8이 아닙니다. UTF-8로 저장하십시오.',
    zh: 'JSON不是有效的UTF-8；请另存为UTF-8。',
  },
  'This file is JSON that is not assignment data (it has none of `conveyance`, `assignors`, `assignees`, `properties`); this version of patlint does not check such files yet, so it was not checked.':
    {
      ja: 'このファイルは譲渡データではないJSONです（`conveyance`、`assignors`、`assignees`、`properties`のいずれもありません）。このバージョンのpatlintはこの種類のファイルにまだ対応していないため、チェックしませんでした。',
      ko: '이 파일은 양도 데이터가 아닌 JSON입니다(`conveyance`, `assignors`, `assignees`, `properties` 중 어느 것도 없음). 이 버전의 patlint는 아직 이러한 파일을 검사하지 않으므로 검사하지 않았습니다.',
      zh: '该文件是非转让数据的JSON（不含`conveyance`、`assignors`、`assignees`、`properties`中的任何一项）；此版本的patlint尚不检查此类文件，因此未作检查。',
    },
  'The assignment data could not be read: {reason}.': {
    ja: '譲渡データを読み取れませんでした：{reason}。',
    ko: '양도 데이터를 읽을 수 없습니다: {reason}.',
    zh: '无法读取转让数据：{reason}。',
  },
  'The assignment data could not be read: {reason} (and one more problem).': {
    ja: '譲渡データを読み取れませんでした：{reason}（ほかに問題が1件あります）。',
    ko: '양도 데이터를 읽을 수 없습니다: {reason} (그 밖의 문제 1건).',
    zh: '无法读取转让数据：{reason}（另有1个问题）。',
  },
  'The assignment data could not be read: {reason} (and {count} more problems).': {
    ja: '譲渡データを読み取れませんでした：{reason}（ほかに問題が{count}件あります）。',
    ko: '양도 데이터를 읽을 수 없습니다: {reason} (그 밖의 문제 {count}건).',
    zh: '无法读取转让数据：{reason}（另有{count}个问题）。',
  },
  'This file is {format}; assignment data is read from JSON (schemas/assignment.schema.json) or USPTO assignment XML.':
    {
      ja: 'このファイルは{format}です。譲渡データはJSON（schemas/assignment.schema.json）又はUSPTOの譲渡XMLから読み取ります。',
      ko: '이 파일은 {format}입니다. 양도 데이터는 JSON(schemas/assignment.schema.json) 또는 USPTO 양도 XML에서 읽습니다.',
      zh: '该文件是{format}；转让数据须为JSON（schemas/assignment.schema.json）或USPTO转让XML。',
    },
  'This file is {format}; drawings are read from PDF, TIFF, PNG, JPEG, GIF or BMP files.': {
    ja: 'このファイルは{format}です。図面はPDF、TIFF、PNG、JPEG、GIF又はBMPファイルから読み取ります。',
    ko: '이 파일은 {format}입니다. 도면은 PDF, TIFF, PNG, JPEG, GIF 또는 BMP 파일에서 읽습니다.',
    zh: '该文件是{format}；附图须为PDF、TIFF、PNG、JPEG、GIF或BMP文件。',
  },
  'The drawings could not be read: {reason}.': {
    ja: '図面を読み取れませんでした：{reason}。',
    ko: '도면을 읽을 수 없습니다: {reason}.',
    zh: '无法读取附图：{reason}。',
  },
  'This file is {format}; it was not checked because this build of patlint has no drawing support (the `drawings` feature).':
    {
      ja: 'このファイルは{format}です。このビルドのpatlintは図面に対応していない（`drawings`フィーチャー）ため、チェックしませんでした。',
      ko: '이 파일은 {format}입니다. 이 빌드의 patlint에는 도면 지원(`drawings` 기능)이 없어 검사하지 않았습니다.',
      zh: '该文件是{format}；此构建版本的patlint不支持附图（`drawings`功能），因此未作检查。',
    },
  'Claim {claim} has {count} characters, more than the limit of {limit} (claimChars); the file was not checked.': {
    ja: '請求項{claim}は{count}文字で、上限の{limit}文字（claimChars）を超えているため、このファイルはチェックしませんでした。',
    ko: '청구항 {claim}은(는) {count}자로 한도인 {limit}자(claimChars)를 넘어 이 파일을 검사하지 않았습니다.',
    zh: '权利要求{claim}有{count}个字符，超过{limit}个字符的上限（claimChars）；未检查该文件。',
  },
  'The text holds more than {limit} claims, the limit; it was not checked.': {
    ja: 'テキストの請求項の数が上限の{limit}を超えているため、チェックしませんでした。',
    ko: '텍스트의 청구항이 한도인 {limit}개를 넘어 검사하지 않았습니다.',
    zh: '文本中的权利要求超过{limit}项的上限，未作检查。',
  },
  'The document has more than {limit} paragraphs, the limit (paragraphs); it was not checked.': {
    ja: '文書の段落数が上限の{limit}（paragraphs）を超えているため、チェックしませんでした。',
    ko: '문서의 단락 수가 한도인 {limit}개(paragraphs)를 넘어 검사하지 않았습니다.',
    zh: '文档的段落数超过{limit}段的上限（paragraphs），未作检查。',
  },
  'the JSON nests deeper than patlint reads ({error})': {
    ja: 'JSONの入れ子がpatlintの読み取れる深さを超えています（{error}）',
    ko: 'JSON의 중첩이 patlint가 읽을 수 있는 깊이를 넘습니다({error})',
    zh: 'JSON的嵌套深度超出patlint可读取的范围（{error}）',
  },
  'the JSON is malformed: {error}': {
    ja: 'JSONの形式が正しくありません：{error}',
    ko: 'JSON 형식이 잘못되었습니다: {error}',
    zh: 'JSON格式错误：{error}',
  },
  'the JSON is {kind}, not an object holding one assignment record': {
    ja: 'JSONが1件の譲渡記録を含むオブジェクトではなく、{kind}です',
    ko: 'JSON이 양도 기록 하나를 담은 객체가 아니라 {kind}입니다',
    zh: 'JSON是{kind}，而不是包含一条转让记录的对象',
  },
  null: {
    ja: 'null',
    ko: 'null',
    zh: 'null',
  },
  'a boolean': {
    ja: '真偽値',
    ko: '불리언 값',
    zh: '布尔值',
  },
  'a number': {
    ja: '数値',
    ko: '숫자',
    zh: '数字',
  },
  'a string': {
    ja: '文字列',
    ko: '문자열',
    zh: '字符串',
  },
  'an array': {
    ja: '配列',
    ko: '배열',
    zh: '数组',
  },
  'an object': {
    ja: 'オブジェクト',
    ko: '객체',
    zh: '对象',
  },
  'true or false': {
    ja: 'true又はfalse',
    ko: 'true 또는 false',
    zh: 'true或false',
  },
  'a string of at most 10000 characters': {
    ja: '10000文字以内の文字列',
    ko: '10000자 이하의 문자열',
    zh: '不超过10000个字符的字符串',
  },
  '`{path}` should be {expected}, not {actual}': {
    ja: '`{path}`は{actual}ではなく{expected}でなければなりません',
    ko: '`{path}`의 값이 올바르지 않습니다(필요: {expected}, 현재: {actual})',
    zh: '`{path}`应为{expected}，而不是{actual}',
  },
  '`{path}` is {count} characters long, more than the {limit} patlint reads': {
    ja: '`{path}`は{count}文字で、patlintが読み取る上限の{limit}文字を超えています',
    ko: '`{path}`은(는) {count}자로 patlint가 읽는 한도인 {limit}자를 넘습니다',
    zh: '`{path}`长{count}个字符，超过patlint可读取的{limit}个字符',
  },
  '`{path}` has {count} items, more than the {limit} patlint reads': {
    ja: '`{path}`は{count}項目で、patlintが読み取る上限の{limit}項目を超えています',
    ko: '`{path}`은(는) {count}개 항목으로 patlint가 읽는 한도인 {limit}개를 넘습니다',
    zh: '`{path}`有{count}项，超过patlint可读取的{limit}项',
  },
  'The field `{field}` is not one patlint knows; it was ignored (see schemas/assignment.schema.json).': {
    ja: 'フィールド`{field}`はpatlintが認識しないフィールドのため、無視しました（schemas/assignment.schema.jsonを参照）。',
    ko: '필드 `{field}`은(는) patlint가 알지 못하는 필드이므로 무시했습니다(schemas/assignment.schema.json 참조).',
    zh: '字段`{field}`不是patlint可识别的字段，已忽略（参见schemas/assignment.schema.json）。',
  },
  'The field `{field}` is `{value}`, which patlint does not know ({known}); it was ignored.': {
    ja: 'フィールド`{field}`の値`{value}`はpatlintが認識しない値のため、無視しました（使用できる値：{known}）。',
    ko: '필드 `{field}`의 값 `{value}`은(는) patlint가 알지 못하는 값이므로 무시했습니다(사용 가능한 값: {known}).',
    zh: '字段`{field}`的值`{value}`不是patlint可识别的值（可用值：{known}），已忽略。',
  },
  'line {line}: {error}': {
    ja: '{line}行目：{error}',
    ko: '{line}행: {error}',
    zh: '第{line}行：{error}',
  },
  'the file is not valid UTF-8; save it as UTF-8': {
    ja: 'ファイルが有効なUTF-8ではありません。UTF-8で保存してください',
    ko: '파일이 유효한 UTF-8이 아닙니다. UTF-8로 저장하십시오',
    zh: '文件不是有效的UTF-8；请另存为UTF-8',
  },
  'line {line}: the file is not valid UTF-8; save it as UTF-8': {
    ja: '{line}行目：ファイルが有効なUTF-8ではありません。UTF-8で保存してください',
    ko: '{line}행: 파일이 유효한 UTF-8이 아닙니다. UTF-8로 저장하십시오',
    zh: '第{line}行：文件不是有效的UTF-8；请另存为UTF-8',
  },
  'the file is encoded in {encoding}, which patlint does not read; save it as UTF-8': {
    ja: 'ファイルの文字コードはpatlintが読み取れない{encoding}です。UTF-8で保存してください',
    ko: '파일이 patlint가 읽지 않는 {encoding}(으)로 인코딩되어 있습니다. UTF-8로 저장하십시오',
    zh: '文件采用patlint无法读取的{encoding}编码；请另存为UTF-8',
  },
  'the XML nests deeper than {limit} elements': {
    ja: 'XMLの要素の入れ子が{limit}階層を超えています',
    ko: 'XML 요소의 중첩이 {limit}단계를 넘습니다',
    zh: 'XML元素嵌套超过{limit}层',
  },
  'an end tag closes no element': {
    ja: '対応する開始タグのない終了タグがあります',
    ko: '대응하는 시작 태그가 없는 종료 태그가 있습니다',
    zh: '存在没有对应开始标记的结束标记',
  },
  'the document ends before <{name}> is closed': {
    ja: '<{name}>が閉じられる前に文書が終わっています',
    ko: '<{name}> 요소가 닫히기 전에 문서가 끝납니다',
    zh: '<{name}>尚未闭合，文档就已结束',
  },
  'line {line}: the document ends before <{name}> is closed': {
    ja: '{line}行目：<{name}>が閉じられる前に文書が終わっています',
    ko: '{line}행: <{name}> 요소가 닫히기 전에 문서가 끝납니다',
    zh: '第{line}行：<{name}>尚未闭合，文档就已结束',
  },
  'unexpected end tag </{name}>': {
    ja: '予期しない終了タグ</{name}>があります',
    ko: '예상하지 못한 종료 태그(</{name}>)가 있습니다',
    zh: '意外的结束标记</{name}>',
  },
  'line {line}: unexpected end tag </{name}>': {
    ja: '{line}行目：予期しない終了タグ</{name}>があります',
    ko: '{line}행: 예상하지 못한 종료 태그(</{name}>)가 있습니다',
    zh: '第{line}行：意外的结束标记</{name}>',
  },
  'line {line}: elements are nested more than {limit} deep, the limit (xml_depth)': {
    ja: '{line}行目：要素の入れ子が上限の{limit}階層（xml_depth）を超えています',
    ko: '{line}행: 요소의 중첩이 한도인 {limit}단계(xml_depth)를 넘습니다',
    zh: '第{line}行：元素嵌套超过{limit}层的上限（xml_depth）',
  },
  'line {line}: the document holds more than {limit} claims, the limit (claims)': {
    ja: '{line}行目：文書の請求項の数が上限の{limit}（claims）を超えています',
    ko: '{line}행: 문서의 청구항이 한도인 {limit}개(claims)를 넘습니다',
    zh: '第{line}行：文档中的权利要求超过{limit}项的上限（claims）',
  },
  'the claims text holds more than {limit} claims, the limit (claims)': {
    ja: '請求項のテキストの請求項の数が上限の{limit}（claims）を超えています',
    ko: '청구항 텍스트의 청구항이 한도인 {limit}개(claims)를 넘습니다',
    zh: '权利要求文本中的权利要求超过{limit}项的上限（claims）',
  },
  'the file holds no XML element': {
    ja: 'ファイルにXML要素がありません',
    ko: '파일에 XML 요소가 없습니다',
    zh: '文件不含任何XML元素',
  },
  'unknown markup after `<!`': {
    ja: '`<!`の後に不明なマークアップがあります',
    ko: '`<!` 뒤에 알 수 없는 마크업이 있습니다',
    zh: '`<!`之后存在未知标记',
  },
  'a processing instruction or the XML declaration is not closed (`?>` is missing)': {
    ja: '処理命令又はXML宣言が閉じられていません（`?>`がありません）',
    ko: '처리 명령 또는 XML 선언이 닫히지 않았습니다(`?>` 없음)',
    zh: '处理指令或XML声明未闭合（缺少`?>`）',
  },
  'a comment is not closed (`-->` is missing)': {
    ja: 'コメントが閉じられていません（`-->`がありません）',
    ko: '주석이 닫히지 않았습니다(`-->` 없음)',
    zh: '注释未闭合（缺少`-->`）',
  },
  'the DOCTYPE declaration is not closed (`>` is missing)': {
    ja: 'DOCTYPE宣言が閉じられていません（`>`がありません）',
    ko: 'DOCTYPE 선언이 닫히지 않았습니다(`>` 없음)',
    zh: 'DOCTYPE声明未闭合（缺少`>`）',
  },
  'a CDATA section is not closed (`]]>` is missing)': {
    ja: 'CDATAセクションが閉じられていません（`]]>`がありません）',
    ko: 'CDATA 섹션이 닫히지 않았습니다(`]]>` 없음)',
    zh: 'CDATA节未闭合（缺少`]]>`）',
  },
  'the document ends inside a tag': {
    ja: 'タグの途中で文書が終わっています',
    ko: '태그 안에서 문서가 끝납니다',
    zh: '文档在标记内部结束',
  },
  'the XML declaration does not start with `version`': {
    ja: 'XML宣言が`version`で始まっていません',
    ko: 'XML 선언이 `version`으로 시작하지 않습니다',
    zh: 'XML声明未以`version`开头',
  },
  'the DOCTYPE declaration has no name': {
    ja: 'DOCTYPE宣言に名前がありません',
    ko: 'DOCTYPE 선언에 이름이 없습니다',
    zh: 'DOCTYPE声明缺少名称',
  },
  'end tag </{found}> where </{expected}> was expected': {
    ja: '</{expected}>があるべき位置に終了タグ</{found}>があります',
    ko: '종료 태그 </{expected}> 자리에 </{found}> 태그가 있습니다',
    zh: '应为</{expected}>的位置出现了结束标记</{found}>',
  },
  'a comment contains `--`': {
    ja: 'コメントに`--`が含まれています',
    ko: '주석에 `--`가 포함되어 있습니다',
    zh: '注释中包含`--`',
  },
  'an entity or character reference is not closed (`;` is missing)': {
    ja: '実体参照又は文字参照が閉じられていません（`;`がありません）',
    ko: '엔티티 참조 또는 문자 참조가 닫히지 않았습니다(`;` 없음)',
    zh: '实体引用或字符引用未闭合（缺少`;`）',
  },
  'the package has no [Content_Types].xml, so it is not an Office document': {
    ja: 'パッケージに[Content_Types].xmlがないため、Office文書ではありません',
    ko: '패키지에 [Content_Types].xml이 없으므로 Office 문서가 아닙니다',
    zh: '该包中没有[Content_Types].xml，因此不是Office文档',
  },
  'the package holds no Word document (it is a spreadsheet)': {
    ja: 'パッケージにWord文書が含まれていません（スプレッドシートです）',
    ko: '패키지에 Word 문서가 없습니다(스프레드시트입니다)',
    zh: '该包中没有Word文档（这是电子表格）',
  },
  'the package holds no Word document (it is a presentation)': {
    ja: 'パッケージにWord文書が含まれていません（プレゼンテーションです）',
    ko: '패키지에 Word 문서가 없습니다(프레젠테이션입니다)',
    zh: '该包中没有Word文档（这是演示文稿）',
  },
  'the package holds no Word document': {
    ja: 'パッケージにWord文書が含まれていません',
    ko: '패키지에 Word 문서가 없습니다',
    zh: '该包中没有Word文档',
  },
  'the package holds no Word document (parts: {parts})': {
    ja: 'パッケージにWord文書が含まれていません（パート：{parts}）',
    ko: '패키지에 Word 문서가 없습니다(파트: {parts})',
    zh: '该包中没有Word文档（部件：{parts}）',
  },
  'the package lacks its main part {part}': {
    ja: 'パッケージにメインパート{part}がありません',
    ko: '패키지에 주 파트({part})가 없습니다',
    zh: '该包缺少主部件{part}',
  },
  '[Content_Types].xml: {reason}': {
    ja: '[Content_Types].xml：{reason}',
    ko: '[Content_Types].xml: {reason}',
    zh: '[Content_Types].xml：{reason}',
  },
  'relationships: {reason}': {
    ja: 'リレーションシップ：{reason}',
    ko: '관계(relationships): {reason}',
    zh: '关系（relationships）：{reason}',
  },
  'styles: {reason}': {
    ja: 'スタイル：{reason}',
    ko: '스타일: {reason}',
    zh: '样式：{reason}',
  },
  'numbering: {reason}': {
    ja: '段落番号の定義：{reason}',
    ko: '번호 매기기: {reason}',
    zh: '编号：{reason}',
  },
  'the document part: {reason}': {
    ja: '本文のパート：{reason}',
    ko: '본문 파트: {reason}',
    zh: '正文部件：{reason}',
  },
  'the document has more than {limit} paragraphs, the limit (paragraphs)': {
    ja: '文書の段落数が上限の{limit}（paragraphs）を超えています',
    ko: '문서의 단락 수가 한도인 {limit}개(paragraphs)를 넘습니다',
    zh: '文档的段落数超过{limit}段的上限（paragraphs）',
  },
  'the main part is not a WordprocessingML document': {
    ja: 'メインパートがWordprocessingML文書ではありません',
    ko: '주 파트가 WordprocessingML 문서가 아닙니다',
    zh: '主部件不是WordprocessingML文档',
  },
  'the ZIP package is damaged ({what})': {
    ja: 'ZIPパッケージが破損しています（{what}）',
    ko: 'ZIP 패키지가 손상되었습니다({what})',
    zh: 'ZIP包已损坏（{what}）',
  },
  'no central directory': {
    ja: 'セントラルディレクトリがありません',
    ko: '중앙 디렉터리 없음',
    zh: '无中央目录',
  },
  'end record': {
    ja: '終端レコード',
    ko: '끝 레코드',
    zh: '目录结束记录',
  },
  'central directory entry': {
    ja: 'セントラルディレクトリのエントリ',
    ko: '중앙 디렉터리 항목',
    zh: '中央目录条目',
  },
  entry: {
    ja: 'エントリ',
    ko: '항목',
    zh: '条目',
  },
  'entry name': {
    ja: 'エントリ名',
    ko: '항목 이름',
    zh: '条目名称',
  },
  'local header': {
    ja: 'ローカルヘッダー',
    ko: '로컬 헤더',
    zh: '本地文件头',
  },
  'entry data beyond the end of the file': {
    ja: 'エントリのデータがファイルの末尾を越えています',
    ko: '항목 데이터가 파일 끝을 넘어섬',
    zh: '条目数据超出文件末尾',
  },
  'the package is a ZIP64 archive, which patlint does not read': {
    ja: 'パッケージはpatlintが読み取れないZIP64アーカイブです',
    ko: '패키지가 patlint가 읽지 않는 ZIP64 아카이브입니다',
    zh: '该包是patlint无法读取的ZIP64归档',
  },
  'the package has {count} entries, more than the limit of {limit} (zip_entries)': {
    ja: 'パッケージのエントリ数が{count}で、上限の{limit}（zip_entries）を超えています',
    ko: '패키지의 항목 수가 {count}개로 한도인 {limit}개(zip_entries)를 넘습니다',
    zh: '该包有{count}个条目，超过{limit}个的上限（zip_entries）',
  },
  '{part}: the entry is encrypted': {
    ja: '{part}：エントリが暗号化されています',
    ko: '{part}: 항목이 암호화되어 있습니다',
    zh: '{part}：条目已加密',
  },
  '{part}: the parts read inflate to more than {bytes} bytes together, the limit (inflated_bytes)': {
    ja: '{part}：読み取ったパートの展開後の合計が上限の{bytes}バイト（inflated_bytes）を超えています',
    ko: '{part}: 읽은 파트의 압축 해제 크기 합계가 한도인 {bytes}바이트(inflated_bytes)를 넘습니다',
    zh: '{part}：已读取部件解压后合计超过{bytes}字节的上限（inflated_bytes）',
  },
  '{part}: the part inflates to more than {bytes} bytes, the limit (part_bytes)': {
    ja: '{part}：パートの展開後のサイズが上限の{bytes}バイト（part_bytes）を超えています',
    ko: '{part}: 파트의 압축 해제 크기가 한도인 {bytes}바이트(part_bytes)를 넘습니다',
    zh: '{part}：该部件解压后超过{bytes}字节的上限（part_bytes）',
  },
  '{part}: the compressed data is damaged': {
    ja: '{part}：圧縮データが破損しています',
    ko: '{part}: 압축 데이터가 손상되었습니다',
    zh: '{part}：压缩数据已损坏',
  },
  '{part}: compression method {method} is not supported': {
    ja: '{part}：圧縮方式{method}には対応していません',
    ko: '{part}: 압축 방식 {method}은(는) 지원하지 않습니다',
    zh: '{part}：不支持压缩方式{method}',
  },
  '{part}: the data does not match its checksum (CRC-32)': {
    ja: '{part}：データがチェックサム（CRC-32）と一致しません',
    ko: '{part}: 데이터가 체크섬(CRC-32)과 일치하지 않습니다',
    zh: '{part}：数据与其校验和（CRC-32）不符',
  },
  'it is not a PDF, TIFF, PNG, JPEG, GIF or BMP file': {
    ja: 'PDF、TIFF、PNG、JPEG、GIF又はBMPファイルではありません',
    ko: 'PDF, TIFF, PNG, JPEG, GIF 또는 BMP 파일이 아닙니다',
    zh: '不是PDF、TIFF、PNG、JPEG、GIF或BMP文件',
  },
  'the image has no pixels': {
    ja: '画像にピクセルがありません',
    ko: '이미지에 픽셀이 없습니다',
    zh: '图像没有像素',
  },
  'the image has {width} × {height} pixels, more than the limit of {million} million': {
    ja: '画像は{width} × {height}ピクセルで、上限の{million}メガピクセルを超えています',
    ko: '이미지가 {width} × {height}픽셀로 한도인 {million}메가픽셀을 넘습니다',
    zh: '图像为{width} × {height}像素，超过{million}百万像素的上限',
  },
  'the image is {width} × {height} pixels, more than {limit} pixels on a side': {
    ja: '画像は{width} × {height}ピクセルで、一辺が{limit}ピクセルを超えています',
    ko: '이미지가 {width} × {height}픽셀로 한 변이 {limit}픽셀을 넘습니다',
    zh: '图像为{width} × {height}像素，单边超过{limit}像素',
  },
  'it is not a PDF file': {
    ja: 'PDFファイルではありません',
    ko: 'PDF 파일이 아닙니다',
    zh: '不是PDF文件',
  },
  'it is larger than {mib} MiB': {
    ja: '{mib} MiBを超えています',
    ko: '{mib} MiB보다 큽니다',
    zh: '文件大于{mib} MiB',
  },
  'it is damaged beyond repair': {
    ja: '修復できないほど破損しています',
    ko: '복구할 수 없을 정도로 손상되었습니다',
    zh: '已损坏且无法修复',
  },
  'it has no pages': {
    ja: 'ページがありません',
    ko: '페이지가 없습니다',
    zh: '没有页面',
  },
  'it has {pages} pages; at most {limit} are read from one file': {
    ja: '{pages}ページあります。1ファイルから読み取るのは{limit}ページまでです',
    ko: '{pages}페이지가 있습니다. 한 파일에서 최대 {limit}페이지까지 읽습니다',
    zh: '共有{pages}页；每个文件最多读取{limit}页',
  },
  'one of its streams inflates to more than {mib} MiB': {
    ja: 'ストリームの一つが展開後に{mib} MiBを超えます',
    ko: '스트림 중 하나가 압축 해제 시 {mib} MiB를 넘습니다',
    zh: '其中一个流解压后超过{mib} MiB',
  },
  'its streams inflate to more than {mib} MiB': {
    ja: 'ストリームの展開後の合計が{mib} MiBを超えます',
    ko: '스트림의 압축 해제 크기 합계가 {mib} MiB를 넘습니다',
    zh: '其流解压后合计超过{mib} MiB',
  },
  'page {page} draws more than {million} million operations or nests its forms in a loop': {
    ja: '{page}ページ目の描画命令が{million}百万個を超えているか、フォームが循環して入れ子になっています',
    ko: '{page}페이지의 그리기 연산이 {million}백만 개를 넘거나 폼이 순환하여 중첩되어 있습니다',
    zh: '第{page}页的绘制操作超过{million}百万次，或其表单循环嵌套',
  },
  'its pages draw more than {million} million operations': {
    ja: '全ページの描画命令が合計{million}百万個を超えています',
    ko: '전체 페이지의 그리기 연산이 합계 {million}백만 개를 넘습니다',
    zh: '其各页的绘制操作合计超过{million}百万次',
  },
  'it is not a TIFF file': {
    ja: 'TIFFファイルではありません',
    ko: 'TIFF 파일이 아닙니다',
    zh: '不是TIFF文件',
  },
  'the TIFF header is cut off': {
    ja: 'TIFFのヘッダーが途中で切れています',
    ko: 'TIFF 헤더가 잘려 있습니다',
    zh: 'TIFF文件头不完整',
  },
  'it has more than {limit} pages; at most that many are read from one file': {
    ja: '{limit}ページを超えています。1ファイルから読み取るのはこのページ数までです',
    ko: '{limit}페이지를 넘습니다. 한 파일에서 이 페이지 수까지만 읽습니다',
    zh: '超过{limit}页；每个文件最多读取这么多页',
  },
  'page {page} of the TIFF file is cut off': {
    ja: 'TIFFファイルの{page}ページ目が途中で切れています',
    ko: 'TIFF 파일의 {page}페이지가 잘려 있습니다',
    zh: 'TIFF文件的第{page}页不完整',
  },
  'page {page}: {reason}': {
    ja: '{page}ページ目：{reason}',
    ko: '{page}페이지: {reason}',
    zh: '第{page}页：{reason}',
  },
  'the TIFF file has no pages': {
    ja: 'TIFFファイルにページがありません',
    ko: 'TIFF 파일에 페이지가 없습니다',
    zh: 'TIFF文件没有页面',
  },
  'the page has no width': {
    ja: 'ページの幅が指定されていません',
    ko: '페이지의 너비가 지정되어 있지 않습니다',
    zh: '页面未指定宽度',
  },
  'the page has no height': {
    ja: 'ページの高さが指定されていません',
    ko: '페이지의 높이가 지정되어 있지 않습니다',
    zh: '页面未指定高度',
  },
  '{bits}-bit samples are not supported': {
    ja: '{bits}ビットのサンプルには対応していません',
    ko: '{bits}비트 샘플은 지원하지 않습니다',
    zh: '不支持{bits}位样本',
  },
  'the palette is missing': {
    ja: 'パレットがありません',
    ko: '팔레트가 없습니다',
    zh: '缺少调色板',
  },
  'the colour model ({photometric}, {samples} samples of {bits} bits) is not supported': {
    ja: 'このカラーモデル（{photometric}、{bits}ビットのサンプル{samples}個）には対応していません',
    ko: '색상 모델({photometric}, {bits}비트 샘플 {samples}개)은 지원하지 않습니다',
    zh: '不支持该颜色模型（{photometric}，{samples}个{bits}位样本）',
  },
  'separate colour planes are not supported': {
    ja: '色プレーンを分離した形式には対応していません',
    ko: '분리된 색상 평면은 지원하지 않습니다',
    zh: '不支持分离的颜色平面',
  },
  'the tile size is missing or implausible': {
    ja: 'タイルのサイズがないか、不正な値です',
    ko: '타일 크기가 없거나 비정상적입니다',
    zh: '缺少图块尺寸或其值不合理',
  },
  'the image data is incomplete (too few strips or tiles)': {
    ja: '画像データが不完全です（ストリップ又はタイルが足りません）',
    ko: '이미지 데이터가 불완전합니다(스트립 또는 타일이 부족함)',
    zh: '图像数据不完整（条带或图块不足）',
  },
  'CCITT compression is read only for untiled one-bit pages': {
    ja: 'CCITT圧縮はタイル分割されていない1ビットのページでのみ読み取れます',
    ko: 'CCITT 압축은 타일로 나뉘지 않은 1비트 페이지에서만 읽습니다',
    zh: 'CCITT压缩仅支持未分块的1位页面',
  },
  'the CCITT image data is damaged or cut off': {
    ja: 'CCITTの画像データが破損しているか、途中で切れています',
    ko: 'CCITT 이미지 데이터가 손상되었거나 잘려 있습니다',
    zh: 'CCITT图像数据已损坏或不完整',
  },
  'the tiles are too large': {
    ja: 'タイルが大きすぎます',
    ko: '타일이 너무 큽니다',
    zh: '图块过大',
  },
  'the image data is damaged or cut off': {
    ja: '画像データが破損しているか、途中で切れています',
    ko: '이미지 데이터가 손상되었거나 잘려 있습니다',
    zh: '图像数据已损坏或不完整',
  },
  'JPEG-compressed TIFF is not supported': {
    ja: 'JPEG圧縮のTIFFには対応していません',
    ko: 'JPEG 압축 TIFF는 지원하지 않습니다',
    zh: '不支持JPEG压缩的TIFF',
  },
  'TIFF compression {compression} is not supported': {
    ja: 'TIFFの圧縮方式{compression}には対応していません',
    ko: 'TIFF 압축 방식 {compression}은(는) 지원하지 않습니다',
    zh: '不支持TIFF压缩方式{compression}',
  },
  'it is not a PNG file': {
    ja: 'PNGファイルではありません',
    ko: 'PNG 파일이 아닙니다',
    zh: '不是PNG文件',
  },
  'the PNG file has no header (IHDR)': {
    ja: 'PNGファイルにヘッダー（IHDR）がありません',
    ko: 'PNG 파일에 헤더(IHDR)가 없습니다',
    zh: 'PNG文件没有文件头（IHDR）',
  },
  "the PNG file's palette is missing": {
    ja: 'PNGファイルのパレットがありません',
    ko: 'PNG 파일의 팔레트가 없습니다',
    zh: 'PNG文件缺少调色板',
  },
  'the image data ends after {y} of {rows} rows': {
    ja: '画像データが{rows}行中{y}行で終わっています',
    ko: '이미지 데이터가 {rows}행 중 {y}행에서 끝납니다',
    zh: '图像数据在{rows}行中的{y}行之后结束',
  },
  'the PNG header is cut off': {
    ja: 'PNGのヘッダーが途中で切れています',
    ko: 'PNG 헤더가 잘려 있습니다',
    zh: 'PNG文件头不完整',
  },
  'PNG colour type {colour_type} with {bits}-bit samples is not valid': {
    ja: 'PNGのカラータイプ{colour_type}と{bits}ビットのサンプルの組合せは無効です',
    ko: 'PNG 색상 유형 {colour_type}과(와) {bits}비트 샘플의 조합은 유효하지 않습니다',
    zh: 'PNG颜色类型{colour_type}与{bits}位样本的组合无效',
  },
  'a row of the image has an unknown filter ({filter})': {
    ja: '画像の行に不明なフィルター（{filter}）があります',
    ko: '이미지의 한 행에 알 수 없는 필터({filter})가 있습니다',
    zh: '图像的某一行使用了未知的滤波器（{filter}）',
  },
  'the interlaced image data ends early': {
    ja: 'インターレース画像のデータが途中で終わっています',
    ko: '인터레이스 이미지 데이터가 중간에 끝납니다',
    zh: '隔行扫描图像数据提前结束',
  },
  'the JPEG image data could not be decoded ({error})': {
    ja: 'JPEGの画像データをデコードできませんでした（{error}）',
    ko: 'JPEG 이미지 데이터를 디코딩할 수 없습니다({error})',
    zh: '无法解码JPEG图像数据（{error}）',
  },
  'the JPEG image data is incomplete': {
    ja: 'JPEGの画像データが不完全です',
    ko: 'JPEG 이미지 데이터가 불완전합니다',
    zh: 'JPEG图像数据不完整',
  },
  'the JPEG file has no image frame': {
    ja: 'JPEGファイルに画像フレームがありません',
    ko: 'JPEG 파일에 이미지 프레임이 없습니다',
    zh: 'JPEG文件中没有图像帧',
  },
  'lossless, hierarchical and arithmetic-coded JPEG files are not supported': {
    ja: 'ロスレス、階層型及び算術符号化のJPEGファイルには対応していません',
    ko: '무손실, 계층형 및 산술 부호화 JPEG 파일은 지원하지 않습니다',
    zh: '不支持无损、分层和算术编码的JPEG文件',
  },
  'it is not a GIF file': {
    ja: 'GIFファイルではありません',
    ko: 'GIF 파일이 아닙니다',
    zh: '不是GIF文件',
  },
  'the GIF colour table is cut off': {
    ja: 'GIFのカラーテーブルが途中で切れています',
    ko: 'GIF 색상표가 잘려 있습니다',
    zh: 'GIF颜色表不完整',
  },
  'the GIF file has no image': {
    ja: 'GIFファイルに画像がありません',
    ko: 'GIF 파일에 이미지가 없습니다',
    zh: 'GIF文件中没有图像',
  },
  'the GIF image data has an invalid code size ({size})': {
    ja: 'GIFの画像データのコードサイズ（{size}）が無効です',
    ko: 'GIF 이미지 데이터의 코드 크기({size})가 유효하지 않습니다',
    zh: 'GIF图像数据的编码长度（{size}）无效',
  },
  'the GIF image data ends early': {
    ja: 'GIFの画像データが途中で終わっています',
    ko: 'GIF 이미지 데이터가 중간에 끝납니다',
    zh: 'GIF图像数据提前结束',
  },
  'the BMP header is cut off': {
    ja: 'BMPのヘッダーが途中で切れています',
    ko: 'BMP 헤더가 잘려 있습니다',
    zh: 'BMP文件头不完整',
  },
  'OS/2 bitmaps (BITMAPCOREHEADER) are not supported': {
    ja: 'OS/2ビットマップ（BITMAPCOREHEADER）には対応していません',
    ko: 'OS/2 비트맵(BITMAPCOREHEADER)은 지원하지 않습니다',
    zh: '不支持OS/2位图（BITMAPCOREHEADER）',
  },
  'the BMP image has no pixels': {
    ja: 'BMP画像にピクセルがありません',
    ko: 'BMP 이미지에 픽셀이 없습니다',
    zh: 'BMP图像没有像素',
  },
  'run-length-encoded BMP is not supported': {
    ja: 'ランレングス圧縮のBMPには対応していません',
    ko: '런렝스 인코딩 BMP는 지원하지 않습니다',
    zh: '不支持游程编码的BMP',
  },
  'BMP compression {compression} is not supported': {
    ja: 'BMPの圧縮方式{compression}には対応していません',
    ko: 'BMP 압축 방식 {compression}은(는) 지원하지 않습니다',
    zh: '不支持BMP压缩方式{compression}',
  },
  '{bits}-bit BMP is not supported': {
    ja: '{bits}ビットのBMPには対応していません',
    ko: '{bits}비트 BMP는 지원하지 않습니다',
    zh: '不支持{bits}位BMP',
  },
  'the BMP pixel data is cut off': {
    ja: 'BMPのピクセルデータが途中で切れています',
    ko: 'BMP 픽셀 데이터가 잘려 있습니다',
    zh: 'BMP像素数据不完整',
  },
  'Page {page} is a scan without a text layer among the text pages; its text could not be read without OCR, so it was not checked.':
    {
      ja: '{page}ページはテキスト層のないスキャン画像で、文字のページの間にあります。OCRなしでは読み取れないため、検査していません。',
      ko: '{page}페이지는 텍스트 계층이 없는 스캔 이미지로 글자 페이지 사이에 있습니다. OCR 없이는 읽을 수 없어 검사하지 않았습니다.',
      zh: '第{page}页是文字页之间没有文本层的扫描页；不经OCR无法读取其文字，因此未检查。',
    },
  '{count} pages ({pages}) are scans without a text layer among the text pages; their text could not be read without OCR, so it was not checked.':
    {
      ja: '{count}ページ（{pages}）はテキスト層のないスキャン画像で、文字のページの間にあります。OCRなしでは読み取れないため、検査していません。',
      ko: '{count}개 페이지({pages})는 텍스트 계층이 없는 스캔 이미지로 글자 페이지 사이에 있습니다. OCR 없이는 읽을 수 없어 검사하지 않았습니다.',
      zh: '{count}页（{pages}）是文字页之间没有文本层的扫描页；不经OCR无法读取其文字，因此未检查。',
    },
  "This PDF is a publication ({publication}), not a filing: its claims, description and abstract were checked; its page layout is the office's own and was not.":
    {
      ja: 'このPDFは出願書類ではなく公報（{publication}）です。請求項・明細書・要約は検査しましたが、ページのレイアウトは特許庁によるものなので検査していません。',
      ko: '이 PDF는 출원 서류가 아니라 공보({publication})입니다. 청구범위·명세서·요약은 검사했지만 페이지 레이아웃은 특허청이 만든 것이므로 검사하지 않았습니다.',
      zh: '此PDF是公布文本（{publication}），不是申请文件：已检查其权利要求、说明书和摘要；其版面由专利局排版，未检查。',
    },
  'The document is the national phase of an international application, so it was checked on that route: requirements that bind only direct national filings were not applied.':
    {
      ja: 'この文書は国際出願の国内段階であるため、その経路で検査しました。直接の国内出願にのみ適用される要件は適用していません。',
      ko: '이 문서는 국제출원의 국내단계이므로 그 경로로 검사했습니다. 직접 국내출원에만 적용되는 요건은 적용하지 않았습니다.',
      zh: '该文件是国际申请的国家阶段，因此按该途径检查：未适用仅约束直接国家申请的要求。',
    },
  'The filing date the document states, {date}, was used for the rules that apply from a date; give a filing date to check against another.':
    {
      ja: '文書に記載された出願日 {date} を、日付から適用される規則に使いました。別の日付で検査するには出願日を指定してください。',
      ko: '문서에 적힌 출원일 {date}을(를) 날짜부터 적용되는 규칙에 사용했습니다. 다른 날짜로 검사하려면 출원일을 지정하십시오.',
      zh: '已将文件所载的申请日 {date} 用于自某一日期起适用的规则；如需按其他日期检查，请指定申请日。',
    },
};
