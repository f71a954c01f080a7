// Translations of the messages of the drawing rules that read the text layer (sheet numbers, figure labels,
// reference signs, lettering: src/rules/drawings/), keyed by their English template (see index.js).

export default {
};
