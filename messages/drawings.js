// Translations of the drawing rules' messages (src/rules/drawings/), keyed by their English template (see index.js).

export default {
  // Paper sizes (law.rs).
  'A4 (210 × 297 mm)': {
    ja: 'A4（210 × 297 mm）',
    ko: 'A4(210 × 297 mm)',
    zh: 'A4（210 × 297 mm）',
  },
  'US letter (216 × 279 mm)': {
    ja: 'USレター（216 × 279 mm）',
    ko: 'US 레터(216 × 279 mm)',
    zh: '美国信纸（216 × 279 mm）',
  },

  // drawings/colour-content
  'Sheet {sheet} is in colour; {reason}.': {
    ja: '{sheet}枚目の用紙がカラーです。{reason}。',
    ko: '{sheet}번째 용지가 컬러입니다. {reason}.',
    zh: '附图第{sheet}页为彩色；{reason}。',
  },
  'Sheets {sheets} are in colour; {reason}.': {
    ja: '{sheets}枚目の用紙がカラーです。{reason}。',
    ko: '{sheets}번째 용지가 컬러입니다. {reason}.',
    zh: '附图第{sheets}页为彩色；{reason}。',
  },
  'the USPTO accepts colour drawings only on a granted petition (37 CFR 1.17(h) fee, and the colour paragraph at the start of the brief description of the drawings)':
    {
      ja: 'USPTOはカラー図面を請願（petition）が認められた場合にのみ受け付けます（37 CFR 1.17(h)の手数料、及び「図面の簡単な説明」の冒頭にカラー図面に関する段落が必要です）',
      ko: 'USPTO는 청원(petition)이 승인된 경우에만 컬러 도면을 인정합니다(37 CFR 1.17(h) 수수료 및 도면의 간단한 설명 첫머리에 컬러 도면에 관한 문단 필요)',
      zh: 'USPTO仅在请愿（petition）获批准后才接受彩色附图（须缴纳37 CFR 1.17(h)规定的费用，并在附图说明开头加入关于彩色附图的段落）',
    },
  'the EPO publishes drawings in black and white, so details shown only in colour are lost': {
    ja: 'EPOは図面を白黒で公開するため、カラーでしか示されていない細部は失われます',
    ko: 'EPO는 도면을 흑백으로 공개하므로 컬러로만 표시된 세부 사항은 사라집니다',
    zh: 'EPO以黑白形式公布附图，仅以彩色显示的细节将会丢失',
  },
  'drawings must be black and white, without colourings': {
    ja: '図面は着色せず白黒で作成しなければなりません',
    ko: '도면은 채색 없이 흑백이어야 합니다',
    zh: '附图应为黑白，不得着色',
  },

  // drawings/font-not-embedded
  'The font {font} (first on sheet {sheet}) is not embedded in the PDF; all fonts must be embedded, the standard ones included: export the drawings with it embedded.':
    {
      ja: 'フォント{font}（{sheet}枚目の用紙で初出）がPDFに埋め込まれていません。標準フォントを含むすべてのフォントを埋め込む必要があります。このフォントを埋め込んで図面を書き出してください。',
      ko: '글꼴 {font}({sheet}번째 용지에서 처음 사용)이(가) PDF에 임베드되어 있지 않습니다. 표준 글꼴을 포함한 모든 글꼴을 임베드해야 합니다. 이 글꼴을 임베드하여 도면을 다시 내보내십시오.',
      zh: '字体{font}（首次出现于附图第{sheet}页）未嵌入PDF；所有字体（包括标准字体）均须嵌入：请在导出附图时嵌入该字体。',
    },
  'The font {font} (first on sheet {sheet}) is not embedded in the PDF; all fonts but the 14 standard PDF fonts must be embedded: export the drawings with it embedded.':
    {
      ja: 'フォント{font}（{sheet}枚目の用紙で初出）がPDFに埋め込まれていません。PDFの標準14フォント以外のすべてのフォントを埋め込む必要があります。このフォントを埋め込んで図面を書き出してください。',
      ko: '글꼴 {font}({sheet}번째 용지에서 처음 사용)이(가) PDF에 임베드되어 있지 않습니다. PDF 표준 글꼴 14종을 제외한 모든 글꼴을 임베드해야 합니다. 이 글꼴을 임베드하여 도면을 다시 내보내십시오.',
      zh: '字体{font}（首次出现于附图第{sheet}页）未嵌入PDF；除14种PDF标准字体外，所有字体均须嵌入：请在导出附图时嵌入该字体。',
    },
  'The fonts {fonts} are not embedded in the PDF; all fonts must be embedded, the standard ones included: export the drawings with them embedded.':
    {
      ja: 'フォント{fonts}がPDFに埋め込まれていません。標準フォントを含むすべてのフォントを埋め込む必要があります。これらのフォントを埋め込んで図面を書き出してください。',
      ko: '글꼴 {fonts}이(가) PDF에 임베드되어 있지 않습니다. 표준 글꼴을 포함한 모든 글꼴을 임베드해야 합니다. 해당 글꼴을 임베드하여 도면을 다시 내보내십시오.',
      zh: '字体{fonts}未嵌入PDF；所有字体（包括标准字体）均须嵌入：请在导出附图时嵌入这些字体。',
    },
  'The fonts {fonts} are not embedded in the PDF; all fonts but the 14 standard PDF fonts must be embedded: export the drawings with them embedded.':
    {
      ja: 'フォント{fonts}がPDFに埋め込まれていません。PDFの標準14フォント以外のすべてのフォントを埋め込む必要があります。これらのフォントを埋め込んで図面を書き出してください。',
      ko: '글꼴 {fonts}이(가) PDF에 임베드되어 있지 않습니다. PDF 표준 글꼴 14종을 제외한 모든 글꼴을 임베드해야 합니다. 해당 글꼴을 임베드하여 도면을 다시 내보내십시오.',
      zh: '字体{fonts}未嵌入PDF；除14种PDF标准字体外，所有字体均须嵌入：请在导出附图时嵌入这些字体。',
    },
  '{font} (first on sheet {sheet})': {
    ja: '{font}（{sheet}枚目の用紙で初出）',
    ko: '{font}({sheet}번째 용지에서 처음 사용)',
    zh: '{font}（首次出现于附图第{sheet}页）',
  },

  // drawings/frame-present
  'Sheet {sheet} has a frame (a rectangle of {width} × {height}) drawn around the drawings; {reason}: remove it.': {
    ja: '{sheet}枚目の用紙に図を囲む枠（{width} × {height}の矩形）が描かれています。{reason}。枠を削除してください。',
    ko: '{sheet}번째 용지에 도면을 둘러싼 테두리({width} × {height} 사각형)가 그려져 있습니다. {reason}. 테두리를 삭제하십시오.',
    zh: '附图第{sheet}页绘有围绕附图的边框（{width} × {height}的矩形）；{reason}：请删除该边框。',
  },
  'Sheets {sheets} have a frame drawn around the drawings; {reason}: remove them.': {
    ja: '{sheets}枚目の用紙に図を囲む枠が描かれています。{reason}。枠を削除してください。',
    ko: '{sheets}번째 용지에 도면을 둘러싼 테두리가 그려져 있습니다. {reason}. 테두리를 삭제하십시오.',
    zh: '附图第{sheets}页绘有围绕附图的边框；{reason}：请删除这些边框。',
  },
  'frames around the drawings are not allowed': {
    ja: '図面を囲む枠は認められません',
    ko: '도면을 둘러싼 테두리는 허용되지 않습니다',
    zh: '附图周围不得设置边框',
  },
  'practitioners advise against frames at KIPO': {
    ja: 'KIPOに提出する図面には枠を設けないよう実務上推奨されています',
    ko: '실무상 특허청에 제출하는 도면에는 테두리를 두지 않도록 권장됩니다',
    zh: '实务中建议向KIPO提交的附图不设边框',
  },

  // drawings/greyscale-content
  'Sheet {sheet} holds grey tones (a photograph, greyscale rendering or grey fill); {reason}.': {
    ja: '{sheet}枚目の用紙に灰色の階調（写真、グレースケールの描画又は灰色の塗りつぶし）が含まれています。{reason}。',
    ko: '{sheet}번째 용지에 회색 톤(사진, 그레이스케일 렌더링 또는 회색 채우기)이 포함되어 있습니다. {reason}.',
    zh: '附图第{sheet}页含有灰度色调（照片、灰度渲染或灰色填充）；{reason}。',
  },
  'Sheets {sheets} hold grey tones (photographs, greyscale renderings or grey fills); {reason}.': {
    ja: '{sheets}枚目の用紙に灰色の階調（写真、グレースケールの描画又は灰色の塗りつぶし）が含まれています。{reason}。',
    ko: '{sheets}번째 용지에 회색 톤(사진, 그레이스케일 렌더링 또는 회색 채우기)이 포함되어 있습니다. {reason}.',
    zh: '附图第{sheets}页含有灰度色调（照片、灰度渲染或灰色填充）；{reason}。',
  },
  'the USPTO accepts photographs only where they are the only practicable medium for showing the invention, and grey shading may not reproduce':
    {
      ja: 'USPTOは写真が発明を示す唯一の実用的な手段である場合にのみ写真を受け付けます。また、灰色の濃淡は再現されないおそれがあります',
      ko: 'USPTO는 사진이 발명을 나타내는 유일한 실용적 수단인 경우에만 사진을 인정하며, 회색 음영은 재현되지 않을 수 있습니다',
      zh: 'USPTO仅在照片是展示发明的唯一可行方式时才接受照片，且灰色阴影可能无法再现',
    },
  'the EPO accepts photographs only where the subject cannot be drawn, and publishes drawings in black and white, so grey details may be lost':
    {
      ja: 'EPOは対象を図で表せない場合にのみ写真を受け付け、図面を白黒で公開するため、灰色の細部は失われるおそれがあります',
      ko: 'EPO는 대상을 도면으로 나타낼 수 없는 경우에만 사진을 인정하고 도면을 흑백으로 공개하므로, 회색 세부 사항이 사라질 수 있습니다',
      zh: 'EPO仅在对象无法绘制时才接受照片，并以黑白形式公布附图，灰色细节可能丢失',
    },
  'grey tones and photographs are exceptional under the PCT and may be lost when the application is published in black and white':
    {
      ja: 'PCTでは灰色の階調や写真は例外的にのみ認められ、出願が白黒で公開される際に失われるおそれがあります',
      ko: 'PCT에서 회색 톤과 사진은 예외적으로만 인정되며, 출원이 흑백으로 공개될 때 사라질 수 있습니다',
      zh: '在PCT下，灰度色调和照片仅属例外情形，申请以黑白形式公布时可能丢失',
    },
  'the JPO takes grey only in greyscale JPEG images of photographs in place of drawings (図面代用写真); draw line drawings in black and white':
    {
      ja: '特許庁が灰色を認めるのは図面代用写真のグレースケールJPEG画像のみです。線図は白黒で作成してください',
      ko: 'JPO는 도면 대용 사진(図面代用写真)의 그레이스케일 JPEG 이미지에서만 회색을 인정합니다. 선도는 흑백으로 그리십시오',
      zh: 'JPO仅在代替附图的照片（図面代用写真）的灰度JPEG图像中接受灰色；线条图应以黑白绘制',
    },
  'drawings are to be drawn in black lines; grey tones and photographs may be objected to': {
    ja: '図面は黒色の線で描く必要があり、灰色の階調や写真は指摘を受けるおそれがあります',
    ko: '도면은 검은 선으로 그려야 하며, 회색 톤과 사진은 보정요구를 받을 수 있습니다',
    zh: '附图应使用黑色线条绘制；灰度色调和照片可能被要求补正',
  },

  // drawings/image-format-not-accepted
  'The drawings are a {format} file; the JPO takes drawings in online filing only as images, one per figure: PNG, GIF or BMP in black and white, or greyscale JPEG for photographs.':
    {
      ja: '図面が{format}ファイルです。特許庁のオンライン出願では、図面は図ごとに1つの画像としてのみ受け付けられます（白黒のPNG、GIF若しくはBMP、又は写真用のグレースケールJPEG）。',
      ko: '도면이 {format} 파일입니다. JPO의 온라인 출원에서는 도면을 각 도마다 이미지 1개로만 받습니다(흑백 PNG, GIF 또는 BMP, 또는 사진용 그레이스케일 JPEG).',
      zh: '附图为{format}文件；JPO在线申请仅接受每幅图一个图像形式的附图：黑白PNG、GIF或BMP，或用于照片的灰度JPEG。',
    },
  "Sheet {sheet} is an animated GIF ({frames} frames); the JPO's filing software rejects animated images: save a single black-and-white image.":
    {
      ja: '{sheet}枚目の用紙はアニメーションGIF（{frames}フレーム）です。特許庁のインターネット出願ソフトはアニメーション画像を受け付けません。1枚の白黒画像として保存してください。',
      ko: '{sheet}번째 용지는 애니메이션 GIF({frames}프레임)입니다. JPO의 출원 소프트웨어는 애니메이션 이미지를 거부합니다. 단일 흑백 이미지로 저장하십시오.',
      zh: '附图第{sheet}页为动画GIF（{frames}帧）；JPO的申请软件拒收动画图像：请保存为单幅黑白图像。',
    },
  "Sheet {sheet} is a {format} image in {pixels}, not black and white (1 bit); the JPO's filing software converts it to black and white, which can lose fine lines and lettering: save it in black and white.":
    {
      ja: '{sheet}枚目の用紙は{pixels}の{format}画像で、白黒（1ビット）ではありません。特許庁のインターネット出願ソフトはこれを白黒に変換するため、細い線や文字が失われるおそれがあります。白黒で保存してください。',
      ko: '{sheet}번째 용지는 {pixels} {format} 이미지로, 흑백(1비트)이 아닙니다. JPO의 출원 소프트웨어가 이를 흑백으로 변환하므로 가는 선과 문자가 사라질 수 있습니다. 흑백으로 저장하십시오.',
      zh: '附图第{sheet}页为{pixels}的{format}图像，而非黑白（1位）；JPO的申请软件会将其转换为黑白，可能丢失细线和文字：请以黑白格式保存。',
    },
  "Sheet {sheet} is a BMP image in {pixels}, not black and white (1 bit); the JPO's filing software rejects it: save it as a black-and-white (monochrome) bitmap.":
    {
      ja: '{sheet}枚目の用紙は{pixels}のBMP画像で、白黒（1ビット）ではありません。特許庁のインターネット出願ソフトはこれを受け付けません。白黒（モノクロ）のビットマップとして保存してください。',
      ko: '{sheet}번째 용지는 {pixels} BMP 이미지로, 흑백(1비트)이 아닙니다. JPO의 출원 소프트웨어는 이를 거부합니다. 흑백(단색) 비트맵으로 저장하십시오.',
      zh: '附图第{sheet}页为{pixels}的BMP图像，而非黑白（1位）；JPO的申请软件拒收此类图像：请保存为黑白（单色）位图。',
    },
  'Sheet {sheet} is a JPEG image with {faults}; the JPO takes JPEG only in 8-bit greyscale, baseline, with a JFIF header.':
    {
      ja: '{sheet}枚目の用紙のJPEG画像は要件を満たしていません（{faults}）。特許庁が受け付けるJPEGは、8ビットグレースケール、ベースライン方式、JFIFヘッダー付きのものに限られます。',
      ko: '{sheet}번째 용지의 JPEG 이미지가 요건에 맞지 않습니다({faults}). JPO는 8비트 그레이스케일, 베이스라인 방식, JFIF 헤더가 있는 JPEG만 받습니다.',
      zh: '附图第{sheet}页的JPEG图像不符合要求（{faults}）；JPO仅接受8位灰度、基线格式且带JFIF头的JPEG。',
    },
  '{bits}-bit samples': {
    ja: '{bits}ビットのサンプル',
    ko: '{bits}비트 샘플',
    zh: '{bits}位采样',
  },
  'progressive encoding': {
    ja: 'プログレッシブ方式',
    ko: '프로그레시브 방식',
    zh: '渐进式编码',
  },
  'no JFIF header': {
    ja: 'JFIFヘッダーなし',
    ko: 'JFIF 헤더 없음',
    zh: '无JFIF头',
  },
  'black and white': {
    ja: '白黒',
    ko: '흑백',
    zh: '黑白',
  },
  greyscale: {
    ja: 'グレースケール',
    ko: '그레이스케일',
    zh: '灰度',
  },
  'palette colours': {
    ja: 'パレットカラー',
    ko: '팔레트 컬러',
    zh: '调色板颜色',
  },
  'RGB colour': {
    ja: 'RGBカラー',
    ko: 'RGB 컬러',
    zh: 'RGB彩色',
  },
  'CMYK colour': {
    ja: 'CMYKカラー',
    ko: 'CMYK 컬러',
    zh: 'CMYK彩色',
  },
  'an unusual colour mode': {
    ja: '特殊なカラーモード',
    ko: '특수한 색상 모드',
    zh: '非常规颜色模式',
  },
  'Sheet {sheet} is a TIFF page with {compression}; PCT electronic filing expects TIFF drawings in black and white, compressed with CCITT Group 4.':
    {
      ja: '{sheet}枚目の用紙は{compression}のTIFFページです。PCTの電子出願では、TIFFの図面は白黒でCCITT Group 4により圧縮されていることが求められます。',
      ko: '{sheet}번째 용지는 TIFF 페이지({compression})입니다. PCT 전자출원에서는 TIFF 도면이 흑백이고 CCITT Group 4로 압축되어 있어야 합니다.',
      zh: '附图第{sheet}页为TIFF页面（{compression}）；PCT电子申请要求TIFF附图为黑白并采用CCITT Group 4压缩。',
    },
  'Sheets {sheets} are TIFF pages with {compression}; PCT electronic filing expects TIFF drawings in black and white, compressed with CCITT Group 4.':
    {
      ja: '{sheets}枚目の用紙は{compression}のTIFFページです。PCTの電子出願では、TIFFの図面は白黒でCCITT Group 4により圧縮されていることが求められます。',
      ko: '{sheets}번째 용지는 TIFF 페이지({compression})입니다. PCT 전자출원에서는 TIFF 도면이 흑백이고 CCITT Group 4로 압축되어 있어야 합니다.',
      zh: '附图第{sheets}页为TIFF页面（{compression}）；PCT电子申请要求TIFF附图为黑白并采用CCITT Group 4压缩。',
    },
  'no compression': {
    ja: '非圧縮',
    ko: '비압축',
    zh: '无压缩',
  },
  'CCITT Group 3 compression': {
    ja: 'CCITT Group 3圧縮',
    ko: 'CCITT Group 3 압축',
    zh: 'CCITT Group 3压缩',
  },
  'CCITT Group 4 compression': {
    ja: 'CCITT Group 4圧縮',
    ko: 'CCITT Group 4 압축',
    zh: 'CCITT Group 4压缩',
  },
  'LZW compression': {
    ja: 'LZW圧縮',
    ko: 'LZW 압축',
    zh: 'LZW压缩',
  },
  'Deflate (ZIP) compression': {
    ja: 'Deflate（ZIP）圧縮',
    ko: 'Deflate(ZIP) 압축',
    zh: 'Deflate（ZIP）压缩',
  },
  'PackBits compression': {
    ja: 'PackBits圧縮',
    ko: 'PackBits 압축',
    zh: 'PackBits压缩',
  },
  'JPEG compression': {
    ja: 'JPEG圧縮',
    ko: 'JPEG 압축',
    zh: 'JPEG压缩',
  },
  'an unusual compression method': {
    ja: '特殊な方式による圧縮',
    ko: '특수한 방식의 압축',
    zh: '非常规压缩方式',
  },

  // drawings/margin-too-small
  'On sheet {sheet}, the drawing comes within {distances}.': {
    ja: '{sheet}枚目の用紙では、描画範囲が用紙の端に近すぎます：{distances}。',
    ko: '{sheet}번째 용지에서 도면이 용지 가장자리에 너무 가깝습니다: {distances}.',
    zh: '附图第{sheet}页的图形距纸边过近：{distances}。',
  },
  '{distance} of the top edge (at least {minimum} required)': {
    ja: '上端から{distance}（{minimum}以上必要）',
    ko: '위쪽 가장자리에서 {distance}(최소 {minimum} 필요)',
    zh: '距上边缘{distance}（至少须{minimum}）',
  },
  '{distance} of the left edge (at least {minimum} required)': {
    ja: '左端から{distance}（{minimum}以上必要）',
    ko: '왼쪽 가장자리에서 {distance}(최소 {minimum} 필요)',
    zh: '距左边缘{distance}（至少须{minimum}）',
  },
  '{distance} of the right edge (at least {minimum} required)': {
    ja: '右端から{distance}（{minimum}以上必要）',
    ko: '오른쪽 가장자리에서 {distance}(최소 {minimum} 필요)',
    zh: '距右边缘{distance}（至少须{minimum}）',
  },
  '{distance} of the bottom edge (at least {minimum} required)': {
    ja: '下端から{distance}（{minimum}以上必要）',
    ko: '아래쪽 가장자리에서 {distance}(최소 {minimum} 필요)',
    zh: '距下边缘{distance}（至少须{minimum}）',
  },

  // drawings/pdf-encrypted
  'The PDF is encrypted (protected by a password or security settings); filing systems refuse or cannot process protected PDFs: save an unprotected copy before filing.':
    {
      ja: 'PDFが暗号化されています（パスワード又はセキュリティ設定による保護）。出願システムは保護されたPDFを受け付けないか、処理できません。出願前に保護を解除したコピーを保存してください。',
      ko: 'PDF가 암호화되어 있습니다(비밀번호 또는 보안 설정으로 보호됨). 출원 시스템은 보호된 PDF를 거부하거나 처리할 수 없습니다. 출원 전에 보호를 해제한 사본을 저장하십시오.',
      zh: 'PDF已加密（受密码或安全设置保护）；申请系统会拒收或无法处理受保护的PDF：请在提交前另存一份未加密的副本。',
    },

  // drawings/pdf-version-too-old
  'The PDF is version {version}; PCT electronic filing takes PDF {minimum} or later: re-save the drawings as a newer PDF.':
    {
      ja: 'PDFのバージョンが{version}です。PCTの電子出願ではPDF {minimum}以降のみ受け付けられます。図面を新しいバージョンのPDFとして保存し直してください。',
      ko: 'PDF 버전이 {version}입니다. PCT 전자출원은 PDF {minimum} 이상만 받습니다. 도면을 더 새로운 버전의 PDF로 다시 저장하십시오.',
      zh: 'PDF版本为{version}；PCT电子申请仅接受PDF {minimum}或更高版本：请将附图另存为较新版本的PDF。',
    },
  'The PDF is version {version}; electronic filing at {office} takes PDF {minimum} or later: re-save the drawings as a newer PDF.':
    {
      ja: 'PDFのバージョンが{version}です。{office}の電子出願ではPDF {minimum}以降のみ受け付けられます。図面を新しいバージョンのPDFとして保存し直してください。',
      ko: 'PDF 버전이 {version}입니다. {office} 전자출원은 PDF {minimum} 이상만 받습니다. 도면을 더 새로운 버전의 PDF로 다시 저장하십시오.',
      zh: 'PDF版本为{version}；{office}电子申请仅接受PDF {minimum}或更高版本：请将附图另存为较新版本的PDF。',
    },

  // drawings/pixel-size-exceeded
  'Sheet {sheet} is {width} × {height} px at {dpi} dpi; at that resolution the JPO takes images of at most {max_width} × {max_height} px (width × height, 170 × 255 mm): crop the image to the figure or scale it down.':
    {
      ja: '{sheet}枚目の用紙は{dpi} dpiで{width} × {height} pxです。この解像度で特許庁が受け付ける画像は最大{max_width} × {max_height} px（幅 × 高さ、170 × 255 mm）です。画像を図の部分に切り抜くか、縮小してください。',
      ko: '{sheet}번째 용지는 {dpi} dpi에서 {width} × {height} px입니다. 이 해상도에서 JPO가 받는 이미지는 최대 {max_width} × {max_height} px(폭 × 높이, 170 × 255 mm)입니다. 이미지를 도 부분만 남도록 자르거나 축소하십시오.',
      zh: '附图第{sheet}页在{dpi} dpi下为{width} × {height} px；在该分辨率下，JPO接受的图像最大为{max_width} × {max_height} px（宽 × 高，170 × 255 mm）：请将图像裁剪至图的范围或将其缩小。',
    },
  'Sheet {sheet} is {width} × {height} px and states no resolution; even at {dpi} dpi, the highest the JPO takes, an image may be at most {max_width} × {max_height} px (width × height): crop the image to the figure or scale it down.':
    {
      ja: '{sheet}枚目の用紙は{width} × {height} pxで、解像度が記録されていません。特許庁が受け付ける最高解像度の{dpi} dpiでも、画像は最大{max_width} × {max_height} px（幅 × 高さ）です。画像を図の部分に切り抜くか、縮小してください。',
      ko: '{sheet}번째 용지는 {width} × {height} px이며 해상도가 기록되어 있지 않습니다. JPO가 받는 최고 해상도인 {dpi} dpi에서도 이미지는 최대 {max_width} × {max_height} px(폭 × 높이)입니다. 이미지를 도 부분만 남도록 자르거나 축소하십시오.',
      zh: '附图第{sheet}页为{width} × {height} px，且未标明分辨率；即使按JPO接受的最高分辨率{dpi} dpi计算，图像最大也只能为{max_width} × {max_height} px（宽 × 高）：请将图像裁剪至图的范围或将其缩小。',
    },

  // drawings/resolution-invalid
  'Sheet {sheet} (a {format} image) does not state its resolution; the JPO takes images of {allowed} dpi only, stated in the file.':
    {
      ja: '{sheet}枚目の用紙（{format}画像）には解像度が記録されていません。特許庁が受け付けるのは、ファイルに解像度{allowed} dpiが記録された画像のみです。',
      ko: '{sheet}번째 용지({format} 이미지)에 해상도가 기록되어 있지 않습니다. JPO는 파일에 해상도가 {allowed} dpi로 기록된 이미지만 받습니다.',
      zh: '附图第{sheet}页（{format}图像）未标明分辨率；JPO仅接受文件中标明分辨率为{allowed} dpi的图像。',
    },
  'Sheet {sheet} (a {format} image) is {dpi} dpi; the JPO takes images of {allowed} dpi only, stated in the file.': {
    ja: '{sheet}枚目の用紙（{format}画像）の解像度は{dpi} dpiです。特許庁が受け付けるのは、ファイルに解像度{allowed} dpiが記録された画像のみです。',
    ko: '{sheet}번째 용지({format} 이미지)의 해상도는 {dpi} dpi입니다. JPO는 파일에 해상도가 {allowed} dpi로 기록된 이미지만 받습니다.',
    zh: '附图第{sheet}页（{format}图像）的分辨率为{dpi} dpi；JPO仅接受文件中标明分辨率为{allowed} dpi的图像。',
  },
  'Sheet {sheet} (a {format} image) is {across} dpi across and {down} dpi down; the JPO takes images of {allowed} dpi only, stated in the file.':
    {
      ja: '{sheet}枚目の用紙（{format}画像）の解像度は横{across} dpi、縦{down} dpiです。特許庁が受け付けるのは、ファイルに解像度{allowed} dpiが記録された画像のみです。',
      ko: '{sheet}번째 용지({format} 이미지)의 해상도는 가로 {across} dpi, 세로 {down} dpi입니다. JPO는 파일에 해상도가 {allowed} dpi로 기록된 이미지만 받습니다.',
      zh: '附图第{sheet}页（{format}图像）的分辨率为水平{across} dpi、垂直{down} dpi；JPO仅接受文件中标明分辨率为{allowed} dpi的图像。',
    },

  // drawings/sheet-size-invalid
  'Sheet {sheet} is an image of {width} × {height}, not a whole sheet; drawing sheets must be {sizes}, upright (figures may be turned on the sheet).':
    {
      ja: '{sheet}枚目の用紙は{width} × {height}の画像で、用紙全体ではありません。図面の用紙は{sizes}の縦置きでなければなりません（図は用紙上で横向きにしてもかまいません）。',
      ko: '{sheet}번째 용지는 {width} × {height} 이미지로, 용지 전체가 아닙니다. 도면 용지는 {sizes} 세로 방향이어야 합니다(도는 용지 위에서 가로로 배치해도 됩니다).',
      zh: '附图第{sheet}页为{width} × {height}的图像，而非整页用纸；附图用纸应为纵向放置的{sizes}（图可在纸上横向放置）。',
    },
  'Sheet {sheet} is {width} × {height}, a sheet turned sideways (landscape); drawing sheets must be {sizes}, upright (figures may be turned on the sheet).':
    {
      ja: '{sheet}枚目の用紙は{width} × {height}で、横置き（ランドスケープ）になっています。図面の用紙は{sizes}の縦置きでなければなりません（図は用紙上で横向きにしてもかまいません）。',
      ko: '{sheet}번째 용지는 {width} × {height}로, 가로 방향(landscape)입니다. 도면 용지는 {sizes} 세로 방향이어야 합니다(도는 용지 위에서 가로로 배치해도 됩니다).',
      zh: '附图第{sheet}页为{width} × {height}，用纸为横向放置；附图用纸应为纵向放置的{sizes}（图可在纸上横向放置）。',
    },
  'Sheet {sheet} is {width} × {height}; drawing sheets must be {sizes}, upright (figures may be turned on the sheet).':
    {
      ja: '{sheet}枚目の用紙のサイズは{width} × {height}です。図面の用紙は{sizes}の縦置きでなければなりません（図は用紙上で横向きにしてもかまいません）。',
      ko: '{sheet}번째 용지의 크기는 {width} × {height}입니다. 도면 용지는 {sizes} 세로 방향이어야 합니다(도는 용지 위에서 가로로 배치해도 됩니다).',
      zh: '附图第{sheet}页的尺寸为{width} × {height}；附图用纸应为纵向放置的{sizes}（图可在纸上横向放置）。',
    },

  // drawings/sheet-sizes-differ
  'Sheet {sheet} is {size}, while sheet {usual_sheet} is {usual_size}; all drawing sheets must be the same size.': {
    ja: '{sheet}枚目の用紙は{size}ですが、{usual_sheet}枚目の用紙は{usual_size}です。図面の用紙はすべて同じサイズでなければなりません。',
    ko: '{sheet}번째 용지는 {size}이지만 {usual_sheet}번째 용지는 {usual_size}입니다. 모든 도면 용지는 같은 크기여야 합니다.',
    zh: '附图第{sheet}页为{size}，而附图第{usual_sheet}页为{usual_size}；所有附图用纸的尺寸必须相同。',
  },

  // drawings/size-unknown
  'Sheet {sheet} ({width} × {height} px) does not state its resolution, so its size on paper, its margins and the height of its lettering cannot be measured and were not checked; save images with their resolution (e.g. 300 dpi).':
    {
      ja: '{sheet}枚目の用紙（{width} × {height} px）には解像度が記録されていないため、用紙上のサイズ、余白及び文字の高さを測定できず、チェックしていません。画像は解像度（例：300 dpi）を記録して保存してください。',
      ko: '{sheet}번째 용지({width} × {height} px)에 해상도가 기록되어 있지 않아 용지상의 크기, 여백 및 문자 높이를 측정할 수 없으므로 검사하지 않았습니다. 이미지를 해상도(예: 300 dpi)와 함께 저장하십시오.',
      zh: '附图第{sheet}页（{width} × {height} px）未标明分辨率，因此无法测量其在纸面上的尺寸、页边距和文字高度，未予检查；请在保存图像时标明分辨率（例如300 dpi）。',
    },
  'Sheets {sheets} do not state their resolution, so their size on paper, their margins and the height of their lettering cannot be measured and were not checked; save images with their resolution (e.g. 300 dpi).':
    {
      ja: '{sheets}枚目の用紙には解像度が記録されていないため、用紙上のサイズ、余白及び文字の高さを測定できず、チェックしていません。画像は解像度（例：300 dpi）を記録して保存してください。',
      ko: '{sheets}번째 용지에 해상도가 기록되어 있지 않아 용지상의 크기, 여백 및 문자 높이를 측정할 수 없으므로 검사하지 않았습니다. 이미지를 해상도(예: 300 dpi)와 함께 저장하십시오.',
      zh: '附图第{sheets}页未标明分辨率，因此无法测量其在纸面上的尺寸、页边距和文字高度，未予检查；请在保存图像时标明分辨率（例如300 dpi）。',
    },

  // drawings/text-layer-missing
  'Sheet {sheet} has no text layer (it is an image or a scan), so sheet numbers, figure labels, reference signs and the height of lettering could not be read there and were not checked: check them by eye.':
    {
      ja: '{sheet}枚目の用紙にはテキストレイヤーがありません（画像又はスキャン）。そのため、用紙番号、図番号、符号及び文字の高さを読み取れず、チェックしていません。目視で確認してください。',
      ko: '{sheet}번째 용지에 텍스트 레이어가 없습니다(이미지 또는 스캔). 따라서 용지 번호, 도 번호, 도면부호 및 문자 높이를 읽을 수 없어 검사하지 않았습니다. 육안으로 확인하십시오.',
      zh: '附图第{sheet}页没有文本层（为图像或扫描件），因此无法读取页码、图号、附图标记和文字高度，未予检查：请人工核对。',
    },
  'Sheets {sheets} have no text layer (they are images or scans), so sheet numbers, figure labels, reference signs and the height of lettering could not be read there and were not checked: check them by eye.':
    {
      ja: '{sheets}枚目の用紙にはテキストレイヤーがありません（画像又はスキャン）。そのため、用紙番号、図番号、符号及び文字の高さを読み取れず、チェックしていません。目視で確認してください。',
      ko: '{sheets}번째 용지에 텍스트 레이어가 없습니다(이미지 또는 스캔). 따라서 용지 번호, 도 번호, 도면부호 및 문자 높이를 읽을 수 없어 검사하지 않았습니다. 육안으로 확인하십시오.',
      zh: '附图第{sheets}页没有文本层（为图像或扫描件），因此无法读取页码、图号、附图标记和文字高度，未予检查：请人工核对。',
    },

  // drawings/usable-area-exceeded
  'The drawing on sheet {sheet} is {width} wide (at most {max_width}); it must fit within {max_width} × {max_height} (width × height): scale it down.':
    {
      ja: '{sheet}枚目の用紙の描画範囲の幅は{width}です（最大{max_width}）。{max_width} × {max_height}（幅 × 高さ）以内に収める必要があります。縮小してください。',
      ko: '{sheet}번째 용지의 도면은 폭이 {width}입니다(최대 {max_width}). {max_width} × {max_height}(폭 × 높이) 이내여야 합니다. 축소하십시오.',
      zh: '附图第{sheet}页的图形宽{width}（最大{max_width}）；必须在{max_width} × {max_height}（宽 × 高）以内：请缩小。',
    },
  'The drawing on sheet {sheet} is {height} high (at most {max_height}); it must fit within {max_width} × {max_height} (width × height): scale it down.':
    {
      ja: '{sheet}枚目の用紙の描画範囲の高さは{height}です（最大{max_height}）。{max_width} × {max_height}（幅 × 高さ）以内に収める必要があります。縮小してください。',
      ko: '{sheet}번째 용지의 도면은 높이가 {height}입니다(최대 {max_height}). {max_width} × {max_height}(폭 × 높이) 이내여야 합니다. 축소하십시오.',
      zh: '附图第{sheet}页的图形高{height}（最大{max_height}）；必须在{max_width} × {max_height}（宽 × 高）以内：请缩小。',
    },
  'The drawing on sheet {sheet} is {width} wide (at most {max_width}) and {height} high (at most {max_height}); it must fit within {max_width} × {max_height} (width × height): scale it down.':
    {
      ja: '{sheet}枚目の用紙の描画範囲は幅{width}（最大{max_width}）、高さ{height}（最大{max_height}）です。{max_width} × {max_height}（幅 × 高さ）以内に収める必要があります。縮小してください。',
      ko: '{sheet}번째 용지의 도면은 폭 {width}(최대 {max_width}), 높이 {height}(최대 {max_height})입니다. {max_width} × {max_height}(폭 × 높이) 이내여야 합니다. 축소하십시오.',
      zh: '附图第{sheet}页的图形宽{width}（最大{max_width}）、高{height}（最大{max_height}）；必须在{max_width} × {max_height}（宽 × 高）以内：请缩小。',
    },
  JavaScript: {
    ja: 'JavaScript',
    ko: 'JavaScript',
    zh: 'JavaScript',
  },
  'attached files': {
    ja: '添付ファイル',
    ko: '첨부 파일',
    zh: '附件',
  },
  'form fields': {
    ja: 'フォームフィールド',
    ko: '양식 필드',
    zh: '表单域',
  },
  'a digital signature': {
    ja: '電子署名',
    ko: '전자 서명',
    zh: '数字签名',
  },
  'annotations (first on page {page})': {
    ja: '注釈（最初は{page}ページ）',
    ko: '주석(첫 번째는 {page}페이지)',
    zh: '注释（首次出现在第{page}页）',
  },
  "The PDF holds {what}; filing systems strip or refuse them, and only the pages' own content is filed: flatten the PDF (print it to a new PDF) before filing.":
    {
      ja: 'PDFに{what}が含まれています。出願システムはこれらを除去するか受け付けず、ページ自体の内容だけが出願されます。出願前にPDFを平坦化してください（新しいPDFに印刷し直す）。',
      ko: 'PDF에 {what}이(가) 포함되어 있습니다. 출원 시스템은 이를 제거하거나 거부하며 페이지 자체의 내용만 출원됩니다. 출원 전에 PDF를 평면화하십시오(새 PDF로 다시 인쇄).',
      zh: 'PDF中含有{what}；电子申请系统会删除或拒收这些内容，只有页面本身的内容被提交：请在提交前将PDF平面化（重新打印为新的PDF）。',
    },
};
