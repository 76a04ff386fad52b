import type { ChannelName } from '../../../shared/ipc/contract';

/** What a score, a resolution, an admission on paper or a release changes: the sheet, the results, the figures, the certificates. */
export const SCORE_READS: readonly ChannelName[] = ['scores.sheet', 'scores.results', 'scores.stats', 'scores.certificates'];
