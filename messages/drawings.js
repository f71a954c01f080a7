// Translations of the drawing rules' messages (src/rules/drawings/), keyed by their English template (see index.js).

export default {
};
