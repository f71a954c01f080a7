// Translations of the description rules' messages (src/rules/description/), keyed by their English template (see index.js).

export default {
  'The abstract uses claim language ({phrases}); write it in plain narrative form.': {
    ja: '要約書に請求項特有の表現（{phrases}）が使われています。平易な説明文で記載してください。',
    ko: '요약서에 청구항식 표현({phrases})이 사용되었습니다. 평이한 서술문으로 작성하십시오.',
    zh: '说明书摘要使用了权利要求式用语（{phrases}）；请以平实的叙述方式撰写。',
  },
  'The abstract has {count} paragraphs; write it as a single paragraph.': {
    ja: '要約書が{count}段落に分かれています。1段落で記載してください。',
    ko: '요약서가 {count}개 단락으로 되어 있습니다. 하나의 단락으로 작성하십시오.',
    zh: '说明书摘要分为{count}段；请写成一段。',
  },
  'The abstract has {count} words; {office} allows at most {max} words. Shorten it.': {
    ja: '要約書が{count}語あります。{office}では{max}語以内とされています。短くしてください。',
    ko: '요약서가 {count}단어입니다. {office}에서는 최대 {max}단어까지 허용됩니다. 줄이십시오.',
    zh: '说明书摘要有{count}个单词；{office}规定不得超过{max}个单词。请删减。',
  },
  'The abstract has {count} words; {office} prefers at most {max} words. Shorten it.': {
    ja: '要約書が{count}語あります。{office}では{max}語以内が望ましいとされています。短くしてください。',
    ko: '요약서가 {count}단어입니다. {office}에서는 {max}단어 이하를 권장합니다. 줄이십시오.',
    zh: '说明书摘要有{count}个单词；{office}建议不超过{max}个单词。请删减。',
  },
  'The abstract has {count} characters; {office} allows at most {max} characters. Shorten it.': {
    ja: '要約書が{count}字あります。{office}では{max}字以内とされています。短くしてください。',
    ko: '요약서가 {count}자입니다. {office}에서는 최대 {max}자까지 허용됩니다. 줄이십시오.',
    zh: '说明书摘要有{count}个字；{office}规定不得超过{max}个字。请删减。',
  },
  "The abstract has {count} words; {office} is reported to allow at most {max} words (unconfirmed: the office's own text could not be read). Shorten it to be safe.":
    {
      ja: '要約書が{count}語あります。{office}の上限は{max}語と伝えられています（未確認：官庁自身の規定を確認できませんでした）。念のため短くしてください。',
      ko: '요약서가 {count}단어입니다. {office}의 상한은 {max}단어로 알려져 있습니다(미확인: 관청의 규정 원문을 확인하지 못했습니다). 안전을 위해 줄이십시오.',
      zh: '说明书摘要有{count}个词；据报道{office}的上限为{max}个词（未经核实：未能查阅该局的原文规定）。为稳妥起见请删减。',
    },
  "The abstract has {count} characters; {office} is reported to allow at most {max} characters (unconfirmed: the office's own text could not be read). Shorten it to be safe.":
    {
      ja: '要約書が{count}字あります。{office}の上限は{max}字と伝えられています（未確認：官庁自身の規定を確認できませんでした）。念のため短くしてください。',
      ko: '요약서가 {count}자입니다. {office}의 상한은 {max}자로 알려져 있습니다(미확인: 관청의 규정 원문을 확인하지 못했습니다). 안전을 위해 줄이십시오.',
      zh: '说明书摘要有{count}个字；据报道{office}的上限为{max}个字（未经核实：未能查阅该局的原文规定）。为稳妥起见请删减。',
    },
  // docx_not_strict.rs
  'The Word document is Transitional Office Open XML, Word\'s default; the EPO\'s definition of DOCX asks for the Strict variant. Save it as "Strict Open XML Document" before filing it at the EPO as DOCX, or file a PDF.':
    {
      ja: 'このWord文書はWordの既定であるTransitional形式のOffice Open XMLです。EPOのDOCXの定義はStrict形式を求めています。EPOにDOCXで出願する前に「Strict Open XML ドキュメント」として保存するか、PDFで出願してください。',
      ko: '이 Word 문서는 Word의 기본값인 Transitional 형식의 Office Open XML입니다. EPO의 DOCX 정의는 Strict 형식을 요구합니다. EPO에 DOCX로 출원하기 전에 "Strict Open XML 문서"로 저장하거나 PDF로 출원하십시오.',
      zh: '该Word文档为Word默认的Transitional格式Office Open XML；EPO对DOCX的定义要求Strict格式。以DOCX向EPO提交前，请另存为“Strict Open XML 文档”，或提交PDF。',
    },

  'The abstract has a reference sign without parentheses; write it as "({sign})".': {
    ja: '要約書に括弧で囲まれていない符号があります。「({sign})」と記載してください。',
    ko: '요약서에 괄호로 묶지 않은 도면부호가 있습니다. "({sign})" 형식으로 기재하십시오.',
    zh: '说明书摘要中有未加括号的附图标记；请写作“({sign})”。',
  },
  'The abstract names no selected figure; end it with 【選択図】 and the figure to publish with it, e.g. 【選択図】図１ (or 【選択図】なし if none suits).':
    {
      ja: '要約書に選択図が記載されていません。末尾に【選択図】と公報に掲載する図を記載してください（例：【選択図】図１。適当な図がなければ【選択図】なし）。',
      ko: '요약서에 선택도가 기재되어 있지 않습니다. 끝에 【選択図】와 공보에 게재할 도면을 기재하십시오(예: 【選択図】図１, 적당한 도면이 없으면 【選択図】なし).',
      zh: '说明书摘要未写明选择图；请在末尾写明【選択図】及随摘要公布的图，例如【選択図】図１（如无合适的图，写【選択図】なし）。',
    },
  'The abstract has {count} characters; {office} prefers at most {max} characters. Shorten it.': {
    ja: '要約書が{count}字あります。{office}では{max}字以内が望ましいとされています。短くしてください。',
    ko: '요약서가 {count}자입니다. {office}에서는 {max}자 이하를 권장합니다. 줄이십시오.',
    zh: '说明书摘要有{count}个字；{office}建议不超过{max}个字。请删减。',
  },
  'The title has {count} words; {office} allows at most {max}. Shorten it.': {
    ja: '発明の名称が{count}語あります。{office}では{max}語以内とされています。短くしてください。',
    ko: '발명의 명칭이 {count}단어입니다. {office}에서는 최대 {max}단어까지 허용됩니다. 줄이십시오.',
    zh: '发明名称有{count}个单词；{office}规定不得超过{max}个单词。请删减。',
  },
  'The title has {count} words; {office} prefers at most {max}. Shorten it.': {
    ja: '発明の名称が{count}語あります。{office}では{max}語以内が望ましいとされています。短くしてください。',
    ko: '발명의 명칭이 {count}단어입니다. {office}에서는 {max}단어 이하를 권장합니다. 줄이십시오.',
    zh: '发明名称有{count}个单词；{office}建议不超过{max}个单词。请删减。',
  },
  'The title has {count} characters; {office} allows at most {max}. Shorten it.': {
    ja: '発明の名称が{count}字あります。{office}では{max}字以内とされています。短くしてください。',
    ko: '발명의 명칭이 {count}자입니다. {office}에서는 최대 {max}자까지 허용됩니다. 줄이십시오.',
    zh: '发明名称有{count}个字；{office}规定不得超过{max}个字。请删减。',
  },
  'The title has {count} characters; {office} prefers at most {max}. Shorten it.': {
    ja: '発明の名称が{count}字あります。{office}では{max}字以内が望ましいとされています。短くしてください。',
    ko: '발명의 명칭이 {count}자입니다. {office}에서는 {max}자 이하를 권장합니다. 줄이십시오.',
    zh: '发明名称有{count}个字；{office}建议一般不超过{max}个字。请删减。',
  },
  'The title has {words}, which the USPTO deletes from titles.': {
    ja: '発明の名称に{words}が含まれています。USPTOはこれらの語を名称から削除します。',
    ko: '발명의 명칭에 {words}이(가) 포함되어 있습니다. USPTO는 명칭에서 이러한 단어를 삭제합니다.',
    zh: '发明名称中含有{words}，USPTO会从名称中删除这些词。',
  },
  'The title "{title}" is too general; name the technical subject.': {
    ja: '発明の名称「{title}」は一般的すぎます。技術的な主題を示してください。',
    ko: '발명의 명칭 "{title}"은(는) 너무 포괄적입니다. 기술적 대상을 나타내십시오.',
    zh: '发明名称“{title}”过于笼统；请写明技术主题。',
  },
  'The title contains {words}, which a title must not contain.': {
    ja: '発明の名称に{words}が含まれています。これらの語は名称に使用できません。',
    ko: '발명의 명칭에 {words}이(가) 포함되어 있습니다. 이러한 표현은 명칭에 사용할 수 없습니다.',
    zh: '发明名称中含有{words}，发明名称中不得使用此类用语。',
  },
  'The title "{title}" is too general; name the subject and its type.': {
    ja: '発明の名称「{title}」は一般的すぎます。主題とその類型を示してください。',
    ko: '발명의 명칭 "{title}"은(는) 너무 포괄적입니다. 대상과 그 유형을 나타내십시오.',
    zh: '发明名称“{title}”过于笼统；请写明主题及其类型。',
  },
  'The title contains {words}, vague or commercial wording that a title must not contain.': {
    ja: '発明の名称に{words}が含まれています。曖昧な語や商業的な語は名称に使用できません。',
    ko: '발명의 명칭에 {words}이(가) 포함되어 있습니다. 모호하거나 상업적인 표현은 명칭에 사용할 수 없습니다.',
    zh: '发明名称中含有{words}，属于含糊或商业性用语，发明名称中不得使用。',
  },
  'The title has half-width characters ({characters}); write them full-width in {heading}.': {
    ja: '発明の名称に半角文字（{characters}）があります。{heading}では全角で記載してください。',
    ko: '발명의 명칭에 반각 문자({characters})가 있습니다. {heading}에는 전각으로 기재하십시오.',
    zh: '发明名称中有半角字符（{characters}）；{heading}中请使用全角字符。',
  },
  "Reference sign ({sign}) in claim {claim} does not appear in the description ({file}); use the description's signs.":
    {
      ja: '請求項{claim}の符号（{sign}）が明細書（{file}）にありません。明細書の符号を使用してください。',
      ko: '청구항 {claim}의 도면부호({sign})가 발명의 설명({file})에 나오지 않습니다. 발명의 설명에 있는 도면부호를 사용하십시오.',
      zh: '权利要求{claim}中的附图标记（{sign}）未出现在说明书（{file}）中；请使用说明书中的附图标记。',
    },
  'The element "{name}" has reference numeral {numeral} here but {first_numeral} in paragraph {first}; if it is the same element, use one numeral.':
    {
      ja: '要素「{name}」の符号が、ここでは{numeral}、第{first}段落では{first_numeral}です。同じ要素であれば符号を一つにしてください。',
      ko: '구성요소 "{name}"의 도면부호가 여기서는 {numeral}, {first}번째 단락에서는 {first_numeral}입니다. 같은 구성요소라면 하나의 도면부호를 사용하십시오.',
      zh: '部件“{name}”在此处的附图标记为{numeral}，在第{first}段中为{first_numeral}；如为同一部件，请使用同一附图标记。',
    },
  'The element "{name}" has reference numeral {numeral} here but {first_numeral} earlier in this paragraph; if it is the same element, use one numeral.':
    {
      ja: '要素「{name}」の符号が、ここでは{numeral}、この段落の前の箇所では{first_numeral}です。同じ要素であれば符号を一つにしてください。',
      ko: '구성요소 "{name}"의 도면부호가 여기서는 {numeral}, 이 단락의 앞부분에서는 {first_numeral}입니다. 같은 구성요소라면 하나의 도면부호를 사용하십시오.',
      zh: '部件“{name}”在此处的附图标记为{numeral}，在本段前文中为{first_numeral}；如为同一部件，请使用同一附图标记。',
    },
  'Reference numeral {numeral} names "{name}" here but "{first_name}" in paragraph {first}; one numeral should name one element.':
    {
      ja: '符号{numeral}が、ここでは「{name}」を、第{first}段落では「{first_name}」を指しています。一つの符号は一つの要素を指すようにしてください。',
      ko: '도면부호 {numeral}이(가) 여기서는 "{name}"을(를), {first}번째 단락에서는 "{first_name}"을(를) 가리킵니다. 하나의 도면부호는 하나의 구성요소만 가리켜야 합니다.',
      zh: '附图标记{numeral}在此处指“{name}”，而在第{first}段中指“{first_name}”；一个附图标记应只对应一个部件。',
    },
  'Reference numeral {numeral} names "{name}" here but "{first_name}" earlier in this paragraph; one numeral should name one element.':
    {
      ja: '符号{numeral}が、ここでは「{name}」を、この段落の前の箇所では「{first_name}」を指しています。一つの符号は一つの要素を指すようにしてください。',
      ko: '도면부호 {numeral}이(가) 여기서는 "{name}"을(를), 이 단락의 앞부분에서는 "{first_name}"을(를) 가리킵니다. 하나의 도면부호는 하나의 구성요소만 가리켜야 합니다.',
      zh: '附图标记{numeral}在此处指“{name}”，而在本段前文中指“{first_name}”；一个附图标记应只对应一个部件。',
    },
  'The description refers to figures (FIG. {figure} here) but has no brief description of the drawings.': {
    ja: '明細書は図（ここでは図{figure}）に言及していますが、「図面の簡単な説明」がありません。',
    ko: '발명의 설명에서 도(여기서는 도 {figure})를 언급하고 있으나 도면의 간단한 설명이 없습니다.',
    zh: '说明书提及附图（此处为图{figure}），但没有附图说明。',
  },
  'FIG. {figure} is referred to here but not described in the brief description of the drawings.': {
    ja: 'ここで言及されている図{figure}が「図面の簡単な説明」に記載されていません。',
    ko: '여기서 언급된 도 {figure}이(가) 도면의 간단한 설명에 기재되어 있지 않습니다.',
    zh: '此处提及的图{figure}未在附图说明中说明。',
  },
  'The brief description of the drawings describes figures up to FIG. {last} but not FIG. {figure}.': {
    ja: '「図面の簡単な説明」は図{last}までを説明していますが、図{figure}の説明がありません。',
    ko: '도면의 간단한 설명이 도 {last}까지 설명하고 있으나 도 {figure}에 대한 설명이 없습니다.',
    zh: '附图说明描述至图{last}，但缺少图{figure}的说明。',
  },
  'The brief description of the drawings describes figures up to FIG. {last} but not FIGS. {figures}.': {
    ja: '「図面の簡単な説明」は図{last}までを説明していますが、図{figures}の説明がありません。',
    ko: '도면의 간단한 설명이 도 {last}까지 설명하고 있으나 도 {figures}에 대한 설명이 없습니다.',
    zh: '附图说明描述至图{last}，但缺少图{figures}的说明。',
  },
  "Paragraph number {label} is not in {office}'s form; write it as {number}.": {
    ja: '段落番号{label}は{office}の形式に合っていません。{number}と記載してください。',
    ko: '식별번호 {label}이(가) {office}의 형식에 맞지 않습니다. {number}(으)로 기재하십시오.',
    zh: '段落编号{label}不符合{office}的格式；请写作{number}。',
  },
  'The description has no paragraph numbers; {office} requires one before each paragraph, such as {example}.': {
    ja: '明細書に段落番号がありません。{office}では各段落の前に{example}のような段落番号が必要です。',
    ko: '발명의 설명에 식별번호가 없습니다. {office}에서는 각 단락 앞에 {example} 형식의 식별번호가 필요합니다.',
    zh: '说明书没有段落编号；{office}要求在每一段前标注段落编号，例如{example}。',
  },
  'This paragraph has no paragraph number; number every paragraph of the description, such as {example}.': {
    ja: 'この段落に段落番号がありません。明細書の各段落に{example}のような段落番号を付してください。',
    ko: '이 단락에 식별번호가 없습니다. 발명의 설명의 모든 단락에 {example} 형식의 식별번호를 붙이십시오.',
    zh: '该段没有段落编号；请为说明书的每一段标注段落编号，例如{example}。',
  },
  'Paragraph number {number} repeats or goes back; {expected} was expected.': {
    ja: '段落番号{number}が重複しているか、前の番号に戻っています。ここは{expected}のはずです。',
    ko: '식별번호 {number}이(가) 중복되거나 앞 번호로 되돌아갑니다. 여기에는 {expected}이(가) 와야 합니다.',
    zh: '段落编号{number}重复或倒退；此处应为{expected}。',
  },
  'Paragraph numbering starts at {number}; it should start at 1.': {
    ja: '段落番号が{number}から始まっています。1から始めてください。',
    ko: '식별번호가 {number}부터 시작합니다. 1부터 시작해야 합니다.',
    zh: '段落编号从{number}开始；应从1开始。',
  },
  'Paragraph number {number} follows {previous}; {missing} is missing.': {
    ja: '段落番号{number}が{previous}の次にあります。{missing}が抜けています。',
    ko: '식별번호 {number}이(가) {previous} 다음에 있습니다. {missing}이(가) 누락되었습니다.',
    zh: '段落编号{number}紧接在{previous}之后；缺少{missing}。',
  },
  'Paragraph number {number} follows {previous}; {first} and {last} are missing.': {
    ja: '段落番号{number}が{previous}の次にあります。{first}及び{last}が抜けています。',
    ko: '식별번호 {number}이(가) {previous} 다음에 있습니다. {first} 및 {last}이(가) 누락되었습니다.',
    zh: '段落编号{number}紧接在{previous}之后；缺少{first}和{last}。',
  },
  'Paragraph number {number} follows {previous}; {first} to {last} are missing.': {
    ja: '段落番号{number}が{previous}の次にあります。{first}～{last}が抜けています。',
    ko: '식별번호 {number}이(가) {previous} 다음에 있습니다. {first}부터 {last}까지가 누락되었습니다.',
    zh: '段落编号{number}紧接在{previous}之后；缺少{first}至{last}。',
  },
  'The description has no section headed {section}.': {
    ja: '明細書に{section}の見出しがありません。',
    ko: '발명의 설명에 {section} 표제가 없습니다.',
    zh: '说明书中没有标题为{section}的部分。',
  },
  'The description lacks the sections headed {sections}.': {
    ja: '明細書に{sections}の見出しがありません。',
    ko: '발명의 설명에 {sections} 표제가 없습니다.',
    zh: '说明书中缺少标题为{sections}的部分。',
  },
  'The {section} section comes after the {previous} section; {office} puts it before.': {
    ja: '{section}が{previous}の後にあります。{office}ではその前に記載します。',
    ko: '{section} 항목이 {previous} 항목 뒤에 있습니다. {office}에서는 그 앞에 기재합니다.',
    zh: '{section}部分位于{previous}部分之后；{office}要求将其置于该部分之前。',
  },
  '{heading} ({name})': {
    ja: '{heading}（{name}）',
    ko: '{heading}({name})',
    zh: '{heading}（{name}）',
  },
  'The page is {width} × {height} cm; {office} requires {sizes}.': {
    ja: 'ページの大きさが{width} × {height} cmです。{office}では{sizes}とされています。',
    ko: '페이지 크기가 {width} × {height} cm입니다. {office}에서는 {sizes} 용지를 요구합니다.',
    zh: '页面尺寸为{width} × {height} cm；{office}要求使用{sizes}。',
  },
  'A4 (21.0 × 29.7 cm)': {
    ja: 'A4（21.0 × 29.7 cm）',
    ko: 'A4(21.0 × 29.7 cm)',
    zh: 'A4（21.0 × 29.7 cm）',
  },
  'US Letter (21.6 × 27.9 cm)': {
    ja: 'USレター（21.6 × 27.9 cm）',
    ko: 'US 레터(21.6 × 27.9 cm)',
    zh: '美国信纸（21.6 × 27.9 cm）',
  },
  'Pages from here on are in landscape orientation; {office} requires portrait pages.': {
    ja: 'ここから後のページが横向きです。{office}では縦向きのページとされています。',
    ko: '여기서부터의 페이지가 가로 방향입니다. {office}에서는 세로 방향 페이지를 요구합니다.',
    zh: '自此处起的页面为横向；{office}要求纵向页面。',
  },
  "The page margins do not meet {office}'s limits: {margins}.": {
    ja: '余白が{office}の基準を満たしていません：{margins}。',
    ko: '여백이 {office}의 기준에 맞지 않습니다: {margins}.',
    zh: '页边距不符合{office}的要求：{margins}。',
  },
  'top margin {margin} cm (at least {min} cm)': {
    ja: '上余白{margin} cm（{min} cm以上が必要）',
    ko: '위쪽 여백 {margin} cm(최소 {min} cm)',
    zh: '上边距{margin} cm（应至少为{min} cm）',
  },
  'top margin {margin} cm (at most {max} cm)': {
    ja: '上余白{margin} cm（{max} cm以下が必要）',
    ko: '위쪽 여백 {margin} cm(최대 {max} cm)',
    zh: '上边距{margin} cm（应不超过{max} cm）',
  },
  'bottom margin {margin} cm (at least {min} cm)': {
    ja: '下余白{margin} cm（{min} cm以上が必要）',
    ko: '아래쪽 여백 {margin} cm(최소 {min} cm)',
    zh: '下边距{margin} cm（应至少为{min} cm）',
  },
  'bottom margin {margin} cm (at most {max} cm)': {
    ja: '下余白{margin} cm（{max} cm以下が必要）',
    ko: '아래쪽 여백 {margin} cm(최대 {max} cm)',
    zh: '下边距{margin} cm（应不超过{max} cm）',
  },
  'left margin {margin} cm (at least {min} cm)': {
    ja: '左余白{margin} cm（{min} cm以上が必要）',
    ko: '왼쪽 여백 {margin} cm(최소 {min} cm)',
    zh: '左边距{margin} cm（应至少为{min} cm）',
  },
  'left margin {margin} cm (at most {max} cm)': {
    ja: '左余白{margin} cm（{max} cm以下が必要）',
    ko: '왼쪽 여백 {margin} cm(최대 {max} cm)',
    zh: '左边距{margin} cm（应不超过{max} cm）',
  },
  'right margin {margin} cm (at least {min} cm)': {
    ja: '右余白{margin} cm（{min} cm以上が必要）',
    ko: '오른쪽 여백 {margin} cm(최소 {min} cm)',
    zh: '右边距{margin} cm（应至少为{min} cm）',
  },
  'right margin {margin} cm (at most {max} cm)': {
    ja: '右余白{margin} cm（{max} cm以下が必要）',
    ko: '오른쪽 여백 {margin} cm(최대 {max} cm)',
    zh: '右边距{margin} cm（应不超过{max} cm）',
  },
  'This paragraph has text in {size} pt; {office} requires {min}–{max} pt.': {
    ja: 'この段落の文字は{size}ポイントです。{office}では{min}～{max}ポイントとされています。',
    ko: '이 단락의 글자 크기는 {size}pt입니다. {office}에서는 {min}~{max}pt를 요구합니다.',
    zh: '该段文字为{size}磅；{office}要求{min}至{max}磅。',
  },
  '{count} paragraphs have text in a size outside the limits, the first of them here in {size} pt; {office} requires {min}–{max} pt.':
    {
      ja: '{count}段落の文字サイズが基準外です（最初の段落はここで、{size}ポイント）。{office}では{min}～{max}ポイントとされています。',
      ko: '{count}개 단락의 글자 크기가 기준을 벗어납니다(첫 단락은 여기이며 {size}pt). {office}에서는 {min}~{max}pt를 요구합니다.',
      zh: '有{count}段的字号不符合要求，第一段在此处，为{size}磅；{office}要求{min}至{max}磅。',
    },
  'This paragraph has text in {size} pt; {office} requires capital letters at least {cap} cm high (a font of about {min} pt or more).':
    {
      ja: 'この段落の文字は{size}ポイントです。{office}では大文字の高さが{cap} cm以上（おおむね{min}ポイント以上のフォント）必要です。',
      ko: '이 단락의 글자 크기는 {size}pt입니다. {office}에서는 대문자 높이가 {cap} cm 이상(약 {min}pt 이상의 글꼴)이어야 합니다.',
      zh: '该段文字为{size}磅；{office}要求大写字母高度至少为{cap} cm（约{min}磅或更大的字号）。',
    },
  '{count} paragraphs have text in a size outside the limits, the first of them here in {size} pt; {office} requires capital letters at least {cap} cm high (a font of about {min} pt or more).':
    {
      ja: '{count}段落の文字サイズが基準外です（最初の段落はここで、{size}ポイント）。{office}では大文字の高さが{cap} cm以上（おおむね{min}ポイント以上のフォント）必要です。',
      ko: '{count}개 단락의 글자 크기가 기준을 벗어납니다(첫 단락은 여기이며 {size}pt). {office}에서는 대문자 높이가 {cap} cm 이상(약 {min}pt 이상의 글꼴)이어야 합니다.',
      zh: '有{count}段的字号不符合要求，第一段在此处，为{size}磅；{office}要求大写字母高度至少为{cap} cm（约{min}磅或更大的字号）。',
    },
  'This paragraph is set at {spacing}-line spacing; {office} requires {min}- to {max}-line spacing.': {
    ja: 'この段落の行間は{spacing}行です。{office}では{min}～{max}行の行間とされています。',
    ko: '이 단락의 줄 간격은 {spacing}줄입니다. {office}에서는 {min}~{max}줄 간격을 요구합니다.',
    zh: '该段行距为{spacing}倍；{office}要求行距为{min}至{max}倍。',
  },
  '{count} paragraphs are set at a line spacing outside the limits, the first of them here at {spacing}-line spacing; {office} requires {min}- to {max}-line spacing.':
    {
      ja: '{count}段落の行間が基準外です（最初の段落はここで、{spacing}行）。{office}では{min}～{max}行の行間とされています。',
      ko: '{count}개 단락의 줄 간격이 기준을 벗어납니다(첫 단락은 여기이며 {spacing}줄). {office}에서는 {min}~{max}줄 간격을 요구합니다.',
      zh: '有{count}段的行距不符合要求，第一段在此处，为{spacing}倍；{office}要求行距为{min}至{max}倍。',
    },
  'This paragraph is set at {spacing}-line spacing; {office} requires at least {min}-line spacing.': {
    ja: 'この段落の行間は{spacing}行です。{office}では{min}行以上の行間が必要です。',
    ko: '이 단락의 줄 간격은 {spacing}줄입니다. {office}에서는 {min}줄 이상의 줄 간격이 필요합니다.',
    zh: '该段行距为{spacing}倍；{office}要求行距至少为{min}倍。',
  },
  '{count} paragraphs are set at a line spacing outside the limits, the first of them here at {spacing}-line spacing; {office} requires at least {min}-line spacing.':
    {
      ja: '{count}段落の行間が基準外です（最初の段落はここで、{spacing}行）。{office}では{min}行以上の行間が必要です。',
      ko: '{count}개 단락의 줄 간격이 기준을 벗어납니다(첫 단락은 여기이며 {spacing}줄). {office}에서는 {min}줄 이상의 줄 간격이 필요합니다.',
      zh: '有{count}段的行距不符合要求，第一段在此处，为{spacing}倍；{office}要求行距至少为{min}倍。',
    },
  'The document contains {what}; accept or reject every tracked change before filing.': {
    ja: '文書に{what}が含まれています。提出前にすべての変更履歴を承諾するか元に戻してください。',
    ko: '문서에 다음이 포함되어 있습니다: {what}. 제출 전에 모든 변경 내용을 적용하거나 거부하십시오.',
    zh: '文档中含有{what}；提交前请接受或拒绝所有修订。',
  },
  'The document contains {what}; delete the comments before filing.': {
    ja: '文書に{what}が含まれています。提出前にコメントを削除してください。',
    ko: '문서에 다음이 포함되어 있습니다: {what}. 제출 전에 메모를 삭제하십시오.',
    zh: '文档中含有{what}；提交前请删除批注。',
  },
  "The document contains an Equation.3 object: the USPTO supports it, but Word has not had the Equation Editor 3.0 that makes it since January 2018, so it can no longer be edited; rewrite the equation with Word's equation tools or MathType (Equation.DSMT4).":
    {
      ja: '文書にEquation.3オブジェクトが含まれています。USPTOはこれをサポートしていますが、これを作成する数式エディター3.0は2018年1月からWordにないため、もう編集できません。Wordの数式ツールまたはMathType（Equation.DSMT4）で数式を書き直してください。',
      ko: '문서에 Equation.3 개체가 포함되어 있습니다. USPTO는 이를 지원하지만, 이를 만드는 수식 편집기 3.0이 2018년 1월부터 Word에 없어 더 이상 편집할 수 없습니다. Word의 수식 도구 또는 MathType(Equation.DSMT4)으로 수식을 다시 작성하십시오.',
      zh: '文档中含有Equation.3对象：USPTO支持该对象，但生成它的公式编辑器3.0自2018年1月起已从Word中移除，因此无法再编辑；请用Word的公式工具或MathType（Equation.DSMT4）重写该公式。',
    },
  'The document contains an embedded {program} object, which is not among the OLE objects the USPTO supports (Visio.Drawing.11, Equation.DSMT4, ACD.ChemSketch.20, ChemDraw.Document.6.0, Equation.3); paste it as a picture or write it as text instead.':
    {
      ja: '文書に埋め込み{program}オブジェクトが含まれていますが、USPTOがサポートするOLEオブジェクト（Visio.Drawing.11、Equation.DSMT4、ACD.ChemSketch.20、ChemDraw.Document.6.0、Equation.3）ではありません。代わりに画像として貼り付けるか、テキストで記載してください。',
      ko: '문서에 포함된 {program} 개체가 있으나, USPTO가 지원하는 OLE 개체(Visio.Drawing.11, Equation.DSMT4, ACD.ChemSketch.20, ChemDraw.Document.6.0, Equation.3)가 아닙니다. 대신 그림으로 붙여 넣거나 텍스트로 작성하십시오.',
      zh: '文档中含有嵌入的{program}对象，它不属于USPTO支持的OLE对象（Visio.Drawing.11、Equation.DSMT4、ACD.ChemSketch.20、ChemDraw.Document.6.0、Equation.3）；请改为以图片形式粘贴或用文字表述。',
    },
  "The text is set in {font} ({runs} runs), which practitioners report is not on the EPO's list of fonts for DOCX filing (Aptos is Word's default since 2023); set it in another font before filing the DOCX at the EPO.":
    {
      ja: '本文は{font}（{runs}ラン）で組まれていますが、実務家の報告によればこのフォントはEPOのDOCX出願用フォント一覧にありません（Aptosは2023年からのWordの既定フォント）。EPOにDOCXで出願する前に別のフォントにしてください。',
      ko: '본문이 {font}({runs}개 런)로 설정되어 있으나, 실무자들에 따르면 이 글꼴은 EPO의 DOCX 출원용 글꼴 목록에 없습니다(Aptos는 2023년부터 Word의 기본 글꼴). EPO에 DOCX로 출원하기 전에 다른 글꼴로 바꾸십시오.',
      zh: '正文使用{font}（{runs}个文字块），据从业者报告该字体不在EPO的DOCX申请字体清单中（Aptos是Word自2023年起的默认字体）；以DOCX向EPO提交前请改用其他字体。',
    },
  "The text is set in {font} ({runs} runs; styles {styles}), which practitioners report is not on the EPO's list of fonts for DOCX filing (Aptos is Word's default since 2023); set it in another font before filing the DOCX at the EPO.":
    {
      ja: '本文は{font}（{runs}ラン、スタイル{styles}）で組まれていますが、実務家の報告によればこのフォントはEPOのDOCX出願用フォント一覧にありません（Aptosは2023年からのWordの既定フォント）。EPOにDOCXで出願する前に別のフォントにしてください。',
      ko: '본문이 {font}({runs}개 런, 스타일 {styles})로 설정되어 있으나, 실무자들에 따르면 이 글꼴은 EPO의 DOCX 출원용 글꼴 목록에 없습니다(Aptos는 2023년부터 Word의 기본 글꼴). EPO에 DOCX로 출원하기 전에 다른 글꼴로 바꾸십시오.',
      zh: '正文使用{font}（{runs}个文字块；样式{styles}），据从业者报告该字体不在EPO的DOCX申请字体清单中（Aptos是Word自2023年起的默认字体）；以DOCX向EPO提交前请改用其他字体。',
    },
  'The Word package is macro-enabled (it holds macros, as a .docm does); save it as a plain Word Document (.docx) before filing.':
    {
      ja: 'Wordパッケージはマクロ有効です（.docmのようにマクロを含みます）。出願前に通常のWord文書（.docx）として保存してください。',
      ko: 'Word 패키지가 매크로 사용 형식입니다(.docm처럼 매크로를 포함). 출원 전에 일반 Word 문서(.docx)로 저장하십시오.',
      zh: '该Word包启用了宏（像.docm一样含有宏）；提交前请另存为普通Word文档（.docx）。',
    },
  'The document contains {what}; paste it as a picture or write it as text instead.': {
    ja: '文書に{what}が含まれています。代わりに画像として貼り付けるか、テキストで記載してください。',
    ko: '문서에 다음이 포함되어 있습니다: {what}. 대신 그림으로 붙여 넣거나 텍스트로 작성하십시오.',
    zh: '文档中含有{what}；请改为以图片形式粘贴或用文字表述。',
  },
  'The document contains {what}; put its text in ordinary paragraphs.': {
    ja: '文書に{what}が含まれています。その文章は通常の段落に記載してください。',
    ko: '문서에 다음이 포함되어 있습니다: {what}. 그 텍스트를 일반 단락에 작성하십시오.',
    zh: '文档中含有{what}；请将其中的文字放入普通段落。',
  },
  'The document contains {more} more; only the first {listed} are listed.': {
    ja: '文書にはほかに{more}件あります。最初の{listed}件のみを表示しています。',
    ko: '문서에 {more}건이 더 있습니다. 처음 {listed}건만 표시합니다.',
    zh: '文档中还有{more}处；仅列出前{listed}处。',
  },
  'The text is set in {columns} columns; a specification is one column of text.': {
    ja: '本文が{columns}段組みになっています。明細書は1段組みで作成してください。',
    ko: '본문이 {columns}단으로 설정되어 있습니다. 명세서는 1단으로 작성하십시오.',
    zh: '正文设置为{columns}栏；说明书应为单栏文字。',
  },
  'a tracked insertion': {
    ja: '変更履歴（挿入）',
    ko: '변경 내용 추적(삽입)',
    zh: '修订（插入）',
  },
  'a tracked insertion by {author}': {
    ja: '{author}による変更履歴（挿入）',
    ko: '{author}의 변경 내용 추적(삽입)',
    zh: '{author}的修订（插入）',
  },
  'a tracked deletion': {
    ja: '変更履歴（削除）',
    ko: '변경 내용 추적(삭제)',
    zh: '修订（删除）',
  },
  'a tracked deletion by {author}': {
    ja: '{author}による変更履歴（削除）',
    ko: '{author}의 변경 내용 추적(삭제)',
    zh: '{author}的修订（删除）',
  },
  'a tracked move': {
    ja: '変更履歴（移動）',
    ko: '변경 내용 추적(이동)',
    zh: '修订（移动）',
  },
  'a tracked move by {author}': {
    ja: '{author}による変更履歴（移動）',
    ko: '{author}의 변경 내용 추적(이동)',
    zh: '{author}的修订（移动）',
  },
  'a tracked formatting change': {
    ja: '変更履歴（書式の変更）',
    ko: '변경 내용 추적(서식 변경)',
    zh: '修订（格式更改）',
  },
  'a tracked formatting change by {author}': {
    ja: '{author}による変更履歴（書式の変更）',
    ko: '{author}의 변경 내용 추적(서식 변경)',
    zh: '{author}的修订（格式更改）',
  },
  'a comment': {
    ja: 'コメント',
    ko: '메모',
    zh: '批注',
  },
  'a comment (in the comments part)': {
    ja: 'コメント（コメントパート内）',
    ko: '메모(메모 파트 내)',
    zh: '批注（位于批注部件中）',
  },
  'an embedded object (OLE)': {
    ja: '埋め込みオブジェクト（OLE）',
    ko: '삽입된 개체(OLE)',
    zh: '嵌入对象（OLE）',
  },
  'a chart': {
    ja: 'グラフ',
    ko: '차트',
    zh: '图表',
  },
  'a text box': {
    ja: 'テキストボックス',
    ko: '텍스트 상자',
    zh: '文本框',
  },
  'a SmartArt diagram': {
    ja: 'SmartArtグラフィック',
    ko: 'SmartArt 그래픽',
    zh: 'SmartArt图形',
  },
  'imported content (altChunk)': {
    ja: 'インポートされたコンテンツ（altChunk）',
    ko: '가져온 콘텐츠(altChunk)',
    zh: '导入的内容（altChunk）',
  },
  'a frame': {
    ja: 'フレーム',
    ko: '프레임',
    zh: '图文框',
  },
  'title of the invention': {
    ja: '「発明の名称」',
    ko: '"발명의 명칭"',
    zh: '“发明名称”',
  },
  'cross-reference to related applications': {
    ja: '「関連出願の相互参照」',
    ko: '"관련 출원의 상호 참조"',
    zh: '“相关申请的交叉引用”',
  },
  'statement on federally sponsored research': {
    ja: '「連邦政府の資金による研究に関する記載」',
    ko: '"연방정부 지원 연구에 관한 진술"',
    zh: '“关于联邦资助研究的声明”',
  },
  'parties to a joint research agreement': {
    ja: '「共同研究契約の当事者」',
    ko: '"공동연구계약의 당사자"',
    zh: '“联合研究协议的各方”',
  },
  'incorporation by reference of a sequence listing': {
    ja: '「配列表の参照による援用」',
    ko: '"서열목록의 참조에 의한 포함"',
    zh: '“以引用方式并入序列表”',
  },
  'statement on prior disclosures': {
    ja: '「先の開示に関する記載」',
    ko: '"선행 공개에 관한 진술"',
    zh: '“关于在先公开的声明”',
  },
  'technical field': {
    ja: '「技術分野」',
    ko: '"기술분야"',
    zh: '“技术领域”',
  },
  'background art': {
    ja: '「背景技術」',
    ko: '"배경기술"',
    zh: '“背景技术”',
  },
  'citation list': {
    ja: '「先行技術文献」',
    ko: '"선행기술문헌"',
    zh: '“现有技术文献”',
  },
  'summary (disclosure of the invention)': {
    ja: '「発明の概要」',
    ko: '"발명의 내용"',
    zh: '“发明内容”',
  },
  'technical problem': {
    ja: '「発明が解決しようとする課題」',
    ko: '"해결하려는 과제"',
    zh: '“要解决的技术问题”',
  },
  'solution to the problem': {
    ja: '「課題を解決するための手段」',
    ko: '"과제의 해결 수단"',
    zh: '“技术方案”',
  },
  'advantageous effects': {
    ja: '「発明の効果」',
    ko: '"발명의 효과"',
    zh: '“有益效果”',
  },
  'brief description of the drawings': {
    ja: '「図面の簡単な説明」',
    ko: '"도면의 간단한 설명"',
    zh: '“附图说明”',
  },
  'detailed description (embodiments)': {
    ja: '「発明を実施するための形態」',
    ko: '"발명을 실시하기 위한 구체적인 내용"',
    zh: '“具体实施方式”',
  },
  examples: {
    ja: '「実施例」',
    ko: '"실시예"',
    zh: '“实施例”',
  },
  'industrial applicability': {
    ja: '「産業上の利用可能性」',
    ko: '"산업상 이용가능성"',
    zh: '“工业实用性”',
  },
  'list of reference signs': {
    ja: '「符号の説明」',
    ko: '"부호의 설명"',
    zh: '“附图标记说明”',
  },
  'deposit of biological material': {
    ja: '「生物学的材料の寄託」',
    ko: '"생물학적 물질의 기탁"',
    zh: '“生物材料保藏”',
  },
  'sequence listing free text': {
    ja: '「配列表フリーテキスト」',
    ko: '"서열목록 자유텍스트"',
    zh: '“序列表自由内容”',
  },
  'sequence listing': {
    ja: '「配列表」',
    ko: '"서열목록"',
    zh: '“序列表”',
  },
  'other section': {
    ja: 'その他の項目',
    ko: '기타 항목',
    zh: '其他部分',
  },
  claims: {
    ja: '「特許請求の範囲」',
    ko: '"청구범위"',
    zh: '“权利要求书”',
  },
  abstract: {
    ja: '「要約書」',
    ko: '"요약서"',
    zh: '“说明书摘要”',
  },
  'Page {page} is {width} × {height} cm; {office} requires {sizes}.': {
    ja: '{page}ページの大きさが{width} × {height} cmです。{office}では{sizes}とされています。',
    ko: '{page}페이지의 크기가 {width} × {height} cm입니다. {office}에서는 {sizes} 용지를 요구합니다.',
    zh: '第{page}页的尺寸为{width} × {height} cm；{office}要求使用{sizes}。',
  },
  '{count} pages, the first of them page {page}, are {width} × {height} cm; {office} requires {sizes}.': {
    ja: '{count}ページ（最初は{page}ページ）の大きさが{width} × {height} cmです。{office}では{sizes}とされています。',
    ko: '{count}개 페이지(첫 페이지는 {page}페이지)의 크기가 {width} × {height} cm입니다. {office}에서는 {sizes} 용지를 요구합니다.',
    zh: '共{count}页（第一页为第{page}页）的尺寸为{width} × {height} cm；{office}要求使用{sizes}。',
  },
  'The text of page {page} comes too near the edge for {office}: {margins}.': {
    ja: '{page}ページの文字が用紙の端に近すぎ、{office}の余白を満たしていません：{margins}。',
    ko: '{page}페이지의 글자가 용지 가장자리에 너무 가까워 {office}의 여백을 충족하지 않습니다: {margins}.',
    zh: '第{page}页的文字离纸边过近，不符合{office}的页边距要求：{margins}。',
  },
  'The text of page {page} and of {more} more pages comes too near the edge for {office}: {margins} on page {page}.': {
    ja: '{page}ページほか{more}ページの文字が用紙の端に近すぎ、{office}の余白を満たしていません：{page}ページでは{margins}。',
    ko: '{page}페이지 외 {more}개 페이지의 글자가 용지 가장자리에 너무 가까워 {office}의 여백을 충족하지 않습니다: {page}페이지에서 {margins}.',
    zh: '第{page}页及另外{more}页的文字离纸边过近，不符合{office}的页边距要求：第{page}页为{margins}。',
  },
  'The claims start on page {page}, below the end of the part before them; they must start on a new sheet.': {
    ja: '特許請求の範囲が{page}ページで前の書類の末尾に続けて始まっています。新しい用紙から始める必要があります。',
    ko: '청구범위가 {page}페이지에서 앞 부분의 끝에 이어서 시작됩니다. 새 용지에서 시작해야 합니다.',
    zh: '权利要求书在第{page}页紧接前一部分的末尾开始；应当另起一页。',
  },
  'The abstract starts on page {page}, below the end of the part before it; it must start on a new sheet.': {
    ja: '要約書が{page}ページで前の書類の末尾に続けて始まっています。新しい用紙から始める必要があります。',
    ko: '요약서가 {page}페이지에서 앞 부분의 끝에 이어서 시작됩니다. 새 용지에서 시작해야 합니다.',
    zh: '说明书摘要在第{page}页紧接前一部分的末尾开始；应当另起一页。',
  },
  'The description starts on page {page}, below the end of the part before it; it must start on a new sheet.': {
    ja: '明細書が{page}ページで前の書類の末尾に続けて始まっています。新しい用紙から始める必要があります。',
    ko: '명세서가 {page}페이지에서 앞 부분의 끝에 이어서 시작됩니다. 새 용지에서 시작해야 합니다.',
    zh: '说明书在第{page}页紧接前一部分的末尾开始；应当另起一页。',
  },
  'The text pages carry no page numbers; number them consecutively from 1, at the top or the bottom of each page.': {
    ja: '文字のページにページ番号がありません。各ページの上部または下部に1から連続した番号を付けてください。',
    ko: '글자 페이지에 페이지 번호가 없습니다. 각 페이지의 위쪽이나 아래쪽에 1부터 연속된 번호를 붙이십시오.',
    zh: '文字页没有页码；请在每页的顶部或底部从1开始连续编号。',
  },
  'Pages {pages} carry no page number; number every text page consecutively from 1.': {
    ja: '{pages}ページにページ番号がありません。文字のページすべてに1から連続した番号を付けてください。',
    ko: '{pages}페이지에 페이지 번호가 없습니다. 모든 글자 페이지에 1부터 연속된 번호를 붙이십시오.',
    zh: '第{pages}页没有页码；请对所有文字页从1开始连续编号。',
  },
  'The first text page is numbered {number}; number the pages from 1.': {
    ja: '最初の文字のページの番号が{number}です。1から番号を付けてください。',
    ko: '첫 글자 페이지의 번호가 {number}입니다. 1부터 번호를 붙이십시오.',
    zh: '第一页文字页的页码为{number}；请从1开始编号。',
  },
  'Page {page} is numbered {number}, not {expected}; number the pages consecutively.': {
    ja: '{page}ページの番号が{expected}ではなく{number}です。連続した番号を付けてください。',
    ko: '{page}페이지의 번호가 {expected}이(가) 아니라 {number}입니다. 연속된 번호를 붙이십시오.',
    zh: '第{page}页的页码为{number}而不是{expected}；请连续编号。',
  },
};
