// Analyzes a report written in a test as paragraphs, and checks every incident against the Incident schema, so
// that a test of one field cannot pass on a record the store would refuse.
import { IncidentSchema, type Incident } from '../../src/core/incident.js';
import { analyzeArticle } from '../../src/analyze/index.js';

export function analyzeParagraphs(paragraphs: readonly string[], published: string): Incident[] {
  const incidents = analyzeArticle(
    {
      title: '',
      text: paragraphs.join('\n\n'),
      paragraphs: [...paragraphs],
      published: null,
      publisher: null,
    },
    { published },
  );
  for (const incident of incidents) IncidentSchema.parse(incident);
  return incidents;
}
