/** The parts of a Chrome trace's events that the trace scripts (trace-*.ts) read. */

export interface TraceFrame {
  functionName: string;
  url?: string;
  lineNumber?: number;
}

export interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: TraceFrame;
}

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  id?: string;
  args?: {
    name?: string;
    data?: {
      message?: string;
      url?: string;
      startTime?: number;
      timeDeltas?: number[];
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      stackTrace?: TraceFrame[];
    };
    beginData?: { stackTrace?: TraceFrame[]; dirtyObjects?: number };
  };
}
