import type { ChannelName } from '../../../shared/ipc/contract';

/**
 * What an admission or a closed check-in window changes: the day's counts and pictures, the
 * candidate's verdict and search card, who has not come, the ID log, the audit log and the
 * seating plan's arrivals. Mutations that admit or mark absent invalidate these channels.
 */
export const ADMISSION_CHANGES = ['today.overview', 'today.pictures', 'checkin.verdict', 'checkin.find', 'checkin.notArrived', 'idlog.list', 'audit.list', 'seating.plan'] as const satisfies readonly ChannelName[];
