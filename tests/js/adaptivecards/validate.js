// Validates Adaptive Cards with the official library (brief §7.5).
// Input on stdin: a JSON array of { name, card }. Output on stdout: a JSON array of
// { name, problems: [string] }, one per card; a card passes when its problems are empty.
'use strict';
const AC = require('adaptivecards/dist/adaptivecards.js');

const MAX_BYTES = 28 * 1024;
const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));

const results = input.map(({ name, card }) => {
  const problems = [];
  const bytes = Buffer.byteLength(JSON.stringify(card), 'utf8');
  if (bytes > MAX_BYTES) problems.push(`card is ${bytes} bytes, over ${MAX_BYTES}`);
  if (!(parseFloat(card.version) <= 1.5)) problems.push(`version ${card.version} is above 1.5`);

  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  parsed.parse(card, context);
  for (let i = 0; i < context.eventCount; i++) {
    const e = context.getEventAt(i);
    problems.push(`parse: ${AC.ValidationEvent[e.event]}: ${e.message}`);
  }
  for (const e of parsed.validateProperties().validationEvents) {
    problems.push(`validate: ${AC.ValidationEvent[e.event]}: ${e.message}`);
  }
  return { name, problems };
});

process.stdout.write(JSON.stringify(results));
