// Translations of the assignment rules' messages (src/rules/assignment/), keyed by their English template (see index.js).

export default {
};
