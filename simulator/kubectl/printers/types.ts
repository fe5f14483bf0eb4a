import type { KubeObject } from "../../k8s/api/types";
import type { ClusterState } from "../../k8s/store/store";

/** What a row printer may read besides the object. */
export interface PrintContext {
  now: number;
  state: ClusterState;
}

/**
 * One kind's table (kubernetes/kubernetes pkg/printers/internalversion/printers.go
 * column definitions): default columns, the extra `-o wide` ones (Priority 1), and cells.
 */
export interface KindPrinter {
  columns: string[];
  wide?: string[];
  cells(object: KubeObject, ctx: PrintContext): string[];
  wideCells?(object: KubeObject, ctx: PrintContext): string[];
}
