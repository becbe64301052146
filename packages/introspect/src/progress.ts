/** A step of a long read, for a progress line on stderr. `total` is known for some phases only. */
export interface ProgressEvent {
  phase: string;
  done: number;
  total?: number;
  message: string;
}

export type ProgressCallback = (event: ProgressEvent) => void;

export interface Warning {
  code: string;
  message: string;
}
