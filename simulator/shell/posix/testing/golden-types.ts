/** stdout, stderr and exit status. */
export type GoldenResult = [out: string, err: string, status: number];

/** One script and what each real shell did with it (`all` when they agree). */
export interface GoldenCase {
  script: string;
  all?: GoldenResult;
  dash?: GoldenResult;
  ash?: GoldenResult;
  bash?: GoldenResult;
}
