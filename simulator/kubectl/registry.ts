import type { KubectlCommand } from "./command";
import { APPLY_COMMAND } from "./verbs/apply";
import { GET_COMMAND } from "./verbs/get";
import { DELETE_COMMAND } from "./verbs/delete";

/** Every kubectl verb the simulator has, one file each under verbs/. */
export const KUBECTL_COMMANDS: readonly KubectlCommand[] = [APPLY_COMMAND, GET_COMMAND, DELETE_COMMAND];
