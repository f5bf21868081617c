// Syntax highlighting of rule files (*.regels) in the Regels screen's editor (CodeMirror 5's simple mode).
// The words are those of lang/keywords.h, in English ('regels') and in Dutch ('regels-nl')
// (tests/unit/server/editor_keywords_test.cpp keeps the lists the same).
// Names take the accented letters of lang/name_chars.h too: a keyword is no keyword before one (`voorcliënten`).
CodeMirror.defineSimpleMode('regels', {
  start: [
    {regex: /#.*/, token: 'comment'},
    {regex: /"(?:[^"\\]|\\.)*"/, token: 'string'},
    {regex: /€\s?-?[\d_.,]+/, token: 'number'},
    {regex: /\d{4}-\d{2}-\d{2}/, token: 'number'},
    {regex: /-?\d[\d_]*(?:\.\d+)?%?/, token: 'number'},
    {regex: /\b(?:model|members|account|rounding|enum|record|input|parameter|define|rule|for|each|in|where|if|then|else|let|pays|to|due|and|or|not|true|false|list|of|exists|from|when|distribute|over|by|capped|remainder|note|scenario|require|report|days|day|months|month|years|year|member|up|down|at|spreading|keeping|the|excess|as|until|opening|keyed|add|change|remove|EUR)\b(?![\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u017F])/,
     token: 'keyword'},
    {regex: /[A-Za-z_\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u017F][A-Za-z0-9_\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u017F]*/, token: 'variable'},
  ],
  meta: {lineComment: '#'},
});

// A rule file in Dutch (it begins with `regeling`): the Dutch spellings of the same words and literals.
CodeMirror.defineSimpleMode('regels-nl', {
  start: [
    {regex: /#.*/, token: 'comment'},
    {regex: /"(?:[^"\\]|\\.)*"/, token: 'string'},
    {regex: /€\s?-?[\d_.,]+/, token: 'number'},
    {regex: /\d{2}-\d{2}-\d{4}/, token: 'number'},
    {regex: /-?\d+(?:\.\d{3})*(?:,\d+)?%?/, token: 'number'},
    {regex: /\b(?:regeling|leden|rekening|afronding|soort|gegeven|invoer|parameter|definieer|regel|scenario|voor|elke|in|waarbij|als|dan|anders|stel|betaalt|aan|uiterlijk|en|of|niet|waar|onwaar|lijst|van|bestaat|vanaf|wanneer|verdeel|over|naar|begrensd|rest|noteer|vereis|rapporteer|EUR|dagen|dag|maanden|maand|jaren|jaar|lid|omhoog|omlaag|op|spreid|behoud|het|overschot|tot|beginsaldo|uniek|toevoegen|wijzig|verwijder|uit|afgerond)\b(?![\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u017F])/,
     token: 'keyword'},
    {regex: /[A-Za-z_\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u017F][A-Za-z0-9_\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u017F]*/, token: 'variable'},
  ],
  meta: {lineComment: '#'},
});
