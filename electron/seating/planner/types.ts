export interface PlanSeat {
  id: number;
  row: number;
  col: number;
  wheelchair: boolean;
}

export interface PlanCandidate {
  appointmentId: number;
  subject: string;
  wheelchair: boolean;
  retake: boolean;
}

export type PlanResult = { ok: true; assignments: Map<number, number>; adjacentSameSubject: number } | { ok: false; missingSeats: number; missingWheelchairSeats: number };
