// Translations of messages several rule families share, keyed by their English template (see index.js).

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
  'KIPO': {
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
};
