/** Building blocks for rule examples (they are also the rules' tests). */
export const FM = '---\ntitle: Example\nframework: hmip-omi-2007\n---\n\n';

export function criterion(id: string, title: string, score: string, body = '', conclusion?: string): string {
  const concl = conclusion === undefined ? '' : `\n### Conclusion\n\n${conclusion}\n`;
  return `## ${id} ${title}\n\nA standard.\n\n${score}\n\n### Strengths\n\n- (a) Something worked.\n${body}${concl}\n`;
}

/** Every criterion of hmip-omi-2007, in order, with consistent scores and conclusions. */
export function fullReport(): string {
  const pct = (id: string, title: string) => criterion(id, title, '80%', '', 'Performance against this criterion was good.');
  const grade = (id: string, title: string) => criterion(id, title, 'Well met');
  return (
    FM +
    '# 1. Assessment and sentence planning\n\n' +
    pct('1.1', 'Preparing for sentence') +
    pct('1.2', 'Assessment of risk of harm') +
    pct('1.3', 'Assessment of likelihood of reoffending') +
    pct('1.4', 'Assessment of offender engagement') +
    pct('1.5', 'Sentence planning') +
    '# 2. Implementation of interventions\n\n' +
    pct('2.1', 'Delivering the sentence plan') +
    pct('2.2', 'Protecting the public by minimising risk of harm') +
    pct('2.3', 'Victims') +
    pct('2.4', 'Ensuring containment and promoting compliance (Punish)') +
    pct('2.5', 'Constructive interventions (Help and Change)') +
    pct('2.6', 'Restrictive interventions (Control)') +
    pct('2.7', 'Diversity issues') +
    '# 3. Achievement and monitoring of outcomes\n\n' +
    pct('3.1', 'Achievement of initial outcomes') +
    pct('3.2', 'Sustainability of progress') +
    '# 4. Leadership and strategic management\n\n' +
    grade('4.1', 'Leadership and planning') +
    grade('4.2', 'Performance against national and regional targets') +
    grade('4.3', 'Resource deployment') +
    grade('4.4', 'Workforce planning and development') +
    grade('4.5', 'Review and evaluation') +
    grade('4.6', 'Commissioning of services')
  );
}
