// Translations of the messages about reading files (src/rules/input/, src/parse/, src/filing.rs), keyed by their English template (see index.js).

export default {
};
