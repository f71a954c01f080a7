// Translations of the claims rules' messages (src/rules/claims/), keyed by their English template (see index.js).

export default {
  'Claim {claim} does not end with a period.': {
    ja: '請求項{claim}の末尾にピリオドがありません。',
    ko: '청구항 {claim}이(가) 마침표로 끝나지 않습니다.',
    zh: '权利要求{claim}未以句号结尾。',
  },
};
