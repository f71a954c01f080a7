// Translations of the assignment rules' messages (src/rules/assignment/) and of number validation (src/numbers/,
// src/st3.rs), keyed by their English template (see index.js).

export default {
  'an application is twelve digits and a check character (201710601862.3), a patent ZL and the application number, a publication CN and up to nine digits (CN112345678A)':
    {
      ja: '出願番号は12桁とチェック文字（201710601862.3）、特許番号はZLと出願番号、公開番号はCNと9桁以内（CN112345678A）',
      ko: '출원번호는 12자리와 검사 문자(201710601862.3), 특허번호는 ZL과 출원번호, 공개번호는 CN과 9자리 이내(CN112345678A)',
      zh: '申请号为十二位数字加校验位（201710601862.3），专利号为ZL加申请号，公开号为CN加不超过九位数字（CN112345678A）',
    },
  '{number} is not a CNIPA application number: the year or the type digit (1, 2, 3, 8 or 9) is wrong.': {
    ja: '{number}は中国の出願番号ではありません：年又は種別番号（1、2、3、8又は9）が誤っています。',
    ko: '{number}은(는) 중국 출원번호가 아닙니다: 연도 또는 유형 숫자(1, 2, 3, 8 또는 9)가 잘못되었습니다.',
    zh: '{number}不是有效的中国申请号：年份或专利类型代码（1、2、3、8或9）有误。',
  },
  'The check character of CN application {number} is {expected}, not {given}: a digit is probably mistyped.': {
    ja: '中国出願{number}のチェック文字は{given}ではなく{expected}です：数字の入力誤りと思われます。',
    ko: '중국 출원 {number}의 검사 문자는 {given}이(가) 아니라 {expected}입니다: 숫자를 잘못 입력한 것으로 보입니다.',
    zh: '中国申请{number}的校验位应为{expected}，而不是{given}：可能有数字输入错误。',
  },
  'A CN application number ends in one check character (a digit or X) after the full stop, not `{given}`.': {
    ja: '中国出願番号の末尾は、ピリオドの後の1文字のチェック文字（数字又はX）です（`{given}`ではありません）。',
    ko: '중국 출원번호는 마침표 뒤의 검사 문자 한 자리(숫자 또는 X)로 끝나며, `{given}`이(가) 아닙니다.',
    zh: '中国申请号以小数点后的一位校验位（数字或X）结尾，而不是`{given}`。',
  },
  '{number} is not a CNIPA number: {format}.': {
    ja: '{number}は中国の番号の形式ではありません：{format}。',
    ko: '{number}은(는) 중국 번호 형식이 아닙니다: {format}.',
    zh: '{number}不符合中国专利号码的格式：{format}。',
  },
  'an application is eight digits and a check digit (21204983.7), a publication or patent EP and seven digits (EP1234567)':
    {
      ja: '出願番号は8桁とチェックデジット（21204983.7）、公開番号又は特許番号はEPと7桁（EP1234567）',
      ko: '출원번호는 8자리와 검사 숫자(21204983.7), 공개번호 또는 특허번호는 EP와 7자리(EP1234567)',
      zh: '申请号为八位数字加校验位（21204983.7），公开号或专利号为EP加七位数字（EP1234567）',
    },
  'The check digit of EP application {number} is {expected}, not {given}: a digit is probably mistyped.': {
    ja: '欧州出願{number}のチェックデジットは{given}ではなく{expected}です：数字の入力誤りと思われます。',
    ko: '유럽 출원 {number}의 검사 숫자는 {given}이(가) 아니라 {expected}입니다: 숫자를 잘못 입력한 것으로 보입니다.',
    zh: '欧洲申请{number}的校验位应为{expected}，而不是{given}：可能有数字输入错误。',
  },
  'An EP application number ends in one check digit after the full stop, not `{given}`.': {
    ja: '欧州出願番号の末尾は、ピリオドの後の1桁のチェックデジットです（`{given}`ではありません）。',
    ko: '유럽 출원번호는 마침표 뒤의 검사 숫자 한 자리로 끝나며, `{given}`이(가) 아닙니다.',
    zh: '欧洲申请号以小数点后的一位校验位结尾，而不是`{given}`。',
  },
  '{number} is not an EP number: {format}.': {
    ja: '{number}は欧州特許の番号の形式ではありません：{format}。',
    ko: '{number}은(는) 유럽 특허 번호 형식이 아닙니다: {format}.',
    zh: '{number}不符合欧洲专利号码的格式：{format}。',
  },
  'an application or publication is the year and six digits (2021-123456), a patent seven digits (7123456)': {
    ja: '出願番号及び公開番号は年と6桁（2021-123456）、特許番号は7桁（7123456）',
    ko: '출원번호 및 공개번호는 연도와 6자리(2021-123456), 특허번호는 7자리(7123456)',
    zh: '申请号和公开号为年份加六位数字（2021-123456），专利号为七位数字（7123456）',
  },
  'The year {year} is not possible in a Japanese number: Heisei years 1 to 11 (1989–1999).': {
    ja: '日本の番号の年として{year}はあり得ません：平成は1年から11年（1989～1999年）です。',
    ko: '{year}년은 일본 번호의 연도가 될 수 없습니다: 헤이세이 연호는 1년부터 11년(1989~1999년)까지입니다.',
    zh: '{year}不可能是日本号码中的年份：平成年号为1至11年（1989～1999年）。',
  },
  'The year {year} is not possible in a Japanese number: Showa years 1 to 64.': {
    ja: '日本の番号の年として{year}はあり得ません：昭和は1年から64年です。',
    ko: '{year}년은 일본 번호의 연도가 될 수 없습니다: 쇼와 연호는 1년부터 64년까지입니다.',
    zh: '{year}不可能是日本号码中的年份：昭和年号为1至64年。',
  },
  'The year {year} is not possible in a Japanese number: the four-digit year since 2000 (before, the year of the era: 平11).':
    {
      ja: '日本の番号の年として{year}はあり得ません：2000年以降は西暦4桁（それより前は和暦の年：平11）です。',
      ko: '{year}년은 일본 번호의 연도가 될 수 없습니다: 2000년 이후는 서기 4자리 연도(그 이전은 일본 연호의 연도: 平11)입니다.',
      zh: '{year}不可能是日本号码中的年份：2000年起为四位公历年份（此前为日本年号纪年：平11）。',
    },
  'A Japanese application or publication number has a six-digit serial number, not {serial}.': {
    ja: '日本の出願番号及び公開番号の連番は6桁です（{serial}ではありません）。',
    ko: '일본 출원번호 및 공개번호의 일련번호는 6자리이며, {serial}이(가) 아닙니다.',
    zh: '日本申请号和公开号的流水号为六位数字，而不是{serial}。',
  },
  '{number} is not a Japanese number: {format}.': {
    ja: '{number}は日本の番号の形式ではありません：{format}。',
    ko: '{number}은(는) 일본 번호 형식이 아닙니다: {format}.',
    zh: '{number}不符合日本号码的格式：{format}。',
  },
  'A Japanese patent number cannot be zero.': {
    ja: '日本の特許番号が0になることはありません。',
    ko: '일본 특허번호는 0일 수 없습니다.',
    zh: '日本专利号不能为0。',
  },
  'an application or publication is the right type, the year and seven digits (10-2021-0123456), a registration the right type and seven digits (10-1234567)':
    {
      ja: '出願番号及び公開番号は権利種別、年及び7桁（10-2021-0123456）、登録番号は権利種別と7桁（10-1234567）',
      ko: '출원번호 및 공개번호는 권리 구분, 연도, 7자리(10-2021-0123456), 등록번호는 권리 구분과 7자리(10-1234567)',
      zh: '申请号和公开号为权利类型、年份加七位数字（10-2021-0123456），注册号为权利类型加七位数字（10-1234567）',
    },
  '40 is the KIPO code of a trademark, not of a patent, utility model or design.': {
    ja: '40はKIPOにおける商標の権利種別コードであり、特許、実用新案又は意匠のコードではありません。',
    ko: '40은 특허청의 상표 권리 구분 코드이며, 특허, 실용신안 또는 디자인의 코드가 아닙니다.',
    zh: '40是KIPO的商标代码，而不是专利、实用新型或外观设计的代码。',
  },
  '{code} is not a KIPO right type (10 patent, 20 utility model, 30 design).': {
    ja: '{code}はKIPOの権利種別コードではありません（10：特許、20：実用新案、30：意匠）。',
    ko: '{code}은(는) 특허청의 권리 구분 코드가 아닙니다(10 특허, 20 실용신안, 30 디자인).',
    zh: '{code}不是KIPO的权利类型代码（10为专利，20为实用新型，30为外观设计）。',
  },
  '{number} is not a KIPO number: {format}.': {
    ja: '{number}は韓国の番号の形式ではありません：{format}。',
    ko: '{number}은(는) 한국 번호 형식이 아닙니다: {format}.',
    zh: '{number}不符合韩国号码的格式：{format}。',
  },
  '{year} cannot be the year of a KIPO number.': {
    ja: '韓国の番号の年として{year}はあり得ません。',
    ko: '{year}년은 한국 번호의 연도가 될 수 없습니다.',
    zh: '{year}不可能是韩国号码中的年份。',
  },
  'This is not written as {office} numbers are: {format}.': {
    ja: '{office}の番号の書き方になっていません：{format}。',
    ko: '{office} 번호 형식으로 작성되어 있지 않습니다: {format}.',
    zh: '这不符合{office}号码的写法：{format}。',
  },
  'This is {count} characters long; no patent number is.': {
    ja: '{count}文字あります。これほど長い特許番号はありません。',
    ko: '{count}자입니다. 이렇게 긴 특허번호는 없습니다.',
    zh: '长度为{count}个字符；没有这么长的专利号码。',
  },
  'The number is empty.': {
    ja: '番号が空です。',
    ko: '번호가 비어 있습니다.',
    zh: '号码为空。',
  },
  'This is not written like a patent number of the USPTO, EPO, JPO, KIPO, CNIPA or the PCT.': {
    ja: 'USPTO、EPO、特許庁、KIPO、CNIPA、PCTのいずれの番号の書き方にもなっていません。',
    ko: 'USPTO, EPO, JPO, 특허청, CNIPA, PCT 중 어느 번호 형식에도 맞지 않습니다.',
    zh: '这不符合USPTO、EPO、JPO、KIPO、国家知识产权局或PCT任何一种号码的写法。',
  },
  'This is not a valid number of {offices}; give the office or write the number with its prefix (US, EP, JP, KR, CN, PCT/, WO).':
    {
      ja: '{offices}のいずれの有効な番号でもありません。庁を指定するか、番号に接頭辞（US、EP、JP、KR、CN、PCT/、WO）を付けてください。',
      ko: '{offices}의 유효한 번호가 아닙니다. 관청을 지정하거나 번호 앞에 접두어(US, EP, JP, KR, CN, PCT/, WO)를 붙이십시오.',
      zh: '这不是{offices}的有效号码；请指明专利局，或在号码前加上前缀（US、EP、JP、KR、CN、PCT/、WO）。',
    },
  'This could be a number of {offices}; give the office or write the number with its prefix (US, EP, JP, KR, CN, PCT/, WO).':
    {
      ja: '{offices}のいずれの番号とも考えられます。庁を指定するか、番号に接頭辞（US、EP、JP、KR、CN、PCT/、WO）を付けてください。',
      ko: '{offices}의 번호일 수 있습니다. 관청을 지정하거나 번호 앞에 접두어(US, EP, JP, KR, CN, PCT/, WO)를 붙이십시오.',
      zh: '这可能是{offices}的号码；请指明专利局，或在号码前加上前缀（US、EP、JP、KR、CN、PCT/、WO）。',
    },
  'an application is a series code and six digits (16/123,456), a patent up to eight digits (11,147,202), a publication a year and seven digits (2021/0049351)':
    {
      ja: '出願番号はシリーズコードと6桁（16/123,456）、特許番号は8桁以内（11,147,202）、公開番号は年と7桁（2021/0049351）',
      ko: '출원번호는 시리즈 코드와 6자리(16/123,456), 특허번호는 8자리 이내(11,147,202), 공개번호는 연도와 7자리(2021/0049351)',
      zh: '申请号为系列代码加六位数字（16/123,456），专利号为不超过八位数字（11,147,202），公开号为年份加七位数字（2021/0049351）',
    },
  'This is not a US number: {format}.': {
    ja: '米国の番号の形式ではありません：{format}。',
    ko: '미국 번호 형식이 아닙니다: {format}.',
    zh: '这不符合美国号码的格式：{format}。',
  },
  'US pre-grant publications began in 2001; the year {year} cannot be right.': {
    ja: '米国の出願公開は2001年に始まったため、{year}年は誤りです。',
    ko: '미국 출원공개는 2001년에 시작되었으므로 {year}년은 맞을 수 없습니다.',
    zh: '美国申请公布始于2001年；年份{year}不可能正确。',
  },
  'A US application number is a two-digit series code, a slash and six digits (16/123,456), not {number}.': {
    ja: '米国出願番号は2桁のシリーズコード、スラッシュ及び6桁の数字（16/123,456）で構成されます（{number}ではありません）。',
    ko: '미국 출원번호는 2자리 시리즈 코드, 슬래시, 6자리 숫자(16/123,456)로 이루어지며, {number}이(가) 아닙니다.',
    zh: '美国申请号由两位系列代码、斜杠和六位数字组成（16/123,456），而不是{number}。',
  },
  '{number} is not a US patent number: {format}.': {
    ja: '{number}は米国特許番号の形式ではありません：{format}。',
    ko: '{number}은(는) 미국 특허번호 형식이 아닙니다: {format}.',
    zh: '{number}不符合美国专利号的格式：{format}。',
  },
  'A US patent number cannot be zero.': {
    ja: '米国特許番号が0になることはありません。',
    ko: '미국 특허번호는 0일 수 없습니다.',
    zh: '美国专利号不能为0。',
  },
  '{number} is not a US number: {format}.': {
    ja: '{number}は米国の番号の形式ではありません：{format}。',
    ko: '{number}은(는) 미국 번호 형식이 아닙니다: {format}.',
    zh: '{number}不符合美国号码的格式：{format}。',
  },
  'A US application number has eight digits, a two-digit series code and a six-digit serial number (16/123,456), not {number}.':
    {
      ja: '米国出願番号は8桁（2桁のシリーズコードと6桁の連番、16/123,456）です（{number}ではありません）。',
      ko: '미국 출원번호는 8자리(2자리 시리즈 코드와 6자리 일련번호, 16/123,456)이며, {number}이(가) 아닙니다.',
      zh: '美国申请号为八位数字，即两位系列代码加六位序列号（16/123,456），而不是{number}。',
    },
  '{number} has {count} digits; {format}.': {
    ja: '{number}は{count}桁です。{format}。',
    ko: '{number}은(는) {count}자리입니다. {format}.',
    zh: '{number}有{count}位数字；{format}。',
  },
  '{series} is not a series code the USPTO uses for applications.': {
    ja: '{series}は、USPTOが出願に用いるシリーズコードではありません。',
    ko: '{series}은(는) USPTO가 출원에 사용하는 시리즈 코드가 아닙니다.',
    zh: '{series}不是USPTO用于申请的系列代码。',
  },
  'an international application is PCT/, the receiving Office, the year and six digits (PCT/US2021/012345), a publication WO, the year and six digits (WO2021/123456)':
    {
      ja: '国際出願番号はPCT/、受理官庁、年及び6桁（PCT/US2021/012345）、国際公開番号はWO、年及び6桁（WO2021/123456）',
      ko: '국제출원번호는 PCT/, 수리관청, 연도, 6자리(PCT/US2021/012345), 국제공개번호는 WO, 연도, 6자리(WO2021/123456)',
      zh: '国际申请号为PCT/、受理局、年份加六位数字（PCT/US2021/012345），国际公布号为WO、年份加六位数字（WO2021/123456）',
    },
  '{year} is not a possible year of a WO publication (four digits from 2004, two before).': {
    ja: '国際公開番号の年として{year}はあり得ません（2004年以降は4桁、それより前は2桁）。',
    ko: '{year}년은 WO 국제공개의 연도가 될 수 없습니다(2004년부터는 4자리, 그 이전은 2자리).',
    zh: '{year}不可能是WO国际公布的年份（2004年起为四位，此前为两位）。',
  },
  '{number} is not a WO publication number: {format}.': {
    ja: '{number}は国際公開番号（WO）の形式ではありません：{format}。',
    ko: '{number}은(는) 국제공개번호(WO) 형식이 아닙니다: {format}.',
    zh: '{number}不符合国际公布号（WO）的格式：{format}。',
  },
  '{number} is not a PCT number: {format}.': {
    ja: '{number}はPCTの番号の形式ではありません：{format}。',
    ko: '{number}은(는) PCT 번호 형식이 아닙니다: {format}.',
    zh: '{number}不符合PCT号码的格式：{format}。',
  },
  'PCT/{number} is not a PCT application number: {format}.': {
    ja: 'PCT/{number}は国際出願番号の形式ではありません：{format}。',
    ko: 'PCT/{number}은(는) 국제출원번호 형식이 아닙니다: {format}.',
    zh: 'PCT/{number}不符合国际申请号的格式：{format}。',
  },
  '{code} is not the code of a PCT receiving Office.': {
    ja: '{code}はPCTの受理官庁のコードではありません。',
    ko: '{code}은(는) PCT 수리관청의 코드가 아닙니다.',
    zh: '{code}不是PCT受理局的代码。',
  },
  '{year} is not a possible year of a PCT application (four digits from 2004, two before).': {
    ja: '国際出願の年として{year}はあり得ません（2004年以降は4桁、それより前は2桁）。',
    ko: '{year}년은 PCT 국제출원의 연도가 될 수 없습니다(2004년부터는 4자리, 그 이전은 2자리).',
    zh: '{year}不可能是PCT国际申请的年份（2004年起为四位，此前为两位）。',
  },
  'The check digit of {number} is wrong.': {
    ja: '{number}のチェックデジットが誤っています。',
    ko: '{number}의 검사 숫자가 잘못되었습니다.',
    zh: '{number}的校验位有误。',
  },
  'The record does not say what is conveyed (assignment, security interest, merger, change of name, licence…).': {
    ja: '記録に移転の内容（譲渡、担保権の設定、合併、名称変更、ライセンス等）が記載されていません。',
    ko: '기록에 이전 내용(양도, 담보권 설정, 합병, 명칭 변경, 라이선스 등)이 기재되어 있지 않습니다.',
    zh: '记录未说明转移的内容（转让、担保权益、合并、名称变更、许可等）。',
  },
  'The record names no correspondent (name and address) for the USPTO to write to.': {
    ja: '記録に、USPTOからの通知の送付先（氏名又は名称及び住所）が記載されていません。',
    ko: '기록에 USPTO가 서신을 보낼 서신 수령인(성명 또는 명칭 및 주소)이 기재되어 있지 않습니다.',
    zh: '记录未写明USPTO的通知收件人（姓名或名称及地址）。',
  },
  'The correspondent has no name.': {
    ja: '送付先の氏名又は名称がありません。',
    ko: '서신 수령인의 성명 또는 명칭이 없습니다.',
    zh: '通知收件人未填写姓名或名称。',
  },
  'The correspondent has no address.': {
    ja: '送付先の住所がありません。',
    ko: '서신 수령인의 주소가 없습니다.',
    zh: '通知收件人未填写地址。',
  },
  '{code} is not the ST.3 code of a state': {
    ja: '{code}は国のST.3コードではありません',
    ko: '{code}은(는) 국가의 ST.3 코드가 아닙니다',
    zh: '{code}不是国家的ST.3代码',
  },
  "The country of {party} is not valid: {reason}; write the state's two-letter code (e.g. US, JP, DE).": {
    ja: '{party}の居住国が正しくありません：{reason}。国の2文字コード（例：US、JP、DE）を記載してください。',
    ko: '{party}의 거주국이 올바르지 않습니다: {reason}. 국가의 2자리 코드(예: US, JP, DE)를 기재하십시오.',
    zh: '{party}的居住国无效：{reason}；请填写国家的两位字母代码（如US、JP、DE）。',
  },
  "The nationality of {party} is not valid: {reason}; write the state's two-letter code (e.g. US, JP, DE).": {
    ja: '{party}の国籍が正しくありません：{reason}。国の2文字コード（例：US、JP、DE）を記載してください。',
    ko: '{party}의 국적이 올바르지 않습니다: {reason}. 국가의 2자리 코드(예: US, JP, DE)를 기재하십시오.',
    zh: '{party}的国籍无效：{reason}；请填写国家的两位字母代码（如US、JP、DE）。',
  },
  '{party} has no country of residence (its ST.3 code, e.g. US, JP).': {
    ja: '{party}の居住国（ST.3コード、例：US、JP）がありません。',
    ko: '{party}의 거주국(ST.3 코드, 예: US, JP)이 없습니다.',
    zh: '{party}未填写居住国（ST.3代码，如US、JP）。',
  },
  '{party} has no nationality (its ST.3 code, e.g. US, JP).': {
    ja: '{party}の国籍（ST.3コード、例：US、JP）がありません。',
    ko: '{party}의 국적(ST.3 코드, 예: US, JP)이 없습니다.',
    zh: '{party}未填写国籍（ST.3代码，如US、JP）。',
  },
  'The record does not name who submits it to the USPTO and signs the cover sheet.': {
    ja: '記録に、USPTOに提出してカバーシートに署名する者が記載されていません。',
    ko: '기록에 USPTO에 제출하고 커버시트에 서명하는 사람이 기재되어 있지 않습니다.',
    zh: '记录未写明向USPTO提交并在封面页上签字的人。',
  },
  'The submitter who signs the USPTO cover sheet is not named.': {
    ja: 'USPTOのカバーシートに署名する提出者の氏名がありません。',
    ko: 'USPTO 커버시트에 서명하는 제출인의 성명이 없습니다.',
    zh: '未写明在USPTO封面页上签字的提交人姓名。',
  },
  'The submitter {name} has not signed the USPTO cover sheet (electronically, a typed signature between slashes will do).':
    {
      ja: '提出者「{name}」がUSPTOのカバーシートに署名していません（電子提出の場合は、スラッシュで囲んだタイプ入力の署名で足ります）。',
      ko: '제출인 {name}이(가) USPTO 커버시트에 서명하지 않았습니다(전자 제출 시에는 슬래시 사이에 입력한 서명으로 충분합니다).',
      zh: '提交人“{name}”未在USPTO封面页上签字（电子提交时，以斜杠括起的键入签名即可）。',
    },
  '{date} is in the future (today is {today}); check the year.': {
    ja: '{date}は将来の日付です（本日は{today}）。年を確認してください。',
    ko: '{date}은(는) 미래의 날짜입니다(오늘은 {today}). 연도를 확인하십시오.',
    zh: '{date}是未来的日期（今天是{today}）；请检查年份。',
  },
  '{date} is not a real date: that day does not exist.': {
    ja: '{date}は実在の日付ではありません：その日は存在しません。',
    ko: '{date}은(는) 실제 날짜가 아닙니다: 존재하지 않는 날입니다.',
    zh: '{date}不是真实的日期：该日不存在。',
  },
  'The date `{date}` is not written YYYY-MM-DD (e.g. 2024-01-15).': {
    ja: '日付`{date}`がYYYY-MM-DD形式（例：2024-01-15）で記載されていません。',
    ko: '날짜 `{date}`이(가) YYYY-MM-DD 형식(예: 2024-01-15)으로 기재되어 있지 않습니다.',
    zh: '日期`{date}`未按YYYY-MM-DD格式书写（如2024-01-15）。',
  },
  '{party} signed on {signed}, after the assignment was recorded on {recorded}.': {
    ja: '{party}の署名日{signed}は、譲渡の登録日{recorded}より後です。',
    ko: '{party}은(는) 양도가 등록된 {recorded}보다 뒤인 {signed}에 서명하였습니다.',
    zh: '{party}于{signed}签字，晚于转让的登记日{recorded}。',
  },
  'The priority date {priority} is after the filing date {filed}; a priority date is never later.': {
    ja: '優先日{priority}が出願日{filed}より後になっています。優先日が出願日より後になることはありません。',
    ko: '우선일 {priority}이(가) 출원일 {filed}보다 뒤입니다. 우선일은 출원일보다 늦을 수 없습니다.',
    zh: '优先权日{priority}晚于申请日{filed}；优先权日不可能晚于申请日。',
  },
  'The record does not say which numbers the deed names; the JPO requires it to name every Japanese application and patent transferred.':
    {
      ja: '譲渡証書に記載された番号が記録からわかりません。特許庁は、移転するすべての日本の出願及び特許を譲渡証書に記載するよう求めています。',
      ko: '양도증서에 기재된 번호가 기록에 나와 있지 않습니다. JPO는 이전되는 모든 일본 출원 및 특허를 양도증서에 기재하도록 요구합니다.',
      zh: '记录未说明转让合同列明了哪些号码；JPO要求列明所转让的全部日本申请和专利。',
    },
  'The deed of assignment does not name the Japanese number {number}; the JPO records the transfer only for the numbers the deed lists.':
    {
      ja: '譲渡証書に日本の番号{number}が記載されていません。特許庁は、譲渡証書に記載された番号についてのみ移転を登録します。',
      ko: '양도증서에 일본 번호 {number}이(가) 기재되어 있지 않습니다. JPO는 양도증서에 기재된 번호에 대해서만 이전을 등록합니다.',
      zh: '转让合同未列明日本号码{number}；JPO仅对转让合同所列号码登记转让。',
    },

  '{party} signed with a typed signature; on a deed of assignment the JPO asks for a seal or a handwritten signature (or, on a deed filed online as PDF, an electronic signature).':
    {
      ja: '{party}はタイプ入力の署名をしています。特許庁は、譲渡証書に押印又は自筆の署名（オンラインでPDFとして提出する譲渡証書では電子署名）を求めています。',
      ko: '{party}은(는) 타자로 입력한 서명을 하였습니다. JPO는 양도증서에 날인 또는 자필 서명(온라인으로 PDF로 제출하는 양도증서는 전자서명)을 요구합니다.',
      zh: '{party}采用键入的签名；JPO要求转让合同盖章或亲笔签名（以PDF在线提交的转让合同则为电子签名）。',
    },
  'The deed is a plain copy; the JPO asks for the original or a notarised true copy.': {
    ja: '譲渡証書が単なる写しです。特許庁は、原本又は公証を受けた謄本を求めています。',
    ko: '양도증서가 단순 사본입니다. JPO는 원본 또는 공증받은 등본을 요구합니다.',
    zh: '转让合同仅为普通复印件；JPO要求提交原件或经公证的副本。',
  },
  'The power of attorney of {party} is a copy; KIPO asks for the original.': {
    ja: '{party}の委任状が写しです。KIPOは原本を求めています。',
    ko: '{party}의 위임장이 사본입니다. 특허청은 원본을 요구합니다.',
    zh: '{party}的委托书为复印件；KIPO要求提交原件。',
  },
  'The nationality certificate of {party} is a copy; KIPO asks for the original.': {
    ja: '{party}の国籍証明書が写しです。KIPOは原本を求めています。',
    ko: '{party}의 국적증명서가 사본입니다. 특허청은 원본을 요구합니다.',
    zh: '{party}的国籍证明为复印件；KIPO要求提交原件。',
  },
  'The entry {value} for {entry} looks like a placeholder.': {
    ja: '{entry}として記載された{value}は、仮の記入（プレースホルダー）のようです。',
    ko: '{entry}에 기재된 {value}은(는) 임시 입력값(자리 표시자)으로 보입니다.',
    zh: '{entry}一栏填写的{value}似乎是占位文字。',
  },
  'The entry {value} for {entry} is a single character.': {
    ja: '{entry}として記載された{value}は1文字しかありません。',
    ko: '{entry}에 기재된 {value}은(는) 한 글자뿐입니다.',
    zh: '{entry}一栏填写的{value}只有一个字符。',
  },
  'The entry {value} for {entry} has no letter.': {
    ja: '{entry}として記載された{value}には文字（数字・記号以外）が含まれていません。',
    ko: '{entry}에 기재된 {value}에는 문자(숫자·기호 제외)가 하나도 없습니다.',
    zh: '{entry}一栏填写的{value}不含任何文字（数字和符号除外）。',
  },
  'The entry {value} for {entry} is an e-mail address.': {
    ja: '{entry}として記載された{value}はメールアドレスです。',
    ko: '{entry}에 기재된 {value}은(는) 이메일 주소입니다.',
    zh: '{entry}一栏填写的{value}是电子邮件地址。',
  },
  'The entry {value} for {entry} is too short to be a postal address.': {
    ja: '{entry}として記載された{value}は、住所としては短すぎます。',
    ko: '{entry}에 기재된 {value}은(는) 우편 주소로 보기에는 너무 짧습니다.',
    zh: '{entry}一栏填写的{value}太短，不像是邮寄地址。',
  },
  'the name of {party}': {
    ja: '{party}の氏名又は名称',
    ko: '{party}의 성명 또는 명칭',
    zh: '{party}的姓名或名称',
  },
  'the address of {party}': {
    ja: '{party}の住所',
    ko: '{party}의 주소',
    zh: '{party}的地址',
  },
  "the correspondent's name": {
    ja: '送付先の氏名又は名称',
    ko: '서신 수령인의 성명 또는 명칭',
    zh: '通知收件人的姓名或名称',
  },
  "the correspondent's address": {
    ja: '送付先の住所',
    ko: '서신 수령인의 주소',
    zh: '通知收件人的地址',
  },
  '{party} has no execution date (the date the document was signed).': {
    ja: '{party}の署名日（書類に署名した日）がありません。',
    ko: '{party}의 서명일(서류에 서명한 날짜)이 없습니다.',
    zh: '{party}未填写签署日期（签署文件的日期）。',
  },
  'the assignor {name}': {
    ja: '譲渡人「{name}」',
    ko: '양도인 {name}',
    zh: '转让人“{name}”',
  },
  'the assignee {name}': {
    ja: '譲受人「{name}」',
    ko: '양수인 {name}',
    zh: '受让人“{name}”',
  },
  'The assignor {name}': {
    ja: '譲渡人「{name}」',
    ko: '양도인 {name}',
    zh: '转让人“{name}”',
  },
  'The assignee {name}': {
    ja: '譲受人「{name}」',
    ko: '양수인 {name}',
    zh: '受让人“{name}”',
  },
  'Assignor {number}': {
    ja: '{number}番目の譲渡人',
    ko: '{number}번째 양도인',
    zh: '第{number}个转让人',
  },
  'Assignee {number}': {
    ja: '{number}番目の譲受人',
    ko: '{number}번째 양수인',
    zh: '第{number}个受让人',
  },
  'assignor {number}': {
    ja: '{number}番目の譲渡人',
    ko: '{number}번째 양도인',
    zh: '第{number}个转让人',
  },
  'assignee {number}': {
    ja: '{number}番目の譲受人',
    ko: '{number}번째 양수인',
    zh: '第{number}个受让人',
  },
  'the International Bureau': {
    ja: '国際事務局',
    ko: '국제사무국',
    zh: '国际局',
  },
  '{party} is a foreign company: KIPO asks for a notarised certificate of its nationality.': {
    ja: '{party}は外国法人です。KIPOは、公証を受けた国籍証明書を求めています。',
    ko: '{party}은(는) 외국 법인입니다. 특허청은 공증받은 국적증명서를 요구합니다.',
    zh: '{party}是外国公司：KIPO要求提交经公证的国籍证明。',
  },
  'The nationality certificate of {party} is not shown as notarised; KIPO asks for a notarised one.': {
    ja: '{party}の国籍証明書が公証済みとされていません。KIPOは公証を受けたものを求めています。',
    ko: '{party}의 국적증명서가 공증된 것으로 표시되어 있지 않습니다. 특허청은 공증받은 것을 요구합니다.',
    zh: '{party}的国籍证明未注明经过公证；KIPO要求经公证的国籍证明。',
  },
  'The nationality certificate of {party} was notarised on {date}, more than six months ago; KIPO asks for one notarised within six months.':
    {
      ja: '{party}の国籍証明書は{date}に公証されたもので、6か月以上経過しています。KIPOは6か月以内に公証されたものを求めています。',
      ko: '{party}의 국적증명서는 {date}에 공증되어 6개월이 넘었습니다. 특허청은 6개월 이내에 공증받은 것을 요구합니다.',
      zh: '{party}的国籍证明于{date}公证，已超过六个月；KIPO要求六个月内公证的国籍证明。',
    },
  'The number `{number}` is written as an application number, but the property is listed as a patent.': {
    ja: '番号`{number}`は出願番号の形式ですが、特許として記載されています。',
    ko: '번호 `{number}`은(는) 출원번호 형식이지만 특허로 기재되어 있습니다.',
    zh: '号码`{number}`是申请号的格式，但被列为专利。',
  },
  'The number `{number}` is written as an application number, but the property is listed as a publication.': {
    ja: '番号`{number}`は出願番号の形式ですが、公開公報として記載されています。',
    ko: '번호 `{number}`은(는) 출원번호 형식이지만 공개공보로 기재되어 있습니다.',
    zh: '号码`{number}`是申请号的格式，但被列为公开文本。',
  },
  'The number `{number}` is written as a patent number, but the property is listed as an application.': {
    ja: '番号`{number}`は特許番号の形式ですが、出願として記載されています。',
    ko: '번호 `{number}`은(는) 특허번호 형식이지만 출원으로 기재되어 있습니다.',
    zh: '号码`{number}`是专利号的格式，但被列为申请。',
  },
  'The number `{number}` is written as a patent number, but the property is listed as a publication.': {
    ja: '番号`{number}`は特許番号の形式ですが、公開公報として記載されています。',
    ko: '번호 `{number}`은(는) 특허번호 형식이지만 공개공보로 기재되어 있습니다.',
    zh: '号码`{number}`是专利号的格式，但被列为公开文本。',
  },
  'The number `{number}` is written as a publication number, but the property is listed as an application.': {
    ja: '番号`{number}`は公開番号の形式ですが、出願として記載されています。',
    ko: '번호 `{number}`은(는) 공개번호 형식이지만 출원으로 기재되어 있습니다.',
    zh: '号码`{number}`是公开号的格式，但被列为申请。',
  },
  'The number `{number}` is written as a publication number, but the property is listed as a patent.': {
    ja: '番号`{number}`は公開番号の形式ですが、特許として記載されています。',
    ko: '번호 `{number}`은(는) 공개번호 형식이지만 특허로 기재되어 있습니다.',
    zh: '号码`{number}`是公开号的格式，但被列为专利。',
  },
  'Property {property} gives no office, and its number `{number}` does not tell it. {problem}': {
    ja: '{property}番目の対象案件に庁の記載がなく、番号`{number}`からも判別できません。{problem}',
    ko: '{property}번째 대상 건에 관청이 기재되어 있지 않고, 번호 `{number}`(으)로도 알 수 없습니다. {problem}',
    zh: '第{property}项申请或专利未写明专利局，从其号码`{number}`也无法判断。{problem}',
  },
  'The number `{number}` is not valid. {problem}': {
    ja: '番号`{number}`は有効ではありません。{problem}',
    ko: '번호 `{number}`은(는) 유효하지 않습니다. {problem}',
    zh: '号码`{number}`无效。{problem}',
  },
  'The number `{number}` is listed under {listed}, but it is an application number of {office}: check the office (or the number).':
    {
      ja: '番号`{number}`は{listed}の下に記載されていますが、{office}の出願番号です。庁（又は番号）を確認してください。',
      ko: '번호 `{number}`은(는) {listed} 아래에 기재되어 있지만 {office}의 출원번호입니다. 관청(또는 번호)을 확인하십시오.',
      zh: '号码`{number}`列在{listed}下，但它是{office}的申请号：请检查专利局（或号码）。',
    },
  'The number `{number}` is listed under {listed}, but it is a patent number of {office}: check the office (or the number).':
    {
      ja: '番号`{number}`は{listed}の下に記載されていますが、{office}の特許番号です。庁（又は番号）を確認してください。',
      ko: '번호 `{number}`은(는) {listed} 아래에 기재되어 있지만 {office}의 특허번호입니다. 관청(또는 번호)을 확인하십시오.',
      zh: '号码`{number}`列在{listed}下，但它是{office}的专利号：请检查专利局（或号码）。',
    },
  'The number `{number}` is listed under {listed}, but it is a publication number of {office}: check the office (or the number).':
    {
      ja: '番号`{number}`は{listed}の下に記載されていますが、{office}の公開番号です。庁（又は番号）を確認してください。',
      ko: '번호 `{number}`은(는) {listed} 아래에 기재되어 있지만 {office}의 공개번호입니다. 관청(또는 번호)을 확인하십시오.',
      zh: '号码`{number}`列在{listed}下，但它是{office}的公开号：请检查专利局（或号码）。',
    },
  'The number `{number}` is listed under {listed}, but it is a number of {office}: check the office (or the number).': {
    ja: '番号`{number}`は{listed}の下に記載されていますが、{office}の番号です。庁（又は番号）を確認してください。',
    ko: '번호 `{number}`은(는) {listed} 아래에 기재되어 있지만 {office}의 번호입니다. 관청(또는 번호)을 확인하십시오.',
    zh: '号码`{number}`列在{listed}下，但它是{office}的号码：请检查专利局（或号码）。',
  },
  'The number `{number}` is listed under {listed}, but it is written like a number of {office}: check the office (or the number).':
    {
      ja: '番号`{number}`は{listed}の下に記載されていますが、{office}の番号の形式で書かれています。庁（又は番号）を確認してください。',
      ko: '번호 `{number}`은(는) {listed} 아래에 기재되어 있지만 {office}의 번호 형식으로 작성되어 있습니다. 관청(또는 번호)을 확인하십시오.',
      zh: '号码`{number}`列在{listed}下，但其写法像是{office}的号码：请检查专利局（或号码）。',
    },
  '{party} has no address.': {
    ja: '{party}の住所がありません。',
    ko: '{party}의 주소가 없습니다.',
    zh: '{party}未填写地址。',
  },
  'The record names no assignor: give the name of the party that conveys the interest.': {
    ja: '記録に譲渡人が記載されていません。権利を移転する者の氏名又は名称を記載してください。',
    ko: '기록에 양도인이 기재되어 있지 않습니다. 권리를 이전하는 당사자의 성명 또는 명칭을 기재하십시오.',
    zh: '记录未写明转让人：请填写转让权利一方的姓名或名称。',
  },
  'The record names no assignee: give the name of the party that receives the interest.': {
    ja: '記録に譲受人が記載されていません。権利を譲り受ける者の氏名又は名称を記載してください。',
    ko: '기록에 양수인이 기재되어 있지 않습니다. 권리를 이전받는 당사자의 성명 또는 명칭을 기재하십시오.',
    zh: '记录未写明受让人：请填写受让权利一方的姓名或名称。',
  },
  '{party} has no name.': {
    ja: '{party}の氏名又は名称がありません。',
    ko: '{party}의 성명 또는 명칭이 없습니다.',
    zh: '{party}未填写姓名或名称。',
  },
  '30 months from the priority date {priority} ended on {limit}: the International Bureau no longer records a change in the applicant; record it at each office of the national phase.':
    {
      ja: '優先日{priority}から30か月の期間は{limit}に満了しました。国際事務局は出願人の変更をもう記録しません。国内段階の各庁で変更を登録してください。',
      ko: '우선일 {priority}부터 30개월의 기간이 {limit}에 만료되었습니다. 국제사무국은 더 이상 출원인 변경을 기록하지 않으므로 국내단계의 각 관청에서 변경을 등록하십시오.',
      zh: '自优先权日{priority}起30个月的期限已于{limit}届满：国际局不再记录申请人的变更；请在国家阶段的各专利局办理变更登记。',
    },
  '{party} resides abroad and acts through a local attorney: include a power of attorney.': {
    ja: '{party}は在外者であり、国内の代理人を通じて手続をします。委任状を添付してください。',
    ko: '{party}은(는) 재외자로서 국내 대리인을 통해 절차를 밟습니다. 위임장을 첨부하십시오.',
    zh: '{party}居住在国外，须通过当地代理人办理：请附上委托书。',
  },
  'The record lists no application, patent or publication to record the change against.': {
    ja: '記録に、変更を登録する対象の出願、特許又は公開公報が記載されていません。',
    ko: '기록에 변경을 등록할 대상인 출원, 특허 또는 공개공보가 기재되어 있지 않습니다.',
    zh: '记录未列出要办理变更登记的申请、专利或公开文本。',
  },
  'Property {property} has no number.': {
    ja: '{property}番目の対象案件に番号がありません。',
    ko: '{property}번째 대상 건에 번호가 없습니다.',
    zh: '第{property}项申请或专利没有号码。',
  },
  '{party} is an organisation; the record does not say who signed for it, and in what capacity.': {
    ja: '{party}は法人ですが、誰がどの資格で署名したかが記録に記載されていません。',
    ko: '{party}은(는) 법인이지만, 누가 어떤 자격으로 서명하였는지 기록에 기재되어 있지 않습니다.',
    zh: '{party}为组织，但记录未说明由谁以何种职务代表其签字。',
  },
  '{party} is an organisation; the record does not say who signed for it.': {
    ja: '{party}は法人ですが、誰が署名したかが記録に記載されていません。',
    ko: '{party}은(는) 법인이지만, 누가 서명하였는지 기록에 기재되어 있지 않습니다.',
    zh: '{party}为组织，但记录未说明由谁代表其签字。',
  },
  '{party} is an organisation; the record does not say in what capacity its signatory signed (e.g. President, Director).':
    {
      ja: '{party}は法人ですが、署名者がどの資格（例：代表取締役、取締役）で署名したかが記録に記載されていません。',
      ko: '{party}은(는) 법인이지만, 서명자가 어떤 자격(예: 대표이사, 이사)으로 서명하였는지 기록에 기재되어 있지 않습니다.',
      zh: '{party}为组织，但记录未说明签字人以何种职务（如总裁、董事）签字。',
    },
  '{party} has not signed the document.': {
    ja: '{party}が書類に署名していません。',
    ko: '{party}이(가) 서류에 서명하지 않았습니다.',
    zh: '{party}未在文件上签字。',
  },
  'The record does not say whether {party} signed the document.': {
    ja: '{party}が書類に署名したかどうかが記録に記載されていません。',
    ko: '{party}이(가) 서류에 서명하였는지 기록에 기재되어 있지 않습니다.',
    zh: '记录未说明{party}是否已在文件上签字。',
  },
  'An assignor in mainland China assigns to a party abroad: CNIPA needs the Technology Export Licence or the Technology Export Contract Registration Certificate.':
    {
      ja: '中国本土の譲渡人が国外の者に譲渡しています。CNIPAは、技術輸出許可証又は技術輸出契約登録証書を求めています。',
      ko: '중국 본토의 양도인이 해외 당사자에게 양도합니다. CNIPA는 기술수출허가증 또는 기술수출계약등록증서를 요구합니다.',
      zh: '中国内地的转让人向境外当事人转让：国家知识产权局要求提交技术出口许可证或技术出口合同登记证书。',
    },
  'a document of the competent authority on the merger': {
    ja: '合併に関する主管官庁の書類',
    ko: '합병에 관한 관할 당국의 서류',
    zh: '主管机关出具的合并证明文件',
  },
  'the official document (court decision, certificate of inheritance)': {
    ja: '公的書類（判決書、相続を証する書面など）',
    ko: '공문서(판결문, 상속 증명서 등)',
    zh: '官方文件（法院判决书、继承证明等）',
  },
  'the document to be recorded': {
    ja: '登録を受ける書類',
    ko: '등록할 서류',
    zh: '需登记的文件',
  },
  'the transfer contract signed or sealed by both parties': {
    ja: '双方が署名又は押印した譲渡契約書',
    ko: '양 당사자가 서명 또는 날인한 양도계약서',
    zh: '双方签字或盖章的转让合同',
  },
  'the deed of assignment': {
    ja: '譲渡証書',
    ko: '양도증서',
    zh: '转让合同',
  },
  'the deed, an extract of it, or a declaration of transfer signed by both parties': {
    ja: '譲渡証書、その抄本又は双方が署名した譲渡宣言書',
    ko: '양도증서, 그 발췌본 또는 양 당사자가 서명한 양도 선언서',
    zh: '转让合同、其摘录或双方签字的转让声明',
  },
  'To record {conveyance}, {office} needs evidence of it: include {document}.': {
    ja: '{office}に{conveyance}を登録するには、その証明となる書類が必要です。{document}を添付してください。',
    ko: '{office}에 {conveyance} 등록을 신청하려면 이를 증명하는 서류가 필요합니다. {document}를 첨부하십시오.',
    zh: '在{office}登记{conveyance}须提供证明文件：请附上{document}。',
  },
  'an assignment': {
    ja: '譲渡',
    ko: '양도',
    zh: '转让',
  },
  'a security interest': {
    ja: '担保権の設定',
    ko: '담보권 설정',
    zh: '担保权益设立',
  },
  'the release of a security interest': {
    ja: '担保権の解除',
    ko: '담보권 해제',
    zh: '担保权益解除',
  },
  'a merger': {
    ja: '合併',
    ko: '합병',
    zh: '合并',
  },
  'a change of name': {
    ja: '名称変更',
    ko: '명칭 변경',
    zh: '名称变更',
  },
  'a licence': {
    ja: 'ライセンス',
    ko: '라이선스',
    zh: '许可',
  },
  'a change by operation of law': {
    ja: '法律の規定による移転',
    ko: '법률에 의한 이전',
    zh: '依法律规定的转移',
  },
  'the conveyance': {
    ja: '権利の移転',
    ko: '권리 이전',
    zh: '权利转移',
  },
  'the African Regional Intellectual Property Organization (ARIPO)': {
    ja: 'アフリカ広域知的財産機関（ARIPO）',
    ko: '아프리카지역지식재산기구(ARIPO)',
    zh: '非洲地区知识产权组织（ARIPO）',
  },
  'the Benelux Office for Intellectual Property': {
    ja: 'ベネルクス知的財産庁',
    ko: '베네룩스 지식재산청',
    zh: '比荷卢知识产权局',
  },
  'the Eurasian Patent Organization': {
    ja: 'ユーラシア特許機構',
    ko: '유라시아특허기구',
    zh: '欧亚专利组织',
  },
  'the European Union Intellectual Property Office': {
    ja: '欧州連合知的財産庁',
    ko: '유럽연합지식재산청',
    zh: '欧盟知识产权局',
  },
  'the European Patent Office': {
    ja: '欧州特許庁',
    ko: '유럽특허청',
    zh: '欧洲专利局',
  },
  'the Patent Office of the Gulf Cooperation Council': {
    ja: '湾岸協力会議特許庁',
    ko: '걸프협력회의 특허청',
    zh: '海湾阿拉伯国家合作委员会专利局',
  },
  'the International Bureau of WIPO': {
    ja: 'WIPO国際事務局',
    ko: 'WIPO 국제사무국',
    zh: 'WIPO国际局',
  },
  'the African Intellectual Property Organization (OAPI)': {
    ja: 'アフリカ知的所有権機関（OAPI）',
    ko: '아프리카지식재산기구(OAPI)',
    zh: '非洲知识产权组织（OAPI）',
  },
  'the Community Plant Variety Office': {
    ja: '欧州共同体植物品種庁',
    ko: '유럽연합 식물품종청',
    zh: '欧盟植物品种局',
  },
  'the World Intellectual Property Organization': {
    ja: '世界知的所有権機関',
    ko: '세계지식재산기구',
    zh: '世界知识产权组织',
  },
  'the Nordic Patent Institute': {
    ja: '北欧特許庁',
    ko: '북유럽특허청',
    zh: '北欧专利局',
  },
  UPOV: {
    ja: '植物新品種保護国際同盟（UPOV）',
    ko: '국제식물신품종보호연맹(UPOV)',
    zh: '国际植物新品种保护联盟（UPOV）',
  },
  'the Visegrad Patent Institute': {
    ja: 'ヴィシェグラード特許庁',
    ko: '비셰그라드 특허청',
    zh: '维谢格拉德专利局',
  },
  Czechoslovakia: {
    ja: 'チェコスロバキア',
    ko: '체코슬로바키아',
    zh: '捷克斯洛伐克',
  },
  'the German Democratic Republic': {
    ja: 'ドイツ民主共和国',
    ko: '독일민주공화국',
    zh: '德意志民主共和国',
  },
  'the Soviet Union': {
    ja: 'ソビエト連邦',
    ko: '소련',
    zh: '苏联',
  },
  Yugoslavia: {
    ja: 'ユーゴスラビア',
    ko: '유고슬라비아',
    zh: '南斯拉夫',
  },
  Zaire: {
    ja: 'ザイール',
    ko: '자이르',
    zh: '扎伊尔',
  },
  '{code} is the code of {name}, not of a country': {
    ja: '{code}は{name}のコードであり、国のコードではありません',
    ko: '{code}은(는) {name}의 코드이며 국가 코드가 아닙니다',
    zh: '{code}是{name}的代码，而不是国家的代码',
  },
  '{code} was the code of {name}': {
    ja: '{code}はかつての{name}のコードです',
    ko: '{code}은(는) 과거 {name}의 코드였습니다',
    zh: '{code}是{name}过去使用的代码',
  },
};
