// Translations of the messages of the drawing rules that read the text layer (sheet numbers, figure labels,
// reference signs, lettering: src/rules/drawings/), keyed by their English template (see index.js).

export default {
  'centred at the top': {
    ja: '上部中央',
    ko: '위쪽 가운데',
    zh: '顶部中央',
  },
  'centred at the top or the bottom': {
    ja: '上部又は下部の中央',
    ko: '위쪽 또는 아래쪽 가운데',
    zh: '顶部或底部中央',
  },
  'at the right end of the top margin': {
    ja: '上部余白の右端',
    ko: '위쪽 여백의 오른쪽 끝',
    zh: '上边距的右端',
  },
  'centred at the bottom': {
    ja: '下部中央',
    ko: '아래쪽 가운데',
    zh: '底部中央',
  },
  'sheet/total (1/3, 2/3, 3/3), centred at the top inside the sight': {
    ja: '上部中央の使用可能領域内に付す「用紙番号/総数」（1/3、2/3、3/3）',
    ko: '위쪽 가운데, 사용 가능 영역 안에 "용지 번호/총 매수"(1/3, 2/3, 3/3)',
    zh: '在顶部中央、可用区域内标注“页码/总页数”（1/3、2/3、3/3）',
  },
  'consecutive Arabic numerals, centred at the top but not in the top margin': {
    ja: '上部中央（上部余白を除く）に付す連続したアラビア数字',
    ko: '위쪽 가운데(위쪽 여백 제외)에 연속된 아라비아 숫자',
    zh: '在顶部中央（不得位于上边距内）标注连续的阿拉伯数字',
  },
  'sheet/total (1/3, 2/3, 3/3; a single sheet 1/1), centred at the top or bottom, not in the margin': {
    ja: '上部又は下部の中央（余白を除く）に付す「用紙番号/総数」（1/3、2/3、3/3。1枚のみのときは1/1）',
    ko: '위쪽 또는 아래쪽 가운데(여백 제외)에 "용지 번호/총 매수"(1/3, 2/3, 3/3, 용지가 1장뿐이면 1/1)',
    zh: '在顶部或底部中央（不得位于页边距内）标注“页码/总页数”（1/3、2/3、3/3；仅一页时为1/1）',
  },
  'page numbers at the right end of the top margin': {
    ja: '上部余白の右端に付すページ番号',
    ko: '위쪽 여백의 오른쪽 끝에 쪽 번호',
    zh: '在上边距的右端标注页码',
  },
  'page numbers centred at the bottom': {
    ja: '下部中央に付すページ番号',
    ko: '아래쪽 가운데에 쪽 번호',
    zh: '在底部中央标注页码',
  },
  'consecutive Arabic numerals centred at the bottom': {
    ja: '下部中央に付す連続したアラビア数字',
    ko: '아래쪽 가운데에 연속된 아라비아 숫자',
    zh: '在底部中央标注连续的阿拉伯数字',
  },
  'the USPTO labels views "FIG." and the number, with a capital letter for partial views (FIG. 1, FIG. 4A)': {
    ja: 'USPTOでは、図は「FIG.」と番号で表示し、部分図には大文字を付します（FIG. 1、FIG. 4A）',
    ko: 'USPTO에서는 각 도를 "FIG."와 번호로 표시하고, 부분도에는 대문자를 붙입니다(FIG. 1, FIG. 4A)',
    zh: 'USPTO要求以“FIG.”加编号标注各视图，局部视图加大写字母（FIG. 1、FIG. 4A）',
  },
  'the EPO labels figures "FIG" and the number whatever the language, with a capital letter for partial figures (FIG 1, FIG 7A)':
    {
      ja: 'EPOでは、言語を問わず図は「FIG」と番号で表示し、部分図には大文字を付します（FIG 1、FIG 7A）',
      ko: 'EPO에서는 언어와 관계없이 각 도를 "FIG"와 번호로 표시하고, 부분도에는 대문자를 붙입니다(FIG 1, FIG 7A)',
      zh: 'EPO要求无论使用何种语言均以“FIG”加编号标注各图，局部图加大写字母（FIG 1、FIG 7A）',
    },
  'PCT drawings label figures "Fig." and the number whatever the language, with a capital letter for partial figures (Fig. 1, Fig. 7B)':
    {
      ja: 'PCTの図面では、言語を問わず図は「Fig.」と番号で表示し、部分図には大文字を付します（Fig. 1、Fig. 7B）',
      ko: 'PCT 도면에서는 언어와 관계없이 각 도를 "Fig."와 번호로 표시하고, 부분도에는 대문자를 붙입니다(Fig. 1, Fig. 7B)',
      zh: 'PCT附图无论使用何种语言均以“Fig.”加编号标注各图，局部图加大写字母（Fig. 1、Fig. 7B）',
    },
  'the JPO labels figures 【図１】, in lenticular brackets, above each figure': {
    ja: '特許庁では、各図の上に隅付き括弧で【図１】のように表示します',
    ko: 'JPO에서는 각 도의 위에 【図１】과 같이 【】 괄호로 도 번호를 표시합니다',
    zh: 'JPO要求在各幅图的上方用方头括号标注【図１】',
  },
  'KIPO labels figures 【도 1】, in lenticular brackets': {
    ja: 'KIPOでは、図は【도 1】のように隅付き括弧で表示します',
    ko: '특허청에서는 각 도를 【도 1】과 같이 【】 괄호로 표시합니다',
    zh: 'KIPO要求用方头括号标注【도 1】',
  },
  'the CNIPA labels figures 图1, 图2 … directly below each figure': {
    ja: 'CNIPAでは、各図の直下に图1、图2…のように表示します',
    ko: 'CNIPA에서는 각 도의 바로 아래에 图1, 图2 …와 같이 표시합니다',
    zh: '国家知识产权局要求在各幅图的正下方标注图1、图2……',
  },
  'at least 0.32 cm (1/8 inch) high': {
    ja: '高さ0.32 cm（1/8インチ）以上',
    ko: '높이 0.32 cm(1/8인치) 이상',
    zh: '高度不小于0.32 cm（1/8英寸）',
  },
  'at least 0.32 cm high': {
    ja: '高さ0.32 cm以上',
    ko: '높이 0.32 cm 이상',
    zh: '高度不小于0.32 cm',
  },
  'about 5 mm square': {
    ja: '約5 mm角',
    ko: '약 5 mm 정사각형',
    zh: '约5 mm见方',
  },
  'Sheet {sheet} labels a figure "{label}"; {form}.': {
    ja: '{sheet}枚目の用紙の図番号「{label}」は所定の形式ではありません。{form}。',
    ko: '{sheet}번째 용지의 도 번호 "{label}"이(가) 정해진 형식이 아닙니다. {form}.',
    zh: '附图第{sheet}页的图号“{label}”不符合规定格式；{form}。',
  },
  'Sheet {sheet} labels "{label}", but the description ({description}) never mentions figure {figure}; the brief description of the drawings describes every figure.':
    {
      ja: '{sheet}枚目の用紙に「{label}」がありますが、明細書（{description}）には図{figure}への言及がありません。「図面の簡単な説明」にはすべての図を記載します。',
      ko: '{sheet}번째 용지에 "{label}"이(가) 있으나 발명의 설명({description})에는 도 {figure}에 대한 언급이 없습니다. 도면의 간단한 설명에는 모든 도를 설명해야 합니다.',
      zh: '附图第{sheet}页标有“{label}”，但说明书（{description}）从未提及图{figure}；附图说明应当对每一幅附图作出说明。',
    },
  'The description refers to FIG. {figure}, but no drawing sheet ({drawings}) labels a figure {figure}; the drawings label only figure {only}.':
    {
      ja: '明細書は図{figure}に言及していますが、図面（{drawings}）のどの用紙にも図{figure}の表示がありません。図面に表示されているのは図{only}のみです。',
      ko: '발명의 설명에서는 도 {figure}을(를) 언급하지만 도면({drawings})의 어느 용지에도 도 {figure} 표시가 없습니다. 도면에 표시된 것은 도 {only}뿐입니다.',
      zh: '说明书提及图{figure}，但附图（{drawings}）的各页均未标注图{figure}；附图中仅标注了图{only}。',
    },
  'The description refers to FIG. {figure}, but no drawing sheet ({drawings}) labels a figure {figure}; the drawings label figures {figures}.':
    {
      ja: '明細書は図{figure}に言及していますが、図面（{drawings}）のどの用紙にも図{figure}の表示がありません。図面に表示されているのは図{figures}です。',
      ko: '발명의 설명에서는 도 {figure}을(를) 언급하지만 도면({drawings})의 어느 용지에도 도 {figure} 표시가 없습니다. 도면에 표시된 것은 도 {figures}입니다.',
      zh: '说明书提及图{figure}，但附图（{drawings}）的各页均未标注图{figure}；附图中标注的是图{figures}。',
    },
  'The drawings label only figure {figure}, so figure {missing} is missing; figures are numbered consecutively from 1.':
    {
      ja: '図面に表示されているのは図{figure}のみであり、図{missing}が欠けています。図には1から連続して番号を付します。',
      ko: '도면에는 도 {figure}만 표시되어 있어 도 {missing}이(가) 빠져 있습니다. 도 번호는 1부터 연속하여 매깁니다.',
      zh: '附图仅标注了图{figure}，缺少图{missing}；各图应从1开始连续编号。',
    },
  'The drawings label only figure {figure}, so figures {missing} are missing; figures are numbered consecutively from 1.':
    {
      ja: '図面に表示されているのは図{figure}のみであり、図{missing}が欠けています。図には1から連続して番号を付します。',
      ko: '도면에는 도 {figure}만 표시되어 있어 도 {missing}이(가) 빠져 있습니다. 도 번호는 1부터 연속하여 매깁니다.',
      zh: '附图仅标注了图{figure}，缺少图{missing}；各图应从1开始连续编号。',
    },
  'The drawings label figures {figures}, so figure {missing} is missing; figures are numbered consecutively from 1.': {
    ja: '図面に表示されているのは図{figures}であり、図{missing}が欠けています。図には1から連続して番号を付します。',
    ko: '도면에는 도 {figures}이(가) 표시되어 있어 도 {missing}이(가) 빠져 있습니다. 도 번호는 1부터 연속하여 매깁니다.',
    zh: '附图标注了图{figures}，缺少图{missing}；各图应从1开始连续编号。',
  },
  'The drawings label figures {figures}, so figures {missing} are missing; figures are numbered consecutively from 1.':
    {
      ja: '図面に表示されているのは図{figures}であり、図{missing}が欠けています。図には1から連続して番号を付します。',
      ko: '도면에는 도 {figures}이(가) 표시되어 있어 도 {missing}이(가) 빠져 있습니다. 도 번호는 1부터 연속하여 매깁니다.',
      zh: '附图标注了图{figures}，缺少图{missing}；各图应从1开始连续编号。',
    },
  'Figure {figure} ("{label}") is labelled twice on sheet {sheet}; each figure has its own number.': {
    ja: '図{figure}（「{label}」）が{sheet}枚目の用紙に2回表示されています。図にはそれぞれ異なる番号を付します。',
    ko: '도 {figure}("{label}")이(가) {sheet}번째 용지에 두 번 표시되어 있습니다. 각 도에는 고유한 번호를 매깁니다.',
    zh: '图{figure}（“{label}”）在附图第{sheet}页中标注了两次；每幅图应有各自的编号。',
  },
  'Figure {figure} ("{label}") is labelled on sheet {first_sheet} and again on sheet {sheet}; each figure has its own number.':
    {
      ja: '図{figure}（「{label}」）が{first_sheet}枚目の用紙と{sheet}枚目の用紙の両方に表示されています。図にはそれぞれ異なる番号を付します。',
      ko: '도 {figure}("{label}")이(가) {first_sheet}번째 용지와 {sheet}번째 용지에 모두 표시되어 있습니다. 각 도에는 고유한 번호를 매깁니다.',
      zh: '图{figure}（“{label}”）在附图第{first_sheet}页和第{sheet}页中均有标注；每幅图应有各自的编号。',
    },
  'Sheet {sheet} shows a reference sign enclosed in brackets, inverted commas or a circle: "{sign}"; reference signs stand alone, without brackets, circles or inverted commas.':
    {
      ja: '{sheet}枚目の用紙に、括弧、引用符又は丸で囲まれた符号があります：「{sign}」。符号は括弧、丸又は引用符で囲まずに記載します。',
      ko: '{sheet}번째 용지에 괄호, 따옴표 또는 원으로 둘러싸인 도면부호가 있습니다: "{sign}". 도면부호는 괄호, 원 또는 따옴표로 둘러싸지 않고 적습니다.',
      zh: '附图第{sheet}页中有用括号、引号或圆圈括起的附图标记：“{sign}”；附图标记应单独标注，不得使用括号、圆圈或引号。',
    },
  'Sheet {sheet} shows reference signs enclosed in brackets, inverted commas or a circle: {signs}; reference signs stand alone, without brackets, circles or inverted commas.':
    {
      ja: '{sheet}枚目の用紙に、括弧、引用符又は丸で囲まれた符号があります：{signs}。符号は括弧、丸又は引用符で囲まずに記載します。',
      ko: '{sheet}번째 용지에 괄호, 따옴표 또는 원으로 둘러싸인 도면부호가 있습니다: {signs}. 도면부호는 괄호, 원 또는 따옴표로 둘러싸지 않고 적습니다.',
      zh: '附图第{sheet}页中有用括号、引号或圆圈括起的附图标记：{signs}；附图标记应单独标注，不得使用括号、圆圈或引号。',
    },
  'Reference sign "{sign}" on sheet {sheet} is mentioned neither in the description ({description}) nor in the claims; every sign in the drawings must be explained in the text.':
    {
      ja: '{sheet}枚目の用紙の符号「{sign}」は、明細書（{description}）にも特許請求の範囲にも記載されていません。図面の符号はすべて本文で説明しなければなりません。',
      ko: '{sheet}번째 용지의 도면부호 "{sign}"은(는) 발명의 설명({description})에도 청구범위에도 언급되어 있지 않습니다. 도면의 모든 도면부호는 본문에서 설명해야 합니다.',
      zh: '附图第{sheet}页的附图标记“{sign}”在说明书（{description}）和权利要求书中均未提及；附图中的每个附图标记都必须在文字部分中加以说明。',
    },
  'Reference sign "{sign}" on sheet {sheet} is not mentioned in the description ({description}); every sign in the drawings must be explained in the description.':
    {
      ja: '{sheet}枚目の用紙の符号「{sign}」は明細書（{description}）に記載されていません。図面の符号はすべて明細書で説明しなければなりません。',
      ko: '{sheet}번째 용지의 도면부호 "{sign}"은(는) 발명의 설명({description})에 언급되어 있지 않습니다. 도면의 모든 도면부호는 발명의 설명에서 설명해야 합니다.',
      zh: '附图第{sheet}页的附图标记“{sign}”在说明书（{description}）中未提及；附图中的每个附图标记都必须在说明书中加以说明。',
    },
  'The drawings hold one more reference sign the description does not mention; only the first {listed} are listed.': {
    ja: '図面には、明細書に記載のない符号がほかに1個あります。示しているのは最初の{listed}個のみです。',
    ko: '도면에 발명의 설명에서 언급하지 않은 도면부호가 1개 더 있습니다. 처음 {listed}개만 표시합니다.',
    zh: '附图中还有1个附图标记在说明书中未提及；仅列出前{listed}个。',
  },
  'The drawings hold {more} more reference signs the description does not mention; only the first {listed} are listed.':
    {
      ja: '図面には、明細書に記載のない符号がほかに{more}個あります。示しているのは最初の{listed}個のみです。',
      ko: '도면에 발명의 설명에서 언급하지 않은 도면부호가 {more}개 더 있습니다. 처음 {listed}개만 표시합니다.',
      zh: '附图中还有{more}个附图标记在说明书中未提及；仅列出前{listed}个。',
    },
  'Reference numeral {numeral} ({name}) is used in the description but appears in no drawing ({drawings}); add it to the figure that shows the {name} or correct the numeral.':
    {
      ja: '符号{numeral}（{name}）は明細書で使われていますが、図面（{drawings}）のどこにもありません。{name}を示す図に符号を加えるか、符号を訂正してください。',
      ko: '도면부호 {numeral}({name})은(는) 발명의 설명에 사용되었으나 도면({drawings}) 어디에도 없습니다. {name}을(를) 나타내는 도에 도면부호를 추가하거나 도면부호를 바로잡으십시오.',
      zh: '附图标记{numeral}（{name}）在说明书中使用，但未出现在任何附图（{drawings}）中；请在示出{name}的图中加注该附图标记，或更正该附图标记。',
    },
  'The description uses one more reference numeral that no drawing shows; only the first {listed} are listed.': {
    ja: '明細書には、どの図面にもない符号がほかに1個あります。示しているのは最初の{listed}個のみです。',
    ko: '발명의 설명에 어느 도면에도 없는 도면부호가 1개 더 있습니다. 처음 {listed}개만 표시합니다.',
    zh: '说明书中还有1个附图标记未出现在任何附图中；仅列出前{listed}个。',
  },
  'The description uses {more} more reference numerals that no drawing shows; only the first {listed} are listed.': {
    ja: '明細書には、どの図面にもない符号がほかに{more}個あります。示しているのは最初の{listed}個のみです。',
    ko: '발명의 설명에 어느 도면에도 없는 도면부호가 {more}개 더 있습니다. 처음 {listed}개만 표시합니다.',
    zh: '说明书中还有{more}个附图标记未出现在任何附图中；仅列出前{listed}个。',
  },
  'Sheet {sheet} states a scale, "{scale}"; drawings must not state a scale or "actual size" in words (a scale may be shown only as a drawn scale bar).':
    {
      ja: '{sheet}枚目の用紙に縮尺の記載「{scale}」があります。図面には縮尺や「原寸」を文字で記載してはなりません（縮尺は図示したスケールバーでのみ示すことができます）。',
      ko: '{sheet}번째 용지에 축척 표시 "{scale}"이(가) 있습니다. 도면에는 축척이나 "실물 크기"를 글로 적어서는 안 됩니다(축척은 그려 넣은 축척 막대로만 나타낼 수 있습니다).',
      zh: '附图第{sheet}页以文字标明了比例“{scale}”；附图不得用文字标明比例或“实际尺寸”（比例只能以绘制的比例尺表示）。',
    },
  'Sheet {sheet} is numbered "{written}", a lone number, but {office} writes sheet/total ({position}/{count}).': {
    ja: '{sheet}枚目の用紙の番号「{written}」は数字のみですが、{office}では「用紙番号/総数」の形式（{position}/{count}）で記載します。',
    ko: '{sheet}번째 용지의 번호 "{written}"은(는) 숫자 하나뿐이지만, {office}에서는 "용지 번호/총 매수" 형식({position}/{count})으로 적습니다.',
    zh: '附图第{sheet}页的页码为“{written}”，仅有一个数字，但{office}要求采用“页码/总页数”的形式（{position}/{count}）。',
  },
  'Sheet {sheet} is numbered "{written}", but it is sheet {position} of {count}; sheets are numbered consecutively from 1.':
    {
      ja: '{sheet}枚目の用紙の番号は「{written}」ですが、この用紙は全{count}枚中の{position}枚目です。用紙番号は1から連続して付します。',
      ko: '{sheet}번째 용지의 번호가 "{written}"(으)로 되어 있지만, 이 용지는 전체 {count}장 중 {position}번째입니다. 용지 번호는 1부터 연속하여 매깁니다.',
      zh: '附图第{sheet}页的页码为“{written}”，但该页是共{count}页中的第{position}页；各页应从1开始连续编号。',
    },
  'Sheet {sheet} is numbered "{written}", but the drawings have one sheet, not {total}.': {
    ja: '{sheet}枚目の用紙の番号は「{written}」ですが、図面は{total}枚ではなく1枚です。',
    ko: '{sheet}번째 용지의 번호가 "{written}"(으)로 되어 있지만, 도면은 {total}장이 아니라 1장입니다.',
    zh: '附图第{sheet}页的页码为“{written}”，但附图共1页，而非{total}页。',
  },
  'Sheet {sheet} is numbered "{written}", but the drawings have {count} sheets, not {total}.': {
    ja: '{sheet}枚目の用紙の番号は「{written}」ですが、図面は{total}枚ではなく{count}枚です。',
    ko: '{sheet}번째 용지의 번호가 "{written}"(으)로 되어 있지만, 도면은 {total}장이 아니라 {count}장입니다.',
    zh: '附图第{sheet}页的页码为“{written}”，但附图共{count}页，而非{total}页。',
  },
  'Sheet {sheet}\'s number "{written}" stands {place}; {office} puts sheet numbers {wanted}.': {
    ja: '{sheet}枚目の用紙の番号「{written}」は{place}にあります。{office}では、用紙番号は{wanted}に付します。',
    ko: '{sheet}번째 용지의 번호 "{written}"이(가) {place}에 있습니다. {office}에서는 용지 번호를 {wanted}에 표시합니다.',
    zh: '附图第{sheet}页的页码“{written}”位于{place}；{office}要求页码位于{wanted}。',
  },
  'Sheet {sheet}\'s number "{written}" stands {place}; {office} puts sheet numbers {wanted}, not in the margin.': {
    ja: '{sheet}枚目の用紙の番号「{written}」は{place}にあります。{office}では、用紙番号は余白ではなく{wanted}に付します。',
    ko: '{sheet}번째 용지의 번호 "{written}"이(가) {place}에 있습니다. {office}에서는 용지 번호를 여백이 아닌 {wanted}에 표시합니다.',
    zh: '附图第{sheet}页的页码“{written}”位于{place}；{office}要求页码位于{wanted}，且不得位于页边距内。',
  },
  'Sheet {sheet}\'s number "{written}" stands {place}, in the margin; {office} puts sheet numbers {wanted}, not in the margin.':
    {
      ja: '{sheet}枚目の用紙の番号「{written}」は{place}の余白内にあります。{office}では、用紙番号は余白ではなく{wanted}に付します。',
      ko: '{sheet}번째 용지의 번호 "{written}"이(가) {place}의 여백 안에 있습니다. {office}에서는 용지 번호를 여백이 아닌 {wanted}에 표시합니다.',
      zh: '附图第{sheet}页的页码“{written}”位于{place}的页边距内；{office}要求页码位于{wanted}，且不得位于页边距内。',
    },
  'at the top left': {
    ja: '左上',
    ko: '왼쪽 위',
    zh: '左上角',
  },
  'at the top centre': {
    ja: '上部中央',
    ko: '위쪽 가운데',
    zh: '顶部中央',
  },
  'at the top right': {
    ja: '右上',
    ko: '오른쪽 위',
    zh: '右上角',
  },
  'at the bottom left': {
    ja: '左下',
    ko: '왼쪽 아래',
    zh: '左下角',
  },
  'at the bottom centre': {
    ja: '下部中央',
    ko: '아래쪽 가운데',
    zh: '底部中央',
  },
  'at the bottom right': {
    ja: '右下',
    ko: '오른쪽 아래',
    zh: '右下角',
  },
  'at the left edge': {
    ja: '左端',
    ko: '왼쪽 가장자리',
    zh: '左侧边缘',
  },
  'in the middle of the sheet': {
    ja: '用紙の中央',
    ko: '용지 가운데',
    zh: '页面中部',
  },
  'at the right edge': {
    ja: '右端',
    ko: '오른쪽 가장자리',
    zh: '右侧边缘',
  },
  'Sheet {sheet} has no sheet number in its text; {office} numbers drawing sheets with {form}.': {
    ja: '{sheet}枚目の用紙のテキストに用紙番号がありません。{office}では、図面の用紙番号は{form}とします。',
    ko: '{sheet}번째 용지의 텍스트에 용지 번호가 없습니다. {office}에서는 도면 용지 번호를 다음과 같이 매깁니다: {form}.',
    zh: '附图第{sheet}页的文字中没有页码；{office}对附图各页的编号要求为：{form}。',
  },
  'Sheet {sheet} holds a single figure, labelled "{label}"; a single figure is not numbered and carries no "{word}" label.':
    {
      ja: '{sheet}枚目の用紙には図が1つしかなく、「{label}」と表示されています。図が1つだけのときは番号を付さず、「{word}」の表示もしません。',
      ko: '{sheet}번째 용지에는 도가 하나뿐인데 "{label}"(으)로 표시되어 있습니다. 도가 하나뿐이면 번호를 매기지 않고 "{word}" 표시도 하지 않습니다.',
      zh: '附图第{sheet}页仅有一幅图，却标注了“{label}”；仅有一幅图时不编号，也不标注“{word}”。',
    },
  '{text} ({height})': {
    ja: '{text}（{height}）',
    ko: '{text}({height})',
    zh: '{text}（{height}）',
  },
  '{count} more': {
    ja: 'その他{count}件',
    ko: '그 밖의 {count}건',
    zh: '另外{count}处',
  },
  'On sheet {sheet}, reference signs are smaller than {minimum}: {runs}; {office} asks for reference signs {stated}.': {
    ja: '{sheet}枚目の用紙に{minimum}未満の符号があります：{runs}。{office}では、符号の大きさは{stated}とされています。',
    ko: '{sheet}번째 용지에 {minimum} 미만인 도면부호가 있습니다: {runs}. {office}에서 요구하는 도면부호 크기는 {stated}입니다.',
    zh: '附图第{sheet}页中有小于{minimum}的附图标记：{runs}；{office}要求附图标记{stated}。',
  },
  'On sheet {sheet}, lettering is smaller than {minimum}: {runs}; numbers and letters in drawings must be {stated}.': {
    ja: '{sheet}枚目の用紙に{minimum}未満の文字があります：{runs}。図面中の数字及び文字は{stated}でなければなりません。',
    ko: '{sheet}번째 용지에 {minimum} 미만인 문자가 있습니다: {runs}. 도면의 숫자와 문자는 {stated}이어야 합니다.',
    zh: '附图第{sheet}页中有小于{minimum}的文字：{runs}；附图中的数字和字母要求{stated}。',
  },
};
