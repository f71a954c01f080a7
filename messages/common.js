// Translations of messages several rule families share, keyed by their English template (see index.js).
//
// Conventions for all catalogues (ja / ko / zh):
// - Offices: the reader's own office in its language (特許庁 / 특허청 / 国家知识产权局), the others by acronym
//   (USPTO, EPO, JPO, KIPO, CNIPA, PCT), also where a translation names an office in its own words.
// - Drawing sheet: 「N枚目の用紙」 / "N번째 용지" / 「附图第N页」; drawing sheets as paper: 図面の用紙 / 도면 용지 /
//   附图用纸; sheet number: 用紙番号 / 용지 번호 / 页码.
// - Figure: 図 / 도 / 图 (figure label: 図番号 / 도 번호 / 图号); the drawings: 図面 / 도면 / 附图.
// - Reference sign or numeral: 符号 / 도면부호 / 附图标记.
// - Description: 明細書 / 발명의 설명 (KIPO; 명세서 only for the whole specification) / 说明书; abstract: 要約書 /
//   요약서 / 说明书摘要; claims: 特許請求の範囲, 請求項 / 청구범위, 청구항 / 权利要求书, 权利要求; title of the
//   invention: 発明の名称 / 발명의 명칭 / 发明名称.
// - Paragraph: 段落 / 단락 / 段; paragraph number: 段落番号 / 식별번호 (KIPO) / 段落编号.
// - Assignor, assignee: 譲渡人, 譲受人 / 양도인, 양수인 / 转让人, 受让人; deed of assignment: 譲渡証書 / 양도증서 /
//   转让合同; correspondent: 送付先 / 서신 수령인 / 通知收件人; name of a party: 氏名又は名称 / 성명 또는 명칭 / 姓名或名称.
// - Section names are terms with their own quotation marks, so that lists of them read clearly.
// - Punctuation: ja and zh full-width (。、：（）, zh also ；), ko ASCII; quotation marks 「」 / "" / “”; no spaces between
//   Chinese or Japanese and Latin text. Korean: after a value of unknown ending 이(가), 은(는), 을(를); after our own
//   terms the particle that fits, or a sentence built so that none is needed.

export default {
  // Offices named in a sentence (Office::in_sentence): by their acronyms, and the reader's own office in the
  // reader's language.
  'the USPTO': {
    ja: 'USPTO',
    ko: 'USPTO',
    zh: 'USPTO',
  },
  'the EPO': {
    ja: 'EPO',
    ko: 'EPO',
    zh: 'EPO',
  },
  'the JPO': {
    ja: '特許庁',
    ko: 'JPO',
    zh: 'JPO',
  },
  KIPO: {
    ja: 'KIPO',
    ko: '특허청',
    zh: 'KIPO',
  },
  'the CNIPA': {
    ja: 'CNIPA',
    ko: 'CNIPA',
    zh: '国家知识产权局',
  },
  'the PCT': {
    ja: 'PCT',
    ko: 'PCT',
    zh: 'PCT',
  },
  // Words quoted from the document (crate::message::quoted), in each language's quotation marks.
  '"{text}"': {
    ja: '「{text}」',
    ko: '"{text}"',
    zh: '“{text}”',
  },
};
