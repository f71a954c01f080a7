// Translations of the description rules' messages (src/rules/description/), keyed by their English template (see index.js).

export default {
};
