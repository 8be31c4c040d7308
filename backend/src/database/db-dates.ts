// PostgreSQL DATE columns travel through Prisma as Dates at UTC midnight; the domain speaks 'YYYY-MM-DD'.
export const toDbDate = (d: string): Date => new Date(`${d}T00:00:00.000Z`);
export const fromDbDate = (d: Date): string => d.toISOString().slice(0, 10);
export const fromDbDateOrNull = (d: Date | null): string | null => (d ? fromDbDate(d) : null);
