/** The event the knowledge check sends when a full round ends, for anything that records scores. */
export const CHECK_ROUND_EVENT = 'coc:check-round';

export interface CheckRound {
  right: number;
  total: number;
}
