// Translations of messages several rule families share, keyed by their English template (see index.js).

export default {
};
