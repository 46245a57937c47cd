/**
 * HM Inspectorate of Probation, Offender Management Inspection (2007 cycle).
 *
 * Criterion ids, titles and standards are those printed in the inspection
 * reports of that programme. The conclusion bands are not published; the
 * boundaries below are chosen to agree with every conclusion in the Sussex
 * report of October 2007 (see docs/frameworks.md).
 */
import type { FrameworkInput } from './schema.js';

export const hmipOmi2007: FrameworkInput = {
  id: 'hmip-omi-2007',
  name: 'HMI Probation Offender Management Inspection (2007)',
  inspectorate: 'HM Inspectorate of Probation',
  sections: [
    {
      id: '1',
      title: 'Assessment and sentence planning',
      scoreKind: 'percentage',
      conclusionRequired: true,
      criteria: [
        { id: '1.1', title: 'Preparing for sentence', standard: 'Activity in the phase leading up to sentence is timely, purposeful and effective.' },
        { id: '1.2', title: 'Assessment of risk of harm', standard: 'RoH is comprehensively and accurately assessed using OASys in each case and additional specialist assessment tools where relevant.' },
        { id: '1.3', title: 'Assessment of likelihood of reoffending', standard: 'Likelihood of reoffending is comprehensively and accurately assessed using OASys as applicable.' },
        { id: '1.4', title: 'Assessment of offender engagement', standard: 'Potential obstacles or challenges to positive engagement are identified and plans made to minimise their possible impact.' },
        { id: '1.5', title: 'Sentence planning', standard: 'The offender manager plans interventions in custody and the community with a view to addressing criminogenic factors and managing any RoH to others.' },
      ],
    },
    {
      id: '2',
      title: 'Implementation of interventions',
      scoreKind: 'percentage',
      conclusionRequired: true,
      criteria: [
        { id: '2.1', title: 'Delivering the sentence plan', standard: 'The offender manager facilitates the structured delivery of all relevant elements of the sentence.' },
        { id: '2.2', title: 'Protecting the public by minimising risk of harm', standard: "All reasonable actions have been taken to protect the public by keeping to a minimum the offender's RoH to others." },
        { id: '2.3', title: 'Victims', standard: 'Consistent attention is given to issues concerning victims.' },
        { id: '2.4', title: 'Ensuring containment and promoting compliance (Punish)', standard: 'Contact with the offender and enforcement of the sentence is planned and implemented to meet the requirements of national standards and to encourage engagement with the sentence process.' },
        { id: '2.5', title: 'Constructive interventions (Help and Change)', standard: 'Interventions are delivered to identified ends and to meet the requirements of the sentence: help and change.' },
        { id: '2.6', title: 'Restrictive interventions (Control)', standard: 'Interventions are delivered to identified ends and to meet the requirements of the sentence: control.' },
        { id: '2.7', title: 'Diversity issues', standard: 'Full and proper attention is paid to diversity issues.' },
      ],
    },
    {
      id: '3',
      title: 'Achievement and monitoring of outcomes',
      scoreKind: 'percentage',
      conclusionRequired: true,
      criteria: [
        { id: '3.1', title: 'Achievement of initial outcomes', standard: 'Planned objectives are efficiently achieved.' },
        { id: '3.2', title: 'Sustainability of progress', standard: 'Results are capable of being sustained between different phases of a sentence and beyond the end of supervision.' },
      ],
    },
    {
      id: '4',
      title: 'Leadership and strategic management',
      scoreKind: 'grade',
      conclusionRequired: false,
      criteria: [
        { id: '4.1', title: 'Leadership and planning', standard: 'There is active leadership in the implementation of national policies via local policies and procedures which are regularly monitored and reviewed, through proactive planning with other key agencies, and by promoting the diversity agenda.' },
        { id: '4.2', title: 'Performance against national and regional targets', standard: 'Key performance targets are consistently met, with careful attention to diversity issues throughout.' },
        { id: '4.3', title: 'Resource deployment', standard: 'There is a strategic approach to deploying resources to deliver effective performance and support diversity initiatives and there are positive indications in relation to value for money.' },
        { id: '4.4', title: 'Workforce planning and development', standard: 'Workforce planning and development leads to a good match between staff profile and service delivery requirements. Relevant diversity legislation is observed in staff recruitment and deployment.' },
        { id: '4.5', title: 'Review and evaluation', standard: 'Outcomes of interventions are assessed and reviewed using available data.' },
        { id: '4.6', title: 'Commissioning of services', standard: 'There is efficient provision of effective services to support offender management outcomes and to ensure equal access to provision for offenders.' },
      ],
    },
  ],
  grades: ['Well met', 'Satisfactorily met', 'Partly met', 'Not met'],
  conclusions: [
    { id: 'good', phrase: 'was good', sentence: 'Performance against this criterion was good.', min: 73 },
    { id: 'priority', phrase: 'a priority for improvement', sentence: 'This criterion represents a priority for improvement.', min: 63 },
    { id: 'urgent', phrase: 'an urgent priority for improvement', sentence: 'This criterion represents an urgent priority for improvement.', min: 0 },
  ],
  rounding: { decimals: 0, ties: 'either' },
  summaryTable: { criteria: ['4.1', '4.2', '4.3', '4.4', '4.5', '4.6'], shows: 'grade' },
  quantifiers: {
    // On: the Sussex report passes it without a false alarm (docs/validation.md).
    enabled: true,
    bands: [
      { phrase: 'almost all', min: 85, max: 100 },
      { phrase: 'the vast majority', min: 75, max: 100 },
      { phrase: 'most', min: 50.0001, max: 100, plurality: true },
      { phrase: 'the majority', min: 50.0001, max: 100 },
      { phrase: 'less than half', min: 0, max: 49.9999 },
      { phrase: 'a minority', min: 0, max: 49.9999 },
      { phrase: 'few', min: 0, max: 25 },
    ],
  },
};
