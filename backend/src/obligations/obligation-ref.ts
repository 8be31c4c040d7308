// What a record hanging off one obligation (an explanation, an exemption) shows of it, and the Prisma
// include that loads exactly that.

export const OBLIGATION_REF_INCLUDE = {
  obligation: { select: { unitId: true, period: true, unit: { select: { name: true } }, stream: { select: { code: true } } } },
} as const;

export interface WithObligationRef {
  obligationId: number;
  obligation: { unitId: number; period: string; unit: { name: string }; stream: { code: string } };
}

export function obligationRef(r: WithObligationRef) {
  return {
    obligationId: r.obligationId,
    unitId: r.obligation.unitId,
    unitName: r.obligation.unit.name,
    streamCode: r.obligation.stream.code,
    period: r.obligation.period,
  };
}
